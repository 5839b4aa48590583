"""Actors on real-press constructions (issue 15), each rule on invented snippets.

Offices of a state (présidence, diplomatie, ministère des Affaires étrangères, the seats of
data/kb/institutions.yaml) are organisations with their state's country, one identity per
state and office; the state itself stays an actor where it is named.
"""

from __future__ import annotations

from tests.helpers import run_steps


def _analyse(text: str) -> dict:
    return run_steps(text, steps=["actors"], publication=None).tables


def _row(tables: dict, name: str) -> dict:
    a = tables["actors"]
    hit = a[a["name"] == name]
    assert len(hit) == 1, f"{name!r} not found once in {list(a['name'])}"
    return hit.iloc[0].to_dict()


def _with_alias(tables: dict, alias: str) -> list[dict]:
    a = tables["actors"]
    return [r for r in a.to_dict("records") if alias in r["aliases"].split("; ")]


def test_a_presidency_is_an_organisation_of_its_state():
    """ "a indiqué la présidence tchadienne": the office speaks, an organisation (TD); the
    state named elsewhere stays a state."""
    for text, name, iso in (
        (
            " date 2022-05-10 Le Tchad a rappelé son ambassadeur, a indiqué la présidence "
            "tchadienne dans un communiqué.",
            "présidence tchadienne",
            "TD",
        ),
        (
            " date 2022-05-10 La présidence finlandaise a salué mardi l'accord signé par la "
            "Finlande et l'Estonie.",
            "présidence finlandaise",
            "FI",
        ),
    ):
        t = _analyse(text)
        row = _row(t, name)
        assert (row["type"], row["country"]) == ("organisation", iso)
        states = t["actors"][t["actors"]["type"] == "state"]
        assert iso in set(states["country"]), list(t["actors"]["name"])


def test_a_seat_and_its_office_are_one_organisation():
    """ "l'Élysée" and "la Présidence française" are one actor, an organisation (FR), not
    the state France; "le Kremlin" is the Russian presidency."""
    t = _analyse(
        " date 2022-05-10 Le président Paul Durand se rendra au Portugal, a annoncé l'Élysée. "
        "« Ce voyage renforcera nos liens », a déclaré la Présidence française."
    )
    rows = _with_alias(t, "Élysée")
    assert len(rows) == 1 and "Présidence française" in rows[0]["aliases"].split("; ")
    assert (rows[0]["type"], rows[0]["country"]) == ("organisation", "FR")
    t = _analyse(" date 2022-05-10 Le Kremlin a salué mardi la visite d'Aino Virtanen.")
    assert (_row(t, "Kremlin")["type"], _row(t, "Kremlin")["country"]) == ("organisation", "RU")


def test_a_foreign_ministry_named_three_ways_is_one_organisation():
    """ "la diplomatie belge", "les Affaires étrangères belges", "les Affaires étrangères du
    royaume" and "le ministère belge des Affaires étrangères" name one ministry (BE)."""
    t = _analyse(
        " date 2022-05-10 La Belgique a protesté mardi. La diplomatie belge « regrette » la "
        "décision, selon le ministère belge des Affaires étrangères. Le texte des Affaires "
        "étrangères belges a été publié le soir. « Nous restons ouverts », conclut les "
        "Affaires étrangères du royaume."
    )
    rows = _with_alias(t, "diplomatie belge")
    assert len(rows) == 1
    aliases = set(rows[0]["aliases"].split("; "))
    assert {
        "ministère belge des Affaires étrangères",
        "Affaires étrangères belges",
        "Affaires étrangères du royaume",
    } <= aliases, aliases
    assert (rows[0]["type"], rows[0]["country"]) == ("organisation", "BE")
    assert _row(t, "Belgique")["type"] == "state"


def test_the_title_of_several_ministers_names_no_office():
    """ "Les chefs de la diplomatie estonienne et lettone": a title of two persons, not the
    ministries (the phrase names the states, as before)."""
    t = _analyse(
        " date 2022-05-10 Les chefs de la diplomatie estonienne et lettone se sont rencontrés "
        "mardi à Riga."
    )
    assert [r["type"] for r in _with_alias(t, "diplomatie estonienne")] == ["state"]
    assert not (t["actors"]["type"] == "organisation").any(), list(t["actors"]["name"])


def test_an_international_body_name_inside_a_national_one():
    """ "le Haut Conseil de sécurité nigérien" is a national council (NE), not the UN
    Security Council; nor is "le Conseil de sécurité tchadien"."""
    t = _analyse(
        " date 2022-05-10 La décision a été prise lors d'une réunion du Haut Conseil de "
        "sécurité nigérien présidée par le chef de l'État."
    )
    assert "Conseil de sécurité de l'ONU" not in set(t["actors"]["name"])
    assert _row(t, "Haut Conseil de sécurité nigérien")["country"] == "NE"
    t = _analyse(" date 2022-05-10 Le Conseil de sécurité tchadien s'est réuni mardi à N'Djamena.")
    assert "Conseil de sécurité de l'ONU" not in set(t["actors"]["name"])


def test_a_medium_named_with_a_country_is_no_alias_of_the_state():
    """ "le site 24H Tunisie": "24H" is part of the name, not a lowercase cue, so "Tunisie"
    alone is no alias of the medium (nor a duplicate of the state)."""
    t = _analyse(
        " date 2022-05-10 La Tunisie a protesté. Le site d'information 24H Tunisie a estimé "
        "que la décision était « injuste »."
    )
    rows = _with_alias(t, "Tunisie")
    assert [r["type"] for r in rows] == ["state"], rows


def test_a_state_after_a_noun_of_attitude_is_an_actor():
    """ "la disponibilité de la Finlande à fournir ...": the state holds the attitude."""
    t = _analyse(
        " date 2022-05-10 Aino Virtanen a rappelé la disponibilité de la Finlande à fournir "
        "une aide à l'Estonie."
    )
    assert "Finlande" in set(t["actors"]["name"])


def test_the_head_of_state_is_the_person_titled_president():
    """ "Le chef de l'État" refers back to the one person titled "président" (two titles of
    one office); with two presidents named it stays unlinked."""
    t = _analyse(
        " date 2022-05-10 Le président ghanéen Kofi Mensah est arrivé mardi à Lomé. Le chef "
        "de l'État a salué un « partenariat ancien »."
    )
    assert "chef de l'État" in _row(t, "Kofi Mensah")["roles"].split("; ")
    t = _analyse(
        " date 2022-05-10 Le président ghanéen Kofi Mensah a reçu le président Paul Ekué. "
        "Le chef de l'État a salué un « partenariat ancien »."
    )
    roles = [r for r in t["actors"]["roles"] if "chef de l'État" in r.split("; ")]
    assert not roles, list(t["actors"]["roles"])


def test_a_description_before_its_holder_skips_an_unrelated_person():
    """ "Joana Pereira a annoncé que le ministre finlandais arrivera ... Aino Virtanen": the
    description, subject of its clause, names the next person who may hold it, not a person
    named before in its own sentence; an object ("ne rencontrera pas le ministre
    finlandais") names nobody named after it."""
    t = _analyse(
        " date 2022-05-10 Joana Pereira a annoncé mardi que le ministre finlandais arrivera "
        "jeudi à Lisbonne. Aino Virtanen visitera le port avec des industriels."
    )
    row = _row(t, "Aino Virtanen")
    assert row["country"] == "FI" and "ministre finlandais" in row["roles"]
    assert "ministre finlandais" not in _row(t, "Joana Pereira")["roles"]
    t = _analyse(
        " date 2022-05-10 Joana Pereira ne rencontrera pas le ministre finlandais à Lisbonne. "
        "Aino Virtanen visitera le port avec des industriels."
    )
    assert "ministre finlandais" not in _row(t, "Aino Virtanen")["roles"]


def test_a_plural_title_is_shared_out_over_a_list():
    """ "les ministres de l'Économie, A, et de l'Intérieur, B", "les Premiers ministres
    ivoirien, A, et sénégalais, B", "les chefs de la diplomatie estonienne, A, et lettone,
    B": each name takes the title in the singular with its own complement."""
    cases = (
        (
            "Les ministres de l'Économie, Jean Dupont, et de l'Intérieur, Paul Martin, se "
            "sont rendus mardi à Lisbonne.",
            {"Jean Dupont": "ministre de l'Économie", "Paul Martin": "ministre de l'Intérieur"},
        ),
        (
            "Les Premiers ministres ivoirien, Amadou Koné, et sénégalais, Moussa Diop, ont "
            "signé un accord.",
            {
                "Amadou Koné": "Premier ministre ivoirien",
                "Moussa Diop": "Premier ministre sénégalais",
            },
        ),
        (
            "Il a reçu les chefs de la diplomatie estonienne, Kati Tamm, et lettone, Janis "
            "Ozols, mardi.",
            {
                "Kati Tamm": "chef de la diplomatie estonienne",
                "Janis Ozols": "chef de la diplomatie lettone",
            },
        ),
    )
    for text, expected in cases:
        t = _analyse(" date 2022-05-10 " + text)
        for name, role in expected.items():
            assert role in _row(t, name)["roles"].split("; "), (name, _row(t, name)["roles"])
    t = _analyse(" date 2022-05-10 Jean Dupont, Paul Martin et Claire Dubois ont signé.")
    assert set(t["actors"]["roles"]) == {""}


def test_a_bilateral_relation_names_both_states():
    """ "les relations franco-marocaines", "le rapprochement sino-russe": both states are
    actors; "le conflit israélo-palestinien" is a topic."""
    t = _analyse(" date 2022-05-10 Les relations franco-marocaines se sont réchauffées mardi.")
    assert {"France", "Maroc"} <= set(t["actors"]["name"]), list(t["actors"]["name"])
    t = _analyse(
        " date 2022-05-10 Le rapprochement sino-russe inquiète les experts. Le conflit "
        "israélo-palestinien dure depuis des décennies."
    )
    names = set(t["actors"]["name"])
    assert {"Chine", "Russie"} <= names and not names & {"Israël", "Palestine"}, names


def test_a_person_takes_the_country_of_a_national_body_in_the_sentence():
    """No state acts in the sentence, a national body does: "une réunion du Haut Conseil de
    sécurité nigérien présidée par le président X" (not the first state of the paragraph)."""
    t = _analyse(
        " date 2022-05-10 Le traité franco-nigérien prévoyait une coopération. L'annonce a "
        "été faite à l'issue d'une réunion du Haut Conseil de sécurité nigérien présidée par "
        "le président Issa Maïga."
    )
    assert _row(t, "Issa Maïga")["country"] == "NE"


def test_the_venue_of_a_visit_gives_no_country_to_the_visitor():
    """ "depuis le voyage à Lisbonne de l'ex-président X": Lisbon is where X went; with
    nothing stated, X takes the country the article is about, not Portugal."""
    t = _analyse(
        " date 2022-05-10 La Finlande et l'Estonie ont signé un accord. La Finlande veut "
        "aller plus loin.\n\nC'est une première depuis le voyage à Lisbonne de l'ex-président "
        "Mikko Laine, en 2008."
    )
    assert _row(t, "Mikko Laine")["country"] == "FI"


def test_la_ministre_is_not_a_man_titled_le_ministre():
    """ "Le ministre finlandais Mikko Laine ... La ministre finlandaise": the determiners
    state two genders, so the description is not his; a woman with the title is linked."""
    t = _analyse(
        " date 2022-05-10 Le ministre finlandais Mikko Laine est arrivé mardi à Lisbonne. "
        "La ministre finlandaise a visité le port."
    )
    assert "ministre finlandaise" not in _row(t, "Mikko Laine")["roles"]
    t = _analyse(
        " date 2022-05-10 La ministre finlandaise Aino Virtanen est arrivée mardi à "
        "Lisbonne. La ministre finlandaise a visité le port."
    )
    assert "ministre finlandaise" in _row(t, "Aino Virtanen")["roles"].split("; ")
