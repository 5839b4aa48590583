"""An office holder the article never names is an actor of their own.

"Le ministre nigérian des Affaires étrangères a dénoncé ...", "le président gabonais", "le
représentant de la Chine", "l'ambassadeur de France": a definite title of a state office (or
a posting abroad) whose country the title states, by an adjective or a "de / du / des"
complement, and that no named person in the article takes up (:func:`identity.
definite_descriptions` links it when one does). Without this rule such a holder produced no
actor, and what they said or did had no holder. The actor is a person named by the title
("représentant du Canada"), of the country stated; every later use of the same title is the
same actor. A title no country qualifies ("le ministre") is too vague to be anyone. An
indefinite title counts too when a "de" complement states the country ("un porte-parole du
gouvernement malien a démenti"); with an adjective alone ("un ministre malien") it is one
of many, an anonymous source. A definite spokesperson's title may state its country by the
body it speaks for, an organisation of the knowledge base with a country ("la porte-parole de
la Maison Blanche", "le porte-parole du ministère chinois des Affaires étrangères"): an
office of one, who speaks for that body; an anonymous "un responsable du Pentagone" is no one,
and "un porte-parole du département d'État a mis en garde" is the body speaking through one of
its spokesmen (the speaker rules name the body). The head of an international body, a body
of the knowledge base with no country ("le secrétaire général de l'Alliance", "la directrice
générale de l'Agence"), is one person too: an actor of no country, named by the title, unless
a named person holds that title.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.identity import (
    DEFINITE,
    determiner_at,
    title_complements_end,
)
from analysis.extract.actors.offices import same_office
from analysis.extract.actors.portfolio_chains import listed_portfolios
from analysis.extract.actors.posted import posting_end
from analysis.extract.actors.records import Mention
from analysis.extract.actors.roles import Role, governmental
from analysis.extract.actors.text import Text, is_punct, phrase_edges
from analysis.extract.actors.title_holders import stated_country
from analysis.extract.actors.vocab import MISSING, known_person_country, vocab
from analysis.resources.gazetteer import fold, word_set

# the prepositions before a country that make it the holder's own ("de la Chine", "du
# Canada", "des États-Unis"); "à / en / auprès de" name where an envoy serves
_OF = frozenset(("de", "du", "des", "d"))
_ARTICLES = frozenset(("la", "l", "le", "les"))
# "un porte-parole du gouvernement malien a démenti": an indefinite title with a "de"
# complement stating the country is one holder too (an office has one spokesman speaking)
_INDEFINITE = frozenset(("un", "une"))
_BODIES = ("organisation", "company", "media")


def _titles() -> frozenset[str]:
    return governmental() | word_set("actors_words", "posting_titles")


def _head_length(t: Text, i: int, titles: frozenset[str]) -> int:
    return next(
        (n for n in (4, 3, 2, 1) if " ".join(t.key(x) for x in range(i, i + n)) in titles), 0
    )


def _spokesperson(t: Text, i: int) -> int:
    """The number of words of a spokesperson's title at word i ("porte-parole", "attaché de
    presse", "chargé de communication" …), 0 if none."""
    words = [t.key(k) for k in range(i, min(i + 5, len(t.ws)))]
    return next((n for n in range(len(words), 0, -1) if " ".join(words[:n]) in _spokespersons()), 0)


def _spokespersons() -> frozenset[str]:
    return word_set("actors_words", "spokesperson_titles")


def _title_end(t: Text, f: Finder, i: int, n: int, by_start: dict[int, Mention]) -> int:
    """The end of the title of n words at word i with its complements; a spokesperson's goes
    on over the body it speaks for ("le porte-parole du ministère russe de la Défense")."""
    j = title_complements_end(t, f, i, i + n)
    if spoken := _spokesperson(t, i):
        j = max(j, _body_after(t, i + spoken, by_start))
    return _mission_of(t, j, by_start)


_MISSIONS = frozenset(("ambassade", "consulat", "consulat general", "chancellerie"))


def _mission_of(t: Text, j: int, by_start: dict[int, Mention]) -> int:
    """ "l'attachée | de l'ambassade d'Estonie", "le consul | du consulat général du
    Pérou": a diplomat's title goes on over the state's mission it serves in, which states
    the holder's country as "d'Estonie" after the title does (the title then ends after the
    state); j otherwise."""
    k = j + 1 + (t.key(j + 1) in _ARTICLES)
    if t.key(j) not in _OF or t.key(k) not in _MISSIONS or is_punct(t.gap(k)):
        return j
    k += 1 + (t.key(k + 1) == "general")
    if t.key(k) not in _OF or is_punct(t.gap(k)):
        return j
    k += 1 + (t.key(k + 1) in _ARTICLES)
    m = by_start.get(t.ws[k].start) if k < len(t.ws) else None
    if m is None or m.type != "state" or not m.country:
        return j
    while k < len(t.ws) and t.ws[k].end <= m.end:
        k += 1
    return k


def _body_after(t: Text, j: int, by_start: dict[int, Mention]) -> int:
    """A spokesperson's title goes on over the body it speaks for ("le porte-parole | du
    ministère russe de la Défense", "de la Maison Blanche"): the end of a body mention of
    the knowledge base after "de / du / des" (past an article), else j."""
    k = j
    if t.key(k) not in _OF:
        return j
    k += 1 + (t.key(k + 1) in _ARTICLES)
    if k >= len(t.ws):
        return j
    m = by_start.get(t.ws[k].start)
    if m is None or m.type not in _BODIES or not m.country:
        return j
    while k < len(t.ws) and t.ws[k].end <= m.end:
        k += 1
    return k


def _own_country(
    t: Text, f: Finder, i: int, j: int, by_start: dict[int, Mention], vague: bool, bodies: bool
) -> str | None:
    """The country the title of words [i, j) states as its holder's: a nationality adjective,
    or a state named after "de / du / des" (past an article). A vague title ("responsable",
    "diplomate", "représentant") names one person only as the state's ("le représentant de la
    Chine"); with an adjective it is one of many, an anonymous source ("le responsable
    saoudien", "un diplomate européen"), no actor. A definite spokesperson's title
    (``bodies``) states it by the body it speaks for too ("le porte-parole du Kremlin")."""
    body = None
    for k in range(i + 1, j):
        if k in f.adj_end and not vague:
            return f.adj_end[k][1]
        m = by_start.get(t.ws[k].start)
        if m is not None and m.type in _BODIES and m.country and body is None:
            body = (k, m.country)
        if m is None or m.type != "state" or not m.country:
            continue
        p = k - 1
        if t.key(p) in _ARTICLES:
            p -= 1
        if t.key(p) in _OF:
            return m.country
    if bodies and body is not None and _spokesperson(t, i):
        p = body[0] - 1
        p -= t.key(p) in _ARTICLES
        return body[1] if t.key(p) in _OF else None
    return None


def _international(t: Text, i: int, j: int, by_start: dict[int, Mention]) -> int:
    """The end of the title of words [i, j) when it is an office of an international body:
    an organisation the knowledge base gives no country after "de / du / des" ("le
    secrétaire général | de l'Alliance", "le président de la Commission | de l'Union"),
    whose head is one person; the title goes on to the body's name's end ("des Nations
    unies" ends on its adjective). 0 when it is not."""
    for k in range(i + 1, j):
        m = by_start.get(t.ws[k].start)
        if m is None or m.type != "organisation" or m.country or not m.fixed_country:
            continue  # a body the knowledge base does not know may be a state's
        p = k - 1 - (t.key(k - 1) in _ARTICLES)
        if t.key(p) in _OF:
            while k < len(t.ws) and t.ws[k].end <= m.end:
                k += 1
            return max(k, j)
    return 0


def _holder_country(
    t: Text,
    f: Finder,
    span: tuple[int, int, int],
    by_start: dict[int, Mention],
    vague: bool,
    indefinite: bool,
) -> tuple[str | None, int]:
    """The country the title (words [i, j), its head n words) states as its holder's, with
    the title's end: "" for the head of an international body ("le secrétaire général des
    Nations unies": no country, see :func:`_international`); None when it states none."""
    i, j, n = span
    if j <= i + n:
        return None, j
    iso = _own_country(t, f, i, j, by_start, vague, not indefinite)
    if iso is None and not indefinite and not vague:
        if body_end := _international(t, i, j, by_start):
            return "", body_end
    return iso, j


def _held_elsewhere(offices: list[tuple[str, str]], title: str, iso: str) -> bool:
    """A named person holds the same office under another name ("le ministre des Affaires
    étrangères de X" and "le chef de la diplomatie X", "le chef de l'État" and "le
    président"), of the same country or of none stated."""
    return any(c in (iso, "") and same_office(r, title) for r, c in offices)


def _held(held: set[tuple[str, str]], word: str, iso: str) -> bool:
    """A named person holds the title word ``word`` of ``iso`` or of no country stated, or
    is a well-known untitled person of ``iso`` (("*", iso): see :func:`_named_offices`); an
    office of an international body (``iso`` "") may be held by any well-known untitled
    person, whatever their country (a former minister of any state heads the Alliance)."""
    if not iso and any(w == "*" for w, _ in held):
        return True
    return (word, iso) in held or (word, "") in held or ("*", iso) in held


def _occupied(t: Text, i: int, j: int, spans: list[tuple[int, int, str]]) -> bool:
    """A word of [i, j) is part of a mention other than a state or a body the title
    names (a person, a linked description, another title)."""
    lo, hi = t.ws[i].start, t.ws[j - 1].end
    return any(s < hi and lo < e and typ not in ("state", *_BODIES) for s, e, typ in spans)


def _named_offices(
    t: Text,
    f: Finder,
    mentions: list[Mention],
    role_rows: dict[str, list[Role]],
    first: frozenset[str],
) -> dict[str, tuple[set[tuple[str, str]], list[tuple[str, str]]]] | None:
    """The offices each named person is stated to hold, by actor key: (title word, country
    stated or "") and (role, country stated or ""); None when a named person has no title
    at all and may hold any office. A well-known person of the knowledge base with no title
    may only hold their own state's offices: their country is returned as held by any title
    (("*", iso))."""
    out: dict[str, tuple[set[tuple[str, str]], list[tuple[str, str]]]] = {}
    for m in mentions:
        if m.type != "person" or m.kind == "description":
            continue
        held, offices = out.setdefault(m.key, (set(), []))
        if not role_rows.get(m.key):
            known = known_person_country([m.name, t.article.text[m.start : m.end]])
            if known is MISSING or not known:
                return None
            held.add(("*", known))  # "Lula" holds no American office
            continue
        if offices:
            continue  # the person's roles are read once
        iso = stated_country(t, f, role_rows.get(m.key, []))
        for r in role_rows.get(m.key, []):  # "ministre de la Défense et futur président"
            offices.append((r.text, iso or ""))
            for word in r.text.split():
                if fold(word) in first:
                    held.add((fold(word), iso or ""))
    return out


def _others(
    here: set[str], found: dict[str, tuple[set[tuple[str, str]], list[tuple[str, str]]]]
) -> tuple[set[tuple[str, str]], list[tuple[str, str]]]:
    """The offices held by the persons other than ``here``, those named as a subject in
    the title's sentence (by a full or a short name): "M. X a dit avoir rencontré le
    ministre rwandais" names someone else than X, whatever X's title
    (:class:`~analysis.extract.actors.title_holders.Holders` reads the sentence so too);
    a person named in a complement may be taken up ("... du président de la République, X,
    un message du président algérien")."""
    held: set[tuple[str, str]] = set()
    offices: list[tuple[str, str]] = []
    for key, (h, o) in found.items():
        if key not in here:
            held |= h
            offices += o
    return held, offices


def _subjects(t: Text, mentions: list[Mention]) -> dict[int | None, set[str]]:
    """The persons named as a subject in each sentence (by sentence id)."""
    named: dict[int | None, set[str]] = {}
    for m in mentions:
        if m.type == "person" and m.kind in ("name", "short") and _subject(t, m.start):
            named.setdefault(t.sentence_id(m.start), set()).add(m.key)
    return named


def _subject(t: Text, start: int) -> bool:
    """The name at ``start`` is the subject of its clause (its parts hang on its first
    word or on a civility: "M. X a dit")."""
    n = t.token_at(start)
    while n.dep_ in ("flat:name", "flat") and n.head.i != n.i:
        n = n.head
    return n.dep_.startswith("nsubj")


def unnamed_office_holders(
    t: Text, f: Finder, mentions: list[Mention], role_rows: dict[str, list[Role]]
) -> list[Mention]:
    """Mentions of office holders named only by a definite title stating their country."""
    titles = _titles()
    vague = vocab()["vague_titles"]
    first = phrase_edges(titles)[0]
    by_start = {m.start: m for m in mentions}
    spans = [(m.start, m.end, m.type) for m in mentions]
    in_role = [(r.start, r.end) for rs in role_rows.values() for r in rs]
    found = _named_offices(t, f, mentions, role_rows, first)
    if found is None:
        return []  # "Le ministre de X a déclaré ... M. Y a ajouté": Y may be the one
    named = _subjects(t, mentions)
    out: list[Mention] = []
    ws = t.ws
    i = 0
    while i < len(ws):
        w = ws[i]
        if w.key not in first:
            i += 1
            continue
        n = _head_length(t, i, titles)
        d = determiner_at(t, i)
        indefinite = t.key(d) in _INDEFINITE and w.key not in vague
        if not n or d < 0 or not (t.key(d) in DEFINITE or indefinite) or is_punct(t.gap(i)):
            i += 1
            continue
        j = _title_end(t, f, i, n, by_start)
        if indefinite and not (j > i + n and t.key(i + n) in _OF):
            i = max(j, i + 1)  # "un ministre malien": one of many; "un porte-parole du …": one
            continue
        iso, j = _holder_country(t, f, (i, j, n), by_start, w.key in vague, indefinite)
        nxt = j < len(ws) and ws[j].text[:1].isupper() and not is_punct(t.gap(j))
        start, end = w.start, ws[j - 1].end
        held, offices = _others(named.get(t.sentence_id(start), set()), found)
        if (
            nxt  # "le représentant Robert X": that name's title
            or iso is None
            or _occupied(t, i, j, spans)
            or any(s <= start < e for s, e in in_role)
            or _held(held, fold(w.text), iso)
            or _held_elsewhere(offices, t.article.text[w.start : ws[j - 1].end], iso)
        ):
            i = max(j, i + 1)
            continue
        title = " ".join(t.key(k) for k in range(i, j))
        key = f"office {title}"
        text = t.article.text[start:end]
        r_end = ws[listed_portfolios(t, i, j) - 1].end  # ", de la Pêche et de la Mer"
        role_rows[key].append(Role(t.article.text[start:r_end], start, r_end, "description"))
        m = Mention(start, end, "person", key, text, "description", iso or None, strength=2)
        if (p := posting_end(f, j)) is not None:  # "le chargé d'affaires iranien à Islamabad"
            m.aliases.append(t.article.text[start : ws[p - 1].end])
        out.append(m)
        i = j
    return out
