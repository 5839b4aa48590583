"""Round 26 (session 30), wrong-sign sources: a denied hurt read as welcome, a place in a
harm's "de" phrase read as its victim. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import stances


def _rows(text: str) -> set[tuple[str, str, int]]:
    st = stances(text)
    return {(r["holder"], r["target"], r["polarity"]) for r in st.to_dict("records")}


def _signs_on(text: str, holder: str, word: str) -> set[int]:
    """Signs of the rows of ``holder`` whose target or target text names ``word``."""
    st = stances(text)
    return {
        int(r["polarity"])
        for r in st.to_dict("records")
        if holder in str(r["holder"])
        and (word in str(r["target"]) or word in str(r.get("target_text") or ""))
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Le ministre bordure ne s'est pas dit froissé par les propos de la Syldavie.",
        "La Bordurie n'est pas choquée par la décision de la Syldavie.",
        "Karel Osmin ne s'est jamais montré inquiet des manœuvres de la Syldavie.",
    ],
)
def test_a_denied_hurt_is_no_welcome(sentence: str) -> None:
    holder = "Osmin" if "Osmin" in sentence else "ordur"
    assert 1 not in _signs_on(sentence, holder, "Syldavie")


def test_a_denied_gladness_stays_against_and_an_asserted_hurt_too() -> None:
    text = "La Bordurie n'est pas satisfaite de la réponse de la Syldavie."
    assert _signs_on(text, "Bordurie", "Syldavie") == {-1}
    text = "La Bordurie s'est dite froissée par les propos de la Syldavie."
    assert _signs_on(text, "Bordurie", "Syldavie") == {-1}


@pytest.mark.parametrize(
    "sentence",
    [
        "La Bordurie dénonce la répression des manifestants en Syldavie.",
        "La Bordurie condamne l'arrestation de journalistes au Tarkistan.",
        "La Bordurie a dénoncé la persécution des chrétiens dans le nord de la Syldavie.",
        "La Bordurie a dénoncé la détention de trois opposants en Syldavie.",
    ],
)
def test_a_place_after_a_harmed_group_is_not_the_victim(sentence: str) -> None:
    place = "Tarkistan" if "Tarkistan" in sentence else "Syldavie"
    assert 1 not in _signs_on(sentence, "Bordurie", place)
    assert any(p == -1 for _h, _t, p in _rows(sentence))  # the harm itself stays condemned


def test_a_named_victim_stays_supported() -> None:
    text = "La Bordurie condamne l'invasion de la Syldavie."
    assert _signs_on(text, "Bordurie", "Syldavie") == {1}
