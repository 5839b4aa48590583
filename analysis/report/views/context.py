"""The context report's views: headlines of the timeline, places, themes and events, and the
theme profile (presentation only; the rules are in :mod:`analysis.extract.context`)."""

from __future__ import annotations

import pandas as pd

from analysis.report.evidence import cite, refs
from analysis.report.french import NBSP, date, number, plural, quoted, shortened
from analysis.report.labels import label, timeline_note
from analysis.report.views.actors import country_name

# --------------------------------------------------------------------------------------------
# Tables for readers (French headers and labels, sentences linked)


def timeline_view(timeline: pd.DataFrame) -> pd.DataFrame:
    """The dated expressions, in the order of the text."""
    t = timeline
    return pd.DataFrame(
        {
            "Id": t["time_id"],
            "Expression": t["text"],
            "Date": t["date"],
            "Fin": t["date_end"].fillna(""),
            "Précision": t["precision"].map(lambda v: label("date_precision", v)),
            "Phase": t["phase"].map(lambda v: label("phase", v)),
            "Qui fait quoi": t["event"].fillna(""),
            "Phrase": refs(t["sentence_id"]),
        }
    )


def unresolved_view(timeline: pd.DataFrame) -> pd.DataFrame:
    """The expressions whose date needs checking, with the reason in French."""
    t = timeline[timeline["note"].astype(str).str.strip().ne("")]
    return pd.DataFrame(
        {
            "Id": t["time_id"],
            "Expression": t["text"],
            "Remarque": t["note"].map(timeline_note),
            "Phrase": refs(t["sentence_id"]),
        }
    )


def places_view(places: pd.DataFrame) -> pd.DataFrame:
    """The places cited: kind, country, position, uses as a place or as a government."""
    p = places
    return pd.DataFrame(
        {
            "Id": p["place_id"],
            "Lieu": p["name"],
            "Type": p["kind"].map(lambda v: label("place_kind", v)),
            "Pays": p["country"].map(country_name),
            "Lat.": p["lat"],
            "Long.": p["lon"],
            "Mentions": p["mentions"],
            "Comme lieu": p["place_uses"],
            "Comme gouvernement": p["government_uses"],
            "1re phrase": refs(p["sentence_id"]),
        }
    )


def themes_view(themes: pd.DataFrame) -> pd.DataFrame:
    """The dominant theme of each paragraph, with its score and the terms that make it."""
    d = themes[themes["dominant"]]
    return pd.DataFrame(
        {
            "§": d["paragraph_id"].map(lambda v: int(v) + 1),
            "Intertitre": d["section"].fillna(""),
            "Thème dominant": d["label"],
            "Pour 100 mots": d["score"],
            "Termes": d["terms"].fillna("").str.replace("; ", ", "),
            "Phrase": refs(d["sentence_id"]) if "sentence_id" in d.columns else "",
        }
    )


def events_view(events: pd.DataFrame) -> pd.DataFrame:
    """Who does what to whom, when and where, each event linked to its sentence; an event
    reported with a reservation says so in its category (seven columns: the table fits the
    width of an A4 page without squeezing its extracts)."""
    e = events
    reserve = e["hedged"].astype(bool).map({True: " (avec réserve)", False: ""})
    return pd.DataFrame(
        {
            "Catégorie": e["label"].astype(str) + reserve,
            "Source": e["source"].fillna(""),
            "Cible": e["target"].fillna(""),
            "Date": e["date"].fillna(""),
            "Lieu": e["place"].fillna(""),
            "Extrait": e["evidence"].map(shortened),
            "Phrase": refs(e["sentence_id"]),
        }
    )


def summary(an) -> str:
    """One line: the article's publication and its counts of dates, places and events (the
    title is in the page header already)."""
    tables = an.tables
    counts = [
        plural(len(tables.get("timeline", ())), "expression de date", "expressions de date"),
        plural(len(tables.get("places", ())), "lieu", "lieux"),
        plural(len(tables.get("events", ())), "événement"),
    ]
    pub = date(an.article.publication_iso) or "inconnue"
    return f"Publication : {pub} — {', '.join(counts)}."


# --------------------------------------------------------------------------------------------
# Briefing


def timeline_headlines(an) -> list[str]:
    """Short French sentences about the time frame, each citing its sentence."""
    from analysis.report.display import esc_md

    tl = an.tables.get("timeline")
    if tl is None or tl.empty:
        return []
    dated = tl[tl["date"].astype(str) != ""]
    out = []
    if not dated.empty:
        oldest = dated.sort_values("date").iloc[0]
        out.append(
            f"Le récit remonte jusqu'à {date(oldest['date'])} ({esc_md(quoted(oldest['text']))}"
            f", {cite(oldest['sentence_id'])})."
        )
        before = dated[dated["phase"] == "before"]
        if len(before):
            verb = "renvoie" if len(before) < 2 else "renvoient"
            out.append(
                f"{plural(len(before), 'repère temporel', 'repères temporels')} sur "
                f"{len(dated)} {verb} à des faits antérieurs à l'événement principal "
                f"({cite(before.iloc[0]['sentence_id'])})."
            )
    missing = tl[tl["date"].astype(str) == ""]
    if len(missing):
        verb = "reste" if len(missing) < 2 else "restent"
        out.append(
            f"{plural(len(missing), 'expression relative', 'expressions relatives')} {verb} "
            f"sans date faute de date de référence ({cite(missing.iloc[0]['sentence_id'])})."
        )
    return out


# --------------------------------------------------------------------------------------------
# Briefing


def places_headlines(an) -> list[str]:
    """Short French sentences about the geography of the article."""
    from analysis.report.display import esc_md

    pl = an.tables.get("places")
    if pl is None or pl.empty:
        return []
    out = []
    top = pl.sort_values(["mentions", "place_id"], ascending=[False, True]).iloc[0]
    out.append(
        f"{plural(len(pl), 'lieu cité', 'lieux cités')} ; le plus fréquent est "
        f"{esc_md(top['name'])} ({plural(int(top['mentions']), 'mention')}, "
        f"{cite(top['sentence_id'])})."
    )
    gov = pl[pl["government_uses"] > 0].sort_values("government_uses", ascending=False)
    if len(gov):
        g = gov.iloc[0]
        out.append(
            f"{esc_md(g['name'])} est employé {plural(int(g['government_uses']), 'fois', 'fois')}"
            f" pour désigner un État ou son gouvernement ({cite(g['sentence_id'])})."
        )
    return out


def profile(themes: pd.DataFrame) -> pd.DataFrame:
    """Paragraph x theme matrix of scores (hits per 100 words), for the figure."""
    if themes.empty:
        return pd.DataFrame()
    return themes.pivot_table(
        index="paragraph_id", columns="theme", values="score", aggfunc="sum", fill_value=0
    )


def themes_headlines(an) -> list[str]:
    """Which themes carry the article and where."""
    th = an.tables.get("themes")
    if th is None or th.empty:
        return []
    totals = th.groupby("label")["hits"].sum().sort_values(ascending=False)
    totals = totals[totals > 0]
    if totals.empty:
        return []
    out = []
    top = totals.index[0]
    first = th[(th["label"] == top) & th["dominant"]].sort_values("paragraph_id")
    where = f" ({cite(first.iloc[0]['sentence_id'])})" if len(first) else ""
    others = ", ".join(f"{k.lower()}{NBSP}{number(v, 0)}" for k, v in totals.iloc[1:4].items())
    out.append(
        f"Thème dominant : {top.lower()} ({plural(int(totals.iloc[0]), 'terme')}){where}"
        + (f" ; ensuite {others}" if others else "")
        + "."
    )
    return out


# --------------------------------------------------------------------------------------------
# Briefing: the context section gathers the headlines of the four context tables.


def events_headlines(an) -> list[str]:
    """How many events, of which kinds, and which are reported with a reservation."""
    ev = an.tables.get("events")
    if ev is None or ev.empty:
        return []
    counts = ev["label"].value_counts()
    first = ev.iloc[0]
    out = [
        f"{plural(len(ev), 'événement relevé', 'événements relevés')}, surtout : "
        + ", ".join(f"{k} ({v})" for k, v in counts.head(3).items())
        + f" ; le premier : {first['label']} ({cite(first['sentence_id'])})."
    ]
    hedged = ev[ev["hedged"].astype(bool)]
    if len(hedged):
        h = hedged.iloc[0]
        out.append(
            f"{plural(len(hedged), 'événement rapporté', 'événements rapportés')} au "
            f"conditionnel ou avec réserve, par exemple {h['label']} ({cite(h['sentence_id'])})."
        )
    return out


def headlines(an) -> list[str]:
    """Headlines of the context section: timeline, places, themes and events."""
    out: list[str] = []
    for func in (timeline_headlines, places_headlines, themes_headlines, events_headlines):
        try:
            out.extend(func(an))
        except (KeyError, ValueError, IndexError):  # a missing table must not break the brief
            continue
    return out
