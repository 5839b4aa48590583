"""One identity per actor, and its type, name and country.

Mentions found by :mod:`analysis.extract.actors.mentions` carry an identity key: a person's
full name and surname share it, a state shares it with its capital used as government, its
periphrases and "le royaume". This module adds what needs the whole article:

* states only named as places are dropped ("le retrait des troupes du Mali");
* definite titles without a name ("la cheffe de la diplomatie française") are linked to the
  person who holds that title;
* the country of each actor, from the strongest evidence available: the knowledge base, a
  nationality stated in the name or the role ("le ministre israélien", "l'université de Tel
  Aviv"), the owner of a possessive title ("Son porte-parole"), the maker of a system, then
  the context (the states acting around a person, the place where an organisation acts), and
  last the country the article is mostly about.

Every lookup is indexed (bisect over sorted offsets, per-character owner maps), so the cost
stays linear in the article length.
"""

from __future__ import annotations

import bisect
from array import array
from collections import Counter, defaultdict

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.records import Mention, System
from analysis.extract.actors.roles import Role, governmental
from analysis.extract.actors.text import Text, is_punct, phrase_edges, quoted_mask
from analysis.extract.actors.vocab import vocab
from analysis.resources.gazetteer import fold, words

_DEFINITE = frozenset(("le", "la", "l", "du", "au"))
_PREP_ART = frozenset(("de", "la", "l", "des", "du"))
_RECENT_PERSONS = 40
# the gender a determiner or a civility states ("La ministre" is not "le ministre X")
_GENDER = {"la": "f", "le": "m", "du": "m", "au": "m"}
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


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans between French quotation marks « ... » (nested quotes stay inside)."""
    out, depth, opened = [], 0, 0
    for k, c in enumerate(text):
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
    heads = gov
    heads_first = phrase_edges(heads)[0]
    vague = vocab()["vague_titles"]
    for i, w in enumerate(ws):
        if w.key not in heads_first or w.key in vague or t.key(i - 1) not in _DEFINITE:
            continue
        if in_role[w.start]:
            continue
        j = _definite_title_end(t, f, i, heads)
        if j is None:
            continue
        iso = next((f.adj_end[k][1] for k in range(i, j) if k in f.adj_end), None)
        body = _body_in(t, f, i, j)
        if iso is None and body is None and not _starts_with(t, i, gov):
            continue  # "le chef" alone, "le patron": too vague without a body or a state
        title = " ".join(t.key(k) for k in range(i, j))
        gender = _GENDER.get(t.key(i - 1))  # "La ministre" is a woman
        ref = holders.holder(w.start, title, iso, named_body=body is not None, gender=gender)
        if ref is None:
            continue
        start, end = w.start, ws[j - 1].end
        role_rows[ref.key].append(Role(t.article.text[start:end], start, end, "description"))
        holders.forget(ref.key)  # the description now states their country
        out.append(Mention(start, end, "person", ref.key, ref.name, "description"))
        detached = _detached_role(t, i - 1)
        if detached is not None:
            role_rows[ref.key].append(detached)
    return out


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
        self._profile: dict[str, tuple[list[str], str | None]] = {}

    def profile(self, p: Mention) -> tuple[list[str], str | None]:
        """(folded role texts, stated country) of a person (memoised)."""
        if p.key not in self._profile:
            rs = self.role_rows.get(p.key, [])
            self._profile[p.key] = (
                [fold(r.text) for r in rs if r.text],
                stated_country(self.t, self.f, rs),
            )
        return self._profile[p.key]

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
        cands = []
        for p in recent:
            p_roles, p_iso = self.profile(p)
            same_head = any(_same_office(r, title) for r in p_roles if r.split())
            if (iso and p_iso == iso and (same_head or self._holds_gov(p_roles))) or (
                not iso and same_head
            ):
                cands.append(p)
        if not cands and stated:
            sid = self.t.sentence_id(start)
            cands = [
                p
                for p in recent
                if 0 < sid - self.t.sentence_id(p.start) <= _RECENT_SENTENCES
                and self._unstated_holder(p, title)
            ]  # not in its sentence: "X ne rencontrera pas le Premier ministre éthiopien"
        if not cands and stated and (hi == 0 or self._subject(start)):
            cands = self._next_holder(hi, start, title, iso)
        cands = [c for c in cands if self._gender(c) in (None, gender) or gender is None]
        if len({c.key for c in cands}) != 1:
            return None
        return cands[-1]

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

    def _subject(self, start: int) -> bool:
        """The description at ``start`` is the subject of its clause ("le président X
        entame une visite"), so it may open a new thread of the story: its holder may be
        named after it even when other persons were named before (not an object: "Y ne
        rencontrera pas le Premier ministre X")."""
        return self.t.token_at(start).dep_.startswith("nsubj")

    def forget(self, key: str) -> None:
        """Drop the memoised profile of ``key`` (a role was just linked to them)."""
        self._profile.pop(key, None)

    def _unstated_holder(self, p: Mention, title: str) -> bool:
        """``p`` may hold ``title``: no country stated for them, and no title of theirs
        names another office (a "président X" is not "le ministre français")."""
        p_roles, p_iso = self.profile(p)
        return p_iso is None and all(_same_office(r, title) for r in p_roles)

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
            if p_iso in (None, iso) and all(_same_office(r, title) for r in p_roles):
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


def _same_office(role: str, title: str) -> bool:
    """Two titles of one office: the same head word ("ministre", "ministre français"), or two
    names of the head of state ("président", "chef de l'État")."""
    r, t = " ".join(words(role)), " ".join(words(title))
    if r.split()[:1] and r.split()[0][:5] == t.split()[0][:5]:
        return True
    heads = vocab()["head_of_state"]
    return any(r.startswith(h) for h in heads) and any(t.startswith(h) for h in heads)


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


class Countries:
    """Decides the country of every actor of one article (see module docstring)."""

    def __init__(
        self,
        t: Text,
        f: Finder,
        mentions: list[Mention],
        role_rows: dict[str, list[Role]],
        systems: list[System],
    ) -> None:
        self.t, self.f, self.role_rows, self.systems = t, f, role_rows, systems
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        # states acting, and the offices of states ("la présidence algérienne"): both say
        # which state acts around a person or an organisation
        self.states = [
            m
            for m in self.mentions
            if (m.type == "state" and m.actor_position) or m.key.startswith("office:")
        ]
        self.state_starts = [m.start for m in self.states]
        self.anchors = [
            m
            for m in self.mentions
            if m.country
            and (
                (m.type == "state" and m.actor_position)
                or m.type == "group"
                or m.key.startswith("office:")
            )
        ]
        self.anchor_starts = [m.start for m in self.anchors]
        self.dominant = self._dominant()
        self.quoted = quoted_mask(t.article.text)
        self.host = self._host()
        self.supranational = vocab()["supranational_adjectives"]
        # Which person's role covers each character (index into person_keys, -1 if none).
        self.person_keys = [k for k in role_rows if k.startswith("person:")]
        self.person_index = {k: n for n, k in enumerate(self.person_keys)}
        self.role_owner = array("i", [-1]) * len(t.article.text)
        for n, k in enumerate(self.person_keys):
            for r in role_rows[k]:
                self.role_owner[r.start : r.end] = array("i", [n]) * (r.end - r.start)

    def _dominant(self) -> str | None:
        counts = Counter(m.country for m in self.states if m.country)
        if not counts:
            return None
        first: dict[str, int] = {}
        for m in self.states:
            first.setdefault(m.country, m.start)
        return max(counts, key=lambda c: (counts[c], -first[c]))

    def resolve(self, by_key: dict[str, list[Mention]], types: dict[str, str]) -> dict:
        """Country (ISO2 or None) of every actor key; persons first, so that an organisation
        named in a person's role can share that person's country."""
        out: dict[str, str | None] = {}
        for key in sorted(by_key, key=lambda k: types[k] != "person"):
            ms = by_key[key]
            iso = self.country(key, ms, types[key])
            if iso is UNKNOWN and types[key] != "person":
                iso = self._owner_country(ms, out)
            if iso is UNKNOWN and types[key] != "person":
                iso = self._context(ms)
            if iso is UNKNOWN:
                iso = self.host or self.dominant
            out[key] = iso
        return out

    def country(self, key: str, ms: list[Mention], typ: str) -> str | None | object:
        """The country an actor's mentions and roles state or imply; ``UNKNOWN`` when
        nothing does (None is a decision: an international body, an EU official)."""
        fixed = [m for m in ms if m.fixed_country]
        if fixed:
            return fixed[0].country
        stated = sorted((m for m in ms if m.country and m.strength >= 2), key=lambda m: -m.strength)
        if stated:
            return stated[0].country
        roles = [r for r in self.role_rows.get(key, []) if r.where != "description"]
        iso = self._from_roles(roles)
        if iso is not UNKNOWN:
            return iso
        if typ == "person":  # "le chef de la diplomatie algérienne", said of them later
            described = [r for r in self.role_rows.get(key, []) if r.where == "description"]
            iso = self._from_roles(described)
            if iso is not UNKNOWN:
                return iso
        if typ != "person" and any(self._supranational(m.start, m.end) for m in ms):
            return None
        if any(r.possessive for r in roles):
            iso = self._from_possessive(ms[0])
            if iso is not UNKNOWN:
                return iso
        return self._from_kind(key, ms, typ)

    def _from_kind(self, key: str, ms: list[Mention], typ: str) -> str | None | object:
        """A company takes the nationality of a system it makes; a person that of the
        states acting around them, else the article's main state."""
        if typ == "company":
            iso = next((c for m in ms if (c := self._maker_country(m))), None)
            if iso:
                return iso
        if typ == "person":
            iso = next((c for m in ms if (c := self._credit_country(m))), None)
            if iso:
                return iso
            taken = self._heads_of_state_elsewhere(key)
            guesses = (self._person_context(key, ms[0], taken), self.dominant, self.host)
            if self._official(key):  # "reçu par le Premier ministre X": the host's official
                guesses = (guesses[0], self.host, self.dominant)
            return next((g for g in guesses if g and g not in taken), UNKNOWN)
        return UNKNOWN

    def _official(self, key: str) -> bool:
        """The person holds a current governmental title of their own ("le Premier ministre
        X", not "l'ancien président X"): met in a visit story, such an official whose country
        nothing states is the host's rather than the most named state's."""
        gov = governmental()
        for r in self.role_rows.get(key, []):
            ws = words(r.text)
            if r.where == "description" or not ws or ws[0] in ("ancien", "ancienne", "ex"):
                continue
            if any(" ".join(ws[:n]) in gov for n in (1, 2, 3, 4)):
                return True
        return False

    def _credit_country(self, m: Mention) -> str | None:
        """ "(AFP/Jeanne Dupont)": a name joined by a slash to a medium is a credit, and the
        photographer or reporter works for that medium's country."""
        k = bisect.bisect_left(self.starts, m.start)
        text = self.t.article.text
        for n in (k - 1, k + 1):
            if 0 <= n < len(self.mentions) and self.mentions[n].type == "media":
                o = self.mentions[n]
                gap = text[o.end : m.start] if o.end <= m.start else text[m.end : o.start]
                if gap.strip() == "/" and o.country:
                    return o.country
        return None

    def _heads_of_state_elsewhere(self, key: str) -> set[str]:
        """ "le président X" beside "le président français Y": the countries whose head of
        state is another person of the article, which X, also a head of state, cannot be."""
        heads = vocab()["head_of_state"]

        def is_head(rs: list[Role]) -> bool:
            return any(" ".join(words(r.text)).startswith(h) for r in rs for h in heads)

        mine = [r for r in self.role_rows.get(key, []) if r.where != "description"]
        if not is_head(mine):
            return set()
        out = set()
        for other in self.person_keys:
            rs = self.role_rows[other]
            if other != key and is_head(rs):
                iso = stated_country(self.t, self.f, rs)
                if iso:
                    out.add(iso)
        return out

    def _from_roles(self, roles: list[Role]) -> str | None | object:
        """The country stated in the roles ("le ministre israélien"), else the country of
        an institution named in them ("présidente de la Commission européenne"), else None
        for a supranational role ("coordinateur européen")."""
        iso = stated_country(self.t, self.f, roles)
        if iso:
            return iso
        for r in roles:
            inst = self._institution_in(r)
            if inst is not None:
                return inst.country
            if self._supranational(r.start, r.end):
                return None
        for r in roles:  # "chef du Front X", "porte-parole du Kremlin": the body's country
            body = self._national_body_in(r)
            if body is not None:
                return body.country
        return UNKNOWN

    def _from_possessive(self, m: Mention) -> str | None | object:
        """ "Son porte-parole, X": the country of the actor named just before."""
        owner = self._possessive_owner(m)
        if owner is None:
            return UNKNOWN
        o_iso = self.country(owner.key, [owner], owner.type)
        if o_iso is UNKNOWN and owner.type != "person":
            o_iso = self._context([owner])
        return o_iso

    def _context(self, ms: list[Mention]) -> str | object:
        """Where a group or organisation acts: a place in its sentence or earlier in its
        paragraph, the nearest state or group in its sentence, the paragraph's main state."""
        for m in ms:
            iso = self.f.context_country(m.start)
            if iso:
                return iso
        m = ms[0]
        sent = self.t.article.sentence_at(m.start)
        if sent is not None:  # the nearest state or group of people in the sentence
            lo = bisect.bisect_left(self.anchor_starts, sent.start)
            hi = bisect.bisect_left(self.anchor_starts, sent.end)
            same = [
                a for a in self.anchors[lo:hi] if a.key != m.key and self.role_owner[a.start] == -1
            ]
            if same:
                return min(same, key=lambda a: abs(a.start - m.start)).country
        return self._paragraph_states(m) or UNKNOWN

    def _paragraph_states(self, m: Mention) -> str | None:
        """The country most present in the paragraph of ``m``: states acting and groups of
        people (first named on ties). Organisations are no evidence: a bilateral story sets
        companies of two countries side by side."""
        sent = self.t.article.sentence_at(m.start)
        if sent is None:
            return None
        para = self.t.article.paragraphs[sent.paragraph_id]
        lo = bisect.bisect_left(self.anchor_starts, para.start)
        hi = bisect.bisect_left(self.anchor_starts, para.end)
        in_para = [a for a in self.anchors[lo:hi] if a.key != m.key]
        if not in_para:
            return None
        counts = Counter(a.country for a in in_para)
        return max(in_para, key=lambda a: (counts[a.country], -a.start)).country

    def _host(self) -> str | None:
        """The country where the story happens: the first place named in the lede (the
        visit's venue), else the first place named in the article."""
        venues = self.f.venues
        if not venues:
            return None
        lede = next((p for p in self.t.article.paragraphs if p.kind != "heading"), None)
        in_lede = [v for v in venues if lede is not None and lede.start <= v.start < lede.end]
        return (in_lede or venues)[0].country

    def _institution_in(self, r: Role) -> Mention | None:
        """A knowledge-base organisation named in a role ("directeur général de l'AIEA")."""
        lo = bisect.bisect_left(self.starts, r.start)
        hi = bisect.bisect_left(self.starts, r.end)
        for m in self.mentions[lo:hi]:
            if m.fixed_country and m.type == "organisation" and m.country is None:
                return m
        return None

    def _national_body_in(self, r: Role) -> Mention | None:
        """A body of one country named in a role, its country known or stated ("chef du
        Front X", "porte-parole du Kremlin", "directeur de l'agence tchadienne Y")."""
        lo = bisect.bisect_left(self.starts, r.start)
        hi = bisect.bisect_left(self.starts, r.end)
        for m in self.mentions[lo:hi]:
            if m.type in ("organisation", "company", "media") and m.country:
                if m.fixed_country or m.strength >= 2:
                    return m
        return None

    def _supranational(self, start: int, end: int) -> bool:
        """A supranational adjective ("européen") and no national one in [start, end)."""
        words = self.t.words_in(start, end)
        hit = any(
            self.t.key(k) in self.supranational and self.t.key(k - 1) != "affaires" for k in words
        )  # "des Affaires européennes" is a portfolio, not an affiliation
        return hit and not any(k in self.f.adj_end for k in words)

    def _states_between(self, start: int, end: int, key: str) -> list[Mention]:
        lo = bisect.bisect_left(self.state_starts, start)
        hi = bisect.bisect_left(self.state_starts, end)
        me = self.person_index.get(key, -2)
        return [
            s for s in self.states[lo:hi] if self.role_owner[s.start] in (-1, me)
        ]  # a state in someone else's title describes that someone

    def _bodies_between(self, start: int, end: int, key: str) -> list[Mention]:
        """National organisations whose country is stated, in [start, end), outside the
        titles of other persons (a medium quoted as a source says nothing of them)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        me = self.person_index.get(key, -2)
        return [
            b
            for b in self.mentions[lo:hi]
            if b.type == "organisation"  # not a medium quoted as a source
            and b.country
            and (b.fixed_country or b.strength >= 2)
            and self.role_owner[b.start] in (-1, me)
        ]

    def _person_context(self, key: str, m: Mention, taken: set[str]) -> str | None:
        """The states acting in the person's sentence (nearest), then the national bodies of
        stated country in it, then the states of the paragraph (most named, first named on
        ties), then the place where things happen; never the country of
        their counterpart ("avec son homologue algérien"), nor, for a head of state, that of
        another head of state of the article."""
        sent = self.t.article.sentence_at(m.start)
        if sent is None:
            return None
        other = self._counterparts(sent.start, sent.end) | taken
        same = self._own_side(self._states_between(sent.start, sent.end, key), other, m)
        if same:
            return min(same, key=lambda s: abs(s.start - m.start)).country
        bodies = self._own_side(self._bodies_between(sent.start, sent.end, key), other, m)
        if bodies:  # "une réunion du Haut Conseil algérien présidé par le président X"
            return min(bodies, key=lambda s: abs(s.start - m.start)).country
        para = self.t.article.paragraphs[sent.paragraph_id]
        in_para = self._own_side(self._states_between(para.start, para.end, key), other, m)
        if in_para:
            counts = Counter(s.country for s in in_para)
            return max(in_para, key=lambda s: (counts[s.country], -s.start)).country
        v = self.f.context_venue(m.start)
        if v is None or self.f.visit_destination(v) or self._voiced_by_other(v.start, m):
            return None  # "le voyage à Moscou de l'ex-président X": where X went
        return v.country

    def _counterparts(self, start: int, end: int) -> set[str]:
        """Countries of the counterparts named in [start, end) ("son homologue algérien"),
        unless the phrase is a named person's title ("son homologue algérien, X": X's)."""
        counterpart = vocab()["counterpart_nouns"]
        return {
            self.f.adj_end[k + 1][1]
            for k in self.t.words_in(start, end)
            if self.t.key(k) in counterpart
            and k + 1 in self.f.adj_end
            and self.role_owner[self.t.ws[k].start] == -1
        }

    def _own_side(self, states: list[Mention], other: set[str], m: Mention) -> list[Mention]:
        """The states that may be a person's own: not a counterpart's, not a source ("selon
        la présidence X"). A state named in a quotation stays: a speaker often names their
        own (« le Sénégal veut ... »)."""
        return [s for s in states if s.country not in other and not self._source(s.start)]

    def _source(self, start: int) -> bool:
        """The phrase at ``start`` is the source of its sentence ("selon la présidence
        française"): it says who reports, not whose the persons around it are."""
        return self.t.after_source(self.t.first_index_from(start))

    def _voiced_by_other(self, start: int, m: Mention) -> bool:
        """The place named at ``start`` is not where the person ``m`` is: it stands in a
        quotation while ``m`` does not (« la guerre en Ukraine », said of a war)."""
        return bool(self.quoted[start]) and not self.quoted[m.start]

    def _possessive_owner(self, m: Mention) -> Mention | None:
        """ "Son porte-parole, X": the organisation (or person) named just before."""
        sent = self.t.article.sentence_at(m.start)
        if sent is None:
            return None
        lo = self.t.article.sentences[max(0, sent.id - 1)].start
        k = bisect.bisect_left(self.starts, m.start) - 1
        while k >= 0 and self.mentions[k].start >= lo:
            o = self.mentions[k]
            if o.key != m.key and o.type in ("organisation", "person"):
                return o
            k -= 1
        return None

    def _maker_country(self, m: Mention) -> str | None:
        """ "le système israélien X, de la société Y": Y takes the system's nationality."""
        for s in self.systems:
            if s.country and 0 <= m.start - s.end <= 40:
                between = fold(self.t.article.text[s.end : m.start])
                if between.replace(",", " ").split()[:1] in (["de"], ["d"], ["du"]):
                    return s.country
        return None

    def _owner_country(self, ms: list[Mention], known: dict[str, str | None]) -> object:
        """An organisation named inside a person's role ("professeure à l'université Y")
        shares that person's country when nothing else states it."""
        for m in ms:
            n = self.role_owner[m.start]
            if n >= 0 and known.get(self.person_keys[n]):
                return known[self.person_keys[n]]
        return UNKNOWN


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
