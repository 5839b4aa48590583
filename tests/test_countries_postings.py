"""A diplomat's posting is not their country: "l'ambassadeur à Rome", "en France", "auprès
de", "pour" name where they serve; "de France" still says whose they
are (invented snippets)."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def test_the_posting_of_an_ambassador_is_not_their_country():
    t = _analyse(
        "La Belgique a rappelé jeudi son ambassadeur à Lisbonne, Pierre Lambert, après des "
        "propos jugés blessants."
    )
    assert _row(t, "Pierre Lambert")["country"] == "BE"
    t = _analyse(
        "Rome a convoqué lundi l'ambassadeur en Italie, Hans Becker, après les déclarations "
        "du gouvernement allemand sur la crise migratoire."
    )
    assert _row(t, "Hans Becker")["country"] == "DE"


def test_a_posting_alone_leaves_the_country_empty_rather_than_wrong():
    t = _analyse("Le Ghana a expulsé l'ambassadeur à Accra, Olu Bakare, mardi soir.")
    assert _row(t, "Olu Bakare")["country"] != "GH"


def test_the_sending_state_before_the_posting_is_kept():
    t = _analyse("L'ambassadeur du Niger au Bénin, Issa Moussa, a été convoqué à Cotonou.")
    assert _row(t, "Issa Moussa")["country"] == "NE"
