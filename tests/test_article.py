"""The article loader: formats, structure, and the offset contract."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.document.article import detect_language, load_article, parse_article
from analysis.errors import ArticleError
from analysis.resources.paths import ARTICLES_DIR, DEFAULT_ARTICLE


def _check_offsets(article) -> None:
    assert len(article.nlp_text) == len(article.text)
    for s in article.sentences:
        assert article.text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
    for p in article.paragraphs:
        assert article.text[p.start : p.end] == p.text


def test_seed_structure():
    a = load_article(DEFAULT_ARTICLE)
    assert a.format == "seed"
    assert a.publication == dt.date(2021, 11, 1) and a.publication_precision == "month"
    assert a.publication_iso == "2021-11"
    assert a.title.startswith("Le ministre israélien de la Défense")
    assert [h.text for h in a.headings] == ["Une large coopération militaire", "Soutien américain"]
    assert a.paragraphs[0].kind == "lede"
    # the header is not part of any sentence, and the lede starts right after it
    assert a.sentences[0].text.startswith("Le ministre")
    assert a.text[: a.body_start].strip() == "date 2021-11"
    # headings are sentences of their own: never glued to the next one
    heading = next(s for s in a.sentences if s.is_heading)
    assert heading.text == "Une large coopération militaire"
    _check_offsets(a)


def test_quote_with_attribution_is_split_after_the_closing_mark():
    a = load_article(DEFAULT_ARTICLE)
    quote = next(s for s in a.sentences if s.text.startswith('"Il est possible'))
    assert quote.text.endswith('implique."')
    after = a.sentences[quote.id + 1]
    assert after.paragraph_id == quote.paragraph_id and after.text.endswith("à l'AFP")


@pytest.mark.parametrize("path", sorted(ARTICLES_DIR.glob("*.txt")), ids=lambda p: p.stem)
def test_every_bundled_article_round_trips(path):
    a = load_article(path)
    assert a.sentences and a.publication is not None
    _check_offsets(a)
    assert a.text == path.read_text(encoding="utf-8")


def test_markdown_front_matter(tmp_path):
    p = tmp_path / "visite.md"
    p.write_text(
        "---\ntitle: Visite à Vienne\ndate: 2023-03-02\nsource: Le Journal\nlang: fr\n---\n"
        "Le chef de la diplomatie autrichienne a reçu mardi son homologue.\n\n"
        "# Une rencontre attendue\n\n"
        "« Nous avançons », a-t-elle déclaré. M. Dupont n’a pas commenté.\n",
        encoding="utf-8",
    )
    a = load_article(p)
    assert a.format == "markdown" and a.title == "Visite à Vienne" and a.source == "Le Journal"
    assert a.publication == dt.date(2023, 3, 2) and a.publication_precision == "day"
    assert [h.text for h in a.headings] == ["Une rencontre attendue"]
    texts = [s.text for s in a.sentences]
    # "M." is an abbreviation, not a sentence end; the French quote stays whole
    assert "« Nous avançons », a-t-elle déclaré." in texts
    assert "M. Dupont n’a pas commenté." in texts
    _check_offsets(a)
    # typography is normalised only in the NLP copy
    i = a.text.index("n’a")
    assert a.nlp_text[i : i + 3] == "n'a" and a.text[i : i + 3] == "n’a"
    assert "\u00a0" not in a.nlp_text[a.body_start :] or "\u00a0" not in a.text


def test_a_quotation_ending_a_sentence_ends_it_before_the_next_one(tmp_path):
    """French sets a space (often non-breaking) before the closing guillemet: the quotation's
    last sentence still ends there, unless its attribution follows."""
    p = tmp_path / "guillemets.md"
    p.write_text(
        "---\ntitle: Rencontre à Lomé\ndate: 2024-05-02\nlang: fr\n---\n"
        "La ministre a répondu : « Le dialogue reste ouvert. » Aucune date n'a été fixée. "
        "« Nous verrons.\u00a0» Le porte-parole s'est tu. « C'est prématuré. », a dit Mme Adjo.\n",
        encoding="utf-8",
    )
    texts = [s.text for s in load_article(p).sentences]
    assert texts == [
        "La ministre a répondu : « Le dialogue reste ouvert. »",
        "Aucune date n'a été fixée.",
        "« Nous verrons.\u00a0»",
        "Le porte-parole s'est tu.",
        "« C'est prématuré. », a dit Mme Adjo.",
    ]


def test_markdown_written_one_paragraph_per_line(tmp_path):
    """A saved article whose paragraphs are lines without blank lines between them has those
    paragraphs (and sentences cut at each), while a hard-wrapped Markdown paragraph stays one."""
    one_per_line = (
        "Le président a reçu mardi au palais son homologue venu signer trois accords de pêche.\n"
        "« La coopération maritime entre nos deux pays est exemplaire », a-t-il déclaré.\n"
        "## Les accords\n"
        "Le premier porte sur la surveillance des côtes et le deuxième sur la formation.\n"
        "Le troisième, plus discret, concerne le partage des données satellitaires.\n"
    )
    wrapped = (
        "Le président a reçu mardi au palais son homologue venu\n"
        "signer trois accords de pêche, dont le premier porte sur\n"
        "la surveillance des côtes.\n"
    )
    front = "---\ntitle: Accords de pêche\ndate: 2024-05-02\nlang: fr\n---\n"
    (tmp_path / "lignes.md").write_text(front + one_per_line, encoding="utf-8")
    (tmp_path / "replie.md").write_text(front + wrapped, encoding="utf-8")
    a = load_article(tmp_path / "lignes.md")
    kinds = [p.kind for p in a.paragraphs]
    assert kinds == ["lede", "paragraph", "heading", "paragraph", "paragraph"]
    assert [h.text for h in a.headings] == ["Les accords"]
    assert a.sentences[1].text.startswith("« La coopération") and a.sentences[1].paragraph_id == 1
    _check_offsets(a)
    b = load_article(tmp_path / "replie.md")
    assert [p.kind for p in b.paragraphs] == ["lede"] and len(b.sentences) == 1
    _check_offsets(b)


def test_plain_text_takes_the_publication_parameter(tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text(
        "Le président sénégalais a reçu jeudi à Dakar le Premier ministre malien.\n\n"
        "Les deux dirigeants ont signé un accord sur la sécurité des frontières.\n",
        encoding="utf-8",
    )
    a = load_article(p)
    assert a.format == "text" and a.publication is None
    assert any("reference date" in w for w in a.warnings)
    b = load_article(p, publication="2024-05-16")
    assert b.publication == dt.date(2024, 5, 16) and not b.warnings


def test_curly_quotes_nbsp_and_crlf(tmp_path):
    p = tmp_path / "crlf.txt"
    raw = (
        " date 2022-06 Le ministre a parlé d’un accord «\u00a0historique\u00a0».\r\n\r\n"
        "“C’est une étape”, a-t-il dit. La suite viendra.\r\n"
    )
    p.write_bytes(raw.encode("utf-8"))
    a = load_article(p)
    assert a.text == p.read_text(encoding="utf-8")  # universal newlines, like open().read()
    _check_offsets(a)
    assert [s.text for s in a.sentences][-2:] == [
        "“C’est une étape”, a-t-il dit.",
        "La suite viendra.",
    ]


@pytest.mark.parametrize(
    "content, fragment",
    [
        (b"", "empty"),
        (b"   \n\n\t  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b" date 2021-13 Le ministre est venu.\n", "malformed date"),
        (b" date novembre Le ministre est venu.\n", "malformed date header"),
        (
            b"The minister arrived in Rabat on Monday and said that the agreement was "
            b"historic for both countries and for the region.\n",
            "does not look French",
        ),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(tmp_path, content, fragment):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(ArticleError) as err:
        load_article(p)
    assert fragment in str(err.value) and str(p) in str(err.value)


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(ArticleError, match="does not exist"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="directory"):
        load_article(tmp_path)


def test_latin1_is_decoded_with_a_visible_warning(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes(" date 2020-01 Le président a été reçu à Alger.\n".encode("cp1252"))
    with pytest.warns(UserWarning, match="not valid UTF-8"):
        a = load_article(p)
    assert "été reçu à Alger" in a.text and any("Windows-1252" in w for w in a.warnings)


def test_language_detection():
    assert detect_language("Le ministre a déclaré que la visite était une étape.") == "fr"
    assert (
        detect_language("The minister said that the visit was a milestone for the region.") == "en"
    )


def test_parse_article_without_file():
    a = parse_article("Titre court\n\nLe texte de l'article est ici. Il a deux phrases.\n")
    assert a.slug == "article" and a.title == "Titre court"
    assert a.lede.startswith("Le texte") and not a.headings


def test_an_untitled_article_takes_its_whole_first_sentence_as_title():
    """No title in the input: the title is the lede's first sentence, whole (the PDF title
    block wraps it; only the page title is shortened); a lede without any stop for 400
    characters is cut after a whole word."""
    first = (
        "La ministre valdorienne des Affaires étrangères, Irène Castagnol, a achevé mardi à "
        "Port-Amarante une visite de deux jours consacrée à la pêche, aux ports et à la "
        "coopération maritime entre les deux rives du golfe."
    )
    text = f"{first} Elle a rencontré son homologue.\n\nLe second paragraphe suit ici.\n"
    a = parse_article(text, publication="2023-05-02", check_language=False)
    assert len(first) > 160 and a.title == first
    assert a.metadata()["full_title"] == first
    assert a.metadata()["title"].endswith("…") and len(a.metadata()["title"]) <= 131
    endless = " ".join(["mot"] * 150)
    b = parse_article(f"{endless}\n\nSuite du texte.\n", check_language=False)
    assert b.title.endswith("mot…") and len(b.title) <= 400


def test_the_network_x_ends_a_sentence_but_a_name_initial_does_not():
    """ "sur X." names the social network: the next sentence is not glued on; an initial
    inside a name ("Jean K. Morel") still does not end the sentence."""
    a = parse_article(
        "Titre court\n\nLa ministre Ilona Varga a réagi sur X. Selon Jean K. Morel, la "
        "rencontre reste utile.\n"
    )
    texts = [s.text for s in a.sentences]
    assert "La ministre Ilona Varga a réagi sur X." in texts
    assert "Selon Jean K. Morel, la rencontre reste utile." in texts
