"""What every rule over a quote's words starts from: the quote's tokens, their evaluative
polarity, its speaker as a stance holder, and the word-level tests the readings of direct
and reported quotes share (a noun naming an agreement, a denied noun).

Why apart from :mod:`analysis.extract.stance.quoted`: the quotes of direct speech
(:mod:`~analysis.extract.stance.quoted`, :mod:`~analysis.extract.stance.quote_clauses`) and of
reported speech (:mod:`~analysis.extract.stance.reported_terms`) open the same way, and a
dozen narration rules read the same evaluative lexicon through :func:`term_polarity`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import (
    load_lexicon,
    norm,
)
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.bare import bare_speaker_state
from analysis.extract.stance.denials import denial_at
from analysis.extract.stance.privative import deprived
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived


def term_polarity(st: State, tokens: list[Token]) -> list[tuple[Token, int]]:
    """Evaluative terms among ``tokens`` (single words and multi-word expressions)."""
    out = []
    low, lemma = st.low, st.tv.lemma
    words = [low[t.i] for t in tokens]
    lemmas = [norm(lemma[t.i]) for t in tokens]
    heads = st.term_heads
    size = len(tokens)
    for i, t in enumerate(tokens):
        if words[i] in currency_senses()[0] and _currency(st, t):
            continue  # "300 milliards de francs CFA": money, no judgement
        if words[i] in ("ne", "n'") and denial_at(st, tokens, i):
            out.append((t, -1))  # "n'ont jamais reflété la réalité" (:mod:`.denials`)
            continue
        # a multi-word term starts with one of its head words (a set test saves the joins)
        multi = words[i] in heads or lemmas[i] in heads
        for n in range(st.c.term_width if multi else 1, 0, -1):
            if i + n > size:
                continue
            w = join_words(words[i : i + n])
            lm = join_words(lemmas[i : i + n])
            sign = 1 if w in st.c.positive_terms or lm in st.c.positive_terms else 0
            if not sign and (w in st.c.negative_terms or lm in st.c.negative_terms):
                sign = -1
            if sign:  # "le manque de « courage »": a quality lacking (:mod:`.privative`)
                out.append((t, -sign if deprived(st, t) else sign))
                break
    return out


def join_words(words: list[str]) -> str:
    """Words as a lexicon writes them: a space between two, none after an elided one ("n'",
    "l'", "qu'"), so that "n'a aucun fondement" is found over its four tokens."""
    if len(words) == 1:
        return words[0]
    out = words[0]
    for w in words[1:]:
        out += w if out.endswith("'") else " " + w
    return out


def own_negation(st: State, tok: Token) -> bool:
    """The evaluative term at ``tok`` opens with its own negation ("ne reflète pas la
    réalité", "n'a aucun fondement": a term :func:`term_polarity` found from its negator).
    Why: the phrase is listed with its "ne ... pas" as the polar reading itself; the clause's
    negation is that same "ne", and flipping the term by it would read the denial as
    praise."""
    return st.low[tok.i] in ("ne", "n'")


@derived
def currency_senses() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The ``currency_senses`` of ``stance_evaluative.yaml``: the words, and the quantities,
    articles and qualifiers that make them a currency."""
    d = load_lexicon("stance_evaluative").get("currency_senses") or {}
    keys = ("words", "quantities", "articles", "qualifiers")
    return tuple(frozenset(norm(w) for w in d.get(k) or []) for k in keys)  # type: ignore[return-value]


_MARKS = frozenset({'"', "«", "»", "“", "”"})


def _currency(st: State, t: Token) -> bool:
    """ "300 milliards de francs CFA", "le franc suisse", "en francs": the word names money.
    Why: "franc" is also an evaluative adjective ("des échanges francs"), and a sum in an
    article is no one's judgement. Read on the words around it (the tagger reads both
    senses as nouns): a number, an article or "en" before it, "de" after a quantity, a
    currency qualifier after it."""
    _w, quantities, articles, qualifiers = currency_senses()
    low, pos = st.low, st.tv.pos
    k = t.i - 1
    while k >= 0 and low[k] in _MARKS:
        k -= 1
    if k >= 0 and (pos[k] == "NUM" or low[k] in articles):
        return True
    if k >= 1 and low[k] in ("de", "d'") and (pos[k - 1] == "NUM" or low[k - 1] in quantities):
        return True
    return t.i + 1 < len(low) and low[t.i + 1] in qualifiers


def quote_span(st: State, q) -> Span | None:
    """The tokens of quote ``q`` (memoised on it: both quote rules read them)."""
    if not hasattr(q, "span"):
        q.span = st.doc.char_span(int(q.start), int(q.end), alignment_mode="expand")
    return q.span


def quote_terms(st: State, q) -> tuple[Span, Terms] | None:
    """The tokens of quote ``q`` and its evaluative words, but for a word that names the kind
    of an agreement (:func:`names_an_agreement`); None when the quote covers no token. The
    prologue of every rule reading a quote's words (direct and reported)."""
    span = quote_span(st, q)
    if span is None:
        return None
    punct, all_toks = st.tv.punct, st.tv.tokens
    toks = [all_toks[x] for x in range(span.start, span.end) if not punct[x]]
    return span, [(t, p) for t, p in term_polarity(st, toks) if not names_an_agreement(st, t)]


def names_an_agreement(st: State, t: Token) -> bool:
    """ "le traité d'amitié et de coopération", "l'accord de partenariat": a word after "de"
    that names the kind of an agreement is its name, not a judgement (suspending
    a "traité d'amitié" is no friendly word)."""
    nouns = st.c.acts["agreements"]["objects"]
    low, pos = st.low, st.tv.pos
    k = t.i - 1
    for _ in range(8):  # back over the coordinated complements: "d'amitié, de bon voisinage"
        if k < 1 or low[k] in (".", ";", ":"):
            return False
        if low[k] in ("de", "d'", "du", "des") and (low[k - 1] in nouns or pos[k - 1] == "DET"):
            m = k - 1 if low[k - 1] in nouns else k - 2
            if m >= 0 and low[m] in nouns:
                return True
        k -= 1
    return False


def quote_speaker(st: State, q, span: Span) -> Party:
    """The quote's speaker as a stance holder: its actor when the quotes step linked one; a
    bare governing noun ("un communiqué du ministère") is the state in context."""
    actor_id = q.speaker_id if isinstance(q.speaker_id, str) else None
    kind = "actor" if actor_id else "name"
    return bare_speaker_state(
        st, Party(q.speaker, actor_id, int(q.start), int(q.end), kind), span[0]
    )


Terms = list[tuple[Token, int]]


# the determiners that deny a noun ("aucune agression") and the negations that deny one
# through a bare "de" ("pas d'ingérence", "sans ingérence", "jamais de menace")
_DENYING_DETS = frozenset({"aucun", "aucune", "nul", "nulle"})


_NEGATIONS = frozenset({"pas", "plus", "jamais", "sans", "ni", "point"})


def denied_noun(st: State, tok: Token) -> bool:
    """A negative noun whose existence the clause denies ("il n'y a pas d'ingérence de X",
    "X n'a commis aucune agression"). Why: a negated verb over a wrong named with a definite
    determiner refuses the wrong ("ne pas accepter / céder à / tolérer le chantage de X": X
    still blamed), while a denied noun clears X or says nothing: no sign then."""
    low, k = st.low, tok.i - 1
    while k > tok.sent.start and st.tv.pos[k] == "ADJ":
        k -= 1
    if low[k] in _DENYING_DETS or low[k] in _NEGATIONS:
        return True
    return low[k] in ("de", "d'") and k > tok.sent.start and low[k - 1] in _NEGATIONS
