"""Places: gazetteer matching, disambiguation by context, place/government role, offsets
(invented snippets about other countries)."""

from __future__ import annotations

import pandas as pd

from analysis.extract.context import places
from tests.helpers import run_steps


def run(text: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    an = run_steps(text, steps=["places"], publication="2023-06-14")
    article, table, mentions = an.article, an.tables["places"], an.tables["place_mentions"]
    for r in mentions.itertuples():
        assert article.text[r.start : r.end] == r.text
    for r in table.itertuples():
        assert article.text[r.start : r.end] == r.text
    return table, mentions


def place(text: str, name: str) -> pd.Series:
    table, _ = run(text)
    hits = table[table["name"] == name]
    assert len(hits), f"{name!r} not in {table['name'].tolist()}"
    return hits.iloc[0]


def near(r: pd.Series, lat: float, lon: float, km: float = 150) -> bool:
    return places.haversine_km(float(r["lat"]), float(r["lon"]), lat, lon) <= km


def test_vienne_is_the_austrian_capital_in_a_diplomatic_story():
    text = (
        "Les négociateurs iraniens et européens se sont retrouvés jeudi à Vienne pour relancer "
        "l'accord sur le nucléaire, sous l'égide de l'Union européenne."
    )
    r = place(text, "Vienne")
    assert r["country"] == "AT" and r["kind"] == "city"
    assert near(r, 48.21, 16.37)
    assert "FR" in r["alternatives"]


def test_saint_louis_du_senegal():
    text = "Le président ghanéen a visité Saint-Louis du Sénégal, puis il a rejoint Dakar."
    r = place(text, "Saint-Louis")
    assert r["country"] == "SN" and near(r, 16.03, -16.50)


def test_saint_louis_follows_the_countries_of_the_article():
    text = (
        "La délégation a quitté Dakar mardi. Elle a ensuite gagné Saint-Louis, au nord du "
        "pays, où le Sénégal a inauguré un port."
    )
    assert place(text, "Saint-Louis")["country"] == "SN"


def test_washington_is_the_capital_city():
    text = "Le Premier ministre polonais est attendu à Washington la semaine prochaine."
    r = place(text, "Washington")
    assert r["country"] == "US" and near(r, 38.90, -77.04)


def test_countries_regions_seas_and_territories():
    text = (
        "Le Kenya et l'Éthiopie surveillent la mer Rouge et la Corne de l'Afrique, tandis que "
        "la Crimée reste occupée. Des navires croisent en mer Noire."
    )
    assert place(text, "Kenya")["kind"] == "country"
    assert place(text, "mer Rouge")["kind"] == "sea"
    assert place(text, "Corne de l'Afrique")["kind"] == "region"
    crimea = place(text, "Crimée")
    assert crimea["kind"] == "territory" and crimea["country"] == "UA"
    assert near(place(text, "mer Noire"), 43.0, 35.0)
    assert near(place(text, "Éthiopie"), 9.15, 40.49)


def test_capital_as_government_versus_place():
    text = (
        "Ottawa a rappelé son ambassadeur. Le lendemain, des manifestants se sont réunis à "
        "Ottawa devant le Parlement. Selon Pékin, la décision est hostile."
    )
    table, mentions = run(text)
    roles = mentions[mentions["text"] == "Ottawa"]["role"].tolist()
    assert roles == ["government", "place"]
    assert place(text, "Ottawa")["role"] == "place"
    assert place(text, "Pékin")["role"] == "government"


def test_landmark_takes_the_nearest_town():
    text = "À Nairobi, les ministres se sont réunis au palais de la Boma, puis à l'aéroport."
    r = place(text, "palais de la Boma")
    assert r["kind"] == "landmark" and near(r, -1.28, 36.82, km=50)


def test_person_names_are_not_places():
    text = "Le ministre Kenji Moriyama a reçu à Tokyo son homologue Jean Paris."
    table, _ = run(text)
    assert "Moriyama" not in table["name"].tolist()
    assert "Tokyo" in table["name"].tolist()


def test_mentions_are_counted():
    text = "Le Chili négocie avec la Bolivie. Au Chili, l'opposition critique La Paz. Le Chili insiste."  # noqa: E501
    r = place(text, "Chili")
    assert r["mentions"] == 3 and r["place_uses"] >= 1
    assert place(text, "La Paz")["country"] == "BO"


def test_states_of_the_countries_named_in_the_article():
    text = (
        "Le Brésil veut relier les champs du Mato Grosso aux ports du Pará. "
        "Le gouvernement de l'État de São Paulo a salué le projet."
    )
    mato = place(text, "Mato Grosso")
    assert mato["kind"] == "region" and near(mato, -12.64, -55.42)
    assert near(place(text, "Pará"), -3.79, -52.48)
    table, mentions = run(text)
    sp = table[table["aliases"].str.contains("État de São Paulo", regex=False)]
    assert len(sp) == 1 and near(sp.iloc[0], -22.25, -48.75)


def test_phrase_lookup_finds_what_one_regex_alternation_finds():
    """The gazetteer phrases are looked up word by word (speed); the matches must be those of
    the straightforward scan: one alternation of every phrase, longest first, whole words."""
    import re

    from analysis.document.article import load_article
    from analysis.resources.paths import ARTICLES_DIR

    gz = places.gazetteer()
    keys = sorted((k for ks in gz.phrase_by_word.values() for k in ks), key=len, reverse=True)
    rx = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, keys)) + r")(?!\w)")
    texts = [load_article(p).nlp_text for p in sorted(ARTICLES_DIR.glob("*.txt"))]
    texts.append("la nouvelle-zelande et la nouvelle caledonie, new york; york: etats unis d")
    found = 0
    for text in texts:
        keyed = places.key_text(text)
        want = [(m.start(), m.end(), m.group()) for m in rx.finditer(keyed, 5)]
        assert list(places.phrase_matches(keyed, 5, gz)) == want
        found += len(want)
    assert found > 20


def test_sahara_in_a_story_about_morocco_is_the_disputed_territory():
    text = (
        "Le roi du Maroc a reçu à Rabat un émissaire onusien pour parler du Sahara, "
        "dossier qui oppose le royaume au Front Polisario."
    )
    r = place(text, "Sahara occidental")
    assert r["country"] == "EH" and near(r, 24.2, -12.9)
    # elsewhere, or followed by an adjective, it stays the desert
    text = "Une caravane de touristes italiens a traversé le Sahara libyen en dix jours."
    table, _ = run(text)
    assert "Sahara occidental" not in table["name"].tolist()
    # the demonym of the disputing state names the territory
    text = "Le gouvernement défend son plan d'autonomie pour le Sahara marocain, a dit le porte-parole."  # noqa: E501
    assert place(text, "Sahara occidental")["country"] == "EH"


def test_sahara_in_a_story_that_names_morocco_once_stays_the_desert():
    # one passing mention is not a story about it; "au sud du" reads the desert
    text = (
        "Les pays au sud du Sahara font face aux groupes armés, a dit le ministre nigérien. "
        "Le Maroc propose un accès à l'océan aux pays enclavés."
    )
    table, _ = run(text)
    names = table["name"].tolist()
    assert "Sahara" in names and "Sahara occidental" not in names


def test_capital_known_by_its_french_name_is_the_city_not_its_province():
    text = "Le chef de la diplomatie tchèque est arrivé mardi à Bakou, où il a visité le musée national d'Histoire."  # noqa: E501
    r = place(text, "Bakou")
    assert r["kind"] == "city" and r["source"] == "geonames"


def test_acronyms_credits_and_first_names_are_not_places():
    text = (
        "Vladimir Poutine a reçu à Luanda le ministre angolais, selon les FAR. "
        "Le communiqué a été repris par l'agence.\n\nArchive - DR\n\n"
        "Le ministre est reparti vers Lomé (AFP/Jean Dupont)."
    )
    table, _ = run(text)
    names = table["name"].tolist()
    assert "Vladimir" not in names and "FAR" not in names
    assert not any("DR" in n for n in names)
    assert "Luanda" in names and "Lomé" in names


def test_agreements_and_summits_are_not_sites():
    text = "Les Accords de Nouvelle Ère signés à Lima restent fragiles, a dit le ministre péruvien."
    table, _ = run(text)
    assert not any(n.startswith("Accords") for n in table["name"].tolist())


def test_memorial_keeps_its_noun_and_lies_in_the_town_of_its_sentence():
    text = (
        "Le président portugais s'est recueilli au cimetière militaire de Monte Verdelho, à Praia."
    )
    table, _ = run(text)
    site = table[table["name"].str.startswith("cimetière")]
    assert len(site) and site.iloc[0]["country"] == "CV"


def test_city_named_with_its_article_after_au_or_du():
    # "au Caire" holds the article of "Le Caire", "au Havre" that of "Le Havre"
    text = "Le ministre tchèque a été reçu au Caire, puis il a rejoint au Havre un cargo."
    r = place(text, "Le Caire")
    assert r["country"] == "EG" and near(r, 30.06, 31.25)
    assert place(text, "Le Havre")["country"] == "FR"


def test_a_bare_a_reads_the_town_not_the_state_of_that_name():
    text = "Le Premier ministre islandais a plaidé à New York pour un siège au Conseil de sécurité."
    r = place(text, "New York")
    assert r["kind"] == "city" and near(r, 40.71, -74.01)


def test_organisations_outlets_and_far_homonyms_are_not_towns():
    text = (
        "Le groupe Carrefour a annoncé des investissements au Pérou, selon le quotidien Tribuna. "
        "Le président élu Tumba a félicité le ministre péruvien."
    )
    names = run(text)[0]["name"].tolist()
    assert "Carrefour" not in names and "Tumba" not in names and "Pérou" in names


def test_dateline_town_in_capitals_and_credits_in_a_caption():
    text = "KAYES (AFP) - Les soldats maliens ont quitté la ville pour rejoindre leur base."
    assert place(text, "KAYES")["country"] == "ML"
    text = (
        "Le ministre angolais a parlé à Luanda. Une longue phrase qui continue encore et encore "
        "pour dépasser la longueur d'une légende (Photo : Benguela). Les deux hommes ont parlé."
    )
    names = run(text)[0]["name"].tolist()
    assert "Luanda" in names and "Benguela" not in names


def test_norway_has_its_conventional_centre():
    # a bare NO in a YAML map is the boolean false: Norway had lost its centre
    r = place("Les négociateurs colombiens se sont retrouvés en Norvège.", "Norvège")
    assert near(r, 60.47, 8.47)


def test_summit_island_and_famous_sites_without_a_town_named():
    # "Bali" is also a town of India: the island of the summits, even in a story about India
    text = "Le ministre indien a rappelé la rencontre de Bali, en marge du sommet du G20."
    r = place(text, "Bali")
    assert r["country"] == "ID" and near(r, -8.4, 115.2)
    # a famous site is placed even when no town is named
    text = "Les soldats colombiens ont défilé sur les Champs-Élysées devant le président."
    assert near(place(text, "Champs-Élysées"), 48.87, 2.31)


def test_dateline_dash_and_airport_of_a_known_town():
    text = (
        "Lomé- Le président béninois est arrivé samedi à l'aéroport international de Ouagadougou, "
        "a rapporté l'agence nationale."
    )
    table, _ = run(text)
    assert "Lomé" in table["name"].tolist()  # not "Lomé-"
    airport = place(text, "aéroport international de Ouagadougou")
    assert airport["country"] == "BF" and "Ouagadougou" in airport["aliases"].split(";")
