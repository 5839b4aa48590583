"""A motive given for an act is the actor's claim: "X a expulsé deux diplomates au motif que
leurs activités …", "X a fermé sa frontière sous prétexte que …".

Why: the "que" clause of a motive locution (``motive_frames`` in
data/lexicons/quotes_verbs.yaml) is no fact the journalist states: it is the reason the actor
gives (or is said to give) for what it did, a reported claim of the subject of the verb the
locution follows. No speech verb governs it, so the rules of :mod:`.reported` left it out. The
speaker is the named subject of the nearest verb before the locution that has one of its own
(an apposed participle, "les jugeant indésirables", shares the subject of the clause
before it and is passed over, and so is a participle qualifying a noun); a verb whose subject
names no one, or has none (an infinitive: "la décision de Y de sanctionner Z au motif que …"
is Y's motive, not that of the sentence's subject), gives no claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from analysis.extract.quotes.base import Attribution
from analysis.extract.quotes.marks import Mark
from analysis.extract.quotes.speakers import Party
from analysis.extract.quotes.words import MOTIVE_FRAMES

if TYPE_CHECKING:  # reported.py imports this module
    from analysis.extract.quotes.reported import ReportedSpeech

# the words a motive locution can start with: only their tokens are tried
_FIRST_WORDS = frozenset(frame[0] for frame in MOTIVE_FRAMES if frame)


def _frame_at(low: list[str], k: int, hi: int) -> int:
    """Number of tokens of the motive locution starting at token k (0 when none); the
    locution's last word is its "que"."""
    for frame in MOTIVE_FRAMES:
        n = len(frame)
        if k + n <= hi and all(
            low[k + x] == w or (w == "que" and low[k + x] in ("qu'", "qu’"))
            for x, w in enumerate(frame)
        ):
            return n
    return 0


def motive_claims(
    rs: ReportedSpeech, sent: Span, marks: list[Mark], out: list[tuple[int, int, Attribution]]
) -> None:
    """Claims of the sentence opened by a motive locution, with the subject of the verb
    before it as speaker (``rs`` is the :class:`~.reported.ReportedSpeech` at work)."""
    tv = rs.token_view
    for k in tv.with_low(_FIRST_WORDS, sent.start + 1, sent.end - 1):
        n = _frame_at(tv.low, k, sent.end)
        if not n or rs.res.in_quote(tv.idx[k]):
            continue
        party = _actor_before(rs, k, sent.start)
        if party is None:
            continue
        start = k + n
        end = rs.clause_end(tv.tokens[start], start, sent)
        att = Attribution(party, " ".join(tv.low[k : k + n - 1]), "que")
        rs.add_claim(out, marks, tv.idx[start], end, att)


def _actor_before(rs: ReportedSpeech, k: int, lo: int) -> Party | None:
    """The named subject of the nearest verb before token k (outside quotation marks), or
    None when that verb has no subject or one that names no one."""
    tv = rs.token_view
    for j in range(k - 1, lo - 1, -1):
        if tv.pos[j] not in ("VERB", "AUX"):
            continue
        if "Inf" in tv.morph(j, "VerbForm"):
            return None  # "la décision de Y de sanctionner Z au motif que …": Y's motive
        if tv.dep[j] in ("acl", "amod"):
            continue  # a participle qualifying a noun ("deux agents accusés de …")
        if rs.apposed_participle(j):
            continue  # "…, les jugeant indésirables, au motif que": the clause's subject
        if rs.res.in_quote(tv.idx[j]):
            continue
        if not rs.res.subject_tokens(tv.tokens[j]) and not rs.finite_group(j):
            return None
        parties = [p for p in rs.res.subjects(tv.tokens[j]) if p.identified]
        return parties[0] if parties else None
    return None
