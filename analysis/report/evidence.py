"""Evidence a reader can click: the article, sentence by sentence, and links to its sentences.

The analysis tables number sentences from 0 (``sentence_id``, for code); readers see them
numbered from 1 ("phrase 13"). Every report ends with the article as an annex
(:class:`ArticleAnnex`) where each sentence carries an anchor, and every finding links to it:

* :func:`anchor` is the one name of a sentence's anchor (``phrase-13``), in HTML (``id``) and
  in the PDF (hyperref ``\\hypertarget``);
* :func:`cite` gives the Markdown link of headlines and cards (``[phrase 13](#phrase-13)``:
  mistune makes it an ``<a href>``, pandoc a ``\\hyperlink``);
* :class:`Ref` is a table cell holding one or more sentences; :class:`analysis.report.display.Table`
  renders it as links.

In HTML the sentence reached is highlighted by the stylesheet (``:target``).

In JupyterLab (4.x) the links work too, checked in a running Lab (``tests/test_reader_lab.py``):
in an untrusted notebook (one the reader did not run) its sanitizer renames every ``id`` to
``data-jupyter-id``, and Lab answers a click on ``#phrase-13`` by looking for that attribute in
the cells; in a trusted one the ``id`` stays. Either way Lab scrolls the notebook to the
sentence (without a highlight: the report's stylesheet is not Lab's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from analysis.report.filters import escape_html, escape_latex
from analysis.report.french import held_together

if TYPE_CHECKING:
    from analysis.document.article import Article

ANNEX_ID = "article"
ANNEX_TITLE = "L'article, phrase par phrase"


def shown(sentence_id: object) -> int:
    """The number a reader sees for a 0-based ``sentence_id`` (0 -> 1)."""
    return int(sentence_id) + 1  # type: ignore[call-overload]


def anchor(sentence_id: object) -> str:
    """The anchor of a sentence in every format: ``phrase-13`` for ``sentence_id`` 12."""
    return f"phrase-{shown(sentence_id)}"


def cite(*sentence_ids: object, prefix: bool = True) -> str:
    """Markdown link(s) to sentences: ``[phrase 13](#phrase-13)``; several ids give
    ``phrases [3](#phrase-3), [5](#phrase-5)``. Without ``prefix``, only the numbers."""
    ids = _ids(sentence_ids)
    if not ids:
        return ""
    if len(ids) == 1 and prefix:
        return f"[phrase {shown(ids[0])}](#{anchor(ids[0])})"
    links = ", ".join(f"[{shown(i)}](#{anchor(i)})" for i in ids)
    return f"phrases {links}" if prefix else links


def _ids(values: Iterable[object]) -> list[int]:
    """0-based ids from ints, numeric strings and ``"3; 5"`` lists, in order, without repeats."""
    out: list[int] = []
    for v in values:
        if v is None or (isinstance(v, float) and v != v):
            continue
        parts = re.findall(r"\d+", v) if isinstance(v, str) else [v]
        for p in parts:
            i = int(p)  # type: ignore[call-overload]
            if i not in out:
                out.append(i)
    return out


class Ref:
    """A table cell citing one or more sentences (0-based ids); shown 1-based, as links."""

    __slots__ = ("ids",)

    def __init__(self, *sentence_ids: object) -> None:
        self.ids = tuple(_ids(sentence_ids))

    def __str__(self) -> str:
        return ", ".join(str(shown(i)) for i in self.ids)

    __repr__ = __str__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Ref) and other.ids == self.ids

    def __hash__(self) -> int:
        return hash(self.ids)

    def html(self) -> str:
        return ", ".join(f"<a class='vr-ref' href='#{anchor(i)}'>{shown(i)}</a>" for i in self.ids)

    def latex(self) -> str:
        return ", ".join(rf"\hyperlink{{{anchor(i)}}}{{{shown(i)}}}" for i in self.ids)


def refs(values: Iterable[object]) -> list[Ref | str]:
    """A column of sentence ids (ints or ``"3; 5"`` text) as :class:`Ref` cells ("" if none)."""
    out: list[Ref | str] = []
    for v in values:
        r = Ref(v)
        out.append(r if r.ids else "")
    return out


class ArticleAnnex:
    """The article as an annex: its paragraphs, each sentence numbered from 1 with its anchor.

    Headings are shown as headings; the title and lede keep their place. HTML: ``<span
    id="phrase-n">`` highlighted on arrival; PDF: ``\\hypertarget`` at each sentence.
    """

    def __init__(self, article: Article) -> None:
        self.article = article

    def _paragraphs(self) -> list[tuple[str, list[tuple[int, str]]]]:
        by_par: dict[int, list[tuple[int, str]]] = {}
        for s in self.article.sentences:
            by_par.setdefault(s.paragraph_id, []).append((s.id, held_together(s.text)))
        return [(p.kind, by_par[p.id]) for p in self.article.paragraphs if p.id in by_par]

    def _repr_html_(self) -> str:
        parts = []
        for kind, sentences in self._paragraphs():
            spans = " ".join(
                f"<span class='vr-sentence' id='{anchor(i)}'><a class='vr-num' "
                f"href='#{anchor(i)}'>{shown(i)}</a>{escape_html(text)}</span>"
                for i, text in sentences
            )
            tag = "h4" if kind in ("heading", "title") else "p"
            parts.append(f"<{tag} class='vr-par vr-{kind}'>{spans}</{tag}>")
        return f"<section class='vr-article' id='{ANNEX_ID}'>{''.join(parts)}</section>"

    def _repr_latex_(self) -> str:
        parts = [rf"\hypertarget{{{ANNEX_ID}}}{{}}\begingroup\small\setlength{{\parskip}}{{0.5em}}"]
        for kind, sentences in self._paragraphs():
            body = " ".join(
                _latex_sentence(anchor(i), shown(i)) + escape_latex(text) for i, text in sentences
            )
            parts.append((rf"{{\bfseries {body}}}" if kind == "heading" else body) + "\n\n")
        parts.append(r"\par\endgroup")
        return "\n".join(parts)


__all__ = ["ANNEX_TITLE", "ArticleAnnex", "Ref", "anchor", "cite", "refs", "shown"]


def _latex_sentence(target: str, number: object) -> str:
    """A sentence's anchor and number in the PDF, in plain LaTeX (hyperref): the notebook's
    LaTeX must compile with nbconvert's own template too, not only with ours."""
    return (
        rf"\leavevmode\raisebox{{1.1em}}{{\hypertarget{{{target}}}{{}}}}"
        rf"\textsuperscript{{\textbf{{\sffamily {number}}}}}\,"
    )
