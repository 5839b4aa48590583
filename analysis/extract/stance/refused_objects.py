"""A first-person refusal of a thing in someone's words: "« je ne veux pas d'affrontement »",
"« nous n'autoriserons jamais l'ouverture d'un camp étranger ici »", "« nous ne tolérerons
jamais la présence de troupes étrangères »" (session 20, stq2).

Why: officials state what they oppose by refusing it, not by judging it, so no evaluative
word is there for :mod:`.quote_clauses`; and :mod:`.commitments` reads the refusal verbs only
when a third party is the agent of what would be let happen ("ne laisserons pas Y …"). Here
the object of a negated ``refused_object_verbs`` verb (``stance_evaluative.yaml``: "vouloir"
and the refusal verbs) whose subject is the speaker's side is what the speaker is against.

Sign safety first: only under a plain negation ("pas", "jamais", "plus", "point", "ni"),
never "ne … que" nor "pas seulement" ("nous ne voulons que la paix" wants it); never under a
"si" hypothesis or in a question; the object must be a noun phrase after the verb (an
infinitive or a "que" clause gives nothing: "ne voulons pas que Y …" says nothing of the
sign of its parts), name an issue or an actor, not be qualified by a relative clause ("« nous
ne voulons plus d'une relation où … »" refuses a kind of relation, not the relation), and not
be a dative ("permettre à Y": the third-party rule of :mod:`.commitments`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import is_negated, load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis
from analysis.extract.stance.own_subject import own_subject
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import target_range
from analysis.resources.datacache import derived

# the negation words that make the refusal plain (not "ne … que", "pas seulement")
_PLAIN = frozenset({"pas", "jamais", "plus", "point", "ni", "guère", "aucunement", "nullement"})
# the words after the negation that make it a restriction, not a refusal
_ONLY = frozenset({"seulement", "uniquement", "simplement", "que", "qu'", "qu’", "juste"})
# the relative pronouns that make the object a kind of thing ("une relation où …")
_RELATIVES = frozenset({"où", "qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle",
                        "lesquels", "lesquelles", "auquel", "auxquels"})  # fmt: skip
# the words skipped between the verb and its object ("pas de guerre", "jamais d'ingérence")
_SKIP = frozenset({"pas", "jamais", "plus", "point", "guère", "ni", "de", "d'", "d’", "non"})


@derived
def refused_object_verbs() -> frozenset[str]:
    """``refused_object_verbs`` of ``stance_evaluative.yaml`` (lemmas)."""
    words = load_lexicon("stance_evaluative").get("refused_object_verbs") or []
    return frozenset(norm(w) for w in words)


def refused_object(
    st: State, speaker: Party, verb: Token, sent: Span, reported: bool = False
) -> None:
    """ "« je ne veux pas d'affrontement »": the speaker is against the object (see the
    module)."""
    if norm(verb.lemma_) not in refused_object_verbs() or not is_negated(verb, st.c):
        return
    if in_hypothesis(st, verb) or asked(st, verb, sent):
        return
    start = _object_start(st, verb, sent)
    if start is None:
        return
    if not own_subject(st, verb, speaker, reported) and not _he(st, verb, speaker, reported):
        return
    target = _object(st, start, sent)
    if target is not None:
        cue = f"ne pas {norm(verb.lemma_)}"
        st.add([speaker], target, -1, cue, "quote-clause", verb, sent)


def _he(st: State, verb: Token, speaker: Party, reported: bool) -> bool:
    """In reported speech, an explicit "il" / "elle" subject the resolver ties to the
    speaker himself ("X a promis qu'elle n'autoriserait jamais …"): the gate of
    :func:`.own_subject.own_subject` leaves the speaker out (its worry is an infinitive with
    no subject of its own, not a pronoun written there)."""
    subj = st.res.subject_tokens(verb)
    if not reported or len(subj) != 1 or st.low[subj[0].i] not in ("il", "elle"):
        return False
    parties = st.res.subjects(verb)
    return len(parties) == 1 and parties[0].actor_id == speaker.actor_id is not None


def _object_start(st: State, verb: Token, sent: Span) -> int | None:
    """The first token of the noun phrase after the negated verb, past the negation and a
    partitive "de"; None when the negation is no plain one or no noun phrase follows."""
    low, pos = st.low, st.tv.pos
    k, plain = verb.i + 1, False
    while k < sent.end and (low[k] in _SKIP or pos[k] == "ADV"):
        if low[k] in _ONLY:
            return None
        plain = plain or low[k] in _PLAIN
        k += 1
    if not plain or k >= sent.end or low[k] in _ONLY:
        return None
    if pos[k] not in ("DET", "NOUN", "PROPN", "ADJ", "NUM"):
        return None  # an infinitive, a clause, a dative "à Y", a pronoun
    return k


def _object(st: State, start: int, sent: Span) -> Target | None:
    """The actor or issue named by the noun phrase at ``start`` (cut before a comma or a
    "ni"), or None."""
    rng = st.res.np_after(start, sent.end)
    if not rng or rng[0] != start:
        return None
    end = next(
        (m for m in range(rng[0] + 1, rng[1]) if st.tv.punct[m] or st.low[m] == "ni"), rng[1]
    )
    head = next((k for k in range(rng[0], end) if st.tv.pos[k] in ("NOUN", "PROPN")), None)
    if head is None or _kind_of(st, rng[0], end, sent):
        return None
    target = target_range(st, rng[0], end, st.tv.tokens[head])
    return target if target.actor_id is not None or st.is_issue(target) else None


def _kind_of(st: State, i: int, j: int, sent: Span) -> bool:
    """A relative clause qualifies the object ("« nous ne voulons plus d'une relation où Y
    … »"): what is refused is that kind of relation, not the relation, so no row (its head
    alone as the target would read as a stance against the relation itself)."""
    k = j
    while k < sent.end and st.low[k] in ("dans", "par", "avec", "sur", "pour", ","):
        k += 1
    return any(st.low[m] in _RELATIVES for m in range(i + 1, min(k + 1, sent.end)))
