"""Places of the sites a visit happens at (invented snippets): the venue of a meeting of
ministers is no portfolio, a palace whose name other capitals' palaces bear is the story's
own, an airport named after a country lies in it, "à l'aéroport" alone is the story town's
airport, and the accent tells a river from a region whose keys are the same."""

from __future__ import annotations

from tests.test_places import near, place, run


def test_the_venue_of_a_meeting_of_ministers_is_a_place():
    r = place(
        "Le chef du gouvernement gabonais a présidé un conseil restreint des ministres au palais "
        "des Trois Fleuves, à Libreville.",
        "palais des Trois Fleuves",
    )
    assert r["kind"] == "landmark" and near(r, 0.39, 9.45, km=30)
    r = place("La réunion extraordinaire des ministres au Caire a duré deux heures.", "Le Caire")
    assert r["country"] == "EG"
    # a portfolio still is one: no place in "ministre délégué aux Anciens combattants"
    table, _ = run("La ministre déléguée aux Armées est arrivée lundi.")
    assert "Armées" not in set(table["name"])


def test_a_palace_name_several_capitals_share_is_the_story_states_own():
    r = place(
        "Le président centrafricain a reçu son homologue tchadien au palais de la Paix.",
        "palais de la Paix",
    )
    assert r["country"] in ("CF", "TD") and not near(r, 52.09, 4.30, km=1000)
    r = place(
        "Le Premier ministre cambodgien a reçu un émissaire laotien au Palais de la Paix.",
        "Palais de la Paix",
    )
    assert r["country"] == "KH" and near(r, 11.56, 104.92, km=30)
    # with its country named, the knowledge base's palace
    r = place(
        "Les juges ont siégé au palais de la Paix de La Haye sur le différend entre le Kenya "
        "et la Somalie.",
        "palais de la Paix",
    )
    assert r["country"] == "NL"


def test_an_airport_named_after_a_country_lies_in_it():
    text = "Le ministre kényan a été accueilli à l'aéroport international du Bahreïn."
    r = place(text, "aéroport international du Bahreïn")
    assert r["kind"] == "landmark" and near(r, 26.2, 50.6, km=40)
    text = "L'avion présidentiel s'est posé à l'aéroport international des Comores, à Hahaya."
    r = place(text, "aéroport international des Comores")
    assert r["country"] == "KM" and near(r, -11.7, 43.25, km=50)
    # an embassy named after a country is abroad, the ports of a country no site
    table, _ = run("Les ports du Bahreïn sont fermés.")
    assert set(table["kind"]) == {"country"}


def test_the_airport_named_by_its_kind_is_the_story_towns():
    text = (
        "La présidente togolaise est arrivée à Niamey lundi matin. Elle a été accueillie à "
        "l'aéroport par le Premier ministre avant de rejoindre le palais présidentiel."
    )
    r = place(text, "aéroport")
    assert r["kind"] == "landmark" and r["country"] == "NE" and near(r, 13.51, 2.11, km=30)


def test_the_accent_tells_the_river_from_the_region():
    r = place("Les blindés ont franchi le Tigre au nord de Bagdad.", "Tigre")
    assert near(r, 34.6, 43.7) and r["country"] != "ET"
    r = place("Les combats ont repris dans le Tigré, au nord de l'Éthiopie.", "Tigré")
    assert r["country"] == "ET"


def test_a_palace_after_the_minister_received_is_a_venue_not_a_portfolio():
    text = "Le souverain a reçu le ministre au Palais royal de Tétouan."
    r = place(text, "Palais royal")
    assert r["kind"] == "landmark" and near(r, 35.57, -5.37, km=30)
    r = place("Le président a reçu le ministre au Palais présidentiel.", "Palais présidentiel")
    assert r["kind"] == "landmark"


def test_press_spellings_of_provinces_of_conflicts():
    text = "Les combats ont gagné le Sud-Kordofan puis le Nord-Darfour et le Cap Delgado."
    assert (
        near(place(text, "Kordofan-Sud"), 11.0, 30.0)
        and place(text, "Kordofan-Sud")["country"] == "SD"
    )
    assert near(place(text, "Darfour-Nord"), 15.8, 25.0)
    assert place(text, "Cabo Delgado")["country"] == "MZ"
    assert (
        place("Les séparatistes de l'Ambazonie ont revendiqué l'attaque.", "Ambazonie")["country"]
        == "CM"
    )
