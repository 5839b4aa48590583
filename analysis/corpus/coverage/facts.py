"""The event as all its articles tell it: one merged list of facts (dates, figures, who did
what), each marked with the outlets that report it and those that leave it out; the merged
timeline; and the facts that conflict.

A fact is merged across articles by what it states: a date by its day, a figure by the thing
it counts and its value, an event by its category, doer and target (actors as corpus
identities, so "Mme X" and "X" are one). Two facts conflict when different outlets give
different values for the same thing and no outlet gives both:

* two dates at most :data:`CONFLICT_DAYS` apart whose sentences name mostly the same actors
  (and share an event category when both have one): "reçue mardi 12 mars" vs "mercredi 13";
* two exact figures counting the same thing: "450 millions d'euros" vs "300 millions".

An outlet giving both values is telling two facts, not disagreeing; an approximate figure
("plus de 2 000") never conflicts.
"""

from __future__ import annotations

import collections
import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from analysis.corpus.coverage.common import EVIDENCE, Texts, frame, identity_map, text, who
from analysis.corpus.coverage.figures import figures, plain_value
from analysis.corpus.crossref import CorpusResult

CONFLICT_DAYS = 31
MIN_ACTOR_OVERLAP = 0.5  # Jaccard of the actors named with two dates

FACT_COLUMNS = (
    "event_group",
    "article_id",
    "outlet",
    "fact_id",
    "kind",
    "thing",
    "value",
    "text",
    "outlets",
    "reported_by",
    "absent_from",
    "status",
    "conflict_id",
    *EVIDENCE,
)
TIMELINE_COLUMNS = (
    "event_group",
    "article_id",
    "outlet",
    "fact_id",
    "date",
    "event",
    "text",
    "outlets",
    "reported_by",
    "status",
    "conflict_id",
    *EVIDENCE,
)
CONFLICT_COLUMNS = (
    "event_group",
    "article_id",
    "outlet",
    "conflict_id",
    "kind",
    "thing",
    "value",
    "text",
    "values",
    "fact_id",
    *EVIDENCE,
)


@dataclass
class Fact:
    kind: str  # date | figure | event
    thing: str  # what the fact is about (a date's event, the thing counted, the event)
    value: str
    key: tuple
    actors: set[str] = field(default_factory=set)
    categories: set[str] = field(default_factory=set)
    approx: bool = False
    # article_id -> (sentence_id, start, end, text): the first mention in each article
    mentions: dict[str, tuple[int, int, int, str]] = field(default_factory=dict)
    fact_id: str = ""
    conflict_id: str = ""


class _Collector:
    """Facts merged by key as the articles are read."""

    def __init__(self) -> None:
        self.facts: dict[tuple, Fact] = {}

    def add(self, fact: Fact, article_id: str, evidence: tuple[int, int, int, str]) -> Fact:
        kept = self.facts.setdefault(fact.key, fact)
        kept.mentions.setdefault(article_id, evidence)
        kept.actors |= fact.actors
        kept.categories |= fact.categories
        return kept


def _categories(res: CorpusResult, members: set[str]) -> dict[tuple[str, int], set[str]]:
    """(article_id, sentence_id) -> the event categories of that sentence."""
    out: dict[tuple[str, int], set[str]] = collections.defaultdict(set)
    for row in res.table("events").to_dict("records"):
        if row.get("article_id") in members and pd.notna(row.get("sentence_id")):
            out[(row["article_id"], int(row["sentence_id"]))].add(text(row.get("category")))
    return out


def _date_facts(res: CorpusResult, members: set[str], idmap, found: _Collector) -> None:
    cats = _categories(res, members)
    for row in res.table("timeline").to_dict("records"):
        a = row.get("article_id")
        date = text(row.get("date"))
        if a not in members or not date or pd.isna(row.get("sentence_id")):
            continue
        sid = int(row["sentence_id"])
        actors = {who(idmap, a, i.strip(), None)[0] for i in text(row.get("actors")).split(";")}
        actors.discard("")
        label = text(row.get("event")) or text(row.get("text"))
        fact = Fact("date", label, date, ("date", date), actors, set(cats.get((a, sid), ())))
        evidence = (sid, int(row["start"]), int(row["end"]), text(row.get("text")))
        found.add(fact, a, evidence)


def _figure_facts(members: list[str], texts: Texts, found: _Collector) -> None:
    for a in members:
        for sentence in texts.sentences(a):
            for fig in figures(sentence.text, sentence.start):
                key = ("figure", fig.unit, fig.value, fig.approx)
                value = ("~" if fig.approx else "") + plain_value(fig.value)
                fact = Fact("figure", fig.unit, value, key, approx=fig.approx)
                found.add(fact, a, (sentence.id, fig.start, fig.end, fig.text))


def _event_facts(res: CorpusResult, members: set[str], idmap, found: _Collector) -> None:
    for row in res.table("events").to_dict("records"):
        a = row.get("article_id")
        if a not in members or pd.isna(row.get("sentence_id")):
            continue
        src = who(idmap, a, row.get("source_id"), row.get("source"))
        tgt = who(idmap, a, row.get("target_id"), row.get("target"))
        if not _known(src[0]) and not _known(tgt[0]):
            continue  # "cette visite" -> nobody: no actor to compare the fact by
        category = text(row.get("category"))
        label = text(row.get("label")) or category
        thing = f"{label} : {src[1] or '?'} → {tgt[1] or '?'}"
        value = "nié" if row.get("negated") is True else ""
        fact = Fact("event", thing, value, ("event", category, src[0], tgt[0], value))
        fact.categories = {category}
        evidence = (
            int(row["sentence_id"]),
            int(row["start"]),
            int(row["end"]),
            text(row.get("evidence")),
        )
        found.add(fact, a, evidence)


def _known(key: str) -> bool:
    """A corpus identity (not a bare name key, which starts with "~")."""
    return bool(key) and not key.startswith("~")


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _same_thing_dated(a: Fact, b: Fact) -> bool:
    da, db = _day(a.value), _day(b.value)
    if da is None or db is None or da == db or abs((da - db).days) > CONFLICT_DAYS:
        return False
    if not a.actors or not b.actors:
        return False
    overlap = len(a.actors & b.actors) / len(a.actors | b.actors)
    if overlap < MIN_ACTOR_OVERLAP:
        return False
    return not (a.categories and b.categories) or bool(a.categories & b.categories)


def _same_thing_counted(a: Fact, b: Fact) -> bool:
    return a.kind == b.kind == "figure" and a.thing == b.thing and not (a.approx or b.approx)


def _conflicts(facts: list[Fact]) -> list[list[Fact]]:
    """Clusters of facts that give different values for one thing, from disjoint articles."""
    parent = list(range(len(facts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(facts):
        for j in range(i + 1, len(facts)):
            b = facts[j]
            if a.kind != b.kind or a.value == b.value or set(a.mentions) & set(b.mentions):
                continue
            if _same_thing_dated(a, b) or _same_thing_counted(a, b):
                parent[find(j)] = find(i)
    clusters: dict[int, list[Fact]] = collections.defaultdict(list)
    for i, f in enumerate(facts):
        clusters[find(i)].append(f)
    return [c for c in clusters.values() if len(c) > 1]


def group_facts(
    res: CorpusResult, group: str, members: list[str], texts: Texts, idmap
) -> list[Fact]:
    """Every fact of one event group, numbered, conflicts marked."""
    found = _Collector()
    _date_facts(res, set(members), idmap, found)
    _figure_facts(members, texts, found)
    _event_facts(res, set(members), idmap, found)
    facts = sorted(found.facts.values(), key=lambda f: (f.kind, f.value, f.thing))
    for n, fact in enumerate(facts, start=1):
        fact.fact_id = f"{group}-F{n:03d}"
    for n, cluster in enumerate(_conflicts(facts), start=1):
        for fact in cluster:
            fact.conflict_id = f"{group}-C{n:02d}"
    return facts


def _reporting(fact: Fact, members: list[str], names: dict[str, str]) -> tuple[list, list]:
    by = sorted({names[a] for a in fact.mentions})
    absent = sorted({names[a] for a in members} - set(by))
    return by, absent


def fact_rows(
    group: str, facts: list[Fact], members: list[str], names: dict[str, str]
) -> list[dict[str, object]]:
    rows = []
    for fact in facts:
        by, absent = _reporting(fact, members, names)
        for a, (sid, start, end, span) in sorted(fact.mentions.items()):
            rows.append(
                {
                    "event_group": group,
                    "article_id": a,
                    "outlet": names[a],
                    "fact_id": fact.fact_id,
                    "kind": fact.kind,
                    "thing": fact.thing,
                    "value": fact.value,
                    "text": span,
                    "outlets": len(by),
                    "reported_by": "; ".join(by),
                    "absent_from": "; ".join(absent),
                    "status": "unique" if len(by) == 1 else "shared",
                    "conflict_id": fact.conflict_id,
                    "sentence_id": sid,
                    "start": start,
                    "end": end,
                }
            )
    return rows


def tables(res: CorpusResult, groups: pd.DataFrame, texts: Texts) -> dict[str, pd.DataFrame]:
    """``coverage_facts``, ``coverage_timeline`` and ``coverage_conflicts`` for every group."""
    names = dict(zip(groups["article_id"], groups["outlet"], strict=True))
    fact_out: list[dict[str, object]] = []
    idmap = identity_map(res)
    for group, g in groups.groupby("event_group", sort=False):
        members = g["article_id"].tolist()
        facts = group_facts(res, str(group), members, texts, idmap)
        fact_out.extend(fact_rows(str(group), facts, members, names))
    facts_df = frame(fact_out, FACT_COLUMNS)
    dated = facts_df[facts_df["kind"] == "date"].rename(columns={"value": "date", "thing": "event"})
    timeline = frame(
        dated.sort_values(["event_group", "date", "article_id"]).to_dict("records"),
        TIMELINE_COLUMNS,
    )
    return {
        "coverage_facts": facts_df,
        "coverage_timeline": timeline,
        "coverage_conflicts": _conflict_table(facts_df),
    }


def _conflict_table(facts: pd.DataFrame) -> pd.DataFrame:
    hit = facts[facts["conflict_id"].astype(str) != ""].copy()
    if hit.empty:
        return frame([], CONFLICT_COLUMNS)
    values = hit.groupby("conflict_id")["value"].agg(lambda v: " | ".join(sorted(set(v))))
    hit["values"] = hit["conflict_id"].map(values)
    hit = hit.sort_values(["event_group", "conflict_id", "value", "article_id"])
    return frame(hit.to_dict("records"), CONFLICT_COLUMNS)
