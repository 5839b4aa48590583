"""Bodies and their countries (issue 15, session 12): a body's short form is the body named
before it, a ministry named without its state is the state acting in its sentence, a
country between a title and a name is no part of the name. Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


def test_a_capitalised_head_noun_is_the_body_named_in_full_before():
    t = _analyse(
        "La Commission européenne a proposé un plan. La Commission a précisé que le texte "
        "serait voté en juin."
    )
    assert _names(t) == ["Commission européenne"]
    assert _row(t, "Commission européenne")["country"] is None
    t = _analyse(
        "L'Union africaine a suspendu le Niger. L'Union a exigé un retour à l'ordre "
        "constitutionnel."
    )
    assert "Union" not in _names(t)
    assert "Union" in _row(t, "Union africaine")["aliases"].split("; ")
    t = _analyse("La Banque mondiale a prêté 2 milliards. La Banque a précisé ses conditions.")
    assert _names(t) == ["Banque mondiale"]


def test_a_head_noun_shared_by_two_bodies_stays_apart():
    t = _analyse(
        "Le Conseil de sécurité s'est réuni lundi. Le Conseil européen aussi. Le Conseil a "
        "adopté une résolution."
    )
    assert "Conseil" in _names(t)


def test_a_ministry_named_without_its_state_is_the_state_acting_before_it():
    t = _analyse(
        "Le Japon a protesté auprès de Pékin après l'incident, a déclaré le ministère des "
        "Affaires étrangères."
    )
    assert _row(t, "ministère des Affaires étrangères")["country"] == "JP"
    t = _analyse(
        "Le Chili a convoqué l'ambassadeur de Bolivie à Santiago, a indiqué le ministère de "
        "l'Intérieur dans un communiqué."
    )
    assert _row(t, "ministère de l'Intérieur")["country"] == "CL"


def test_the_group_of_seven_under_its_french_names():
    t = _analyse("Les ministres du Groupe des Sept se sont réunis. La Chine a critiqué le G-7.")
    assert _row(t, "G7")["country"] is None
    assert "G-7" in _row(t, "G7")["aliases"].split("; ")


def test_a_country_between_a_title_and_a_name_is_no_part_of_the_name():
    t = _analyse(
        "Le haut représentant de l'Union européenne pour la Libye Jean Durandal a présenté "
        "son plan mardi."
    )
    assert "Jean Durandal" in _names(t)
    t = _analyse("L'ambassadeur du Japon en Inde Kenji Morita a présenté ses lettres lundi.")
    assert "Kenji Morita" in _names(t)


def test_the_state_where_a_states_own_envoy_is_posted_is_a_party():
    t = _analyse("La Bolivie a rappelé lundi son ambassadeur en Argentine après une querelle.")
    assert _row(t, "Argentine")["type"] == "state"
    assert int(_row(t, "Argentine")["protagonist_rank"]) == 0  # a party, never acting
    t = _analyse("Le Togo a rappelé pour consultations ses diplomates au Ghana.")
    assert "Ghana" in _names(t)
    # a visit's destination is the host, a party of the story (session 25: held-out core
    # recall and precision rose when the host became a row; tests/test_actors_act25.py)
    t = _analyse("Le président a effectué une visite éclair au Cameroun mardi.")
    assert "Cameroun" in _names(t)
    t = _analyse("Le ministre a passé ses vacances en Italie.")
    assert "Italie" not in _names(t)


def test_a_ministry_named_by_its_portfolio_alone_is_the_states_named_before():
    t = _analyse(
        "Le ministère iranien des Affaires étrangères a convoqué l'ambassadeur. Le ministère "
        "des Affaires étrangères a ajouté que la décision était prise."
    )
    assert _names(t) == ["ministère iranien des Affaires étrangères"]
    t = _analyse(
        "Le ministère iranien des Affaires étrangères a convoqué l'ambassadeur. Le ministère "
        "français des Affaires étrangères a protesté. Le ministère des Affaires étrangères a "
        "ajouté que la décision était prise."
    )
    assert "ministère des Affaires étrangères" in _names(t)  # two states': no guess


def test_a_presidential_palace_names_the_presidency_and_its_host_the_president():
    t = _analyse(
        "L'hôte du palais de Carthage a reçu mardi le ministre Paul Kouadio. Karim Belhadj a "
        "salué les liens entre les deux pays."
    )
    assert _row(t, "Karim Belhadj")["country"] == "TN"
    assert "hôte du palais de Carthage" in _row(t, "Karim Belhadj")["roles"]
    t = _analyse("Le palais d'El Mouradia a annoncé la visite du ministre.")
    assert _row(t, "palais d'El Mouradia")["country"] == "DZ"


def test_the_zionist_entity_is_israel():
    """A periphrasis of some governments' communiqués: the state it names, not a body."""
    t = _analyse("La Jordanie a convoqué l'ambassadeur. Téhéran accuse l'entité sioniste.")
    assert _row(t, "Israël")["type"] == "state"
    assert "entité sioniste" in _row(t, "Israël")["aliases"].split("; ")


def test_a_capitalised_title_with_a_hyphenated_adjective_is_no_name():
    t = _analyse(
        "Au retour de sa tournée, le Président bissau-guinéen, Amadou Tcham, a reçu la "
        "presse. La diplomatie bissau-guinéenne a protesté."
    )
    assert "Président bissau-guinéen" not in _names(t)
    assert _row(t, "Amadou Tcham")["country"] == "GW"
    assert _row(t, "diplomatie bissau-guinéenne")["country"] == "GW"
    assert _row(t, "Amadou Tcham")["roles"].startswith("Président bissau-guinéen")


def test_a_capitalised_portfolio_after_a_title_and_its_adjective_is_no_body():
    t = _analyse(
        "Mardi, le ministre camerounais des Relations Extérieures, Ebo Mvondo, a convoqué "
        "l'ambassadeur du Tchad."
    )
    assert "Relations Extérieures" not in _names(t)
    assert _row(t, "Ebo Mvondo")["country"] == "CM"
    t = _analyse(
        "Le ministre bissau-guinéen des Affaires Étrangères, Ebo Mvondo, a convoqué "
        "l'ambassadeur du Tchad."
    )
    assert "Affaires Étrangères" not in _names(t)
    assert _row(t, "Ebo Mvondo")["country"] == "GW"


def test_a_role_on_a_bare_body_noun_is_of_the_body_named_before():
    t = _analyse(
        "Le ministère ghanéen de l'Intérieur a réagi. Le Togo a fermé sa frontière avec le "
        "Ghana, a regretté le porte-parole du ministère, Kofi Mensah."
    )
    assert _row(t, "Kofi Mensah")["country"] == "GH"


def test_an_acronym_in_a_role_is_no_city():
    t = _analyse(
        "L'Inde a protesté auprès de Dhaka. « Nous avons enregistré notre protestation », a "
        "déclaré Ravi Kumar, porte-parole du MEA."
    )
    assert _row(t, "Ravi Kumar")["country"] == "IN"


def test_the_receiving_state_of_coordinated_nouns_of_giving_is_a_party():
    t = _analyse(
        "Le président a prié son homologue de régler la gestion ou la restitution des îles "
        "Vertes à Madagascar."
    )
    assert "Madagascar" in _names(t)
    t = _analyse("Le président a évoqué la gestion des îles Vertes à Madagascar.")
    assert "Madagascar" not in _names(t)


def test_former_leaders_of_the_knowledge_base_keep_their_country_beside_another_state():
    t = _analyse(
        "La Colombie a réaffirmé sa reconnaissance du « président Juan Guaido ». L'Inde "
        "critique le soulèvement qui a contraint le gouvernement de Sheikh Hasina à partir."
    )
    assert _row(t, "Juan Guaido")["country"] == "VE"
    assert _row(t, "Sheikh Hasina")["country"] == "BD"


def test_african_conferences_and_blocs_under_their_usual_french_names():
    t = _analyse(
        "Le Maroc ne participera pas à la TICAD, une conférence qui se tient à Tunis, a "
        "annoncé Rabat."
    )
    assert _row(t, "TICAD")["country"] == "JP"
    t = _analyse(
        "Pour le gouvernement camerounais, ces expulsions violent les règles de la Communauté "
        "économique des États d’Afrique centrale (CEEAC)."
    )
    assert _row(t, "CEEAC")["country"] is None
    assert "Communauté économique des États d’Afrique" not in _names(t)


def test_iranian_news_agencies_are_iranian_media():
    t = _analyse(
        "Selon l'agence de presse ABNA, le porte-parole du ministère qatari des Affaires "
        "étrangères a condamné l'attaque américaine. Selon Tasnim, Téhéran a protesté."
    )
    assert _row(t, "ABNA")["country"] == "IR"
    assert _row(t, "Tasnim")["type"] == "media"


def test_a_thing_sent_after_a_named_addressee_is_no_role():
    t = _analyse(
        "La ministre enverra au président kényan, Amos Kibet, une lettre sur la crise avec "
        "le Soudan."
    )
    assert _row(t, "Amos Kibet")["roles"] == "président kényan"
    assert _row(t, "Amos Kibet")["country"] == "KE"
    t = _analyse("Amos Kibet, romancier kényan, a parlé.")
    assert _row(t, "Amos Kibet")["roles"] == "romancier kényan"


def test_a_foreign_minister_description_is_not_the_president_named_before():
    t = _analyse(
        "Au retour de sa tournée, le président ivoirien, Amadou Tcham, a reçu la presse. "
        "« Nous attendons des excuses », a déclaré le chef de la diplomatie ivoirienne."
    )
    assert _row(t, "Amadou Tcham")["roles"] == "président ivoirien"
    t = _analyse(
        "Le chef de la diplomatie ivoirienne, Koffi Yao, est arrivé à Accra. Le chef de la "
        "diplomatie ivoirienne a salué l'accueil."
    )
    assert _row(t, "Koffi Yao")["mentions"] == 2


def test_a_byline_closing_its_line_is_no_actor():
    t = _analyse(
        "Le Caire a protesté mardi, a indiqué le ministère égyptien des Affaires étrangères."
        "Par Karim Salem\n\nLes propos du ministre ont choqué."
    )
    assert "Karim Salem" not in _names(t)
    t = _analyse("Le texte a été adopté par Karim Salem.")
    assert "Karim Salem" in _names(t)


def test_a_people_named_only_as_a_noun_complement_is_no_actor():
    t = _analyse("Nul ne mettra en danger la sécurité de la Jordanie et des Jordaniens.")
    assert "Jordaniens" not in _names(t)
    t = _analyse("Il a critiqué l'opinion de certains Japonais sur la sécurité.")
    assert "Japonais" not in _names(t)
    t = _analyse("La majorité des Palestiniens soutient la résolution.")
    assert "Palestiniens" in _names(t)
    t = _analyse("Les Israéliens ont manifesté à Tel-Aviv.")
    assert "Israéliens" in _names(t)


def test_one_name_after_a_definite_article_is_no_person():
    t = _analyse("L'armée arménienne a occupé le Karabakh en 1991, selon Bakou.")
    assert "Karabakh" not in _names(t)
    t = _analyse("Le président Ilham Aliev a reçu Pachinian à Bakou.")
    assert _row(t, "Ilham Aliev")["type"] == "person"
