"""Noun phrases: the span of a noun phrase around its head, before a position or after a cue.

spaCy's French parse is often wrong on long appositions and inverted subjects, so the phrase is
rebuilt linearly around the parser's anchor: determiners and modifiers to the left, complements,
names in apposition and parenthesised acronyms to the right.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from analysis.extract.quotes.speakers.base import Party, ResolverBase
from analysis.extract.quotes.words import (
    CASE_PREPS,
    DE,
    OCCASION_OPENERS,
    PHRASE_OPENERS,
    STOP_WORDS,
)
from analysis.resources.gazetteer import fold, word_set


@dataclass
class _Edge:
    """The right edge of a noun phrase being extended by :meth:`NounPhrases.chunk`."""

    head: Token
    start: int  # first token of the phrase
    hi: int  # end of the sentence
    pps: bool  # keep prepositional complements
    appos: bool  # keep a name in apposition
    j: int  # the token being looked at (the phrase is [start, j) so far)
    in_complement: bool = False  # inside a "de" / prepositional complement


class NounPhrases(ResolverBase):
    """Noun phrases rebuilt linearly around a parser anchor: the phrase around a head, before a
    position, after a cue ("selon X")."""

    def chunk(self, head: Token, *, pps: bool = False, appos: bool = True) -> tuple[int, int]:
        """Token range [i, j) of the noun phrase around ``head``, rebuilt linearly.

        ``pps`` keeps prepositional complements the parser attaches inside the phrase
        ("discussion sur le statut"); ``appos`` keeps a comma-separated name after it
        ("le porte-parole, Orkhan Veliyev").

        Memoised per Doc (the phrase is a function of the parse and the mentions alone; the
        quote and stance rules ask about the same heads).
        """
        key = (head.i, pps, appos)
        found = self._chunks.get(key)
        if found is None:
            found = self._chunks[key] = self._chunk(head, pps, appos)
        return found

    def _chunk(self, head: Token, pps: bool, appos: bool) -> tuple[int, int]:
        lo, hi = self.sent_bounds(head)
        i = self._phrase_start(head.i, lo)
        edge = _Edge(head=head, start=i, hi=hi, pps=pps, appos=appos, j=head.i + 1)
        for _ in range(30):  # a phrase is never longer: a runaway walk stops
            if edge.j >= hi:
                break
            j, goes_on = self._step_right(edge)
            edge.j = j
            if not goes_on:
                break
        return i, self._drop_trailing_function_words(head.i, edge.j)

    # ---- left edge

    def _phrase_start(self, h: int, lo: int) -> int:
        """First token of the phrase headed by token h: determiners, adjectives, numbers,
        quantifiers ("tous les") and nouns attached near the head, back to a determiner that
        opens the phrase ("l'hiver prochain | l'ouverture")."""
        tv = self._tv
        pos, heads = tv.pos, tv.head
        i = h
        while i - 1 >= lo:
            if i < h and pos[i] == "DET" and tv.alpha[i] and tv.dep[i] == "det":
                break  # the determiner opens the phrase
            tp = pos[i - 1]
            attached_noun = tp in ("PROPN", "NOUN") and i - 1 <= heads[i - 1] <= h + 3
            if tp in ("DET", "ADJ", "NUM") or attached_noun or tv.low[i - 1] in PHRASE_OPENERS:
                i -= 1
                continue
            break
        return i

    # ---- right edge: one rule per kind of word, tried in order by :meth:`_step_right`

    def _step_right(self, e: _Edge) -> tuple[int, bool]:
        """(next right edge, whether the phrase goes on) at token ``e.j``: the first rule that
        applies decides; a word no rule accepts ends the phrase."""
        if self._tv.space[e.j]:
            return e.j + 1, True
        for rule in _RIGHT_EDGE_RULES:
            step = rule(self, e)
            if step is not None:
                return step
        return e.j, False

    def _de_complement(self, e: _Edge) -> tuple[int, bool] | None:
        """ "de" + a noun phrase (or a quoted word) is a complement inside the phrase ("le
        ministre de la Défense"), except after a proper name ("Rabat du ministre ...")."""
        tv, j = self._tv, e.j
        if tv.low[j] not in DE or j + 1 >= e.hi:
            return None
        if self._name_ends(e.head, j, e.hi):
            return j, False
        pos, text = tv.pos, tv.text
        if pos[j + 1] in ("DET", "NOUN", "PROPN", "ADJ", "NUM") or (
            text[j + 1] in ('"', "«", "“") and j + 2 < e.hi and pos[j + 2] != "PUNCT"
        ):
            e.in_complement = True
            return j + 1, True
        return None

    def _phrase_word(self, e: _Edge) -> tuple[int, bool] | None:
        """A word that continues the phrase: a content word, a determiner inside a complement
        or after "(", a capitalised article of a name ("le quotidien Le Soleil"), a participle
        (with ``pps``), "et"/"ou" inside a complement or an entity."""
        tv, j = self._tv, e.j
        tp, low, text = tv.pos[j], tv.low[j], tv.text
        has_nxt = j + 1 < e.hi
        if tp in ("NOUN", "PROPN", "ADJ", "NUM", "X", "SYM") and low not in STOP_WORDS:
            return j + 1, True
        if tp == "DET" and (e.in_complement or text[j - 1] in ("(",)):
            return j + 1, True
        if tp == "DET" and text[j][:1].isupper() and has_nxt and tv.pos[j + 1] == "PROPN":
            return j + 1, True
        # (the morphology last: it is the slow test)
        if tp == "VERB" and e.pps and tv.head[j] < j and "Part" in tv.morph(j, "VerbForm"):
            return j + 1, True
        if low in ("et", "ou") and has_nxt and self._conjunction_inside(e):
            return j + 1, True
        return None

    def _weekday_after(self, j: int) -> bool:
        """Token j is a weekday that dates the clause, not a word of the phrase: "a déclaré le
        secrétaire général de l'Alliance mardi" names no "secrétaire général … mardi"
        (a day is never part of a title or a body's name). After "de / du" it heads its
        complement ("la réunion de mardi") and stays."""
        tv = self._tv
        return fold(tv.low[j]) in _weekdays() and j > 0 and tv.low[j - 1] not in DE

    def _conjunction_inside(self, e: _Edge) -> bool:
        """ "et"/"ou" at ``e.j`` joins two nouns of a complement, or is part of an entity."""
        tv, j = self._tv, e.j
        return (
            e.in_complement and tv.pos[j + 1] in ("NOUN", "PROPN") and tv.text[j + 1] != "et"
        ) or self._inside_entity_at(tv.idx[j])

    def _quotation_mark(self, e: _Edge) -> tuple[int, bool] | None:
        """A quotation mark or dash inside the phrase: kept when the phrase goes on after it
        (or when it closes a quoted word of the phrase), else the phrase ends there."""
        tv, j = self._tv, e.j
        low = tv.low[j]
        if low not in ('"', "«", "»", "“", "”", "-", "–", "'", "’") or tv.pos[j] != "PUNCT":
            return None
        if j + 1 < e.hi and (tv.pos[j + 1] in ("NOUN", "ADJ", "PROPN", "ADP") or low in "«“"):
            return j + 1, True
        if low in '"»”' and j > e.head.i:
            return j + 1, True
        return j, False

    def _parenthesis(self, e: _Edge) -> tuple[int, bool] | None:
        """A short parenthesis ("(Pastef)") belongs to the phrase; an unclosed one ends it."""
        tv, j = self._tv, e.j
        if tv.low[j] != "(":
            return None
        text, k = tv.text, j + 1
        while k < e.hi and text[k] != ")" and k - j < 12:
            k += 1
        if k < e.hi and text[k] == ")" and not self._credit(j, k):
            return k + 1, True
        return j, False

    def _credit(self, j: int, k: int) -> bool:
        """The parenthesis from token j to token k is a photo credit ("(AFP/Jean X)",
        "(Jean X/Reuters)"): an agency and a photographer joined by a slash, never part of
        the phrase before it (the photographer is no speaker)."""
        return any("/" in self._tv.text[m] for m in range(j + 1, k))

    def _case_complement(self, e: _Edge) -> tuple[int, bool] | None:
        """With ``pps``: a preposition whose object the parser attaches inside the phrase
        ("la discussion sur le statut")."""
        tv, j = self._tv, e.j
        if not (e.pps and tv.pos[j] == "ADP" and tv.low[j] in CASE_PREPS and j + 1 < e.hi):
            return None
        obj_head = tv.head[tv.head[j]]
        if e.start <= obj_head < j or obj_head == e.head.i:
            e.in_complement = True
            return j + 1, True
        return None

    def _name_apposition(self, e: _Edge) -> tuple[int, bool] | None:
        """With ``appos``: ", Orkhan Veliyev" after the phrase is its name; the phrase ends
        after it."""
        j = e.j
        if not (e.appos and self._tv.low[j] == "," and j + 1 < e.hi):
            return None
        k = self._appos_name_end(j + 1, e.hi)
        return (k, False) if k else None

    def _drop_trailing_function_words(self, h: int, j: int) -> int:
        """The right edge without trailing prepositions, conjunctions, punctuation and
        determiners (a closing parenthesis or quotation mark stays)."""
        pos, text = self._tv.pos, self._tv.text
        while (
            j > h + 1
            and pos[j - 1] in ("ADP", "CCONJ", "PUNCT", "DET")
            and (text[j - 1] not in (")", '"', "»", "”"))
        ):
            j -= 1
        return j

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
        pos, lows = tv.pos, tv.low
        k = self._skip_before_phrase(k, hi)
        j = k
        while j < hi:
            w = lows[j]
            if w in (",", ";", ":", ".", "!", "?", "«", "»", '"', "“", "”", "(") and until_comma:
                nxt = self._past_punctuation(j, hi)
                if nxt is None:
                    break
                j = nxt
                continue
            if w in STOP_WORDS or (pos[j] in ("VERB", "AUX") and "Fin" in tv.morph(j, "VerbForm")):
                break
            if j > k and (self._occasion_at(j, hi) or self._weekday_after(j)):
                break
            if j > k and w == "en" and j + 1 < hi and lows[j + 1].endswith("ant"):
                break  # "…, a déclaré la ministre en comparaissant avec Y": a gerund, not Y
            j += 1
        return (k, j) if j > k else None

    def _occasion_at(self, j: int, hi: int) -> bool:
        """Token j opens a phrase of time or occasion ("…, a déclaré le ministre X lors d'une
        rencontre avec Y", "au cours de", "en marge de": ``occasion_openers``), which names
        the moment, never the speaker."""
        lows = self._tv.low
        words = " ".join(lows[j : min(j + 3, hi)]).replace("’", "'").replace("' ", "'")
        return any(words == o or words.startswith(o + " ") for o in OCCASION_OPENERS)

    def _skip_before_phrase(self, k: int, hi: int) -> int:
        """The first token of a phrase at or after token k: opening quotation marks, adverbs,
        clitic pronouns ("-t-il") and the words of ``skip_after_verb`` ("toutefois") skipped."""
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
        return k

    def _past_punctuation(self, j: int, hi: int) -> int | None:
        """Where the phrase goes on after punctuation token j: past a short parenthesis, or
        past a comma and a name in apposition ("selon X, Orkhan Veliyev,"); None: it ends."""
        tv = self._tv
        w, text = tv.low[j], tv.text
        if w == "(":
            m = j + 1
            while m < hi and text[m] != ")" and m - j < 10:
                m += 1
            if m < hi and not self._credit(j, m):
                return m + 1
        if w == "," and j + 1 < hi:
            e = self._appos_name_end(j + 1, hi)
            if e and not self._opens_clause(e, hi):
                return e
        return None

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


# the rules of :meth:`NounPhrases._step_right`, in order: the first that applies decides
_RIGHT_EDGE_RULES: tuple[Callable[[NounPhrases, _Edge], tuple[int, bool] | None], ...] = (
    NounPhrases._de_complement,
    NounPhrases._phrase_word,
    NounPhrases._quotation_mark,
    NounPhrases._parenthesis,
    NounPhrases._case_complement,
    NounPhrases._name_apposition,
)


def _weekdays() -> frozenset[str]:
    """The days of the week (``time_fr.yaml``), folded."""
    return word_set("time_fr", "weekdays")
