"""Holders and targets (session 26): a spokesperson of a state body speaks for the state (the
hyphenated title "porte-parole" was never matched, analysis/extract/stance/voices.py), a
party's spokesperson does not; a thing received "de la part de X" makes no guest of X
(stance/visits.py); "qualifier Y d'« … »" reads Y (stance/interactions.py); a rupture kept
in force is a rupture (stance/acts.py). Every snippet is invented."""

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
            # a state's stance reported in its spokesperson's words is the spokesperson's
            "La porte-parole du ministère kényan des Affaires étrangères, Mary Wanjiku, a "
            "souligné que le Kenya rejetait le contenu de la déclaration faite par le "
            "porte-parole ougandais.",
            "Mary Wanjiku",
            "contenu de la déclaration faite par le porte-parole ougandais",
            -1,
        ),
        (
            # a spokesperson's judgement in office is the state's
            "Nairobi « répondra fermement à cet acte inamical de l'Ouganda », a affirmé "
            "la porte-parole du ministère kényan des Affaires étrangères Mary Wanjiku.",
            "Kenya",
            "acte inamical",
            -1,
        ),
        (
            "La Tanzanie a fermé sa frontière. Le porte-parole du gouvernement tanzanien, Juma "
            "Mrisho, a dénoncé les provocations répétées de l'Ouganda.",
            "Tanzanie",
            "Ouganda",
            -1,
        ),
    ],
)
def test_a_spokesperson_speaks_for_the_state(
    text: str, holder: str, target: str, sign: int
) -> None:
    assert _pairs(text).get((holder, target)) == sign


@pytest.mark.parametrize(
    "text",
    [
        "« Les provocations ougandaises recevront une réplique nette et mesurée de "
        "la part du Kenya », a indiqué la porte-parole kényane Mary Wanjiku.",
        "Le Kenya a reçu une réponse claire et détaillée de l'Ouganda.",
    ],
)
def test_a_thing_received_from_someone_makes_no_guest(text: str) -> None:
    kinds = set(stances(text)["kind"])
    assert not kinds & {"host", "visit"}


def test_an_elided_de_before_a_quotation_introduces_the_qualification() -> None:
    # the tokenizer splits "d'«" into "d", "'", "«": the qualified object is still the target
    text = "Le président kényan William Otieno a qualifié l'Ouganda d'« État terroriste »."
    assert _pairs(text).get(("William Otieno", "Ouganda")) == -1


@pytest.mark.parametrize(
    "text",
    [
        "Le Kenya maintient sa frontière fermée avec l'Ouganda.",
        "« Le Kenya va garder sa frontière fermée avec l'Ouganda », a indiqué le "
        "Premier ministre kényan William Otieno.",
    ],
)
def test_a_rupture_kept_in_force_is_a_rupture(text: str) -> None:
    pairs = _pairs(text)
    assert pairs.get(("Kenya", "Ouganda")) == -1 or pairs.get(("William Otieno", "Ouganda")) == -1


def test_keeping_an_open_border_is_no_rupture() -> None:
    assert "Ouganda" not in {
        t for _h, t in _pairs("Le Kenya maintient sa frontière ouverte avec l'Ouganda.")
    }


def test_a_spokesperson_of_no_state_body_speaks_for_no_state() -> None:
    text = (
        "Le Kenya a signé un accord avec l'Ouganda. Le chef de l'opposition kényane Raila "
        "Mbugua s'y oppose. Son porte-parole, Amos Kibet, a dénoncé les provocations répétées "
        "de l'Ouganda."
    )
    pairs = _pairs(text)
    assert pairs.get(("Amos Kibet", "Ouganda")) == -1
    assert ("Kenya", "Ouganda") not in pairs or pairs[("Kenya", "Ouganda")] > 0
