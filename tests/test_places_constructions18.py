"""Places, round 14 second wave (session 18): a site situated by the province written after
it, spelling variants of transliterated names, the story's state when the first state named
is outweighed (invented snippets)."""

from __future__ import annotations

from analysis.extract.context.places.kb import gazetteer
from analysis.extract.context.places.resolve import _host_state, outweighs
from analysis.extract.context.places.variants import skeleton, variant_place
from tests.test_places import near, place, run

# --- a site followed by its province -------------------------------------------------------


def test_site_followed_by_its_region_lies_in_that_region():
    text = (
        "Le ministre malien de la Défense a tenu un point de presse à Bamako. Deux soldats ont "
        "péri à Ouroumbara, dans la région de Ségou, lors d'une embuscade."
    )
    r = place(text, "Ouroumbara")
    assert r["country"] == "ML" and near(r, 14.0, -6.0)  # Ségou's centre, not the capital
    text = (
        "Le gouverneur a parlé depuis Ouagadougou. Les gendarmes ont été libérés à Zabtenga "
        "(province du Boulgou) mardi."
    )
    assert near(place(text, "Zabtenga"), 11.46, -0.41)


def test_site_in_a_part_of_a_state_after_a_settlement_noun():
    text = (
        "Le porte-parole a répondu aux journalistes à Lagos. Les pluies ont inondé Kwarangi, une "
        "localité du nord de l'État de Borno, dimanche."
    )
    assert near(place(text, "Kwarangi"), 12.19, 13.31)


def test_a_list_or_a_town_first_situates_nothing():
    # a bare comma list: the site is not in the region that follows it
    text = (
        "Le ministre malien a visité Bamako. Les convois relient Ouroumbara, Ségou et Kayes "
        "chaque semaine."
    )
    table, _ = run(text)
    hits = table[table["name"] == "Ouroumbara"]
    assert not len(hits) or not near(hits.iloc[0], 14.0, -6.0, 50)
    # a town between the site and the region: the words are about the town
    text = (
        "Le ministre malien est arrivé à Bamako. Il a cité Ouroumbara, près de Kayes, dans la "
        "région de Ségou."
    )
    table, _ = run(text)
    hits = table[table["name"] == "Ouroumbara"]
    assert not len(hits) or not near(hits.iloc[0], 14.0, -6.0, 50)


# --- spelling variants ---------------------------------------------------------------------


def test_skeleton_folds_transliterations():
    assert skeleton("el koufra") == skeleton("kufrah") == "kufra"
    assert skeleton("adjdabiya") == skeleton("ajdabiya")
    assert skeleton("ghadamess") == skeleton("ghadames")
    assert skeleton("baakouba") == skeleton("baqubah")


def test_variant_of_a_town_or_province_of_a_named_state():
    gz = gazetteer()
    e = variant_place("El-Koufra", {"LY": 2}, gz)
    assert e is not None and e.country == "LY"
    e = variant_place("Baakouba", {"IQ": 1}, gz)
    assert e is not None and e.country == "IQ" and e.kind == "city"
    text = (
        "Le gouvernement libyen a réuni ses ministres à Tripoli. Des renforts libyens sont "
        "partis pour El-Koufra, selon la presse locale."
    )
    table, mentions = run(text)
    assert "El-Koufra" in mentions["text"].tolist()
    row = table[table["country"] == "LY"]
    assert any(near(r, 24.2, 23.3, 300) for _, r in row.iterrows())


def test_no_variant_outside_the_states_the_article_names():
    gz = gazetteer()
    assert variant_place("El-Koufra", {"FR": 3}, gz) is None  # Libya is never named
    assert variant_place("El-Koufra", {}, gz) is None
    assert variant_place("Abab", {"LY": 1}, gz) is None  # too short to trust


# --- the story's state ---------------------------------------------------------------------


def test_first_state_outweighed_by_the_state_the_story_is_about():
    assert outweighs({"FR": 1, "KM": 4}, "KM", "FR")
    assert not outweighs({"FR": 2, "KM": 3}, "KM", "FR")  # not twice as often
    assert not outweighs({"FR": 1, "KM": 2}, "KM", "FR")  # too few to say
    assert not outweighs({"FR": 5}, "FR", "FR")


def test_a_site_without_town_in_the_state_named_throughout():
    text = (
        "Une décision de la Belgique a surpris. Au Togo, les députés togolais ont voté; le Togo "
        "et les Togolais attendent. Le gouverneur de l'île de Mbarakou a salué le vote."
    )
    r = place(text, "île de Mbarakou")
    assert r["country"] == "TG"
    # named once each: the first state named stays the story's
    text = (
        "Une décision de la Belgique a surpris le Togo. Le gouverneur de l'île de Mbarakou a "
        "salué le vote."
    )
    assert place(text, "île de Mbarakou")["country"] == "BE"


def test_host_state_by_name_unless_outweighed():
    assert _host_state([], {"KM": 3}) == "KM"


def test_a_nationality_adjective_may_join_the_words_before_the_province():
    text = (
        "Le ministre a tenu une conférence à Niamey. Un convoi a été attaqué près de Bangaré, "
        "dans la région nigérienne de Tillabéri, selon l'armée."
    )
    assert near(place(text, "Bangaré"), 13.73, 1.70)
    # another adjective is no nationality: the words do not say the site lies there
    text = (
        "Le ministre a tenu une conférence à Niamey. Un convoi a été attaqué près de Bangaré, "
        "dans la région lointaine de Tillabéri, selon l'armée."
    )
    table, _ = run(text)
    hits = table[table["name"] == "Bangaré"]
    assert not len(hits) or not near(hits.iloc[0], 13.73, 1.70, 20)


def test_a_name_called_a_settlement_is_a_place_whatever_the_tagger_says():
    text = (
        "Le gouverneur a parlé à Kaboul. Une crue a emporté Sardalan, une bourgade de la "
        "province afghane de Kunduz, mardi."
    )
    r = place(text, "Sardalan")
    assert r["country"] == "AF" and near(r, 36.73, 68.86)
    # a person described by a noun that merely contains a place word stays a person
    table, _ = run("Le ministre a reçu à Paris Jeanne Morel, une habitante du village.")
    assert table["name"].tolist() == ["Paris"]


def test_a_tagged_place_spelt_another_way_is_the_town_of_a_named_state():
    text = (
        "Le gouvernement libyen a tenu conseil à Tripoli. Adjdabiya a été privée d'électricité "
        "pendant deux jours."
    )
    r = place(text, "Adjdabiya")
    assert r["country"] == "LY" and near(r, 30.76, 20.23, 30)
    text = "Le Premier ministre irakien, à Bagdad, a évoqué les habitants de Baakouba."
    assert place(text, "Baakouba")["country"] == "IQ"


def test_no_tagged_variant_when_its_state_is_never_named():
    table, _ = run("Le gouvernement belge a tenu conseil à Bruxelles. Baakouba a protesté.")
    assert "Baakouba" not in table["name"].tolist()
