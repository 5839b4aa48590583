"""Diplomatic acts in the narration, round 26 (session 30, helper acts): whole families of
acts, verb and noun, whatever the press puts between the verb and its object. Every
snippet is invented.

* a diplomat after the verb's first complements is still its object ("X a rappelé à
  <capitale> son ambassadeur en Y", "a convoqué en urgence le chargé d'affaires y-ien"); a
  diplomat after a preposition is none ("a rappelé à l'ambassadeur de Y que ...": a
  reminder);
* the relief of a measure named by its noun ("X a annoncé la levée des sanctions contre
  Y"): X for Y, and the measure under it is no stance against Y; "l'embargo sur Y",
  "imposé au Y" name the target;
* a border reopened ("X a rouvert sa frontière avec Y", "la réouverture de ses frontières
  avec Y"): X for Y;
* two coordinated states acting on "leurs" diplomats with no post named act each against
  the other ("X et Y ont rappelé leurs ambassadeurs respectifs");
* a nationality adjective on an intention noun owns its infinitive ("la décision
  ghanéenne de rompre ...").
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import pairs

# a sentence that makes both states actors of the story, as a real article does
_CONTEXT = "Le Ghana et le Togo se disputent depuis des mois. "


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Le Ghana a rappelé à Accra son ambassadeur au Togo.", "Ghana", "Togo"),
        ("Le Kenya a rappelé à Nairobi son ambassadrice en Ouganda.", "Kenya", "Ouganda"),
        (
            "Le Ghana a décidé de rappeler en consultation son ambassadeur au Togo.",
            "Ghana",
            "Togo",
        ),
        (
            _CONTEXT + "Le Ghana a convoqué en urgence le chargé d'affaires togolais.",
            "Ghana",
            "Togo",
        ),
    ],
)
def test_diplomat_after_the_first_complements(text: str, holder: str, target: str) -> None:
    assert pairs(text).get((holder, target)) == -1


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Kojo Ampem a rappelé à l'ambassadeur du Togo que la frontière restait fermée.",
        "Le ministre Kojo Ampem a rappelé lors d'un entretien avec l'ambassadeur du Togo la "
        "position du Ghana.",
    ],
)
def test_a_diplomat_after_a_preposition_is_no_object(text: str) -> None:
    got = pairs(text)
    assert not any(t == "Togo" and p == -1 for (_h, t), p in got.items()), got


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Le Ghana a annoncé la levée des sanctions contre le Togo.", "Ghana", "Togo"),
        ("Le Ghana a décidé la levée de l'embargo imposé au Togo.", "Ghana", "Togo"),
        (
            "L'Union européenne a procédé à l'allègement des sanctions visant le Zimbabwe.",
            "Union européenne",
            "Zimbabwe",
        ),
        ("Le Ghana a levé l'embargo sur le Togo.", "Ghana", "Togo"),
    ],
)
def test_relief_of_a_measure(text: str, holder: str, target: str) -> None:
    assert pairs(text).get((holder, target)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Le Ghana a refusé la levée des sanctions contre le Togo.",
        "Le Ghana a levé l'embargo sur les armes.",
    ],
)
def test_no_relief_when_refused_or_on_a_thing(text: str) -> None:
    got = pairs(text)
    assert got.get(("Ghana", "Togo"), 0) <= 0, got


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Le Ghana a rouvert sa frontière avec le Togo.", "Ghana", "Togo"),
        ("Le Bénin a procédé à la réouverture de ses frontières avec le Niger.", "Bénin", "Niger"),
        ("Le Kenya a annoncé la réouverture de la frontière avec la Somalie.", "Kenya", "Somalie"),
    ],
)
def test_border_reopened(text: str, holder: str, target: str) -> None:
    assert pairs(text).get((holder, target)) == 1


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            _CONTEXT + "La décision ghanéenne de rompre les relations avec le Togo a surpris.",
            "Ghana",
            "Togo",
            -1,
        ),
        (
            _CONTEXT + "La volonté ghanéenne de normaliser ses relations avec le Togo est "
            "ancienne.",
            "Ghana",
            "Togo",
            1,
        ),
        (
            "Le Maroc et l'Algérie s'opposent. Rabat a pris acte de la décision algérienne de "
            "fermer sa frontière avec le Maroc.",
            "Algérie",
            "Maroc",
            -1,
        ),
    ],
)
def test_demonym_owner_of_an_intention(text: str, holder: str, target: str, sign: int) -> None:
    assert pairs(text).get((holder, target)) == sign


def test_a_refusal_noun_owns_no_act() -> None:
    # the adjective names the refuser, but the act is denied: never read as done (+1)
    got = pairs(
        _CONTEXT + "Le refus officiel ghanéen d'accueillir une délégation du Togo a surpris."
    )
    assert got.get(("Ghana", "Togo"), -1) < 0, got


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Le Ghana et le Togo ont rappelé leurs ambassadeurs.", "Ghana", "Togo"),
        ("Le Kenya et la Somalie ont rappelé leurs ambassadeurs respectifs.", "Kenya", "Somalie"),
        (_CONTEXT + "Les deux pays ont expulsé leurs diplomates.", "Ghana", "Togo"),
    ],
)
def test_mutual_act_on_their_diplomats(text: str, a: str, b: str) -> None:
    got = pairs(text)
    assert got.get((a, b)) == -1 and got.get((b, a)) == -1, got


def test_their_diplomats_at_a_named_post_are_no_mutual_act() -> None:
    got = pairs("Le Ghana et le Togo ont convoqué leurs ambassadeurs au Bénin.")
    assert ("Ghana", "Togo") not in got and ("Togo", "Ghana") not in got, got
