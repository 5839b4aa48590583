"""A ministerial title whose field is a chain of several portfolios.

Many governments join portfolios in one office, and the press writes the whole chain before
the name: "la ministre de l'Agriculture, de la Pêche et de l'Alimentation X", "le ministre
slovaque de l'Économie, des Finances et du Plan, Y", "le ministre délégué de l'Industrie et
des Ressortissants établis hors du pays Z". Walking left from the name, the role finder
stops at the comma between two portfolios or at the "à" inside one ("des Ressortissants
résidant à l'étranger"), so it keeps only the first field, or nothing.

Here, after the finder: a title before the name is extended over the chain of "de"
complements, joined by commas and "et", that runs up to the name; and a person with no title
before the name gets the chain's title when a governmental head noun ("ministre",
"secrétaire d'État", "vice-ministre", "ministre délégué") opens it. The chain never holds a
verb, an article that opens a new phrase or a clause word: "Le ministre de la Santé a reçu
lundi le président X" gives X nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.document.tokens import view
from analysis.extract.actors.text import is_punct
from analysis.extract.actors.vocab import vocab
from analysis.resources.gazetteer import country_of_adjective, fold

if TYPE_CHECKING:
    from analysis.extract.actors.records import Mention
    from analysis.extract.actors.roles import Role, RoleFinder

_WORD = r"[^\s,.;:!?()«»\"“”]+"
_DE = r"(?:de\s+la|de\s+l['’]|du|des|d['’]|de)"
# a complement: "de" + words (no "de"/"et" opens another one inside it)
_COMP = rf"{_DE}\s*{_WORD}(?:\s+(?!(?:de|du|des|d['’]|et)\b){_WORD})*"
_CHAIN = rf"{_COMP}(?:\s*(?:,\s*(?:et\s+)?|\s+et\s+|\s+){_COMP})*"
_HEAD = (  # singular: a plural title before a list of names is plural_lists.py's
    r"(?:vice-|sous-)?(?:ministre|secrétaire\s+d['’]État)"
    r"(?:\s+(?:délégu[ée]e?|d['’]État|conseill[eè]re?|plénipotentiaire))?"
)
# the title: head noun, up to two adjectives ("marocain", "sortant"), then the chain
_TITLE = re.compile(
    rf"(?<![\w-])(?P<t>{_HEAD}(?:\s+(?!(?:de|du|des|d['’]|et)\b){_WORD}){{0,2}}\s+{_CHAIN})"
    r"\s*,?\s*(?:(?:M\.|Mme|Mlle|Dr|Pr)\s+)?\Z",
    re.I,
)
# the chain alone, between an existing title and the name
_TAIL = re.compile(
    rf"\A(?P<c>\s*(?:,\s*(?:et\s+)?|\s+et\s+){_CHAIN})\s*,?\s*(?:(?:M\.|Mme|Mlle|Dr|Pr)\s+)?\Z",
    re.I,
)
# words that open a clause or a new phrase: never inside a portfolio's name
_STOPS = frozenset(
    "le la les un une ce cette ces son sa ses leur leurs qui que dont lors avec pour par sur "
    "selon lundi mardi mercredi jeudi vendredi samedi dimanche hier".split()
)
_REACH = 260  # characters searched before the name (or after an apposition)
# more portfolios after an apposition, up to the comma (or the end) that closes it
_APPOSED = re.compile(rf"(?P<c>\s*,\s*(?:et\s+)?{_CHAIN})\s*(?:,|\.|;|\)|$)", re.I)
_COMP_RX = re.compile(_COMP, re.I)


def portfolio_chain(rf: RoleFinder, m: Mention, out: list[Role]) -> list[Role]:
    """``out`` (the roles the finder read for ``m``) with a title extended over, or read
    from, a chain of portfolios right before the name."""
    if m.type != "person":
        return out
    out = [_apposed_chain(rf.t, r) if r.where == "apposition" else r for r in out]
    t = rf.t
    text = t.article.text
    lo = max(0, m.start - _REACH)
    sent = t.article.sentence_at(m.start)
    if sent is not None:  # the reach, cut at the start of the name's sentence
        lo = max(lo, sent.start)
    else:  # the name between sentences: the reach, cut after the last sentence before it
        while lo < m.start and t.sentence_id(lo) is not None:
            lo += 1
    before = text[lo : m.start]
    titles = [r for r in out if r.where == "title" and lo <= r.end <= m.start]
    if titles:
        r = max(titles, key=lambda x: x.end)
        tail = _TAIL.match(text[r.end : m.start])
        if tail is None:
            return out
        end = r.end + tail.end("c")
        if not _clean(t, r.end, end):
            return out
        longer = type(r)(text[r.start : end], r.start, end, r.where, r.possessive)
        return [longer if x is r else x for x in out]
    found = _TITLE.search(before)
    if found is None:
        return out
    start, end = lo + found.start("t"), lo + found.end("t")
    if not _clean(t, start, end):
        return out
    from analysis.extract.actors.roles import Role
    from analysis.extract.actors.titlechains import bare_title_before

    chain = Role(text[start:end], start, end, "title")
    # "le Ministre d'État, Ministre des A, de B et de C, X": the office before it too
    return [*out, chain, *bare_title_before(rf, chain, vocab()["roles"])]


def _apposed_chain(t, r: Role) -> Role:
    """ "X, ministre de l'Économie, des Finances et du Plan, a signé": an apposition that
    ends on a portfolio, followed by more portfolios up to the closing comma; each must be
    a portfolio word or capitalised, since after the name a comma also opens asides ("X,
    ministre de la Santé, de passage à Dakar, a dit": no portfolio)."""
    text = t.article.text
    if not _ends_on_portfolio(text[r.start : r.end]):
        return r
    tail = _APPOSED.match(text, r.end, min(len(text), r.end + _REACH))
    if tail is None or not all(_portfolio_like(c) for c in _COMP_RX.findall(tail.group("c"))):
        return r
    end = tail.end("c")
    if not _clean(t, r.end, end):
        return r
    return type(r)(text[r.start : end], r.start, end, r.where, r.possessive)


_LINK_KEYS = ("de", "du", "des", "d")


def listed_portfolios(t, i: int, j: int) -> int:
    """End (a word index) of the portfolios listed after a description's title of words
    [i, j) that ends on one: "La ministre de l'Énergie, des Mines et des Valdoriens
    expatriés a suspendu ...". The list follows the title with no name after
    it, so the chain is read word by word: each element opens, after a comma or "et", on
    "de" (and its article) and a capitalised, portfolio or people's word, and ends before the next
    comma, "et", a finite verb or a clause word (the description is often the subject). The
    title's own end ``j`` when no such list follows."""
    if not _ends_on_portfolio(t.span_text(i, j)):
        return j
    tv = view(t.doc)
    end, k, n = j, j, len(t.ws)
    while k < n and t.same_sentence(i, k):
        gap = t.gap(k)
        if "," in gap.strip() and not is_punct(gap.replace(",", "")):
            k += t.key(k) == "et" and not is_punct(t.gap(k + 1))
        elif t.key(k) == "et" and not is_punct(gap):
            k += 1
        else:
            break
        if t.key(k) not in _LINK_KEYS or is_punct(t.gap(k + 1)):
            break
        k += 1 + (t.key(k) == "de" and t.key(k + 1) in ("la", "l"))
        named = t.is_cap(k) or t.key(k) in vocab()["portfolios"] or country_of_adjective(t.key(k))
        if not named or is_punct(t.gap(k)):  # "et des valdoriens expatriés": a people
            break
        k += 1
        while k < n and not is_punct(t.gap(k)) and not _ends_element(t, tv, k):
            k += 1
        end = k
    return end


def _ends_element(t, tv, k: int) -> bool:
    """Word k closes an element of a list of portfolios: "et", a clause word, a finite
    verb or an auxiliary ("de la Pêche a dit", "de l'Intérieur qui")."""
    word = t.key(k)
    if word == "et" or (word in _STOPS and t.key(k - 1) not in ("de", "a")):
        return True
    tok = t.word_tok[k]
    return tv.pos[tok] == "AUX" or (tv.pos[tok] == "VERB" and "Fin" in tv.morph(tok, "VerbForm"))


def _ends_on_portfolio(role: str) -> bool:
    words = re.findall(r"[\w-]+", fold(role))
    return bool(words) and words[-1] in vocab()["portfolios"]


def _portfolio_like(comp: str) -> bool:
    """A complement naming a portfolio: its first noun is one, or capitalised."""
    m = re.match(rf"{_DE}\s*(?P<w>{_WORD})", comp, re.I)
    if m is None:
        return False
    w = m.group("w")
    return w[:1].isupper() or fold(w) in vocab()["portfolios"]


def _clean(t, start: int, end: int) -> bool:
    """No verb nor clause word between ``start`` and ``end`` (a participle naming a
    portfolio, "résidant", "chargé", is allowed)."""
    tv = view(t.doc)
    i = t.token_index(start)
    while i < len(tv.idx) and tv.idx[i] < end:
        word = tv.lower[i]
        led = i > 0 and tv.lower[i - 1] in ("de", "à")  # "de la Pêche", "à la Mer"
        if (word in _STOPS and not led) or tv.pos[i] == "AUX":
            return False
        if tv.pos[i] == "VERB" and "Fin" in tv.morph(i, "VerbForm"):
            return False
        i += 1
    return True
