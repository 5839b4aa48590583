"""One identity per actor, and its type, name and country.

Mentions found by :mod:`analysis.extract.actors.mentions` carry an identity key: a person's
full name and surname share it, a state shares it with its capital used as government, its
periphrases and "le royaume". This module adds what needs the whole article:

* states only named as places are dropped ("le retrait des troupes du Mali");
* definite titles without a name ("la cheffe de la diplomatie française") are linked to the
  person who holds that title (a bare head of state's: :mod:`.headline`);
* the country stated in a person's roles (:func:`stated_country`), read by
  :mod:`analysis.extract.actors.countries`, which decides every actor's country.

Every lookup is indexed (bisect over sorted offsets, per-character owner maps): linear cost.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from analysis.extract.actors.civility_link import title_between
from analysis.extract.actors.finder import Finder
from analysis.extract.actors.fronted import fronted_name
from analysis.extract.actors.headline import headed
from analysis.extract.actors.offices import executive_pair, office_family, other_office
from analysis.extract.actors.records import Mention
from analysis.extract.actors.rival_titles import rival_title, role_mask
from analysis.extract.actors.roles import Role, governmental
from analysis.extract.actors.text import Text, is_punct, phrase_edges
from analysis.extract.actors.vocab import known_person_country, vocab
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import country_of_adjective, fold, words

_DEFINITE = frozenset(("le", "la", "l", "du", "au"))
_POSSESSIVE = frozenset(("son", "sa"))
_PREP_ART = frozenset(("de", "la", "l", "des", "du"))
# periphrases of a state's leader ("l'homme fort du pays"): read as "chef de l'État"
_LEADERS = frozenset(("numero un", "homme fort", "femme forte"))
_SEAT_TITLES = {"presidency": "chef de l etat", "government": "chef du gouvernement"}
# heads naming an office only with their complement ("chef de l'État"); folded, masculine
_GENERIC_HEADS = frozenset(("chef", "secretaire", "responsable", "directeur", "directrice"))
_RECENT_PERSONS = 40
# the gender a determiner or a civility states ("La ministre" is not "le ministre X")
_GENDER = {"la": "f", "le": "m", "du": "m", "au": "m", "ce": "m", "cet": "m", "cette": "f"}
# "ce haut fonctionnaire qatari": a demonstrative takes a title up like a definite article
_DEMONSTRATIVE = frozenset(("ce", "cet", "cette"))
_CIVILITY = {"m": "m", "mme": "f", "mmes": "f", "mlle": "f"}
_PANORAMA = 3  # countries named once in one quotation: a list, not actors
# a person whose country nothing states holds a description only named this close before it
_RECENT_SENTENCES = 3
UNKNOWN = object()  # no evidence at all (distinct from None: "no country", e.g. the UN)


def drop_place_only_states(mentions: list[Mention]) -> list[Mention]:
    """A country only named as a place ("le retrait des troupes du Mali"), a seat of
    government only named as the place of a meeting ("reçu à l'Élysée") is not an actor."""
    acting = {m.key for m in mentions if m.actor_position}
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


def stated_country(t: Text, f: Finder, roles: list[Role]) -> str | None:
    """Country stated in roles: a nationality adjective, then a named country or city."""
    for r in roles:
        rng = t.words_in(r.start, r.end)
        if len(rng):
            iso, _ = f.country_inside(rng.start, rng.stop)
            if iso:
                return iso
    return None


def definite_descriptions(
    t: Text, f: Finder, mentions: list[Mention], role_rows: dict[str, list[Role]]
) -> list[Mention]:
    """ "la cheffe de la diplomatie française", "le président sud-coréen", "la ministre":
    a definite title without a name refers back to the person who holds it (the most recent
    one with the same title, or with the stated nationality and a governmental title)."""
    holders = _Holders(t, f, mentions, role_rows)
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
        d = _determiner_at(t, i)  # "le nouveau Premier ministre": past the modifiers
        if not _definite(t.key(d), counterpart) or in_role[w.start]:
            continue
        j = _definite_title_end(t, f, i, heads) if i >= inside else None
        if j is None:
            continue
        inside = j
        iso = next((f.adj_end[k][1] for k in range(i, j) if k in f.adj_end), None)
        body = _body_in(t, f, i, j)
        if iso is None and body is None and not _starts_with(t, i, gov):
            continue  # "le chef" alone, "le patron": too vague without a body or a state
        title = _as_office(" ".join(t.key(k) for k in range(i, j)))
        gender = _GENDER.get(t.key(d))  # "La ministre" is a woman
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
        out.append(_link(t, holders, role_rows, i, j, ref))
    # second pass, once every nearby description has stated its holder's country: "le
    # président gabonais" far from (or long before) the one Gabonese president named
    for i, j, title, iso, gender in unlinked:
        ref = holders.sole_holder(ws[i].start, title, iso, gender)
        if ref is not None:
            out.append(_link(t, holders, role_rows, i, j, ref))
    return out


def _definite(det: str, counterpart: bool) -> bool:
    """A definite determiner opens a description; a possessive only a counterpart's ("son
    homologue algérien")."""
    return det in _DEFINITE or det in _DEMONSTRATIVE or (det in _POSSESSIVE and counterpart)


def _determiner_at(t: Text, i: int) -> int:
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
    t: Text, holders: _Holders, role_rows: dict[str, list[Role]], i: int, j: int, ref: Mention
) -> Mention:
    """The description of words [i, j) as a mention of ``ref``, its text one of ``ref``'s
    roles (and a role detached before it: "Ministre de 2003 à 2010, le président ...")."""
    start, end = t.ws[i].start, t.ws[j - 1].end
    role_rows[ref.key].append(Role(t.article.text[start:end], start, end, "description"))
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
    holders = _Holders(t, f, mentions, role_rows)
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
        if t.key(noun - 1) not in _DEFINITE or any(
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
        if w.key not in firsts or w.key in gov_first or t.key(i - 1) not in _DEFINITE:
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
    return sid is not None and p_sid is not None and 0 < sid - p_sid <= _RECENT_SENTENCES


def _same_as_last(
    last: tuple[int | None, str, Mention], sid: int | None, title: str
) -> Mention | None:
    """ "Le président français s'est rendu à X ..., selon les mots du chef de l'État": a
    description without nationality, in the sentence of (or the one after) a description of
    the same office just linked, refers to the same person."""
    l_sid, l_title, ref = last
    if sid is None or l_sid is None or not 0 <= sid - l_sid <= 1:
        return None
    return ref if _same_office(l_title, title) else None


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
    j = _title_complements(t, f, i, i + n_role)
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


def _title_complements(t: Text, f: Finder, i: int, j: int) -> int:
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
            or t.key(j) in _PREP_ART
            or (
                ws[j].text[:1].isupper()
                and (t.key(j - 1) in _PREP_ART or (j - 1 > i and ws[j - 1].text[:1].isupper()))
            )  # "de la <Name>", and the rest of the name ("du Front Populaire")
            or (
                j - 1 > i and ws[j - 1].text[:1].isupper() and t.token_at(ws[j].start).pos_ == "ADJ"
            )  # "de l'Assemblée nationale": a body's name goes on over its adjective
            or (t.key(j) in nouns and (t.key(j - 1) in _PREP_ART or t.key(j - 1) in nouns))
        )
    ):
        j = f.adj_end[j][0] if j in f.adj_end else j + 1
    while j > i + 1 and t.key(j - 1) in _PREP_ART:
        j -= 1
    return j


class _Holders:
    """The named persons of an article, and the roles and country each holds."""

    def __init__(
        self, t: Text, f: Finder, mentions: list[Mention], role_rows: dict[str, list[Role]]
    ) -> None:
        self.t, self.f, self.role_rows = t, f, role_rows
        self.gov = governmental()
        self.persons = sorted(
            (m for m in mentions if m.type == "person" and m.kind == "name"),
            key=lambda m: m.start,
        )
        self.starts = [p.start for p in self.persons]
        # "le Tchadien X": a nationality stated on the name itself, not in a role
        self.named_country = {
            m.key: m.country
            for m in mentions
            if m.type == "person" and m.country and m.strength == 2
        }
        self._profile: dict[str, tuple[list[str], str | None]] = {}
        self._mask: bytearray | None = None  # the role phrases' characters, when asked

    def profile(self, p: Mention) -> tuple[list[str], str | None]:
        """(folded role texts, stated country) of a person (memoised); only the roles whose
        head is a title of the lexicon: "le rappeur X" names no office, so it neither
        confirms nor rules out that X holds one."""
        if p.key not in self._profile:
            rs = self.role_rows.get(p.key, [])
            self._profile[p.key] = (
                [fold(r.text) for r in rs if r.text and _names_an_office(r.text)],
                stated_country(self.t, self.f, rs) or self.named_country.get(p.key),
            )
        return self._profile[p.key]

    def known(self, p: Mention) -> str | None:
        """The knowledge-base country of a well-known figure (None if not listed): of two
        persons whose country the text leaves unstated, "le chef de l'État algérien" is the
        one known to be Algerian."""
        kb = known_person_country((p.name, self.t.article.text[p.start : p.end]))
        return kb if isinstance(kb, str) else None

    def holder(
        self,
        start: int,
        title: str,
        iso: str | None,
        named_body: bool = False,
        gender: str | None = None,
    ) -> Mention | None:
        """The one person who holds the description ``title`` at ``start``: among the last
        named before it, one with a title of the same head word, or (with ``iso``) a
        governmental title and that nationality; failing that (with ``iso``), one whose
        country nothing states and whose titles name no other office, named in the three
        sentences before; when no person is named before, the first such person named in
        the sentences after ("Le ministre français ... . Dans l'après-midi, X a ...": the
        description opens the story, or is the subject of its clause). A title held in a
        named body ("le chef du Front X")
        is linked the same way as a title with a nationality. The head of state is one
        office under two titles ("le chef de l'État" is the person titled "président")."""
        stated = bool(iso) or named_body
        hi = bisect.bisect_left(self.starts, start)
        recent = self.persons[max(0, hi - _RECENT_PERSONS) : hi]
        cands, exact, rival = [], False, False
        for p in recent:
            p_roles, p_iso = self.profile(p)
            if other_office(p_roles, title):
                continue  # "le chef de la diplomatie X" is not the president X named before
            same_head = any(_same_office(r, title) for r in p_roles if r.split())
            if (iso and p_iso == iso and (same_head or self._holds_gov(p_roles))) or (
                not iso and same_head
            ):
                cands.append(p)
                exact = exact or same_head
            elif iso and same_head and p_iso is None:
                rival = True  # the office's own holder, country unstated: see below
            elif iso and p_iso is None and not p_roles and self.known(p) == iso:
                cands.append(p)  # "Xi Jinping ... . Le président chinois": a known figure
        if rival and not exact:
            cands = []  # "son ministre des Finances, X": "le ministre suédois des Finances"
        if not cands:
            cands = self._fallback(recent, hi, start, title, iso, stated)
        cands = [c for c in cands if self._gender(c) in (None, gender) or gender is None]
        if len({c.key for c in cands}) != 1:
            return None
        return cands[-1]

    def _fallback(
        self,
        recent: list[Mention],
        hi: int,
        start: int,
        title: str,
        iso: str | None,
        stated: bool,
    ) -> list[Mention]:
        """Holders when no one named before holds the title by their stated titles: with a
        stated country or body, an unstated person of the sentences before (not in its
        sentence: "X ne rencontrera pas le Premier ministre éthiopien"), else the first
        one named after; a bare title, the person just named."""
        if not stated:
            return self._last_named(self._antecedent(recent), start, title) if recent else []
        sid = self.t.sentence_id(start)
        cands = [
            p
            for p in recent
            if 0 < sid - self.t.sentence_id(p.start) <= _RECENT_SENTENCES
            and self._unstated_holder(p, title, iso)
        ]
        if not cands and (hi == 0 or self._subject(start)):
            cands = self._next_holder(hi, start, title, iso)
        # "Le Premier ministre X a reçu Y. Le chef du gouvernement ...": one who holds the
        # office under another of its titles is a better holder than one with no title
        titled = [p for p in cands if self.profile(p)[0]]
        return titled or cands

    def _antecedent(self, recent: list[Mention]) -> Mention:
        """The person a bare title takes up: of those named in the last sentence that names
        anyone, the subject of its clause ("A a rencontré B lundi. La ministre a déclaré …":
        A, the thread of the story), else the one named last."""
        last = self.t.sentence_id(recent[-1].start)
        named = [p for p in recent if self.t.sentence_id(p.start) == last]
        subjects = [p for p in named if self.t.token_at(p.start).dep_.startswith("nsubj")]
        return subjects[-1] if subjects else recent[-1]

    def _last_named(self, p: Mention, start: int, title: str) -> list[Mention]:
        """ "..., a souligné M. X. Le Premier ministre doit ensuite ...": a bare
        governmental title (no nationality, no body) that no one named before holds by
        their stated titles refers to the person named last, in its sentence or the one
        before of the same paragraph, unless a title of theirs names another office or an
        expert ("économiste": a commentator, not an office holder)."""
        here, there = self.t.article.sentence_at(start), self.t.article.sentence_at(p.start)
        if here is None or there is None or here.paragraph_id != there.paragraph_id:
            return []
        if not 0 <= here.id - there.id <= 1 or not self._holds_gov([title]):
            return []
        if here.id == there.id and (
            self._object_of(start, p) or fronted_name(self.t, p.start, start)
        ):
            return []  # "X a reçu l'ambassadeur", "Après avoir vu X, le ministre": another
        if self._mask is None:
            self._mask = role_mask(len(self.t.article.text), self.role_rows)
        if rival_title(self.t, self.gov, p, self._mask, start):
            return []  # "X a reçu le ministre chilien. Le ministre ...": the guest's title
        p_roles, _ = self.profile(p)
        experts = phrase_edges(vocab()["expert"])[0]
        for r in p_roles:
            if (self._holds_gov([r]) and not _same_office(r, title) and not _rank(r)) or any(
                w in experts for w in words(r)
            ):
                return []
        return [p]

    def _gender(self, p: Mention) -> str | None:
        """A person's grammatical gender as the text states it: the determiner of one of
        their titles ("le ministre X", "la ministre Y") or their civility ("M.", "Mme")."""
        t = self.t
        i = t.index_at(p.start)
        if i is not None and t.key(i - 1) in _CIVILITY:
            return _CIVILITY[t.key(i - 1)]
        for r in self.role_rows.get(p.key, []):
            k = t.index_at(r.start)
            if r.where == "title" and k is not None and t.key(k - 1) in _GENDER:
                return _GENDER[t.key(k - 1)]
        return None

    def _object_of(self, start: int, p: Mention) -> bool:
        """The description at ``start`` is a complement of the verb whose subject is ``p``
        ("X a reçu l'ambassadeur", "X s'est entretenu avec le ministre"): someone else."""
        d, n = self.t.token_at(start), self.t.token_at(p.start)
        while n.dep_ in ("flat:name", "flat") and n.head.i != n.i:
            n = n.head  # "M. X Y": the name's parts hang on its first word or civility
        if not n.dep_.startswith("nsubj") or d.dep_.startswith("nsubj"):
            return False
        verb = n.head
        return any(a.i == verb.i for a in d.ancestors)

    def _subject(self, start: int) -> bool:
        """The description at ``start`` is the subject of its clause ("le président X
        entame une visite"), so it may open a new thread of the story: its holder may be
        named after it even when other persons were named before (not an object: "Y ne
        rencontrera pas le Premier ministre X")."""
        return self.t.token_at(start).dep_.startswith("nsubj")

    def taken_up_by_civility(self, start: int, title: str, gender: str | None) -> Mention | None:
        """ "Le ministre a déclaré ... . M. X a ajouté": a person first named with a civility
        alone, in the sentence after a description no one named before holds, is its holder
        (not when their title, the civility's gender or a title between says otherwise)."""
        hi = bisect.bisect_left(self.starts, start)
        if hi >= len(self.persons):
            return None
        p = self.persons[hi]
        s_desc, s_p = self.t.sentence_id(start), self.t.sentence_id(p.start)
        if s_desc is None or s_p is None or s_p - s_desc != 1:
            return None
        if any(q.key == p.key for q in self.persons[:hi]):
            return None  # named before the description: the holder() rules decided
        i = self.t.index_at(p.start)
        civility = _CIVILITY.get(self.t.key(i - 1)) if i is not None else None
        bad = civility is None or (gender is not None and civility != gender)
        if bad or title_between(self.t, start, title, p.start):  # "... le consul. M. X"
            return None
        p_roles, _ = self.profile(p)
        if not all(_same_office(r, title) or _rank(r) for r in p_roles):
            return None
        return p

    def forget(self, key: str) -> None:
        """Drop the memoised profile of ``key`` (a role was just linked to them)."""
        self._profile.pop(key, None)

    def sole_holder(self, start: int, title: str, iso: str, gender: str | None) -> Mention | None:
        """The one person of the whole article, named before or after, who holds the
        office ``title`` of the state ``iso``: an article names one head of state of a
        country, one foreign minister. First among those who hold that office under some
        title and whose country is ``iso`` or unstated (stated, or known for a figure the
        text leaves unstated); failing that, among those of that country whose titles name
        no other office. None when no one, or several, may hold it. A person of unstated
        country named in the description's own sentence is someone else ("le président X a
        reçu le président gabonais")."""
        strong, weak = set(), set()
        by_key = {}
        sid = self.t.sentence_id(start)
        here = {p.key for p in self.persons if self.t.sentence_id(p.start) == sid}
        for p in self.persons:
            if gender is not None and self._gender(p) not in (None, gender):
                continue
            p_roles, p_iso = self.profile(p)
            country = p_iso or self.known(p)
            by_key[p.key] = p
            office = any(_same_office(r, title) for r in p_roles if r.split())
            if office and (country == iso or (country is None and p.key not in here)):
                strong.add(p.key)
            elif country == iso and all(_same_office(r, title) or _rank(r) for r in p_roles):
                weak.add(p.key)
        found = strong or weak
        return by_key[next(iter(found))] if len(found) == 1 else None

    def _unstated_holder(self, p: Mention, title: str, iso: str | None) -> bool:
        """``p`` may hold ``title``: no country stated for them, and no title of theirs
        names another office (a "président X" is not "le ministre français")."""
        p_roles, p_iso = self.profile(p)
        return (
            p_iso is None
            and self.known(p) in (None, iso)
            and all(_same_office(r, title) or _rank(r) for r in p_roles)
        )

    def named_after(self, start: int, title: str, iso: str) -> Mention | None:
        """The person :meth:`_next_holder` finds after ``start`` (a counterpart described
        before being named), if exactly one."""
        cands = self._next_holder(bisect.bisect_left(self.starts, start), start, title, iso)
        return cands[0] if len(cands) == 1 else None

    def _next_holder(self, hi: int, start: int, title: str, iso: str | None) -> list[Mention]:
        """The first person named after the description, in the three sentences after its
        own (one named in its sentence is someone else: "le président X a reçu Y"), who may
        hold it (their stated country, if any, is the description's)."""
        s_desc = self.t.sentence_id(start)
        for p in self.persons[hi:]:
            s_p = self.t.sentence_id(p.start)
            if s_p is None or s_desc is None or s_p - s_desc > _RECENT_SENTENCES:
                return []
            if s_p == s_desc:
                continue
            p_roles, p_iso = self.profile(p)
            if p_iso in (None, iso) and all(_same_office(r, title) or _rank(r) for r in p_roles):
                return [p]
        return []

    def _holds_gov(self, p_roles: list[str]) -> bool:
        """A governmental title among the roles: its first word, or its first words for a
        title of several ("secrétaire d'État américain")."""
        for r in p_roles:
            ws = words(r)
            if ws[:1] and ws[0].startswith(("chef", "minist")):
                return True
            if any(" ".join(ws[:n]) in self.gov for n in (1, 2, 3, 4)):
                return True
        return False


def _names_an_office(text: str) -> bool:
    """The role phrase starts (after modifiers) with a role noun of the lexicon."""
    v = vocab()
    ws = words(text)
    q = 0
    while q < len(ws) and ws[q] in v["modifiers"]:
        q += 1
    return any(" ".join(ws[q : q + n]) in v["roles"] for n in (1, 2, 3, 4))


def _rank(role: str) -> bool:
    """A military rank ("colonel", "général de brigade"), which names no office: the
    holder of a rank may hold any title."""
    ws = words(role)
    q = 0
    while q < len(ws) and ws[q] in vocab()["modifiers"]:
        q += 1
    return " ".join(ws[q:]) in vocab()["ranks"]


@derived  # asked for each person's titles against every description: quadratic in a long text
def _same_office(role: str, title: str) -> bool:
    """Two titles of one office: the same head word ("ministre", "ministre français"), or two
    names of the head of state ("président", "chef de l'État") or of the head of government
    ("Premier ministre", "chef du gouvernement")."""
    r, t = " ".join(words(role)), " ".join(words(title))
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
        if w in _PREP_ART or w in ("d", "des", "general", "generale") or country_of_adjective(w):
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
