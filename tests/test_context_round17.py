"""Timeline and places, round 17 (invented snippets): a day opened by "depuis" is no anchor of
the lede's weekdays, a vague count of days from a dated day stays approximate, a shared border
whose first state is named by its people's adjective, and the Caribbean names added to the
gazetteer (the islands of two-island states, "îles Caïman", "Anguille")."""

from __future__ import annotations

from tests.helpers import run_steps
from tests.test_timeline import row, run

FRIDAY = "2024-07-05"


def test_a_since_day_does_not_anchor_the_weekdays_of_the_lede():
    text = (
        "On disait que Karel Dobrin irait à Lisbonne vendredi, et cela se savait dès "
        "jeudi matin. Depuis le 1er juillet, la Varonie préside le conseil régional."
    )
    table = run(text, FRIDAY)
    got = {r.text: r.date for r in table.itertuples()}
    assert got["vendredi"] == "2024-07-05"  # the day of writing, not the Friday before
    assert got["dès jeudi matin"] == "2024-07-04"
    assert got["1er juillet"] == "2024-07-01"


def test_a_written_day_of_the_lede_still_anchors_its_weekdays():
    text = "Karel Dobrin est arrivé à Lisbonne le 1er juillet. Il a vu Ana Feliz mercredi."
    assert row(text, "mercredi", FRIDAY)["date"] == "2024-07-03"


def test_a_vague_count_of_days_from_a_dated_day_is_approximate():
    text = (
        "La délégation de Varonie s'est rendue à Porto les 10 et 11 mars 2023, et le "
        "comité a été reçu quelques jours plus tard par le maire Luis Prado."
    )
    r = row(text, "quelques jours plus tard")
    assert (r["date"], r["precision"]) == ("2023-03", "approximate")
    text = text.replace("quelques", "deux")
    r = row(text, "deux jours plus tard")
    assert (r["date"], r["precision"]) == ("2023-03-12", "day")


def _places(text: str):
    return run_steps(text, steps=["places"]).tables["places"]


def test_shared_border_of_a_state_named_by_its_adjective():
    pl = _places(
        "Les autorités maliennes renforcent la surveillance de leurs frontières communes "
        "avec le Niger, selon le colonel Idrissa Kone."
    )
    row_ = pl[pl.name == "frontière Mali-Niger"].iloc[0]
    assert row_.kind == "region" and 14 < row_.lat < 17.5


def test_no_border_with_an_adjective_of_another_sentence():
    pl = _places(
        "Le ministre béninois a reçu Idrissa Kone. Traverser la frontière avec le Niger reste "
        "difficile pour les commerçants."
    )
    assert not pl.name.str.startswith("frontière").any()


def test_caribbean_islands_and_territories():
    pl = _places(
        "Le sommet régional s'est tenu à Trinidad avant une escale à Tobago. Anguille et les "
        "îles Caïman y siègent comme membres associés, a rappelé Marlène Joseph."
    )
    by_name = {r.name: r for r in pl.itertuples()}
    assert by_name["Trinidad"].country == "TT" and by_name["Trinidad"].lat > 10
    assert by_name["Tobago"].country == "TT"
    assert by_name["Anguilla"].country == "AI"
    assert by_name["Îles Caïmans"].country == "KY"


def test_an_eel_is_no_territory():
    pl = _places("Il y a anguille sous roche, a lancé Marlène Joseph à Fort-de-France.")
    assert "Anguilla" not in set(pl.name)


def test_a_seat_of_power_is_not_in_a_town_standing_for_its_government():
    pl = _places(
        "Le porte-parole Ahmat Souleymane s'est exprimé à N'Djamena. En 2008, des rebelles "
        "avaient assiégé le président tchadien, retranché au palais présidentiel, puis ont "
        "reculé devant une colonne appuyée par le soutien logistique de Paris."
    )
    seat = pl[pl.name == "palais présidentiel"].iloc[0]
    assert seat.country == "TD"


def test_a_seat_of_power_still_takes_the_town_of_its_sentence():
    pl = _places(
        "Le président Ahmat Souleymane a reçu la presse au palais présidentiel à Niamey, puis "
        "il a parlé avec le ministre Jean Morel."
    )
    assert pl[pl.name == "palais présidentiel"].iloc[0].country == "NE"
