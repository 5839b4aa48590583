"""Idioms of going too far in a speaker's words: "« Y a franchi la ligne rouge »", "« Y joue
avec le feu »", "« Y jette de l'huile sur le feu »", "« Y va trop loin »", "« Y fait fausse
route »" — the speaker is against Y.

Why: warnings and blame are often worded as a set phrase with no polar word (no "condamner",
no evaluative adjective), so no other rule reads them. The construction, whatever the idiom
(list ``transgressions`` in ``stance_cues.yaml``: a verb stem and the words that follow it):
its subject, the noun phrase before the verb group, a named actor (or "vous", the one
addressed), is blamed. The clause is read on the words (:func:`.loyalty.clause_frame`): the
tagger splits these idioms oddly.

Precision first: a negation ("Y n'a pas franchi la ligne rouge"), a hypothesis ("si Y
franchit la ligne rouge, …": a warning whose target has done nothing yet), a question, a
first-person subject ("nous sommes allés trop loin": self-criticism) give nothing.
"""

from __future__ import annotations

from spacy.tokens import Span

from analysis.extract.cues import load_lexicon
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.loyalty import clause_frame, follows
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived

_NEGATORS = frozenset({"pas", "plus", "jamais", "guère", "point"})


@derived
def idioms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(stem, words after) of the ``transgressions`` list."""
    items = load_lexicon("stance_cues").get("transgressions") or []
    return tuple((stem, tuple(words.split())) for stem, words in items)


@derived
def idiom_stems() -> tuple[str, ...]:
    """The verb stems of :func:`idioms` (``str.startswith`` tests them all at once)."""
    return tuple(stem for stem, _words in idioms())


def transgressions(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Each idiom of going too far in ``speaker``'s quote (see the module). Cheap test
    first: a verb stem of the list."""
    low, items = st.low, idioms()
    stems = idiom_stems()
    for x in range(max(span.start, 1), span.end):
        if not low[x].startswith(stems):
            continue  # no idiom's verb: most words of the quote
        for stem, words in items:
            if not low[x].startswith(stem) or follows(st, x + 1, words, span.end) is None:
                continue
            tok = st.tv.tokens[x]
            if in_hypothesis(st, tok) or asked(st, tok, sent) or low[x + 1] in _NEGATORS:
                break
            f = clause_frame(st, x, span)
            if f.negated or f.first_subject or f.subject is None:
                break
            p = st.res.np_party(f.subject)
            if is_named(p) and p.actor_id:
                cue = f"{low[x]} {' '.join(words)}"
                st.add([speaker], party_target(st, p), -1, cue, "appreciation", tok, sent)
            break
