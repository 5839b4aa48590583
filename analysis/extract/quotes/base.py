"""What every quote rule reads: the article, its Doc and token view, the speaker
:class:`~analysis.extract.quotes.speakers.Resolver`, and per-article memos of the speech cues;
and the :class:`Attribution` the rules return."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Token

from analysis.document.context import Context
from analysis.document.tokens import TokenView, view
from analysis.extract.cues import Cues, cues, matches, norm
from analysis.extract.quotes.marks import SPACES, Mark
from analysis.extract.quotes.speakers import Party, Resolver
from analysis.extract.quotes.words import (
    CLAUSE_BREAKS,
    NAMING_VERBS,
    POSITION_VERBS,
    READING_VERBS,
    RECALL_VERBS,
)

_AUX = frozenset(("a", "ont", "avait", "avaient", "aurait", "auraient"))

# the inverted subject clitics ("dit-il", "-t-elle", "-t-on"; the tokenizer may split "-t")
_CLITICS = frozenset(("il", "elle", "on", "ils", "elles", "t"))


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one letter added, dropped or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    k = 0
    while k < len(a) and a[k] == b[k]:
        k += 1
    return a[k + (len(a) == len(b)) :] == b[k + 1 :]


# Spellings that only a finite verb has: present, imperfect and simple past endings, with no
# infinitive (-er, -ir, -oir, -re but the "-ère" of "tempère") and no past participle (-é, -i,
# -u, -is, -it, -int, -ert, -uit and their feminines) among their readings. The tagger often
# reads an inverted incise verb ("…, rétorque X", "…, corrige Y", "…, tonne Z") as an
# infinitive, a participle or a noun; its spelling settles it (session 24).
_NOT_FINITE_SPELLING = re.compile(
    r"(?:r|(?<!è)re|é|ée|és|ées|i|ie|is|ies|u|us|(?<![qg])ues?|dites?|crites?|faites?|(?<!i)mises?"
    r"|prises?|quises?|[aeo]intes?|ertes?|uites?)$"
)
_FINITE_SPELLING = re.compile(r"(?:e|es|ent|ond|ut|et|ait|aient)$")


def finite_spelling(low: str) -> bool:
    """``low`` (a lower-case word) can only be a finite verb form ("rétorque", "conclut",
    "dément", "répond"), never an infinitive or a past participle ("dire", "dite",
    "conclu")."""
    return bool(_FINITE_SPELLING.search(low)) and not _NOT_FINITE_SPELLING.search(low)


# the closing quotation marks after which ", VERB Name" is an inverted incise
_CLOSING_MARKS = frozenset(("»", '"', "”", "“"))


# the parts of speech that begin a clause of the reporter before a quoted fragment
FRAMING_POS = frozenset({"NOUN", "PROPN", "PRON", "VERB", "AUX"})


@dataclass
class Attribution:
    party: Party | None
    cue: str
    how: str


class QuoterBase:
    """The article being quoted and the token tests the quote rules share."""

    def __init__(self, ctx: Context, c: Cues | None = None) -> None:
        self.article, self.doc = ctx.article, ctx.doc
        self.c = c or cues()
        self.res = Resolver(ctx.article, ctx.doc, ctx.tables, self.c)
        self.res.counted_are_anonymous = True
        self.res.titles_speak = True
        self._para_starts = [p.start for p in ctx.article.paragraphs]
        # Per-article memos for the sentence scans (each sentence is scanned by several rules,
        # and the same token is asked whether it is a speech cue by each of them)
        self._tv = view(ctx.doc)
        self._low = self._tv.low  # norm(token.text) of every token
        self._has_selon = "selon" in self._low
        self._position_verbs = POSITION_VERBS | NAMING_VERBS | frozenset(self.c.stance_verbs)
        self._speech: dict[int, str | None] = {}  # token index -> speech cue (weak included)
        c = self.c
        # first words of the "selon X" phrases: a word that opens none is skipped at once
        self._prep_first = frozenset(q[0] for q in c.attribution_preps + c.weak_preps if q)
        # second words of the inverted cues ("croit savoir"): the pairs are only tried before one
        self._inv_second = frozenset(b for _a, b in c.inverted_reporting)

    @property
    def token_view(self) -> TokenView:
        """The token view of the Doc (lower-case forms, lemmas, offsets, tags, the tree): what
        the quote rule modules read instead of spaCy tokens, one view per Doc shared with
        every step."""
        return self._tv

    def tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return self._tv.tokens[span.start : span.end] if span is not None else []

    def is_speech(self, t: Token, weak: bool = False) -> str | None:
        hit = self.speech_cue(t.i)
        if hit and (weak or hit not in self.c.weak_speech):
            return hit
        return None

    def speech_cue(self, i: int) -> str | None:
        """Speech lexicon entry of token i (weak ones included), memoised per token: the
        incise, reported-speech and tree rules all ask about the same tokens."""
        memo = self._speech
        if i in memo:
            return memo[i]
        hit = None
        pos = self._cue_pos(i)
        if pos in ("VERB", "AUX", "ADJ", "NOUN", "PROPN"):
            t = self._tv.tokens[i]
            hit = matches(t, self.c.speech, self.c)
            low = self._low[i]
            if hit is None and pos in ("VERB", "ADJ") and low.endswith("ant"):
                # a present participle the tagger lemmatised as an adjective ("qualifiant")
                stem = low[:-3]
                forms = (stem + "er", stem + "re", stem[:-3] + "ir" if stem.endswith("iss") else "")
                hit = next((v for v in forms if v in self.c.speech), None)
            if hit is None and pos in ("VERB", "ADJ", "NOUN"):
                hit = self._misspelt_speech(i)
            if hit is None and pos == "VERB" and finite_spelling(low):
                # a present the tagger took for a number or a name ("tonne"): -er guessed
                stem = re.sub(r"(?:e|es|ent)$", "", low)
                hit = stem + "er" if stem != low and stem + "er" in self.c.speech else None
            # a noun cue needs a participle form or a subject (lexicon test first: cheaper)
            if (
                hit is not None
                and pos == "NOUN"
                and not (
                    self._low[i].endswith(("é", "ée", "és", "ées"))
                    or any(ch.dep_ == "nsubj" for ch in t.children)
                    or self._verb_before_que(i)
                )
            ):
                hit = None
        memo[i] = hit
        return hit

    def _cue_pos(self, i: int) -> str:
        """The part of speech token i is read with as a speech cue: the tagger's, or "VERB"
        where only a verb can stand whatever the tagger made of it."""
        pos = self._tv.pos[i]
        if pos == "X" and self._low[i].endswith(("é", "ée", "és", "ées")):
            return "VERB"  # an unknown participle ("a tweeté") is read as a verb
        if pos in ("PROPN", "NOUN") and self._participle_after_auxiliary(i):
            return "VERB"  # ... also when the tagger took it for a name ("a tweeté que")
        if pos in ("NOUN", "ADJ", "ADV", "NUM", "X") and self.clitic_after(i):
            return "VERB"  # "…, juge-t-il", "…, note-t-elle": a verb before its clitic subject
        if pos in ("NOUN", "ADJ", "ADV", "NUM", "X") and self._incise_slot(i):
            return "VERB"  # "« … », tonne X": a finite spelling right after the quotation
        if pos == "NOUN" and self._clitic_participle(i):
            return "VERB"  # "…, le traitant de « … »": a participle after its object clitic
        return pos

    def _clitic_participle(self, i: int) -> bool:
        """Token i ends in -ant after an object clitic that follows a comma or "en" ("…, le
        traitant de", "en les taxant de"), or right after a comma and before "que" ("…,
        avertissant qu'elles …"): a present participle (a noun never sits there)."""
        low = self._low
        if i < 2 or not low[i].endswith("ant"):
            return False
        if low[i - 1] == "," and i + 1 < len(low) and low[i + 1] in ("que", "qu'", "qu’"):
            return True
        return low[i - 1] in ("le", "la", "les", "l'", "l’", "lui", "leur", "en") and low[
            i - 2
        ] in (",", "en", "tout")

    def clitic_after(self, i: int) -> bool:
        """Token i is glued to an inverted clitic subject ("dit-il", "juge-t-elle",
        "lance-t-on"): a finite verb, whatever the tagger made of it."""
        tv = self._tv
        if i + 1 >= len(tv.low) or tv.idx[i + 1] != tv.end[i]:
            return False
        nxt = tv.low[i + 1]
        return nxt.startswith("-") and nxt.lstrip("-").removeprefix("t-") in _CLITICS

    def _incise_slot(self, i: int) -> bool:
        """Token i is a lower-case finite spelling (:func:`finite_spelling`) right after the
        comma that follows a closing quotation mark, with a name or a determiner after it
        ("« … », tonne le ministre", "« … », opine X"): the slot of an inverted incise verb,
        where no noun or adjective stands."""
        tv = self._tv
        if not self.after_quote_comma(i) or not finite_spelling(tv.low[i]):
            return False
        return tv.pos[i + 1] in ("PROPN", "DET") or tv.text[i + 1][:1].isupper()

    def after_quote_comma(self, i: int) -> bool:
        """Token i is a lower-case word right after the comma that follows a closing
        quotation mark, with a word after it ("« … », WORD …")."""
        tv = self._tv
        if i < 2 or i + 1 >= len(tv.low) or tv.low[i - 1] != "," or not tv.text[i][:1].islower():
            return False
        return tv.text[i - 2] in _CLOSING_MARKS

    def _participle_after_auxiliary(self, i: int) -> bool:
        """Token i is a lower-case word in -é(e)(s) right after "a"/"ont"/"avait" (adverbs
        between skipped): a participle, whatever the tagger made of it ("a tweeté")."""
        low = self._low[i]
        if not low.endswith(("é", "ée", "és", "ées")) or not self._tv.text[i][:1].islower():
            return False
        k = i - 1
        while k > 0 and i - k <= 3 and self._tv.pos[k] == "ADV":
            k -= 1
        return k >= 0 and low != self._low[k] and self._low[k] in _AUX

    def _verb_before_que(self, i: int) -> bool:
        """A present-tense form the tagger read as a noun, right before a completive "que"
        and after no determiner or preposition ("X juge que …", not "le juge que …")."""
        tv = self._tv
        return (
            i + 1 < len(tv.low)
            and tv.low[i + 1] in ("que", "qu'", "qu’")
            and tv.text[i][:1].islower()
            and (i == 0 or tv.pos[i - 1] not in ("DET", "ADP"))
            and tv.low[i] in self.c.forms
        )

    def recalls_envoys(self, verb: Token) -> bool:
        """ "rappeler son ambassadeur", "rappeler certains de ses diplomates": a verb of
        :data:`RECALL_VERBS` whose object is an envoy (a role or a group noun) recalls people,
        it says nothing."""
        if norm(verb.lemma_) not in RECALL_VERBS:
            return False
        if any(
            norm(x.text) in ("à", "au", "aux") and (ch.pos_ == "VERB" or ch.text.islower())
            for ch in verb.children
            for x in ch.children
        ):
            return False  # "rappeler les autorités à leurs responsabilités": a reminder
        for ch in verb.children:
            if ch.dep_ != "obj":
                continue
            nouns = [ch] + [x for x in ch.children if x.dep_ == "nmod"]
            for n in nouns:
                w = {norm(n.text), norm(n.lemma_)}
                if w & (self.c.roles | self.c.groups):
                    return True
        return False

    def reads(self, i: int) -> bool:
        """Token i is a reading verb ("lit", "lire", "apprendre"), by lemma or known form
        (the tagger reads "lit" as the noun "bed")."""
        lem = self._tv.lemma_low[i]
        return lem in READING_VERBS or self.c.forms.get(self._low[i], lem) in READING_VERBS

    def _misspelt_speech(self, i: int) -> str | None:
        """A misspelt speech participle after "a"/"ont" ("a souligé", "a aussi affimé"), adverbs
        between them skipped (the tagger may read it as an adjective): a word the
        model does not know, one letter away from the participle of a speech verb in -er of
        five letters or more before its ending (a known word, "a exporté", is never one)."""
        low = self._low[i]
        if len(low) < 7 or not low.endswith("é") or i == 0:
            return None
        k = i - 1
        while k > 0 and i - k <= 3 and (self._tv.pos[k] == "ADV" or self._low[k] in ("d'", "d’")):
            k -= 1  # "a d'ailleurs souligé", "a aussi affimé"
        if self._low[k] not in _AUX:
            return None
        if not self._tv.tokens[i].is_oov:
            return None
        stem = low[:-1]
        for verb in self.c.speech:
            if verb.endswith("er") and len(verb) >= 7 and _one_edit(verb[:-2], stem):
                return verb
        return None

    def participle_after_incise(self, i: int, incises: list) -> Attribution | None:
        """A participle clause after an incise speaks with the incise's speaker: "« … », a
        estimé X, soulignant que « … »", "…, a affirmé le communiqué, en ajoutant que …".
        Token i is a present participle or gerund right after a comma (and "en", "tout en");
        the incise is the last one before it with no other verb in between."""
        tv = self._tv
        form = tv.morph(i, "VerbForm")
        if not ("Ger" in form or ("Part" in form and "Pres" in tv.morph(i, "Tense"))):
            if not (tv.low[i].endswith("ant") and tv.pos[i] in ("VERB", "ADJ")):
                return None
        k = i - 1
        while k > 0 and tv.low[k] in ("en", "tout"):
            k -= 1
        if tv.text[k] != ",":
            return None
        for _g, verb, att in reversed(incises):
            if verb.i >= k or att.party is None or not att.party.identified:
                continue
            between = range(verb.i + len(att.cue.split()), k)  # ("fait valoir": one cue)
            if any(tv.pos[x] in ("VERB", "AUX") or tv.text[x] in '«»"“”' for x in between):
                return None
            return Attribution(att.party, self.speech_cue(i) or att.cue, "participle clause")
        return None

    def verb_group_tokens(self, verb: Token) -> list[Token]:
        return list(self.doc[self.res.verb_group_start(verb) : verb.i + 1])

    @functools.cached_property
    def _incise_candidates(self) -> list[int]:
        """Indices of the words :meth:`incises` must look at: verbs, adjectives and nouns that
        are a speech cue or come before the second word of an inverted cue ("croit savoir").
        One pass over the Doc (the speech cues are memoised for the other rules)."""
        pos, low, lem = self._tv.pos, self._low, self._tv.lemma_low
        inv_second, cue = self._inv_second, self.speech_cue
        n = len(pos)
        return [
            i
            for i in range(n)
            if (
                pos[i] in ("VERB", "AUX", "ADJ", "NOUN", "X", "ADV")
                or (pos[i] in ("PROPN", "NUM") and low[i].islower())
            )
            and (
                (i + 1 < n and (low[i + 1] in inv_second or lem[i + 1] in inv_second))
                or (self.clitic_after(i) and self._second_after_clitic(i, inv_second))
                or cue(i) is not None
                or (self.reads(i) and "on" in (low[i - 1][-2:], low[(i + 1) % n][-2:]))
            )
        ]

    def _second_after_clitic(self, i: int, second: frozenset[str]) -> bool:
        """The word after the clitic glued to token i ("fait-il valoir") is in ``second``."""
        j = i + 1
        while j < len(self._low) and self.clitic_after(j - 1):
            j += 1
        return j < len(self._low) and (self._low[j] in second or self._tv.lemma_low[j] in second)

    def _break_between(self, a: int, b: int) -> bool:
        doc = self.doc
        for x in doc[min(a, b) : max(a, b)]:
            w = norm(x.text)
            if w in CLAUSE_BREAKS or (x.pos_ == "SCONJ" and w in ("que", "qu'")):
                return True
            if w in ("alors", "tandis", "mais", "qui"):
                return True
        return False

    def _trim(self, a: int, b: int) -> tuple[int, int]:
        text = self.article.text
        while a < b and (text[a] in SPACES or text[a] in ",;:"):
            a += 1
        while b > a and (text[b - 1] in SPACES or text[b - 1] in ",;:.!?"):
            b -= 1
        return a, b

    def _trim_end(self, a: int, b: int) -> int:
        return self._trim(a, b)[1]

    def _has_verb(self, a: int, b: int) -> bool:
        return any(t.pos_ in ("VERB", "AUX") for t in self.tokens(a, b))

    def _mostly_quoted(self, a: int, b: int, marks: list[Mark]) -> bool:
        """The claim [a, b) is mostly words in quotation marks, and so no claim of its own —
        unless its own words come first and carry a clause of their own: a subject and at
        least a verb or two words before the first quotation ("X a dit que le voisin devra
        prendre « des mesures … »", "… que les citoyens « attendent … »"). The reporter's
        clause holding a quoted fragment is then a claim as well as the fragment a quote."""
        inside = [m for m in marks if m.open_at < b and m.close_at + 1 > a]
        covered = sum(min(b, m.close_at + 1) - max(a, m.open_at) for m in inside)
        if covered <= 0.6 * (b - a):
            return False
        first = min((m.open_at for m in inside), default=a)
        return not self._framed(a, first)

    def _framed(self, a: int, first: int) -> bool:
        """The words of [a, first) before a quotation make a clause's beginning: two words or
        more, one of them a noun, a pronoun or a verb (no lone article or conjunction)."""
        if first - a < 4:
            return False
        words = [t for t in self.tokens(a, first) if t.is_alpha]
        return len(words) >= 2 and any(t.pos_ in FRAMING_POS for t in words)
