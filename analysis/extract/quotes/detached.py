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
