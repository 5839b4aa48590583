"""``reports/<slug>/index.html``, the page that lists an article's reports, and
``reports/index.html``, the page that lists every article built in ``reports/``."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from analysis.report.manifest import parameters_line
from analysis.resources.io import write_text

GENERATOR = "<meta name='generator' content='visit-report'>"
STYLE = (
    "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:46em;margin:2em auto;"
    "padding:0 1em;line-height:1.5;color:#1d1d1f}a{color:#1f4e8c}li{margin:.5em 0}"
    "h1{font-size:1.4rem;line-height:1.3}"
    ".params{color:#5b5b66;font-size:.85em}.source{color:#5b5b66}"
)


def updated(when: dt.datetime) -> str:
    """ "5 décembre 2026 à 17 h 22", as the reports write dates ("2026-12-05 17:22" was the
    only ISO date a reader met)."""
    from analysis.report.french import date

    return f"{date(when.date().isoformat())} à {when.hour}\u00a0h\u00a0{when.minute:02d}"


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"{GENERATOR}"
        f"<title>{title}</title><style>{STYLE}</style></head><body>{body}"
        f"<p><small>Mis à jour le {updated(dt.datetime.now())}</small></p>"
        "</body></html>"
    )


def write_index(slug_dir: Path, meta: dict[str, object] | None = None) -> Path:
    """``reports/<slug>/index.html``: the article's title, outlet and date (``meta``:
    ``Article.metadata()``), and each report by its French name with its formats and, when
    the build's manifest gives them, its parameters; then ``reports/index.html``."""
    from analysis.report.filters import escape_html as esc_html  # no pandas (display: ~1 s)
    from analysis.report.labels import report_title

    rows = []
    for nb in sorted(slug_dir.glob("*.ipynb")):
        links = [
            f"<a href='{esc_html(p.name)}'>{p.suffix[1:].upper()}</a>"
            for p in (slug_dir / f"{nb.stem}.html", slug_dir / f"{nb.stem}.pdf", nb)
            if p.is_file()
        ]
        first = slug_dir / f"{nb.stem}.html"
        name = esc_html(report_title(nb.stem))
        head = f"<a href='{esc_html(first.name)}'>{name}</a>" if first.is_file() else name
        params = parameters_line(slug_dir, nb.stem)
        extra = f"<br><span class='params'>Paramètres : {esc_html(params)}</span>" if params else ""
        rows.append(f"<li><strong>{head}</strong> — {' · '.join(links)}{extra}</li>")
    failed = sorted((slug_dir / "failed").glob("*.ipynb")) if (slug_dir / "failed").is_dir() else []
    fail_html = "".join(
        f"<li><a href='failed/{esc_html(p.name)}'>{esc_html(p.stem)}</a> (échec de la dernière "
        "exécution ; le rapport ci-dessus est le dernier bon)</li>"
        for p in failed
    )
    meta = meta or {}
    title = esc_html(str(meta.get("title") or slug_dir.name))
    from analysis.report.french import date

    parts = [esc_html(str(meta["source"]))] if meta.get("source") else []
    if meta.get("publication"):
        iso = esc_html(str(meta["publication"]))
        parts.append(f"<time datetime='{iso}'>{esc_html(date(meta['publication']))}</time>")
    byline = " · ".join(parts)
    body = (
        "<p><a href='../index.html'>Tous les articles</a></p>"
        f"<h1>Rapports — {title}</h1>"
        + (f"<p class='source'>{byline}</p>" if byline else "")
        + f"<ul>{''.join(rows)}</ul>"
        + (f"<h2>Échecs</h2><ul>{fail_html}</ul>" if fail_html else "")
    )
    out = write_text(slug_dir / "index.html", _page(f"Rapports — {title}", body))
    write_site_index(slug_dir.parent)
    return out


def write_site_index(root: Path) -> Path:
    """``reports/index.html``: every article that has an index, by title. A page there that
    visit-report did not write is left alone (the output directory may be someone's site)."""
    from analysis.report.french import plural

    target = root / "index.html"
    if target.is_file() and GENERATOR not in target.read_text(encoding="utf-8", errors="replace"):
        return target
    items = []
    for index in sorted(root.glob("*/index.html")):
        text = index.read_text(encoding="utf-8", errors="replace")
        m = re.search(r"<title>Rapports — (.*?)</title>", text, re.S)
        title = m.group(1) if m else html.escape(index.parent.name)  # already escaped there
        count = len(list(index.parent.glob("*.html"))) - 1
        items.append(
            f"<li><a href='{html.escape(index.parent.name)}/index.html'>{title}</a> "
            f"<span class='params'>({plural(count, 'rapport')})</span></li>"
        )
    body = "<h1>Articles analysés</h1>" + (f"<ul>{''.join(items)}</ul>" if items else "")
    return write_text(target, _page("Articles analysés", body))
