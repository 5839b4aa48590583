"""The article's protagonist, one fact for two uses (issue 15, session 12): the actors step
ranks the states in the order they first act (analysis/extract/actors/protagonist.py); a
person whose country the text never states and a bare "le gouvernement" far from any state
both read that rank. Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse
from tests.test_stance_press import polarity, rows


def _rank(tables: dict, name: str) -> int:
    return int(_row(tables, name)["protagonist_rank"])


def test_states_are_ranked_in_the_order_they_first_act():
    t = _analyse(
        "« La Suède doit partir de la Baltique », ont crié les manifestants devant "
        "l'ambassade. Les Pays-Bas ont critiqué le Japon lundi. La Norvège a salué l'accord, "
        "tout comme la Suède."
    )
    assert _rank(t, "Pays-Bas") == 1  # the protagonist
    assert _rank(t, "Norvège") == 2
    assert _rank(t, "Japon") == 0  # acted on: the object of "ont critiqué"
    assert _rank(t, "Suède") == 3  # first named in a quotation: the crowd's topic


def test_states_spoken_of_never_act():
    t = _analyse(
        "Concernant l'Italie, le Portugal a proposé une médiation. Le Brésil a voté contre "
        "l'Espagne."
    )
    assert _rank(t, "Portugal") == 1
    assert _rank(t, "Brésil") == 2
    assert _rank(t, "Italie") == 0
    assert _rank(t, "Espagne") == 0


def test_an_unstated_spokesman_is_of_the_state_ranked_first():
    t = _analyse(
        "« Le Chili nous menace », a dit un manifestant. Le Pérou a rappelé lundi son "
        "ambassadeur au Chili.\n\nLe porte-parole du gouvernement, Luis Parrado, a dénoncé "
        "une provocation."
    )
    assert _rank(t, "Pérou") == 1
    assert _row(t, "Luis Parrado")["country"] == "PE"


def test_a_bare_government_far_from_any_state_is_the_protagonist():
    """The stance step reads the same rank: "le gouvernement", with no state acting in its
    paragraph, is the state ranked first, not one named first inside a quotation."""
    text = (
        "« La Suède doit partir », ont crié les manifestants. La Norvège a annoncé lundi "
        "l'envoi d'une mission d'observation en Finlande.\n\nUn convoi est arrivé mardi. Des "
        "tirs ont été entendus dans la nuit. Plus tard, le gouvernement a condamné les tirs "
        "contre le convoi."
    )
    assert polarity(text, "Norvège", "tirs") == -1
    assert rows(text, "Suède", "tirs").empty
