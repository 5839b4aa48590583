"""Actors: who is in the story, what they are, where they come from, what they are called.

The pipeline step ``actors`` turns an article into five tables:

  actors       actor_id, name, type, country, roles, aliases, mentions, first_sentence,
               first_start, salience, protagonist_rank (the order in which the states
               first act: 1 is the article's protagonist, 0 never acting; see
               :mod:`analysis.extract.actors.protagonist`)
  mentions     actor_id, sentence_id, start, end, text, kind
  actor_roles  actor_id, role, where, sentence_id, start, end, text
  systems      system_id, name, cue, country, maker_id, sentence_id, start, end, text
  relations    source_id, target_id, weight, verbs, sentence_ids

How: :mod:`analysis.extract.actors.mentions` finds mentions (spaCy entities corrected by gazetteers,
cue words, acronyms and metonymy rules); mentions sharing an identity key are one actor
(a person's full name and surname, a state with its capital used as government, its
periphrases and "le royaume"); :mod:`analysis.extract.actors.roles` reads titles and appositions;
countries come from what the text states (nationality adjectives, complements, the
knowledge base) before falling back on the context (the place where things happen).
Actor ids are A01, A02, ... in order of first mention, so they are stable for a given text.

Other areas use :func:`actor_for_span` to attach a speaker or a stance holder to an actor.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd
from spacy.tokens import Doc

from analysis.document.article import Article
from analysis.document.context import Context, pipeline_step
from analysis.document.frames import frame
from analysis.extract.actors.antecedents import antecedent_roles
from analysis.extract.actors.counterparts import counterpart_roles
from analysis.extract.actors.countries import Countries
from analysis.extract.actors.ellipses import elliptic_states
from analysis.extract.actors.finder import Finder
from analysis.extract.actors.identity import (
    actor_name,
    actor_type,
    definite_descriptions,
    drop_quoted_only_states,
    group_by_key,
    same_title_descriptions,
    seat_periphrases,
)
from analysis.extract.actors.kb_names import kb_aliases
from analysis.extract.actors.mentions import run
from analysis.extract.actors.parties import keep_parties
from analysis.extract.actors.protagonist import acting_states, ranks
from analysis.extract.actors.records import Mention, System
from analysis.extract.actors.relations import relations_from_rows
from analysis.extract.actors.roles import Role, RoleFinder
from analysis.extract.actors.sender import sender_roles
from analysis.extract.actors.shortforms import join_short_forms, join_unstated_offices
from analysis.extract.actors.text import Text
from analysis.extract.actors.unnamed import unnamed_office_holders
from analysis.resources.gazetteer import norm_key

ACTOR_TYPES = ("person", "state", "organisation", "company", "media", "group")
ACTOR_COLUMNS = [
    "actor_id",
    "name",
    "type",
    "country",
    "roles",
    "aliases",
    "mentions",
    "first_sentence",
    "first_start",
    "salience",
    "protagonist_rank",
]
MENTION_COLUMNS = ["actor_id", "sentence_id", "start", "end", "text", "kind"]
ROLE_COLUMNS = ["actor_id", "role", "where", "sentence_id", "start", "end", "text"]
SYSTEM_COLUMNS = [
    "system_id",
    "name",
    "cue",
    "country",
    "maker_id",
    "sentence_id",
    "start",
    "end",
    "text",
]


@pipeline_step(
    "actors", requires=(), assigns=("actors", "mentions", "actor_roles", "systems", "relations")
)
def step(ctx: Context) -> dict[str, pd.DataFrame]:
    """Pipeline step ``actors``."""
    return extract(ctx.article, ctx.doc)


def extract(article: Article, doc: Doc) -> dict[str, pd.DataFrame]:
    """The actor tables of an article and its parsed Doc (see module docstring)."""
    text = Text.build(article, doc)
    finder = Finder(text)
    found = run(finder)
    mentions = elliptic_states(text, [m for m in found.mentions if m.start >= article.body_start])
    rf = RoleFinder(text, mentions)
    role_rows: dict[str, list[Role]] = defaultdict(list)
    for m in mentions:
        role_rows[m.key].extend(rf.roles(m))
        for start, end in m.roles:  # "les islamistes du mouvement X"
            role_rows[m.key].append(Role(article.text[start:end], start, end, "description"))
    mentions = keep_parties(text, mentions)
    mentions = drop_quoted_only_states(article.text, mentions)
    mentions += definite_descriptions(text, finder, mentions, role_rows)
    mentions += same_title_descriptions(text, finder, mentions, role_rows)
    mentions += seat_periphrases(text, finder, mentions, role_rows)
    mentions += unnamed_office_holders(text, finder, mentions, role_rows)
    mentions = join_unstated_offices(join_short_forms(mentions))
    borrowed = counterpart_roles(text, mentions, role_rows)  # "son homologue X"
    described = antecedent_roles(text, mentions, role_rows)  # "l'assistant, X"
    for key, extra in described.items():
        borrowed[key] = [*borrowed.get(key, []), *extra]
    return _tables(text, finder, mentions, role_rows, found.systems, borrowed, described)


def title_only_bodies(mentions: list[Mention]) -> set[str]:
    """The keys of the bodies named only inside a person's title ("le porte-parole du
    ministère X": the person speaks, the ministry says whom for): no rows of their own. Their
    mentions stay evidence (the unnamed holders take their identity from them, the title
    holder's country may come from them)."""
    acting = {m.key for m in mentions if not m.in_title}
    return {m.key for m in mentions if m.key not in acting}


def _tables(
    t: Text,
    f: Finder,
    mentions: list[Mention],
    role_rows: dict[str, list[Role]],
    systems: list[System],
    borrowed: dict[str, list[Role]] | None = None,
    described: dict[str, list[Role]] | None = None,
) -> dict[str, pd.DataFrame]:
    article = t.article
    by_key, order = group_by_key(mentions)
    types = {k: actor_type(by_key[k]) for k in order}
    acting = acting_states(t, mentions)
    countries = Countries(t, f, mentions, role_rows, systems, acting, described)
    country_of = countries.resolve(by_key, types)
    for key, extra in (borrowed or {}).items():  # after the countries: offices borrowed
        role_rows[key] = [*role_rows.get(key, []), *extra]
    for key, extra in sender_roles(t, role_rows, country_of).items():  # "son ambassadeur à"
        role_rows[key] = [*role_rows[key], *extra]
    hidden = title_only_bodies(mentions)
    rank = ranks([m for m in acting if m.key not in hidden])
    order = [k for k in order if k not in hidden]
    ids = {k: f"A{n + 1:02d}" for n, k in enumerate(order)}

    actor_rows, mention_rows, roles_out = [], [], []
    n_sent = max(1, len(article.sentences))
    for key in order:
        ms = by_key[key]
        aid = ids[key]
        aliases = _unique(a for m in ms for a in (article.text[m.start : m.end], *m.aliases))
        name = actor_name(ms, types[key])
        aliases += kb_aliases(types[key], name, aliases)  # "le président Kanda"
        roles = sorted(role_rows.get(key, []), key=lambda r: r.start)
        role_texts = _unique(r.text for r in roles)
        for r in roles:
            roles_out.append(
                {
                    "actor_id": aid,
                    "role": " ".join(r.text.split()),
                    "where": r.where,
                    "sentence_id": t.sentence_id(r.start),
                    "start": r.start,
                    "end": r.end,
                    "text": article.text[r.start : r.end],
                }
            )
        actor_rows.append(
            {
                "actor_id": aid,
                "name": name,
                "type": types[key],
                "country": country_of[key],
                "roles": "; ".join(role_texts),
                "aliases": "; ".join(aliases),
                "mentions": len(ms),
                "first_sentence": t.sentence_id(ms[0].start),
                "first_start": ms[0].start,
                "salience": round(len({t.sentence_id(m.start) for m in ms}) / n_sent, 3),
                "protagonist_rank": rank.get(key, 0),
            }
        )
        mention_rows.extend(
            {
                "actor_id": aid,
                "sentence_id": t.sentence_id(m.start),
                "start": m.start,
                "end": m.end,
                "text": article.text[m.start : m.end],
                "kind": m.kind,
            }
            for m in ms
        )
    # sorted and de-duplicated in Python: pandas' per-call cost exceeds the work here
    mention_rows.sort(key=lambda r: (r["start"], r["end"]))
    mentions_df = frame(mention_rows, MENTION_COLUMNS)
    seen: set[tuple] = set()
    roles_kept = []
    for r in roles_out:
        k = (r["actor_id"], r["start"], r["end"])
        if k not in seen:
            seen.add(k)
            roles_kept.append(r)
    return {
        "actors": frame(actor_rows, ACTOR_COLUMNS),
        "mentions": mentions_df,
        "actor_roles": frame(roles_kept, ROLE_COLUMNS),
        "systems": _systems_table(t, systems, mentions, ids, country_of),
        "relations": relations_from_rows(
            ((r["sentence_id"], r["actor_id"], r["start"], r["end"]) for r in mention_rows), t.doc
        ),
    }


def _unique(texts) -> list[str]:
    """Distinct surface forms (by name key), whitespace normalised, in order."""
    out, seen = [], set()
    for x in texts:
        k = norm_key(x)
        if k and k not in seen:
            seen.add(k)
            out.append(" ".join(x.split()))
    return out


def _systems_table(
    t: Text,
    systems: list[System],
    mentions: list[Mention],
    ids: dict[str, str],
    country_of: dict[str, str | None],
) -> pd.DataFrame:
    """Named products and weapon systems, with their maker when a company follows them
    in the same sentence ("le système X, de la société Y")."""
    rows = []
    sys_ids: dict[str, str] = {}
    companies = [m for m in mentions if m.type == "company"]
    for s in sorted(systems, key=lambda s: s.start):
        k = norm_key(s.name)
        sys_ids.setdefault(k, f"S{len(sys_ids) + 1:02d}")
        maker_m = next(
            (
                c
                for c in companies
                if 0 <= c.start - s.end <= 120 and t.sentence_id(c.start) == t.sentence_id(s.start)
            ),
            None,
        )
        maker = ids.get(maker_m.key) if maker_m is not None else None
        rows.append(
            {
                "system_id": sys_ids[k],
                "name": s.name,
                "cue": s.cue,
                "country": s.country or (country_of.get(maker_m.key) if maker_m else None),
                "maker_id": maker,
                "sentence_id": t.sentence_id(s.start),
                "start": s.start,
                "end": s.end,
                "text": t.article.text[s.start : s.end],
            }
        )
    return frame(rows, SYSTEM_COLUMNS)


# --------------------------------------------------------------------------------------------
# Public helpers for other areas and notebooks


def actor_for_span(tables: dict[str, pd.DataFrame], start: int, end: int) -> str | None:
    """The actor id whose mention best covers the character span [start, end), or None.

    Exact match first, then the mention with the largest overlap (a speaker span "le
    porte-parole du ministère ..., X" overlaps the mention X).
    """
    m = tables["mentions"]
    if m.empty:
        return None
    starts = m["start"].to_numpy()
    lo = max(0, int(starts.searchsorted(start, side="left")) - 20)
    hi = int(starts.searchsorted(end, side="left"))
    best, best_overlap = None, 0
    for row in m.iloc[lo:hi].itertuples(index=False):
        if row.start == start and row.end == end:
            return row.actor_id
        overlap = min(end, row.end) - max(start, row.start)
        if overlap > best_overlap:
            best, best_overlap = row.actor_id, overlap
    return best


def name_of(tables: dict[str, pd.DataFrame], actor_id: str | None) -> str | None:
    """Canonical name of an actor id (None if unknown)."""
    if actor_id is None:
        return None
    a = tables["actors"]
    hit = a.loc[a["actor_id"] == actor_id, "name"]
    return str(hit.iloc[0]) if len(hit) else None
