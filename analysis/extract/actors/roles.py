"""Roles and titles of actors, from the words around their names.

Two constructions carry almost every role in news French:

* a title before the name: "Le ministre japonais de la Défense Kenji Sato",
  "son homologue sénégalais Amadou Fall", "la porte-parole du ministère ..., Liu Yanping",
  "le quotidien économique Nikkei";
* an apposition after it: "Grace Mutua, chercheuse à l'université de Nairobi",
  "Ankara, principal allié de Bakou, a salué".

A role starts at a role noun (lexicons actors_roles.yaml, or a cue noun of actors_cues.yaml)
and ends at punctuation, a verb, a time phrase ("lors de ...") or a medium ("..., à l'AFP").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis.document.tokens import view
from analysis.extract.actors.allotted import allotted_portfolio, past_field
from analysis.extract.actors.appositions import after_avoir, more_roles, not_apposed, one_of_role
from analysis.extract.actors.asides import aside_role, quoted_title
from analysis.extract.actors.coordination import Coordination
from analysis.extract.actors.heading import heading_role
from analysis.extract.actors.plural_lists import plural_list_title
from analysis.extract.actors.portfolio_chains import portfolio_chain
from analysis.extract.actors.predicative import predicative_role, subject_role
from analysis.extract.actors.records import Mention
from analysis.extract.actors.respectively import paired_title
from analysis.extract.actors.shared_titles import (
    ARTICLES,
    DE,
    shared_adjectives,
    shared_plain,
    shared_respectively,
    shared_title,
)
from analysis.extract.actors.text import QUOTES, Text, dotted_honorific, is_punct, phrase_edges
from analysis.extract.actors.titlechains import bare_title_before, included_title, name_words
from analysis.extract.actors.vocab import ROLES, title_words, vocab
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import country_of_adjective, norm_key, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONTRACTED = frozenset(("du", "des", "au", "aux"))  # "du" ends no title: "chef du parti"
_POSSESSIVES = ("son", "sa", "ses", "leur", "leurs")
# endings of past participles ("déchu", "démis", "pressentie", "limogées")
_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")


@dataclass(frozen=True)
class Role:
    """A role phrase stated for a mention."""

    text: str
    start: int
    end: int
    where: str  # "title" (before the name) | "apposition" (after it) | "description"
    possessive: bool = False  # "Son porte-parole, X": X belongs to an earlier actor


def singular(word: str) -> str:
    """The singular of a word of a plural title ("ministres", "Premiers")."""
    if word.endswith("aux") and len(word) > 4:
        return word[:-3] + "al"  # "généraux"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@derived
def _status_lemmas() -> frozenset[str]:
    v = vocab()
    return v["appointment_verbs"] | v["status_verbs"]


def status_participle(t: Text, lo: int) -> bool:
    """ "le président déchu X", "l'ambassadeur accrédité auprès de Y, X", "le Premier
    ministre nommé X": a past participle of an appointment or status verb agreeing with
    the noun just before it (no auxiliary: "a nommé X" is a clause) continues the title,
    also after an adverb of manner or time ("le ministre fraîchement nommé, X")."""
    tok = t.word_tok[lo]
    tv = view(t.doc)
    before = tok - 1
    if before >= 1 and tv.pos[before] == "ADV" and t.doc[before].lower_.endswith("ment"):
        before -= 1
    if lo < 1 or before < 0 or tv.pos[before] not in ("NOUN", "ADJ", "PROPN"):
        return False
    past = tv.morph(tok, "VerbForm") == ("Part",) and tv.morph(tok, "Tense") == ("Past",)
    # "pressenti", "démis": a participle the parser reads as a finite verb
    if not past and not t.ws[lo].text.lower().endswith(_PARTICIPLE_ENDS):
        return False
    return norm_key(tv.lemma[tok]) in _status_lemmas()


@derived
def _vocab(kind: str) -> frozenset[str]:
    """The role nouns that head a role of a person, a state or another actor."""
    v = vocab()
    if kind == "person":
        return v["roles"]
    if kind == "state":
        return v["relational"]
    return frozenset().union(
        word_set(ROLES, "organisation"),
        v["company_heads"],
        v["media_heads"],
        v["organisation_heads"],
        v["relational"],
        v["group_nouns"],
    )


@functools.lru_cache(maxsize=16)
def _words_of(words: frozenset[str]) -> frozenset[str]:
    """Every word of the phrases of ``words`` (a verb form may be one: "chargé")."""
    return frozenset(w for phrase in words for w in phrase.split())


def governmental() -> frozenset[str]:
    """Offices held for a state ("ministre", "cheffe de la diplomatie")."""
    return vocab()["governmental"]


class RoleFinder:
    """Finds the roles of mentions in one article.

    The role rule modules (:mod:`.appositions`, :mod:`.asides`, :mod:`.heading`,
    :mod:`.predicative`, :mod:`.titlechains`) read a finder through its public members: the
    tagger's part of speech per token (``upos``) and the readers of a title, a role or an
    apposition at a word index (``title_at``, ``title_start``, ``title_role``, ``role_at``,
    ``apposition``, ``apposition_end``, ``titles_next_name``, ``person_at``, ``stop_at``)."""

    def __init__(self, text: Text, mentions: list[Mention]) -> None:
        self.t = text
        v = vocab()
        self.mods = v["modifiers"]
        self.stops = v["stops"]
        self.determiners = v["determiners"]
        self.prepositions = v["role_prepositions"]
        self.civilities = v["person_titles"]
        self.honorifics = v["honorifics"]
        # determiners that open a phrase (the contracted ones also end a complement)
        self.boundary = self.determiners - _CONTRACTED
        self.media_starts = {m.start for m in mentions if m.type == "media"}
        self.mention_starts = {m.start: m for m in mentions}
        self.upos = view(text.doc).pos
        self.name_words = name_words(text, mentions)  # "Nations unies": no verb
        persons = [m for m in mentions if m.type == "person"]
        self.coord = Coordination(text, persons, v["roles"] | v["relational"])

    def roles(self, m: Mention) -> list[Role]:
        kind = "person" if m.type == "person" else ("state" if m.type == "state" else "org")
        words = _vocab(kind)
        i = self.t.index_at(m.start)
        r = self.t.words_in(m.start, m.end)
        if i is None or not len(r):
            return []
        out = []
        # "Selon le porte-parole, X, ...": X closed by a comma is an apposition, no subject
        closed = m.type == "person" and r.stop < len(self.t.ws) and "," in self.t.gap(r.stop)
        # "..., le chef de la junte, le capitaine X.": a name ending its sentence is closed too
        ends = r.stop >= len(self.t.ws) or not self.t.same_sentence(r.stop - 1, r.stop)
        i = self._civility_start(i) if m.type == "person" else i
        title = paired_title(self, m, i) or self.title_at(
            i, words, person=m.type == "person", closed=closed
        )
        if title is None and m.type == "person":
            title = (
                shared_title(self, i, words)
                or shared_adjectives(self, i, words)
                or shared_plain(self, i, words)
                or shared_respectively(self, i, words)
            )
        if title is None and m.type == "person":
            title = (
                self._title_by_parse(i)
                or self._found(self.coord.plural_title(r, title_words()))
                or self._found(plural_list_title(self.coord, r, title_words()))
                or quoted_title(self, i, words)
                or included_title(self, r, words)
            )
        if title:
            out.append(title)
            if closed or (ends and m.type == "person"):
                out.extend(self._title_before_title(title, words))
                out.extend(bare_title_before(self, title, words))
            out.extend(self._coordinated_title(title, words))
        app = self._apposition_after(m, r, words)
        if app and not (m.type == "person" and not_apposed(self, app)):
            out.extend(more_roles(self, app, words) if m.type == "person" else [app])
        return portfolio_chain(self, m, out)  # "ministre de X, de Y et de Z, N"

    def _apposition_after(self, m: Mention, r: range, words: frozenset[str]) -> Role | None:
        """The role stated after the name: an apposition between commas, then (a person)
        one shared out "respectively", read from the noun, shared with a coordinated name,
        given by a predicate ("a été nommé R") or in an aside ("(R)")."""
        app = self.apposition(r.stop, words, person=m.type == "person")
        if app is not None or m.type != "person":
            return app
        return (
            self._found(self.coord.respectively(r), "apposition")
            or self._apposition_by_noun(r)
            or self._shared_apposition(r.stop, words)
            or predicative_role(self, r, words)
            or aside_role(self, r, words)
            or subject_role(self, r, words)
            or heading_role(self, r)
            or one_of_role(self, r)
        )

    def titles_next_name(self, app: Role) -> bool:
        """ "le ministre de la Défense, A, le ministre de l'Intérieur, B, ...": a phrase
        with its own determiner after A's comma, closed by a comma right before another
        person's name, is that name's title (an enumeration), not A's apposition."""
        t = self.t
        s, e = t.index_at(app.start), t.first_index_from(app.end)
        if s is None or e >= len(t.ws) or "," not in t.gap(e) or not t.same_sentence(s, e):
            return False
        if t.key(s - 1) not in self.boundary:
            return False
        nxt = self.mention_starts.get(t.ws[e].start)
        if nxt is None and t.key(e) in self.civilities:
            nxt = self.mention_starts.get(t.ws[e + 1].start) if e + 1 < len(t.ws) else None
        return nxt is not None and nxt.type == "person"

    @staticmethod
    def _found(found: tuple[str, int, int] | None, where: str = "title") -> Role | None:
        """A role read from coordinated names (:mod:`analysis.extract.actors.coordination`)."""
        return Role(found[0], found[1], found[2], where) if found else None

    def _civility_start(self, i: int) -> int:
        """ "le ministre des Affaires étrangères, M. X": a civility ("M.", "Mme", "Dr")
        between the title and the name belongs to the name; the title is read before it.
        So does a form of address before the civility or the name ("l'ambassadrice du
        Ghana, S. E. Mme X", "Son Excellence M. Y", "SEM Z")."""
        t = self.t
        if i >= 1 and t.key(i - 1) in self.civilities and t.same_sentence(i - 1, i):
            if t.gap(i).strip() in ("", "."):
                i -= 1
        if i >= 2 and dotted_honorific(t, i - 2) and t.same_sentence(i - 2, i):
            return i - 2
        if i >= 1 and t.key(i - 1) in self.honorifics and t.same_sentence(i - 1, i):
            return i - 1 - (t.key(i - 2) in ("son", "sa", "leurs", "leur"))
        return i

    # ---------------------------------------------------------------------------------
    def role_at(self, k: int, words: frozenset[str], hi: int) -> int | None:
        """End index (exclusive) of a role phrase starting at word k, if any."""
        if self.t.key(k) not in phrase_edges(words)[0]:
            return None
        for n in (5, 4, 3, 2, 1):
            if k + n <= hi and " ".join(self.t.key(x) for x in range(k, k + n)) in words:
                if all(not is_punct(self.t.gap(x)) for x in range(k + 1, k + n)):
                    return k + n
        return None

    # --- a title before the name ----------------------------------------------------------
    def title_at(
        self, i: int, words: frozenset[str], person: bool = False, closed: bool = False
    ) -> Role | None:
        """ "Le ministre japonais de la Défense Kenji Sato", "son homologue sénégalais,
        Amadou Fall": the first role noun of the phrase just before the name at word i."""
        before = self._title_end(i)
        if before is None:
            return None
        k, comma = before
        lo = self.title_start(i, k, words, person, comma)
        for s in range(lo, k + 1):
            if self.role_at(s, words, k + 1) is not None:
                if self._named_inside(s, k, comma) or after_avoir(self.t, s):
                    continue  # "reçu par le ministre X, M. Y": the title is X's
                if person and not comma:
                    s = self._inner_title(s, k, words)
                return self.title_role(s, lo, k, comma, closed)
        return None

    def _inner_title(self, s: int, k: int, words: frozenset[str]) -> int:
        """ "le conseiller du président X", "la sœur du dirigeant syrien X": a role noun
        whose "de" complement is headed by another role noun glued to the name: the name is
        the complement's (X is the president); the first role is someone else's. Returns
        the role noun of the name's title (s itself when there is none inside)."""
        t = self.t
        e = self.role_at(s, words, k + 1)
        while e is not None and e <= k:
            e = past_field(t, e, k)
            if t.key(e) not in DE:
                return s
            x = e + 1
            while x <= k and (t.key(x) in ARTICLES or t.key(x) in self.mods):
                x += 1
            e2 = self.role_at(x, words, k + 1) if x <= k else None
            if e2 is None:
                return s
            s, e = x, e2
        return s

    def _named_inside(self, s: int, k: int, comma: bool = False) -> bool:
        """A person is named inside words (s, k]: the phrase is their title, not the one of
        the name after it; unless, the name closed off by a comma, that person is the "de"
        complement of the role noun ("la porte-parole de X, Y", "le conseiller du président
        X, Y", "l'émissaire de X pour le Sahel, Y": Y holds the title)."""
        t = self.t
        for x in range(s + 1, k + 1):
            m = self.mention_starts.get(t.ws[x].start)
            if m is not None and m.type == "person":
                if comma and self._complement_person(s, x):
                    continue
                return True
        return False

    def _complement_person(self, s: int, x: int) -> bool:
        """The person named at word x is a "de" complement of the role noun at word s:
        "de"/"du" right before the name, or before a title glued to it ("du président X")."""
        t = self.t
        b = x - 1
        if b > s and t.key(b) not in DE and t.key(b) in self.civilities:
            b -= 1  # "de M. X"
        if b > s and t.key(b) not in DE and self.role_at(b, _vocab("person"), x) == x:
            b -= 1  # "du président X"
        if b > s and t.key(b) in ARTICLES and t.key(b - 1) in DE:
            b -= 1  # "de la présidente X"
        return b > s and t.key(b) in DE

    def _coordinated_title(self, title: Role, words: frozenset[str]) -> list[Role]:
        """ "l'actuel ministre de la Défense et futur président, X": two titles coordinated
        before the name; the first is the name's title too."""
        t = self.t
        et = t.index_at(title.start)
        if et is None or t.key(et - 1) not in ("et", "ou"):
            return []
        first = self.title_at(et - 1, words, person=True)
        return [first] if first is not None and first.end <= title.start else []

    def _title_before_title(self, title: Role, words: frozenset[str]) -> list[Role]:
        """ "Le président de la Transition, le colonel X, ...": a title phrase, then a
        comma and the name's own determiner and title: the first phrase is a title of the
        name too (the name between commas is in apposition to both)."""
        t = self.t
        d = t.index_at(title.start)
        if d is None:
            return []
        d -= 1
        while d > 0 and t.key(d) in self.mods:
            d -= 1
        if t.key(d) not in ARTICLES or "," not in t.gap(d):
            return []
        first = self.title_at(d, words, person=True, closed=True)
        return [first] if first is not None and first.end <= title.start else []

    def _title_end(self, i: int) -> tuple[int, bool] | None:
        """(last word of the title, a comma before the name) for the name at word i, or
        None when the name cannot carry a title (after a quote, a parenthesis, a full stop,
        or as the complement "du Front X", "la Commission de l'Union africaine")."""
        t = self.t
        k = i - 1
        gap = t.gap(i)
        comma = "," in gap
        if any(c in gap for c in QUOTES) or "(" in gap or (is_punct(gap) and not comma):
            return None
        if comma and not t.same_sentence(i - 1, i):
            return None
        if comma and ")" in gap and "(" in t.gap(k) and t.same_sentence(k - 1, i):
            k -= 1  # "le président de l'Union X (UX), A": the title ends before the acronym
        if not comma and self._nationality_noun(k):
            k -= 1
        # ", les Patriotes ...": a determiner between the comma and the name
        if not comma and t.key(k) in self.boundary and "," in t.gap(k):
            k -= 1
            comma = True
        if t.key(k) in self.prepositions or t.key(k) in DE:
            return None  # the name is a complement ("... du Front X"), not a titled name
        if t.key(k) in ARTICLES and (t.key(k - 1) in self.prepositions or t.key(k - 1) in DE):
            return None  # "la Commission de l'Union africaine": a complement too
        return k, comma

    def _nationality_noun(self, k: int) -> bool:
        """ ", le Tchadien X": a nationality noun between the title and the name."""
        t = self.t
        return (
            k >= 1
            and t.ws[k].text[:1].isupper()
            and bool(country_of_adjective(t.key(k)))
            and t.key(k - 1) in self.boundary
        )

    def title_start(self, i: int, k: int, words: frozenset[str], person: bool, comma: bool) -> int:
        """First word of the phrase ending at word k: walk left (14 words at most) up to
        punctuation, a verb, a determiner, a preposition, a coordination or a number."""
        t = self.t
        lo = k
        count = 0
        while lo >= 0 and count < 14 and t.same_sentence(lo, i):
            if lo < k and is_punct(t.gap(lo + 1)):
                break
            if self._opens_title(lo, words, person, comma):
                break
            lo -= 1
            count += 1
        return lo + 1

    def _opens_title(self, lo: int, words: frozenset[str], person: bool, comma: bool) -> bool:
        """Word lo is left of the title: a verb (not a word of a role, "chargé"), a
        determiner (not in "de la", nor "à la": "secrétaire à la Défense"), a preposition
        (but ", à la tête de" for a person), a coordination of phrases (not of
        complements), a number."""
        t = self.t
        w = t.key(lo)
        if w in self.prepositions and t.gap(lo + 1) == "-":
            return False  # "sous-ministre", "contre-amiral": a prefix of the role noun
        if (
            self.upos[t.word_tok[lo]] in ("VERB", "AUX")
            and w not in words
            and lo not in self.name_words
            and not self._status_participle(lo)
        ):
            if t.token_at(t.ws[lo].start).tag_ != "ADJ" and w not in _words_of(words):
                return w not in vocab()["title_words"]  # "le Premier ministre désigné X"
        if w in self.boundary and t.key(lo - 1) not in ("de", "d", "a"):
            return not (
                person and t.key(lo - 1) in ("pour", "dans") and self._posting(lo - 1, words)
            )
        if w == "par" and t.key(lo + 1) == "interim":
            return False  # "le président par intérim X": part of the title
        if t.gap(lo + 1) == "-" and self.role_at(lo, words, lo + 5) is not None:
            return False  # "sous-secrétaire d'État": a compound role, not a preposition
        if w in self.prepositions and not (person and comma and w in ("a", "au", "en")):
            if allotted_portfolio(t, lo, lambda x: self.role_at(x, words, lo)):
                return False  # "le secrétaire à la Défense X": the field of the office
            return not (person and self._posting(lo, words))
        if w in ("et", "ou") and t.key(lo + 1) not in DE:
            return True
        return t.ws[lo].text.isdigit()

    def _status_participle(self, lo: int) -> bool:
        return status_participle(self.t, lo)

    def _posting(self, lo: int, words: frozenset[str]) -> bool:
        """ "l'ambassadeur du Ghana en Norvège X", "l'ambassadeur d'Argentine dans le pays,
        X", "le consul de France à Tanger X": "en/au/aux/dans/à" + a place after a role
        noun (five words before at most) says where the holder is posted, inside the
        title."""
        t = self.t
        if t.key(lo) not in ("en", "au", "aux", "pour", "dans", "a"):
            return False  # "pour": "l'envoyé spécial de l'ONU pour la Libye X"
        if t.key(lo) == "a" and not t.is_cap(lo + 1):
            return False  # "à Tanger", not "à son homologue X" (the one spoken to)
        if t.key(lo) == "dans" and t.key(lo + 1) not in ("le", "la", "l") and not t.is_cap(lo + 1):
            return False
        return any(
            self.role_at(x, words, lo) is not None and not is_punct(t.gap(x + 1))
            for x in range(max(0, lo - 6), lo)
            if t.same_sentence(x, lo) and not any(is_punct(t.gap(y)) for y in range(x + 1, lo + 1))
        )

    def title_role(self, s: int, lo: int, k: int, comma: bool, closed: bool = False) -> Role | None:
        """The title from its role noun at word s (with the modifiers before it, "ancien")
        to word k; None when a source opens it ("Selon l'agence X, l'armée ..."), unless
        the name is ``closed`` by a comma ("Selon le ministre de l'Intérieur, X, ...")."""
        t = self.t
        s0 = s
        while s0 - 1 >= lo and t.key(s0 - 1) in self.mods:
            s0 -= 1
        b = s0 - 1
        while b >= 0 and t.key(b) in self.determiners:
            b -= 1
        if (
            comma
            and not closed
            and (t.key(b) == "selon" or (t.key(b) == "apres" and t.key(b - 1) == "d"))
        ):
            return None  # "Selon l'agence X, l'armée ...": a source, not a title
        start, end = t.ws[s0].start, t.ws[k].end
        text = t.article.text[start:end].rstrip(" ,")
        possessive = t.key(s0 - 1) in _POSSESSIVES
        return Role(text, start, start + len(text), "title", possessive)

    # --- titles and appositions read from syntax, outside the lexicon ---------------------
    def _adjective_as_noun(self, k: int, name_tok: Token) -> bool:
        """Word k, tagged an adjective, is the head noun of its phrase: right after a
        determiner, with the name after it as its apposition ("la travailliste X",
        "l'écologiste Y": a party's member named by the party's adjective)."""
        t = self.t
        tok = t.token_at(t.ws[k].start)
        return (
            tok.dep_ != "amod"
            and name_tok.head.i == tok.i
            and t.key(k - 1) in self.determiners
            and not is_punct(t.gap(k))
        )

    def _noun_title(self, k: int, adjective: bool = False) -> bool:
        """Word k is a lowercase common noun that may describe a person (not a date, not
        "l'ère" or "le clan" of someone); with ``adjective``, also an adjective used as a
        noun (:meth:`_adjective_as_noun` decided it)."""
        t = self.t
        v = vocab()
        pos = ("NOUN", "ADJ") if adjective else ("NOUN",)
        return (
            self.upos[t.word_tok[k]] in pos
            and t.ws[k].text[:1].islower()
            and len(t.key(k)) > 2
            and t.key(k) not in v["non_titles"]
            and t.key(k) not in v["calendar_words"]
            and t.key(k) not in self.stops
        )

    def _title_by_parse(self, i: int) -> Role | None:
        """ "le rappeur X", "l'opposant historique sénégalais X": a determiner, a common
        noun (and adjectives) glued to the name, which the parse makes the noun's
        apposition: the noun phrase is the name's title, whatever the noun."""
        t = self.t
        if i < 2 or is_punct(t.gap(i)) or not t.same_sentence(i - 1, i):
            return None
        name_tok = t.token_at(t.ws[i].start)
        k = i - 1
        while k > 0 and self.upos[t.word_tok[k]] == "ADJ" and not t.ws[k].text[:1].isupper():
            if is_punct(t.gap(k)) or i - k > 3:
                return None
            if self._adjective_as_noun(k, name_tok):
                break
            k -= 1
        head = t.token_at(t.ws[k].start)
        linked = name_tok.dep_ in ("appos", "flat:name", "nmod") and name_tok.head.i == head.i
        if not self._noun_title(k, adjective=True) or not linked:
            return None
        if self._plural_before_one(head, i):
            return None
        s0 = k
        while s0 > 0 and t.word_tok[s0 - 1] == t.word_tok[s0]:
            s0 -= 1  # "le social-démocrate X": the parts of one hyphenated token
        while s0 > 0 and t.key(s0 - 1) in self.mods and not is_punct(t.gap(s0)):
            s0 -= 1
        if t.key(s0 - 1) not in self.determiners or is_punct(t.gap(s0)):
            return None
        start, end = t.ws[s0].start, t.ws[i - 1].end
        return Role(t.article.text[start:end], start, end, "title")

    def _plural_before_one(self, head: Token, i: int) -> bool:
        """The noun glued to the name at word i is plural and the name is not the first of
        a list ("a déclaré aux journalistes X", "a lancé devant les élus Y"): a plural noun
        describes no one person; the parse glues the inverted subject after an addressee or
        a circumstance to it. A list keeps its shared title ("les chercheurs X et Y")."""
        if "Plur" not in head.morph.get("Number"):
            return False
        t = self.t
        k = i
        while k + 1 < len(t.ws) and t.same_sentence(k, k + 1) and t.is_cap(k + 1):
            if is_punct(t.gap(k + 1)):
                break
            k += 1  # the last word of the name
        nxt = k + 1  # another name after "et" or a comma: a list
        listed = (t.key(nxt) == "et" and t.is_cap(nxt + 1)) or (
            t.gap(nxt).strip() == "," and t.is_cap(nxt)
        )
        return not listed

    def _apposition_by_noun(self, r: range) -> Role | None:
        """ "X, romancier sénégalais, a ...", "X, le rappeur le plus écouté du pays,": after
        the comma, a common noun (with or without a determiner, never a time: "X, lundi,"):
        an apposition, whatever the noun, up to where :meth:`apposition_end` stops it."""
        t = self.t
        j = r.stop
        if not self._apposition_opens(j, True):
            return None
        k = j
        while k < len(t.ws) and t.key(k) in self.determiners and k - j < 2:
            k += 1
        s = k
        while k < len(t.ws) and t.key(k) in self.mods:
            k += 1
        if k >= len(t.ws) or not self._noun_title(k) or t.ws[k].start in self.mention_starts:
            return None
        if t.key(k).endswith("s") and t.key(k - 1) in ("les", "des", "ses", "leurs"):
            return None  # "X, les ministres ...": a list goes on, not an apposition
        e = self.apposition_end(j, s, k)
        if e is None or e <= s:
            return None
        if e < len(t.ws) and not is_punct(t.gap(e)) and self._finite_verb(e):
            return None  # "Pour X, cet accord marque ...": the subject of the main clause
        start, end = t.ws[s].start, t.ws[e - 1].end
        return Role(t.article.text[start:end], start, end, "apposition")

    def _shared_apposition(self, j: int, words: frozenset[str]) -> Role | None:
        """ "A et le ministre B, figures de proue du parti,": a plural apposition after two
        coordinated persons describes both; A, followed by "et", takes B's."""
        t = self.t
        if t.key(j) != "et" or is_punct(t.gap(j)) or is_punct(t.gap(j + 1)):
            return None
        for k in range(j + 1, min(len(t.ws), j + 8)):
            if k > j + 1 and is_punct(t.gap(k)) or not t.same_sentence(j, k):
                return None
            other = self.mention_starts.get(t.ws[k].start)
            if other is None:
                continue
            if other.type != "person":
                return None
            r2 = t.words_in(other.start, other.end)
            app = self.apposition(r2.stop, words, person=True) or self._apposition_by_noun(r2)
            i = t.index_at(app.start) if app is not None else None
            plural = i is not None and t.key(i).endswith(("s", "x"))
            return app if plural and singular(t.key(i)) != t.key(i) else None
        return None

    # --- an apposition after the name -------------------------------------------------------
    def apposition(self, j: int, words: frozenset[str], person: bool = False) -> Role | None:
        """ "Grace Mutua, chercheuse à l'université de Nairobi": a role phrase after the
        comma that follows the name ending at word j-1, up to punctuation, a stop word, the
        medium spoken to ("..., à l'AFP") or a verb."""
        if not self._apposition_opens(j, person):
            return None
        head = self._apposition_head(self._apposition_start(j), words)
        if head is None:
            return None
        s, k = head
        e = self.apposition_end(j, s, k)
        if e is None or e <= s:
            return None
        t = self.t
        start, end = t.ws[s].start, t.ws[e - 1].end
        return Role(t.article.text[start:end], start, end, "apposition")

    def _apposition_opens(self, j: int, person: bool) -> bool:
        """A comma (and no stronger punctuation) after the name, in the sentence; for a
        non-person, not after "selon X," (a source, not an apposition)."""
        t = self.t
        if j >= len(t.ws) or not t.same_sentence(j - 1, j):
            return False
        gap = t.gap(j)
        if "," not in gap or any(c in gap for c in ".;:()"):
            return False
        i0 = next(
            (x for x in range(j - 1, max(-1, j - 8), -1) if t.ws[x].start in self.mention_starts),
            None,
        )
        return person or i0 is None or not t.after_source(i0)

    def _apposition_start(self, j: int) -> int:
        """First word of the apposition after the comma at word j, past an age between
        commas ("X, 64 ans, ancien ministre") and the words that introduce a role ("en sa
        qualité de", "en tant que", "qui est")."""
        t = self.t
        if t.ws[j].text.isdigit() and t.key(j + 1) == "ans" and "," in t.gap(j + 2):
            j += 2
        openers = vocab()["apposition_openers"]
        for n in (5, 4, 3, 2, 1):
            if " ".join(t.key(x) for x in range(j, j + n)) in openers and j + n < len(t.ws):
                if not any(is_punct(t.gap(x)) for x in range(j + 1, j + n + 1)):
                    return j + n
        return j

    def _apposition_head(self, j: int, words: frozenset[str]) -> tuple[int, int] | None:
        """(first word, role noun) of the apposition: determiners and modifiers, then a
        role noun that is not itself a mention."""
        t = self.t
        n = len(t.ws)
        k = j
        while k < n and t.key(k) in self.determiners and t.key(k) not in _CONTRACTED:
            k += 1
        s = k
        while k < n and t.key(k) in self.mods:
            k += 1
        if k >= n or self.role_at(k, words, n) is None or t.ws[k].start in self.mention_starts:
            return None
        return s, k

    def apposition_end(self, j: int, s: int, k: int) -> int | None:
        """End of the apposition with role noun k, or None when the phrase is the title of
        the next name or the subject of the next verb."""
        t = self.t
        n = len(t.ws)
        e = k
        while e < n and t.same_sentence(j, e):
            if e > s and is_punct(t.gap(e)):
                break
            if e > k and self.person_at(e):
                nxt = self._complement_name_end(k, e)
                if nxt is None:
                    return None  # the phrase is the title of the next name
                e = nxt  # "X, la sœur du dirigeant Y, ...": Y is the complement's
                continue
            if self.stop_at(e) or self._medium_after(e):
                break
            if e > k and self._finite_verb(e):
                if t.key(s - 1) in ARTICLES:
                    # ", le chef du gouvernement allemand a paraphé": the phrase is the
                    # subject of the next verb, not an apposition closed by a comma
                    return None
                break
            e += 1
        return e

    def _complement_name_end(self, k: int, e: int) -> int | None:
        """ "X, la sœur du dirigeant Y, a dit", "X, conseiller du gouvernement de Y pour ...":
        a person named inside a "de" complement of the role noun at word k, the phrase going
        on after the name (a comma, the end of the sentence, or more complement words): the
        name belongs to the apposition of X. Returns the word after the name."""
        t = self.t
        if not any(t.key(x) in DE for x in range(k + 1, e)):
            return None
        m = self.mention_starts[t.ws[e].start]
        stop = t.words_in(m.start, m.end).stop
        if stop < len(t.ws) and t.same_sentence(e, stop) and not is_punct(t.gap(stop)):
            nxt = t.key(stop)
            if nxt not in DE and nxt not in ("pour", "aupres", "en", "a", "au"):
                if not self.stop_at(stop):
                    return None  # "X, conseiller du président Y a dit": Y is the subject
        return stop

    def person_at(self, e: int) -> bool:
        m = self.mention_starts.get(self.t.ws[e].start)
        return m is not None and m.type == "person"

    def stop_at(self, e: int) -> bool:
        """A word or two that end a role ("lors de", "depuis")."""
        w = self.t.key(e)
        return w in self.stops or " ".join((w, self.t.key(e + 1))) in self.stops

    def _medium_after(self, e: int) -> bool:
        """ "..., à l'AFP", "auprès du Monde": the medium an expert speaks to."""
        t = self.t
        if t.key(e) in ("a", "au", "aupres") and e + 1 < len(t.ws):
            nxt = e + 1 if t.key(e + 1) not in ("l", "la", "le") else e + 2
            return nxt < len(t.ws) and t.ws[nxt].start in self.media_starts
        return False

    def _finite_verb(self, e: int) -> bool:
        t = self.t
        return self.upos[t.word_tok[e]] in ("VERB", "AUX") and t.token_at(t.ws[e].start).morph.get(
            "VerbForm"
        ) == ["Fin"]
