"""What a notebook's first cell calls: the analysis of its ``article`` parameter, with mistakes
in the parameters explained in one line instead of a traceback.

A reader who types ``article = "visite-valdr"`` in JupyterLab should read "Article
introuvable … Vouliez-vous dire … ?" with the valid choices, not twelve lines of stack.
IPython shows an exception's ``_render_traceback_()`` instead of its traceback; papermill and
the CLI keep seeing an :class:`~analysis.errors.ArticleError` whose message says what, where
and how to fix.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from analysis.errors import ArticleError, ParameterError
from analysis.pipeline import Analysis, bundle
from analysis.resources.paths import ARTICLES_DIR


class _OneLine:
    """Mixin: IPython shows the message alone (French, then the English detail)."""

    french = ""

    def _render_traceback_(self) -> list[str]:
        return [f"{self.french}", f"({self})"]


class ArticleNotFound(_OneLine, ArticleError):
    """The ``article`` parameter names no file."""


class BadParameter(_OneLine, ParameterError):
    """A parameter of the notebook has a value the report cannot use."""


def article_choices(directory: Path = ARTICLES_DIR) -> list[str]:
    """The articles one may name by file name alone (``data/articles/``)."""
    if not directory.is_dir():
        return []
    return sorted(p.name for p in directory.iterdir() if p.is_file() and not p.name.startswith("."))


def suggestion(value: str, choices: list[str]) -> str | None:
    """The closest choice to ``value`` (difflib), compared on file names without suffix."""
    stems = {Path(c).stem.lower(): c for c in choices}
    close = difflib.get_close_matches(Path(value).stem.lower(), list(stems), n=1, cutoff=0.5)
    return stems[close[0]] if close else None


def load(article: str, model: str, publication: str | None = None) -> Analysis:
    """``bundle.load(article, ...)``, raising :class:`ArticleNotFound` (with "did you mean")
    when ``article`` names no file, and :class:`BadParameter` for a malformed date."""
    try:
        path = bundle.resolve_article(article)
    except ArticleError:
        raise _not_found(str(article)) from None
    if publication and not _looks_like_date(publication):
        err = BadParameter(
            f"publication {publication!r} is not a date",
            where="parameter publication",
            fix="write it AAAA, AAAA-MM or AAAA-MM-JJ, e.g. 2022-03-15",
        )
        err.french = (
            f"Date de publication « {publication} » illisible : écrivez-la AAAA, AAAA-MM ou "
            "AAAA-MM-JJ (par exemple 2022-03-15)."
        )
        raise err
    return bundle.load(path, model=model, publication=publication or None)


def _looks_like_date(text: str) -> bool:
    parts = str(text).strip().split("-")
    return 1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4


def _not_found(article: str) -> ArticleNotFound:
    choices = article_choices()
    close = suggestion(article, choices)
    hint = f" Vouliez-vous dire « {close} » ?" if close else ""
    listed = ", ".join(choices[:8]) + (" …" if len(choices) > 8 else "")
    err = ArticleNotFound(
        "the article file does not exist",
        where=f"parameter article = {article!r}",
        fix=(f"did you mean {close!r}? " if close else "")
        + f"give a path, or the name of a file in {ARTICLES_DIR}",
    )
    err.french = (
        f"Article introuvable : « {article} ».{hint} "
        f"Donnez un chemin ou le nom d'un fichier de data/articles/ ({listed})."
    )
    return err


__all__ = ["ArticleNotFound", "BadParameter", "article_choices", "load", "suggestion"]
