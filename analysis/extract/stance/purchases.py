"""Purchases (``stance_acts.yaml``: ``purchases``): buying is a (weak) positive stance toward
the product and its seller ("X veut acheter des avions de combat à Y", "X souhaite acquérir
des hélicoptères chinois"), and the same purchase named by a noun under a verb that makes or
pursues it ("X a annoncé l'achat de drones à Y"). Apart from
:mod:`analysis.extract.stance.acts` to keep that module small; it reuses its reading of an
agreement noun's complements.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.acts import complements_end
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import demonym_holders, holders_of, is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import object_of, party_target, prep_np, target_range

_DE = ("de", "d'", "du", "des")


@detector(pos={"VERB"}, words=lambda c: c.acts["purchases"]["verbs"])
def purchase(st: State, t: Token, sent: Span) -> None:
    """ "X veut acheter des avions de combat à Y", "X souhaite acquérir des hélicoptères
    chinois": the buyer is for the product and for its seller (the "à"/"auprès de"
    complement, or the nationality adjective of the product)."""
    if not matches(t, st.c.acts["purchases"]["verbs"], st.c):
        return
    obj = object_of(st, t, sent)
    if obj is None or obj.i < t.i:
        return
    if any(st.low[ch.i] in st.words.first_person for ch in obj.children):
        return  # "ils achètent nos terres": the speaker's complaint, not a deal
    buyers = holders_of(st, t)
    polarity = -1 if negated(st, t) else 1
    i, j = st.res.chunk(obj, appos=False)
    product = target_range(st, i, complements_end(st, max(j, obj.i + 1), sent), obj)
    cue = norm(t.lemma_)
    st.add(buyers, product, polarity, cue, "purchase", t, sent)
    seller = _seller(st, obj, product.end, sent)
    if seller is not None:
        st.add(buyers, party_target(st, seller), polarity, cue, "purchase", t, sent)


def _seller(st: State, obj: Token, end_char: int, sent: Span) -> Party | None:
    """Who sells: "à Y" / "auprès de Y" right after the product, or the state of its
    nationality adjective ("des avions chinois")."""
    k = obj.i + 1
    while k < sent.end and st.tv.idx[k] < end_char:
        k += 1
    hit = prep_np(st, k, ("à", "au", "aux", "auprès de", "auprès du", "auprès des"), sent, 1)
    if hit is not None:
        p = st.res.np_party(hit[1])
        if is_named(p):
            return p
    demonym = demonym_holders(st, obj)
    return demonym[0] if demonym else None


@detector(pos={"NOUN"}, words=lambda c: c.acts["purchases"].get("nouns", frozenset()))
def purchase_noun(st: State, t: Token, sent: Span) -> None:
    """ "X a annoncé l'achat de drones à Y", "X a finalisé l'acquisition de navires auprès de
    Y": the subject of the carrying verb (``purchases.carriers``) buys, as with "acheter".
    Why: the press names a deal by its noun as often as by the verb. Not under any other
    verb ("X a critiqué l'achat ..."), nor with a "par" agent (another buyer), nor denied."""
    p = st.c.acts["purchases"]
    if not matches(t, p.get("nouns", frozenset()), st.c) or t.dep_ != "obj":
        return
    verb = t.head
    if not matches(verb, p.get("carriers", frozenset()), st.c) or negated(st, verb):
        return
    hit = prep_np(st, t.i + 1, _DE, sent, window=1)
    if hit is None or any(st.low[k] == "par" for k in range(t.i + 1, min(sent.end, t.i + 12))):
        return
    obj = hit[1]
    buyers = holders_of(st, verb)
    i, j = st.res.chunk(obj, appos=False)
    product = target_range(st, i, complements_end(st, max(j, obj.i + 1), sent), obj)
    cue = norm(t.lemma_)
    st.add(buyers, product, 1, cue, "purchase", t, sent)
    seller = _seller(st, obj, product.end, sent)
    if seller is not None:
        st.add(buyers, party_target(st, seller), 1, cue, "purchase", t, sent)
