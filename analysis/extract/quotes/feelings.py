"""A feeling or a position voiced: "X a fait part (vendredi) de sa « préoccupation »", "X a
exprimé des « réserves »", "X a dit sa « colère »". A quotation that is, or lies inside, a noun
of feeling or position (``feeling_nouns``) whose governing verb is a verb of voicing
(``expressing_verbs``) is the words of that verb's subject — whatever stands between verb and
noun (a time word the parser took for the object, an adverb). The rule is about the
construction, not the words: any member of the two classes fires.

Kept out: a negated verb ("n'a pas exprimé de « regrets »" says nothing), a noun owned by a
named third party ("a partagé la « préoccupation » de Y": Y's word, left to the other rules),
and a verb with no identified subject."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import is_negated, matches, norm
from analysis.extract.quotes.base import Attribution
from analysis.extract.quotes.words import EXPRESSING_VERBS, FEELING_NOUNS


def is_feeling_noun(t: Token) -> bool:
    """A noun of feeling or position ("préoccupation", "réserves"), not owned by a name."""
    if t.pos_ != "NOUN" or not (norm(t.text) in FEELING_NOUNS or norm(t.lemma_) in FEELING_NOUNS):
        return False
    return not any(ch.dep_ == "nmod" and ch.pos_ == "PROPN" for ch in t.children)


def still_feeling(node: Token, feeling: bool) -> bool:
    """Whether, climbing from a quotation, a feeling noun has been passed with no verb since
    (``feeling``: so far, before ``node``)."""
    return node.pos_ == "NOUN" and (feeling or is_feeling_noun(node))


def voiced_by(quoter, verb: Token, feeling: bool = True) -> Attribution | None:
    """The identified subject of a verb of voicing over a feeling noun the quote climbed
    through (``feeling``), or None."""
    if not feeling or verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "acl":
        return None
    cue = matches(verb, EXPRESSING_VERBS)
    if cue is None or is_negated(verb):
        return None
    parties = quoter.res.subjects(verb)
    if parties and parties[0].identified and not quoter.res.in_quote(parties[0].start):
        return Attribution(parties[0], cue, "cue")
    return None
