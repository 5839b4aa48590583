"""Brokers and hosts of a process, stated in the narration (session 15, narr2): "grâce à la
médiation de X, …", "sous l'égide de X, …" (X for what the clause says came about); "X
accueille les négociations entre Y et Z" (the host for the talks), "X a accueilli des
réunions impliquant Y" (for Y). Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # a broker's part after a locution of agency, in any position of the clause
        ("L'accord a été conclu grâce à la médiation du Qatar.", "Qatar", "accord", 1),
        ("Grâce à la médiation du Togo, les deux soldats ont été libérés.", "Togo", "soldats", 1),
        ("Les pourparlers se sont tenus à Doha, sous l'égide du Qatar.", "Qatar", "pourparlers", 1),
        (
            "Les deux otages ont été libérés grâce à l'intercession du Vatican.",
            "Vatican",
            "otages",
            1,
        ),
        (
            "Sous la houlette de l'Union africaine, les belligérants ont signé un cessez-le-feu.",
            "Union africaine",
            "belligérants",
            1,
        ),
        (
            "Grâce au soutien de la Turquie, les forces gouvernementales ont repris la ville.",
            "Turquie",
            "forces",
            1,
        ),
        # hosting talks between two others, or meetings bringing someone in
        (
            "L'Égypte accueille les négociations entre Israël et le Hamas.",
            "Égypte",
            "négociations",
            1,
        ),
        (
            "Le Qatar a abrité les pourparlers entre les États-Unis et les talibans.",
            "Qatar",
            "pourparlers",
            1,
        ),
        (
            "La Tanzanie a accueilli des réunions impliquant les rebelles du Front de libération.",
            "Tanzanie",
            "Front de libération",
            1,
        ),
        (
            "Le Sénégal a organisé un sommet réunissant la Gambie et la Guinée-Bissau.",
            "Sénégal",
            "Guinée-Bissau",
            1,
        ),
    ],
)
def test_brokers_and_hosts_are_for_the_process(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # a process "contre" someone: no support read
        (
            "Sous l'égide de l'ONU, les sanctions contre la Corée du Nord ont été renforcées.",
            "ONU",
            "sanctions",
        ),
        # the broker merely called on: no locution of agency
        (
            "Le ministre a fait appel à la médiation de l'Union africaine.",
            "Union africaine",
            "ministre",
        ),
        # hosting denied
        (
            "L'Égypte n'accueillera pas les négociations entre Israël et le Hamas.",
            "Égypte",
            "négociations",
        ),
    ],
)
def test_no_support_where_nothing_was_brokered_or_hosted(text, holder, target):
    assert not (rows(text, holder, target)["polarity"] > 0).any()


def test_a_refused_hosting_is_no_support():
    """ "X a refusé d'accueillir …": the refusal reads against, never for."""
    hits = rows(
        "L'Égypte a refusé d'accueillir les négociations entre Israël et le Hamas.",
        "Égypte",
        "négociations",
    )
    assert not (hits["polarity"] > 0).any()


def test_a_judged_welcome_is_no_hosting():
    """ "accueillir avec inquiétude les discussions": a judgement, not a host's support."""
    hits = rows(
        "Le Maroc a accueilli avec inquiétude les discussions entre l'Algérie et la Mauritanie.",
        "Maroc",
        "discussions",
    )
    assert not (hits["polarity"] > 0).any()
