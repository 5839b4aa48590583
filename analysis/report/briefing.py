"""The executive brief: metadata, structure, key figures and each area's headline findings.

Areas contribute headlines through a ``headlines(analysis) -> list[str]`` function in their
view module (:mod:`analysis.report.views`); the brief lists them in the order of
:data:`SECTIONS`, so a new area joins the brief by adding one line here.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from analysis.pipeline import Analysis
from analysis.report.display import Markdown
from analysis.report.french import date, plural
from analysis.report.labels import DATE_PRECISION, TABLE, report_title
from analysis.report.views import actors, context, stance

# (title in the brief, headlines function, detailed report notebook)
SECTIONS: list[tuple[str, Callable[[Analysis], list[str]], str]] = [
    ("Acteurs", actors.headlines, "01_actors"),
    ("Citations et positions", stance.headlines, "02_stance"),
    ("Contexte", context.headlines, "03_context"),
]


def metadata_table(an: Analysis) -> pd.DataFrame:
    """Two columns (champ, valeur) describing the article."""
    m = an.article.metadata()
    rows = [
        ("Titre", m["full_title"]),
        (
            "Publication",
            f"{date(m['publication']) or 'inconnue'} (précision : "
            f"{DATE_PRECISION.get(m['precision'], m['precision'])})",
        ),
        ("Source", m["source"] or "non précisée"),
        ("Fichier", (an.article.path.name if an.article.path else "—")),
        (
            "Longueur",
            f"{plural(m['words'], 'mot')}, {plural(m['paragraphs'], 'paragraphe')}, "
            f"{plural(m['sentences'], 'phrase')}",
        ),
        ("Intertitres", " · ".join(h.text for h in an.article.headings) or "aucun"),
        ("Modèle", an.model),
    ]
    return pd.DataFrame(rows, columns=["Champ", "Valeur"])


def structure(an: Analysis) -> pd.DataFrame:
    """One row per paragraph: id, kind, section, words, sentences, opening words."""
    art = an.article
    counts = pd.Series([s.paragraph_id for s in art.sentences]).value_counts()
    rows = []
    for p in art.paragraphs:
        rows.append(
            {
                "paragraph_id": p.id,
                "kind": p.kind,
                "section": p.section or "(chapeau)",
                "words": len(p.text.split()),
                "sentences": int(counts.get(p.id, 0)),
                "start": p.start,
                "end": p.end,
                "opening": p.text[:80] + ("…" if len(p.text) > 80 else ""),
            }
        )
    return pd.DataFrame(rows)


def key_figures(an: Analysis) -> pd.DataFrame:
    """Counts of what each area found (only for tables present)."""
    rows = [(label, len(an.tables[name])) for name, label in TABLE.items() if name in an.tables]
    return pd.DataFrame(rows, columns=["Élément", "Nombre"])


def report_link(report: str) -> Markdown:
    """The link to a detailed report, written to the sibling notebook (``01_actors.ipynb``),
    which JupyterLab opens; the renderer points it at ``01_actors.html`` or ``.pdf``."""
    return Markdown(f"Rapport détaillé : [{report_title(report)}]({report}.ipynb)")


def headlines(an: Analysis) -> list[tuple[str, str, list[str]]]:
    """(section title, report notebook, headline Markdown items) for each area present."""
    out = []
    for title, func, report in SECTIONS:
        out.append((title, report, list(func(an))))
    return out
