"""Places, round 14 (session 18): large areas placed where the press gazetteers put them, the
bare "Pacifique" of island stories, an Indian territory under its French name (invented
snippets)."""

from __future__ import annotations

from analysis.extract.context import places
from tests.test_places import near, place, run


def test_bare_pacifique_in_a_story_about_island_states_is_their_region():
    text = (
        "Le Premier ministre des Fidji a reçu son homologue des Tonga à Suva. Les Fidji et les "
        "Tonga veulent peser davantage dans le Pacifique face aux grandes puissances."
    )
    r = place(text, "Pacifique Sud")
    assert near(r, -15.0, 170.0)
    text = (
        "Les Samoa et Kiribati ont signé un accord de pêche. Pour Kiribati comme pour les "
        "Samoa, la stabilité du Pacifique passe par la coopération régionale."
    )
    assert near(place(text, "Pacifique Sud"), -15.0, 170.0)


def test_bare_pacifique_elsewhere_stays_the_ocean():
    # one passing island state is no story about the islands
    text = "Le cargo chilien a traversé le Pacifique avant de faire escale aux Fidji."
    table, _ = run(text)
    assert "Pacifique Sud" not in table["name"].tolist()
    # the whole ocean, named as such, is never the region
    text = (
        "Vanuatu et les Salomon ont protesté. Le Vanuatu et les Salomon redoutent des rejets "
        "dans l'océan Pacifique."
    )
    table, _ = run(text)
    assert "océan Pacifique" in table["name"].tolist()
    assert "Pacifique Sud" not in table["name"].tolist()
    # the adjective ("peaceful") is no place at all
    text = (
        "Les Tonga et les Fidji souhaitent une issue pacifique. Les Tonga ont remercié les Fidji."
    )
    table, _ = run(text)
    assert not {"Pacifique Sud", "océan Pacifique"} & set(table["name"].tolist())


def test_latin_america_and_somaliland_at_their_usual_centres():
    r = place("Le sommet réunira les dirigeants d'Amérique latine à Lima.", "Amérique latine")
    assert near(r, -14.5, -60.0, 50)
    r = place("Une délégation s'est rendue au Somaliland la semaine dernière.", "Somaliland")
    assert near(r, 9.56, 44.06, 100)  # near its seat


def test_jammu_and_kashmir_under_its_french_name():
    r = place(
        "Des affrontements ont éclaté au Jammu-et-Cachemire lundi soir.", "Jammu-et-Cachemire"
    )
    assert r["country"] == "IN" and near(r, 33.6, 75.3)
    r = place("La police du Jammu et Cachemire a arrêté trois suspects.", "Jammu-et-Cachemire")
    assert r["country"] == "IN"
    # the whole disputed region stays itself
    table, _ = run("Le différend sur le Cachemire empoisonne les relations des deux voisins.")
    assert "Cachemire" in table["name"].tolist()
    assert "Jammu-et-Cachemire" not in table["name"].tolist()


# --- the disputed territories of the world, a complete class of the knowledge base ----------


def test_disputed_islands_and_border_strips_are_placed_where_they_lie():
    text = "Téhéran a rejeté toute discussion sur la Grande Tunb et sur l'île Migingo."
    table, _ = run(text)
    assert {"îles Tunb", "île Migingo"} <= set(table["name"])
    r = table[table["name"] == "îles Tunb"].iloc[0]
    assert places.haversine_km(r.lat, r.lon, 26.25, 55.25) < 30
    r = place(
        "Des soldats des deux armées se sont affrontés dans la vallée de Galwan.",
        "vallée de Galwan",
    )
    assert near(r, 34.7, 78.2, 50)
    r = place(
        "Khartoum et Le Caire se disputent toujours le triangle de Halaïb.", "triangle de Halaïb"
    )
    assert near(r, 22.2, 35.6, 50)


def test_vietnamese_and_chinese_names_of_the_south_china_sea_archipelagos():
    r = place("Hanoï proteste contre les manœuvres chinoises près des îles Xisha.", "îles Paracels")
    assert near(r, 16.5, 112.0, 100)
    r = place("Pékin a installé des radars dans l'archipel de Truong Sa.", "îles Spratleys")
    assert near(r, 10.0, 114.0, 100)


def test_a_common_word_of_a_disputed_name_alone_is_no_place():
    # "Hans" alone is a first name; "Tiran" alone may be the strait: only the full names count
    table, _ = run("Hans Berger a quitté le détroit de Tiran à bord d'un voilier.")
    assert not {"île Hans", "îles de Tiran et Sanafir"} & set(table["name"])


# --- a common word that some town bears is no town for the places either ---------------------


def test_a_capitalised_common_word_is_no_town_abroad():
    text = "L'Alliance des pêcheurs a protesté. Le chalutier est resté au large de l'île de Tarvo."
    table, _ = run(text)
    assert "Alliance" not in set(table["name"])
    assert not (table["country"] == "US").any()  # nothing anchored in a US town of that name
    table, _ = run("Mission accomplie pour la délégation, rentrée hier de Dakar.")
    assert "Mission" not in set(table["name"])
    assert "Dakar" in set(table["name"])


def test_a_real_town_of_a_common_word_stays_after_a_locative():
    # led by "à", a capitalised word that a town bears is that town
    table, _ = run("Les deux ministres se sont retrouvés à Mission, au Texas, pour une réunion.")
    assert "Mission" in set(table["name"])


# --- great and border lakes, residences of leaders --------------------------------------------


def test_a_lake_named_like_a_town_is_the_lake():
    r = place("Des forages pétroliers ont commencé sur les rives du lac Victoria.", "lac Victoria")
    assert near(r, -1.0, 33.0, 100)
    r = place("Des pêcheurs ont été arrêtés sur le lac Édouard par des militaires.", "lac Édouard")
    assert near(r, -0.35, 29.6, 100)
    r = place("Les patrouilles se sont croisées près du lac Pangong.", "lac Pangong")
    assert near(r, 33.7, 78.7, 100)


def test_leaders_residences_are_placed_where_they_are():
    r = place(
        "Le président a reçu son homologue au fort de Brégançon, cet été.", "fort de Brégançon"
    )
    assert near(r, 43.1, 6.3, 50)
    r = place("Le Premier ministre a invité ses hôtes à Chequers pour le week-end.", "Chequers")
    assert near(r, 51.7, -0.8, 50)
    # a town of the same name as a lake's is still the town when no "lac" leads it
    table, _ = run("La délégation s'est rendue à Victoria, aux Seychelles, puis à Mahé.")
    assert "lac Victoria" not in set(table["name"])


# --- natural features named by their kind: peninsulas, archipelagos, forests, oases ----------


def test_natural_features_led_by_their_kind_are_sites_of_their_own():
    table, _ = run("Des garde-côtes patrouillent autour de l'archipel de Kerkennah, en Tunisie.")
    assert "archipel de Kerkennah" in set(table["name"])
    table, _ = run("L'armée a bombardé la forêt de Bouba, au Cameroun, pendant deux jours.")
    r = table[table["name"] == "forêt de Bouba"].iloc[0]
    assert r["country"] == "CM"
    # "presqu'île" is read whole, never as the "île" inside it
    table, _ = run("La presqu'île de Tamaro, au Sénégal, a été évacuée.")
    assert "presqu'île de Tamaro" in set(table["name"])
    assert "île de Tamaro" not in set(table["name"])


def test_a_feature_noun_without_a_name_is_no_site():
    table, _ = run("La guerre du Golfe a duré six semaines, dans la plaine et la forêt.")
    assert not any(n.startswith(("plaine", "forêt")) for n in table["name"])


def test_a_feature_of_a_whole_sea_or_region_describes_where_it_is():
    # "un archipel du Pacifique": the Pacific, no site called "archipel du Pacifique"
    table, _ = run(
        "Les Tonga, un archipel du Pacifique, ont voté. Les Tonga et les Fidji ont signé."
    )
    assert not any(n.startswith("archipel") for n in table["name"])
    table, _ = run("Une oasis du Sahara a été attaquée par des hommes armés.")
    assert "Sahara" in set(table["name"])
    assert not any(n.startswith("oasis") for n in table["name"])


def test_a_nationality_adjective_locates_a_natural_feature():
    # the feature lies in the adjective's state, not near the town the story starts in
    text = (
        "Le ministre a parlé à Madrid. Des renforts gagnent la péninsule marocaine de Tres Forcas."
    )
    r = place(text, "péninsule marocaine de Tres Forcas")
    assert r["country"] == "MA"
    text = "Le ministre a parlé à Rome. L'armée patrouille dans la forêt camerounaise de Bakoua."
    assert place(text, "forêt camerounaise de Bakoua")["country"] == "CM"
    # an adjective of another kind locates nothing
    text = "Le ministre a parlé à Rome. Il a visité la forêt immense de Bakoua."
    table, _ = run(text)
    assert "CM" not in set(table["country"])


def test_the_east_of_the_drc_is_the_kivus():
    r = place("Les combats font rage dans l'est de la RDC depuis des mois.", "est de la RDC")
    assert near(r, -1.5, 29.0)
    r = place(
        "La situation dans l'Est congolais inquiète, a dit le ministre à Kinshasa.", "est de la RDC"
    )
    assert near(r, -1.5, 29.0)
    # the verb "est" before a country's name is no region
    table, _ = run("Son père est du Congo et sa mère du Gabon.")
    assert "est de la RDC" not in set(table["name"])
