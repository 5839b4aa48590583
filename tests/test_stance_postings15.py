"""The post of a recalled diplomat past the words that say the posting (session 15, narr2):
"son ambassadeur accrédité en Y", "basée à Y", "en poste à Y", "accrédité auprès de Y":
the recall is against the state of the post; a nationality adjective still names whose
diplomat is summoned. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Le Mali a rappelé les ambassadeurs accrédités en Algérie.", "Mali", "Algérie"),
        ("Le Niger a rappelé son ambassadeur accrédité auprès de la France.", "Niger", "France"),
        ("Le Maroc a rappelé son ambassadrice basée à Madrid.", "Maroc", "Espagne"),
        ("Le Burkina a rappelé son ambassadeur en poste à Abidjan.", "Burkina", "Côte d'Ivoire"),
        ("Le Pérou a rappelé ses diplomates en fonction au Mexique.", "Pérou", "Mexique"),
    ],
)
def test_a_recall_is_against_the_state_of_the_post(text, holder, target):
    assert polarity(text, holder, target) == -1


def test_a_nationality_adjective_names_the_diplomats_state_not_the_post():
    """ "l'ambassadeur français accrédité auprès de Y": French, posted to Y — summoning him
    is against France, never against the post."""
    text = "Le Mali a convoqué l'ambassadeur français accrédité auprès de l'Union africaine."
    assert polarity(text, "Mali", "France") == -1
    assert rows(text, "Mali", "Union africaine").empty


def test_a_recall_denied_gives_no_row():
    text = "Le Mali n'a pas rappelé son ambassadeur accrédité en Algérie."
    assert rows(text, "Mali", "Algérie").empty


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Le Pérou a rappelé son chargé d'affaires à Quito.", "Pérou", "Équateur"),
        (
            "Lima a rappelé, pour dix jours, sa chargée d'affaires par intérim à Quito.",
            "Pérou",
            "Équateur",
        ),
        (
            "Le Tchad a rappelé sa chargée d'affaires en poste à Yaoundé.",
            "Tchad",
            "Cameroun",
        ),
        ("Le Ghana a rappelé son ambassadeur par intérim à Lomé.", "Ghana", "Togo"),
        ("Le Niger a convoqué la chargée d'affaires du Bénin.", "Niger", "Bénin"),
    ],
)
def test_a_charge_d_affaires_is_one_title(text, holder, target):
    """ "chargé d'affaires": its "de" is the title's own, never the post's or the state's
    complement ("affaires à Y" had been read as a place, Y as a town, not its state)."""
    assert not rows(text, holder, target).query("target == @target").empty
    assert polarity(text, holder, target) == -1
