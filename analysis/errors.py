"""Errors that reach the user.

Every error says *what* went wrong, *where* (a file, a parameter, a notebook cell) and *how to
fix it*, so the CLI can print one paragraph instead of a traceback. Modelled on papermill's
``exceptions`` module: one small hierarchy, caught once at the top of the CLI.
"""

from __future__ import annotations


class VisitReportError(Exception):
    """Base class: a problem the user can act on."""

    def __init__(self, what: str, where: str | None = None, fix: str | None = None) -> None:
        self.what = what
        self.where = where
        self.fix = fix
        super().__init__(self.message)

    @property
    def message(self) -> str:
        parts = [self.what.rstrip(".") + "."]
        if self.where:
            parts.insert(0, f"{self.where}:")
        if self.fix:
            parts.append(self.fix.rstrip(".") + ".")
        return " ".join(parts)

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):
        # picklable with its parts (the build analyses in a child process and re-raises)
        return (self.__class__, (self.what, self.where, self.fix))


class ArticleError(VisitReportError):
    """The article file cannot be read or is not a French news article."""


class ParameterError(VisitReportError):
    """A notebook parameter is unknown or has the wrong type."""


class SetupError(VisitReportError):
    """Something the environment must provide is missing (model, TeX, pandoc, write access)."""


class BuildError(VisitReportError):
    """A notebook failed to execute or to render."""
