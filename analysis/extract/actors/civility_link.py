"""A person named with a civility after a sentence holding two titles takes up the nearer.

"Le préfet a sanctionné le directeur du port. Il s'agit de M. X": X is the director, named
just before him, not the prefect who acts. The rule of a civility taking up a description
of the sentence before (:meth:`.identity.Holders.taken_up_by_civility`) gives X the first
title; when another person's title stands between that title and the name, the reader links
X to the nearer one, or cannot tell: the first title is then not linked to X.
"""

from __future__ import annotations

from analysis.extract.actors.text import Text
from analysis.extract.actors.vocab import vocab
from analysis.resources.gazetteer import word_set


def title_between(t: Text, start: int, title: str, end: int) -> bool:
    """Another title noun ("directeur", "consul", "ambassadeur") stands in [start, end)
    after the first ``len(title)`` words of the description starting at ``start``."""
    heads = {w for w in vocab()["roles"] if " " not in w} | word_set(
        "actors_words", "posting_titles"
    )
    rng = t.words_in(start, end)
    skip = len(title.split())
    return any(t.key(k) in heads for k in rng[skip:])
