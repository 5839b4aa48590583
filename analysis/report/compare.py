"""Which multi-article reports a build runs, and the comparison task of ``build --compare``.

A notebook declares in its metadata what it reports on (:func:`analysis.report.notebooks.
notebook_spec`): one article (the default), a ``corpus``, or a ``comparison`` of the
articles given together. The build decides from what the user gave:

* one article: its own reports only — a corpus or comparison report about other articles is
  not what was asked (it still runs when its notebook is named with ``--notebooks`` or, for a
  corpus, when its corpus is given with ``-p corpus=...``);
* several articles: their reports, and the corpus reports as before;
* ``--compare``: their reports and ONE comparison report of all of them (the report groups
  them by event itself), in ``<out>/comparaison-<hash>/``, next to the articles' folders so
  its evidence links reach each article's own report.

``preview ARTICLE --compare OTHER...`` (:mod:`analysis.report.preview`) serves the same
comparison report beside the article's own reports: :func:`preview_comparison` and
:func:`comparison_tasks` say what it adds.

Why apart from :mod:`analysis.report.build`: the planning rules above are the whole of this
feature's build logic, and keeping them here keeps the orchestration short.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from analysis.report.notebooks import (
    COMPARISON,
    CORPUS,
    declared_parameters,
    input_parameter,
    needs,
)
from analysis.report.tasks import Task

# The comparison notebook's parameter for the folder of the articles' reports, relative to
# the comparison report (its evidence links point there).
REPORTS_PARAMETER = "reports"
REPORTS_RELATIVE = ".."
_GLOB_CHARS = set("*?[")


def expand_articles(specs: Sequence[str]) -> list[str]:
    """Folders and globs among ``specs`` replaced by their article files (``build DIR``).

    The corpus package (it imports pandas: ~1.3 s of CPU) is imported only for a folder or a
    glob: a single article's build starts its analysis that much sooner."""
    out: list[str] = []
    for spec in specs:
        if Path(spec).is_dir() or (_GLOB_CHARS & set(str(spec)) and not Path(spec).exists()):
            from analysis.corpus.files import iter_article_paths

            out.extend(str(p) for p in iter_article_paths([spec]))
        else:
            out.append(str(spec))
    return list(dict.fromkeys(out))


def select_notebooks(
    nbs: Sequence[Path],
    n_articles: int,
    *,
    compare: bool,
    named: bool,
    parameters: dict[str, object],
) -> list[Path]:
    """The notebooks this build runs (see the module docstring); ``named``: the user chose
    them with ``--notebooks``."""
    if named:
        return list(nbs)
    chosen = []
    for nb in nbs:
        kind = needs(nb)
        if kind == COMPARISON and not compare:
            continue
        if kind == CORPUS and (compare or n_articles < 2):
            if input_parameter(nb) not in parameters:
                continue
        chosen.append(nb)
    return chosen


def comparison_slug(slugs: Sequence[str]) -> str:
    """The comparison's folder name: stable for the same set of articles, in any order."""
    digest = hashlib.sha256("\n".join(sorted(slugs)).encode()).hexdigest()[:8]
    return f"comparaison-{digest}"


def comparison_title(articles: Sequence[object], named: int = 4) -> str:
    """What the comparison compares, for its header and the site index: "Comparaison de
    2 articles : Yabiladi, Africanews" (the outlets their files name, the first ``named``)
    rather than "Comparaison de 2 article(s)" under a heading that said "Couverture comparée"
    twice."""
    from analysis.report.french import plural

    head = f"Comparaison de {plural(len(articles), 'article')}"
    sources = list(
        dict.fromkeys(" ".join(str(getattr(a, "source", "") or "").split()) for a in articles)
    )
    if not sources or "" in sources:
        return head
    rest = len(sources) - named
    shown = ", ".join(sources[:named]) + (f" et {plural(rest, 'autre')}" if rest > 0 else "")
    return f"{head} : {shown}"


def comparison_task(
    nb: Path,
    loaded: Sequence[tuple[Path, object]],
    given: dict[str, object],
    formats: tuple[str, ...],
    out_root: Path,
) -> Task:
    """One task for the comparison notebook ``nb`` over every article of the build
    (``loaded``: (path, Article) pairs); the build sets its key."""
    paths = [str(p) for p, _ in loaded]
    slugs = [art.slug for _, art in loaded]
    declared = declared_parameters(nb)
    params = {input_parameter(nb): ";".join(paths), REPORTS_PARAMETER: REPORTS_RELATIVE, **given}
    params = {k: v for k, v in params.items() if k in declared}
    slug = comparison_slug(slugs)
    title = comparison_title([art for _, art in loaded])
    # its folder holds this report alone: the navigation bar lists no article report there
    meta = {"slug": slug, "title": title, "full_title": title, "articles": slugs}
    meta["siblings"] = [nb.stem]
    return Task(Path(paths[0]), slug, nb, params, formats, out_root / slug, meta)


def preview_comparison(
    article: Path, compare: Sequence[str], available: Sequence[Path]
) -> tuple[list[Path], list[Path]]:
    """For ``preview ARTICLE --compare OTHER...``: the compared articles (resolved, without
    ``article`` itself), and the notebooks run for the comparison among ``available``: the
    comparison notebooks and the one its evidence links open in each article (the briefing).
    Both empty without ``compare``."""
    from analysis.errors import ParameterError
    from analysis.pipeline.bundle import resolve_article
    from analysis.report.views.coverage import SENTENCE_PAGE

    if not compare:
        return [], []
    others = [p for p in dict.fromkeys(resolve_article(a) for a in compare) if p != article]
    if not others:
        raise ParameterError(
            "--compare names no article other than the previewed one",
            where="--compare",
            fix="give the other articles on the same event: --compare autre.md [encore.md ...]",
        )
    linked = [nb for nb in available if f"{nb.stem}.html" == SENTENCE_PAGE]
    comparisons = [nb for nb in available if needs(nb) == COMPARISON]
    if not comparisons:
        raise ParameterError(
            "no comparison notebook to run",
            where=str(Path(available[0]).parent) if available else "notebooks/",
            fix="restore the comparison notebook (metadata visit_report.needs: comparison)",
        )
    return others, [*linked, *comparisons]


def comparison_tasks(planned: Sequence[Task], own: Sequence[Task]) -> list[Task]:
    """The tasks of ``planned`` (the comparison notebooks over the article and the compared
    ones) that ``own`` (the article's own reports) does not already run. A compared article
    gets its briefing only, so its navigation bar lists that one."""
    have = {(t.article, t.notebook) for t in own}
    article = own[0].article if own else None
    extra = [t for t in planned if (t.article, t.notebook) not in have]
    for task in extra:
        if needs(task.notebook) != COMPARISON and task.article != article:
            task.meta["siblings"] = [task.name]
    return extra
