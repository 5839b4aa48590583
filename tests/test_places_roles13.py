"""Place or government, session 13: a clause-opening name with an active compound verb acts,
a passive subject undergoes, a dateline's town is a place; newspaper titles named after a
place (invented snippets)."""

from __future__ import annotations

from tests.test_places import run


def _roles(text: str) -> dict[str, str]:
    table, _ = run(text)
    return dict(zip(table["name"], table["role"], strict=True))


def test_a_name_opening_a_clause_before_an_active_compound_verb_acts():
    assert _roles("Selon le Times of India, New Delhi a réagi.")["New Delhi"] == "government"
    assert _roles("Le journal rapporte que Tel-Aviv a protesté.")["Tel-Aviv"] == "government"
    assert _roles("Le ministre a dit que Moscou n'a pas répondu.")["Moscou"] == "government"


def test_a_passive_subject_is_the_place_it_names():
    assert _roles("Tripoli a été bombardée mardi.")["Tripoli"] == "place"
    assert _roles("Selon les secouristes, Kiev a été frappée par des missiles.")["Kiev"] == "place"


def test_a_datelines_town_is_a_place():
    roles = _roles("LOMÉ, 5 juin (Agence) -- Le président togolais a reçu un émissaire.")
    assert roles == {"LOMÉ": "place"}
    assert _roles("NIAMEY (Presse) - Le chef de l'État a parlé.")["NIAMEY"] == "place"


def test_a_newspaper_title_named_after_a_place_is_no_place():
    for text in (
        "Le ministre a accordé un entretien au quotidien Le Soleil de Dakar.",
        "Interrogé par Le Temps de Genève, le ministre a nié.",
        "Selon Le Progrès de Lyon, la rencontre est reportée.",
    ):
        table, _ = run(text)
        assert table.empty, text
    # a lower-case noun is no title: "le soleil de Dakar" is Dakar's
    table, _ = run("Les délégués ont quitté le soleil de Dakar pour Paris.")
    assert "Dakar" in table["name"].tolist()
