"""A gerund's stance is held by the subject of its clause (stance/gerunds.py); the place where
an act happens ("au sein du ministère", "au siège de") is not its target, and "l'ambassadeur du
pays" is the state named before (stance/target_places.py). Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import stances


def _pairs(text: str) -> set[tuple[str, str]]:
    st = stances(text)
    return set(zip(st["holder"], st["target"], strict=True))


def test_a_gerund_hung_on_a_noun_takes_the_clause_subject_and_the_place_is_no_target():
    text = (
        "La Norvège a de nouveau affirmé sa position ferme concernant ses relations avec la "
        "Pologne en convoquant officiellement l'ambassadeur du pays au sein du ministère "
        "norvégien des Affaires étrangères."
    )
    pairs = _pairs(text)
    assert ("Norvège", "Pologne") in pairs
    assert not any(h == "Pologne" for h, _t in pairs)
    assert not any("ministère" in t for _h, t in pairs)


def test_other_gerunds_keep_their_clause_subject():
    text = (
        "Le Danemark a exprimé sa colère concernant ses échanges avec la Suède en expulsant "
        "deux diplomates suédois."
    )
    pairs = _pairs(text)
    assert ("Danemark", "Suède") in pairs
    assert not any(h == "Suède" for h, _t in pairs)


def test_a_named_target_before_the_place_is_kept():
    text = (
        "La Norvège a convoqué l'ambassadeur de Pologne au siège du ministère des Affaires "
        "étrangères."
    )
    assert ("Norvège", "Pologne") in _pairs(text)


def test_this_country_with_no_state_named_before_is_left_an_issue():
    text = (
        "La Norvège a convoqué l'ambassadeur de ce pays au sein du ministère des Affaires "
        "étrangères, où la Pologne a été critiquée."
    )
    pairs = _pairs(text)
    assert not any("ministère" in t for _h, t in pairs)
    assert ("Norvège", "Pologne") not in pairs
