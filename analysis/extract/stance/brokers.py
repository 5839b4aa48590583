"""Brokers and hosts of a process, stated in the narration (``stance_acts.yaml``,
``brokers``, session 15).

"Grâce à la médiation de X, les otages ont été libérés", "l'accord a été conclu sous l'égide
de X", "les pourparlers se sont tenus sous les auspices de X", "par l'entremise de X": X is
for what the clause says came about (its subject: "les otages … libérés", "l'accord"). "X
accueille / abrite / héberge les négociations entre Y et Z", "X a organisé des pourparlers
entre Y et Z": the host is for the talks; "X a accueilli des réunions impliquant Y": for Y,
whom the meetings bring in.

Why: no polar word says the mediator's or the host's stance; French press states it through
these locutions of agency ("grâce à", "sous l'égide de") and the verbs of hosting a meeting.
The clause's subject is the target only when it names no one "contre" whom the process is
(a mediated sanction is no support of its object); negated or supposed clauses give no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, load_lexicon, matches, norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import in_hypothesis, negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State, heads_above
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_OBJECTS = frozenset({"obj", "obl:arg"})


@derived
def _words() -> dict[str, frozenset[str]]:
    """The ``brokers`` lists of ``stance_acts.yaml`` as sets."""
    d = load_lexicon("stance_acts").get("brokers") or {}
    keys = ("nouns", "before", "host_verbs", "meetings", "bringing", "declining", "parties")
    return {k: frozenset(norm(w) for w in d.get(k) or []) for k in keys}


def _broker_nouns(c: Cues) -> frozenset[str]:
    return _words()["nouns"]


def _host_verbs(c: Cues) -> frozenset[str]:
    return _words()["host_verbs"]


def _introduced(st: State, i: int, sent: Span) -> bool:
    """The broker noun at ``i`` follows one of the locutions of agency: "grâce à la", "sous
    l'", "sous les", "par l'", "avec la" (a determiner, then a preposition or "grâce à")."""
    k = i - 1
    if k > sent.start and st.tv.pos[k] == "DET":
        k -= 1
    if k < sent.start:
        return False
    before = _words()["before"]
    if st.low[k] in before:
        return True
    return k - 1 >= sent.start and f"{st.low[k - 1]} {st.low[k]}" in before


def _broker(st: State, t: Token, sent: Span) -> Party | None:
    """The named party of "la médiation de X" after the broker noun ``t``."""
    k = t.i + 1
    while k < sent.end and st.tv.pos[k] == "ADJ":
        k += 1
    if k >= sent.end or st.low[k] not in DE:
        return None
    rng = st.res.np_after(k + 1, sent.end)
    p = st.res.party(*rng) if rng else None
    return p if p is not None and p.identified and is_named(p) else None


def _outcome(st: State, verb: Token, broker: Token | None = None) -> Target | None:
    """What the clause of ``verb`` says came about: its subject's phrase ("les otages ont
    été libérés", "l'accord a été conclu"), with the verb; None when that phrase is "contre"
    someone, or when the clause has no subject noun."""
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.pos_ == "NOUN"), None)
    if subj is None:
        return None
    left = min(x.i for x in subj.subtree)
    right = max(x.i for x in subj.subtree)
    if "contre" in st.low[left : right + 1]:
        return None
    start, end = st.tv.idx[left], st.tv.end[max(right, verb.i)]
    if _parties(st, subj, start, st.tv.end[right]):
        # session 16: "les chefs de la diplomatie de Y et Z ont conclu un accord sous l'égide
        # de X": the parties are no outcome; their act's object is, else the whole clause
        obj = next((c for c in verb.children if c.dep_ in _OBJECTS and c.pos_ == "NOUN"), None)
        sub = [x.i for x in obj.subtree] if obj is not None else []
        if obj is not None and (broker is None or broker.i not in sub):  # not "les auspices"
            b = st.tv.end[max(sub)]  # the text keeps the parties: "les Y ont signé un Z"
            name = st.article.text[st.tv.idx[obj.i] : st.tv.end[obj.i]]
            return Target(name, None, st.article.text[start:b], start, b)
        return Target(st.article.text[start:end], None, st.article.text[start:end], start, end)
    text = st.article.text[start:end]
    return Target(st.article.text[st.tv.idx[subj.i] : st.tv.end[subj.i]], None, text, start, end)


def _parties(st: State, subj: Token, start: int, end: int) -> bool:
    """The subject names the parties who act, not what came about: an actor named in it or
    a role or people noun at its head ("les chefs de la diplomatie de Y", "les délégués")."""
    head = {st.low[subj.i], norm(subj.lemma_)}
    w = st.words
    titles = w.official_titles | w.spokesperson_titles
    return bool(st.res.mentions_in(start, end)) or bool(
        head & (_words()["parties"] | st.c.roles | titles)
    )


@detector(pos={"NOUN"}, words=_broker_nouns, match="form")
def mediation(st: State, t: Token, sent: Span) -> None:
    """ "grâce à la médiation de X, …", "sous l'égide de X, …": X for the outcome of the
    clause."""
    if not _introduced(st, t.i, sent):
        return
    broker = _broker(st, t, sent)
    if broker is None:
        return
    verb = next((h for h in heads_above(t, 3) if h.pos_ == "VERB"), None)
    if verb is None or negated(st, verb) or in_hypothesis(st, verb):
        return
    target = _outcome(st, verb, t)
    if target is None or any(
        p.actor_id == broker.actor_id for p in holders_of(st, verb) if p.actor_id
    ):
        return  # "X a conclu l'accord grâce à l'appui de X": no broker apart
    st.add([broker], target, 1, f"{norm(t.text)} de", "interaction", t, sent)


def _meeting(st: State, verb: Token) -> Token | None:
    """The meeting noun that is the object of the hosting verb."""
    w = _words()
    for c in verb.children:
        if c.dep_ in _OBJECTS and c.pos_ == "NOUN":
            forms = {st.low[c.i], norm(c.lemma_)}
            return c if forms & w["meetings"] else None
    return None


def _after_meeting(st: State, m: Token, sent: Span) -> tuple[str, int] | None:
    """What follows the meeting noun: ("entre", index) or ("bringing", index of the word
    after "impliquant" / "réunissant" / "avec")."""
    k = m.i + 1
    while k < sent.end and k < m.i + 4 and st.tv.pos[k] == "ADJ":
        k += 1
    if k >= sent.end:
        return None
    if st.low[k] == "entre":
        return "entre", k
    if st.low[k] in _words()["bringing"]:
        return "bringing", k
    return None


def _modified(verb: Token) -> bool:
    """ "accueillir avec inquiétude / froidement …": a manner that judges what is hosted
    (read by other rules), not a welcome."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.text.lower().endswith("ment"):
            return True
        if c.dep_.startswith("obl") and any(
            x.dep_ == "case" and x.text.lower() == "avec" for x in c.children
        ):
            return True
    return False


def _brought(st: State, k: int, sent: Span) -> list[Party]:
    """The named parties the meeting brings in, after the word at ``k`` ("réunissant Y et
    Z"): the phrase's first party, and the others its coordination names."""
    rng = st.res.np_after(k + 1, sent.end)
    first = st.res.party(*rng) if rng else None
    if first is None or not first.identified or not is_named(first):
        return []
    out, seen = [first], {first.actor_id}
    end = k + 1
    while end < sent.end and end < k + 14 and st.low[end] not in (",", ";", ".", ":"):
        if st.tv.pos[end] in ("VERB", "AUX"):
            break
        end += 1
    if "et" in st.low[k + 1 : end]:
        for _s, _e, aid in st.res.mentions_in(st.tv.idx[k + 1], st.tv.end[end - 1]):
            if aid not in seen:
                seen.add(aid)
                out.append(Party(st.res.actor_name(aid), aid, _s, _e, "actor"))
    return out


@detector(pos={"VERB"}, words=_host_verbs)
def hosted_talks(st: State, t: Token, sent: Span) -> None:
    """ "X accueille les négociations entre Y et Z": X for the talks; "X a accueilli des
    réunions impliquant Y": X for Y."""
    if not matches(t, _words()["host_verbs"], st.c) or st.res.is_passive(t):
        return
    if negated(st, t) or in_hypothesis(st, t) or _modified(t):
        return
    if any(matches(h, _words()["declining"], st.c) for h in heads_above(t, 2)):
        return  # "X a refusé d'accueillir les pourparlers"
    m = _meeting(st, t)
    after = _after_meeting(st, m, sent) if m is not None else None
    if m is None or after is None:
        return
    hosts = [h for h in holders_of(st, t) if is_named(h)]
    if not hosts:
        return
    how, k = after
    if how == "bringing":
        for guest in _brought(st, k, sent):
            st.add(hosts, party_target(st, guest), 1, norm(t.lemma_), "host", t, sent)
        return
    end = k + 1
    while end < sent.end and end < k + 12 and st.low[end] not in (",", ";", ".", ":"):
        end += 1
    start, stop = st.tv.idx[m.i], st.tv.end[end - 1]
    name = st.article.text[st.tv.idx[m.i] : st.tv.end[m.i]]
    target = Target(name, None, st.article.text[start:stop], start, stop)
    st.add(hosts, target, 1, norm(t.lemma_), "host", t, sent)
