"""Whether the PDF route's tools are installed, checked without importing the renderers.

A build checks this before any work starts (a missing TeX package must not be found after
the analysis and four notebooks): kept apart from :mod:`analysis.report.render`, whose imports
(nbconvert, BeautifulSoup, pandocfilters: ~1.4 s of CPU) would otherwise be paid by the
build's parent before it starts the analysis, on the way to the first report.
"""

from __future__ import annotations

import shutil
import subprocess

from analysis.errors import SetupError

APT_PACKAGES = (
    "texlive-xetex texlive-fonts-recommended texlive-plain-generic texlive-lang-french pandoc"
)
SETUP_FIX = (
    f"run: sudo apt-get install -y --no-install-recommends {APT_PACKAGES} "
    "(or `make setup`), or build the HTML reports only with --formats html"
)


def check_pdf_tools() -> None:
    """Raise :class:`SetupError` unless everything the PDF route needs is installed."""
    missing = [cmd for cmd in ("xelatex", "pandoc", "kpsewhich") if shutil.which(cmd) is None]
    if not missing:
        # babel-french (texlive-lang-french) and fancyvrb/fvextra (texlive-latex-extra).
        for name in ("french.ldf", "fvextra.sty", "lmroman10-regular.otf"):
            found = subprocess.run(
                ["kpsewhich", name], capture_output=True, text=True, check=False
            ).stdout.strip()
            if not found:
                missing.append(name)
    if missing:
        raise SetupError(
            f"PDF reports need XeLaTeX with French support and pandoc; missing: "
            f"{', '.join(missing)}",
            where="PDF tools",
            fix=SETUP_FIX,
        )
