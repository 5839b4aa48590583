"""Names that are no places where they stand: a minister's portfolio ("ministre de l'Europe"),
photo credits or bylines ("Photo : AFP") and outlets named after a place ("Jeune Afrique", "le
Journal du Cameroun"); :func:`~.mentions.find_mentions` drops the mentions found there."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.extract.context.places.kb import gazetteer, place_words
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import institutions
from analysis.resources.gazetteer import place_key as key

if TYPE_CHECKING:
    from analysis.extract.context.places.mentions import Mention

_TITLE = re.compile(
    r"(?:ministre|ministres|ministère|secrétaire d'[ée]tat|commissaire)"
    r"(?:\s+(?P<mod>[a-zéèêëàâîïôûç-]+))?\s+"
    r"(?:de\s+la|de\s+l'|du|des|de|d'|à\s+la|à\s+l'|aux|au|chargée?\s+de\s+l')\s*\Z",
    re.I,
)


# "le Premier ministre du Québec", "de l'Inde", "de la Thaïlande", "des Fidji": the head of
# a government, whose complement is always the place it governs
_HEAD_OF_GOVERNMENT = re.compile(
    r"premi(?:er|ère)s?\s+ministres?\s+(?:de\s+la|de\s+l'|d'|\S+)\s*\Z", re.I
)


def in_title(text: str, start: int, venue: bool = False) -> bool:
    """ "ministre de l'Europe et des Affaires étrangères": a portfolio, not a place; but a
    prime minister has no portfolio: "le Premier ministre du Québec" names the place, and a
    meeting of ministers ("le conseil des ministres au palais X", "la réunion des ministres à
    la Y") is held somewhere: what follows is its venue. So is a town or a known seat
    (``venue``) after "au", "aux", "à la", "à l'": no portfolio is a town or a palace ("reçu
    le ministre tanzanien au Caire", "le ministre à la Maison X")."""
    before = text[max(0, start - 40) : start]
    m = _TITLE.search(before)
    if m is None or _HEAD_OF_GOVERNMENT.search(before):
        return False
    at = start - len(before) + m.start()
    if _LOCATIVE_END.search(m.group()) and (
        venue or _MEETING.search(text[max(0, at - 40) : at]) or _site_word(text, start)
    ):
        return False  # "reçu le ministre au Palais royal": a venue, no portfolio is a palace
    # the word after the title qualifies it ("la ministre française de", "délégué aux"); a
    # verb ends the title: "les ministres parlent du Maghreb" names the place
    mod = m.group("mod")
    return mod is None or key(mod) in _TITLE_MODIFIERS or key(mod) in gazetteer().demonyms


# "le conseil des ministres", "une réunion extraordinaire des ministres": a meeting, whose
# "au"/"à la" complement is where it is held, not a portfolio
_MEETING = re.compile(
    r"(?:conseil|réunion|conférence|sommet|rencontre|session|séance|comité)s?"
    r"(?:\s+(?:extraordinaires?|ordinaires?|restreints?|restreintes?|hebdomadaires?))?"
    r"\s+(?:des|de|entre)\s*\Z",
    re.I,
)


def _site_word(text: str, start: int) -> bool:
    """The name at ``start`` opens with a facility noun ("Palais", "Hôtel", "Centre"): a
    building, never a minister's portfolio."""
    word = re.match(r"[^\W\d_]+", text[start : start + 30])
    nouns = place_words("facility_nouns") | place_words("building_parts")
    return word is not None and word.group().lower() in nouns


_LOCATIVE_END = re.compile(r"\s(?:au|aux|à\s+la|à\s+l')\s*\Z", re.I)

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


@derived
def _media_regex() -> re.Pattern | None:
    """The names and aliases of the media of the knowledge base, whole words (one pattern)."""
    names = {n for i in institutions() if i.type == "media" for n in (i.name, *i.aliases)}
    names = sorted((n for n in names if len(n) > 2), key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


@derived
def _outlet_regexes() -> tuple[re.Pattern, re.Pattern]:
    """A capitalised outlet head right before a place ("Journal du", "La Presse de"), and a
    capitalised outlet word right after it ("Focus", "Breaking News")."""
    heads = "|".join(re.escape(w) for w in sorted(place_words("outlet_heads"), key=len)[::-1])
    tails = "|".join(re.escape(w) for w in sorted(place_words("outlet_tails"), key=len)[::-1])
    before = re.compile(
        rf"(?<![\w-])(?i:{heads})\s+(?:(?:du|de\s+la|de\s+l['’]|des|de|d['’]|of)\s*)?\Z"
    )
    after = re.compile(rf"[ -](?i:{tails})(?![\w-])")
    return before, after


def in_outlet(text: str, m: Mention) -> bool:
    """The mention is part of an outlet's name: a medium of the knowledge base ("selon Jeune
    Afrique", "sur France 24"), or a place between a capitalised outlet head and the name
    ("le Journal du Cameroun") or before a capitalised outlet word ("Algérie Focus")."""
    media = _media_regex()
    if media is not None:
        for hit in media.finditer(text, max(0, m.start - 40), min(len(text), m.end + 40)):
            if hit.start() <= m.start and m.end <= hit.end():
                return True
    before, after = _outlet_regexes()
    head = before.search(text, max(0, m.start - 30), m.start)
    if head is not None and text[head.start()].isupper():
        return True
    tail = after.match(text, m.end)
    return tail is not None and text[tail.start() + 1].isupper()


_AFTER_COMMA = re.compile(r",\s*\Z")


def apposed_seat(text: str, m: Mention) -> bool:
    """ "Addis-Abeba, siège de l'Union africaine": a known seat whose name opens with a
    generic site noun (``generic_site_nouns``), right after a comma, describes the town
    before it and is no place of its own — the reading :func:`~.mentions._no_site` gives the
    seats the knowledge base does not list; "au siège de l'UA" stays the body's seat."""
    if not m.candidates or m.candidates[0].kind != "landmark":
        return False  # "..., zone des trois frontières": a region of its own
    words = text[m.start : m.end].split(maxsplit=1)
    if not words or words[0].lower() not in place_words("generic_site_nouns"):
        return False
    return _AFTER_COMMA.search(text, max(0, m.start - 3), m.start) is not None
