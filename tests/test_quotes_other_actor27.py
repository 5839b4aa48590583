"""Quotations given to another actor (round 23, session 27): the subject of a question put
to someone, or of a clause of what someone said, is no antecedent of a later pronoun, and the
one asked answers. Invented snippets and names only."""

from __future__ import annotations

from tests.helpers import speaker_of


def test_the_one_asked_answers_not_the_subject_of_the_question():
    text = (
        "Quand la gazette Norvik Soir a interrogé la commissaire Ilse Marrow pour savoir si "
        "Tarsia comptait fermer ses ports, elle a répondu que les quais resteraient ouverts."
    )
    assert speaker_of(text, "quais resteraient") == "Ilse Marrow"


def test_demander_a_names_the_one_who_answers():
    text = (
        "Lorsque le quotidien Norvik Soir a demandé au sénateur Oswin Darrel si Tarsia "
        "renoncerait au traité, il a rétorqué que la question ne se posait plus."
    )
    assert speaker_of(text, "ne se posait plus") == "Oswin Darrel"


def test_subject_of_a_said_clause_is_no_antecedent_of_a_later_pronoun():
    text = (
        "La commissaire Ilse Marrow est rentrée de Brême jeudi. Après avoir admis que la "
        "Tarsia bouderait le sommet, elle a précisé que le dialogue restait « en suspens »."
    )
    assert speaker_of(text, "en suspens") == "Ilse Marrow"


def test_subject_of_a_denied_clause_before_a_conjunction_is_no_antecedent():
    text = (
        "La commissaire Ilse Marrow est rentrée de Brême jeudi. Elle a nié que la Tarsia "
        "boude le sommet et elle a précisé que le dialogue restait « en suspens »."
    )
    assert speaker_of(text, "en suspens") == "Ilse Marrow"


def test_capitalised_title_before_the_name_is_no_name_of_its_own():
    # the tagger makes a person entity of "Président" alone
    text = (
        "La Tarsia suspend toute livraison de blé vers les ports du nord jusqu'à nouvel "
        "ordre, a fait savoir jeudi le Président tarsien Oswin Darrel."
    )
    assert speaker_of(text, "livraison de blé") == "Oswin Darrel"


def test_holder_named_after_the_title_speaks_not_the_principal_of_its_complement():
    text = (
        "Le délégué tarsien a quitté la table jeudi. L'envoyée spéciale de Oswin Darrel, "
        "Ilse Marrow, a déclaré : « Nous ne signerons rien sous la menace. »"
    )
    assert speaker_of(text, "sous la menace") == "Ilse Marrow"
