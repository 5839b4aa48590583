"""``visit-report``: a thin command line over the library (build, analyze, evaluate).

Every :class:`~analysis.errors.VisitReportError` becomes one paragraph on stderr and exit code
2; a notebook that fails gives exit code 1 with the notebook, the cell and the error; an
interrupted build exits 130 after cleaning up its temporary files.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from analysis.errors import VisitReportError

NO_WAIT_HELP = (
    "when another run is writing into the same output folder, stop with an error instead of "
    "waiting for it to end"
)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="visit-report",
        description="Rapports d'analyse (acteurs, positions, contexte) d'articles de presse.",
    )
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="execute the notebooks and render HTML/PDF reports")
    b.add_argument(
        "articles",
        nargs="*",
        help="article files (.txt, .md), saved web pages (.html) or http(s) URLs "
        "(default: the bundled article); a page's text is saved as <out>/<slug>/<slug>.md",
    )
    b.add_argument("--notebooks", help="comma-separated notebook names (default: all)")
    b.add_argument("-p", "--parameter", action="append", default=[], metavar="KEY=VALUE")
    b.add_argument("--formats", default="html,pdf", help="html, pdf or html,pdf")
    b.add_argument("--jobs", type=int, default=None, help="parallel notebooks (default: cores)")
    b.add_argument("--out", default=None, help="reports directory (default: reports/)")
    b.add_argument("--date", default=None, help="publication date YYYY[-MM[-DD]] if not in file")
    b.add_argument("--force", action="store_true", help="re-run even if nothing changed")
    b.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for a URL")
    b.add_argument("--quiet", action="store_true", help="no progress bars")
    b.add_argument("--verbose", action="store_true", help="also show the kernels' own log lines")
    b.add_argument("--no-wait", action="store_true", help=NO_WAIT_HELP)
    b.add_argument(
        "--compare",
        action="store_true",
        help="also build one comparison report of the articles (how each outlet told the "
        "event; articles on different events are grouped), in <out>/comparaison-<hash>/",
    )

    a = sub.add_parser(
        "analyze",
        help="write the analysis tables (one article or a whole corpus) as CSV or Parquet",
        description="Analyse articles and write one file per table into --out, every row "
        "tagged with its article_id. Bad articles of a corpus are reported and skipped.",
    )
    a.add_argument(
        "articles",
        nargs="+",
        help="article files, directories or globs ('a/*.txt'), saved web pages (.html) or "
        "http(s) URLs",
    )
    a.add_argument("--out", required=True, help="output directory")
    a.add_argument(
        "--save-text",
        metavar="PATH",
        default=None,
        help="where to save the text extracted from a web page or URL, as Markdown with front "
        "matter (a .md file, or a directory for several pages; default: <out>/<slug>.md); "
        "every offset in the tables indexes that file",
    )
    a.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for a URL")
    a.add_argument("--model", default="fr_core_news_md")
    a.add_argument("--date", default=None, help="publication date YYYY[-MM[-DD]] if not in file")
    a.add_argument(
        "--format",
        default="auto",
        choices=("auto", "csv", "parquet"),
        help="table files (auto: Parquet above 50 articles, else CSV)",
    )
    a.add_argument("--jobs", type=int, default=None, help="worker processes (default: cores)")
    a.add_argument(
        "--scheduler",
        nargs="?",
        const="local",
        default=None,
        metavar="ADDRESS",
        help="run on Dask: the scheduler ADDRESS (tcp://host:8786), or a LocalCluster of "
        "--jobs workers when given without an address",
    )
    a.add_argument("--batch-size", type=int, default=None, help="articles per task")
    a.add_argument("--quiet", action="store_true", help="no progress bar")
    a.add_argument("--no-wait", action="store_true", help=NO_WAIT_HELP)
    a.add_argument(
        "--compare",
        action="store_true",
        help="also write the coverage_* tables: the articles grouped by event and each "
        "group's accounts compared (facts, conflicts, voices, stances, framing)",
    )

    e = sub.add_parser("evaluate", help="score the analysis against the gold annotations")
    e.add_argument("gold", nargs="*", help="gold YAML files (default: data/annotations/*.yaml)")
    e.add_argument("--model", default="fr_core_news_md")
    e.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    e.add_argument(
        "--real-texts",
        metavar="DIR",
        default=None,
        help="folder of the real-press texts (<stem>.md) that data/annotations/real/ annotates "
        "(default: $VISIT_REPORT_REAL_TEXTS); the texts are not in the repository",
    )
    e.add_argument(
        "--losses",
        action="store_true",
        help="also print, for each half of the real-press set, where its stances and quotes "
        "are lost (class counts only: the held-out half is never shown article by article)",
    )
    r = sub.add_parser(
        "render",
        help="render notebooks executed with papermill or Jupyter as offline HTML/PDF reports",
    )
    r.add_argument("notebooks", nargs="+", help="executed notebooks (.ipynb)")
    r.add_argument("--formats", default="html,pdf", help="html, pdf or html,pdf")
    r.add_argument("--out", default=None, help="folder of the reports (default: beside each)")

    v = sub.add_parser(
        "preview",
        help="serve an article's reports on 127.0.0.1 and rebuild them when a file is saved",
        description="Build the article's HTML reports into reports/.preview/ (or --out), serve "
        "them locally and rebuild, with the model and kernels kept warm, only the reports whose "
        "inputs changed when the article, a notebook, data/ or the library is saved; the open "
        "page reloads itself. Ctrl-C stops it.",
    )
    v.add_argument("article", nargs="?", default=None, help="article file (default: bundled)")
    v.add_argument("--notebooks", help="comma-separated notebook names (default: all)")
    v.add_argument("-p", "--parameter", action="append", default=[], metavar="KEY=VALUE")
    v.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (0: any free)")
    v.add_argument("--out", default=None, help="reports directory (default: reports/.preview)")
    v.add_argument(
        "--compare",
        nargs="+",
        action="extend",
        default=[],
        metavar="ARTICLE2",
        help="other articles on the same event: also serve the comparison report of the "
        "article and these (as build --compare), refreshed when any of them is saved",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except VisitReportError as exc:
        print(f"visit-report: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as exc:
        from analysis.report.processes import exit_code

        print(
            "visit-report: interrupted; nothing half-written was kept and previous reports "
            "are untouched.",
            file=sys.stderr,
        )
        return exit_code(exc)


def _render(args: argparse.Namespace) -> int:
    from analysis.report.standalone import render_notebooks

    formats = [f.strip().lower() for f in args.formats.split(",") if f.strip()]
    for path in render_notebooks(args.notebooks, formats, args.out):
        print(f"report: {path}")
    return 0


def _preview(args: argparse.Namespace) -> int:
    from analysis.report.build import parse_assignments
    from analysis.report.preview import Preview
    from analysis.resources.paths import DEFAULT_ARTICLE

    preview = Preview(
        args.article or str(DEFAULT_ARTICLE),
        notebooks=args.notebooks.split(",") if args.notebooks else None,
        parameters=dict(parse_assignments(args.parameter)),
        out=args.out,
        echo=lambda line: print(line, flush=True),
        compare=args.compare,
    )
    try:
        preview.serve(args.port)
    except KeyboardInterrupt:
        print("preview stopped", flush=True)
    return 0


def _build(args: argparse.Namespace) -> int:
    from analysis.report.build import build, parse_assignments

    params: dict[str, object] = dict(parse_assignments(args.parameter))
    if args.date:
        params["publication"] = args.date
    result = build(
        args.articles,
        notebooks=args.notebooks.split(",") if args.notebooks else None,
        parameters=params,
        formats=args.formats.split(","),
        jobs=args.jobs,
        out=args.out,
        force=args.force,
        progress=not args.quiet,
        timeout=args.timeout,
        wait=not args.no_wait,
        verbose=args.verbose,
        compare=args.compare,
    )
    skipped = sum(o.skipped for o in result.outcomes)
    print(
        f"built {len(result.outcomes) - skipped} notebook(s), {skipped} up to date, "
        f"in {result.seconds:.1f} s"
    )
    for slug_dir in sorted({o.task.out_dir for o in result.outcomes}):
        print(f"reports: {slug_dir / 'index.html'}")
    failed = [o for o in result.outcomes if not o.ok]
    for o in failed:
        print(f"visit-report: notebook {o.task.name} failed: {o.message}", file=sys.stderr)
    return 1 if failed else 0


def _echo_err(line: str) -> None:
    print(line, file=sys.stderr)


def _analyze(args: argparse.Namespace) -> int:
    """``analyze`` holding the lock of its output folder: a second run into the same folder
    waits (or, with ``--no-wait``, stops), so two runs never mix or delete each other's
    tables."""
    from analysis.report.outputs import output_lock
    from analysis.report.processes import terminate_as_interrupt

    with terminate_as_interrupt(), output_lock(args.out, wait=not args.no_wait, echo=_echo_err):
        return _analyze_locked(args)


def _analyze_locked(args: argparse.Namespace) -> int:
    from analysis.corpus import analyze_corpus, iter_article_paths
    from analysis.document.article import load_article
    from analysis.document.ingest import is_web_input, save_inputs

    n_web = sum(is_web_input(a) for a in args.articles)

    def place(page) -> Path:
        target = Path(args.save_text or args.out)
        single = args.save_text and n_web == 1 and not target.is_dir()
        if single and not args.save_text.endswith(("/", "\\")):
            return target
        return target / f"{page.slug}.md"

    specs, pages = save_inputs(args.articles, place, timeout=args.timeout)
    for page in pages:
        print(f"article text of {page.origin} saved to {page.saved}")
    paths = iter_article_paths(specs)
    if len(paths) == 1:  # one article: fail fast with its own error, as before
        for warning in load_article(paths[0], publication=args.date).warnings:
            print(f"warning: {warning}", file=sys.stderr)

    def on_error(row: dict[str, object]) -> None:
        print(f"warning: skipped {row['path']}: {row['reason']}", file=sys.stderr)

    summary = analyze_corpus(
        paths,
        args.out,
        model=args.model,
        fmt=args.format,
        jobs=args.jobs,
        scheduler=args.scheduler,
        batch_size=args.batch_size,
        publication=args.date,
        progress=not args.quiet and sys.stderr.isatty(),
        on_error=None if len(paths) == 1 else on_error,
    )
    if len(paths) == 1 and summary.errors:
        row = summary.errors[0]
        print(f"visit-report: error: {row['path']}: {row['reason']}", file=sys.stderr)
        return 2
    print(
        f"{summary.articles} article(s) analysed, {summary.failed} skipped, "
        f"{summary.words} words in {summary.seconds:.1f} s "
        f"({summary.articles_per_second:.1f} articles/s, {summary.executor}, "
        f"{summary.workers} worker(s))"
    )
    tables = ", ".join(f"{name} ({rows})" for name, rows in summary.tables.items())
    print(f"{len(summary.files)} {summary.format} tables in {args.out}: {tables}")
    if args.compare and summary.articles:
        _write_coverage(args.out, summary.format)
    return 0 if summary.articles else 2


def _write_coverage(out: str, fmt: str) -> None:
    """The coverage_* tables of ``analyze --compare``, from the corpus tables just written."""
    from analysis.corpus import coverage

    cov = coverage.from_output(out)
    coverage.write(cov, out, fmt)
    groups = cov.groups.groupby("event_group")["article_id"].nunique()
    sizes = ", ".join(f"{g}: {n} article(s)" for g, n in groups.items())
    tables = ", ".join(f"{name} ({len(df)})" for name, df in cov.tables.items())
    print(f"{len(groups)} event group(s) ({sizes}); {len(cov.tables)} coverage tables: {tables}")


def _evaluate(args: argparse.Namespace) -> int:
    from analysis.evaluation import evaluate, gold_files
    from analysis.evaluation.sets import means, summary_lines, with_quote_speaker

    files = [Path(g) for g in args.gold] or gold_files()
    if not args.gold:
        _evaluate_real(args)
    missed = 0
    project: list[tuple[str, dict[str, float]]] = []
    for gold in files:
        scores = evaluate(gold, model=args.model)
        project.append((gold.stem, with_quote_speaker({s.metric: s.value for s in scores})))
        print(f"\n== {gold.stem}")
        print(f"{'area':<8} {'metric':<18} {'value':>7}  target")
        for s in scores:
            flag = "" if s.ok else "  << MISSED"
            print(f"{s.area:<8} {s.metric:<18} {s.value:>7.3f}  {s.target}{flag}")
            missed += not s.ok
    print(f"\n== Project articles: means over {len(files)} (written for the project, tuned on)")
    print("\n".join(summary_lines({"project": means(project)})))
    print(f"\n{missed} target(s) missed over {len(files)} project article(s)")
    return 1 if (missed and args.strict) else 0


def _evaluate_real(args: argparse.Namespace) -> None:
    """The honest figure first: means over the real-press set, by half (dev, held-out)."""
    from analysis.evaluation.sets import analysed_set, real_set, score_analysis

    gset = real_set(args.real_texts)
    n_gold = len(gset.gold_files())
    analysed = list(analysed_set(gset, model=args.model)) if gset.texts_dir else []
    print(f"== Real press: {len(analysed)} of {n_gold} gold articles scored", end="")
    if not analysed:
        print(
            f" (texts not found: give --real-texts DIR or set VISIT_REPORT_REAL_TEXTS to the "
            f"folder of <stem>.md files; each gold file in {gset.gold_dir} names its URL)"
        )
        return
    print(f" (texts: {gset.texts_dir})")
    _warn_mismatched(gset)
    rows = [(stem, score_analysis(an, gold)) for stem, gold, an in analysed]
    _print_halves(gset, rows)
    if getattr(args, "losses", False):
        _print_losses(gset, analysed)


def _warn_mismatched(gset) -> None:
    from analysis.evaluation.sets import mismatched_texts

    for stem, problems in mismatched_texts(gset).items():
        print(
            f"   warning: {stem}.md is not the text its gold was written on ({len(problems)} "
            f"gold quote(s) or evidence(s) missing, first: {problems[0]}); copy the page named "
            "by the gold file's url again (docs/quality.md, 'The texts')"
        )


def _print_halves(gset, rows: list[tuple[str, dict]]) -> None:
    from analysis.evaluation.sets import means, splits, summary_lines

    half_of = splits(gset)
    halves = {"all": rows}
    for half in ("dev", "held-out"):
        halves[half] = [r for r in rows if half_of.get(r[0]) == half]
    print("\n".join(summary_lines({k: means(v) for k, v in halves.items() if v})))


def _print_losses(gset, analysed: list) -> None:
    """Class counts of lost stances and quotes, one table per half (never per article)."""
    from collections import Counter

    from analysis.evaluation.losses import by, loss_lines, quote_losses, stance_losses
    from analysis.evaluation.sets import splits

    half_of = splits(gset)
    for half in ("dev", "held-out"):
        stances, quotes = Counter(), Counter()
        for stem, gold, an in analysed:
            if half_of.get(stem) == half:
                stances += stance_losses(an, gold)
                quotes += quote_losses(an, gold)
        if not stances and not quotes:
            continue
        print(f"\n== Where the {half} half loses its findings")
        print("\n".join(loss_lines("gold stances", by(stances, 0, 1), ("class", "stated in"))))
        print("\n".join(loss_lines("gold stances", by(stances, 0, 2), ("class", "holder"))))
        print("\n".join(loss_lines("gold quotes", quotes, ("class", "kind"))))


_COMMANDS = {
    "build": _build,
    "analyze": _analyze,
    "evaluate": _evaluate,
    "preview": _preview,
    "render": _render,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
