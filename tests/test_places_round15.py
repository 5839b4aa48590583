"""Places, round 15 (session 19): a facility or natural feature named after a small town of a
state the article names lies at that town; the claimants' names of disputed seas; islands
(shared by several states, main islands of archipelago states, border islands); the bare name
of an island written with its noun (invented snippets)."""

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
    text = "Hanoï dénonce des patrouilles étrangères en Biển Đông, près de ses récifs."
    r = place(text, "mer de Chine méridionale")
    assert r["kind"] == "sea" and "Biển Đông" in r["aliases"]
    text = "Manille proteste contre des navires ancrés en mer des Philippines occidentale."
    assert place(text, "mer de Chine méridionale")["kind"] == "sea"


def test_the_arab_name_of_the_gulf_and_a_lower_case_eastern_sea_that_is_none():
    text = "Les pétroliers traversent le golfe Arabique sous escorte navale."
    assert place(text, "golfe Persique")["kind"] == "sea"
    table, _ = run("Le vent souffle sur la mer orientale du lac, disent les pêcheurs.")
    assert "mer de Chine méridionale" not in set(table["name"])


# --- islands: shared by several states, main islands of archipelago states, border islands ---


def test_an_island_shared_by_two_states_is_the_island():
    r = place(
        "Une vedette partie de l'île de Timor a été arraisonnée au large de Darwin.", "île de Timor"
    )
    assert r["kind"] == "region" and near(r, -9.2, 124.9)
    r = place(
        "Des pêcheurs ont été arrêtés au large de la Terre de Feu, selon Ushuaïa.", "Terre de Feu"
    )
    assert r["country"] == "" and near(r, -54.0, -68.5)


def test_main_islands_of_archipelago_states_and_their_own_language_names():
    text = "Tokyo a placé des batteries de missiles à Kyushu, face à la Chine."
    assert near(place(text, "Kyushu"), 32.6, 130.8)
    text = "Le gouverneur comorien a reçu les délégués à Ngazidja puis à Mwali."
    assert near(place(text, "Grande Comore"), -11.7, 43.35)
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


# --- an island or lake written with its noun keeps its bare name among its names -------------


def test_an_island_written_with_its_noun_is_also_named_bare():
    r = place("Les gardes-côtes ont intercepté un bateau près de l'île de Lesbos mardi.", "Lesbos")
    assert "île de Lesbos" in r["aliases"].split(";") or r["text"] == "île de Lesbos"
    text = "Le gouverneur comorien a inspecté le port de l'île de Ngazidja lundi."
    assert "Ngazidja" in place(text, "Grande Comore")["aliases"].split(";")
    text = "Un ferry a relié l'île de Bornholm à Copenhague malgré la tempête."
    assert "Bornholm" in {
        place(text, "Bornholm")["name"],
        *place(text, "Bornholm")["aliases"].split(";"),
    }


def test_a_bare_name_that_is_another_place_or_a_sea_s_epithet_is_not_added():
    from analysis.extract.context.places.tables import bare_name

    assert bare_name("lac Tchad", "kb:lake") == ""  # the state, not the lake
    assert bare_name("mer Rouge", "kb:sea") == ""  # seas keep their noun
    assert bare_name("delta du Niger", "kb:delta") == ""
    assert bare_name("île de Corvo-Alta", "kb:x") == "Corvo-Alta"
    assert bare_name("Île de la cité", "kb:x") == ""  # nothing capitalised after the noun
