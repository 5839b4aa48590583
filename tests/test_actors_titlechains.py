"""Title constructions (round 9, session 13, part 2), each on invented snippets: a bare rank
or honorific between a title and the name, a plural title with names it includes ("dont",
"notamment", "parmi lesquels"), a participle inside a name the title completes."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


def test_a_bare_rank_after_a_comma_keeps_the_title_before_it():
    t = _analyse(
        "Le chef de la diplomatie koweïtienne, cheikh Salem Al-Sabah, a averti lundi que la "
        "crise pouvait s'étendre."
    )
    assert "chef de la diplomatie koweïtienne" in _roles(t, "Salem Al-Sabah")
    t = _analyse("Le chef d'état-major de l'armée nigérienne, général Omar Diallo, a démenti.")
    assert "chef d'état-major de l'armée nigérienne" in _roles(t, "Omar Diallo")


def test_a_plural_title_gives_its_singular_to_the_names_it_includes():
    t = _analyse(
        "Porté par plusieurs députés dont Jean Martin, Paul Durand et Marie Leroy, le texte "
        "a été adopté."
    )
    assert [_roles(t, n) for n in ("Jean Martin", "Paul Durand", "Marie Leroy")] == [["député"]] * 3
    t = _analyse("Trois ministres africains, parmi lesquels Ali Traoré et Moussa Keita, ont signé.")
    assert _roles(t, "Moussa Keita") == ["ministre africain"]
    t = _analyse("Plusieurs ministres des Affaires étrangères, dont Ali Traoré, ont signé.")
    assert _roles(t, "Ali Traoré") == ["ministre des Affaires étrangères"]
    t = _analyse("Le texte, soutenu par des sénateurs, notamment Anne Dupuis, a été adopté.")
    assert _roles(t, "Anne Dupuis") == ["sénateur"]


def test_a_relative_dont_gives_no_title():
    t = _analyse("Les députés dont Jean Martin a parlé ont voté contre.")
    assert _roles(t, "Jean Martin") == []


def test_a_participle_inside_the_name_a_title_completes_does_not_close_it():
    t = _analyse(
        "Le secrétaire général des Nations unies, Mario Bianchi, a exhorté l'Inde au calme."
    )
    assert _roles(t, "Mario Bianchi") == ["secrétaire général des Nations unies"]
    t = _analyse("L'ambassadeur des Émirats arabes unis, Saïd Karim, a quitté Paris.")
    assert _roles(t, "Saïd Karim") == ["ambassadeur des Émirats arabes unis"]


def test_a_counterpart_borrows_the_office_of_the_person_before_it():
    """ "homologue" is the holder of the same office elsewhere: the office of the nearest
    person before it in the sentence, with the counterpart's own nationality."""
    t = _analyse(
        "Le ministre espagnol des Affaires étrangères, Pablo Ortiz, devait rencontrer son "
        "homologue portugaise Ana Sousa à Lisbonne."
    )
    assert "ministre portugaise des Affaires étrangères" in _roles(t, "Ana Sousa")
    assert _row(t, "Ana Sousa")["country"] == "PT"
    t = _analyse(
        "Le chef de l'État malien, Ibrahim Keita, a reçu son homologue nigérien Omar Tandja."
    )
    assert "chef de l'État nigérien" in _roles(t, "Omar Tandja")
    t = _analyse("Le Premier ministre Paul Durand a reçu son homologue Marc Petit à Ottawa.")
    assert _roles(t, "Marc Petit") == ["homologue", "Premier ministre"]


def test_a_counterpart_borrows_no_former_office_nor_one_from_another_sentence():
    t = _analyse("L'ancien ministre Paul Durand a vu son homologue Marc Petit.")
    assert _roles(t, "Marc Petit") == ["homologue"]
    t = _analyse("Le ministre Paul Durand était à Rome. Il a vu son homologue Marc Petit.")
    assert _roles(t, "Marc Petit") == ["homologue"]


def test_a_bare_definite_title_takes_up_the_indefinite_description_before_it():
    """ "un haut conseiller du gouvernement … " then "le conseiller, X": the description
    introduced with "un/une" is X's role too."""
    t = _analyse(
        "Un haut conseiller du gouvernement de transition a critiqué Paris. Selon la presse, "
        "le conseiller, Karim Benali, a écrit que la France devait s'excuser."
    )
    assert "haut conseiller du gouvernement de transition" in _roles(t, "Karim Benali")
    t = _analyse(
        "Une diplomate chevronnée de l'ambassade a été convoquée lundi. La diplomate, Anna "
        "Weber, a quitté le pays."
    )
    assert "diplomate chevronnée de l'ambassade" in _roles(t, "Anna Weber")


def test_a_bare_indefinite_noun_or_a_far_one_adds_nothing():
    t = _analyse("Un conseiller a parlé. Le conseiller, Karim Benali, a démenti.")
    assert _roles(t, "Karim Benali") == ["conseiller"]
    t = _analyse(
        "Un conseiller du président a parlé. Paris a réagi. Rome aussi. Berlin s'est tu. "
        "Madrid a protesté. Le conseiller, Karim Benali, a démenti."
    )
    assert _roles(t, "Karim Benali") == ["conseiller"]
