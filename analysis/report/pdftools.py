"""Whether the PDF route's tools are installed, checked without importing the renderers.

A build checks this before any work starts (a missing TeX package must not be found after
the analysis and four notebooks): kept apart from :mod:`analysis.report.render`, whose imports
(nbconvert, BeautifulSoup, pandocfilters: ~1.4 s of CPU) would otherwise be paid by the
build's parent before it starts the analysis, on the way to the first report.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from analysis.errors import SetupError

APT_PACKAGES = (
    "texlive-xetex texlive-fonts-recommended texlive-plain-generic texlive-lang-french pandoc"
)
SETUP_FIX = (
    f"run: sudo apt-get install -y --no-install-recommends {APT_PACKAGES} "
    "(or `make setup`), or build the HTML reports only with --formats html"
)


# babel-french (texlive-lang-french), fancyvrb/fvextra (texlive-latex-extra), Latin Modern
TEX_FILES = ("french.ldf", "fvextra.sty", "lmroman10-regular.otf")


def check_pdf_tools() -> None:
    """Raise :class:`SetupError` unless everything the PDF route needs is installed."""
    missing = [cmd for cmd in ("xelatex", "pandoc", "kpsewhich") if shutil.which(cmd) is None]
    if not missing:
        missing = _missing_tex_files(TEX_FILES)
    if missing:
        raise SetupError(
            f"PDF reports need XeLaTeX with French support and pandoc; missing: "
            f"{', '.join(missing)}",
            where="PDF tools",
            fix=SETUP_FIX,
        )


def _missing_tex_files(names: tuple[str, ...]) -> list[str]:
    """The files among ``names`` that TeX cannot find, asked in ONE ``kpsewhich`` call (it
    prints the path of each file it finds, one a line). Why one: each call reads TeX's file
    databases again (~30 ms, 0.1–0.2 s on a loaded machine), and the build makes this check
    before it starts the analysis, on the way to the first report."""
    found = subprocess.run(
        ["kpsewhich", *names], capture_output=True, text=True, check=False
    ).stdout.splitlines()
    found_names = {Path(line.strip()).name for line in found if line.strip()}
    return [name for name in names if name not in found_names]
