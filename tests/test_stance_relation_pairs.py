"""A judgement on a relation "entre" a pair including the holder is a stance toward the other
member (analysis/extract/stance/relation_pairs.py). Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows


def test_praised_ties_between_the_two_countries_are_toward_the_other():
    text = (
        "L'Algérie et la Libye ont signé un accord. Alger a salué les liens historiques entre "
        "les deux pays."
    )
    assert polarity(text, "Algérie", "deux pays") == 1
    assert not rows(text, "Algérie", "deux pays").query("target == 'Libye'").empty


def test_named_pair_and_another_relation_noun():
    text = "La Norvège a loué la coopération exemplaire entre la Norvège et la Suède."
    assert not rows(text, "Norvège", "Suède").query("target == 'Suède'").empty
    text = "Le Danemark se félicite de l'amitié entre le Danemark et l'Islande."
    assert not rows(text, "Danemark", "Islande").query("target == 'Islande'").empty


def test_a_third_party_praising_a_relation_takes_no_side():
    text = "La France a salué la coopération entre le Maroc et le Sénégal."
    assert rows(text, "France", "Maroc").query("target == 'Maroc'").empty
    assert rows(text, "France", "Sénégal").query("target == 'Sénégal'").empty


def test_a_relation_without_a_pair_after_it_gives_no_partner_row():
    text = "La Norvège a salué les relations historiques. La Suède a signé un accord."
    assert rows(text, "Norvège", "Suède").query("target == 'Suède'").empty


def test_a_participle_inside_the_relation_phrase_does_not_stop_it():
    text = (
        "L'Islande et la Norvège ont signé un accord. Reykjavik a salué les liens fraternels "
        "tissés entre les deux pays."
    )
    assert not rows(text, "Islande", "deux pays").query("target == 'Norvège'").empty


def test_showing_a_praised_relation_is_for_the_partner():
    # a praising epithet is a quality: "rappeler les liens historiques unissant X et Y"
    text = (
        "Le ministre bolivien des Affaires étrangères, Boris Kalan, a reçu mardi à La Paz "
        "l'ambassadeur du Paraguay. Le ministre a rappelé mardi les liens fraternels et "
        "anciens unissant si fortement la Bolivie et le Paraguay."
    )
    assert polarity(text, "Boris Kalan", "Paraguay") == 1
    text = (
        "Le président bolivien Ramon Tello a souligné les excellentes relations entre la "
        "Bolivie et le Paraguay."
    )
    assert polarity(text, "Ramon Tello", "Paraguay") == 1


def test_showing_a_relation_without_praise_or_between_others_takes_no_side():
    text = (
        "Le président bolivien Ramon Tello a évoqué les relations entre la Bolivie et le Paraguay."
    )
    assert rows(text, "Ramon Tello", "Paraguay").query("target == 'Paraguay'").empty
    text = (
        "Le président bolivien Ramon Tello a souligné les excellentes relations entre le "
        "Chili et le Pérou."
    )
    assert rows(text, "Ramon Tello", "Pérou").query("target == 'Pérou'").empty
