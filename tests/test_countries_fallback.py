"""A person's country when the text does not state it: the fallbacks of
analysis/extract/actors/countries.py (invented snippets, run without the people list where
the list could answer)."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def test_the_head_of_a_body_is_not_ruled_out_by_a_head_of_state():
    """ "le président de l'Assemblée nationale" or "du Sénat" heads a body, not a state: the
    head of state of the host does not rule the host's country out for them (met on a
    visit, they are the host's, not of the state most named elsewhere)."""
    t = _analyse(
        "Le président ghanéen Kofi Mensah, en visite à Séoul, a rencontré le président "
        "sud-coréen Lee Jae-won.\n\nTous deux ont critiqué le Japon, et le Japon a protesté."
        "\n\nReçu ensuite par le président de l'Assemblée nationale Choi Dong-hyun, "
        "M. Mensah a parlé du commerce."
    )
    assert _row(t, "Choi Dong-hyun")["country"] == "KR"
    t = _analyse(
        "Le président français Paul Durand est arrivé à Dakar, où l'a accueilli le président "
        "sénégalais Moussa Diallo.\n\nLa Guinée a salué la visite et la Guinée a invité "
        "M. Durand.\n\nIl a aussi vu le président du Sénat, Ibrahima Sow."
    )
    assert _row(t, "Ibrahima Sow")["country"] == "SN"


def test_a_second_head_of_state_is_still_not_of_the_first_ones_country():
    """ "le président de la République" and "le président" alone remain heads of state."""
    t = _analyse(
        "Le président de la République du Sénégal, Moussa Diallo, a reçu à Dakar le "
        "président Jean-Baptiste Kaboré."
    )
    assert _row(t, "Jean-Baptiste Kaboré")["country"] != "SN"
    t = _analyse(
        "Le président de la République du Sénégal, Moussa Diallo, a reçu à Dakar le "
        "président Jean-Baptiste Kaboré.\n\nLes relations entre le Sénégal et le Burkina "
        "Faso sont anciennes."
    )
    assert _row(t, "Jean-Baptiste Kaboré")["country"] == "BF"


def test_a_state_named_after_the_person_in_their_sentence_is_not_their_side():
    """ "X a accusé le Tchad", "X, à qui le Gabon avait accordé l'asile", "X a noté que la
    décision de Y ...": a state named after a person whose country nothing states is what
    they act on or speak of; their own side is named before them, else in the paragraph."""
    t = _analyse(
        "Le Cameroun dénonce une provocation. Le porte-parole Jean Mbarga a accusé le Tchad "
        "d'avoir fermé la frontière. Pour le Cameroun, la mesure est inacceptable."
    )
    assert _row(t, "Jean Mbarga")["country"] == "CM"
    t = _analyse(
        "Le Togo a protesté. La police togolaise a arrêté l'ancien ministre Paul Abena, à qui "
        "le Bénin avait accordé l'asile. Le Togo assure que la loi a été respectée."
    )
    assert _row(t, "Paul Abena")["country"] == "TG"
    t = _analyse(
        "Le Sénégal a réagi mardi. Selon le Sénégal, le ministre Awa Diop a critiqué la "
        "décision du Mali."
    )
    assert _row(t, "Awa Diop")["country"] == "SN"


def test_a_monarch_reigns_over_the_one_monarchy_the_article_names():
    """ "le roi X", "l'émir Y": with no country stated, a monarch is of the one kingdom or
    emirate among the article's states, not of the republic named beside it."""
    t = _analyse(
        "Le roi Harald Bergstrom a reçu mardi le ministre Paul Durand. La France et la Norvège "
        "ont signé un accord sur l'énergie."
    )
    assert _row(t, "Harald Bergstrom")["country"] == "NO"
    t = _analyse(
        "Le Tchad et le Qatar ont renoué le dialogue. L'émir Hamad ben Khalifa a salué "
        "l'accord signé par les deux pays."
    )
    assert _row(t, "Hamad ben Khalifa")["country"] == "QA"


def test_a_visitor_is_not_of_the_state_they_visit():
    """ "X a effectué une visite à <capitale>", "la visite au <pays> du Premier ministre Y":
    the visitor's country is another state of the article; the host named beside them
    keeps the host's."""
    t = _analyse(
        "Le ministre des Affaires étrangères, Kodjo Amegan, a effectué mercredi une visite de "
        "quelques heures à Ouagadougou.\n\nLe Burkina Faso et le Togo sont voisins."
    )
    assert _row(t, "Kodjo Amegan")["country"] == "TG"
    t = _analyse(
        "Hanoï a salué la première visite officielle au Vietnam du Premier ministre Khamphet "
        "Vongsa, arrivé lundi.\n\nLe Vietnam et le Laos ont signé onze accords."
    )
    assert _row(t, "Khamphet Vongsa")["country"] == "LA"
    t = _analyse(
        "Le président Rustam Alimov a reçu à Tachkent le président Jean Dupuis, en visite en "
        "Ouzbékistan.\n\nLa France et l'Ouzbékistan ont signé un accord."
    )
    assert _row(t, "Rustam Alimov")["country"] == "UZ"


def test_an_official_in_the_sentence_of_someone_elses_visit_is_the_hosts():
    """ "Lors de la visite de X au Gabon, le ministre des Affaires étrangères, Y, ...": Y,
    whose country nothing states, is the visited state's, even when the article names the
    visitor's state more often."""
    t = _analyse(
        "Lors de la visite d'État du président Paul Durand au Gabon, le ministre des Affaires "
        "étrangères, Léon Mabiala, a parlé des relations entre le Gabon et la France. La "
        "France reste un partenaire, et la France investit beaucoup."
    )
    assert _row(t, "Léon Mabiala")["country"] == "GA"
    assert _row(t, "Paul Durand")["country"] != "GA"


def test_a_list_of_names_apposed_to_a_plural_with_a_nationality_takes_it():
    """ "des responsables italiens, le ministre A et le vice-Premier ministre B, ...": the
    names set between commas after a plural noun with a nationality are of it; a comma that
    only closes a fronted phrase ("Selon des diplomates français, le ministre X a déclaré")
    is no apposition."""
    t = _analyse(
        "Le gouvernement a réagi après les déclarations de responsables politiques italiens, "
        "le ministre de l'Intérieur Marco Bellini et le vice-Premier ministre Paolo Ferri, "
        "figures du gouvernement. La France a rappelé son ambassadeur."
    )
    assert _row(t, "Marco Bellini")["country"] == "IT"
    assert _row(t, "Paolo Ferri")["country"] == "IT"
    t = _analyse(
        "Deux dirigeants sénégalais, Moussa Sow et Awa Ndiaye, ont rencontré mardi à Bamako "
        "le président malien."
    )
    assert _row(t, "Awa Ndiaye")["country"] == "SN"
    t = _analyse(
        "Selon des diplomates français, le ministre Paolo Ferri a déclaré que le Mali devait "
        "partir."
    )
    assert _row(t, "Paolo Ferri")["country"] != "FR"


def test_an_unstated_official_is_of_the_articles_protagonist():
    """News is told from its first-named state's side: a spokesman or minister whose country
    the text never states is that state's, not the state named near them that they speak of
    (« l'agression de la Russie », a réagi la ministre)."""
    t = _analyse(
        "La Belgique condamne « l'agression de la Russie contre ses voisins », a réagi la "
        "ministre des Affaires étrangères, Anne Doltier."
    )
    assert _row(t, "Anne Doltier")["country"] == "BE"
    t = _analyse(
        "Le Ghana a demandé mercredi une réunion d'urgence de la CEDEAO.\n\nDans une "
        "déclaration télévisée, le porte-parole du gouvernement, Kofi Ampem, a appelé à la "
        "libération des soldats détenus au Niger."
    )
    assert _row(t, "Kofi Ampem")["country"] == "GH"


def test_the_protagonist_does_not_override_what_rules_it_out():
    """The first state named is only a default: a visitor is still not of the state they
    visit, and a stated nationality still wins."""
    t = _analyse(
        "Le Togo a accueilli lundi une délégation. Marc Loubet, en visite à Lomé, a rencontré "
        "le ministre togolais Yao Agbeko."
    )
    assert _row(t, "Marc Loubet")["country"] != "TG"
    assert _row(t, "Yao Agbeko")["country"] == "TG"
    t = _analyse(
        "Le Mali a rappelé son ambassadeur. Le ministre ivoirien Paul Kouadio a regretté la "
        "décision."
    )
    assert _row(t, "Paul Kouadio")["country"] == "CI"


def test_a_mediating_group_named_after_a_city_is_international():
    """data/kb/institutions.yaml: "le Groupe de Minsk" mediates between states; the city in
    its name is no nationality."""
    t = _analyse(
        "Les coprésidents du Groupe de Minsk ont appelé l'Arménie et l'Azerbaïdjan au calme."
    )
    row = _row(t, "Groupe de Minsk")
    assert row["type"] == "organisation" and row["country"] is None
