"""What an apposition after a name says beyond its first role phrase.

* An office given by a place in a body: "X, nommé à la tête de la diplomatie malienne",
  "X, élu à la présidence de la commission en 2021", "X, porté au secrétariat général du
  parti": the role is the head of that body ("chef de la diplomatie malienne", "président
  de la commission"), without the verb or the date.
* One of several: "X, l'un des vice-présidents du parti", "Y, l'une des conseillères du
  ministre": the role in the singular ("vice-président du parti"), read after the name.
* Two offices in a row: "X, ministre d'État, ministre des Affaires étrangères, a …": a
  second role phrase after the first one's comma, with a governmental head, is the same
  person's, unless another person's name follows it (then it is that person's title, an
  enumeration).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.extract.actors.coordination import singular
from analysis.extract.actors.fronted import fronted_subject
from analysis.extract.actors.text import is_punct
from analysis.extract.actors.vocab import vocab
from analysis.resources.gazetteer import words as folded_words

if TYPE_CHECKING:
    from analysis.extract.actors.roles import Role, RoleFinder
    from analysis.extract.actors.text import Text

_PLACE = re.compile(
    r"^(?:\w+ment\s+)?(?:vient\s+d'être\s+)?"
    r"(?:nommée?s?|désignée?s?|réélue?s?|élue?s?|installée?s?|portée?s?|reconduite?s?|"
    r"placée?s?|propulsée?s?|parachutée?s?|confirmée?s?|maintenue?s?|promue?s?|"
    r"investie?s?|appelée?s?)\s+"
    r"(à\s+la\s+tête|à\s+la\s+présidence|à\s+la\s+direction|au\s+secrétariat\s+général|"
    r"au\s+commandement)\s+(d(?:e|u|es)?\b|d['’])\s*(.+)$",
    re.IGNORECASE,
)
_NOUN = {
    "à la tête": "chef",
    "à la présidence": "président",
    "à la direction": "directeur",
    "au secrétariat général": "secrétaire général",
    "au commandement": "commandant",
}
_TIME = re.compile(
    r"\s+(?:en|depuis|le|dès|début|fin|mi|au\s+mois\s+de)\s+(?:\S+\s+)?\S*\d.*$"
    r"|\s+(?:en|depuis|dès|le)\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre)\b.*$",
    re.IGNORECASE,
)


def more_roles(rf: RoleFinder, app: Role, words: frozenset[str]) -> list[Role]:
    """The apposition ``app`` as a role (rewritten when it names a place in a body or one
    of several), and a second office in a row after it (see module)."""
    out = [_placed(app) or app]
    second = _second(rf, app, words)
    if second is not None:
        out.append(second)
    return out


def _placed(app: Role) -> Role | None:
    from analysis.extract.actors.roles import Role

    m = _PLACE.match(app.text)
    if m is None:
        return None
    noun = _NOUN[re.sub(r"\s+", " ", m.group(1).lower())]
    link = m.group(2)
    body = _TIME.sub("", m.group(3)).strip()
    if not body:
        return None
    sep = "" if link.endswith(("'", "’")) else " "
    return Role(f"{noun} {link}{sep}{body}", app.start, app.end, app.where)


_ONE = (("l", "un", "des"), ("l", "une", "des"), ("un", "des"), ("une", "des"))


def one_of_role(rf: RoleFinder, r: range) -> Role | None:
    """ "X, l'un des vice-présidents du parti,": the plural role after "l'un des" / "l'une
    des", in the singular, with its complement, is the role of the name covering ``r``."""
    from analysis.extract.actors.roles import Role

    t = rf.t
    j = r.stop
    if j >= len(t.ws) or "," not in t.gap(j) or not t.same_sentence(r.start, j):
        return None
    n = next((len(p) for p in _ONE if tuple(t.key(j + x) for x in range(len(p))) == p), 0)
    h = j + n
    if not n or h >= len(t.ws) or any(_strong(t.gap(x)) for x in range(j + 1, h + 1)):
        return None
    k = h + 1 if t.gap(h + 1) == "-" else h  # "vice-présidents", "co-fondateurs"
    head = t.article.text[t.ws[h].start : t.ws[k].end]
    one = head[: len(head) - len(t.ws[k].text)] + singular(t.ws[k].text)
    if one == head or " ".join(folded_words(one)) not in vocab()["roles"]:
        return None
    e = rf.apposition_end(j, h, k)
    if e is None or e <= k:
        return None
    rest = t.article.text[t.ws[k].end : t.ws[e - 1].end]
    return Role(one + rest, t.ws[h].start, t.ws[e - 1].end, "apposition")


def _strong(gap: str) -> bool:
    return any(c in gap for c in ",;:.()«»")


def _second(rf: RoleFinder, app: Role, words: frozenset[str]) -> Role | None:
    """ "X, ministre d'État, ministre des Affaires étrangères,": the second role phrase."""
    from analysis.extract.actors.roles import governmental

    t = rf.t
    j = t.first_index_from(app.end)
    if j >= len(t.ws) or "," not in t.gap(j) or not t.same_sentence(j - 1, j):
        return None
    if t.ws[j].start in rf.mention_starts or t.key(j) in rf.determiners:
        return None  # a name or a phrase of its own ("…, le ministre de …, Y")
    second = rf.apposition(j, words, person=True)
    if second is None or second.start != t.ws[j].start:
        return None
    if not (" ".join(folded_words(second.text)) + " ").startswith(_heads(governmental())):
        return None
    if rf.titles_next_name(second):
        return None
    e = t.first_index_from(second.end)
    if e < len(t.ws) and t.ws[e].start in rf.mention_starts and rf.person_at(e):
        return None
    return second


_AVOIR = frozenset(
    ("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "avons", "avez")
)


def after_avoir(t: Text, s: int) -> bool:
    """ "le pays a envoyé X à Paris", "ils ont délégué Y": a role word shaped like a past
    participle right after a form of "avoir" is the verb of a compound tense, no title."""
    if s < 1 or t.ws[s - 1].text.lower() not in _AVOIR or is_punct(t.gap(s)):
        return False
    return t.key(s).endswith(("e", "es")) and t.ws[s].text.lower().endswith(
        ("é", "ée", "és", "ées")
    )


def _heads(gov: frozenset[str]) -> tuple[str, ...]:
    return tuple(g + " " for g in gov if " " not in g)


def not_apposed(rf: RoleFinder, app: Role) -> bool:
    """The role phrase after a person's comma is not theirs: another person's title in an
    enumeration, or the subject of the main clause after a fronted adverbial phrase that
    ends on the name (:mod:`analysis.extract.actors.fronted`)."""
    return rf.titles_next_name(app) or fronted_subject(rf.t, app)
