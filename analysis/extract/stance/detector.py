"""How a token rule declares its entry test.

Each token rule is decorated with :func:`detector`, which says which parts of speech it reads
and which words open it::

    @detector(pos={"VERB"}, words=lambda c: c.demand_verbs)
    def demand(st, t, sent): ...

The finder (:mod:`analysis.extract.stance.finder`) reads these declarations to decide which
rules to call on a token (a rule is called only on the tokens its entry test accepts), so the
entry test is written once, beside the rule, and a word added to a lexicon is seen by both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues

if TYPE_CHECKING:
    from analysis.extract.stance.state import State

RuleFunc = Callable[["State", Token, Span], None]
# how a token names one of the words: "keys" — one of its candidate infinitives and
# locutions (:func:`analysis.extract.cues.lemma_keys`: for verbs and participles); "form" —
# its text or its lemma; "text" — its text only
Match = Literal["keys", "form", "text"]


@dataclass(frozen=True)
class Detector:
    """A token rule and its entry test: the parts of speech it reads (None: any) and the
    lexicon one of whose words the token must be (None: no word test)."""

    name: str
    run: RuleFunc
    pos: frozenset[str] | None
    words: Callable[[Cues], frozenset[str]] | None
    match: Match

    def __call__(self, st: State, t: Token, sent: Span) -> None:
        self.run(st, t, sent)


def detector(
    *,
    pos: set[str] | frozenset[str] | None,
    words: Callable[[Cues], frozenset[str]] | None = None,
    match: Match = "keys",
) -> Callable[[RuleFunc], Detector]:
    """Declare a token rule's entry test (see the module docstring)."""

    def wrap(func: RuleFunc) -> Detector:
        return Detector(func.__name__, func, frozenset(pos) if pos else None, words, match)

    return wrap
