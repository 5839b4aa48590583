"""Whether a verb in a speaker's words has the speaker's own side as its subject (session 18).

Why: the first-person rules of :mod:`.commitments` (standing by Y, working with Y, refusing
to let Y act, harming Y on purpose, sharing Y's views) read a commitment only when the
subject is "nous", "je" or "notre pays". Officials, and the press reporting them, just as
often name their own state ("« la Suède restera aux côtés de Y »", "X a assuré que la
Suède ne laisserait pas Y …"), use the possessive of reported speech ("X a affirmé que son
pays travaillait avec Y") or a pronoun for the speaker ("X a assuré qu'il ne laisserait pas
Y …"). These are the same commitments, and no other rule reads them: the gate is widened
for the whole class, whatever the verb.

The speaker's side is the state he speaks for (:func:`.overtures.own_side`, less the speaker
himself: named as the subject of his own words, he is the subject resolver's guess for an
infinitive whose doer is someone else).
In reported speech only: "son / sa" + a state noun ("son pays", "sa nation"), and a third
person pronoun that the subject resolver ties to the speaker's side. A named subject of
another state, an unresolved pronoun, or a "son pays" inside a direct quote (someone else's
country there) keeps the gate shut.
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.overtures import own_side
from analysis.extract.stance.state import State

# the nouns a reported speaker's possessive turns into his own state ("son pays")
_STATE_NOUNS = frozenset({"pays", "gouvernement", "nation", "état", "royaume", "république"})
_HIS = frozenset({"son", "sa"})
_THIRD = frozenset({"il", "elle", "ils", "elles"})
# the other subject pronouns: none stands for the speaker's side ("on", "cela", "qui")
_OTHER = frozenset({"on", "ce", "c'", "cela", "ça", "ceci", "qui", "celui-ci", "celle-ci"})


def first_person(st: State, verb: Token) -> bool:
    """The verb's subject is "nous", "je", "notre pays", "notre objectif"…"""
    subj = st.res.subject_tokens(verb)
    if not subj:
        return False
    i, _j = st.res.chunk(subj[0], pps=False, appos=False)
    first = min(i, subj[0].i)
    return st.low[first] in st.words.first_person or st.low[subj[0].i] in st.words.first_person


def own_subject(st: State, verb: Token, speaker: Party, reported: bool) -> bool:
    """The verb's subject is the speaker's side: first person; the speaker or his state
    named; in reported speech "son pays" or a pronoun resolved to that side."""
    if first_person(st, verb):
        return True
    subj = st.res.subject_tokens(verb)
    if len(subj) != 1:
        return False
    s = subj[0]
    low = st.low
    if low[s.i] in _OTHER or (low[s.i] in _THIRD and not reported):
        return False  # (a word, not the tag: the tagger reads some state names as pronouns)
    if reported and low[s.i] in _STATE_NOUNS:
        i, _j = st.res.chunk(s, pps=False, appos=False)
        if low[min(i, s.i)] in _HIS:
            return True
    # his state, not the speaker himself: a speaker named as the subject of his own words is
    # the resolver climbing from an infinitive to the speech verb ("X a accusé Y de « brader
    # … »": Y does it, not X)
    own = own_side(st, speaker) - {speaker.actor_id}
    if not own:
        return False
    parties = st.res.subjects(verb)
    return len(parties) == 1 and is_named(parties[0]) and parties[0].actor_id in own
