"""Quote speakers, session 23 second wave: a document named only as "le texte" in an incise
speaks for the issuer quoted just before it; a speaker's resolve about his own ground is no
stance. Invented snippets (no sentence from a real article, no real person's name)."""

from __future__ import annotations

import pytest

from tests.helpers import run_steps, speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Les deux pays ont rompu leurs relations, indique dans un communiqué le ministère "
            "bravanien des Affaires étrangères. « Nous défendrons chaque mètre de notre sol », "
            "ajoute le texte.",
            "Nous défendrons chaque mètre de notre sol",
            "ministère bravanien des Affaires étrangères",
        ),
        (
            "La présidence ostrienne a publié jeudi une note sur la frontière, où elle juge "
            "la situation préoccupante, a-t-elle déclaré. « Aucune menace ne restera sans "
            "réponse de notre part », poursuit le communiqué.",
            "Aucune menace ne restera sans réponse de notre part",
            "présidence ostrienne",
        ),
    ],
)
def test_document_incise_speaks_for_last_issuer(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_document_incise_alone_keeps_nospeaker_of() -> None:
    """With nobody quoted before, "le texte" names no issuer: the quotation stays unattributed."""
    text = "« Les échanges reprendront bientôt entre nos deux peuples », ajoute le texte."
    assert speaker_of(text, "Les échanges reprendront bientôt entre nos deux peuples") is None


def test_own_ground_is_no_stance() -> None:
    """Defending "notre sol" is the speaker's resolve about his own ground: no stance row."""
    text = (
        "« Nous défendrons chaque mètre de notre sol », a déclaré le ministre bravanien de "
        "la Défense, Odo Kaltas."
    )
    st = run_steps(text).tables["stances"]
    assert not any("notre sol" in str(t) for t in st["target"])
