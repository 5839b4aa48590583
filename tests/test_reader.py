"""What a reader sees: clickable evidence, French typography and labels, table layout in the
PDF, one-line parameter errors. Unit tests on invented data (no notebook, no build)."""

from __future__ import annotations

import re

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis.errors import ArticleError
from analysis.report import display, evidence, french, render, session
from analysis.report.labels import label, report_title, timeline_note
from analysis.report.views import context, stance

NBSP, NNBSP = "\u00a0", "\u202f"


# --------------------------------------------------------------------------------------------
# Evidence: one anchor per sentence, numbered from 1, linked from every finding


def test_sentence_numbers_and_anchors_are_one_based():
    assert evidence.shown(0) == 1
    assert evidence.anchor(12) == "phrase-13"
    assert evidence.cite(12) == "[phrase 13](#phrase-13)"
    assert evidence.cite("3; 5") == "phrases [4](#phrase-4), [6](#phrase-6)"
    assert evidence.cite(None) == ""


def test_ref_cells_link_to_the_sentence_in_html_and_latex():
    ref = evidence.Ref(12)
    assert str(ref) == "13"
    assert ref.html() == "<a class='vr-ref' href='#phrase-13'>13</a>"
    assert ref.latex() == r"\hyperlink{phrase-13}{13}"
    assert evidence.refs([0, "4; 7", None]) == [evidence.Ref(0), evidence.Ref(4, 7), ""]


class _Sentence:
    def __init__(self, i, par, text):
        self.id, self.paragraph_id, self.text = i, par, text


class _Paragraph:
    def __init__(self, i, kind):
        self.id, self.kind = i, kind


class _Article:
    sentences = [
        _Sentence(0, 0, "Une visite au Valdor."),
        _Sentence(1, 1, "La ministre Léa Morvan a signé <un> accord."),
        _Sentence(2, 1, "Elle repart « demain » & après ; 100 % sûr."),
    ]
    paragraphs = [_Paragraph(0, "title"), _Paragraph(1, "paragraph")]


def test_article_annex_gives_each_sentence_an_anchor_and_its_number():
    annex = display.article(_Article())
    html = annex._repr_html_()
    for i in (1, 2, 3):
        assert f"id='phrase-{i}'" in html
    assert "&lt;un&gt;" in html and "<un>" not in html  # article text is escaped
    assert "id='article'" in html
    latex = annex._repr_latex_()
    assert r"\hypertarget{phrase-3}{}" in latex and r"\sffamily 3}" in latex
    assert r"\VR" not in latex  # plain LaTeX: nbconvert's own template compiles it too
    assert r"\hypertarget{article}{}" in latex
    assert r"\&" in latex and r"\%" in latex


def test_article_annex_never_breaks_a_line_inside_guillemets_and_keeps_the_words():
    annex = display.article(_Article())
    html, latex = annex._repr_html_(), annex._repr_latex_()
    assert f"«{NBSP}demain{NBSP}»" in html and f"après{NBSP};" in html
    assert "«~demain~»" in latex and "après~;" in latex
    # only the spaces change: the article's characters stay as written
    assert (
        french.held_together('l\'ONU « "dit" » : non') == f'l\'ONU «{NBSP}"dit"{NBSP}»{NBSP}: non'
    )


def test_headlines_link_to_their_sentences():
    # invented quotes and stances, shaped like the pipeline's tables
    q = pd.DataFrame(
        {
            "sentence_id": [4],
            "speaker": ["Léa Morvan"],
            "kind": ["scare"],
            "cue": [""],
            "text": ["grave erreur"],
            "words": [2],
            "start": [0],
            "end": [5],
            "evaluative": [True],
        }
    )

    class An:
        tables = {"quotes": q}

        class article:
            text = "abcde"
            n_words = 10

    lines = stance.headlines(An())
    assert any("[phrase 5](#phrase-5)" in line for line in lines)
    assert not any("phrase 4" in line for line in lines)


# --------------------------------------------------------------------------------------------
# French numbers, plurals, quotation marks


def test_numbers_use_decimal_comma_and_narrow_spaces():
    assert french.number(14.71) == "14,71"
    assert french.number(-1.0) == "\u22121"
    assert french.number(12345) == f"12{NNBSP}345"
    assert french.number(2021) == "2021"  # a year stays whole
    assert french.number(float("nan")) == ""
    assert french.percent(0.23) == f"23{NBSP}%"
    assert french.signed(0.5) == "+0,50"


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "0\u00a0mention"),
        (1, "1\u00a0mention"),
        (2, "2\u00a0mentions"),
        (14, "14\u00a0mentions"),
    ],
)
def test_plural_agrees_with_the_count(n, expected):
    assert french.plural(n, "mention") == expected


def test_plural_with_an_irregular_form():
    assert french.plural(3, "lieu", "lieux") == f"3{NBSP}lieux"


def test_guillemets_hold_their_words_and_straight_quotes_become_french():
    assert french.typography('il dit "non" ici') == f"il dit «{NBSP}non{NBSP}» ici"
    assert french.typography("intervenir; conclure") == f"intervenir{NNBSP}; conclure"
    assert french.typography("« oui »") == f"«{NBSP}oui{NBSP}»"


def test_cut_extracts_have_balanced_quotation_marks():
    assert french.balanced("il a parlé d'un « accord") == "il a parlé d'un « accord»"
    assert french.balanced("historique » selon lui") == "«historique » selon lui"
    quoted = french.quoted("un « pacte")
    assert quoted.count("«") == quoted.count("»")


def test_dates_in_words():
    assert french.date("2021-11-01") == "1er novembre 2021"
    assert french.date("2021-11") == "novembre 2021"
    assert french.date("vers 2020") == "vers 2020"


# --------------------------------------------------------------------------------------------
# Labels: one table, every coded value in French


def test_labels_translate_codes_and_keep_unknown_ones():
    assert label("date_precision", "season") == "saison"
    assert label("place_kind", "city") == "ville"
    assert label("boolean", True) == "oui"
    assert label("place_kind", "galaxy") == "galaxy"
    assert report_title("01_actors") == "Acteurs"


def test_timeline_notes_are_french_and_agree_in_number():
    assert timeline_note("1 year(s) après an event not dated in the text") == (
        "1 an après un événement que le texte ne date pas"
    )
    assert timeline_note("3 month(s) avant an event not dated in the text").startswith("3 mois")
    assert timeline_note("impossible date") == "date impossible"
    assert timeline_note("") == ""


def test_context_views_show_labels_not_codes():
    tl = pd.DataFrame(
        {
            "time_id": ["T1"],
            "text": ["cet été"],
            "date": ["2023-06"],
            "date_end": ["2023-08"],
            "precision": ["season"],
            "phase": ["before"],
            "event": [""],
            "sentence_id": [2],
            "note": ["2 year(s) après an event not dated in the text"],
        }
    )
    view = context.timeline_view(tl)
    assert view.loc[0, "Précision"] == "saison"
    assert view.loc[0, "Phase"] == "avant l'événement principal"
    assert view.loc[0, "Phrase"] == evidence.Ref(2)
    assert context.unresolved_view(tl).loc[0, "Remarque"].startswith("2 ans après")


# --------------------------------------------------------------------------------------------
# Tables: French cells, links, widths that follow the content


def _table() -> display.Table:
    df = pd.DataFrame(
        {
            "Id": ["E01", "E02"],
            "Date": ["2023-02-16", "2023-02"],
            "Réserve": [True, False],
            "Score": [14.71, -1.0],
            "Extrait": ['La ministre a dit "non" au projet; puis elle est partie. ' * 4, "bref"],
            "Phrase": [evidence.Ref(12), evidence.Ref("3; 5")],
        }
    )
    return display.table(df)


def test_table_cells_are_french_and_linked():
    html = _table()._repr_html_()
    assert ">oui<" in html and ">non<" in html and "True" not in html
    assert ">14,71<" in html and "14.71" not in html
    assert "href='#phrase-13'" in html
    assert "«\u00a0non\u00a0»" in html
    assert "class='vr-scroll'" in html  # wide tables scroll, the page does not
    latex = _table()._repr_latex_()
    assert r"\hyperlink{phrase-13}{13}" in latex
    assert r"\mbox{2023-{}02-{}16}" in latex  # a date never breaks at its hyphens


def test_latex_widths_follow_the_content():
    widths = _table().latex_widths()
    assert abs(sum(widths) - 1) < 1e-9
    assert widths[4] == max(widths)  # the long text gets the room
    # the short columns keep their longest word: no id or date broken over two lines
    cells = _table()._cells()
    for j in (0, 1):
        longest = max(len(row[j]) for row in cells)
        assert widths[j] * display.CHARS_PER_LINE - display.CELL_PADDING >= longest


def test_more_rows_line_agrees_and_stays_out_of_the_longtable():
    t = display.table(pd.DataFrame({"a": range(5)}), max_rows=2)
    assert t._more().startswith("… et 3\u00a0lignes de plus")
    latex = t._repr_latex_()
    assert latex.index(r"\end{longtable}") < latex.index("lignes de plus")


def test_row_height_estimate_grows_with_the_text():
    lines = _table().row_lines()
    assert lines[0] > lines[1] == 1


# --------------------------------------------------------------------------------------------
# Rendering: one name per report, sibling links, parameters in the header


def _notebook() -> nbformat.NotebookNode:
    nb = new_notebook()
    nb.metadata["papermill"] = {"parameters": {"article": "x.txt", "min_mentions": 2}}
    out = new_output(
        "display_data",
        data={"text/markdown": "Rapport détaillé : [Acteurs](01_actors.ipynb)"},
    )
    nb.cells = [
        new_markdown_cell("# Les acteurs\n\nIntroduction."),
        new_code_cell("x", outputs=[out]),
    ]
    return nb


def test_html_report_names_itself_once_and_links_to_siblings(tmp_path):
    meta = {"title": "Visite au Valdor", "full_title": "Visite au Valdor", "notebook": "01_actors"}
    page = render.render_html(_notebook(), tmp_path / "r.html", meta).read_text()
    assert "<title>Les acteurs — Visite au Valdor</title>" in page
    assert page.count("Les acteurs") == 2  # <title> and the header, not the notebook's h1
    assert 'href="01_actors.html"' in page or "href='01_actors.html'" in page
    assert ".ipynb" not in page
    assert "min_mentions = 2" in page and "visit-report" in page
    assert 'href="index.html"' in page


# --------------------------------------------------------------------------------------------
# Parameters: a typo gives one line and a close match


def test_article_typo_suggests_the_closest_file():
    assert session.suggestion("qwxz", ["2023-01-02_visite-valdor.txt", "b.txt"]) is None
    assert session.suggestion("visite-valdr", ["2023-01-02_visite-valdor.txt", "b.txt"]) == (
        "2023-01-02_visite-valdor.txt"
    )
    assert session.suggestion("2023-01-02_visite-valdr", ["2023-01-02_visite-valdor.txt"]) == (
        "2023-01-02_visite-valdor.txt"
    )
    choices = session.article_choices()
    assert choices
    typo = re.sub(r"[aeiou]", "", choices[0], count=1)
    with pytest.raises(ArticleError) as info:
        session.load(typo, model="fr_core_news_md")
    lines = info.value._render_traceback_()
    assert len(lines) == 2
    assert "Vouliez-vous dire" in lines[0] and choices[0] in lines[0]


# --------------------------------------------------------------------------------------------
# The index pages


def test_header_and_index_write_parameters_one_way():
    """One formatter: the header (papermill's record) and the index (the manifest) agree."""
    from analysis.report.header import parameters_line as header_line
    from analysis.report.manifest import format_parameters

    params = {"model": "fr_core_news_md", "article": "x.txt", "min_mentions": 2, "publication": ""}
    nb = new_notebook(metadata={"papermill": {"parameters": params}})
    expected = "min_mentions = 2 · model = fr_core_news_md"
    assert header_line(nb) == format_parameters(params) == expected
    assert format_parameters({"focus_actor": "x" * 80}) == f"focus_actor = {'x' * 59}…"


def test_article_index_lists_french_names_and_manifest_parameters(tmp_path):
    import json

    from analysis.report.index import write_index

    slug = tmp_path / "reports" / "2023-01-02_visite-valdor"
    slug.mkdir(parents=True)
    for ext in ("ipynb", "html"):
        (slug / f"01_actors.{ext}").write_text("{}", encoding="utf-8")
    manifest = {"reports": {"01_actors": {"parameters": {"article": "x", "min_mentions": 2}}}}
    (slug / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    page = write_index(slug, {"title": "Visite au Valdor"}).read_text(encoding="utf-8")
    assert "Acteurs" in page and ">01_actors<" not in page
    assert "min_mentions = 2" in page and "min_mentions=2" not in page  # as the header writes it
    assert "href='../index.html'" in page
    site = (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
    assert "Visite au Valdor" in site and "2023-01-02_visite-valdor/index.html" in site
    assert "1\u00a0rapport<" in site or "1\u00a0rapport)" in site


def test_site_index_never_overwrites_a_page_it_did_not_write(tmp_path):
    from analysis.report.index import write_site_index

    (tmp_path / "index.html").write_text("<html>mon site</html>", encoding="utf-8")
    write_site_index(tmp_path)
    assert (tmp_path / "index.html").read_text(encoding="utf-8") == "<html>mon site</html>"


def test_long_extracts_are_shortened_after_a_whole_word_with_balanced_marks():
    text = "La ministre a dit « nous signerons " + "très " * 60 + "bientôt » au Valdor."
    short = french.shortened(text, 80)
    assert len(short) <= 82 and short.endswith("…»")
    assert short.count("«") == short.count("»")
    assert french.shortened("court") == "court"
