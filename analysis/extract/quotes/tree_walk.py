"""The speech verb governing a quotation in the tree (a mixin of the quote finder).

From the quotation's root upwards: a "selon X" complement, a speech cue with a subject ("X a
déclaré : « … »", "« … », a-t-il ajouté" parsed as the governor), a reporter above a
participle or a gerund, else the subject of a verb of position as a fallback (taken at once
after a speech noun: "X a lancé un appel « … »"). Step 6 of
:meth:`analysis.extract.quotes.attribution.Attributor.attribute`, which also asks it for the
speech attribution its other rules compare with.

Kept apart from :mod:`analysis.extract.quotes.attribution` (the order of the rules and the
rules read off the text around the marks) because this one reads the dependency tree.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import is_negated, matches, norm
from analysis.extract.quotes.base import Attribution, QuoterBase
from analysis.extract.quotes.citing import cited_party
from analysis.extract.quotes.detached import detached_on_noun, participle_on_speaker
from analysis.extract.quotes.feelings import still_feeling, voiced_by
from analysis.extract.quotes.marks import Mark
from analysis.extract.quotes.speakers import Party
from analysis.extract.quotes.words import NAMING_VERBS, SPEECH_NOUNS


def named(att: Attribution) -> bool:
    """The attribution names an identified speaker."""
    return att.party is not None and att.party.identified


def gerund(t: Token) -> bool:
    """A present participle or gerund ("qualifiant", "en soulignant")."""
    form = t.morph.get("VerbForm")
    if "Ger" in form or ("Part" in form and "Pres" in t.morph.get("Tense")):
        return True
    # "en les qualifiant": the tagger often reads the participle after "en" as an adjective;
    # "…, le taxant de": as a noun, after its object clitic
    if not t.text.endswith("ant"):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "en" and c.i < t.i for c in t.children):
        return True
    doc = t.doc
    return (
        t.i >= 2
        and doc[t.i - 1].lower_ in ("le", "la", "les", "l'", "l’", "lui", "leur")
        and doc[t.i - 2].lower_ in (",", "en", "tout")
    )


class TreeWalk(QuoterBase):
    """Attributions found by climbing the dependency tree from a quotation."""

    def walk(self, qtoks: list[Token], mark: Mark) -> tuple[Attribution | None, Attribution | None]:
        """(speech attribution, position fallback) found by climbing from the quote's root:
        a "selon X" complement, a speech cue with a subject, or the subject of a verb of
        position (taken at once when a speech noun was passed: "X a lancé un appel « … »")."""
        heads = self._tv.head  # token.head.i, read from a list (the quote can be long)
        ids = [t.i for t in qtoks]
        inside = set(ids)
        root = next((i for i in ids if heads[i] not in inside or heads[i] == i), None)
        if root is None:
            return None, None
        node = qtoks[ids.index(root)]
        fallback = None
        speech_noun = False
        pos = self._tv.pos
        feeling = False  # a noun of feeling passed on the way up, no verb since
        weak_selon = None  # a "selon X" naming nobody: kept unless a speaker is named above
        for _ in range(10):
            if node.i not in inside:
                att = self._selon_governor(node)
                if att is not None and named(att):
                    # "Selon l'agence X, le ministre Y a qualifié … de « … »": a speech cue
                    # whose subject is named speaks; the "selon" names who reports it
                    speech = self.speech_governor(node) if pos[node.i] in ("VERB", "AUX") else None
                    if speech is None or not named(speech):
                        # "Selon l'Élysée, le président a fait part de sa « … »": so does
                        # the one voicing a feeling the quotation lies in
                        speech = voiced_by(self, node, feeling)
                    if speech is not None and named(speech):
                        return speech, fallback
                    return att, fallback
                weak_selon = weak_selon or att
            voiced = voiced_by(self, node, feeling)  # "X a fait part de sa « peine »"
            if voiced is not None:
                # "P a affirmé que les deux pays ont affiché leur volonté d'une coopération
                # « … »": a state voicing inside a person's "que" clause is reported by P
                return self._reporter_above(node, voiced) or voiced, fallback
            feeling = still_feeling(node, feeling)
            if node.i not in inside and pos[node.i] in ("VERB", "AUX", "ADJ", "NOUN"):
                att = self.speech_governor(node)
                if att is not None and (weak_selon is None or named(att)):
                    return self._reporter_above(node, att) or att, fallback
                speech_noun = speech_noun or self._names_utterance(node)
                att = self._position_governor(node, speech_noun)
                if att is not None and speech_noun:
                    return att, fallback
                fallback = fallback or att
            h = heads[node.i]
            if h == node.i or self.res.sent_start(h) != self.res.sent_start(node.i):
                break
            node = node.head
        return weak_selon, fallback

    def _reporter_above(self, node: Token, att: Attribution) -> Attribution | None:
        """ "Le ministre X a souligné que le pays rejette ces arguments, les qualifiant de
        « … »": a state (or a body) speaking inside a "que" clause is what a person (or, for
        a state, a body: a ministry, a communiqué's issuer) reports of it; the words quoted
        there are the reporter's, the subject of the speech verb above the clause."""
        inner = self._party_type(att)
        if inner not in ("state", "organisation"):
            return None
        heads, low = self._tv.head, self._low
        k = node.i
        for _ in range(6):
            h = heads[k]
            if h == k or self.res.sent_start(h) != self.res.sent_start(k):
                return None
            completive = any(low[c.i] in ("que", "qu'") for c in self.doc[k].children if c.i < k)
            if completive and h < k:
                cue = self.is_speech(self.doc[h])
                if cue is None:
                    return None
                parties = [
                    p for p in self.res.subjects(self.doc[h]) if not self.res.in_quote(p.start)
                ]
                if not parties or not parties[0].identified:
                    return None
                outer = self._party_type(Attribution(parties[0], cue, "cue"))
                if outer == "person" or (inner == "state" and outer == "organisation"):
                    return Attribution(parties[0], cue, "cue")
                return None
            k = h
        return None

    def _party_type(self, att: Attribution) -> str:
        p = att.party
        return self.res.actor_type(p.actor_id) if p is not None and p.actor_id else ""

    def _selon_governor(self, node: Token) -> Attribution | None:
        """A node of the climb that is, or has, a "selon X" complement naming a party."""
        selon_np = self._is_selon_np(node)
        if not (selon_np or any(self._is_selon_child(ch) for ch in node.children)):
            return None
        child = node if selon_np else next(ch for ch in node.children if self._is_selon_child(ch))
        party = self._selon_party(child)
        return Attribution(party, "selon", "selon") if party is not None else None

    def speech_governor(self, node: Token) -> Attribution | None:
        """A speech cue governing the quote (:meth:`_cue_governor`); an incise verb's speaker
        is its inverted subject ("… l'intervention « directe » de Y, a menacé samedi X": X,
        not the subject the parser gave the verb)."""
        inc = self._incise_at.get(node.i)
        if inc is not None and named(inc):
            return Attribution(inc.party, inc.cue, "cue")
        return self._cue_governor(node)

    def _cue_governor(self, node: Token) -> Attribution | None:
        """A speech cue governing the quote: its subject is the speaker (a passive cue with no
        agent leaves the quote unattributed, "passive")."""
        cue = self.is_speech(node)
        if cue is None and node.i > 0 and self._tv.head[node.i - 1] == node.i:
            # "ont fait savoir que « … »": the tagger hangs the locution's verb ("fait") on
            # its second word, which climbs alone
            cue = self.is_speech(self.doc[node.i - 1])
        aux = self._split_auxiliary(node) if cue else None
        if not self._governs(node, cue, aux):
            holder = self._participle_holder(node) if cue else None
            return Attribution(holder, cue, "cue") if holder is not None else None
        # a subject inside a quotation is a misparse (the speaker never speaks from inside
        # the marks): "« … en Afrique », a déclaré X, … « … »" must not make Afrique speak
        cited = cited_party(self, node)
        if cited is not None:
            return Attribution(cited, cue, "cue")  # "X relaie les propos de Y : « … »"
        parties = self._governor_subjects(node)
        if not parties and aux is not None:
            parties = [p for p in self.res.subjects(aux) if not self.res.in_quote(p.start)]
        if not any(p.identified for p in parties) and gerund(node) and node.head is not node:
            # "X a critiqué la décision, la qualifiant de « … »" / "en la qualifiant de":
            # a participle clause has the subject of the verb it hangs on
            parties = [p for p in self.res.subjects(node.head) if not self.res.in_quote(p.start)]
            if not any(p.identified for p in parties) or self._tv.dep[node.head.i] in (
                "acl",
                "amod",
            ):  # (a participle qualifying a noun has no subject of its own)
                parties = self._subject_before_gerund(node) or parties
        if not any(p.identified for p in parties):
            holder = self._participle_holder(node)
            parties = [holder] if holder is not None else parties
        if not parties and self.res.is_passive(node):
            return Attribution(None, cue, "passive")
        if parties:
            return Attribution(parties[0], cue, "cue")
        return None

    def _participle_holder(self, node: Token) -> Party | None:
        """The named party of the noun phrase a present participle of saying follows
        (:func:`~analysis.extract.quotes.detached.participle_on_speaker`), outside quotes."""
        holder = participle_on_speaker(node)
        if holder is None or self.res.in_quote(holder.idx):
            return None
        return next((p for p in self.res.np_parties(holder) if p.identified), None)

    def _governs(self, node: Token, cue: str | None, aux: Token | None) -> bool:
        """Cue node governs the quote: not as a participle qualifying a noun (unless a
        detached participle after a comma), or with its auxiliary split off, or as a purpose
        infinitive, or with a "par X" agent."""
        if cue and (node.dep_ != "acl" or gerund(node) and detached_on_noun(node)):
            return True
        if aux is not None or (cue is not None and self._purpose_infinitive(node)):
            return True
        if cue and self.res.split_by_incise(node.i):
            return True  # "X a, par ailleurs, demandé « … »" (the parser's modifier of X)
        return bool(cue and self.res.agent_token(node))

    def _subject_before_gerund(self, node: Token) -> list[Party]:
        """ "Les médias avaient diffusé des propos publiés par un journal, en les qualifiant
        de « … »": a gerund clause after a comma the parser hung on the wrong verb has the
        subject of the nearest verb before the comma that has one of its own (participles
        qualifying a noun, "publiés par …", have none)."""
        tv = self._tv
        k = node.i - 1
        while k > 0 and tv.low[k] in ("en", "tout", "le", "la", "les", "l'", "lui", "leur"):
            k -= 1
        if tv.text[k] != ",":
            return []
        lo = self.res.sent_start(node.i)
        for j in range(k - 1, lo - 1, -1):
            if tv.pos[j] not in ("VERB", "AUX") or tv.dep[j] in ("acl", "amod"):
                continue
            if self.res.in_quote(tv.idx[j]):
                continue
            if not self.res.subject_tokens(self.doc[j]) and not self.finite_group(j):
                continue  # (a finite verb whose subject the parser lost is read linearly)
            parties = [p for p in self.res.subjects(self.doc[j]) if not self.res.in_quote(p.start)]
            return parties if any(p.identified for p in parties) else []
        return []

    def finite_group(self, j: int) -> bool:
        """Token j is a finite verb or a participle with its auxiliary (a verb group that has
        a subject, even when the parser hung it elsewhere)."""
        tv = self._tv
        return "Fin" in tv.morph(j, "VerbForm") or any(
            tv.dep[c].startswith("aux") and c < j for c in tv.children[j]
        )

    def _governor_subjects(self, node: Token) -> list[Party]:
        """The subjects of a speech cue outside quotations; for a gerund closing the sentence
        after a "que" clause ("X a réagi, soulignant que Y ne pouvait …, en le qualifiant de
        « … »"), those of the verb above the clause, not the clause's own."""
        over = self._over_completive(node) if gerund(node) else None
        verb = over if over is not None else node
        return [p for p in self.res.subjects(verb) if not self.res.in_quote(p.start)]

    def _over_completive(self, node: Token) -> Token | None:
        """The verb governing the "que" clause a gerund hangs on (the parser attaches a final
        ", en le qualifiant de …" to the nearest verb, inside the completive), if any."""
        h = node.head
        k = node.i - 1
        while k > h.i and norm(self.doc[k].text) in ("en", "tout", "le", "la", "les", "l'", "lui"):
            k -= 1  # ", en le qualifiant", ", tout en lui rappelant"
        if h is node or node.i < h.i or self.doc[k].text != ",":
            return None
        if not any(c.dep_ == "mark" and norm(c.text) in ("que", "qu'") for c in h.children):
            return None
        g = h.head
        while g.pos_ not in ("VERB", "AUX") and g.head is not g:
            g = g.head
        return g if g is not h and g.pos_ in ("VERB", "AUX") else None

    def _purpose_infinitive(self, node: Token) -> bool:
        """ "X a convoqué l'ambassadeur pour protester contre « … »": a purpose infinitive the
        parser hung on a noun still speaks for the main subject (see ``subjects``)."""
        return (
            node.dep_ == "acl"
            and "Inf" in node.morph.get("VerbForm")
            and any(norm(c.text) in ("pour", "afin") and c.i < node.i for c in node.children)
        )

    def _split_auxiliary(self, node: Token) -> Token | None:
        """The auxiliary of a participle parted from it by an adverbial locution ("X avait
        par la suite qualifié Y de « … »", which the parser reads as a participle hanging on
        "la suite"): the auxiliary carries the subject."""
        if node.dep_ != "acl" or "Part" not in node.morph.get("VerbForm"):
            return None
        g = self.res.verb_group_start(node)
        if g < node.i and self._tv.pos[g] == "AUX":
            return self.doc[g]
        return None

    def _names_utterance(self, node: Token) -> bool:
        """A speech noun ("le slogan", "la déclaration") on the way up."""
        return norm(node.lemma_) in SPEECH_NOUNS or norm(node.text) in SPEECH_NOUNS

    def _position_governor(self, node: Token, speech_noun: bool) -> Attribution | None:
        """The identified subject of a verb of position ("X a décidé d'« intensifier »"), of a
        light verb with a stance noun, or of any verb above a speech noun."""
        if node.pos_ not in ("VERB", "AUX") or node.dep_ == "acl":
            return None
        lemma = matches(node, self._position_verbs)
        if lemma in NAMING_VERBS and lemma not in self.c.stance_verbs and is_negated(node, self.c):
            lemma = None  # "X n'a pas reconnu Y comme « … »": someone else's words
        light = matches(node, self.c.light_verbs) and any(
            norm(ch.lemma_) in self.c.stance_nouns for ch in node.children
        )
        if not (speech_noun or lemma or light):
            return None
        parties = self.res.subjects(node)
        if parties and parties[0].identified:
            return Attribution(parties[0], lemma or norm(node.lemma_), "subject")
        return None
