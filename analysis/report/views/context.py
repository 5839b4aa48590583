"""The context report's views: headlines of the timeline, places, themes and events, and the
theme profile (presentation only; the rules are in :mod:`analysis.extract.context`)."""

from __future__ import annotations

import pandas as pd

from analysis.report.evidence import cite, refs
from analysis.report.french import (
    at_date,
    balanced,
    date,
    number,
    plural,
    quoted,
    shortened,
    the_date,
)
from analysis.report.labels import EVENT_CATEGORY, label, timeline_note
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
            "Date": t["date"].map(date),
            "Fin": t["date_end"].map(date),
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
    view = pd.DataFrame(
        {
            "§": d["paragraph_id"].map(lambda v: int(v) + 1),
            "Intertitre": d["section"].fillna(""),
            "Thème dominant": d["label"],
            "Pour 100 mots": d["score"],
            "Termes": d["terms"].map(terms_list),
            "Phrase": refs(d["sentence_id"]) if "sentence_id" in d.columns else "",
        }
    )
    # an article without headings: a column of blanks takes the width its terms need
    if not view["Intertitre"].astype(str).str.strip().any():
        view = view.drop(columns="Intertitre")
    return view


def terms_list(terms: object) -> str:
    """A lexicon-terms cell ("a;b; c") as French reads a list: "a, b, c"."""
    text = "" if terms is None or (isinstance(terms, float) and terms != terms) else str(terms)
    return ", ".join(t.strip() for t in text.split(";") if t.strip())


def event_label(row) -> str:
    """The French name of an event's category (``event_category`` in ``labels_fr.yaml``: one
    phrase, "menace ou combat", that reads well inside a comma list), else its own label."""
    return EVENT_CATEGORY.get(str(row.get("category", "")), str(row.get("label", "")))


def events_view(events: pd.DataFrame) -> pd.DataFrame:
    """Who does what to whom, when and where, each event linked to its sentence; an event
    reported with a reservation says so in its category (seven columns: the table fits the
    width of an A4 page without squeezing its extracts)."""
    e = events
    reserve = e["hedged"].astype(bool).map({True: " (avec réserve)", False: ""})
    return pd.DataFrame(
        {
            "Catégorie": e.apply(event_label, axis=1).astype(str) + reserve,
            "Source": e["source"].fillna("").map(balanced),
            "Cible": e["target"].fillna("").map(balanced),
            "Date": e["date"].map(date),
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
        where = _expression_and_sentence(oldest, esc_md)
        if oldest["phase"] == "before" or _well_before(oldest["date"], an):
            out.append(f"Le récit remonte jusqu'{at_date(oldest['date'])} ({where}).")
        else:  # the oldest date is the event itself: nothing earlier is recalled
            out.append(
                f"Aucun fait antérieur daté : la première date citée est "
                f"{the_date(oldest['date'])} ({where})."
            )
        before = dated[dated["phase"] == "before"]
        # "1 repère sur 1 renvoie à des faits antérieurs à l'événement principal" when every
        # date is "before": the story dates nothing else, so the count would contradict itself
        if len(before) and len(before) < len(dated):
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


def _well_before(iso: object, an, days: int = 31) -> bool:
    """``iso`` starts more than ``days`` before the publication (a date of background even
    when the timeline's phase calls it the event: the reader asks how far back the story
    goes)."""
    import datetime as dt

    from analysis.extract.context.timeline import interval

    pub = getattr(an.article, "publication_iso", None)
    if not pub:
        return False
    try:
        first, _ = interval(str(iso))
        published, _ = interval(str(pub))
    except (TypeError, ValueError):
        return False
    return first < published - dt.timedelta(days=days)


def _expression_and_sentence(row, esc_md) -> str:
    """« expression », phrase n — the expression left out when it only repeats the date."""
    link = cite(row["sentence_id"])
    text = " ".join(str(row["text"]).split())
    if text.lower() == date(row["date"]).lower():
        return link
    return f"{esc_md(quoted(text))}, {link}"


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
    # "le plus cité : X" and "le nom « X »" need neither X's article nor its gender
    out.append(
        f"{plural(len(pl), 'lieu cité', 'lieux cités')} ; le plus cité : "
        f"{esc_md(top['name'])} ({plural(int(top['mentions']), 'mention')}, "
        f"{cite(top['sentence_id'])})."
    )
    gov = pl[pl["government_uses"] > 0].sort_values("government_uses", ascending=False)
    if len(gov):
        g = gov.iloc[0]
        n = int(g["government_uses"])
        times = "une fois" if n == 1 else plural(n, "fois", "fois")
        out.append(
            f"Le nom {esc_md(quoted(g['name']))} est employé {times} pour désigner un État ou "
            f"son gouvernement ({cite(g['sentence_id'])})."
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
    top = totals.index[0]
    first = th[(th["label"] == top) & th["dominant"]].sort_values("paragraph_id")
    link = cite(first.iloc[0]["sentence_id"]) if len(first) else ""
    count = plural(int(totals.iloc[0]), "terme")
    tied = list(totals[totals == totals.iloc[0]].index)
    if len(tied) > 1:  # no theme dominates: say so rather than pick one
        names = ", ".join(k.lower() for k in tied[:-1]) + f" et {tied[-1].lower()}"
        return [f"Aucun thème ne domine : {names} à égalité ({count} chacun)."]
    others = ", ".join(f"{k.lower()} ({number(v, 0)})" for k, v in totals.iloc[1:4].items())
    return [
        f"Thème dominant : {top.lower()} ({count}{', ' + link if link else ''})"
        + (f" ; ensuite {others}" if others else "")
        + "."
    ]


# --------------------------------------------------------------------------------------------
# Briefing: the context section gathers the headlines of the four context tables.


def events_headlines(an) -> list[str]:
    """How many events, of which kinds, and which are reported with a reservation."""
    ev = an.tables.get("events")
    if ev is None or ev.empty:
        return []
    labels = ev.apply(event_label, axis=1)
    counts = labels.value_counts()
    first = labels.iloc[0]
    # "surtout" only when some kind stands out (a count above one)
    lead = ", surtout : " if counts.iloc[0] > 1 else " : "
    out = [
        f"{plural(len(ev), 'événement relevé', 'événements relevés')}{lead}"
        + _kinds(counts)
        + f" ; le premier : {first} ({cite(ev.iloc[0]['sentence_id'])})."
    ]
    hedged = ev[ev["hedged"].astype(bool)]
    if len(hedged):
        h = hedged.iloc[0]
        which = "par exemple " if len(hedged) > 1 else ""
        out.append(
            f"{plural(len(hedged), 'événement rapporté', 'événements rapportés')} au "
            f"conditionnel ou avec réserve, {which}{event_label(h)} ({cite(h['sentence_id'])})."
        )
    return out


def _kinds(counts: pd.Series, shown: int = 3) -> str:
    """The most frequent kinds with their counts, and the events of the other kinds counted:
    "4 événements relevés : demande (1), visite (1), soutien (1)" did not add up to four."""
    listed = ", ".join(f"{k} ({v})" for k, v in counts.head(shown).items())
    rest = int(counts.iloc[shown:].sum())
    if not rest:
        return listed
    return f"{listed} et {plural(rest, 'autre')}"


def headlines(an) -> list[str]:
    """Headlines of the context section: timeline, places, themes and events."""
    out: list[str] = []
    for func in (timeline_headlines, places_headlines, themes_headlines, events_headlines):
        try:
            out.extend(func(an))
        except (KeyError, ValueError, IndexError):  # a missing table must not break the brief
            continue
    return out
