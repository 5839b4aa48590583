"""Real pages in: saved web pages, URLs and text pasted from a browser.

Every page and pasted text here was written for these tests, in the shapes real sites use
(WordPress with share buttons and comments, AMP, JSON-LD NewsArticle, a paywall teaser, a live
blog); no third-party text. URLs are served by a local ``http.server`` on 127.0.0.1 that the
test starts and stops.
"""

from __future__ import annotations

import contextlib
import csv
import http.server
import subprocess
import threading
import time
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.document.article import load_article, parse_article
from analysis.document.ingest import WebPageError, fetch, ingest, save, save_inputs
from analysis.document.segments import classify, line_paragraphs
from analysis.resources.paths import ROOT
from tests.conftest import CLI

FIXTURES = Path(__file__).resolve().parent / "fixtures"
WEB = FIXTURES / "web"
PASTED = FIXTURES / "pasted"
CONTENT_TABLES = (
    "mentions",
    "actor_roles",
    "quotes",
    "stances",
    "timeline",
    "place_mentions",
    "theme_hits",
    "events",
    "systems",
)


class _Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(WEB), **kwargs)

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        if self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/moved.html":
            self.send_response(301)
            self.send_header("Location", "/jsonld.html")
            self.end_headers()
        elif self.path == "/slow.html":
            time.sleep(2.5)  # longer than the tests' timeout, bounded
            self._send(b"<html></html>", "text/html")
        elif self.path == "/article.html":  # the WordPress page under a plain name
            self.path = "/wordpress.html"
            super().do_GET()
        elif self.path == "/report.pdf":
            self._send(b"%PDF-1.4\n", "application/pdf")
        else:
            super().do_GET()

    def _send(self, body: bytes, ctype: str) -> None:
        with contextlib.suppress(OSError):
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    """Base URL of a local server for the pages in tests/fixtures/web (stopped after)."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1})
    thread.daemon = True
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


# --------------------------------------------------------------------------------------------
# Pages: metadata and text


@pytest.mark.parametrize(
    ("page", "title", "source", "date", "author", "first_words"),
    [
        (
            "wordpress",
            "Le chef de la diplomatie canadienne à Dakar pour relancer la coopération",
            "La Gazette du Fleuve",
            "2023-03-14",
            "Claire Mbaye",
            "Le ministre canadien",
        ),
        (
            "amp",
            "Visite du président kényan à Addis-Abeba",
            "Horizon Hebdo",
            "2022-10-06",
            "Paul Kamau",
            "Le président kényan",
        ),
        (
            "jsonld",
            "Tokyo et Séoul promettent de tourner la page",
            "Le Courrier du Sud",
            "2024-05-21",
            "Hélène Martin",
            "Le ministre sud-coréen",
        ),
        (
            "paywall",
            "À Pékin, le chef de la diplomatie portugaise plaide pour le commerce",
            "La Gazette diplomatique",
            "2025-10-13",
            "Luc Ferreira",
            "Le ministre portugais",
        ),
        (
            "liveblog",
            "DIRECT. Visite du ministre israélien de la Défense au Maroc : suivez la journée",
            "Le Quotidien",
            "2021-11-24",
            None,
            "Benny Gantz et son homologue",
        ),
    ],
)
def test_pages_give_title_date_source_and_the_article_only(
    server, tmp_path, page, title, source, date, author, first_words
):
    web = ingest(f"{server}/{page}.html")
    assert (web.title, web.source, web.date) == (title, source, date)
    if author:
        assert web.author == author
    saved = save(web, tmp_path / f"{web.slug}.md")
    assert web.slug.startswith(date)
    art = load_article(saved)
    assert art.format == "markdown" and art.title == title and art.source == source
    assert art.publication_iso == date and art.lede.startswith(first_words)
    assert art.metadata()["title"].startswith(title.split()[0])
    body = art.text[art.body_start :]
    for clutter in ("Partager", "Laisser un commentaire", "Newsletter", "Mots-clés", "Lire aussi"):
        assert clutter not in body  # trafilatura left the page furniture out
    assert "Moussa" not in body and "Thiès" not in body  # no reader comment
    assert "Abonnez-vous" not in body and "réservé aux abonnés" not in body
    for seg in art.segments:  # what trafilatura kept of the furniture is marked
        assert art.text[seg.start : seg.end] == seg.text
    front = art.text[: art.body_start]
    for key in ("title:", "date:", "source:", "extracted_at:", "tool: trafilatura 2."):
        assert key in front


def test_a_saved_page_reads_like_its_url(server, tmp_path):
    from_file = ingest(WEB / "jsonld.html")
    from_url = ingest(f"{server}/jsonld.html")
    assert from_file.slug == "jsonld" and from_file.blocks == from_url.blocks
    headings = [t for k, t in from_file.blocks if k == "heading"]
    assert headings == ["Un contentieux historique", "La menace nord-coréenne"]
    art = load_article(save(from_file, tmp_path / "a.md"))
    assert [h.text for h in art.headings] == headings


def test_live_blog_prompts_are_segments(server, tmp_path):
    art = load_article(save(ingest(f"{server}/liveblog.html"), tmp_path / "live.md"))
    kinds = {s.text: s.kind for s in art.segments}
    assert kinds == {"Réagissez à ce direct": "comment", "12 commentaires": "comment"}
    assert not any("commentaires" in s.text for s in art.sentences)


def test_resaving_an_unchanged_page_keeps_the_file(tmp_path):
    path = save(ingest(WEB / "amp.html"), tmp_path / "amp.md")
    before = path.read_text(encoding="utf-8")
    later = ingest(WEB / "amp.html")
    later.extracted_at = "2099-01-01T00:00:00+00:00"
    save(later, path)
    assert path.read_text(encoding="utf-8") == before


def test_a_redirect_is_followed(server):
    body, final = fetch(f"{server}/moved.html")
    assert final.endswith("/jsonld.html") and b"NewsArticle" in body


# --------------------------------------------------------------------------------------------
# Errors: what, where, how to fix; nothing written


@pytest.mark.parametrize(
    ("path", "what", "fix"),
    [
        ("/missing.html", "not found (HTTP 404)", "check the URL"),
        ("/loop", "redirects in a loop", "save the page"),
        ("/report.pdf", "not a web page (Content-Type: application/pdf)", "HTML page"),
        ("/empty.html", "no article text found", "page of one article"),
        ("/english.html", "does not look French (detected: en)", "French"),
        ("/slow.html", "did not answer within 1 s", "save the page"),
    ],
)
def test_bad_urls_are_refused_clearly_and_nothing_is_written(server, tmp_path, path, what, fix):
    url = f"{server}{path}"
    with pytest.raises(WebPageError) as info:
        save_inputs([url], lambda page: tmp_path / "out" / "a.md", timeout=1.0)
    assert what in info.value.what and info.value.where == url and fix in info.value.fix
    assert not (tmp_path / "out").exists()


def test_no_network_suggests_saving_the_page(tmp_path):
    with pytest.raises(WebPageError) as info:
        ingest("http://127.0.0.1:9/article.html", timeout=2)  # discard port: refused
    assert "cannot be reached" in info.value.what and "Save Page As" in info.value.fix


def test_cli_errors_exit_2_and_write_nothing(server, tmp_path, capsys):
    out = tmp_path / "tables"
    code = main(["analyze", f"{server}/missing.html", "--out", str(out), "--timeout", "2"])
    err = capsys.readouterr().err
    assert code == 2 and "HTTP 404" in err and f"{server}/missing.html" in err
    assert not out.exists()
    assert main(["analyze", str(WEB / "english.html"), "--out", str(out)]) == 2
    assert "does not look French" in capsys.readouterr().err and not out.exists()
    missing = tmp_path / "nowhere.html"
    assert main(["analyze", str(missing), "--out", str(out)]) == 2
    assert "saved web page does not exist" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------
# Pasted text: paragraphs rebuilt, clutter marked, never analysed


def test_single_newlines_become_paragraphs_and_clutter_segments():
    art = load_article(PASTED / "browser_copy.txt")
    assert art.title == "La cheffe de la diplomatie espagnole reçue à Rabat"
    assert art.source == "Maroc Diplomatique" and art.publication_iso == "2024-03-12"
    assert art.lede.startswith("Madrid et Rabat veulent") and art.lede.endswith("échanges.")
    assert [p.kind for p in art.paragraphs] == ["lede"] + ["paragraph"] * 4
    kinds = [s.kind for s in art.segments]
    assert kinds == [
        "outlet",
        "rubric",
        "related",
        "title",
        "byline",
        "meta",
        "share",
        "share",
        "credit",
        "credit",
        "related",
        "newsletter",
        "comment",
        "comment",
    ]
    assert not art.headings  # "POOL/AFP", "Archive - DR" are no section headings
    _assert_segments_exact(art)


def test_dateline_and_agency_credits_in_a_dispatch():
    art = load_article(PASTED / "agency_dispatch.txt")
    assert art.title == "Le ministre canadien des Affaires étrangères attendu à Dakar"
    assert art.publication_iso == "2023-03-14" and art.source == "AFP"
    by_kind = {s.kind: s.text for s in art.segments}
    assert by_kind["dateline"] == "Dakar, 14 mars 2023 (AFP) –"
    assert by_kind["agency"] == "(Avec AFP)"
    assert art.lede.startswith("Le ministre canadien des Affaires étrangères, Marc Tremblay")
    _assert_segments_exact(art)


@pytest.mark.parametrize("name", ["browser_copy.txt", "agency_dispatch.txt"])
def test_no_clutter_reaches_any_table(name):
    from analysis.pipeline import analyze

    art = load_article(PASTED / name)
    result = analyze(art)
    segs = result["segments"]
    assert list(segs.columns) == ["segment_id", "kind", "start", "end", "text"]
    assert len(segs) == len(art.segments) and segs["segment_id"].iloc[0] == "S01"
    spans = list(zip(segs["start"], segs["end"], strict=True))
    for row in segs.itertuples():
        assert art.text[row.start : row.end] == row.text

    def inside(start: int) -> bool:
        return any(a <= start < b for a, b in spans)

    # the one exception: a dateline's leading town is the place of the report, a place row
    # (never an actor, a quote or a date)
    towns = {
        row.start: row.text.split(",")[0].split("(")[0].strip()
        for row in segs.itertuples()
        if row.kind == "dateline"
    }
    for table in CONTENT_TABLES:
        df = result[table]
        if df.empty or "start" not in df.columns:
            continue
        for row in df.itertuples():
            if table in ("places", "place_mentions") and towns.get(int(row.start)) == row.text:
                continue
            assert not inside(int(row.start)), f"{table}: {row}"
            if table in ("mentions", "place_mentions", "theme_hits"):
                assert art.text[int(row.start) : int(row.end)] == row.text
    names = set(result["actors"]["name"])
    places = set(result["places"]["name"])
    for clutter in ("Maroc Diplomatique", "Sofia Alami", "AFP", "POOL", "DR", "Archive"):
        assert clutter not in names and clutter not in places
    for quote in result["quotes"]["text"]:
        assert "commentaires" not in quote and "newsletter" not in quote
    assert "Elena Ruiz" in names or "Marc Tremblay" in names  # the content is still analysed


def test_hard_wrapped_paragraphs_stay_whole():
    wrapped = (
        "La ministre espagnole des Affaires étrangères a été reçue mardi à Rabat par\n"
        "son homologue marocain pour une visite de deux jours consacrée aux\n"
        "migrations et au commerce entre les deux pays.\n"
    )
    assert not line_paragraphs(wrapped.splitlines())
    art = parse_article(wrapped + "\nUne seconde phrase du second paragraphe est ici.\n")
    assert [p.kind for p in art.paragraphs] == ["lede", "paragraph"] and not art.segments


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("POOL/AFP", "credit"),
        ("Archive - DR", "credit"),
        ("© Reuters", "credit"),
        ("Photo : Benny Gantz à Rabat", "credit"),
        ("Par Jean Dupont et Marie Curie, envoyés spéciaux", "byline"),
        ("Partager :", "share"),
        ("Copier le lien", "share"),
        ("3 réponses à « Un titre »", "comment"),
        ("À lire aussi", "related"),
        ("Lire aussi : un autre article", "related"),
        ("Le Monde avec AFP", "agency"),
        ("Mis à jour le 24 novembre 2021 à 10h02", "meta"),
        ("Article réservé aux abonnés", "paywall"),
        ("Par ailleurs, les deux pays ont signé un accord.", None),
        ("Le porte-parole a déclaré à l'AFP que la visite aurait lieu.", None),
        ("Les relations entre Rabat et Madrid", None),
    ],
)
def test_classify_lines(line, kind):
    assert classify(line) == kind


def _assert_segments_exact(art) -> None:
    for seg in art.segments:
        assert art.text[seg.start : seg.end] == seg.text
        assert art.nlp_text[seg.start : seg.end].strip() == ""
        assert all(not (seg.start <= s.start < seg.end) for s in art.sentences)
    assert len(art.nlp_text) == len(art.text)
    for sent in art.sentences:
        assert art.text[sent.start : sent.end] == sent.text


# --------------------------------------------------------------------------------------------
# End to end (subprocesses): analyze a saved page, build from a URL


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=900, cwd=ROOT)


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.slow
def test_analyze_a_saved_page(tmp_path):
    page = tmp_path / "saved_page.html"
    page.write_bytes((WEB / "wordpress.html").read_bytes())
    out, text_path = tmp_path / "tables", tmp_path / "texte.md"
    proc = _cli(
        "analyze", str(page), "--out", str(out), "--save-text", str(text_path), "--jobs", "1"
    )
    assert proc.returncode == 0, proc.stderr
    assert f"saved to {text_path}" in proc.stdout
    text = text_path.read_text(encoding="utf-8")
    assert "title: Le chef de la diplomatie canadienne" in text and "date: '2023-03-14'" in text
    for name in ("mentions", "quotes", "place_mentions", "timeline"):
        rows = _rows(out / f"{name}.csv")
        assert rows, name
        for row in rows:  # every offset indexes the saved text
            start, end = int(row["start"]), int(row["end"])
            assert start >= text.index("\n---\n") + 5
            if name in ("mentions", "place_mentions"):
                assert text[start:end] == row["text"]
    names = {r["name"] for r in _rows(out / "actors.csv")}
    assert {"Marc Tremblay", "Aïssatou Diallo"} <= names and "Moussa" not in names
    places = {r["name"] for r in _rows(out / "places.csv")}
    assert "Dakar" in places and "Thiès" not in places and "Bamako" not in places
    # default: the text is saved next to the tables, the same article
    out2 = tmp_path / "tables2"
    assert _cli("analyze", str(page), "--out", str(out2), "--jobs", "1").returncode == 0
    again = (out2 / "saved_page.md").read_text(encoding="utf-8")
    assert again.split("\n---\n", 1)[1] == text.split("\n---\n", 1)[1]


@pytest.mark.slow
def test_build_from_a_url(server, tmp_path):
    out = tmp_path / "reports"
    url = f"{server}/article.html"
    proc = _cli(
        "build",
        url,
        "--out",
        str(out),
        "--formats",
        "html",
        "--notebooks",
        "00_briefing,01_actors",
        "--quiet",
    )
    assert proc.returncode == 0, proc.stderr
    slug_dirs = [p for p in out.iterdir() if p.is_dir()]
    assert len(slug_dirs) == 1
    slug_dir = slug_dirs[0]
    assert slug_dir.name.startswith("2023-03-14_")
    saved = slug_dir / f"{slug_dir.name}.md"
    assert f"url: {url}" not in saved.read_text(encoding="utf-8")  # the canonical URL wins
    assert "extracted_from: " + url in saved.read_text(encoding="utf-8")
    title = "Le chef de la diplomatie canadienne à Dakar pour relancer la coopération"
    index = (slug_dir / "index.html").read_text(encoding="utf-8")
    assert title in index and "La Gazette du Fleuve" in index and "2023-03-14" in index
    brief = (slug_dir / "00_briefing.html").read_text(encoding="utf-8")
    assert title in brief and "La Gazette du Fleuve" in brief and "14 mars 2023" in brief
    actors = (slug_dir / "01_actors.html").read_text(encoding="utf-8")
    assert "Marc Tremblay" in actors and "Moussa" not in actors


def test_a_first_paragraph_of_prose_is_never_taken_for_a_title():
    from analysis.document.segments import is_title_line

    assert is_title_line("Le président islandais attendu à Vienne pour un sommet régional")
    assert is_title_line("« Un partenariat solide » : la visite du chancelier à Reykjavik")
    prose = (
        "La présidente a reçu mardi le chancelier. « Nous avons travaillé ensemble, "
        "a-t-elle indiqué. Nous continuerons. »"
    )
    assert not is_title_line(prose)
    assert not is_title_line("Le chancelier a dîné avec la présidente. »")
    assert not is_title_line("Il est arrivé mardi à Vienne.")
