"""Reported speech without quotation marks, a quote of kind ``reported``: "selon X, …",
"…, a indiqué X", "X a affirmé que …", "X s'est dit …", "…, qui évoque …", "X a salué A,
exprimant B" (an apposed participle: B is X's), "X a expulsé Y au motif que …"
(:mod:`.motives`), "X a informé l'ambassadeur que …" (:mod:`.addressees`)."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from analysis.extract.cues import matches, norm
from analysis.extract.quotes.addressees import past_addressee
from analysis.extract.quotes.appositive_relatives import clause_close, relative_of_verb
from analysis.extract.quotes.base import Attribution, QuoterBase
from analysis.extract.quotes.marks import Mark
from analysis.extract.quotes.motives import motive_claims
from analysis.extract.quotes.relatives import (
    NEGATED_BEFORE,
    clitics_before_infinitive,
    negation_start,
)
from analysis.extract.quotes.relatives import RELATIVES as SELON_RELATIVES
from analysis.extract.quotes.words import (
    COMPLETIVE_NOUNS,
    COMPLETIVE_VERBS,
    CONJUNCTION_HEADS,
    CONTENT_OBJECT_VERBS,
    DIRECTIVE_VERBS,
    DOCUMENT_NOUNS,
    NOT_REPORTING_COMPLETIVE,
    REPORTING_OBJECT_VERBS,
    TIME_NOUNS,
)

# how far a "que" or an infinitive may stand from its speech verb, past complements and
# circumstances ("X souligne à l'attention de ses interlocuteurs que …")
MAX_GAP = 14
RELATIVES = ("que", "qu'", "qu’", "qui", "dont", "lequel", "laquelle")
# object clitics between the comma and an apposed participle ("…, les déclarant …")
_PARTICIPLE_CLITICS = ("le", "la", "les", "l'", "l’", "lui", "leur", "se", "s'", "s’", "y")


def _named(att: Attribution) -> bool:
    return att.party is not None and att.party.identified


def _verbless_name(head: Token) -> bool:
    """A completive head that is a name or a noun whose subtree holds no verb: a misparse."""
    return head.pos_ in ("PROPN", "NOUN") and not any(
        x.pos_ in ("VERB", "AUX") for x in head.subtree
    )


class ReportedSpeech(QuoterBase):
    """Reported claims of a sentence."""

    def reported(self, sent, incises, selons, marks) -> list[tuple[int, int, Attribution]]:
        """(start, end, attribution) of reported claims in the sentence (no quote marks), by
        the rules below in this order; a claim overlapping an earlier one is dropped."""
        out: list[tuple[int, int, Attribution]] = []
        # a "selon X" naming nobody ("selon la traduction officielle") comes after the rules
        # that may name the speaker of the same claim ("X a déclaré que …, selon …")
        named = [x for x in selons if x[3].party is not None and x[3].party.identified]
        self._selon_claims(sent, named, marks, out, incises)
        self._incise_claims(sent, incises, marks, out)
        self._que_claims(sent, marks, out, incises)
        self._completive_claims(sent, marks, out)
        self._infinitive_claims(sent, marks, out)
        self._directive_claims(sent, marks, out)
        self._se_dire_claims(sent, marks, out)
        self._object_claims(sent, marks, out)
        motive_claims(self, sent, marks, out)
        self._selon_claims(sent, [x for x in selons if x not in named], marks, out)
        return out

    def add_claim(
        self,
        out: list[tuple[int, int, Attribution]],
        marks: list[Mark],
        a: int,
        b: int,
        att: Attribution,
        need_verb: bool = True,
    ) -> None:
        """Keep [a, b) (trimmed) as a claim unless it is short, verbless (when a verb is
        needed), mostly inside quotation marks or overlapping a claim already kept."""
        a, b = self._trim(a, b)
        b = self._close_cut_quote(a, b, marks)
        if b - a < 12 or (need_verb and not self._has_verb(a, b)):
            return
        if self._mostly_quoted(a, b, marks):
            return
        if any(not (b <= x0 or a >= x1) for x0, x1, _ in out):
            return
        out.append((a, b, att))

    def _close_cut_quote(self, a: int, b: int, marks: list[Mark]) -> int:
        """The end of a claim that falls inside a quotation it opened ("a souligné que les
        accords ne sont « pas un substitut… mais un appui »", cut at the ellipsis) moves to
        the closing mark when the quotation closes in the claim's sentence, else before the
        opening mark: a claim holds whole quotations or none (quote spans never cross)."""
        for m in marks:
            if a <= m.open_at < b <= m.close_at:
                sentence = next((x for x in self.article.sentences if x.start <= a < x.end), None)
                if sentence is not None and m.close_at < sentence.end:
                    return m.close_at + 1
                return self._trim(a, m.open_at)[1]
        return b

    def _selon_claims(self, sent, selons, marks, out, incises=()) -> None:
        """ "Selon X, …" at the start; "…, selon X." / "…, selon X, qui …" at the end; "…,
        selon X, …" in the middle of a sentence without quotation marks. A closing "selon X"
        after an incise that names its speaker ("…, a estimé Y, selon l'agence X") is the
        medium reporting Y's words: the incise's claim, not X's."""
        doc = self._tv.tokens
        s_start = sent.start_char
        body_end = self._trim_end(s_start, sent.end_char)
        for s0, s1, _rng, att in selons:
            if s0 < s1 - 1 and self._low[s1 - 1] in SELON_RELATIVES and s1 < sent.end:
                # "X, selon laquelle …": the relative clause is X's claim
                self.add_claim(out, marks, doc[s1].idx, self._relative_end(s1, sent), att)
                continue
            lead = doc[sent.start : s0]
            if all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in lead) or self._second_clause(
                s0, sent
            ):
                if any(g > s1 and _named(att2) for g, _v, att2 in incises):
                    # "Pour X, il s'agit de …, a déclaré Y": the incise names who speaks
                    # (X's view voiced by Y); its claim, read by the incise rule
                    continue
                k = self._after_appositions(s1, sent)
                if k is not None and not self._named_speech_verb(k, sent.end, que_only=True):
                    # ("Selon l'agence X, le ministre Y a affirmé que …": Y speaks, X reports;
                    # the "que" clause is Y's, read by the rules below)
                    self.add_claim(out, marks, doc[k].idx, body_end, att)
                continue
            prev = doc[s0 - 1]
            if prev.text != ",":
                continue
            if (
                s1 >= sent.end
                or doc[s1].text in (".", "!", "?")
                or (doc[s1].text == "," and s1 + 1 < sent.end and norm(doc[s1 + 1].text) == "qui")
                or norm(doc[s1].text) == "qui"  # "…, selon une source qui n'a pas …"
            ):
                if self._named_speech_verb(sent.start, s0):
                    continue  # "X a déclaré que …, selon l'agence Y": Y reports, X speaks
                if any(g < s0 and _named(att2) for g, _v, att2 in incises):
                    continue
                self.add_claim(out, marks, s_start, prev.idx, att)
            elif doc[s1].text == "," and not marks:
                self.add_claim(out, marks, s_start, body_end, att)

    def _second_clause(self, s0: int, sent) -> bool:
        """The "selon X" at token s0 opens the second clause of a sentence, after a comma and
        a coordinating conjunction ("Il devait venir en juin, mais selon la presse, ce voyage
        risque d'être reporté"): what follows it is X's claim, as after an opening "selon"."""
        low = self._low
        return s0 - 2 > sent.start and low[s0 - 1] in ("mais", "et", "or") and low[s0 - 2] == ","

    def _relative_end(self, s1: int, sent) -> int:
        """Where the relative clause after "selon laquelle" ends: the last word of its verb's
        subtree ("X, selon laquelle Y est prêt, a quitté …" stops before the comma)."""
        tv = self._tv
        v = tv.head[s1 - 1]
        if not (s1 <= v < sent.end):
            return self._trim_end(sent.start_char, sent.end_char)
        last = max(self.doc[v].right_edge.i, v)
        while last > s1 and tv.punct[last]:
            last -= 1
        return tv.end[min(last, sent.end - 1)]

    def _named_speech_verb(self, a: int, b: int, que_only: bool = False) -> bool:
        """Tokens [a, b) hold a (strong) speech verb introducing a "que" clause or (unless
        ``que_only``) an infinitive, outside quotation marks, whose subject names someone: the
        words before a closing "selon X" are that subject's, X only the source that reports
        them ("X aurait rejeté la proposition, selon Y" is Y's claim: no words of X are
        reported); after an opening one, only a "que" clause is ("Selon X, Y espère
        attirer …" stays X's report of Y's hopes)."""
        tv = self._tv
        weak = self.c.weak_speech
        for i in range(a, b):
            if tv.pos[i] != "VERB" or self.res.in_quote(tv.idx[i]):
                continue
            cue = self.speech_cue(i)
            if not cue or cue in weak:
                continue
            k = self.past_complements(self._after_cue(i, cue, b), b)
            que = k < b and tv.low[k] in ("que", "qu'")
            if k >= b or not (que or (not que_only and "Inf" in tv.morph(k, "VerbForm"))):
                continue
            if any(p.identified for p in self.res.subjects(self.doc[i])):
                return True
        return False

    def _incise_claims(self, sent, incises, marks, out) -> None:
        """ "…, a indiqué X." / "…, croit savoir X." closing a sentence that is not a quote."""
        doc = self._tv.tokens
        s_start = sent.start_char
        for g, verb, att in incises:
            comma = doc[g - 1]
            if comma.text != "," or (marks and self.reads(verb.i)):
                continue  # "« … » …, peut-on lire": the reading is of the quotations
            if any(
                m.start < comma.idx
                and m.end >= self._trim_end(s_start, comma.idx) - 1
                and m.start <= s_start + 2
                for m in marks
            ):
                continue
            tail = self._after_mid_incise(verb, att, sent)
            if tail is not None and not marks:
                # "L'accord, a-t-il déclaré, ouvre …", "… qui répond, a-t-il dit, à …": the
                # words after the incise are the speaker's too
                end = self._trim_end(s_start, sent.end_char)
                self.add_claim(out, marks, self._tv.idx[tail], end, att, need_verb=False)
            self.add_claim(out, marks, s_start, comma.idx, att)

    def _after_mid_incise(self, verb: Token, att: Attribution, sent) -> int | None:
        """First token after an incise set in the middle of a sentence (", a-t-il dit, …",
        ", estime X, …"): the comma closing it comes within three tokens of its subject (or
        of the verb for a clitic subject) and words follow it; None for an incise that ends
        the sentence."""
        tv = self._tv
        k = verb.i + 1
        party = att.party
        if party is not None and party.end > tv.idx[verb.i]:
            while k < sent.end and tv.idx[k] < party.end:
                k += 1
        for j in range(k, min(k + 3, sent.end)):
            if tv.text[j] == ",":
                return j + 1 if j + 2 < sent.end else None
            if tv.punct[j] and not tv.text[j].startswith("-"):
                return None
        return None

    def _que_claims(self, sent, marks, out, incises=()) -> None:
        """ "X a affirmé que …", "X juge que …": a (strong) speech cue, its subject, and the
        "que" clause after it ("…, a déclaré X, précisant que …": the incise's speaker)."""
        tv = self._tv
        doc, pos, idx, low = tv.tokens, tv.pos, tv.idx, self._low
        weak_speech = self.c.weak_speech
        cands = self._incise_candidates  # every speech cue is one
        lo = bisect.bisect_left(cands, sent.start)
        speech = cands[lo : bisect.bisect_left(cands, sent.end, lo)]
        for i in sorted(set(speech) | set(self._completive_verbs(sent))):
            if pos[i] not in ("VERB", "AUX", "NOUN", "PROPN"):  # required below: test it first
                continue
            # is_speech(t) (memoised: the incises asked already), before the quote test
            cue = self.speech_cue(i) or self._completive_cue(i)
            if not cue or self.res.in_quote(idx[i]):
                continue
            k = self.past_complements(self._after_cue(i, cue, sent.end), sent.end)
            k, told = past_addressee(self, i, k, sent.end)  # "a informé l'ambassadeur que"
            if k >= sent.end or low[k] not in ("que", "qu'"):
                continue
            if cue in weak_speech and not self._plain_verb(i):
                continue  # a weak cue ("observer", "lancer") reports with a verb's "que" only
            completive = told or self._completive_after(k) or self._clitic_participle(i)
            if pos[k] == "PRON" and not completive:
                continue  # (after a participle read as a noun, "qu'" is tagged a relative)
            t = doc[i]
            parties = self.res.subjects(t)
            if not any(p.identified for p in parties) and self._clitic_participle(i):
                # "X a dénoncé …, avertissant qu'…": the participle the tagger
                # read as a noun has the subject of the verb before its comma
                parties = self._subject_before_gerund(t) or parties  # type: ignore[attr-defined]
            att = Attribution(parties[0], cue, "que") if parties else None
            if att is None or not att.party.identified:  # type: ignore[union-attr]
                att = self.participle_after_incise(i, list(incises)) or att
            coord = self._coordinated_claimer(i, cue, out)
            if coord is not None and (
                att is None
                or not att.party.identified  # type: ignore[union-attr]
                or att.party.start >= coord[1]  # type: ignore[union-attr]
            ):
                att = coord[0]  # (a "subject" inside the first claim is a misparse)
            if att is None:
                continue
            end = self.clause_end(t, k + 1, sent)
            start = doc[k + 1].idx if k + 1 < sent.end else sent.end_char
            self.add_claim(out, marks, start, end, att)

    def _completive_claims(self, sent, marks, out) -> None:
        """ "X a prétendu que …", "X maintient que …", "Y s'est étonné que …": any verb with a
        named subject whose "que" completive the parser hangs on it reports what the subject
        says or thinks, whatever the verb (the speech lexicon cannot list every verb a
        journalist uses); verbs of effort, permission, perception or learnt facts
        (:data:`NOT_REPORTING_COMPLETIVE`) do not."""
        tv = self._tv
        for i in tv.with_pos("VERB", sent.start, sent.end):
            if tv.lemma_low[i] in NOT_REPORTING_COMPLETIVE:
                continue
            if not self._plain_verb(i) or self.res.in_quote(tv.idx[i]):
                continue
            k = self.past_complements(i + 1, sent.end)
            if k + 1 >= sent.end or self._low[k] not in ("que", "qu'", "qu’"):
                continue
            if tv.pos[k] != "SCONJ" or tv.low[k - 1] in CONJUNCTION_HEADS:
                continue  # a relative, a comparison, "ne … que", "alors que"
            if tv.pos[k - 1] in ("NOUN", "PROPN", "DET") and not self._completive_after(k):
                continue  # "la mesure que Y a prise": a relative after a noun
            if not self._completive_of(k, i):
                continue
            parties = [p for p in self.res.subjects(tv.tokens[i]) if p.actor_id is not None]
            if not parties:
                continue
            att = Attribution(parties[0], tv.lemma_low[i], "que")
            end = self.clause_end(tv.tokens[i], k + 1, sent)
            self.add_claim(out, marks, tv.idx[k + 1], end, att)

    def _completive_of(self, k: int, i: int) -> bool:
        """The "que" at token k marks a clause the parser hangs on verb i (as its complement
        clause or object)."""
        tv = self._tv
        v = tv.head[k]
        return tv.dep[k] == "mark" and tv.head[v] == i and tv.dep[v] in ("ccomp", "obj", "xcomp")

    def _completive_verbs(self, sent) -> list[int]:
        """Tokens of the sentence that are verbs of :data:`COMPLETIVE_VERBS` (speech only with
        a "que" right after them: "X a soutenu que …")."""
        tv = self._tv
        return [
            i
            for i in tv.with_pos("VERB", sent.start, sent.end)
            if self._completive_cue(i) is not None
        ]

    def _completive_cue(self, i: int) -> str | None:
        """The :data:`COMPLETIVE_VERBS` entry token i is a form of (a verb), or None."""
        if self._tv.pos[i] != "VERB":
            return None
        return matches(self._tv.tokens[i], COMPLETIVE_VERBS, self.c)

    def _plain_verb(self, i: int) -> bool:
        """Token i is a finite verb or a participle with its auxiliary (not a noun or an
        adjective that happens to share a weak cue's form: "la réponse lancée que …")."""
        tv = self._tv
        if tv.pos[i] not in ("VERB", "AUX"):
            return False
        return "Fin" in tv.morph(i, "VerbForm") or self.res.verb_group_start(tv.tokens[i]) < i

    def _infinitive_claims(self, sent, marks, out) -> None:
        """ "X dit avoir pris note de …", "Il a ajouté avoir discuté de …", "X affirme être prêt
        à …": a (strong) speech cue whose complement is an infinitive of the speaker's own
        claim; the infinitive clause is the claim."""
        tv = self._tv
        doc, pos, idx = tv.tokens, tv.pos, tv.idx
        weak_speech = self.c.weak_speech
        cands = self._incise_candidates
        lo = bisect.bisect_left(cands, sent.start)
        for i in cands[lo : bisect.bisect_left(cands, sent.end, lo)]:
            if pos[i] != "VERB" or i + 1 >= sent.end:
                continue
            cue = self.speech_cue(i)
            if not cue or cue in weak_speech or self.res.in_quote(idx[i]):
                continue
            k = self.past_complements(self._after_cue(i, cue, sent.end), sent.end)
            if k + 1 < sent.end and self._low[k] in ("de", "d'", "d’"):
                k += 1  # "X a promis de revenir", "X a menacé de rompre"
            if i > sent.start and self._low[i - 1] in NEGATED_BEFORE:
                continue  # "X n'a pas dit vouloir …", "X ne dit pas vouloir …": no claim
            k = negation_start(self._low, k, i)  # "a assuré ne pas vouloir": keep the "ne"
            v = clitics_before_infinitive(self._low, k, sent.end)
            if v >= sent.end or "Inf" not in tv.morph(v, "VerbForm"):
                continue
            if self._low[v] in self._inv_second or tv.lemma_low[v] in self._inv_second:
                continue  # "…, croit savoir X": an inverted cue, not a claim
            t = doc[i]
            if "Inf" in t.morph.get("VerbForm"):
                continue  # "pour dire avoir …" is no claim of a subject
            parties = self.res.subjects(t)
            if parties:
                last = self._before_main_verb(i, k, sent.end - 1, sent)
                end = self._trim_end(idx[k], tv.end[last])
                self.add_claim(out, marks, idx[k], end, Attribution(parties[0], cue, "infinitive"))

    def _completive_after(self, k: int) -> bool:
        """A "que" the tagger read as a relative pronoun is still the completive of the speech
        verb after "le fait" ("insister sur le fait que") or after its addressee ("dire à son
        homologue que", "assurer à Y que": a name or a speaker noun); after any other noun
        or the document it was said in ("a indiqué dans un communiqué que"); after any other
        noun ("réagir à la décision que Y a prise") it is a relative."""
        tv = self._tv
        prev = k - 1
        if tv.low[prev] in COMPLETIVE_NOUNS or tv.lemma_low[prev] in COMPLETIVE_NOUNS:
            return True  # "le fait que", "l'espoir que"
        if tv.low[prev] in TIME_NOUNS or tv.pos[prev] == "NUM":
            return True  # "a annoncé ce mardi qu'…", "a déclaré le 20 mars que …"
        speaker_nouns = self.c.speaker_nouns
        return tv.pos[prev] == "PROPN" or (
            tv.pos[prev] == "NOUN"
            and bool({norm(tv.text[prev]), tv.lemma_low[prev]} & (speaker_nouns | DOCUMENT_NOUNS))
        )

    def _after_cue(self, i: int, cue: str, hi: int) -> int:
        """The token after the cue at i: after its last word for a locution written out in
        the text ("a fait savoir à …", "a mis en garde contre …"), else i + 1."""
        words = cue.split()
        n = len(words)
        if n > 1 and i + n <= hi and norm(self._low[i + n - 1]) == norm(words[-1]):
            return i + n
        return i + 1

    def past_complements(self, k: int, hi: int) -> int:
        """The first token at or after k that is not an adverb, a time word ("jeudi", "28
        novembre"), a comma or a prepositional complement: where a "que" or an infinitive may
        stand after its verb ("souligne à l'attention de ses interlocuteurs que …", "a annoncé
        jeudi au soir mettre fin …"). A noun phrase outside a complement (a direct object:
        "a déclaré la mesure que …") stops it, and so does "de"/"à" before an infinitive."""
        tv = self._tv
        skip = self.c.skip_after_verb
        start, in_pp = k, False
        while k < hi and k - start <= MAX_GAP:
            w, p = tv.low[k], tv.pos[k]
            if p == "ADV" or w in skip or p == "NUM" or self._time_word(k, hi):
                k += 1
            elif w == ",":  # (also right after the verb: "a estimé, dans un entretien, que")
                in_pp, k = False, k + 1
            elif p == "ADP" and not (k + 1 < hi and "Inf" in tv.morph(k + 1, "VerbForm")):
                in_pp, k = True, k + 1
            elif p in ("DET", "ADJ", "NOUN", "PROPN") and (
                in_pp or (p == "NOUN" and tv.pos[k - 1] == "NUM")
            ):
                k += 1
            elif in_pp and tv.text[k][:1].isupper() and tv.pos[k - 1] in ("PROPN", "X"):
                # the rest of a foreign name the tagger left untagged or read as a verb
                # ("au New York Times", "au Washington Post")
                k += 1
            elif p == "DET" and self._completive_noun_at(k + 1, hi):
                k += 1  # "a exprimé l'espoir que", "a fait part de sa crainte que"
            elif p == "NOUN" and self._completive_noun_at(k, hi):
                k += 1
            elif in_pp and p == "VERB" and tv.pos[k - 1] == "NOUN" and self._bare_participle(k):
                k += 1  # "dans un entretien accordé à la télévision que …"
            else:
                return k
        return k if k - start <= MAX_GAP else hi

    def _time_word(self, k: int, hi: int) -> bool:
        """Token k belongs to a time phrase: a time noun ("mardi", "mars", "semaine"), the
        determiner before one or before a number ("ce jeudi 9 octobre", "le 4 juin"), the
        "-ci" / "-là" of "ce mois-ci", "ce jour-là"."""
        tv = self._tv
        w = tv.low[k]
        if w in TIME_NOUNS:
            return True
        if w in ("-", "ci", "là"):
            return tv.low[k - 1] in TIME_NOUNS or tv.low[k - 1] == "-"
        nxt = k + 1 < hi and (tv.low[k + 1] in TIME_NOUNS or tv.pos[k + 1] == "NUM")
        return tv.pos[k] == "DET" and nxt

    def _completive_noun_at(self, k: int, hi: int) -> bool:
        """Token k is a noun of :data:`COMPLETIVE_NOUNS` right before a "que" (adjectives
        between allowed: "sa ferme conviction que", "l'espoir sincère que")."""
        tv = self._tv
        if k >= hi or tv.pos[k] != "NOUN" and tv.pos[k] != "ADJ":
            return False
        j = k
        while j < hi and tv.pos[j] in ("ADJ", "NOUN") and j - k < 3:
            if tv.low[j] in COMPLETIVE_NOUNS or tv.lemma_low[j] in COMPLETIVE_NOUNS:
                return j + 1 < hi and tv.low[j + 1] in ("que", "qu'", "qu’")
            j += 1
        return False

    def _bare_participle(self, k: int) -> bool:
        """Token k is a past participle with no auxiliary: it qualifies the noun before it."""
        tv = self._tv
        return "Part" in tv.morph(k, "VerbForm") and "Past" in tv.morph(k, "Tense")

    def _directive_claims(self, sent, marks, out) -> None:
        """ "X a appelé Y à …", "X a demandé à son homologue de …": a verb of asking, its
        subject, and the infinitive clause after "à"/"de" (the claim)."""
        tv = self._tv
        doc, pos, lemma_low = tv.tokens, tv.pos, tv.lemma_low
        for i in tv.with_pos("VERB", sent.start, sent.end):
            if lemma_low[i] not in DIRECTIVE_VERBS or self.res.in_quote(tv.idx[i]):
                continue
            if self._pronominal_verb(i):
                continue  # "X et Y se sont engagés à …": a commitment, not an exhortation
            speaker = doc[i]
            if "Pres" in tv.morph(i, "Tense") and "Fin" not in tv.morph(i, "VerbForm"):
                # "demandant à Y de": subject elsewhere ("X demande à Y de" has its own)
                speaker = self._participle_clause_verb(i)
                if speaker is None:
                    continue
            k = i + 1
            while k < sent.end and k - i <= MAX_GAP:
                if tv.low[k] in ("à", "de", "d'", "d’") and k + 1 < sent.end:
                    if "Inf" in tv.morph(k + 1, "VerbForm"):
                        break
                if pos[k] in ("VERB", "AUX") or tv.text[k] in (".", ";", ":", "«", '"', "“"):
                    k = sent.end
                    break
                k += 1
            if k >= sent.end or k - i > MAX_GAP:
                continue
            parties = self.res.subjects(speaker)
            if parties and parties[0].identified:
                att = Attribution(parties[0], lemma_low[i], "directive")
                end = self._trim_end(tv.idx[k + 1], self.clause_end(doc[i], k + 1, sent))
                self.add_claim(out, marks, tv.idx[k + 1], end, att)

    def _pronominal_verb(self, i: int) -> bool:
        """The verb at token i is pronominal: "se"/"s'" right before its verb group."""
        tv = self._tv
        k = i - 1
        while k > 0 and tv.pos[k] == "AUX":
            k -= 1
        return tv.low[k] in ("se", "s'", "s’")

    def _participle_clause_verb(self, i: int):
        """ "X a critiqué …, exhortant Y à …": the verb whose subject an apposed present
        participle (after a comma) shares, its head, or the sentence's main verb when the
        parser hung it on a noun (an apposed participle refers to the subject), else None."""
        tv = self._tv
        if tv.low[i - 1] != ",":
            return None
        h = tv.head[i]
        if tv.pos[h] not in ("VERB", "AUX"):  # attached to a noun: the main clause's verb
            h = i
            while tv.head[h] != h:
                h = tv.head[h]
        if h >= i or tv.pos[h] not in ("VERB", "AUX"):
            return None
        if "Part" in tv.morph(h, "VerbForm") and "Pres" in tv.morph(h, "Tense"):
            return None
        return tv.tokens[h]

    def _se_dire_claims(self, sent, marks, out) -> None:
        """ "X s'est dit disposé à …": a reflexive "dire"/"déclarer" and the segment after."""
        doc, lemma_low = self._tv.tokens, self._tv.lemma_low
        for i in range(sent.start, sent.end):
            if lemma_low[i] not in ("dire", "déclarer"):
                continue
            t = doc[i]
            if t.i + 1 >= sent.end:
                continue
            refl = any(norm(x.text) in ("se", "s'") for x in doc[max(sent.start, t.i - 3) : t.i])
            nxt = doc[t.i + 1]
            if refl and nxt.pos_ in ("ADJ", "VERB", "ADV") and not self.res.in_quote(t.idx):
                parties = self.res.subjects(t)
                if parties:
                    att = Attribution(parties[0], "se " + norm(t.lemma_), "se dire")
                    self.add_claim(out, marks, nxt.idx, self._segment_end(nxt.i, sent), att)

    def _object_claims(self, sent, marks, out) -> None:
        """ "…, qui évoque des recettes …": the object of a reporting verb is the claim."""
        tv = self._tv
        doc, lemma_low = tv.tokens, tv.lemma_low
        for i in tv.with_pos("VERB", sent.start, sent.end):
            content = lemma_low[i] in CONTENT_OBJECT_VERBS
            if lemma_low[i] not in REPORTING_OBJECT_VERBS and not content:
                continue
            t = doc[i]
            objs = [ch for ch in t.children if ch.dep_ == "obj"]
            if not objs or self.res.in_quote(t.idx):
                continue
            if content and not self._content_object(objs[0]):
                continue  # "X a salué la décision": an act on a thing, no words reported
            apposed = self.apposed_participle(i)
            g = self.res.verb_group_start(t)
            if not apposed and g > sent.start and tv.text[g - 1] in (",", "»", '"', "”"):
                continue  # "« … », a déclaré jeudi le ministre X": an incise, X its subject
            parties = self.res.subjects(t)
            if apposed and not any(p.identified for p in parties):
                # "X a salué A, exprimant sa gratitude envers Y", "…, tout en réaffirmant
                # B": the participle says its object with the subject of the clause before;
                # none named there (an incise's "a-t-il ajouté"), no claim of no one
                parties = self._subject_before_gerund(t)  # type: ignore[attr-defined]
            if parties:
                o = objs[0]
                a = doc[min(x.i for x in o.subtree)].idx
                att = Attribution(parties[0], norm(t.lemma_), "object")
                end = self._segment_end(o.i, sent)
                rel = next(
                    (x for x in o.subtree if x.i > o.i and x.lower_ in RELATIVES),
                    None,
                )
                if rel is not None:  # "la mesure que Y a prise": the relative is no claim of X
                    end = min(end, self._trim_end(a, rel.idx))
                cut = _coordinated_verb_start(t, o)
                if cut is not None:  # "a réaffirmé A et rejeté B": A alone is réaffirmer's
                    end = min(end, self._trim_end(a, doc[cut].idx))
                self.add_claim(out, marks, a, end, att, need_verb=False)

    def apposed_participle(self, i: int) -> bool:
        """Token i is a present participle (-ant) set after a comma, or after ", en" / ",
        tout en", object clitics allowed ("…, les déclarant …"): an apposed participle
        clause, whose subject is that of the clause before the comma (French grammar),
        whatever noun the parser hung it on."""
        low = self._low
        if not low[i].endswith("ant") or "Inf" in self._tv.morph(i, "VerbForm"):
            return False
        k = i - 1
        while k > 0 and low[k] in _PARTICIPLE_CLITICS:
            k -= 1
        if low[k] == "en":
            k -= 1 + (low[k - 1] == "tout")
        return k > 0 and low[k] == ","

    def _content_object(self, o: Token) -> bool:
        """The object of a verb of :data:`CONTENT_OBJECT_VERBS` reports words when it is a
        noun with a complement of content of five words or more ("a rappelé la détermination
        de son pays à accompagner …", "a souligné l'importance de renforcer …"), not a bare
        thing ("a salué la décision", "a rappelé son ambassadeur")."""
        tv = self._tv
        if tv.pos[o.i] != "NOUN" or o.lemma_.lower() in self.c.roles:
            return False
        lo, hi = self.res.sent_bounds(o)
        k = o.i + 1
        while k < hi and not tv.punct[k]:
            k += 1  # the segment after the noun, to the next punctuation
        if k - min(x.i for x in o.subtree) < 6:
            return False
        return o.i + 1 < hi and tv.low[o.i + 1] in ("de", "d'", "d’", "à", "du", "des")

    def _after_appositions(self, k: int, sent) -> int | None:
        """Token index where the reported clause starts after "Selon X, [role, ]"."""
        doc = self.doc
        if k >= sent.end or doc[k].text != ",":
            return None
        k += 1
        for _ in range(2):
            if k >= sent.end:
                return None
            t = doc[k]
            looks_appos = (t.pos_ in ("NOUN", "ADJ") and t.text[:1].islower()) and (
                norm(t.text) in self.c.speaker_nouns or norm(t.lemma_) in self.c.speaker_nouns
            )
            if not looks_appos:
                return k
            m = k
            while m < sent.end and doc[m].text != ",":
                if doc[m].pos_ in ("VERB", "AUX") and "Fin" in doc[m].morph.get("VerbForm"):
                    return k
                m += 1
            if m >= sent.end:
                return k
            k = m + 1
        return k

    def clause_end(self, verb: Token, k: int, sent) -> int:
        doc = self.doc
        comp = [ch for ch in verb.children if ch.dep_ in ("ccomp", "obj", "xcomp") and ch.i >= k]
        if comp and _verbless_name(comp[0]):
            # the parser made the clause's subject ("que Dana Bar-ol a été priée …") the head
            # of the completive and hung the clause's verb elsewhere: the claim runs on
            comp = []
        if comp:
            last = max(x.i for x in comp[0].subtree)
            last = min(last, sent.end - 1)
        else:
            last = sent.end - 1
        for x in doc[k : last + 1]:
            if x.text == ";":
                last = x.i - 1
                break
        last = self._before_second_speech(k, last)
        last = self._before_main_verb(verb.i, k, last, sent)
        return doc[last].idx + len(doc[last])

    def _before_main_verb(self, i: int, k: int, last: int, sent) -> int:
        """ "X, qui estime que A, a protesté …": the claim of a verb in a relative clause set
        off after the sentence's subject ends before the comma that closes the clause, not
        in the main clause the parser may hang inside it (:mod:`.appositive_relatives`)."""
        r = relative_of_verb(self._tv, i, sent.start)
        if r is None:
            return last
        c = clause_close(self._tv, r, sent.end, self.res.in_quote)
        if c is None or not (k < c <= last):
            return last
        return c - 1

    def _coordinated_claimer(self, i: int, cue: str, out) -> tuple[Attribution, int] | None:
        """(attribution, start of the first claim): the speaker of the claim that ends right
        before "et" (and an auxiliary) opening the speech verb at token i: "X a déclaré que A
        et a souligné que B" — B is X's; so is B after a comma and a present participle of
        speech ("X a annoncé que A, précisant que B"), whatever the parser hangs it on."""
        tv = self._tv
        x = i - 1
        while x > 0 and tv.pos[x] in ("AUX", "ADV"):
            x -= 1
        if tv.low[x] != "et" and not (tv.low[x] == "," and tv.low[i].endswith("ant")):
            return None  # "et a souligné que B", or ", soulignant que B" after the claim
        before = [a for a in out if a[1] <= tv.idx[x] and tv.idx[x] - a[1] <= 3]
        if not before or before[-1][2].how != "que" or not _named(before[-1][2]):
            return None
        return Attribution(before[-1][2].party, cue, "que"), before[-1][0]

    def _before_second_speech(self, k: int, last: int) -> int:
        """ "X a déclaré que A et a souligné que B": a claim stops before "et" followed by a
        finite speech verb (an auxiliary and a participle, or a verb of the present) with no
        subject of its own — the governing verb's subject says B, another claim; likewise
        before a comma and a present participle of speech with its "que" (", ajoutant que B")."""
        tv = self._tv
        for x in range(k, last):
            if tv.low[x] == "," and self._speech_participle(x + 1, last):
                return x - 1  # "… que A, précisant que B": B is another claim of X's
            if tv.low[x] != "et" or self.res.in_quote(tv.idx[x]):
                continue
            v = x + 1
            if v <= last and tv.pos[v] == "AUX" and tv.low[v] in ("a", "ont", "avait", "avaient"):
                v += 1
            while v <= last and tv.pos[v] == "ADV":
                v += 1
            if v > last or tv.pos[v] != "VERB" or self.speech_cue(v) is None:
                continue
            if any(tv.dep[c] in ("nsubj", "nsubj:pass") for c in tv.children[v]):
                continue
            j = x - 1
            while j > k and tv.text[j] == ",":
                j -= 1
            return j
        return last

    def _speech_participle(self, v: int, last: int) -> bool:
        """Token v is a present participle of speech ("précisant", "ajoutant", "estimant")
        whose "que" follows within three words ("soulignant en outre que"), outside quotes."""
        tv = self._tv
        if v > last or tv.pos[v] != "VERB" or not tv.low[v].endswith("ant"):
            return False
        if self.res.in_quote(tv.idx[v]) or self.speech_cue(v) is None:
            return False
        return any(tv.low[j] in ("que", "qu'", "qu’") for j in range(v + 1, min(v + 5, last + 1)))

    def _segment_end(self, i: int, sent) -> int:
        doc = self.doc
        k = i
        while (
            k < sent.end
            and doc[k].text not in (",", ";", ".", "!", "?")
            or (k < sent.end and self.res.in_quote(doc[k].idx))
        ):
            k += 1
        k = min(k, sent.end) - 1
        return doc[k].idx + len(doc[k])


def _coordinated_verb_start(verb: Token, obj: Token) -> int | None:
    """Index of the first token ("et", "puis", the auxiliary) of a verb coordinated with
    ``verb`` after its object ("X a réaffirmé A et rejeté B", "X a exprimé A et a insisté
    sur B"): the object claimed ends there, the second verb says something else. None when
    no such verb follows the object."""
    for ch in verb.children:
        if ch.dep_ == "conj" and ch.pos_ in ("VERB", "AUX") and ch.left_edge.i > obj.i:
            return ch.left_edge.i
    doc = verb.doc
    end = verb.sent.end
    for k in range(obj.i + 1, end - 2):
        # "… et a insisté sur B" however the parser hung it: a tense auxiliary after "et"
        # opens a second finite predicate of the same subject
        aux, part = doc[k + 1], doc[k + 2]
        if doc[k].lower_ in ("et", "puis") and aux.dep_ == "aux:tense" and part.pos_ == "VERB":
            return k
        if doc[k].text in (".", ";", "!", "?"):
            break
    return None
