"""Overtures in a speaker's words (session 13): being ready for, wanting, building, praising
or deeming necessary an exchange with a partner is a stance for the partner; a second-person
partner is the addressee (the speech verb's "à" complement or a vocative). Every snippet is
invented; each class is tested with other members than the one first seen."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # readiness
        (
            "« Nous sommes disposés à négocier avec le Soudan », a déclaré le ministre "
            "tchadien Ali Mahamat.",
            "Ali Mahamat",
            "Soudan",
        ),
        (
            "« Je suis ouvert au dialogue avec le Japon », a assuré le dirigeant nord-coréen "
            "Kim Sol.",
            "Kim Sol",
            "Japon",
        ),
        # wishes and building verbs, direct and reported speech
        (
            "« Nous souhaitons approfondir notre partenariat avec le Vietnam », a dit la "
            "ministre australienne Jane Cole.",
            "Jane Cole",
            "Vietnam",
        ),
        (
            "La présidente péruvienne Rosa Quispe a affirmé que son pays voulait rétablir ses "
            "relations avec le Mexique.",
            "Rosa Quispe",
            "Mexique",
        ),
        # necessity, impersonal
        (
            "« Il est essentiel de poursuivre le dialogue avec l'Iran », a estimé la ministre "
            "allemande Anna Weber.",
            "Anna Weber",
            "Iran",
        ),
        (
            "« Il faut reprendre les négociations avec la Chine », a jugé le ministre belge "
            "Marc Dumont.",
            "Marc Dumont",
            "Chine",
        ),
        # "entre A et B", A the speaker's state
        (
            "Le Premier ministre grec Nikos Pappas a souligné que « pour les liens entre la "
            "Grèce et la Turquie, il est nécessaire d'avoir un dialogue régulier ».",
            "Nikos Pappas",
            "Turquie",
        ),
        # praise of an exchange
        (
            "« Nous avons eu des entretiens fructueux avec le président sénégalais Macky "
            "Diallo », a déclaré le ministre malien Issa Traoré.",
            "Issa Traoré",
            "Macky Diallo",
        ),
        (
            "« J'ai eu une excellente conversation avec le Premier ministre indien Raj "
            "Mehta », a écrit le chancelier autrichien Karl Huber.",
            "Karl Huber",
            "Raj Mehta",
        ),
    ],
)
def test_an_overture_is_for_the_partner(text, holder, target):
    assert polarity(text, holder, target) == 1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # the dative of the speech verb
        (
            "« Nous sommes prêts à coopérer avec vous », a déclaré le prince saoudien Fahd "
            "ben Salmane au ministre iranien Ali Karimi.",
            "Fahd ben Salmane",
            "Ali Karimi",
        ),
        # a vocative opening the quote
        (
            "Le président colombien Luis Mendes a accusé le Venezuela. « Président Mendes, "
            "nous sommes disposés à dialoguer avec vous », a répondu le président vénézuélien "
            "Carlos Ruiz.",
            "Carlos Ruiz",
            "Luis Mendes",
        ),
    ],
)
def test_a_second_person_partner_is_the_addressee(text, holder, target):
    assert polarity(text, holder, target) == 1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # another verb between the exchange and the wish: no overture
        (
            "« Nous voulons suspendre la coopération avec le Mali », a dit le ministre "
            "nigérien Issa Garba.",
            "Issa Garba",
            "Mali",
        ),
        # negated readiness
        (
            "« Nous ne sommes pas disposés à discuter avec le Rwanda », a dit le ministre "
            "congolais Jean Mbuyi.",
            "Jean Mbuyi",
            "Rwanda",
        ),
        # a third party's relations
        (
            "« La Chine souhaite renforcer ses relations avec la Russie », a déclaré le "
            "président tanzanien John Mbeki.",
            "John Mbeki",
            "Russie",
        ),
        # a question
        (
            "« Faut-il vraiment reprendre les négociations avec la Chine ? », a demandé le "
            "député belge Marc Dumont.",
            "Marc Dumont",
            "Chine",
        ),
    ],
)
def test_no_overture_without_the_speakers_wish(text, holder, target):
    assert not (rows(text, holder, target)["polarity"] > 0).any()
