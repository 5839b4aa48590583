"""Round 26 wave 2 (session 30) rules of bodies' names, on invented snippets.

* a capitalised body's name that ends on a lowercase complement runs on over one more
  complement naming its seat or parent ("le Comité de liaison de Belmar", "la Commission des
  finances du Parlement"), not over a state, nor when a second complement follows that the
  name cannot take (no name cut midway);
* a known body whose first word is a common noun may be written with it in lowercase when
  the rest carries the capitals ("le quai d'Orsay");
* an acronym the knowledge base lists in capitals, written in title case after an article
  ("la Celac", "de l'Ocde"), is that body; bare, a title-case word is no acronym.
"""

from __future__ import annotations

from tests.helpers import actors_with_roles as _actors
from tests.helpers import speaker_of


def test_a_body_name_runs_over_its_seat() -> None:
    got = _actors("Le Groupe d'initiative de Marvelle a dénoncé la répression.")
    assert "Groupe d'initiative de Marvelle" in got, got
    got = _actors("Le Comité de soutien de Lyon réclame la libération des détenus.")
    assert "Comité de soutien de Lyon" in got, got
    got = _actors("La Commission des droits de l'homme du Parlement a rendu son avis mardi.")
    assert "Commission des droits de l'homme du Parlement" in got, got


def test_a_body_name_stops_at_a_state_or_a_longer_chain() -> None:
    got = _actors("Le Comité de suivi du Kenya a rendu son rapport.")
    assert "Comité de suivi du Kenya" not in got, got
    got = _actors(
        "Le Bureau Presse de la Primature de la Haute instance de refondation (HIR) a publié"
        " un texte."
    )
    assert "Bureau Presse de la Primature" not in got, got


def test_a_known_body_with_a_lowercase_common_noun() -> None:
    assert speaker_of("Le quai d'Orsay a jugé ces propos « inacceptables ».", "inaccept") == (
        "Quai d'Orsay"
    )
    got = _actors("Selon le quai d’Orsay, la visite est « reportée ».")
    assert got.get("Quai d'Orsay", (None,))[0] == "FR", got


def test_a_title_case_acronym_after_an_article() -> None:
    got = _actors("La Celac a salué un accord régional. Le président de l'Ocde était présent.")
    assert {"CELAC", "OCDE"} <= set(got), got
    got = _actors("Celac Ferrand a salué un accord régional.")
    assert "CELAC" not in got, got
