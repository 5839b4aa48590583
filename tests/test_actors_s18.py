"""Actors, round 14 (session 18): the pieces of a title the tagger reads as a body's name
(a portfolio held for a state named after an elided "d'", a plural title written with a
capital), and capitalised common nouns of a kind of text, plan or body that name nothing
alone. Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actors_only as _analyse


def _names(text: str) -> list[str]:
    return list(_analyse(text)["actors"]["name"])


def _types(text: str) -> dict[str, str]:
    a = _analyse(text)["actors"]
    return dict(zip(a["name"], a["type"], strict=True))


# --- a portfolio and the state it is held for, after an elided "d'" -------------------------


def test_portfolio_of_a_state_after_elided_de_is_no_body():
    names = _names("Jeudi, la ministre des Affaires étrangères d'Irlande a jugé l'offre sérieuse.")
    assert not any("Affaires" in n for n in names), names
    assert "Irlande" in names


def test_portfolio_of_another_state_after_elided_de_is_no_body():
    names = _names("Lundi, le ministre des Affaires étrangères d'Ouzbékistan a visité Oslo.")
    assert not any("Affaires" in n for n in names), names
    names = _names("Hier, la ministre des Affaires étrangères d'Autriche a reçu son homologue.")
    assert not any("Affaires" in n for n in names), names


def test_a_ministry_named_with_its_state_stays_a_body():
    types = _types("Le Ministère des Affaires étrangères d'Irlande a publié une note lundi.")
    assert types.get("Ministère des Affaires étrangères d'Irlande") == "organisation", types


# --- a plural title with a capital and its portfolio ----------------------------------------


def test_capitalised_plural_title_with_portfolio_is_no_body():
    names = _names("Les Ministres de la Défense béninois et togolais ont signé un accord.")
    assert not any("Ministres" in n for n in names), names
    names = _names("Hier, les Ministres des Affaires étrangères islandais et danois se sont vus.")
    assert not any("Ministres" in n for n in names), names


def test_a_body_whose_name_starts_with_a_plural_noun_stays():
    types = _types("Reporters sans frontières a dénoncé l'arrestation de trois journalistes.")
    assert "Reporters sans frontières" in types, types


# --- capitalised nouns of a kind of text, plan or body, alone --------------------------------


def test_legal_texts_and_plans_alone_are_no_actor():
    names = _names("Le Mali invite les partis à agir dans le cadre de la Constitution.")
    assert names == ["Mali"], names
    names = _names("Le Ghana soutient le Plan de paix et la Charte régionale depuis mars.")
    assert names == ["Ghana"], names
    names = _names("Le Togo a salué l'Initiative de dialogue lancée en mai.")
    assert names == ["Togo"], names


def test_bare_generic_head_of_a_body_is_no_actor():
    names = _names("Le président a remercié le Parti et l'État cubains pour leur aide.")
    assert not any(n in ("Parti", "État") for n in names), names
    names = _names("Selon le Département fédéral des transports, le Japon a versé la somme.")
    assert "Département" not in names, names


def test_a_party_with_its_full_name_stays_an_actor():
    types = _types("Le Parti socialiste a critiqué la visite du ministre.")
    assert types.get("Parti socialiste") == "organisation", types
    types = _types("Le Rassemblement démocratique a dénoncé la visite du ministre.")
    assert types.get("Rassemblement démocratique") == "organisation", types


# --- a state's people as one body, when it acts ----------------------------------------------


def test_a_people_that_acts_is_a_group_of_its_country():
    t = _analyse("Le peuple malien a choisi la paix, a déclaré le président.")
    a = t["actors"].set_index("name")
    assert a.loc["peuple malien", "type"] == "group"
    assert a.loc["peuple malien", "country"] == "ML"
    t = _analyse("La nation ghanéenne rend hommage à ses soldats tombés.")
    assert t["actors"].set_index("name").loc["nation ghanéenne", "country"] == "GH"


def test_a_people_only_spoken_of_is_no_actor():
    names = _names("Le Tchad soutient le peuple soudanais dans sa lutte.")
    assert names == ["Tchad"], names
    names = _names("Les Nations unies ont condamné l'attaque contre le convoi.")
    assert not any(n.lower().startswith("nations") for n in names), names


# --- bodies of several states named by a compound nationality --------------------------------


def _country(text: str, name: str) -> object:
    return _analyse(text)["actors"].set_index("name").loc[name, "country"]


def test_a_body_of_two_states_has_no_country():
    assert (
        _country(
            "Le Conseil présidentiel ghanéo-togolais s'est réuni à Lomé.",
            "Conseil présidentiel ghanéo-togolais",
        )
        is None
    )
    assert (
        _country("Le Forum sino-africain s'est ouvert à Dakar mardi.", "Forum sino-africain")
        is None
    )


def test_a_hyphenated_nationality_of_one_state_keeps_its_country():
    assert (
        _country("Le Conseil national ghanéen s'est réuni à Accra.", "Conseil national ghanéen")
        == "GH"
    )
    assert (
        _country(
            "L'armée équato-guinéenne a fermé la frontière avec le Gabon.", "armée équato-guinéenne"
        )
        == "GQ"
    )
    t = _analyse("Les autorités équato-guinéennes ont convoqué le diplomate.")
    assert "Guinée équatoriale" in list(t["actors"]["name"])


# --- a national outlet's own officials ------------------------------------------------------

_QUARREL = (
    "Le Mali a accusé le Sénégal de complaisance envers les rebelles. Le Sénégal a répondu "
    "jeudi par un communiqué. {title}, Awa Ndoye, a dénoncé mardi les accusations du Mali."
)


def _from_outlet(url: str, body: str) -> dict[str, object]:
    from tests.helpers import run_steps

    text = f'---\ntitle: "Essai"\ndate: 2022-05-10\nsource: "Essai"\nurl: {url}\n---\n\n{body}\n'
    a = run_steps(text, steps=["actors"], publication=None).tables["actors"]
    return dict(zip(a["name"], a["country"], strict=True))


def test_outlet_domain_state():
    from analysis.extract.actors.home import outlet_state

    assert outlet_state("https://www.journal-essai.sn/politique/1") == "SN"
    assert outlet_state("https://nouvelles.exemple.co.uk/a") == "GB"
    assert outlet_state("https://www.exemple.com/a") is None
    assert outlet_state("https://chaine-exemple.tv/a") is None  # a domain sold for its letters
    assert outlet_state(None) is None


def test_an_unstated_official_of_a_national_outlet_is_of_its_state():
    body = _QUARREL.format(title="Le ministre des Affaires étrangères")
    assert _from_outlet("https://www.journal-essai.sn/a", body)["Awa Ndoye"] == "SN"
    body = (
        "La Guinée a accusé le Togo de complaisance. Le Togo a répondu jeudi par une note. "
        "La porte-parole du gouvernement, Ama Sossou, a jugé ces accusations infondées."
    )
    assert _from_outlet("https://journal-essai.tg/x", body)["Ama Sossou"] == "TG"


def test_outlet_state_only_for_a_current_official_of_an_acting_state():
    body = _QUARREL.format(title="Le ministre des Affaires étrangères")
    assert _from_outlet("https://www.journal-essai.com/a", body)["Awa Ndoye"] == "ML"
    assert _from_outlet("https://www.journal-essai.bj/a", body)["Awa Ndoye"] == "ML"
    body = _QUARREL.format(title="L'ancienne ministre des Affaires étrangères")
    assert _from_outlet("https://www.journal-essai.sn/a", body)["Awa Ndoye"] == "ML"


# --- the acronyms the press writes for states ------------------------------------------------


def test_state_acronyms_are_the_states():
    names = _names("La RCA a protesté contre les propos du ministre camerounais.")
    assert "Centrafrique" in names, names
    names = _names("La RCI et la RIM ont signé mardi un accord de pêche.")
    assert "Côte d'Ivoire" in names and "Mauritanie" in names, names
    names = _names("La RPDC a tiré un missile, selon Séoul.")
    assert "Corée du Nord" in names, names


def test_an_envoy_of_a_state_named_by_its_acronym_takes_its_country():
    t = _analyse("Paul Ngaba, conseiller de l'ambassade de RCA à Libreville, a été reçu.")
    assert t["actors"].set_index("name").loc["Paul Ngaba", "country"] == "CF"


def test_an_acronym_inside_a_longer_capitalised_name_is_no_state():
    names = _names("Le groupe RCA Records a signé un contrat avec un chanteur togolais.")
    assert "Centrafrique" not in names, names


# --- a state's diplomatic mission that acts or speaks ----------------------------------------


def test_an_embassy_that_speaks_is_an_organisation_of_its_state():
    t = _analyse("L'ambassade de Norvège à Accra a démenti ces informations mardi.")
    a = t["actors"].set_index("name")
    assert a.loc["ambassade de Norvège", "type"] == "organisation"
    assert a.loc["ambassade de Norvège", "country"] == "NO"
    t = _analyse("Selon le consulat du Pérou, trois visas ont été refusés.")
    assert t["actors"].set_index("name").loc["consulat du Pérou", "country"] == "PE"
    t = _analyse("L'ambassade russe a démenti ces informations.")
    assert t["actors"].set_index("name").loc["ambassade russe", "country"] == "RU"


def test_an_embassy_only_named_as_a_place_is_no_actor():
    names = _names("Des manifestants se sont rassemblés devant l'ambassade de Norvège à Accra.")
    assert not any("ambassade" in n for n in names), names


def test_an_embassy_complementing_another_noun_or_named_by_its_posting_is_no_actor():
    names = _names("Le déménagement de l'ambassade américaine a provoqué la colère de la Turquie.")
    assert not any("ambassade" in n for n in names), names
    names = _names("L'ambassade à Accra assure que les ressortissants norvégiens sont en sécurité.")
    assert not any("ambassade" in n for n in names), names
