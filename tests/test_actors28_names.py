"""A person's name that is only an alternate name of a small town in geonames (the Chinese
or Japanese reading of a town abroad) stays the person spaCy tagged; a town's own name, a
large city's alternate name and a French exonym opened by an article stay places (invented
snippets)."""

from __future__ import annotations

import pytest

from analysis.extract.actors.rules.names import outermost
from analysis.resources.gazetteer import named_city_country
from tests.helpers import actors_with_roles, speaker_of


@pytest.mark.parametrize(
    "text",
    [
        "L'envoyé de la Chine à Valdor, Li Ming, a rencontré les élus lundi.",
        "La porte-parole de la délégation, Li Bo, a présenté le calendrier mardi.",
        "Arrivé de Pékin, le vice-ministre, Li Ming, a reçu les maires de la province.",
    ],
)
def test_a_name_read_as_a_small_towns_alias_is_a_person(text: str) -> None:
    got = actors_with_roles(text)
    assert any(name in got for name in ("Li Ming", "Li Bo")), got


@pytest.mark.parametrize(
    "text",
    [
        "Le consul de Chine, Li Ming, a déclaré : « Le dialogue reste ouvert. »",
        "La porte-parole du consulat, Li Bo, a affirmé que le dialogue reste ouvert.",
    ],
)
def test_the_person_speaks(text: str) -> None:
    assert speaker_of(text, "dialogue reste ouvert") in ("Li Ming", "Li Bo")


@pytest.mark.parametrize(
    ("name", "iso"),
    [("Santa Cruz", "BO"), ("Ho Chi Minh", "VN"), ("La Haye", "NL"), ("Kuala Lumpur", "MY")],
)
def test_towns_own_names_and_known_exonyms_stay_places(name: str, iso: str) -> None:
    assert named_city_country(name) == iso


def test_a_small_towns_foreign_reading_is_no_place() -> None:
    assert named_city_country("Li Ming") is None


# --- a surname after a full name given twice, once with a middle name -----------------------


@pytest.mark.parametrize(
    ("text", "full", "fragment"),
    [
        (
            "Awa Koné attendue à Valdor. La ministre des Affaires étrangères, Awa Mariam Koné,"
            " est arrivée lundi. Plus tard, a précisé Mme Koné, « nous signerons l'accord ».",
            "Awa Mariam Koné",
            "signerons",
        ),
        (
            "Visite de Teodor Vasko à Lindor. Le président, Teodor Ilian Vasko, a été reçu"
            " mardi. « Le port sera rouvert », a annoncé Vasko.",
            "Teodor Ilian Vasko",
            "port sera rouvert",
        ),
    ],
)
def test_the_surname_is_the_one_person_of_both_full_names(
    text: str, full: str, fragment: str
) -> None:
    names = set(actors_with_roles(text))
    assert full in names and not any(n in names for n in ("Koné", "Vasko")), names
    assert speaker_of(text, fragment) == full


def test_two_persons_of_one_surname_stay_two() -> None:
    assert outermost({"person:awa kone", "person:issa kone"}) == {
        "person:awa kone",
        "person:issa kone",
    }
    assert outermost({"person:awa kone", "person:awa mariam kone"}) == {"person:awa mariam kone"}
