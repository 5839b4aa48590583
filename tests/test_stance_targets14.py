"""Holders and targets of rows that exist (session 14): the middle members of a list of named
subjects (analysis/extract/stance/enumerations.py), a member singled out after its group and a
late conjunct after the target's complement (analysis/extract/stance/singled_out.py), and a
demand for the release of a titled person (analysis/extract/stance/attitudes.py).
Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows


def test_every_member_of_a_list_of_three_subjects_holds_the_stance():
    text = "La Norvège, la Suède et le Portugal ont condamné la frappe."
    for state in ("Norvège", "Suède", "Portugal"):
        assert polarity(text, state, "frappe") == -1


def test_a_list_of_four_with_organisations_and_another_verb():
    text = "L'ONU, la Finlande, le Danemark et l'Union européenne ont salué l'accord de paix."
    for holder in ("ONU", "Finlande", "Danemark", "Union européenne"):
        assert polarity(text, holder, "accord") == 1


def test_an_apposition_between_commas_is_no_member_of_a_list():
    text = "Emmanuel Dupont, le ministre belge, et Piet Janssens ont dénoncé la frappe."
    assert rows(text, "ministre belge", "frappe").empty
    assert polarity(text, "Piet Janssens", "frappe") == -1


def test_a_member_singled_out_after_its_group_is_a_target():
    text = "Le Portugal a condamné toutes les puissances étrangères, notamment la Norvège."
    assert polarity(text, "Portugal", "Norvège") == -1
    text = "La Suède a salué les pays voisins, en particulier la Finlande, pour leur aide."
    assert polarity(text, "Suède", "Finlande") == 1


def test_a_demand_singling_out_a_member_presses_it():
    text = (
        "La Norvège a demandé à toutes les parties concernées, surtout au Danemark, de garder "
        "leur calme."
    )
    assert polarity(text, "Norvège", "Danemark") == -1


def test_no_member_singled_out_without_a_focusing_word_or_under_negation():
    text = "Le Portugal a condamné les puissances étrangères, la Norvège a réagi."
    assert rows(text, "Portugal", "Norvège").empty
    text = "Le Portugal n'a pas condamné les pays voisins, notamment la Norvège."
    assert rows(text, "Portugal", "Norvège").empty


def test_a_late_conjunct_after_the_complement_is_a_target():
    text = "Le Mali a remercié la Norvège pour sa médiation, ainsi que la Suède pour son aide."
    assert polarity(text, "Mali", "Suède") == 1
    text = "Le Portugal a condamné la Norvège pour ces frappes, de même que le Danemark."
    assert polarity(text, "Portugal", "Danemark") == -1


def test_a_late_conjunct_that_is_a_subject_is_no_target():
    text = "Le Mali a remercié la Norvège, ainsi que le Niger l'a fait la veille."
    assert rows(text, "Mali", "Niger").empty


def test_a_demanded_release_is_for_the_released_titled_person():
    text = (
        "La Norvège a condamné le putsch tout en demandant la « libération immédiate » de "
        "l'ancien président du Mali, Amadou Traoré."
    )
    assert polarity(text, "Norvège", "Amadou Traoré") == 1
    text = "La Suède exige le « retour » de l'opposant Piet Janssens."
    assert polarity(text, "Suède", "Piet Janssens") == 1


def test_a_demand_on_someone_else_still_presses_them():
    text = "La Norvège a réclamé des excuses de la Suède."
    assert polarity(text, "Norvège", "Suède") == -1


def test_a_source_before_the_list_is_no_member():
    text = "Selon Oslo, la Finlande et la Suède ont salué l'accord de paix."
    assert rows(text, "Norvège|Oslo", "accord").empty
    assert polarity(text, "Suède", "accord") == 1


def test_a_title_target_with_a_name_in_apposition_is_that_person():
    text = "La Norvège a félicité le président finlandais, Matti Virtanen, pour sa victoire."
    assert polarity(text, "Norvège", "Matti Virtanen") == 1
    text = "La Suède a critiqué le chef de la diplomatie danoise, Lars Berg."
    assert polarity(text, "Suède", "Lars Berg") == -1


def test_a_name_after_a_thing_or_opening_a_clause_is_no_apposition():
    text = "La Norvège a critiqué le plan de paix, Lars Berg, ministre suédois, a réagi."
    assert rows(text, "Norvège", "Lars Berg").empty
    assert polarity(text, "Norvège", "plan de paix") == -1
