"""Stance targets (round 26, session 30): what a verb of judging-as judges.

* The verbs of seeing as ("percevoir", "regarder", "interpréter") join the qualifying verbs,
  with "comme" only: "X perçoit la démarche de Y comme une provocation" judges the démarche
  (the quotation rules had taken the judgement word itself for the target).
* The attribute's terms stop at the next clause ("X a perçu Y comme une provocation et a
  souligné que la paix reste la priorité"): its praise cancelled the judgement.
* A passive judging verb with a "par" agent judges its subject, the agent holds the stance
  ("Y est considéré comme une félonie par X", "Y a été perçu par X comme une menace"); with
  no agent, nobody named judges: no row.

Every snippet is invented.
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import pairs as _pairs


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Le ministre Karel Osmin a perçu cette requête comme une provocation.", "Karel Osmin",
         "requête"),
        ("La Syldavie regarde ce projet de barrage comme une menace pour sa sécurité.",
         "Syldavie", "projet de barrage"),
        ("Karel Osmin a perçu ce choix comme une provocation et a souligné que la paix reste "
         "la priorité de la Valdavie.", "Karel Osmin", "choix"),
        ("Karel Osmin a considéré ce choix comme une provocation et a souligné que la paix "
         "reste la priorité de la Valdavie.", "Karel Osmin", "choix"),
        ("La Bordurie a interprété ces manœuvres navales comme un acte hostile.", "Bordurie",
         "manœuvres navales"),
    ],
)  # fmt: skip
def test_seeing_as_judges_the_object(text: str, holder: str, target: str) -> None:
    assert _pairs(text).get((holder, target)) == -1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Ce projet est considéré par la Valdavie comme une provocation.", "Valdavie", "projet"),
        ("Cette visite, organisée par la Norlande, est considérée comme une trahison par la "
         "Valdavie.", "Valdavie", "visite"),
    ],
)  # fmt: skip
def test_passive_judging_verb_judges_its_subject(text: str, holder: str, target: str) -> None:
    assert _pairs(text).get((holder, target)) == -1


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("La Valdavie perçoit une taxe sur les importations.", "taxe"),
        ("La Valdavie regarde la Norlande avec méfiance.", "Norlande"),
        ("Ce barrage est considéré comme une menace.", "barrage"),
    ],
)
def test_no_judgement_without_comme_or_agent(text: str, word: str) -> None:
    got = _pairs(text)
    assert not any(word in t and p < 0 for (_h, t), p in got.items())
