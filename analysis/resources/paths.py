"""Where things live. The project is used from its checkout (``pip install -e .``), so the
data, notebooks and reports directories are found next to the package; ``VISIT_REPORT_HOME``
points elsewhere if needed."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(os.environ.get("VISIT_REPORT_HOME") or Path(__file__).resolve().parents[2])
DATA_DIR = ROOT / "data"
ARTICLES_DIR = DATA_DIR / "articles"
ANNOTATIONS_DIR = DATA_DIR / "annotations"
LEXICON_DIR = DATA_DIR / "lexicons"
KB_DIR = DATA_DIR / "kb"
NOTEBOOKS_DIR = ROOT / "notebooks"
REPORTS_DIR = ROOT / "reports"
# The article `make report` builds when none is given: the project's first subject, chosen by
# the user and named in data/ (the library itself knows no article).
DEFAULT_ARTICLE = ARTICLES_DIR / (DATA_DIR / "default_article").read_text(encoding="utf-8").strip()


def cache_dir() -> Path:
    """The cache folder (analysis bundles, corpus tables, knowledge-base indexes, notebook
    parameters): ``$VISIT_REPORT_CACHE`` if set, else ``reports/.cache``. Read at each call,
    so a test or a build that sets the variable is obeyed by every module alike."""
    return Path(os.environ.get("VISIT_REPORT_CACHE") or REPORTS_DIR / ".cache")
