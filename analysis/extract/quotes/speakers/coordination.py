"""Coordinated parties: "X et Y" / "X ainsi que Y" split into one party each, the left conjunct
the parser missed, and "les deux dirigeants" read as the two latest actors of the kind."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers.base import Party, ResolverBase
from analysis.extract.quotes.words import (
    DE,
    QUANTITY_HEADS,
    TWO_WORD_CLASSES,
)


class Coordination(ResolverBase):
    """ "X et Y" split into conjuncts, and "les deux X" read as the two latest actors."""

    def split_coordination(self, i: int, j: int) -> list[tuple[int, int]]:
        """Split "X et Y" / "X ainsi que Y" into conjuncts when the right side starts a new
        phrase (determiner or proper name) and the conjunction is not inside a name."""
        cuts = []
        k = i + 1
        while k < j - 1:
            size = self._conjunction_size(k, j)
            if size == 1 and self._quantified_conjunct(i, k, j):
                # "des milliers de petits agriculteurs et de représentants autochtones"
                cuts.append((k, k + 1))
                k += 1
                continue
            if size and self._new_conjunct(k, size, j):
                cuts.append((k, k + size))
                k += size
                continue
            k += 1
        if not cuts:
            return [(i, j)]
        out, a = [], i
        for c0, c1 in cuts:
            out.append((a, c0))
            a = c1
        out.append((a, j))
        return [(x, y) for x, y in out if y > x]

    def _conjunction_size(self, k: int, j: int) -> int:
        """Number of tokens of the conjunction at token k: 1 for "et"/"ou", 2 for "ainsi que"
        (or "de" + "que") and ", et"; 0 if none."""
        lows = self._tv.low
        w = lows[k]
        if w in ("et", "ou") and self._tv.pos[k] == "CCONJ":
            return 1
        if w in ("ainsi", "de") and k + 1 < j and lows[k + 1] == "que":
            return 2
        if w == "," and k + 1 < j and lows[k + 1] in ("et",):
            return 2
        return 0

    def _new_conjunct(self, k: int, size: int, j: int) -> bool:
        """The conjunction at k (``size`` tokens) opens a new party: the next word starts a
        phrase (a determiner, or a proper name after a proper name), the conjunction is inside
        no entity or mention, and neither side is a "de" complement."""
        tv = self._tv
        pos, lows = tv.pos, tv.low
        n = k + size  # the token after the conjunction, if inside the phrase
        return (
            n < j
            and not self._inside_entity_at(tv.idx[k])
            and not self._inside_mention_at(tv.idx[k])
            and (pos[n] == "DET" or (pos[n] == "PROPN" and size == 1 and pos[k - 1] == "PROPN"))
            and lows[k - 1] not in DE
            and lows[n] not in DE
        )

    def _quantified_conjunct(self, i: int, k: int, j: int) -> bool:
        """ "Q de A et de B": "et" at k coordinates two "de" complements of a quantity noun."""
        tv, lows = self._tv, self._tv.low
        if k + 2 >= j or lows[k + 1] not in ("de", "d'") or self._inside_mention_at(tv.idx[k]):
            return False
        if tv.pos[k + 2] not in ("NOUN", "ADJ"):
            return False
        return any(
            (lows[x] in QUANTITY_HEADS or tv.text[x] == "%") and lows[x + 1] in DE
            for x in range(i, k - 1)
        )

    def coordinated_start(self, i: int) -> int:
        """Start of "X et Y" when the subject phrase found starts at Y (doc[i]): the parser
        often makes X the root and Y the subject ("Le groupe X et la société Y ont conclu").
        Only when X opens its clause (nothing but an adverbial phrase and a comma before it),
        so that an object of an earlier verb is never taken for a co-subject."""
        tv = self._tv
        pos, text = tv.pos, tv.text
        lo = self.sent_start(i)
        if i - 2 < lo or tv.low[i - 1] not in ("et",) or pos[i] != "DET":
            return i
        own = self.head_of(i, min(len(pos), i + 8)).i
        own_head = tv.head[own]
        if tv.dep[own] == "conj" and own_head < i and pos[own_head] in ("NOUN", "PROPN"):
            h = tv.tokens[own_head]  # the parser saw the coordination
        else:
            h = self.np_before(i - 1)
        if h is None:
            return i
        a, _b = self.chunk(h, appos=False)
        a = min(a, h.i)
        while a > lo and text[a - 1] in ("(",):
            a -= 1
        if a > lo and text[a - 1] != ",":
            return i
        if any(
            pos[x] in ("VERB", "AUX") and "Fin" in tv.morph(x, "VerbForm")
            for x in range(*slice(lo, a).indices(len(pos)))  # the tokens of doc[lo:a]
        ):
            return i
        return a

    def pair(self, head: Token) -> list[Party]:
        """ "les deux dirigeants / pays / ministres": the two most recent distinct actors of
        the matching type before ``head`` (persons for people nouns, others for countries)."""
        doc = self.doc
        if head.i < 2:
            return []
        prev = norm(doc[head.i - 2].text) + " " + norm(doc[head.i - 1].text)
        if prev not in TWO_WORD_CLASSES:
            return []
        want_person = norm(head.text) in self.c.roles or norm(head.lemma_) in self.c.roles
        seen: list[str] = []
        k = bisect.bisect_left(self._m_starts, head.idx) - 1
        while k >= 0 and len(seen) < 2 and head.idx - self._m[k][0] < 3000:
            aid = self._m[k][2]
            t = self.actor_type(aid)
            if aid not in seen and ((t == "person") == want_person) and t not in ("media",):
                if want_person or t in ("state", "organisation", "company", "group"):
                    seen.append(aid)
            k -= 1
        if len(seen) < 2 or len({self.actor_type(a) for a in seen}) > 1:
            # two of a kind only: "les deux parties" after a state and the body whose envoy
            # speaks are not that state and that body (no guess rather than a wrong pair)
            return []
        return [self.actor_party(a, head.idx, head.idx + len(head), None, False) for a in seen]
