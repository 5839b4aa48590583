"""Targets named after their phrase: a member singled out of a group, and a late conjunct.

* "X appelle toutes les parties, en particulier les États-Unis, à la retenue", "X a condamné
  les puissances étrangères, notamment la Russie": a named actor set off after a group noun by
  a focusing adverb ("en particulier", "notamment", "surtout", "à commencer par", "y
  compris"…) is a target of the stance taken toward the group. A demand singles it out: the
  pressure is on it (as on any named addressee of a demand), whatever the row on the group
  says (:func:`singled_out`);
* "X a remercié Y pour sa médiation, ainsi que Z pour son aide", "X a condamné Y, de même que
  Z": a named actor coordinated by "ainsi que" / "de même que" after the complement of the
  target, with no verb between, is a target of the same stance (:func:`late_conjuncts`).

* "X a félicité le président finlandais, Matti Virtanen, pour …": a target that is an office
  or a person noun followed by the name of a person in apposition is that person
  (:func:`apposed_persons`), a civility title before the name included ("le président du
  Parlement, M. X,": the title kept the office as an issue, and a demand addressed to "M. X"
  in the same sentence then read as pressure on the person the speaker had just recognised,
  a wrong sign that :func:`~analysis.extract.stance.consistency.pressure_yields` removes once
  both rows name the same person).

Why apart: both are constructions of French read on the words after the target of any rule;
the parser attaches the focused phrase and the late conjunct anywhere, and the rules that
find targets stop at the first comma.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.records import Row, Target
from analysis.extract.stance.state import State
from analysis.resources.gazetteer import word_set

# focusing adverbs and locutions that set a member off after its group (as word sequences)
_FOCUS = (
    ("en", "particulier"),
    ("en", "premier", "lieu"),
    ("à", "commencer", "par"),
    ("y", "compris"),
    ("notamment",),
    ("surtout",),
    ("particulièrement",),
    ("singulièrement",),
    ("principalement",),
    ("spécialement",),
    ("avant", "tout"),
)
# the prepositions a singled-out member repeats from its group ("aux parties, en particulier
# aux États-Unis")
_CASES = frozenset({"à", "au", "aux", "de", "d'", "du", "des", "contre", "envers", "avec"})
# the conjunctions of a late conjunct ("tout comme" and "comme" also compare subjects: left out)
_LATE = (("ainsi", "que"), ("de", "même", "que"))
# what ends the stretch a late conjunct may stand in
_CLAUSE_END = frozenset({";", ":", ".", "!", "?", "«", "»", '"', "“", "”", "mais", "tandis"})


def _token_at(st: State, offset: int) -> int:
    """The first token that starts at or after character ``offset``."""
    return bisect.bisect_left(st.tv.idx, offset)


def _seq_at(low: list[str], k: int, seqs: tuple[tuple[str, ...], ...], hi: int) -> int:
    """The length of the first sequence of ``seqs`` at token ``k`` (0 if none)."""
    for seq in seqs:
        if k + len(seq) <= hi and tuple(low[k : k + len(seq)]) == seq:
            return len(seq)
    return 0


def _named_at(st: State, k: int, hi: int) -> Party | None:
    """The named actor whose phrase opens at token ``k`` (after a repeated preposition)."""
    if k < hi and st.low[k] in _CASES:
        k += 1
    if k >= hi or st.tv.pos[k] not in ("DET", "PROPN"):
        return None
    rng = st.res.np_after(k, hi)
    if not rng:
        return None
    p = st.res.party(*rng)
    return p if p.actor_id else None


def _in_phrase(st: State, k: int) -> bool:
    """Token ``k`` may go on a noun phrase (an adjective, a complement, a participle)."""
    pos = st.tv.pos[k]
    return pos in ("ADJ", "NOUN", "PROPN", "ADP", "DET") or (
        pos == "VERB" and "Part" in st.tv.morph(k, "VerbForm")
    )


def _holds(st: State, aid: str, noun: str) -> bool:
    """The person's recorded roles have the target's head noun ("président" for "le président
    finlandais, X"): a name after any other noun is no apposition of it."""
    roles = str(st.res.actors.get(aid, {}).get("roles") or "")
    return noun in re.split(r"[\s;,']+", norm(roles))


def _target(p: Party) -> Target:
    return Target(p.name or "", p.actor_id, p.name or "", p.start, p.end)


def singled_out(st: State, sent: Span, rows: list[Row]) -> list[Row]:
    """Rows toward a named member set off after a group target (see the module)."""
    low, hi, out = st.low, sent.end, []
    for r in rows:
        if r.target.actor_id is not None or r.target.end <= r.target.start:
            continue
        k = _token_at(st, r.target.end)
        stop = min(hi, k + 4)
        while k < stop and low[k] != "," and _in_phrase(st, k):
            k += 1  # the rest of the group's phrase ("les parties concernées")
        if k >= hi or low[k] != ",":
            continue
        size = _seq_at(low, k + 1, _FOCUS, hi)
        member = _named_at(st, k + 1 + size, hi) if size else None
        if member is None or member.actor_id == r.holder.actor_id:
            continue
        polarity = -1 if r.kind == "demand" else r.polarity
        out.append(Row(r.holder, _target(member), polarity, r.cue, r.kind, r.cue_tok))
    return out


def late_conjuncts(st: State, sent: Span, rows: list[Row]) -> list[Row]:
    """Rows toward a named actor coordinated after the target's complement (see the
    module)."""
    low, pos, hi, out = st.low, st.tv.pos, sent.end, []
    for r in rows:
        if r.target.actor_id is None or r.kind in ("demand", "quote", "quote-clause"):
            continue
        k = _token_at(st, r.target.end)
        for m in range(k, min(hi, k + 16)):
            if low[m] in _CLAUSE_END or (pos[m] in ("VERB", "AUX") and m > k):
                break
            if low[m] != "," or not (size := _seq_at(low, m + 1, _LATE, hi)):
                continue
            member = _named_at(st, m + 1 + size, hi)
            if member is None or member.actor_id in (r.holder.actor_id, r.target.actor_id):
                break
            nxt = _token_at(st, member.end)
            if nxt < hi and pos[nxt] in ("VERB", "AUX", "PRON"):
                break  # "…, ainsi que Z l'a fait": Z is a subject
            out.append(Row(r.holder, _target(member), r.polarity, r.cue, r.kind, r.cue_tok))
            break
    return out


# what may follow a name in apposition to a target: the end of the apposition
_APPOSITION_END = frozenset({",", ".", ";", ")", "pour", "de", "d'", "qui", "dont", "et"})


def _name_start(st: State, k: int, hi: int) -> int | None:
    """The token that opens a person's name at ``k`` (after the comma of an apposition): a
    proper noun, or a civility title ("M.", "Mme", the ``person_titles`` of the actors'
    words, which the tagger reads as a common noun) right before one."""
    pos = st.tv.pos
    if k < hi and pos[k] == "PROPN":
        return k
    title = st.low[k].rstrip(".") if k < hi else ""
    if k + 1 < hi and pos[k + 1] == "PROPN" and title in word_set("actors_words", "person_titles"):
        return k
    return None


def apposed_persons(st: State, sent: Span, rows: list[Row]) -> list[Row]:
    """Rows whose target is a person noun or title ("le président finlandais", "le chef de la
    diplomatie suédoise") with a person's name in apposition after a comma take that person
    as their target (see the module); the name must close its apposition (no verb after it:
    "…, X a réagi" is a new clause)."""
    low, pos, text, hi = st.low, st.tv.pos, st.tv.text, sent.end
    for r in rows:
        t = r.target
        if t.actor_id is not None or t.end <= t.start:
            continue
        h = _token_at(st, t.start)
        while h < hi and pos[h] in ("DET", "ADJ"):
            h += 1  # "le nouveau président"
        if h >= hi or pos[h] != "NOUN" or not text[h].islower():
            continue
        k = _token_at(st, t.end)
        stop = min(hi, k + 6)
        while k < stop and low[k] != "," and _in_phrase(st, k):
            k += 1
        if k + 1 >= hi or low[k] != ",":
            continue
        first = _name_start(st, k + 1, hi)
        rng = st.res.np_after(first, hi) if first is not None else None
        if not rng:
            continue
        p = st.res.party(*rng)
        if not p.actor_id or st.res.actor_type(p.actor_id) != "person":
            continue
        if p.actor_id == r.holder.actor_id or not _holds(st, p.actor_id, low[h]):
            continue
        if rng[1] < hi and low[rng[1]] not in _APPOSITION_END:
            continue
        r.target = _target(p)
    return rows
