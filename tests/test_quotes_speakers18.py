"""Quote speakers, session 18: rules about how a speaker is chosen, each on invented snippets (no
sentence from a real article, no real person's or outlet's name), several phrasings and members
of each class, and cases that must not fire."""

from __future__ import annotations

import pytest

from tests.test_quotes_real import quotes
from tests.test_quotes_speakers17 import quoted_speaker


def speakers(text: str) -> set[str]:
    """Every speaker named in the quotes table of ``text``."""
    q = quotes(text)
    return {str(s) for s in q["speaker"] if s is not None and s == s}


# ---- a name right after a preposition is that preposition's object, never an inverted subject


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Le texte final insiste sur le dialogue, appelle à la fin des combats au Tchad, et "
            "soutient la transition engagée.",
            "Tchad",
        ),
        (
            "La motion salue les efforts de médiation, plaide pour un retour au calme en "
            "Guinée, puis réclame des élections.",
            "Guinée",
        ),
    ],
)
def test_a_name_after_a_preposition_is_no_inverted_subject(text, place):
    assert place not in speakers(text)


def test_an_addressee_before_the_inverted_subject_is_still_skipped():
    text = (
        "« Nous restons ouverts au dialogue », confie vendredi aux journalistes Paul Verrier, "
        "le chef de la diplomatie valdorienne."
    )
    assert quoted_speaker(text, "Nous restons ouverts au dialogue") == "Paul Verrier"


# ---- a document named after a town names no issuer


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Les chefs d'État africains ont approuvé samedi la Déclaration de Kampala. La "
            "déclaration condamne les coups d'État et « refuse toute ingérence dans les affaires "
            "des États membres ».",
            "refuse toute ingérence dans les affaires des États membres",
        ),
        (
            "Les ministres ont paraphé jeudi un texte sur la sécurité maritime. Le communiqué "
            "de Lomé appelle les États côtiers à « partager leurs données de patrouille ».",
            "partager leurs données de patrouille",
        ),
    ],
)
def test_a_document_named_after_a_town_is_said_by_no_one(text, fragment):
    assert quoted_speaker(text, fragment) is None


def test_a_document_of_a_body_still_speaks_for_it():
    text = (
        "Le communiqué de la présidence ostrienne dénonce « une provocation délibérée » sur la "
        "frontière."
    )
    assert quoted_speaker(text, "une provocation délibérée") is not None


# ---- a definite text noun ("le texte", "le document", "la résolution") speaks for the issuer
# of the document named just before


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Dans un communiqué, le ministère ostrien des Affaires étrangères a salué la "
            "libération des otages. « Nous resterons vigilants », ajoute le texte.",
            "Nous resterons vigilants",
            "ministère ostrien des Affaires étrangères",
        ),
        (
            "Le comité des affaires étrangères du Sénat a adopté mercredi un projet de "
            "résolution. Le texte condamne « une agression caractérisée » contre le pays voisin.",
            "une agression caractérisée",
            "comité des affaires étrangères",
        ),
        (
            "Le ministère valdorien de la Justice a présenté lundi son rapport annuel. Le "
            "document évoque « des irrégularités graves » dans trois provinces.",
            "des irrégularités graves",
            "ministère valdorien de la Justice",
        ),
    ],
)
def test_a_text_noun_speaks_for_the_issuer_named_before(text, fragment, speaker):
    found = quoted_speaker(text, fragment)
    assert found is not None and found.startswith(speaker)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (  # a bilateral instrument has two parties: no one issuer
            "Les deux pays ont signé un accord de libre-échange. L'accord prévoit « une baisse "
            "progressive des droits de douane ».",
            "une baisse progressive des droits de douane",
        ),
        (  # no issuer named with a text before: the report is no one's
            "Le Sénat a tenu séance mardi. Le rapport évoque « une situation préoccupante » dans "
            "le nord.",
            "une situation préoccupante",
        ),
        (  # a text received, not issued: not the receiver's
            "Le ministre ostrien a reçu une lettre mardi. Le texte réclame « un geste fort » de "
            "la part du gouvernement.",
            "un geste fort",
        ),
    ],
)
def test_a_text_noun_with_no_issuer_before_names_no_one(text, fragment):
    assert quoted_speaker(text, fragment) is None


# ---- a quotation inside a reported claim speaks with the claim's speaker when its own rules
# name no one


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # the clause's own verb has a thing as subject
            "Le ministre valdorien des Affaires étrangères, Paul Verrier, a prévenu mardi que "
            "cette dispute risquait d'ébranler « la stabilité de toute la sous-région ».",
            "la stabilité de toute la sous-région",
            "Paul Verrier",
        ),
        (  # another speech verb, another thing as subject
            "La ministre ostrienne de la Défense, Irène Kovac, a prévenu que ces manœuvres "
            "risquaient de compromettre « des années de dialogue patient ».",
            "des années de dialogue patient",
            "Irène Kovac",
        ),
        (  # a "selon" phrase the claim's rules resolve
            "Paul Verrier a souligné que le pays ne céderait pas. D'après la même source, les "
            "entretiens ont porté sur le « calendrier du retrait des troupes » prévu cet été.",
            "calendrier du retrait des troupes",
            "Paul Verrier",
        ),
    ],
)
def test_a_quotation_in_a_claim_takes_the_claims_speaker(text, fragment, speaker):
    assert quoted_speaker(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (  # a name inside the claim is said by no one
            "Paul Verrier a affirmé que la frégate « Bouclier » avait quitté le port.",
            "Bouclier",
        ),
        (  # no claim around the quotation: nothing to take
            "Cette dispute risquait d'ébranler « la stabilité de toute la sous-région ».",
            "la stabilité de toute la sous-région",
        ),
    ],
)
def test_a_quotation_outside_a_named_claim_keeps_no_speaker(text, fragment):
    assert quoted_speaker(text, fragment) is None


def test_a_text_noun_after_an_agreement_names_no_one():
    text = (
        "Le ministère ostrien des Affaires étrangères a publié un communiqué. Les deux pays ont "
        "ensuite signé un accord portuaire. Le texte prévoit « une gestion commune des quais »."
    )
    assert quoted_speaker(text, "une gestion commune des quais") is None


# ---- "il" / "elle" never refers to a group named by a plural common noun


def test_a_singular_pronoun_skips_a_plural_group():
    text = (
        "Les chefs de gouvernement européens ont fait part de leur amertume. Le premier à parler "
        "fut Paul Verrier, ministre valdorien des Affaires étrangères. Il a affirmé que son pays "
        "refusait toute pression des autorités ostriennes."
    )
    q = quotes(text)
    row = q[q["text"].str.startswith("son pays refusait")]
    assert list(row["speaker"]) == ["Paul Verrier"]


def test_a_singular_pronoun_after_protesters_names_no_one():
    text = (
        "Les manifestants ont exprimé leur colère devant l'ambassade. « Nous ne partirons pas », "
        "a-t-il lancé."
    )
    assert quoted_speaker(text, "Nous ne partirons pas") != "manifestants"


def test_a_plural_state_name_is_still_its_pronouns_referent():
    text = (
        "Les Émirats arabes unis ont exprimé leur inquiétude. Ils ont appelé à « une désescalade "
        "immédiate »."
    )
    assert quoted_speaker(text, "une désescalade immédiate") == "Émirats arabes unis"


# ---- an inverted subject after a circumstance naming a body ("devant le Parlement")


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Les centristes « voteront contre ce budget injuste », a prévenu mardi devant le "
            "Parlement la présidente de leur groupe, Odile Ferrand.",
            "voteront contre ce budget injuste",
            "Odile Ferrand",
        ),
        (
            "« Nous ne céderons pas », a lancé jeudi devant le Sénat le ministre ostrien de la "
            "Défense, Paul Verrier.",
            "Nous ne céderons pas",
            "Paul Verrier",
        ),
    ],
)
def test_an_inverted_subject_after_a_body_named_in_a_circumstance(text, fragment, speaker):
    assert quoted_speaker(text, fragment) == speaker


def test_a_body_in_a_circumstance_with_no_subject_after_it_is_no_speaker():
    text = "« Nous ne céderons pas », a déclaré le ministre devant le Parlement européen."
    assert quoted_speaker(text, "Nous ne céderons pas") != "Parlement européen"
