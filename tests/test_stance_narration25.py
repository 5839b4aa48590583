"""Stances stated in the narration with no row on main, session 25 (stn): killings read with
their agent ("Y, tué par l'armée de X"), an act noun whose participle names its target before
its "par" agent ("les sanctions imposées à Y par X"), a relation noun whose epithet the tagger
reads as a verb ("X, ennemi juré de Y"), and a need stressed by a named holder ("X a insisté
sur la nécessité d'aboutir à Y"). Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # killings: the agent after a passive, or the active subject
        ("L'opposant Mamadou Barry a été tué par l'armée guinéenne.", "armée", "Barry", -1),
        (
            "Trente-deux Palestiniens ont été tués mardi par des soldats israéliens.",
            "soldats",
            "Palestiniens",
            -1,
        ),
        # the target before the "par" agent of an act noun's participle
        (
            "Les sanctions imposées à la Russie par l'Union européenne visent son économie.",
            "Union européenne",
            "Russie",
            -1,
        ),
        (
            "Les nouvelles sanctions infligées au Venezuela par les États-Unis pèsent.",
            "États-Unis",
            "Venezuela",
            -1,
        ),
        # a relation noun and an epithet tagged as a verb
        ("L'Iran, ennemi juré d'Israël, a répondu à Washington.", "Iran", "Israël", -1),
        ("Le Hamas est l'ennemi juré du Fatah depuis 2007.", "Hamas", "Fatah", -1),
        # a need stressed: for the clause after "de"
        (
            "Le ministre Ayoub Salem a insisté hier sur la nécessité d'aboutir à une solution "
            "à deux États.",
            "Salem",
            "solution à deux États",
            1,
        ),
        (
            "L'ambassadeur Paul Kanza a réaffirmé l'urgente nécessité d'envoyer une force "
            "internationale dans le pays.",
            "Kanza",
            "force internationale",
            1,
        ),
        ("Le ministre Paul Kanza a souligné l'urgence d'un cessez-le-feu.", "Kanza", "cessez", 1),
    ],
)
def test_narration_constructions(text: str, holder: str, target: str, sign: int) -> None:
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # a killing denied is no act
        ("Israël n'a pas tué le journaliste Samir Haddad.", "Israël", "Haddad"),
        # a locution between the participle and "par" names no target
        (
            "Les sanctions imposées à la suite de la répression par l'Union européenne "
            "visent la Biélorussie.",
            "Union européenne",
            "répression",
        ),
        # a need denied, or a need to end something
        (
            "Le ministre Paul Kanza n'a pas évoqué la nécessité d'un cessez-le-feu.",
            "Kanza",
            "cessez",
        ),
        (
            "Le ministre Paul Kanza a rappelé lundi la nécessité de mettre fin aux attaques.",
            "Kanza",
            "attaques",
        ),
    ],
)
def test_no_row(text: str, holder: str, target: str) -> None:
    assert rows(text, holder, target).empty
