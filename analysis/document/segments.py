"""Non-content lines of a news text: title, dateline, byline, credits, share and comment prompts.

Text pasted from a browser, or extracted from a web page, carries lines that are not the
article: the outlet's name and the rubric above the headline, the headline itself, a
dateline ("Rabat, 24 nov. 2021 (AFP) –"), a byline ("Par Claire Dupont, envoyée spéciale"),
photo captions and credits ("Photo : …", "© AFP", "Archive - DR", "POOL/AFP"), agency credits,
share/comment/newsletter prompts and "Lire aussi" teasers. :func:`mark` recognises them with
the documented lexicon ``data/lexicons/clutter_fr.yaml``; :class:`analysis.document.article.Article`
keeps them in its text (offsets stay exact) but not in its paragraphs or sentences, and blanks
them in the text given to spaCy, so no actor, place or quote can come from them.

:func:`line_paragraphs` rebuilds the paragraphs of a plain text that uses single newlines (each
line a paragraph when the lines are whole paragraphs, not a hard-wrapped one).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from analysis.resources.datacache import derived, read_yaml
from analysis.resources.paths import LEXICON_DIR

LEXICON = LEXICON_DIR / "clutter_fr.yaml"
_TERMINAL = tuple('.!?…»"”')
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_WRITTEN_DATE = re.compile(r"\b(\d{1,2})(?:er)?\s+([a-zéû]{3,9})\.?\s+(\d{4})\b", re.I)


@dataclass(frozen=True)
class Segment:
    """A non-content span of the article; ``text == article.text[start:end]``."""

    kind: str
    start: int
    end: int
    text: str


@dataclass
class Marked:
    """What :func:`mark` found: the content spans left, the segments, and what they say."""

    spans: list[tuple[int, int, bool]] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO day, from a dateline or a "Publié le" line


@dataclass(frozen=True)
class _Lexicon:
    max_words: int
    fullmatch: tuple[tuple[str, re.Pattern[str]], ...]
    search: tuple[tuple[str, re.Pattern[str]], ...]
    dateline: re.Pattern[str]
    byline: re.Pattern[str]
    byline_not: frozenset[str]
    top_only: frozenset[str]
    outlets: frozenset[str]
    rubrics: frozenset[str]
    months: tuple[tuple[str, int], ...]


@derived
def lexicon() -> _Lexicon:
    """The clutter lexicon, compiled (again when one of its files changes)."""
    data = read_yaml(LEXICON)
    months = read_yaml(LEXICON_DIR / "time_fr.yaml")["months"]

    def compiled(section: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return tuple(
            (kind, re.compile(pattern, re.I))
            for kind, patterns in data[section].items()
            for pattern in patterns
        )

    return _Lexicon(
        max_words=int(data["max_words"]),
        fullmatch=compiled("fullmatch"),
        search=compiled("search"),
        dateline=re.compile(data["dateline"]),
        byline=re.compile(data["byline"], re.I),
        byline_not=frozenset(_fold(w) for w in data["byline_not"]),
        top_only=frozenset(data["top_only"]),
        outlets=frozenset(_fold(o) for o in data["outlets"]),
        rubrics=frozenset(_fold(r) for r in data["rubrics"]),
        months=tuple((_fold(name), int(n)) for name, n in months.items()),
    )


def mark(
    text: str,
    spans: list[tuple[int, int, bool]],
    *,
    plain: bool,
    source: str | None = None,
) -> Marked:
    """Split ``spans`` (stripped blocks or lines, with their Markdown-heading flag) into content
    spans and non-content :class:`Segment` s.

    ``plain``: the text has no header of its own, so its first short line is its title."""
    lex = lexicon()
    out = Marked()
    content = 0
    for i, (start, end, md_heading) in enumerate(spans):
        chunk = text[start:end]
        kind = None if md_heading else classify(chunk, top=content == 0, source=source)
        if kind is None and plain and content == 0 and out.title is None:
            if i + 1 < len(spans) and is_title_line(chunk):
                kind = "title"
        if kind is not None:
            _record(out, Segment(kind, start, end, chunk))
            continue
        if content < 2 and not md_heading:
            m = lex.dateline.match(text, start, end)
            if m and (m.group(2) or m.group(5)) and len(text[m.end() : end].split()) >= 5:
                head = text[start : m.end()].rstrip()
                _record(out, Segment("dateline", start, start + len(head), head))
                out.outlet = out.outlet or m.group(5)  # the agency of "Rabat (AFP) –"
                start = m.end()
        out.spans.append((start, end, md_heading))
        content += 1
    return out


def classify(chunk: str, *, top: bool = False, source: str | None = None) -> str | None:
    """The kind of non-content line ``chunk`` is (None: content). ``top``: no content yet."""
    lex = lexicon()
    line = " ".join(chunk.split())
    words = line.split()
    if not words or len(words) > lex.max_words:
        return None
    folded = _fold(line).strip(" .:")
    if top:
        if folded in lex.outlets or (source and folded == _fold(source).strip(" .:")):
            return "outlet"
        if folded in lex.rubrics or _is_breadcrumb(line, lex):
            return "rubric"
    for kind, pattern in lex.fullmatch:
        if pattern.fullmatch(line):
            return kind
    m = lex.byline.fullmatch(line)
    if m and len(words) <= 20 and _fold(m.group("name").split()[0]) not in lex.byline_not:
        return "byline"
    for kind, pattern in lex.search:
        if pattern.search(line):
            return kind
    return None


_INNER_SENTENCE_END = re.compile(r"[.!?…][»”\"’)]?\s+[«“\"A-ZÀ-Ý]")


def is_title_line(chunk: str) -> bool:
    """A headline: one line of 2 to 30 words that is one phrase: no sentence ends inside it
    and it does not end like a sentence (closing quote marks looked through), so a first
    paragraph of prose is never taken for a title."""
    if "\n" in chunk.strip():
        return False
    words = chunk.split()
    if not (2 <= len(words) <= 30 and len(chunk) <= 220):
        return False
    if _INNER_SENTENCE_END.search(chunk):
        return False
    return chunk.rstrip().rstrip('»”"’) \u00a0\u202f')[-1:] not in ".,;:!?…"


def line_paragraphs(lines: list[str]) -> bool:
    """Whether a block's lines are paragraphs of their own (text pasted from a browser) rather
    than one hard-wrapped paragraph: a very long line, or lines that end their sentences."""
    lines = [line.strip() for line in lines if line.strip()]
    if len(lines) < 2:
        return False
    if max(len(line) for line in lines) > 120:
        return True
    full = [line for line in lines[:-1] if len(line.split()) >= 8]
    if not full:
        return True
    return sum(line.endswith(_TERMINAL) for line in full) / len(full) >= 0.5


def date_of(segment_text: str) -> str | None:
    """The ISO day written in a dateline or a "Publié le" line, if any."""
    m = _NUMERIC_DATE.search(segment_text)
    if m:
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _WRITTEN_DATE.search(segment_text)
    if not m:
        return None
    word = _fold(m.group(2))
    month = next((n for name, n in lexicon().months if name.startswith(word)), None)
    return _iso(int(m.group(3)), month, int(m.group(1))) if month else None


def _record(out: Marked, seg: Segment) -> None:
    out.segments.append(seg)
    if seg.kind == "title" and out.title is None:
        out.title = " ".join(seg.text.split())
    elif seg.kind == "outlet" and out.outlet is None:
        out.outlet = " ".join(seg.text.split())
    elif out.date is None and (
        seg.kind == "dateline" or (seg.kind == "meta" and _fold(seg.text).startswith("publi"))
    ):
        out.date = date_of(seg.text)


def _is_breadcrumb(line: str, lex: _Lexicon) -> bool:
    parts = [p.strip() for p in re.split(r"\s*[>›»/|]\s*", line)]
    return len(parts) > 1 and all(_fold(p) in lex.rubrics or _fold(p) == "accueil" for p in parts)


def _iso(year: int, month: int | None, day: int) -> str | None:
    try:
        return dt.date(year, month or 0, day).isoformat()
    except ValueError:
        return None


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFKD", value.replace("’", "'")).casefold()
    return "".join(c for c in value if not unicodedata.combining(c))
