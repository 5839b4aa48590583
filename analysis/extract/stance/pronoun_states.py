"""A subject pronoun that carries on a state or a body: "La Norvège a réagi lundi. Elle a
condamné l'attaque", "Le Conseil s'est réuni. Il a dénoncé …".

Why: the pronoun resolver of the speakers step looks for persons (a speaker is a person or
names one), so "il" / "elle" opening a sentence after a state or an organisation subject
was resolved to no one and the stance had no holder. French carries the topic of a sentence
on by a subject pronoun of its gender and number; when the pronoun finds no person, the
subject of the sentence before — a state or an organisation of that gender and number —
is its referent. Only then: a person the resolver finds keeps the pronoun.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.state import State

# subject pronouns: (gender, plural)
_PRONOUNS = {"il": ("m", False), "elle": ("f", False), "ils": ("m", True), "elles": ("f", True)}
# the kinds of actors a subject pronoun may carry on here (persons are the resolver's)
_CARRIED = frozenset({"state", "organisation", "institution"})


def state_pronoun_holders(st: State, verb: Token, depth: int = 0) -> list[Party]:
    """The state or body a subject pronoun of ``verb`` carries on from the sentence before
    (see the module), or none."""
    tv = st.tv
    prons = [
        c
        for c in tv.children[verb.i]
        if tv.dep[c] == "nsubj" and tv.pos[c] == "PRON" and st.low[c] in _PRONOUNS
    ]
    if not prons or st.res.in_quote(tv.idx[prons[0]]):
        return []
    k = prons[0]
    s0 = st.res.sent_start(k)
    if any(tv.pos[j] in ("NOUN", "PROPN") for j in range(s0, k)) and not _fronted_adverbial(
        st, s0, k
    ):
        return []  # a noun before the pronoun in its own sentence: the resolver's case
    gender, plural = _PRONOUNS[st.low[k]]
    if s0 == 0:
        return []
    p = _main_subject(st, st.res.sent_start(s0 - 1), s0, depth)
    if p is None or (p.gender and p.gender != gender) or bool(p.plural) != plural:
        return []
    return [p]


# words that open a fronted circumstance rather than a subject ("Dans un communiqué, elle …",
# "Lors de sa visite, il …", "Au terme de la réunion, ils …", "Mardi soir, elle …")
_OPENER_POS = frozenset({"ADP", "ADV", "SCONJ"})
# openers that name whose view the clause gives ("Selon X, elle …", "Pour X, il …"): their
# noun may be the holder, not the pronoun's referent
_VIEW_OPENERS = frozenset({"selon", "pour", "d'", "d’", "aux"})
# a day opening the sentence as a bare time phrase ("Mardi, il …", "Samedi soir, elle …")
_DAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})


def _fronted_adverbial(st: State, s0: int, k: int) -> bool:
    """The words before the subject pronoun k are one fronted circumstance set off by a
    comma: the sentence opens with a preposition or an adverb (a conjunction first, "Et",
    "Mais", may precede it), the comma stands right before the pronoun, and none of those
    words is a subject or a verb (then the pronoun is in a clause of its own and the nouns
    before it are no referent the sentence offers: the topic is carried on from the sentence
    before). A noun phrase opening the sentence ("La Norvège, elle, …") is not one."""
    tv = st.tv
    if k - 1 <= s0 or tv.text[k - 1] != ",":
        return False
    i = s0
    while i < k and (tv.punct[i] or tv.pos[i] == "CCONJ"):
        i += 1
    if i >= k - 1 or (tv.pos[i] not in _OPENER_POS and st.low[i] not in _DAYS):
        return False
    if st.low[i] in _VIEW_OPENERS:
        return False
    return not any(
        tv.dep[j] in ("nsubj", "nsubj:pass") or tv.pos[j] in ("VERB", "AUX") or tv.text[j] == "«"
        for j in range(i, k)
    )


def _main_subject(st: State, lo: int, hi: int, depth: int = 0) -> Party | None:
    """The state or body subject of the main verb of the sentence [lo, hi), outside
    quotations; a subject pronoun there passes on its own referent, found the same way
    ("La Norvège a réagi. Dans un communiqué, elle a condamné Y. Elle exige …")."""
    tv = st.tv
    for k in range(lo, hi):
        if tv.dep[k] not in ("nsubj", "nsubj:pass") or tv.dep[tv.head[k]] != "ROOT":
            continue
        if tv.pos[k] == "PRON" and st.low[k] in _PRONOUNS and depth < 2:
            if st.res.in_quote(tv.idx[k]):
                return None
            found = state_pronoun_holders(st, tv.tokens[tv.head[k]], depth + 1)
            return found[0] if found else None
        if tv.pos[k] not in ("NOUN", "PROPN") or st.res.in_quote(tv.idx[k]):
            return None
        p = st.res.np_party(tv.tokens[k])
        if not p.identified or not p.actor_id:
            return None
        return p if st.res.actor_type(p.actor_id) in _CARRIED else None
    return None


def whose_body_holders(st: State, verb: Token) -> list[Party]:
    """ "La Norvège, dont la diplomatie a condamné Y", "le Danemark, dont le ministre a
    dénoncé Y": the subject of an active "dont" relative that is a governing noun of a state
    (``bare_state_nouns``: its government, its diplomacy, its authorities) or the head of an
    office that speaks for it (``state_voices.offices``: its minister, its president, its
    ambassador) is the state or body the relative hangs on."""
    tv = st.tv
    if tv.dep[verb.i] != "acl:relcl" or tv.head[verb.i] == verb.i:
        return []
    for c in tv.children[verb.i]:
        if tv.dep[c] != "nsubj" or tv.pos[c] != "NOUN":
            continue  # (a passive's subject is acted on: "dont l'ambassadeur a été expulsé")
        words = st.words
        if (
            st.low[c]
            not in words.bare_state_nouns | words.official_titles | words.spokesperson_titles
        ):
            continue
        if not any(st.low[d] == "dont" for d in tv.children[c]):
            continue
        p = st.res.np_party(tv.tokens[tv.head[verb.i]])
        if p.identified and p.actor_id and st.res.actor_type(p.actor_id) in _CARRIED:
            return [p]
    return []
