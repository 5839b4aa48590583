"""Stance acts, round 8 (issue 15): a demand whose only parsed complement is the "à" one (the
addressee is pressed, not asked for), the nationality of a summoned ambassador over his post,
and redress (apologies, retraction, protest lodged with someone). Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


def test_asking_something_of_someone_presses_the_addressee():
    text = (
        "La présidente péruvienne, Ana Torres, a demandé jeudi « un peu plus d’humilité » à "
        "son homologue mexicain, Carlos Mendoza, qui a relancé la polémique."
    )
    assert polarity(text, "Ana Torres", "Carlos Mendoza") == -1
    text = (
        "Le chef de l'État péruvien, Pablo Ruiz, a demandé mardi « davantage de modestie » au "
        "président mexicain Carlos Mendoza."
    )
    assert polarity(text, "Pablo Ruiz", "Carlos Mendoza") == -1
    text = (
        "La ministre kényane Grace Wanjiru a demandé lundi des explications à l'Ouganda après "
        "l'incident à la frontière."
    )
    assert polarity(text, "Grace Wanjiru", "Ouganda") == -1
    # asking the addressee to act is still pressure on it, and the act is wanted
    text = "Le Kenya a demandé à l'Ouganda de libérer les pêcheurs."
    assert polarity(text, "Kenya", "Ouganda") == -1


def test_a_summoned_ambassadors_nationality_wins_over_his_post():
    text = "Le ministère grec des Affaires étrangères a convoqué l'ambassadeur turc à Athènes."
    assert polarity(text, "ministère grec", "Turquie") == -1
    assert rows(text, "ministère grec", "Athènes").empty
    text = (
        "Parallèlement, la Pologne a convoqué l'ambassadeur russe à Varsovie pour lui "
        "signifier son rejet des accusations."
    )
    assert polarity(text, "Pologne", "Russie") == -1
    assert rows(text, "Pologne", "Varsovie").empty
    # no adjective: the "de" complement, and a recalled envoy's post, stay the other side
    text = "Le Pérou a convoqué l'ambassadeur du Mexique à Lima."
    assert polarity(text, "Pérou", "Mexique") == -1
    assert polarity("Le Kenya a rappelé son ambassadeur en Ouganda.", "Kenya", "Ouganda") == -1


def test_expecting_apologies_or_a_retraction_opposes_the_offender():
    text = "Le gouvernement kényan attend des excuses publiques de l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == -1
    text = "Lima a exigé mercredi une rétractation du Mexique après ces propos."
    assert polarity(text, "Lima|Pérou", "Mexique") == -1
    text = "Le Pérou a exigé des excuses du Mexique."
    assert polarity(text, "Pérou", "Mexique") == -1


def test_offering_or_not_expecting_apologies_is_no_grievance():
    assert rows("Le Pérou a présenté ses excuses au Mexique.", "Pérou", "Mexique").empty
    assert rows("Le Kenya n'attend pas d'excuses de l'Ouganda.", "Kenya", "Ouganda").empty


def test_a_protest_lodged_with_a_state_opposes_it():
    text = "Le Kenya a déposé une vive protestation auprès de l'Ouganda après l'incident."
    assert polarity(text, "Kenya", "Ouganda") == -1
    text = "Varsovie a élevé mardi une protestation formelle auprès de la Russie."
    assert polarity(text, "Varsovie|Pologne", "Russie") == -1
    # lodged with a third party against someone: the one protested against, not the UN
    text = "Le Kenya a déposé une protestation auprès de l'ONU contre l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == -1
    assert rows(text, "Kenya", "ONU").empty


def test_calling_for_a_meeting_of_an_organisation_presses_no_one():
    text = (
        "Le porte-parole du gouvernement kényan, Paul Otieno, a appelé à une réunion "
        "extraordinaire de l'Union africaine pour résoudre la crise."
    )
    assert rows(text, "Paul Otieno", "Union africaine").query("polarity < 0").empty
    text = "Le Kenya a demandé jeudi « une enquête indépendante » à propos du massacre."
    assert rows(text, "Kenya", "enquête").query("polarity < 0").empty


def test_surprise_or_shock_at_someones_words_is_disapproval():
    text = "Le Kenya a exprimé son étonnement quant aux déclarations du président ougandais."
    assert polarity(text, "Kenya", "déclarations") == -1
    text = (
        "Le ministère kényan a fait part de sa stupéfaction face aux propos du président ougandais."
    )
    assert polarity(text, "ministère kényan", "propos") == -1
    # no preposition of an object: no stance ("le choc pétrolier", "à l'étonnement de")
    text = "Le choc pétrolier a frappé le Kenya, à l'étonnement de l'Ouganda."
    assert rows(text, "Ouganda", "Kenya").empty


def test_coordinated_epithets_of_a_relation_between_two_sides_count():
    text = (
        "Le Kenya et l'Ouganda ont tenu des consultations mardi. Le communiqué salue les liens "
        "historiques, fraternels et anciens entre les deux pays."
    )
    assert polarity(text, "Kenya", "Ouganda") == 1
    assert polarity(text, "Ouganda", "Kenya") == 1
    text = (
        "Le Pérou et le Mexique se sont parlé. Les relations anciennes et tendues entre les "
        "deux pays pèsent sur la rencontre."
    )
    assert polarity(text, "Pérou", "Mexique") == -1


@pytest.mark.parametrize(
    ("text", "holder", "addressee"),
    [
        ("Le Togo a demandé une aide financière à l'Union européenne.", "Togo", "Union"),
        (
            "La Lettonie a sollicité l'assistance de l'OTAN après les inondations.",
            "Lettonie",
            "OTAN",
        ),
        ("Le Bénin a réclamé le soutien du Nigeria face aux groupes armés.", "Bénin", "Nigeria"),
    ],
)
def test_asking_an_actor_for_aid_is_no_pressure_on_it(text, holder, addressee):
    # was: "demander une aide à l'UE" gave -1 toward the EU, as if pressed; asking for aid
    # trusts the one asked (CAMEO 02, appeal for aid)
    found = rows(text, holder, addressee)
    assert (found["polarity"] >= 0).all(), found
