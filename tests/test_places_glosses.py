"""What the text says a place is (invented snippets): a gloss after a name, a town after a
site, a site with no town named, and well-known seats and sites of the knowledge base."""

from __future__ import annotations

from tests.test_places import near, place, run


def test_a_name_glossed_as_a_palace_is_that_palace_not_a_homonymous_town():
    """Geonames knows a small Colombian town of that name; the parenthesis says it is the
    palace in Caracas."""
    text = (
        "La ministre colombienne a déclaré que le dirigeant vénézuélien occupait Miraflores "
        "(palais présidentiel à Caracas) sans légitimité."
    )
    r = place(text, "Miraflores")
    assert r["kind"] == "landmark" and r["country"] == "VE"
    assert near(r, 10.50, -66.90)


def test_a_gloss_after_a_closing_quotation_mark_and_with_a_comma_and_article():
    text = (
        "« Il n'est qu'un dictateur qui occupe Miraflores » (palais présidentiel à Caracas), "
        "a écrit la ministre colombienne."
    )
    assert near(place(text, "Miraflores"), 10.50, -66.90)


def test_a_capital_followed_by_a_gloss_stays_the_town():
    text = "Le sommet s'est tenu à Dakar, le palais présidentiel ayant été rénové pour l'occasion."
    r = place(text, "Dakar")
    assert r["kind"] == "city" and r["country"] == "SN"


def test_a_site_followed_by_a_to_town_lies_in_that_town_not_in_the_nearest_name():
    """ "le palais présidentiel à Caracas": Caracas, not the homonymous town named just before."""
    text = (
        "Le ministre colombien a quitté Miraflores, sa ville natale, pour rejoindre le palais "
        "présidentiel à Caracas."
    )
    r = place(text, "palais présidentiel")
    assert r["country"] == "VE" and near(r, 10.50, -66.90)


def test_a_site_in_a_story_that_names_no_town_is_in_the_capital_of_its_state():
    """No town to place it at: the capital of the story's state, not a point off the map."""
    text = (
        "Les deux présidents ont salué au Togo l'avancée des travaux du poste frontalier de "
        "Zavakondji-Akpélé, sur la frontière avec le Ghana."
    )
    table, _ = run(text)
    rows = table[table["name"].str.contains("Zavakondji")]
    assert len(rows) == 1
    r = rows.iloc[0]
    assert r["country"] == "TG" and near(r, 6.13, 1.22)


def test_well_known_sites_of_the_knowledge_base():
    text = (
        "L'Égypte dénonce le remplissage du barrage de la Renaissance par l'Éthiopie. Le "
        "Premier ministre a été reçu à Dar Dhiafa, à Carthage. Des rebelles se cachent dans "
        "le parc du W."
    )
    assert place(text, "Grand barrage de la Renaissance")["country"] == "ET"
    assert near(place(text, "Dar Dhiafa"), 36.85, 10.33)
    assert near(place(text, "parc du W"), 12.0, 2.4)


def _site(text: str, name: str):
    table, _ = run(text)
    rows = table[table["name"].str.contains(name)]
    assert len(rows) == 1, table["name"].tolist()
    return rows.iloc[0]


def test_a_site_apposed_to_a_country_lies_in_that_country_not_at_the_venue():
    """ "X, au Mali": the story is filed from Dakar, the unknown place is in Mali (at the
    Malian town the article names, else at the capital)."""
    for tail in (", dans le nord du Mali,", ", au Mali,", " (Mali),"):
        text = (
            "DAKAR, 3 mars. Le ministre sénégalais s'est rendu à Kourouzanga"
            + tail
            + " pour rencontrer les déplacés."
        )
        r = _site(text, "Kourouzanga")
        assert r["country"] == "ML", (tail, r.to_dict())


def test_a_site_apposed_to_a_country_takes_a_town_of_that_country_named_in_the_article():
    text = (
        "Le ministre sénégalais est arrivé à Dakar puis à Gao. Il s'est ensuite rendu à "
        "Kourouzanga, au Mali, où vivent des déplacés."
    )
    assert near(_site(text, "Kourouzanga"), 16.27, -0.04)


def test_a_site_followed_by_a_country_in_another_role_keeps_its_town():
    """ ", avec le Mali" is no apposition of place: the town of the sentence stays."""
    text = "Le ministre a été reçu à Kourouzanga, près de Dakar, avec le Mali pour sujet."
    assert _site(text, "Kourouzanga")["country"] == "SN"


def test_a_town_apposed_to_a_side_of_a_country_is_that_countrys_town():
    """ "Tripoli, dans le nord du Liban": the Lebanese town, not the larger Libyan capital."""
    for text in (
        "Des heurts ont eu lieu à Tripoli, dans le nord du Liban.",
        "Des heurts ont eu lieu à Tripoli (nord du Liban).",
        "La réunion s'est tenue à Tripoli, ville portuaire du Liban.",
        "La réunion s'est tenue à Tripoli, une ville du nord du Liban.",
    ):
        assert place(text, "Tripoli")["country"] == "LB", text
    assert place("Le ministre a été reçu à Tripoli, au siège du gouvernement.", "Tripoli")[
        "country"
    ] == ("LY")
