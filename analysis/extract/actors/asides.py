"""Roles stated in an aside after a name: a parenthesis or a pair of dashes.

"X (ministre sénégalais des Affaires étrangères) a reçu …", "X – ancien ambassadeur en
France – a dit …": the aside right after the name, opened by a role noun of the lexicon
(after an article and modifiers), is the name's role, as a comma apposition would be. An
aside that is not a role ("X (AFP)", "X (photo)", "X (1950-2020)") starts with no role noun
and gives nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.actors.text import is_punct

if TYPE_CHECKING:
    from analysis.extract.actors.roles import Role, RoleFinder

_OPENERS = frozenset(("(", "–", "—"))


def aside_role(rf: RoleFinder, r: range, words: frozenset[str]) -> Role | None:
    """The role in the parenthesis or between the dashes that follow the name covering
    words ``r``, up to the closing mark (or the first other punctuation)."""
    from analysis.extract.actors.roles import Role

    t = rf.t
    j = r.stop
    if j >= len(t.ws) or not t.same_sentence(r.start, j):
        return None
    if t.gap(j).strip() not in _OPENERS:
        return None
    k = j
    while k < len(t.ws) and t.key(k) in rf.determiners and k - j < 2:
        k += 1
    s = k
    while k < len(t.ws) and t.key(k) in rf.mods:
        k += 1
    if k >= len(t.ws) or rf.role_at(k, words, len(t.ws)) is None:
        return _portfolio_aside(rf, j)
    if t.ws[k].start in rf.mention_starts or any(is_punct(t.gap(x)) for x in range(j + 1, k + 1)):
        return None
    e = k + 1
    while e < len(t.ws) and t.same_sentence(j, e) and e - k < 20:
        if is_punct(t.gap(e)) or rf.stop_at(e) or rf.person_at(e):
            break  # the closing mark, or a comma: "(porte-parole, à droite)"
        e += 1
    start, end = t.ws[s].start, t.ws[e - 1].end
    return Role(t.article.text[start:end], start, end, "apposition")


_LINKS = frozenset(("et", "de", "des", "du", "d", "la", "l"))


def _portfolio_aside(rf: RoleFinder, j: int) -> Role | None:
    """ "les ministres A (Sécurité) et B (Finances)", "C (Affaires étrangères)": a
    parenthesis holding a minister's portfolio alone, capitalised, is the person's
    portfolio: their role as the text words it."""
    from analysis.extract.actors.roles import Role
    from analysis.extract.actors.vocab import vocab

    t = rf.t
    if t.gap(j).strip() != "(" or not t.is_cap(j):
        return None
    portfolios = vocab()["portfolios"]
    e = j
    while e < len(t.ws) and (e == j or not is_punct(t.gap(e))) and e - j < 8:
        if t.key(e) not in portfolios and t.key(e) not in _LINKS:
            return None
        e += 1
    if e >= len(t.ws) or t.gap(e).strip()[:1] != ")" or t.key(e - 1) not in portfolios:
        return None
    start, end = t.ws[j].start, t.ws[e - 1].end
    return Role(t.article.text[start:end], start, end, "apposition")


_OPENING = '«“"'
_CLOSING = '»”"'


def quoted_title(rf: RoleFinder, i: int, words: frozenset[str]) -> Role | None:
    """ "l'oratrice du groupe centriste « Horizons », X": a title whose complement ends on a
    name in quotation marks (a party, a group, a programme), then a comma and the person's
    name: the title runs over the quoted name, which the quotation marks would otherwise
    cut."""
    from analysis.extract.actors.roles import Role

    t = rf.t
    gap = t.gap(i)
    if "," not in gap or not any(c in gap for c in _CLOSING) or not t.same_sentence(i - 1, i):
        return None
    q = None
    for x in range(i - 1, max(0, i - 6), -1):
        g = t.gap(x)
        if any(c in g for c in _OPENING):
            q = x
            break
        if is_punct(g) and "-" not in g:
            return None
    if q is None or q < 2 or not t.same_sentence(q - 1, i):
        return None
    k = q - 1
    lo = rf.title_start(i, k, words, True, True)
    for s in range(lo, k + 1):
        if rf.role_at(s, words, k + 1) is None:
            continue
        title = rf.title_role(s, lo, k, True, closed=True)
        if title is None:
            return None
        # the closing mark, in the gap (nlp_text has the article's length and offsets)
        end = t.ws[i - 1].end + min(gap.find(c) for c in _CLOSING if c in gap) + 1
        return Role(t.article.text[title.start : end], title.start, end, "title")
    return None
