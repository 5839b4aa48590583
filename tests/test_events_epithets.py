"""Events: "qualifier" is approval only with a praising epithet, a condemnation with an
insulting one; a quotation mark alone says nothing of the sign (invented snippets)."""

from __future__ import annotations

from tests.test_events import events


def categories(text: str) -> list[str]:
    return events(text)["category"].tolist()


def test_an_insult_in_quotes_is_no_approval():
    cats = categories(
        "Le président tanzanien a répondu à son homologue ougandais en le qualifiant de "
        "« traître »."
    )
    assert "praise_endorse" not in cats
    assert "criticise" in cats


def test_a_condemning_epithet_is_a_criticism():
    cats = categories(
        "La ministre péruvienne a qualifié de « chantage inacceptable » les propos de "
        "son homologue bolivien."
    )
    assert "praise_endorse" not in cats and "criticise" in cats


def test_a_praising_epithet_is_still_approval():
    cats = categories("Le ministre ghanéen a qualifié de « fructueuse » sa visite au Togo.")
    assert "praise_endorse" in cats and "criticise" not in cats
