"""Places on the names real press uses outside Europe (invented snippets): French and short
names of capitals, town names that hold a country's name, towns spaCy tags as persons,
homonyms read in the article's countries, provinces named with an article, seats of power
named by their kind, unknown settlements and regions."""

from __future__ import annotations

from tests.test_places import near, place, run


def names(text: str) -> list[str]:
    table, _ = run(text)
    return table["name"].tolist()


def test_french_and_elided_names_of_capitals():
    text = "Le ministre tchadien a quitté N'Djamena pour Abou Dhabi, puis pour La Valette."
    assert near(place(text, "N'Djamena"), 12.11, 15.04)
    assert place(text, "Abou Dhabi")["country"] == "AE"
    assert place(text, "La Valette")["country"] == "MT"  # not La Valette-du-Var
    # a capital known by that very name wins over a larger city that has it as a variant
    r = place("La délégation indonésienne est arrivée hier à Dili.", "Dili")
    assert r["country"] == "TL"
    # the short name of a capital
    r = place("Le sommet de la Cédéao se tiendra à Ouaga la semaine prochaine.", "Ouaga")
    assert r["country"] == "BF" and r["kind"] == "city"


def test_town_names_that_hold_a_country_name_are_the_town():
    text = "Le convoi a quitté Port-Soudan pour rejoindre Fort-de-France puis Benin City."
    table, _ = run(text)
    assert set(table["name"]) == {"Port-Soudan", "Fort-de-France", "Benin City"}
    assert place(text, "Benin City")["country"] == "NG"
    # a facility noun that opens a town's name: the town, not a port of "Harcourt"
    r = place("Les ministres se retrouvent à Port Harcourt, dans le delta.", "Port Harcourt")
    assert r["kind"] == "city" and r["country"] == "NG"


def test_a_known_town_after_a_is_read_whatever_its_entity_tag():
    # spaCy tags such names as persons or runs them into the next words
    assert (
        place("Le ministre est arrivé lundi à Kaya pour des entretiens.", "Kaya")["country"] == "BF"
    )
    r = place("Le chef de la diplomatie est arrivé à Bahir Dar pour une médiation.", "Bahir Dar")
    assert r["country"] == "ET"


def test_the_countries_of_the_article_outweigh_population():
    r = place("Le président congolais est attendu à Oyo, son village natal, au Congo.", "Oyo")
    assert r["country"] == "CG"  # not the larger Nigerian city
    r = place("Le chef de l'État libanais s'est rendu à Saïda, au Liban.", "Saïda")
    assert r["country"] == "LB"


def test_an_article_before_a_name_reads_the_province():
    text = "Le premier ministre du Québec a vu ses partenaires canadiens en Ontario puis à Québec."
    table, mentions = run(text)
    provinces = table[table["kind"] == "region"]
    assert set(provinces["name"]) == {"Québec", "Ontario"}
    assert near(provinces[provinces["name"] == "Ontario"].iloc[0], 50.0, -86.0)
    city = table[(table["name"] == "Québec") & (table["kind"] == "city")]
    assert len(city) == 1 and near(city.iloc[0], 46.81, -71.21)
    r = place("Le gouverneur de l'Ontario a reçu le ministre canadien.", "Ontario")
    assert r["country"] == "CA" and r["kind"] == "region"
    # "au Plateau" holds the article of a town's name ("Le Plateau"): no province then
    r = place(
        "Le président ivoirien est arrivé au Plateau, le quartier des affaires.", "Le Plateau"
    )
    assert r["kind"] == "city"


def test_a_state_named_like_its_capital_is_the_town_after_a():
    r = place("Le président est arrivé à Djibouti, où il a été reçu.", "Djibouti")
    assert r["kind"] == "city" and near(r, 11.59, 43.15, km=20)
    r = place("Les soldats sont stationnés au Panama depuis des années.", "Panama")
    assert r["kind"] == "country"


def test_seats_of_power_named_by_their_kind():
    text = "À Libreville, le visiteur a été reçu au palais présidentiel pendant deux heures."
    r = place(text, "palais présidentiel")
    assert r["kind"] == "landmark" and r["country"] == "GA" and near(r, 0.39, 9.45, km=20)
    # no town named: the capital of the state the article names first
    text = "Le président ukrainien a été reçu par le Roi au Palais royal. La Belgique le soutient."
    r = place(text, "Palais royal")
    assert r["country"] == "BE" and near(r, 50.85, 4.35, km=20)


def test_capitalised_facility_nouns_and_known_places_keep_their_name():
    text = "La cérémonie s'est tenue au Camp Tinga Zarbo, à la périphérie de Ouagadougou."
    r = place(text, "Camp Tinga Zarbo")
    assert r["country"] == "BF"
    r = place("Le président malgache réclame les Îles Éparses à la France.", "îles Éparses")
    assert r["kind"] == "territory" and r["country"] == "TF"
    r = place("Il a parlé devant des patrons à la Bourse de Paris.", "Bourse de Paris")
    assert r["country"] == "FR" and near(r, 48.85, 2.35, km=10)


def test_unknown_settlements_and_hyphenated_provinces():
    text = "Les rebelles ont pris les communes de Kalembwe et Rutshuru, près de Goma."
    r = place(text, "Kalembwe")
    assert r["kind"] == "site" and r["country"] == "CD"
    # "Kivu" is a region of its own, but not inside "Nord-Kivu"
    text = "Les combats ont repris dans la ville de Kalembwe, dans le Nord-Kivu, en RDC."
    assert "Kivu" not in names(text)
    r = place(text, "Kalembwe")
    assert near(r, -0.56, 28.71, km=50)  # the province of its sentence
    # two known names joined by a hyphen are two places
    text = "Le sommet Chine-Afrique s'ouvre alors que les relations Mali-Niger se tendent."
    assert {"Chine", "Afrique", "Mali", "Niger"} <= set(names(text))


def test_regions_of_the_sahel_and_the_horn():
    table, _ = run(
        "La force mixte opère dans le bassin du lac Tchad et dans le Liptako-Gourma, "
        "tandis que le Somaliland réclame sa reconnaissance."
    )
    assert {"lac Tchad", "Liptako-Gourma", "Somaliland"} <= set(table["name"])
    lake = table[table["name"] == "lac Tchad"].iloc[0]
    assert near(lake, 13.0, 14.5)  # the lake, not the centre of Chad


def test_named_palaces_without_a_town_and_small_homonyms_inside_a_site_name():
    # no town named: the capital of the state the article is about (here by its nationality)
    r = place(
        "Le chef de l'État camerounais a reçu son hôte au palais de Mbalanga.", "palais de Mbalanga"
    )
    assert r["country"] == "CM" and near(r, 3.87, 11.52, km=20)
    # "Planalto" is also a small Brazilian town: the palace is in the town of its sentence
    text = "Le président brésilien a reçu son homologue au palais du Planalto, à Brasilia."
    assert near(place(text, "palais du Planalto"), -15.78, -47.93, km=20)
    # a capitalised word after a town's name makes another thing's name
    table, _ = run("Le Premier ministre a reçu son hôte à Hyderabad House, à New Delhi.")
    assert "Hyderabad" not in table["name"].tolist()
    # "le ministre au palais royal": a palace, not a portfolio ("ministre au Commerce")
    text = "Le roi a reçu le ministre au palais royal de Rabat."
    assert place(text, "palais royal")["country"] == "MA"


def test_small_towns_of_the_countries_the_article_names():
    # a town of 1,000-5,000 inhabitants: read when the article names its country
    text = "Les combats ont repris à Tessalit, dans le nord du Mali."
    r = place(text, "Tessalit")
    assert r["kind"] == "city" and near(r, 20.2, 1.01, km=20)
    r = place("Le président malien a visité Tessalit et ses environs.", "Tessalit")
    assert r["country"] == "ML"
    # no country named: an unknown name after "à" stays an unplaced site
    r = place("Le convoi est arrivé à Tessalit en fin de journée.", "Tessalit")
    assert r["kind"] == "site"
