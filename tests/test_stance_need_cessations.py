"""A need to end something is no support of it, whatever locution says the ending (session 26).

Why: the stressed-need rule (analysis/extract/stance/needs.py) reads "X a souligné la nécessité
de Y" as X for Y, except when Y is to be ended ("la nécessité de mettre fin aux attaques"). It
told the ending from the clause's first token, so "mettre un terme à", "mettre un coup d'arrêt
à" and "en finir avec" made X *for* what X wants to end. The check now reads the locution of
the cessation list word by word. Every snippet is invented.
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "thing"),
    [
        (
            "Le ministre Paul Kanza a rappelé lundi la nécessité de mettre un terme aux attaques.",
            "Kanza",
            "attaques",
        ),
        (
            "La ministre Lina Dorval a souligné l'urgence de mettre un coup d'arrêt aux "
            "expulsions.",
            "Dorval",
            "expulsions",
        ),
        (
            "La ministre Lina Dorval a rappelé l'impérieuse nécessité d'en finir avec la "
            "corruption.",
            "Dorval",
            "corruption",
        ),
        (
            "Le ministre Paul Kanza a insisté sur la nécessité d'en finir avec les pillages.",
            "Kanza",
            "pillages",
        ),
    ],
)
def test_a_need_to_end_is_no_support(text: str, holder: str, thing: str) -> None:
    found = rows(text, holder, thing)
    assert not (found["polarity"] > 0).any(), found


@pytest.mark.parametrize(
    ("text", "holder", "thing"),
    [
        # "mettre" opening another locution, and a clitic "en" before another verb
        (
            "Le ministre Paul Kanza a souligné la nécessité urgente de mettre en œuvre"
            " le plan de paix.",
            "Kanza",
            "plan de paix",
        ),
        (
            "Le ministre Paul Kanza a souligné la nécessité d'en discuter avec les voisins.",
            "Kanza",
            "discuter",
        ),
    ],
)
def test_other_needs_are_still_read(text: str, holder: str, thing: str) -> None:
    assert polarity(text, holder, thing) == 1
