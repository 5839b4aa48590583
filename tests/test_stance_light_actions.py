"""A light verb with an action noun reads as the noun's verb ("procéder à la signature de
l'accord" as "signer l'accord", analysis/extract/stance/light_actions.py), and a wish that
something end is against what ends, not for the clause that says it
(analysis/extract/stance/ended_wishes.py). Every snippet is invented."""

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
            # an agreement named by its noun: the signatories are for each other
            "Jeudi à Oskar, la Valdorie et la Mirénie ont procédé dans la matinée à la "
            "signature de quatre conventions portuaires.",
            "Valdorie",
            "Mirénie",
            1,
        ),
        (
            # a stance verb named by its noun, its object test met by the complement
            "La Valdorie a effectué la reconnaissance formelle de l'indépendance du Kestri.",
            "Valdorie",
            "indépendance du Kestri",
            1,
        ),
        (
            # a stance verb named by its noun: its sign, toward the noun's "de" complement
            "Au terme d'un long débat, la Valdorie a procédé à la condamnation de la "
            "Mirénie pour ses essais balistiques.",
            "Valdorie",
            "Mirénie",
            -1,
        ),
    ],
)
def test_a_light_verb_reads_as_its_action_noun(
    text: str, holder: str, target: str, sign: int
) -> None:
    assert _pairs(text).get((holder, target)) == sign


@pytest.mark.parametrize(
    "text",
    [
        # denied: the act did not happen
        "Contrairement aux rumeurs, la Valdorie n'a jamais procédé à l'expulsion des "
        "attachés militaires mirénites.",
        # an action noun that names no stance verb
        "La police valdorienne a procédé à l'interpellation de trois passeurs mirénites.",
    ],
)
def test_no_row_without_a_stated_act(text: str) -> None:
    st = stances(text)
    assert not any(str(c).startswith("procéder") for c in st["cue"])


@pytest.mark.parametrize(
    ("text", "holder", "word"),
    [
        (
            "La Valdorie espère que l'occupation mirénite des îles Kestri cessera avant l'hiver.",
            "Valdorie",
            "occupation",
        ),
        (
            "Le chef de la diplomatie valdorienne, Ilan Mirenko, souhaite que le blocus "
            "décrété par la Mirénie prenne fin sans délai.",
            "chef de la diplomatie",
            "blocus",
        ),
        (
            "La Valdorie espère que la Mirénie arrêtera enfin ses tirs sur les villages du Nord.",
            "Valdorie",
            "tirs",
        ),
        (
            # the "à" complement of "mettre fin à" is what ends, not the subject
            "Le Kestri espère que la Mirénie mettra un terme à son embargo céréalier.",
            "Kestri",
            "embargo",
        ),
        (
            # a noun of ending wished: against its "de" complement
            "Le Kestri souhaite la levée rapide du couvre-feu imposé par la Mirénie.",
            "Kestri",
            "couvre-feu",
        ),
    ],
)
def test_a_wished_end_is_against_what_ends(text: str, holder: str, word: str) -> None:
    st = stances(text)
    signs = {
        p
        for h, t, p in zip(st["holder"], st["target_text"], st["polarity"], strict=True)
        if holder in h and word in t
    }
    assert signs == {-1}


def test_no_support_for_an_actor_asked_to_stop() -> None:
    # wishing that an actor stop is never support for it (nor for a clause naming it)
    st = stances("Le Kestri souhaite surtout que la Mirénie s'arrête là.")
    assert not any(
        "Mirénie" in t and p > 0 for t, p in zip(st["target_text"], st["polarity"], strict=True)
    )
