"""Actors, round 20 (session 24), a breadth wave: the role nouns and cue nouns of the
francophone press by family (local and traditional offices, religious offices, experts, press
roles, think tanks and broadcasters), and the lexicons continued in a second file
(``continued_in``) that read as one. Every snippet and name is invented."""

from __future__ import annotations

import pytest

from analysis.errors import SetupError
from analysis.extract.context.places.kb import read_kb
from analysis.extract.cues import load_lexicon
from analysis.resources.datacache import read_split_yaml, read_yaml, split_files
from analysis.resources.gazetteer import countries, country_rows, lexicon, word_set, words
from analysis.resources.paths import KB_DIR
from analysis.resources.roles import person_roles
from tests.helpers import actors_only, actors_with_roles

# --- a lexicon continued in other files -----------------------------------------------------


def test_continued_lexicon_reads_its_parts_as_one():
    roles = lexicon("actors_roles")
    assert "continued_in" not in roles
    # a list of the main file, a list of each part, a mapping of a part
    assert "ministre" in roles["governmental"] and "bourgmestre" in roles["governmental"]
    assert "lors" in word_set("actors_roles", "stops")
    assert "président" in roles["heading_verbs"]
    assert "commission" in word_set("actors_cues", "joint_body_heads")


def test_split_file_joins_lists_updates_mappings_and_refuses_mixed_kinds(tmp_path):
    (tmp_path / "main.yaml").write_text("continued_in: [part]\nwords: [a]\nmap: {x: 1}\n")
    (tmp_path / "part.yaml").write_text("words: [b]\nmap: {y: 2}\nonly: [c]\n")
    assert read_split_yaml(tmp_path, "main") == {
        "words": ["a", "b"],
        "map": {"x": 1, "y": 2},
        "only": ["c"],
    }
    (tmp_path / "mixed.yaml").write_text("continued_in: [odd]\nwords: [a]\n")
    (tmp_path / "odd.yaml").write_text("words: {b: 1}\n")
    with pytest.raises(SetupError, match="words"):
        read_split_yaml(tmp_path, "mixed")
    # a cache built from a split file is keyed on every part
    assert split_files(tmp_path, "main") == [tmp_path / "main.yaml", tmp_path / "part.yaml"]


def test_every_loader_reads_the_continuations():
    """The stance lexicon's verbs and nouns, the places' world names: read through the
    lexicon loader of the rules and the places knowledge base alike."""
    cues = load_lexicon("stance_cues")
    assert "soutenir" in str(cues["support_verbs"]) and cues["oppose_nouns"]
    assert "continued_in" not in cues
    places = read_kb()
    assert "continued_in" not in places
    assert set(read_yaml(KB_DIR / "places_world.yaml")["city_aliases"]) <= set(
        places["city_aliases"]
    )
    assert {"Maison Blanche", "Kremlin"} <= {p["name"] for p in places["landmarks"]}
    # the countries' list, in three files, reads as one: the first and the last state
    assert {"AF", "ZW"} <= set(countries()) and len(country_rows()) > 200


# --- role nouns, by family ------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "bourgmestre",
        "grand mufti",
        "cardinal",
        "géopoliticien",
        "présentatrice",
        "oligarque",
        "empereur",
        "chef coutumier",
        "trésorière",
        "magistrat",
        "chroniqueur",
        "mwami",
    ],
)
def test_families_are_role_nouns(word):
    assert " ".join(words(word)) in person_roles()


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Pour le géopoliticien Marc-Aurèle Dubosquet, la visite ouvre une période nouvelle.",
            "Marc-Aurèle Dubosquet",
            "géopoliticien",
        ),
        (
            "Marek Sadowski, oligarque proche du pouvoir, a financé la campagne.",
            "Marek Sadowski",
            "oligarque",
        ),
        (
            "L'ayatollah Hossein Dastgerdi a critiqué la rencontre dans un prêche.",
            "Hossein Dastgerdi",
            "ayatollah",
        ),
        (
            "Le bourgmestre de Villebrune, Joris Vermaelen, a salué l'accord lundi.",
            "Joris Vermaelen",
            "bourgmestre",
        ),
    ],
)
def test_family_titles_are_roles(text, name, role):
    found = actors_with_roles(text)
    assert name in found, found
    assert any(role in r.lower() for r in found[name][1]), found[name]


# --- cue nouns of organisations and of the press ------------------------------------------


def _types(text: str) -> dict[str, str]:
    a = actors_only(text)["actors"]
    return dict(zip(a["name"], a["type"], strict=True))


def test_think_tank_names_an_organisation():
    types = _types(
        "Le cercle de réflexion Horizons Nouveaux a publié mardi une note sur la médiation."
    )
    assert types.get("Horizons Nouveaux") == "organisation", types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Selon le bihebdomadaire Soleil du Matin, la délégation arrivera lundi.",
            "Soleil du Matin",
        ),
        ("La webradio Kanaga Voix a interrogé le ministre.", "Kanaga Voix"),
    ],
)
def test_press_heads_name_a_medium(text, name):
    types = _types(text)
    assert types.get(name) == "media", types


# --- a role of several words ending on another vocabulary's noun ---------------------------


def test_rank_ending_on_a_body_noun_is_the_rank():
    found = actors_with_roles(
        "Le ministre a reçu le général de corps d'armée Karim Bensalah jeudi."
    )
    assert found.get("Karim Bensalah", (None, []))[1] == ["général de corps d'armée"], found


def test_rank_ending_on_a_ship_noun_is_a_person():
    types = _types("Le ministre a reçu le capitaine de frégate Jean Morlaix mardi.")
    assert types.get("Jean Morlaix") == "person", types


# --- the words around a role: status participles, modifiers, an organisation's apposition --


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Le président autoproclamé Tomas Verlaine a rejeté l'offre mardi.",
            "Tomas Verlaine",
            "président autoproclamé",
        ),
        (
            "Mardi, l'éventuel successeur Paul Ndongo a reçu les élus.",
            "Paul Ndongo",
            "éventuel successeur",
        ),
        (
            "Le Syndicat des Travailleurs Unis, principale centrale syndicale du pays, a appelé "
            "à la grève.",
            "Syndicat des Travailleurs Unis",
            "principale centrale syndicale du pays",
        ),
    ],
)
def test_words_around_a_role(text, name, role):
    """A status participle, a modifier, an organisation's apposition noun."""
    found = actors_with_roles(text)
    assert role in found.get(name, (None, []))[1], found
