"""Lists of passive agents: "Y, soutenu par A, B et C", "le plan a été approuvé par A et B".

Why: a passive's "par" agent is read as one noun phrase, and the parser hangs the members
listed after it anywhere (on the noun the participle qualifies, on the verb, as a plain
oblique), so only the first member held the stance: "le camp du général, soutenu par la
Russie, l'Égypte et la Turquie" gave the Russian support alone. French lists its members
with commas and closes the list with "et" (or "ainsi que"); every member after the first
agent that names an actor of its own holds the stance too. The list is read on the words:
only a closed list counts (a comma alone may open an apposition or a new clause), and a
list followed by a finite verb is a clause's subject, not agents ("…, soutenu par A, B a
dit").
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import preceding_np, target_np, target_range

# the determiners a listed name may open with
_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})
# the words a member's name may be made of after its first proper noun ("les Émirats
# arabes unis", "la République démocratique du Congo")
_NAME_POS = frozenset({"PROPN", "ADJ", "NOUN", "DET", "ADP"})
# the words that end a member's name
_ENDS = frozenset({",", "et", "ou", "ainsi", ";", ":", ".", "(", ")", "«", "»", '"', "qui"})


def _member(st: State, m: int, hi: int) -> tuple[int, int] | None:
    """The token range of a name opening at token ``m`` (an article at most before a proper
    or capitalised noun), or None."""
    low, pos = st.low, st.tv.pos
    h = m + 1 if m < hi and low[m] in _ARTICLES else m
    if h >= hi or not (pos[h] == "PROPN" or pos[h] == "NOUN" and st.tv.text[h][:1].isupper()):
        return None  # (the tagger reads some capitalised names as nouns: "les Émirats")
    j = h + 1
    while j < hi and low[j] not in _ENDS and pos[j] in _NAME_POS and j < h + 6:
        j += 1
    return m, j


def _titled_member(st: State, m: int, hi: int) -> tuple[int, int] | None:
    """ "le Premier ministre, A": a member listed by its title and then its name between
    commas (press style for office holders: "accueilli par le président du Sénat, A, le
    Premier ministre, B, et ..."); the token range of the name, or None. The title is a
    common noun phrase opened by an article; only the name after it makes the member."""
    low, pos = st.low, st.tv.pos
    if m >= hi or low[m] not in _ARTICLES:
        return None
    j, noun = m + 1, False
    while j < min(hi, m + 8) and low[j] not in _ENDS and pos[j] in _NAME_POS:
        noun = noun or pos[j] == "NOUN"
        j += 1
    if not noun or j + 1 >= hi or low[j] != "," or pos[j + 1] != "PROPN":
        return None
    return _member(st, j + 1, hi)


def _finite_before_stop(st: State, m: int, hi: int) -> bool:
    """A finite verb comes after token ``m`` before the next punctuation: the words from
    ``m`` start a clause ("…, soutenu par A, B et des milices ont dit"), not a member."""
    for j in range(m, hi):
        if st.tv.pos[j] == "PUNCT":
            return False
        if st.tv.pos[j] in ("VERB", "AUX") and "Fin" in st.tv.morph(j, "VerbForm"):
            return True
    return False


def _separator(st: State, m: int, hi: int) -> tuple[int, bool]:
    """The token after the separators at ``m`` (commas, "et", "ainsi que") and whether they
    close the list ("et", "ainsi que")."""
    low = st.low
    closes = False
    while m < hi:
        if low[m] == ",":
            m += 1
        elif low[m] == "et":
            m, closes = m + 1, True
        elif low[m] == "ainsi" and m + 1 < hi and low[m + 1] == "que":
            m, closes = m + 2, True
        else:
            break
    return m, closes


def listed_agents(st: State, agent: Token, first: Party) -> list[Party]:
    """``first`` (the party of the "par" agent ``agent``) and the named actors listed after
    it (see the module); only ``first`` when no closed list of named actors follows."""
    if not first.actor_id:
        return [first]
    hi = st.res.sent_end(agent.i)
    k = bisect.bisect_left(st.tv.idx, first.end)
    seen = {first.actor_id}
    members: list[Party] = []
    closed = False
    while k < hi and not closed:
        m, closes = _separator(st, k, hi)
        rng = (_member(st, m, hi) or _titled_member(st, m, hi)) if m > k else None
        if rng is None:
            # "par A, le ministre, B, et des membres du gouvernement": a closing member
            # that names no actor still closes the list of those before it
            closed = closes and bool(members) and not _finite_before_stop(st, m, hi)
            break
        p = st.res.party(*rng)
        if p.actor_id == first.actor_id and not members and not closes:
            k = rng[1]  # "par le président du Sénat, A, ...": the first agent's own name
            continue
        if not p.actor_id or p.actor_id in seen:
            return [first]
        seen.add(p.actor_id)
        members.append(p)
        closed, k = closes, rng[1]
    if not closed:
        return [first]
    if k < hi and st.tv.pos[k] in ("VERB", "AUX") and "Fin" in st.tv.morph(k, "VerbForm"):
        return [first]  # "…, soutenu par A, B et C ont dit": a subject
    return [first, *members]


def _agrees(st: State, a: int, b: int) -> bool:
    """Tokens ``a`` and ``b`` agree in number and gender where the tagger says both."""
    for field in ("Number", "Gender"):
        x, y = st.tv.morph(a, field), st.tv.morph(b, field)
        if x and y and x != y:
            return False
    return True


def participle_target(st: State, participle: Token, sent: Span) -> Target | None:
    """What a detached passive participle bears on: the noun phrase before it ("Y, soutenu
    par X"), the noun it qualifies (:func:`qualified_noun`); for a participle coordinated
    with an earlier one ("Y, condamné par A et dénoncé par B", "salué par A puis soutenu par
    B"), the phrase before the first participle (the words before the second are the first
    one's agent)."""
    tv = st.tv
    p = participle
    h = tv.head[p.i]
    if tv.dep[p.i] == "conj" and h < p.i and tv.dep[h] == "acl":
        if "Part" in tv.morph(h, "VerbForm"):
            p = tv.tokens[h]
    # its own adverbs first: "Y, vivement critiqué par X" bears on Y as "Y, critiqué par X"
    start = p.i
    while start - 1 > sent.start and tv.pos[start - 1] == "ADV" and tv.head[start - 1] == p.i:
        start -= 1
    head = preceding_np(st, start, sent)
    if head is None:
        return None
    return qualified_noun(st, p, head) or target_np(st, head, stop=start)


def qualified_noun(st: State, participle: Token, found: Token) -> Target | None:
    """The noun a detached passive participle qualifies ("l'homme fort de l'est du pays,
    soutenu par X", "le chef très influent du sud, soutenu par X": the man, the chief, not
    the east or the south). The phrase read back from the participle stops at any word that
    is no part of a noun phrase for the tagger (an adverb: "très", "fort" read as one), so
    it may be only the complement of the real head. When the parser hangs the participle on
    a noun before it that governs the phrase found, or the words before the phrase found are
    a noun, its adverb and adjectives, and "de" (:func:`_across_adverb`), and the participle
    agrees with that noun, the target is that noun's phrase up to the participle. Only ever
    a noun above ``found``: None (the phrase found is kept) otherwise."""
    tv = st.tv
    nouns = (
        _governing(st, participle, found),
        _across_adverb(st, found.i, st.res.sent_start(found.i)),
    )
    h = next((n for n in nouns if n is not None and _agrees(st, participle.i, n)), None)
    if h is None:
        return None
    i = st.res.chunk(tv.tokens[h], appos=False)[0]
    return target_range(st, min(i, h), participle.i, tv.tokens[h])


def _governing(st: State, participle: Token, found: Token) -> int | None:
    """The noun the parser hangs ``participle`` on, when it governs ``found`` (through
    noun complements) and stands before it."""
    tv = st.tv
    h = tv.head[participle.i]
    if tv.dep[participle.i] != "acl" or h >= found.i or tv.pos[h] not in ("NOUN", "PROPN"):
        return None
    k = found.i
    for _ in range(4):
        if tv.dep[k] not in ("nmod", "amod", "flat:name") or tv.head[k] == k:
            return None
        k = tv.head[k]
        if k == h:
            return h
    return None


def _across_adverb(st: State, k: int, lo: int) -> int | None:
    """The common noun before "NOUN ADV ADJ* de [DET] ``k``" (an adverb, then at most two
    adjectives, between the noun and its "de" complement), or None."""
    low, pos = st.low, st.tv.pos
    k -= 1
    while k >= lo and pos[k] == "DET":
        k -= 1
    if k < lo or low[k] not in ("de", "du", "des", "d'", "d’"):
        return None
    k -= 1
    adverb = False
    for _ in range(3):
        if k >= lo and pos[k] in ("ADV", "ADJ"):
            adverb = adverb or pos[k] == "ADV"
            k -= 1
    if not adverb or k < lo or pos[k] != "NOUN":
        return None
    return k
