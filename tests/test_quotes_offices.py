"""Quote speakers named by an office before their holder is named (issue 15, session 12):
the forward link of a title to the one person who can hold it, and a spokesman of a body
who speaks for himself. Invented snippets and names only."""

from __future__ import annotations

from tests.test_quotes_real import quotes


def speakers(text: str) -> dict[str, str | None]:
    q = quotes(text)
    return {
        str(t): (None if s is None or s != s else str(s))
        for t, s in zip(q["text"], q["speaker"], strict=True)
    }


LEDE = (
    "Le ministre des Affaires étrangères du Portugal a déclaré mardi que son pays attendait "
    "des excuses publiques de l'Union africaine.\n\n"
)


def test_an_office_in_the_lede_is_the_person_who_speaks_later():
    text = LEDE + (
        "Lors d'une conférence de presse à Lisbonne, Jorge Almeida Costa a abordé la "
        "polémique. « Nous ne pouvons pas accepter cela », a souligné Jorge Almeida Costa."
    )
    got = speakers(text)
    assert got["son pays attendait des excuses publiques de l'Union africaine"] == (
        "Jorge Almeida Costa"
    )


def test_the_other_name_of_the_office_links_too():
    text = (
        "« Nous attendons des excuses », a déclaré le chef de la diplomatie portugaise.\n\n"
        "Jorge Almeida Costa a ensuite reçu la presse. « Rien ne justifie cette attaque », "
        "a ajouté Jorge Almeida Costa."
    )
    assert speakers(text)["Nous attendons des excuses"] == "Jorge Almeida Costa"


def test_a_spokesman_of_a_ministry_is_a_person_not_the_ministry():
    text = (
        "Le porte-parole du ministère portugais des Affaires étrangères a souligné que "
        "l'attaque était une agression contre la souveraineté du pays."
    )
    got = speakers(text)["l'attaque était une agression contre la souveraineté du pays"]
    assert got is not None and got.startswith("porte-parole du ministère")
    text += "\n\n« Nous condamnons cette attaque », a ajouté Jorge Almeida Costa à Lisbonne."
    got = speakers(text)["l'attaque était une agression contre la souveraineté du pays"]
    assert got == "Jorge Almeida Costa"


def test_a_person_described_otherwise_is_not_the_holder():
    text = LEDE + (
        "Le président portugais Rui Tavares a reçu les ambassadeurs. « Nous attendons », a "
        "dit Rui Tavares. Ana Lopes, une étudiante, a déclaré : « Je suis contente »."
    )
    got = speakers(text)
    assert got["son pays attendait des excuses publiques de l'Union africaine"] == (
        "ministre des Affaires étrangères du Portugal"
    )


def test_two_possible_holders_leave_the_title():
    text = LEDE + (
        "« Nous attendons », a dit Jorge Almeida Costa à Lisbonne. « Rien ne presse », a "
        "répondu Pedro Nunes Matos à Porto."
    )
    got = speakers(text)
    assert got["son pays attendait des excuses publiques de l'Union africaine"] == (
        "ministre des Affaires étrangères du Portugal"
    )
