"""Coverage compared: how several outlets told the same event, side by side, with evidence.

Built on corpus mode: the articles are analysed as a corpus (:mod:`analysis.corpus`, so actor
identities are merged across articles), grouped by event (:mod:`.groups`), and each group's
accounts are compared (data only; the French presentation is
:mod:`analysis.report.views.coverage`). Every ``coverage_*`` table has one row per article and
thing compared, with ``event_group``, ``article_id`` and ``outlet`` first and the evidence
(``sentence_id``, ``start``, ``end``: the article's ``text[start:end]``) last; a row that
records an absence (an actor an outlet never mentions) has no evidence.

========================  =====================================================================
``coverage_groups``        the articles and their event group (a group of one is its own)
``coverage_facts``         merged facts (dates, figures, who did what), outlets reporting each,
                           those leaving it out, ``unique`` / ``shared``, conflict id
``coverage_timeline``      the dated facts, in date order
``coverage_conflicts``     facts that disagree (different dates or numbers for one thing)
``coverage_voice``         presence, quotes and share of voice per actor per outlet; absences
``coverage_stances``       holder → target per outlet, differences in sign or hedging
``coverage_attributions``  one quote in several outlets, with its speaker in each
``coverage_framing``       evaluative words per outlet, quoted or in the journalist's voice
``coverage_themes``        themes each outlet emphasises
``coverage_words``         words only one outlet uses
========================  =====================================================================
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.corpus.coverage import facts, framing, groups, stances, voices
from analysis.corpus.coverage.common import Texts, outlet_of
from analysis.corpus.crossref import CorpusResult
from analysis.document.nlp import DEFAULT_MODEL

TABLES = (
    "coverage_groups",
    "coverage_facts",
    "coverage_timeline",
    "coverage_conflicts",
    "coverage_voice",
    "coverage_stances",
    "coverage_attributions",
    "coverage_framing",
    "coverage_themes",
    "coverage_words",
)


@dataclass
class Coverage:
    """The comparison of a set of articles: the corpus it was built from and its tables."""

    corpus: CorpusResult
    tables: dict[str, pd.DataFrame]

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    @property
    def groups(self) -> pd.DataFrame:
        return self.tables["coverage_groups"]

    def group(self, event_group: str) -> dict[str, pd.DataFrame]:
        """Every table restricted to one event group."""
        return {
            name: df[df["event_group"] == event_group] if "event_group" in df.columns else df
            for name, df in self.tables.items()
        }


def compare(res: CorpusResult) -> Coverage:
    """Group the corpus's articles by event and compare each group's accounts."""
    arts = res.articles.copy()
    arts["outlet"] = [outlet_of(r) for r in arts.to_dict("records")]
    res = CorpusResult({**res.tables, "articles": arts}, res.model)
    texts = Texts(res)
    grouped = groups.event_groups(res)
    tables = {"coverage_groups": grouped}
    tables.update(facts.tables(res, grouped, texts))
    tables["coverage_voice"] = voices.table(res, grouped)
    tables["coverage_stances"] = stances.stance_table(res, grouped)
    tables["coverage_attributions"] = stances.attribution_table(res, grouped)
    tables["coverage_framing"] = framing.framing_table(res, grouped, texts)
    tables["coverage_themes"] = framing.theme_table(res, grouped)
    tables["coverage_words"] = framing.word_table(res, grouped, texts)
    return Coverage(res, {name: tables[name] for name in TABLES})


def load(
    articles: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    model: str = DEFAULT_MODEL,
    publication: str | None = None,
    progress: bool = False,
) -> Coverage:
    """The comparison of ``articles`` (files, folders or globs), from the corpus cache when
    they were analysed before (:func:`analysis.corpus.load`)."""
    from analysis.corpus import load as load_corpus

    return compare(load_corpus(articles, model=model, publication=publication, progress=progress))


def from_output(out: str | os.PathLike[str]) -> Coverage:
    """The comparison of the corpus tables written in ``out`` (``visit-report analyze``)."""
    from analysis.corpus.writers import read_tables

    tables = {k: v for k, v in read_tables(out).items() if not k.startswith("coverage_")}
    return compare(CorpusResult.from_tables(tables))


def write(coverage: Coverage, out: str | os.PathLike[str], fmt: str = "csv") -> list[Path]:
    """Write every ``coverage_*`` table into ``out`` (``csv`` or ``parquet``) and list them in
    its ``corpus.json`` when there is one, so the next run there replaces them too."""
    from analysis.resources.io import atomic_write, write_text

    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, df in coverage.tables.items():
        path = out_dir / f"{name}.{fmt}"
        with atomic_write(path) as tmp:
            if fmt == "parquet":
                df.to_parquet(tmp, index=False)
            else:
                df.to_csv(tmp, index=False)
        paths.append(path)
    meta_file = out_dir / "corpus.json"
    if meta_file.is_file():
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        meta.setdefault("files", {}).update({p.stem: p.name for p in paths})
        meta.setdefault("tables", {}).update({k: len(v) for k, v in coverage.tables.items()})
        write_text(meta_file, json.dumps(meta, ensure_ascii=False, indent=1, default=str))
    return paths


__all__ = ["TABLES", "Coverage", "compare", "from_output", "load", "write"]
