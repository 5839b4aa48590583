"""Holders and targets of rows that exist (session 15): the members listed after a passive's
first "par" agent (analysis/extract/stance/agent_lists.py), the noun a detached passive
participle qualifies when the phrase read back stops at its complement, and the middle
member of a list of objects hung on the verb as an oblique (analysis/extract/stance/
extents.py). Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows


def test_every_member_of_a_list_of_agents_of_a_detached_participle_holds_the_stance():
    text = "Le camp du général rebelle, soutenu par la Norvège, la Suède et le Portugal, recule."
    for state in ("Norvège", "Suède", "Portugal"):
        assert polarity(text, state, "camp") == 1


def test_two_agents_and_another_verb_of_the_class():
    text = "Le plan de paix, appuyé par le Danemark et la Finlande, a été présenté lundi."
    for state in ("Danemark", "Finlande"):
        assert polarity(text, state, "plan") == 1


def test_a_list_of_agents_of_a_compound_passive():
    text = "Le projet a été rejeté par la Norvège, l'Islande et la Suède."
    for state in ("Norvège", "Islande", "Suède"):
        assert polarity(text, state, "projet") == -1


def test_a_comma_without_a_closing_conjunction_opens_no_list():
    text = "Le plan, soutenu par la Norvège, la Suède a dit non."
    assert polarity(text, "Norvège", "plan") == 1
    assert rows(text, "Suède", "plan").empty


def _targets(text: str, holder: str) -> list[str]:
    found = rows(text, holder, "")
    assert not found.empty and set(found["polarity"]) == {1}
    return list(found["target_text"])


def test_the_noun_qualified_by_the_participle_not_its_place_complement():
    text = "Les troupes de l'homme fort du nord du pays, soutenu par la Norvège, reculent."
    assert all("homme fort" in t for t in _targets(text, "Norvège"))
    text = "Les partisans de l'homme fort de l'ouest du pays, appuyé par la Suède, résistent."
    assert all("homme fort" in t for t in _targets(text, "Suède"))
    text = "Les soldats du chef très influent du sud, soutenu par la Suède, résistent."
    assert all(t.startswith("chef très influent") for t in _targets(text, "Suède"))


def test_a_participle_agreeing_with_the_nearer_noun_keeps_it():
    text = "Le chef de la junte militaire, appuyé par le Danemark, a refusé."
    assert polarity(text, "Danemark", "chef de la junte") == 1


def test_the_middle_member_of_a_list_of_objects_is_a_target():
    text = "La Suède a dénoncé la Biélorussie, la Russie et l'Iran."
    for state in ("Biélorussie", "Russie", "Iran"):
        assert polarity(text, "Suède", state) == -1
    text = "Le Danemark a salué la Finlande, l'Estonie et la Lettonie pour leur aide."
    for state in ("Finlande", "Estonie", "Lettonie"):
        assert polarity(text, "Danemark", state) == 1


def test_a_list_closed_by_or_is_no_list_of_targets():
    text = "La Suède a dénoncé la Biélorussie, la Russie ou l'Iran."
    assert polarity(text, "Suède", "Biélorussie") == -1
    assert rows(text, "Suède", "Iran").empty


def test_a_coordination_repeating_its_preposition_extends_the_target():
    text = (
        "Le Danemark a exprimé sa solidarité avec la Finlande, avec l'Estonie et avec la Lettonie."
    )
    for state in ("Finlande", "Estonie", "Lettonie"):
        assert polarity(text, "Danemark", state) == 1
    text = "La Suède a protesté contre la Russie et contre l'Iran."
    for state in ("Russie", "Iran"):
        assert polarity(text, "Suède", state) == -1


def test_a_repeated_preposition_after_or_extends_nothing():
    text = "Le Danemark a exprimé sa solidarité avec la Finlande ou avec l'Estonie."
    assert polarity(text, "Danemark", "Finlande") == 1
    assert rows(text, "Danemark", "Estonie").empty


def test_the_clauses_an_official_says_in_office_are_the_state_s_too():
    text = (
        "Le Danemark a réagi lundi. « La Russie porte l'entière responsabilité de cette "
        "crise », a affirmé la ministre danoise des Affaires étrangères, Karen Holm."
    )
    assert polarity(text, "Karen Holm", "Russie") == -1
    assert polarity(text, "Danemark", "Russie") == -1
    text = (
        "La Norvège a réagi lundi. « Le régime iranien est le seul responsable de l'escalade "
        "», a déclaré le Premier ministre norvégien, Ole Hansen."
    )
    assert polarity(text, "Norvège", "Iran") == -1


def test_the_clauses_of_a_parliamentarian_are_not_the_state_s():
    text = (
        "Le Danemark a réagi lundi. « La Russie porte l'entière responsabilité de cette "
        "crise », a affirmé le député danois Erik Holm."
    )
    assert polarity(text, "Erik Holm", "Russie") == -1
    assert rows(text, "Danemark", "Russie").empty


def test_a_participle_coordinated_with_another_bears_on_the_same_noun():
    text = "La décision de la Russie, condamnée par la Norvège et dénoncée par la Suède, surprend."
    assert polarity(text, "Norvège", "Russie") == -1
    assert polarity(text, "Suède", "Russie") == -1
    text = "Le plan, salué par la Norvège mais rejeté par la Suède, a été adopté."
    assert polarity(text, "Norvège", "plan") == 1
    assert polarity(text, "Suède", "plan") == -1
    assert rows(text, "Suède", "Norvège").empty


def test_the_de_complement_of_an_attribute_noun_stops_at_the_next_preposition():
    text = (
        "L'Ukraine a déposé sa demande lundi. La Finlande soutient la candidature de "
        "l'Ukraine à l'Union européenne."
    )
    assert polarity(text, "Finlande", "Ukraine") == 1
    assert rows(text, "Finlande", "Union européenne").empty or all(
        t != "Union européenne" for t in rows(text, "Finlande", "Union européenne")["target"]
    )
    text = (
        "La Géorgie a déposé sa demande. Le Danemark appuie la candidature de la Géorgie à l'OTAN."
    )
    assert polarity(text, "Danemark", "Géorgie") == 1
    assert all(t != "OTAN" for t in rows(text, "Danemark", "")["target"])


def test_the_de_complement_still_runs_over_its_own_de():
    text = "La Norvège a salué la visite du président de la Finlande en Suède."
    found = rows(text, "Norvège", "")
    assert not found.empty and all("Suède" not in t for t in found["target"])


def test_a_subject_pronoun_carries_on_the_state_subject_of_the_sentence_before():
    text = "La Norvège a réagi lundi. Elle a condamné l'attaque russe."
    assert polarity(text, "Norvège", "attaque") == -1
    text = "Le Danemark a réagi lundi. Il a dénoncé l'attaque russe."
    assert polarity(text, "Danemark", "attaque") == -1
    text = "L'Union européenne s'est réunie lundi. Elle a salué l'accord."
    assert polarity(text, "Union européenne", "accord") == 1


def test_a_pronoun_of_another_gender_or_a_person_named_keeps_its_own_referent():
    text = "La Norvège a réagi lundi. Il a dénoncé l'attaque russe."
    assert rows(text, "Norvège", "attaque").empty
    text = "Le Danemark a reçu la ministre suédoise Karin Berg. Elle a dénoncé l'attaque russe."
    assert polarity(text, "Karin Berg", "attaque") == -1
    assert rows(text, "Danemark", "attaque").empty


def test_the_government_in_a_dont_relative_is_its_state():
    text = "La Norvège, dont la diplomatie a condamné l'attaque, a convoqué l'ambassadeur russe."
    assert polarity(text, "Norvège", "attaque") == -1
    text = "Le Danemark, dont le gouvernement soutient l'Ukraine, a réagi."
    assert polarity(text, "Danemark", "Ukraine") == 1
    text = "La Suède, dont le ministre a dénoncé la Russie, a réagi."
    assert polarity(text, "Suède", "Russie") == -1


def test_the_passive_subject_of_a_dont_relative_holds_nothing():
    text = "La Norvège, dont l'ambassadeur a été expulsé par la Russie, a protesté."
    assert rows(text, "Norvège", "Russie").empty


def test_the_press_in_a_dont_relative_is_not_its_state():
    text = "Le Danemark, dont la presse a critiqué l'Ukraine, a réagi."
    assert rows(text, "Danemark", "Ukraine").empty


def test_a_harm_with_a_contre_complement_has_its_author_in_de():
    text = "La Norvège a condamné l'agression de la Russie contre l'Ukraine."
    assert polarity(text, "Norvège", "Russie") == -1
    assert polarity(text, "Norvège", "Ukraine") == 1
    text = "La Suède a dénoncé l'invasion brutale de la Russie contre la Géorgie."
    assert polarity(text, "Suède", "Russie") == -1
    assert polarity(text, "Suède", "Géorgie") == 1


def test_a_harm_without_contre_keeps_its_victim_in_de():
    # session 18 (wrongsign): "l'agression de Y" alone names the author as often as the
    # victim in the press; with neither "contre" nor "par", no row on Y (sign_guards.py)
    text = "La Norvège a condamné l'agression de l'Ukraine."
    assert rows(text, "Norvège", "Ukraine").empty
    text = "La Norvège n'a pas condamné l'agression de la Russie contre l'Ukraine."
    assert rows(text, "Norvège", "Russie").empty
