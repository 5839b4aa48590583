"""Quotes (session 27, gtit): a speaker named by a gendered title ("la présidente de la
Confédération", "la ministre") never goes to a person the article gives the other gender
("Le président portugais a refusé …", "Le ministre norvégien a salué …"), and a title whose
complement names a body prefers the person of the body's country; a given name the tagger
took for a common noun still opens an inverted subject ("…, a indiqué à ce sujet Anna X").
Invented snippets, invented names."""

from __future__ import annotations

import pytest

from analysis.extract.quotes.speakers.body_countries import body_country
from tests.helpers import run_steps


def speaker(text: str, fragment: str):
    q = run_steps(text, publication="2024-03-01").tables["quotes"]
    hits = q[q["text"].str.contains(fragment, regex=False)]
    assert len(hits), f"no quote with {fragment!r}: {q[['text', 'speaker']].to_dict('records')}"
    return hits.iloc[0]["speaker"]


def test_a_feminine_title_skips_the_man_named_last():
    text = (
        "La Suisse et le Chili ont conclu deux traités. En ouvrant les travaux, la présidente "
        "de la Confédération évoqua l'énergie.\n\n"
        "La présidente Doris Keller et son homologue chilien Pablo Reyes, reçu à Lausanne, ont "
        "parlé deux heures. « Il reste des écarts », a reconnu à ce sujet Doris Keller devant "
        "des élèves. Le président chilien n'a rien voulu ajouter. « Le Chili a répété que "
        "l'emploi comptait d'abord », a ensuite résumé la présidente de la Confédération."
    )
    assert speaker(text, "emploi comptait") == "Doris Keller"


def test_la_ministre_is_not_the_minister_given_le():
    text = (
        "Le Canada et la Norvège ont conclu un accord. La ministre Claire Dubois a rencontré "
        "son homologue Erik Larsen à Oslo. Le ministre norvégien a salué l'accord. « Nous "
        "sommes satisfaits », a déclaré la ministre."
    )
    assert speaker(text, "Nous sommes satisfaits") == "Claire Dubois"


def test_a_title_of_a_body_prefers_the_person_of_its_country():
    text = (
        "La Suisse et le Chili ont conclu deux traités.\n\nLe président suisse Alex Keller et "
        "le président chilien Sam Reyes, reçu à Lausanne, ont parlé deux heures. Sam Reyes "
        "n'a rien voulu ajouter. « Le Chili a répété que l'emploi comptait d'abord », a "
        "ensuite résumé le président de la Confédération."
    )
    assert speaker(text, "emploi comptait") == "Alex Keller"


def test_the_country_of_a_title_complement():
    assert body_country("présidente de la Confédération", {"CH", "PT"}) == "CH"
    assert body_country("présidente de la Confédération", {"PT"}) is None
    assert body_country("porte-parole du ministère portugais des Finances", ()) == "PT"
    assert body_country("ministre des Affaires étrangères", {"CH"}) is None


@pytest.mark.parametrize(
    "circumstance",
    [
        "à ce sujet",
        "à la presse",
        "aux journalistes",
        "devant les députés",
        "lors d'un point de presse",
    ],
)
def test_a_given_name_tagged_as_a_noun_opens_the_inverted_subject(circumstance):
    text = (
        "Le Canada et la Norvège ont conclu un accord. « Nous sommes satisfaits », a indiqué "
        f"{circumstance} Anna Meier."
    )
    assert speaker(text, "Nous sommes satisfaits") == "Anna Meier"
