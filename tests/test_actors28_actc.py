"""Round 24 (session 28) rules of actors' identities, countries and roles, on invented
snippets from several regions.

* a person named by an initial and a surname ("K. Asante") after the full name ("Kwame
  Asante") is that person, not a second one that may take another country from the context;
* a ministry's portfolio naming the people it serves abroad ("ministre ... et des Maliens de
  l'extérieur") states the title's country, as the ministry's own name;
* a continental adjective qualifying a portfolio ("de l'Intégration africaine") is a
  portfolio, not a supranational office: the title's holder still takes a country;
* an apposition opened by an adverb of time ("X, alors ministre de ...", "Y, désormais
  porte-parole ...") gives its role like a bare apposition;
* an adjective used as a noun between a determiner and a name ("la travailliste X", "le
  social-démocrate Y": a party's member) is the name's title, as a common noun is;
* "dans la ville de X": the city after a settlement's noun is a venue, which gives a body
  named there its country;
* knowledge base: demonyms and seats of government the press of other regions writes
  ("rd-congolais", "malawien", Juba, Port-Soudan);
* "le ministre (d'État) aux Affaires étrangères" is the foreign minister's office, as "des
  Affaires étrangères" is: "le chef de la diplomatie x-ienne" takes that person up;
* "le chancelier argentin / brésilien" is a foreign minister (Spanish "canciller",
  Portuguese "chanceler"), "le chancelier allemand" a head of government;
* the civilities written out ("Madame X", "Son Excellence Monsieur Y") are no part of the
  name, as "Mme" and "M." are not.
"""

from __future__ import annotations

from tests.helpers import actors_with_roles as _actors


def test_an_initial_and_a_surname_is_the_person_named_in_full_before() -> None:
    got = _actors(
        "Le président ghanéen Kwame Asante s'est rendu au Togo. A Lomé, K. Asante s'est "
        "entretenu avec le Premier ministre. Les deux dirigeants togolais ont salué la visite."
    )
    assert [n for n in got if "Asante" in n] == ["Kwame Asante"], got
    assert got["Kwame Asante"][0] == "GH", got
    got = _actors(
        "Le Premier ministre Jean-Baptiste Nguema a reçu mardi le ministre gabonais. Selon "
        "J.-B. Nguema, la relation est solide."
    )
    assert [n for n in got if "Nguema" in n] == ["Jean-Baptiste Nguema"], got


def test_an_initial_shared_by_two_full_names_decides_nothing() -> None:
    got = _actors(
        "Le ministre Paul Mensah et son collègue Peter Mensah se sont rencontrés. P. Mensah "
        "a salué la rencontre."
    )
    assert {"Paul Mensah", "Peter Mensah"} <= set(got), got


def test_a_portfolio_naming_a_people_abroad_states_the_country() -> None:
    got = _actors(
        "Le ministre des Affaires étrangères, de l'Intégration et des Maliens établis à "
        "l'extérieur, Abdou Keita, a reçu l'ambassadeur du Japon."
    )
    assert got["Abdou Keita"][0] == "ML", got
    got = _actors(
        "La ministre de l'Intégration africaine, de la Jeunesse et des Burkinabè de "
        "l'extérieur, Awa Ouédraogo, a reçu l'ambassadeur du Japon."
    )
    assert got["Awa Ouédraogo"][0] == "BF", got
    got = _actors(
        "Le ministère des Affaires étrangères et des Sénégalais de l'extérieur a annoncé "
        "mardi la fermeture de l'ambassade."
    )
    assert next(c for n, (c, _) in got.items() if n.startswith("ministère")) == "SN", got


def test_a_continental_portfolio_is_no_supranational_office() -> None:
    got = _actors(
        "La ministre de l'Intégration africaine, Awa Sy, a reçu mardi à Dakar l'ambassadeur "
        "du Japon. Le Sénégal a salué le geste."
    )
    assert got["Awa Sy"][0] == "SN", got
    got = _actors("L'envoyé africain pour la paix, Joao Lopes, a rencontré le président gabonais.")
    assert got["Joao Lopes"][0] is None, got


def test_an_apposition_opened_by_an_adverb_of_time_gives_its_role() -> None:
    got = _actors("Jean Koné, alors ministre de la Défense, avait signé l'accord avec le Mali.")
    assert got["Jean Koné"][1] == ["ministre de la Défense"], got
    got = _actors(
        "Maria Lopes, désormais porte-parole du gouvernement angolais, a répondu aux questions."
    )
    assert got["Maria Lopes"] == ("AO", ["porte-parole du gouvernement angolais"]), got
    got = _actors("Kenji Mori, à l'époque ambassadeur du Japon à Pékin, avait été rappelé.")
    assert got["Kenji Mori"][1] == ["ambassadeur du Japon à Pékin"], got


def test_an_adverb_of_time_before_a_clause_gives_no_role() -> None:
    got = _actors("Nadia Saleh, alors que la crise s'aggravait, a appelé au calme.")
    assert got["Nadia Saleh"][1] == [], got


def test_an_adjective_used_as_a_noun_before_a_name_is_its_title() -> None:
    got = _actors("La travailliste Emma Jones a interpellé le gouvernement britannique.")
    assert got["Emma Jones"][1] == ["travailliste"], got
    got = _actors("Le social-démocrate Lars Berg a remporté les élections en Suède.")
    assert got["Lars Berg"][1] == ["social-démocrate"], got


def test_an_adjective_qualifying_a_name_is_no_title() -> None:
    got = _actors("Le jeune Paul Marc a parlé devant les étudiants de Dakar.")
    assert got["Paul Marc"][1] == [], got


def test_a_city_after_a_settlement_noun_is_the_venue_of_a_body() -> None:
    got = _actors(
        "Le ministre ghanéen de la Défense parlera à l'Institut de stratégie de "
        "l'Université Kofi Annan dans la ville de Kumasi. Il se rendra plus tard au Togo."
    )
    assert got["Institut de stratégie"][0] == "GH", got


def test_demonyms_and_seats_of_government_of_other_regions() -> None:
    got = _actors(
        "Le président rd-congolais Jean Mwamba a accusé le Rwanda de soutenir les rebelles."
    )
    assert got["Jean Mwamba"][0] == "CD", got
    got = _actors("Le ministre malawien des Affaires étrangères, Peter Banda, a parlé.")
    assert got["Peter Banda"][0] == "MW", got
    got = _actors("Juba a rejeté les accusations. Port-Soudan a accusé Abou Dhabi.")
    assert {"Soudan du Sud", "Soudan"} <= set(got), got


def test_the_foreign_minister_aux_affaires_etrangeres_holds_the_diplomacy() -> None:
    got = _actors(
        "Le chef de la diplomatie omanaise ira samedi à Téhéran, a annoncé le ministère "
        "omanais. Le ministre d'État aux Affaires étrangères Salim ben Nasser se rend samedi "
        "en Iran, a indiqué le ministère."
    )
    assert got["Salim ben Nasser"][0] == "OM", got
    assert not any(n.startswith("chef de la diplomatie") for n in got), got
    got = _actors(
        "La ministre aux Affaires étrangères, Awa Ndiaye, a reçu l'ambassadeur. La cheffe "
        "de la diplomatie sénégalaise a salué la coopération."
    )
    assert got["Awa Ndiaye"][0] == "SN", got


def test_a_latin_american_chancellor_heads_the_diplomacy() -> None:
    got = _actors(
        "Le chancelier argentin, Diego Ferrer, a rencontré son homologue chilien à Santiago. "
        "Le chef de la diplomatie argentine a salué un accord."
    )
    assert got["Diego Ferrer"][1] == ["chancelier argentin", "chef de la diplomatie argentine"]
    assert len([n for n in got if n.startswith("chef")]) == 0, got
    got = _actors(
        "Le ministre vénézuélien des Affaires étrangères, Yvan Mora, a dénoncé les sanctions. "
        "Le chancelier vénézuélien a ajouté que Caracas ne céderait pas."
    )
    assert len(got["Yvan Mora"][1]) == 2, got


def test_a_german_chancellor_still_heads_the_government() -> None:
    got = _actors(
        "Le chancelier allemand Hans Becker a reçu le président polonais. Le chef du "
        "gouvernement allemand a promis une aide."
    )
    assert got["Hans Becker"][1] == ["chancelier allemand", "chef du gouvernement allemand"]


def test_a_civility_written_out_is_no_part_of_the_name() -> None:
    got = _actors("Madame Awa Ndiaye, ministre sénégalaise de la Femme, a reçu les délégués.")
    assert got.get("Awa Ndiaye") == ("SN", ["ministre sénégalaise de la Femme"]), got
    got = _actors(
        "Son Excellence Monsieur Paul Biyoga, chef de l'État de la République du Cameroun, a "
        "reçu l'envoyé du Tchad."
    )
    assert "Paul Biyoga" in got, got
