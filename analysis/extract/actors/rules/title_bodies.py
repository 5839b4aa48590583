"""A body named as the complement of a person's title ("le porte-parole du ministère X",
"le président du Conseil national X, Y", "la directrice des douanes de Z") says whom that person
works for: the person acts, the body does not. Its mention is marked ``in_title`` and its
row is dropped, unless another mention of it acts, once the unnamed title holders are read
(they take their identity from the body's mention: "la porte-parole du ministère valdorien").
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.vocab import vocab
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import word_set


@derived
def _office_titles() -> frozenset[str]:
    """The titles whose complement names the body an office holder serves: offices
    (``governmental``: "président", "directeur", "porte-parole") and spokespersons, not the
    titles of persons posted to represent the body abroad (its envoy, "l'ambassadeur de
    l'Union X": the body is a party of a diplomatic story) nor relations ("allié", "élu",
    "soutien", "membre de": what links a person to a body, no office in it)."""
    titles = vocab()["governmental"] | word_set("actors_words", "spokesperson_titles")
    return titles - word_set("actors_words", "posting_titles")


def title_complement(f: Finder, i: int) -> bool:
    """The body whose name starts at word i complements an office holder's title: "du /
    des / de la / de l'" right after it (:func:`_office_titles`), no punctuation between; not "de"
    before a bare name ("le président de Valdoria": a state or a town, left to the state
    rules)."""
    t = f.t
    k = i - 1 if t.key(i - 1) in ("la", "l") else i
    if t.key(k - 1) not in ("du", "de", "des", "d") or f.punct_before(i) or f.punct_before(k):
        return False
    if t.key(k - 1) in ("de", "d") and k == i:
        return False
    titles = _office_titles()
    n = next((n for n in (4, 3, 2, 1) if t.prev_phrase(k - 1, n) in titles), 0)
    # "un porte-parole du Quai d'Orsay a déclaré": one of the body's spokesmen, the body
    # speaking through him (the speaker rules name the body): its row stays
    return n > 0 and t.key(k - 1 - n - 1) not in ("un", "une")
