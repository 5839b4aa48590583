"""Holders and targets (session 27): every member of a coordination is a party of the stance.

* an act's partners coordinated after "avec" (stance/extents.py, ``_PARTNER_KINDS``): each
  partner is a target of the rupture or the agreement, and a mutual agreement gives each one
  its row back;
* a member that is the subject of the next clause is no member ("... avec Y et Z a protesté");
* the feelers of a caused reaction listed with commas, each with its own "de", and no feeler
  named in the complement of a common noun ("d'autres pays de Y") (stance/reactions.py);
* a title and a person's name as a target name that person, not an issue labelled by the
  title (stance/targets.py, ``titled_person``);
* a demand of respect ("appeler au respect de Y") is for what is to be respected, read with
  its complement (stance/respected.py, called from stance/attitudes.py);
* a gerund set after a reported "que" clause goes on with the report: its holder is the one
  who speaks, not the reported clause's subject (stance/clauses.reporting_verb, used by
  stance/gerunds.py and the detached participles).

Every snippet is invented.
"""

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
            "Le Chili a rompu dès lundi tout lien diplomatique avec le Népal et le Laos.",
            "Chili",
            "Laos",
            -1,
        ),
        (
            "Le Pérou a paraphé jeudi un traité avec la Mongolie et le Bhoutan.",
            "Pérou",
            "Bhoutan",
            1,
        ),
        (
            "Le Pérou a paraphé jeudi un traité avec la Mongolie et le Bhoutan.",
            "Bhoutan",
            "Pérou",
            1,
        ),
    ],
)
def test_every_coordinated_partner_of_an_act(
    text: str, holder: str, target: str, sign: int
) -> None:
    assert _pairs(text).get((holder, target)) == sign


def test_the_rupture_stays_the_subjects_alone() -> None:
    pairs = _pairs("Le Chili a rompu dès lundi tout lien diplomatique avec le Népal et le Laos.")
    assert ("Laos", "Chili") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Le Pérou a paraphé jeudi un traité avec la Mongolie et le Bhoutan a protesté mardi.",
        "La Slovénie appuie sans réserve le Ghana et le Bénin reste muet.",
    ],
)
def test_the_subject_of_the_next_clause_is_no_member(text: str) -> None:
    holders = {"Pérou", "Slovénie"}
    assert not any(h in holders and t in ("Bhoutan", "Bénin") for h, t in _pairs(text))


def test_feelers_listed_with_commas() -> None:
    pairs = _pairs(
        "Cette manœuvre navale suscite l'inquiétude du Chili, de la Bolivie et du Paraguay."
    )
    for feeler in ("Chili", "Bolivie", "Paraguay"):
        assert pairs.get((feeler, "manœuvre navale")) == -1


def test_no_feeler_in_the_complement_of_a_common_noun() -> None:
    pairs = _pairs(
        "Cette manœuvre navale suscite l'inquiétude du Chili et d'autres pays du Pacifique."
    )
    assert pairs.get(("Chili", "manœuvre navale")) == -1
    assert ("Pacifique", "manœuvre navale") not in pairs


def test_a_title_and_a_name_name_the_person() -> None:
    st = stances(
        "La ministre slovène Vesna Kralj a remercié vivement son homologue ghanéen Kofi Mensah-Adu."
    )
    row = st[st["holder"] == "Vesna Kralj"].iloc[0]
    assert row["target"] == "Kofi Mensah-Adu"
    assert isinstance(row["target_id"], str) and row["target_id"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("La Slovénie exige le strict respect des accords de paix.", "accords de paix"),
        (
            "Le ministre Janez Kovac a réclamé la libération des détenus, tout en appelant au "
            "respect de la Constitution et des libertés syndicales.",
            "libertés syndicales",
        ),
    ],
)
def test_a_demand_of_respect_is_for_what_is_respected(text: str, term: str) -> None:
    st = stances(text)
    rows = st[(st["kind"] == "demand") & st["target_text"].str.contains(term, regex=False)]
    assert list(rows["polarity"]) == [1]


def test_a_gerund_after_a_reported_clause_is_the_speakers() -> None:
    pairs = _pairs(
        "L'ambassade slovène assure que la sécurité des touristes boliviens reste sa "
        "priorité, tout en dénonçant les attaques contre la Bolivie."
    )
    assert pairs.get(("ambassade slovène", "attaques")) == -1
    assert ("touristes boliviens", "attaques") not in pairs
