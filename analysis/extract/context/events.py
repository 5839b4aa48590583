"""Events: who did what to whom, in CAMEO-style categories, with date, place and evidence.

Categories (``data/lexicons/events_fr.yaml``): visit, host, meet, negotiate, sign_agreement,
cooperate_military, purchase_arms, economic_cooperation, break_relations, protest, criticise,
demand, praise_endorse, threaten_fight. A trigger word (verb or noun) opens an event; its
grammatical subject (or agent "par X", or complement "la visite de X") is the source, its
object or prepositional complement ("avec X", "contre X", "à X") the target. Names are mapped
to the ``actors`` table through its mentions, else to a place used as a government, else
kept as the noun phrase.

Table ``events`` (one row per sentence and category):

=============  ===============================================================================
event_id       ``E01``, ``E02``... in text order
category       category key; ``label`` its French label (``event_category`` in
               ``data/labels_fr.yaml``); ``cameo`` the closest CAMEO root code
trigger        the word that opened the event
source         who acts (name); ``source_id`` its actor id (``actors``) when known
target         whom or what it is aimed at; ``target_id`` its actor id when known
date           the date of the clause (``timeline`` row of the same sentence), ISO
place          where it happens (``places`` mention used as a place in the sentence)
hedged         True when the clause is modalised (pourrait, semble, possible, envisagé...)
negated        True when the clause is negated (ne... pas, jamais)
evidence       the text from source to target (``article.text[start:end]``)
sentence_id    the sentence; ``start``/``end`` the evidence offsets
=============  ===============================================================================
"""

from __future__ import annotations

import bisect
from collections.abc import Collection

import pandas as pd
from spacy.tokens import Doc

from analysis.document.article import Article
from analysis.document.context import Context, pipeline_step
from analysis.document.frames import frame
from analysis.document.frames import rows as frame_rows
from analysis.document.tokens import TokenView, view
from analysis.extract.context.clause import morph_has, noun_phrase, subjects
from analysis.resources.datacache import derived, read_yaml
from analysis.resources.paths import DATA_DIR, LEXICON_DIR

COLUMNS = [
    "event_id",
    "category",
    "label",
    "cameo",
    "trigger",
    "source",
    "source_id",
    "target",
    "target_id",
    "date",
    "place",
    "hedged",
    "negated",
    "evidence",
    "sentence_id",
    "start",
    "end",
]
MAX_EVIDENCE = 300


@derived
def lexicon() -> dict:
    return read_yaml(LEXICON_DIR / "events_fr.yaml")


@derived
def _labels() -> dict[str, str]:
    """category -> its French label, from ``event_category`` in ``data/labels_fr.yaml``: the
    one source of the words the context report and the coverage comparison show (the
    lexicon had its own, "soutien, approbation" beside the report's "soutien ou
    approbation")."""
    return dict(read_yaml(DATA_DIR / "labels_fr.yaml")["event_category"])


@derived
def _words(name: str) -> frozenset[str]:
    """A word list of the lexicon (``target_cases``, ``source_cases``, ``partner_cases``,
    ``time_nouns``), as a set."""
    return frozenset(lexicon()[name])


@derived
def _triggers() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for cat, spec in lexicon()["categories"].items():
        for lemma in spec["lemmas"]:
            out.setdefault(lemma.lower(), []).append(cat)
    return out


@derived
def _requirements() -> dict[str, tuple[frozenset[str], dict[str, frozenset[str]]]]:
    """category -> (words one of which the clause must contain, the same per trigger lemma),
    lower-cased once (empty: no requirement)."""
    out = {}
    for cat, spec in lexicon()["categories"].items():
        per = spec.get("requires_for") or {}
        out[cat] = (
            frozenset(w.lower() for w in spec.get("requires") or ()),
            {lemma: frozenset(w.lower() for w in words) for lemma, words in per.items() if words},
        )
    return out


@derived
def _modal_words() -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's hedges and negations, lower-cased."""
    lx = lexicon()
    return (
        frozenset(h.lower() for h in lx.get("hedges", [])),
        frozenset(n.lower() for n in lx.get("negations", [])),
    )


@pipeline_step(
    "events",
    requires=("actors", "mentions", "timeline", "places", "place_mentions"),
    assigns=("events",),
)
def step(ctx: Context) -> dict[str, pd.DataFrame]:
    return {
        "events": extract(
            ctx.article,
            ctx.doc,
            ctx.tables.get("actors"),
            ctx.tables.get("mentions"),
            ctx.tables.get("timeline"),
            ctx.tables.get("places"),
            ctx.tables.get("place_mentions"),
        )
    }


class _Spans:
    """Sorted (start, end, payload) spans with overlap queries by bisection."""

    def __init__(self, items: list[tuple[int, int, object]]) -> None:
        self.items = sorted(items, key=lambda x: x[0])
        self.starts = [s for s, _, _ in self.items]

    def overlapping(self, lo: int, hi: int) -> list[tuple[int, int, object]]:
        i = bisect.bisect_left(self.starts, hi)
        out = []
        j = i - 1
        while j >= 0 and len(out) < 50:
            s, e, p = self.items[j]
            if e > lo:
                out.append((s, e, p))
            if s < lo - 400:
                break
            j -= 1
        return out


def extract(
    article: Article,
    doc: Doc,
    actors: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    timeline: pd.DataFrame | None = None,
    places: pd.DataFrame | None = None,
    place_mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Find the events of ``article`` (see the module docstring for the columns).

    The rules read the Doc through its token view (:func:`~analysis.document.tokens.view`) and pass
    token indices around: a spaCy Token object costs ~1 µs to build and each of its string
    attributes a string-store look-up.
    """
    lx = lexicon()
    trig = _triggers()
    names = {str(a): str(n) for a, n in frame_rows(actors, "actor_id", "name")}
    actor_spans = _Spans(
        [(int(s), int(e), str(a)) for s, e, a in frame_rows(mentions, "start", "end", "actor_id")]
    )
    place_names = dict(frame_rows(places, "place_id", "name"))
    place_spans = _Spans(
        [
            (int(s), int(e), (pid, role))
            for s, e, pid, role in frame_rows(place_mentions, "start", "end", "place_id", "role")
        ]
    )
    dates_by_sentence: dict[int, list[tuple[int, str]]] = {}
    for date, sid, start in frame_rows(timeline, "date", "sentence_id", "start"):
        if str(date):
            dates_by_sentence.setdefault(int(sid), []).append((start, date))
    hedges, negations = _modal_words()
    rows = []
    seen: set[tuple[int, str]] = set()
    tv = view(doc)
    pos, lemma, lower, tidx, tend = tv.pos, tv.lemma, tv.lower, tv.idx, tv.end
    body_start = article.body_start
    for i, idx in enumerate(tidx):
        if pos[i] not in ("VERB", "NOUN") or idx < body_start:
            continue
        cats = trig.get(lemma[i].lower()) or trig.get(lower[i])
        if not cats:
            continue
        sent = article.sentence_at(idx)
        if sent is None or sent.is_heading:
            continue
        clause = _clause_words(tv, i)
        for cat in cats:
            if (sent.id, cat) in seen or not _requirements_met(cat, lemma[i], clause):
                continue
            seen.add((sent.id, cat))
            src, tgt = _arguments(tv, i)
            source, source_id = _name(
                tv, src, article, actor_spans, place_spans, names, place_names
            )
            target, target_id = _name(
                tv, tgt, article, actor_spans, place_spans, names, place_names
            )
            if target_id and target_id == source_id:
                target, target_id = "", ""
            lo, hi = _evidence_span(tv, i, src, tgt, sent.start, sent.end)
            spec = lx["categories"][cat]
            args = [tidx[a] for a in (src, tgt) if a is not None]
            rows.append(
                {
                    "category": cat,
                    "label": _labels().get(cat, cat),
                    "cameo": str(spec.get("cameo", "")),
                    "trigger": article.text[idx : tend[i]],
                    "source": source,
                    "source_id": source_id,
                    "target": target,
                    "target_id": target_id,
                    "date": _date(dates_by_sentence.get(sent.id, []), tidx[tv.head[i]], idx),
                    "place": _place(idx, sent, place_spans, place_names, args),
                    "hedged": _hedged(tv, i, hedges),
                    "negated": _negated(tv, i, negations),
                    "evidence": article.text[lo:hi],
                    "sentence_id": sent.id,
                    "start": lo,
                    "end": hi,
                }
            )
    for i, row in enumerate(rows):
        row["event_id"] = f"E{i + 1:02d}"
    return frame(rows, COLUMNS)


def _clause_words(tv: TokenView, i: int) -> set[str]:
    """Lower-case words near the trigger i: its subtree, its head and the head's children."""
    lower = tv.lower
    near = [j for j in tv.subtree(i) if abs(j - i) < 12]
    head = tv.head[i]
    near.append(head)
    near += [c for c in tv.children[head] if abs(c - i) < 12]
    near += range(max(0, i - 3), min(len(lower), i + 4))
    return {lower[j] for j in near}


def _requirements_met(cat: str, lemma: str, clause: set[str]) -> bool:
    req, per_lemma = _requirements()[cat]
    if req and clause.isdisjoint(req):
        return False
    per = per_lemma.get(lemma.lower())
    return not (per and clause.isdisjoint(per))


def _arguments(tv: TokenView, i: int) -> tuple[int | None, int | None]:
    """(source, target) tokens of the trigger i, from the dependency parse."""
    pos = tv.pos
    heads, deps = tv.head, tv.dep
    kids = tv.children[i]
    source = target = None
    target_cases, source_cases = _words("target_cases"), _words("source_cases")
    partner_cases = _words("partner_cases")
    if (
        pos[i] == "VERB"
        and deps[i].startswith("acl")
        and morph_has(tv, i, "VerbForm", "Part")
        and not any(deps[c].startswith("aux") for c in kids)
    ):
        # "le Sahara, revendiqué par X": a passive participle; X acts on the noun it qualifies
        return _with_case(tv, i, ("par",)), heads[i]
    if pos[i] == "VERB":
        subj = subjects(tv, i)
        passive = any(deps[c] == "nsubj:pass" for c in kids)
        agent = _with_case(tv, i, ("par",))
        if passive:
            source, target = agent, (subj[0] if subj else None)
        else:
            source = subj[0] if subj else None
            target = next((c for c in kids if deps[c] == "obj"), None)
            if target is not None and pos[target] == "NOUN":
                # "rompre ses relations avec X", "signer un accord avec X": the partner
                target = _first_with_case(
                    tv,
                    ((target, partner_cases), (i, partner_cases), (target, source_cases)),
                    target,
                )
            if target is None:
                target = _with_case(tv, i, target_cases)
    else:
        source = _first_with_case(tv, ((i, ("par",)), (i, source_cases)), None)
        target = _with_case(tv, i, target_cases)
        head = heads[i]
        if source is None and deps[i] in ("obj", "nsubj:pass") and pos[head] == "VERB":
            subj = subjects(tv, head)
            source = subj[0] if subj else None
            if target is None:
                target = _with_case(tv, head, target_cases)
        anc = i
        for _ in range(3):
            if source is not None or heads[anc] == anc:
                break
            anc = heads[anc]
            if pos[anc] == "VERB":
                subj = subjects(tv, anc)
                source = subj[0] if subj else None
    return source, target


def _with_case(tv: TokenView, i: int, cases: Collection[str]) -> int | None:
    """The first nominal complement of token i introduced by one of ``cases``."""
    deps, children, pos, lower = tv.dep, tv.children, tv.pos, tv.lower
    for c in children[i]:
        if deps[c].startswith(("nmod", "obl")) and pos[c] in ("PROPN", "NOUN", "PRON"):
            if any(lower[g] in cases for g in children[c] if deps[g] in ("case", "fixed")):
                return c
    return None


def _first_with_case(tv: TokenView, tries, default: int | None) -> int | None:
    """The first complement found by :func:`_with_case` for (token, cases) in ``tries``."""
    for i, cases in tries:
        found = _with_case(tv, i, cases)
        if found is not None:
            return found
    return default


def _name(
    tv: TokenView, i, article, actor_spans, place_spans, names, place_names, strict: bool = False
) -> tuple[str, str]:
    """The actor (name, id) token i stands for; else a place; else its noun phrase.

    With ``strict`` (sources), an unresolved common noun is dropped: "Cet accord" or "Ce"
    are parse accidents, not actors.
    """
    if i is None or tv.lemma[i].lower() in _words("time_nouns"):
        return "", ""  # "une visite de trois jours": a duration, not a participant
    lo, hi = tv.idx[i], tv.end[i]
    hits = actor_spans.overlapping(lo, hi)
    # else its noun phrase (read only then: a token naming an actor is the common case)
    phrase = noun_phrase(tv, i, 6, conj=False) if not hits else []
    plo, phi = (tv.idx[phrase[0]], tv.end[phrase[-1]]) if phrase else (lo, hi)
    hits = hits or actor_spans.overlapping(plo, phi)
    if hits:
        aid = str(min(hits, key=lambda h: abs(h[0] - lo))[2])
        return names.get(aid, article.text[hits[0][0] : hits[0][1]]), aid
    pos = tv.pos
    places = place_spans.overlapping(lo, hi) or (
        [] if pos[i] == "NOUN" else place_spans.overlapping(plo, phi)
    )
    if places:
        pid = places[0][2][0]
        return str(place_names.get(pid, "")), ""
    if pos[i] not in ("PROPN", "NOUN") or (strict and pos[i] != "PROPN"):
        return "", ""
    first = 0
    while first < len(phrase) and pos[phrase[first]] in ("ADP", "CCONJ", "PUNCT"):
        first += 1
    if first == len(phrase):
        return "", ""
    return article.text[tv.idx[phrase[first]] : tv.end[phrase[-1]]], ""


def _evidence_span(
    tv: TokenView, i: int, src: int | None, tgt: int | None, s_start: int, s_end: int
) -> tuple[int, int]:
    idx, end = tv.idx, tv.end
    toks = [t for t in (i, src, tgt) if t is not None]
    lo = min(idx[t] for t in toks)
    hi = max(end[t] for t in toks)
    for t in (src, tgt):
        if t is not None:
            phrase = noun_phrase(tv, t, 6, conj=True)
            lo = min(lo, idx[phrase[0]])
            hi = max(hi, end[phrase[-1]])
    if len(toks) == 1:  # no argument found: the trigger's own phrase
        phrase = noun_phrase(tv, i, 8, conj=False)
        lo = min(lo, idx[phrase[0]])
        hi = max(hi, end[phrase[-1]])
    lo, hi = max(lo, s_start), min(hi, s_end)
    if hi - lo > MAX_EVIDENCE:
        lo, hi = idx[i], end[i]
    return lo, hi


def _date(rows: list[tuple[int, str]], at: int, start: int) -> str:
    """The date of the sentence's timeline row (start, date) nearest the trigger (which
    starts at ``start``; its head at ``at``)."""
    if not rows:
        return ""
    inside = [r for r in rows if at <= r[0] < at + 200]
    best = min(rows, key=lambda r: abs(int(r[0]) - start))
    return str((inside[0] if inside and len(rows) > 1 else best)[1])


def _place(start: int, sent, place_spans, place_names, args: list[int]) -> str:
    """The place mentioned in the sentence nearest the trigger (at ``start``), outside the
    40 characters from each argument's start (``args``)."""
    cands = [
        (s, p)
        for s, _e, p in place_spans.overlapping(sent.start, sent.end)
        if p[1] == "place" and not any(a <= s < a + 40 for a in args)
    ]
    if not cands:
        return ""
    s, p = min(cands, key=lambda c: abs(c[0] - start))
    return str(place_names.get(p[0], ""))


def _hedged(tv: TokenView, i: int, hedges: frozenset[str]) -> bool:
    heads, deps, lemma, lower = tv.head, tv.dep, tv.lemma, tv.lower
    chain = [i]
    t = i
    for _ in range(2):
        if heads[t] == t:
            break
        t = heads[t]
        chain.append(t)
    for t in chain:
        if morph_has(tv, t, "Mood", "Cnd") or lemma[t].lower() in hedges or lower[t] in hedges:
            return True
        for c in tv.children[t]:
            if deps[c] in ("aux", "aux:tense", "aux:pass", "amod", "advmod") and (
                morph_has(tv, c, "Mood", "Cnd") or lemma[c].lower() in hedges
            ):
                return True
    return False


def _negated(tv: TokenView, i: int, negations: frozenset[str]) -> bool:
    lower = tv.lower
    verb = i if tv.pos[i] == "VERB" else tv.head[i]
    return any(lower[c] in negations and tv.dep[c].startswith("advmod") for c in tv.children[verb])
