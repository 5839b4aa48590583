"""Quotes: every quoted span and every reported claim, with its speaker.

Tables:
  quotes — quote_id, speaker, speaker_id, text, kind, cue, sentence_id, start, end,
           attribution, evaluative, words
  voice  — speaker, speaker_id, quotes, direct, partial, scare, reported, words, share

Why this design: an analyst must be able to trace every position to someone's words, and must
see which words the journalist keeps at a distance. Quotation marks are found on the article
text (all French styles: « », “ ”, straight quotes), so ``text == article.text[start:end]``
and the span excludes the marks and the spaces inside them. A quote's speaker comes from the
nearest, most explicit attribution, in this order: an incise right after it ("…", a-t-elle
expliqué), a colon introduction, an attribution line under a quote-only paragraph ("…"
Name, role, à l'AFP), an agentless participle right before it (une visite qualifiée
"d'historique" → unattributed), an adjacent "selon X", the speech verb governing it in the
dependency tree, an incise further on, a "selon X" in the same clause, and last the subject of
a position verb governing it (X a décidé d'"intensifier"). Reported speech without quotation
marks ("selon X, …", "X a affirmé que …", "…, croit savoir X", "Pour X, …", "X s'est dit …")
is a quote of kind ``reported``. No speaker is ever guessed: a phrase that names nobody
("selon les parties", "une source diplomatique") leaves the quote unattributed.

Cost: one pass over the paragraphs for the marks, then per-sentence work.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

import pandas as pd
from spacy.tokens import Token

from analysis.document.context import Context, pipeline_step
from analysis.document.frames import frame
from analysis.document.frames import rows as table_rows
from analysis.document.tokens import view
from analysis.extract.cues import Cues, cues, lemma_keys, matches, norm, word_sequence_at
from analysis.extract.quotes.speakers import Party, Resolver
from analysis.extract.quotes.words import (
    CLAUSE_BREAKS,
    DE,
    POSITION_VERBS,
    PRONOUNS,
    REPORTING_OBJECT_VERBS,
    SPEECH_NOUNS,
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
VOICE_COLUMNS = [
    "speaker",
    "speaker_id",
    "quotes",
    "direct",
    "partial",
    "scare",
    "reported",
    "words",
    "share",
]
UNATTRIBUTED = "(non attribué)"

OPENERS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
SPACES = " \u00a0\u202f\u2009\t\n"
TERMINAL = ".!?…"
_WORD = re.compile(r"\w+")
_EVAL_WORD = re.compile(r"[\w'-]+")
# the characters :func:`_marks_in` acts on (openers, closers, straight quotes): the scan jumps
# from one to the next instead of testing every character of the paragraph
_MARK_CHARS = re.compile('["«“„‹»”›]')


@dataclass
class Mark:
    """A quotation: content span [start, end) and the offsets of its marks."""

    start: int
    end: int
    open_at: int
    close_at: int
    runs_on: bool = False  # opened at a paragraph start and not closed: continues below


@dataclass
class Attribution:
    party: Party | None
    cue: str
    how: str


# --------------------------------------------------------------------------------------------
# Quotation marks


def find_marks(text: str, paragraphs) -> list[Mark]:
    """Outermost quotations in each paragraph (nested ones belong to their outer quote)."""
    out: list[Mark] = []
    for para in paragraphs:
        out.extend(_marks_in(text, para.start, para.end))
    return out


def _marks_in(text: str, lo: int, hi: int) -> list[Mark]:
    out: list[Mark] = []
    stack: list[tuple[str, int]] = []  # (expected closer, open offset)
    for hit in _MARK_CHARS.finditer(text, lo, hi):
        k = hit.start()
        ch = text[k]
        if ch == '"':
            if stack and stack[-1][0] == '"':
                _close(out, stack, k, text, lo)
            elif _opens_straight(text, k, lo, hi):
                stack.append(('"', k))
            continue
        if ch in OPENERS:
            if ch == "“" and stack and stack[-1][0] == "“":  # „…“ German-style closer
                _close(out, stack, k, text, lo)
                continue
            stack.append((OPENERS[ch], k))
            continue
        if stack and ch == stack[-1][0]:
            _close(out, stack, k, text, lo)
        elif ch == "”" and not stack and k + 1 < hi and text[k + 1].isalpha():
            stack.append(("”", k))  # a right quote used as an opener
    # a quotation still open at the paragraph end: French multi-paragraph quotes run to the end
    if stack and stack[0][1] == _first_non_space(text, lo, hi):
        _add(out, text, stack[0][1], hi)
        if out and out[-1].open_at == stack[0][1]:
            out[-1].runs_on = True
    return out


def _opens_straight(text: str, k: int, lo: int, hi: int) -> bool:
    before = text[k - 1] if k > lo else " "
    after = text[k + 1] if k + 1 < hi else " "
    if after in SPACES and before not in SPACES and k > lo:
        return False  # looks like a closer with no opener
    return True


def _close(out: list[Mark], stack: list, k: int, text: str, lo: int) -> None:
    _, opened = stack.pop()
    if not stack:  # keep outermost only
        _add(out, text, opened, k)


def _add(out: list[Mark], text: str, opened: int, closed: int) -> None:
    s, e = opened + 1, closed
    while s < e and text[s] in SPACES:
        s += 1
    while e > s and text[e - 1] in SPACES:
        e -= 1
    if e > s:
        out.append(Mark(s, e, opened, closed))


def _first_non_space(text: str, lo: int, hi: int) -> int:
    k = lo
    while k < hi and text[k] in SPACES:
        k += 1
    return k


# --------------------------------------------------------------------------------------------
# Attribution


class Quoter:
    """Finds and attributes the quotes of one article."""

    def __init__(self, ctx: Context, c: Cues | None = None) -> None:
        self.article, self.doc = ctx.article, ctx.doc
        self.c = c or cues()
        self.res = Resolver(ctx.article, ctx.doc, ctx.tables, self.c)
        self._para_starts = [p.start for p in ctx.article.paragraphs]
        # Per-article memos for the sentence scans (each sentence is scanned by several rules,
        # and the same token is asked whether it is a speech cue by each of them)
        self._tv = view(ctx.doc)
        self._low = self._tv.low  # norm(token.text) of every token
        self._has_selon = "selon" in self._low
        self._position_verbs = POSITION_VERBS | frozenset(self.c.stance_verbs)
        self._speech: dict[int, str | None] = {}  # token index -> speech cue (weak included)
        c = self.c
        # first words of the "selon X" phrases: a word that opens none is skipped at once
        self._prep_first = frozenset(q[0] for q in c.attribution_preps + c.weak_preps if q)
        # second words of the inverted cues ("croit savoir"): the pairs are only tried before one
        self._inv_second = frozenset(b for _a, b in c.inverted_reporting)
        # lemma strings that normalise to "dire"/"déclarer" (one test per distinct lemma)
        self._say_lemmas = frozenset(
            x for x in set(self._tv.lemma) if norm(x) in ("dire", "déclarer")
        )

    # ---- helpers on tokens

    def tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    def is_speech(self, t: Token, weak: bool = False) -> str | None:
        hit = self._speech_cue(t.i)
        if hit and (weak or hit not in self.c.weak_speech):
            return hit
        return None

    def _speech_cue(self, i: int) -> str | None:
        """Speech lexicon entry of token i (weak ones included), memoised per token: the
        incise, reported-speech and tree rules all ask about the same tokens."""
        memo = self._speech
        if i in memo:
            return memo[i]
        hit = None
        pos = self._tv.pos[i]
        if pos in ("VERB", "AUX", "ADJ", "NOUN", "PROPN"):
            t = self._tv.tokens[i]
            hit = matches(t, self.c.speech, self.c)
            # a noun cue needs a participle form or a subject (lexicon test first: cheaper)
            if (
                hit is not None
                and pos == "NOUN"
                and not (
                    self._low[i].endswith(("é", "ée", "és", "ées"))
                    or any(ch.dep_ == "nsubj" for ch in t.children)
                )
            ):
                hit = None
        memo[i] = hit
        return hit

    def verb_group_tokens(self, verb: Token) -> list[Token]:
        return list(self.doc[self.res.verb_group_start(verb) : verb.i + 1])

    # ---- incises: "…", a-t-elle expliqué / …, estime X / …, croit savoir X

    @functools.cached_property
    def _incise_candidates(self) -> list[int]:
        """Indices of the words :meth:`incises` must look at: verbs, adjectives and nouns that
        are a speech cue or come before the second word of an inverted cue ("croit savoir").
        One pass over the Doc (the speech cues are memoised for the other rules)."""
        pos, low, lem = self._tv.pos, self._low, self._tv.lemma_low
        inv_second, cue = self._inv_second, self._speech_cue
        n = len(pos)
        return [
            i
            for i in range(n)
            if pos[i] in ("VERB", "AUX", "ADJ", "NOUN")
            and (
                (i + 1 < n and (low[i + 1] in inv_second or lem[i + 1] in inv_second))
                or cue(i) is not None
            )
        ]

    def incises(self, sent) -> list[tuple[int, Token, Attribution]]:
        """(group start index, verb, attribution) of inverted cue verbs in the sentence."""
        out = []
        tv = self._tv
        doc = tv.tokens  # list: no Token built per access
        idx, low, lem = tv.idx, self._low, self._tv.lemma_low
        in_quote, inv_second = self.res.in_quote, self._inv_second
        morph = self._tv.morph
        cands = self._incise_candidates
        lo = bisect.bisect_left(cands, sent.start)
        hi = bisect.bisect_left(cands, sent.end, lo)
        for i in cands[lo:hi]:
            # (the quote test after the cue tests: most words are no cue, and the speech cue
            # of a word is memoised for the other rules)
            cue, second = None, None
            if i + 1 < sent.end:
                nxt_words = (low[i + 1], lem[i + 1])
                # the pairs can only match when the next word is one of their second words
                if nxt_words[0] in inv_second or nxt_words[1] in inv_second:
                    keys = lemma_keys(doc[i], self.c)  # matches(t, {a}) is "a in keys"
                    for a, b in self.c.inverted_reporting:
                        if a in keys and b in nxt_words:
                            cue, second = f"{a} {b}", doc[i + 1]
                            break
            if cue is None:
                cue = self._speech_cue(i) or None  # is_speech(t, weak=True)
            if cue is None or in_quote(idx[i]):
                continue
            t = doc[i]
            form = morph(i, "VerbForm")
            if "Inf" in form or "Ger" in form or ("Part" in form and "Pres" in morph(i, "Tense")):
                continue
            g = self.res.verb_group_start(t)
            if g - 1 >= sent.start and norm(doc[g - 1].text) in ("en", "tout", "pour", "de", "à"):
                continue
            if any(
                ch.dep_ in ("nsubj", "nsubj:pass")
                and ch.i < t.i
                and not ch.text.startswith("-")
                and not self.res.in_quote(ch.idx)  # misparse: a word of the quote
                for ch in t.children
            ):
                continue  # "X, menée par Y, a critiqué ...": the subject comes first
            before = doc[g - 1] if g - 1 >= sent.start else None
            if before is None or before.text not in (",", "»", '"', "”", "—", "–", "("):
                continue
            after_i = (second or t).i + 1
            if after_i < sent.end and norm(doc[after_i].text) in ("que", "qu'", ":"):
                continue
            group = self.verb_group_tokens(t)
            pron = [x for x in group + list(doc[t.i + 1 : t.i + 3]) if x.text.startswith("-")]
            if pron:
                p = self.res.pronoun(pron[-1])
                party = p or Party(None, None, pron[-1].idx, pron[-1].idx, "unknown")
            else:
                rng = self.res.np_after(after_i, sent.end)
                if rng is None:
                    continue
                a, b = rng
                if doc[a].pos_ not in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"):
                    continue
                party = self.res.party(a, b)
                rest = [norm(x.text) for x in doc[b : sent.end]]
                for k in range(len(rest)):
                    if word_sequence_at(rest, k, self.c.anonymous):
                        party = Party(None, None, party.start, party.end, "anonymous")
                        break
            out.append((g, t, Attribution(party, cue, "incise")))
        return out

    # ---- "selon X" phrases

    def selon_phrases(self, sent) -> list[tuple[int, int, tuple[int, int], Attribution]]:
        """(first token, token after the phrase, NP range, attribution) of each "selon X",
        "d'après X", "aux yeux de X" (and "pour X" / "côté X" when X is identifiable)."""
        doc = self._tv.tokens
        idx = self._tv.idx
        words = self._low[sent.start : sent.end]
        first = self._prep_first
        out = []
        k = 0
        while k < len(words):
            # a word that opens no phrase: nothing to find here (cheapest test first)
            if words[k] not in first or self.res.in_quote(idx[sent.start + k]):
                k += 1
                continue
            n = word_sequence_at(words, k, self.c.attribution_preps)
            weak = False
            if not n:
                n = word_sequence_at(words, k, self.c.weak_preps)
                weak = bool(n)
            if not n:
                k += 1
                continue
            rng = self.res.np_after(sent.start + k + n, sent.end)
            if rng is None:
                k += n
                continue
            a, b = rng
            head = doc[a]
            party = self.res.party(a, b)
            if weak:
                ok = (
                    party.identified
                    and doc[a].pos_ in ("DET", "PROPN", "PRON", "NOUN")
                    and norm(doc[a].text) not in ("sa", "son", "ses", "leur", "leurs", "cela")
                    and (doc[a].pos_ != "NOUN" or doc[a].text[:1].isupper())
                    and (b >= sent.end or doc[b].text == ",")
                    and head.pos_ != "VERB"
                )
                if not ok:
                    k += n
                    continue
            cue = " ".join(words[k : k + n])
            out.append((sent.start + k, b, (a, b), Attribution(party, cue, "selon")))
            k = b - sent.start
        return out

    # ---- the tree walk

    def walk(self, qtoks: list[Token], mark: Mark) -> tuple[Attribution | None, Attribution | None]:
        """(speech attribution, position fallback) found by climbing from the quote."""
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
        for _ in range(10):
            if node.i not in inside:
                selon_np = self._is_selon_np(node)
                if selon_np or any(self._is_selon_child(ch) for ch in node.children):
                    child = (
                        node
                        if selon_np
                        else next(ch for ch in node.children if self._is_selon_child(ch))
                    )
                    party = self._selon_party(child)
                    if party is not None:
                        return Attribution(party, "selon", "selon"), fallback
                if pos[node.i] in ("VERB", "AUX", "ADJ", "NOUN"):
                    cue = self.is_speech(node)
                    if cue and node.dep_ != "acl" or (cue and self.res.agent_token(node)):
                        parties = self.res.subjects(node)
                        if not parties and self.res.is_passive(node):
                            return Attribution(None, cue, "passive"), fallback
                        if parties:
                            return Attribution(parties[0], cue, "cue"), fallback
                    if norm(node.lemma_) in SPEECH_NOUNS or norm(node.text) in SPEECH_NOUNS:
                        speech_noun = True
                    if node.pos_ in ("VERB", "AUX") and node.dep_ != "acl":
                        lemma = matches(node, self._position_verbs)
                        light = matches(node, self.c.light_verbs) and any(
                            norm(ch.lemma_) in self.c.stance_nouns for ch in node.children
                        )
                        if speech_noun or lemma or light:
                            parties = self.res.subjects(node)
                            if parties and parties[0].identified:
                                att = Attribution(parties[0], lemma or norm(node.lemma_), "subject")
                                if speech_noun:
                                    return att, fallback
                                fallback = fallback or att
            h = heads[node.i]
            if h == node.i or self.res.sent_start(h) != self.res.sent_start(node.i):
                break
            node = node.head
        return None, fallback

    def _is_selon_child(self, ch: Token) -> bool:
        return ch.dep_ in ("obl", "obl:mod", "nmod", "obl:arg") and self._is_selon_np(ch)

    def _is_selon_np(self, t: Token) -> bool:
        if not self._has_selon:  # no "selon" in the article: no child can be one
            return False
        low = self._low
        return any(c.dep_ == "case" and low[c.i] in ("selon",) and c.i < t.i for c in t.children)

    def _selon_party(self, np_head: Token) -> Party | None:
        if self.res.in_quote(np_head.idx):
            return None
        lo, hi = self.res.sent_bounds(np_head)
        pos = self._tv.pos
        k = np_head.i
        while k > lo and pos[k - 1] == "DET":
            k -= 1
        rng = self.res.np_after(k, hi)
        if rng is None:
            return None
        return self.res.party(*rng)

    # ---- one quote

    def attribute(self, mark: Mark, sent, incises, selons) -> Attribution:
        doc = self.doc
        qtoks = self.tokens(mark.start, mark.end)
        if not qtoks:
            return Attribution(None, "", "none")
        first, last = qtoks[0].i, qtoks[-1].i
        # 1. adjacent incise after the quote
        k = last + 1
        while k < sent.end and (doc[k].is_punct or doc[k].is_space) and doc[k].text not in "(":
            k += 1
        for g, _verb, att in incises:
            if g == k or (g <= k and _verb.i >= k):
                return att
        # 1b. a quote right after an incise ("« A », dit-il, « B »")
        k = first - 1
        while k >= sent.start and (doc[k].is_punct or doc[k].is_space):
            k -= 1
        for _g, verb, att in incises:
            if verb.i == k or (
                verb.i < k
                and all(
                    x.text.startswith("-") or x.pos_ in ("PRON", "PROPN", "NOUN", "DET", "ADJ")
                    for x in doc[verb.i + 1 : k + 1]
                )
                and doc[first - 1].text in ("«", '"', "“")
                and doc[max(first - 2, 0)].text == ","
            ):
                if _g < first:
                    return att
        # 2. colon introduction
        before = self._prev_word(first, sent)
        if before is not None and before.text == ":":
            att = self._colon(before, sent)
            if att is not None:
                return att
        # 3. attribution line after a quote that ends its sentence
        att = self._attribution_line(mark, sent)
        if att is not None:
            return att
        # 4. agentless participle right before ("qualifiée "d'historique"")
        att = self._participle(first, sent)
        if att is not None:
            return att
        # 5. adjacent "selon X"
        for s0, s1, _rng, att in selons:
            if 0 <= first - s1 <= 2 and all(
                doc[x].is_punct or norm(doc[x].text) in DE or doc[x].pos_ == "DET"
                for x in range(s1, first)
            ):
                return att
            if 0 <= s0 - last <= 3 and all(doc[x].is_punct for x in range(last + 1, s0)):
                return att
        # 6. the tree
        speech, fallback = self.walk(qtoks, mark)
        if speech is not None:
            return speech
        # 7. an incise further on in the sentence
        for g, _verb, att in incises:
            if g > last:
                return att
        # 8. a "selon X" in the same clause
        for s0, s1, _rng, att in selons:
            if s1 <= first and not self._break_between(s1, first):
                return att
            if s0 > last and (s1 >= sent.end - 1 or doc[s1].text in (".", ",")):
                if not self._break_between(last, s0):
                    return att
        # 9. subject of a position verb
        if fallback is not None:
            return fallback
        return Attribution(None, "", "none")

    def _continued(self, m: Mark, marks: list[Mark], by_sent) -> Attribution | None:
        """A quotation running over several paragraphs (« at each paragraph start, » at the
        end) takes the attribution of its last part."""
        i = self._mark_index[id(m)]
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
        for t in reversed(list(doc[sent.start : colon.i])):
            cue = self.is_speech(t, weak=True)
            if cue:
                parties = self.res.subjects(t)
                if parties:
                    return Attribution(parties[0], cue, "colon")
        rng = (sent.start, colon.i)
        if colon.i - sent.start <= 8:
            p = self.res.party(*rng)
            if p.identified:
                return Attribution(p, ":", "colon")
        return None

    def _attribution_line(self, mark: Mark, sent) -> Attribution | None:
        """'"…" Name, role, à l'AFP': a verbless line after a quote that ends its sentence."""
        doc, text = self.doc, self.article.text
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
        if rest_start >= para.end:
            return None
        # the quote must open its sentence (or its paragraph)
        lead = text[sent.start_char : mark.open_at].strip(SPACES + "—–-")
        if lead:
            return None
        toks = self.tokens(rest_start, para.end)
        toks = [t for t in toks if not t.is_space]
        if not toks or not toks[0].text[:1].isupper():
            return None
        if any(
            t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and t.text[:1].islower()
            for t in toks
        ):
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

    def _participle(self, first: int, sent) -> Attribution | None:
        doc = self.doc
        k = first - 1
        steps = 0
        while k >= sent.start and steps < 6:
            t = doc[k]
            w = norm(t.text)
            if t.is_punct and t.text not in (",", ".", ";", ":"):
                k -= 1
                continue
            if (
                w in DE
                or w in ("comme", "en", "celui", "celle", "ceux", "celles")
                or (t.pos_ == "DET")
            ):
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
                if has_avoir:
                    return None
                ag = self.res.agent_token(t)
                if ag is not None and ag.i > first:
                    return Attribution(self.res.np_party(ag), hit, "participle")
                return Attribution(None, hit, "participle")
            return None
        return None

    def _break_between(self, a: int, b: int) -> bool:
        doc = self.doc
        for x in doc[min(a, b) : max(a, b)]:
            w = norm(x.text)
            if w in CLAUSE_BREAKS or (x.pos_ == "SCONJ" and w in ("que", "qu'")):
                return True
            if w in ("alors", "tandis", "mais", "qui"):
                return True
        return False

    # ---- reported speech

    def reported(self, sent, incises, selons, marks) -> list[tuple[int, int, Attribution]]:
        """(start, end, attribution) of reported claims in the sentence (no quote marks)."""
        doc = view(self.doc).tokens
        out: list[tuple[int, int, Attribution]] = []
        s_start, s_end = sent.start_char, sent.end_char
        body_end = self._trim_end(s_start, s_end)

        has_marks = bool(marks)

        def add(a: int, b: int, att: Attribution, need_verb: bool = True) -> None:
            a, b = self._trim(a, b)
            if b - a < 12 or (need_verb and not self._has_verb(a, b)):
                return
            if self._mostly_quoted(a, b, marks):
                return
            if any(not (b <= x0 or a >= x1) for x0, x1, _ in out):
                return
            out.append((a, b, att))

        # "Selon X, …" at the start; "…, selon X." / "…, selon X, qui …" at the end; mid
        for s0, s1, _rng, att in selons:
            lead = doc[sent.start : s0]
            if all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in lead):
                k = self._after_appositions(s1, sent)
                if k is not None:
                    add(doc[k].idx, body_end, att)
                continue
            prev = doc[s0 - 1]
            if prev.text != ",":
                continue
            if (
                s1 >= sent.end
                or doc[s1].text in (".", "!", "?")
                or (doc[s1].text == "," and s1 + 1 < sent.end and norm(doc[s1 + 1].text) == "qui")
            ):
                add(s_start, prev.idx, att)
            elif doc[s1].text == "," and not has_marks:
                add(s_start, body_end, att)
        # "…, a indiqué X." / "…, croit savoir X." closing a sentence that is not a quote
        for g, _verb, att in incises:
            comma = doc[g - 1]
            if comma.text != ",":
                continue
            if any(
                m.start < comma.idx
                and m.end >= self._trim_end(s_start, comma.idx) - 1
                and m.start <= s_start + 2
                for m in marks
            ):
                continue
            add(s_start, comma.idx, att)
        # "X a affirmé que …", "X juge que …"
        tv = self._tv
        pos, lemma, idx, low = tv.pos, tv.lemma, tv.idx, self._low
        lemma_low = self._tv.lemma_low
        weak_speech = self.c.weak_speech
        cands = self._incise_candidates  # every speech cue is one
        lo = bisect.bisect_left(cands, sent.start)
        for i in cands[lo : bisect.bisect_left(cands, sent.end, lo)]:
            if pos[i] not in ("VERB", "AUX", "NOUN"):  # required below: test it first
                continue
            # is_speech(t) (memoised: the incises asked already), before the quote test
            cue = self._speech_cue(i)
            if not cue or cue in weak_speech or self.res.in_quote(idx[i]):
                continue
            t = doc[i]
            k = i + 1
            while k < sent.end and pos[k] == "ADV":
                k += 1
            if k < sent.end and low[k] in ("que", "qu'"):
                parties = self.res.subjects(t)
                if not parties:
                    continue
                end = self._clause_end(t, k + 1, sent)
                add(
                    doc[k + 1].idx if k + 1 < sent.end else s_end,
                    end,
                    Attribution(parties[0], cue, "que"),
                )
        # "X s'est dit disposé à …"
        say = self._say_lemmas
        for i in range(sent.start, sent.end):
            if lemma[i] not in say:  # norm(lemma) in ("dire", "déclarer")
                continue
            t = doc[i]
            if t.i + 1 < sent.end:
                refl = any(
                    norm(x.text) in ("se", "s'") for x in doc[max(sent.start, t.i - 3) : t.i]
                )
                nxt = doc[t.i + 1]
                if refl and nxt.pos_ in ("ADJ", "VERB", "ADV") and not self.res.in_quote(t.idx):
                    parties = self.res.subjects(t)
                    if parties:
                        a = nxt.idx
                        b = self._segment_end(nxt.i, sent)
                        add(a, b, Attribution(parties[0], "se " + norm(t.lemma_), "se dire"))
        # "…, qui évoque des recettes …"
        for i in range(sent.start, sent.end):
            if pos[i] != "VERB" or lemma_low[i] not in REPORTING_OBJECT_VERBS:
                continue
            t = doc[i]
            objs = [ch for ch in t.children if ch.dep_ == "obj"]
            if objs and not self.res.in_quote(t.idx):
                parties = self.res.subjects(t)
                if parties:
                    o = objs[0]
                    a = doc[min(x.i for x in o.subtree)].idx
                    add(
                        a,
                        self._segment_end(o.i, sent),
                        Attribution(parties[0], norm(t.lemma_), "object"),
                        need_verb=False,
                    )
        return out

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

    def _clause_end(self, verb: Token, k: int, sent) -> int:
        doc = self.doc
        comp = [ch for ch in verb.children if ch.dep_ in ("ccomp", "obj", "xcomp") and ch.i >= k]
        if comp:
            last = max(x.i for x in comp[0].subtree)
            last = min(last, sent.end - 1)
        else:
            last = sent.end - 1
        for x in doc[k : last + 1]:
            if x.text == ";":
                last = x.i - 1
                break
        return doc[last].idx + len(doc[last])

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
        covered = sum(max(0, min(b, m.close_at + 1) - max(a, m.open_at)) for m in marks)
        return covered > 0.6 * (b - a)

    # ---- kinds

    def kind(self, mark: Mark, att: Attribution, sent) -> str:
        text = self.article.text[mark.start : mark.end]
        words = len(_WORD.findall(text))
        lead = self.article.text[sent.start_char : mark.open_at].strip(SPACES + "—–-")
        starts_upper = text[:1].isupper() or text.startswith(("…", "(…", "..."))
        terminal = text.rstrip()[-1:] in TERMINAL
        if starts_upper and (terminal or (words >= 5 and (not lead or lead.endswith(":")))):
            return "direct"
        if starts_upper and att.how in ("incise", "line", "colon") and (words >= 5 or not lead):
            return "direct"
        if (
            words <= 4
            and (att.party is None or not att.party.identified)
            and att.how
            in (
                "none",
                "participle",
                "passive",
            )
        ):
            return "scare"
        return "partial"

    def evaluative(self, text: str, kind: str) -> bool:
        words = _EVAL_WORD.findall(norm(text))
        if kind in ("direct", "reported") or len(words) > 6:
            return False
        if kind == "scare":
            return True
        rx = self.c.evaluative_rx
        return bool(rx is not None and rx.search(" ".join(words)))

    # ---- run

    def run(self) -> pd.DataFrame:
        return frame(self.find(), QUOTE_COLUMNS)

    def find(self) -> list[dict]:
        """The rows of the quotes table, in table order."""
        art, doc, text = self.article, self.doc, self.article.text
        marks = find_marks(text, art.paragraphs)
        self._mark_index = {id(m): i for i, m in enumerate(marks)}
        self.res.set_quote_spans([(m.open_at, m.close_at + 1) for m in marks])
        by_sent: dict[int, list[Mark]] = {}
        for m in marks:
            s = art.sentence_at(m.start)
            if s is not None:
                by_sent.setdefault(s.id, []).append(m)
        rows = []
        for s in art.sentences:
            span = doc.char_span(s.start, s.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            incises = self.incises(span)
            selons = self.selon_phrases(span)
            items = []
            for m in by_sent.get(s.id, []):
                att = self.attribute(m, span, incises, selons)
                if m.runs_on and (att.party is None or not att.party.identified):
                    att = self._continued(m, marks, by_sent) or att
                kind = self.kind(m, att, span)
                items.append((m.start, m.end, att, kind))
            for a, b, att in self.reported(span, incises, selons, by_sent.get(s.id, [])):
                items.append((a, b, att, "reported"))
            items.sort(key=lambda x: x[0])
            for a, b, att, kind in items:
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
                        "words": len(_WORD.findall(quote)),
                    }
                )
                if party is not None:
                    self.res.note_speaker(a, party)
        for i, row in enumerate(rows):
            row["quote_id"] = f"Q{i + 1:03d}"
        return rows


_VOICE_FIELDS = ("speaker", "speaker_id", "kind", "words")


def voice_table(quotes: pd.DataFrame, article) -> pd.DataFrame:
    """Who gets quoted and how much: one row per speaker (and one for unattributed words)."""
    return frame(voice_rows(list(table_rows(quotes, *_VOICE_FIELDS)), article), VOICE_COLUMNS)


def voice_rows(quotes: list[tuple], article) -> list[dict]:
    """The rows of :func:`voice_table`, from (speaker, speaker_id, kind, words) of each quote
    (the quotes step passes the rows it has just built: no table read back)."""
    if not quotes:
        return []
    total = max(1, article.n_words)
    # plain Python over the columns: a pandas group-by per speaker cost more than the whole
    # quote finder on an article-sized table
    groups: dict[tuple[str, str], dict] = {}
    for speaker, sid, kind, words in quotes:
        speaker = speaker if isinstance(speaker, str) else UNATTRIBUTED
        sid = sid if isinstance(sid, str) else ""
        g = groups.setdefault(
            (speaker, sid),
            {
                "speaker": speaker,
                "speaker_id": sid or None,
                "quotes": 0,
                "direct": 0,
                "partial": 0,
                "scare": 0,
                "reported": 0,
                "words": 0,
                "share": 0.0,
            },
        )
        g["quotes"] += 1
        if kind in ("direct", "partial", "scare", "reported"):
            g[kind] += 1
        g["words"] += int(words)
    rows = list(groups.values())
    for g in rows:
        g["share"] = round(float(g["words"]) / total, 4)
    rows.sort(key=lambda g: (-g["words"], -g["quotes"]))
    return rows


@pipeline_step("quotes", requires=("actors", "mentions"), assigns=("quotes", "voice"))
def step(ctx: Context) -> dict[str, pd.DataFrame]:
    """Pipeline step: the ``quotes`` and ``voice`` tables."""
    found = Quoter(ctx).find()
    voice = voice_rows([tuple(r[c] for c in _VOICE_FIELDS) for r in found], ctx.article)
    return {"quotes": frame(found, QUOTE_COLUMNS), "voice": frame(voice, VOICE_COLUMNS)}


__all__ = ["step", "find_marks", "voice_table", "PRONOUNS"]
