"""The country of every actor of one article, from the strongest evidence available.

The knowledge base first, then a nationality stated in the name or the role ("le ministre
israélien", "l'université de Tel Aviv"; not a posting's or a place of detention's country:
"l'ambassadeur au Y", "détenu en Z"), in a description a bare title takes up ("un conseiller
du gouvernement du Y ... le conseiller, X"), in a plural nationality noun before a list of
names ("les deux X-iens A et B") or in the nationality a definite plural noun before a list
had earlier ("des otages x-iens ... les ex-otages, A et B"), the owner of a possessive
title ("Son porte-parole"), the maker of a system, then the context: for a monarch the one monarchy
named; for an official met on a visit, or in a story of someone else's visit, the visited
state; then, for any person, the article's protagonist (the first state it names acting),
then the states acting around them, named before them in their sentence (never a
counterpart's, a source's, a visited state for its visitor, nor another head of state's for
a head of state); for an organisation, the place where it acts; and last the country the
article is mostly about.

Every lookup is indexed (bisect over sorted offsets, per-character owner maps), so the cost
stays linear in the article length.

:class:`Countries` holds the article's indexes and the order of the rules; the rules live by
the evidence they read, as mixins over that state: :mod:`.offices` (roles, titles, owners,
postings, an international office, a national body named in a name's complement),
:mod:`.visits` (who visits whom), :mod:`.context` (the states acting around an actor),
:mod:`.lists` (a list of titled names after a nationality), :mod:`.parliament` (a deputy
of the one parliament the article names), :mod:`.outlet` (a national outlet's bodies).
"""

from __future__ import annotations

from array import array
from collections import Counter

from analysis.extract.actors.accompanied import accompanied_person
from analysis.extract.actors.binational import joint_body
from analysis.extract.actors.coordinated import coordinated_country, states_by_end
from analysis.extract.actors.counterpart_country import bare_counterpart, counterpart_owner
from analysis.extract.actors.counterparts import counterpart_owners
from analysis.extract.actors.countries.context import ContextEvidence
from analysis.extract.actors.countries.lists import ListEvidence
from analysis.extract.actors.countries.offices import OfficeEvidence
from analysis.extract.actors.countries.outlet import OutletEvidence
from analysis.extract.actors.countries.parliament import ParliamentEvidence
from analysis.extract.actors.countries.sides import SideEvidence
from analysis.extract.actors.countries.visits import VisitEvidence
from analysis.extract.actors.envoys import received_envoys
from analysis.extract.actors.finder import Finder
from analysis.extract.actors.home import home_official
from analysis.extract.actors.identity import UNKNOWN
from analysis.extract.actors.origins import apposed_origin
from analysis.extract.actors.records import Mention, System, Venue
from analysis.extract.actors.roles import Role
from analysis.extract.actors.text import Text, quoted_mask
from analysis.extract.actors.vocab import MISSING, known_person_country, vocab
from analysis.extract.actors.worldwide import stateless
from analysis.resources.gazetteer import countries, country_of_adjective, fold, word_set, words


class Countries(
    VisitEvidence,
    OfficeEvidence,
    ContextEvidence,
    ListEvidence,
    OutletEvidence,
    ParliamentEvidence,
    SideEvidence,
):
    """Decides the country of every actor of one article (see module docstring)."""

    def __init__(
        self,
        t: Text,
        f: Finder,
        mentions: list[Mention],
        role_rows: dict[str, list[Role]],
        systems: list[System],
        acting: list[Mention],
        described: dict[str, list[Role]] | None = None,
    ) -> None:
        self.t, self.f, self.role_rows, self.systems = t, f, role_rows, systems
        # "un conseiller du gouvernement du Y ... le conseiller, X": the description a bare
        # definite title takes up (:mod:`~analysis.extract.actors.antecedents`)
        self.described = described or {}
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
        self.by_end = states_by_end(self.mentions)
        self.other_sides = counterpart_owners(t, self.mentions, role_rows)
        self.dominant = self._dominant()
        self.quoted = quoted_mask(t.article.text)
        self.host = self._host()
        self._visit_pairs: list[tuple[Venue, str | None]] | None = None
        # countries of the states acting, in order (:mod:`.protagonist`)
        self.acting = [m.country for m in acting if m.country]
        self.supranational = vocab()["supranational_adjectives"]
        self.words = vocab()
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
                iso = self._abbreviated_body(ms)
            if iso is UNKNOWN and types[key] != "person":
                iso = self._owner_country(ms, out)
            if iso is UNKNOWN and types[key] == "organisation":
                iso = self._state_body(ms)
            if iso is UNKNOWN:
                iso = self._outlet_body(ms, types[key])
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
        if typ != "person" and any(joint_body(self.f, m.start, m.end) for m in ms):
            return None  # "la Mission multinationale ... en Haïti": where it acts, not whose
        if typ == "organisation" and self._bare_union_head(key, ms):
            return None
        stated = sorted((m for m in ms if m.country and m.strength >= 2), key=lambda m: -m.strength)
        if stated:
            return stated[0].country
        own = self._own_roles(key)  # "l'ambassadeur à Rome": Rome is the posting
        roles = [r for r in own if r.where != "description"]
        iso = self._from_roles(roles)
        if iso is not UNKNOWN:
            return iso
        iso = self._person_own(key, ms, own) if typ == "person" else self._body_of(ms, typ)
        if iso is not UNKNOWN:
            return iso
        if typ != "person" and any(
            self._supranational(m.start, m.end) or stateless(self.f, m.start, m.end) for m in ms
        ):
            return None
        if any(r.possessive and not bare_counterpart(r.text) for r in roles):
            iso = self._from_possessive(ms[0])
            if iso is not UNKNOWN and iso not in self._postings(key):  # not "au Liban"
                return iso
        return self._from_kind(key, ms, typ)

    def _bare_union_head(self, key: str, ms: list[Mention]) -> bool:
        """ "la Commission", "le Conseil de sécurité" alone (lexicon
        ``bare_international_heads``): the organ of a union of states, none of its members,
        unless the article names a body of that head with a country ("la Commission
        électorale du X ... la Commission", "le Conseil de sécurité nationale du Y")."""
        text = self.t.article.text
        forms = {fold(text[m.start : m.end]) for m in ms}
        if len(forms) != 1 or not forms <= self.words["bare_international_heads"]:
            return False
        head = words(forms.pop())
        return not any(
            o.key != key and o.country and words(o.name)[: len(head)] == head
            for o in self.mentions
            if o.type == "organisation"
        )

    def _person_own(self, key: str, ms: list[Mention], own: list[Role]) -> str | None | object:
        """What a person's own mentions say when their titles state no country: the one
        parliament the article names for a deputy, a stated origin, a description given
        later, the knowledge base; ``UNKNOWN`` when none does."""
        if iso := self._parliament(key):
            return iso  # "la députée X": of the parliament the article names
        if iso := apposed_origin(self.f, ms):
            return iso  # "X, un Sénégalais de 40 ans", "Y, originaire du Cameroun"
        if iso := self._demonym_list(ms):
            return iso  # "les deux Sénégalais A et B"
        if iso := self._taken_up_list(ms):
            return iso  # "des otages x-iens ... les quatre ex-otages, A, B et C"
        if iso := self._side(ms):
            return iso  # "la délégation malienne, conduite par X", "Côté malien, X"
        described = [r for r in own if r.where == "description"]
        iso = self._from_roles(described)  # "le chef de la diplomatie algérienne", later
        if iso is not UNKNOWN:
            return iso
        iso = self._from_roles(self.described.get(key, []))  # "un conseiller du Y ...", before
        if iso is not UNKNOWN:
            return iso
        iso = known_person_country(self._forms(ms))  # a well-known figure
        return UNKNOWN if iso is MISSING else iso

    def _body_of(self, ms: list[Mention], typ: str) -> str | object:
        """ "le Conseil présidentiel du X": an organisation or group that is part of a known
        national body named in its complement is of that body's state; else ``UNKNOWN``."""
        if typ not in ("organisation", "group"):
            return UNKNOWN
        iso = next((c for m in ms if (c := self._parent_body(m.start, m.end))), None)
        return iso or UNKNOWN

    def _from_kind(self, key: str, ms: list[Mention], typ: str) -> str | None | object:
        """A company takes the nationality of a system it makes; a person that of the
        states acting around them, else the article's main state."""
        if typ == "company":
            iso = next((c for m in ms if (c := self._maker_country(m))), None)
            if iso:
                return iso
        if typ == "person":
            iso = next((c for m in ms if (c := self._credit_country(m))), None)
            roles = self.role_rows.get(key, [])
            iso = iso or coordinated_country(self.t.article.text, *self.by_end, roles, ms)
            if iso:
                return iso
            taken = self._heads_of_state_elsewhere(key)
            if iso := self._monarchy(key, taken):
                return iso
            iso = self._apposed_group(ms) or self._accompanied(key, ms[0])
            if iso and iso not in taken:
                return iso
            taken |= self._visited(key) | self._postings(key) | self._hosts(key)
            taken |= self._counterpart_of(key) | self._guests(ms) | self._addressed(ms)
            if home := home_official(self, key, taken):  # a national outlet's own official
                return home
            body = self._body_in_sentence(key, ms[0], taken)
            before = self._state_before(key, ms[0], taken)
            first = self._protagonist(taken)
            pc = self._person_context(key, ms[0], taken)
            guesses = (body, before, first, pc, self.dominant, self.host)
            if self.official(key):  # "reçu par le Premier ministre X": the host's official
                here = self._where_they_speak(ms[0])
                guesses = (
                    self._met_on_visit(key, ms[0]),
                    here,
                    self._visited_by_other(key, ms[0]),
                    *guesses,
                )
            iso = next((g for g in guesses if g and g not in taken), UNKNOWN)
            return self._other_party(taken) if iso is UNKNOWN and taken else iso
        return UNKNOWN

    def _counterpart_of(self, key: str) -> set[str]:
        """The country of the person a bare "son homologue X" is the counterpart of, and
        the countries of the person's own counterparts ("A a reçu son homologue français
        B": A is not French)."""
        persons = [m for m in self.mentions if m.type == "person"]
        owner = counterpart_owner(self.t, persons, self.role_rows, key)
        iso = self.country(owner.key, [owner], "person") if owner is not None else None
        mine = {c for n in self.other_sides.get(key, ()) if (c := country_of_adjective(fold(n)))}
        return mine | ({iso} if isinstance(iso, str) else set())

    def _guests(self, ms: list[Mention]) -> set[str]:
        """The states of the envoys the person receives, summons or meets
        (:func:`~analysis.extract.actors.envoys.received_envoys`): not theirs."""

        def stated(i: int, j: int) -> str | None:
            return self.f.country_inside(i, j)[0]

        named = (m for m in ms if m.kind in ("name", "short"))
        return {iso for m in named if (iso := received_envoys(self.t, stated, m.start))}

    def _accompanied(self, key: str, m: Mention) -> str | None:
        """The country of the person an official accompanies (:mod:`.accompanied`)."""
        persons = [p for p in self.mentions if p.type == "person"]
        owner = accompanied_person(self.f, persons, self.role_rows, m, self._list_words())
        if owner is None or owner.key == key:
            return None
        iso = self.country(owner.key, [owner], "person")
        return iso if isinstance(iso, str) else None

    def _protagonist(self, taken: set[str]) -> str | None:
        """The first state the article names acting (:mod:`.protagonist`), not ruled out
        for the person, else the first state named at all: a spokesman, minister or deputy
        whose country the text never states is mostly the protagonist's, more often than
        that of a state named near them (mostly what they speak of: « l'attaque de la
        Russie », a réagi la ministre)."""
        free = (c for c in self.acting if c not in taken)
        return next(
            free,
            next((m.country for m in self.states if m.country and m.country not in taken), None),
        )

    def _monarchy(self, key: str, taken: set[str]) -> str | None:
        """ "le roi X", "Sa Majesté le Roi X", "l'émir Y": a monarch whose country the text
        does not state reigns over the one monarchy among the states the article names (a
        king in a story about France and Morocco is Morocco's), else among the countries it
        names in any form (a kingdom named only by its adjective: "le Premier ministre
        cambodgien"); None when there are none or several."""
        titles = word_set("actors_words", "monarch_titles")
        own = [r for r in self.role_rows.get(key, [])]
        if not any(" ".join(words(r.text)[:n]) in titles for r in own for n in (1, 2)):
            return None
        kingdoms = {
            m.country
            for m in self.states
            if m.country and m.country not in taken and countries()[m.country].monarchy
        }
        if not kingdoms:  # "le Premier ministre cambodgien ... la visite du roi X"
            kingdoms = {
                iso
                for iso in self.f.article_isos
                if iso in countries() and iso not in taken and countries()[iso].monarchy
            }
        return kingdoms.pop() if len(kingdoms) == 1 else None

    def _other_party(self, taken: set[str]) -> str | None:
        """A head of state whose country every clue gives to another head of state: the
        most named state acting in the article that is not theirs ("le président X" beside
        "le président sénégalais" in a story about Senegal and Mali is Mali's), else
        no country rather than one the text gives to someone else."""
        counts = Counter(m.country for m in self.states if m.country and m.country not in taken)
        return max(counts, key=lambda c: counts[c]) if counts else None

    def _forms(self, ms: list[Mention]) -> list[str]:
        """The written forms of a person: names and texts of their name mentions."""
        text = self.t.article.text
        named = [m for m in ms if m.kind in ("name", "short")]
        return [f for m in named for f in (m.name, text[m.start : m.end])]
