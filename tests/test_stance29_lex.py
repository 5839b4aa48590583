"""Stance vocabulary, round 25 (session 29, helper lex): families of evaluative words a press
writer uses that no stance lexicon knew — surprise and worry as a verdict on an act, blame
in "-able", claims without ground, the ostracised, what is precious or essential, raising
questions and chilling a relation, open joy, relief and surprise as feelings. Every snippet
is invented (names, places and wording)."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances

SAID = "a déclaré le ministre chilien Pablo Ruiz."


@pytest.mark.parametrize(
    "quote",
    [
        "« La décision du Pérou est surprenante »",
        "« Les propos du président bolivien sont déconcertants »",
        "« L'attitude de la Bolivie est préoccupante »",
        "« La réaction du Pérou est franchement étonnante »",
    ],
)
def test_surprise_and_worry_are_a_verdict_on_the_act(quote: str) -> None:
    """A verdict of surprise or worry on someone's act is against its agent."""
    text = f"{quote}, {SAID}"
    target = "Bolivie" if "Bolivie" in quote or "bolivien" in quote else "Pérou"
    assert polarity(text, "Ruiz", target) == -1


def test_not_surprising_is_no_praise() -> None:
    """A denied surprise says the act was expected: no row for the agent, of either sign."""
    text = f"« La décision du Pérou n'est pas surprenante », {SAID}"
    assert rows(text, "Ruiz", "Pérou").empty


@pytest.mark.parametrize(
    "quote",
    [
        "« Cet acte du Pérou est répréhensible »",
        "« La conduite de la Bolivie est condamnable »",
        "« Ces accusations du Pérou sont fantaisistes »",
        "« Le président bolivien est devenu infréquentable »",
    ],
)
def test_blame_and_baseless_claims(quote: str) -> None:
    text = f"{quote}, {SAID}"
    target = "bolivi" if "oliv" in quote else "Pérou"
    assert polarity(text, "Ruiz", target) == -1


@pytest.mark.parametrize(
    "quote",
    [
        "« L'aide du Pérou est précieuse »",
        "« Le rôle de la Bolivie est essentiel »",
        "« Le soutien de la Bolivie est vital »",
    ],
)
def test_precious_and_essential_are_praise(quote: str) -> None:
    text = f"{quote}, {SAID}"
    target = "Bolivie" if "Bolivie" in quote else "Pérou"
    assert polarity(text, "Ruiz", target) == 1


@pytest.mark.parametrize(
    "quote",
    [
        "« La position du Pérou soulève des questions »",
        "« La démarche de la Bolivie suscite des interrogations »",
    ],
)
def test_raising_questions_is_doubt(quote: str) -> None:
    text = f"{quote}, {SAID}"
    target = "Bolivie" if "Bolivie" in quote else "Pérou"
    assert polarity(text, "Ruiz", target) == -1


@pytest.mark.parametrize(
    "text, holder, target",
    [
        ("Le gouvernement chilien jubile après la décision du Pérou.", "Chili", "Pérou"),
        ("La Bolivie exulte devant le vote de l'Argentine.", "Bolivie", "Argentine"),
    ],
)
def test_open_joy_is_support(text: str, holder: str, target: str) -> None:
    assert polarity(text, holder, target) == 1


@pytest.mark.parametrize(
    "text, sign",
    [
        ("Le ministre chilien Pablo Ruiz s'est dit surpris par la décision du Pérou.", -1),
        ("Le ministre chilien Pablo Ruiz s'est dit étonné des propos du Pérou.", -1),
        ("Le ministre chilien Pablo Ruiz s'est dit agréablement surpris par le geste du Pérou.", 1),
        ("Le ministre chilien Pablo Ruiz s'est dit soulagé par la décision du Pérou.", 1),
    ],
)
def test_surprise_and_relief_as_feelings(text: str, sign: int) -> None:
    assert polarity(text, "Ruiz", "Pérou") == sign


def test_denied_surprise_gives_no_row() -> None:
    text = "Le ministre chilien Pablo Ruiz ne s'est pas dit surpris par la décision du Pérou."
    assert rows(text, "Ruiz", "Pérou").empty


@pytest.mark.parametrize(
    "text, holder, target, sign",
    [
        (
            "Le ministre chilien Pablo Ruiz a manqué de respect au président bolivien.",
            "Ruiz",
            "bolivien",
            -1,
        ),
        ("Le Chili n'a jamais pardonné au Pérou cette décision.", "Chili", "Pérou", -1),
        ("Le Chili a pardonné à la Bolivie.", "Chili", "Bolivie", 1),
    ],
)
def test_disrespect_and_forgiveness(text: str, holder: str, target: str, sign: int) -> None:
    """ "manquer de respect à Y" is against Y; "pardonner à Y" for Y, a grudge when denied."""
    assert polarity(text, holder, target) == sign


def test_incompatible_is_a_verdict() -> None:
    text = f"« Les déclarations du ministre péruvien sont incompatibles avec nos valeurs », {SAID}"
    assert polarity(text, "Ruiz", "péruvien") == -1


@pytest.mark.parametrize(
    "text, target",
    [
        ("Le ministre chilien Pablo Ruiz a mis en doute la sincérité du Pérou.", "Pérou"),
        ("Le ministre chilien Pablo Ruiz a remis en cause la bonne foi de la Bolivie.", "Bolivie"),
        ("Le ministre chilien Pablo Ruiz doute de la bonne foi du Pérou.", "Pérou"),
    ],
)
def test_doubt_cast_is_opposition(text: str, target: str) -> None:
    assert polarity(text, "Ruiz", target) == -1


def test_sans_doute_is_no_doubt() -> None:
    """The adverb "sans doute" casts no doubt: no row from a doubt cue."""
    st = stances("Sans doute le Pérou signera-t-il l'accord avec le Chili.")
    assert not st["cue"].str.contains("doute").any()
