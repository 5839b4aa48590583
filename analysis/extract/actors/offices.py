"""The offices one person cannot hold together, and the titles that name either head.

A definite title without a name ("le chef du gouvernement", "la cheffe de la diplomatie")
refers back to the person of the article who holds that office
(:func:`analysis.extract.actors.identity.definite_descriptions`); a person who holds another
of the exclusive offices (head of state, head of government, foreign minister) is someone
else. Two refinements of the families:

- the longest head decides ("président du gouvernement" is a head of government, not a
  "président" of the head-of-state list);
- the head of the executive ("le chef de l'exécutif", "la patronne de l'exécutif") is the
  head of state in a presidential regime and the head of government in a parliamentary one:
  French uses it for both, so it is the same office as either and excludes neither.
"""

from __future__ import annotations

from analysis.extract.actors.vocab import vocab
from analysis.resources import datacache
from analysis.resources.gazetteer import country_of_adjective, words

FAMILIES = ("head_of_state", "head_of_government", "foreign_minister")


def plain_title(role: str) -> str:
    """ "ministre togolais des affaires etrangeres" -> "ministre des affaires etrangeres":
    the folded words of a title without its nationality adjectives (French puts them
    between the head and its portfolio)."""
    return " ".join(w for w in words(role) if not country_of_adjective(w))


def _longest(title: str, heads: frozenset[str]) -> int:
    """Words of the longest head of ``heads`` that ``title`` starts with (0 if none)."""
    return max((len(h.split()) for h in heads if f"{title} ".startswith(f"{h} ")), default=0)


@datacache.derived  # asked for every pair of titles of a long article: a few hundred titles
def heads_executive(title: str) -> bool:
    """ "chef de l'exécutif (espagnol)": a title of the head of the executive."""
    return _longest(plain_title(title), vocab()["head_of_executive"]) > 0


@datacache.derived  # as above: the same titles come back for every person compared
def office_family(role: str) -> str | None:
    """Which exclusive office the title names (None for any other title, and for the head
    of the executive, which may be either head): the family of its longest head."""
    r = plain_title(role)
    if _longest(r, vocab()["head_of_executive"]):
        return None
    best, family = 0, None
    for name in FAMILIES:
        n = _longest(r, vocab()[name])
        if n > best:
            best, family = n, name
    return family


def other_office(p_roles: list[str], title: str) -> bool:
    """The person holds another exclusive office and not the title's ("le Président X",
    then "le chef de la diplomatie"; a foreign minister, then "le chef de l'exécutif"): the
    description names someone else."""
    held = {office_family(r) for r in p_roles} - {None}
    if heads_executive(title):
        return bool(held) and not held & {"head_of_state", "head_of_government"}
    family = office_family(title)
    if family is None and "head_of_state" in held:
        return portfolio_minister(title)  # "le président X", then "le ministre des Finances"
    return family is not None and bool(held) and family not in held


_MINISTER_HEADS = ("ministre", "vice ministre", "vice-ministre", "secretaire d etat")


@datacache.derived  # asked for every pair of titles, like the families above
def portfolio_minister(title: str) -> bool:
    """ "ministre (péruvien) des Finances", "la vice-ministre de la Santé": a minister
    with a portfolio, which a head of state does not hold (a bare "ministre" or a
    "ministre d'État" names no portfolio and stays open)."""
    r = plain_title(title)
    for head in _MINISTER_HEADS:
        if r.startswith(f"{head} "):
            rest = r[len(head) + 1 :].split()
            return (
                bool(rest)
                and rest[:2] != ["d", "etat"]
                and rest[0] in ("de", "des", "du", "aux", "au", "a")
            )
    return False


def executive_pair(role: str, title: str) -> bool:
    """One title names the head of the executive and the other a head of state or of
    government ("Premier ministre" and "chef de l'exécutif"): the same office."""
    a, b = heads_executive(role), heads_executive(title)
    if a == b:
        return a
    other = title if a else role
    return office_family(other) in ("head_of_state", "head_of_government")
