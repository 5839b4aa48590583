"""Wrong-sign guards of session 22 (round 18). Every snippet is invented.

* the emphatic negation of thanks ("ne … jamais trop / assez", "ne saurait trop") is no
  negation (:func:`analysis.extract.cues.is_negated`);
* an event that only dates a quoted clause ("suite à l'attentat", "au lendemain des
  violences") judges none of the clause's actors (:mod:`analysis.extract.stance.quote_clauses`);
* a good relation recalled by a named holder is that holder's stance toward the other side,
  not each side's toward the other (:mod:`analysis.extract.stance.ties`);
* a hostile act done "pour apaiser" gives no row (:mod:`analysis.extract.stance.sign_guards`).
"""

from __future__ import annotations

import pytest

from analysis.extract.cues import is_negated
from tests.helpers import parse_snippet
from tests.test_stance_press import polarity, rows, stances

_GH = "Le président ghanéen Kofi Mensor a reçu mardi à Accra une délégation du Togo. "


@pytest.mark.parametrize(
    "words",
    [
        "Nous ne saurons jamais trop remercier le Togo pour son aide aux familles",
        "Je ne remercierai jamais assez le Togo pour son aide aux familles",
        "On ne saurait trop remercier le Togo pour son aide aux familles",
    ],
)
def test_emphatic_thanks_are_thanks(words):
    text = _GH + f"« {words} », a déclaré Kofi Mensor."
    assert polarity(text, "Kofi Mensor", "Togo") == 1, stances(text)


def test_a_plain_negation_with_assez_stays_a_negation(nlp):
    _art, doc = parse_snippet("Le Togo ne soutient pas assez le Ghana.", "2024-03-01")
    verb = next(t for t in doc if t.text == "soutient")
    assert is_negated(verb)


def test_a_plain_never_stays_a_negation(nlp):
    _art, doc = parse_snippet("Le Togo ne remerciera jamais le Ghana.", "2024-03-01")
    verb = next(t for t in doc if t.text == "remerciera")
    assert is_negated(verb)


def test_an_event_that_dates_a_quoted_clause_blames_none_of_its_actors():
    text = _GH + (
        "« Les infirmiers que le Togo a envoyés à Accra suite à l'attentat terroriste ont"
        " soigné des centaines de blessés », a déclaré Kofi Mensor."
    )
    assert (rows(text, "Kofi Mensor", "Togo")["polarity"] >= 0).all(), stances(text)


def test_a_recalled_good_relation_is_the_holders():
    text = (
        "Le ministre togolais des Affaires étrangères, Paul Amevor, a reçu l'ambassadeur du"
        " Ghana. Le ministre a rappelé les liens historiques unissant le Togo et le Ghana,"
        " tout en dénonçant les sanctions."
    )
    assert polarity(text, "Paul Amevor", "Ghana") == 1, stances(text)
    ghana = rows(text, "Ghana", "Togo")
    assert not ghana["cue"].str.contains("liens").any(), stances(text)


def test_a_relation_with_no_voicing_verb_still_binds_both_sides():
    text = "Les liens historiques unissant le Togo et le Ghana sont anciens."
    st = stances(text)
    assert not rows(text, "Ghana", "Togo").empty or not rows(text, "Togo", "Ghana").empty, st


def test_a_recall_meant_to_appease_is_no_rupture():
    text = (
        "Le Togo a décidé lundi de rappeler son ambassadeur à Accra et de dépêcher son"
        " ministre des Affaires étrangères au Ghana pour arrondir les angles après la polémique."
    )
    st = stances(text)
    assert (st["polarity"] >= 0).all(), st


def test_a_recall_in_protest_stays_a_rupture():
    text = "Le Togo a rappelé son ambassadeur au Ghana pour protester contre une décision."
    assert polarity(text, "Togo", "Ghana") == -1, stances(text)


def test_a_recalled_agreement_justifying_a_condemnation_is_no_support():
    text = (
        "Le ministre ghanéen Kofi Mensor a fustigé mardi le double jeu de son homologue"
        " togolais Paul Amevor, affirmant que lundi encore, ils évoquaient ensemble l'amitié et"
        " la confiance mutuelle."
    )
    st = stances(text)
    assert (st["polarity"] < 0).all(), st


def test_a_praise_beside_a_condemnation_of_someone_else_stays():
    text = (
        "Le ministre ghanéen Kofi Mensor a condamné mardi l'attaque contre le Togo, saluant la"
        " coopération avec le Bénin."
    )
    assert polarity(text, "Kofi Mensor", "Bénin") == 1, stances(text)


def test_a_state_quote_tone_never_praises_its_own_ruler():
    text = (
        "Le Ghana a publié mardi un communiqué sur la crise. « Notre pays est une terre de paix"
        " et de dialogue, comme le répète avec sagesse le président ghanéen Kofi Mensor »,"
        " indique le Ghana."
    )
    assert rows(text, "Ghana", "Kofi Mensor").empty, stances(text)


_SPEECH = "Le président ghanéen Kofi Mensor a parlé mardi à Accra. "


def test_a_rhetorical_question_gives_no_praise():
    text = _SPEECH + (
        "« Comment peut-on croire que le Togo soutient la paix ? », a lancé Kofi Mensor."
    )
    assert (stances(text)["polarity"] <= 0).all(), stances(text)


def test_a_statement_before_a_question_keeps_its_praise():
    text = _SPEECH + (
        "« Le Togo est un partenaire fiable. Pourquoi en douter ? », a déclaré Kofi Mensor."
    )
    assert polarity(text, "Kofi Mensor", "Togo") == 1, stances(text)


def test_a_scare_quoted_word_is_not_the_speakers_praise():
    text = _SPEECH + (
        "« Le Togo parle de « coopération », mais il arme les rebelles », a déclaré Kofi Mensor."
    )
    assert (stances(text)["polarity"] <= 0).all(), stances(text)
