"""Visits as evidence of a country: a visitor is not of the state they visit, an official
met on a visit is of the visited state, and a person in a story of someone else's visit is
of the visited state too.

Why a module of its own: the visits of an article (a state or its capital after a visit
word, with its visitor) are found once and read by three of the country rules.
"""

from __future__ import annotations

import bisect

from analysis.document.article import Sentence
from analysis.extract.actors.records import Mention, Venue
from analysis.resources.gazetteer import capital_index, norm_key

# words that may open a sentence before a fronted visit word ("En visite à X, ...", "Lors de
# sa visite au Y, ...")
_FRONT_WORDS = frozenset(("en", "lors", "de", "d", "sa", "son", "leur", "une", "un", "sur"))


class VisitEvidence:
    """The visits of the article and what they say of a person's country (a mixin of
    :class:`~analysis.extract.actors.countries.Countries`, whose state it reads)."""

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
        return None if self._noun_complement(v) else v.country

    def _noun_complement(self, v: Venue) -> bool:
        """The place ``v`` completes a noun ("X a rappelé son ambassadeur à Y", "l'ambassade
        du X à Y"): it says where that thing is, not where the sentence's speaker stands; a
        place that frames a clause ("À Y, la porte-parole ...") hangs on a verb."""
        tok = self.t.token_at(v.start)
        while tok.dep_ in ("flat", "flat:name", "fixed") and tok.head is not tok:
            tok = tok.head
        return tok.dep_ == "nmod" and tok.head.pos_ == "NOUN"

    def _visited_by_other(self, key: str, m: Mention) -> str | None:
        """The state someone else visits first in the article, told before the person
        ``m`` is named or in their sentence: in a visit story the officials whose country
        nothing states are mostly the hosts' (a visit told only later, "Lors d'une visite à
        Y le mois dernier, X ...", is another episode, no frame for them). A visit whose
        visitor is not found counts when its sentence names no person."""
        sent = self.t.article.sentence_at(m.start)
        end = sent.end if sent is not None else m.end
        return next(
            (
                v.country
                for v, who in self._visits()
                if v.start < end and self._someone_else(key, v, who)
            ),
            None,
        )

    def _someone_else(self, key: str, v: Venue, visitor: str | None) -> bool:
        """The visit to ``v`` is made by someone else than ``key``: a visitor found who is
        not them, or no visitor found and no person named in the visit's sentence ("Le
        chef de l'État du X a effectué une visite au Y": a title not read as a person; a
        person named there may be the visitor, of the visited state or not)."""
        if visitor is not None:
            return visitor != key
        sent = self.t.article.sentence_at(v.start)
        if sent is None:
            return False
        lo = bisect.bisect_left(self.starts, sent.start)
        hi = bisect.bisect_left(self.starts, sent.end)
        return not any(m.type == "person" for m in self.mentions[lo:hi])

    def _named_in(self, key: str, sent: Sentence) -> bool:
        """The actor ``key`` is mentioned in the sentence ``sent``."""
        lo = bisect.bisect_left(self.starts, sent.start)
        hi = bisect.bisect_left(self.starts, sent.end)
        return any(m.key == key for m in self.mentions[lo:hi])

    def _fronted_visitor(self, w: int, i: int, persons: list[Mention]) -> str | None:
        """ "En visite à Dakar, le ministre X a ...", "Arrivé au Y, le président Z a ...":
        a visit phrase that opens its sentence and ends at a comma is said of the clause's
        subject, the person named right after that comma (a title of at most eight words
        and no verb between); None when the phrase does not open the sentence."""
        t = self.t
        k = w - 1
        while k >= 0 and t.same_sentence(k, w) and t.key(k) in _FRONT_WORDS:
            k -= 1
        if k >= 0 and t.same_sentence(k, w):
            return None  # the visit word is inside a clause, not fronted
        comma = next((c for c in range(i + 1, i + 8) if "," in t.gap(c)), None)
        if comma is None or not t.same_sentence(i, comma):
            return None
        after = next((p for p in persons if p.start >= t.ws[comma].start), None)
        if after is None:
            return None
        j = t.first_index_from(after.start)
        if j - comma > 8 or not t.same_sentence(comma, j):
            return None
        if any(self.f.pos(x) in ("VERB", "AUX") for x in range(comma, j)):
            return None  # "En visite à X, le ministre a reçu Y": Y is no visitor
        return after.key

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
        if not before or not t.same_sentence(t.first_index_from(before[-1].start), w):
            return self._fronted_visitor(w, i, persons)
        k = t.first_index_from(before[-1].start)
        # a date between them is no distance ("X a effectué les lundi 3 et mardi 4 mai une
        # visite à Y"): the parse of such a gap loses no visitor either
        dates = self.words["visit_date_words"]
        gap = sum(1 for j in range(k + 1, w) if t.key(j) in dates or t.key(j).isdigit())
        return before[-1].key if t.same_sentence(k, w) and w - k - gap <= 8 else None
