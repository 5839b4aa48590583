"""One identity per actor, and its type, name and country.

Mentions found by :mod:`analysis.extract.actors.mentions` carry an identity key: a person's
full name and surname share it, a state shares it with its capital used as government, its
periphrases and "le royaume". This module adds what needs the whole article:

* states only named as places are dropped ("le retrait des troupes du Mali");
* definite titles without a name ("la cheffe de la diplomatie française") are linked to the
  person who holds that title: who holds it is asked of
  :class:`analysis.extract.actors.title_holders.Holders` (which also gives the country stated
  in a person's roles, read by :mod:`analysis.extract.actors.countries`); whether two titles
  name one office, of :func:`analysis.extract.actors.offices.same_office`; a bare head of
  state's holder, of :mod:`.headline`.

Every lookup is indexed (bisect over sorted offsets, per-character owner maps): linear cost.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from analysis.document.tokens import view
from analysis.extract.actors.finder import Finder
from analysis.extract.actors.headline import headed
from analysis.extract.actors.offices import PREP_ART, same_office
from analysis.extract.actors.portfolio_chains import listed_portfolios
from analysis.extract.actors.records import Mention
from analysis.extract.actors.roles import Role, governmental, status_participle
from analysis.extract.actors.text import Text, is_punct, phrase_edges
from analysis.extract.actors.title_holders import GENDER, RECENT_SENTENCES, Holders
from analysis.extract.actors.vocab import vocab
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import countries, fold, words

DEFINITE = frozenset(("le", "la", "l", "du", "au"))
_POSSESSIVE = frozenset(("son", "sa"))
# periphrases of a state's leader ("l'homme fort du pays"): read as "chef de l'État"
_LEADERS = frozenset(("numero un", "homme fort", "femme forte"))
_SEAT_TITLES = {"presidency": "chef de l etat", "government": "chef du gouvernement"}
# "ce haut fonctionnaire qatari": a demonstrative takes a title up like a definite article
_DEMONSTRATIVE = frozenset(("ce", "cet", "cette"))
_PANORAMA = 3  # countries named once in one quotation: a list, not actors
UNKNOWN = object()  # no evidence at all (distinct from None: "no country", e.g. the UN)


def drop_place_only_states(mentions: list[Mention]) -> list[Mention]:
    """A country only named as a place ("le retrait des troupes du Mali"), a seat of
    government only named as the place of a meeting ("reçu à l'Élysée") is not an actor;
    a country a visit goes to is (the host, see :func:`~.rules.states.visited_country`)."""
    acting = {m.key for m in mentions if m.actor_position or m.visited}
    return [m for m in mentions if m.key in acting]


def drop_quoted_only_states(text: str, mentions: list[Mention]) -> list[Mention]:
    """Countries listed in a quotation and named nowhere else ("« nos frontières sont en
    flammes : la Libye, le Mali, le Niger ... »") are a speaker's panorama, not actors of
    the story; one such country alone stays (the speaker's own, a partner: « le Sénégal
    veut ... »)."""
    quoted = _quoted_spans(text)
    starts = [a for a, _ in quoted]

    def quote_of(m: Mention) -> int | None:
        k = bisect.bisect_right(starts, m.start) - 1
        return k if k >= 0 and m.start < quoted[k][1] else None

    states = [m for m in mentions if m.type == "state"]
    counts = Counter(m.key for m in states)
    listed: dict[int, set[str]] = defaultdict(set)
    for m in states:
        q = quote_of(m)
        if counts[m.key] == 1 and q is not None:
            listed[q].add(m.key)
    dropped = {k for keys in listed.values() if len(keys) >= _PANORAMA for k in keys}
    return [m for m in mentions if m.key not in dropped]


_GUILLEMETS = re.compile("[«»]")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans between French quotation marks « ... » (nested quotes stay inside)."""
    out, depth, opened = [], 0, 0
    for hit in _GUILLEMETS.finditer(text):  # only the marks, not every character
        k, c = hit.start(), hit.group()
        if c == "«":
            if depth == 0:
                opened = k
            depth += 1
        elif c == "»" and depth:
            depth -= 1
            if depth == 0:
                out.append((opened, k + 1))
    return out


def definite_descriptions(
    t: Text, f: Finder, mentions: list[Mention], role_rows: dict[str, list[Role]]
) -> list[Mention]:
    """ "la cheffe de la diplomatie française", "le président sud-coréen", "la ministre":
    a definite title without a name refers back to the person who holds it (the most recent
    one with the same title, or with the stated nationality and a governmental title)."""
    holders = Holders(t, f, mentions, role_rows)
    if not holders.persons:
        return []
    in_role = bytearray(len(t.article.text))
    for rs in role_rows.values():
        for r in rs:
            in_role[r.start : r.end] = b"\x01" * (r.end - r.start)
    out: list[Mention] = []
    ws = t.ws
    # governmental titles only: linking "le chef du Front X" (a title of the other kinds) to
    # the next person named was tried and made more wrong links than right ones
    gov = governmental()
    heads = gov | _LEADERS  # "le numéro un nord-coréen": a leader with a nationality
    heads_first = phrase_edges(heads)[0]
    vague = vocab()["vague_titles"]
    counterparts = vocab()["counterpart_nouns"]
    last: tuple[int | None, str, Mention] | None = None  # the last description linked
    unlinked: list[tuple[int, int, str, str, str | None]] = []  # i, j, title, iso, gender
    inside = 0  # the end of the last title read: "ministre" of "le Premier ministre" is no title
    for i, w in enumerate(ws):
        # "avec son homologue algérien": a counterpart with a nationality is described too
        counterpart = w.key in counterparts and (i + 1) in f.adj_end
        # "le dirigeant chinois", "le diplomate américain": a vague title with a nationality
        if w.key not in heads_first or (w.key in vague and (i + 1) not in f.adj_end):
            continue
        d = determiner_at(t, i)  # "le nouveau Premier ministre": past the modifiers
        if not _definite(t.key(d), counterpart) or in_role[w.start]:
            continue
        j = _definite_title_end(t, f, i, heads) if i >= inside else None
        if j is None:  # "L'ambassadeur du Mali", the X named before
            inside, last = _state_title(t, f, holders, role_rows, out, (i, d, inside), last)
            continue
        inside = j
        iso = next((f.adj_end[k][1] for k in range(i, j) if k in f.adj_end), None)
        body = _body_in(t, f, i, j)
        if iso is None and body is None and not _starts_with(t, i, gov):
            continue  # "le chef" alone, "le patron": too vague without a body or a state
        title = _as_office(" ".join(t.key(k) for k in range(i, j)))
        gender = GENDER.get(t.key(d))  # "La ministre" is a woman
        ref = holders.holder(w.start, title, iso, named_body=body is not None, gender=gender)
        sid = t.sentence_id(w.start)
        if ref is None and counterpart:
            ref = holders.named_after(w.start, title, iso)  # "... son homologue X. M. Y a"
        if ref is None and iso is None and last is not None:
            ref = _same_as_last(last, sid, title)
        if ref is None:
            ref = holders.taken_up_by_civility(w.start, title, gender) or headed(t, holders, title)
        if ref is None:
            if iso is not None:
                unlinked.append((i, j, title, iso, gender))
            continue
        last = (sid, title, ref)
        out.append(_link(t, holders, role_rows, i, j, ref, _qualified_end(t, f, i, j)))
    # second pass, once every nearby description has stated its holder's country: "le
    # président gabonais" far from (or long before) the one Gabonese president named
    for i, j, title, iso, gender in unlinked:
        ref = holders.sole_holder(ws[i].start, title, iso, gender)
        if ref is not None:
            out.append(_link(t, holders, role_rows, i, j, ref, _qualified_end(t, f, i, j)))
    return out


def _definite(det: str, counterpart: bool) -> bool:
    """A definite determiner opens a description; a possessive only a counterpart's ("son
    homologue algérien")."""
    return det in DEFINITE or det in _DEMONSTRATIVE or (det in _POSSESSIVE and counterpart)


def determiner_at(t: Text, i: int) -> int:
    """The word before a title at word i, past two modifiers at most ("le nouvel homme fort",
    "l'actuel chef de l'État")."""
    d = i - 1
    mods = vocab()["modifiers"]
    while d > i - 3 and t.key(d) in mods and not is_punct(t.gap(d + 1)):
        d -= 1
    return d


def _as_office(title: str) -> str:
    """ "numero un nord-coreen" -> "chef de l etat nord-coreen": a leader's periphrasis
    names the head of state."""
    for lead in _LEADERS:
        if title.startswith(lead + " ") or title == lead:
            return "chef de l etat" + title[len(lead) :]
    return title


def _link(
    t: Text,
    holders: Holders,
    role_rows: dict[str, list[Role]],
    i: int,
    j: int,
    ref: Mention,
    role_end: int,
) -> Mention:
    """The description of words [i, j) as a mention of ``ref``, its text up to word
    ``role_end`` one of ``ref``'s roles (and a role detached before it: "Ministre de 2003 à
    2010, le président ...")."""
    start, end = t.ws[i].start, t.ws[j - 1].end
    r_end = t.ws[listed_portfolios(t, i, max(j, role_end)) - 1].end  # ", de la Pêche et ..."
    role_rows[ref.key].append(Role(t.article.text[start:r_end], start, r_end, "description"))
    holders.forget(ref.key)  # the description now states their country
    detached = _detached_role(t, i - 1)
    if detached is not None:
        role_rows[ref.key].append(detached)
    return Mention(start, end, "person", ref.key, ref.name, "description")


def seat_periphrases(
    t: Text, f: Finder, mentions: list[Mention], role_rows: dict[str, list[Role]]
) -> list[Mention]:
    """ "le locataire de l'Élysée", "l'hôte du Kremlin": a definite seat-holder noun before the
    seat of a state's presidency (or government) is a periphrasis of its head of state (or
    of government), linked like "le chef de l'État X-ien" to its holder; the seat inside it
    is then no mention of the office (removed from ``mentions``)."""
    holders = Holders(t, f, mentions, role_rows)
    out: list[Mention] = []
    for m in [m for m in mentions if m.key.startswith("office:")]:
        _, office, iso = m.key.split(":", 2)
        title = _SEAT_TITLES.get(office)
        i = t.index_at(m.start)
        if title is None or i is None:
            continue
        k = i - 1 if t.key(i - 1) in ("l", "la", "le") else i
        noun = k - 2
        if t.key(k - 1) not in ("de", "du", "d") or t.key(noun) not in vocab()["seat_holders"]:
            continue
        if t.key(noun - 1) not in DEFINITE or any(
            is_punct(t.gap(x)) for x in range(noun + 1, i + 1)
        ):
            continue
        start = t.ws[noun].start
        ref = holders.holder(start, title, iso) or holders.sole_holder(start, title, iso, None)
        if ref is None:
            continue
        role_rows[ref.key].append(Role(t.article.text[start : m.end], start, m.end, "description"))
        holders.forget(ref.key)
        out.append(Mention(start, m.end, "person", ref.key, ref.name, "description", iso, 2))
        mentions.remove(m)
    return out


def same_title_descriptions(
    t: Text, f: Finder, mentions: list[Mention], role_rows: dict[str, list[Role]]
) -> list[Mention]:
    """ "L'opposant X a critiqué l'accord. L'opposant a dénoncé ...": a definite title that
    names no office of a state (those are :func:`definite_descriptions`), repeated word for
    word from the title of one person named before it in the three sentences before, takes
    that person up. Only the same words: "le chef du parti" may be anyone in the party."""
    persons = [m for m in mentions if m.type == "person" and m.kind == "name"]
    if not persons:
        return []
    v = vocab()
    heads = v["expert"] | v["other"]
    firsts = phrase_edges(heads)[0]
    gov_first = phrase_edges(governmental())[0]
    out: list[Mention] = []
    for i, w in enumerate(t.ws):
        if w.key not in firsts or w.key in gov_first or t.key(i - 1) not in DEFINITE:
            continue
        j = _definite_title_end(t, f, i, heads)
        if j is None or not t.free(w.start, t.ws[j - 1].end):
            continue
        title = " ".join(t.key(k) for k in range(i, j))
        sid = t.sentence_id(w.start)
        holders = {
            p.key: p
            for p in persons
            if p.start < w.start
            and _sentences_before(t, p.start, sid)
            and any(" ".join(words(r.text)) == title for r in role_rows.get(p.key, []))
        }
        if len(holders) != 1:
            continue
        ref = next(iter(holders.values()))
        start, end = w.start, t.ws[j - 1].end
        role_rows[ref.key].append(Role(t.article.text[start:end], start, end, "description"))
        out.append(Mention(start, end, "person", ref.key, ref.name, "description"))
    return out


def _sentences_before(t: Text, start: int, sid: int | None) -> bool:
    """The offset ``start`` is in one of the three sentences before sentence ``sid``."""
    p_sid = t.sentence_id(start)
    return sid is not None and p_sid is not None and 0 < sid - p_sid <= RECENT_SENTENCES


def _same_as_last(
    last: tuple[int | None, str, Mention], sid: int | None, title: str
) -> Mention | None:
    """ "Le président français s'est rendu à X ..., selon les mots du chef de l'État": a
    description without nationality, in the sentence of (or the one after) a description of
    the same office just linked, refers to the same person."""
    l_sid, l_title, ref = last
    if sid is None or l_sid is None or not 0 <= sid - l_sid <= 1:
        return None
    return ref if same_office(l_title, title) else None


def _starts_with(t: Text, i: int, titles: frozenset[str]) -> bool:
    """A title of ``titles`` starts at word i."""
    return any(" ".join(t.key(x) for x in range(i, i + n)) in titles for n in (4, 3, 2, 1))


def _body_in(t: Text, f: Finder, i: int, j: int) -> Mention | None:
    """The named organisation a title of words [i, j) is held in ("chef du Front X")."""
    for k in range(i + 1, j):
        m = f.by_start.get(t.ws[k].start)
        if m is not None and m.type in ("organisation", "company", "media"):
            return m
    return None


def _definite_title_end(t: Text, f: Finder, i: int, gov: frozenset[str]) -> int | None:
    """End of a free governmental title at word i with its complements ("cheffe de la
    diplomatie française"), or None when a name follows it (it is that name's title)."""
    ws = t.ws
    w = ws[i]
    n_role = next(
        (n for n in (4, 3, 2, 1) if " ".join(t.key(x) for x in range(i, i + n)) in gov), 0
    )
    if not n_role or not t.free(w.start, w.end) or is_punct(t.gap(i)):
        return None
    j = title_complements_end(t, f, i, i + n_role)
    if j < len(ws) and ws[j].text[:1].isupper() and not is_punct(t.gap(j)):
        return None  # a title followed by a name: read as that name's title
    if not _free_but_bodies(t, f, i, j):
        return None
    return j


def _free_but_bodies(t: Text, f: Finder, i: int, j: int) -> bool:
    """No word of [i, j) is claimed, but by the name of a body the title is held in."""
    k = i
    while k < j:
        m = f.by_start.get(t.ws[k].start)
        if m is not None and m.type in ("organisation", "company", "media") and k > i:
            k = t.first_index_from(m.end)
            continue
        if not t.free(t.ws[k].start, t.ws[k].end):
            return False
        k += 1
    return True


def _closing_state(t: Text, f: Finder, i: int, j: int) -> tuple[int, str] | None:
    """(first word, country) of the state named by the "de" complement that closes the
    title of words [i, j) ("le président du Niger", "le ministre des Affaires étrangères
    de la Somalie"): the French way of stating the office's country besides the adjective
    ("le président nigérien"), so it says whose office it is as the adjective does. The
    country is read in the gazetteer (the state may be no actor: "du Niger" only
    complements the title). The elided form ("l'ambassadrice d'Espagne") was tried: its
    title reach also changed which person other descriptions take up, and the held-out
    half lost a quotation's speaker."""
    for k in range(i + 2, j):
        hit = f.gaz.get(k)
        if hit is None or t.key(k - 1) not in PREP_ART or is_punct(t.gap(k)):
            continue
        end, gaz, _ = hit
        if end == j and gaz.kind == "country" and countries()[gaz.ref].kind == "state":
            return k, gaz.ref
    return None


def _state_title(
    t: Text,
    f: Finder,
    holders: Holders,
    role_rows: dict[str, list[Role]],
    out: list[Mention],
    at: tuple[int, int, int],
    last: tuple[int | None, str, Mention] | None,
) -> tuple[int, tuple[int | None, str, Mention] | None]:
    """A definite title closed by a state ("L'ambassadeur du Mali avait été convoqué"),
    which :func:`_definite_title_end` leaves (the state's words are claimed), is taken up
    as a title with that state's adjective is, when its holder is named before it or right
    after with a civility ("... . M. X a ajouté"); a holder named only after is left to the
    rules that read such a title in a lede (two persons may follow; "l'ambassadeur du
    Mexique" may be the host of the envoy named next). ``at``: the title's first word, its
    determiner and the end of the last title read; returns that end and the last link,
    updated when the title is linked (the description is appended to ``out``)."""
    i, d, inside = at
    found = _state_title_end(t, f, i) if i >= inside else None
    if found is None:
        return inside, last
    j, iso = found
    title = _as_office(" ".join(t.key(k) for k in range(i, j)))
    gender = GENDER.get(t.key(d))
    ref = holders.holder(t.ws[i].start, title, iso, gender=gender)
    if ref is None or ref.start > t.ws[i].start:
        ref = holders.taken_up_by_civility(t.ws[i].start, title, gender)
    if ref is None:
        return inside, last
    out.append(_link(t, holders, role_rows, i, j, ref, _qualified_end(t, f, i, j)))
    return j, (t.sentence_id(t.ws[i].start), title, ref)


def _state_title_end(t: Text, f: Finder, i: int) -> tuple[int, str] | None:
    """(end, country) of a free governmental title at word i closed by a state's "de"
    complement ("l'ambassadeur du Mali", "le ministre des Affaires étrangères de la
    Somalie"), not followed by a name; None otherwise."""
    ws = t.ws
    heads = governmental() | _LEADERS
    n_role = next(
        (n for n in (4, 3, 2, 1) if " ".join(t.key(x) for x in range(i, i + n)) in heads), 0
    )
    if not n_role or not t.free(ws[i].start, ws[i].end) or is_punct(t.gap(i)):
        return None
    j = title_complements_end(t, f, i, i + n_role)
    state = _closing_state(t, f, i, j)
    if state is None:
        return None
    if j < len(ws) and ws[j].text[:1].isupper() and not is_punct(t.gap(j)):
        return None  # a name follows: the title is its
    persons = (f.by_start.get(t.ws[k].start) for k in range(i + 1, state[0]))
    if any(m is not None and m.type == "person" for m in persons):
        return None  # the words are read as pieces of the title, unless a person is named
    return j, state[1]


def title_complements_end(t: Text, f: Finder, i: int, j: int) -> int:
    """The title at word i goes on from word j over nationality adjectives, "de la <Name>"
    complements ("de la diplomatie française") and portfolios ("des Affaires étrangères de la
    république française"), without a trailing "de"."""
    ws = t.ws
    v = vocab()
    nouns = v["portfolios"] | v["title_complements"]
    while (
        j < len(ws)
        and not is_punct(t.gap(j))
        and t.same_sentence(i, j)
        and (
            j in f.adj_end
            or t.key(j) in PREP_ART
            or (
                ws[j].text[:1].isupper()
                and (t.key(j - 1) in PREP_ART or (j - 1 > i and ws[j - 1].text[:1].isupper()))
            )  # "de la <Name>", and the rest of the name ("du Front Populaire")
            or (
                j - 1 > i and ws[j - 1].text[:1].isupper() and t.token_at(ws[j].start).pos_ == "ADJ"
            )  # "de l'Assemblée nationale": a body's name goes on over its adjective
            or (t.key(j) in nouns and (t.key(j - 1) in PREP_ART or t.key(j - 1) in nouns))
        )
    ):
        j = f.adj_end[j][0] if j in f.adj_end else j + 1
    while j > i + 1 and t.key(j - 1) in PREP_ART:
        j -= 1
    return j


def _qualified_end(t: Text, f: Finder, i: int, j: int) -> int:
    """The description of words [i, j) goes on, for its role, over the words that qualify
    an office after its head: "le président sortant", "la directrice adjointe du ministère",
    "le ministre délégué chargé de la Coopération", "le président par intérim", "le
    président réélu" (title words, "par intérim", a status participle); the holder was
    looked up by the office without them. Not a participle that took the office away ("le
    président déchu"): that names a former holder, whom the lookup by the office may miss,
    so the role would state a removal of the wrong person (unlinking them was tried: the
    stance rules then read the unlinked description and one sign went wrong)."""
    qualifiers = _qualifiers()
    n, j0 = len(t.ws), j
    while j < n and not is_punct(t.gap(j)) and t.same_sentence(i, j):
        if t.key(j) == "par" and j + 1 < n and t.key(j + 1) == "interim":
            j = title_complements_end(t, f, i, j + 2)
        elif t.key(j) in qualifiers or (status_participle(t, j) and not _removed(t, j)):
            j = title_complements_end(t, f, i, j + 1)
        elif j > j0 and _body_complement(t, j):
            j = title_complements_end(t, f, i, _body_complement(t, j))
        else:
            break
    return j


# lemmas of the participles that take an office away ("le président déchu", "destitué")
_REMOVAL = frozenset(
    ("destituer", "dechoir", "renverser", "deposer", "limoger", "demettre", "evincer",
     "revoquer", "congedier", "exiler")
)  # fmt: skip


def _removed(t: Text, j: int) -> bool:
    """The word after a description's office is a participle that took the office away."""
    if j >= len(t.ws) or is_punct(t.gap(j)) or not status_participle(t, j):
        return False
    return fold(view(t.doc).lemma_low[t.word_tok[j]]) in _REMOVAL


def _body_complement(t: Text, j: int) -> int:
    """ "du ministère", "de la commission": a "de" complement at word j headed by a body
    noun (the qualified office is held in it); the word after the noun, or 0."""
    if t.key(j) not in PREP_ART:
        return 0
    k = j + 1 if t.key(j) in ("du", "des") else j + 2
    if k >= len(t.ws) or t.key(k) not in vocab()["organisation_heads"] or is_punct(t.gap(k)):
        return 0
    return k + 1


@derived
def _qualifiers() -> frozenset[str]:
    """The title words that qualify an office right after its head ("adjoint", "sortant",
    "chargé"), not the nouns of portfolios ("affaires", "état") that follow a preposition."""
    v = vocab()
    return (
        frozenset(w for w in v["title_words"] if " " not in w) - v["portfolios"] - _PORTFOLIO_WORDS
    )


# title words that are pieces of a portfolio or a state's name, never a qualifier
_PORTFOLIO_WORDS = frozenset(
    (
        "relations", "exterieures", "exterieur", "interieure", "etranger", "affaires",
        "etrangeres", "etat", "gouvernement", "republique", "sceaux", "interim",
    )
)  # fmt: skip


def _detached_role(t: Text, det: int) -> Role | None:
    """ "Ministre du Commerce extérieur de 2003 à 2010, le président brésilien ...": a role
    opening the sentence, detached by a comma before the subject it describes."""
    if "," not in t.gap(det):
        return None
    sent = t.article.sentence_at(t.ws[det].start)
    if sent is None:
        return None
    s0 = t.first_index_from(sent.start)
    if det - s0 < 1 or det - s0 > 14 or any(is_punct(t.gap(k)) for k in range(s0 + 1, det)):
        return None
    v = vocab()
    roles = v["governmental"] | v["expert"] | v["other"]
    k = s0
    while k < det and t.key(k) in v["modifiers"]:
        k += 1
    if not any(" ".join(t.key(x) for x in range(k, k + n)) in roles for n in (1, 2, 3)):
        return None
    e = k + 1
    while e < det:
        nxt = t.ws[e + 1].text if e + 1 < len(t.ws) else ""
        if t.key(e) in ("de", "en", "entre", "depuis", "jusqu", "des", "a") and nxt.isdigit():
            break  # "de 2003 à 2010": when, not what
        e += 1
    start, end = t.ws[s0].start, t.ws[e - 1].end
    return Role(t.article.text[start:end], start, end, "apposition")


def group_by_key(mentions: list[Mention]) -> tuple[dict[str, list[Mention]], list[str]]:
    """Mentions per identity key, and the keys in order of first mention."""
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        by_key[m.key].append(m)
    order = sorted(by_key, key=lambda k: by_key[k][0].start)
    return by_key, order


def actor_type(ms: list[Mention]) -> str:
    names = [m for m in ms if m.kind in ("name", "acronym")] or ms
    return Counter(m.type for m in names).most_common(1)[0][0]


def actor_name(ms: list[Mention], typ: str) -> str:
    if typ == "person":
        return max((m.name for m in ms if m.kind == "name"), key=len, default=ms[0].name)
    named = [m for m in ms if m.kind == "name"]
    return (named or ms)[0].name
