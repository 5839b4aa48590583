"""The state the mention rules share while they read one article, and the questions
several rules ask about a word.

:class:`Finder` holds the article's :class:`~analysis.extract.actors.text.Text`, what the
gazetteer scan found (phase 0, read by every later rule), the mentions, systems and venues
found so far, and memos. Its methods answer the questions asked by more than one rule: is
there a cue noun before this name ("la société X")? which country does a phrase state? where
does a capitalised run end? is this word a place ("à Rabat")?

The rules themselves are in :mod:`analysis.extract.actors.rules`, run in order by
:mod:`analysis.extract.actors.mentions`.
"""

from __future__ import annotations

import bisect
import functools

from analysis.document.tokens import view
from analysis.extract.actors.records import Mention, System, Venue
from analysis.extract.actors.text import Text, is_punct, phrase_edges
from analysis.extract.actors.vocab import vocab
from analysis.resources.gazetteer import (
    GazHit,
    city_country,
    country_of_adjective,
    english_index,
    fold,
)

# (kind, vocabulary in :func:`vocab`) of the cue nouns, in the order they are tried
CUE_VOCABS = (
    ("product", "product_heads"),
    ("media", "media_heads"),
    ("company", "company_heads"),
    ("organisation", "organisation_heads"),
    ("role", "roles"),
    ("state", "state_nouns"),
    ("thing", "thing_heads"),
)
# what :meth:`Finder.cue_before` answers: (kind, cue phrase, cue start, nationality isos)
Cue = tuple[str | None, str | None, int, list[str]]
_DE = ("de", "d", "du", "des")
_NAME_LINKS = ("de", "du", "des", "d", "et", "la", "l")  # "Banque de France", "Bosnie et X"
_WEB_SUFFIXES = ("net", "com", "org", "fr", "info")


class Finder:
    """One article's mention search: shared state and shared questions (see module doc)."""

    def __init__(self, text: Text) -> None:
        self.t = text
        self.words = vocab()  # every word list of the rules, by name
        self.mentions: list[Mention] = []
        self.systems: list[System] = []
        self.venues: list[Venue] = []
        self.gaz: dict[int, tuple[int, GazHit, str]] = {}  # first word -> (end, hit, phrase)
        self.adj_end: dict[int, tuple[int, str]] = {}  # adjective first word -> (end, iso)
        self.adj_start: dict[int, int] = {}  # adjective last word -> its first word
        self.article_isos: set[str] = set()
        self.by_start: dict[int, Mention] = {}
        # "le président" + "Kim" -> a state described, decided once venues are known
        self.pending_states: list[tuple[int, int]] = []
        self.venue_starts: list[int] = []
        # sorted states and organisations found so far, rebuilt when mentions were added
        self.states_sorted: list[Mention] | None = None
        self.states_starts: list[int] = []
        self.orgs: list[Mention] = []
        self.orgs_starts: list[int] = []
        self.orgs_n = -1
        # the acronyms the article defines for another body (rules/redefined.py), read once
        self.redefined: frozenset[str] | None = None
        self._pos = view(text.doc).pos
        self._cues: dict[int, Cue] = {}
        # the cue vocabularies in the order :meth:`_cue_at` tries them, and the words any
        # of their phrases ends with
        self._cue_vocabs = [(kind, self.words[name]) for kind, name in CUE_VOCABS]
        self._cue_last_words = _last_words(tuple(v for _kind, v in self._cue_vocabs))

    # --- records ------------------------------------------------------------------------
    def add(self, m: Mention) -> Mention:
        """Record a mention and claim its characters (no later rule reads them again)."""
        self.t.claim(m.start, m.end)
        self.mentions.append(m)
        self.by_start.setdefault(m.start, m)
        return m

    # --- words --------------------------------------------------------------------------
    def is_cap(self, i: int) -> bool:
        caps = self.t.caps
        return 0 <= i < len(caps) and caps[i]

    def pos(self, i: int) -> str:
        return self._pos[self.t.word_tok[i]]

    def person_starts(self, i: int) -> bool:
        """spaCy tags a person's name starting at word i ("... des Affaires étrangères
        Maria Ilieva": the name ends a complement, it does not go on with it)."""
        tv = view(self.t.doc)
        tok = self.t.word_tok[i]
        k = tv.ent_at[tok]
        return k >= 0 and tv.ents[k][0] == tok and tv.ents[k][2] == "PER"

    def lemma(self, i: int) -> str:
        return fold(self.t.token_at(self.t.ws[i].start).lemma_)  # rare: no lemma list

    def free_words(self, i: int, j: int) -> bool:
        """No character of words [i, j) is claimed yet."""
        return self.t.free(self.t.ws[i].start, self.t.ws[j - 1].end)

    def sentence_start(self, i: int) -> bool:
        return i == 0 or not self.t.same_sentence(i - 1, i)

    def punct_before(self, i: int) -> bool:
        """Punctuation separates word i from the word before."""
        return is_punct(self.t.gap(i))

    def line_break_before(self, i: int) -> bool:
        """A line break separates word i from the word before: a page pasted from a browser
        puts headings, photo captions and datelines on lines of their own ("... pas la
        Lorvanie" closing a heading, "Jon Maren a dit" opening the next paragraph), and no
        name runs from one line onto the next."""
        return "\n" in self.t.gap(i)

    def phrase_before(self, i: int, words: frozenset[str], max_words: int = 4) -> int | None:
        """Start index of a phrase from ``words`` that ends at word i-1, longest first."""
        t = self.t
        if t.key(i - 1) not in phrase_edges(words)[1]:
            return None  # the common case, without building the candidate phrases
        for n in range(max_words, 0, -1):
            if t.prev_phrase(i, n) in words and not is_punct(t.gap(i)):
                return i - n
        return None

    # --- cue nouns before a name ---------------------------------------------------------
    def skip_adjectives_left(self, i: int) -> tuple[int, list[str]]:
        """Walk left over adjectives between a cue and a name; returns (index, isos)."""
        k, isos, steps = i, [], 0
        while k > 0 and steps < 3 and not self.punct_before(k):
            if (k - 1) in self.adj_start:
                first = self.adj_start[k - 1]
                isos.append(self.adj_end[first][1])
                k = first
            elif self.t.key(k - 1) in self.words["name_adjectives"] or (
                self.pos(k - 1) == "ADJ"
                and not self.is_cap(k - 1)
                and self.t.key(k - 1) not in self.words["roles"]
            ):
                k -= 1
            else:
                break
            steps += 1
        return k, isos

    def cue_before(self, i: int) -> Cue:
        """The cue noun before a name starting at word i: (kind, cue, cue start, isos).

        Adjectives and one "de + nom" complement may sit between the cue and the name
        ("le groupe d'armement allemand X", "la société nationale Y"). Memoised per word:
        the phases ask again for the same names, and the answer only depends on the words
        and the gazetteer adjectives of phase 0."""
        hit = self._cues.get(i)
        if hit is None:
            hit = self._cues[i] = self._cue_before(i)
        return hit

    def _cue_before(self, i: int) -> Cue:
        k, isos = self.skip_adjectives_left(i)
        found = self._cue_at(k, isos)
        if found[0] is None:
            thing = self._thing_complement(k, isos)
            if thing is not None:
                return thing
            found = self._cue_over_complement(k, i, isos)
        return found if found[0] is not None else (None, None, i, isos)

    def _thing_complement(self, k: int, isos: list[str]) -> Cue | None:
        """ "la fête de l'Unité allemande", "le champ de X": a name complementing a thing."""
        t = self.t
        k2 = k - 1 if t.key(k - 1) in ("la", "l", "le") else k
        if t.key(k2 - 1) in _DE and not self.punct_before(k):
            st = self.phrase_before(k2 - 1, self.words["thing_heads"])
            if st is not None and not self.is_cap(st):
                return "thing", t.key(st), st, isos
        return None

    def _cue_over_complement(self, k: int, i: int, isos: list[str]) -> Cue:
        """ "le groupe d'armement X": a cue, then one lowercase "de + nom" complement; only
        cues of named bodies and products count through a complement."""
        t = self.t
        if (
            k >= 2
            and t.key(k - 2) in ("de", "d")
            and not (self.is_cap(k - 1) or self.punct_before(k - 1) or self.punct_before(k))
        ):
            found = self._cue_at(k - 2, isos)
            if found[0] not in ("media", "company", "organisation", "product"):
                found = (None, None, i, isos)
            return found
        return None, None, k, isos

    def _cue_at(self, k: int, isos: list[str]) -> Cue:
        """The longest cue phrase ending at word k-1 (lowercase), the first vocabulary on a
        tie: a role of several words ending on another vocabulary's noun is the role ("le
        général de corps d'armée X", "le capitaine de frégate Y", not the army or a ship)."""
        if self.t.key(k - 1) not in self._cue_last_words:
            return None, None, k, isos  # no cue phrase ends before word k (most words)
        best: tuple[str, int] | None = None
        for kind, words in self._cue_vocabs:
            st = self.phrase_before(k, words, max_words=5)
            if st is None or (best is not None and st >= best[1]):
                continue
            if not self.is_cap(st) or self._capitalised_title(kind, st, k):
                best = kind, st
        if best is None:
            return None, None, k, isos
        kind, st = best
        return kind, " ".join(self.t.ws[x].key for x in range(st, k)), st, isos

    def _capitalised_title(self, kind: str, st: int, k: int) -> bool:
        """ "le Premier ministre X": a role of several words whose first word only is
        capitalised (a courtesy capital, not a name) is a cue all the same."""
        return kind == "role" and st < k - 1 and not self.is_cap(k - 1)

    def introduced_by_source(self, i: int) -> bool:
        """Word i starts a phrase introduced by "selon" / "d'après" (a source, not an
        apposition), possibly after a cue ("Selon l'agence Tass, ...")."""
        return self.t.after_source(i)

    # --- names --------------------------------------------------------------------------
    def cap_run(self, i: int) -> int:
        """End of the capitalised name starting at word i: capitalised words, numbers and
        hyphenated parts, linked by "de/du/des/et/la" ("Banque de France"), up to
        punctuation; then a web suffix or dotted initials ("Mediapart.fr", "O.S.K.")."""
        ws, t = self.t.ws, self.t
        j = i + 1
        while j < len(ws) and t.same_sentence(i, j) and self._name_goes_on(j):
            if self.is_cap(j) or (ws[j].text.isdigit() and j > i) or t.gap(j) == "-":
                j += 1
            elif (
                t.key(j) in _NAME_LINKS
                and self.is_cap(j + 1)
                and not self.punct_before(j + 1)
                and t.key(j + 1) not in self.words["portfolios"]
            ):
                j += 2
            else:
                break
        while j < len(ws) and t.gap(j) == "." and t.same_sentence(i, j) and _dotted(ws[j].text):
            j += 1
        return j

    def _name_goes_on(self, j: int) -> bool:
        """No punctuation before word j, or the dot of an initial ("George W. Bush"); never
        a line break."""
        t = self.t
        if self.line_break_before(j):
            return False
        if not self.punct_before(j):
            return True
        w = t.ws[j - 1].text
        return t.gap(j) == ". " and len(w) == 1 and w.isupper() and self.is_cap(j)

    def country_inside(self, i: int, j: int) -> tuple[str | None, int]:
        """Country stated inside words [i, j): a nationality adjective, a country, a city,
        an English name or adjective, last a people a ministry serves abroad ("ministre
        de la Coopération et des Maliens de l'extérieur")."""
        for k in range(i, j):
            if k in self.adj_end:
                return self.adj_end[k][1], 2
        for k in range(i, j):
            if k in self.gaz and self.gaz[k][1].kind in ("country", "capital"):
                return self.gaz[k][1].ref, 2
        for k in range(i, j):  # "porte-parole du MEA": an acronym names a body, not a city
            if self.is_cap(k) and self.t.key(k - 1) in ("de", "d", "du", "a"):
                if _acronym(self.t.ws[k].text):
                    continue
                e = self.cap_run(k)
                iso = city_country(self.t.span_text(k, e), self.article_isos)
                if iso:
                    return iso, 2
        en = english_index()
        for k in range(i, j):
            if self.is_cap(k):
                hits = en.match_at(self.t.ws, k)
                if hits and hits[0][0] <= j - k:
                    return hits[0][1], 2  # "Ethiopian Electric Power"
        for k in range(i + 1, j):  # "ministre ... des Maliens de l'extérieur": the people
            if self.is_cap(k) and self.t.key(k - 1) == "des":
                iso = country_of_adjective(self.t.key(k))
                if iso:
                    return iso, 2
        return None, 0

    # --- places -------------------------------------------------------------------------
    def venue_prep(self, i: int, context: bool = False) -> bool:
        """Word i follows a place preposition ("à Dakar", "près de Ceuta"); with
        ``context``, only the prepositions that say where an actor is (à, au, en, dans)."""
        t = self.t
        k = i
        if (
            t.key(k - 1) in ("de", "d")
            and t.key(k - 2) in self.words["town_nouns"]
            and t.key(k - 3) in ("la", "l", "le")
            and not any(self.punct_before(x) for x in range(k - 3, k + 1))
        ):
            k -= 2  # "dans la ville de Kumasi": the settlement's noun is no other place
        if t.key(k - 1) in ("la", "l", "le", "les") and not self.punct_before(k):
            k -= 1
        if self.punct_before(k):
            return False
        prep = t.key(k - 1)
        if prep in ("a", "au", "aux") and k - 2 >= 0 and not self.punct_before(k - 1):
            if self._addressee(i, k):
                return False
        if context:
            return prep in ("a", "au", "aux", "en", "dans")
        return prep in self.words["venue_prepositions"] or t.prev_phrase(k, 2) == "pres de"

    def _addressee(self, i: int, k: int) -> bool:
        """ "a demandé à Bruxelles de ...": after a verb (or a noun) of saying or giving,
        "à X" is an addressee, not a place."""
        if self._dative_country(i, k):
            return True
        head = self.t.token_at(self.t.ws[i].start).head
        if self.lemma(k - 2) in self.words["dative_verbs"] or (
            head.pos_ == "VERB" and fold(head.lemma_) in self.words["dative_verbs"]
        ):
            return True
        if head.pos_ != "NOUN":
            return False
        nouns = self.words["dative_nouns"]  # "la restitution des îles à Madagascar": it receives
        if fold(head.lemma_) in nouns:
            return True  # "la gestion ou la restitution des îles à X": the parse hangs "à X"
        return any(fold(c.lemma_) in nouns for c in head.conjuncts)  # on the first noun

    def _dative_country(self, i: int, k: int) -> bool:
        """ "a dit à l'Iran", "fait savoir à la Somalie", "rappelé à Israël": French places
        something in a country named with its article by "en", "au" or "aux" ("en Iran",
        "au Mali"), so "à la / à l'" before such a country names an addressee, a receiver or
        a target, no place; the few island states placed with "à la" ("à la Jamaïque") are
        the exceptions of ``placed_with_a_la``. A country named without article is placed
        with "à" ("à Cuba"), except the few of ``placed_with_en`` ("en Israël")."""
        hit = self.gaz.get(i)
        if hit is None or hit[1].kind != "country" or self.t.key(k - 1) != "a":
            return False
        name = fold(hit[2])
        if k == i:
            return name in self.words["placed_with_en"]
        return self.t.key(i - 1) in ("la", "l") and name not in self.words["placed_with_a_la"]

    def context_country(self, offset: int, prefer_venue: bool = False) -> str | None:
        """Country of the place where things happen around ``offset`` (same sentence, then
        earlier in the paragraph)."""
        v = self.context_venue(offset)
        return v.country if v is not None else None

    def context_venue(self, offset: int) -> Venue | None:
        """The venue :meth:`context_country` reads."""
        art = self.t.article
        sent = art.sentence_at(offset)
        if sent is None:
            return None
        para = art.paragraphs[sent.paragraph_id]
        starts = self.venue_starts
        lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
        if hi > lo:
            same = self.venues[lo:hi]
            return min(same, key=lambda v: abs(v.start - offset))
        k = bisect.bisect_left(starts, offset) - 1
        if k >= 0 and self.venues[k].start >= para.start:
            return self.venues[k]
        return None

    def visit_destination(self, v: Venue) -> bool:
        """ "le voyage à Moscou", "se rendra à Lisbonne": a visit word in the three words
        before the venue's preposition; the venue is where someone goes."""
        i = self.t.index_at(v.start)
        if i is None:
            return False
        visit = self.words["visit_words"]
        return any(
            self.t.key(k) in visit and self.t.same_sentence(k, i) for k in range(max(0, i - 4), i)
        )


def _dotted(word: str) -> bool:
    """A word after a dot inside a name: a web suffix ("fr") or an initial ("S")."""
    return word.islower() and word in _WEB_SUFFIXES or word.isupper()


def _acronym(word: str) -> bool:
    """ "MEA", "ONU": two capitals or more and no lowercase letter."""
    return len(word) >= 2 and word.isupper()


@functools.lru_cache(maxsize=16)
def _last_words(vocabs: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The words any phrase of the cue vocabularies ends with (what :meth:`Finder._cue_at`
    checks first), memoised per tuple of vocabularies: the union was rebuilt for every
    article (a lexicon edit gives new vocabularies, so a new key)."""
    return frozenset().union(*(phrase_edges(v)[1] for v in vocabs))
