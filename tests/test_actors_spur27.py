"""Actors, round 23 (session 27): a body after one of its founding texts ("la Charte des
Nations unies") is what the text belongs to, no actor row unless another mention of it acts.
Every snippet is invented."""

from __future__ import annotations

from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


def test_a_body_after_its_founding_text_is_no_row():
    t = _analyse("Quito dénonce une atteinte grave à la Charte des Nations unies par Lima.")
    assert "ONU" not in _names(t)
    t = _analyse(
        "Selon l'Acte constitutif de l'Union africaine, Valdoria ne peut pas siéger, a "
        "affirmé Ivo Mirenko."
    )
    assert "Union africaine" not in _names(t)
    t = _analyse("Quito a saisi les Nations unies puis invoque la Charte des Nations unies.")
    assert "ONU" in _names(t)
