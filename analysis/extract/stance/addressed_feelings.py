"""A feeling or position told to someone: "X a fait part à Y de sa « vive préoccupation »",
"X exprime ses préoccupations à Y", "X a exprimé à Y sa gratitude" (``stance_cues.yaml``:
``addressed_feelings``; carriers: ``wish_carriers`` and "faire part"; session 25, lead).

Why: the feeling noun names no target of its own here (no "face à Z", no "de Z"): the one
it is told to, the "à / au / aux" complement of the verb of expressing, is who the concern,
the displeasure or the gratitude is about — a diplomatic message to its addressee. The
parser attaches that complement to the verb, to the noun or to the addressee's neighbour
as it pleases, so it is read from the words: right after the verb (after "part") or right
after the noun phrase. Precision first: the noun must carry a possessive determiner (the
holder's own feeling: "sa préoccupation", not "la préoccupation des voisins"), the carrier
must be the nearest verb before it and not negated, and the addressee a named actor.
"Regrets" (an apology to Y) and "condoléances" (sympathy for a loss) are left out.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import demonym_holders, holders_of, is_named
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived

_POSSESSIVES = frozenset({"sa", "son", "ses", "leur", "leurs", "notre", "nos", "ma", "mon", "mes"})
_TO = frozenset({"à", "au", "aux"})
_SKIP = frozenset({"ADJ", "ADV", "PUNCT"})
_GAP = 9  # words between the verb and the noun ("a fait part au Pérou de sa « vive »")


@derived
def _lists() -> tuple[dict[str, int], frozenset[str]]:
    """(feeling noun -> polarity, carriers), from ``stance_cues.yaml``."""
    cues = load_lexicon("stance_cues")
    signs = cues.get("addressed_feelings") or {}
    nouns = {norm(w): 1 for w in signs.get("support") or ()}
    nouns |= {norm(w): -1 for w in signs.get("oppose") or ()}
    carriers = frozenset(norm(w) for w in cues.get("wish_carriers") or ()) | {"faire"}
    return nouns, carriers


@detector(pos={"NOUN"}, words=lambda c: frozenset(_lists()[0]), match="form")
def addressed_feeling(st: State, t: Token, sent: Span) -> None:
    """ "X a fait part à Y de sa préoccupation", "X exprime ses préoccupations à Y": X is
    against (for, with a noun of support or gratitude) Y, the addressee."""
    nouns, carriers = _lists()
    polarity = nouns.get(st.low[t.i]) or nouns.get(norm(t.lemma_))
    if not polarity or not any(st.low[ch.i] in _POSSESSIVES for ch in t.children):
        return
    verb = _carrier(st, t, sent, carriers)
    if verb is None or negated(st, verb):
        return
    start = verb.i + (2 if norm(verb.lemma_) == "faire" else 1)
    before = _addressee_at(st, start, sent)
    if not _object_of_carrier(st, verb, start, t, before is not None):
        return
    addressee = before or _addressee_at(st, _after_noun(st, t, sent), sent)
    if addressee is None:
        return
    st.add(
        holders_of(st, verb), _target(st, addressee, t), polarity, norm(t.lemma_), "noun", t, sent
    )


def _carrier(st: State, t: Token, sent: Span, carriers: frozenset[str]) -> Token | None:
    """The nearest verb before the noun, when it is a verb of expressing ("faire" only in
    "faire part")."""
    k = t.i - 1
    while k > sent.start and t.i - k <= _GAP and st.tv.pos[k] not in ("VERB", "AUX"):
        k -= 1
    if st.tv.pos[k] != "VERB" or norm(st.doc[k].lemma_) not in carriers:
        return None
    if norm(st.doc[k].lemma_) == "faire" and (k + 1 >= sent.end or st.low[k + 1] != "part"):
        return None
    return st.doc[k]


def _object_of_carrier(st: State, verb: Token, start: int, t: Token, before: bool) -> bool:
    """The possessive phrase is what the verb tells: only adverbs (and the addressee told
    first, and the "de" of "faire part") stand between them. Why: "X a exprimé ses
    remerciements à Y pour son soutien à Z" — "son soutien à Z" is Y's support, whose "à"
    names what is supported, not anyone it is told to."""
    d = min((ch.i for ch in t.children if st.low[ch.i] in _POSSESSIVES), default=t.i)
    end = d - 1 if st.low[d - 1] in ("de", "d'") else d
    if (norm(verb.lemma_) == "faire") != (end == d - 1):
        return False  # "faire part" tells its "de" phrase; the other verbs their object
    for k in range(start, end):
        if st.tv.pos[k] in ("ADV", "PUNCT"):
            continue
        if before and (k == start or st.tv.pos[k] in ("DET", "NOUN", "PROPN", "ADJ")):
            continue
        return False
    return True


def _after_noun(st: State, t: Token, sent: Span) -> int:
    """The first word after the noun, its adjectives and closing quotation marks."""
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] in _SKIP and st.low[k] not in (",", ".", ";", ":"):
        k += 1
    return k


def _addressee_at(st: State, k: int, sent: Span) -> Party | None:
    """The named actor of an "à / au / aux" phrase starting at k."""
    if k >= sent.end or st.low[k] not in _TO:
        return None
    for m in range(k + 1, min(sent.end, k + 4)):
        if st.tv.pos[m] in ("NOUN", "PROPN"):
            p = st.res.np_party(st.doc[m])
            if is_named(p):
                return p
            # "à son homologue canadien": the state of the nationality adjective
            states = [q for q in demonym_holders(st, st.doc[m]) if q.actor_id]
            return states[0] if states else None
    return None


def _target(st: State, p: Party, t: Token) -> Target:
    """The addressee as a target, its text cut before the feeling noun's phrase when the
    chunk ran on ("la Norlandie de sa préoccupation")."""
    tg = party_target(st, p)
    cut = next(
        (
            st.tv.idx[k]
            for k in range(t.i - 1, t.sent.start, -1)
            if st.low[k] in ("de", "d'") and p.start < st.tv.idx[k] < p.end
        ),
        None,
    )
    if cut is None:
        return tg
    text = st.article.text[p.start : cut].rstrip()
    return Target(tg.name, tg.actor_id, text, p.start, p.start + len(text))
