"""Actor names never cross a line break (a heading's last word and the next paragraph's
first name are two names, not one), invented snippets."""

from __future__ import annotations

import pytest

from tests.helpers import actors_with_roles, run_steps


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Le ministre Jon Maren a reçu l'envoyé de Valdavie.\n\n"
            "Valdavie critique Lorvanie, pas la Norvège\n\n"
            "Jon Maren a précisé que « le problème est ailleurs ».",
            "Jon Maren",
        ),
        (
            "La ministre Ana Ferlo a convoqué l'ambassadeur.\n\n"
            "Une réponse ferme du Portugal\n\n"
            "Ana Ferlo a ajouté que « la relation reste solide ».",
            "Ana Ferlo",
        ),
        (
            "Le chef de la diplomatie, Karim Oudane, a parlé lundi.\n\n"
            "La Tunisie\n"
            "Karim Oudane a déclaré que « le dialogue continue ».",
            "Karim Oudane",
        ),
    ],
)
def test_no_name_crosses_a_line_break(text: str, person: str) -> None:
    names = list(actors_with_roles(text))
    assert person in names, names
    assert not any("\n" in n for n in names), names
    mentions = run_steps(text).tables["mentions"]
    assert not any("\n" in m for m in mentions["text"]), list(mentions["text"])
