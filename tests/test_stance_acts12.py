"""Stances implied by acts, session 12 (issue 15): a friction that ends is a reconciliation.
Sign safety first: "mettre fin à la brouille" read as a friction gave the sides -1 toward each
other. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances


@pytest.mark.parametrize(
    "text",
    [
        "Le Kenya et la Tanzanie ont décidé de mettre fin à leur brouille diplomatique.",
        "Le Kenya a tourné la page de la brouille avec la Tanzanie.",
        "La brouille entre le Kenya et la Tanzanie a pris fin en mars.",
        "Le Kenya et la Tanzanie ont surmonté leur différend frontalier.",
        "Le Kenya et la Tanzanie ont mis un terme à la querelle qui les opposait.",
        "Le Qatar a mis fin au froid entre le Kenya et la Tanzanie.",
    ],
)
def test_an_ended_friction_reconciles_its_sides(text):
    assert polarity(text, "Kenya", "Tanzanie") == 1
    assert polarity(text, "Tanzanie", "Kenya") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Le Qatar tente de résoudre la crise entre le Kenya et la Tanzanie.",
        "La France appelle à mettre fin aux tensions entre le Kenya et la Tanzanie.",
        "Le Qatar souhaite que le Kenya tourne la page de la brouille avec la Tanzanie.",
    ],
)
def test_an_end_only_sought_gives_the_sides_no_row(text):
    st = stances(text)
    assert rows(text, "Kenya", "Tanzanie").empty, st
    assert rows(text, "Tanzanie", "Kenya").empty, st


@pytest.mark.parametrize(
    "text",
    [
        "Les tensions entre le Kenya et la Tanzanie persistent depuis mars.",
        "Le Kenya et la Tanzanie n'ont pas réussi à mettre fin à leur différend.",
        "Le conflit entre le Kenya et la Tanzanie dépasse désormais leurs frontières.",
    ],
)
def test_a_friction_that_stands_stays_against(text):
    st = stances(text)
    assert rows(text, "Kenya", "Tanzanie").empty or polarity(text, "Kenya", "Tanzanie") == -1, st
    assert (rows(text, "Kenya", "Tanzanie")["polarity"] > 0).sum() == 0


@pytest.mark.parametrize(
    "text",
    [
        "Le Kenya prendra des mesures de rétorsion si la Tanzanie ferme la frontière.",
        "Le ministre kényan a déclaré que les autorités kényanes prendraient des mesures "
        "diplomatiques si l'ambassadeur de la Tanzanie ne cessait pas d'interférer.",
        "Si la Tanzanie ferme la frontière, le Kenya ripostera.",
        "Le Kenya réagira si la Tanzanie franchit la ligne rouge.",
        "Si la Tanzanie ne retire pas ses troupes, le Kenya prendra toutes les mesures "
        "nécessaires.",
        "Le Kenya se réserve le droit de riposter aux provocations de la Tanzanie.",
    ],
)
def test_a_conditional_counter_measure_threatens(text):
    assert polarity(text, "Kenya", "Tanzanie") == -1


@pytest.mark.parametrize(
    "text",
    [
        "Si la Tanzanie le demande, le Kenya réagira.",
        "Le Kenya répondra favorablement si la Tanzanie envoie une délégation.",
        "Le Kenya n'a pas pris de mesures quand la Tanzanie a fermé sa frontière.",
        "Le Kenya ne ripostera pas si la Tanzanie ferme la frontière.",
        "Le Kenya prendra part au sommet si la Tanzanie y participe.",
    ],
)
def test_an_offer_or_a_denied_answer_is_no_threat(text):
    assert rows(text, "Kenya", "Tanzanie").empty, stances(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Outre le rappel de son ambassadeur, le Kenya a annoncé qu'il ne participerait pas "
            "au sommet d'Arusha en guise de protestation.",
            "sommet",
        ),
        ("Le Kenya ne s'est pas rendu à la conférence de Dodoma en signe de protestation.", "conf"),
        ("Le Kenya n'assistera pas à la cérémonie en signe de protestation.", "cérémonie"),
    ],
)
def test_staying_away_in_protest_is_against_the_event(text, event):
    assert polarity(text, "Kenya", event) == -1
    assert "protestation" not in " ".join(rows(text, "Kenya", event)["target"])


def test_a_visit_denied_is_no_visit():
    text = "Le président kényan ne s'est pas rendu en Tanzanie."
    assert rows(text, "Kenya", "Tanzanie").empty, stances(text)
    assert polarity("Le président kényan s'est rendu en Tanzanie.", "Kenya", "Tanzanie") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Le président William Ruto a souligné l'importance de nos relations avec la Tanzanie.",
        "Le président William Ruto a salué la coopération bilatérale avec la Tanzanie.",
        "Le président William Ruto a vanté la solidité des liens entre le Kenya et la Tanzanie.",
        "Le président William Ruto a salué la qualité des relations kényano-tanzaniennes.",
        "Le Kenya a loué l'excellence de son partenariat avec la Tanzanie.",
    ],
)
def test_praise_of_ties_is_for_the_partner(text):
    assert polarity(text, "Ruto|Kenya", "Tanzanie") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Le Kenya a salué les liens entre l'Ouganda et la Tanzanie.",
        "Le Kenya a souligné les relations avec la Tanzanie.",
        "Le Kenya a salué la fin de la coopération avec la Tanzanie.",
    ],
)
def test_praise_of_others_ties_or_no_praise_gives_no_partner_row(text):
    st = stances(text)
    assert (rows(text, "Kenya", "Tanzanie")["target"] == "Tanzanie").sum() == 0, st


def test_one_subject_and_its_state_are_one_side_of_a_joint_act():
    text = "Le président kényan a salué la coopération bilatérale avec la Tanzanie."
    st = stances(text)
    assert rows(text, "Kenya", "président").empty, st
    assert rows(text, "président", "Kenya").empty, st
    text = (
        "Le Kenya et la Tanzanie se sont rencontrés à Arusha. "
        "Les deux pays ont créé un fonds commun."
    )
    assert polarity(text, "Kenya", "Tanzanie") == 1


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Dodoma a protesté contre les propos critiques du président kényan William Ruto à "
            "l'égard de la Tanzanie.",
            -1,
        ),
        ("Les déclarations hostiles du Kenya envers la Tanzanie inquiètent Kampala.", -1),
        ("Les propos élogieux de William Ruto sur la Tanzanie ont été remarqués.", 1),
    ],
)
def test_words_said_with_an_epithet_are_an_act_toward_their_addressee(text, sign):
    assert polarity(text, "Ruto|Kenya", "Tanzanie") == sign


def test_words_said_without_an_epithet_are_no_act():
    text = "Les propos de William Ruto sur la Tanzanie ont été remarqués."
    assert rows(text, "Ruto", "Tanzanie").empty, stances(text)


def test_a_victim_after_an_elided_locution_is_found():
    text = "Les frappes du Kenya à l'encontre de la Tanzanie ont repris."
    assert polarity(text, "Kenya", "Tanzanie") == -1


@pytest.mark.parametrize(
    "text",
    [
        "William Ruto a traité Yoweri Museveni de « petit gauchiste ».",
        "Le Kenya a taxé la Tanzanie de laxisme.",
    ],
)
def test_calling_an_actor_names_is_an_insult(text):
    holder, target = ("Ruto", "Museveni") if "Ruto" in text else ("Kenya", "Tanzanie")
    assert polarity(text, holder, target) == -1


@pytest.mark.parametrize(
    "text",
    [
        "Le Kenya a traité la question de la frontière avec la Tanzanie.",
        "Le Kenya a traité la Tanzanie avec respect.",
        "Le Kenya n'a jamais traité la Tanzanie de menteuse.",
    ],
)
def test_dealing_with_or_a_denied_insult_is_no_insult(text):
    assert (rows(text, "Kenya", "Tanzanie")["polarity"] < 0).sum() == 0, stances(text)


@pytest.mark.parametrize(
    ("text", "target", "sign"),
    [
        ("Le Kenya a exprimé son rejet de la proposition tanzanienne.", "proposition", -1),
        ("Le Kenya a réaffirmé sa condamnation des frappes ougandaises.", "frappes", -1),
        ("Le Kenya a exprimé son soutien de la candidature tanzanienne.", "candidature", 1),
    ],
)
def test_the_de_complement_of_a_possessed_stance_noun_is_its_object(text, target, sign):
    assert polarity(text, "Kenya", target) == sign


def test_a_bare_de_after_a_possessed_noun_is_no_object():
    text = "Le Kenya a rappelé son opposition de principe à la guerre."
    assert rows(text, "Kenya", "principe").empty, stances(text)
    assert polarity(text, "Kenya", "guerre") == -1


@pytest.mark.parametrize(
    "text",
    [
        "La convocation de l'ambassadeur de la Tanzanie par le Kenya a surpris.",
        "L'expulsion de l'ambassadeur de la Tanzanie par le Kenya a été annoncée mardi.",
    ],
)
def test_the_agent_after_a_diplomat_of_another_state_acts(text):
    assert polarity(text, "Kenya", "Tanzanie") == -1


@pytest.mark.parametrize(
    "text",
    [
        "Le Kenya a imposé des sanctions à la Tanzanie.",
        "Le Kenya a décrété un embargo contre la Tanzanie.",
        "Le Kenya a adopté de nouvelles sanctions visant la Tanzanie.",
    ],
)
def test_imposing_a_hostile_act_is_against_its_target(text):
    assert polarity(text, "Kenya", "Tanzanie") == -1


@pytest.mark.parametrize(
    "text",
    [
        "Le Kenya n'a pas imposé de sanctions à la Tanzanie.",
        "Le Kenya a levé les sanctions imposées à la Tanzanie.",
    ],
)
def test_sanctions_denied_or_lifted_are_no_hostility(text):
    assert (rows(text, "Kenya", "Tanzanie")["polarity"] < 0).sum() == 0, stances(text)


def test_a_letter_of_protest_is_addressed_against_its_recipient():
    text = "Le gouvernement kényan a remis une lettre de protestation à l'ambassadeur de Tanzanie."
    assert polarity(text, "Kenya", "Tanzanie") == -1


def test_a_quoted_object_of_a_possessed_noun_keeps_its_author():
    text = "Le Kenya a exprimé son rejet des « déclarations inappropriées » de William Ruto."
    assert polarity(text, "Kenya", "Ruto") == -1
