"""Targets (session 28): whom a solidarity, a relation, a demonstrative or a strike is about.

* a named subject "solidaire de / avec Y" (narration: "X s'est dit solidaire de Y", "X reste
  solidaire avec Y") is for Y, as "solidaire envers Y" already was
  (stance/attitude_adjectives.py, ``toward_own_preps`` of ``stance_cues.yaml``);
* a first-person feeling under a modal or control verb ("« nous devons être solidaires de
  Y »", "« nous voulons rester solidaires de Y »") has that verb's subject, the speaker's
  side (stance/sentiments.py): the parse hangs "nous" on the modal;
* "X, rival de Y et allié de Z": the coordinated relation noun is no second member of the
  rivalry (stance/extents.py; Z got a wrong sign), and "X, alliée de Y," parsed as a
  participle clause is an apposition (stance/attitudes.py);
* a target "ce pays / cet État …" takes up the last state named before, the holder's own
  aside (stance/target_places.py);
* a hostile act done "sur le sol y-ien", "en territoire y-ien", "sur le territoire de Y" is
  against that state when no marker of aim names a victim (stance/territories.py).

Every snippet is invented.
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import pairs as _pairs
from tests.test_stance_press import stances


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Le Népal s'est déclaré solidaire de la Bolivie.", "Népal", "Bolivie"),
        ("Le Népal reste solidaire avec le Chili après le séisme.", "Népal", "Chili"),
        (
            "La ministre népalaise Livia Orsenna s'est montrée solidaire du gouvernement chilien.",
            "Livia Orsenna",
            "Chili",
        ),
    ],
)
def test_a_named_subject_solidaire_de_y(text: str, holder: str, target: str) -> None:
    st = stances(text)
    got = {
        (h, t, p, c)
        for h, t, p, c in zip(st["holder"], st["target"], st["polarity"], st["cue"], strict=True)
    }
    assert any(g[:3] == (holder, target, 1) and g[3].startswith("solidaire ") for g in got), got


def test_a_denied_solidarity_gives_no_support() -> None:
    assert _pairs("Le Népal n'est pas solidaire du Chili.").get(("Népal", "Chili")) != 1


def test_critique_de_is_not_read_as_an_attitude_toward() -> None:
    # only the solidarity adjectives take "de": "critique de" stays with its own rules
    cues = stances("Le Népal est critique de la Bolivie.")["cue"]
    assert not any(c.startswith("critique ") for c in cues), list(cues)


@pytest.mark.parametrize(
    "text",
    [
        "« Nous devons être solidaires de la Bolivie », a déclaré Livia Orsenna, ministre"
        " népalaise.",
        "« Nous voulons rester solidaires de la Bolivie », a déclaré Livia Orsenna, ministre"
        " népalaise.",
    ],
)
def test_a_quoted_solidarity_under_a_modal(text: str) -> None:
    st = stances(text)
    cues = [
        c
        for h, t, p, c in zip(st["holder"], st["target"], st["polarity"], st["cue"], strict=True)
        if h == "Livia Orsenna" and t == "Bolivie" and p == 1
    ]
    assert any(c.startswith("solidaires") for c in cues), cues


def test_a_second_relation_noun_is_no_member_of_the_first() -> None:
    # "rival de Y et allié de Z": Z is an ally, not a second rival (a wrong sign before)
    pairs = _pairs("Le Népal, rival du Bhoutan et allié du Pérou, a voté contre le texte.")
    assert pairs.get(("Népal", "Bhoutan")) == -1
    assert pairs.get(("Népal", "Pérou")) == 1


def test_coordinated_actors_still_share_the_relation() -> None:
    pairs = _pairs("Le Népal, allié du Pérou et de la Bolivie, a voté contre le texte.")
    assert pairs.get(("Népal", "Pérou")) == 1
    assert pairs.get(("Népal", "Bolivie")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "La Bolivie, alliée du Pérou, a voté contre le texte.",
        "La Bolivie, fidèle alliée du Pérou, a voté contre le texte.",
    ],
)
def test_an_apposed_feminine_ally_read_as_a_participle(text: str) -> None:
    assert _pairs(text).get(("Bolivie", "Pérou")) == 1


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Le Pérou a fermé sa frontière. Le Chili a condamné ce pays.", "Chili"),
        (
            "Le Pérou a fermé sa frontière. « Nous condamnons ce pays », a déclaré Livia"
            " Orsenna, ministre chilienne.",
            "Livia Orsenna",
        ),
    ],
)
def test_a_demonstrative_state_noun_names_the_state_before(text: str, holder: str) -> None:
    assert _pairs(text).get((holder, "Pérou")) == -1


def test_a_demonstrative_over_another_noun_stays_an_issue() -> None:
    pairs = _pairs("Le Pérou a fermé sa frontière. Le Chili a condamné ce plan.")
    assert ("Chili", "Pérou") not in pairs


def test_the_holders_own_state_is_never_what_ce_pays_takes_up() -> None:
    pairs = _pairs("Le Chili a fermé sa frontière. Le Chili a condamné ce pays.")
    assert ("Chili", "Chili") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "La Bolivie a protesté. Le Népal a lancé des frappes sur le sol bolivien.",
        "La Bolivie a protesté. Le Népal a lancé des frappes en territoire bolivien.",
        "La Bolivie a protesté. Les raids du Népal sur le sol bolivien ont fait dix morts.",
        "La Bolivie a protesté. Les frappes népalaises sur le territoire de la Bolivie ont fait"
        " dix morts.",
    ],
)
def test_a_hostile_act_on_a_states_soil_is_against_that_state(text: str) -> None:
    assert _pairs(text).get(("Népal", "Bolivie")) == -1


@pytest.mark.parametrize(
    "text",
    [
        # a place alone may be where the act helps the state against a third party
        "La Bolivie a protesté. Le Népal a lancé des frappes en Bolivie.",
        # the author's own soil
        "La Bolivie a protesté. Le Népal a lancé des frappes sur le sol népalais.",
    ],
)
def test_no_soil_no_victim(text: str) -> None:
    pairs = _pairs(text)
    assert ("Népal", "Bolivie") not in pairs
    assert ("Népal", "Népal") not in pairs
