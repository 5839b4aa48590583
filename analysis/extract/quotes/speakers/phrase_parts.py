"""The parts of a noun phrase the naming rules read (a mixin of the speaker resolver).

Its head (past a quantity: "des dizaines de manifestants" is headed by "manifestants"), the
run of capitalised words that is its proper name, the name's text, whether a named entity
of the parser is usable, and the gender and number its words give it.

Kept apart from :mod:`.naming` (which chooses the name) because these are token-level
readings of the phrase, also asked by other rules through the resolver
(:meth:`PhraseParts.head_of`: :mod:`.coordination`, the stance targets and predicates).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers.base import ResolverBase, clean_name
from analysis.extract.quotes.words import (
    DE,
    QUANTITY_HEADS,
    STOP_WORDS,
)


class PhraseParts(ResolverBase):
    """Head, proper-name run, name text, gender and number of a noun phrase."""

    def head_of(self, i: int, j: int) -> Token:
        tv, lows = self._tv, self._tv.low
        pos = tv.pos
        for k in range(*slice(i, j).indices(len(pos))):  # the tokens of doc[i:j]
            if pos[k] in ("NOUN", "PROPN", "PRON") and lows[k] not in STOP_WORDS:
                return tv.tokens[k]
        return self.doc[i]

    def _skip_quantity(self, head: Token, j: int) -> Token:
        tv = self._tv
        pos, text = tv.pos, tv.text
        h = head.i
        if self._tv.low[h] in QUANTITY_HEADS or pos[h] == "NUM" or text[h] == "%":
            k = h + 1
            via_de = False  # "une partie des élus", not "la partie chilienne à la presse"
            while k < j and (pos[k] in ("ADP", "DET", "ADJ", "NUM") or text[k] == "%"):
                via_de = via_de or tv.low[k] in DE
                k += 1
            word_head = self._tv.low[h] in QUANTITY_HEADS
            if k < j and pos[k] in ("NOUN", "PROPN") and (via_de or not word_head):
                return tv.tokens[k]
        return head

    def _good_entity(self, ent: Span) -> bool:
        text = clean_name(ent.text)
        if not text or not text[:1].isupper():
            return False
        words = [norm(w) for w in text.split()]
        if all(w in self.c.speaker_nouns for w in words):
            # "a fait savoir le Président X": the tagger's person entity over a capitalised
            # title alone (house style of many outlets) is the title, the name comes after it
            return False
        return words[0] not in self.c.speaker_nouns or ent.label_ == "PER"

    def _proper_run(self, i: int, j: int, head: Token) -> tuple[int, int] | None:
        pos, text = self._tv.pos, self._tv.text
        n = len(pos)
        best = None
        k = i
        while k < j:
            t = k % n if k < 0 else k  # doc[k] (a negative index counts from the end)
            if pos[k] == "PROPN" and text[k][:1].isupper() and t != self.sent_start(t):
                a = k
                while k < j and (pos[k] == "PROPN" or (text[k][:1].isupper() and pos[k] != "DET")):
                    k += 1
                if best is None:
                    best = (a, k)
                continue
            k += 1
        return best

    def _name_text(self, head: Token, j: int) -> str:
        """Head + what follows it in the phrase, without determiners/leading adjectives, cut
        at a comma or a relative pronoun."""
        tv, lows = self._tv, self._tv.low
        pos = tv.pos
        h = head.i
        k = h + 1
        while k < j and tv.text[k] not in (",", ";", ":") and lows[k] not in STOP_WORDS:
            if pos[k] == "ADP" and lows[k] not in DE:
                break
            if pos[k] == "VERB" and k > h + 1 and self._participle_ends_name(k, j):
                break  # "le bureau de la présidence publié dans la nuit": not the name
            k += 1
        while k > h + 1 and (
            pos[k - 1] in ("ADP", "DET", "CCONJ", "PUNCT") or tv.text[k - 1].endswith(("'", "’"))
        ):
            k -= 1  # "ministre français n’a pas …": an elided clitic is not part of the name
        text = self.article.text[tv.idx[h] : tv.end[k - 1]]
        return clean_name(text.replace("«", "").replace("»", "").replace('"', ""))

    def _participle_ends_name(self, k: int, j: int) -> bool:
        """The participle at token k qualifies the phrase ("un communiqué du bureau de la
        présidence publié dans la nuit", "… rendu public mardi") rather than being part of
        a title ("ministre chargé des Affaires", "délégué à la Défense"): a complement other
        than "de" or "à", an adjective or an adverb follows it, or nothing."""
        tv = self._tv
        n = k + 1
        if n >= j or tv.punct[n] or tv.pos[n] in ("ADJ", "ADV"):
            return True
        return tv.pos[n] == "ADP" and tv.low[n] not in DE and tv.low[n] not in ("à", "au", "aux")

    def _gender_number(self, i: int, j: int, head: Token) -> tuple[str | None, bool]:
        tv = self._tv
        pos = tv.pos
        lows = tv.low
        feminine, masculine = self.c.feminine, self.c.masculine
        gender = None
        for w in lows[i:j]:
            if w in feminine:
                gender = "f"
                break
            if w in masculine:
                gender = "m"
                break
        h = head.i
        if gender is None:
            g = tv.morph(h, "Gender")
            det = lows[i] if pos[i] == "DET" and tv.head[i] == h else None
            if det is not None and det in ("la", "une", "cette"):
                gender = "f"
            elif det is not None and det in ("le", "un", "ce", "cet", "du", "au"):
                gender = "m"
            elif g and pos[h] != "PROPN":
                gender = "f" if g[0] == "Fem" else "m"
        plural = "Plur" in tv.morph(h, "Number") or lows[i] in ("les", "des", "ces")
        return gender, plural
