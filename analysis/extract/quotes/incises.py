"""Incises: an inverted speech verb after (or between) quotations or a reported clause —
"…", a-t-elle expliqué / …, estime X / …, croit savoir X — and the party it names."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from analysis.extract.cues import lemma_keys, norm, word_sequence_at
from analysis.extract.quotes.base import Attribution, QuoterBase
from analysis.extract.quotes.speakers import Party


class Incises(QuoterBase):
    """Inverted cue verbs and their subjects."""

    def incises(self, sent) -> list[tuple[int, Token, Attribution]]:
        """(group start index, verb, attribution) of inverted cue verbs in the sentence."""
        out = []
        tv = self._tv
        doc = tv.tokens  # list: no Token built per access
        idx, low, lem = tv.idx, self._low, self._tv.lemma_low
        in_quote, inv_second = self.res.in_quote, self._inv_second
        morph = self._tv.morph
        cands = self._incise_candidates
        lo = bisect.bisect_left(cands, sent.start)
        hi = bisect.bisect_left(cands, sent.end, lo)
        for i in cands[lo:hi]:
            # (the quote test after the cue tests: most words are no cue, and the speech cue
            # of a word is memoised for the other rules)
            cue, second = None, None
            if i + 1 < sent.end:
                nxt_words = (low[i + 1], lem[i + 1])
                # the pairs can only match when the next word is one of their second words
                if nxt_words[0] in inv_second or nxt_words[1] in inv_second:
                    keys = lemma_keys(doc[i], self.c)  # matches(t, {a}) is "a in keys"
                    for a, b in self.c.inverted_reporting:
                        if a in keys and b in nxt_words:
                            cue, second = f"{a} {b}", doc[i + 1]
                            break
            if cue is None:
                cue = self._speech_cue(i) or None  # is_speech(t, weak=True)
            if cue is None or in_quote(idx[i]):
                continue
            t = doc[i]
            form = morph(i, "VerbForm")
            if "Inf" in form or "Ger" in form or ("Part" in form and "Pres" in morph(i, "Tense")):
                continue
            g = self.res.verb_group_start(t)
            if g - 1 >= sent.start and norm(doc[g - 1].text) in ("en", "tout", "pour", "de", "à"):
                continue
            if any(
                ch.dep_ in ("nsubj", "nsubj:pass")
                and ch.i < t.i
                and not ch.text.startswith("-")
                and not self.res.in_quote(ch.idx)  # misparse: a word of the quote
                for ch in t.children
            ):
                continue  # "X, menée par Y, a critiqué ...": the subject comes first
            before = doc[g - 1] if g - 1 >= sent.start else None
            if before is None or before.text not in (",", "»", '"', "”", "—", "–", "("):
                continue
            after_i = (second or t).i + 1
            if after_i < sent.end and norm(doc[after_i].text) in ("que", "qu'", ":"):
                continue
            group = self.verb_group_tokens(t)
            pron = [x for x in group + list(doc[t.i + 1 : t.i + 3]) if x.text.startswith("-")]
            if pron:
                p = self.res.pronoun(pron[-1])
                party = p or Party(None, None, pron[-1].idx, pron[-1].idx, "unknown")
            else:
                rng = self.res.np_after(after_i, sent.end)
                if rng is None:
                    continue
                a, b = rng
                if doc[a].pos_ not in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"):
                    continue
                party = self.res.party(a, b)
                rest = [norm(x.text) for x in doc[b : sent.end]]
                for k in range(len(rest)):
                    if word_sequence_at(rest, k, self.c.anonymous):
                        party = Party(None, None, party.start, party.end, "anonymous")
                        break
            out.append((g, t, Attribution(party, cue, "incise")))
        return out
