"""Detached participle clauses of saying: a present participle set off by a comma after the
main clause ("X est revenu sur l'entretien, parlant de « … »") speaks for the main clause's
subject, even when the parser hangs it on the noun before the comma (as if it qualified that
noun). A participle qualifying a document or a speech noun ("un communiqué, dénonçant …") is
that text's own content, and is left to the other rules."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import norm
from analysis.extract.quotes.words import DOCUMENT_NOUNS, SPEECH_NOUNS, TEXT_NOUNS

# words that may stand between the comma and the participle (", en le qualifiant", ", tout en
# lui rappelant", ", ne parlant plus")
_BEFORE_PARTICIPLE = frozenset(
    ("en", "tout", "le", "la", "les", "l'", "lui", "leur", "se", "s'", "y", "ne", "n'")
)


def detached_on_noun(node: Token) -> bool:
    """Participle node hangs on a noun ("acl") right after a comma, and that noun names no
    text or utterance: a detached clause of the main subject, not a modifier of the noun."""
    if node.dep_ != "acl" or node.head.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = node.doc
    k = node.i - 1
    while k > node.head.i and norm(doc[k].text) in _BEFORE_PARTICIPLE:
        k -= 1
    if k <= node.head.i or doc[k].text != ",":
        return False
    head = norm(node.head.text)
    return head not in DOCUMENT_NOUNS and head not in TEXT_NOUNS and head not in SPEECH_NOUNS


# dependencies by which a word of the noun phrase before the participle hangs on its head noun
_IN_PHRASE = frozenset(("amod", "nmod", "flat:name", "flat", "appos", "case", "det"))


def participle_on_speaker(node: Token) -> Token | None:
    """ "une députée X le traitant de « … »", "le ministre X accusant Y
    d'être « … »": a present participle of saying right after a noun phrase (object clitics
    aside; no comma, so not a detached clause, and no "en": not a gerund) has that phrase as
    its subject, so its head noun is the speaker, however the parser hung the participle (a
    past participle's noun is its object, "une visite qualifiée de « … »", and is never
    taken). Nouns of a text or an utterance ("une note accusant …") are left to the rules that
    read their issuer. The head noun's token, or None."""
    if not node.text.lower().endswith("ant") or node.pos_ != "VERB":
        return None  # (the tagger may call it an infinitive: the ending decides)
    doc = node.doc
    k = node.i - 1
    while k > 0 and norm(doc[k].text) in _BEFORE_PARTICIPLE:
        k -= 1
    if norm(doc[k].text) in ("en", "tout") or not (
        doc[k].pos_ in ("NOUN", "PROPN", "ADJ") or doc[k].text[:1].isupper()
    ):
        return None  # (a surname the tagger misread still opens with a capital)
    head = doc[k]
    for _ in range(4):
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("flat:name", "flat", "nmod"):
            break
        if head.dep_ not in _IN_PHRASE or not head.head.i < head.i:
            break
        head = head.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    word = norm(head.text)
    if word in DOCUMENT_NOUNS or word in TEXT_NOUNS or word in SPEECH_NOUNS:
        return None
    return head
