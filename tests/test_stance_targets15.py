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
