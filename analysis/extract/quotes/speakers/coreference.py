"""A little coreference: il/elle/lui/ils/elles/eux (also "-t-il") resolved to the nearest
compatible subject, person mention or previous speaker, never to words inside a quotation."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers.base import Party, ResolverBase, clean_name
from analysis.extract.quotes.speakers.body_countries import body_country
from analysis.extract.quotes.speakers.embedded import answering_party, content_clause_subject
from analysis.extract.quotes.speakers.latter import last_named, latter_form
from analysis.extract.quotes.speakers.seats import seat_voice
from analysis.extract.quotes.speakers.topics import speaker_over_topic
from analysis.extract.quotes.words import (
    ADDRESSED,
    DE,
    DOCUMENT_NOUNS,
    POSSESSIVE_DETERMINERS,
    PRONOUNS,
    SPEECH_NOUNS,
    TITLE_HYPERNYMS,
)
from analysis.resources.gazetteer import country_of_adjective


def _nationalities(text: str) -> set[str]:
    """Countries of the nationality adjectives in a title ("ministre français" → {FR})."""
    return {c for w in re.findall(r"[\w-]+", text) if (c := country_of_adjective(w))}


def _complement(title: str, head: str) -> str:
    """The field of a title after its head noun ("ministre des affaires étrangères" →
    "affaires etrangeres"), nationality adjectives left out; "" when none."""
    words = [w for w in re.findall(r"[\w-]+", norm(title)) if not country_of_adjective(w)]
    if head not in words:
        return ""
    rest = words[words.index(head) + 1 :]
    if not rest or rest[0] not in ("de", "du", "des", "d", "l"):
        return ""
    return " ".join(w for w in rest if w not in ("de", "du", "des", "d", "l", "la", "le", "les"))


class Coreference(ResolverBase):
    """Pronouns resolved to a party, and the quotation spans and speakers they must skip."""

    def note_speaker(self, offset: int, party: Party) -> None:
        # kept in text order (the quotations of a sentence are noted before its claims)
        if party.identified:
            bisect.insort(self.speakers, (offset, party), key=lambda x: x[0])
            self._party_memo.clear()  # the last speaker names some phrases
        elif party.kind == "anonymous":
            bisect.insort(self.anonymous_at, max(offset, party.start))
            self._party_memo.clear()

    def _anonymous_last(self, floor: int, offset: int) -> bool:
        """The last speaker quoted between ``floor`` and ``offset`` is an anonymous one (a
        pronoun after it is that source: "…, a déclaré un diplomate. « … », a-t-il ajouté")."""
        anon = max((a for a in self.anonymous_at if floor < a < offset), default=-1)
        named = max((off for off, _p in self.speakers if off < offset), default=-1)
        return anon > named

    def possessor(self, tok: Token) -> Party | None:
        """The owner of a third-person possessive determiner ("selon ses termes", "selon leurs
        propos"), resolved like a pronoun of its number and of either gender."""
        w = norm(tok.text)
        if w not in POSSESSIVE_DETERMINERS:
            return None
        return self.pronoun(tok, form=(None, POSSESSIVE_DETERMINERS[w]))

    def pronoun(
        self, tok: Token, incise: bool = False, form: tuple[str | None, bool] | None = None
    ) -> Party | None:
        """Resolve il/elle/lui/ils/elles/eux (also "-t-il") to a party; the clitic subject of
        an incise (``incise``) goes on with the speaker quoted last (step 2). ``form`` (gender,
        plural) is the agreement of a word that is no pronoun (:meth:`possessor`)."""
        form = _pronoun_form(tok, form)
        if form is None:
            return None
        gender, plural = form
        s0 = self.sent_start(tok.i)
        # 1. an identified subject earlier in the same sentence (outside quotations)
        settled, found = self._subject_before(tok, s0, (gender, plural), incise)
        if settled:
            return found
        # 1a. a speaker quoted earlier in this sentence ("X a « condamné » …, qu'il accuse
        # de …": the one whose words the sentence reports, not a person named before it)
        s0_char = self._tv.idx[s0]
        for off, p in reversed(self.speakers):
            if off >= tok.idx:
                continue
            if off < s0_char:
                break
            if self._compatible(p, gender, plural):
                return p
        # 1b. the subject of the sentence before is the same pronoun ("Il a salué l'action du
        # président Y. Il a ajouté …": il is still the first one's referent, not Y)
        chained = self._chained_subject(s0, gender, plural)
        if chained is not None:
            return chained
        # 1c. the person subject of the sentence before, of the pronoun's gender ("Le président
        # X a balayé ces critiques. « … », a-t-il estimé": the subject is the topic carried on)
        if not plural and gender is not None:
            topic = self._previous_person_subject(s0, gender)
            if topic is not None:
                return topic
        # 1d. a body subject of the sentence before that spoke there, of the pronoun's gender
        # ("Le ministère a déclaré que … . Il accuse Y de …": il is the ministry, not a
        # person named inside its words); 1e. an incise going on from the incise of the
        # sentence before ("« … », dit le communiqué du ministère. « … », ajoute-t-il": il is
        # the communiqué, not a person named earlier)
        before = self._previous_sentence_voice(tok, s0, gender, plural, incise)
        if before is not None:
            return before
        # 2. the most recent person mentioned (this sentence or the two before)
        start_char = self._tv.idx[s0]
        first_sent = self.article.sentence_at(start_char)
        floor = start_char
        if first_sent is not None:
            sid = first_sent.id
            floor = self.article.sentences[max(0, sid - 2)].start
        if not plural:
            found = self.recent_person(tok.idx, floor, gender)
            opens = tok.i == s0 and self._tv.dep[tok.i] == "nsubj"  # "Il a ajouté …"
            if (
                (incise or opens)
                and found is not None
                and not self._is_subject_at(found.start, found.end)
            ):
                # "Elle a expliqué … de la ministre Y. « … », a-t-elle dit": a person named
                # only as a complement gives way to the speaker quoted since the floor
                last = self.last_speaker_since(floor, tok.idx, gender)
                if last is not None:
                    return last
            if self._anonymous_last(max(floor, found.start if found else floor), tok.idx):
                return Party(None, None, tok.idx, tok.idx, "anonymous", gender)
            if found is not None:
                return found
        # 3. the last speaker
        for off, p in reversed(self.speakers[-6:]):
            if off < tok.idx and self._compatible(p, gender, plural):
                return p
        return None

    def _subject_before(
        self, tok: Token, s0: int, form: tuple[str | None, bool], incise: bool
    ) -> tuple[bool, Party | None]:
        """Step 1 of :meth:`pronoun`: the last identified subject before the pronoun in its
        sentence, outside quotations, of its gender and number; for an incise's clitic, never
        the subject of the quoted predicate ("Le pays « ne cédera pas », a-t-il dit": the
        topic of the words, not their speaker). (settled, party): a subject pronoun of the same
        form settles the question with its own referent, even None."""
        gender, plural = form
        asked = answering_party(self, tok, s0)
        if asked is not None and self._compatible(asked, gender, plural):
            return True, asked  # "Quand Y a demandé à X si …, elle a répondu": X
        tv = self._tv
        pos, toks, idx = tv.pos, tv.tokens, tv.idx
        for k in range(tok.i - 1, s0 - 1, -1):
            if pos[k] == "PRON" and self._same_pronoun_subject(k, gender, plural):
                # "Il en veut pour preuve …, selon lui": the subject pronoun's referent
                return True, self.pronoun(toks[k])
            if pos[k] not in ("NOUN", "PROPN"):  # cheapest test first
                continue
            if tv.dep[k] in ("nsubj", "nsubj:pass") and not self.in_quote(idx[k]):
                if incise and self.in_quote(idx[tv.head[k]]):
                    continue
                if content_clause_subject(tv, k, tok.i):
                    continue  # "… demandé à X si le pays voulait …, elle a répondu": not le pays
                if self._thing_of_gender(k, gender):
                    continue  # "La réponse du président X …, lorsqu'il …": not la réponse
                p = self.np_party(toks[k])
                if p.identified and self._compatible(p, gender, plural):
                    voice = speaker_over_topic(self, p, tok.idx, s0, gender) if incise else None
                    return True, voice or p
        return False, None

    def _thing_of_gender(self, k: int, gender: str | None) -> bool:
        """Token k heads a subject that is a thing (:meth:`_thing_noun`) whose grammatical
        gender contradicts the pronoun's ("La réponse du chef de l'État …, lorsqu'il a
        déclaré": il is not "la réponse", so not the person named in its complement either)."""
        tv = self._tv
        if gender is None or not self._thing_noun(tv.tokens[k]):
            return False
        g = tv.morph(k, "Gender")
        return bool(g) and ("f" if g[0] == "Fem" else "m") != gender

    def _thing_noun(self, t: Token) -> bool:
        """A lower-case common noun that names no speaker (no role, body or medium of the
        lexicon): "la réponse", "la visite", "le discours"."""
        tv = self._tv
        if tv.pos[t.i] != "NOUN" or not tv.text[t.i].islower():
            return False
        nouns = self.c.speaker_nouns
        return tv.low[t.i] not in nouns and tv.lemma_low[t.i] not in nouns

    def _chained_subject(self, s0: int, gender: str | None, plural: bool) -> Party | None:
        """The referent of the previous sentence's subject pronoun of this gender and number,
        when that sentence opens with it (subject continuity across sentences)."""
        if s0 == 0:
            return None
        p0 = self.sent_start(s0 - 1)
        tv = self._tv
        k = p0
        while k < s0 - 1 and (tv.punct[k] or tv.pos[k] in ("ADV", "CCONJ")):
            k += 1
        if tv.pos[k] == "PRON" and self._same_pronoun_subject(k, gender, plural):
            return self.pronoun(tv.tokens[k])
        if not plural and gender is not None and latter_form(tv.low, k, s0) == gender:
            # "Ce dernier lui a remis un rapport. Il a ajouté …": the one "ce dernier" named
            # (the parser often gives "dernier" no subject relation, so step 1c misses it)
            found = last_named(self, tv.idx[k], gender)  # type: ignore[arg-type]
            if found is not None:
                return self.actor_party(found[2], found[0], found[1], gender, False)  # type: ignore[attr-defined]
        k = self._fronted_pronoun_subject(p0, s0)
        if k is not None and self._same_pronoun_subject(k, gender, plural):
            # "Après un entretien avec Y, elle a reçu les journalistes. « … », a-t-elle dit":
            # the main clause's subject goes on, not the person of the fronted phrase
            return self.pronoun(tv.tokens[k])
        return None

    def _fronted_pronoun_subject(self, p0: int, s0: int) -> int | None:
        """The subject pronoun of the main verb of the sentence [p0, s0) when a fronted phrase
        closed by a comma opens the sentence before it ("Après le dîner, il a …"), else None."""
        tv = self._tv
        for k in range(p0 + 1, s0):
            if tv.dep[k] in ("nsubj", "nsubj:pass") and tv.dep[tv.head[k]] == "ROOT":
                return k if tv.pos[k] == "PRON" and tv.text[k - 1] == "," else None
        return None

    def _previous_person_subject(self, s0: int, gender: str) -> Party | None:
        """The subject of the main verb of the sentence before (outside quotations) when it is
        a person actor or a role noun ("le ministre", "le porte-parole de l'armée": then the
        party the phrase names), whose gender is known and agrees."""
        if s0 == 0:
            return None
        tv = self._tv
        for k in range(self.sent_start(s0 - 1), s0):
            if tv.dep[k] not in ("nsubj", "nsubj:pass") or tv.dep[tv.head[k]] != "ROOT":
                continue
            if tv.pos[k] not in ("NOUN", "PROPN") or self.in_quote(tv.idx[k]):
                return None
            author = self._utterance_author(k)
            if author is not None:
                return author if author.gender == gender else None
            p = self.np_party(tv.tokens[k])  # type: ignore[attr-defined]
            sub = tv.subtree(k)
            last = next((j for j in sub if j > k and (tv.punct[j] or tv.pos[j] == "PRON")), None)
            end = tv.idx[last] if last is not None else tv.end[sub[-1]]
            named = self._apposed_names(k, last if last is not None else sub[-1] + 1)
            for _s, _e, aid in self.mentions_in(tv.idx[sub[0]], end) + named:
                if self.actor_type(aid) == "person":  # "la ministre X": X, not "ministre"
                    p = self.actor_party(aid, _s, _e, p.gender, False)  # type: ignore[attr-defined]
                    break
            person = tv.lemma_low[k] in self.c.roles or (
                p.kind == "actor" and self.actor_type(p.actor_id) == "person"
            )
            return p if person and p.identified and p.gender == gender else None
        return None

    def _utterance_author(self, k: int) -> Party | None:
        """The person who uttered the speech noun heading the subject at token k ("Les propos
        de la ministre à son homologue ont surpris. « … », a-t-elle dit", "Le message adressé
        par le roi au président Y …"): its first "de" complement or the "par" agent of a
        participle on it, when that names a person. Why: a subject naming someone's words
        makes that someone the topic a pronoun of the next sentence carries on, not the
        addressee or a person named later in the phrase. None for any other subject."""
        tv = self._tv
        if tv.low[k] not in SPEECH_NOUNS and tv.lemma_low[k] not in SPEECH_NOUNS:
            return None
        for c in tv.children[k]:
            if c < k:
                continue
            head = None
            if tv.dep[c] == "nmod" and any(
                tv.dep[x] == "case" and tv.low[x] in DE and x < c for x in tv.children[c]
            ):
                head = c
            elif tv.dep[c] == "acl":
                agent = self.agent_token(tv.tokens[c])  # type: ignore[attr-defined]
                head = agent.i if agent is not None else None
            if head is None or self.in_quote(tv.idx[head]):
                continue
            p = self.np_party(tv.tokens[head])  # type: ignore[attr-defined]
            if p.identified and p.actor_id is not None and self.actor_type(p.actor_id) == "person":
                return p
            return None
        return None

    def _previous_body_speaker(self, s0: int, gender: str) -> Party | None:
        """The subject of the main verb of the sentence before when it is a body's common noun
        (an institution or an organisation: "le ministère", "la présidence") of this
        grammatical gender, naming a party quoted in that sentence."""
        if s0 == 0:
            return None
        tv, c = self._tv, self.c
        p0 = self.sent_start(s0 - 1)
        for k in range(p0, s0):
            if tv.dep[k] not in ("nsubj", "nsubj:pass") or tv.dep[tv.head[k]] != "ROOT":
                continue
            lem = tv.lemma_low[k]
            if tv.pos[k] != "NOUN" or not (lem in c.institutions or lem in c.organisations):
                return None
            if self.in_quote(tv.idx[k]) or "Plur" in tv.morph(k, "Number"):
                return None
            if {"Masc": "m", "Fem": "f"}.get(next(iter(tv.morph(k, "Gender")), "")) != gender:
                return None
            p = self.np_party(tv.tokens[k])  # type: ignore[attr-defined]
            if not p.identified:
                return None
            lo, hi = tv.idx[p0], tv.idx[s0]
            spoke = any(
                lo <= off < hi and (q.actor_id == p.actor_id if p.actor_id else q.name == p.name)
                for off, q in self.speakers
            )
            return p if spoke else None
        return None

    def _previous_sentence_voice(
        self, tok: Token, s0: int, gender: str | None, plural: bool, incise: bool
    ) -> Party | None:
        """Steps 1d and 1e of :meth:`pronoun`: a singular pronoun of known gender, the subject
        of its clause or of an incise, taken up from the sentence before by a body that spoke
        there (:meth:`_previous_body_speaker`) or, for an incise, by the noun phrase of that
        sentence's incise (:meth:`_previous_incise_speaker`)."""
        if plural or gender is None or not (incise or self._tv.dep[tok.i] == "nsubj"):
            return None
        body = self._previous_body_speaker(s0, gender)
        if body is not None or not incise:
            return body
        return self._previous_incise_speaker(s0, gender)

    def _previous_incise_speaker(self, s0: int, gender: str) -> Party | None:
        """The speaker the incise of the sentence before named by a noun phrase after the
        quotation ("« … », dit le communiqué du ministère."), when that phrase's noun has the
        pronoun's grammatical gender; None when that sentence quoted no one that way."""
        if s0 == 0:
            return None
        tv = self._tv
        p0 = self.sent_start(s0 - 1)
        lo, hi = tv.idx[p0], tv.idx[s0]
        said = [q for off, q in self.speakers if lo <= off < hi]
        if not said or not said[-1].identified:
            return None
        q = said[-1]
        k = self._incise_noun(p0, s0)
        if k is None:
            return None
        p = self.np_party(tv.tokens[k])  # type: ignore[attr-defined]
        same = p.actor_id == q.actor_id if q.actor_id else p.name == q.name
        # the pronoun agrees with the noun: a text's issuer may be plural or feminine ("il":
        # le communiqué des Affaires étrangères), a person must agree too
        document = tv.lemma_low[k] in DOCUMENT_NOUNS or tv.low[k] in DOCUMENT_NOUNS
        agrees = document or self._compatible(q, gender, False)
        return q if same and agrees and self._noun_gender(k) == gender else None

    def _incise_noun(self, p0: int, s0: int) -> int | None:
        """The head noun of the inverted subject of an incise in the sentence [p0, s0): a
        closing quotation mark, a comma, the verb, then "le communiqué …" (the parser often
        makes that subject the verb's object)."""
        tv = self._tv
        for m in range(p0 + 1, s0 - 3):
            if tv.text[m] != "," or tv.text[m - 1] not in ("»", "”", '"'):
                continue
            k = m + 1 + (tv.pos[m + 1] == "AUX")  # "», a déclaré le ministère"
            if tv.pos[k] != "VERB":
                continue
            k += 1
            while k < s0 and tv.pos[k] in ("DET", "ADV"):
                k += 1
            return k if k < s0 and tv.pos[k] == "NOUN" else None
        return None

    def _noun_gender(self, k: int) -> str | None:
        """The grammatical gender of the noun at k, read first from its article ("la
        ministre": the noun itself is often tagged masculine), else from the tagger."""
        tv = self._tv
        det = {"le": "m", "la": "f", "un": "m", "une": "f", "ce": "m", "cet": "m", "cette": "f"}
        if k > 0 and tv.low[k - 1] in det:
            return det[tv.low[k - 1]]
        return {"Masc": "m", "Fem": "f"}.get(next(iter(tv.morph(k, "Gender")), ""))

    def _apposed_names(self, k: int, comma: int | None) -> list[tuple[int, int, str]]:
        """The mentions of the name set in apposition after the subject headed by token k
        ("Le secrétaire général de X, Y, a …"): an appositive proper noun of k, or (the
        parser may make it a second subject) the mention opening right after the comma that
        ends the subject's own words (``comma``)."""
        tv = self._tv
        out = [
            m
            for c in tv.children[k]
            if tv.dep[c] == "appos" and tv.pos[c] == "PROPN"
            for m in self.mentions_in(tv.idx[c], tv.end[tv.subtree(c)[-1]])
        ]
        if comma is not None and tv.text[comma] == "," and comma + 1 < len(tv.idx):
            at = tv.idx[comma + 1]
            out += [m for m in self.mentions_in(at, at + 80) if m[0] == at]
        return out

    def _same_pronoun_subject(self, k: int, gender: str | None, plural: bool) -> bool:
        """Token k is a third-person subject pronoun (outside quotations) of this gender and
        number."""
        tv = self._tv
        w = tv.low[k]
        return (
            w in PRONOUNS
            and tv.dep[k] in ("nsubj", "nsubj:pass")
            and PRONOUNS[w] == (gender, plural)
            and not self.in_quote(tv.idx[k])
        )

    def last_speaker_since(self, floor: int, offset: int, gender: str | None) -> Party | None:
        """The last speaker attributed between ``floor`` and ``offset``, if compatible."""
        for off, p in reversed(self.speakers[-6:]):
            if off >= offset:
                continue
            if off < floor:
                return None
            return p if self._compatible(p, gender, False) else None
        return None

    def recent_person(self, offset: int, floor: int, gender: str | None) -> Party | None:
        """The most recent compatible person mentioned between ``floor`` and ``offset``
        (outside quotations); within that person's sentence, a person who is the subject (or
        the "par X" agent: "un message a été adressé par X à Y") is preferred to one named as
        an object ("X a présenté sa vision au ministre Y. …, a-t-il assuré": il is X, the
        subject, not Y)."""
        found: Party | None = None
        agent: Party | None = None
        k = bisect.bisect_left(self._p_starts, offset) - 1
        while k >= 0 and self._persons[k][0] >= floor:
            s, e, aid = self._persons[k]
            k -= 1
            if self.in_quote(s):
                continue
            if found is not None and self.sent_start_at(s) != self.sent_start_at(found.start):
                break
            if aid:
                p = self.actor_party(aid, s, e, None, False)
            else:
                p = Party(clean_name(self.article.text[s:e]), None, s, e, "name")
            if not self._compatible(p, gender, False):
                continue
            role = self._subject_role_at(s, e)
            if role == "subject":
                return p  # "X a été reçu par Y. Il a déclaré …": X, the subject, goes on
            if role == "agent":
                agent = agent or p
            found = found or p
        return agent or found

    def _is_subject_at(self, start: int, end: int) -> bool:
        """A mention [start, end) is (in apposition to) the subject of its clause, or the
        "par X" agent of a passive (its logical subject)."""
        return self._subject_role_at(start, end) is not None

    def _subject_role_at(self, start: int, end: int) -> str | None:
        """ "subject" when the mention [start, end) is (in apposition to) the grammatical
        subject of its clause, "agent" when it is a passive's "par X" agent, else None."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        root = span.root
        if self._before_subjectless_verb(span.start, span.end):
            return "subject"
        for _ in range(3):
            if root.dep_.startswith("nsubj"):
                return "subject"
            if root.dep_ == "obl:agent":
                return "agent"
            if root.dep_ not in ("appos", "flat:name", "nmod") or root.head is root:
                return None
            if root.dep_ == "nmod" and self._thing_noun(root.head):
                return None  # "La réponse du ministre X": X is no subject
            root = root.head
        return None

    def medium_antecedent(self, offset: int) -> str | None:
        """ "Le journal souligne …", "le quotidien ajoute …" after "le journal X voit …": a
        bare definite medium noun is the last medium actor named (outside quotations) in its
        sentence or the two before."""
        sent = self.article.sentence_at(offset)
        floor = self.article.sentences[max(0, sent.id - 2)].start if sent is not None else 0
        k = bisect.bisect_left(self._m_starts, offset) - 1
        while k >= 0 and self._m[k][0] >= floor:
            s, _e, aid = self._m[k]
            k -= 1
            if self.actor_type(aid) == "media" and not self.in_quote(s):
                return aid
        return None

    def _before_subjectless_verb(self, i: int, j: int) -> bool:
        """Tokens [i, j) stand right before a finite verb group whose verb the parser gave no
        subject, after a comma or at the sentence's start ("Par le biais du réseau X, Paul Y a
        rejeté …": the name hung on the fronted phrase is the verb's subject)."""
        tv = self._tv
        if j >= len(tv.low) or tv.pos[j] not in ("AUX", "VERB"):
            return False
        if i > self.sent_start(i) and tv.text[i - 1] != ",":
            return False
        v = tv.head[j] if tv.dep[j].startswith("aux") else j
        if tv.pos[v] != "VERB" or v < j:
            return False
        if "Fin" not in tv.morph(j, "VerbForm"):
            return False
        return not any(tv.dep[c].startswith("nsubj") for c in tv.children[v])

    def sent_start_at(self, offset: int) -> int:
        """First character of the sentence holding ``offset``."""
        sent = self.article.sentence_at(offset)
        return sent.start if sent is not None else offset

    def title_antecedent(
        self, offset: int, title: str, head: str, gender: str | None
    ) -> str | None:
        """The person a definite title refers back to ("Le ministre français a affirmé …"
        after the minister was named): the most recent person actor, mentioned in the three
        sentences before or quoted last, whose recorded roles (if any) share the title's head
        noun and name no other nationality, and whose gender agrees."""
        sent = self.article.sentence_at(offset)
        floor = self.article.sentences[max(0, sent.id - 3)].start if sent is not None else 0
        if head in TITLE_HYPERNYMS and _indefinite_before(self.article.text[floor:offset], head):
            return None  # "un diplomate a confié … Le diplomate a ajouté": the unnamed source
        cands: list[tuple[int, int, str]] = []
        k = bisect.bisect_left(self._p_starts, offset) - 1
        while k >= 0 and self._persons[k][0] >= floor:
            s, e, aid = self._persons[k]
            if aid and not self.in_quote(s):
                cands.append((s, e, aid))
            k -= 1
        cands += [
            (off, off, p.actor_id) for off, p in self.speakers[-3:] if off < offset and p.actor_id
        ]
        fits = [
            (s, e, aid)
            for s, e, aid in sorted(cands, reverse=True)
            if self._fits_title(aid, title, head, gender)
        ]
        if not fits:
            return None
        # "la présidente de la Confédération": the person of the body's country first
        country = body_country(
            title,
            {str(r.get("country") or "") for r in self.actors.values() if r.get("type") == "state"},
        )
        if country:
            fits = [f for f in fits if self.actors[f[2]].get("country") == country] or fits
        # within the most recent sentence naming one, the subject is preferred to an object
        # ("A a rencontré B. La ministre a déclaré …": A)
        first = self.sent_start_at(fits[0][0])
        for s, e, aid in fits:
            if self.sent_start_at(s) != first:
                break
            if e > s and self._is_subject_at(s, e):
                return aid
        return fits[0][2]

    def _fits_title(self, aid: str, title: str, head: str, gender: str | None) -> bool:
        """A person whose recorded roles (if any) share the title's head noun, of the title's
        nationality, whose gender agrees."""
        if self.actor_type(aid) != "person":
            return False
        roles = str(self.actors.get(aid, {}).get("roles") or "")
        # the title as written names the head too: "la présidente" (lemma "président") is
        # the person recorded as "présidente"
        written = next(iter(re.findall(r"[\w-]+", norm(title))), head)
        if roles.strip() and not (
            _role_of_title(head, norm(roles)) or _role_of_title(written, norm(roles))
        ):
            return False
        if not roles.strip() and re.search(r"\b(?:de|du|des|d')\s", norm(title)):
            return False  # "le porte-parole du gouvernement X" is not any person of X
        if not self._same_nationality(aid, roles, _nationalities(title)):
            return False
        if roles.strip() and not self._same_portfolio(title, head, roles):
            return False
        g = self.person_gender(aid)
        return gender is None or g is None or g == gender

    def _same_portfolio(self, title: str, head: str, roles: str) -> bool:
        """ "la ministre des Affaires étrangères" is not "la ministre de l'Intérieur": when the
        title and a role with the same head both name their field ("de …"), one must agree."""
        want = _complement(title, head)
        if not want:
            return True
        fields = [_complement(r, head) for r in roles.split(";") if head in norm(r).split()]
        fields = [f for f in fields if f]
        return not fields or want in fields

    def _same_nationality(self, aid: str, roles: str, wanted: set[str]) -> bool:
        """No nationality in the title, or the actor's (from its roles, else its country)
        is one of them."""
        if not wanted:
            return True
        own = _nationalities(roles) or {str(self.actors.get(aid, {}).get("country") or "")}
        return not own - {""} or bool(own & wanted)

    def issuer_after(self, k: int, hi: int) -> Party | None:
        """The impersonal "on" of an incise reads a document: "…, lit-on dans le communiqué
        du ministère", "…, a-t-on ajouté de même source": the document's issuer (named after
        it, else the last speaker), looked for from token k to the next punctuation; or
        the seat or source right after the verb ("indique-t-on à Berne", "a-t-on appris
        auprès de X": :mod:`seats`)."""
        tv = self._tv
        seat = seat_voice(self, k, hi)
        if seat is not None:
            return seat
        for j in range(k, hi):
            if tv.punct[j] and not tv.text[j].startswith("-"):
                return None
            w = tv.low[j]
            if w in ("source", "sources") and tv.low[j - 1] == "même":
                return self.last_speaker(tv.idx[j])
            if w in DOCUMENT_NOUNS:
                if j + 1 < hi and tv.lemma_low[j + 1] in ADDRESSED:
                    return None  # "la note adressée au ministère": the addressee is no issuer
                a = j
                while a > k and tv.pos[a - 1] in ("DET", "ADJ"):
                    a -= 1
                rng = self.np_after(a, hi)  # type: ignore[attr-defined]
                p = self.party(*rng) if rng else None  # type: ignore[attr-defined]
                if p is not None and p.identified:
                    return p
                if tv.low[j - 1] in ("du", "au", "le", "la", "l'", "ce", "cette"):
                    # "peut-on apprendre du communiqué": the issuer already quoted or named
                    issuer = self.recent_issuer(j)  # type: ignore[attr-defined]
                    return issuer or self.last_speaker(tv.idx[j])
                return None
        return None

    def last_speaker(self, offset: int) -> Party | None:
        """The speaker of the last attributed quote before ``offset``, if any."""
        for off, p in reversed(self.speakers[-6:]):
            if off < offset:
                return p
        return None

    def _compatible(self, p: Party, gender: str | None, plural: bool) -> bool:
        # an actor's name may be plural in form and singular in use ("les Émirats", "les
        # Nations unies"), but a group named by a plural common noun ("les dirigeants
        # européens", "des manifestants") is never "il" or "elle"
        if p.plural != plural and (p.kind != "actor" or self._plural_group(p)):
            return False
        return p.gender is None or gender is None or p.gender == gender

    def _plural_group(self, p: Party) -> bool:
        """A group actor named here by a plural lower-case noun phrase."""
        if not p.plural or self.actor_type(p.actor_id) != "group":
            return False
        name = self.article.text[p.start : p.end]
        return name[:1].islower() or name.split(" ", 1)[0].lower() in ("les", "des", "ces")

    def set_quote_spans(self, spans: list[tuple[int, int]]) -> None:
        self.quote_spans = sorted(spans)
        self._q_starts = [s for s, _ in self.quote_spans]
        self._subject_memo.clear()  # subjects read inside quotes are no subjects
        self._party_memo.clear()

    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._q_starts, offset) - 1
        return 0 <= i < len(self.quote_spans) and self.quote_spans[i][1] > offset


def _pronoun_form(
    tok: Token, form: tuple[str | None, bool] | None
) -> tuple[str | None, bool] | None:
    """(gender, plural) a referent of ``tok`` agrees with: ``form`` when given, else the
    pronoun's (None: no third-person pronoun)."""
    if form is not None:
        return form
    return PRONOUNS.get(norm(tok.text).lstrip("-").replace("t-", ""))


def _role_of_title(head: str, roles: str) -> bool:
    """Recorded roles (normalised) name the title's head noun, or one of the offices a class
    title stands for (:data:`TITLE_HYPERNYMS`: "la diplomate" for "l'ambassadrice X")."""
    if head in roles.split():
        return True
    members = TITLE_HYPERNYMS.get(head, ())
    if not members:
        return False
    padded = f" {roles.replace(';', ' ; ').replace(',', ' , ')} "
    # "ministre algérien des affaires étrangères" is a "ministre des affaires étrangères":
    # the nationality adjective French sets inside the title is left out of the comparison
    bare = " ".join(w for w in padded.split(" ") if not country_of_adjective(w))
    return any(f" {m} " in padded or f" {m} " in f" {bare} " for m in members)


def _indefinite_before(text: str, head: str) -> bool:
    """ "un diplomate" / "une diplomate" earlier in ``text``: the class title after it may be
    that unnamed person, not the last person named."""
    return re.search(rf"\b(?:un|une)\s+{re.escape(head)}\b", norm(text)) is not None
