"""Stance holders, round 25 (helper shold): co-agents named by a locution of doing together or
alike, and hosts named as the agent of "invité par". Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import pairs


@pytest.mark.parametrize(
    ("text", "co_agent", "target", "sign"),
    [
        (
            "La CEDEAO, à l'instar de l'Union européenne, a condamné le coup d'État en Valdavie.",
            "Union européenne",
            "coup d'État",
            -1,
        ),
        (
            "Le Sénégal, tout comme la Côte d'Ivoire, a condamné le coup d'État au Burkina Faso.",
            "Côte d'Ivoire",
            "coup d'État au Burkina Faso",
            -1,
        ),
        (
            "Le Kenya a condamné, de concert avec l'Ouganda, l'attaque contre la Somalie.",
            "Ouganda",
            "attaque",
            -1,
        ),
        (
            "Le Kenya, conjointement avec l'Ouganda, a salué l'accord de paix au Soudan.",
            "Ouganda",
            "accord de paix au Soudan",
            1,
        ),
        (
            "À l'instar du Ghana et du Togo, le Bénin a salué la libération des otages français.",
            "Togo",
            "libération des otages français",
            1,
        ),
        (
            "La Turquie a critiqué la Grèce, qui, tout comme Chypre, rejette l'accord maritime.",
            "Chypre",
            "accord maritime",
            -1,
        ),
        ("La Norvège a condamné l'attaque, de même que la Suède.", "Suède", "attaque", -1),
    ],
)
def test_co_agent_locutions(text: str, co_agent: str, target: str, sign: int) -> None:
    assert pairs(text).get((co_agent, target)) == sign


def test_co_agent_locution_on_another_clause() -> None:
    """A locution inside a relative clause names no co-agent of the main verb."""
    got = pairs(
        "La Turquie a critiqué la Grèce, qui, tout comme Chypre, rejette l'accord maritime."
    )
    assert ("Chypre", "Grèce") not in got


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "Le président allemand soutient la Communauté économique des États de l'Afrique "
            "centrale (CEEAC) qui a condamné le coup d'État au Gabon.",
            "CEEAC",
            "coup d'État au Gabon",
            -1,
        ),
        (
            "Le Niger a critiqué l'Organisation des pays exportateurs de pétrole (OPEP), qui a "
            "salué la décision de l'Arabie saoudite.",
            "OPEP",
            "Arabie saoudite",
            1,
        ),
        (
            "Le ministre belge a félicité la Communauté de développement de l'Afrique "
            "australe (SADC) qui, à l'instar de l'Union européenne, a condamné la prise du "
            "pouvoir par l'armée dès la première heure.",
            "Union européenne",
            "prise du pouvoir",
            -1,
        ),
    ],
)
def test_relative_after_bracketed_acronym(text: str, holder: str, target: str, sign: int) -> None:
    """ "la Communauté des X (CX) qui a rejeté Y": the acronym is the relative's antecedent."""
    assert pairs(text).get((holder, target)) == sign


def test_no_co_agent_of_a_passive() -> None:
    """ "X, tout comme Y, a été condamné par Z": Y is condemned too, it condemns no one."""
    got = pairs("La Chine, tout comme la Russie, a été condamnée par le Parlement européen.")
    assert ("Russie", "Chine") not in got
    assert got.get(("Parlement européen", "Chine")) == -1
