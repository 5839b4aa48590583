"""Session 24 breadth: the support and opposition families completed (stance_verbs.yaml,
stance_nouns.yaml), "X est opposé à Y" read as the parser's agentless passive, and attitude
adjectives before a preposition of address (invented snippets and names)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.evaluation.stance import key
from analysis.extract.cues import cues
from tests.helpers import run_steps


def stances(text: str) -> pd.DataFrame:
    return run_steps(text, publication="2024-03-01").tables["stances"]


def polarities(text: str, holder: str, target: str) -> set[int]:
    st = stances(text)
    mask = st["holder"].map(key).str.contains(key(holder), regex=False) & (
        st["target"].map(key).str.contains(key(target), regex=False)
        | st["target_text"].map(key).str.contains(key(target), regex=False)
    )
    return set(st[mask]["polarity"])


def test_verbs_and_nouns_are_read_from_their_own_files():
    c = cues()
    assert any(e.polarity < 0 for e in c.stance_verbs["brocarder"])
    assert c.stance_nouns["rancune"][0] == -1
    assert c.stance_nouns["caution"][0] == 1


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # support verbs and locutions
        (
            "La Zambie a souscrit à la proposition du Malawi sur les barrages.",
            "Zambie",
            "Malawi",
            1,
        ),
        ("Le Costa Rica a tenu tête au Nicaragua sur le fleuve.", "Costa Rica", "Nicaragua", -1),
        (
            "Le Paraguay s'est fait l'avocat de l'Uruguay devant les bailleurs.",
            "Paraguay",
            "Uruguay",
            1,
        ),
        (
            "La Mongolie a opté pour la proposition du Kazakhstan sur le transit.",
            "Mongolie",
            "Kazakhstan",
            1,
        ),
        # opposition verbs and locutions
        ("Le Honduras a brocardé la politique agricole du Guatemala.", "Honduras", "Guatemala", -1),
        (
            "Le Laos a fait barrage à la candidature du Cambodge au comité.",
            "Laos",
            "candidature",
            -1,
        ),
        (
            "Le Lesotho a porté plainte contre l'Eswatini devant la cour régionale.",
            "Lesotho",
            "Eswatini",
            -1,
        ),
        (
            "L'Islande a battu en brèche les arguments de la Norvège sur la pêche.",
            "Islande",
            "arguments",
            -1,
        ),
    ],
)
def test_verb_families(text: str, holder: str, target: str, sign: int):
    assert sign in polarities(text, holder, target)


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "Le Bhoutan a apporté sa caution au plan de désenclavement du Népal.",
            "Bhoutan",
            "Népal",
            1,
        ),
        ("La Slovénie a exprimé sa compassion envers le peuple croate.", "Slovénie", "croate", 1),
        (
            "Le Tadjikistan a exprimé sa rancune envers le Kirghizistan.",
            "Tadjikistan",
            "Kirghizistan",
            -1,
        ),
        (
            "Le Belize a fait part de son objection au tracé du Guatemala.",
            "Belize",
            "Guatemala",
            -1,
        ),
    ],
)
def test_noun_families(text: str, holder: str, target: str, sign: int):
    assert sign in polarities(text, holder, target)


def test_opposed_read_as_a_passive_is_the_subjects_stance():
    text = "La Moldavie est farouchement opposée au projet de corridor de la Roumanie."
    assert polarities(text, "Moldavie", "Roumanie") == {-1}
    text = "Le Suriname est défavorable à la proposition du Guyana sur la frontière."
    assert polarities(text, "Suriname", "Guyana") == {-1}


def test_attitude_adjectives_before_a_preposition_of_address():
    text = "Le Monténégro s'est montré très critique à l'égard de la Serbie."
    assert polarities(text, "Monténégro", "Serbie") == {-1}
    text = "La Namibie reste bienveillante envers le Botswana."
    assert polarities(text, "Namibie", "Botswana") == {1}
    # a critique as a noun is no attitude adjective
    assert polarities("La critique envers la Serbie a porté.", "critique", "Serbie") == set()


def test_detached_participle_with_its_adverb_bears_on_the_phrase_before():
    text = "Le plan de pêche de l'Islande, vivement critiqué par la Norvège, a été retiré."
    assert polarities(text, "Norvège", "Islande") == {-1}


def test_praise_and_blame_verbs_give_their_object_the_act_of_the_infinitive():
    text = "La Finlande a fustigé l'Estonie pour avoir soutenu la candidature de la Moldavie."
    assert polarities(text, "Estonie", "Moldavie") == {1}
    assert polarities(text, "Finlande", "Moldavie") == set()


def test_a_negated_attitude_adjective_gives_no_row():
    assert (
        polarities("La Namibie n'est pas hostile envers le Botswana.", "Namibie", "Botswana")
        == set()
    )
