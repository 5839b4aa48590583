"""Stance holders, session 16: a bare phrase opening the sentence and closed by a comma
("Alliés de longue date, X et Y ont ...", "Rivaux historiques, X et Y ont ...") is an
apposition to the subject after it, never the holder. Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, stances


def test_a_detached_apposition_is_never_the_holder():
    text = "Alliés de longue date, la Norvège et la Suède ont condamné l'attaque contre le port."
    st = stances(text)
    assert "Alliés" not in st["holder"].tolist(), st[["holder", "target"]]
    assert polarity(text, "Norvège", "attaque") == -1
    assert polarity(text, "Suède", "attaque") == -1


def test_a_detached_adjective_phrase_before_a_coordinated_subject():
    text = "Voisins et rivaux, l'Inde et le Pakistan ont rejeté la proposition chinoise."
    assert polarity(text, "Inde", "proposition") == -1
    assert polarity(text, "Pakistan", "proposition") == -1


def test_a_subject_with_its_determiner_or_a_source_between_commas_is_kept():
    text = "Le Danemark, selon son ministre, a condamné l'attaque contre le port."
    st = stances(text)
    assert polarity(text, "Danemark", "attaque") == -1
    assert "ministre" not in " ".join(st["holder"].tolist()), st[["holder", "target"]]
