"""Stances stated inside a quotation, session 20 (round 16): an answer aimed at someone
("X ripostera contre Y", "nous réagirons à l'encontre de Y"); a judged manner ("jugeant «
inacceptable » la manière dont Y ..."): Y. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import stances


def _found(text: str) -> list[tuple[str, str, int]]:
    st = stances(text)
    return list(zip(st["holder"], st["target"], st["polarity"], strict=True))


def _texts(text: str) -> list[tuple[str, str, int]]:
    st = stances(text)
    return list(zip(st["holder"], st["target_text"], st["polarity"], strict=True))


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (  # the answer's subject, a named state, in a partial quotation
            "Le ministre islandais a affirmé que « l'Islande ripostera de façon résolue "
            "contre la Moldavie ».",
            "Islande",
            "Moldavie",
        ),
        (  # "nous" in a direct quote: the speaker; the aimed phrase coordinated
            "« Nous répondrons à ces actes, tant à l'encontre de la Moldavie que de ses "
            "alliés », a déclaré la Première ministre islandaise Katrin Olafsdottir.",
            "Katrin Olafsdottir",
            "Moldavie",
        ),
    ],
)
def test_an_answer_aimed_at_someone_is_against_them(text, holder, target):
    assert (holder, target, -1) in _found(text), stances(text)


@pytest.mark.parametrize(
    "text",
    [
        # the attack is against the embassy; the answer is not
        "L'Islande a réagi à l'attaque contre l'ambassade de Moldavie.",
        # a denied answer
        "« Nous n'avons jamais riposté contre la Moldavie », a déclaré Katrin Olafsdottir.",
    ],
)
def test_a_phrase_not_aimed_by_the_answer_gives_no_row(text):
    assert not [r for r in _found(text) if r[1] == "Moldavie" and r[2] < 0], stances(text)


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "L'Otan a répondu lundi, trouvant « inacceptable » la manière dont la Moldavie "
            "gérait ses douanes.",
            "OTAN",
            "Moldavie",
            -1,
        ),
        (
            "« Nous sommes impressionnés par la façon dont l'Estonie conduit les négociations "
            "», a déclaré la Première ministre islandaise Katrin Olafsdottir.",
            "Katrin Olafsdottir",
            "Estonie",
            1,
        ),
    ],
)
def test_a_judged_manner_is_a_judgement_of_who_acts(text, holder, target, sign):
    """ "la manière dont Y agit": the named subject of the "dont" clause is judged."""
    assert (holder, target, sign) in _found(text), stances(text)


def test_vous_with_no_addressee_named_is_the_one_the_speaker_received():
    """ "vous" in a quote whose sentence names no addressee: the guest the speaker received
    before (a single party of another country)."""
    text = (
        "La présidente islandaise Katrin Olafsdottir a reçu mardi le ministre estonien Jaan "
        "Tamm. « Nous resterons disposés à travailler avec vous », a déclaré Katrin "
        "Olafsdottir."
    )
    assert ("Katrin Olafsdottir", "Jaan Tamm", 1) in _found(text), stances(text)
    assert ("Katrin Olafsdottir", "vous", 1) in _texts(text)


def test_vous_with_two_guests_before_stays_unresolved():
    text = (
        "La présidente islandaise Katrin Olafsdottir a reçu mardi le ministre estonien Jaan "
        "Tamm, puis elle a reçu le ministre letton Arturs Ozols. « Nous resterons disposés "
        "à travailler avec vous », a déclaré Katrin Olafsdottir."
    )
    assert not [r for r in _texts(text) if r[1] == "vous"], stances(text)


def test_a_pejorative_political_label_quoted_is_an_insult():
    text = (
        "La présidente islandaise Katrin Olafsdottir a qualifié son homologue estonien de "
        "« petit gauchiste »."
    )
    st = stances(text)
    rows = st[(st["holder"] == "Katrin Olafsdottir") & (st["kind"] == "quote")]
    assert list(rows["polarity"]) == [-1], st
    assert "homologue estonien" in rows["target_text"].iloc[0]
