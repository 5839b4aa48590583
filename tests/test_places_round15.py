"""Places, round 15 (session 19): a facility or natural feature named after a small town of a
state the article names lies at that town; the claimants' names of disputed seas; the Arabic
name of Jerusalem (invented snippets)."""

from __future__ import annotations

from tests.test_places import near, place, run

# --- "le camp de X", "le poste frontalier de Y": X, Y small towns of a state named ----------


def test_a_base_or_camp_named_after_a_small_town_lies_at_that_town():
    text = (
        "Le ministre malien de la Défense a parlé à Bamako. Des renforts ont rejoint le camp "
        "de Tessalit mardi."
    )
    r = place(text, "camp de Tessalit")
    assert r["country"] == "ML" and near(r, 20.2, 1.01)  # the town, not the capital
    text = (
        "Le président nigérien a quitté Niamey jeudi. Il a inspecté la base de Tillia avant "
        "de rentrer."
    )
    assert near(place(text, "base de Tillia"), 16.13, 4.79)


def test_a_border_post_takes_the_town_of_the_state_named_not_the_neighbour():
    text = (
        "Le gouvernement tunisien a fermé le poste frontalier de Dehiba, près de la Libye, "
        "pour trois jours."
    )
    r = place(text, "poste frontalier de Dehiba")
    assert r["country"] == "TN" and near(r, 32.0, 10.7)


def test_a_natural_feature_named_after_a_small_town():
    text = (
        "Le Premier ministre norvégien a visité Oslo puis la baie de Vardø, où patrouillent "
        "des navires."
    )
    assert near(place(text, "baie de Vardø"), 70.37, 31.11)


def test_a_street_or_an_unnamed_state_or_a_contrary_apposition_keeps_its_old_reading():
    # streets bear the names of far towns: not in the class
    text = "Le ministre malien a parlé à Bamako. Il a inauguré l'avenue de Tessalit samedi."
    assert not near(place(text, "avenue de Tessalit"), 20.2, 1.01)
    # the town's state is named nowhere: a homonym the story does not mean
    text = "Le président français a parlé à Paris. Il a évoqué la base de Tessalit lundi."
    table, _ = run(text)
    hits = table[table["name"] == "base de Tessalit"]
    assert not len(hits) or not near(hits.iloc[0], 20.2, 1.01)
    # an apposition gives another state: the apposition wins
    text = (
        "Le président malien a parlé à Bamako. Le camp de Tessalit, au Niger, a été attaqué "
        "selon Niamey."
    )
    assert place(text, "camp de Tessalit")["country"] == "NE"


# --- the claimants' names of disputed seas ----------------------------------------------------


def test_the_claimants_names_of_the_south_china_sea():
    text = "Hanoï dénonce des patrouilles étrangères en mer Orientale, près de ses îles."
    r = place(text, "mer de Chine méridionale")
    assert r["kind"] == "sea" and "mer Orientale" in r["aliases"]
    text = "Manille proteste contre des navires ancrés en mer des Philippines occidentale."
    assert place(text, "mer de Chine méridionale")["kind"] == "sea"


def test_the_arab_name_of_the_gulf_and_a_lower_case_eastern_sea_that_is_none():
    text = "Les pétroliers traversent le golfe Arabique sous escorte navale."
    assert place(text, "golfe Persique")["kind"] == "sea"
    table, _ = run("Le vent souffle sur la mer orientale du lac, disent les pêcheurs.")
    assert "mer de Chine méridionale" not in set(table["name"])


# --- the Arabic name of Jerusalem ------------------------------------------------------------


def test_al_qods_is_jerusalem():
    text = "Des milliers de fidèles ont prié à Al-Qods vendredi, a rapporté une agence."
    r = place(text, "Jérusalem")
    assert near(r, 31.78, 35.22)
    text = "Le ministre a condamné les expulsions à El-Qods et en Cisjordanie."
    assert near(place(text, "Jérusalem"), 31.78, 35.22)


def test_units_and_bodies_named_after_al_qods_are_no_place():
    for text in (
        "Le chef de la force Al-Qods a été visé par une frappe à Bagdad.",
        "Les Brigades al-Qods ont revendiqué un tir de roquettes mardi.",
        "Le Comité Al-Qods tiendra sa prochaine session en mars.",
    ):
        table, _ = run(text)
        assert "Jérusalem" not in set(table["name"])


# --- islands: shared by several states, main islands of archipelago states, border islands ---


def test_an_island_shared_by_two_states_is_the_island():
    r = place(
        "Une vedette partie de l'île d'Hispaniola a été arraisonnée près de Cuba.", "Hispaniola"
    )
    assert r["kind"] == "region" and near(r, 19.0, -71.0)
    r = place("Des pluies ont frappé la Nouvelle-Guinée, selon Port Moresby.", "Nouvelle-Guinée")
    assert r["country"] == "" and near(r, -5.5, 141.0)


def test_main_islands_of_archipelago_states_and_their_own_language_names():
    text = "Tokyo a placé des batteries de missiles à Kyushu, face à la Chine."
    assert near(place(text, "Kyushu"), 32.6, 130.8)
    text = "Le gouverneur comorien a reçu les délégués à Ndzuani puis à Mwali."
    assert near(place(text, "Anjouan"), -12.22, 44.43)
    assert near(place(text, "Mohéli"), -12.33, 43.73)
    text = "Moroni répète que Maore est comorienne, a dit le ministre."
    assert place(text, "Mayotte")["country"] == "YT"


def test_border_islands_of_the_aegean_and_off_china():
    text = "Athènes a envoyé des gardes-côtes à Lesbos et à Leros après des arrivées de migrants."
    assert near(place(text, "Lesbos"), 39.2, 26.3)
    assert near(place(text, "Leros"), 37.15, 26.85)
    text = "Taipei a renforcé sa garnison de Matsu, à quelques kilomètres des côtes chinoises."
    assert place(text, "Matsu")["country"] == "TW"


def test_the_french_town_of_lucon_is_not_the_philippine_island():
    text = "Le préfet de Vendée a inauguré une école à Luçon, près de La Roche-sur-Yon."
    r = place(text, "Luçon")
    assert r["country"] == "FR" and r["kind"] == "city"


def test_the_philippine_island_written_with_its_noun():
    text = "Manille a déployé des troupes dans le nord de l'île de Luçon cette semaine."
    assert near(place(text, "Luzon"), 16.0, 121.0)
