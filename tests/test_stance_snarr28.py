"""Narration stances with no row before session 28 (helper snarr): acts told in the narration
with no quote and no agent, whose actor is said by another word of the sentence. Every snippet
is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import pairs as _pairs
from tests.test_stance_press import stances


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # a summons in the passive: the town after the verb, past a date, is the summoner's
        ("L'ambassadeur du Ghana avait été convoqué mercredi à Lomé.", "Togo", "Ghana"),
        (
            "L'ambassadrice de la Guinée, Awa Camara, a été convoquée lundi à Dakar.",
            "Sénégal",
            "Guinée",
        ),
        # the state itself, which the tagger may leave a common noun
        ("L'ambassadrice de la Guinée a été convoquée lundi au Sénégal.", "Sénégal", "Guinée"),
        # an expulsion in the passive: the land it is from
        ("L'ambassadeur du Ghana a été expulsé du Togo mardi.", "Togo", "Ghana"),
        ("Le diplomate malien sera expulsé de Dakar d'ici vendredi.", "Sénégal", "Mali"),
    ],
)
def test_agentless_summons_place(text: str, holder: str, target: str) -> None:
    assert _pairs(text).get((holder, target)) == -1


@pytest.mark.parametrize(
    "text",
    [
        # the diplomat's own state calling them home
        "L'ambassadeur du Mali a été convoqué à Bamako pour consultations.",
        # a town inside a cause is no place of the act
        "L'ambassadeur du Mali a été convoqué à la suite des incidents de Dakar.",
    ],
)
def test_agentless_summons_no_place(text: str) -> None:
    assert not any(p == -1 and t == "Mali" for (_, t), p in _pairs(text).items())


def test_agentless_summons_names_the_envoy() -> None:
    """The passive names the envoy: the target's words are the diplomat's noun phrase."""
    st = stances("L'ambassadeur du Ghana avait été convoqué mercredi à Lomé.")
    row = st[(st["holder"] == "Togo") & (st["target"] == "Ghana")].iloc[0]
    assert "ambassadeur du Ghana" in row["target_text"]


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # a broadcaster as the object
        ("La junte zédienne a suspendu la chaîne Canal Horizon.", "junte", "Canal Horizon"),
        # coordinated bodies, each hit
        (
            "Le gouvernement guinéen a suspendu la radio Vent Libre FM et la chaîne Canal Horizon.",
            "Guinée",
            "Canal Horizon",
        ),
        # what the body does, before its owner
        (
            "Le Burkina Faso a interdit la diffusion des programmes de Onde Libre.",
            "Burkina Faso",
            "Onde Libre",
        ),
        ("Le Niger a suspendu les activités de l'ONG Mains Unies.", "Niger", "Mains Unies"),
        (
            "Le gouvernement a retiré l'accréditation du journaliste Marc Dubois.",
            "gouvernement",
            "Marc Dubois",
        ),
        # the act as a noun carried by a verb
        (
            "Le Tchad a annoncé l'interdiction des émissions de Radio Sahel Libre.",
            "Tchad",
            "Radio Sahel Libre",
        ),
    ],
)
def test_ban_of_a_body(text: str, holder: str, target: str) -> None:
    pairs = _pairs(text)
    assert any(holder in h and t == target and p == -1 for (h, t), p in pairs.items())


@pytest.mark.parametrize(
    "text",
    [
        # one's own activity: no one else hit
        "La société Brava a suspendu ses activités au Mozambique.",
        # lifted, not imposed
        "Le Tchad a annoncé la levée de l'interdiction des émissions de Radio Sahel Libre.",
    ],
)
def test_no_ban(text: str) -> None:
    assert not any(p == -1 for p in _pairs(text).values())


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # the place that opens the sentence, for an act told with no agent
        (
            "Au Togo, l'ambassadeur du Ghana Kofi Mensah fut déclaré persona non grata.",
            "Togo",
            "Ghana",
        ),
        (
            "À Lomé, le chargé d'affaires du Ghana a été déclaré lundi persona non grata.",
            "Togo",
            "Ghana",
        ),
        ("À Dakar, l'ambassadrice de la Guinée a été convoquée mardi.", "Sénégal", "Guinée"),
        # the place after the declaration
        ("L'ambassadrice du Ghana a été déclarée persona non grata au Togo.", "Togo", "Ghana"),
    ],
)
def test_passive_act_placed(text: str, holder: str, target: str) -> None:
    assert _pairs(text).get((holder, target)) == -1


def test_passive_act_with_a_date_only() -> None:
    """A fronted date is no place: no one to hold the act."""
    assert not _pairs("En mai, l'ambassadrice du Ghana a été déclarée persona non grata.")
