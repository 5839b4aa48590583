"""Places on mechanisms rather than names (invented snippets): nationality words with accents
count their country, a country named only by its nationality word holds the subdivisions the
article names, a site whose name ends with its town, a palace of the host state, and French
names of regions the subdivision list lacks."""

from __future__ import annotations

from analysis.extract.context.places import gazetteer
from analysis.extract.context.places.mentions import demonym_countries
from tests.helpers import parse_snippet
from tests.test_places import near, place, run


def test_accented_and_hyphenated_demonyms_name_their_country():
    _, doc = parse_snippet(
        "La ministre américaine, son homologue française et le négociateur sud-africain "
        "ont rencontré des diplomates éthiopiens."
    )
    assert demonym_countries(doc, gazetteer()) == ["US", "FR", "ZA", "ET"]


def test_subdivisions_of_a_country_named_only_by_its_demonym():
    r = place("Le gouverneur nigérian a visité l'État de Borno après les attaques.", "Borno")
    assert r["kind"] == "region" and r["country"] == "NG" and near(r, 11.5, 13.0)
    r = place("La délégation américaine a quitté la Californie pour Ottawa.", "Californie")
    assert r["country"] == "US" and near(r, 37.0, -120.0, km=300)
    # without any word of its country, a lone subdivision name is not read
    table, _ = run("La délégation a quitté la Californie.")
    assert "Californie" not in set(table["name"])


def test_a_site_whose_name_ends_with_its_town():
    text = "Le ministre est arrivé à l'aéroport international Kossi-Amegan de Lomé."
    table, _ = run(text)
    lm = table[table["kind"] == "landmark"].iloc[0]
    assert lm["name"] == "aéroport international Kossi-Amegan"
    assert "Kossi-Amegan" in lm["aliases"].split(";") and near(lm, 6.13, 1.22, km=20)
    assert place(text, "Lomé")["country"] == "TG"  # the town is a place of its own
    r = place(
        "Les pourparlers ont eu lieu à l'hôtel Palmeraie Bleue de Bamako.", "hôtel Palmeraie Bleue"
    )
    assert near(r, 12.65, -8.0, km=20)


def test_a_facility_noun_without_de_is_an_alias_of_the_site():
    table, _ = run("Le chef de l'État a inauguré le pont Amara Diallo à Conakry.")
    site = table[table["kind"] == "landmark"].iloc[0]
    assert "pont Amara Diallo" in {site["name"], *site["aliases"].split(";")}
    assert near(site, 9.54, -13.68, km=20)


def test_an_unplaced_palace_lies_in_the_capital_of_the_host_state():
    # no town named: the host state's capital, not a far homonym of the palace's name
    r = place("Le Cameroun a reçu le président tchadien au palais de l'Unité.", "palais de l'Unité")
    assert r["country"] == "CM" and near(r, 3.87, 11.52, km=30)


def test_french_names_of_regions_and_towns_the_lists_lack():
    text = "Le ministre a visité l'Écosse, l'Irlande du Nord puis la Catalogne et la Wallonie."
    assert place(text, "Irlande du Nord")["country"] == "GB"  # not Ireland
    assert near(place(text, "Écosse"), 56.5, -4.2)
    assert place(text, "Catalogne")["country"] == "ES"
    assert place(text, "Wallonie")["country"] == "BE"
    r = place("La délégation est arrivée mardi à Nouvelle-Delhi.", "Nouvelle-Delhi")
    assert r["country"] == "IN" and near(r, 28.61, 77.21, km=30)
    r = place("Les combats ont repris à El-Facher, au Darfour.", "El-Facher")
    assert r["country"] == "SD" and near(r, 13.63, 25.35, km=30)
    # England is a part of the United Kingdom, centred where England is
    r = place("Le ministre s'est rendu en Angleterre.", "Angleterre")
    assert r["country"] == "GB" and near(r, 52.4, -1.2)


def test_an_unknown_district_lies_in_the_region_just_named_not_the_capital():
    text = (
        "Des hommes armés ont attaqué un village de l'État de Borno. Le gouvernement nigérian "
        "a réuni lundi ses ministres à Abuja au sujet de l'attaque dans le district de Kalgaru."
    )
    r = place(text, "Kalgaru")
    assert r["country"] == "NG" and near(r, 11.5, 13.0) and not near(r, 9.06, 7.5)
    # an unknown name after "à" is still placed at the nearest town
    r = place("Les ministres se sont retrouvés à Abuja, puis à Kalgaru House.", "Kalgaru House")
    assert near(r, 9.06, 7.5)
