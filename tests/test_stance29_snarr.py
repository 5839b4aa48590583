"""Narration stances with no row before session 29 (helper snarr): the rule machinery, not
the vocabulary. A verb coordinated after a verb the parser read as a passive ("X est arrivé
à N et a condamné Y") shares its subject; a titled person followed by a complement ("féliciter
le président X pour sa victoire") is the target. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import pairs


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # a motion verb taking "être" (read as a passive), then an active verb
        ("Kwame Osei est arrivé à Lomé et a condamné le Bénin.", "Kwame Osei", "Bénin", -1),
        ("Kwame Osei est arrivé à Lomé et a félicité Faure Adjo.", "Kwame Osei", "Faure Adjo", 1),
        (
            "Le ministre Kofi Boateng est rentré jeudi à Accra et a dénoncé le Togo.",
            "Kofi Boateng",
            "Togo",
            -1,
        ),
        # a state as subject, a plural verb
        (
            "Le Ghana et le Togo sont engagés dans une rivalité régionale et ont rompu leurs "
            "relations.",
            "Ghana",
            "Togo",
            -1,
        ),
        # a true passive with its agent: the coordinated active verb is still the subject's
        (
            "Le président togolais a été reçu par Kwame Osei et a salué le Ghana.",
            "président togolais",
            "Ghana",
            1,
        ),
    ],
)
def test_verb_coordinated_after_passive_reading(
    text: str, holder: str, target: str, sign: int
) -> None:
    assert pairs(text).get((holder, target)) == sign


def test_bare_participle_shares_the_passive() -> None:
    # "et décoré par W": the second participle shares the passive; W decorates, X does not
    got = pairs("Kwame Osei a été reçu par Faure Adjo et décoré par le Bénin.")
    assert not any(h == "Kwame Osei" and t == "Bénin" for h, t in got)


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "Le président Kwame Osei a félicité le président togolais Faure Adjo pour sa victoire.",
            "Kwame Osei",
            "Faure Adjo",
            1,
        ),
        (
            "Kwame Osei a remercié le président Faure Adjo pour son accueil.",
            "Kwame Osei",
            "Faure Adjo",
            1,
        ),
        ("Le Ghana a condamné le président Faure Adjo pour ses propos.", "Ghana", "Faure Adjo", -1),
        (
            "Kwame Osei a salué le ministre Kofi Boateng pour son courage.",
            "Kwame Osei",
            "Kofi Boateng",
            1,
        ),
    ],
)
def test_titled_person_before_a_complement(text: str, holder: str, target: str, sign: int) -> None:
    assert pairs(text).get((holder, target)) == sign


@pytest.mark.parametrize(
    ("text", "holder", "word"),
    [
        # a rupture verb ("dénoncer" an accord) whose own object is no relation noun: the
        # dialogue called for by the coordinated verb is no object of it
        (
            "Le ministre ghanéen a dénoncé l'attitude du Togo et appelé au dialogue.",
            "ministre",
            "dialogue",
        ),
        (
            "Le Ghana a dénoncé les propos du Togo et réclamé la reprise des relations.",
            "Ghana",
            "relations",
        ),
    ],
)
def test_coordinated_verb_ends_the_object_search(text: str, holder: str, word: str) -> None:
    got = pairs(text)
    assert not any(holder in h and word in t and p < 0 for (h, t), p in got.items()), got


def test_object_after_two_coordinated_verbs_still_found() -> None:
    got = pairs("Le Ghana a signé et ratifié un accord de coopération avec le Togo.")
    assert got.get(("Ghana", "Togo")) == 1


@pytest.mark.parametrize(
    ("text", "target", "sign"),
    [
        # "avant de" / "afin de" open a subordinate clause: its infinitive is the main
        # subject's act, not the object's of a control verb ("remercier Y de ...")
        ("Kwame Osei a remercié ses hôtes avant de condamner le Togo.", "Togo", -1),
        ("Kwame Osei a félicité ses hôtes avant de critiquer le Bénin.", "Bénin", -1),
    ],
)
def test_subordinate_infinitive_after_control_verb(text: str, target: str, sign: int) -> None:
    assert pairs(text).get(("Kwame Osei", target)) == sign


def test_control_infinitive_still_the_objects() -> None:
    got = pairs("Kwame Osei a remercié le Togo d'avoir soutenu le Bénin.")
    assert got.get(("Togo", "Bénin")) == 1 and ("Kwame Osei", "Bénin") not in got


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # "afin" read as an adverb of the main verb, governing the infinitive: the purpose
        # clause's subject is still the main clause's
        ("Kwame Osei a pris la parole afin de condamner le Togo.", "Kwame Osei", "Togo", -1),
        ("Kwame Osei a pris la parole afin de saluer le Togo.", "Kwame Osei", "Togo", 1),
        (
            "Le Ghana a rappelé son ambassadeur au Togo afin de protester contre les propos de "
            "Faure Adjo.",
            "Ghana",
            "Faure Adjo",
            -1,
        ),
    ],
)
def test_purpose_locution_head(text: str, holder: str, target: str, sign: int) -> None:
    got = pairs(text)
    assert got.get((holder, target)) == sign
    assert ("Togo", target) not in got  # the phrase before "afin" is no subject
