"""The quote finder: marks, incises and "selon" phrases per sentence, each mark attributed and
classified, reported claims added; rows in text order."""

from __future__ import annotations

import bisect

import pandas as pd

from analysis.document.frames import frame
from analysis.extract.cues import norm
from analysis.extract.quotes.attribution import Attributor
from analysis.extract.quotes.base import Attribution
from analysis.extract.quotes.claims import within_claims
from analysis.extract.quotes.echoes import Echoes
from analysis.extract.quotes.incises import Incises
from analysis.extract.quotes.inner import InnerIncises
from analysis.extract.quotes.judged import judge_of, participle_before
from analysis.extract.quotes.kinds import WORD, Kinds
from analysis.extract.quotes.lede import bare_quotes, naming_purpose
from analysis.extract.quotes.marks import SPACES, Mark, find_marks
from analysis.extract.quotes.names import names_a_thing
from analysis.extract.quotes.offices import LateOffices
from analysis.extract.quotes.presentatives import agent_after_noun, presentative_start
from analysis.extract.quotes.reported import ReportedSpeech
from analysis.extract.quotes.selon import SelonPhrases
from analysis.extract.quotes.speakers import Party
from analysis.extract.quotes.tree_walk import TreeWalk
from analysis.extract.quotes.words import (
    CONTENT_OBJECT_VERBS,
    DE,
    PRESENTATIVES,
    RECALL_VERBS,
    SPEECH_NOUNS,
    TITLE_NOUNS,
    VOICE_PHRASES,
    WITNESS_VERBS,
)

QUOTE_COLUMNS = [
    "quote_id",
    "speaker",
    "speaker_id",
    "text",
    "kind",
    "cue",
    "sentence_id",
    "start",
    "end",
    "attribution",
    "evaluative",
    "words",
]


# attributions a sentence-final ", selon X" overrides: no cue named the speaker (a term
# continued from an earlier sentence, or read off the subject of the main verb)
WEAK_HOWS = frozenset(("none", "continued", "main subject", "subject"))

# a quotation continues the one before it in its sentence across at most this many tokens
SAME_SENTENCE_GAP = 12


def _identified(att: Attribution) -> bool:
    return att.party is not None and att.party.identified


class Quoter(
    Attributor,
    TreeWalk,
    InnerIncises,
    Incises,
    SelonPhrases,
    ReportedSpeech,
    LateOffices,
    Echoes,
    Kinds,
):
    """Finds and attributes the quotes of one article."""

    def run(self) -> pd.DataFrame:
        return frame(self.find(), QUOTE_COLUMNS)

    def find(self) -> list[dict]:
        """The rows of the quotes table, in table order."""
        art, doc, text = self.article, self.doc, self.article.text
        marks = self.split_inner_incises(find_marks(text, art.paragraphs))
        self.res.set_quote_spans([(m.open_at, m.close_at + 1) for m in marks])
        by_sent: dict[int, list[Mark]] = {}
        for m in marks:
            s = art.sentence_at(m.start)
            if s is not None:
                by_sent.setdefault(s.id, []).append(m)
        rows = []
        by_start: dict[int, Attribution] = {}
        for s in art.sentences:
            span = doc.char_span(s.start, s.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            incises = self.incises(span)
            selons = self.selon_phrases(span)
            closing = self._closing_selon(span, selons)
            voice = self._voice_in(span) or self._closing_selon_person(span, selons)
            items = []
            earlier: list[tuple[Mark, Attribution]] = []
            for m in by_sent.get(s.id, []):
                att = self._attribution(
                    m, s, span, (incises, selons, earlier), marks, by_sent, by_start
                )
                if closing is not None and att.how in WEAK_HOWS:
                    att = Attribution(closing, "selon", "selon")
                if att.how == "none" and att.party is None:
                    att = self._main_subject(m, span) or att
                if voice is not None and (self._speaks_for(att, voice) or att.how == "none"):
                    # "X a, par la voix de Y, dénoncé « … »": the parse broken by the phrase
                    # often leaves the quotation with no cue; the voice is still its speaker
                    att = Attribution(voice, att.cue, att.how)
                earlier.append((m, att))
                by_start[m.start] = att
                kind = self.kind(m, att, span)
                items.append((m.start, m.end, att, kind))
                if self._notable(att):
                    # noted at once: a pronoun later in the sentence ("…, qu'il accuse de …")
                    # refers to the speaker just quoted in it
                    self.res.note_speaker(m.start, att.party)
            noted = len(items)
            for a, b, att in self.reported(span, incises, selons, by_sent.get(s.id, [])):
                items.append((a, b, att, "reported"))
            items.extend(self._presented_claims(s, items))
            items = within_claims(items, noted)  # "X a prévenu que Y risquait « … »": X's
            claims = set(range(noted, len(items)))
            order = sorted(range(len(items)), key=lambda k: items[k][0])
            for k in order:
                a, b, att, kind = items[k]
                if voice is not None and self._speaks_for(att, voice):
                    att = Attribution(voice, att.cue, att.how)
                party = att.party if att.party is not None and att.party.identified else None
                quote = text[a:b]
                rows.append(
                    {
                        "speaker": party.name if party else None,
                        "speaker_id": party.actor_id if party else None,
                        "text": quote,
                        "kind": kind,
                        "cue": att.cue,
                        "sentence_id": s.id,
                        "start": a,
                        "end": b,
                        "attribution": att.how,
                        "evaluative": self.evaluative(quote, kind),
                        "words": len(WORD.findall(quote)),
                    }
                )
                if k in claims and self._notable(att):
                    self.res.note_speaker(a, att.party)  # (anonymous ones for the pronouns)
        self.link_offices(rows)
        self.echo_speakers(rows, marks)
        for i, row in enumerate(rows):
            row["quote_id"] = f"Q{i + 1:03d}"
        return rows

    def _attribution(self, m, s, span, rules, marks, by_sent, by_start) -> Attribution:
        """The attribution of quotation m: the sentence's rules, then a quotation running on
        (its last part's), the rest of a quote cut by an incise (its first part's), the next
        sentence, the quotation before it in the sentence, the last speaker (the caller then
        tries a closing "selon X" and last the main subject of the sentence)."""
        incises, selons, earlier = rules
        qtoks = self.tokens(m.start, m.end)
        if qtoks and names_a_thing(
            self._tv, self.article.text[m.start : m.end], qtoks[0].i, qtoks[-1].i
        ):
            return Attribution(None, "", "name")  # "le navire « X »": a name, said by no one
        att = self.attribute(m, span, incises, selons)
        if m.runs_on and (att.party is None or not att.party.identified):
            att = self._continued(m, marks, by_sent) or att
        if m.follows is not None and not _identified(att):
            att = by_start.get(m.follows, att)  # the rest of a quote cut by an incise
        if att.how == "none":
            att = self._named_after(m, s) or self._same_sentence(m, earlier) or att
        if att.how == "none":
            att = self._continuing(m) or att
        if self._witnessed(att):
            return Attribution(None, att.cue, "none")
        return self._agentless(m, att)

    def _witnessed(self, att: Attribution) -> bool:
        """The attribution is a reporter seeing a fact ("…, a constaté un journaliste de
        l'AFP"): a medium as the subject of a verb of :data:`WITNESS_VERBS`. The terms the
        sentence quotes are someone else's words, left to the later rules (echoes)."""
        p = att.party
        if p is None or p.actor_id is None or norm(att.cue) not in WITNESS_VERBS:
            return False
        return self.res.actor_type(p.actor_id) == "media"

    def _main_subject(self, m: Mark, span) -> Attribution | None:
        """A term quoted with no cue in a sentence whose main verb has a person or a body as its
        subject ("X a reçu Y avec l'ambition de renforcer « … »", "Le ministère a convoqué
        l'ambassadeur pour protester contre un « groupe violent »"): the journalist quotes
        the subject's words (a thing, no one, several parties or a title of an act leave it
        unattributed)."""
        qtoks = self.tokens(m.start, m.end)
        if not qtoks or self._titled(m, qtoks):
            return None
        node = qtoks[0]
        for _ in range(12):
            if node.head is node or node.head.i < span.start or node.head.i >= span.end:
                break
            node = node.head
            if self.recalls_envoys(node):
                return None  # "X a rappelé ses ambassadeurs pour « consultations »"
        if node.pos_ not in ("VERB", "AUX") or self.res.in_quote(node.idx):
            return None
        parties = [p for p in self.res.subjects(node) if not self.res.in_quote(p.start)]
        if len(parties) != 1 or not parties[0].identified or parties[0].actor_id is None:
            return None
        if parties[0].start > m.open_at:
            return None
        if self.res.actor_type(parties[0].actor_id) not in ("person", "organisation"):
            return None  # a state's "words" are its officials' (a term under a state's act
            # is as often the journalist's or another state's)
        return Attribution(parties[0], "", "main subject")

    def _titled(self, m: Mark, qtoks) -> bool:
        """The quotation is the name of an act or an operation: it opens with a noun of
        :data:`TITLE_NOUNS` ("« traité d'amitié … »") or follows one ("l'opération « … »")."""
        first = norm(qtoks[0].text)
        k = qtoks[0].i - 1
        while k >= 0 and (self.doc[k].is_punct or self.doc[k].is_space):
            k -= 1
        before = norm(self.doc[k].text) if k >= 0 else ""
        return first in TITLE_NOUNS or before in TITLE_NOUNS

    def _notable(self, att: Attribution) -> bool:
        """The attribution names a speaker later pronouns and "la même source" may refer to:
        an identified or an anonymous one, not the object of a verb like "saluer" or
        "rappeler" (a claim read into an act, not a source being quoted)."""
        p = att.party
        if p is None or not (p.identified or p.kind == "anonymous"):
            return False
        return not (att.how == "object" and att.cue in CONTENT_OBJECT_VERBS)

    def _voice_in(self, span) -> Party | None:
        """The person named after "par la voix de" in the sentence ("X, par la voix de son
        ministre Y, a affirmé …"), if any."""
        low, end = self._low, span.end  # norm(token.text) of every token of the Doc
        firsts = {words[0] for words in VOICE_PHRASES if words}
        for k in range(span.start, end):
            if low[k] not in firsts:
                continue
            for words in VOICE_PHRASES:
                if k + len(words) > end or low[k : k + len(words)] != words:
                    continue
                rng = self.res.np_after(k + len(words), end)
                party = self.res.party(*rng) if rng else None
                if party is not None and party.identified and self._is_person(party):
                    return party
        return None

    def _same_sentence(
        self, m: Mark, earlier: list[tuple[Mark, Attribution]]
    ) -> Attribution | None:
        """A quotation no rule attributes that follows another quotation of its sentence with
        no verb between them ("X a affirmé qu'« A », et pas « B »", "sur « A », notamment
        « B »") goes on with that quotation's words: the same speaker (the quotations of a
        sentence are read left to right, so the earlier one is settled first)."""
        if not earlier:
            return None
        prev, att = earlier[-1]
        if not _identified(att) or att.how == "participle":
            return None
        gap = [t for t in self.tokens(prev.close_at + 1, m.open_at) if not t.is_space]
        if len(gap) > SAME_SENTENCE_GAP:
            return None
        for t in gap:
            if t.text in (";", ":", ".", "?", "!") or t.pos_ in ("VERB", "AUX"):
                return None
        return Attribution(att.party, att.cue, "same sentence")

    def _closing_selon(self, span, selons) -> Party | None:
        """The party named by a "selon X" that closes the sentence after a comma ("…,
        selon X."): the source of every quotation of the sentence no cue attributes."""
        tv = self._tv
        for s0, s1, _rng, att in selons:
            party = att.party
            if party is None or not party.identified:
                continue
            closes = s1 >= span.end or all(tv.punct[k] for k in range(s1, span.end))
            if closes and s0 > span.start and tv.text[s0 - 1] == ",":
                return party
        return None

    def _closing_selon_person(self, span, selons) -> Party | None:
        """The person named by a "selon X" that closes the sentence ("Le pays se dit « prêt à
        négocier », selon son Premier ministre X."): the words given to a state or a body in
        that sentence are that person's, who speaks for it."""
        tv = self._tv
        for s0, s1, _rng, att in selons:
            party = att.party
            if party is None or not party.identified or not self._is_person(party):
                continue
            closes = s1 >= span.end or all(tv.punct[k] for k in range(s1, span.end))
            if closes and s0 > span.start and tv.text[s0 - 1] == ",":
                return party
        return None

    def _speaks_for(self, att: Attribution, voice: Party) -> bool:
        """The attribution names a state or an organisation (the body the person speaks
        for), not a person."""
        p = att.party
        return (
            p is not None
            and p.identified
            and p.actor_id != voice.actor_id
            and (not self._is_person(p))
        )

    def _is_person(self, party: Party) -> bool:
        return party.actor_id is not None and self.res.actor_type(party.actor_id) == "person"

    def _named_after(self, m: Mark, s) -> Attribution | None:
        """A quotation that ends its sentence, whose speaker the next sentence names: "« … »
        Ce sont les mots de X.", "« … » C'est ce qu'a déclaré X mardi.", "Tels sont les propos
        de X": a sentence opening with a presentative and naming an utterance or a speech verb."""
        text, sents = self.article.text, self.article.sentences
        rest = text[m.close_at + 1 : s.end]
        if not rest.strip(SPACES + ".!?…") or bare_quotes(text[s.start : s.end]):
            # the quote ends its sentence, or the sentence is a bare list of quotations
            # ("« A », « B », « C »…"): read the next one
            if s.id + 1 >= len(sents):
                return None
            a, b = sents[s.id + 1].start, sents[s.id + 1].end
        elif text[m.start : m.end].rstrip()[-1:] in ".!?…":  # "« … . » Ce sont …" in one
            a, b = m.close_at + 1 + len(rest) - len(rest.lstrip(SPACES)), s.end
        elif presentative_start(rest) is not None:  # "« … », ce sont les propos de X"
            a, b = m.close_at + 1 + presentative_start(rest), s.end
        else:
            return None
        span = self.doc.char_span(a, b, alignment_mode="expand")
        if span is None or len(span) < 4:
            return None
        opening = " ".join(t.lower_ for t in span[:3]).replace("’", "'")
        if not opening.startswith(tuple(PRESENTATIVES)):
            return self._lede_speaker(m, s, span)
        return self._presented_by(span)

    def _presented_by(self, span) -> Attribution | None:
        """The speaker a presentative span names ("Ce sont les mots de X", "C'est ce qu'a
        déclaré X", "c'est ce que X a déclaré"): an utterance noun with its "de"/"par"
        author, or a speech verb with its (inverted) subject; else None."""
        for t in span:
            agent = agent_after_noun(self._tv, t.i, span.end) if t.pos_ == "NOUN" else None
            if norm(t.text) in SPEECH_NOUNS and (
                agent is not None or (t.i + 1 < span.end and norm(t.nbor().text) in DE)
            ):  # "les mots de X", "les propos tenus par X"
                rng = self.res.np_after(agent or t.i + 2, span.end)
                party = self.res.party(*rng) if rng else None
                if party is not None and party.identified:
                    return Attribution(party, norm(t.text), "next")
            cue = self.is_speech(t, weak=True) if t.pos_ in ("VERB", "AUX") else None
            if cue:
                # "c'est ce qu'a déclaré X" (inverted), "c'est ce que X a déclaré"
                inverted = self._inverted_subject(t, t.i + 1, span)
                parties = [inverted] if inverted is not None else []
                parties = [p for p in parties + self.res.subjects(t) if p.identified]
                if parties:
                    return Attribution(parties[0], cue, "next")
        return None

    def _presented_claims(self, s, items: list) -> list[tuple[int, int, Attribution, str]]:
        """The claim of :meth:`_presented_claim` for a sentence where nothing else was found
        (``items``: its quotations and claims so far), as a list of zero or one item."""
        claim = None if items else self._presented_claim(s)
        return [claim] if claim is not None else []

    def _presented_claim(self, s) -> tuple[int, int, Attribution, str] | None:
        """A sentence without quotation marks or claim whose next sentence, in the same
        paragraph, opens with a presentative naming a speaker ("Le pays refuse la médiation.
        C'est ce qu'a annoncé le ministère.", "… n'ont pas de rival. Tels sont les propos du
        ministre."): the whole sentence is that speaker's reported claim. Why: the press
        often gives the claim first and its author only in the next sentence; the rule for
        a quotation before the presentative (:meth:`_named_after`) needs quotation marks."""
        sents = self.article.sentences
        if s.is_heading or s.id + 1 >= len(sents):
            return None
        nxt = sents[s.id + 1]
        if nxt.paragraph_id != s.paragraph_id or any(c in s.text for c in '«»“”"'):
            return None
        if self.res.in_quote(s.start) or self.res.in_quote(nxt.start):
            return None  # a sentence inside a quotation of several
        opening = " ".join(nxt.text.lower().replace("’", "'").split()[:3])
        if not opening.startswith(tuple(PRESENTATIVES)) or opening.startswith("c'est-à-dire"):
            return None
        span = self.doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
        if span is None or len(span) < 4:
            return None
        att = self._presented_by(span)
        if att is None or len(WORD.findall(s.text)) < 6:
            return None
        end = s.end - (s.text[-1:] in ".!?…")
        return s.start, end, att, "reported"

    def _lede_speaker(self, m: Mark, s, span) -> Attribution | None:
        """A quotation standing alone as a sentence (a headline, a lead quote: "« … »" and
        nothing else, or a bare list of quoted words "« A », « B »…"), with the next sentence
        about someone's words: the person subject of its main speech verb ("X a déclaré …",
        "X a tenu ces propos …", "X n'a pas de mots assez durs pour qualifier …") said it."""
        before = self.article.text[s.start : m.open_at]
        if before.strip(SPACES) and not bare_quotes(self.article.text[s.start : s.end]):
            return None  # (the caller checked that the quotation ends its sentence)
        for t in span:
            if t.pos_ not in ("VERB", "AUX") or self.res.in_quote(t.idx):
                continue
            if t.head.i != t.i and span.start <= t.head.i < span.end:
                continue  # not the main verb of the span
            cue = self.is_speech(t, weak=False) or self._utterance_object(t)
            cue = cue or naming_purpose(self._tv, t.i)  # "X n'a pas de mots pour qualifier …"
            if cue is None:
                return None
            parties = [p for p in self.res.subjects(t) if p.identified and self._is_person(p)]
            return Attribution(parties[0], cue, "next") if parties else None
        return None

    def _utterance_object(self, verb) -> str | None:
        """ "X a tenu ces propos", "X a eu ces mots": the verb's object (a determiner and a
        noun right after it, whatever the parse) names an utterance."""
        doc = self.doc
        for k in range(verb.i + 2, min(verb.i + 4, len(doc))):
            if norm(doc[k].text) in SPEECH_NOUNS and doc[k - 1].pos_ == "DET":
                return norm(doc[k].text)
        return None

    def _announced(self, m: Mark) -> Attribution | None:
        """A quotation that opens its sentence, right after a sentence where someone speaks
        without quotation marks ("X a également souligné le rôle de Y. « … »"), in the same
        paragraph or opening the next one, is that speaker's, when nobody was quoted since."""
        art, text = self.article, self.article.text
        s = art.sentence_at(m.open_at)
        if s is None or s.id == 0 or text[s.start : m.open_at].strip(SPACES):
            return None
        prev = art.sentences[s.id - 1]
        para = bisect.bisect_right(self._para_starts, m.open_at) - 1
        where = bisect.bisect_right(self._para_starts, prev.start) - 1
        opens = not text[self._para_starts[para] : m.open_at].strip(SPACES)
        if not (where == para or (opens and where == para - 1)):
            return None
        if any(prev.start <= off < m.open_at for off, _p in self.res.speakers):
            return None
        span = self.doc.char_span(prev.start, prev.end, alignment_mode="expand")
        for t in span if span is not None else ():
            if t.pos_ not in ("VERB", "AUX") or self.res.in_quote(t.idx):
                continue
            cue = self.is_speech(t)
            if cue is None or t.dep_ not in ("ROOT", "conj"):
                continue
            parties = [p for p in self.res.subjects(t) if not self.res.in_quote(p.start)]
            if parties and parties[0].identified:
                return Attribution(parties[0], cue, "announced")
        return None

    def _continuing(self, m: Mark) -> Attribution | None:
        """A quotation no rule attributes continues the last speaker's words ("X a souligné
        que … « … ». Elle vise « … »"): when that speaker was quoted earlier in the same
        paragraph, or in the paragraph just before when the quotation opens its own
        (communiqués and speeches quoted paragraph after paragraph). A short term (four words
        or fewer) may be the journalist's own scare quote: never continued."""
        if len(WORD.findall(self.article.text[m.start : m.end])) <= 4:
            return None
        announced = self._announced(m)
        if announced is not None:
            return announced
        last = self._paragraph_speaker(m)
        return Attribution(last, "suite", "continued") if last is not None else None

    def _paragraph_speaker(self, m: Mark) -> Party | None:
        """The last speaker, when quoted earlier in the quotation's paragraph, or in the
        paragraph just before when the quotation opens its own."""
        last = self.res.last_speaker(m.open_at)
        if last is None or not self.res.speakers:
            return None
        offset = max(off for off, p in self.res.speakers if off < m.open_at)
        para = bisect.bisect_right(self._para_starts, m.open_at) - 1
        where = bisect.bisect_right(self._para_starts, offset) - 1
        opens = not self.article.text[self._para_starts[para] : m.open_at].strip(SPACES)
        return last if where == para or (opens and where == para - 1) else None

    def _agentless(self, m: Mark, att: Attribution) -> Attribution:
        """A judgement with no agent ("des déclarations jugées « outrancières »", "un accord
        qualifié d'« historique »") after someone was quoted in the paragraph is that
        speaker's: the article is reporting their view (with nobody quoted yet it stays the
        journalist's, unattributed, unless the participle qualifies the complement of a judging
        act: "X a rompu avec Y qualifié de « … »" is X's, :meth:`_judge`); envoys recalled
        "pour « consultations »" say nothing."""
        if att.party is not None or att.how not in ("participle", "passive"):
            return att
        if att.cue in RECALL_VERBS or norm(att.cue) in RECALL_VERBS:
            return att
        last = self._paragraph_speaker(m) or self._judge(m)
        return Attribution(last, att.cue, "agentless") if last is not None else att

    def _judge(self, m: Mark) -> Party | None:
        """The actor whose judging act governs the noun the agentless participle qualifies
        ("X a rompu avec Y qualifié d'« … »": X; :mod:`.judged`), or None."""
        qtoks = self.tokens(m.start, m.end)
        if not qtoks:
            return None
        s0 = self.res.sent_start(qtoks[0].i)
        participle = participle_before(self, qtoks[0].i, s0)
        return judge_of(self, participle) if participle is not None else None
