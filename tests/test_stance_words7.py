"""Stances in relation descriptions, judgements and feelings (issue 15, session 11): how a
relation changes or stands ("les relations se sont dégradées", "traversent une crise", "un
nouveau chapitre des relations"), its kind ("des liens d'amitié"), its sides (two subjects,
"qui unissent X et Y", a bilateral adjective, "entre leurs deux pays"); judgements through
"constituer / représenter" and ", ce qui est / constitue ..."; the subject of a predicate
framed by "Pour X,"; feelings addressed "envers" someone; the currency sense of "francs" in
the quotes step's evaluative flag. Sign safety first: averted or feared changes, "si"
clauses and an "entre" that belongs to another noun give no row. Every snippet is
invented."""

from __future__ import annotations

import pytest

from tests.helpers import run_steps
from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "Les relations entre le Chili et le Pérou se sont nettement dégradées depuis "
            "l'an dernier.",
            "Chili",
            "Pérou",
            -1,
        ),
        (
            "Les relations entre le Chili et le Pérou traversent une crise profonde.",
            "Pérou",
            "Chili",
            -1,
        ),
        (
            "Cette visite ouvre un nouveau chapitre des relations entre le Chili et le Pérou.",
            "Chili",
            "Pérou",
            1,
        ),
        (
            "La normalisation des relations entre le Chili et le Pérou progresse lentement.",
            "Pérou",
            "Chili",
            1,
        ),
        (
            "Les relations franco-italiennes se sont réchauffées ces derniers mois.",
            "France",
            "Italie",
            1,
        ),
        (
            "Le Chili et le Pérou entretiennent des relations tendues depuis des années.",
            "Chili",
            "Pérou",
            -1,
        ),
        (
            "Le président a salué les liens d'amitié et de fraternité qui unissent le Chili "
            "et le Pérou.",
            "Pérou",
            "Chili",
            1,
        ),
        (
            "Ricardo Lagos et Alejandro Toledo ont ouvert une nouvelle page dans les "
            "relations entre leurs deux pays.",
            "Ricardo Lagos",
            "Alejandro Toledo",
            1,
        ),
    ],
)
def test_relation_changes_kinds_and_sides(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    "text",
    [
        # averted or feared: the change is not said to happen
        "Pour éviter une dégradation des relations entre le Chili et le Pérou, le ministre a "
        "renoncé au voyage.",
        "Le ministre craint une détérioration des relations entre le Chili et le Pérou.",
        # a hypothesis asserts nothing
        "Si les relations entre le Chili et le Pérou se dégradent, le commerce en souffrira.",
        # denied
        "Les relations entre le Chili et le Pérou ne se sont pas dégradées.",
    ],
)
def test_averted_or_denied_relation_changes_give_no_row(text):
    assert rows(text, "Chili|Pérou", "Chili|Pérou").empty


def test_an_entre_of_another_noun_gives_the_relation_no_sides():
    """ "la normalisation de leurs relations et en pleine tension entre X et Y": the sides
    after "et" are the tension's; they are against each other, never for."""
    text = (
        "Le ministre est arrivé à Lima, un an après la normalisation de leurs relations et en "
        "pleine tension entre le Chili et le Pérou."
    )
    assert set(rows(text, "Chili", "Pérou")["polarity"]) == {-1}


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "La ministre Alice Wanjiru a estimé que cet accord représentait un très bon "
            "résultat pour les deux pays.",
            "Alice Wanjiru",
            "accord",
            1,
        ),
        (
            "Selon le ministre Karl Otto, l'ambassadeur de Hongrie s'exprime contre le "
            "gouvernement, ce qui constitue une violation de la convention de Vienne.",
            "Karl Otto",
            "ambassadeur",
            -1,
        ),
        (
            "« La Hongrie a fermé la frontière, ce qui est inacceptable », a déclaré le "
            "ministre Karl Otto.",
            "Karl Otto",
            "Hongrie",
            -1,
        ),
        (
            "Pour le président Karl Otto, la construction du barrage par la Hongrie est une "
            "violation du traité.",
            "Karl Otto",
            "construction du barrage",
            -1,
        ),
    ],
)
def test_copular_verbs_relatives_on_ce_and_framed_subjects(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


def test_a_framing_phrase_is_not_the_judged_subject():
    """ "Pour le président X, Y est une violation": the parser takes "président" for the
    subject; X never judges himself."""
    text = (
        "Pour le président Karl Otto, la construction du barrage par la Hongrie est une "
        "violation du traité."
    )
    assert rows(text, "Karl Otto", "président").empty


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "« Nous sommes très reconnaissants envers la Hongrie », a déclaré le ministre "
            "Karl Otto.",
            "Karl Otto",
            "Hongrie",
            1,
        ),
        (
            "La ministre Alice Wanjiru s'est dite furieuse contre la Hongrie.",
            "Alice",
            "Hongrie",
            -1,
        ),
    ],
)
def test_feelings_addressed_to_someone(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


def test_glad_feelings_are_never_against():
    """ "contre" says anger: a glad feeling followed by "contre" gives no row."""
    text = "La ministre Alice Wanjiru s'est dite heureuse contre toute attente de la visite."
    assert rows(text, "Alice", "attente").empty


@pytest.mark.parametrize(
    ("text", "evaluative"),
    [
        ("Le ministre Karl Otto a promis « 300 milliards de francs CFA » aux communes.", False),
        ("Le ministre Karl Otto a annoncé « des millions de francs » pour les écoles.", False),
        ("Le ministre Karl Otto a salué des échanges « francs et directs » à Lima.", True),
    ],
)
def test_a_sum_in_francs_is_no_evaluative_quotation(text, evaluative):
    quotes = run_steps(text).tables["quotes"]
    partial = quotes[quotes["kind"] == "partial"]
    assert len(partial) == 1
    assert bool(partial["evaluative"].iloc[0]) is evaluative


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        ("Le Chili juge la décision du Pérou inacceptable.", "Chili", "décision du Pérou", -1),
        ("Le Chili estime cette attaque du Pérou injustifiée.", "Chili", "attaque", -1),
        (
            "Le ministre chilien Carlos Ruiz a jugé « inacceptables » les propos du président "
            "péruvien.",
            "Carlos Ruiz",
            "propos",
            -1,
        ),
        (
            "Pour le ministre chilien Carlos Ruiz, le Pérou reste un partenaire incontournable.",
            "Carlos Ruiz",
            "Pérou",
            1,
        ),
        (
            "Carlos Ruiz a affirmé que le Pérou demeurait un allié fiable.",
            "Carlos Ruiz",
            "Pérou",
            1,
        ),
    ],
)
def test_attributes_of_appreciation_verbs_and_lasting_copulas(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # a denied verdict gives none
        ("Le Chili ne juge pas la décision du Pérou inacceptable.", "Chili", "Pérou"),
        # words of grief describe a disaster, they blame no one
        (
            "« Je présente mes condoléances au président Toledo après ces terribles "
            "incendies », a déclaré Carlos Ruiz.",
            "Carlos Ruiz",
            "Toledo",
        ),
    ],
)
def test_no_negative_verdict_from_denials_or_grief(text, holder, target):
    assert -1 not in set(rows(text, holder, target)["polarity"])


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Le froid diplomatique entre le Chili et le Pérou dure depuis deux ans.", -1),
        ("Le dégel entre le Chili et le Pérou se confirme après la visite du ministre.", 1),
        ("La réconciliation entre le Chili et le Pérou a été scellée à Lima.", 1),
    ],
)
def test_relation_events_between_two_sides(text, sign):
    assert polarity(text, "Chili", "Pérou") == sign
    assert polarity(text, "Pérou", "Chili") == sign


def test_a_feared_relation_event_gives_no_row():
    text = "Le ministre redoute un refroidissement entre le Chili et le Pérou."
    assert rows(text, "Chili|Pérou", "Chili|Pérou").empty


@pytest.mark.parametrize(
    "text",
    [
        "Les relations du Chili avec le Pérou sont tendues depuis 2020.",
        "Les relations du Chili avec le Pérou se sont détériorées.",
    ],
)
def test_a_relation_of_one_side_with_the_other(text):
    assert polarity(text, "Chili", "Pérou") == -1
    assert polarity(text, "Pérou", "Chili") == -1


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement togolais a demandé aux diplomates lettons de quitter le pays.",
        "Le Togo a exigé des ressortissants lettons qu'ils rentrent au pays sans délai.",
        "La Lettonie a appelé ses citoyens à regagner le territoire national.",
    ],
)
def test_a_demand_to_leave_or_come_back_is_for_no_place(text):
    # was: "demander à Y de quitter le pays" gave the holder +1 toward "pays": the object
    # of a motion verb is a place left or reached, not a thing asked for
    assert rows(text, "Togo|Lettonie", "pays").empty
    assert rows(text, "Togo|Lettonie", "territoire").empty
