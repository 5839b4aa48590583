"""The country of every actor of one article, from the strongest evidence available.

The knowledge base first, then a nationality stated in the name or the role ("le ministre
israélien", "l'université de Tel Aviv"), the owner of a possessive title ("Son
porte-parole"), the maker of a system, then the context: for a monarch the one monarchy
named; for an official met on a visit, or in a story of someone else's visit, the visited
state; then, for any person, the article's protagonist (the first state it names acting),
then the states acting around them, named before them in their sentence (never a
counterpart's, a source's, a visited state for its visitor, nor another head of state's for
a head of state); for an organisation, the place where it acts; and last the country the
article is mostly about.

Every lookup is indexed (bisect over sorted offsets, per-character owner maps), so the cost
stays linear in the article length.
"""

from __future__ import annotations

import bisect
import dataclasses
from array import array
from collections import Counter

from analysis.document.article import Sentence
from analysis.extract.actors.accompanied import accompanied_person
from analysis.extract.actors.apposed_plural import plural_adjective_before
from analysis.extract.actors.coordinated import coordinated_country, states_by_end
from analysis.extract.actors.counterpart_country import bare_counterpart, counterpart_owner
from analysis.extract.actors.envoys import hosted
from analysis.extract.actors.finder import Finder
from analysis.extract.actors.home import home_official
from analysis.extract.actors.identity import UNKNOWN, stated_country
from analysis.extract.actors.origins import apposed_origin
from analysis.extract.actors.protagonist import topic
from analysis.extract.actors.records import Mention, System, Venue
from analysis.extract.actors.roles import Role, governmental
from analysis.extract.actors.text import Text, quoted_mask
from analysis.extract.actors.vocab import MISSING, known_person_country, vocab
from analysis.extract.actors.worldwide import stateless
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import capital_index, countries, fold, norm_key, word_set, words


class Countries:
    """Decides the country of every actor of one article (see module docstring)."""

    def __init__(
        self,
        t: Text,
        f: Finder,
        mentions: list[Mention],
        role_rows: dict[str, list[Role]],
        systems: list[System],
        acting: list[Mention],
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
        self.by_end = states_by_end(self.mentions)
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
                iso = self._owner_country(ms, out)
            if iso is UNKNOWN and types[key] == "organisation":
                iso = self._state_body(ms)
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
        own = self._own_roles(key)  # "l'ambassadeur à Rome": Rome is the posting
        roles = [r for r in own if r.where != "description"]
        iso = self._from_roles(roles)
        if iso is not UNKNOWN:
            return iso
        if typ == "person" and (iso := apposed_origin(self.f, ms)):
            return iso  # "X, un Sénégalais de 40 ans", "Y, originaire du Cameroun"
        if typ == "person":  # "le chef de la diplomatie algérienne", said of them later
            described = [r for r in own if r.where == "description"]
            iso = self._from_roles(described)
            if iso is not UNKNOWN:
                return iso
        if typ == "person":  # a well-known figure whose country the text does not state
            iso = known_person_country(self._forms(ms))
            if iso is not MISSING:
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
            taken |= self._counterpart_of(key)
            if home := home_official(self, key, taken):  # a national outlet's own official
                return home
            body = self._body_in_sentence(key, ms[0], taken)
            first = self._protagonist(taken)
            pc = self._person_context(key, ms[0], taken)
            guesses = (body, first, pc, self.dominant, self.host)
            if self._official(key):  # "reçu par le Premier ministre X": the host's official
                here = self._where_they_speak(ms[0])
                guesses = (
                    self._met_on_visit(key, ms[0]),
                    here,
                    self._visited_by_other(key),
                    *guesses,
                )
            iso = next((g for g in guesses if g and g not in taken), UNKNOWN)
            return self._other_party(taken) if iso is UNKNOWN and taken else iso
        return UNKNOWN

    def _counterpart_of(self, key: str) -> set[str]:
        """The country of the person a bare "son homologue X" is the counterpart of."""
        persons = [m for m in self.mentions if m.type == "person"]
        owner = counterpart_owner(self.t, persons, self.role_rows, key)
        iso = self.country(owner.key, [owner], "person") if owner is not None else None
        return {iso} if isinstance(iso, str) else set()

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

    def _own_roles(self, key: str) -> list[Role]:
        """The person's roles without the postings they name ("l'ambassadeur de France au
        Mali" says France)."""
        return [self._posting(r)[0] for r in self.role_rows.get(key, [])]

    def _postings(self, key: str) -> set[str]:
        """The countries where a person serves ("l'ambassadeur à Rome", "en France"): not
        theirs."""
        return {iso for r in self.role_rows.get(key, []) if (iso := self._posting(r)[1])}

    def _posting(self, r: Role) -> tuple[Role, str | None]:
        """A role cut before its posting, and the posted country: a country or a capital
        after "à / au / aux / en / auprès de / pour" that follows a title of a person
        posted abroad ("ambassadeur", "envoyé spécial", "représentant")."""
        t = self.t
        rng = t.words_in(r.start, r.end)
        titled = False
        for k in rng:
            key = t.key(k)
            pair = f"{t.key(k - 1)} {key}"  # "haut-commissaire" is two words
            titled = titled or bool({key, pair} & word_set("actors_words", "posting_titles"))
            if not titled or key not in ("a", "au", "aux", "en", "aupres", "pour"):
                continue
            iso, _ = self.f.country_inside(k + 1, rng.stop)
            if iso:
                cut = t.ws[k].start
                text = t.article.text[r.start : cut].rstrip()
                return dataclasses.replace(r, end=r.start + len(text), text=text), iso
        return r, None

    def _hosts(self, key: str) -> set[str]:
        """The states that summon, expel, receive or meet the person as an envoy
        (:mod:`.envoys`): the states acting before them in that sentence, else the
        protagonist. Never the envoy's own."""
        out: set[str] = set()
        for start in hosted(self.t, self.role_rows.get(key, [])):
            sent = self.t.article.sentence_at(start)
            before = self._states_between(sent.start, start, key) if sent else []
            out |= {s.country for s in before if s.country} or set(self.acting[:1])
        return out

    def _apposed_group(self, ms: list[Mention]) -> str | None:
        """ "des responsables politiques italiens, le ministre A et le vice-Premier ministre
        B, ...": a person in a list of titled names set between commas after a plural noun
        with a nationality is of that nationality."""
        t = self.t
        for m in ms:
            if m.kind != "name":
                continue
            k = t.first_index_from(m.start)
            i, j = self._list_edge(k, -1), self._list_edge(t.first_index_from(m.end) - 1, 1)
            if i is None or j is None or "," not in t.gap(i):
                continue
            for _ in range(6):  # back over the earlier names of a comma list: ", A, B et C"
                iso = plural_adjective_before(self.f, i)  # "… hongrois d'extrême droite, A"
                if iso or not t.is_cap(i - 1):
                    break
                i = self._list_edge(i - 1, -1)
                if i is None or "," not in t.gap(i):
                    break
            if iso:
                return iso
        return None

    def _list_edge(self, k: int, step: int) -> int | None:
        """From word ``k``, the last word of the list of titled names around it in direction
        ``step`` (titles, names, "et", articles), when a comma (or the sentence's end, going
        forward) closes it; None when another kind of word comes first."""
        t, n = self.t, 0
        words_ok = self._list_words()
        while n < 20:
            nxt = k + step
            if step < 0 and "," in t.gap(k):
                return k
            if step > 0 and ("," in t.gap(nxt) or not t.same_sentence(k, nxt)):
                return k
            if not t.same_sentence(k, nxt):
                return None
            if not (t.is_cap(nxt) or t.key(nxt) in words_ok):
                return None
            k, n = nxt, n + 1
        return None

    def _list_words(self) -> frozenset[str]:
        """The lower-case words of a list of titled names (:func:`list_words`)."""
        return list_words()

    def _visited(self, key: str) -> set[str]:
        """The states a person visits ("X a effectué une visite à Ouagadougou", "la visite
        au Vietnam du Premier ministre Y", "X, en visite au Maroc"): a visitor is not of the
        state they visit. Only a state or its capital counts: a trip inside one's own
        country ("en tournée à Goma") goes to other towns."""
        return {v.country for v, visitor in self._visits() if visitor == key}

    def _visits(self) -> list[tuple[Venue, str | None]]:
        """Every visit to a state or its capital, with its visitor's key (computed once)."""
        if self._visit_pairs is None:
            t, pairs = self.t, []
            visit = self.words["visit_words"]
            for v in self.f.venues:
                i = t.index_at(v.start)
                if i is None or not self._national_venue(i):
                    continue
                lo = max(-1, i - 9)
                w = next((k for k in range(i - 1, lo, -1) if t.key(k) in visit), None)
                if w is not None and t.same_sentence(w, i):
                    pairs.append((v, self._visitor(w, i)))
            self._visit_pairs = pairs
        return self._visit_pairs

    def _met_on_visit(self, key: str, m: Mention) -> str | None:
        """ "Lors de la visite de X au Maroc, le ministre des Affaires étrangères, Y, a ...":
        an official whose country nothing states, in the sentence of someone else's visit
        or in a later sentence naming the visitor ("Reçu par Y, X a ..."), is the visited
        state's."""
        sent = self.t.article.sentence_at(m.start)
        if sent is None:
            return None
        for v, visitor in self._visits():
            if visitor is not None and visitor != key and sent.start <= v.start < sent.end:
                return v.country
        for v, visitor in self._visits():  # "Reçu ensuite par X, M. Y a ...": Y's hosts
            if visitor is not None and visitor != key and self._named_in(visitor, sent):
                return v.country
        return None

    def _where_they_speak(self, m: Mention) -> str | None:
        """ "À Pékin, la porte-parole du ministère, X, a ...": the country of a place named
        before the person in their own sentence, where they are (not where someone goes,
        nor a place inside a quotation they are not in; a place after them is mostly what
        they speak of: "a appelé à libérer les soldats détenus au Niger")."""
        sent = self.t.article.sentence_at(m.start)
        v = self.f.context_venue(m.start)
        if v is None or sent is None or not sent.start <= v.start < m.start:
            return None
        if self.f.visit_destination(v) or self._voiced_by_other(v.start, m):
            return None
        return v.country

    def _visited_by_other(self, key: str) -> str | None:
        """The state someone else visits first in the article: in a visit story the
        officials whose country nothing states are mostly the hosts'."""
        return next(
            (v.country for v, who in self._visits() if who is not None and who != key), None
        )

    def _named_in(self, key: str, sent: Sentence) -> bool:
        """The actor ``key`` is mentioned in the sentence ``sent``."""
        lo = bisect.bisect_left(self.starts, sent.start)
        hi = bisect.bisect_left(self.starts, sent.end)
        return any(m.key == key for m in self.mentions[lo:hi])

    def _national_venue(self, i: int) -> bool:
        """Word ``i`` opens the name of a country or of a capital."""
        hit = self.f.gaz.get(i)
        if hit is not None and hit[1].kind in ("country", "capital"):
            return True
        return norm_key(self.t.ws[i].text) in capital_index()

    def _visitor(self, w: int, i: int) -> str | None:
        """Who makes the visit named by word ``w`` to the venue at word ``i``: a person
        named between them ("la visite de X au Maroc"), else one joined to the venue by "de"
        ("la visite au Vietnam du Premier ministre Y"), else the person named last, and
        closely, before the visit word ("X a effectué mardi une visite à Y")."""
        t = self.t
        persons = [m for m in self.mentions if m.type == "person"]
        inside = [p for p in persons if t.ws[w].start < p.start < t.ws[i].start]
        if inside:  # "la visite d'État de X au Maroc"
            return inside[-1].key
        after = next((p for p in persons if p.start > t.ws[i].start), None)
        if after is not None and t.same_sentence(i, t.first_index_from(after.start)):
            rng = t.words_in(t.ws[i].end, after.start)
            k = rng.start
            while k < rng.stop and t.is_cap(k):
                k += 1  # the rest of the venue's name ("Burkina Faso")
            if t.key(k) in ("de", "du", "d", "des") and rng.stop - k <= 4:
                return after.key
        before = [p for p in persons if p.start < t.ws[w].start]
        if not before:
            return None
        k = t.first_index_from(before[-1].start)
        return before[-1].key if t.same_sentence(k, w) and w - k <= 8 else None

    def _monarchy(self, key: str, taken: set[str]) -> str | None:
        """ "le roi X", "Sa Majesté le Roi X", "l'émir Y": a monarch whose country the text
        does not state reigns over the one monarchy among the states the article names (a
        king in a story about France and Morocco is Morocco's); None when there are none or
        several."""
        titles = word_set("actors_words", "monarch_titles")
        own = [r for r in self.role_rows.get(key, [])]
        if not any(" ".join(words(r.text)[:n]) in titles for r in own for n in (1, 2)):
            return None
        kingdoms = {
            m.country
            for m in self.states
            if m.country and m.country not in taken and countries()[m.country].monarchy
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

        def is_head(rs: list[Role]) -> bool:
            return any(self._head_of_state(r) for r in rs)

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

    def _head_of_state(self, r: Role) -> bool:
        """ "le président X", "le président malien", "le président de la République" or "du
        Mali" name a head of state; "le président de l'Assemblée nationale", "du Sénat" or
        "de la Commission" the head of a body, which a state's head of state does not rule
        out (a visit meets both)."""
        rng = self.t.words_in(r.start, r.end)
        keys = [self.t.key(k) for k in rng]
        for h in vocab()["head_of_state"]:
            n = len(h.split())
            if " ".join(keys[:n]) != h:
                continue
            if keys[n : n + 1] not in (["de"], ["du"], ["des"], ["d"]):
                return True
            k = rng.start + n + 1
            while k < rng.stop and self.t.key(k) in ("la", "le", "l", "les"):
                k += 1
            if k >= rng.stop or self.t.key(k) in vocab()["title_complements"]:
                return True
            hit = self.f.gaz.get(k)
            return hit is not None and hit[1].kind == "country"
        return False

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
            body = self._national_body_in(r) or self._bare_body_before(r)
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

    def _state_body(self, ms: list[Mention]) -> str | object:
        """A body that speaks for a state ("le ministère des Affaires étrangères"), named
        without its state, is of the state subject of a clause before it in its sentence,
        the nearest ("L'Inde a protesté auprès de Y, a déclaré le ministère"), not of the
        places or states it speaks of; ``UNKNOWN`` when none ("Selon le ministère de la
        Défense, X a frappé Y" may be Y's)."""
        heads = word_set("actors_words", "state_body_heads")
        for m in ms:
            first = words(m.name)[:1]
            if not first or first[0] not in heads:
                return UNKNOWN
            sent = self.t.article.sentence_at(m.start)
            if sent is None:
                continue
            lo = bisect.bisect_left(self.state_starts, sent.start)
            hi = bisect.bisect_left(self.state_starts, sent.end)
            subjects = [
                s
                for s in self.states[lo:hi]
                if s.country
                and s.start < m.start
                and s.key != m.key
                and not self.quoted[s.start]
                and self._subject(s)
            ]
            if subjects:
                return subjects[-1].country
        return UNKNOWN

    def _subject(self, m: Mention) -> bool:
        """The mention ``m`` is (inside the name that is) the subject of a clause."""
        tok = self.t.token_at(m.start)
        while tok.dep_ in ("flat", "flat:name", "fixed") and tok.head is not tok:
            tok = tok.head
        return tok.dep_.startswith("nsubj")

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

    def _bare_body_before(self, r: Role) -> Mention | None:
        """ "le porte-parole du ministère, X": a role ending on a bare head noun names the
        last body of that head named before it with its country stated ("le ministère
        pakistanais des Affaires étrangères"), whose country is then the person's."""
        t = self.t
        words = t.words_in(r.start, r.end)
        if len(words) < 3 or t.key(words[-2]) not in ("du", "de", "la", "l", "des"):
            return None
        head = t.key(words[-1])
        k = bisect.bisect_left(self.starts, r.start) - 1
        while k >= 0:
            m = self.mentions[k]
            k -= 1
            if m.type != "organisation" or not m.country or m.end > r.start:
                continue
            if m.strength >= 2 or m.fixed_country:
                if t.key(t.first_index_from(m.start)) == head:
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
        """The states acting in the person's sentence before them (nearest: a state named
        after a person is mostly what they act on or speak of, "X a accusé le Tchad", "X, à
        qui le Bénin a accordé l'asile"), then the national bodies of
        stated country in it, then the states of the paragraph (most named, first named on
        ties), then the place where things happen; never the country of
        their counterpart ("avec son homologue algérien"), nor, for a head of state, that of
        another head of state of the article."""
        sent = self.t.article.sentence_at(m.start)
        if sent is None:
            return None
        other = self._counterparts(sent.start, sent.end, key) | taken
        same = self._own_side(self._states_between(sent.start, m.start, key), other, m)
        if same:
            return min(same, key=lambda s: abs(s.start - m.start)).country
        body = self._body_in_sentence(key, m, taken)
        if body:
            return body
        para = self.t.article.paragraphs[sent.paragraph_id]
        in_para = self._own_side(self._states_between(para.start, para.end, key), other, m)
        if in_para:
            counts = Counter(s.country for s in in_para)
            return max(in_para, key=lambda s: (counts[s.country], -s.start)).country
        v = self.f.context_venue(m.start)
        if v is None or self.f.visit_destination(v) or self._voiced_by_other(v.start, m):
            return None  # "le voyage à Moscou de l'ex-président X": where X went
        return v.country

    def _body_in_sentence(self, key: str, m: Mention, taken: set[str]) -> str | None:
        """The national body of stated country nearest the person in their sentence ("une
        réunion du Haut Conseil algérien présidée par le président X"): where they sit."""
        sent = self.t.article.sentence_at(m.start)
        if sent is None:
            return None
        other = self._counterparts(sent.start, sent.end, key) | taken
        bodies = self._own_side(self._bodies_between(sent.start, sent.end, key), other, m)
        return min(bodies, key=lambda s: abs(s.start - m.start)).country if bodies else None

    def _counterparts(self, start: int, end: int, key: str) -> set[str]:
        """Countries of the counterparts named in [start, end) ("son homologue algérien"),
        unless the phrase is the person's own title ("son homologue algérien, X": X's)."""
        counterpart = vocab()["counterpart_nouns"]
        me = self.person_index.get(key, -2)
        return {
            self.f.adj_end[k + 1][1]
            for k in self.t.words_in(start, end)
            if self.t.key(k) in counterpart
            and k + 1 in self.f.adj_end
            and self.role_owner[self.t.ws[k].start] != me
        }

    def _own_side(self, states: list[Mention], other: set[str], m: Mention) -> list[Mention]:
        """The states that may be a person's own: not a counterpart's, not a source ("selon
        la présidence X"). A state named in a quotation stays: a speaker often names their
        own (« le Sénégal veut ... »). Nor a state the sentence is about or dealt with ("à
        propos de l'Iran", "contre la Russie"): the other side or a topic."""
        return [
            s
            for s in states
            if s.country not in other and not self._source(s.start) and not self._topic(s.start)
        ]

    def _topic(self, start: int) -> bool:
        """The phrase at ``start`` follows a preposition of topic or partner
        (:func:`.protagonist.topic`)."""
        return topic(self.t, start)

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


@derived
def list_words() -> frozenset[str]:
    """The lower-case words of a list of titled names: role words, articles, "et" (once per
    lexicon: the role words are hundreds, and lists are looked for around many mentions)."""
    roles = {w for r in vocab()["roles"] for w in r.split()}
    return frozenset(roles | {"et", "le", "la", "l", "les", "de", "du", "des", "d", "vice"})
