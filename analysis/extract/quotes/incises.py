"""Incises: an inverted speech verb after (or between) quotations or a reported clause —
"…", a-t-elle expliqué / …, estime X / …, croit savoir X — and the party it names."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from analysis.extract.cues import lemma_keys, norm, word_sequence_at
from analysis.extract.quotes.appositive_relatives import (
    RELATIVE_SUBJECTS,
    clause_close,
    opens_subject_relative,
)
from analysis.extract.quotes.base import Attribution, QuoterBase, finite_spelling
from analysis.extract.quotes.speakers import Party
from analysis.extract.quotes.words import NOT_INCISE_AFTER

# prepositions read as such even when the tagger tags them otherwise ("en" as a pronoun)
_PLACE_PREPOSITIONS = frozenset(("à", "au", "aux", "en", "dans", "vers", "chez", "sur"))


def _preposition(tv, k: int) -> bool:
    """Token k is a preposition (a name right after it is its object)."""
    return tv.pos[k] == "ADP" or tv.low[k] in _PLACE_PREPOSITIONS


def _past_institution(tv, k: int, hi: int) -> int:
    """The token after a capitalised body noun and its lower-case adjectives ("devant
    l'Assemblée nationale", "devant le Parlement") when a determiner follows it (the inverted
    subject starts there: "…, a déclaré devant le Parlement le ministre X"); else k."""
    j = k + 1
    while j < hi and tv.pos[j] == "ADJ" and tv.text[j].islower():
        j += 1
    return j if j < hi and tv.pos[j] == "DET" else k


class Incises(QuoterBase):
    """Inverted cue verbs and their subjects."""

    def incises(self, sent) -> list[tuple[int, Token, Attribution]]:
        """(group start index, verb, attribution) of inverted cue verbs in the sentence: a
        speech cue (or a two-word cue, "croit savoir") in a finite form, right after a comma,
        a closing quotation mark or a dash, and its inverted subject."""
        out = []
        doc, idx = self._tv.tokens, self._tv.idx  # lists: no Token built per access
        cands = self._incise_candidates
        lo = bisect.bisect_left(cands, sent.start)
        hi = bisect.bisect_left(cands, sent.end, lo)
        for i in cands[lo:hi]:
            # (the quote test after the cue tests: most words are no cue, and the speech cue
            # of a word is memoised for the other rules)
            cue, second = self._incise_cue(i, sent)
            if cue is None or self.res.in_quote(idx[i]) or not self._finite(i):
                continue
            t = doc[i]
            g = self.res.verb_group_start(t)
            if g == i and self._bare_past_participle(i) and not self.clitic_after(i):
                continue  # "le traité, conclu en 2002, …": an adjective, not a speech verb
            if self._on_reading(i) and i - 2 >= sent.start and self._on_clitic(i - 1):
                g = self.res.verb_group_start(doc[i - 2])  # "…, peut-on lire dans …"
            if not self._after_a_break(t, g, sent) or self._main_verb_after_relative(g, sent):
                continue
            after_i = (second or t).i + 1
            if after_i < sent.end and norm(doc[after_i].text) in ("que", "qu'", ":"):
                continue  # "…, a-t-il dit que …" / "…, a-t-il déclaré : …" introduce, not close
            if self._asks_to_act(after_i, sent):
                continue  # "X, poursuit-il, demande à Y de …": a main verb, not an incise
            party = self._inverted_subject(t, after_i, sent)
            if party is not None:
                out.append((g, t, Attribution(party, cue, "incise")))
        return out

    def _main_verb_after_relative(self, g: int, sent) -> bool:
        """ "Le ministre X, qui estime que A, a protesté contre Y": the verb group at g
        follows the comma that closes a relative clause set off after the sentence's
        subject; it is that subject's main verb, not an incise whose speaker follows
        (:mod:`.appositive_relatives`)."""
        tv = self._tv
        if g - 1 <= sent.start or tv.text[g - 1] != ",":
            return False
        for r in range(sent.start + 1, g - 1):
            if (
                tv.low[r] in RELATIVE_SUBJECTS
                and not self.res.in_quote(tv.idx[r])  # "« X, qui …, doit … », a dit Y"
                and opens_subject_relative(tv, r, sent.start)
            ):
                return clause_close(tv, r, sent.end, self.res.in_quote) == g - 1
        return False

    def _asks_to_act(self, k: int, sent) -> bool:
        """The words after the verb are an addressee and an infinitive ("demande à Y de
        cesser", "recommande aux parties d'éviter …", "propose au pays de …"): "à" right
        after the verb, then "de" / "d'" and an infinitive within a few words. An inverted
        subject never opens with "à", so the verb is the clause's own, not an incise."""
        low, pos = self._low, self._tv.pos
        if k >= sent.end or low[k] not in ("à", "au", "aux"):
            return False
        for m in range(k + 1, min(k + 8, sent.end - 1)):
            if low[m] in ("de", "d'", "d’") and pos[m + 1] in ("VERB", "AUX"):
                return True
            if pos[m] in ("PUNCT", "VERB"):
                return False
        return False

    def _incise_cue(self, i: int, sent) -> tuple[str | None, Token | None]:
        """(cue, its second word) of token i: a two-word inverted cue ("croit savoir"), else
        the speech cue of the word (weak ones included), else (None, None)."""
        tv = self._tv
        j = i + 1
        while j < sent.end and self.clitic_after(j - 1):
            j += 1  # "fait-il valoir", "fait-t-elle savoir": the clitic between the two words
        if j < sent.end:
            nxt_words = (self._low[j], tv.lemma_low[j])
            # the pairs can only match when the next word is one of their second words
            if nxt_words[0] in self._inv_second or nxt_words[1] in self._inv_second:
                keys = lemma_keys(tv.tokens[i], self.c)  # matches(t, {a}) is "a in keys"
                for a, b in self.c.inverted_reporting:
                    if a in keys and b in nxt_words:
                        return f"{a} {b}", tv.tokens[j]
        cue = self.speech_cue(i)  # is_speech(t, weak=True)
        if cue is None and self._on_reading(i):
            cue = "lire" if self.c.forms.get(self._low[i]) == "lire" else self._tv.lemma_low[i]
        return cue or None, None

    def _bare_past_participle(self, i: int) -> bool:
        """A past participle with no auxiliary or clitic subject before it; not a spelling
        only a finite verb has ("…, rétorque X" tagged a participle), nor a form of both
        right after a quotation and before a name ("« … », écrit Nom Prénom": a participle
        there would be followed by "par")."""
        morph = self._tv.morph
        if finite_spelling(self._low[i]):
            return False
        if self.after_quote_comma(i) and self._tv.pos[i + 1] == "PROPN":
            return False
        return "Part" in morph(i, "VerbForm") and "Past" in morph(i, "Tense")

    def _on_clitic(self, k: int) -> bool:
        """Token k is the clitic "-on" / "-t-on"."""
        low = self._low
        return 0 <= k < len(low) and low[k].startswith("-") and low[k].endswith("on")

    def _on_reading(self, i: int) -> bool:
        """Token i is a reading verb next to the clitic "on" ("lit-on", "peut-on lire"): with
        a document after it, an incise naming the document's issuer."""
        return self.reads(i) and (self._on_clitic(i + 1) or self._on_clitic(i - 1))

    def _finite(self, i: int) -> bool:
        """Not an infinitive, a gerund or a present participle ("en expliquant")."""
        morph = self._tv.morph
        form = morph(i, "VerbForm")
        if "Inf" in form and self._on_reading(i) and self._on_clitic(i - 1):
            return True  # "peut-on lire": the modal is the finite verb
        if "Inf" in form and self._low[i].endswith(("é", "ée", "és", "ées")):
            return self.res.verb_group_start(self._tv.tokens[i]) < i  # "a-t-il tranché"
        if finite_spelling(self._low[i]):
            return True  # "…, corrige X" tagged an infinitive: its spelling is finite
        return not (
            "Inf" in form or "Ger" in form or ("Part" in form and "Pres" in morph(i, "Tense"))
        )

    def _after_a_break(self, t: Token, g: int, sent) -> bool:
        """The verb group (starting at token g) follows a comma, a closing quotation mark, a
        dash or "(" — not "pour"/"en"/"de" — and its subject does not come first ("X, menée par
        Y, a critiqué ..."; a dash subject "-t-il" or a word of the quote is not one)."""
        doc = self._tv.tokens
        if g - 1 >= sent.start and norm(doc[g - 1].text) in NOT_INCISE_AFTER:
            return False
        if any(
            ch.dep_ in ("nsubj", "nsubj:pass")
            and ch.i < t.i
            and not ch.text.startswith("-")
            and not self.res.in_quote(ch.idx)  # misparse: a word of the quote
            and not any(gc.dep_ == "case" for gc in ch.children)  # "a de son côté estimé"
            and not self._cut_off_subject(ch.i, t, g, sent)
            for ch in t.children
        ):
            return False
        before = doc[g - 1] if g - 1 >= sent.start else None
        if before is not None and before.text == ";" and g - 2 >= sent.start:
            # '"…"; a-t-il affirmé': a semicolon typed for the comma, after a closing mark
            before = doc[g - 2] if self.res.in_quote(doc[g - 2].idx - 1) else before
        if before is not None and self._after_comme(g, sent):
            return True  # "…, comme l'a souligné X", "« … », comme a affirmé la ministre"
        return before is not None and before.text in (",", "»", '"', "”", "—", "–", "(")

    def _after_comme(self, g: int, sent) -> bool:
        """The verb group at g follows "comme" (or "comme l'"): an incise of comparison whose
        inverted subject is the speaker ("comme l'a rappelé le ministre")."""
        low = self._low
        k = g - 1
        if k >= sent.start and low[k] in ("l'", "l’", "le"):
            k -= 1
        return k >= sent.start and low[k] == "comme"

    def _cut_off_subject(self, s: int, t: Token, g: int, sent) -> bool:
        """The parser's subject s of incise verb t is the subject of the clause the incise
        interrupts ("L'accord, a-t-il dit, ouvre …", "Les relations, estime X, sont …"): one
        comma, right before the verb group, separates them (a subject and its own verb are
        never split by a single comma; "X, ministre de Y, a dit" has two), and the verb
        has an inverted subject (a clitic) or is followed by another comma in the sentence."""
        tv = self._tv
        if g - 1 <= s or tv.text[g - 1] != ",":
            return False
        if self._quoted_predicate(s, g):
            return True
        if any(tv.text[k] == "," for k in range(s + 1, g - 1)):
            return False
        if self._apposed_name_subject(s, t, g, sent):
            return True
        group = range(g, min(t.i + 3, sent.end))
        if any(tv.text[k].startswith("-") and tv.pos[k] == "PRON" for k in group):
            return True
        if any(tv.text[k] == "," for k in range(t.i + 1, min(t.i + 9, sent.end))):
            return True
        return self._named_after_thing_subject(s, t, sent)

    def _apposed_name_subject(self, s: int, t: Token, g: int, sent) -> bool:
        """ "Le consul sera nommé par le président lorenien, Marko Dalen, a indiqué à l'AFP
        Piotr Varnek.": the parser's subject s is a bare name between two commas, in apposition
        to the last noun of a clause whose own verb comes before it, and the verb has a
        named inverted subject after its circumstances ("à l'AFP Y"): an incise closing the
        claim, not that name's verb."""
        tv, res = self._tv, self.res
        if s - 1 <= sent.start or tv.text[s - 1] != ",":
            return False
        if any(tv.pos[k] != "PROPN" for k in range(s, g - 1)):
            return False
        if not any(tv.pos[k] in ("VERB", "AUX") for k in range(sent.start, s - 1)):
            return False
        rng = self._after_circumstances(t.i + 1, sent)
        return rng is not None and tv.pos[rng[0]] == "PROPN" and res.party(*rng).identified

    def _named_after_thing_subject(self, s: int, t: Token, sent) -> bool:
        """ "Toute avancée des rebelles risque de …, a menacé samedi le président X.": the
        parser's subject s names nobody (a thing, a clause: no actor's word, no proper name,
        no pronoun), and the speech verb after the comma is followed, past circumstances,
        by a phrase naming someone (a determiner or a proper name first) — its inverted
        subject. A subject naming someone ("Le ministre a salué l'accord, a félicité X") is
        a coordination of two verbs of one subject, not an incise."""
        tv, res = self._tv, self.res
        if tv.pos[s] in ("PROPN", "PRON") or res.actor_at(tv.idx[s], tv.end[s]) is not None:
            return False
        after = t.i + 1
        rng = res.np_after(after, sent.end)
        if rng is None or not res.party(*rng).identified:
            rng = self._after_circumstances(after, sent)
        if rng is None or tv.pos[rng[0]] not in ("DET", "PROPN"):
            return False
        return not any(tv.pos[k] in ("VERB", "AUX") for k in range(after, rng[0]))

    def _quoted_predicate(self, s: int, g: int) -> bool:
        """ "L'accord « a pour objectif de … », a ajouté X": the subject s stands before a
        quotation that closes right before the comma of the verb group at g; the quotation
        is its predicate, and the verb after the comma an incise."""
        tv, res = self._tv, self.res
        close = g - 2
        if close <= s or tv.text[close] not in ("»", '"', "”") or res.in_quote(tv.idx[s]):
            return False
        if not res.in_quote(tv.idx[close]):
            return False
        k = s + 1
        while k < close and not res.in_quote(tv.idx[k]):
            k += 1  # the first word of the quotation, after the subject's phrase
        return k < close and tv.text[k] in ("«", '"', "“") and k - s <= 8

    def _inverted_subject(self, t: Token, after_i: int, sent) -> Party | None:
        """The speaker of incise verb t: its clitic pronoun ("a-t-elle", resolved), else the
        noun phrase after it ("estime X"; anonymous if an anonymous-source phrase follows);
        None when nothing after the verb can be its subject."""
        doc = self._tv.tokens
        group = self.verb_group_tokens(t)
        pron = [x for x in group + list(doc[t.i + 1 : t.i + 3]) if x.text.startswith("-")]
        if pron:
            p = self.res.pronoun(pron[-1], incise=True)
            if p is None and norm(pron[-1].text).endswith("on"):  # "lit-on dans la note de X"
                p = self.res.issuer_after(after_i, sent.end)
            return p or Party(None, None, pron[-1].idx, pron[-1].idx, "unknown")
        rng = self.res.np_after(after_i, sent.end)
        if rng is None or doc[rng[0]].pos_ == "ADP" or not self.res.party(*rng).identified:
            rng = self._after_circumstances(after_i, sent) or rng
        if rng is None:
            return None
        a, b = rng
        a = self._past_addressee(a, b)
        if doc[a].pos_ not in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"):
            return None
        party = self.res.party(a, b)
        rest = [norm(x.text) for x in doc[b : sent.end]]
        for k in range(len(rest)):
            if word_sequence_at(rest, k, self.c.anonymous):
                return Party(None, None, party.start, party.end, "anonymous")
        return party

    def _after_circumstances(self, k: int, sent) -> tuple[int, int] | None:
        """The inverted subject after circumstances between the verb and it ("…, a annoncé,
        mardi, la présidence", "…, a déclaré devant des journalistes jeudi le ministre X"):
        commas, adverbs, time words and prepositional phrases of lower-case words (never a
        "par X" agent) are skipped; the phrase after them must open with a determiner or a
        proper name and name someone."""
        tv = self._tv
        hi, start = sent.end, k
        skip = self.c.skip_after_verb
        while k < hi:
            w, p = tv.low[k], tv.pos[k]
            if w == "," or w in skip or p == "ADV":
                k += 1
            elif self._after_comma(k, start) and self._detached_state(k, hi):
                k = self._detached_state(k, hi)  # "…, a lâché, furieux, le ministre"
            elif p == "ADP" and w != "par" and k + 1 < hi:
                k += 1 + (tv.pos[k + 1] == "DET")  # "devant des journalistes"
                while k < hi and tv.pos[k] in ("ADJ", "NUM", "NOUN") and tv.text[k].islower():
                    k += 1
                k = self._past_named_complement(k, hi)  # "via Twitter", "à l'AFP", "à Lima"
            else:
                break
        if k == start or k >= hi:
            return None
        if tv.pos[k] not in ("DET", "PROPN") and not self._opens_person(k, hi):
            return None
        rng = self.res.np_after(k, hi)
        return rng if rng is not None and self.res.party(*rng).identified else None

    def _opens_person(self, k: int, hi: int) -> bool:
        """Token k is a capitalised word opening a person entity: a given name the tagger
        took for a common noun ("…, a indiqué à ce sujet Anna X") is a proper name."""
        tv = self._tv
        if not tv.text[k][:1].isupper():
            return False
        end = tv.end[min(hi, len(tv.idx)) - 1]
        return any(e.start == k and e.label_ == "PER" for e in self.res.ents_in(tv.idx[k], end))

    def _after_comma(self, k: int, start: int) -> bool:
        """Token k follows a comma, adverbs aside ("…, visiblement agacé, …")."""
        j = k - 1
        while j >= start and self._tv.pos[j] == "ADV":
            j -= 1
        return j >= start and self._tv.low[j] == ","

    def _detached_state(self, k: int, hi: int) -> int:
        """The comma closing a detached phrase of manner or state between an inverted verb
        and its subject ("…, a déclaré, visiblement ému, le ministre", "…, a tranché, agacée,
        X", "…, a répondu, haussant le ton, Y") or a date ("…, a répété, le 3 mars, X"): up
        to five lower-case words opening with an adjective or a participle, no proper name,
        no "par" agent, and a determiner or a name after the closing comma; else 0."""
        tv = self._tv
        date = tv.low[k] in ("le", "l'", "l’") and k + 1 < hi and tv.pos[k + 1] == "NUM"
        if not date and (tv.pos[k] not in ("ADJ", "VERB") or not tv.text[k].islower()):
            return 0  # (or a date: "…, a répété, le 3 mars, X")
        for j in range(k + 1, min(k + 6, hi)):
            if tv.text[j] == ",":
                return j if j + 1 < hi and tv.pos[j + 1] in ("DET", "PROPN") else 0
            if tv.pos[j] == "PROPN" or tv.low[j] == "par" or tv.text[j][:1].isupper():
                return 0
        return 0

    def _past_named_complement(self, k: int, hi: int) -> int:
        """The token after the name that ends a prepositional complement of an inverted verb
        ("…, a déclaré à l'AFP le ministre X", "a renchéri via Twitter le Premier ministre Y",
        "a affirmé au quotidien El Diario Z"): a place, a medium or a network is never the
        speaker. A name the tagger did not mark as a person, followed by a comma or by a
        determiner (the subject starts there), or an entity that is not a person, is skipped;
        else k (the name may be the subject itself: "a déclaré à Lima Paul X" stays)."""
        tv = self._tv
        if k < hi and tv.pos[k] == "NOUN" and tv.text[k][:1].isupper() and not tv.text[k].isupper():
            return _past_institution(tv, k, hi)
        if k >= hi or not (tv.pos[k] == "PROPN" or tv.pos[k] == "NOUN" and tv.text[k].isupper()):
            return k
        medium = k > 0 and tv.low[k - 1] in self.c.media  # "à l'agence X, Y": X names it
        for ent in self.res.ents_in(tv.idx[k], tv.end[min(hi, len(tv.idx)) - 1]):
            if ent.start == k:
                if ent.label_ == "PER" and not medium:
                    # "…, a déclaré à Anna X le président Y": a person addressed, then the
                    # subject opening with its determiner
                    return ent.end if ent.end < hi and tv.pos[ent.end] == "DET" else k
                end = ent.end
                return (
                    end
                    if end < hi and (tv.text[end] == "," or tv.pos[end] in ("DET", "PROPN"))
                    else k
                )
        j = k + 1
        while j < hi and tv.pos[j] == "PROPN":
            j += 1
        return j if j < hi and (tv.text[j] == "," or tv.pos[j] == "DET") else k

    def _past_addressee(self, a: int, b: int) -> int:
        """The subject after an inverted verb may follow its addressee or a circumstance
        ("…, confie vendredi aux journalistes X"): a prepositional phrase of lower-case words
        at the start of the phrase is skipped when a proper name follows it (not a "par X"
        agent: a participle's agent is no inverted subject)."""
        tv = self._tv
        k, nouns = a, 0
        while k < b and tv.pos[k] == "ADP" and tv.low[k] != "par":
            k += 1
            while k < b and tv.pos[k] in ("DET", "ADJ", "NUM", "NOUN") and tv.text[k].islower():
                nouns += tv.pos[k] == "NOUN"
                k += 1
        if nouns and k < b and tv.pos[k] == "PROPN" and not _preposition(tv, k - 1):
            # (a name right after a preposition is that preposition's object, never the
            # subject: "…, appelle à la fin des combats au Tchad" names no speaker)
            return k
        return a
