"""Round 19 (session 23) rules of actor countries, on invented snippets.

* a joint body of several states ("la Commission mixte", "la Mission multinationale", "le
  comité conjoint") belongs to none of them, even when its name says where it acts; a
  "commission mixte paritaire" (one parliament's) and a joint body with a nationality of its
  own are left to the other rules;
* a king whose kingdom the text names only by its adjective ("le Premier ministre
  thaïlandais ... la visite du roi X") reigns over that one monarchy;
* a visit whose visitor is not found and whose sentence names no person is someone else's
  for the officials of the story (the hosts who welcome the delegation are the visited
  state's);
* the acronym of an international mission after a long form in the outlet's own words that
  names an international body ("la Mission des Nations unies pour ... (MINUSCA)") is the
  knowledge base's mission, not a body defined anew;
* an acronym in parentheses right after a national body ("l'armée burundaise (FDNB)")
  shares that body's country;
* "la Commission" written alone is the executive of a union of states (no country), unless
  the article names a commission of one state before.
"""

from __future__ import annotations

from tests.helpers import actors_with_roles as _actors


def _country_of(got: dict[str, tuple[object, list[str]]], start: str) -> object:
    name = next(n for n in got if n.startswith(start))
    return got[name][0]


def test_a_joint_commission_of_two_states_has_no_country() -> None:
    got = _actors(
        "Le Togo et le Ghana ont signé mardi à Lomé trois conventions sur le transport des "
        "marchandises. Les deux voisins relancent aussi la Commission mixte de coopération, "
        "qui ne s'était plus réunie depuis huit ans."
    )
    assert _country_of(got, "Commission mixte") is None, got


def test_a_multinational_mission_named_after_where_it_acts_has_no_country() -> None:
    got = _actors(
        "Le Bénin enverra deux cents gendarmes à la Mission Multinationale d'Appui "
        "au Soudan du Sud (MMASS), a annoncé jeudi le gouvernement à Cotonou."
    )
    assert _country_of(got, "M") is None, got


def test_a_joint_committee_parliament_or_national_body_keeps_its_state() -> None:
    got = _actors(
        "Réunie mardi soir à Paris, la Commission mixte paritaire du Parlement français n'a "
        "pas trouvé d'accord sur le budget de la Défense."
    )
    assert _country_of(got, "Commission mixte paritaire") == "FR", got


def test_a_king_reigns_over_a_kingdom_named_only_by_its_adjective() -> None:
    got = _actors(
        "Le président italien Marco Bellini a reçu jeudi à Rome le Premier ministre "
        "thaïlandais Somchai Rattanakul. Il a salué le souvenir de la visite du roi Vajira "
        "Lomphon l'an dernier, selon un communiqué."
    )
    assert _country_of(got, "Vajira") == "TH", got


def test_officials_of_a_visit_story_whose_visitor_is_unnamed_are_the_hosts() -> None:
    """The visit's sentence names no person: the visit is someone else's all the same."""
    got = _actors(
        "Le Ghana a entamé mardi une visite d'État de deux jours au Togo, la première "
        "depuis 2015. Sa délégation a été accueillie à l'aéroport par le ministre d'État "
        "Komla Agbeko, accompagné du ministre du Commerce, Essowè Tchalla."
    )
    assert _country_of(got, "Komla Agbeko") == "TG", got
    assert _country_of(got, "Essowè Tchalla") == "TG", got


def test_an_international_mission_spelt_out_in_the_outlet_s_words_keeps_no_country() -> None:
    """The long form is not the knowledge base's, but it names the UN: the same mission."""
    got = _actors(
        "Le Tchad a salué jeudi le travail de la Mission des Nations unies pour la paix en "
        "Centrafrique (MINUSCA), dont le mandat expire en novembre."
    )
    assert _country_of(got, "Minusca") is None, got


def test_an_acronym_in_parentheses_after_a_national_body_shares_its_country() -> None:
    got = _actors(
        "La RDC accuse l'armée burundaise (FDNB) d'avoir franchi la rivière mardi près de "
        "Uvira. Kinshasa affirme que les FDNB ont occupé deux villages."
    )
    assert _country_of(got, "FDNB") == "BI", got


def test_the_commission_written_alone_is_a_union_s_executive() -> None:
    got = _actors(
        "Le gouvernement belge soutiendra lundi à Bruxelles le plan pour l'acier que la "
        "Commission doit y présenter, a indiqué le Premier ministre Luc Verhaegen."
    )
    assert _country_of(got, "Commission") is None, got


def test_the_commission_alone_takes_up_a_national_commission_named_before() -> None:
    got = _actors(
        "La Commission électorale du Ghana a publié mardi les résultats à Accra. La "
        "Commission a rejeté les plaintes de l'opposition ghanéenne."
    )
    assert {c for n, (c, _r) in got.items() if n.startswith("Commission")} == {"GH"}, got
