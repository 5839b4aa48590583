"""Names that are no places where they stand: a minister's portfolio ("ministre de l'Europe")
and photo credits or bylines ("Photo : AFP"); :func:`~.mentions.find_mentions` drops the
mentions found there."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.extract.context.places.kb import gazetteer, place_words
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import place_key as key

if TYPE_CHECKING:
    from analysis.extract.context.places.mentions import Mention

_TITLE = re.compile(
    r"(?:ministre|ministres|ministère|secrétaire d'[ée]tat|commissaire)"
    r"(?:\s+(?P<mod>[a-zéèêëàâîïôûç-]+))?\s+"
    r"(?:de\s+la|de\s+l'|du|des|de|d'|à\s+la|à\s+l'|aux|au|chargée?\s+de\s+l')\s*\Z",
    re.I,
)


_HEAD_OF_GOVERNMENT = re.compile(r"premi(?:er|ère)\s+ministres?\s+\S+\s*\Z", re.I)


def in_title(text: str, start: int) -> bool:
    """ "ministre de l'Europe et des Affaires étrangères": a portfolio, not a place; but a
    prime minister has no portfolio: "le Premier ministre du Québec" names the place."""
    before = text[max(0, start - 40) : start]
    m = _TITLE.search(before)
    if m is None or _HEAD_OF_GOVERNMENT.search(before):
        return False
    # the word after the title qualifies it ("la ministre française de", "délégué aux"); a
    # verb ends the title: "les ministres parlent du Maghreb" names the place
    mod = m.group("mod")
    return mod is None or key(mod) in _TITLE_MODIFIERS or key(mod) in gazetteer().demonyms


_TITLE_MODIFIERS = frozenset(
    "delegue deleguee delegues chargee charge charges adjoint adjointe adjoints europeen "
    "europeenne europeens federal federale federaux".split()
)


@derived
def _credit_regex() -> re.Pattern:
    """A "©", a credit word opening a line or a parenthesis ("Archive - ", "(Photo : "), or an
    agency's slash opening a parenthesis ("(AFP/")."""
    words = "|".join(
        re.escape(w) for w in sorted(place_words("credit_words"), key=len, reverse=True)
    )
    return re.compile(rf"©|(?:\A|\()\s*(?i:{words})\s*[:/–—-]|\(\s*[A-Z]{{2,}}\s*/")


def in_credit(text: str, m: Mention) -> bool:
    """A photo credit or a byline ("Archive - DR", "Photo : AFP", "(AFP/Jean Dupont)"): the
    names there are agencies and photographers, not places (the credit word may open the
    mention itself). Credits are short lines, or parentheses closing a caption."""
    line = text.rfind("\n", 0, m.start) + 1
    if "©" in text[max(line, m.start - 60) : m.start]:
        return True  # "... le 18 janvier. © Jean Dupont / AP": a caption's credit
    lo = max(line, text.rfind("(", line, m.start))  # the line, or the parenthesis, it opens
    if m.start - lo > 80:
        return False
    return _credit_regex().search(text[lo : m.end]) is not None
