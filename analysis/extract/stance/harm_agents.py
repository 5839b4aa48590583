"""The agent of a harm in a speaker's words: "X a déclaré que ces territoires sont « occupés
par Y »", "« notre ambassade a été attaquée par Y »", "la région est « menacée par Y »",
whatever the harm (``harm_verbs`` and, session 16, ``aggression_verbs`` of
``stance_evaluative.yaml``): the speaker is against Y.

Why: the quotation rules read a harming *subject* ("Y risque de vider les hôpitaux",
:func:`.quoted._harm_subject`); the passive, the commonest way a victim's side words what was
done to it, names the doer in a "par" agent and gave no row. The construction, whatever the
verb: a past participle of the lists inside the speaker's quotation or reported clause, with
an "obl:agent" child "par Y" whose phrase names an identified actor that is not the
speaker's own side.

Precision first: a negated participle or auxiliary ("n'a jamais été occupé par Y"), a
hypothesis ("si la région était attaquée par Y"), a question, and an agent that is no actor
("menacé par le terrorisme") give nothing.
"""

from __future__ import annotations

from spacy.tokens import Span

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.overtures import own_side
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived


@derived
def harm_lemmas() -> frozenset[str]:
    """The one-word ``harm_verbs`` and the ``aggression_verbs`` (lemmas)."""
    d = load_lexicon("stance_evaluative")
    words = list(d.get("harm_verbs") or []) + list(d.get("aggression_verbs") or [])
    return frozenset(norm(w) for w in words if " " not in w)


def harm_agents(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Each harming participle of ``speaker``'s words with a "par" agent (see the module).
    Cheap test first: a verb with an agent child."""
    tv = st.tv
    lemmas = harm_lemmas()
    own = own_side(st, speaker)
    for x in range(span.start, span.end):
        if tv.pos[x] != "VERB" or "Part" not in tv.morph(x, "VerbForm"):
            continue
        agents = [c for c in tv.children[x] if tv.dep[c] == "obl:agent"]
        if not agents or norm(tv.lemma[x]) not in lemmas:
            continue
        verb = tv.tokens[x]
        if negated(st, verb) or in_hypothesis(st, verb) or asked(st, verb, sent):
            continue
        i, j = st.res.chunk(tv.tokens[agents[0]], pps=False, appos=False)
        while i < j and st.low[i] in ("par", "des", "du"):
            i += 1
        party = st.res.party(i, j)
        if not (party.identified and party.actor_id) or party.actor_id in own:
            continue
        cue = f"{norm(verb.lemma_)} par (propos)"
        st.add([speaker], party_target(st, party), -1, cue, "quote-clause", verb, sent)
