"""Quote speakers, session 13 part 2: rules about French (a class of words or a construction),
each on invented snippets (no sentence from a real article, no real person's name), at least
two phrasings each, with other members of the class than the one first seen."""

from __future__ import annotations

import pytest

from tests.test_quotes_speakers13 import speaker_of_exact

# ---- verbs of manner of speaking in an incise: illustrating, joking, grumbling, exclaiming


@pytest.mark.parametrize(
    "verb",
    ["a illustré", "a plaisanté", "a soupiré", "a ronchonné", "s'est écrié", "a objecté"],
)
def test_a_manner_of_speaking_verb_in_an_incise_names_the_speaker(verb):
    text = f"« Nous voilà revenus trente ans en arrière », {verb} le député Marc Roux."
    assert speaker_of_exact(text, "Nous voilà revenus trente ans en arrière") == "Marc Roux"


def test_a_grumbling_verb_in_an_incise_names_the_speaker():
    text = "« Quelle comédie », a grommelé la sénatrice Claire Vidal."
    assert speaker_of_exact(text, "Quelle comédie") == "Claire Vidal"


# ---- a class title ("le diplomate", "le médecin", "l'élu") refers back to the person just
# named whose office is one of its members


@pytest.mark.parametrize(
    ("intro", "anaphor", "name"),
    [
        ("L'ambassadrice Claire Vidal a rencontré la presse.", "La diplomate", "Claire Vidal"),
        ("L'envoyé spécial Marc Roux est arrivé lundi.", "Le diplomate", "Marc Roux"),
        ("Le chirurgien Paul Mbala a visité l'hôpital.", "Le médecin", "Paul Mbala"),
        ("Le député Jean Dufour a pris la parole.", "L'élu", "Jean Dufour"),
    ],
)
def test_a_class_title_refers_back_to_a_member_of_its_class(intro, anaphor, name):
    text = f"{intro} {anaphor} a dénoncé « une dérive inquiétante » de la situation."
    assert speaker_of_exact(text, "une dérive inquiétante") == name


def test_a_class_title_in_a_reported_clause_refers_back():
    text = (
        "La représentante de l'organisation, Marie Dubois, a parlé mardi. La diplomate "
        "affirme que sans cette mission la trêve ne pourra pas tenir."
    )
    assert (
        speaker_of_exact(text, "sans cette mission la trêve ne pourra pas tenir") == "Marie Dubois"
    )


def test_a_class_title_after_an_unnamed_member_names_nobody():
    text = (
        "L'ambassadeur Marc Roux a reçu la délégation. Un diplomate a confié que la réunion "
        "était tendue. Le diplomate a évoqué « un climat glacial » entre les parties."
    )
    assert speaker_of_exact(text, "un climat glacial") is None


def test_a_class_title_does_not_reach_a_person_of_another_class():
    text = (
        "Le ministre de la Santé Paul Mbala a visité l'hôpital. Le médecin a évoqué « un drame »."
    )
    assert speaker_of_exact(text, "un drame") != "Paul Mbala"


# ---- the agent of a passive verb of judgement after the quoted words ("jugés « … » par X"),
# which the parser labels a plain oblique


@pytest.mark.parametrize(
    ("passive", "word"),
    [
        ("Ces propos ont été jugés « {w} » par", "inadmissibles"),
        ("Ces déclarations ont été qualifiées de « {w} » par", "honteuses"),
        ("La décision a été dénoncée comme « {w} » par", "une provocation"),
    ],
)
def test_a_surname_agent_after_a_quoted_judgement_is_the_speaker(passive, word):
    opening = "Le ministre Paolo Conti a réagi mardi."
    text = f"{opening} {passive.format(w=word)} Conti, qui a annulé sa visite."
    assert speaker_of_exact(text, word) == "Paolo Conti"


def test_a_means_after_par_is_no_agent():
    text = "Ces propos ont été jugés « inadmissibles » par écrit."
    assert speaker_of_exact(text, "inadmissibles") is None


# ---- an incise whose subject is a document with no issuer named ("…, souligne le texte")
# gives way to the speech verb governing the quotation in its sentence


@pytest.mark.parametrize(
    ("clause", "incise", "words", "speaker"),
    [
        (
            "Le Conseil de sécurité exige du gouvernement « {w} »",
            "souligne le texte",
            "de cesser les tirs",
            "Conseil de sécurité de l'ONU",
        ),
        (
            "La ministre Claire Vidal a dénoncé « {w} »",
            "ajoute la note",
            "une faute",
            "Claire Vidal",
        ),
        (
            "Le président Paul Girard appelle les parties à « {w} »",
            "précise le document",
            "renouer le dialogue",
            "Paul Girard",
        ),
    ],
)
def test_a_document_incise_gives_way_to_the_speech_verb_of_the_clause(
    clause, incise, words, speaker
):
    text = f"{clause.format(w=words)}, {incise}."
    assert speaker_of_exact(text, words) == speaker


def test_a_document_incise_after_a_verb_that_is_no_speech_stays_the_documents():
    text = "Le pays a fermé « provisoirement » sa frontière, souligne le texte."
    assert speaker_of_exact(text, "provisoirement") is None


@pytest.mark.parametrize(
    ("verb", "subject", "name"),
    [("grommelle", "le député Marc Roux", "Marc Roux"), ("ricane", "Marc Roux", "Marc Roux")],
)
def test_an_inverted_present_of_manner_of_speaking_names_the_speaker(verb, subject, name):
    text = f"« Quelle comédie », {verb} {subject}."
    assert speaker_of_exact(text, "Quelle comédie") == name
