"""Stance holders, round 5 (issue 15): object control, pairs named by the headline or later,
co-subjects before "et", apposed agents, and a state's stance in its own officials' words.
Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows


def test_the_accused_or_thanked_party_acts_in_the_infinitive():
    text = (
        "Le président kényan William Oduya a accusé le Soudan de soutenir les rebelles dans le "
        "nord du pays."
    )
    assert polarity(text, "Soudan", "rebelles") == 1
    assert rows(text, "William Oduya", "rebelles").empty
    text = "La ministre chilienne Ana Rojas a remercié le Pérou d'avoir appuyé la candidature."
    assert polarity(text, "Pérou", "candidature") == 1
    assert rows(text, "Ana Rojas", "candidature").empty
    # a demand is not object control: the demander holds what is demanded
    text = "Le Ghana a appelé le Togo à soutenir la médiation régionale."
    assert rows(text, "Togo", "médiation").empty


def test_a_pair_noun_in_the_lead_is_the_pair_the_headline_names():
    text = (
        '---\ntitle: "Ortega et Mbeki signent un accord sur la pêche"\ndate: 2024-03-01\n---\n'
        "Lors d'une cérémonie à Lima, les deux présidents ont signé un accord sur la pêche "
        "artisanale. Le président péruvien Luis Ortega a salué une « étape historique ». Son "
        "homologue sud-africain Thabo Mbeki a évoqué un partenariat durable."
    )
    assert polarity(text, "Luis Ortega", "pêche") == 1
    assert polarity(text, "Thabo Mbeki", "pêche") == 1
    assert rows(text, "présidents", "pêche").empty


def test_a_pair_noun_before_any_name_is_the_pair_named_next():
    text = (
        "Au terme d'une longue réunion à Accra, les deux ministres ont signé une convention sur "
        "les frontières. La ministre ghanéenne Ama Owusu a parlé d'un progrès, et le ministre "
        "togolais Kofi Agbeko a salué la convention."
    )
    assert polarity(text, "Ama Owusu", "frontières") == 1
    assert polarity(text, "Kofi Agbeko", "frontières") == 1
    assert rows(text, "ministres", "frontières").empty


def test_a_plural_verb_takes_the_name_before_et_as_co_subject():
    text = (
        "La ministre kényane Wanjiru Kamau, et Yusuf Hassan, ministre somalien du Commerce, "
        "ont signé un accord portuaire."
    )
    assert polarity(text, "Wanjiru Kamau", "portuaire") == 1
    assert polarity(text, "Yusuf Hassan", "portuaire") == 1
    text = (
        "Après la réunion, Wanjiru Kamau et Yusuf Hassan, ministre somalien du Commerce, ont "
        "signé un accord portuaire."
    )
    assert polarity(text, "Wanjiru Kamau", "portuaire") == 1
    # an object of an earlier verb is no co-subject
    text = "Le Kenya a salué Wanjiru Kamau et Yusuf Hassan ont signé un accord."
    assert rows(text, "Wanjiru Kamau", "accord").empty


def test_an_apposed_name_is_the_coordinated_passive_agent():
    text = (
        "La convention a été signée par la ministre ghanéenne du Commerce, Ama Owusu, et "
        "l'ambassadeur du Japon à Accra, Kenji Sato, en présence du maire."
    )
    assert polarity(text, "Ama Owusu", "convention") == 1
    assert polarity(text, "Kenji Sato", "convention") == 1


def test_a_state_stance_in_its_official_words_is_the_official_stance_too():
    text = (
        "Le président péruvien Luis Ortega a affirmé que le Pérou et la Bolivie avaient renforcé "
        "leur coopération."
    )
    assert polarity(text, "Luis Ortega", "coopération") == 1
    # a foreign state's stance in someone's words stays that state's own
    text = "Le président péruvien Luis Ortega a affirmé que la Bolivie soutenait le Chili."
    assert polarity(text, "Bolivie", "Chili") == 1
    assert rows(text, "Luis Ortega", "Chili").empty


def test_an_expert_or_a_medium_does_not_speak_for_their_state():
    text = (
        "Selon Rosa Quispe, chercheuse péruvienne à l'université de Lima, le Pérou et la Bolivie "
        "ont renforcé leur coopération."
    )
    assert polarity(text, "Pérou", "coopération") == 1
    assert rows(text, "Rosa Quispe", "coopération").empty
    text = "Le Pérou soutient le Chili, selon l'agence péruvienne Andina."
    assert rows(text, "Andina", "Chili").empty


def test_a_target_runs_over_the_nouns_coordinated_with_it():
    text = (
        "Le président chilien a rappelé l'importance du respect des traités et de la "
        "souveraineté nationale."
    )
    assert polarity(text, "chilien|Chili", "souveraineté") == 1
    text = (
        "Les présidents Ana Rojas et Luis Ortega ont salué l'excellence des relations d'amitié "
        "et de coopération entre leurs pays."
    )
    assert polarity(text, "Ana Rojas", "coopération") == 1
    # a coordinated verb opens a clause of its own: its object is not the first target
    text = "Le Pérou salue l'accord de pêche et condamne la chasse à la baleine."
    assert rows(text, "Pérou", "baleine").query("polarity > 0").empty


def test_an_unnamed_counterpart_is_the_other_party_just_named():
    text = (
        "Le président Ivo Brun s'est entretenu mardi avec le président Karl Mott. "
        "Ce dernier a remercié son interlocuteur pour son invitation."
    )
    assert polarity(text, "Karl Mott", "Ivo Brun") == 1
    text = (
        "La ministre Ana Rojas a reçu à Lima son homologue Luis Ortega. Luis Ortega a salué "
        "son hôte pour la qualité de l'accueil."
    )
    assert polarity(text, "Luis Ortega", "Ana Rojas") == 1
    # a named counterpart stays who it names
    text = "Luis Ortega a salué son homologue chilienne Ana Rojas."
    assert polarity(text, "Luis Ortega", "Ana Rojas") == 1


def test_a_bare_noun_after_avec_or_sans_is_manner_not_the_object():
    text = 'Le Pérou condamne "avec force les essais de missiles de la Bolivie".'
    assert polarity(text, "Pérou", "essais") == -1
    assert rows(text, "Pérou", "force").empty
    text = "Le Chili soutient sans réserve le plan de paix."
    assert polarity(text, "Chili", "plan de paix") == 1
    assert rows(text, "Chili", "réserve").empty


def test_a_third_party_view_inside_a_quote_is_not_read_as_the_speaker_judgement():
    text = (
        "« Le Chili estime que la région ne peut être pensée en dehors de la souveraineté "
        "péruvienne », a déclaré Ana Rojas."
    )
    assert rows(text, "Ana Rojas", "Chili").empty
    assert rows(text, "Ana Rojas", "région").empty
    # the speaker's own view ("nous pensons que") is still read
    text = "« Nous pensons que le Chili mène une politique hostile », a déclaré Ana Rojas."
    assert polarity(text, "Ana Rojas", "Chili") == -1


def test_a_fronted_phrase_after_a_preposition_is_no_subject():
    text = (
        "Quelques heures après une visite du ministre chilien Luis Ortega, le Pérou a annoncé "
        "rompre ses relations avec Santiago."
    )
    assert polarity(text, "Pérou", "Santiago") == -1
    assert rows(text, "Luis Ortega", "Santiago").empty


def test_an_official_stance_is_also_held_by_the_official_state():
    text = (
        "Le Pérou et le Chili négocient depuis mars. La ministre péruvienne des Affaires "
        "étrangères, Ana Rojas, a condamné l'attaque."
    )
    assert polarity(text, "Ana Rojas", "attaque") == -1
    assert polarity(text, "Pérou", "attaque") == -1
    # an expert speaks for no state
    text = (
        "Le Pérou et le Chili négocient depuis mars. Rosa Quispe, chercheuse péruvienne, a "
        "condamné l'attaque."
    )
    assert rows(text, "Pérou", "attaque").empty


def test_a_state_body_is_never_against_its_own_state():
    text = (
        "Le Kenya accuse la Somalie. Le ministère kényan des Affaires étrangères a critiqué le "
        "Kenya."
    )
    assert rows(text, "ministère kényan", "Kenya").empty
    text = (
        "Le Kenya accuse la Somalie. Le ministère somalien des Affaires étrangères a critiqué le "
        "Kenya."
    )
    assert polarity(text, "ministère somalien", "Kenya") == -1


def test_a_possessive_stance_noun_after_thanks_is_the_thanked_party():
    text = (
        "La présidente chilienne Ana Rojas a remercié le Pérou pour son soutien au plan de "
        "paix régional."
    )
    assert polarity(text, "Pérou", "plan de paix") == 1
    assert rows(text, "Ana Rojas", "plan de paix").empty
    # outside object control, a possessive stays the subject's own
    text = "Le Pérou a réaffirmé son soutien au plan de paix régional."
    assert polarity(text, "Pérou", "plan de paix") == 1
