"""Attribution phrases: "selon X", "d'après X", "aux yeux de X" (and "pour X" / "côté X" when
X is identifiable), found linearly in a sentence or as a complement in the parse."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import norm, word_sequence_at
from analysis.extract.quotes.base import Attribution, QuoterBase
from analysis.extract.quotes.relatives import RELATIVES, relative_antecedent
from analysis.extract.quotes.speakers import Party
from analysis.extract.quotes.words import POSSESSED_WORDS, POSSESSIVE_DETERMINERS


class SelonPhrases(QuoterBase):
    """ "selon X" phrases and the party they name."""

    def selon_phrases(self, sent) -> list[tuple[int, int, tuple[int, int], Attribution]]:
        """(first token, token after the phrase, NP range, attribution) of each "selon X",
        "d'après X", "aux yeux de X" (and "pour X" / "côté X" when X is identifiable)."""
        doc = self._tv.tokens
        idx = self._tv.idx
        words = self._low[sent.start : sent.end]
        first = self._prep_first
        out = []
        k = 0
        while k < len(words):
            # a word that opens no phrase: nothing to find here (cheapest test first)
            if words[k] not in first or self.res.in_quote(idx[sent.start + k]):
                k += 1
                continue
            n = word_sequence_at(words, k, self.c.attribution_preps)
            weak = False
            if not n:
                n = word_sequence_at(words, k, self.c.weak_preps)
                weak = bool(n)
            if not n:
                k += 1
                continue
            if not weak and k + n < len(words) and words[k + n] in RELATIVES:
                # "X, selon laquelle …": the antecedent speaks (none: no "selon" phrase)
                party = relative_antecedent(self, sent.start + k, sent.start)
                if party is not None:
                    cue = " ".join(words[k : k + n])
                    at = sent.start + k + n
                    out.append(
                        (sent.start + k, at + 1, (at, at + 1), Attribution(party, cue, "selon"))
                    )
                k += n + 1
                continue
            rng = self.res.np_after(sent.start + k + n, sent.end)
            if rng is None:
                k += n
                continue
            a, b = self._holder_range(rng, sent) if weak else rng
            head = doc[a]
            if weak and not ((b >= sent.end or doc[b].text == ",") and head.pos_ != "VERB"):
                k += n  # "pour X" frames a view only when a comma (or the end) closes X
                continue
            party = self.res.party(a, b)
            if not weak:
                party = self._possessive_owner(a, b, sent) or party
            if weak:
                first_ok = (
                    self._titled_person(party)
                    or (k == 0 and self._body(party))
                    or (
                        doc[a].pos_ in ("DET", "PROPN", "PRON", "NOUN")
                        and norm(doc[a].text) not in ("sa", "son", "ses", "leur", "leurs", "cela")
                        and (doc[a].pos_ != "NOUN" or doc[a].text[:1].isupper())
                    )
                )
                if not (party.identified and first_ok):
                    k += n
                    continue
            cue = " ".join(words[k : k + n])
            out.append((sent.start + k, b, (a, b), Attribution(party, cue, "selon")))
            k = b - sent.start
        return out

    def _holder_range(self, rng: tuple[int, int], sent) -> tuple[int, int]:
        """ "Et pour le ministre, Paul X, A et B sont …": a phrase after a weak "pour" read on
        past the apposition into the clause (no comma closes it) ends at its last comma, where
        the view's holder ends and the clause's subject begins."""
        doc = self._tv.tokens
        if rng[1] >= sent.end or doc[rng[1]].text == ",":
            return rng
        commas = [x for x in range(rng[0] + 1, rng[1]) if doc[x].text == ","]
        return (rng[0], commas[-1]) if commas else rng

    def _possessive_owner(self, a: int, b: int, sent) -> Party | None:
        """ "…, a-t-il répondu, précisant que « … », selon ses termes": a possessive and a noun
        of one's own words (``possessive_words`` of the grammar lexicon) name the speaker of
        the sentence's incise before it, else the possessive's owner resolved like "selon
        lui" (the noun phrase itself names nobody: the last body named would be taken)."""
        low = self._low
        if b - a != 2 or low[a] not in POSSESSIVE_DETERMINERS or low[a + 1] not in POSSESSED_WORDS:
            return None
        named = [
            att.party
            for g, _v, att in self.incises(sent)  # type: ignore[attr-defined]
            if g < a and att.party is not None and att.party.identified
        ]
        if named:
            return named[-1]
        return self.res.possessor(self._tv.tokens[a])

    def _titled_person(self, party: Party) -> bool:
        """ "Pour le président X, …", "pour la ministre Y, …": a title naming a person actor
        frames an opinion like "selon" (a lowercase noun otherwise opens a purpose or
        beneficiary phrase: "pour le développement, …")."""
        aid = party.actor_id
        return aid is not None and party.kind == "actor" and self.res.actor_type(aid) == "person"

    def _body(self, party: Party) -> bool:
        """ "Pour le gouvernement camerounais, …", "Pour la diplomatie ostrienne, …" opening a
        sentence: a common noun naming a state or an organisation of the article frames its
        view like "selon" (inside a sentence "pour le gouvernement" is more often a
        beneficiary)."""
        aid = party.actor_id
        return (
            aid is not None
            and party.kind == "actor"
            and self.res.actor_type(aid) in ("state", "organisation")
        )

    def _is_selon_child(self, ch: Token) -> bool:
        return ch.dep_ in ("obl", "obl:mod", "nmod", "obl:arg") and self._is_selon_np(ch)

    def _is_selon_np(self, t: Token) -> bool:
        if not self._has_selon:  # no "selon" in the article: no child can be one
            return False
        low = self._low
        return any(c.dep_ == "case" and low[c.i] in ("selon",) and c.i < t.i for c in t.children)

    def _selon_party(self, np_head: Token) -> Party | None:
        if self.res.in_quote(np_head.idx):
            return None
        lo, hi = self.res.sent_bounds(np_head)
        pos = self._tv.pos
        k = np_head.i
        while k > lo and pos[k - 1] == "DET":
            k -= 1
        rng = self.res.np_after(k, hi)
        if rng is None:
            return None
        return self.res.party(*rng)
