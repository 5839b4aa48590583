"""The town of a dateline is the place of the report (invented snippets): "LOMÉ, 4 mai 2022
(Agence) –" and "Bamako, le 2 juin 2021 –" are blanked as non-content lines, yet their town
is a place row; "Niamey – Le ministre ..." is a town, not part of a name; a dateline's
unknown word or a small foreign homonym gives no place."""

from __future__ import annotations

from analysis.document.article import load_article
from analysis.document.nlp import parse
from analysis.extract.context.places import extract


def _places(tmp_path, body: str):
    p = tmp_path / "2022-05-04_snippet.md"
    p.write_text(f'---\ntitle: "Un titre"\ndate: 2022-05-04\nsource: X\n---\n{body}\n')
    article = load_article(p)
    places, mentions = extract(article, parse(article))
    return places, mentions, article


def test_a_blanked_dateline_gives_its_town_as_a_place(tmp_path):
    body = "LOMÉ, 4 mai 2022 (AFP) – Le ministre a reçu son homologue pour parler de sécurité."
    places, mentions, article = _places(tmp_path, body)
    assert any(s.kind == "dateline" for s in article.segments)
    row = places[places.country == "TG"]
    assert len(row) == 1 and row.iloc[0].kind == "city" and row.iloc[0].role == "place"
    m = mentions[mentions.place_id == row.iloc[0].place_id].iloc[0]
    assert article.text[m.start : m.end] == "LOMÉ"
    body = "Bamako, le 2 juin 2021 – Le gouvernement a rappelé son ambassadeur pour consultations."
    places, _m, _a = _places(tmp_path, body)
    assert "ML" in set(places.country)


def test_a_dash_dateline_not_blanked_is_a_town(tmp_path):
    body = "Niamey - Le ministre a reçu son homologue pour parler de sécurité régionale."
    places, _m, _a = _places(tmp_path, body)
    assert "NE" in set(places.country)


def test_an_unknown_or_small_dateline_name_gives_no_place(tmp_path):
    body = "Korvanie, 4 mai 2022 (AFP) – Le ministre a reçu son homologue pour parler de paix."
    places, _m, _a = _places(tmp_path, body)
    assert len(places) == 0
    # a sentence opening with a name and a dash inside the text is not a dateline
    body = "Le ministre a reçu son homologue. Il a parlé de paix - et de sécurité - longuement."
    places, _m, _a = _places(tmp_path, body)
    assert len(places) == 0


def test_a_dateline_town_named_again_cites_its_sentence(tmp_path):
    body = "LOMÉ, 4 mai 2022 (AFP) – Le ministre a reçu son homologue à Lomé pour parler de paix."
    places, mentions, article = _places(tmp_path, body)
    row = places[places.country == "TG"].iloc[0]
    assert row.mentions == 2 and row.sentence_id == 0
    assert article.text[row.start : row.end] == "Lomé"
