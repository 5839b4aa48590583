"""Escaping filters for the reports, in the spirit of nbconvert's ``filters``: one place for
turning untrusted text (article titles, names, quotes...) into safe HTML, LaTeX or Markdown.

The display objects (:mod:`analysis.report.display`) and the renderers' templates
(:mod:`analysis.report.render`) both use these functions, so a value is escaped the same way in
a table cell of the PDF and in its title page. Only the standard library is imported here, so
the build can use the filters without loading pandas.
"""

from __future__ import annotations

import html
import re

# Every character LaTeX (xelatex with TeX ligatures) would not print literally.
LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "\u00a0": "~",  # no-break space
    "\u202f": r"\,",  # narrow no-break space (French « guillemets », « ; » ...)
    "-": "-{}",  # no -- / --- ligatures in article text
    "`": "{`}",  # no `` ligature
    "'": "{'}",  # no '' ligature
}
_LATEX_RE = re.compile("|".join(re.escape(k) for k in LATEX_SPECIALS))
_MD_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-!|$~^.])")


def _text(value: object) -> str:
    return "" if value is None else str(value)


def escape_html(value: object) -> str:
    """Escape for HTML text and attributes (``None`` is the empty string)."""
    return html.escape(_text(value), quote=True)


def escape_latex(value: object) -> str:
    """Escape for LaTeX text: every special of :data:`LATEX_SPECIALS` is printed literally."""
    return _LATEX_RE.sub(lambda m: LATEX_SPECIALS[m.group()], _text(value))


def latex_text(value: object) -> str:
    """Escape plain text for LaTeX on one line (metadata: title, source...): runs of white
    space, line breaks included, become one space; empty values the empty string."""
    return escape_latex(" ".join(str(value or "").split()))


def latex_url(url: str) -> str:
    """A URL already checked to be ``http(s)`` made safe inside ``\\url{}``/``\\href{}``."""
    return re.sub(r"([%#\\])", r"\\\1", url)


_SVG_PROLOGUE = re.compile(r"\A\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?", re.I)
_SVG_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.S)
# What a data: URI cannot carry as is (the rest, accented letters included, stays readable).
_URI_UNSAFE = re.compile(r'[%#"<>\\^`{|}\x00-\x1f\x7f]')


def svg_data_uri(svg: str) -> str:
    """A figure's SVG as a ``data:`` URI for an ``<img>`` (allowed by the reports' CSP, and
    an image can neither run scripts nor load anything). Percent-encoded rather than base64,
    which would add a third: accented letters and spaces stay as they are (the URI says
    UTF-8; browsers read spaces in a ``data:`` URI). The XML prologue and matplotlib's
    metadata (its version, a date) are dropped, and indentation squeezed. Escape the result
    with :func:`escape_html`."""
    svg = _SVG_METADATA.sub("", _SVG_PROLOGUE.sub("", svg))
    svg = re.sub(r"\s*\n\s*", " ", re.sub(r">\s*\n\s*<", "><", svg.strip()))
    return "data:image/svg+xml;charset=utf-8," + _URI_UNSAFE.sub(
        lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), svg
    )


def escape_markdown(value: object) -> str:
    """Escape for Markdown rendered by mistune (HTML) and pandoc (LaTeX): no markup, no HTML."""
    text = _MD_SPECIALS.sub(r"\\\1", _text(value))
    # "scheme://": an escaped colon keeps mistune (HTML) from turning a URL of the article into
    # a live link with garbled text; both renderers print it as ":".
    text = text.replace("://", "\\://")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = [
    "LATEX_SPECIALS",
    "escape_html",
    "escape_latex",
    "escape_markdown",
    "latex_text",
    "latex_url",
    "svg_data_uri",
]
