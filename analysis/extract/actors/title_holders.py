"""Who holds a title: the named persons of an article, with the roles and country each holds.

A definite title without a name ("la cheffe de la diplomatie française", "le président") is
linked by :mod:`analysis.extract.actors.identity` to the person who holds it; this module
answers "who": among the persons named before it, the one whose stated titles name the same
office (:func:`analysis.extract.actors.offices.same_office`), or whose stated nationality
and governmental title fit; failing that, an unstated person of the sentences just before,
the person just named (a bare title) or the first named after, unless a pronoun taking
up the description meets them ("Elle fut accueillie par la chancelière X"). A gender stated by a
determiner or a civility rules a holder out.

Kept apart from :mod:`analysis.extract.actors.identity` (which finds the descriptions and
groups the mentions) because this is the state of one article's persons, asked once per
description: profiles memoised, persons sorted by offset and searched by bisection (linear
cost over a long article).
"""

from __future__ import annotations

import bisect

from analysis.extract.actors.civility_link import title_between
from analysis.extract.actors.counterparts import counterpart_owners, counterpart_roles
from analysis.extract.actors.finder import Finder
from analysis.extract.actors.fronted import fronted_name
from analysis.extract.actors.offices import names_an_office, other_office, rank, same_office
from analysis.extract.actors.records import Mention
from analysis.extract.actors.rival_titles import rival_title, role_mask
from analysis.extract.actors.roles import Role, governmental
from analysis.extract.actors.text import Text, phrase_edges
from analysis.extract.actors.vocab import known_person_country, vocab
from analysis.resources.gazetteer import country_of_adjective, fold, words

_RECENT_PERSONS = 40
# the gender a determiner or a civility states ("La ministre" is not "le ministre X")
GENDER = {"la": "f", "le": "m", "du": "m", "au": "m", "ce": "m", "cet": "m", "cette": "f"}
_CIVILITY = {"m": "m", "mme": "f", "mmes": "f", "mlle": "f"}
# a person whose country nothing states holds a description only named this close before it
RECENT_SENTENCES = 3
# the subject pronouns that take up someone named or described before ("Il a été reçu par")
_PRONOUNS = frozenset(("il", "elle"))
# the verbs whose "il" is impersonal ("il s'agit de X", "il y a"): no one is taken up
_IMPERSONAL = frozenset(("agir", "avoir", "falloir", "sembler", "paraître"))


def stated_country(t: Text, f: Finder, roles: list[Role]) -> str | None:
    """Country stated in roles: a nationality adjective, then a named country or city."""
    for r in roles:
        rng = t.words_in(r.start, r.end)
        if len(rng):
            iso, _ = f.country_inside(rng.start, rng.stop)
            if iso:
                return iso
    return None


class Holders:
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
        # "A a reçu son homologue français B": B holds A's office, and A is not French
        self.borrowed = counterpart_roles(t, mentions, role_rows)
        self.other_side = {
            key: {iso for n in nats if (iso := country_of_adjective(fold(n)))}
            for key, nats in counterpart_owners(t, mentions, role_rows).items()
        }
        # persons named in each sentence, by a full or a short name ("M. X")
        self.named_in: dict[int | None, set[str]] = {}
        for m in mentions:
            if m.type == "person" and m.kind in ("name", "short"):
                self.named_in.setdefault(t.sentence_id(m.start), set()).add(m.key)
        self._profile: dict[str, tuple[list[str], str | None]] = {}
        self._mask: bytearray | None = None  # the role phrases' characters, when asked

    def profile(self, p: Mention) -> tuple[list[str], str | None]:
        """(folded role texts, stated country) of a person (memoised); only the roles whose
        head is a title of the lexicon: "le rappeur X" names no office, so it neither
        confirms nor rules out that X holds one."""
        if p.key not in self._profile:
            rs = self.role_rows.get(p.key, []) + self.borrowed.get(p.key, [])
            self._profile[p.key] = (
                [fold(r.text) for r in rs if r.text and names_an_office(r.text)],
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
            if other_office(p_roles, title) or self._other_side(p, iso):
                continue  # "le chef de la diplomatie X" is not the president X named before
            same_head = any(same_office(r, title) for r in p_roles if r.split())
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
        here = self.named_in.get(sid, set())
        cands = [
            p
            for p in recent
            if 0 < sid - self.t.sentence_id(p.start) <= RECENT_SENTENCES
            and p.key not in here
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
            if (self._holds_gov([r]) and not same_office(r, title) and not rank(r)) or any(
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
            if r.where == "title" and k is not None and t.key(k - 1) in GENDER:
                return GENDER[t.key(k - 1)]
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
        if not all(same_office(r, title) or rank(r) for r in p_roles):
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
        country named in the description's own sentence, by a full or a short name, is
        someone else ("le président X a reçu le président gabonais"); so is one whose
        counterpart is of ``iso`` ("A a reçu son homologue français B. ... le ministre
        français": B)."""
        strong, weak = set(), set()
        by_key = {}
        here = self.named_in.get(self.t.sentence_id(start), set())
        for p in self.persons:
            if gender is not None and self._gender(p) not in (None, gender):
                continue
            if self._other_side(p, iso) or (p.start > start and self.met_by_pronoun(p)):
                continue
            p_roles, p_iso = self.profile(p)
            country = p_iso or self.known(p)
            by_key[p.key] = p
            office = any(same_office(r, title) for r in p_roles if r.split())
            if office and (country == iso or (country is None and p.key not in here)):
                strong.add(p.key)
            elif country == iso and all(same_office(r, title) or rank(r) for r in p_roles):
                weak.add(p.key)
        found = strong or weak
        return by_key[next(iter(found))] if len(found) == 1 else None

    def _unstated_holder(self, p: Mention, title: str, iso: str | None) -> bool:
        """``p`` may hold ``title``: no country stated for them, and no title of theirs
        names another office (a "président X" is not "le ministre français")."""
        p_roles, p_iso = self.profile(p)
        return (
            p_iso is None
            and not self._other_side(p, iso)
            and self.known(p) in (None, iso)
            and all(same_office(r, title) or rank(r) for r in p_roles)
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
            if s_p is None or s_desc is None or s_p - s_desc > RECENT_SENTENCES:
                return []
            if s_p == s_desc or self.met_by_pronoun(p):
                continue
            p_roles, p_iso = self.profile(p)
            if self._other_side(p, iso):
                continue
            if p_iso in (None, iso) and all(same_office(r, title) or rank(r) for r in p_roles):
                return [p]
        return []

    def met_by_pronoun(self, p: Mention) -> bool:
        """``p`` is a complement of a verb whose subject is "il" or "elle" ("Il a été
        accueilli par le président X", "Elle s'est entretenue avec la ministre Y"): the
        pronoun takes up someone named or described before, and ``p`` is the one they meet,
        not the holder of that earlier description."""
        tok = self.t.token_at(p.start)
        while tok.dep_ in ("flat", "flat:name", "fixed", "appos") and tok.head.i != tok.i:
            tok = tok.head  # "le président X": the name hangs on its title
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            if tok.dep_.startswith("nsubj"):
                return False
            tok = tok.head
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ in _IMPERSONAL:
            return False
        return any(c.dep_.startswith("nsubj") and c.lower_ in _PRONOUNS for c in tok.children)

    def _other_side(self, p: Mention, iso: str | None) -> bool:
        """``p`` has a counterpart of the state ``iso`` ("A a reçu son homologue français
        B"): a description of that state's office is not A's, whose counterpart is of
        another state by the word's meaning."""
        return iso is not None and iso in self.other_side.get(p.key, ())

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
