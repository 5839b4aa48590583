"""The comparison report's views: the ``coverage_*`` tables of :mod:`analysis.corpus.coverage`
as French tables (one column per outlet where the reader compares outlets) and the headline
findings of an event group (presentation only).

Every cell that states something carries its evidence: a link to the sentence in the article's
own report (:func:`evidence_href`, the one place that knows where that sentence is shown).
"""

from __future__ import annotations

import math

import pandas as pd

from analysis.corpus.coverage import Coverage
from analysis.corpus.coverage.common import text
from analysis.corpus.coverage.figures import show_value
from analysis.report.display import Links
from analysis.report.evidence import anchor
from analysis.report.filters import escape_markdown as esc_md
from analysis.report.french import agree, percent, plural, shortened
from analysis.report.labels import POLARITY, table
from analysis.report.views.corpus import fr_date

KIND = table("coverage_kind")
STATUS = table("coverage_status")
VOICE = table("coverage_voice")
DIFFERENCE = table("coverage_difference")
# The report of each article that shows its sentences, each with its anchor
# (:func:`analysis.report.evidence.anchor`: ``#phrase-<n>``, n from 1).
SENTENCE_PAGE = "00_briefing.html"
MAX_ACTORS = 15
EMPHASIS = 0.1  # a theme's share this far above the group's mean is "mis en avant"


def evidence_href(article_id: str, sentence_id: object, reports: str = "..") -> str | None:
    """Where sentence ``sentence_id`` (0-based, as in the tables) of ``article_id`` is shown:
    ``<reports>/<article_id>/00_briefing.html#phrase-<n>`` with n counted from 1 (the anchor
    the article annex gives each sentence; ``#s-<n>`` led nowhere); None without a
    sentence or a reports folder."""
    if not reports or sentence_id is None or pd.isna(sentence_id):
        return None
    return f"{reports.rstrip('/')}/{article_id}/{SENTENCE_PAGE}#{anchor(sentence_id)}"


def show(kind: str, value: object) -> str:
    """A fact's value for a reader: a date in French, a figure with French thousands."""
    if kind == "date":
        return fr_date(value)
    return show_value(text(value)) if kind == "figure" else text(value)


def thing(value: object) -> str:
    """What a fact is about, for a reader: an act with no target is said without one
    ("rencontre : Haut Conseil", not "rencontre : Haut Conseil → ?")."""
    shown = text(value)
    return shown[: -len(" → ?")] if shown.endswith(" → ?") else shown


def sentence_label(sentence_id: object) -> str:
    return f"phrase {int(sentence_id) + 1}" if pd.notna(sentence_id) else ""


def evidence(rows: pd.DataFrame, reports: str, label: str = "outlet") -> Links:
    """One link per row: '<outlet>, phrase n' to that sentence."""
    items = []
    for row in rows.to_dict("records"):
        head = text(row.get(label)) if label else ""
        where = sentence_label(row.get("sentence_id"))
        shown = ", ".join(p for p in (head, where) if p)
        items.append((shown, evidence_href(row["article_id"], row.get("sentence_id"), reports)))
    return Links(items)


# --------------------------------------------------------------------------------------------
# Groups


def groups_table(cov: Coverage) -> pd.DataFrame:
    g = cov.groups
    return pd.DataFrame(
        {
            "événement": g["event_group"],
            "articles": g["articles"],
            "date": [fr_date(v) if text(v) else "inconnue" for v in g["publication"]],
            "média": g["outlet"],
            "titre": g["title"],
        }
    )


def compared_groups(cov: Coverage) -> list[str]:
    """The event groups told by two articles or more (the others are groups of one)."""
    g = cov.groups
    return [
        str(e) for e, n in g.groupby("event_group", sort=False)["articles"].first().items() if n > 1
    ]


def single_articles(cov: Coverage) -> pd.DataFrame:
    g = cov.groups
    return g[g["articles"] == 1]


def group_title(cov: Coverage, group: str) -> str:
    g = cov.groups[cov.groups["event_group"] == group]
    outlets = g["outlet"].nunique()
    label = _label(text(g["label"].iloc[0])) if len(g) else group
    return f"{group} — {label} ({plural(len(g), 'article')}, {plural(outlets, 'média')})"


def _label(label: str) -> str:
    """A group's label, "actors — places", without the places already named as actors: a
    country is both, and "Algérie, Espagne, APS — Algérie, Espagne" said the two twice in
    every heading of the report."""
    actors, sep, places = label.partition(" — ")
    named = {a.strip() for a in actors.split(",")}
    rest = [p.strip() for p in places.split(",") if p.strip() and p.strip() not in named]
    return actors + (sep + ", ".join(rest) if sep and rest else "")


def single_articles_line(alone: pd.DataFrame) -> str:
    """The articles alone on their event, in one Markdown sentence agreed with their number
    (values escaped), each by its outlet and date ("VOA Afrique (15 mars 2023)"; its file
    name only without a date: a slug cut by an underscore across two lines said little)."""
    dates = alone["publication"] if "publication" in alone.columns else [None] * len(alone)
    names = ", ".join(
        f"{o} ({fr_date(d) if text(d) else a})"
        for o, a, d in zip(alone["outlet"], alone["article_id"], dates, strict=True)
    )
    if len(alone) == 1:
        return f"Article seul sur son événement, sans comparaison : {esc_md(names)}."
    return f"Articles seuls sur leur événement, sans comparaison : {esc_md(names)}."


def _outlets(cov: Coverage, group: str) -> list[str]:
    g = cov.groups[cov.groups["event_group"] == group]
    return list(dict.fromkeys(g["outlet"]))


# --------------------------------------------------------------------------------------------
# Facts


def _one_row_per_fact(df: pd.DataFrame, reports: str, n_outlets: int) -> pd.DataFrame:
    rows = []
    for _, g in df.groupby("fact_id", sort=False):
        first = g.iloc[0]
        rows.append(
            {
                "genre": KIND.get(first["kind"], first["kind"]),
                "objet": thing(first["thing"]),
                "valeur": show(first["kind"], first["value"]),
                "médias": f"{first['outlets']}/{n_outlets}",
                "absent de": text(first["absent_from"]) or "—",
                "désaccord": text(first["conflict_id"]).split("-")[-1] or "",
                "preuves": evidence(g, reports),
            }
        )
    return pd.DataFrame(rows)


def facts_table(
    cov: Coverage, group: str, reports: str = "..", kinds: tuple[str, ...] = ("date", "figure")
) -> pd.DataFrame:
    """The merged facts of ``kinds``, the most widely reported first."""
    f = cov.group(group)["coverage_facts"]
    f = f[f["kind"].isin(kinds)].sort_values(
        ["outlets", "kind", "value"], ascending=[False, True, True]
    )
    return _one_row_per_fact(f, reports, len(_outlets(cov, group)))


def events_table(cov: Coverage, group: str, reports: str = "..") -> pd.DataFrame:
    """Who did what, as merged across outlets (actors as corpus identities)."""
    facts = facts_table(cov, group, reports, kinds=("event",))
    return facts.drop(columns=["valeur", "désaccord"], errors="ignore")


def timeline_table(cov: Coverage, group: str, reports: str = "..") -> pd.DataFrame:
    t = cov.group(group)["coverage_timeline"]
    n = len(_outlets(cov, group))
    rows = []
    for _, g in t.groupby("fact_id", sort=False):
        first = g.iloc[0]
        rows.append(
            {
                "date": fr_date(first["date"]),
                "événement": first["event"],
                "médias": f"{first['outlets']}/{n}",
                "désaccord": text(first["conflict_id"]).split("-")[-1],
                "preuves": evidence(g, reports),
            }
        )
    return pd.DataFrame(rows)


def conflicts_table(cov: Coverage, group: str, reports: str = "..") -> pd.DataFrame:
    c = cov.group(group)["coverage_conflicts"]
    rows = []
    for (cid, value), g in c.groupby(["conflict_id", "value"], sort=False):
        first = g.iloc[0]
        rows.append(
            {
                "désaccord": str(cid).split("-")[-1],
                "genre": KIND.get(first["kind"], first["kind"]),
                "objet": thing(first["thing"]),
                "valeur": show(first["kind"], value),
                "médias": "; ".join(sorted(set(g["outlet"]))),
                "preuves": evidence(g, reports),
            }
        )
    return pd.DataFrame(rows)


def unique_table(cov: Coverage, group: str, reports: str = "..") -> pd.DataFrame:
    f = cov.group(group)["coverage_facts"]
    f = f[f["status"] == "unique"].sort_values(["outlet", "kind", "value"])
    rows = [
        {
            "média": r["outlet"],
            "genre": KIND.get(r["kind"], r["kind"]),
            "objet": thing(r["thing"]),
            "valeur": show(r["kind"], r["value"]),
            "preuve": evidence(pd.DataFrame([r]), reports, label=""),
        }
        for r in f.to_dict("records")
    ]
    return pd.DataFrame(rows)


def omissions_table(cov: Coverage, group: str, reports: str = "..") -> pd.DataFrame:
    """Facts most outlets report and some leave out (a conflicting value is not an omission:
    it is in the conflicts)."""
    n = len(_outlets(cov, group))
    f = cov.group(group)["coverage_facts"].copy()
    other_value = {
        cid: set(c["outlet"])
        for cid, c in f[f["conflict_id"].fillna("") != ""].groupby("conflict_id")
    }
    f["absent_from"] = [
        "; ".join(
            o for o in text(absent).split("; ") if o and o not in other_value.get(text(cid), set())
        )
        for absent, cid in zip(f["absent_from"], f["conflict_id"], strict=True)
    ]
    f = f[(f["outlets"] >= max(2, math.ceil(n / 2))) & (f["absent_from"] != "")]
    table_ = _one_row_per_fact(f.sort_values(["outlets"], ascending=False), reports, n)
    return table_.drop(columns=["désaccord"]) if len(table_) else table_


# --------------------------------------------------------------------------------------------
# Voices, stances, attributions


def voice_table(cov: Coverage, group: str, reports: str = "..") -> pd.DataFrame:
    """Actors (rows) × outlets (columns): mentions, quotes, share of voice, or "absent"."""
    v = cov.group(group)["coverage_voice"]
    outlets = _outlets(cov, group)
    ranked = (
        v.groupby("actor_key")
        .agg(
            actor=("actor", "first"),
            quoting=("outlets_quoting", "first"),
            present=("outlets_present", "first"),
            quotes=("quotes", "sum"),
        )
        .sort_values(
            ["quoting", "quotes", "present", "actor"], ascending=[False, False, False, True]
        )
    )
    rows = []
    for key, info in ranked.head(MAX_ACTORS).iterrows():
        row: dict[str, object] = {"acteur": info["actor"]}
        mine = v[v["actor_key"] == key]
        for outlet in outlets:
            cells = mine[mine["outlet"] == outlet]
            row[outlet] = _voice_cell(cells, reports)
        rows.append(row)
    return pd.DataFrame(rows, columns=["acteur", *outlets])


def _voice_cell(cells: pd.DataFrame, reports: str) -> object:
    if cells.empty or not cells["present"].any():
        return "absent"
    r = cells.iloc[0]
    shown = f"{int(r['mentions'])} m."
    if r["quotes"]:
        shown += f", {int(r['quotes'])} cit. ({percent(r['share_of_voice'])})"
    return Links([(shown, evidence_href(r["article_id"], r["sentence_id"], reports))])


def absent_table(cov: Coverage, group: str) -> pd.DataFrame:
    """Actors quoted by some outlets and absent from others."""
    v = cov.group(group)["coverage_voice"]
    rows = []
    for _, g in v[v["outlets_quoting"] > 0].groupby("actor_key", sort=False):
        absent = sorted(set(g.loc[~g["present"], "outlet"]) - set(g.loc[g["present"], "outlet"]))
        if absent:
            rows.append(
                {
                    "acteur": g["actor"].iloc[0],
                    "cité par": "; ".join(sorted(set(g.loc[g["quotes"] > 0, "outlet"]))),
                    "absent de": "; ".join(absent),
                }
            )
    return pd.DataFrame(rows, columns=["acteur", "cité par", "absent de"])


def stances_table(
    cov: Coverage, group: str, reports: str = "..", shared_only: bool = True
) -> pd.DataFrame:
    """Holder → target (rows) × outlets: the polarity each reports, hedging noted."""
    s = cov.group(group)["coverage_stances"]
    if shared_only:
        s = s[s["outlets"] >= 2]
    outlets = _outlets(cov, group)
    rows = []
    for _, g in s.groupby("pair", sort=False):
        row: dict[str, object] = {
            "qui → envers qui": f"{g['holder'].iloc[0]} → {g['target'].iloc[0]}",
            "écart": DIFFERENCE.get(text(g["difference"].iloc[0]), "—"),
        }
        for outlet in outlets:
            mine = g[g["outlet"] == outlet]
            row[outlet] = (
                Links(
                    [
                        (
                            POLARITY.get(int(r["polarity"]), "?")
                            + (" (au conditionnel)" if r["hedged"] else ""),
                            evidence_href(r["article_id"], r["sentence_id"], reports),
                        )
                        for r in mine.to_dict("records")
                    ]
                )
                if len(mine)
                else ""
            )
        rows.append(row)
    return pd.DataFrame(rows, columns=["qui → envers qui", "écart", *outlets])


def attributions_table(cov: Coverage, group: str, reports: str = "..") -> pd.DataFrame:
    a = cov.group(group)["coverage_attributions"]
    return pd.DataFrame(
        {
            "citation": [f"« {q} »" for q in a["quote"]],
            "média": a["outlet"],
            "locuteur": [text(s) or "non attribuée" for s in a["speaker"]],
            "désaccord": ["oui" if c else "" for c in a["conflict"]],
            "preuve": [
                evidence(pd.DataFrame([r]), reports, label="") for r in a.to_dict("records")
            ],
        }
    )


# --------------------------------------------------------------------------------------------
# Framing


def framing_table(cov: Coverage, group: str, reports: str = "..") -> pd.DataFrame:
    """Per outlet, its evaluative words in the journalist's voice and in quotations (a word
    no other outlet uses is marked ``*``)."""
    f = cov.group(group)["coverage_framing"]
    rows = []
    for outlet in _outlets(cov, group):
        row: dict[str, object] = {"média": outlet}
        for voice in ("journalist", "quoted"):
            mine = f[(f["outlet"] == outlet) & (f["voice"] == voice)]
            items = []
            for word, g in mine.groupby("word", sort=True):
                r = g.iloc[0]
                sign = "+" if r["polarity"] > 0 else "−"
                times = "" if len(g) == 1 else f", ×{len(g)}"
                shown = f"{word}{'*' if r['only_outlet'] else ''} ({sign}{times})"
                items.append((shown, evidence_href(r["article_id"], r["sentence_id"], reports)))
            row[VOICE[voice]] = Links(items) if items else "—"
        rows.append(row)
    return pd.DataFrame(rows)


def themes_table(cov: Coverage, group: str, reports: str = "..") -> pd.DataFrame:
    """Themes (rows) × outlets: the share of the article's theme words, "mis en avant" when
    an outlet emphasises the theme (:data:`EMPHASIS`, 10 points above the group's mean); each
    cell links to the theme's first word in the article."""
    t = cov.group(group)["coverage_themes"]
    outlets = _outlets(cov, group)
    rows = []
    for label, g in t.groupby("label", sort=True):
        row: dict[str, object] = {"thème": label}
        for outlet in outlets:
            mine = g[g["outlet"] == outlet]
            if mine.empty:
                row[outlet] = "—"
                continue
            r = mine.iloc[0]
            shown = percent(r["share"]) + (" (mis en avant)" if r["emphasis"] >= EMPHASIS else "")
            row[outlet] = Links(
                [(shown, evidence_href(r["article_id"], r["sentence_id"], reports))]
            )
        rows.append(row)
    return pd.DataFrame(rows, columns=["thème", *outlets])


def words_table(cov: Coverage, group: str, reports: str = "..") -> pd.DataFrame:
    w = cov.group(group)["coverage_words"]
    # "l'algérie" and "l’algérie" are one word: written with two apostrophes, it was listed as
    # each outlet's own in the same table; a word shown for two outlets is neither's own
    w = w.assign(word=w["word"].map(lambda x: text(x).replace("’", "'")))
    w = w[w.groupby("word")["outlet"].transform("nunique") == 1]
    rows = []
    for outlet, g in w.groupby("outlet", sort=True):
        items = [
            (
                f"{r['word']}" + (f" ×{r['count']}" if r["count"] > 1 else ""),
                evidence_href(r["article_id"], r["sentence_id"], reports),
            )
            for r in g.to_dict("records")
        ]
        rows.append({"média": outlet, "mots qu'il est seul à employer": Links(items)})
    return pd.DataFrame(rows, columns=["média", "mots qu'il est seul à employer"])


# --------------------------------------------------------------------------------------------
# Headlines


def headlines(cov: Coverage, group: str) -> list[str]:
    """The group's findings in a few Markdown lines (values escaped)."""
    g = cov.group(group)
    outlets = _outlets(cov, group)
    facts = g["coverage_facts"]
    per_fact = facts.drop_duplicates("fact_id")
    lines = [
        f"**{len(g['coverage_groups'])} articles** de **{len(outlets)} médias** racontent cet "
        f"événement : {esc_md(', '.join(outlets))}."
    ]
    everyone = len(per_fact[per_fact["outlets"] == len(outlets)])
    lines.append(
        f"**{everyone}** {agree(everyone, 'fait rapporté', 'faits rapportés')} par tous les "
        f"médias, **{int((per_fact['status'] == 'unique').sum())}** par un seul."
    )
    lines += _conflict_lines(g["coverage_conflicts"])
    lines += _attribution_lines(g["coverage_attributions"])
    stances = g["coverage_stances"]
    for _, s in stances[stances["difference"] == "sign"].groupby("pair", sort=False):
        lines.append(_sign_line(s))
    return lines


def _sign_line(s: pd.DataFrame) -> str:
    """A holder → target pair the outlets tell with different signs, and what each says:
    "Position de Algérie envers Espagne" lacked its elisions (a name's article cannot be
    guessed), and "en sens opposé" hid that both outlets said "contre" when one of them
    also said "pour"."""
    said = []
    for outlet, o in s.groupby("outlet", sort=False):
        signs = [POLARITY.get(int(p), "?") for p in sorted(set(o["polarity"]), reverse=True)]
        said.append(f"{' et '.join(signs)} ({outlet})")
    pair = f"{s['holder'].iloc[0]} → {s['target'].iloc[0]}"
    return (
        f"Position **{esc_md(pair)}** rapportée différemment selon le média : "
        f"{esc_md(' ; '.join(said))}."
    )


# Quotations attributed differently that the headlines spell out; the others are counted
# (one long quotation, cut three ways by three outlets, made five near-identical paragraphs).
MAX_ATTRIBUTION_LINES = 2


def _attribution_lines(attributions: pd.DataFrame) -> list[str]:
    """A quotation given to different speakers by different outlets: each speaker with the
    outlet that names it, "Bram Osk (Média A) ; ministère des Affaires étrangères (Média B)" —
    no "attribuée à ministère" (a name's article cannot be guessed), the quotation cut."""
    conflicts = attributions[attributions["conflict"].astype(bool)]
    groups = list(conflicts.groupby("quote", sort=False))
    lines = []
    for quote, a in groups[:MAX_ATTRIBUTION_LINES]:
        who = " ; ".join(
            f"{text(s) or 'non attribuée'} ({o})"
            for s, o in zip(a["speaker"], a["outlet"], strict=True)
        )
        lines.append(
            f"Citation attribuée différemment selon le média, "
            f"« {esc_md(shortened(quote, 120))} » : {esc_md(who)}."
        )
    rest = len(groups) - MAX_ATTRIBUTION_LINES
    if rest > 0:
        lines.append(
            f"{rest} autre{'s' if rest > 1 else ''} "
            f"{agree(rest, 'citation attribuée', 'citations attribuées')} différemment : voir "
            "la table des citations reprises."
        )
    return lines


def _conflict_lines(conflicts: pd.DataFrame) -> list[str]:
    lines = []
    for _, c in conflicts.groupby("conflict_id", sort=False):
        kind = c["kind"].iloc[0]
        parts = []
        for value, v in c.groupby("value", sort=True):
            shown = show(kind, value)
            parts.append(f"{esc_md(shown)} ({esc_md('; '.join(sorted(set(v['outlet']))))})")
        thing = "la date" if kind == "date" else f"le nombre ({esc_md(c['thing'].iloc[0])})"
        lines.append(f"**Désaccord** sur {thing} : " + " contre ".join(parts) + ".")
    return lines
