"""Office names, round 25 (session 29): a state's own security council is not the UN's,
organisation names lose a glued day, and dotted abbreviations (ad interim marks) neither end
a sentence nor cut a title from its country. Every snippet is invented (names, places and
wording)."""

from __future__ import annotations

import pytest

from analysis.document.article import parse_article
from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Le Conseil de sécurité nationale du Pakistan s'est réuni lundi soir.", "PK"),
        ("À Téhéran, le Conseil de sécurité nationale a averti les pays voisins.", "IR"),
        ("Le Conseil de sécurité nationale américain a mis en garde Caracas.", "US"),
    ],
)
def test_a_national_security_council_is_the_states_own(text: str, iso: str) -> None:
    t = _analyse(text)
    assert "Conseil de sécurité de l'ONU" not in _names(t), text
    df = t["actors"]
    rows = df[df["name"].str.startswith("Conseil de sécurité nationale")]
    assert list(rows["country"]) == [iso], text


def test_the_un_security_council_stays_the_uns() -> None:
    for text in (
        "Le Conseil de sécurité de l'ONU a condamné l'attaque contre le convoi.",
        "Le Conseil de sécurité a adopté jeudi une résolution sur le Soudan.",
    ):
        assert "Conseil de sécurité de l'ONU" in _names(_analyse(text)), text


def test_a_day_glued_to_an_organisations_name_is_cut() -> None:
    t = _analyse("Téhéran a réuni le Conseil suprême de sécurité nationale dimanche.")
    assert "Conseil suprême de sécurité nationale" in _names(t)
    t = _analyse("Kaboul a convoqué le Conseil de défense nationale lundi.")
    assert not any("lundi" in n for n in _names(t))


def test_an_ad_interim_title_keeps_its_country() -> None:
    for text, name, iso in (
        (
            "Le chargé d'affaires a.i. de la France, Paul Verdan, a été convoqué.",
            "Paul Verdan",
            "FR",
        ),
        ("Lima a convoqué l'ambassadeur a.i. du Chili, Rosa Iturra, lundi.", "Rosa Iturra", "CL"),
        ("Alger a reçu le chargé d'affaires p.i. du Canada, Luc Morel.", "Luc Morel", "CA"),
    ):
        row = _row(_analyse(text), name)
        assert row["country"] == iso, text
        assert " a.i. " in str(row["roles"]) or " p.i. " in str(row["roles"]), text


def test_a_dotted_abbreviation_ends_no_sentence() -> None:
    for text, n in (
        ("Alger a reçu le chargé d'affaires a.i. Paul Verdan. Il a protesté.", 2),
        ("Le consul P.I. Marc Olsen a signé. La cérémonie fut brève.", 2),
        ("Ils ont accueilli LL.MM. Le cortège a traversé la ville.", 1),
    ):
        art = parse_article(text, check_language=False)
        assert len(art.sentences) == n, [s.text for s in art.sentences]
    art = parse_article("Nous parlons de l'IA. Il faut agir vite.", check_language=False)
    assert len(art.sentences) == 2
