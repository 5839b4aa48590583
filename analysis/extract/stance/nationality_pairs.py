"""Holders named by a plural title with coordinated nationality adjectives ("les ministres
xien et yen des Affaires étrangères ont signé …", "les présidents xiens et yens ont
condamné …", "les responsables xiens et yens"): one row per state the adjectives name
(``stance_acts.yaml``: ``nationality_pairs``; round 23, snarr).

Why: the chunker reads "les ministres xien" as one holder (or the first adjective's state)
and drops the second side, so a signature or a condemnation by both sides had one holder
or none that a reader can use ("ministres xien"). The construction, whatever the words: a
plural noun of officials (``heads``), then, inside its phrase (past "des Affaires
étrangères"), two or more nationality adjectives joined by "et" or a comma. Each adjective
names its state; the row goes to each state (never toward itself). Precision first: fewer
than two distinct states, a state the article does not name as an actor, a singular head,
or another noun between the adjectives gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import country_of_adjective

# tokens looked at after the head noun for the adjectives ("ministres des Affaires
# étrangères xien et yen": five words of portfolio, then the adjectives)
_WINDOW = 9
_GLUE = frozenset({"et", ","})
# the tags a lower-case nationality adjective gets from the tagger after a title
_ADJ_LIKE = frozenset({"ADJ", "NOUN", "PROPN"})


@derived
def _heads() -> frozenset[str]:
    d = load_lexicon("stance_acts").get("nationality_pairs") or {}
    return frozenset(norm(w) for w in d.get("heads") or [])


def nationality_pair(st: State, holder: Party, lo: int, hi: int) -> list[Party]:
    """The states a holder phrase "les <officials> xien et yen" names (see the module), read
    at the holder's first token between tokens ``lo`` and ``hi``; [] when it is no such
    phrase."""
    head = _head_at(st, holder, lo, hi)
    if head is None:
        return []
    codes = _adjective_states(st, head, hi)
    if len(codes) < 2:
        return []
    pair = [_state(st, code, head) for code in codes]
    return pair if all(p is not None for p in pair) else []  # type: ignore[return-value]


def _head_at(st: State, holder: Party, lo: int, hi: int) -> Token | None:
    """The plural head noun of officials at the holder's start (or above its first word when
    the holder is the adjective's state: "responsables xiens" read as "Xie")."""
    for k in range(lo, hi):
        if st.tv.idx[k] < holder.start or st.tv.pos[k] == "DET":
            continue  # past the holder's article ("les ministres")
        if st.tv.end[k] > holder.end:
            return None
        tok = st.doc[k]
        if st.tv.pos[k] == "ADJ" and tok.head.i < k:
            tok = tok.head
        if st.low[tok.i] not in _heads() or "Plur" not in tok.morph.get("Number"):
            return None
        return tok
    return None


def _adjective_states(st: State, head: Token, hi: int) -> list[str]:
    """The ISO codes of the nationality adjectives coordinated after ``head`` (in order, no
    repeats), when at least one "et" or comma joins two of them; [] otherwise."""
    codes: list[str] = []
    joined = False
    k, end = head.i + 1, min(hi, head.i + 1 + _WINDOW)
    while k < end:
        low, pos = st.low[k], st.tv.pos[k]
        if codes and low in _GLUE:
            joined = True
        elif pos in _ADJ_LIKE and st.tv.text[k][:1].islower() and country_of_adjective(low):
            # (the tagger reads some of them as nouns or names: "kényan et tanzanien")
            code = country_of_adjective(low)
            if code and code not in codes:
                codes.append(code)
        elif codes or pos in ("VERB", "AUX", "PUNCT"):
            break  # a noun, a verb or a stop after the adjectives ends the phrase
        k += 1
    return codes if joined and len(codes) >= 2 else []


def _state(st: State, code: str, head: Token) -> Party | None:
    """The state actor of ISO code ``code`` as a holder read at ``head``; None when the
    article does not name that state (a row needs its actor: the pair's rows are compared
    with their target by actor)."""
    aid = st.states.get(code)
    if not aid:
        return None
    return Party(st.res.actor_name(aid), aid, head.idx, head.idx + len(head), "actor")
