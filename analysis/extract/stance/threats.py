"""Counter-moves: firm answers and threats (``stance_interactions.yaml``, ``firm_response``
and ``threats``; CAMEO 13, threaten).

Three general shapes of French: a firm answer ("X répondra fermement à toute provocation de
Y"), a conditional counter-measure ("X prendra des mesures si Y ...", "si Y franchit la
ligne, X ripostera", "les autorités prendraient des mesures diplomatiques si l'ambassadeur de
Y ne cessait pas ...") a right kept to answer ("X se réserve le droit de riposter aux
attaques de Y") and an answer aimed at someone ("X ripostera contre ses ennemis", "nous
réagirons à l'encontre de l'ambassadeur de Y": acting against someone is hostile whatever the
manner, so no firm adverb is needed). The one who threatens is against whom the condition
names or the answer aims at. Sign safety: a condition that asks for something ("si Y le
demande, X réagira") is an offer, and a mild manner ("répondre favorablement") no
counter-move: no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.interaction_words import Interactions, interactions
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target, prep_np, target_np

_IF = frozenset({"si", "s'", "s’"})
_CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", "«", "»", '"'})


def counter_move(st: State, t: Token, sent: Span) -> None:
    """ "X a promis de réagir résolument à l'expulsion de ses diplomates", "X répondra
    fermement à toute provocation de Y", "X se réserve le droit de riposter aux attaques de
    Y": X against what it answers (and the actor named in it); "X ripostera si Y ...", "X
    prendra des mesures de rétorsion si Y ...": X against Y. Without a firm adverb, a right
    kept or a condition, "réagir à" is neutral ("X a réagi à l'annonce"): no row; negated
    or mild ("répondre favorablement"): no row."""
    w = interactions()
    lemma = matches(t, w.response_verbs | w.threat_verbs, st.c)
    if not lemma or negated(st, t) or not _counter_act(st, t, lemma, w):
        return
    k, firm, mild = _manner(st, t, sent, w)
    if mild:
        return
    keeper = _right_kept(st, t, w)
    if lemma in w.response_verbs and (firm or keeper is not None):
        cue = f"{lemma} fermement" if firm else f"droit de {lemma}"
        _answered(st, t, sent, k, cue, holders_of(st, t) or holders_of(st, keeper or t))
    if lemma in w.response_verbs:
        _aimed(st, t, sent, lemma)
    if lemma not in w.threat_verbs:
        return
    cond = _condition_party(st, t, sent, w)
    if cond is None:
        return
    holders = [h for h in holders_of(st, t) if (h.actor_id or h.name) != cond.actor_id]
    st.add(holders, party_target(st, cond), -1, f"{lemma} si", "interaction", t, sent)


def _counter_act(st: State, t: Token, lemma: str, w: Interactions) -> bool:
    """A response verb is one; "prendre" only with a measure as object ("prendre des
    mesures (de rétorsion)", "prendre des sanctions")."""
    if lemma in w.response_verbs or lemma != "prendre":
        return True
    return any(
        ch.dep_ == "obj"
        and norm(ch.lemma_) in w.threat_objects
        or ch.dep_ == "obj"
        and norm(ch.text) in w.threat_objects
        for ch in t.children
    )


def _manner(st: State, t: Token, sent: Span, w: Interactions) -> tuple[int, bool, bool]:
    """The first token after the verb's adverbs, whether one of them is firm ("fermement",
    "avec fermeté") and whether one is mild ("favorablement", "présent")."""
    k, firm, mild = t.i + 1, False, False
    while k < sent.end and (st.tv.pos[k] == "ADV" or st.low[k] in ("avec", "présent")):
        firm = firm or st.low[k] in w.firm_adverbs
        mild = mild or st.low[k] in w.mild_adverbs
        if st.low[k] == "avec" and k + 1 < sent.end:
            firm = firm or st.low[k + 1] in w.firm_adverbs
            k += 1
        k += 1
    return k, firm, mild


def _answered(st: State, t: Token, sent: Span, k: int, cue: str, holders: list[Party]) -> None:
    """``holders`` against the "à" complement at ``k`` and the actor it names."""
    hit = prep_np(st, k, ("à", "au", "aux"), sent, window=0)
    if hit is None:
        return
    answered = named_in(st, hit[1])
    st.add(holders, target_np(st, hit[1]), -1, cue, "interaction", t, sent)
    if answered and not any(h.actor_id == answered[0].actor_id for h in holders):
        lemma = norm(t.lemma_)
        st.add(holders, party_target(st, answered[0]), -1, lemma, "interaction", t, sent)


def _aimed(st: State, t: Token, sent: Span, lemma: str) -> None:
    """ "X ripostera (de manière décisive) contre Y", "X réagira à ces faits, tant à
    l'encontre de Y que de Z": X against Y. Only a complement of the verb itself (or one
    coordinated with its complement): in "X a réagi à l'attaque contre Y" the attack is
    against Y, the reaction is not, so the parser's attachment decides."""
    for k in range(t.i + 1, min(sent.end, t.i + 16)):
        if st.low[k] in _CLAUSE_END and st.low[k] != ",":
            return
        noun = _aimed_noun(st, t, k)
        if noun is not None:
            holders = holders_of(st, t)
            st.add(holders, target_np(st, noun), -1, f"{lemma} contre", "interaction", t, sent)
            return


def _aimed_noun(st: State, t: Token, k: int) -> Token | None:
    """The noun aimed at by the preposition at ``k`` ("contre Y", "à l'encontre de Y") when
    the phrase hangs on the verb ``t``, directly or as a conjunct of its complement."""
    tok = st.tv.tokens[k]
    if st.low[k] == "contre" and tok.dep_ == "case":
        noun = tok.head
    elif st.low[k] == "encontre" and k >= 2 and st.low[k - 2] in ("à", "a"):
        noun = next((c for c in tok.children if c.dep_ == "nmod" and c.i > k), None)
        return noun if noun is not None and _on_verb(tok, t) else None
    else:
        return None
    return noun if _on_verb(noun, t) else None


def _on_verb(node: Token, t: Token) -> bool:
    """``node`` is a complement of ``t``, or a conjunct or a detached apposition of one (",
    tant à l'encontre de Y que de Z"), never a noun's own complement."""
    return node.head.i == t.i or (node.dep_ in ("conj", "appos") and node.head.head.i == t.i)


def _right_kept(st: State, t: Token, w: Interactions) -> Token | None:
    """The verb of "se réserver le droit de riposter": "droit de" right before ``t``, with a
    verb of keeping (``threats.rights``) just before "droit" (its subject answers)."""
    i = t.i
    if i < 3 or st.low[i - 1] not in ("de", "d'", "d’") or st.low[i - 2] != "droit":
        return None
    return next(
        (
            st.tv.tokens[m]
            for m in range(max(0, i - 6), i - 2)
            if matches(st.tv.tokens[m], w.threat_rights, st.c)
        ),
        None,
    )


def _condition_party(st: State, t: Token, sent: Span, w: Interactions) -> Party | None:
    """The named subject of the "si" clause of the counter-move: after it ("X ripostera si
    Y ...", at most twelve words on, no other verb between) or before it ("Si Y ..., X
    ripostera"); None when the condition asks or accepts something (an offer, not a
    threat)."""
    low, pos = st.low, st.tv.pos
    span = None
    for s in range(t.i + 1, min(sent.end, t.i + 13)):
        if low[s] in _CLAUSE_END or (pos[s] in ("VERB", "AUX") and low[s] not in _IF):
            break
        if low[s] in _IF:
            span = (s + 1, _clause_end(st, s + 1, sent.end))
            break
    if span is None:
        s = next((m for m in range(sent.start, t.i) if low[m] in _IF), None)
        comma = next((m for m in range(t.i if s is None else s, t.i) if low[m] == ","), None)
        if s is None or comma is None or any(pos[m] == "VERB" for m in range(comma + 1, t.i)):
            return None
        span = (s + 1, comma)
    a, b = span
    lemmas = {norm(st.tv.tokens[m].lemma_) for m in range(a, b)} | set(low[a:b])
    if lemmas & w.benign_conditions:
        return None
    j = next((m for m in range(a, b) if pos[m] in ("VERB", "AUX") or low[m] == "ne"), b)
    rng = st.res.np_after(a, j)
    if not rng:
        return None
    party = st.res.party(*rng)
    if is_named(party):
        return party
    # "si l'ambassadeur de Y ...": the actor named inside the subject phrase
    found = st.res.mentions_in(st.tv.idx[rng[0]], st.tv.end[rng[1] - 1])
    if not found:
        return None
    start, end, aid = found[0]
    return Party(st.res.actor_name(aid), aid, start, end, "actor")


def _clause_end(st: State, k: int, hi: int) -> int:
    """The end of a clause that starts at ``k``: its first punctuation, else ``hi``."""
    return next((m for m in range(k, hi) if st.low[m] in _CLAUSE_END), hi)


def named_in(st: State, head: Token) -> list[Party]:
    """The actor the noun phrase of ``head`` names, or the first one named inside it ("le
    premier président élu, Y" → Y)."""
    p = st.res.np_party(head)
    if is_named(p):
        return [p]
    i, j = st.res.chunk(head)
    tv, n = st.tv, len(st.doc)
    comma = next((k for k in range(j, min(n, j + 8)) if tv.text[k] in (",", ";", ".")), None)
    found = []
    if comma is not None and tv.text[comma] == "," and comma + 1 < n:
        # "le premier président démocratiquement élu, Y, ...": the apposition names it
        k = comma + 1
        while k < min(n, comma + 6) and tv.text[k][:1].isupper():
            k += 1
        if k > comma + 1:
            found = st.res.mentions_in(tv.idx[comma + 1], tv.end[k - 1])
    if not found:
        found = st.res.mentions_in(tv.idx[i], tv.end[(comma or j) - 1])
    if not found:
        return []
    start, end, aid = found[0]
    return [Party(st.res.actor_name(aid), aid, start, end, "actor")]
