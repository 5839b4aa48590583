"""Holders read from the clause around the cue when its own subject says nothing: the
antecedent of a relative "qui" (past an apposed title), the main subject of a present
participle that opens the sentence.

Why apart from :mod:`analysis.extract.stance.holders`: these rules read the linear shape of the
sentence (a comma, the phrase before ", qui", the first finite verb after a participle's
clause) where the parser's attachments are least reliable; the holder rules call them.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.cues import matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.agents import authority_state
from analysis.extract.stance.collective import is_named
from analysis.extract.stance.state import State

_VERBS = frozenset({"VERB", "AUX"})


def relative_subject(st: State, verb: Token) -> list[Party]:
    """ "X, ministre des Affaires étrangères, qui avait critiqué Y", "la décision a été prise
    par le gouvernement letton, qui a dénoncé Y": the subject "qui" of a relative stands for
    the noun phrase before it: a title apposed to a name is that name's (the parser hangs the
    relative on the title), and a relative the parser did not attach to its noun (read as
    an adverbial clause) takes the phrase right before ", qui" (or before a bracketed
    acronym's closing bracket: "l'Union des X (UX), qui"). Empty when that phrase names
    no actor (the resolver's reading stands)."""
    tv = st.tv
    qui = [tv.tokens[c] for c in tv.children[verb.i] if tv.dep[c] == "nsubj" and st.low[c] == "qui"]
    if not qui or st.res.in_quote(qui[0].idx):
        return []
    q = qui[0]
    acronym = None
    ante = verb.head if verb.dep_ in ("acl:relcl", "acl") else None
    if ante is None or not (q.i - 12 <= ante.i < q.i) or ante.pos_ not in ("NOUN", "PROPN"):
        k = q.i - 1
        if k > verb.sent.start and st.low[k] == ",":
            k -= 1
        if k > verb.sent.start and st.low[k] == ")":
            k -= 1  # "la Communauté des X (CX) qui a rejeté Y": the acronym in brackets
            acronym = st.doc[k]
        if k < verb.sent.start or st.tv.pos[k] not in ("NOUN", "PROPN", "ADJ"):
            return []
        ante = st.doc[k]
        while ante.pos_ == "ADJ" and ante.head.i < ante.i:
            ante = ante.head
    for _ in range(4):
        if ante.dep_ in ("appos", "flat:name") and ante.head.i < ante.i:
            ante = ante.head  # "X, ministre de ..., qui": X
        elif ante.dep_ == "nmod" and norm(ante.head.lemma_) in st.c.roles:
            ante = ante.head  # "le ministre des Affaires étrangères, qui": the minister
        else:
            break
    p = authority_state(st, st.res.np_party(ante))
    if not is_named(p) and acronym is not None:
        # the parser hangs the acronym on a word inside the long name ("des États")
        p = authority_state(st, st.res.np_party(acronym))
    return [p] if is_named(p) else []


def fronted_participle_holders(st: State, verb: Token) -> list[Party]:
    """ "Saluant l'accord, X a appelé à ...", "Tout en dénonçant Y, X a ...": a present
    participle that opens its sentence says what the subject of the main clause (after the
    participle's comma) does; the parser often hangs it anywhere."""
    tv = st.tv
    if "Part" not in tv.morph(verb.i, "VerbForm") or "Pres" not in tv.morph(verb.i, "Tense"):
        return []
    lo, hi = verb.sent.start, verb.sent.end
    if any(tv.pos[k] != "PRON" and st.low[k] not in _OPENERS for k in range(lo, verb.i)):
        return []
    comma = next((k for k in range(verb.i + 1, hi) if tv.text[k] == ","), None)
    if comma is None:
        return []
    main = next(
        (
            tv.tokens[k]
            for k in range(comma + 1, hi)
            if tv.pos[k] in _VERBS and "Fin" in tv.morph(k, "VerbForm")
        ),
        None,
    )
    if main is None:
        return []
    if tv.dep[main.i].startswith("aux") and main.head.i != main.i:
        main = main.head  # "X a appelé": the participle carries the subject
    return [p for p in st.res.subjects(main) if is_named(p) and not st.res.in_quote(p.start)]


# the words a fronted participle clause may open with ("Tout en saluant ...", "« Saluant")
_OPENERS = frozenset({"tout", "en", "«", '"', "“", "-", "—", "–"})


def participle_main_verb(st: State, verb: Token) -> Token | None:
    """The verb of the main clause a detached present participle belongs to: its first verb
    ancestor, else (the parser hung it on a noun of a quoted clause: "Il a indiqué que « ... »,
    espérant que ...") the first verb before it, outside quotations, with a subject of its
    own."""
    main = next((h for h in verb.ancestors if h.pos_ in _VERBS), None)
    if main is not None:
        return reporting_verb(st, main, verb) or main
    for k in range(verb.sent.start, verb.i):
        if st.tv.pos[k] not in _VERBS or st.res.in_quote(st.tv.idx[k]):
            continue
        if any(c.dep_ in ("nsubj", "nsubj:pass") for c in st.doc[k].children):
            return st.doc[k]
    return None


# the words that open a reported clause
_QUE = frozenset({"que", "qu'", "qu’"})


def reporting_verb(st: State, clause: Token, participle: Token) -> Token | None:
    """ "X affirme que Y demeure son premier souci, tout en exhortant Z à ...", "X a
    souligné que Y aiderait ..., appelant W à ...": a detached participle or gerund set after a
    reported "que" clause (after a comma) goes on with the report, whose subject is the one
    who speaks; the parser hangs it on the reported clause's verb. The speech verb that
    governs ``clause`` through "que", when the participle follows a comma after that clause;
    None otherwise."""
    tv = st.tv
    if tv.dep[clause.i] != "ccomp" or tv.head[clause.i] == clause.i:
        return None
    if not any(tv.dep[c] == "mark" and st.low[c] in _QUE for c in tv.children[clause.i]):
        return None
    gov = tv.tokens[tv.head[clause.i]]
    if gov.pos_ not in _VERBS or not matches(gov, st.c.speech, st.c) or gov.i > clause.i:
        return None
    k = participle.i - 1
    while k > clause.i and (tv.pos[k] in ("PRON", "ADV") or st.low[k] in ("en", "tout")):
        k -= 1
    return gov if k > clause.i and tv.text[k] == "," else None


def participle_subject(st: State, p: Party) -> bool:
    """A main-clause subject a detached participle takes: a name, or a pronoun resolved to an
    actor ("Il a indiqué ..., espérant que ..."), outside quotations."""
    if st.res.in_quote(p.start):
        return False
    return is_named(p) or (p.kind == "pronoun" and bool(p.actor_id))


# the heads of a bare phrase an apposition to the subject opens with ("Alliés de longue date")
_BARE_HEADS = ("NOUN", "PROPN", "ADJ")


def detached_subject(st: State, node: Token) -> list[Party] | None:
    """ "Alliés de longue date, X et Y ont condamné ...", "Partenaires historiques, les deux pays
    ont signé ...": a bare phrase (no determiner, no actor's name) opening the sentence and
    closed by a comma is an apposition to the subject that follows it, which the parser may
    take for the subject itself. The phrase right before the verb group, from just after the
    comma (never one opened by a preposition: "..., selon X, ..."), with its conjuncts; None
    when the sentence is not so built."""
    tv = st.tv
    subj = [c for c in tv.children[node.i] if tv.dep[c] == "nsubj"]
    if not subj or subj[0] != st.res.sent_start(node.i) or tv.pos[subj[0]] not in _BARE_HEADS:
        return None
    if any(tv.dep[c] == "det" for c in tv.children[subj[0]]):
        return None
    first = tv.tokens[subj[0]]
    if st.res.np_party(first).actor_id:
        return None
    start = st.res.verb_group_start(node)
    comma = next((k for k in range(first.i + 1, start) if st.low[k] == ","), None)
    head = st.res.np_before(start) if comma is not None else None
    if head is None or comma is None or head.i <= comma:
        return None
    while head.dep_ == "conj" and comma < head.head.i < head.i:
        head = head.head
    if st.res.chunk(head, appos=False)[0] != comma + 1:
        return None
    parties = list(st.res.np_parties(head))
    for ch in head.children:  # "X et Y" hung on the apposition: Y as well
        if ch.dep_ == "conj" and ch.i < start:
            parties += [p for p in st.res.np_parties(ch) if p not in parties]
    return parties or None
