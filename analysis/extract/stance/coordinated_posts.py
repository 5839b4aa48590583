"""A diplomatic act on several posts at once: "X a rappelé ses ambassadeurs au Y et auprès de
Z", "le rappel de ses ambassadeurs aux Y et en Z", "X a convoqué les ambassadeurs de Y et de
Z" — every post is a target of the act.

Why: the act rules (:mod:`.diplomatic_acts`) read the diplomat's post or state from the first
complement only, and the phrase read for it runs on over the coordination ("Y et en Z en
réaction à …"): the second post became neither a row nor a target of its own (it could only
be found by accident inside the first target's text). :func:`.extents.coordinated` does not
apply: the second member is introduced by a preposition of its own, often another one ("au
Y et auprès de Z").

The construction, whatever the words: right after the mention of a rupture row's actor
target, "et", "ainsi que" or a comma, then a preposition of the family of the one that
introduced the first target (a post: "à / au / aux / en / auprès de"; a state: "de / du / des
/ d'"), then a noun phrase naming another state or organisation of the actor table. Each
such member gives a row with the same holder, sign and cue; the first target's text is then
cut before the coordination. A member that names no actor (", et de ses activités") stops
the list.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from analysis.extract.stance.records import Row, Target
from analysis.extract.stance.state import State

# the prepositions that introduce a diplomat's post, and those that introduce their state
_POST = frozenset({"à", "au", "aux", "en", "auprès"})
_OF = frozenset({"de", "du", "des", "d'", "d’"})
# the words that join two members
_JOIN = frozenset({"et", ","})
# the kinds of actors a diplomat is posted to or sent by
_POSTS = frozenset({"state", "organisation"})


def coordinated_posts(st: State, sent: Span, r: Row) -> list[Row]:
    """The rows of the posts coordinated with the actor target of rupture row ``r`` (see
    the module); [] when it has none."""
    t = r.target
    if r.kind != "rupture" or not t.actor_id:
        return []
    spot = next(((s, e) for s, e, a in st.res.mentions_in(t.start, t.end) if a == t.actor_id), None)
    if spot is None:
        return []
    family = _family(st, _index(st, spot[0]) - 1, sent)
    if not family:
        return []
    out: list[Row] = []
    seen = {t.actor_id, r.holder.actor_id}
    k = _index(st, spot[1] - 1) + 1  # the token after the mention
    cut = None
    while True:
        hit = _member(st, k, family, sent)
        if hit is None:
            break
        p_start, p_end, aid, nxt = hit
        if aid in seen or st.res.actor_type(aid) not in _POSTS:
            break
        seen.add(aid)
        cut = cut if cut is not None else spot[1]
        text = st.article.text[p_start:p_end]
        target = Target(st.res.actor_name(aid), aid, text, p_start, p_end)
        out.append(Row(r.holder, target, r.polarity, r.cue, r.kind, r.cue_tok))
        k = nxt
    if cut is not None and t.end > cut:
        t.text, t.end = st.article.text[t.start : cut], cut
    return out


def _index(st: State, offset: int) -> int:
    """Index of the token starting at or covering ``offset``."""
    return max(0, bisect.bisect_right(st.tv.idx, offset) - 1)


def _family(st: State, k: int, sent: Span) -> frozenset[str]:
    """The preposition family of the word before the first target (past its determiners):
    the post prepositions, the "de" forms, or none."""
    while k > sent.start and st.tv.pos[k] == "DET" and st.low[k] not in _OF | _POST:
        k -= 1
    if k < sent.start:
        return frozenset()
    w = st.low[k]
    if w in _POST or (w in ("de", "du", "des") and st.low[k - 1] == "auprès"):
        return _POST
    return _OF if w in _OF else frozenset()


def _member(
    st: State, k: int, family: frozenset[str], sent: Span
) -> tuple[int, int, str, int] | None:
    """The member coordinated at token ``k``: "et / ainsi que / ," then a preposition of
    ``family`` and a noun phrase naming an actor — (start, end, actor id, next token), or
    None."""
    low = st.low
    if k >= sent.end or low[k] not in _JOIN and low[k] != "ainsi":
        return None
    m = k + 2 if low[k] == "ainsi" and k + 1 < sent.end and low[k + 1] == "que" else k + 1
    if low[k] == "ainsi" and m == k + 1:
        return None
    if m >= sent.end or low[m] not in family:
        return None
    m += 1
    if low[m - 1] == "auprès":
        if m >= sent.end or low[m] not in ("de", "du", "des", "d'", "d’"):
            return None
        m += 1
    rng = st.res.np_after(m, sent.end)
    if not rng:
        return None
    stop = next(
        (x for x in range(rng[0] + 1, rng[1]) if low[x] in _JOIN or low[x] in ("ou", "ainsi")),
        rng[1],
    )
    stop = next(
        (x for x in range(rng[0] + 1, stop) if st.tv.pos[x] == "ADP" and low[x] not in _OF),
        stop,
    )
    p = st.res.party(rng[0], stop)
    if not p.identified or not p.actor_id:
        return None
    return p.start, p.end, p.actor_id, stop
