"""Actors, round 19 (session 23): a title holder's name glued to the place or the state that
closes the title, with no comma between ("la députée de la Gaspésie Ann Lee", "la
vice-présidente de la République du Malawi Ann Lee"), is two names, not one; a minister's list
of portfolios after a title with no name is part of its role; scanned determiners ("Ieur")
and lone plural titles ("Présidents") are no names; an unnamed diplomat's title goes on over
the mission it serves in. Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actors_only as _analyse


def _actors(text: str):
    return _analyse(text)["actors"]


def _roles(text: str, name: str) -> str:
    t = _actors(text)
    return str(t.loc[t["name"] == name, "roles"].iloc[0])


def test_name_after_feminine_place_complement_is_a_person():
    text = (
        "C'est par une note de la députée de la Gaspésie Julie Dorval que l'on a su la "
        "décision d'Ottawa."
    )
    names = list(_actors(text)["name"])
    assert "Julie Dorval" in names, names
    assert "députée de la Gaspésie" in _roles(text, "Julie Dorval")


def test_feminine_article_of_a_subject_does_not_split():
    names = list(_actors("Selon la Sorvalta Lena Markova, la réunion a été reportée.")["name"])
    assert "Lena Markova" not in names, names


def test_name_after_a_state_form_complement_is_a_person():
    text = (
        "Le vice-président de la République du Malawi Koffi Adamé a effectué mardi une "
        "visite officielle de deux jours au Ghana."
    )
    t = _actors(text)
    assert "Koffi Adamé" in list(t["name"]), list(t["name"])
    assert "vice-président de la République du Malawi" in _roles(text, "Koffi Adamé")
    assert t.loc[t["name"] == "Koffi Adamé", "country"].iloc[0] == "MW"


def test_state_form_alone_is_still_the_state():
    t = _actors("La République du Malawi rappelle sa représentante à Accra.")
    assert "Malawi" in list(t["name"]), list(t["name"])


# --- a minister's list of portfolios after a title with no name --------------------------


def test_listed_portfolios_extend_a_linked_description():
    text = (
        "Ama Kofi a pris ses fonctions en mars. La ministre de l'Énergie, des Mines rurales "
        "et des Valdoriens expatriés vient de rappeler le consul."
    )
    roles = _roles(text, "Ama Kofi")
    assert "des Mines rurales et des Valdoriens expatriés" in roles, roles


def test_listed_portfolios_extend_an_unnamed_office():
    t = _actors(
        "Le président zambien a reçu mercredi le ministre togolais des mines, de l'énergie "
        "rurale et des togolais expatriés, qui séjourne à Lusaka."
    )
    roles = " ".join(map(str, t["roles"]))
    assert "de l'énergie rurale et des togolais expatriés" in roles, roles


def test_an_aside_after_a_title_is_no_portfolio():
    text = (
        "Ama Kofi a pris ses fonctions en mars. La ministre de l'Énergie, de passage à Dakar, "
        "a exprimé son inquiétude."
    )
    roles = _roles(text, "Ama Kofi")
    assert "passage" not in roles, roles


# --- determiners misread by character recognition ----------------------------------------


def test_scanned_determiner_is_no_name():
    names = list(_actors("Les deux présidents ont redit Ieur ferme volonté d'agir à Lomé.")["name"])
    assert "Ieur" not in names, names


# --- the plural of a title or of a body's head, alone, is no name -------------------------


def _finder(text: str):
    from analysis.extract.actors.finder import Finder
    from analysis.extract.actors.text import Text
    from tests.helpers import parse_snippet

    article, doc = parse_snippet(text, "2023-06-14")
    return Finder(Text.build(article, doc))


def _word(f, word: str) -> int:
    return next(k for k, w in enumerate(f.t.ws) if w.text == word)


def test_plural_title_or_body_head_alone_is_a_common_word():
    from analysis.extract.actors.rules.entities import common_word

    f = _finder("Les Centres culturels et les Présidents des deux pays ont reçu les Forces.")
    for word in ("Centres", "Présidents"):
        k = _word(f, word)
        assert common_word(f, k, k + 1), word
    k = _word(f, "Forces")  # a body named by a plural head
    assert not common_word(f, k, k + 1)


def test_civility_alone_at_the_end_is_no_person():
    names = list(_actors("« Les écoles doivent fermer », a tranché M.")["name"])
    assert names == [], names


# --- a diplomat's title closed by the mission of a state ----------------------------------


def test_title_closed_by_a_states_embassy_is_an_unnamed_holder():
    t = _actors(
        "Le ministre togolais de l'Intérieur a convoqué mardi l'attachée de l'ambassade "
        "d'Estonie à Lomé, faute d'ambassadeur."
    )
    row = t[t["name"].str.startswith("attachée")]
    assert len(row) == 1, list(t["name"])
    assert row["country"].iloc[0] == "EE"
    assert "de l'ambassade d'Estonie à Lomé" in row["aliases"].iloc[0]


def test_an_embassy_official_named_indefinitely_is_no_one():
    names = list(_actors("Le préfet togolais a reçu un employé du consulat de Suède.")["name"])
    assert not any("employé" in n for n in names), names


def test_a_state_acronym_is_read_in_capitals_only():
    """ "EAU" is the Emirates; a capitalised "Eau" (a body's name, a heading) is water."""
    for text in (
        "Le ministre a visité la station de l'Office de l'Eau à Bamako.",
        "Eau, routes : le gouvernement promet des investissements.",
    ):
        found = _analyse(text)["actors"]
        assert "AE" not in set(found["country"].dropna()), found
    found = _analyse("Les EAU et la RDC ont signé un accord.")["actors"]
    assert {"AE", "CD"} <= set(found["country"].dropna()), found
