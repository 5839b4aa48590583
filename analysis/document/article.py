"""Load a news article and give it structure: metadata, paragraphs, headings, sentences.

Three input formats are recognised:

* the seed format: the first line starts with ``date YYYY-MM`` (or ``YYYY-MM-DD``) and goes on
  with the lede; paragraphs are separated by blank lines; a short line without final
  punctuation is a section heading;
* Markdown with a YAML front matter (``title``, ``date``, ``source``, ``url``, ``lang``);
  ``#`` lines are headings;
* plain text (for instance pasted from a browser): lines that are whole paragraphs are
  paragraphs even without blank lines between them, a first short line is the title, and the
  publication date comes from the ``publication`` argument, else from a dateline.

In every format, non-content lines (title of a plain text, dateline, byline, credits, share and
comment prompts…) are :class:`~analysis.document.segments.Segment` s: kept in the text, left out
of paragraphs and sentences, blanked in :attr:`Article.nlp_text`. Web pages are turned into
Markdown articles first (:mod:`analysis.document.ingest`).

Offsets are the contract of the whole library: ``Article.text`` is the file exactly as Python
reads it (``open(path, encoding="utf-8").read()``), and every start/end anywhere in the
analysis indexes that string. Typography (curly apostrophes, non-breaking spaces, curly quotes)
is normalised only in :attr:`Article.nlp_text`, a same-length copy fed to spaCy, so the two
strings share all offsets.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from analysis.document import segments as clutter
from analysis.document.segments import Segment
from analysis.errors import ArticleError
from analysis.resources.datacache import derived, read_yaml
from analysis.resources.kbcache import safe_load
from analysis.resources.paths import LEXICON_DIR

# One character in, one character out: offsets survive normalisation.
_NLP_TRANSLATION = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u200a": " ",
        "\u200b": " ",
        "\ufeff": " ",
        "\t": " ",
    }
)

_SEED_HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*", re.I)
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_BLOCK_SEP = re.compile(r"\n[ \t\u00a0]*\n\s*")
_ABBREVIATIONS = frozenset(
    "m mm mme mmes mlle mlles dr pr me st ste etc cf av apr hab env vol no nos p pp art "
    "gén col lt cdt sgt mgr jr sr inc ltd co".split()
)
_FRENCH_WORDS = frozenset(
    "le la les de des du un une et est à au aux en dans que qui pour par sur pas avec ne se "
    "ce cette il elle ils ont a été sont son sa ses leur plus mais ou où".split()
)
_ENGLISH_WORDS = frozenset(
    "the of and to in is that for with on as was by be are this it from at have has an "
    "which were been their not".split()
)
_OPENERS = "«“"
_CLOSERS = "»”"


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article; ``text == article.text[start:end]``."""

    id: int
    paragraph_id: int
    start: int
    end: int
    text: str
    section: str | None
    is_heading: bool = False


@dataclass(frozen=True)
class Paragraph:
    """A block of the article: the lede, a heading or a body paragraph."""

    id: int
    kind: str  # "title" | "lede" | "heading" | "paragraph"
    start: int
    end: int
    text: str
    section: str | None  # the heading this paragraph falls under


@dataclass
class Article:
    """A parsed article. See the module docstring for the offset contract."""

    path: Path | None
    slug: str
    text: str
    title: str
    format: str
    publication: dt.date | None
    publication_precision: str | None  # "day" | "month" | "year" | None
    source: str | None = None
    url: str | None = None
    lang: str = "fr"
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    # Non-content lines (title, dateline, byline, credits, prompts): in `text`, not analysed.
    segments: list[Segment] = field(default_factory=list)
    author: str | None = None
    body_start: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def lede(self) -> str:
        first = next((p for p in self.paragraphs if p.kind == "lede"), None)
        return first.text if first else ""

    @property
    def headings(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == "heading"]

    @functools.cached_property
    def nlp_text(self) -> str:
        """Same-length copy of :attr:`text` with typography normalised and metadata and
        non-content segments blanked (spaces, newlines kept).

        Cached: extractors read slices of it in loops, and it is as long as the article."""
        parts = [_blank(self.text[: self.body_start])]
        pos = self.body_start
        for seg in self.segments:
            parts.append(self.text[pos : seg.start].translate(_NLP_TRANSLATION))
            parts.append(_blank(self.text[seg.start : seg.end]))
            pos = seg.end
        parts.append(self.text[pos:].translate(_NLP_TRANSLATION))
        return "".join(parts)

    @property
    def n_words(self) -> int:
        words = len(re.findall(r"\w+", self.text[self.body_start :]))
        return words - sum(len(re.findall(r"\w+", seg.text)) for seg in self.segments)

    @property
    def publication_iso(self) -> str | None:
        """Publication date at its precision (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""
        if self.publication is None:
            return None
        width = {"year": 4, "month": 7}.get(self.publication_precision or "day", 10)
        return self.publication.isoformat()[:width]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character ``offset`` (None between sentences)."""
        starts = self._starts()
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_at_or_after(self, offset: int) -> int:
        """Index of the first sentence that starts at or after ``offset``."""
        return bisect.bisect_left(self._starts(), offset)

    def _starts(self) -> list[int]:
        cached = self.__dict__.get("_sentence_starts")
        if cached is None or len(cached) != len(self.sentences):
            cached = [s.start for s in self.sentences]
            self.__dict__["_sentence_starts"] = cached
        return cached

    def metadata(self) -> dict[str, object]:
        """Flat metadata for reports and the analysis bundle.

        ``title`` is the display title (French typography, at most ~130 characters, cut at a
        clause boundary); ``full_title`` is the title as written.
        """
        return {
            "slug": self.slug,
            "title": display_title(self.title),
            "full_title": self.title,
            "publication": self.publication_iso,
            "precision": self.publication_precision,
            "source": self.source,
            "url": self.url,
            "author": self.author,
            "format": self.format,
            "path": str(self.path) if self.path else None,
            "paragraphs": sum(p.kind in ("lede", "paragraph") for p in self.paragraphs),
            "headings": len(self.headings),
            "sentences": len(self.sentences),
            "words": self.n_words,
            "segments": len(self.segments),
        }


# --------------------------------------------------------------------------------------------
# Public API


def load_article(
    path: str | Path,
    publication: str | dt.date | None = None,
    *,
    check_language: bool = True,
) -> Article:
    """Read ``path`` and return its :class:`Article`.

    ``publication`` overrides or supplies the publication date (``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``); it is required in practice for plain text, whose timeline otherwise lacks a
    reference date (the article records a warning rather than failing).
    """
    p = Path(path)
    if not p.exists():
        raise ArticleError(
            "the article file does not exist",
            where=str(p),
            fix="check the path, or list data/articles/ for the bundled articles",
        )
    if p.is_dir():
        raise ArticleError(
            "this is a directory, not an article file",
            where=str(p),
            fix="give the path of one .txt or .md file inside it",
        )
    _refuse_known_non_articles(p)
    raw = p.read_bytes()
    text, notes = decode_bytes(raw, str(p))
    article = parse_article(text, path=p, publication=publication, check_language=check_language)
    article.warnings[:0] = notes
    return article


_NOT_ARTICLES = {
    ".ipynb": (
        "this is a Jupyter notebook, not an article",
        "give the article (.txt, .md or .html) as ARTICLE; choose the notebooks with "
        "--notebooks NAME[,NAME]",
    ),
    **dict.fromkeys(
        (".json", ".yaml", ".yml", ".csv", ".tsv", ".parquet", ".py"),
        (
            "this is a data or code file, not an article",
            "give the article's text as a .txt or .md file, or its saved web page (.html)",
        ),
    ),
}


def _refuse_known_non_articles(p: Path) -> None:
    """A file whose suffix says it is something else is refused before it is read: a
    notebook's JSON is text, and was analysed as a 170-paragraph article full of code."""
    known = _NOT_ARTICLES.get(p.suffix.lower())
    if known:
        raise ArticleError(known[0], where=str(p), fix=known[1])


def decode_bytes(raw: bytes, where: str = "<article>") -> tuple[str, list[str]]:
    """Decode article bytes as UTF-8, falling back to CP-1252 with a visible warning."""
    if b"\x00" in raw[:4096] or _looks_binary(raw[:4096]):
        raise ArticleError(
            "this is a binary file, not text",
            where=where,
            fix="give a UTF-8 text (.txt) or Markdown (.md) article",
        )
    notes: list[str] = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = raw.decode("cp1252", errors="replace")
        msg = (
            f"{where}: not valid UTF-8 (byte {exc.start}); decoded as Windows-1252/Latin-1. "
            "Check accented letters, or convert with: iconv -f cp1252 -t utf-8"
        )
        warnings.warn(msg, stacklevel=3)
        notes.append(msg)
    # Universal newlines, as open(..., encoding="utf-8").read() gives them.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, notes


def parse_article(
    text: str,
    *,
    path: Path | None = None,
    publication: str | dt.date | None = None,
    slug: str | None = None,
    check_language: bool = True,
) -> Article:
    """Parse article ``text`` (already decoded). See :func:`load_article`."""
    where = str(path) if path else "<article>"
    if not text.strip():
        raise ArticleError(
            "the article is empty", where=where, fix="give a file that contains the article text"
        )
    meta: dict[str, object] = {}
    body_start = 0
    fmt = "text"
    date_str: str | None = None
    fm = _FRONT_MATTER.match(text)
    seed = _SEED_HEADER.match(text)
    if fm:
        fmt = "markdown"
        try:
            loaded = safe_load(fm.group(1)) or {}
        except yaml.YAMLError as exc:
            raise ArticleError(
                f"the YAML front matter cannot be read ({exc.__class__.__name__})",
                where=where,
                fix="fix the block between the two '---' lines (key: value per line)",
            ) from exc
        if not isinstance(loaded, dict):
            raise ArticleError(
                "the front matter is not a mapping of keys to values",
                where=where,
                fix="write it as 'title: ...', 'date: YYYY-MM-DD', one key per line",
            )
        meta = loaded
        body_start = fm.end()
        stamp = next((meta[k] for k in _DATE_KEYS if meta.get(k) is not None), None)
        if stamp is not None:
            date_str = str(stamp)
    elif seed:
        fmt = "seed"
        date_str = seed.group(1)
        body_start = seed.end()
    elif re.match(r"\A\s*date\b", text, re.I):
        first = text.split("\n", 1)[0].strip()
        raise ArticleError(
            f"malformed date header {first[:40]!r}",
            where=f"{where}, line 1",
            fix="write the first line as ' date YYYY-MM' (or YYYY-MM-DD) followed by the lede",
        )

    marked = clutter.mark(
        text,
        _spans(text, body_start, fmt),
        plain=fmt == "text",
        source=_opt_str(meta.get("source")),
    )
    pub, precision, date_note = _publication(publication, date_str, marked.date, path, where)

    article = Article(
        path=path,
        slug=slug or slugify(path.stem if path else "article"),
        text=text,
        title="",
        format=fmt,
        publication=pub,
        publication_precision=precision,
        source=_opt_str(meta.get("source")) or marked.outlet,
        url=_opt_str(meta.get("url")),
        lang=str(meta.get("lang") or "fr"),
        body_start=body_start,
        segments=marked.segments,
        author=_opt_str(meta.get("author")),
    )
    article.paragraphs = _split_paragraphs(
        text, marked.spans, markdown=fmt == "markdown", titled=marked.title is not None
    )
    if not any(p.kind in ("lede", "paragraph") for p in article.paragraphs):
        raise ArticleError(
            "the article has no body text after its header",
            where=where,
            fix="add the article's paragraphs after the header line",
        )
    article.sentences = _split_sentences(text, article.paragraphs)
    title_para = next((p.text for p in article.paragraphs if p.kind == "title"), None)
    article.title = (
        _opt_str(meta.get("title")) or marked.title or title_para or _title_from_lede(article.lede)
    )
    if date_note:
        article.warnings.append(date_note)
    if pub is None:
        article.warnings.append(
            f"{where}: no publication date (no date header and no 'publication' parameter); "
            "the timeline lacks a reference date. Pass --date YYYY-MM-DD or -p publication=..."
        )
    if check_language:
        lang = detect_language(text[body_start:])
        if lang != "fr":
            raise ArticleError(
                f"the article does not look French (detected: {lang})",
                where=where,
                fix="visit-report analyses French news articles; give a French text",
            )
    return article


def _publication(
    publication: str | dt.date | None,
    header: str | None,
    dateline: str | None,
    path: Path | None,
    where: str,
) -> tuple[dt.date | None, str | None, str]:
    """(date, precision, note): the ``publication`` parameter, else the date header, else
    the dateline, else the day that opens the file name (with a note saying so)."""
    if publication is not None and str(publication).strip():
        return (*parse_iso_date(str(publication), where="parameter publication"), "")
    if header:
        return (*parse_iso_date(header, where=f"{where}, date header"), "")
    if dateline:
        return (*parse_iso_date(dateline, where=f"{where}, dateline"), "")
    stem = _STEM_DATE.match(path.stem) if path is not None else None
    if stem is None:
        return None, None, ""
    try:
        pub, precision = parse_iso_date(stem.group(1), where=f"{where}, file name")
    except ArticleError:
        return None, None, ""  # "2023-13-45_x.txt": no date, not an error
    note = (
        f"{where}: no date header; the publication date {pub.isoformat()} is taken from the "
        "file name (pass --date YYYY-MM-DD if it is not the article's)"
    )
    return pub, precision, note


# Front-matter keys of the publication date, as publishing tools name it ("date" first).
_DATE_KEYS = ("date", "published", "publication", "pubdate", "publishdate", "date_published")
# A timestamp as page metadata and publishing tools write it ("2023-03-15T10:30:00+01:00",
# "2023-03-15 10:30:00"): its day is the publication date.
_TIMESTAMP = re.compile(
    r"(\d{4}-\d{1,2}-\d{1,2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
# A file name that starts with the day of the article ("2023-03-15_visite.txt"), the
# convention of the bundled articles and of many archives.
_STEM_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?!\d)")


def parse_iso_date(value: str, where: str = "date") -> tuple[dt.date, str]:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into (first day, precision); a
    timestamp gives its day, and a header written the French way ("15/03/2023", "15 mars
    2023") is read as a dateline is."""
    value = value.strip()
    stamp = _TIMESTAMP.fullmatch(value)
    if stamp:
        value = stamp.group(1)
    elif not re.fullmatch(r"[\d-]+", value) and (written := clutter.date_of(value)):
        value = written
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value)
    if m:
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        try:
            date = dt.date(year, int(month or 1), int(day or 1))
        except ValueError:
            date = None
        if date is not None:
            precision = "day" if day else "month" if month else "year"
            return date, precision
    raise ArticleError(
        f"malformed date {value!r}",
        where=where,
        fix="use YYYY-MM-DD, YYYY-MM or YYYY (for example 2021-11-24)",
    )


def typographic(text: str) -> str:
    """French typography for display: straight quotes → « … », apostrophes → ’."""
    text = re.sub(r'"([^"\n]+)"', "«\u00a0\\1\u00a0»", text)
    return re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)


def display_title(title: str, limit: int = 130) -> str:
    """A title short enough for a page header: cut at the last clause boundary before
    ``limit`` characters (comma, colon, dash), else at a word, with an ellipsis."""
    title = " ".join(title.split())
    if len(title) > limit:
        head = title[:limit]
        cut = max(head.rfind(", "), head.rfind(" : "), head.rfind(" – "))
        title = (head[:cut] if cut >= limit // 2 else head.rsplit(" ", 1)[0]).rstrip(" ,:;–") + "…"
    return typographic(title)


def detect_language(text: str) -> str:
    """A cheap stop-word vote: 'fr', 'en' or 'unknown'. Enough to refuse a wrong input."""
    words = re.findall(r"[a-zà-ÿ]+", text[:20000].lower())
    if not words:
        return "unknown"
    fr = sum(w in _FRENCH_WORDS for w in words)
    en = sum(w in _ENGLISH_WORDS for w in words)
    if fr >= max(2, en) and fr / len(words) > 0.08:
        return "fr"
    if en > fr:
        return "en"
    return "unknown"


def slugify(value: str) -> str:
    """ASCII, lower case, dashes: safe as a directory name."""
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    value = re.sub(r"[^A-Za-z0-9_]+", "-", value).strip("-_").lower()
    return value or "article"


# --------------------------------------------------------------------------------------------
# Structure


def _spans(text: str, body_start: int, fmt: str) -> list[tuple[int, int, bool]]:
    """The stripped blocks of the body (blank-line paragraphs; each '#' line of Markdown; each
    line of a plain-text block whose lines are paragraphs), with their Markdown-heading flag."""
    out: list[tuple[int, int, bool]] = []
    for block_start, block_end in _blocks(text, body_start):
        # A Markdown block may hold several lines; each '#' line is its own heading.
        for start, end, is_md_heading in _lines_for_block(text, block_start, block_end, fmt):
            start, end = _strip(text, start, end)
            if start < end:
                out.append((start, end, is_md_heading))
    return out


def _split_paragraphs(
    text: str, spans: list[tuple[int, int, bool]], *, markdown: bool, titled: bool = False
) -> list[Paragraph]:
    """Content spans as paragraphs; single short unpunctuated lines are headings. ``titled``:
    the title was recognised as a segment, so the first paragraph is the lede."""
    paragraphs: list[Paragraph] = []
    section: str | None = None
    for start, end, is_md_heading in spans:
        chunk = text[start:end]
        if not paragraphs:
            heading_like = is_md_heading or (not markdown and _is_heading(chunk))
            kind = "title" if heading_like and not titled else "lede"
        elif paragraphs[-1].kind == "title" and not is_md_heading:
            kind = "lede"
        elif is_md_heading or (not markdown and _is_heading(chunk)):
            kind = "heading"
        else:
            kind = "paragraph"
        if kind == "heading":
            section = chunk
        paragraphs.append(
            Paragraph(len(paragraphs), kind, start, end, chunk, section if kind != "lede" else None)
        )
    return paragraphs


def _blocks(text: str, body_start: int) -> list[tuple[int, int]]:
    out, pos = [], body_start
    for m in _BLOCK_SEP.finditer(text, body_start):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _lines_for_block(text: str, start: int, end: int, fmt: str) -> list[tuple[int, int, bool]]:
    """A block's paragraphs: the block itself (seed format); in plain text and Markdown, each
    line when the lines are whole paragraphs (:func:`segments.line_paragraphs`: text pasted
    from a browser, a saved article written one paragraph per line), else the block; in
    Markdown, each ``#`` line is a heading of its own and cuts the block."""
    if fmt not in ("text", "markdown"):
        return [(start, end, False)]
    out: list[tuple[int, int, bool]] = []
    run: list[tuple[int, int]] = []  # the lines since the last heading
    pos = start
    for line in text[start:end].split("\n"):
        m = re.match(r"[ \t]*#{1,6}[ \t]+", line) if fmt == "markdown" else None
        if m:
            out += _run_paragraphs(text, run)
            run = []
            out.append((pos + m.end(), pos + len(line), True))
        else:
            run.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out + _run_paragraphs(text, run)


def _run_paragraphs(text: str, run: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Lines with no heading between them: one paragraph each if they are whole paragraphs,
    else one paragraph (a hard-wrapped one)."""
    if not run:
        return []
    if clutter.line_paragraphs([text[a:b] for a, b in run]):
        return [(a, b, False) for a, b in run]
    return [(run[0][0], run[-1][1], False)]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_heading(chunk: str) -> bool:
    if "\n" in chunk:
        return False
    words = chunk.split()
    return 0 < len(words) <= 12 and len(chunk) <= 90 and chunk[-1] not in '.!?:;»"”…,'


def _split_sentences(text: str, paragraphs: list[Paragraph]) -> list[Sentence]:
    sentences: list[Sentence] = []
    for para in paragraphs:
        if para.kind in ("heading", "title"):
            bounds = [(para.start, para.end)]
        else:
            bounds = list(_sentence_bounds(text, para.start, para.end))
        for s, e in bounds:
            s, e = _strip(text, s, e)
            if s < e:
                sentences.append(
                    Sentence(
                        len(sentences),
                        para.id,
                        s,
                        e,
                        text[s:e],
                        para.section,
                        para.kind in ("heading", "title"),
                    )
                )
    return sentences


# A sentence ends at final punctuation, with the quotation marks or parenthesis it closes,
# before a capital. French sets a space before its closing guillemet ("… terminé. » Il a
# ajouté"): that space belongs to the end, or the quotation's last sentence ran on into the
# next one. A straight quote after a space opens the next quotation instead ('dit. "Nous').
_BOUNDARY = re.compile(
    r"[.!?…]+(?:[ \u00a0\u202f]*[»”])?[»\"”)]*(?=\s+[«\"“(\-–—]?\s*[A-ZÀ-ÖØ-Þ0-9])"
)


def _sentence_bounds(text: str, start: int, end: int):
    """Sentence spans inside one paragraph; never split inside an open quotation.

    A single line break inside a paragraph is a soft wrap, not a sentence end. Linear in the
    paragraph's length: the quotation depth since the last cut is counted incrementally and
    an abbreviation is looked for just before its dot (a 1 MB single-line article used to
    spend minutes here rescanning the text before each full stop)."""
    chunk = text[start:end]
    pos = scanned = 0
    depth = straight = 0  # open French/curly quotes and straight quotes since ``pos``
    for m in _BOUNDARY.finditer(chunk):
        cut = m.end()
        piece = chunk[scanned:cut]
        scanned = cut
        depth += _quote_depth(piece)
        straight += piece.count('"')
        if _is_abbreviation(chunk, m.start()) or depth > 0 or straight % 2 == 1:
            continue
        yield start + pos, start + cut
        pos, depth, straight = cut, 0, 0
    yield start + pos, end


_WORD_BEFORE_DOT = re.compile(r"(\w+)$")
_ABBREVIATION_WINDOW = 40  # longer than any abbreviation: a longer word is not one


def _is_abbreviation(chunk: str, dot: int) -> bool:
    if chunk[dot] != ".":
        return False
    window = max(0, dot - _ABBREVIATION_WINDOW)
    m = _WORD_BEFORE_DOT.search(chunk, window, dot)
    if not m or (m.start() == window and window > 0):
        return False
    word = m.group(1)
    if word.lower() in _ABBREVIATIONS or _ends_dotted(chunk, dot):
        return True
    return len(word) == 1 and word.isupper() and not _is_network_name(chunk, m.start())


@derived
def dotted_abbreviations() -> tuple[str, ...]:
    """The dotted abbreviations of data/lexicons/abbreviations_fr.yaml ("a.i.", "J.-C."),
    lower case with their final dot."""
    data = read_yaml(LEXICON_DIR / "abbreviations_fr.yaml")
    return tuple(str(a).lower() for a in data["dotted"])


def blank_read_through(text: str) -> str:
    """``text`` with its ad interim marks ("a.i.", "p.i.", standing as words) blanked, same
    length: "le chargé d'affaires a.i. de la France" reads as one title with its country."""
    marks = read_yaml(LEXICON_DIR / "abbreviations_fr.yaml")["read_through"]
    if not any(m in text or m.upper() in text for m in marks):
        return text
    pattern = "|".join(re.escape(m) for m in marks)
    return re.sub(rf"(?<!\w)(?:{pattern})", lambda m: " " * len(m.group()), text, flags=re.I)


def _ends_dotted(chunk: str, dot: int) -> bool:
    """Does the full stop at ``dot`` end a dotted abbreviation ("le chargé d'affaires a.i.
    Jean Dupont"), standing as a word of its own?"""
    for abbr in dotted_abbreviations():
        start = dot + 1 - len(abbr)
        if start >= 0 and chunk[start : dot + 1].lower() == abbr:
            if start == 0 or not chunk[start - 1].isalnum():
                return True
    return False


# The social network X: after "sur", "via" or a word naming a network or an account, a lone
# "X" before a dot is the network ("… a-t-il écrit sur X. Selon …"), not a name's initial, so
# the sentence ends there.
_NETWORK_BEFORE = re.compile(r"(?:\b(?:sur|via|réseau|social|plateforme|compte))\s+$", re.I)


def _is_network_name(chunk: str, at: int) -> bool:
    """Is the lone capital at ``at`` the network X (a word introducing it just before)?"""
    return chunk[at] == "X" and bool(_NETWORK_BEFORE.search(chunk, max(0, at - 20), at))


def _quote_depth(segment: str) -> int:
    """Opening minus closing French/curly quotation marks in ``segment``."""
    return sum(segment.count(c) for c in _OPENERS) - sum(segment.count(c) for c in _CLOSERS)


_LONGEST_TITLE = 400  # characters: beyond, a "first sentence" is a paragraph without stops


def _title_from_lede(lede: str) -> str:
    """The title of an article that has none: its first sentence, whole (a title block wraps
    it; :func:`display_title` shortens it where room is short). Only a first "sentence" with
    no stop for :data:`_LONGEST_TITLE` characters is cut, after a whole word."""
    first = " ".join(re.split(r"(?<=[.!?])\s", lede.strip(), maxsplit=1)[0].split())
    if len(first) <= _LONGEST_TITLE:
        return first
    return first[: _LONGEST_TITLE - 1].rsplit(" ", 1)[0].rstrip(" ,;:–") + "…"


def _blank(value: str) -> str:
    return re.sub(r"[^\n]", " ", value)


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    control = sum(b < 9 or 13 < b < 32 for b in sample)
    return control / len(sample) > 0.05


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value).strip() or None
