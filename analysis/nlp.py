"""spaCy: load the French model once, parse an article once.

The article's own sentence boundaries (heading-aware, quote-aware, see :mod:`analysis.article`)
are imposed on the Doc before the parser runs, so a heading can never be glued to the next
sentence and an entity never spans a heading. Long articles are parsed in paragraph-aligned
chunks so memory is bounded by the chunk, not the article; the chunks are joined back into
one Doc whose text is exactly :attr:`Article.nlp_text` (same offsets as the article).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .article import Article
from .errors import SetupError

if TYPE_CHECKING:  # spaCy is imported when a model is loaded, not when the CLI starts
    from spacy.language import Language
    from spacy.tokens import Doc, Span

DEFAULT_MODEL = "fr_core_news_md"
SUPPORTED_MODELS = ("fr_core_news_md", "fr_core_news_sm", "fr_core_news_lg")
CHUNK_CHARS = 100_000


@functools.lru_cache(maxsize=2)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy model ``name``, with a clear error if missing."""
    import spacy

    if name not in SUPPORTED_MODELS:
        raise SetupError(
            f"unknown spaCy model {name!r}",
            where="parameter model",
            fix=f"use one of {', '.join(SUPPORTED_MODELS)}",
        )
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        package = name.replace("_", "-")
        raise SetupError(
            f"the French spaCy model {name!r} is not installed",
            where="spaCy",
            fix=f"run `.venv/bin/pip install {package}==3.8.0` (or `make setup`)",
        ) from exc
    nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 2)
    return nlp


def parse(article: Article, model: str | Language = DEFAULT_MODEL, progress: bool = False) -> Doc:
    """Parse ``article`` into one Doc over :attr:`Article.nlp_text`."""
    from spacy.tokens import Doc

    nlp = load_model(model) if isinstance(model, str) else model
    text = article.nlp_text
    pieces = list(_chunks(article))
    docs = _pipe(nlp, [(text[a:b], a, article) for a, b in pieces], progress=progress)
    doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text, "parsed text must match the article offsets"
    return doc


def parse_many(
    articles: Iterable[Article], model: str | Language = DEFAULT_MODEL, batch_size: int = 32
) -> Iterator[Doc]:
    """Parse several articles, batching through each pipeline component (corpus mode)."""
    nlp = load_model(model) if isinstance(model, str) else model
    for article in articles:
        yield parse(article, nlp)


def _chunks(article: Article) -> Iterator[tuple[int, int]]:
    """Paragraph-aligned, contiguous slices covering the whole text."""
    n = len(article.text)
    start = 0
    for para in article.paragraphs:
        if para.end - start > CHUNK_CHARS and para.start > start:
            yield start, para.start
            start = para.start
    yield start, n


def _pipe(nlp: Language, items: list[tuple[str, int, Article]], progress: bool) -> list[Doc]:
    docs = (_make_doc(nlp, text, offset, article) for text, offset, article in items)
    for _, proc in nlp.pipeline:
        docs = proc.pipe(docs, batch_size=8) if hasattr(proc, "pipe") else map(proc, docs)
    if progress and len(items) > 1:
        from tqdm.auto import tqdm

        docs = tqdm(docs, total=len(items), desc="spaCy", unit="chunk")
    return list(docs)


def _make_doc(nlp: Language, text: str, offset: int, article: Article) -> Doc:
    doc = nlp.make_doc(text)
    starts = {s.start - offset for s in article.sentences if offset <= s.start < offset + len(text)}
    for token in doc:
        if token.idx in starts:
            token.is_sent_start = True
        elif token.i > 0 and (token.is_space or doc[token.i - 1].is_space):
            # Whitespace tokens (blank lines, blanked headers) are sentence borders too.
            token.is_sent_start = (
                "\n" in doc[token.i - 1].text or token.is_space and "\n" in token.text
            )
        elif token.i > 0:
            token.is_sent_start = False
    return doc


def sentence_id(article: Article, span: Span | int) -> int | None:
    """The article sentence id of a span (or a character offset)."""
    offset = span if isinstance(span, int) else span.start_char
    sent = article.sentence_at(offset)
    return sent.id if sent else None
