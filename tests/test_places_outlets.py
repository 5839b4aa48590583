"""Outlets named after a place are no places of the story (invented snippets)."""

from __future__ import annotations

from tests.test_places import run


def _names(text: str) -> list[str]:
    table, _ = run(text)
    return table["name"].tolist()


def test_media_of_the_knowledge_base_are_no_places():
    names = _names(
        "Le ministre a quitté Dakar mardi, selon Jeune Afrique. Il a parlé sur l'antenne de "
        "France 24."
    )
    assert names == ["Dakar"]


def test_a_place_after_a_capitalised_outlet_head_is_the_outlet():
    names = _names(
        "L'information a été reprise par le Journal du Cameroun, La Presse de Tunisie et le "
        "Courrier du Vietnam, puis confirmée à Yaoundé."
    )
    assert names == ["Yaoundé"]


def test_a_place_before_a_capitalised_outlet_word_is_the_outlet():
    names = _names("Selon Algérie Focus et Togo Breaking News, la délégation est arrivée à Lomé.")
    assert names == ["Lomé"]


def test_the_same_places_outside_an_outlet_name_stay():
    names = _names(
        "Le journal du soir a rappelé que le Cameroun et la Tunisie ont voté. La presse du "
        "Vietnam en parle. La France et l'Algérie, focus de la semaine, ont signé."
    )
    assert {"Cameroun", "Tunisie", "Viêt Nam", "France", "Algérie"} <= set(names)
