"""spaCy: load the French model once, parse an article once.

The article's own sentence boundaries (heading-aware, quote-aware, see
:mod:`analysis.document.article`)
are imposed on the Doc before the parser runs, so a heading can never be glued to the next
sentence and an entity never spans a heading. Long articles are parsed in paragraph-aligned
chunks so memory is bounded by the chunk, not the article; the chunks are joined back into
one Doc whose text is exactly :attr:`Article.nlp_text` (same offsets as the article).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from analysis.document.article import Article
from analysis.errors import ParameterError, SetupError

if TYPE_CHECKING:  # spaCy is imported when a model is loaded, not when the CLI starts
    from spacy.language import Language
    from spacy.tokens import Doc, Span

DEFAULT_MODEL = "fr_core_news_md"
SUPPORTED_MODELS = ("fr_core_news_md", "fr_core_news_sm", "fr_core_news_lg")
BATCH = 64
# regexcache records of the tokenizer's compiled patterns
TOKENIZER_PATTERNS = "spacy-tokenizer"
MAX_CHUNK = 3_000  # characters: a longer paragraph is cut (a long news paragraph is ~1,500)


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy model ``name``, with a clear error if missing.

    The cache is keyed by the name alone: ``load_model()``, ``load_model(DEFAULT_MODEL)`` and
    ``load_model(name=DEFAULT_MODEL)`` are one model, not three loads (an ``lru_cache`` on
    this function would key each spelling of the call separately)."""
    return _load_model(name)


@functools.lru_cache(maxsize=2)
def _load_model(name: str) -> Language:
    import spacy

    from analysis.resources import regexcache

    _check_name(name)
    # The tokenizer's patterns compiled by an earlier run (2.1 s of CPU for the French
    # TOKEN_MATCH alone), handed to the re.compile calls spaCy makes while loading.
    regexcache.seed(TOKENIZER_PATTERNS)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        package = name.replace("_", "-")
        raise SetupError(
            f"the French spaCy model {name!r} is not installed",
            where="spaCy",
            fix=f"run `.venv/bin/pip install {package}==3.8.0` (or `make setup`)",
        ) from exc
    regexcache.record(TOKENIZER_PATTERNS, tokenizer_patterns(nlp))
    _keep_abbreviations(nlp)
    return nlp


def _keep_abbreviations(nlp: Language) -> None:
    """Keep each dotted abbreviation of data/lexicons/abbreviations_fr.yaml one token, lower
    and upper case: the model splits "a.i." into "a.i" and a full stop, which the parser and
    the rules read as a sentence's end ("le chargé d'affaires a.i. de la France" lost its
    country)."""
    from spacy.attrs import ORTH

    from analysis.document.article import dotted_abbreviations

    for abbr in dotted_abbreviations():
        for form in {abbr, abbr.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def tokenizer_patterns(nlp: Language) -> list[re.Pattern]:
    """The compiled regular expressions the model's tokenizer matches with (its token and
    URL matches, prefixes, suffixes and infixes), read from the tokenizer's public
    attributes: bound methods of ``re.Pattern`` objects."""
    found = []
    for attr in ("token_match", "url_match", "prefix_search", "suffix_search", "infix_finditer"):
        owner = getattr(getattr(nlp.tokenizer, attr, None), "__self__", None)
        if isinstance(owner, re.Pattern):
            found.append(owner)
    return found


def check_model(name: object) -> None:
    """Check, without importing anything, that ``name`` is a supported French spaCy model and
    is installed. A model name reaches ``spacy.load`` (which imports the package of that
    name) and ``find_spec`` (which imports the parents of a dotted name): ``-p model=this.x``
    must be refused before either runs (:class:`ParameterError`), never executed."""
    import importlib.util

    _check_name(name)
    if importlib.util.find_spec(str(name)) is None:
        package = str(name).replace("_", "-")
        raise SetupError(
            f"the French spaCy model {name!r} is not installed",
            where="parameter model",
            fix=f"run `.venv/bin/pip install {package}==3.8.0` (or `make setup`)",
        )


def _check_name(name: object) -> None:
    if not isinstance(name, str) or name not in SUPPORTED_MODELS:
        raise ParameterError(
            f"unknown spaCy model {name!r}",
            where="parameter model (--model, -p model=...)",
            fix=f"use one of {', '.join(SUPPORTED_MODELS)}",
        )


def parse(article: Article, model: str | Language = DEFAULT_MODEL, progress: bool = False) -> Doc:
    """Parse ``article`` into one Doc over :attr:`Article.nlp_text`."""
    return parse_many([article], model, progress=progress)[0]


def parse_many(
    articles: Sequence[Article],
    model: str | Language = DEFAULT_MODEL,
    *,
    progress: bool = False,
) -> list[Doc]:
    """Parse several articles in one pass through each spaCy component: one Doc per article.

    Each article is cut into paragraph chunks (:func:`_chunks`) with its own sentence starts
    imposed; spaCy batches the chunks of all the articles together (measured on short news
    articles: ~10% faster than article by article), then the chunks are joined back per
    article so that every Doc's text is exactly the article's :attr:`Article.nlp_text`.
    """
    from spacy.tokens import Doc

    nlp = load_model(model) if isinstance(model, str) else model
    texts = [art.nlp_text for art in articles]
    pieces = [(i, a, b) for i, art in enumerate(articles) for a, b in _chunks(art)]
    docs: Iterable[Doc] = (_make_doc(nlp, texts[i][a:b], a, articles[i]) for i, a, b in pieces)
    for _, proc in nlp.pipeline:
        docs = proc.pipe(docs, batch_size=BATCH) if hasattr(proc, "pipe") else map(proc, docs)
    if progress and len(pieces) > 50:
        from tqdm.auto import tqdm

        docs = tqdm(docs, total=len(pieces), desc="spaCy", unit="paragraph")
    grouped: list[list[Doc]] = [[] for _ in articles]
    for (i, _, _), doc in zip(pieces, docs, strict=True):
        grouped[i].append(doc)
    out = []
    for i, chunks in enumerate(grouped):
        if not chunks:  # an empty text: one empty Doc
            chunks = [nlp.make_doc("")]
        doc = chunks[0] if len(chunks) == 1 else Doc.from_docs(chunks, ensure_whitespace=False)
        if doc.text != texts[i]:
            raise AssertionError("parsed text must match the article offsets")
        out.append(doc)
    return out


def _chunks(article: Article) -> Iterator[tuple[int, int]]:
    """Contiguous slices covering the whole text, one per paragraph (with its trailing blank
    lines; the first also holds the blanked header), a paragraph longer than
    :data:`MAX_CHUNK` characters cut further (:func:`_split_long`).

    Short docs are what spaCy's CNN pipeline is fastest on (measured: a 55,000-word article
    parses ~2.5x faster as paragraphs than as 20,000-character chunks), and memory stays
    bounded by the batch, not by the article; no chunk ever reaches spaCy's ``max_length``.
    """
    starts = [p.start for p in article.paragraphs[1:]]
    bounds = [0, *starts, len(article.text)]
    for a, b in zip(bounds, bounds[1:], strict=False):
        if b - a > MAX_CHUNK:
            yield from _split_long(article, a, b)
        elif b > a:
            yield a, b


def _split_long(article: Article, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut ``[start, end)`` into slices of at most :data:`MAX_CHUNK` characters: at the
    article's sentence starts, then (a sentence longer than that) after a run of whitespace,
    then anywhere. Linear in the length: each sentence start is visited once."""
    text, sentences = article.text, article.sentences
    i, pos = article.sentence_at_or_after(start + 1), start
    while end - pos > MAX_CHUNK:
        limit = pos + MAX_CHUNK
        best = None
        while i < len(sentences) and sentences[i].start <= limit:
            if sentences[i].start > pos:
                best = sentences[i].start
            i += 1
        if best is None:
            space = max(text.rfind(" ", pos + 1, limit), text.rfind("\n", pos + 1, limit))
            best = space + 1 if space > pos else limit
        yield pos, best
        pos = best
    if end > pos:
        yield pos, end


def _make_doc(nlp: Language, text: str, offset: int, article: Article) -> Doc:
    """Tokenise and impose the article's sentence starts (one array write: setting
    ``token.is_sent_start`` token by token re-scans the Doc each time, quadratic)."""
    import numpy as np
    from spacy.attrs import SENT_START

    if len(text) >= nlp.max_length:  # never: chunks are shorter (see :func:`_chunks`)
        nlp.max_length = len(text) + 1
    doc = nlp.make_doc(text)
    first = article.sentence_at_or_after(offset)
    starts = set()
    for sent in article.sentences[first:]:
        if sent.start >= offset + len(text):
            break
        starts.add(sent.start - offset)
    values = np.full(len(doc), -1, dtype="int64")
    for token in doc:
        if token.idx in starts:
            values[token.i] = 1
    if len(doc):
        values[0] = 1
        doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))
    return doc


def sentence_id(article: Article, span: Span | int) -> int | None:
    """The article sentence id of a span (or a character offset)."""
    offset = span if isinstance(span, int) else span.start_char
    sent = article.sentence_at(offset)
    return sent.id if sent else None
