"""Roles stated by a verb of heading a body, after the name.

"X, qui dirige la diplomatie malienne, …", "X, qui préside la commission de l'Union
africaine", "X, à la tête du gouvernement depuis 2020," "X, qui est à la tête de l'armée":
the person is the head of the body the verb governs. French states it with a verb as often
as with a noun; the role is the noun of the verb's class (``heading_verbs`` of
``actors_roles.yaml``: "chef", "président", "commandant", "directeur") with the body as its
"de" complement ("chef de la diplomatie malienne").

Only after the name's comma, through "qui" (and adverbs such as "aussi", "désormais") or
the locution "à la tête de" right after the comma; the body starts with a determiner and
ends at punctuation, a verb, a time word or another name. A past tense ("qui a dirigé")
gives nothing: a former office needs its "ancien", which the sentence does not give.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.actors.text import is_punct
from analysis.extract.actors.vocab import ROLES, vocab
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import fold, lexicon, word_set

if TYPE_CHECKING:
    from analysis.extract.actors.roles import Role, RoleFinder

_LINKS = frozenset(("qui", "aussi", "egalement", "desormais", "actuellement", "toujours", "deja"))
_ETRE = frozenset(("est", "etait", "reste", "demeure"))
_DE = {"le": "du ", "les": "des ", "la": "de la ", "l": "de l'"}
_POSSESSIVES = frozenset(("son", "sa", "ses", "leur", "leurs", "cette", "ce", "cet", "ces"))
_STOPS = frozenset(("depuis", "jusqu", "lors", "pendant", "quand", "lorsque", "qui", "que", "dont"))
_MAX_BODY = 8


@derived
def heading_bodies() -> frozenset[str]:
    """Folded first words of what a person heads ("gouvernement", "diplomatie")."""
    return frozenset(w.split()[0] for w in word_set(ROLES, "heading_bodies"))


@derived
def heading_forms() -> dict[str, str]:
    """Folded verb form ("dirige") -> the role noun it states ("chef")."""
    return {
        fold(form): noun
        for noun, forms in lexicon(ROLES)["heading_verbs"].items()
        for form in forms
    }


def heading_role(rf: RoleFinder, r: range) -> Role | None:
    """The head's role stated after the name covering words ``r`` (see module)."""
    from analysis.extract.actors.roles import Role

    t = rf.t
    j = r.stop
    if j >= len(t.ws) or "," not in t.gap(j) or not t.same_sentence(r.start, j):
        return None
    x, noun = _verb(rf, j)
    if noun is None:
        return None
    d = x + 1
    det = t.key(d)
    if (
        det not in _DE
        and det not in _POSSESSIVES
        and not (noun == "chef" and det in ("de", "du", "des", "d"))
    ):
        return None
    first = d + 2 if det in ("de", "d") and t.key(d + 1) in _DE else d + 1  # "de la", "de l'"
    if first >= len(t.ws) or not (t.is_cap(first) or t.key(first) in heading_bodies()):
        return None  # "qui dirige les débats": no body
    e = d + 1
    while e < len(t.ws) and e - d <= _MAX_BODY and t.same_sentence(j, e):
        if is_punct(t.gap(e)) or t.key(e) in _STOPS or t.key(e) in vocab()["calendar_words"]:
            break
        if rf.upos[t.word_tok[e]] in ("VERB", "AUX") or rf.person_at(e):
            break
        e += 1
    if e - d > _MAX_BODY or e <= d + 1:
        return None  # no body after its determiner, or a body too long to be a name
    body_start = t.ws[d + (1 if det in _DE else 0)].start
    body = t.article.text[body_start : t.ws[e - 1].end]
    if det in _DE:
        text = f"{noun} {_DE[det]}{body}"
    elif det in _POSSESSIVES:
        text = f"{noun} de {t.article.text[t.ws[d].start : t.ws[e - 1].end]}"
    else:  # "à la tête du gouvernement": the complement as written
        text = f"{noun} {t.article.text[t.ws[d].start : t.ws[e - 1].end]}"
    return Role(text, t.ws[x].start, t.ws[e - 1].end, "apposition")


def _verb(rf: RoleFinder, j: int) -> tuple[int, str | None]:
    """(last word of the verb or locution, role noun) after the comma at word j."""
    t = rf.t
    x = j
    relative = t.key(x) == "qui"
    while t.key(x) in _LINKS and x - j < 3 and not is_punct(t.gap(x + 1)):
        x += 1
    if relative and t.key(x) in _ETRE:
        x += 1
    if (relative or x == j) and _head_locution(rf, x):
        return x + 2, "chef"  # "à la tête", its "de …" next
    if not relative:
        return x, None
    noun = heading_forms().get(t.key(x))
    if noun is None or rf.upos[t.word_tok[x]] not in ("VERB", "AUX"):
        return x, None
    return x, noun


def _head_locution(rf: RoleFinder, x: int) -> bool:
    """ "à la tête" at word x, the "de" of its complement next."""
    t = rf.t
    return (
        t.key(x) == "a"
        and t.key(x + 1) == "la"
        and t.key(x + 2) == "tete"
        and t.key(x + 3) in ("de", "du", "des", "d")
        and not any(is_punct(t.gap(y)) for y in range(x + 1, x + 4))
    )
