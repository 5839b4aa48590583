"""A country from what an actor is or holds: its roles ("le ministre x-ien", a posting
abroad cut off: "l'ambassadeur de X à Y" says X), a head of state's office, a possessive
title's owner ("son porte-parole"), the maker of a system, the state of a body named in an
organisation's name, and the states an envoy is received by (not theirs).

Why a module of its own: these rules read the roles table and the mentions inside a role,
not the sentences around the actor (:mod:`~analysis.extract.actors.countries.context`).
"""

from __future__ import annotations

import bisect
import dataclasses

from analysis.extract.actors.envoys import hosted
from analysis.extract.actors.identity import UNKNOWN
from analysis.extract.actors.offices import office_family
from analysis.extract.actors.records import Mention
from analysis.extract.actors.roles import Role, governmental
from analysis.extract.actors.title_holders import stated_country
from analysis.extract.actors.vocab import vocab
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import countries, fold, lexicon, word_set, words


@derived
def _state_titles() -> dict[str, str]:
    """Folded titles of one state's offices -> that state (lexicon ``state_titles``)."""
    return {" ".join(words(k)): v for k, v in lexicon("actors_words")["state_titles"].items()}


@derived
def _abroad_titles() -> frozenset[str]:
    """Folded titles after which a country is where the person serves or is held (lexicon
    ``posting_titles`` and ``held_abroad_titles``)."""
    return word_set("actors_words", "posting_titles") | word_set(
        "actors_words", "held_abroad_titles"
    )


def state_title(text: str) -> str | None:
    """The state whose office the role ``text`` opens with ("pape", "nonce apostolique",
    "Guide suprême": lexicon ``state_titles``), past modifiers ("l'actuel pape"); None
    when it opens with no such title."""
    ws = words(text)
    q = 0
    while q < len(ws) and ws[q] in vocab()["modifiers"]:
        q += 1
    titles = _state_titles()
    return next(
        (titles[p] for n in (5, 4, 3, 2, 1) if (p := " ".join(ws[q : q + n])) in titles), None
    )


def international_office(text: str) -> bool:
    """The role ``text`` names an office of an international body without the body ("la
    haute représentante pour les relations extérieures", "l'ex-haut-commissaire aux droits
    de l'homme"): its holder speaks for no state (lexicon ``international_offices``)."""
    padded = f" {' '.join(words(text))} "
    return any(f" {o} " in padded for o in word_set("actors_words", "international_offices"))


class OfficeEvidence:
    """The country an actor's roles, titles and owners state (a mixin of
    :class:`~analysis.extract.actors.countries.Countries`, whose state it reads)."""

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
        posted abroad ("ambassadeur", "envoyé spécial", "représentant") or held there
        ("détenu en X", "otage au Y": where they are, not whose)."""
        t = self.t
        rng = t.words_in(r.start, r.end)
        titled = False
        titles = _abroad_titles()
        for k in rng:
            key = t.key(k)
            pair = f"{t.key(k - 1)} {key}"  # "haut-commissaire" is two words
            titled = titled or bool({key, pair} & titles)
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

    def official(self, key: str) -> bool:
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
        out = self._kingdoms_for_president(mine)
        for other in self.person_keys:
            rs = self.role_rows[other]
            if other != key and is_head(rs):
                iso = stated_country(self.t, self.f, rs)
                if iso:
                    out.add(iso)
        return out

    def _kingdoms_for_president(self, mine: list[Role]) -> set[str]:
        """ "le président X" in a story about Morocco and Ghana: a president heads a
        republic, so no monarchy the article names is the country of a person titled
        president of a state (the head of a kingdom is its king, emir or sultan; the head of
        its government a Prime minister or "président du gouvernement", no head of state)."""
        if any(office_family(r.text) == "head_of_government" for r in mine) or not any(
            words(r.text)[:1] in (["president"], ["presidente"]) and self._head_of_state(r)
            for r in mine
        ):
            return set()  # "le président du gouvernement X ... le président X": Spain's
        kingdoms = {iso for iso in self.f.article_isos if iso in countries()}
        return {iso for iso in kingdoms if countries()[iso].monarchy}

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
        """The country stated in the roles ("le ministre israélien"), else the state whose
        office a role names ("le pape"), else the country of an institution named in them
        ("présidente de la Commission européenne"), else None for a supranational role
        ("coordinateur européen")."""
        iso = stated_country(self.t, self.f, roles)
        iso = iso or next((c for r in roles if (c := state_title(r.text))), None)
        if iso:
            return iso
        for r in roles:
            inst = self._institution_in(r)
            if inst is not None:
                return inst.country
            if self._supranational(r.start, r.end) or international_office(r.text):
                return None
        for r in roles:  # "chef du Front X", "porte-parole du Kremlin": the body's country
            body = self._national_body_in(r) or self._bare_body_before(r)
            if body is not None:
                return body.country
        return next((c for r in roles if (c := self._parent_body(r.start, r.end))), UNKNOWN)

    def _parent_body(self, start: int, end: int) -> str | None:
        """ "le Conseil présidentiel du X", "membre du bureau politique du Y": a well-known
        organisation of one state (knowledge base) named in a "de" complement inside a name
        or a role gives its state: the part or member of a national body is that state's.
        Not the name's own first word (the body itself, decided before), nor a medium or a
        company ("le correspondant de ...": read by the roles' own mentions)."""
        t = self.t
        rng = t.words_in(start, end)
        for k in rng[1:]:
            hit = self.f.gaz.get(k)
            if hit is None or hit[1].kind != "institution" or hit[0] > rng.stop:
                continue
            inst = hit[1].ref
            if inst.country is None or inst.type not in ("organisation", "group"):
                continue
            b = k - 1
            if t.key(b) in ("la", "le", "l", "les"):
                b -= 1
            if b >= rng.start and t.key(b) in ("de", "du", "des", "d"):
                return inst.country
        return None

    def _abbreviated_body(self, ms: list[Mention]) -> str | object:
        """ "l'armée rwandaise (RDF)": an acronym in parentheses right after a body whose
        country is stated abbreviates that body and shares its country (the acronym of an
        army or an agency in its own language, not read as the same body); ``UNKNOWN``
        otherwise."""
        text = self.t.article.text
        for m in ms:
            if not text[m.start : m.end].isupper():
                continue
            k = bisect.bisect_left(self.starts, m.start) - 1
            o = self.mentions[k] if k >= 0 else None
            if o is None or o.key == m.key or text[o.end : m.start].strip() != "(":
                continue
            if o.type in ("organisation", "group") and o.country and o.strength >= 2:
                return o.country
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

    def _possessive_owner(self, m: Mention) -> Mention | None:
        """ "Son porte-parole, X": the organisation (or person) named just before; or the
        state subject of the possessive's own clause ("Le Y a répondu par la voix de son
        ministre X", "Le Y, par la voix de son porte-parole Z, a ..."), which owns it
        before a body named in an earlier sentence."""
        sent = self.t.article.sentence_at(m.start)
        if sent is None:
            return None
        lo = self.t.article.sentences[max(0, sent.id - 1)].start
        k = bisect.bisect_left(self.starts, m.start) - 1
        while k >= 0 and self.mentions[k].start >= lo:
            o = self.mentions[k]
            if o.key != m.key and o.type in ("organisation", "person"):
                return o
            if o.type == "state" and o.start >= sent.start and o.country and self._subject(o):
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
