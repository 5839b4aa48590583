"""What a step sees, and how a step says what it reads and writes.

In the spirit of spaCy's ``@Language.component(requires=..., assigns=...)``: every extraction
step is a plain function ``step(ctx) -> {table name: table}`` decorated with :func:`pipeline_step`,
which records the tables it reads (``requires``) and the tables it returns (``assigns``).
The pipeline (:mod:`analysis.pipeline.registry`) reads these declarations to order and check
the steps; the step itself stays a function a test can call with a hand-made
:class:`Context`.

Per-article state (the token view, memos shared by the quotes and stance rules) lives on the
Doc (:func:`analysis.document.tokens.doc_state`): it is created with the article, seen by
every step of that article and freed with it; no global or thread-local holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    from spacy.tokens import Doc

    from analysis.document.article import Article
    from analysis.document.frames import Rows

Tables = dict[str, "Rows | pd.DataFrame"]


@dataclass
class Context:
    """One article being analysed: its text, its Doc, the tables so far and the run's options."""

    article: Article
    doc: Doc
    tables: Tables = field(default_factory=dict)
    options: dict[str, object] = field(default_factory=dict)

    @property
    def state(self) -> dict[str, Any]:
        """The article's memos (see :func:`analysis.document.tokens.doc_state`)."""
        from analysis.document.tokens import doc_state

        return doc_state(self.doc)


StepFunc = Callable[[Context], Tables]


@dataclass(frozen=True)
class StepSpec:
    """A step and its contract: the tables it reads and the tables it writes."""

    name: str
    func: StepFunc
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, ctx: Context) -> Tables:
        return self.func(ctx)


def pipeline_step(
    name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...]
) -> Callable[[StepFunc], StepSpec]:
    """Declare a pipeline step, e.g. ``@pipeline_step("quotes", requires=("actors",),
    assigns=("quotes",))``.

    The decorated object is a :class:`StepSpec`; calling it runs the step."""

    def wrap(func: StepFunc) -> StepSpec:
        return StepSpec(name, func, tuple(requires), tuple(assigns))

    return wrap
