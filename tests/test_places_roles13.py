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
    assert _roles("Le fait que Doha soit exposée à des attaques inquiète.")["Doha"] == "place"


def test_etre_verbs_and_pronominal_verbs_are_no_passive():
    roles = _roles("Bahreïn et l'Iran sont convenus dimanche d'entamer des pourparlers.")
    assert roles == {"Bahreïn": "government", "Iran": "government"}
    assert _roles("Rabat s'est félicitée de la décision.")["Rabat"] == "government"
    text = "Kinshasa a officiellement notifié à l'ambassadeur du Rwanda son expulsion."
    assert _roles(text)["Kinshasa"] == "government"


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


def test_an_unplaced_palace_is_in_the_state_the_headline_names_first():
    body = (
        "Les gouvernements de l'Argentine et du Chili ont protesté. La ministre a annoncé "
        "jeudi au palais Quiroga Mendez le rappel des ambassadeurs."
    )
    table, _ = run(f'---\ntitle: "Pérou : Lima rappelle ses ambassadeurs"\n---\n\n{body}')
    assert table.set_index("name").loc["Quiroga Mendez", "country"] == "PE"
    title = "Le gouvernement péruvien rappelle ses ambassadeurs"
    table, _ = run(f'---\ntitle: "{title}"\n---\n\n{body}')
    assert table.set_index("name").loc["Quiroga Mendez", "country"] == "PE"
    # without a headline: the first state the body names
    table, _ = run(body)
    assert table.set_index("name").loc["Quiroga Mendez", "country"] == "AR"


def test_a_real_town_of_the_storys_country_outweighs_a_far_capital_of_that_name():
    table, _ = run("Le Premier ministre libanais s'est rendu à Tripoli.")
    assert table.set_index("name").loc["Tripoli", "country"] == "LB"
    table, _ = run("Le président cubain a parlé. Il s'est ensuite rendu à Santiago.")
    assert table.set_index("name").loc["Santiago", "country"] == "CU"
    # the capital's country named too: the capital
    table, _ = run("Le ministre libanais est arrivé à Tripoli pour voir les dirigeants libyens.")
    assert table.set_index("name").loc["Tripoli", "country"] == "LY"
    # a small homonym does not outweigh it
    table, _ = run("Le président costaricien a reçu à Santiago son homologue.")
    assert table.set_index("name").loc["Santiago", "country"] == "CL"
