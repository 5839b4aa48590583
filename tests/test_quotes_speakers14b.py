"""Quote speakers, session 14 (second pass): a feeling voiced ("X a fait part vendredi de sa
« préoccupation »") and a question quoted ("à la question : « … ? »"). Invented snippets (no
sentence from a real article, no real person's name), several phrasings and members of each
class, and cases that must not fire."""

from __future__ import annotations

import pytest

from tests.test_quotes_speakers13 import speaker_of_exact

# ---- a feeling or a position voiced: the verb's subject, whatever stands between


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "La ministre Claire Vidal a fait part vendredi de sa « préoccupation » après le raid.",
            "préoccupation",
            "Claire Vidal",
        ),
        (
            "Le député Paul Dufour a exprimé mardi soir sa « vive inquiétude » après le tir.",
            "vive inquiétude",
            "Paul Dufour",
        ),
        (
            "Le ministre Paul Dufour a manifesté lundi son « indignation » devant la presse.",
            "indignation",
            "Paul Dufour",
        ),
        (
            "La sénatrice Anne Morel a fait état hier de sa « profonde déception ».",
            "profonde déception",
            "Anne Morel",
        ),
    ],
)
def test_a_feeling_voiced_is_the_subjects_word(text, words, speaker):
    assert speaker_of_exact(text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Les bombardements ont ravivé vendredi la « préoccupation » des habitants.",
        "Le raid a suscité vendredi la « préoccupation » des habitants.",
    ],
)
def test_a_feeling_under_a_verb_of_no_voicing_names_nobody(text):
    assert speaker_of_exact(text, "préoccupation") is None


# ---- a question quoted: the asker's, not the answerer's


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Claire Vidal avait répondu « oui » à la question : « Soutenez-vous un nouveau "
            "scrutin ? », lors d'un point de presse.",
            "Soutenez-vous un nouveau scrutin ?",
        ),
        (
            "À la question « Faut-il négocier ? », le ministre Paul Dufour a répondu : « Pas "
            "maintenant. »",
            "Faut-il négocier ?",
        ),
        (
            "Interrogé sur la question « Les troupes partiront-elles ? », Paul Dufour a répondu "
            "par la négative.",
            "Les troupes partiront-elles ?",
        ),
    ],
)
def test_a_question_quoted_is_not_the_answerers(text, words):
    assert speaker_of_exact(text, words) is None


def test_the_answer_after_the_question_stays_the_answerers():
    text = (
        "À la question « Faut-il négocier ? », le ministre Paul Dufour a répondu : "
        "« Pas maintenant. »"
    )
    assert speaker_of_exact(text, "Pas maintenant.") == "Paul Dufour"


def test_a_question_asked_by_the_subject_is_the_subjects():
    text = "Le député Paul Dufour a posé la question : « Qui paiera la reconstruction ? »"
    assert speaker_of_exact(text, "Qui paiera la reconstruction ?") == "Paul Dufour"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "La ministre Claire Vidal a répondu à cette question : « Nous ne céderons pas. »",
            "Nous ne céderons pas.",
        ),
        (
            "Le ministre Paul Dufour a soulevé une question « essentielle » lors du sommet.",
            "essentielle",
        ),
    ],
)
def test_an_answer_or_a_qualified_question_keeps_its_speaker(text, words):
    assert speaker_of_exact(text, words) is not None


# ---- the aide of a named person speaks, not the person


@pytest.mark.parametrize(
    "subject",
    [
        "Le conseiller du président Paul Smith",
        "Le conseiller du Premier ministre Paul Smith",
        "La porte-parole du ministre Paul Smith",
        "L'avocat du président américain Paul Smith",
    ],
)
def test_the_aide_of_a_named_person_is_not_that_person(subject):
    text = f"{subject} a affirmé mardi que l'accord était « caduc »."
    assert speaker_of_exact(text, "caduc") is None


@pytest.mark.parametrize(
    "subject",
    [
        "Le ministre des Affaires étrangères Paul Smith",
        "Le président du Conseil européen Paul Smith",
        "Le représentant du secrétaire général de l'ONU, Paul Smith,",
        "Le président Paul Smith",
    ],
)
def test_a_title_with_a_portfolio_or_a_body_keeps_its_name(subject):
    text = f"{subject} a affirmé mardi que l'accord était « caduc »."
    assert speaker_of_exact(text, "caduc") == "Paul Smith"


# ---- quotation marks: straight single marks, a « never closed


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "'La paix est notre seul horizon', a affirmé mardi la ministre Claire Vidal.",
            "La paix est notre seul horizon",
        ),
        (
            "'L'Europe c'est l'avenir, l'avenir c'est l'Europe', a lancé la ministre Claire Vidal.",
            "L'Europe c'est l'avenir, l'avenir c'est l'Europe",
        ),
    ],
)
def test_straight_single_marks_quote(text, words):
    assert speaker_of_exact(text, words) == "Claire Vidal"


def test_an_apostrophe_between_letters_opens_nothing():
    from tests.test_quotes_real import quotes

    q = quotes("L'ambassadeur d'Italie n'est pas venu aujourd'hui à l'hôtel de ville.")
    assert not len(q), q["text"].tolist()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Le ministre Paul Dufour a critiqué son rival : « Qui est cet homme pour dire qui a "
            "gagné ?",
            "Qui est cet homme pour dire qui a gagné ?",
        ),
        (
            "La ministre Claire Vidal a répliqué mardi : « Nous ne reculerons devant rien.",
            "Nous ne reculerons devant rien.",
        ),
    ],
)
def test_a_guillemet_never_closed_runs_to_the_paragraph_end(text, words):
    assert speaker_of_exact(text, words) is not None


# ---- a noun naming a class of bodies refers back to the body named before


@pytest.mark.parametrize("noun", ["le département", "le ministère"])
def test_a_body_hypernym_is_the_body_named_before(noun):
    text = (
        "Le ministère japonais des Affaires étrangères a rappelé son ambassadeur. "
        f"« Les frappes sont un acte illégal », a déclaré {noun}."
    )
    assert speaker_of_exact(text, "Les frappes sont un acte illégal") == (
        "ministère japonais des Affaires étrangères"
    )


def test_a_body_hypernym_with_no_body_named_before_is_no_person():
    text = (
        "Le président Paul Dufour a visité l'usine mardi. « La situation reste grave », a "
        "indiqué l'institution."
    )
    assert speaker_of_exact(text, "La situation reste grave") != "Paul Dufour"
