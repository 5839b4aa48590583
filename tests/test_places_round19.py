"""Places, round 19 (invented snippets): the headline's venue ("X en visite à Y", "Visite du
président de A au B") places the sites whose sentence names no town, before the lede's
first town and before the first state the headline names (often the visitor's); a prime
minister's complement is the place governed, after "de la" and "de l'" too."""

from __future__ import annotations

from analysis.extract.context.places import haversine_km
from analysis.extract.context.places.headline import headline_venue
from analysis.extract.context.places.kb import gazetteer
from tests.test_places import run


def _row(table, name: str):
    hits = table[table.name == name]
    assert len(hits), f"{name!r} not in {list(table.name)}"
    return hits.iloc[0]


def test_a_site_lies_in_the_headline_town_not_at_the_visitors_last_stop():
    body = (
        "Le chef de l'État sénégalais est arrivé hier. Son appareil s'est posé sur la piste "
        "de l'aéroport international Samba Ndour Tiaroye vers midi. Il arrivait de Rabat, "
        "où il avait vu le roi la veille."
    )
    title = "Le président sénégalais Ousmane Diarra en visite de travail à Nouakchott"
    table, _ = run(f'---\ntitle: "{title}"\n---\n\n{body}')
    row = _row(table, "Samba Ndour Tiaroye")
    assert row.country == "MR" and haversine_km(row.lat, row.lon, 18.08, -15.98) < 50


def test_a_palace_lies_in_the_host_state_after_the_visit_word():
    body = (
        "Le président du Togo, Koffi Amedzro, est arrivé lundi. Le chef de l'État togolais a "
        "été reçu ensuite au palais des Cocotiers par son homologue Aline Mensah."
    )
    title = "Visite officielle du président du Togo au Ghana : les deux voisins unis"
    table, _ = run(f'---\ntitle: "{title}"\n---\n\n{body}')
    assert _row(table, "palais des Cocotiers").country == "GH"


def test_postings_and_asked_governments_are_no_venue():
    gz = gazetteer()
    assert headline_venue("Le Niger rappelle son ambassadeur à Abuja", gz) is None
    assert headline_venue("Les députés demandent à Paris de revoir l'accord", gz) is None
    assert headline_venue("Le Mali rappelle sa chargée d'affaires en Suède", gz) is None
    assert headline_venue("Tomas Vrba accueille son homologue à Ankara", gz).country == "TR"
    assert headline_venue("En visite au Malawi, le président zambien rassure", gz).country == "MW"


def test_a_prime_ministers_state_after_de_la_is_a_place():
    for text, name in (
        ("La Première ministre de la Moldavie a reçu Lina Vos.", "Moldavie"),
        ("Le premier ministre de l’Ouganda a écrit à Jan Kovac.", "Ouganda"),
    ):
        table, _ = run(text)
        assert name in set(table.name)
    # a minister's portfolio is still no place
    table, _ = run("Le ministre de l'Intérieur Jan Kovac a parlé de la Défense.")
    assert not len(table)


def test_seats_and_airports_known_by_a_proper_name():
    for text, name, iso in (
        (
            "Le ministre togolais Yao Klu a été reçu au palais de la Marina.",
            "palais de la Marina",
            "BJ",
        ),
        ("La ministre Ana Ruiz a été reçue à La Moneda.", "palais de La Moneda", "CL"),
        ("Le chef de la junte a reçu Yao Klu à Sékhoutouréya.", "Sékhoutouréya", "GN"),
        ("L'avion de Yao Klu s'est posé à l'aéroport Diori Hamani.", "aéroport Diori Hamani", "NE"),
    ):
        table, _ = run(text)
        assert _row(table, name).country == iso
    # the person an airport is named after is no place
    table, _ = run("La fondation Félix Houphouët-Boigny a publié un rapport de Yao Klu.")
    assert not len(table)


def test_regions_and_spellings_of_wide_use():
    for text, name, iso in (
        ("Les États de la Caraïbe ont salué la décision de Lina Vos.", "Caraïbes", None),
        ("Les pétroliers opèrent dans le delta du Niger, dit Yao Klu.", "delta du Niger", "NG"),
        ("Des rebelles ont attaqué au Balouchistan, selon Lina Vos.", "Baloutchistan", "PK"),
        ("Le forum s'est tenu à Charm el-Sheikh, dit Yao Klu.", "Charm el-Sheikh", "EG"),
        ("Le forum s'est tenu à Kananaskis, dit Yao Klu.", "Kananaskis", "CA"),
    ):
        table, _ = run(text)
        row = _row(table, name)
        assert (row.country or None) == iso
