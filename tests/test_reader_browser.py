"""The reports as a reader sees them in a browser (slow: the shared builds).

Every HTML report of the default article and of two other bundled articles
(``conftest.OTHER_ARTICLES``) is opened in Chromium (Playwright, :func:`tests.helpers.chromium`)
at 1400 px and at 400 px (a phone). On each page:

* a click on a finding's evidence link shows its sentence (on screen) and highlights it;
* the page never scrolls sideways (``scrollWidth`` within the viewport);
* no table cell shows an English code (:data:`tests.helpers.ENGLISH`), as rendered;
* every figure is an SVG scaled to the page, and its smallest text is at least
  :data:`MIN_TEXT_PX` pixels high as drawn.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import ENGLISH, chromium

pytestmark = pytest.mark.slow

WIDTHS = (1400, 400)
MIN_TEXT_PX = 8.0

# The middle evidence link of the page is clicked; what the browser then shows.
CLICK = """(href) => {
  const t = document.querySelector(':target');
  const box = t ? t.getBoundingClientRect() : null;
  return {target: t && t.id, background: t && getComputedStyle(t).backgroundColor,
          top: box && box.top, bottom: box && box.bottom, height: innerHeight};
}"""

# Each figure's smallest font size (SVG user units) times its drawn scale, in CSS pixels.
FIGURES = r"""() => [...document.querySelectorAll('main img')].map((img) => {
  const src = img.getAttribute('src') || '';
  if (!src.startsWith('data:image/svg+xml')) return {kind: src.slice(0, 20), px: null};
  const svg = new DOMParser().parseFromString(
      decodeURIComponent(src.slice(src.indexOf(',') + 1)), 'image/svg+xml').documentElement;
  const width = Number(svg.getAttribute('viewBox').split(/\s+/)[2]);
  const sizes = [...svg.querySelectorAll('text')].map(
      (t) => parseFloat((t.getAttribute('style') || '').match(/font-size:\s*([\d.]+)/)[1]));
  return {kind: 'svg', px: Math.min(...sizes) * img.getBoundingClientRect().width / width,
          right: img.getBoundingClientRect().right};
})"""


def _reports(slug_dir: Path) -> list[Path]:
    return sorted(p for p in slug_dir.glob("0*.html"))


def _check_page(page, report: Path, width: int) -> bool:
    """The checks of the module docstring on one open page; True when a link was clicked."""
    where = (report.parent.name, report.name, width)
    page.goto(report.resolve().as_uri(), wait_until="load")
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= width + 1, (*where, wide)
    cells = page.locator("main td").all_inner_texts()
    english = [c.strip() for c in cells if ENGLISH.match(c.strip())]
    assert not english, (*where, english[:10])
    for figure in page.evaluate(FIGURES):
        assert figure["kind"] == "svg", (*where, figure)
        assert figure["px"] >= MIN_TEXT_PX, (*where, figure)
        assert figure["right"] <= width + 1, (*where, figure)
    # a finding's link (a table cell or a headline), not a sentence's own number in the annex
    links = page.locator("main a[href^='#phrase-']:not(.vr-num)")
    if links.count() == 0:
        return False
    link = links.nth(links.count() // 2)
    href = link.get_attribute("href")
    link.click()
    page.wait_for_function("(h) => location.hash === h", arg=href)
    shown = page.evaluate(CLICK, href)
    assert shown["target"] == href[1:], (*where, href, shown)
    assert shown["background"] not in ("rgba(0, 0, 0, 0)", "transparent"), (*where, shown)
    assert 0 <= shown["top"] < shown["height"] and shown["bottom"] > 0, (*where, shown)
    return True


def _check_article(slug_dir: Path) -> None:
    reports = _reports(slug_dir)
    assert len(reports) >= 4, reports
    with chromium() as browser:
        for width in WIDTHS:
            page = browser.new_page(viewport={"width": width, "height": 900}, is_mobile=width < 600)
            clicked = [r.name for r in reports if _check_page(page, r, width)]
            page.close()
            # a report may find nothing to cite in a short article, not two of them
            assert len(clicked) >= len(reports) - 1, (slug_dir.name, width, clicked)


def test_default_article_reads_in_a_browser(default_build):
    _check_article(default_build.slug_dir)


@pytest.mark.parametrize("index", [0, 1])
def test_other_articles_read_in_a_browser(other_builds, index):
    _check_article(other_builds[index].slug_dir)
