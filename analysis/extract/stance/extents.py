"""How far a stance's target reaches: past its head to the actors coordinated with it, to the
adversary a support is given against, and from a bare adjective to the phrase it qualifies.

Why: the rules read one head word as a stance's target, while French often names several
targets in one phrase or a second, opposite one right after the first:

* "X soutient le Maroc et la Tunisie", "X a condamné l'Iran et la Russie": every actor
  coordinated with the target's head is a target of the same stance;
* "X se tient aux côtés de Y face au terrorisme", "X soutient Y contre Z", "son soutien à Y
  dans sa lutte contre Z": a support given against something opposes it;
* "X a convoqué l'ambassadeur iranien": a target read off a nationality adjective is the
  state, but its text is the phrase the adjective qualifies ("l'ambassadeur iranien"), not
  the adjective alone;
* "X a rappelé son ambassadeur à Madrid", "X a dénoncé Moscou": a target that is only a
  capital's name the actors step did not tie to an actor stands for its state;
* "X a remercié Y pour son soutien": the thanked party supports the one who thanks it (and
  that one's state, when an official thanks).

These run on the rows of one sentence, after the token rules (:mod:`finder`).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.coordinated_posts import coordinated_posts
from analysis.extract.stance.holders import state_of
from analysis.extract.stance.interaction_words import interactions
from analysis.extract.stance.records import Row, Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import label, prep_np, target_np
from analysis.extract.stance.voices import speaks_for_state
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import capital_index, countries, norm_key

# the kinds of rows whose target a coordination or an adversary extends: stances stated by
# a cue word (not quotations, whose targets are every name they mention)
_EXTENDED_KINDS = frozenset(
    {"verb", "noun", "readiness", "appreciation", "demand", "relation", "neutral"}
)

# the kinds of rows whose actor target (a partner) a coordination extends, and nothing else:
# "X a rompu ses relations avec Y et Z", "X a suspendu sa coopération avec Y et Z" (the act
# bears on each partner; an adversary or a thanked support is no reading of an act)
_PARTNER_KINDS = frozenset({"rupture", "agreement"})

# the words that join coordinated targets (a conjunct with another coordinator, "ou", "ni",
# "mais", is no second target of the same stance)
_AND = frozenset({"et", ",", "ainsi"})

# "face à / contre Y" after a support: Y is what the support is given against
_ADVERSARY_PREPS = ("face à", "contre")

# words that open another clause between a target and a later "contre" ("X soutient Y, qui
# lutte contre Z": Z is Y's adversary, not X's)
_CLAUSE_OPENERS = frozenset({"qui", "que", "qu'", "dont", "où", "lequel", "laquelle"})


def extended(st: State, sent: Span, rows: list[Row]) -> list[Row]:
    """The rows of the sentence with their targets widened (adjectives) and the rows their
    coordinated and adversary targets add."""
    out = []
    for r in rows:
        _adjective_phrase(st, r.target)
        _capital_state(st, r)
        out.append(r)
        out += coordinated_posts(st, sent, r)  # "rappeler ses ambassadeurs au Y et en Z"
        if r.kind in _PARTNER_KINDS:
            partners = coordinated(st, sent, r)  # "rompre ses relations avec Y et Z"
            out += partners + _mutual(st, rows, r, partners)
        if r.kind not in _EXTENDED_KINDS:
            continue
        out += coordinated(st, sent, r)
        foes = adversaries(st, sent, r)
        if foes and _measure(r.target):
            out = [x for x in out if x is not r]  # "plaider pour des sanctions contre Y"
        out += foes
        out += thanked_support(st, sent, r)
    return out


def _mutual(st: State, rows: list[Row], r: Row, partners: list[Row]) -> list[Row]:
    """ "X a signé un traité avec Y et Z": when the act gave Y a row toward X (an agreement
    is mutual, :func:`.acts._with_partners`), each coordinated partner Z gets its own row
    toward X as well; a rupture stays the subject's alone."""
    h, t = r.holder, r.target
    if not any(
        x.holder.actor_id == t.actor_id and x.target.actor_id == h.actor_id and x.cue == r.cue
        for x in rows
    ):
        return []
    back = Target(h.name or "", h.actor_id, st.article.text[h.start : h.end], h.start, h.end)
    return [
        Row(
            Party(p.target.name, p.target.actor_id, p.target.start, p.target.end, "actor"),
            back,
            r.polarity,
            r.cue,
            r.kind,
            r.cue_tok,
        )
        for p in partners
    ]


def _token_index(st: State, offset: int) -> int:
    """Index of the token starting at or covering ``offset``."""
    return max(0, bisect.bisect_right(st.tv.idx, offset) - 1)


def _mention_root(st: State, start: int, end: int) -> int:
    """The token of the mention [start, end) whose head lies outside it (its syntactic root)."""
    tv = st.tv
    k = _token_index(st, start)
    first = k
    while k + 1 < len(tv.idx) and tv.idx[k + 1] < end:
        k += 1
    for i in range(first, k + 1):
        if not first <= tv.head[i] <= k:
            return i
    return first


def coordinated(st: State, sent: Span, r: Row) -> list[Row]:
    """ "X soutient le Maroc et la Tunisie": a row for every actor coordinated (by "et" or a
    comma) with the head of an actor target, with the same holder, sign and cue; never the
    holder itself."""
    t = r.target
    if not t.actor_id:
        return []
    spot = next(((s, e) for s, e, a in st.res.mentions_in(t.start, t.end) if a == t.actor_id), None)
    if spot is None:
        return []
    tv = st.tv
    out = []
    seen = {t.actor_id, r.holder.actor_id}
    for k in _conjuncts(st, sent, _mention_root(st, *spot)):
        p = st.res.np_party(tv.tokens[k])
        if not p.identified or not p.actor_id or p.actor_id in seen:
            continue
        if st.res.in_quote(p.start) != st.res.in_quote(t.start):
            continue
        seen.add(p.actor_id)
        text = st.article.text[p.start : p.end]
        target = Target(st.res.actor_name(p.actor_id), p.actor_id, text, p.start, p.end)
        out.append(Row(r.holder, target, r.polarity, r.cue, r.kind, r.cue_tok))
    return out


def _conjuncts(st: State, sent: Span, root: int) -> list[int]:
    """The heads of the noun phrases coordinated right after the phrase of ``root`` ("le
    Maroc, la Tunisie et l'Égypte"), read linearly: a comma or "et" ("ainsi que"), then a
    noun phrase whose head the parse calls a conjunct of ``root`` or of the word ``root``
    depends on (the parser often hangs "et la Tunisie" on the verb). "ou", "ni", "mais" or
    any other word between them stops the list."""
    tv, low = st.tv, st.low
    out: list[int] = []
    j = st.res.chunk(tv.tokens[root], pps=False, appos=False)[1]
    repeated = _repeated_preposition(st, root)
    while j < sent.end:
        m, joined = j, False
        while m < sent.end and (
            low[m] in _AND or low[m] == "que" or tv.pos[m] == "DET" or joined and low[m] in repeated
        ):
            joined = joined or low[m] in _AND
            m += 1
        k = m
        while k < sent.end and k < m + 3 and tv.pos[k] in ("ADJ", "NUM"):
            k += 1
        if not joined or k >= sent.end or tv.pos[k] not in ("PROPN", "NOUN"):
            break
        if low[k] in st.c.relation_support or low[k] in st.c.relation_oppose:
            # "X, rival de Y et allié de Z": a second relation, read with its own sign by
            # :func:`.attitudes.relation`; Z is no second member of the rivalry
            break
        if not _conjunct_of(st, k, {root, *out}) and not _sibling(st, k, root):
            break
        if not _joined_by_and(st, k):
            break
        j = max(k + 1, st.res.chunk(tv.tokens[k], pps=False, appos=False)[1])
        if _subject_of_next_clause(st, j, sent):
            break
        out.append(k)
    return out


def _subject_of_next_clause(st: State, j: int, sent: Span) -> bool:
    """The phrase ending at ``j`` is followed by a finite verb (past its clitics, "ne" and
    adverbs): "X a signé un accord avec Y et Z a protesté" joins two clauses, and Z is the
    second one's subject, no second member of the first one's phrase."""
    tv = st.tv
    while j < sent.end and (tv.pos[j] in ("ADV", "PRON") or st.low[j] in ("ne", "n'", "n’")):
        if st.low[j] in _CLAUSE_OPENERS:
            return False  # "Y et Z, qui ...": a relative clause on the member
        j += 1
    return j < sent.end and tv.pos[j] in ("VERB", "AUX") and "Fin" in tv.morph(j, "VerbForm")


# the forms of a preposition a coordination repeats before each member ("son soutien à Y et
# à Z", "protester contre Y et contre Z", "aux côtés de Y et du Z")
_PREPOSITION_FORMS = {
    "à": ("à", "au", "aux"),
    "au": ("à", "au", "aux"),
    "aux": ("à", "au", "aux"),
    "de": ("de", "d'", "d’", "du", "des"),
    "d'": ("de", "d'", "d’", "du", "des"),
    "d’": ("de", "d'", "d’", "du", "des"),
    "du": ("de", "d'", "d’", "du", "des"),
    "des": ("de", "d'", "d’", "du", "des"),
}
_REPEATABLE = frozenset({"contre", "avec", "envers", "pour", "vers", "auprès", "face"})


def _repeated_preposition(st: State, root: int) -> tuple[str, ...]:
    """The forms of the preposition that opens the phrase of ``root`` (its "case" word),
    which a coordination may repeat after its "et" or comma ("son soutien à Y et à Z")."""
    for c in st.tv.children[root]:
        if st.tv.dep[c] == "case" and c < root:
            w = st.low[c]
            return _PREPOSITION_FORMS.get(w, (w,) if w in _REPEATABLE else ())
    return ()


def _conjunct_of(st: State, k: int, anchors: set[int]) -> bool:
    """Token ``k`` is a conjunct of one of ``anchors`` (the target's head and the conjuncts
    found before it), directly or through other conjuncts ("X, Y et Z")."""
    tv = st.tv
    for _ in range(6):
        if tv.dep[k] != "conj":
            return False
        k = tv.head[k]
        if k in anchors:
            return True
    return False


def _sibling(st: State, k: int, root: int) -> bool:
    """Token ``k`` hangs on the word ``root`` depends on, as its conjunct or with the same
    function ("soutient le Maroc, la Tunisie": two objects of one verb)."""
    tv = st.tv
    if tv.head[k] != tv.head[root] or tv.head[root] == root:
        return False
    return tv.dep[k] in ("conj", tv.dep[root]) or _opens_closed_list(st, k)


def _opens_closed_list(st: State, k: int) -> bool:
    """ "X a dénoncé la Biélorussie, la Russie et l'Iran": the middle member of a list, which
    the parser hangs on the verb with another function (an oblique), is a member all the
    same when it is a proper name whose own conjunct closes the list with "et" right after
    its phrase."""
    tv = st.tv
    if tv.pos[k] != "PROPN":
        return False
    end = st.res.chunk(tv.tokens[k], pps=False, appos=False)[1]
    return (
        any(
            tv.dep[c] == "conj" and c > k and _joined_by_and(st, c) and st.low[end] == "et"
            for c in tv.children[k]
        )
        if end < len(st.low)
        else False
    )


def _joined_by_and(st: State, k: int) -> bool:
    """The conjunct at ``k`` is joined by "et", "ainsi que" or a comma, not by "ou", "ni" or
    "mais"."""
    cc = [c for c in st.tv.children[k] if st.tv.dep[c] == "cc"]
    return all(st.low[c] in _AND for c in cc)


def adversaries(st: State, sent: Span, r: Row) -> list[Row]:
    """ "X se tient aux côtés de Y face au terrorisme", "X soutient Y contre Z": a support
    given "face à"/"contre" something opposes it (-1), held by the supporter. Only after a
    support (+1): "X condamne l'attaque contre Y" says nothing of Y."""
    if r.polarity <= 0:
        return []
    t = r.target
    after = _token_index(st, t.start) + 1
    hit = prep_np(st, after, _ADVERSARY_PREPS, sent, window=8)
    if hit is None:
        return []
    if any(st.low[k] in _CLAUSE_OPENERS for k in range(after, hit[0])):
        return []
    if _relieved(st, t.start, hit[0]):
        return []  # "saluer la levée des sanctions contre Y": for Y, if anything
    foe = target_np(st, hit[1])
    if foe.actor_id is None and not st.is_issue(foe):
        return []
    if foe.actor_id and foe.actor_id in (r.holder.actor_id, t.actor_id):
        return []
    if st.res.in_quote(foe.start) != st.res.in_quote(r.cue_tok.idx) and not _quoted_with(
        st, t, foe.start
    ):
        return []
    prep = st.tv.idx[hit[0]]
    if t.start < prep < t.end:
        # "la Tunisie face au terrorisme" read as one phrase (an issue, or an actor's phrase
        # run on over "face"): the supported part alone
        cut = st.article.text[t.start : prep]
        r.target = Target(t.name, t.actor_id, cut.rstrip(), t.start, t.start + len(cut.rstrip()))
    return [Row(r.holder, foe, -1, r.cue, r.kind, r.cue_tok)]


def _relieved(st: State, start: int, prep: int) -> bool:
    """A noun of ending or relief ("la levée / la fin / l'allègement des sanctions contre Y")
    stands between the supported thing's start and the "contre": the measure against Y is
    what ends, and welcoming that is no stance against Y."""
    words = st.c.cessation_nouns | _RELIEF_WORDS
    verbs = st.c.cessation_verbs | _RELIEF_WORDS
    return any(
        st.low[k] in words or norm(st.tv.lemma[k]) in verbs
        for k in range(_token_index(st, start), prep)
    )  # "prêt à lever / alléger ses sanctions contre Y" too


# relief words besides the ``cessation`` ones ("l'allègement des sanctions", "assouplir")
_RELIEF_WORDS = frozenset(
    {"allègement", "assouplissement", "allégement", "dégel", "sortie", "alléger", "assouplir"}
)


def _measure(t: Target) -> bool:
    """The supported thing is a hostile measure ("des sanctions économiques contre Y", "un
    embargo contre Y": its first word): supporting it is a stance against Y alone — its +1
    on the measure reads, against Y's name in the same phrase, as the opposite sign."""
    words = [w for w in norm(t.text).replace("'", " ").split() if len(w) > 3]
    return bool(words) and words[0] in interactions().hostile_nouns


def _quoted_with(st: State, t: Target, offset: int) -> bool:
    """The supported thing and its adversary are one quoted phrase ("a plaidé pour des
    « sanctions contre Y »"): the quote is the words of the phrase, not another voice."""
    between = st.article.nlp_text[t.start : offset]
    return st.res.in_quote(t.start) and not any(q in between for q in ('"', "»", "”"))


def _adjective_phrase(st: State, t: Target) -> None:
    """ "l'ambassadeur iranien": a target read off a lower-case adjective (its state) keeps
    the phrase the adjective qualifies as its text (the noun and its adjectives)."""
    if t.end - t.start > 40:
        return
    k = _token_index(st, t.start)
    tv = st.tv
    if tv.idx[k] != t.start or tv.end[k] != t.end or tv.pos[k] != "ADJ":
        return
    if not tv.text[k][:1].islower():
        return
    noun = tv.head[k]
    if tv.pos[noun] not in ("NOUN", "PROPN") or noun == k:
        return
    i, j = st.res.chunk(tv.tokens[noun], pps=False, appos=False)
    if not i <= k < j:
        return
    # the phrase opens at its last determiner before the noun ("déclarer persona non grata
    # l'ambassadrice mexicaine": not "grata")
    i = max((d for d in range(i, noun) if tv.pos[d] == "DET"), default=i)
    t.start, t.end = tv.idx[i], tv.end[j - 1]
    t.text = st.article.text[t.start : t.end]
    if not t.name:
        t.name = label(st, t.text)


def _capital_state(st: State, r: Row) -> None:
    """A target whose whole text is a capital's name, with no actor ("son ambassadeur à
    Madrid"), is that capital's state: its actor when the article names the state, else the
    country's name. Never the holder's own state or the state of a holder's own official (a
    president speaking of his capital is no stance toward his state)."""
    t = r.target
    if t.actor_id is not None or not t.text[:1].isupper():
        return
    iso = capital_index().get(norm_key(t.text))
    if iso is None:
        return
    aid = st.states.get(iso)
    if aid is not None:
        if aid in (r.holder.actor_id, state_of(st, r.holder.actor_id, st.states)):
            return
        r.target = Target(st.res.actor_name(aid), aid, t.text, t.start, t.end)
        return
    country = countries().get(iso)
    name = getattr(country, "name", None)
    if name and name != r.holder.name:
        r.target = Target(name, None, t.text, t.start, t.end)


@derived
def thanking_verbs() -> frozenset[str]:
    """``thanking_verbs`` of data/lexicons/stance_targets.yaml, normalised."""
    return frozenset(norm(w) for w in load_lexicon("stance_targets").get("thanking_verbs") or ())


def thanked_support(st: State, sent: Span, r: Row) -> list[Row]:
    """ "X a remercié Y pour son soutien", "X remercie Y de son aide précieuse": Y, thanked
    for its own support (a possessive on a support noun of the lexicon, with no target of its
    own: "pour son soutien à la candidature de Z" is Y's support of Z, read by the noun rule),
    supports X (+1); when X is an official who speaks for a state, that state too."""
    t, h = r.target, r.holder
    if r.kind != "verb" or norm(r.cue) not in thanking_verbs() or not t.actor_id:
        return []
    if not h.actor_id or h.actor_id == t.actor_id:
        return []
    noun = _support_noun_after(st, sent, _token_index(st, t.end - 1) + 1)
    if noun is None:
        return []
    giver = Party(t.name, t.actor_id, t.start, t.end, "actor")
    text = st.article.text[h.start : h.end]
    cue, tok = st.low[noun], st.tv.tokens[noun]
    out = [
        Row(giver, Target(h.name or text, h.actor_id, text, h.start, h.end), 1, cue, "noun", tok)
    ]
    state = state_of(st, h.actor_id, st.states)
    if (
        state
        and state not in (h.actor_id, t.actor_id)
        and st.res.actor_type(h.actor_id) == "person"
        and speaks_for_state(st, h.actor_id)
    ):
        target = Target(st.res.actor_name(state), state, text, h.start, h.end)
        out.append(Row(giver, target, 1, cue, "derived", tok))
    return out


def _support_noun_after(st: State, sent: Span, k: int) -> int | None:
    """Index of the support noun of "pour / de + possessive (+ adjectives) + noun" opening at
    ``k``, when nothing after it names a target of its own ("à", "envers", "en faveur de")."""
    tv, low = st.tv, st.low
    if k + 2 >= sent.end or low[k] not in ("pour", "de", "d'"):
        return None
    if tv.pos[k + 1] != "DET" or "Yes" not in tv.morph(k + 1, "Poss"):
        return None
    n = k + 2
    while n < sent.end and tv.pos[n] == "ADJ":
        n += 1
    if n >= sent.end or tv.pos[n] != "NOUN":
        return None
    entry = st.c.stance_nouns.get(tv.lemma_low[n]) or st.c.stance_nouns.get(low[n])
    if entry is None or entry[0] <= 0:
        return None
    m = n + 1
    while m < sent.end and tv.pos[m] == "ADJ":
        m += 1
    if m < sent.end and low[m] in ("à", "au", "aux", "envers", "en", "pour"):
        return None
    return n
