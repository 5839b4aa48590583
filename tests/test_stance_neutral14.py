"""Neutral stances (session 14): a call for restraint or for a peaceful settlement addressed
to a party is a stance of polarity 0 toward it (``stance/neutral.py``), never pressure on it
nor support; neutral rows stay out of the alignments, the camps and the signed matrix, and
have their own headline. Every snippet is invented."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.report.viz.stance import stance_matrix
from tests.test_stance_press import polarity, rows, stances


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # restraint, both addressees coordinated
        (
            "Le ministre danois Erik Holm a exhorté le Tchad et le Niger à faire preuve de "
            "modération.",
            "Erik Holm",
            "Niger",
        ),
        (
            "Le ministre danois Erik Holm a exhorté le Tchad et le Niger à faire preuve de "
            "modération.",
            "Erik Holm",
            "Tchad",
        ),
        # another member of the class: a call to talk
        (
            "La Norvège a appelé la Géorgie et l'Abkhazie au dialogue.",
            "Norvège",
            "Géorgie",
        ),
        # a peaceful settlement, another verb of calling
        (
            "Le Brésil a invité l'Équateur à régler le différend par la voie diplomatique.",
            "Brésil",
            "Équateur",
        ),
        # the parties named by a common noun, an adjective after it
        (
            "L'Union africaine a appelé les belligérants tchadiens à la désescalade.",
            "Union africaine",
            "belligérants",
        ),
        (
            "Le Japon exhorte les factions rivales à négocier.",
            "Japon",
            "factions",
        ),
    ],
)
def test_a_call_for_restraint_or_dialogue_is_neutral_toward_its_addressee(text, holder, target):
    assert polarity(text, holder, target) == 0


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # a demand to withdraw presses the addressees, coordinated ones too
        (
            "Le ministre danois Erik Holm a appelé le Tchad et le Niger à retirer leurs troupes.",
            "Erik Holm",
            "Niger",
        ),
        (
            "L'Union africaine a appelé les belligérants tchadiens à libérer les otages.",
            "Union africaine",
            "otages",
        ),
    ],
)
def test_a_demand_that_is_no_call_for_calm_is_not_neutral(text, holder, target):
    assert polarity(text, holder, target) != 0


def test_a_negated_call_records_nothing():
    text = "La Norvège n'a pas appelé la Géorgie au dialogue."
    assert rows(text, "Norvège", "Géorgie").empty


def test_a_condemnation_beside_a_call_for_calm_keeps_its_sign():
    text = "Le Danemark a condamné la Serbie et l'a appelée à la retenue."
    found = rows(text, "Danemark", "Serbie")
    assert -1 in set(found["polarity"]), found


def test_neutral_rows_stay_out_of_camps_and_the_signed_matrix():
    text = (
        "Le ministre danois Erik Holm a exhorté le Tchad et le Niger à faire preuve de "
        "modération. Le Tchad a salué le Niger."
    )
    from tests.helpers import run_steps

    an = run_steps(text, publication="2024-03-01")
    st = an.tables["stances"]
    assert (st["polarity"] == 0).any(), st
    m = stance_matrix(st)
    for cell in ("Tchad", "Niger"):  # the neutral rows make no cell (the +1 one for
        # "preuve de modération" may)
        assert cell not in m.columns or pd.isna(m.loc["Erik Holm", cell]), m
    camps = an.tables["camps"]
    assert "Erik Holm" not in set(camps.get("members", pd.Series(dtype=str)).astype(str)), camps


def test_a_neutral_row_has_its_own_headline_and_is_never_support():
    from analysis.report.views.stance import headlines
    from tests.helpers import run_steps

    an = run_steps(
        "Le ministre danois Erik Holm a exhorté le Tchad et le Niger à faire preuve de modération.",
        publication="2024-03-01",
    )
    lines = headlines(an)
    assert any(line.startswith("Appel à la retenue") for line in lines), lines
    assert not any("Erik Holm" in line and line.startswith("Soutien") for line in lines), lines
    assert len(stances("La Norvège a appelé la Géorgie au dialogue.")) >= 1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Le Pérou s'est gardé de reconnaître la victoire du candidat sortant.",
            "Pérou",
            "victoire",
        ),
        ("Le Chili a évité de condamner la Bolivie.", "Chili", "Bolivie"),
        ("La Turquie s'est bien gardée de soutenir l'offensive russe.", "Turquie", "offensive"),
        ("Le Mexique s'abstient de critiquer le Venezuela.", "Mexique", "Venezuela"),
    ],
)
def test_a_stance_declined_is_neutral_not_reversed(text, holder, target):
    assert polarity(text, holder, target) == 0


@pytest.mark.parametrize(
    "text",
    [
        # "garder" without "se" declines nothing
        "Le Chili a gardé le silence et a condamné la Bolivie.",
        # the declining verb negated: no neutral row
        "Le Chili ne s'est pas gardé de condamner la Bolivie.",
    ],
)
def test_no_neutral_row_without_a_declining_verb(text):
    assert not (rows(text, "Chili", "Bolivie")["polarity"] == 0).any()


def test_refusing_a_stance_keeps_its_reading():
    # "refuser de soutenir Y" stays against Y (stance_modality.yaml), not neutral
    assert polarity("Le Chili a refusé de soutenir la Bolivie.", "Chili", "Bolivie") == -1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "L'Union européenne a lancé un appel pressant à la retenue à l'adresse de "
            "l'Arménie et de l'Azerbaïdjan.",
            "Union européenne",
            "Azerbaïdjan",
        ),
        ("Le Canada a réitéré son appel au dialogue adressé au Soudan.", "Canada", "Soudan"),
        ("Le Brésil a invité l'Équateur à la retenue.", "Brésil", "Équateur"),
        (
            "Le Brésil a convié l'Équateur à régler le différend par la voie diplomatique.",
            "Brésil",
            "Équateur",
        ),
    ],
)
def test_noun_calls_and_invitations_to_restraint_are_neutral(text, holder, target):
    assert polarity(text, holder, target) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Le Canada a lancé un appel aux dons à l'adresse de la Turquie.",
        "Le Canada n'a lancé aucun appel au calme à l'adresse de la Turquie.",
    ],
)
def test_no_neutral_row_for_other_appeals_or_a_denied_one(text):
    assert not (rows(text, "Canada", "Turquie")["polarity"] == 0).any()


def test_an_invitation_to_a_place_stays_an_invitation_and_a_call_to_act_presses():
    assert (
        polarity("Le Brésil a invité l'Équateur à un sommet régional.", "Brésil", "Équateur") == 1
    )
    text = "Le Brésil a invité l'Équateur à retirer ses troupes."
    assert polarity(text, "Brésil", "Équateur") == -1


def test_settling_a_dispute_is_against_the_dispute():
    assert polarity("La Chine a appelé à résoudre la crise.", "Chine", "crise") == -1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Le président gabonais a dit s'aligner derrière l'Union africaine.", "gabonais", "Union"),
        ("Le Togo s'est positionné aux côtés du Ghana.", "Togo", "Ghana"),
        ("Le Bénin a emboîté le pas au Nigeria.", "Bénin", "Nigeria"),
        ("Le Bénin a décidé de marcher dans les pas du Nigeria.", "Bénin", "Nigeria"),
        ("Le Bénin a épousé la cause du Nigeria.", "Bénin", "Nigeria"),
    ],
)
def test_taking_someones_side_by_a_verb_of_place_or_path_is_for_them(text, holder, target):
    assert polarity(text, holder, target) == 1


def test_placing_troops_behind_a_border_takes_no_side():
    text = "Le Bénin a positionné ses troupes derrière la frontière du Nigeria."
    assert not (rows(text, "Bénin", "Nigeria")["polarity"] > 0).any()


def test_a_call_to_put_an_end_to_something_still_presses_the_addressee():
    text = "Le Vietnam demande au Laos de mettre fin à ses activités illicites."
    assert polarity(text, "Vietnam", "Laos") == -1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Le président chilien a évité de « donner son avis » sur la tenue d'un référendum.",
            "chilien",
            "référendum",
        ),
        ("Le Chili s'est gardé de se prononcer sur l'annexion du Sahara.", "Chili", "annexion"),
        ("La Suisse n'a pas pris position sur la réforme.", "Suisse", "réforme"),
        (
            "La Suisse refuse de prendre parti dans le conflit entre l'Arménie et l'Azerbaïdjan.",
            "Suisse",
            "Arménie",
        ),
    ],
)
def test_declining_to_take_a_position_on_y_is_neutral_toward_y(text, holder, target):
    assert 0 in set(rows(text, holder, target)["polarity"])


@pytest.mark.parametrize(
    "text",
    [
        "La Suisse a pris position sur la réforme.",
        "La Suisse a donné son avis sur la réforme.",
        "La Suisse n'a pas pris de mesures sur la réforme.",
    ],
)
def test_a_position_taken_or_another_noun_is_no_neutral_row(text):
    assert not (rows(text, "Suisse", "réforme")["polarity"] == 0).any()


@pytest.mark.parametrize(
    "text",
    [
        "Le Brésil a invité le président équatorien à effectuer une visite officielle.",
        "Le Brésil a invité le président équatorien à participer au sommet régional.",
    ],
)
def test_an_invitation_to_come_stays_an_invitation(text):
    assert polarity(text, "Brésil", "équatorien") == 1


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Le Brésil s'est abstenu lors du vote sur la motion.", "motion"),
        ("Le Brésil s'est abstenu sur le texte présenté par la France.", "texte"),
    ],
)
def test_an_abstention_is_neutral_toward_what_was_voted_on(text, target):
    assert polarity(text, "Brésil", target) == 0


def test_an_abstention_is_never_a_stance_on_an_actor_named_in_the_text_voted_on():
    text = "Le Brésil s'est abstenu sur le texte présenté par la France."
    assert rows(text, "Brésil", "France")["target"].map(lambda t: t == "France").sum() == 0
