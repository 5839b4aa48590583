"""Stance holders, round 6 (issue 15): the "par" agent of an act noun, "afin de" as a purpose
infinitive, a visit's destination past its qualifiers, and who visits when the visit is a
circumstance of another verb. Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows


def test_the_par_agent_of_a_stance_noun_holds_it():
    text = (
        "Le gouvernement chilien a regretté mardi le rejet par la Bolivie de la proposition de "
        "paix."
    )
    assert polarity(text, "Bolivie", "proposition de paix") == -1
    assert rows(text, "gouvernement chilien", "proposition de paix").empty
    text = (
        "Les Péruviens ont dénoncé l'appui réitéré, quelques jours plus tôt devant le Sénat, par "
        "la présidente chilienne Ana Rojas au plan de partition."
    )
    assert polarity(text, "Ana Rojas", "plan de partition") == 1
    text = "Le ministre a salué le soutien apporté par la Bolivie au processus électoral."
    assert polarity(text, "Bolivie", "processus électoral") == 1


def test_the_par_agent_of_an_announcement_holds_the_rupture_announced():
    text = (
        "Le Chili a rappelé ses diplomates après l'annonce, par le régime de Karl Ottokar, de la "
        "rupture des relations diplomatiques avec le Chili."
    )
    assert polarity(text, "Karl Ottokar", "Chili") == -1
    text = "Le texte évoque la rupture par la Bolivie de ses relations avec le Pérou."
    assert polarity(text, "Bolivie", "Pérou") == -1
    # no agent: the subject of the verb that carries the noun, as before
    text = "La Bolivie a annoncé la rupture de ses relations avec le Pérou."
    assert polarity(text, "Bolivie", "Pérou") == -1


def test_afin_de_is_a_purpose_infinitive_of_the_main_subject():
    text = (
        "La présidente chilienne Ana Rojas a reçu son homologue Luis Ortega afin de renforcer "
        "la coopération avec le Pérou."
    )
    assert polarity(text, "Ana Rojas", "Pérou") == 1
    assert rows(text, "Luis Ortega", "coopération").empty
    # through a speech verb's own infinitive: "qui avait dit avoir hâte de ... afin de ..."
    text = (
        "Le discours a été salué par le Premier ministre indien Arjun Rao qui avait dit avoir "
        'hâte de travailler avec le nouveau président afin de "renforcer les liens avec le Brésil".'
    )
    assert polarity(text, "Arjun Rao", "liens") == 1
    assert rows(text, "président", "liens").empty


def test_a_visit_reaches_its_destination_past_its_qualifiers():
    text = (
        "À l'invitation du président chilien, Luis Ortega, la présidente péruvienne Ana Rojas a "
        "effectué jeudi une visite d'amitié et de travail au Chili."
    )
    assert polarity(text, "Ana Rojas", "Chili") == 1
    text = (
        "Le président bolivien Karl Ottokar entame ce mardi une visite d'État de trois jours à "
        "Lima."
    )
    assert polarity(text, "Karl Ottokar", "Lima") == 1


def test_a_visit_that_is_a_circumstance_is_its_clause_subjects():
    text = "Karl Ottokar, en visite d'État à Lima, a déclaré jeudi qu'il comptait sur son hôte."
    assert polarity(text, "Karl Ottokar", "Lima") == 1
    text = (
        "Le général bolivien Karl Ottokar, qui a affirmé lors d'une visite à Lima qu'il n'y a "
        "pas de base étrangère, a été critiqué."
    )
    assert polarity(text, "Karl Ottokar", "Lima") == 1
    text = "Pendant sa visite à Lima, le président bolivien Karl Ottokar a signé un accord."
    assert polarity(text, "Karl Ottokar", "Lima") == 1


def test_a_participle_after_a_clitic_is_the_main_subjects():
    text = (
        "La présidente chilienne Ana Rojas a reçu le ministre bolivien, lui demandant de libérer "
        "les otages."
    )
    assert polarity(text, "Ana Rojas", "otages") == 1
    assert rows(text, "ministre", "otages").empty


def test_a_past_infinitive_has_the_subject_of_the_verb_it_completes():
    text = "Le président péruvien Luis Ortega a affirmé mardi s'être opposé à la réforme."
    assert polarity(text, "Luis Ortega", "réforme") == -1
    text = "Le Pérou a confirmé lundi avoir dénoncé l'accord de pêche."
    assert polarity(text, "Pérou", "accord de pêche") == -1


def test_a_states_governing_body_holds_for_the_state():
    text = (
        "Les autorités du Burkina Faso ont confirmé lundi avoir demandé le départ des troupes "
        "françaises."
    )
    assert polarity(text, "Burkina Faso", "troupes françaises") == -1
    text = "Le gouvernement du Tchad a dénoncé l'accord signé avec la France."
    assert polarity(text, "Tchad", "France") == -1
    # no state named in the phrase: the body stays as it is
    text = "Les autorités ont dénoncé l'accord signé avec la France."
    assert polarity(text, "autorités", "France") == -1


def test_a_text_or_decision_participle_is_its_issuers_act():
    text = "Le Chili a publié un communiqué condamnant l'attaque contre le Pérou."
    assert polarity(text, "Chili", "attaque") == -1
    text = "La Bolivie a adopté une résolution exigeant le retrait des troupes chiliennes."
    assert polarity(text, "Bolivie", "troupes chiliennes") == -1
    text = "Un communiqué du ministère péruvien condamnant l'attaque a été publié."
    assert polarity(text, "ministère péruvien", "attaque") == -1


def test_a_text_quoted_in_the_third_person_speaks_about_the_person_named_before():
    text = (
        "Le président péruvien Luis Ortega a reçu son homologue. « Il s'est réjoui de la "
        "coopération avec le Chili », indique le communiqué."
    )
    assert polarity(text, "Luis Ortega", "Chili") == 1
    # a person quoted never says "il" of themself: no guess
    text = (
        "Le président péruvien Luis Ortega a reçu son homologue. « Il s'est réjoui de la "
        "coopération avec le Chili », a dit la ministre Ana Rojas."
    )
    assert rows(text, "Luis Ortega", "Chili").empty
