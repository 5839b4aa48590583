"""Actors: who is in the story, what they are, where they come from, what they are called.

The pipeline step ``actors`` turns an article into four tables:

  actors       actor_id, name, type, country, roles, aliases, mentions, first_sentence,
               first_start, salience
  mentions     actor_id, sentence_id, start, end, text, kind
  actor_roles  actor_id, role, where, sentence_id, start, end, text
  systems      system_id, name, cue, country, maker_id, sentence_id, start, end, text
  relations    source_id, target_id, weight, verbs, sentence_ids

How: :mod:`analysis.actor_mentions` finds mentions (spaCy entities corrected by gazetteers,
cue words, acronyms and metonymy rules); mentions sharing an identity key are one actor
(a person's full name and surname, a state with its capital used as government, its
periphrases and "le royaume"); :mod:`analysis.roles` reads titles and appositions;
countries come from what the text states (nationality adjectives, complements, the
knowledge base) before falling back on the context (the place where things happen).
Actor ids are A01, A02, ... in order of first mention, so they are stable for a given text.

Other areas use :func:`actor_for_span` to attach a speaker or a stance holder to an actor.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

import pandas as pd

from .actor_mentions import Finder, Mention, System, _punct
from .actor_text import Text
from .gazetteer import countries, fold, norm_key
from .relations import relations_table
from .roles import Role, RoleFinder, governmental

if TYPE_CHECKING:
    from .pipeline import Analysis, Context

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
TYPE_LABELS_FR = {
    "person": "personne",
    "state": "État",
    "organisation": "organisation",
    "company": "entreprise",
    "media": "média",
    "group": "groupe",
}


def step(ctx: Context) -> dict[str, pd.DataFrame]:
    """Pipeline step ``actors``."""
    return extract(ctx.article, ctx.doc)


def extract(article, doc) -> dict[str, pd.DataFrame]:
    """The actor tables of an article and its parsed Doc (see module docstring)."""
    text = Text.build(article, doc)
    finder = Finder(text)
    finder._pending_state = []
    found = finder.run()
    mentions = [m for m in found.mentions if m.start >= article.body_start]
    rf = RoleFinder(text, mentions)
    role_rows: dict[str, list[Role]] = defaultdict(list)
    for m in mentions:
        for r in rf.roles(m):
            role_rows[m.key].append(r)
    mentions = _drop_place_only_states(mentions)
    mentions += _definite_descriptions(text, finder, mentions, role_rows)
    mentions.sort(key=lambda m: (m.start, -m.end))
    return _tables(text, finder, mentions, role_rows, found.systems)


# --------------------------------------------------------------------------------------------
# Identity and attributes


def _drop_place_only_states(mentions: list[Mention]) -> list[Mention]:
    """A country only named as a place ("le retrait des troupes du Mali") is not an actor."""
    acting = {m.key for m in mentions if m.type == "state" and m.actor_position}
    return [m for m in mentions if m.type != "state" or m.key in acting]


_VAGUE_TITLES = frozenset(
    "homologue representant representante responsable dirigeant dirigeante diplomate "
    "envoye envoyee conseiller conseillere".split()
)


def _definite_descriptions(
    t: Text, f: Finder, mentions: list[Mention], role_rows: dict[str, list[Role]]
) -> list[Mention]:
    """ "la cheffe de la diplomatie française", "le président sud-coréen", "la ministre":
    a definite title without a name refers back to the person who holds it."""
    gov = governmental()
    persons = [m for m in mentions if m.type == "person" and m.kind == "name"]
    if not persons:
        return []
    claimed_roles = {(r.start, r.end) for rs in role_rows.values() for r in rs}
    taken = [(m.start, m.end) for m in mentions]
    starts = sorted(s for s, _ in taken)
    out: list[Mention] = []
    ws = t.ws
    for i, w in enumerate(ws):
        if t.key(i - 1) not in ("le", "la", "l", "du", "au"):
            continue
        n_role = next(
            (n for n in (4, 3, 2, 1) if " ".join(t.key(x) for x in range(i, i + n)) in gov), 0
        )
        if not n_role or w.key in _VAGUE_TITLES:
            continue
        if not t.free(w.start, w.end) or any(s <= w.start < e for s, e in claimed_roles):
            continue
        if _punct(t.gap(i)) or t.key(i + 1) in ("s", "es"):
            continue
        j = i + n_role
        while (
            j < len(ws)
            and not _punct(t.gap(j))
            and t.same_sentence(i, j)
            and (
                j in f.adj_end
                or t.key(j) in ("de", "la", "l", "des", "du")
                or ws[j].text[:1].isupper()
                and t.key(j - 1) in ("de", "la", "l", "des", "du")
            )
        ):
            j = f.adj_end[j][0] if j in f.adj_end else j + 1
        while j > i + 1 and t.key(j - 1) in ("de", "la", "l", "des", "du"):
            j -= 1
        if j < len(ws) and ws[j].text[:1].isupper() and not _punct(t.gap(j)):
            continue  # a title followed by a name: handled as a title
        nxt = bisect.bisect_left(starts, w.start)
        if nxt < len(starts) and starts[nxt] < ws[j - 1].end:
            continue
        iso = next((f.adj_end[k][1] for k in range(i, j) if k in f.adj_end), None)
        prior = [p for p in persons if p.start < w.start]
        cands = []
        for p in prior:
            p_roles = [fold(r.text) for r in role_rows.get(p.key, [])]
            p_iso = _stated_country(t, f, role_rows.get(p.key, []))
            same_head = any(r.split()[0][:5] == w.key[:5] for r in p_roles if r)
            holds_gov = any(
                r.split()[0] in gov or r.split()[0].startswith(("chef", "minist"))
                for r in p_roles
                if r
            )
            if iso:
                if p_iso == iso and (same_head or holds_gov):
                    cands.append(p)
            elif same_head:
                cands.append(p)
        keys = {c.key for c in cands}
        if len(keys) != 1:
            continue
        ref = max(cands, key=lambda c: c.start)
        start, end = w.start, ws[j - 1].end
        role_text = t.article.text[start:end]
        role_rows[ref.key].append(Role(role_text, start, end, "description"))
        out.append(Mention(start, end, "person", ref.key, ref.name, "description"))
    return out


def _stated_country(t: Text, f: Finder, roles: list[Role]) -> str | None:
    """Country stated in a list of roles: adjective first, then named country or city."""
    for r in roles:
        rng = t.words_in(r.start, r.end)
        if len(rng):
            iso, _ = f._country_inside(rng.start, rng.stop)
            if iso:
                return iso
    return None


def _dominant_country(mentions: list[Mention]) -> str | None:
    counts = Counter(m.country for m in mentions if m.type == "state" and m.country)
    if not counts:
        return None
    first = {}
    for m in mentions:
        if m.type == "state" and m.country and m.country not in first:
            first[m.country] = m.start
    return max(counts, key=lambda c: (counts[c], -first[c]))


def _person_context_country(t: Text, f: Finder, m: Mention, states: list[Mention]) -> str | None:
    """Country of a person with no stated nationality: the states acting in the sentence,
    then in the paragraph (nearest first)."""
    sent = t.article.sentence_at(m.start)
    if sent is None:
        return None
    para = t.article.paragraphs[sent.paragraph_id]
    same = [s for s in states if sent.start <= s.start < sent.end]
    if same:
        return min(same, key=lambda s: abs(s.start - m.start)).country
    in_para = [s for s in states if para.start <= s.start < para.end]
    if in_para:
        counts = Counter(s.country for s in in_para)
        return max(in_para, key=lambda s: (counts[s.country], -s.start)).country
    return f.context_country(m.start)


def _possessive_owner(t: Text, m: Mention, mentions: list[Mention]) -> Mention | None:
    """ "Son porte-parole, X": the organisation (or person) named just before."""
    sent = t.article.sentence_at(m.start)
    if sent is None:
        return None
    lo = t.article.sentences[max(0, sent.id - 1)].start
    prior = [
        o
        for o in mentions
        if lo <= o.start < m.start and o.key != m.key and o.type in ("organisation", "person")
    ]
    return max(prior, key=lambda o: o.start) if prior else None


def _maker_country(t: Text, m: Mention, systems: list[System]) -> str | None:
    """ "le système israélien X, de la société Y": Y takes the system's nationality."""
    for s in systems:
        if s.country and 0 <= m.start - s.end <= 40:
            between = fold(t.article.text[s.end : m.start])
            if between.replace(",", " ").split()[:1] in (["de"], ["d"], ["du"]):
                return s.country
    return None


def _tables(
    t: Text,
    f: Finder,
    mentions: list[Mention],
    role_rows: dict[str, list[Role]],
    systems: list[System],
) -> dict[str, pd.DataFrame]:
    article = t.article
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_key[m.key].append(m)
    order = sorted(by_key, key=lambda k: min(m.start for m in by_key[k]))
    ids = {k: f"A{n + 1:02d}" for n, k in enumerate(order)}
    states = [m for m in mentions if m.type == "state" and m.actor_position]
    dominant = _dominant_country(mentions)

    types = {k: _actor_type(by_key[k]) for k in order}
    country_of: dict[str, str | None] = {}
    for key in sorted(order, key=lambda k: types[k] != "person"):
        ms = by_key[key]
        iso = _actor_country(
            t, f, ms, role_rows.get(key, []), types[key], states, mentions, systems, None
        )
        fixed = any(m.fixed_country for m in ms)
        if iso is None and types[key] != "person" and not fixed:
            iso = _owner_country(ms, role_rows, country_of)
        if (
            iso is None
            and not fixed
            and not (
                types[key] == "organisation"
                and any(m.kind == "name" and not m.context_country for m in ms)
            )
        ):
            iso = dominant
        country_of[key] = iso

    actor_rows, mention_rows, roles_out = [], [], []
    for key in order:
        ms = by_key[key]
        first = ms[0]
        typ = types[key]
        name = _actor_name(ms, typ)
        roles = role_rows.get(key, [])
        country = country_of[key]
        aliases: list[str] = []
        seen = set()
        for m in ms:
            for a in (article.text[m.start : m.end], *m.aliases):
                k = norm_key(a)
                if k and k not in seen:
                    seen.add(k)
                    aliases.append(" ".join(a.split()))
        role_texts = []
        seen_r = set()
        for r in sorted(roles, key=lambda r: r.start) + [
            Role(x, first.start, first.start, "description") for m in ms for x in m.roles
        ]:
            k = norm_key(r.text)
            if k and k not in seen_r:
                seen_r.add(k)
                role_texts.append(" ".join(r.text.split()))
            if r.end > r.start:
                roles_out.append(
                    {
                        "actor_id": ids[key],
                        "role": " ".join(r.text.split()),
                        "where": r.where,
                        "sentence_id": t.sentence_id(r.start),
                        "start": r.start,
                        "end": r.end,
                        "text": article.text[r.start : r.end],
                    }
                )
        sentences = {t.sentence_id(m.start) for m in ms}
        actor_rows.append(
            {
                "actor_id": ids[key],
                "name": name,
                "type": typ,
                "country": country,
                "roles": "; ".join(role_texts),
                "aliases": "; ".join(aliases),
                "mentions": len(ms),
                "first_sentence": t.sentence_id(first.start),
                "first_start": first.start,
                "salience": round(len(sentences) / max(1, len(article.sentences)), 3),
            }
        )
        for m in ms:
            mention_rows.append(
                {
                    "actor_id": ids[key],
                    "sentence_id": t.sentence_id(m.start),
                    "start": m.start,
                    "end": m.end,
                    "text": article.text[m.start : m.end],
                    "kind": m.kind,
                }
            )
    actors = pd.DataFrame(actor_rows, columns=ACTOR_COLUMNS)
    mentions_df = (
        pd.DataFrame(mention_rows, columns=MENTION_COLUMNS)
        .sort_values(["start", "end"])
        .reset_index(drop=True)
    )
    systems_df = _systems_table(t, systems, mentions, ids)
    return {
        "actors": actors,
        "mentions": mentions_df,
        "actor_roles": pd.DataFrame(roles_out, columns=ROLE_COLUMNS).drop_duplicates(
            ["actor_id", "start", "end"]
        ),
        "systems": systems_df,
        "relations": relations_table(mentions_df, t.doc),
    }


def _actor_type(ms: list[Mention]) -> str:
    names = [m for m in ms if m.kind in ("name", "acronym")] or ms
    return Counter(m.type for m in names).most_common(1)[0][0]


def _actor_name(ms: list[Mention], typ: str) -> str:
    if typ == "person":
        return max((m.name for m in ms if m.kind == "name"), key=len, default=ms[0].name)
    named = [m for m in ms if m.kind == "name"]
    return (named or ms)[0].name


def _actor_country(
    t: Text,
    f: Finder,
    ms: list[Mention],
    roles: list[Role],
    typ: str,
    states: list[Mention],
    mentions: list[Mention],
    systems: list[System],
    dominant: str | None,
) -> str | None:
    fixed = [m for m in ms if m.fixed_country]
    if fixed:
        return fixed[0].country
    stated = sorted((m for m in ms if m.country and m.strength >= 2), key=lambda m: -m.strength)
    if stated:
        return stated[0].country
    iso = _stated_country(t, f, [r for r in roles if r.where != "description"])
    if iso:
        return iso
    for r in roles:
        if r.possessive:
            owner = _possessive_owner(t, ms[0], mentions)
            if owner is not None:
                o_iso = owner.country or _actor_country(
                    t, f, [owner], [], owner.type, states, mentions, systems, dominant
                )
                if o_iso:
                    return o_iso
    if typ == "company":
        iso = next((c for m in ms if (c := _maker_country(t, m, systems))), None)
        if iso:
            return iso
    if typ == "person":
        return _person_context_country(t, f, ms[0], states) or dominant
    for m in ms:
        iso = f.context_country(m.start)
        if iso:
            return iso
    return None


def _owner_country(
    ms: list[Mention], role_rows: dict[str, list[Role]], country_of: dict[str, str | None]
) -> str | None:
    """An organisation named inside a person's role ("professeure à l'université Y") shares
    that person's country when nothing else states it."""
    for key, roles in role_rows.items():
        iso = country_of.get(key)
        if not iso or not key.startswith("person:"):
            continue
        for r in roles:
            if any(r.start <= m.start < r.end for m in ms):
                return iso
    return None


def _systems_table(
    t: Text, systems: list[System], mentions: list[Mention], ids: dict[str, str]
) -> pd.DataFrame:
    rows = []
    sys_ids: dict[str, str] = {}
    companies = [m for m in mentions if m.type == "company"]
    for s in sorted(systems, key=lambda s: s.start):
        k = norm_key(s.name)
        sys_ids.setdefault(k, f"S{len(sys_ids) + 1:02d}")
        maker = next(
            (
                ids[c.key]
                for c in companies
                if 0 <= c.start - s.end <= 80 and t.sentence_id(c.start) == t.sentence_id(s.start)
            ),
            None,
        )
        rows.append(
            {
                "system_id": sys_ids[k],
                "name": s.name,
                "cue": s.cue,
                "country": s.country,
                "maker_id": maker,
                "sentence_id": t.sentence_id(s.start),
                "start": s.start,
                "end": s.end,
                "text": t.article.text[s.start : s.end],
            }
        )
    return pd.DataFrame(rows, columns=SYSTEM_COLUMNS)


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


def actor_name(tables: dict[str, pd.DataFrame], actor_id: str | None) -> str | None:
    """Canonical name of an actor id (None if unknown)."""
    if actor_id is None:
        return None
    a = tables["actors"]
    hit = a.loc[a["actor_id"] == actor_id, "name"]
    return str(hit.iloc[0]) if len(hit) else None


def main_actors(actors: pd.DataFrame, n: int = 6, min_mentions: int = 1) -> pd.DataFrame:
    """The n most present actors (sentences covered, then mentions, then first mention)."""
    a = actors[actors["mentions"] >= min_mentions]
    return a.sort_values(
        ["salience", "mentions", "first_start"], ascending=[False, False, True]
    ).head(n)


def country_name(iso: str | None) -> str:
    """French short name of an ISO2 code ("MA" -> "Maroc"), "—" if None."""
    if not iso or (isinstance(iso, float)):
        return "—"
    c = countries().get(iso)
    return c.name if c else iso


def headlines(an: Analysis) -> list[str]:
    """Short French Markdown findings for the briefing, each citing its sentence."""
    a, rel = an.tables["actors"], an.tables["relations"]
    if a.empty:
        return ["Aucun acteur identifié dans l'article."]
    out = []
    by_type = a["type"].value_counts()
    parts = ", ".join(
        f"{n} {TYPE_LABELS_FR[t]}{'s' if n > 1 and not TYPE_LABELS_FR[t].endswith('s') else ''}"
        for t, n in by_type.items()
    )
    top = main_actors(a, 3)
    names = ", ".join(f"**{r.name}**" for r in top.itertuples())
    out.append(
        f"{len(a)} acteurs identifiés ({parts}) ; les plus présents : {names} "
        f"(phrase {int(top.iloc[0]['first_sentence'])})."
    )
    persons = a[a["type"] == "person"].sort_values(
        ["mentions", "first_start"], ascending=[False, True]
    )
    for r in persons.head(2).itertuples():
        role = r.roles.split("; ")[0] if r.roles else "rôle non précisé"
        out.append(
            f"**{r.name}** ({role}, {country_name(r.country)}) : {r.mentions} mention(s) "
            f"(phrase {int(r.first_sentence)})."
        )
    if not rel.empty:
        e = rel.iloc[0]
        na, nb = actor_name(an.tables, e.source_id), actor_name(an.tables, e.target_id)
        verbs = f", verbes : {e.verbs.replace('; ', ', ')}" if e.verbs else ""
        first_sid = str(e.sentence_ids).split("; ")[0]
        out.append(
            f"Relation la plus dense : **{na}** et **{nb}** ({int(e.weight)} phrase(s) "
            f"en commun{verbs}) (phrase {first_sid})."
        )
    return out
