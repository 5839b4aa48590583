"""The extraction steps, in order, and the checks that keep that order honest.

Each step declares the tables it reads and writes (:func:`analysis.document.context.pipeline_step`).
:class:`Pipeline` refuses a step placed before the step that makes its input, and a step that
returns other tables than it declared, with a message naming the table: a new step cannot
silently run on missing data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from analysis.document.context import Context, StepSpec, Tables
from analysis.errors import VisitReportError
from analysis.extract import actors, quotes, segments
from analysis.extract.context import events, places, themes, timeline
from analysis.extract.stance import run as stance  # the step, apart from the light modules


class PipelineError(VisitReportError):
    """A step is missing its input table, or returned tables it did not declare."""


class Pipeline:
    """An ordered list of steps whose declared inputs are made by earlier steps."""

    def __init__(self, steps: Sequence[StepSpec]) -> None:
        self.steps = list(steps)
        names = [s.name for s in self.steps]
        if len(set(names)) != len(names):
            raise PipelineError("two steps share a name", where=", ".join(names))
        self.check(self.steps, available=())

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    def select(self, names: Iterable[str] | None) -> list[StepSpec]:
        """The steps called ``names`` (all when None), in pipeline order."""
        if names is None:
            return list(self.steps)
        wanted = set(names)
        unknown = wanted - set(self.names)
        if unknown:
            raise PipelineError(
                f"unknown step {sorted(unknown)[0]!r}",
                fix=f"choose among {', '.join(self.names)}",
            )
        return [s for s in self.steps if s.name in wanted]

    @staticmethod
    def check(steps: Sequence[StepSpec], available: Iterable[str]) -> None:
        """Raise if a step needs a table that neither ``available`` nor an earlier step makes."""
        made = set(available)
        for spec in steps:
            missing = [t for t in spec.requires if t not in made]
            if missing:
                raise PipelineError(
                    f"step {spec.name!r} needs the table {missing[0]!r}, which no earlier "
                    "step makes",
                    fix=f"place {spec.name!r} after the step that assigns {missing[0]!r}",
                )
            made.update(spec.assigns)

    def run(self, ctx: Context, names: Iterable[str] | None = None) -> Tables:
        """Run the selected steps on ``ctx`` in order; return its tables."""
        selected = self.select(names)
        self.check(selected, available=ctx.tables)
        for spec in selected:
            out = spec(ctx)
            if set(out) != set(spec.assigns):
                raise PipelineError(
                    f"step {spec.name!r} returned {sorted(out)}, "
                    f"but declares {sorted(spec.assigns)}",
                    fix="make the step's assigns= list the tables it returns",
                )
            ctx.tables.update(out)
        return ctx.tables


PIPELINE = Pipeline(
    [
        actors.step,
        quotes.step,
        stance.step,
        timeline.step,
        places.step,
        themes.step,
        events.step,
        segments.step,
    ]
)
