"""One quotation's speaker: the nearest, most explicit attribution, tried in a fixed order
(see :meth:`Attributor.attribute`): an adjacent incise, a colon introduction, an attribution
line, an agentless participle, an adjacent "selon X", the speech verb governing the quote in
the tree, an incise further on, a "selon X" in the clause, the subject of a position verb.

The tree walk (step 6) is the :class:`~analysis.extract.quotes.tree_walk.TreeWalk` mixin of
the quote finder, in :mod:`analysis.extract.quotes.tree_walk`."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from analysis.extract.cues import matches, norm
from analysis.extract.quotes.base import Attribution, QuoterBase
from analysis.extract.quotes.citing import cited_party
from analysis.extract.quotes.completive import speech_before_completive
from analysis.extract.quotes.fronted import fronted_participle
from analysis.extract.quotes.marks import SPACES, Mark
from analysis.extract.quotes.questions import asked_question
from analysis.extract.quotes.reporters import incise_over_collective
from analysis.extract.quotes.sources import issuer_before_colon, speaker_before_source
from analysis.extract.quotes.speakers import Party
from analysis.extract.quotes.tree_walk import gerund, named
from analysis.extract.quotes.words import (
    DE,
    DOCUMENT_NOUNS,
    PARTICIPLE_GAP_WORDS,
    TEXT_NOUNS,
)

# An attribution line after a quote ("Paul Durand, ministre de l'Intérieur") is short: past
# this many characters to the paragraph's end it is prose, and not scanned (token by token, the
# rest of a one-paragraph book per quote was quadratic in its length).
MAX_LINE_CHARS = 400


# subordinators that open a clause contrasted with the one before ("alors que", "tandis que")
_CONTRASTIVE = frozenset(("alors", "tandis"))


@dataclass(frozen=True)
class _Quote:
    """A quotation being attributed: its mark, sentence, tokens (first and last index) and the
    incises and "selon" phrases of the sentence."""

    mark: Mark
    sent: Span
    tokens: list[Token]
    first: int
    last: int
    incises: list
    selons: list


class Attributor(QuoterBase):
    """The speaker of each quotation."""

    # the incise verbs of the sentence being read (token index -> their attribution)
    _incise_at: dict[int, Attribution] = {}

    def attribute(self, mark: Mark, sent, incises, selons) -> Attribution:
        """The attribution of one quotation: the first rule that finds one, from the nearest
        and most explicit (an adjacent incise) to the weakest (the subject of a position verb
        governing the quote); unattributed ("none") when no rule applies."""
        qtoks = self.tokens(mark.start, mark.end)
        if not qtoks:
            return Attribution(None, "", "none")
        q = _Quote(mark, sent, qtoks, qtoks[0].i, qtoks[-1].i, incises, selons)
        self._incise_at = {verb.i: att for _g, verb, att in incises}
        asked = asked_question(self, q.first, sent.start, self.article.text[mark.start : mark.end])
        if asked is not None:  # "à la question : « … ? »": the asker's, not the answerer's
            return asked
        for rule in (
            self._incise_after,  # 1.
            self._incise_before,  # 1b.
            self._colon_introduction,  # 2.
            self._line_after,  # 3.
            self._participle_before,  # 4.
            self._adjacent_selon,  # 5.
        ):
            att = rule(q)
            if att is not None:
                if rule == self._incise_after:
                    return self._speaker_before_reporter(q, att)
                if rule == self._adjacent_selon and not named(att):
                    # "selon un article, X estime que « … »": a phrase naming nobody gives
                    # way to a speech verb whose subject is named
                    speech, _fallback = self.walk(qtoks, mark)
                    return speech if speech is not None and named(speech) else att
                if rule == self._adjacent_selon:
                    return speaker_before_source(self, q.tokens, q.mark, att)
                return att
        att = self._participle_clause(q)  # 5b.
        if att is not None:
            return att
        # 6. the tree
        speech, fallback = self.walk(qtoks, mark)
        if speech is None:
            # 6a. a "que" clause the parser cut from its speech verb
            speech = speech_before_completive(self, q.first, q.sent.start)
        if speech is None or not named(speech):
            att = self._before_unnamed_speech(q, speech)
            if att is not None:
                return att
        if speech is not None:
            return self._framed_or_speech(q, speech)
        if speech is None or not named(speech):
            att = self._verb_in_quote(q)  # 6b.
            if att is not None:
                # "Selon lui, la Maison X « cherche à … »": the subject's deed told by the
                # one the clause's "selon" names, who speaks; likewise a speech verb told in
                # the third person by the text a body or a person issued ("Selon un
                # communiqué du ministère, le diplomate a « reconnu que … »")
                sel = self._selon_in_clause(q)
                if sel is not None and named(sel) and self._tells_the_deed(att, sel):
                    return sel
            if att is not None:
                return incise_over_collective(self, q, att)
        for rule in (
            self._incise_further_on,  # 7.
            self._selon_in_clause,  # 8.
            self._incise_earlier,  # 8b.
        ):
            att = rule(q)
            if att is not None:
                return att
        # 9. subject of a position verb
        if fallback is not None:
            return fallback
        return Attribution(None, "", "none")

    def _before_unnamed_speech(self, q: _Quote, speech: Attribution | None) -> Attribution | None:
        """What comes before a tree reading that names no speaker: a speech verb whose
        subject names no one ("Ce document, affirme X, traduit « … »") gives way to an incise
        of the sentence that names its speaker; then (6a') a participle clause of speech
        opening the sentence is the main subject's (:mod:`.fronted`)."""
        if speech is not None:
            for rule in (self._incise_earlier, self._incise_further_on):
                att = rule(q)
                if att is not None and named(att):
                    return att
        return fronted_participle(self, q.sent, q.first, q.last)

    def _tells_the_deed(self, att: Attribution, sel: Attribution) -> bool:
        """The "selon" source of the clause, rather than the subject of a verb opening the
        quotation, has the quoted words: always for a verb of action; for a verb of saying
        when the source is not a medium (an agency's report of what a minister "a déclaré"
        quotes the minister; a ministry's communiqué saying that a foreign diplomat "a
        reconnu que …" words the diplomat's admission itself) of another country than the
        subject's (a presidency telling what its own head of state "a déclaré" speaks for
        him: his words)."""
        if att.cue not in self.c.speech:
            return True
        p, s = att.party, sel.party
        if p is None or s is None or s.actor_id is None or p.actor_id == s.actor_id:
            return False
        if self.res.actor_type(s.actor_id) == "media":
            return False
        countries = [
            self.res.actors.get(a or "", {}).get("country") for a in (p.actor_id, s.actor_id)
        ]
        return bool(countries[0]) and bool(countries[1]) and countries[0] != countries[1]

    def _framed_or_speech(self, q: _Quote, speech: Attribution) -> Attribution:
        """The tree's speech attribution, unless its speaker is named past a contrastive
        subordinator ("Pour X, Z marque un « … » alors que Y a plaidé …"): then the view
        framed by the "pour X" / "selon X" of the quotation's clause."""
        if self._speaker_past_contrast(q, speech):
            sel = self._selon_in_clause(q)
            if sel is not None and named(sel):
                return sel
        return incise_over_collective(self, q, speech)

    def _speaker_past_contrast(self, q: _Quote, speech: Attribution) -> bool:
        """The speech verb's subject is named after the quotation, past a contrastive
        subordinator ("alors que", "tandis que"), and not before it in the sentence: it speaks
        in another clause than the quotation's, whose own framing ("pour X, …", "selon X, …")
        then names the speaker."""
        p = speech.party
        if p is None or not p.name:
            return False
        low, idx, text = self._low, self._tv.idx, self.article.text
        for k in range(q.last + 1, q.sent.end - 1):
            if low[k] in _CONTRASTIVE and low[k + 1] in ("que", "qu'"):
                before = text[idx[q.sent.start] : q.mark.start]
                return p.name not in before and p.name in text[idx[k] : q.sent.end_char]
        return False

    def _incise_after(self, q: _Quote) -> Attribution | None:
        """1. An incise right after the quote ("…", a-t-elle expliqué)."""
        doc, sent = self.doc, q.sent
        k = q.last + 1
        while k < sent.end and (doc[k].is_punct or doc[k].is_space) and doc[k].text not in "(":
            k += 1
        for g, verb, att in q.incises:
            if g == k or (g <= k and verb.i >= k):
                return self.read_in(q, verb, att)
        return None

    def _speaker_before_reporter(self, q: _Quote, att: Attribution) -> Attribution:
        """ "Le président X a souligné « … », rapporte son porte-parole Y dans un communiqué":
        a quotation inside its sentence, object of a speech verb whose subject is a person,
        is that person's words; the incise after it names who reports them (a state or a body
        as the verb's subject gives way to the incise: "Le pays a appelé à « … », a déclaré
        son porte-parole" is the spokesman's)."""
        if not self.article.text[q.sent.start_char : q.mark.open_at].strip(SPACES):
            return att  # the quotation opens its sentence: the incise is its speaker's
        speech, _fallback = self.walk(q.tokens, q.mark)
        if speech is None or speech.how != "cue" or not named(speech):
            return att
        p = speech.party
        if not self._is_person_party(p) or (named(att) and att.party.actor_id == p.actor_id):
            return att
        return speech

    def _is_person_party(self, p: Party | None) -> bool:
        return (
            p is not None and p.actor_id is not None and self.res.actor_type(p.actor_id) == "person"
        )

    def read_in(self, q: _Quote, verb: Token, att: Attribution) -> Attribution:
        """An incise's attribution; "…, peut-on lire dans la note" naming no issuer gives way
        to the subject of the clause holding the quote."""
        if not named(att) and self.reads(verb.i):
            return self._document_clause_subject(q) or att
        if not named(att) and self._document_after(verb.i, q.sent.end):
            # "X demande à Y « de … », souligne le texte": a document whose issuer is not
            # named reports the words of the one whose speech verb governs the quotation
            speech, _fallback = self.walk(q.tokens, q.mark)
            if speech is not None and speech.how == "cue" and named(speech):
                return speech
            # "« … », ajoute le texte" with no speech verb before: the text is the one whose
            # issuer was last quoted in the paragraph ("…, indique dans un communiqué X")
            last = self._paragraph_speaker(q.mark)  # type: ignore[attr-defined]
            if last is not None:
                return Attribution(last, att.cue, "continued")
        return att

    def _document_after(self, v: int, hi: int) -> bool:
        """A document noun names the subject of the incise verb at token v (within the next
        four words, before any punctuation): "…, souligne le texte", "…, ajoute la note"."""
        tv = self._tv
        for k in range(v + 1, min(hi, v + 5)):
            if tv.punct[k]:
                return False
            if tv.low[k] in DOCUMENT_NOUNS or tv.low[k] in TEXT_NOUNS:
                return True
        return False

    def _document_clause_subject(self, q: _Quote) -> Attribution | None:
        """ "X donne « un délai », peut-on lire dans la note adressée à Y": a document whose
        issuer is not named speaks for the subject of the clause that holds the quote."""
        speech, fallback = self.walk(q.tokens, q.mark)
        for att in (speech, fallback):
            if att is not None and named(att):
                return att
        node = q.tokens[0]
        for _ in range(8):
            if node.head is node or node.head.i >= q.sent.end or node.head.i < q.sent.start:
                return None
            node = node.head
            if node.pos_ in ("VERB", "AUX") and node.i not in range(q.first, q.last + 1):
                parties = [p for p in self.res.subjects(node) if not self.res.in_quote(p.start)]
                if parties and parties[0].identified:
                    return Attribution(parties[0], "lire", "document clause")
                if not parties and "Part" in node.morph.get("VerbForm"):
                    continue  # "… suivant la remise de la lettre pour « … »": a
                    # participle with no subject of its own; the clause's verb is above
                return None
        return None

    def _incise_before(self, q: _Quote) -> Attribution | None:
        """1b. A quote right after an incise ("« A », dit-il, « B »")."""
        doc, first = self.doc, q.first
        k = first - 1
        while k >= q.sent.start and (doc[k].is_punct or doc[k].is_space):
            k -= 1
        for g, verb, att in q.incises:
            if verb.i == k or (
                verb.i < k
                and all(
                    x.text.startswith("-") or x.pos_ in ("PRON", "PROPN", "NOUN", "DET", "ADJ")
                    for x in doc[verb.i + 1 : k + 1]
                )
                and doc[first - 1].text in ("«", '"', "“")
                and doc[max(first - 2, 0)].text == ","
            ):
                if g < first:
                    return att
        return None

    def _colon_introduction(self, q: _Quote) -> Attribution | None:
        """2. A colon introduction ("X a déclaré : « … »")."""
        before = self._prev_word(q.first, q.sent)
        if before is not None and before.text == ":":
            return self._colon(before, q.sent)
        return None

    def _line_after(self, q: _Quote) -> Attribution | None:
        """3. An attribution line after a quote that ends its sentence."""
        return self._attribution_line(q.mark, q.sent)

    def _participle_before(self, q: _Quote) -> Attribution | None:
        """4. An agentless participle right before ("qualifiée "d'historique"")."""
        return self._participle(q.first, q.sent)

    def _adjacent_selon(self, q: _Quote) -> Attribution | None:
        """5. A "selon X" right before or right after the quote."""
        doc, first, last = self.doc, q.first, q.last
        for s0, s1, _rng, att in q.selons:
            if 0 <= first - s1 <= 2 and all(
                doc[x].is_punct or norm(doc[x].text) in DE or doc[x].pos_ == "DET"
                for x in range(s1, first)
            ):
                return att
            if 0 <= s0 - last <= 3 and all(doc[x].is_punct for x in range(last + 1, s0)):
                return att
        return None

    def _participle_clause(self, q: _Quote) -> Attribution | None:
        """5b. The quote depends on a participle speech clause after an incise ("« … », a
        estimé X, soulignant qu'il s'agit d'« … »"): the incise's speaker."""
        heads, tv = self._tv.head, self._tv
        node, seen = q.first, 0
        while heads[node] != node and seen < 12:
            node, seen = heads[node], seen + 1
            if node < q.first and tv.pos[node] in ("VERB", "ADJ"):
                says = self.speech_cue(node) or tv.low[node + 1] in ("que", "qu'", "qu’")
                return self.participle_after_incise(node, q.incises) if says else None
        return None

    def _verb_in_quote(self, q: _Quote) -> Attribution | None:
        """6b. The quotation opens with the speech verb itself, its subject outside ("X a
        « noté avec regret » la décision", "X « a souligné les risques »"): the subject."""
        tv = self._tv
        for t in q.tokens[:3]:
            if tv.pos[t.i] == "AUX" or tv.low[t.i] in ("ne", "n'", "n’"):
                continue
            verb = tv.pos[t.i] == "VERB" or (
                tv.pos[t.i] == "ADJ" and t.i == q.first and self._after_auxiliary_mark(t.i)
            )  # 'X a « condamné avec force »': the participle read as an adjective
            cue = self.is_speech(t, weak=True) if verb else None
            if not verb:
                return None
            parties = [p for p in self.res.subjects(t) if not self.res.in_quote(p.start)]
            if not parties:
                parties = self._name_before_mark(q)  # the tagger hung the name elsewhere
            if not parties or not parties[0].identified:
                return None
            if cue is None and not self._speaks_for_itself(parties[0], t):
                return None
            return Attribution(parties[0], cue or norm(t.lemma_), "verb in quote")
        return None

    def _name_before_mark(self, q: _Quote) -> list[Party]:
        """The actor named right before the opening mark ("…, Paul X ‘a salué …’"), when the
        parser gave the verb in the quotation no subject: the subject of that verb."""
        open_at = q.mark.open_at
        lo = q.sent.start_char
        before = [(s, e, a) for s, e, a in self.res.mentions_in(lo, open_at) if e <= open_at]
        if not before:
            return []
        s, e, aid = before[-1]
        if self.article.text[e:open_at].strip(SPACES):
            return []
        return [Party(self.res.actor_name(aid), aid, s, e, "actor")]

    def _speaks_for_itself(self, party: Party, verb: Token) -> bool:
        """ "X ‘a salué les efforts de Y et a réaffirmé …’": a quotation opening with a finite
        verb of any meaning, its subject a person or a body named just before the mark, is
        that subject's own account (a communiqué's words given to its author); a state's
        action quoted so ("l'Inde « a signé … »") is someone else's description of it."""
        if party.actor_id is None or party.end > verb.idx:
            return False
        if self.res.actor_type(party.actor_id) not in ("person", "organisation"):
            return False
        return (
            "Fin" in verb.morph.get("VerbForm")
            or self._after_auxiliary_mark(verb.i)
            or any(self._tv.pos[k] == "AUX" for k in range(max(verb.i - 2, 0), verb.i))
        )

    def _after_auxiliary_mark(self, i: int) -> bool:
        """Token i follows an opening quotation mark right after "a"/"ont"/"avait"."""
        k = i - 1
        while k > 0 and self._tv.punct[k]:
            k -= 1
        return k < i - 1 and self._tv.low[k] in ("a", "ont", "avait", "avaient")

    def _incise_further_on(self, q: _Quote) -> Attribution | None:
        """7. An incise further on in the sentence."""
        for g, verb, att in q.incises:
            if g > q.last:
                return self.read_in(q, verb, att)
        return None

    def _incise_earlier(self, q: _Quote) -> Attribution | None:
        """8b. An incise earlier in the sentence that names its speaker ("En outre, ajoute-t-il,
        l'objectif est « … »"): the incise opens the clause the quotation is part of."""
        for _g, verb, att in reversed(q.incises):
            if verb.i < q.first and named(att) and not self._break_between(verb.i, q.first):
                return att
        return None

    def _selon_in_clause(self, q: _Quote) -> Attribution | None:
        """8. A "selon X" in the same clause (no clause break between it and the quote)."""
        doc, sent, first, last = self.doc, q.sent, q.first, q.last
        for s0, s1, _rng, att in q.selons:
            if s1 <= first and not self._break_between(s1, first):
                return att
            if s0 > last and (s1 >= sent.end - 1 or doc[s1].text in (".", ",")):
                if not self._break_between(last, s0):
                    return att
        return None

    def _continued(self, m: Mark, marks: list[Mark], by_sent) -> Attribution | None:
        """A quotation running over several paragraphs (« at each paragraph start, » at the
        end) takes the attribution of its last part."""
        i = next(k for k, x in enumerate(marks) if x is m)
        while i + 1 < len(marks):
            nxt = marks[i + 1]
            sent = self.article.sentence_at(nxt.start)
            if sent is None:
                return None
            span = self.doc.char_span(sent.start, sent.end, alignment_mode="expand")
            if not nxt.runs_on:
                att = self.attribute(nxt, span, self.incises(span), self.selon_phrases(span))
                return att if att.party is not None and att.party.identified else None
            i += 1
        return None

    def _prev_word(self, i: int, sent) -> Token | None:
        k = i - 1
        while k >= sent.start and (self.doc[k].is_space or self.doc[k].text in '«"“'):
            k -= 1
        return self.doc[k] if k >= sent.start else None

    def _colon(self, colon: Token, sent) -> Attribution | None:
        doc = self.doc
        issued = issuer_before_colon(self, colon.i, sent.start)  # "via un message de X :"
        if issued is not None:
            return issued
        for t in reversed(list(doc[sent.start : colon.i])):
            cited = cited_party(self, t) if t.pos_ == "VERB" else None
            if cited is not None:  # "X cite Y : « … »", "X relaie les propos de Y : « … »"
                return Attribution(cited, norm(t.lemma_), "colon")
            cue = self.is_speech(t, weak=True)
            if cue:
                if self._narrative_infinitive(t, sent):
                    last = self.res.last_speaker(t.idx)
                    if last is not None:
                        return Attribution(last, cue, "colon")
                parties = self.res.subjects(t)
                if not any(p.identified for p in parties):
                    att = self._incise_going_on(t, sent)
                    if att is not None:
                        return Attribution(att.party, cue, "colon")
                if parties:
                    return Attribution(parties[0], cue, "colon")
        rng = (sent.start, colon.i)
        if colon.i - sent.start <= 8:
            p = self.res.party(*rng)
            if p.identified:
                return Attribution(p, ":", "colon")
        return None

    def _incise_going_on(self, t: Token, sent) -> Attribution | None:
        """ "« A », a-t-il commenté avant d'ajouter : « B »", "…, a déclaré X, ajoutant :
        « B »": an infinitive or a participle of speech hanging on an incise has the incise's
        speaker (whose subject comes after the verb, where the subject rules do not look)."""
        form = t.morph.get("VerbForm")
        if not ("Inf" in form or gerund(t)):
            return None
        node = t
        for _ in range(3):
            if node.head is node:
                return None
            node = node.head
            for _g, verb, att in self.incises(sent):
                if verb.i == node.i and named(att):
                    return att
        return None

    def _narrative_infinitive(self, t: Token, sent) -> bool:
        """ "Et d'ajouter : « … »", "Et de poursuivre : …": a speech infinitive after "de" that
        opens its sentence has no subject: the speaker is the one just quoted."""
        doc = self.doc
        if "Inf" not in t.morph.get("VerbForm") or t.i - 1 < sent.start:
            return False
        if norm(doc[t.i - 1].text) not in DE:
            return False
        before = [x for x in doc[sent.start : t.i - 1] if not (x.is_punct or x.is_space)]
        return all(norm(x.text) in ("et", "puis") for x in before)

    def _reflexive(self, t: Token) -> bool:
        """ "X s'est dit(e) « … »", "X s'est montré « … »": a participle with a reflexive
        clitic (its child, or the word before its auxiliary) is a finite verb with a subject."""
        if any(norm(ch.text) in ("se", "s'") for ch in t.children if ch.i < t.i):
            return True
        k = t.i - 1
        while k > 0 and self.doc[k].pos_ in ("AUX", "ADV"):
            k -= 1
        return k < t.i - 1 and norm(self.doc[k].text) in ("se", "s'")

    def _attribution_line(self, mark: Mark, sent) -> Attribution | None:
        """'"…" Name, role, à l'AFP': a verbless line after a quote that ends its sentence;
        its first name (up to a comma, a parenthesis or a dash) is the speaker."""
        doc, text = self.doc, self.article.text
        toks = self._line_tokens(mark, sent)
        if toks is None:
            return None
        j = 0
        while j < len(toks) and toks[j].text not in (",", "(", "—", "–"):
            j += 1
        if j == 0:
            return None
        a, b = toks[0].i, toks[j - 1].i + 1
        p = self.res.party(a, b)
        if not p.identified:
            name = text[doc[a].idx : doc[b - 1].idx + len(doc[b - 1])]
            p = Party(name.strip(), None, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), "name")
        return Attribution(p, "ligne d'attribution", "line")

    def _line_tokens(self, mark: Mark, sent) -> list[Token] | None:
        """The words after the quote up to its paragraph's end, when the quote opens its
        sentence and they make a verbless line starting with a capital; else None."""
        text = self.article.text
        k = mark.close_at + 1
        while k < len(text) and text[k] in ".!?…,":
            k += 1
        k_para = bisect.bisect_right(self._para_starts, mark.start) - 1
        para = self.article.paragraphs[k_para] if k_para >= 0 else None
        if para is None or not (para.start <= mark.start < para.end):
            return None
        rest_start = k
        while rest_start < para.end and text[rest_start] in SPACES:
            rest_start += 1
        if rest_start >= para.end or para.end - rest_start > MAX_LINE_CHARS:
            return None  # nothing after the quote, or no short line: a paragraph goes on
        # the quote must open its sentence (or its paragraph)
        if text[sent.start_char : mark.open_at].strip(SPACES + "—–-"):
            return None
        toks = [t for t in self.tokens(rest_start, para.end) if not t.is_space]
        if not toks or not toks[0].text[:1].isupper():
            return None
        if any(
            t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and t.text[:1].islower()
            for t in toks
        ):
            return None
        return toks

    def _participle(self, first: int, sent) -> Attribution | None:
        """A participle cue a few words before the quote ("une visite qualifiée
        « d'historique »", "présenté comme « … »"): a scare quote, attributed to its "par X"
        agent after it if any; a compound past ("a qualifié") is a verb, not this rule."""
        doc = self.doc
        k = first - 1
        steps = 0
        while k >= sent.start and steps < 6:
            t = doc[k]
            w = norm(t.text)
            if t.is_punct and t.text not in (",", ".", ";", ":"):
                k -= 1
                continue
            if w in DE or w in PARTICIPLE_GAP_WORDS or (t.pos_ == "DET"):
                k -= 1
                steps += 1
                continue
            hit = matches(t, self.c.participle_cues, self.c)
            if (
                hit
                and t.pos_ in ("VERB", "ADJ", "NOUN")
                and re.search(r"(é|ée|és|ées|it|ite|its|ites)$", w)
            ):
                has_avoir = any(
                    ch.dep_.startswith("aux") and norm(ch.lemma_) == "avoir" for ch in t.children
                ) or (k > sent.start and norm(doc[k - 1].lemma_) == "avoir")
                if has_avoir or self._reflexive(t):
                    return None  # "a qualifié", "s'est dit « préoccupé »": a verb, not this rule
                if _finite_with_subject(t):
                    return None  # "X y voit « … »", "ce qu'elle décrit comme « … »": a present
                ag = self.res.agent_token(t)
                if ag is not None and ag.i > first:
                    return Attribution(self.res.np_party(ag), hit, "participle")
                return Attribution(None, hit, "participle")
            return None
        return None


def _finite_with_subject(t: Token) -> bool:
    """Token t, a participle cue by its spelling ("voit", "décrit", "dit" end like "écrit"),
    is a finite verb with a subject of its own ("X y voit « … »", "ce qu'elle décrit comme
    « … »"): the present of a verb in -ir/-re, whose subject speaks, not an agentless
    participle (a participle has no nominal subject; its noun is its head)."""
    if not any(ch.dep_ in ("nsubj", "expl:subj") for ch in t.children):
        return False
    return "Fin" in t.morph.get("VerbForm") or norm(t.text).endswith(("it", "its"))
