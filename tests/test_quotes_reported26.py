"""Reported speech found, round 22 (session 26): claims the tool did not find at all. An apposed
participle of reporting says its object with the subject of the clause before the comma; the
"que" clause of a motive locution ("au motif que", "sous prétexte que") is the claim of the
subject of the act it justifies. Invented snippets and names only."""

from __future__ import annotations

from tests.helpers import quotes_of, speaker_of


def _texts(text: str) -> list[str]:
    return list(quotes_of(text)["text"])


# ---- an apposed participle of reporting: its object is the claim of the clause's subject


def test_an_apposed_participle_reports_its_object_for_the_subject_before_the_comma():
    text = "Ilse Varnak a haussé le ton lundi, évoquant une trahison inédite entre alliés."
    assert speaker_of(text, "une trahison inédite entre alliés") == "Ilse Varnak"


def test_tout_en_and_a_participle_after_an_object_claim():
    text = (
        "Le ministre Oskar Delmot a salué la reprise des vols, tout en exprimant ses doutes "
        "sur la sincérité du voisin."
    )
    assert speaker_of(text, "ses doutes sur la sincérité du voisin") == "Oskar Delmot"


def test_a_participle_that_is_no_reporting_verb_reports_nothing():
    text = "Ilse Varnak a quitté la salle lundi, fermant la porte derrière elle."
    assert not any("la porte" in t for t in _texts(text))


# ---- a motive locution: the reason given is the actor's claim


def test_au_motif_que_after_an_act_of_a_named_state():
    text = "La Lorénie a expulsé trois diplomates, au motif que leur conduite nuisait au pays."
    assert speaker_of(text, "leur conduite nuisait au pays") == "Lorénie"


def test_sous_pretexte_que_passes_over_an_apposed_participle():
    text = (
        "Le ministre lorenien Oskar Delmot a annoncé le renvoi de deux attachés, les déclarant "
        "indésirables, sous prétexte que leurs contacts étaient trop suspects."
    )
    assert speaker_of(text, "leurs contacts étaient trop suspects") == "Oskar Delmot"


def test_a_motive_after_a_subject_that_names_no_one_is_no_claim():
    text = "Les mesures frappent dix agents au motif qu'ils auraient faussé le vote."
    assert not any("faussé le vote" in t for t in _texts(text))


def test_a_motive_after_an_infinitive_is_not_the_sentence_subjects():
    text = (
        "La Lorénie a fermé les yeux sur la décision du Trésor de Valdorie de punir six juges "
        "au motif qu'ils auraient servi le régime."
    )
    assert not any("servi le régime" in t for t in _texts(text))


# ---- a press office of a diplomatic mission speaks as the mission, never as its host


def test_the_press_office_of_a_mission_is_the_mission_not_the_host():
    text = (
        "Le Gabon a reçu le consul jeudi. Ce n'était qu'une visite de routine, indique le "
        "service de presse de la représentation suédoise au Gabon."
    )
    assert speaker_of(text, "Ce n'était qu'une visite de routine") == "représentation suédoise"


# ---- the person told as a direct object between the speech verb and its "que"


def test_the_addressee_named_as_object_before_que():
    text = "Oskar Delmot a informé l'ambassadeur que la Lorénie attend des excuses."
    assert speaker_of(text, "la Lorénie attend des excuses") == "Oskar Delmot"
    text = "Oskar Delmot a averti les autorités gabonaises que la Lorénie ne pliera pas."
    assert speaker_of(text, "la Lorénie ne pliera pas") == "Oskar Delmot"


def test_an_object_that_names_no_party_keeps_its_relative():
    text = "Le Gabon a prévenu les crises que ses voisins ont connues."
    assert not any("ses voisins ont connues" in t for t in _texts(text))


def test_the_person_told_is_never_the_speaker_found_for_the_pronoun():
    text = (
        "L'ambassadeur valdorien, Piet Oran, a été convoqué lundi à Lorenburg. Il a informé "
        "l'ambassadeur que la Lorénie attend des excuses."
    )
    q = quotes_of(text)
    rows = q[q["text"].str.contains("attend des excuses", regex=False)]
    assert "Piet Oran" not in set(rows["speaker"].dropna())
