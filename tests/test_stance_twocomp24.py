"""Session 24, second wave: stance nouns with two complements, the holder and the target both
complements of one noun ("les menaces de X à l'encontre de Y", "l'attaque de drones lancée
par X contre Y"). Invented snippets and names."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.evaluation.stance import key
from analysis.extract.cues import cues
from analysis.extract.stance.noun_cues import noun_preps
from tests.helpers import run_steps


def rows(text: str) -> set[tuple[str, str, int]]:
    st: pd.DataFrame = run_steps(text, publication="2024-03-01").tables["stances"]
    return {(key(r.holder), key(r.target), int(r.polarity)) for r in st.itertuples()}


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # a locution of aim after the holder's "de" complement, for any noun aimed at a party
        (
            "Les menaces de la Serbie à l'encontre du Kosovo se multiplient depuis mars.",
            "Serbie",
            "Kosovo",
            -1,
        ),
        (
            "L'hostilité de la Hongrie à l'égard de la Slovaquie n'est un secret pour personne.",
            "Hongrie",
            "Slovaquie",
            -1,
        ),
        (
            "Les accusations du Chili à l'égard de l'Argentine ont tendu le sommet.",
            "Chili",
            "Argentine",
            -1,
        ),
        # a bare "de" complement of kind before the participle and its "par" agent
        (
            "Le radar a suivi l'attaque de roquettes et de drones lancée par le Soudan contre"
            " le Tchad.",
            "Soudan",
            "Tchad",
            -1,
        ),
        (
            "Les accusations de corruption portées par le Chili contre l'Argentine ont surpris.",
            "Chili",
            "Argentine",
            -1,
        ),
    ],
)
def test_two_complements(text: str, holder: str, target: str, sign: int) -> None:
    assert (key(holder), key(target), sign) in rows(text)


def test_aim_locutions_only_for_nouns_aimed_at_a_party() -> None:
    c = cues()
    menace = noun_preps(c, c.stance_nouns["menaces"][1])
    assert "à l' encontre de" in menace and "contre" in menace
    # "la demande de", "l'aide à" keep their own prepositions
    for noun in ("demande", "aide"):
        assert noun_preps(c, c.stance_nouns[noun][1]) == c.stance_nouns[noun][1]
    # a noun with no list of its own takes them besides the common target prepositions
    assert "à l' égard de" in noun_preps(c, ())
