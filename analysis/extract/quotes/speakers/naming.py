"""Naming a noun phrase: which identifiable speaker (if any) it designates.

The name is chosen by priority: an actor mention on the head, a person mention, an
organisation, an entity, a proper name, a speaker noun from the lexicon; the order of the
kinds of name depends on the class of the head noun (:data:`PREFERENCE`). Anything else
("les parties", "le texte") is not a speaker.

Which actor a name or a title designates is :mod:`.actor_lookup`; the head, proper-name run,
gender and number of the phrase are :mod:`.phrase_parts` (both mixins of the resolver).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from analysis.extract.cues import fold, norm, word_sequence_at
from analysis.extract.quotes.speakers import anaphoric, latter, media_names, missions
from analysis.extract.quotes.speakers.apposed import apposed_holder
from analysis.extract.quotes.speakers.appositions import appositive_name
from analysis.extract.quotes.speakers.base import Party, ResolverBase, clean_name
from analysis.extract.quotes.speakers.dependents import complement_holder
from analysis.extract.quotes.speakers.groups import counted_group
from analysis.extract.quotes.speakers.issued_texts import issued_text
from analysis.extract.quotes.speakers.place_names import names_a_place
from analysis.extract.quotes.speakers.portfolios import in_portfolio
from analysis.extract.quotes.speakers.possessive import possessed_country
from analysis.extract.quotes.speakers.press_offices import press_office_voice
from analysis.extract.quotes.words import (
    BODY_HYPERNYMS,
    DE,
    DOCUMENT_NOUNS,
    FIRST_SECOND_PERSON,
    FRONTED_VOICE,
    INDEFINITE,
    ISSUING_VERBS,
    PRONOUNS,
    STATE_FORMS,
    STATE_VOICE,
    VAGUE_TITLES,
)
from analysis.resources.gazetteer import country_of_adjective

# definite articles: "le porte-parole du ministère" is one person
DEFINITE = frozenset(("le", "la", "l'", "l’"))
# determiners before the words of a mention ("le ministère …"), folded
_ARTICLES = frozenset(("le", "la", "les", "l'", "du", "des", "au", "aux"))

# determiners that point back to someone already in the text ("ce diplomate")
DEMONSTRATIVES = frozenset(("ce", "cet", "cette"))

# the words that make a document a joint one ("déclaration commune"): no one party issued it
JOINT_WORDS = frozenset(("conjoint", "conjointe", "conjoints", "conjointes", "commun", "commune"))


# which kind of name stands for a phrase, by class of its head noun
PREFERENCE = {
    "role": ("person", "org"),  # a place in a role phrase is a jurisdiction, not the speaker
    "medium": ("org", "person", "place"),
    "organisation": ("org", "person", "place"),
    "group": ("org", "place", "person"),
    "": ("person", "org", "place"),
}


@dataclass(frozen=True)
class Phrase:
    """A noun phrase being named: tokens [i, j), characters [start, end), its head, and the
    gender and number the words of the phrase give it."""

    i: int
    j: int
    start: int
    end: int
    head: Token
    gender: str | None
    plural: bool

    def party(self, name: str | None, kind: str) -> Party:
        """A party for the whole phrase (no actor)."""
        return Party(name, None, self.start, self.end, kind, self.gender, self.plural)


class Naming(ResolverBase):
    """A noun phrase named: actor, person, organisation, entity, proper name or speaker noun."""

    def party(self, i: int, j: int, head: Token | None = None) -> Party:
        """Name the noun phrase doc[i:j] (``head`` = its syntactic head, if known): the first
        of the naming rules below that applies decides, else the phrase names nobody.

        Memoised until what the rules read besides the parse and the actor tables changes:
        the speakers noted and the quote spans (:meth:`Coreference.note_speaker`,
        :meth:`Coreference.set_quote_spans` forget the memo) and the finder's two flags (in
        the key). The stance rules ask again about the same subjects and holders."""
        key = (i, j, -1 if head is None else head.i, self.counted_are_anonymous, self.titles_speak)
        found = self._party_memo.get(key)
        if found is None:
            found = self._party_memo[key] = self._name_phrase(i, j, head)
        return found

    def _name_phrase(self, i: int, j: int, head: Token | None) -> Party:
        tv = self._tv
        while i < j and (tv.punct[i] or tv.space[i]):
            i += 1
        while j > i and (tv.punct[j - 1] and tv.text[j - 1] not in (")",)):
            j -= 1
        if i >= j:
            return Party(None, None, 0, 0, "unknown")
        start, end = tv.idx[i], tv.end[j - 1]
        if head is None or not (i <= head.i < j):
            head = self.head_of(i, j)
        head = self._skip_quantity(head, j)
        gender, plural = self._gender_number(i, j, head)
        ph = Phrase(i, j, start, end, head, gender, plural)
        for rule in _NAMING_RULES:
            found = rule(self, ph)
            if found is not None:
                return found
        return ph.party(None, "unknown")

    def _issued_document(self, ph: Phrase) -> Party | None:
        """A text issued by someone speaks for its issuer: "le communiqué de la présidence"
        is the presidency; "le communiqué", "ce message" or "la même source" with no issuer
        named are the issuer already quoted (the last speaker), never "the text" itself. An
        indefinite one with no issuer ("une note") names nobody: the next rules decide."""
        tv = self._tv
        hl, hlem = self._head_forms(ph)
        words = tv.low[ph.i : ph.j]
        same_source = hl in ("source", "sources") and "même" in words
        if not (same_source or hl in DOCUMENT_NOUNS or hlem in DOCUMENT_NOUNS):
            return None
        if self._joint_document(ph.head.i):
            return ph.party(None, "anonymous")  # "la déclaration commune": no one issuer
        for k in range(ph.head.i + 1, ph.j - 1):
            if tv.low[k] in DE:
                issuer = self.party(k + 1, ph.j)
                if issuer.identified and names_a_place(self, issuer):
                    return ph.party(None, "anonymous")  # "la déclaration de <town>": no one
                if issuer.identified:
                    return issuer
                break
        if same_source or (tv.pos[ph.i] == "DET" and tv.low[ph.i] not in INDEFINITE):
            return self.recent_issuer(ph.i) or self.last_speaker(ph.start)
        return None

    def recent_issuer(self, i: int) -> Party | None:
        """The issuer named with the last document of the two sentences before ("Dans un
        communiqué du ministère, …. « … », peut-on lire dans le communiqué"). A document named
        inside quotation marks is the speaker's own words ("« Une lettre de protestation
        adressée au ministre X a été remise … », a souligné le communiqué"), not the narration
        naming the text it quotes: skipped."""
        tv = self._tv
        lo = self.sent_start(i)
        lo = self.sent_start(lo - 1) if lo > 0 else lo
        lo = self.sent_start(lo - 1) if lo > 0 else lo
        for k in range(i - 2, lo - 1, -1):
            if tv.low[k] not in DOCUMENT_NOUNS or tv.pos[k - 1] in ("VERB", "AUX"):
                continue  # ("a pris note de …" is no document)
            if self.in_quote(tv.idx[k]):  # type: ignore[attr-defined]
                continue
            if self._joint_document(k):
                return None  # the last document is a joint one: issued by no one party
            if tv.low[k + 1] in DE:
                rng = self.np_after(k + 2, self.sent_end(k))  # type: ignore[attr-defined]
                issuer = self.party(*rng) if rng else None
                if issuer is not None and issuer.identified:
                    if names_a_place(self, issuer):  # named after a town: issued by no one
                        return Party(None, None, issuer.start, issuer.end, "anonymous")
                    return issuer
            elif k >= 2 and tv.low[k - 2] in ("dans", "par") and tv.low[k - 1] in ("un", "une"):
                issuer = self._subject_of_clause(k)
                if issuer is not None:
                    return issuer
            elif tv.pos[k - 1] == "DET" and tv.lemma_low[tv.head[k]] in ISSUING_VERBS:
                issuer = self._subject_of_clause(k)  # "X a publié un communiqué"
                if issuer is not None:
                    return issuer
        return None

    def _joint_document(self, k: int) -> bool:
        """The document noun at token k is a joint one ("déclaration conjointe", "communiqué
        commun", "déclaration d'intention conjointe"): a word "conjoint"/"commun" among the
        four words after it, before any punctuation."""
        tv = self._tv
        for j in range(k + 1, min(k + 5, len(tv.low))):
            if tv.punct[j]:
                return False
            if tv.lemma_low[j] in ("conjoint", "commun") or tv.low[j] in JOINT_WORDS:
                return True
        return False

    def _subject_of_clause(self, k: int) -> Party | None:
        """ "X, dans un communiqué, regrette …": the identified subject of the verb the
        document phrase at token k hangs on (the document's issuer)."""
        tv = self._tv
        node = k
        for _ in range(4):
            if tv.head[node] == node:
                break
            node = tv.head[node]
            if tv.pos[node] in ("VERB", "AUX"):
                parties = self.subjects(tv.tokens[node])  # type: ignore[attr-defined]
                return parties[0] if parties and parties[0].identified else None
        return None

    def _anonymous_source(self, ph: Phrase) -> Party | None:
        """ "une source diplomatique", "un proche du dossier": an unnamed source; so are
        people counted but not named ("plusieurs officiers", "de hauts gradés en poste à X",
        "des responsables des deux parties"): an indefinite plural common noun. (For
        speakers only: as a stance holder, "des étudiants" is the group that holds it.)"""
        tv, h = self._tv, ph.head.i
        first = tv.low[ph.i]
        if (
            self.counted_are_anonymous
            and (first in INDEFINITE or first in ("de", "d'", "d’"))
            and first not in ("un", "une")
            and tv.pos[h] == "NOUN"
            and tv.text[h].islower()
            and tv.low[h] not in self.c.media  # "des médias locaux" are a kind of source
            and "Plur" in tv.morph(h, "Number")
            and h - ph.i <= 2
            and not any(s <= tv.idx[h] < e for s, e, _a in self.mentions_in(ph.start, ph.end))
        ):
            return counted_group(self, ph, self._category(*self._head_forms(ph)))
        words = self._tv.low[ph.i : ph.j]
        anon_first = self._anon_first
        for k in range(len(words)):
            # only a word that opens an anonymous phrase can start one (cheap test first)
            if words[k] in anon_first and word_sequence_at(words, k, self.c.anonymous):
                return ph.party(None, "anonymous")
        return None

    def _latter(self, ph: Phrase) -> Party | None:
        """ "Ce dernier", "celle-ci": the last one named (see :mod:`latter`)."""
        return latter.latter_party(self, ph)

    def _pronoun_party(self, ph: Phrase) -> Party | None:
        """A third-person pronoun is resolved (or names nobody, with its gender and number);
        "je", "nous", "on" are the speaker themselves, never an identified party."""
        tv, h = self._tv, ph.head.i
        if tv.pos[h] != "PRON":
            return None
        hl = tv.low[h]
        if hl in PRONOUNS:
            resolved = self.pronoun(ph.head)
            if resolved is not None:
                return resolved
            return Party(None, None, ph.start, ph.end, "unknown", *PRONOUNS[hl])
        if hl == "on":
            voice = self._fronted_voice(h)
            if voice is not None:
                return voice
        if hl in FIRST_SECOND_PERSON:
            return ph.party(None, "first-person")
        return None

    def _fronted_voice(self, h: int) -> Party | None:
        """The impersonal "on" speaks for the place fronted before it ("À la présidence, on
        souligne que …", "Chez le ministre, on assure …"): a sentence that opens with a
        preposition of place and a phrase naming an actor, then a comma right before "on"."""
        tv = self._tv
        s0 = self.sent_start(h)
        if h - 1 <= s0 or tv.text[h - 1] != "," or tv.low[s0] not in FRONTED_VOICE:
            return None
        if any(tv.text[k] == "," or tv.pos[k] in ("VERB", "AUX") for k in range(s0, h - 1)):
            return None
        start = s0 + 1 + (tv.low[s0 + 1] in DE)  # "du côté de X", "côté X"
        if start >= h - 1:
            return None
        p = self.party(start, h - 1)
        if p.actor_id is not None:  # an actor, never a mere place ("À Ostrava, on …")
            return p if self.actor_type(p.actor_id) not in ("", "place", "city") else None
        head = self.head_of(start, h - 1)
        voiced = self.category(head) in ("institution", "organisation")
        return p if p.identified and voiced else None

    def _head_mention(self, ph: Phrase) -> Party | None:
        """1. The head itself is an actor mention."""
        head_idx = self._tv.idx[ph.head.i]
        mentions = self.mentions_in(ph.start, ph.end)
        for s, e, aid in mentions:
            if s <= head_idx < e:
                aid = (
                    self._named_apposition(aid, mentions)
                    or appositive_name(
                        self._tv, ph.head.i, aid, mentions, self._is_person_aid, self.c.roles
                    )
                    or aid
                )
                return self.actor_party(aid, ph.start, ph.end, ph.gender, ph.plural)
        return None

    def _named_apposition(self, aid: str, mentions: list[tuple[int, int, str]]) -> str | None:
        """ "Le Président péruvien, Karim Salem, …": a capitalised title taken for a person's
        name (its first word a role noun) gives way to the person named in the phrase."""
        words = self.actor_name(aid).split()
        if not words or norm(words[0]) not in self.c.roles or self.actor_type(aid) != "person":
            return None
        return next(
            (a for _s, _e, a in mentions if a != aid and self.actor_type(a) == "person"), None
        )

    def _is_person_aid(self, aid: str) -> bool:
        return self.actor_type(aid) == "person"

    def _state_voice(self, ph: Phrase) -> Party | None:
        """ "la partie ostrienne", "les autorités valdoriennes": the state of the nationality
        adjective, when it is an actor of the article (else the next rules name the phrase)."""
        tv = self._tv
        if tv.low[ph.head.i] in STATE_FORMS:  # "le Royaume du Maroc", "la République de X"
            for _s, _e, aid in self.mentions_in(ph.start, ph.end):
                if self.actor_type(aid) == "state":
                    return self.actor_party(aid, ph.start, ph.end, None, ph.plural)
        if not ({tv.low[ph.head.i], norm(tv.lemma[ph.head.i])} & STATE_VOICE):
            return None
        for k in range(ph.head.i + 1, ph.j):
            code = country_of_adjective(tv.text[k]) if tv.pos[k] == "ADJ" else None
            if code:
                for aid, row in self.actors.items():
                    if row.get("type") == "state" and row.get("country") == code:
                        return self.actor_party(aid, ph.start, ph.end, None, ph.plural)
                return None
        return None

    def _best_name(self, ph: Phrase) -> Party | None:
        """2. The best name inside the phrase, in an order that depends on the class of the
        head noun (:data:`PREFERENCE`); an institution ("la présidence X") is named by the
        phrase itself, never by a name inside it."""
        category = self._category(*self._head_forms(ph))
        if category == "institution":
            return None
        order = PREFERENCE.get(category or "", PREFERENCE[""])
        mentions = self.mentions_in(ph.start, ph.end)
        cands = [
            c for c in self._candidates(ph.i, ph.j, ph.start, ph.end, mentions) if c[0] in order
        ]
        if not cands:
            return None
        cands.sort(key=lambda c: (order.index(c[0]), c[1]))
        # "l'émissaire de X, Y, a dit": Y, the holder named after the title, not X
        kind, _pos, name, aid = apposed_holder(self._tv, cands, self.c.roles) or cands[0]
        if category == "role" and complement_holder(self._tv, ph.head.i, _pos, self.c.roles):
            # "le conseiller du président X a dit": X's aide speaks, not X
            holder = self.office_holder(self._name_text(ph.head, ph.j))
            if holder is not None:
                return self.actor_party(holder, ph.start, ph.end, ph.gender, ph.plural)
            return ph.party(None, "anonymous")
        if category == "role" and kind != "person":
            # "le porte-parole du ministère X": the person holding the office, when the
            # article names one, not the body named in the title
            title = self._name_text(ph.head, ph.j)
            holder = self.office_holder(title)
            if holder is not None:
                return self.actor_party(holder, ph.start, ph.end, ph.gender, ph.plural)
            if self.titles_speak and not ph.plural and self._tv.low[ph.i] in DEFINITE:
                # "le porte-parole du ministère X a souligné": a person speaks, whom the
                # article may name later (see quotes.offices), not the body of the title
                return ph.party(title, "noun")
        aid = aid or self.linked_actor(name)
        if not aid and " " not in name and not ph.plural and self._tv.low[ph.i] in DEFINITE:
            aid = self._national_person(ph.start, name)  # "L'Argentin a qualifié …"
        if aid:
            return self.actor_party(aid, ph.start, ph.end, ph.gender, ph.plural)
        return ph.party(name, "name")

    def _speaker_noun(self, ph: Phrase) -> Party | None:
        """3. A speaker noun (role, organisation, medium, institution, group) or a capitalised
        head (a demonym, a name the tagger missed) names the phrase; "un diplomate" (an
        indefinite person role) is an anonymous source."""
        tv, h, c = self._tv, ph.head.i, self.c
        hl, hlem = self._head_forms(ph)
        capitalised = tv.text[h][:1].isupper() and h != self.sent_start(h)
        if not (capitalised or hl in c.speaker_nouns or hlem in c.speaker_nouns):
            return None
        det = tv.low[ph.i] if tv.pos[ph.i] == "DET" else ""
        is_person_role = (hl in c.roles or hlem in c.roles) and not ph.plural
        name = self._name_text(ph.head, ph.j)
        if det in INDEFINITE and is_person_role and not capitalised:
            # "a déclaré un porte-parole du gouvernement" before "le porte-parole du
            # gouvernement, X, …": an office the article gives to one person is that person
            holder = self.office_holder(name)
            if holder is not None:
                return self.actor_party(holder, ph.start, ph.end, ph.gender, ph.plural)
            return ph.party(None, "anonymous")
        aid = self._bare_medium(ph, det, name, hl) or self.linked_actor(name)
        if aid is None and det in ("le", "la", "l'", "l’") and is_person_role:
            aid = self.title_antecedent(ph.start, name, hlem or hl, ph.gender)
            if aid is None and self._bare_title(ph):
                return ph.party(None, "anonymous")
        if aid is None and det in DEMONSTRATIVES and is_person_role:
            aid = self._demonstrative_antecedent(ph, name, hlem or hl)
        if aid is None and det in DEFINITE and " " not in name:
            aid = self._one_word_antecedent(ph, name, capitalised)
        if aid:
            return self.actor_party(aid, ph.start, ph.end, ph.gender, ph.plural)
        return ph.party(name, "noun")

    def _bare_medium(self, ph: Phrase, det: str, name: str, head: str) -> str | None:
        """ "Le journal souligne …", "le quotidien ajoute": the medium named last (see
        ``medium_antecedent``), not any medium whose alias holds the noun."""
        if det in DEFINITE and " " not in name and not ph.plural and head in self.c.media:
            return self.medium_antecedent(ph.start)  # type: ignore[attr-defined]
        return None

    def _one_word_antecedent(self, ph: Phrase, name: str, capitalised: bool) -> str | None:
        """A definite one-word head: the institution named before it ("le ministère"), or
        for a capitalised singular demonym the person of that nation ("l'Argentin")."""
        aid = self.institution_antecedent(ph.start, name)
        if aid is None and capitalised and not ph.plural:
            aid = self._national_person(ph.start, name)
        return aid

    def _national_person(self, offset: int, word: str) -> str | None:
        """ "l'Argentin a qualifié …", "le Brésilien a répondu": a demonym used as a noun
        designates a person of that nation already in the story: the last person actor of
        that country named before it, else the only one in the article."""
        code = country_of_adjective(word)
        if not code:
            return None
        same = [a for a, row in self.actors.items() if row.get("type") == "person"]
        same = [a for a in same if str(self.actors[a].get("country") or "") == code]
        k = bisect.bisect_left(self._p_starts, offset) - 1
        while k >= 0:
            aid = self._persons[k][2]
            if aid in same and not self.in_quote(self._persons[k][0]):  # type: ignore[attr-defined]
                return aid
            k -= 1
        return same[0] if len(same) == 1 else None

    def _demonstrative_antecedent(self, ph: Phrase, name: str, head: str) -> str | None:
        """ "Ce haut fonctionnaire a précisé", "cette diplomate a ajouté": a demonstrative
        title points back to a person already in the text, the holder of the title named in
        the sentences before, else the person quoted last, else the person last named (the
        subject first) in its sentence or the one before: the press varies the title ("la
        ministre X …. Cette diplomate chevronnée a ajouté"); always of the same gender."""
        aid = self.title_antecedent(ph.start, name, head, ph.gender)
        if aid is not None:
            return aid
        last = self.last_speaker(ph.start)  # type: ignore[attr-defined]
        if last is not None and last.actor_id is not None and self._same_person(last, ph):
            return last.actor_id
        sent = self.article.sentence_at(ph.start)
        floor = self.article.sentences[max(0, sent.id - 1)].start if sent is not None else 0
        found = self.recent_person(ph.start, floor, ph.gender)  # type: ignore[attr-defined]
        return found.actor_id if found is not None and self._same_person(found, ph) else None

    def _same_person(self, p: Party, ph: Phrase) -> bool:
        """``p`` is a person actor whose gender does not contradict the phrase's."""
        if p.actor_id is None or self.actor_type(p.actor_id) != "person":
            return False
        gender = self.person_gender(p.actor_id)
        return ph.gender is None or gender in (None, ph.gender)

    def institution_antecedent(self, offset: int, noun: str) -> str | None:
        """ "Le ministère a déclaré …" after "le ministère algérien des Affaires étrangères":
        a bare definite institution noun is the last actor named before it whose name, or the
        words of that mention, open with that noun (not a person: "le président" is a title,
        read elsewhere). The mention's words count: an actor the knowledge base renames ("le
        ministère français des Affaires étrangères" filed under another name) is still the
        ministry the text just named."""
        key, low = fold(noun), norm(noun)
        if not key or self._category(low, low) not in ("institution", "organisation", "medium"):
            return None
        keys = BODY_HYPERNYMS.get(low) or {key}  # "le département" after "le ministère X"
        k = bisect.bisect_left(self._m_starts, offset) - 1
        while k >= 0:
            s, e, aid = self._m[k]
            k -= 1
            if self.actor_type(aid) == "person":
                continue
            name = fold(self.actor_name(aid)).split()
            said = [w for w in fold(self.article.text[s:e]).split() if w not in _ARTICLES]
            if (name and name[0] in keys) or (said and said[0] in keys):
                return aid
        return None

    def _bare_title(self, ph: Phrase) -> bool:
        """ "le responsable", "le diplomate saoudien": a definite title many hold at once
        (:data:`VAGUE_TITLES`) with nothing but adjectives, no name and no holder found in the
        article, designates someone the text never named (often the anonymous source just
        quoted): no identifiable speaker."""
        tv = self._tv
        if not ({tv.low[ph.head.i], norm(tv.lemma[ph.head.i])} & VAGUE_TITLES):
            return False
        return all(
            k == ph.head.i or tv.pos[k] == "DET" or tv.pos[k] == "ADJ" and tv.text[k].islower()
            for k in range(ph.i, ph.j)
        )

    def _head_forms(self, ph: Phrase) -> tuple[str, str]:
        """(text, lemma) of the phrase's head, as lexicon keys."""
        h = ph.head.i
        return self._tv.low[h], norm(self._tv.lemma[h])

    def category(self, head: Token) -> str | None:
        """Lexicon class of a head noun: role, medium, organisation, institution, group."""
        return self._category(norm(head.text), norm(head.lemma_))

    def _category(self, *forms: str) -> str | None:
        """:meth:`category` of a head noun given by its normalised text and lemma."""
        c = self.c
        for w in forms:
            for name, words in (
                ("institution", c.institutions),
                ("role", c.roles),
                ("medium", c.media),
                ("organisation", c.organisations),
                ("group", c.groups),
            ):
                if w in words:
                    return name
        return None

    def _candidates(
        self, i: int, j: int, start: int, end: int, mentions: list[tuple[int, int, str]]
    ) -> list[tuple[str, int, str, str | None]]:
        """(kind, offset, name, actor_id) of every name inside doc[i:j]: actor mentions,
        entities and runs of proper nouns; a parenthesised acronym right after a name
        replaces it ("les Patriotes ... (Pastef)")."""
        out = []
        taken: list[tuple[int, int]] = []
        for s, e, aid in mentions:
            out.append((self._mention_kind(aid), s, self.actor_name(aid), aid))
            taken.append((s, e))
        for s, e, ent in self.entities_in(start, end):
            if not self._good_entity(ent):
                continue
            if any(not (e <= a or s >= b) for a, b in taken):
                continue
            aid = self.actor_at(s, e)
            kind = {"PER": "person", "ORG": "org", "MISC": "org"}.get(ent.label_, "place")
            name = self.entity_name(ent)
            out.append((kind, s, self._acronym_after(e, end) or name, aid))
            taken.append((s, e))
        run = self._proper_run(i, j, None)
        if run is not None:
            a, b = run
            s0, e0 = self._tv.idx[a], self._tv.end[b - 1]
            if not any(not (e0 <= x or s0 >= y) for x, y in taken):
                name = clean_name(self.article.text[s0:e0])
                out.append(("org", s0, self._acronym_after(e0, end) or name, self.actor_at(s0, e0)))
        # "le ministre de l'Europe et des …": a portfolio is the title's field, no name
        return [c for c in out if c[2] and not self._portfolio_name(c[1], i)]

    def _portfolio_name(self, offset: int, i: int) -> bool:
        """The name starting at character ``offset`` opens a portfolio of a minister's title
        that starts at or after token i (:mod:`.portfolios`)."""
        k = bisect.bisect_left(self._tv.idx, offset)
        return k < len(self._tv.idx) and in_portfolio(self._tv, k, i)

    def _mention_kind(self, aid: str) -> str:
        t = self.actor_type(aid)
        if t == "person":
            return "person"
        if t in ("organisation", "company", "media", "group"):
            return "org"
        return "place"

    def entity_name(self, ent: Span) -> str:
        """The name an entity gives, cleaned like every name, but with its article when the
        article is part of the name ("Le Soleil": a capitalised determiner inside a
        sentence); public because the stance targets name entities the same way."""
        text = self.article.text[ent.start_char : ent.end_char]
        first, tv = ent.start, self._tv
        if tv.pos[first] == "DET" and tv.cap[first] and first != self.sent_start(first):
            return " ".join(text.split())  # "Le Soleil", "La Tercera": the article is the name
        return clean_name(text)

    def _acronym_after(self, offset: int, end: int) -> str | None:
        m = re.match(r"\s*\(([A-Z][\w.-]{1,14})\)", self.article.text[offset : end + 1])
        return m.group(1) if m else None

    def actor_party(
        self, aid: str, start: int, end: int, gender: str | None, plural: bool
    ) -> Party:
        """The party of actor ``aid`` named by the characters [start, end): its table name,
        and for a person with no ``gender`` given the gender the article gives it (a rule
        that found the actor builds its party here, so every rule names actors alike)."""
        if gender is None and self.actor_type(aid) == "person":
            gender = self.person_gender(aid)
        return Party(self.actor_name(aid), aid, start, end, "actor", gender, plural)


# the naming rules of :meth:`Naming.party`, in order (each takes the resolver and the phrase):
# the first that names the phrase decides
_NAMING_RULES: tuple[Callable[[Naming, Phrase], Party | None], ...] = (
    Naming._issued_document,
    issued_text,  # "…, ajoute le texte": its issuer
    press_office_voice,  # "le service de presse de X": X
    media_names.placed_medium,  # "X News": the outlet
    missions.mission_voice,  # "l'ambassade de X en Y"
    anaphoric.pointing_party,  # "l'intéressé", "le Royaume"
    Naming._anonymous_source,
    Naming._latter,
    possessed_country,  # "son pays": the possessor's state
    Naming._pronoun_party,
    Naming._head_mention,
    Naming._state_voice,
    Naming._best_name,
    Naming._speaker_noun,
)
