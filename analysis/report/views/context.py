"""The context report's views: headlines of the timeline, places, themes and events, and the
theme profile (presentation only; the rules are in :mod:`analysis.extract.context`)."""

from __future__ import annotations

import pandas as pd

# --------------------------------------------------------------------------------------------
# Briefing


def timeline_headlines(an) -> list[str]:
    """Short French sentences about the time frame, each citing its sentence."""
    tl = an.tables.get("timeline")
    if tl is None or tl.empty:
        return []
    dated = tl[tl["date"].astype(str) != ""]
    out = []
    if not dated.empty:
        oldest = dated.sort_values("date").iloc[0]
        out.append(
            f"Le récit remonte jusqu'à {oldest['date']} (« {oldest['text']} », "
            f"phrase {oldest['sentence_id']})."
        )
        before = dated[dated["phase"] == "before"]
        if len(before):
            out.append(
                f"{len(before)} repère(s) temporel(s) sur {len(dated)} renvoient à des faits "
                f"antérieurs à l'événement principal (phrase {before.iloc[0]['sentence_id']})."
            )
    missing = tl[tl["date"].astype(str) == ""]
    if len(missing):
        out.append(
            f"{len(missing)} expression(s) relative(s) restent sans date faute de date de "
            f"référence (phrase {missing.iloc[0]['sentence_id']})."
        )
    return out


# --------------------------------------------------------------------------------------------
# Briefing


def places_headlines(an) -> list[str]:
    """Short French sentences about the geography of the article."""
    pl = an.tables.get("places")
    if pl is None or pl.empty:
        return []
    out = []
    top = pl.sort_values(["mentions", "place_id"], ascending=[False, True]).iloc[0]
    out.append(
        f"{len(pl)} lieux cités ; le plus fréquent est {top['name']} "
        f"({top['mentions']} mentions, phrase {top['sentence_id']})."
    )
    gov = pl[pl["government_uses"] > 0].sort_values("government_uses", ascending=False)
    if len(gov):
        g = gov.iloc[0]
        out.append(
            f"{g['name']} est employé {g['government_uses']} fois pour désigner un État "
            f"ou son gouvernement (phrase {g['sentence_id']})."
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
    where = f" (phrase {first.iloc[0]['sentence_id']})" if len(first) else ""
    out.append(
        f"Thème dominant : {top.lower()} ({int(totals.iloc[0])} termes){where}; "
        + ", ".join(f"{k.lower()} {int(v)}" for k, v in totals.iloc[1:4].items())
        + "."
    )
    return out


# --------------------------------------------------------------------------------------------
# Briefing: the context section gathers the headlines of the four context tables.


def events_headlines(an) -> list[str]:
    ev = an.tables.get("events")
    if ev is None or ev.empty:
        return []
    counts = ev["label"].value_counts()
    first = ev.iloc[0]
    out = [
        f"{len(ev)} événements relevés, surtout : "
        + ", ".join(f"{k} ({v})" for k, v in counts.head(3).items())
        + f" ; le premier : {first['label']} (phrase {first['sentence_id']})."
    ]
    hedged = ev[ev["hedged"]]
    if len(hedged):
        h = hedged.iloc[0]
        out.append(
            f"{len(hedged)} événement(s) rapporté(s) au conditionnel ou avec réserve, "
            f"par exemple {h['label']} (phrase {h['sentence_id']})."
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
