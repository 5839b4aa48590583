"""Harms with an author and a victim: "condamner l'agression de X contre Y", "dénoncer
l'invasion de X contre Y".

Why: a harm noun's "de" complement is its victim when it stands alone ("l'agression de Y",
"l'invasion de Y": the one attacked, ``harm_nouns``), but once a "contre" complement names
the victim, the "de" complement can only be the author ("l'agression de X contre Y": X
attacks Y). Read as a victim, X took the condemner's support and Y its opposition: both
signs reversed. Such a harm is read like an attack noun (``attack_nouns``: "de" the author,
"contre" the victim) by :func:`analysis.extract.stance.harmed_objects._attack`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.state import State
from analysis.resources.gazetteer import country_of_adjective

# what ends the "de" complement before a "contre" could still be the harm's
_STOPS = frozenset({",", ";", ":", ".", "«", "»", '"', "qui", "que", "qu'", "dont", "et", "ou"})


def authored_harm(st: State, obj: Token, sent: Span) -> bool:
    """``obj`` is a harm noun with a "de X" complement followed by "contre Y" (see the
    module)."""
    if norm(obj.lemma_) not in st.c.harm_nouns and norm(obj.text) not in st.c.harm_nouns:
        return False
    tv, low = st.tv, st.low
    k = obj.i + 1
    while k < sent.end and tv.pos[k] == "ADJ":
        k += 1
    if k >= sent.end or low[k] not in DE:
        return False
    for m in range(k + 2, min(sent.end, k + 10)):
        if low[m] == "contre" and tv.pos[m] == "ADP":
            return True
        if low[m] in _STOPS or tv.pos[m] in ("VERB", "AUX"):
            return False
    return False


def _country(st: State, start: int, end: int) -> str | None:
    """The country of the one state actor named in the characters [start, end)."""
    found = {aid for _s, _e, aid in st.res.mentions_in(start, end)}
    states = [a for a in found if st.res.actor_type(a) == "state"]
    if len(states) != 1:
        return None
    return str(st.res.actors.get(states[0], {}).get("country") or "") or None


_AGENTS = frozenset({"par", "contre"})


def _span_after(st: State, k: int, n: int = 6) -> tuple[int, int]:
    """The characters of at most ``n`` tokens from ``k``, stopped at a clause boundary."""
    tv, end = st.tv, k
    while end < min(len(tv.tokens), k + n) and st.low[end] not in _STOPS | _AGENTS:
        end += 1
    return (tv.idx[k], tv.end[end - 1]) if end > k else (0, 0)


def _roles(st: State) -> dict[str, tuple[set[str], set[str]]]:
    """Per harm (keyed by its first verb): the countries the article makes its authors and
    its victims (see :func:`bare_author`); read once per article."""
    memo = getattr(st, "harm_roles_memo", None)
    if memo is not None:
        return memo
    harms: dict = st.c.acts.get("authored_harms") or {}
    verbs = {v: v for vs in harms.values() for v in vs}
    out: dict[str, tuple[set[str], set[str]]] = {}
    tv, low = st.tv, st.low
    for i in range(len(tv.tokens)):
        noun = min(harms[low[i]]) if low[i] in harms and tv.pos[i] == "NOUN" else None
        verb = verbs.get(norm(tv.lemma[i])) if tv.pos[i] == "VERB" else None
        if noun:
            _noun_roles(st, i, out.setdefault(noun, (set(), set())))
        elif verb:
            authors, victims = out.setdefault(verb, (set(), set()))
            for c in tv.children[i]:
                sub = tv.subtree(c)
                country = _country(st, tv.idx[min(sub)], tv.end[max(sub)])
                if country and tv.dep[c] in ("nsubj", "obl:agent"):
                    authors.add(country)
                elif country and tv.dep[c] in ("obj", "nsubj:pass"):
                    victims.add(country)
    st.harm_roles_memo = out  # type: ignore[attr-defined]
    return out


def _noun_roles(st: State, i: int, roles: tuple[set[str], set[str]]) -> None:
    """ "l'invasion <adj>", "l'invasion de Y par X", "l'agression de X contre Y"."""
    authors, victims = roles
    tv, low, n = st.tv, st.low, len(st.tv.tokens)
    k = i + 1
    while k < n and tv.pos[k] == "ADJ":
        iso = country_of_adjective(tv.text[k])
        if iso:
            authors.add(iso)
        k += 1
    if k >= n or low[k] not in DE or k + 1 >= n:
        return
    first = _country(st, *_span_after(st, k + 1))
    after = next((m for m in range(k + 1, min(n, k + 9)) if low[m] in ("par", "contre")), None)
    if first and after is not None and low[after] == "par":
        victims.add(first)
        by = _country(st, *_span_after(st, after + 1))
        if by:
            authors.add(by)
    elif first and after is not None:
        authors.add(first)


def bare_author(st: State, obj: Token, victim: Party) -> bool:
    """ "condamner l'invasion de X" with no "par" and no "contre": X is the author, not the
    victim, when the article elsewhere makes X's country the author of that same harm and
    never its victim (``authored_harms``). The caller then reads X like the author of an
    attack noun."""
    noun = norm(obj.text)
    harms: dict = st.c.acts.get("authored_harms") or {}
    if noun not in harms or not victim.actor_id or st.res.actor_type(victim.actor_id) != "state":
        return False
    country = st.res.actors.get(victim.actor_id, {}).get("country")
    authors, victims = _roles(st).get(min(harms[noun]), (set(), set()))
    return bool(country) and country in authors and country not in victims
