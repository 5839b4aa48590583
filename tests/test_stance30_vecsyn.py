"""Stance vocabulary, round 26 (session 30, helper vecsyn): the polar entries of the stance
lexicons were looked up in the word vectors of the French model; of their nearest neighbours
not yet in a lexicon, the few that are evaluative in the diplomatic register were kept after a
reading by hand, with their sign, in the slot whose rule reads them (no vectors at run time).
Every snippet is invented (names, places and wording)."""

from __future__ import annotations

import pytest

from tests.test_stance_press import pairs, polarity, rows

SAID = "a déclaré le ministre chilien Pablo Ruiz."


@pytest.mark.parametrize(
    ("quote", "target", "sign"),
    [
        ("« La décision du Pérou est stupide »", "Pérou", -1),
        ("« Les méthodes de la Bolivie sont douteuses »", "Bolivie", -1),
        ("« Le plan du Pérou est médiocre »", "Pérou", -1),
        ("« La réponse de la Bolivie est brutale »", "Bolivie", -1),
        ("« Ce projet du Pérou est une arnaque »", "Pérou", -1),
        ("« La proposition de la Bolivie est équitable »", "Bolivie", 1),
        ("« L'initiative du Pérou est novatrice »", "Pérou", 1),
        ("« La réaction de la Bolivie est rassurante »", "Bolivie", 1),
    ],
)
def test_verdicts_on_an_act(quote: str, target: str, sign: int) -> None:
    """A verdict word among the vectors' neighbours of the verdict lexicon judges the agent."""
    assert polarity(f"{quote}, {SAID}", "Ruiz", target) == sign


def test_a_fair_agreement_is_no_verdict_on_its_parties() -> None:
    """An epithet in narration gives no new row: the agreement rows are unchanged."""
    text = "Le Chili et la Bolivie ont signé un accord équitable sur l'eau."
    assert polarity(text, "Chili", "Bolivie") == 1


def test_a_quality_named_is_a_judgement_of_its_owner() -> None:
    """ "saluer la sincérité de Y": praise of Y (a quality noun among the neighbours)."""
    text = "Le ministre chilien Pablo Ruiz a salué la sincérité du président bolivien Luis Arce."
    assert pairs(text).get(("Pablo Ruiz", "Luis Arce")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre chilien Pablo Ruiz a exprimé son appréciation pour les efforts de la Bolivie.",
        "Le ministre chilien Pablo Ruiz a exprimé à la Bolivie son appréciation.",
    ],
)
def test_appreciation_expressed(text: str) -> None:
    """The communiqué's "appréciation" for someone, or told to someone, is support."""
    assert polarity(text, "Ruiz", "Bolivie") == 1


def test_appreciation_of_a_currency_is_no_stance() -> None:
    text = "L'appréciation du peso face au dollar inquiète le Chili."
    assert rows(text, "Chili", "peso").empty


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("La rébellion du MRL contre Lima s'est étendue au sud.", "MRL", "Pérou"),
        (
            "L'insurrection des rebelles du FLN contre le gouvernement péruvien dure depuis "
            "dix ans.",
            "FLN",
            "Pérou",
        ),
        (
            "Le Chili a condamné la répression brutale du régime bolivien contre l'opposition.",
            "Bolivie",
            "opposition",
        ),
    ],
)
def test_uprisings_and_crackdowns_aimed_at_someone(text: str, holder: str, target: str) -> None:
    """ "la rébellion / la répression de X contre Y": X against Y."""
    assert polarity(text, holder, target) == -1


def test_crackdown_of_the_victims_names_no_author() -> None:
    """ "la répression des manifestants": "de" names the victim, who holds nothing."""
    text = "Le Chili dénonce la répression des manifestants en Bolivie."
    assert rows(text, "manifestants", "Bolivie").empty


@pytest.mark.parametrize(
    "text",
    [
        "Le Chili s'est dit froissé par les propos du président péruvien.",
        "Le Chili s'est dit contrarié par les propos du président péruvien.",
        "Les propos du président péruvien ont dérangé le Chili.",
    ],
)
def test_hurt_feelings(text: str) -> None:
    """Hurt or crossed by someone's words: against their author."""
    assert polarity(text, "Chili", "péruvien") == -1


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Le ministre chilien Pablo Ruiz a jugé qu'il était navrant que la Bolivie ait "
            "quitté la réunion.",
            -1,
        ),
        (
            "Le ministre chilien Pablo Ruiz a jugé qu'il était rassurant que la Bolivie ait "
            "rejoint l'accord.",
            1,
        ),
        ("« Il est triste que la Bolivie ait refusé de venir », " + SAID, -1),
    ],
)
def test_impersonal_judgements(text: str, sign: int) -> None:
    assert polarity(text, "Ruiz", "Bolivie") == sign


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        ("Le ministre chilien Pablo Ruiz a rembarré son homologue péruvien.", "Ruiz", "péru", -1),
        (
            "Des manifestants ont molesté l'ambassadeur du Pérou à Santiago.",
            "manifestants",
            "Pérou",
            -1,
        ),
        ("Le Chili cherche à amadouer la Bolivie.", "Chili", "Bolivie", 1),
    ],
)
def test_acts_toward_someone(text: str, holder: str, target: str, sign: int) -> None:
    assert polarity(text, holder, target) == sign
