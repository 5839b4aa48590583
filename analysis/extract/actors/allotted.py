"""A portfolio allotted by "à / au / aux" inside a title.

French gives many offices their field with "à": "le secrétaire à la Défense", "le
conseiller à la Sécurité nationale", "la commissaire aux Affaires étrangères", "le ministre
délégué au Commerce", "la secrétaire d'État à l'Europe". Walking left from a name, the role
finder stops at a preposition (it usually opens the phrase: "a téléphoné à son homologue
X"); this "à" continues the title when a portfolio noun follows it and a role noun stands
just before it, whatever the office or the field.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.extract.actors.text import Text, is_punct
from analysis.extract.actors.vocab import vocab
from analysis.resources.gazetteer import country_of_adjective

_ALLOTTING = frozenset(("a", "au", "aux"))
_ARTICLES = frozenset(("la", "l", "le", "les"))
_DE = frozenset(("de", "du", "des", "d"))


def allotted_portfolio(t: Text, lo: int, role_at: Callable[[int], int | None]) -> bool:
    """Word ``lo`` is the "à / au / aux" of a title's field: a portfolio noun after it
    (an article between), and a role phrase (``role_at(x)`` its end, or None) ending at
    most three words before it, with no punctuation in between."""
    if t.key(lo) not in _ALLOTTING or is_punct(t.gap(lo)):
        return False
    k = lo + 1
    if t.key(lo) == "a" and t.key(k) in _ARTICLES:
        k += 1
    if k >= len(t.ws) or t.key(k) not in vocab()["portfolios"] or not t.same_sentence(lo, k):
        return False
    for x in range(max(0, lo - 6), lo):
        end = role_at(x)
        if end is not None and lo - end <= 3 and t.same_sentence(x, lo):
            if not any(is_punct(t.gap(y)) for y in range(x + 1, lo + 1)):
                return True
    return False


def past_field(t: Text, e: int, k: int) -> int:
    """Word after the field a title allots at word ``e`` ("conseiller [américain à la
    Sécurité nationale] du président X"), or ``e`` when none starts there: a nationality
    adjective, then "à / au / aux" (an article) and a portfolio noun with up to two words of
    its name, never past word ``k`` nor a "de". The inner title ("du président X") after the
    field is then found as after a bare role noun."""
    x = e
    while x <= k and country_of_adjective(t.key(x)):
        x += 1
    if x > k or t.key(x) not in _ALLOTTING:
        return e
    x += 1
    if t.key(x - 1) == "a" and t.key(x) in _ARTICLES:
        x += 1
    if x > k or t.key(x) not in vocab()["portfolios"]:
        return e
    x += 1
    for _ in range(2):
        if x <= k and t.key(x) not in _DE and not is_punct(t.gap(x)):
            x += 1
    return x if x <= k and t.key(x) in _DE else e
