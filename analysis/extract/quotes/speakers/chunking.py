"""Noun phrases: the span of a noun phrase around its head, before a position or after a cue.

spaCy's French parse is often wrong on long appositions and inverted subjects, so the phrase is
rebuilt linearly around the parser's anchor: determiners and modifiers to the left, complements,
names in apposition and parenthesised acronyms to the right.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.quotes.speakers.base import Party, ResolverBase
from analysis.extract.quotes.words import (
    CASE_PREPS,
    DE,
    STOP_WORDS,
)


class NounPhrases(ResolverBase):
    """Noun phrases rebuilt linearly around a parser anchor: the phrase around a head, before a
    position, after a cue ("selon X")."""

    def chunk(self, head: Token, *, pps: bool = False, appos: bool = True) -> tuple[int, int]:
        """Token range [i, j) of the noun phrase around ``head``, rebuilt linearly.

        ``pps`` keeps prepositional complements the parser attaches inside the phrase
        ("discussion sur le statut"); ``appos`` keeps a comma-separated name after it
        ("le porte-parole, Orkhan Veliyev").
        """
        # token attributes read from per-Doc lists (chunk runs for every party of every step)
        tv = self._tv
        pos, text, lows, heads = tv.pos, tv.text, tv.low, tv.head
        lo, hi = self.sent_bounds(head)
        h = head.i
        i = h
        while i - 1 >= lo:
            tp = pos[i - 1]
            if i < h and pos[i] == "DET" and tv.alpha[i] and tv.dep[i] == "det":
                break  # the determiner opens the phrase ("l'hiver prochain | l'ouverture")
            if tp in ("DET", "ADJ", "NUM") or (
                tp in ("PROPN", "NOUN") and heads[i - 1] >= i - 1 and heads[i - 1] <= h + 3
            ):
                i -= 1
                continue
            if lows[i - 1] in ("tout", "tous", "toute", "toutes", "plus", "moins"):
                i -= 1
                continue
            break
        j = h + 1
        in_complement = False
        n = 0
        while j < hi and n < 30:
            n += 1
            tp = pos[j]
            low = lows[j]
            has_nxt = j + 1 < hi
            if tv.space[j]:
                j += 1
                continue
            if low in DE and has_nxt and self._name_ends(head, j, hi):
                break
            if (
                low in DE
                and has_nxt
                and (
                    pos[j + 1] in ("DET", "NOUN", "PROPN", "ADJ", "NUM")
                    or (text[j + 1] in ('"', "«", "“") and j + 2 < hi and pos[j + 2] != "PUNCT")
                )
            ):
                in_complement = True
                j += 1
                continue
            if tp in ("NOUN", "PROPN", "ADJ", "NUM", "X", "SYM") and low not in STOP_WORDS:
                j += 1
                continue
            if tp == "DET" and (in_complement or text[j - 1] in ("(",)):
                j += 1
                continue
            if tp == "DET" and text[j][:1].isupper() and has_nxt and pos[j + 1] == "PROPN":
                j += 1  # "le quotidien Le Soleil"
                continue
            # (the morphology last: it is the slow test)
            if tp == "VERB" and pps and heads[j] < j and "Part" in tv.morph(j, "VerbForm"):
                j += 1
                continue
            if (
                low in ("et", "ou")
                and has_nxt
                and (
                    (in_complement and pos[j + 1] in ("NOUN", "PROPN") and text[j + 1] != "et")
                    or self._inside_entity_at(tv.idx[j])
                )
            ):
                j += 1
                continue
            if low in ('"', "«", "»", "“", "”", "-", "–", "'", "’") and tp == "PUNCT":
                # quotation marks inside the phrase: keep going if the phrase goes on
                if has_nxt and (pos[j + 1] in ("NOUN", "ADJ", "PROPN", "ADP") or low in "«“"):
                    j += 1
                    continue
                if low in '"»”' and j > h:
                    j += 1
                    continue
                break
            if low == "(":
                k = j + 1
                while k < hi and text[k] != ")" and k - j < 12:
                    k += 1
                if k < hi and text[k] == ")":
                    j = k + 1
                    continue
                break
            if pps and tp == "ADP" and low in CASE_PREPS and has_nxt:
                obj_head = heads[heads[j]]
                if i <= obj_head < j or obj_head == h:
                    in_complement = True
                    j += 1
                    continue
            if appos and low == "," and has_nxt:
                k = self._appos_name_end(j + 1, hi)
                if k:
                    j = k
                    break
            break
        while (
            j > h + 1
            and pos[j - 1] in ("ADP", "CCONJ", "PUNCT", "DET")
            and (text[j - 1] not in (")", '"', "»", "”"))
        ):
            j -= 1
        return i, j

    def _name_ends(self, head: Token, j: int, hi: int) -> bool:
        """A proper name is not followed by a "de" complement in lower case ("Rabat du
        ministre ..."), unlike a compound name ("Corée du Sud")."""
        tv = self._tv
        pos, text = tv.pos, tv.text
        h = head.i
        if not (pos[h] == "PROPN" or (text[h][:1].isupper() and h != self.sent_start(h))):
            return False
        if text[h][:1].islower() or self._inside_mention_at(tv.idx[j]):
            return False
        k = j + 1
        contracted = self._tv.low[j] in ("du", "des")
        while k < hi and pos[k] == "DET":
            k += 1
            contracted = True
        return contracted and k < hi and text[k][:1].islower()

    def _appos_name_end(self, k: int, hi: int) -> int | None:
        """End of a name apposition starting at token k (", Orkhan Veliyev"), or None."""
        pos, text = self._tv.pos, self._tv.text
        start = k
        while k < hi and (
            pos[k] == "PROPN" or (text[k][:1].isupper() and pos[k] in ("NOUN", "ADJ", "X"))
        ):
            k += 1
        if k - start >= 1 and self._is_name_span(start, k):
            return k
        return None

    def _opens_clause(self, k: int, hi: int) -> bool:
        """Token k follows a name that is the subject of a new clause ("Selon X, Berlin
        espère ..."), not an apposition: a verb, a negation or a clitic comes next."""
        if k >= hi:
            return False
        return self._tv.pos[k] in ("VERB", "AUX") or self._tv.low[k] in (
            "ne",
            "n'",
            "se",
            "s'",
            "y",
            "en",
        )

    def _is_name_span(self, i: int, j: int) -> bool:
        text = self._tv.text
        s, e = self._tv.idx[i], self._tv.end[j - 1]
        if any(ent.label_ in ("PER", "ORG") for ent in self.ents_in(s, e)):
            return True
        if self.mentions_in(s, e):
            return True
        return j - i >= 2 and all(text[x][:1].isupper() for x in range(i, j))

    def np_before(self, k: int) -> Token | None:
        """Head of the noun phrase that ends right before token k (skipping one comma-enclosed
        apposition or relative clause)."""
        tv = self._tv
        pos, text, lows = tv.pos, tv.text, self._tv.low
        lo = self.sent_start(k) if k < len(pos) else self.sent_start(k - 1)
        j = k - 1
        if j >= lo and text[j] == ",":
            m = j - 1
            while m >= lo and text[m] != ",":
                m -= 1
            if m < lo:
                return None
            j = m - 1
        if j < lo or pos[j] not in ("NOUN", "PROPN", "ADJ", "NUM", "PUNCT"):
            return None
        if pos[j] == "PUNCT" and text[j] != ")":
            return None
        # walk left to the start of the phrase, then take its first noun as head
        i = j
        while i - 1 >= lo and (
            pos[i - 1] in ("NOUN", "PROPN", "ADJ", "DET", "NUM")
            or (pos[i - 1] == "X" and text[i - 1][:1].isupper())
            or lows[i - 1] in DE
            or text[i - 1] in ("(", ")", "-")
        ):
            i -= 1
        for x in range(*slice(i, j + 1).indices(len(pos))):  # the tokens of doc[i : j + 1]
            if pos[x] in ("NOUN", "PROPN"):
                return tv.tokens[x]
        return None

    def np_after(self, k: int, hi: int, *, until_comma: bool = True) -> tuple[int, int] | None:
        """The noun phrase that starts at token k (after "selon", after an inverted verb):
        tokens up to a comma, a quotation mark, a relative pronoun or the end."""
        tv = self._tv
        pos, text, lows = tv.pos, tv.text, tv.low
        skip = self.c.skip_after_verb
        while k < hi and (
            text[k] in ('"', "«", "“")
            or lows[k] in skip
            or pos[k] == "ADV"
            or (text[k].startswith("-") and pos[k] == "PRON")
        ):
            k += 1
        j = k
        while j < hi:
            w = lows[j]
            if w in (",", ";", ":", ".", "!", "?", "«", "»", '"', "“", "”", "(") and until_comma:
                if w == "(":
                    m = j + 1
                    while m < hi and text[m] != ")" and m - j < 10:
                        m += 1
                    if m < hi:
                        j = m + 1
                        continue
                if w == "," and j + 1 < hi:
                    e = self._appos_name_end(j + 1, hi)
                    if e and not self._opens_clause(e, hi):
                        j = e
                        continue
                break
            if w in STOP_WORDS or (pos[j] in ("VERB", "AUX") and "Fin" in tv.morph(j, "VerbForm")):
                break
            j += 1
        return (k, j) if j > k else None

    def np_parties(self, head: Token) -> list[Party]:
        """The phrase around ``head`` as one or more parties (coordination split)."""
        i, j = self.chunk(head)
        pieces = self.split_coordination(i, j)
        out = []
        for a, b in pieces:
            h = head if a <= head.i < b else None
            out.append(self.party(a, b, h))
        return out

    def np_party(self, head: Token) -> Party:
        parties = self.np_parties(head)
        return parties[0] if parties else Party(None, None, head.idx, head.idx, "unknown")
