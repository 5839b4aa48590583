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
