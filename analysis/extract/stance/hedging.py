"""Negation and hedges on a cue.

Negation ("ne soutient pas", "refuser de", "sans") flips the polarity; a hedge (conditional,
"semble", "pourrait", "croit savoir") flags the row and lowers its confidence — except the
conditional of reported speech after a past speech verb ("a assuré que la France
soutiendrait"), which is a future in the past.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from analysis.extract.cues import (
    is_conditional,
    is_negated,
    matches,
    norm,
)
from analysis.extract.stance.intention_holders import intention_noun
from analysis.extract.stance.state import State


def negated(st: State, t: Token) -> bool:
    """Negation on the cue, on a governing verb, by a negating verb or by "sans"."""
    tv = st.tv
    node, steps = t, 0
    neg = False
    while steps < 3:
        n = node.i
        litotes = node is not t and _litotes(st, node)
        if is_negated(node, st.c) and not litotes:
            neg = not neg
        if node is not t and not litotes and matches(node, st.c.negating_verbs, st.c):
            neg = not neg
        if n > 0 and st.low[n - 1] in st.c.without and tv.pos[n] == "VERB":
            neg = not neg
        if refusal_noun(st, node):
            neg = not neg
            break
        if tv.dep[n] in ("xcomp", "ccomp") and tv.head[n] != n and not _own_act(st, node):
            node = tv.tokens[tv.head[n]]
            steps += 1
            continue
        break
    return neg


def refused(st: State, t: Token) -> bool:
    """A verb above the cue refuses it ("X a refusé de signer", "X renonce à rompre"), and is
    not itself negated. Why: the acts read a refusal as the opposite act only when a verb
    says so; a plain "ne ... pas" says the act did not happen, which implies no stance."""
    node = t
    for _ in range(3):
        if refusal_noun(st, node):
            return True
        if st.tv.dep[node.i] not in ("xcomp", "ccomp") or node.head.i == node.i:
            return False
        node = node.head
        if matches(node, st.c.negating_verbs, st.c):
            return not is_negated(node, st.c)
    return False


_INFINITIVE_MARKS = frozenset({"de", "d'", "à"})


def refusal_noun(st: State, node: Token) -> bool:
    """An infinitive complement of a noun of refusal ("le refus de X de signer l'accord",
    "son renoncement à sanctionner Y", ``negating_nouns``): the noun denies it as
    "refuser de" / "renoncer à" do. Why: a verb rule reads the infinitive's stance with the
    noun's "de X" as its subject, and without this would state the very act refused."""
    tv, n = st.tv, node.i
    nouns = st.c.negating_nouns
    if not nouns or n < 2 or tv.pos[n] != "VERB" or st.low[n - 1] not in _INFINITIVE_MARKS:
        return False
    if "Inf" not in tv.morph(n, "VerbForm"):
        return False
    h = tv.head[n]
    if tv.dep[n] == "acl" and h != n and tv.pos[h] == "NOUN":
        return matches(tv.tokens[h], nouns, st.c) is not None
    # the parser may hang the infinitive on the verb above ("a annoncé son renoncement à
    # sanctionner Y"): the noun right before its mark, past a "de X" complement
    lo = max(0, n - 9)
    for k in range(n - 2, lo - 1, -1):
        if tv.pos[k] in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ"):
            return False
        if tv.pos[k] == "NOUN" and matches(tv.tokens[k], nouns, st.c) is not None:
            return True
    return False


# the words before a noun that deny it ("pas d'accord", "aucune tension", "sans accord")
_DENIALS = frozenset({"pas", "aucun", "aucune", "sans", "ni", "jamais", "plus", "point"})


def denied(st: State, t: Token) -> bool:
    """A noun (an agreement, a friction) is denied: by a negation on it or on its nearest
    governing verb, or by a denying word just before it ("il n'y a aucune tension entre X et
    Y"). Why: a denied act or state implies no stance either way, never the opposite one."""
    if negated(st, t):
        return True
    gov = next((h for h in _heads(t, 3) if h.pos_ in ("VERB", "AUX")), None)
    if gov is not None and negated(st, gov):
        return True
    return any(st.low[k] in _DENIALS for k in range(max(st.res.sent_start(t.i), t.i - 3), t.i))


def _heads(t: Token, steps: int) -> list[Token]:
    """The words above ``t``, nearest first, at most ``steps`` heads up."""
    out, node = [], t
    for _ in range(steps):
        if node.head.i == node.i:
            break
        node = node.head
        out.append(node)
    return out


# the marks that end a clause: the one after a cue says whether it is asked or stated
_CLAUSE_ENDS = frozenset({".", "?", "!", ";", "…"})
# marks that open quoted words (a straight quote opens or closes: not one of them)
_OPENING_QUOTES = frozenset({"«", "“"})
_CLOSING_QUOTES = frozenset({"»", "”"})


def asked(st: State, t: Token, sent: Span) -> bool:
    """The cue is in a question ("X va-t-il rompre avec Y ?", "Y a-t-il une réciprocité ?"):
    the first clause-ending mark after it is a question mark. Why: a question states no
    act, and reading it as one fabricates a stance (a question is not a hedge: its answer
    may be no). A question inside quoted words that open after the cue (and after the close of
    the cue's own quotation, if any) is that quotation's, not the cue's ("X a critiqué Y :
    « qui est-il pour … ? »": X still criticised Y; session 18)."""
    text = st.tv.text
    own = st.res.in_quote(t.idx)  # the cue's own quotation, until it closes
    other = False  # inside quoted words opened after the cue (a quoted term: "« … » ?")
    for k in range(t.i + 1, sent.end):
        if text[k] in _OPENING_QUOTES and not own:
            other = True
        elif text[k] in _CLOSING_QUOTES:
            if other:
                other = False
            else:
                own = False
        elif text[k] in _CLAUSE_ENDS:
            return text[k] == "?" and not other
    return False


def in_hypothesis(st: State, t: Token) -> bool:
    """``t`` is in a "si" clause ("si c'était une erreur, ...", "« si ce traité historique
    échoue »"), up to three heads up: nothing is asserted, so an evaluation there is no
    one's judgement (a hedge flags a row; a hypothesis must give none)."""
    tv = st.tv
    node = t.i
    for _ in range(4):
        if any(tv.dep[c] == "mark" and st.low[c] in ("si", "s'") for c in tv.children[node]):
            return True
        if tv.head[node] == node:
            break
        node = tv.head[node]
    return False


def _litotes(st: State, verb: Token) -> bool:
    """A negated litotes verb asserts its infinitive ("n'a pas manqué de saluer", "ne cesse
    de critiquer", "n'hésite pas à dénoncer"): neither its negation nor its own meaning
    reaches the stance."""
    return is_negated(verb, st.c) and bool(matches(verb, st.words.litotes_verbs, st.c))


def _own_act(st: State, verb: Token) -> bool:
    """ "Y n'a pas tardé à réagir à la décision de X de rompre": the infinitive of an
    intention noun is X's act; the verbs above it (and their negation) are someone else's."""
    return intention_noun(st, verb) is not None or _own_clause(st, verb)


def _own_clause(st: State, verb: Token) -> bool:
    """ "X ne veut pas que Y refuse le dialogue": a "que" clause with a subject of its own
    says what its subject does; the negation of the verb above it is someone else's (Y still
    refuses, in X's words)."""
    tv = st.tv
    kids = tv.children[verb.i]
    return tv.dep[verb.i] == "ccomp" and (
        any(tv.dep[c] == "nsubj" for c in kids)
        and any(tv.dep[c] == "mark" and st.low[c] in ("que", "qu'") for c in kids)
    )


def hedged(st: State, t: Token, sent: Span) -> bool:
    """A hedge on the cue, its governing verbs or its sentence (memoised per cue token:
    rows often share one)."""
    key = (t.i, sent.start_char, sent.end_char)
    memo = st.hedge_memo
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = _hedged(st, t, sent)
    return hit


def _hedged(st: State, t: Token, sent: Span) -> bool:
    tv = st.tv
    dep, head, toks = tv.dep, tv.head, tv.tokens
    node, steps = t, 0
    while steps < 4:
        n = node.i
        if is_conditional(node) and not _future_in_past(st, node):
            return True
        if node is not t and matches(node, st.c.hedge_verbs, st.c):
            return True
        if any(dep[ch] == "mark" and st.low[ch] in ("si", "s'") for ch in tv.children[n]):
            return True  # "si X reconnaît qu'il soutient Y": a hypothesis
        for ch in tv.children[n]:
            if dep[ch] == "xcomp" and ch < t.i and matches(toks[ch], st.c.hedge_verbs, st.c):
                return True
        if dep[n] in ("xcomp", "conj", "acl", "advcl", "ccomp") and head[n] != n:
            node = toks[head[n]]
            steps += 1
            continue
        break
    return _hedged_sentence(st, sent.start_char, sent.end_char)


def _hedged_sentence(st: State, start: int, end: int) -> bool:
    """A hedge phrase or adverb anywhere in the sentence (memoised per sentence)."""
    memo = st.sentence_hedge_memo
    if (start, end) not in memo:
        low = norm(st.article.nlp_text[start:end])
        words = set(re.findall(r"[\w'-]+", low))
        memo[(start, end)] = (
            any(h in low for h in st.c.hedge_phrases)
            or any(a in words or (" " in a and a in low) for a in st.c.hedge_adverbs)
            or bool(re.search(r"\bcroi\w* savoir\b", low))
        )
    return memo[(start, end)]


def _future_in_past(st: State, t: Token) -> bool:
    """Conditional in a "que" clause of a past speech verb: a future in the past."""
    node = t
    for _ in range(3):
        if node.dep_ == "ccomp" and node.head.i != node.i:
            gov = node.head
            past = "Past" in gov.morph.get("Tense") or any(
                ch.dep_.startswith("aux") for ch in gov.children
            )
            if past and matches(gov, st.c.speech, st.c):
                return True
        if node.head.i == node.i:
            break
        node = node.head
    return False
