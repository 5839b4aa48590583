"""A country from the context, when nothing about the actor states one: the states acting
around a person in their sentence or paragraph (never a counterpart's, a source's, or the
state another speaker voices), the place where an organisation acts, the article's host.

Why a module of its own: these are the weakest readings, tried last, and they share the
indexes over the states acting (bisect over sorted offsets) built by
:class:`~analysis.extract.actors.countries.Countries`.
"""

from __future__ import annotations

import bisect
from collections import Counter

from spacy.tokens import Token

from analysis.extract.actors.identity import UNKNOWN
from analysis.extract.actors.protagonist import topic
from analysis.extract.actors.records import Mention
from analysis.extract.actors.vocab import vocab
from analysis.resources.gazetteer import fold

_ARTICLES = frozenset({"le", "la", "l", "les"})
# prepositions of an addressee ("demander à Y", "appeler au Y"): the case of an oblique state
_TO = frozenset({"à", "a", "au", "aux"})


def _name_head(tok: Token) -> Token:
    """The head word of the name ``tok`` belongs to ("Buenos" of "Buenos Aires")."""
    while tok.dep_ in ("flat", "flat:name", "fixed") and tok.head is not tok:
        tok = tok.head
    return tok


def _addressed_case(tok: Token) -> bool:
    """``tok`` is its verb's direct object, or a complement in "à" of it."""
    if tok.dep_ == "obj":
        return True
    if tok.dep_ not in ("obl", "obl:arg", "iobj", "obl:mod"):
        return False
    cases = [fold(c.text) for c in tok.children if c.dep_ == "case"]
    return not cases or cases[0] in _TO  # no case: an object the parser took for an oblique


def _governing_verbs(verb: Token) -> set[int]:
    """The verb and those that govern it through "de" + infinitive or coordination ("a
    décidé de critiquer Y", "a reçu X et a critiqué Y"): whose subject acts in it."""
    out = {verb.i}
    while verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
        if verb.dep_ == "conj" and any(c.dep_.startswith("nsubj") for c in verb.children):
            break
        verb = verb.head
        out.add(verb.i)
    return out


class ContextEvidence:
    """The country the states acting around an actor imply (a mixin of
    :class:`~analysis.extract.actors.countries.Countries`, whose state it reads)."""

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

    def _supranational(self, start: int, end: int) -> bool:
        """A supranational adjective ("européen") and no national one in [start, end)."""
        words = self.t.words_in(start, end)
        portfolios = vocab()["portfolios"]
        hit = any(
            self.t.key(k) in self.supranational and self.t.key(k - 1) not in portfolios
            for k in words
        )  # "des Affaires européennes", "de l'Intégration africaine": a portfolio, no scope
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

    def _state_before(self, key: str, m: Mention, taken: set[str]) -> str | None:
        """The state acting nearest before the person in their sentence, on their side (not
        a counterpart's, a source, a topic): "Le Niger ... le départ du dirigeant X", "la
        Namibie, dont le président X". Tried before the article's protagonist: a state
        named in the person's own clause says more of them than the first state of the
        story. Only a state that is a clause's subject ("le Y a ..., X ...") or that a title
        names ("la représentante du Y, X"): a state named as a thing's owner or object is
        mostly what the sentence is about. None when that state is coordinated with another
        ("entre X et Y", "X et Y ont signé"): two states are as near, nearness chooses
        neither."""
        sent = self.t.article.sentence_at(m.start)
        if sent is None:
            return None
        other = self._counterparts(sent.start, sent.end, key) | taken
        same = self._own_side(self._states_between(sent.start, m.start, key), other, m)
        if not same:
            return None
        near = max(same, key=lambda s: s.start)
        if self._coordinated_state(near) or not (self._subject(near) or self._represented(near)):
            return None
        return near.country

    def _addressed(self, ms: list[Mention]) -> set[str]:
        """The states a person's own act is aimed at: a state or its capital that is the
        object (or the "à" complement) of a verb of ``addressed_verbs`` whose subject is the
        person ("X a critiqué Y", "X a exhorté le Y à ...", "X a demandé à Y de ...", also
        through "a décidé de critiquer" and a coordinated verb). The other side of the act:
        never the person's own country when nothing of theirs states one. Unless the
        article names no other country: a story about one state alone ("le député X a
        dénoncé Z", Z the only state named) leaves the person to it."""
        out: set[str] = set()
        for m in ms:
            verb = self._subject_verb(m) if m.kind in ("name", "short") else None
            sent = self.t.article.sentence_at(m.start) if verb is not None else None
            if sent is None:
                continue
            lo = bisect.bisect_left(self.starts, sent.start)
            hi = bisect.bisect_left(self.starts, sent.end)
            out |= {s.country for s in self.mentions[lo:hi] if self._aimed_at(s, verb)}
        named = {m.country for m in self.mentions if m.country} | self.f.article_isos
        return out if named - out else set()

    def _aimed_at(self, s: Mention, verb: int) -> bool:
        """The state mention ``s`` is the object or "à" complement of an addressed verb
        that is the verb ``verb`` or governed by it."""
        if s.type != "state" or not s.country:
            return False
        tok = _name_head(self.t.token_at(s.start))
        if not _addressed_case(tok) or fold(tok.head.lemma_) not in self.words["addressed_verbs"]:
            return False
        return verb in _governing_verbs(tok.head)

    def _subject_verb(self, m: Mention) -> int | None:
        """Index of the verb whose subject is the name mention ``m``, if it is one."""
        tok = _name_head(self.t.token_at(m.start))
        if tok.dep_ == "appos" and tok.head is not tok:  # "le sénateur X a ...": the title's
            tok = tok.head
        return tok.head.i if tok.dep_.startswith("nsubj") and tok.head is not tok else None

    def _represented(self, s: Mention) -> bool:
        """The state mention ``s`` is the complement of a title ("la représentante des
        Îles X", "le délégué du Y"): the state someone speaks for, not a thing's owner
        ("l'ambassade de la Russie", "l'attaque du Y": what the sentence is about)."""
        t = self.t
        i = t.first_index_from(s.start)
        while i > 0 and t.key(i - 1) in _ARTICLES:
            i -= 1
        if i < 2 or t.key(i - 1) not in ("de", "des", "du", "d"):
            return False
        return t.key(i - 2) in vocab()["roles"]

    def _coordinated_state(self, s: Mention) -> bool:
        """The state mention ``s`` is joined by "et" / "ou" to another state named right
        before or after it ("entre le Chili et le Pérou")."""
        t = self.t
        i, j = t.first_index_from(s.start), t.first_index_from(s.end)
        while i > 0 and t.key(i - 1) in _ARTICLES:
            i -= 1
        for k, lo, hi in ((i - 1, i - 5, i - 1), (j, j + 1, j + 5)):
            if not (0 <= k < len(t.ws)) or t.key(k) not in ("et", "ou"):
                continue
            lo, hi = max(lo, 0), min(hi, len(t.ws) - 1)
            a = bisect.bisect_left(self.state_starts, t.ws[lo].start)
            b = bisect.bisect_right(self.state_starts, t.ws[hi].start)
            if any(o.key != s.key for o in self.states[a:b]):
                return True
        return False

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
