"""Stances in a speaker's words, session 17: the evaluative words of reported speech ("X a
déclaré que …", "selon X, …") read word by word as in direct quotes — a negative noun or a
negative epithet is the speaker's verdict on its phrase, a positive epithet only on a
relation. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import stances


def _reported(text: str) -> list[tuple[str, str, int]]:
    st = stances(text)
    hits = st[st["kind"] == "quote-clause"]
    return list(zip(hits["holder"], hits["target_text"], hits["polarity"], strict=True))


@pytest.mark.parametrize(
    ("text", "holder", "word", "sign"),
    [
        (  # a negative noun in a completive clause
            "Le ministre letton des Affaires étrangères Arturs Ozols a déclaré mardi que ces "
            "survols répétés constituaient une ingérence dans les affaires du pays.",
            "Arturs Ozols",
            "ingérence",
            -1,
        ),
        (  # a negative epithet, another verb of saying
            "La porte-parole estonienne Kadri Tamm a affirmé que les manœuvres provocatrices "
            "menées près de la frontière inquiétaient toute la région.",
            "Kadri Tamm",
            "manœuvres provocatrices",
            -1,
        ),
        (  # another member of the class, "selon X"
            "Selon le chef de la diplomatie finlandaise Mikko Virtanen, ces sanctions "
            "arbitraires ne serviront qu'à aggraver la crise.",
            "Mikko Virtanen",
            "sanctions arbitraires",
            -1,
        ),
        (  # a positive epithet on a relation
            "Le Premier ministre islandais Einar Jónsson a assuré que son pays voulait une "
            "relation apaisée avec ses voisins.",
            "Einar Jónsson",
            "relation apaisée",
            1,
        ),
    ],
)
def test_reported_speech_evaluative_words(text, holder, word, sign):
    found = _reported(text)
    assert any(h == holder and word in t and p == sign for h, t, p in found), found


def test_a_positive_epithet_off_a_relation_is_no_verdict_in_reported_speech():
    # "historique" and "stratégique" describe more often than they praise in indirect speech
    text = (
        "Le ministre norvégien Lars Berg a déclaré que le voisin avait déformé les faits "
        "historiques et menacé l'équilibre stratégique de la région."
    )
    found = _reported(text)
    assert not any(p > 0 for _h, _t, p in found), found


def test_a_named_actor_in_the_judged_phrase_is_left_to_other_rules():
    # the negative noun names an actor: the issue reading stays out of it
    text = (
        "Le ministre danois Søren Holm a déclaré que l'agression de la Norvège était un "
        "fait établi."
    )
    found = _reported(text)
    assert not any("agression" in t for _h, t, _p in found), found
