"""A person's gender from the article itself (a participle or adjective agreeing with the
name) or, when the article says nothing, from a given name of one gender only: a pronoun cue
("a-t-elle déclaré", "Elle a salué", "selon lui") then skips the people of the other gender.
Invented snippets and invented people only."""

from __future__ import annotations

from analysis.extract.quotes.words import GIVEN_NAMES
from tests.test_quotes_real import speaker_of


def test_a_given_name_of_one_gender_decides_a_pronoun_cue():
    text = (
        "Paul Verdier a reçu Anna Kowalska au palais. "
        "« Nous partageons les mêmes objectifs », a-t-elle déclaré."
    )
    assert speaker_of(text, "mêmes objectifs") == "Anna Kowalska"
    text = (
        "Marc Delorme s'est entretenu avec Nadia Benali. Elle a salué « une rencontre fructueuse »."
    )
    assert speaker_of(text, "rencontre fructueuse") == "Nadia Benali"
    text = "Fatima Zeroual a reçu Carlos Mendoza. Selon lui, « les échanges progressent »."
    assert speaker_of(text, "échanges progressent") == "Carlos Mendoza"


def test_the_article_s_agreement_outweighs_an_unknown_name():
    # "réélue" makes the first person a woman: "il" is the other one
    text = (
        "Tom Reyes, réélue en mars, a accueilli Erik Stahl. « Rien n'est décidé », a-t-il affirmé."
    )
    assert speaker_of(text, "Rien n'est") == "Erik Stahl"
    # "est arrivée": the subject of "être" agrees with its participle
    text = (
        "Kim Oduya est arrivée lundi à Dakar. Elle a été accueillie par Sacha Lind. "
        "« Nous voulons avancer vite », a-t-il assuré."
    )
    assert speaker_of(text, "avancer vite") == "Sacha Lind"
    # the written ending, not the name, decides: "Jean" is masculine, "satisfaite" is not
    text = (
        "Lou Brandt s'est dite satisfaite après sa rencontre avec Jean Moreau. "
        "« Le calendrier sera tenu », a-t-elle précisé."
    )
    assert speaker_of(text, "calendrier sera tenu") == "Lou Brandt"


def test_names_of_both_genders_are_not_listed():
    assert GIVEN_NAMES.get("anna") == "f" and GIVEN_NAMES.get("jean") == "m"
    for name in ("dominique", "claude", "camille", "kim", "andrea"):
        assert name not in GIVEN_NAMES


def test_a_pronoun_carries_on_the_person_subject_of_the_sentence_before():
    # the subject of the sentence before, not a person named in its complement
    text = (
        "Le ministre de la Santé a répondu aux critiques de Lena Varga. "
        "« Les hôpitaux tiendront », a-t-il assuré."
    )
    assert speaker_of(text, "hôpitaux tiendront") == "ministre de la Santé"
    text = (
        "Le porte-parole de l'armée a commenté les propos d'Ivo Petrak. "
        "« Aucune troupe n'a franchi la frontière », a-t-il déclaré."
    )
    # (the spokesman speaks, not the army he speaks for: the title names him)
    assert speaker_of(text, "Aucune troupe") == "porte-parole de l'armée"
    # a subject of the other gender is no topic for the pronoun
    text = (
        "La présidente du Sénat a salué Oleg Marek, arrivé la veille. "
        "« Ce partenariat est ancien », a-t-il rappelé."
    )
    assert speaker_of(text, "partenariat est ancien") == "Oleg Marek"


# ---- an apposed present participle of asking shares the main clause's subject


def test_an_apposed_participle_of_asking_reports_the_main_subject():
    text = (
        "Le ministre Paul Marnier a critiqué la décision, exhortant Ostria à respecter "
        "ses engagements."
    )
    assert speaker_of(text, "respecter ses engagements") == "Paul Marnier"
    # hung by the parser on a noun of the main clause: still the main subject
    text = (
        "Le ministre Wen Tao a critiqué l'avis de certains experts selon lequel toute crise "
        "serait une menace pour Ostria, exhortant Valdor à respecter le principe de "
        "non-ingérence."
    )
    assert speaker_of(text, "principe de non-ingérence") == "Wen Tao"
    text = (
        "La présidente Ana Solis a regretté l'impasse, appelant les deux parties à reprendre "
        "le dialogue."
    )
    assert speaker_of(text, "reprendre le dialogue") == "Ana Solis"
