"""The timeline's "who did what" is written with the article's own words (invented snippets):
an infinitive keeps the verb that governs it ("doit réunir", "s'est rendu ... pour
partager"), never a subject before a bare infinitive that reads as a lemma; a participle that
qualifies a noun is told with that noun ("le traité conclu ..."), not as a bare "conclu"."""

from __future__ import annotations

from tests.test_timeline import row


def test_an_infinitive_keeps_its_modal_verb():
    r = row("La ministre doit rencontrer mardi les chefs d'entreprise.", "mardi")
    assert r["event"].startswith("La ministre doit rencontrer")
    r = row("Les deux ministres devraient signer jeudi un accord commercial.", "jeudi")
    assert r["event"].startswith("Les deux ministres devraient signer")


def test_an_infinitive_of_purpose_keeps_the_main_verb():
    r = row("Le président s'est rendu à Dakar pour inaugurer lundi le nouveau port.", "lundi")
    assert "s'est rendu" in r["event"] and "pour inaugurer" in r["event"]
    assert "président inaugurer" not in r["event"]


def test_a_participle_qualifying_a_noun_is_told_with_the_noun():
    r = row(
        "Le gouvernement a dénoncé mardi l'accord de pêche conclu en 2010 avec la Norvège.",
        "en 2010",
    )
    assert r["event"] != "conclu"
    assert "accord de pêche conclu" in r["event"]


def test_a_finite_verb_is_unchanged():
    r = row("Le ministre a reçu samedi son homologue malien.", "samedi")
    assert r["event"] == "Le ministre a reçu son homologue malien"


def test_an_infinitive_of_purpose_is_not_told_with_the_date():
    r = row(
        "La ministre est attendue à Lomé le mois prochain pour préparer un sommet régional.",
        "le mois prochain",
    )
    assert "mois prochain" not in r["event"]


def test_a_passive_infinitive_keeps_its_modal_verb():
    r = row("Le traité, qui devrait être signé lundi, reste secret.", "lundi")
    assert "devrait être signé" in r["event"]


def test_no_preposition_dangles_where_the_date_was_cut():
    r = row("Il a salué la lutte d'hier pour l'indépendance du pays.", "hier")
    assert "d'" not in r["event"].split()
    assert "d' " not in r["event"] and "d’ " not in r["event"]


def test_a_fronted_infinitive_clause_does_not_take_the_main_verb_after_it():
    r = row(
        "Après avoir signé mardi l'accord, le ministre est rentré à Accra.",
        "mardi",
    )
    assert not r["event"].endswith("rentré")
