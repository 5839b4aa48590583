"""``reports/<slug>/index.html``: the page that lists an article's reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from analysis.report.manifest import parameters_line
from analysis.resources.io import write_text


def write_index(slug_dir: Path, meta: dict[str, object] | None = None) -> Path:
    """``reports/<slug>/index.html``: the article's title, outlet and date (``meta``:
    ``Article.metadata()``), and links to every report of the article."""
    from analysis.report.filters import escape_html as esc_html  # no pandas (display: ~1 s)

    rows = []
    for nb in sorted(slug_dir.glob("*.ipynb")):
        links = [
            f"<a href='{esc_html(p.name)}'>{p.suffix[1:].upper()}</a>"
            for p in (slug_dir / f"{nb.stem}.html", slug_dir / f"{nb.stem}.pdf", nb)
            if p.is_file()
        ]
        params = parameters_line(slug_dir, nb.stem) or "par défaut"
        rows.append(
            f"<li><strong>{esc_html(nb.stem)}</strong> — {' · '.join(links)}"
            f"<br><small class='parameters'>Paramètres : {esc_html(params)}</small></li>"
        )
    failed = sorted((slug_dir / "failed").glob("*.ipynb")) if (slug_dir / "failed").is_dir() else []
    fail_html = "".join(
        f"<li><a href='failed/{esc_html(p.name)}'>{esc_html(p.stem)}</a> (échec de la dernière "
        "exécution ; le rapport ci-dessus est le dernier bon)</li>"
        for p in failed
    )
    meta = meta or {}
    title = esc_html(str(meta.get("title") or slug_dir.name))
    byline = " · ".join(esc_html(str(meta[k])) for k in ("source", "publication") if meta.get(k))
    page = (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
        f"<title>Rapports — {title}</title>"
        "<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.5}"
        "li{margin:.4em 0}</style></head><body>"
        f"<h1>Rapports — {title}</h1>"
        + (f"<p class='source'>{byline}</p>" if byline else "")
        + f"<ul>{''.join(rows)}</ul>"
        + (f"<h2>Échecs</h2><ul>{fail_html}</ul>" if fail_html else "")
        + f"<p><small>Mis à jour : {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}</small></p>"
        "</body></html>"
    )
    return write_text(slug_dir / "index.html", page)
