"""Round 23 (session 27) rules of persons' countries, on invented snippets.

* a list of names after a definite plural noun ("les trois ex-captifs, A, B et C") takes the
  nationality the same noun had a few sentences before ("des captifs x-iens"): the definite
  article takes that noun phrase up;
* a person met by a pronoun that takes up an unnamed visitor ("Elle fut accueillie par
  la chancelière X") is not the holder of the visitor's description: X keeps the host's country.
"""

from __future__ import annotations

from tests.helpers import actors_with_roles as _actors


def _country_of(got: dict[str, tuple[object, list[str]]], start: str) -> object:
    name = next(n for n in got if n.startswith(start))
    return got[name][0]


def test_a_definite_plural_noun_takes_up_the_nationality_given_to_it_before() -> None:
    got = _actors(
        "Le Soudan a obtenu la remise en liberté des captifs norvégiens retenus depuis mai. "
        "Le chef de l'État a reçu jeudi les trois ex-captifs, Sigrid Haug, Bjørn Moe et "
        "Trond Aas, dans sa résidence."
    )
    assert [_country_of(got, n) for n in ("Sigrid", "Bjørn", "Trond")] == ["NO"] * 3, got
    got = _actors(
        "Cinq marins philippins ont été relâchés par le Yémen. Ces marins, Jose Ramos et "
        "Carlo Mendoza, regagneront Manille vendredi."
    )
    assert [_country_of(got, n) for n in ("Jose", "Carlo")] == ["PH", "PH"], got


def test_a_plural_noun_given_two_nationalities_before_decides_nothing() -> None:
    got = _actors(
        "Le Mali a relâché des marins philippins et des marins grecs. Les marins, Jose Ramos "
        "et Carlo Mendoza, ont été conduits à Bamako par les autorités maliennes."
    )
    assert _country_of(got, "Jose") not in ("PH", "GR"), got


def test_a_host_met_by_the_pronoun_of_an_unnamed_visitor_keeps_the_host_country() -> None:
    got = _actors(
        "Le chef de l'État gambien a atterri jeudi à Nouakchott. Il a été salué au pied de "
        "l'avion par le président Sidi Ould Baba."
    )
    assert _country_of(got, "Sidi") == "MR", got
    got = _actors(
        "La ministre estonienne de l'Économie séjourne à Riga cette semaine. Elle s'est "
        "entretenue mardi avec le ministre de l'Économie Andris Kalns."
    )
    assert _country_of(got, "Andris") == "LV", got


def test_the_holder_named_as_the_subject_after_the_description_still_holds_it() -> None:
    got = _actors(
        "Le chef de l'État gambien a atterri jeudi à Nouakchott. Plus tard, Lamin Sowe a "
        "visité le port avec des hommes d'affaires."
    )
    assert _country_of(got, "Lamin") == "GM", got
