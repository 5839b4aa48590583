"""Questions of rhetoric in a speaker's words: "« comment accepter que Y occupe … ? »",
"« comment peut-on tolérer que Y … ? »", "« jusqu'à quand allons-nous laisser Y … ? »",
"« qui peut admettre que Y … ? »" — a refusal asked as a question: the speaker is against Y.

Why: indignation is often put as a question; :func:`~.hedging.asked` rightly drops every
cue inside a question (a question states no act), so the refusal it carries was read by no
rule. The construction, whatever the words: a question (the clause ends with "?") opened by
an interrogative of indignation ("comment", "jusqu'à quand", "qui"), whose verb — or the
infinitive under "pouvoir / devoir / aller" — is a refusal verb (``refusal_verbs`` of
``stance_evaluative.yaml``: accepter, tolérer, admettre, laisser, permettre …), not negated,
with a third party as the agent of what would be let happen (the same reading as
"« nous ne tolérerons pas que Y … »", :func:`~.commitments.refused_agent`).

Precision first: a negated verb ("comment ne pas accepter que …?" approves), a "si"
hypothesis, no "?" at the end of the clause, or an agent that is the speaker's own side
gives nothing; so does a true question of manner without a refusal verb ("comment Y
compte-t-il financer …?").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import is_negated, matches
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.commitments import refused_agent, words
from analysis.extract.stance.hedging import asked, in_hypothesis
from analysis.extract.stance.overtures import own_side
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target

# the interrogatives of indignation, and the modals between them and the refusal verb
_OPENERS = frozenset({"comment", "quand", "qui"})
_MODALS = frozenset({"pouvoir", "devoir", "aller", "continuer", "falloir"})


def rhetoric(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Each refusal asked as a question in ``speaker``'s quote (see the module). Cheap test
    first: an interrogative word."""
    low = st.low
    for x in range(span.start, span.end):
        if low[x] not in _OPENERS:
            continue
        if low[x] == "quand" and not any(
            low[k].startswith("jusqu") for k in range(max(span.start, x - 2), x)
        ):
            continue  # "jusqu'à quand", not any "quand"
        verb = _refusal_after(st, x, min(span.end, x + 6))
        if verb is not None:
            _refused(st, speaker, verb, sent)


def _refusal_after(st: State, x: int, end: int) -> Token | None:
    """The refusal verb within the few words after the interrogative, with only modals,
    pronouns and adverbs between ("comment peut-on accepter", "jusqu'à quand allons-nous
    tolérer")."""
    refusal = words()[1]
    for k in range(x + 1, end):
        t = st.tv.tokens[k]
        if t.pos_ == "VERB" and matches(t, refusal, st.c):
            return t
        if t.pos_ in ("VERB", "AUX", "X") and t.lemma_ in _MODALS:
            continue
        if t.pos_ not in ("PRON", "ADV", "PUNCT"):
            return None
    return None


def _refused(st: State, speaker: Party, verb: Token, sent: Span) -> None:
    if is_negated(verb, st.c) or in_hypothesis(st, verb) or not asked(st, verb, sent):
        return
    agent = refused_agent(st, verb, speaker)
    if agent is None or agent.actor_id in own_side(st, speaker):
        return
    cue = f"{verb.lemma_} (question rhétorique)"
    st.add([speaker], party_target(st, agent), -1, cue, "quote-clause", verb, sent)
