"""Restrictive measures and their relief, and joint decisions, stated in the narration
(session 13 part 2, narr2): "X a levé / allégé les sanctions contre Y" (+1), "X a gelé /
confisqué les avoirs de Y" (−1), "X a débloqué les fonds de Y" (+1), "X et Y ont convenu de
…" (+1 both ways). Negated, refused or hostile acts give no row. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        ("Le Canada a levé les sanctions contre le Venezuela.", "Canada", "Venezuela", 1),
        (
            "L'Union européenne a décidé d'alléger les sanctions imposées à la Syrie.",
            "Union européenne",
            "Syrie",
            1,
        ),
        ("Le Mexique a assoupli l'embargo visant Cuba.", "Mexique", "Cuba", 1),
        (
            "La Norvège a suspendu les mesures restrictives à l'encontre de l'Iran.",
            "Norvège",
            "Iran",
            1,
        ),
        ("Les États-Unis ont gelé les avoirs de la Russie.", "États-Unis", "Russie", -1),
        ("Le Japon a confisqué les biens du Venezuela.", "Japon", "Venezuela", -1),
        ("Le Canada a débloqué les fonds de l'Afghanistan.", "Canada", "Afghanistan", 1),
        (
            "L'Inde et la Chine ont convenu, samedi, d'intensifier leurs efforts.",
            "Inde",
            "Chine",
            1,
        ),
        # evacuating a mission is closing it (mission_acts close)
        ("L'Estonie a évacué son ambassade en Biélorussie.", "Estonie", "Biélorussie", -1),
        ("Le Brésil a évacué son ambassade au Venezuela.", "Brésil", "Venezuela", -1),
        ("Le Ghana et le Togo se sont entendus pour relancer le dialogue.", "Togo", "Ghana", 1),
    ],
)
def test_restriction_and_joint_decision(text: str, holder: str, target: str, sign: int) -> None:
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # negated, refused, hindered: no act, no row
        ("Le Canada n'a pas levé les sanctions contre le Venezuela.", "Canada", "Venezuela"),
        ("La Suède refuse d'alléger les sanctions contre la Syrie.", "Suède", "Syrie"),
        ("Le Japon n'a jamais gelé les avoirs de la Russie.", "Japon", "Russie"),
        ("Le Brésil n'a pas évacué son ambassade au Venezuela.", "Brésil", "Venezuela"),
        # "les sanctions de Y": Y imposes them, it is not their target
        ("Le Canada a levé les sanctions de l'Union européenne.", "Canada", "Union"),
        # an agreement denied, or on a rupture, is no mutual support
        ("Le Pérou et le Chili ne se sont pas mis d'accord sur la frontière.", "Pérou", "Chili"),
        ("Le Pérou et le Chili ont convenu de suspendre leurs relations.", "Pérou", "Chili"),
    ],
)
def test_no_support_row(text: str, holder: str, target: str) -> None:
    found = rows(text, holder, target)
    assert not (found["polarity"] > 0).any()
    # nor a row of these rules of either sign
    assert (
        not found["cue"].isin(["lever", "alléger", "geler", "convenir", "mettre", "évacuer"]).any()
    )
