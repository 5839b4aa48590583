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

:func:`same_office` says when two titles name one office (the same head word with the same
first complement, two names of the head of state, of the head of government, ...): the test
by which a person's stated titles make them the holder of a definite title.
"""

from __future__ import annotations

from analysis.extract.actors.vocab import vocab
from analysis.resources import datacache
from analysis.resources.gazetteer import country_of_adjective, fold, lexicon, word_set, words

FAMILIES = ("head_of_state", "head_of_government", "foreign_minister")
# heads naming an office only with their complement ("chef de l'État"); folded, masculine
_GENERIC_HEADS = frozenset(("chef", "secretaire", "responsable", "directeur", "directrice"))
PREP_ART = frozenset(("de", "la", "l", "des", "du"))
# modifiers that change which office a title names, or when it was held: never dropped
# ("l'ancien ministre" holds no office now, "le Premier ministre" is not "le ministre")
_OFFICE_MODIFIERS = frozenset(
    (
        *("ancien", "ancienne", "ex", "futur", "future", "defunt", "defunte", "ephemere"),
        *("premier", "premiere", "haut", "haute", "grand", "grande", "autre"),
    )
)


def present_words(role: str) -> list[str]:
    """The folded words of a title without the modifiers before its head that leave the
    office unchanged ("le nouveau ministre", "l'actuelle présidente", "le très influent
    conseiller"): each is the office its head names. The modifiers of time and rank stay
    ("ancien", "ex", "futur", "Premier", "haut")."""
    ws = words(role)
    mods = vocab()["modifiers"]
    q = 0
    while q < len(ws) - 1 and ws[q] in mods and ws[q] not in _OFFICE_MODIFIERS:
        q += 1
    if ws[q:][:1] in (["chancelier"], ["chanceliere"]) and _diplomacy_chancellor(ws[q + 1 :]):
        return ["chef", "de", "la", "diplomatie", *ws[q + 1 :]]
    return ws[q:]


_NATIONALITY_REACH = 2  # "chancelier argentin", "chancelier de la république argentine"


def _diplomacy_chancellor(rest: list[str]) -> bool:
    """A "chancelier" of a state whose foreign minister bears that title ("le chancelier
    brésilien", lexicon ``chancellor_foreign_minister_states``): the office of the head of
    the diplomacy, not of a government ("le chancelier allemand")."""
    states = _diplomacy_chancellor_states()
    return any(country_of_adjective(w) in states for w in rest[:_NATIONALITY_REACH])


@datacache.derived
def _diplomacy_chancellor_states() -> frozenset[str]:
    return frozenset(lexicon("actors_roles")["chancellor_foreign_minister_states"])


def plain_title(role: str) -> str:
    """ "ministre togolais des affaires etrangeres" -> "ministre des affaires etrangeres":
    the folded words of a title without its nationality adjectives (French puts them
    between the head and its portfolio) nor the modifiers that leave its office unchanged
    (:func:`present_words`)."""
    return " ".join(w for w in present_words(role) if not country_of_adjective(w))


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
    description names someone else. An envoy ("l'ambassadeur d'Espagne X") holds none of
    the exclusive offices: a minister's or a head's title names someone else ("la ministre
    des Affaires étrangères d'Espagne" is not the Spanish ambassador named before)."""
    held = {office_family(r) for r in p_roles} - {None}
    if p_roles and all(_posting(r) for r in p_roles) and not _posting(title):
        return heads_executive(title) or office_family(title) is not None
    if heads_executive(title):
        return bool(held) and not held & {"head_of_state", "head_of_government"}
    family = office_family(title)
    if family is None and "head_of_state" in held:
        return portfolio_minister(title)  # "le président X", then "le ministre des Finances"
    return family is not None and bool(held) and family not in held


def _posting(role: str) -> bool:
    """The (folded) title opens on an envoy's noun ("ambassadeur", "consul", "envoyé")."""
    first = role.split()[:1]
    return bool(first) and first[0] in _postings()


@datacache.derived
def _postings() -> frozenset[str]:
    return frozenset(fold(w) for w in word_set("actors_words", "posting_titles"))


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


def names_an_office(text: str) -> bool:
    """The role phrase starts (after modifiers) with a role noun of the lexicon."""
    v = vocab()
    ws = words(text)
    q = 0
    while q < len(ws) and ws[q] in v["modifiers"]:
        q += 1
    return any(" ".join(ws[q : q + n]) in v["roles"] for n in (1, 2, 3, 4))


def rank(role: str) -> bool:
    """A military rank ("colonel", "général de brigade"), which names no office: the
    holder of a rank may hold any title."""
    ws = words(role)
    q = 0
    while q < len(ws) and ws[q] in vocab()["modifiers"]:
        q += 1
    return " ".join(ws[q:]) in vocab()["ranks"]


@datacache.derived  # each person's titles against every description: quadratic in a long text
def same_office(role: str, title: str) -> bool:
    """Two titles of one office: the same head word ("ministre", "ministre français"), or two
    names of the head of state ("président", "chef de l'État") or of the head of government
    ("Premier ministre", "chef du gouvernement")."""
    r, t = " ".join(present_words(role)), " ".join(present_words(title))
    if not r or not t:
        return False
    if _body_of(t) is not None and _body_of(t) != _body_of(r):
        return False  # "le président de l'Assemblée nationale" is not "le président X"
    if r.split()[:1] and r.split()[0][:5] == t.split()[0][:5] and _same_complement(r, t):
        return True
    if executive_pair(r, t):
        return True  # "le chef de l'exécutif" is the president or the Premier ministre
    v = vocab()
    r, t = _without_nationality(r), _without_nationality(t)
    return office_family(r) == office_family(t) is not None or any(
        any(r.startswith(h) for h in heads) and any(t.startswith(h) for h in heads)
        for heads in (
            v["head_of_state"],
            v["head_of_government"],
            v["foreign_minister"],
            v["monarch"],
        )
    )


def _same_complement(role: str, title: str) -> bool:
    """ "chef d'état-major" and "chef du gouvernement" share a head word but no office: a
    generic head ("chef", "secrétaire", "responsable") names its office by its first
    complement, which must then be the same (a bare "le chef" may be any of them)."""
    r, t = role.split(), title.split()
    if _singular_head(r[0]) not in _GENERIC_HEADS:
        return True
    rc, tc = _first_complement(r), _first_complement(t)
    return rc is None or tc is None or rc[:5] == tc[:5]


def _singular_head(word: str) -> str:
    return word[:-1] if word.endswith("e") and word[:-1] in _GENERIC_HEADS else word


def _first_complement(ws: list[str]) -> str | None:
    """The first content word after a title's head ("chef de l etat" -> "etat"), None for
    a bare head or one followed only by a nationality adjective."""
    for w in ws[1:]:
        if w in PREP_ART or w in ("d", "des", "general", "generale") or country_of_adjective(w):
            continue
        return w
    return None


def _body_of(title: str) -> str | None:
    """The body a title is held in ("president de l assemblee nationale" -> "assemblee"):
    the first body noun of its complements, None for an office of a state."""
    heads = vocab()["organisation_heads"] - {"gouvernement"}
    return next((w for w in title.split()[1:] if w in heads), None)


def _without_nationality(title: str) -> str:
    """ "ministre togolais des affaires etrangeres" -> "ministre des affaires etrangeres":
    French puts the nationality inside a title, between its head and its portfolio."""
    return " ".join(w for w in title.split() if not country_of_adjective(w))
