"""Web pages in: a saved ``.html``/``.htm`` file or an ``http(s)://`` URL becomes a Markdown
article with front matter, which is what the library then analyses.

The main text, title, date (htmldate), author, site name and canonical URL come from
trafilatura; nothing here removes boilerplate by hand (the clutter that survives, such as
"12 commentaires" in a live blog, is marked later as non-content segments by
:mod:`analysis.document.segments`). A URL is fetched once, with a timeout; a redirect loop, a
404, a timeout, a page that is not HTML, a page without an article and a page that is not in
French are refused with a :class:`WebPageError` that says what, where and how to fix it.

The saved Markdown is the article: every offset of every table indexes *its* text, so an
analysis can be reproduced from it without the page or the network.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from analysis.document.article import detect_language, slugify
from analysis.errors import ArticleError
from analysis.resources.io import ensure_writable_dir, write_text

HTML_SUFFIXES = (".html", ".htm")
TIMEOUT = 20.0
MAX_BYTES = 20 * 1024 * 1024
MIN_WORDS = 40
_USER_AGENT = "visit-report (article analysis; +https://pypi.org/project/trafilatura/)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_SAVE_FIX = (
    "save the page from your browser (File > Save Page As, 'Web Page, HTML only') and give "
    "the .html file, or paste the article's text into a .txt file"
)


class WebPageError(ArticleError):
    """A web page cannot be fetched or holds no French article."""


@dataclass
class WebArticle:
    """An article extracted from a page: metadata and body blocks, ready to save as Markdown."""

    title: str | None
    date: str | None
    source: str | None
    url: str | None
    author: str | None
    blocks: list[tuple[str, str]] = field(default_factory=list)  # ("heading"|"paragraph", text)
    origin: str = ""  # the file or URL given
    slug: str = "article"
    tool: str = ""
    extracted_at: str = ""
    saved: Path | None = None  # where save() wrote it

    def markdown(self) -> str:
        """The article as Markdown with YAML front matter (what is saved and analysed)."""
        front = {
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "url": self.url,
            "author": self.author,
            "lang": "fr",
            "extracted_from": self.origin,
            "extracted_at": self.extracted_at,
            "tool": self.tool,
        }
        head = yaml.safe_dump(
            {k: v for k, v in front.items() if v}, allow_unicode=True, sort_keys=False, width=1000
        )
        body = "\n\n".join(
            f"## {text}" if kind == "heading" else _escape_markdown(text)
            for kind, text in self.blocks
        )
        return f"---\n{head}---\n\n{body}\n"


def is_url(spec: object) -> bool:
    return isinstance(spec, str) and bool(re.match(r"https?://", spec.strip(), re.I))


def is_web_input(spec: object) -> bool:
    """A URL or a saved HTML page (by its suffix)."""
    return is_url(spec) or Path(str(spec)).suffix.lower() in HTML_SUFFIXES


def ingest(spec: str | Path, *, timeout: float = TIMEOUT) -> WebArticle:
    """Fetch (a URL) or read (a saved page) ``spec`` and extract its article. Writes nothing."""
    spec = str(spec)
    if is_url(spec):
        html, final_url = fetch(spec, timeout=timeout)
        article = extract(html, url=final_url, where=spec)
        article.slug = _slug(article, Path(urllib.parse.urlsplit(final_url).path).stem)
    else:
        path = Path(spec).expanduser()
        if not path.is_file():
            raise WebPageError(
                "the saved web page does not exist",
                where=spec,
                fix="check the path of the .html file",
            )
        article = extract(path.read_bytes(), url=None, where=spec)
        article.slug = _slugify(path.stem)
    article.origin = spec
    return article


def save(article: WebArticle, path: str | Path) -> Path:
    """Write the article's Markdown to ``path`` (atomically). An unchanged article (same text
    and metadata, only ``extracted_at`` differs) is left as it is, so caches keyed on the
    file's content stay valid."""
    path = Path(path)
    text = article.markdown()
    article.saved = path
    if path.is_file():
        old = path.read_text(encoding="utf-8")
        if _without_stamp(old) == _without_stamp(text):
            return path
    ensure_writable_dir(path.parent)
    write_text(path, text)
    return path


def save_inputs(
    specs: Sequence[str | Path],
    place: Callable[[WebArticle], Path],
    *,
    timeout: float = TIMEOUT,
) -> tuple[list[str], list[WebArticle]]:
    """``specs`` with every web input (URL, saved page) replaced by the path of its saved
    Markdown, ``place(article)``; and the pages. Every page is fetched and extracted before
    anything is written, so a bad one leaves nothing behind."""
    pages = {i: ingest(s, timeout=timeout) for i, s in enumerate(specs) if is_web_input(s)}
    out = [str(s) for s in specs]
    for i, page in pages.items():
        out[i] = str(save(page, place(page)))
    return out, list(pages.values())


# --------------------------------------------------------------------------------------------
# Fetching


class _NoLoopRedirects(urllib.request.HTTPRedirectHandler):
    max_repeats = 1
    max_redirections = 8


def fetch(url: str, *, timeout: float = TIMEOUT) -> tuple[bytes, str]:
    """GET ``url`` once: (body, final URL after redirects). Only HTML pages are accepted."""
    opener = urllib.request.build_opener(_NoLoopRedirects())
    request = urllib.request.Request(
        url, headers={"User-Agent": _USER_AGENT, "Accept": "text/html"}
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            ctype = response.headers.get_content_type()
            if ctype not in _HTML_TYPES:
                raise WebPageError(
                    f"this URL is not a web page (Content-Type: {ctype})",
                    where=url,
                    fix="give the URL of the article's HTML page, not of a file or a feed",
                )
            body = response.read(MAX_BYTES + 1)
            final = response.geturl()
    except urllib.error.HTTPError as exc:
        raise _http_error(exc, url) from None
    except TimeoutError as exc:
        raise _timeout(url, timeout) from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise _timeout(url, timeout) from exc
        raise WebPageError(
            f"the page cannot be reached ({exc.reason}); is there a network connection?",
            where=url,
            fix=_SAVE_FIX,
        ) from exc
    if len(body) > MAX_BYTES:
        raise WebPageError(
            f"the page is larger than {MAX_BYTES // 2**20} MB", where=url, fix=_SAVE_FIX
        )
    return body, final


def _http_error(exc: urllib.error.HTTPError, url: str) -> WebPageError:
    if 300 <= exc.code < 400:
        return WebPageError(
            f"the page redirects in a loop (HTTP {exc.code}, last to {exc.filename})",
            where=url,
            fix="open the URL in a browser, then save the page it shows and give the .html file",
        )
    if exc.code in (404, 410):
        return WebPageError(
            f"the page was not found (HTTP {exc.code})",
            where=url,
            fix="check the URL (copy it from the browser's address bar)",
        )
    if exc.code in (401, 402, 403, 429):
        return WebPageError(
            f"the site refused the request (HTTP {exc.code} {exc.reason})", where=url, fix=_SAVE_FIX
        )
    return WebPageError(
        f"the server answered HTTP {exc.code} {exc.reason}",
        where=url,
        fix="try again later, or " + _SAVE_FIX,
    )


def _timeout(url: str, timeout: float) -> WebPageError:
    return WebPageError(
        f"the site did not answer within {timeout:g} s", where=url, fix="try again, or " + _SAVE_FIX
    )


# --------------------------------------------------------------------------------------------
# Extraction


def extract(html: bytes | str, *, url: str | None, where: str) -> WebArticle:
    """The article of page ``html`` (trafilatura), checked: enough text, in French."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_tables=False,
        include_formatting=False,
    )
    blocks = _blocks(doc.body) if doc is not None and doc.body is not None else []
    title = _clean(doc.title) if doc is not None and doc.title else None
    if blocks and title and _fold(blocks[0][1]) == _fold(title):
        blocks = blocks[1:]  # the headline repeated as the first line of the body
    text = "\n".join(t for _, t in blocks)
    sentences = [t for k, t in blocks if k == "paragraph" and len(t.split()) >= 8]
    if len(text.split()) < MIN_WORDS or not sentences:
        raise WebPageError(
            "no article text found in this page (it looks like a home page, a list of links "
            "or a page built by JavaScript)",
            where=where,
            fix="give the page of one article; if the browser shows the article, copy its text "
            "into a .txt file",
        )
    lang = detect_language(text)
    if lang != "fr":
        raise WebPageError(
            f"the article of this page does not look French (detected: {lang})",
            where=where,
            fix="visit-report analyses French news articles; give the French version of the page",
        )
    return WebArticle(
        title=title,
        date=doc.date,
        source=_clean(doc.sitename) if doc.sitename else None,
        url=doc.url or url,
        author=_clean(doc.author) if doc.author else None,
        blocks=blocks,
        tool=f"trafilatura {trafilatura.__version__}",
        extracted_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
    )


def _blocks(body) -> list[tuple[str, str]]:
    """Headings and paragraphs of trafilatura's body tree, whitespace collapsed."""
    out: list[tuple[str, str]] = []
    for el in body:
        if el.tag == "list":
            items = [_clean("".join(item.itertext())) for item in el if item.tag == "item"]
            out.extend(("paragraph", t) for t in items if t)
            continue
        text = _clean("".join(el.itertext()))
        if text:
            out.append(("heading" if el.tag == "head" else "paragraph", text))
    return out


def _clean(value: str) -> str:
    return " ".join(str(value).split())


def _escape_markdown(text: str) -> str:
    """A paragraph that would read as Markdown structure (a '#' heading, a '---' fence) is
    escaped with a backslash; the analysis sees the same words."""
    return "\\" + text if re.match(r"#|---", text) else text


def _fold(value: str) -> str:
    return re.sub(r"\W+", " ", value.casefold()).strip()


def _without_stamp(markdown: str) -> str:
    return re.sub(r"(?m)^extracted_at: .*$", "", markdown, count=1)


def _slug(article: WebArticle, stem: str) -> str:
    """A URL's article: its date and the first words of its title (else the URL's last part)."""
    words = re.findall(r"\w+", article.title or "")
    name = "-".join(w for w in words if len(w) > 2)[:60] if words else stem
    return _slugify(f"{article.date}_{name}" if article.date else name)


def _slugify(value: str) -> str:
    return slugify(value)
