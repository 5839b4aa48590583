"""Round 25 (session 29), wrong rows a reader would distrust: a refused wrong read as praise
of its author, and an official's reporting of others' hostility to his own state read as his
own hostility to it. Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import stances


def _rows(text: str) -> set[tuple[str, str, int]]:
    st = stances(text)
    return {(r["holder"], r["target"], r["polarity"]) for r in st.to_dict("records")}


def test_a_refused_wrong_stays_a_wrong_of_its_author() -> None:
    rows = _rows(
        "« La Bordurie ne tolérera pas que la Syldavie viole ses frontières et menace nos "
        "citoyens », a déclaré Karel Osmin."
    )
    assert ("Karel Osmin", "Syldavie", 1) not in rows
    assert ("Karel Osmin", "Syldavie", -1) in rows
    assert ("Karel Osmin", "Bordurie", 1) not in rows  # the refusing side is not judged
    rows = _rows(
        "« Notre pays ne permettra pas que la Syldavie viole et menace ses frontières », a "
        "répété Ivo Renk."
    )
    assert ("Ivo Renk", "Syldavie", 1) not in rows
    assert ("Ivo Renk", "Syldavie", -1) in rows


def test_a_denied_wrong_is_still_no_verdict() -> None:
    # a plain denial ("X ne menace pas") keeps its flip: no refusal verb above it
    rows = _rows("« La Syldavie ne menace personne », a assuré Karel Osmin.")
    assert ("Karel Osmin", "Syldavie", -1) not in rows


def test_an_official_reporting_threats_against_his_state_is_not_against_it() -> None:
    rows = _rows(
        "Dans une note, le porte-parole du ministère pakistanais de l'Intérieur, Omar Tariq, a "
        "soutenu que le ministre ostrovien avait nié les faits, formulé des accusations "
        "mensongères et proféré des menaces contre le Pakistan."
    )
    assert ("Omar Tariq", "Pakistan", -1) not in rows


def test_an_official_speaking_for_his_state_is_not_against_it() -> None:
    rows = _rows(
        "« Le Pakistan sera intransigeant face aux provocations », a déclaré le ministre "
        "pakistanais des Affaires étrangères, Omar Tariq."
    )
    assert ("Omar Tariq", "Pakistan", -1) not in rows


def test_an_officials_own_act_against_his_state_stays() -> None:
    rows = _rows(
        "Le ministre pakistanais des Affaires étrangères, Omar Tariq, a démissionné et a dénoncé "
        "la corruption du Pakistan."
    )
    assert any(h == "Omar Tariq" and p == -1 for h, _t, p in rows)


def test_an_officials_judgement_of_a_thing_stays() -> None:
    # no nationality in the title, a target that is no state: nothing to compare, kept
    rows = _rows(
        "Le Pakistan a réagi mardi. « Ces provocations sont inacceptables et dangereuses », a "
        "lancé le chef de la diplomatie, Omar Tariq."
    )
    assert any(h == "Omar Tariq" and p == -1 for h, _t, p in rows)
