"""A name inside a minister's list of portfolios is part of the title, never who speaks.

"le ministre de l'Europe et des Affaires étrangères a regretté …", "le ministre de la
Coopération a dénoncé …": the tagger makes "Europe" or "Coopération" a proper noun, and the
naming rules took that first proper name of the role phrase for the speaker or the stance
holder (a continent holding a stance, a quotation given to "Europe"). A portfolio is the field
of an office, like "de la Défense"; the phrase is the title, and the rules that name a title
(the office's holder, its equivalents, the title itself) decide.

The actors step drops such words as actors (phase F',
:mod:`analysis.extract.actors.rules.portfolio_members`); the speakers' resolver reads the
words again, from the token view, with the same walk: links before the word, then back to the
minister's noun only over other portfolios joined by a comma or "et".
"""

from __future__ import annotations

from analysis.document.tokens import TokenView
from analysis.extract.quotes.words import PORTFOLIO_WORDS
from analysis.resources.gazetteer import country_of_adjective

_MINISTERS = frozenset(("ministre", "ministres"))
# words between the minister's noun and the field: "le ministre délégué chargé de l'Europe"
_OFFICE_PARTICIPLES = frozenset(
    ("chargé", "chargée", "chargés", "chargées", "délégué", "déléguée", "délégués", "déléguées")
)
_LINKS = frozenset(("de", "des", "du", "d'", "la", "l'", "à", "au", "aux"))
_MAX_ELEMENTS = 8  # portfolios in one title, at most


def in_portfolio(tv: TokenView, k: int, lo: int) -> bool:
    """Token k opens one portfolio of a minister's title that starts at or after token
    ``lo``: links right before it ("de l'"), then, back to the minister's noun (and its
    nationality adjective: "la ministre belge de l'Intérieur"), only other portfolios
    (capitalised words, portfolio words, adjectives) joined by a comma or "et"."""
    low, pos = tv.low, tv.pos
    x = k - 1
    for _ in range(_MAX_ELEMENTS):
        if x < lo or low[x] not in _LINKS:
            return False
        while x >= lo and low[x] in _LINKS:
            x -= 1
        while x >= lo and (
            low[x] in _OFFICE_PARTICIPLES or (pos[x] == "ADJ" and country_of_adjective(low[x]))
        ):
            x -= 1
        if x < lo:
            return False
        if low[x] in _MINISTERS:
            return True
        if low[x] not in ("et", ","):
            return False
        x -= 1
        n = 0
        while x >= lo and low[x] not in _LINKS and _element_word(tv, x):
            x, n = x - 1, n + 1
        if n == 0:
            return False
    return False


def _element_word(tv: TokenView, x: int) -> bool:
    """Token x may be inside one portfolio's name ("Affaires étrangères", "Intégration
    africaine", "affaires étrangères" in lower case)."""
    return (tv.cap[x] and tv.alpha[x]) or tv.low[x] in PORTFOLIO_WORDS or tv.pos[x] == "ADJ"
