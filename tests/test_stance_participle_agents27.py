"""Acts told by a participle inside a noun phrase, with their "par" agent (session 27):
given to a named actor (+1), laid on or against one (−1), an agreement signed (+1), wherever
the noun phrase stands (analysis/extract/stance/participle_agents.py). Every snippet is
invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import stances


def _pairs(text: str) -> dict[tuple[str, str], int]:
    st = stances(text)
    return {(h, t): p for h, t, p in zip(st["holder"], st["target"], st["polarity"], strict=True)}


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            # given, inside the complement of another noun
            "La Tanzanie a évoqué la permission accordée par le Kenya à l'Ouganda de "
            "survoler son territoire.",
            "Kenya",
            "Ouganda",
            1,
        ),
        (
            # laid on, inside the object of a judgement held by someone else
            "Le Kenya a dénoncé les restrictions imposées par l'Ouganda au Kenya depuis mars.",
            "Ouganda",
            "Kenya",
            -1,
        ),
        (
            # a title closed by an apposed person's name is that person
            "Nairobi veut comprendre le visa délivré par l'Ouganda au chef du parti Jubilee, "
            "Ivo Mirenko, arrivé lundi.",
            "Ouganda",
            "Ivo Mirenko",
            1,
        ),
        (
            # an agreement signed, past its date
            "Les émissaires ont applaudi le traité du 3 mai paraphé par la présidente "
            "tanzanienne Samia Suluhu.",
            "Samia Suluhu",
            "traité du 3 mai",
            1,
        ),
    ],
)
def test_a_participle_agent_acts_on_the_noun_or_its_aim(
    text: str, holder: str, target: str, sign: int
) -> None:
    assert _pairs(text).get((holder, target)) == sign


def test_a_place_after_a_is_where_not_to_whom() -> None:
    st = stances(
        "Le Kenya a commenté l'interview accordée par le président tanzanien à Nairobi la veille."
    )
    assert "accorder" not in set(st["cue"])
