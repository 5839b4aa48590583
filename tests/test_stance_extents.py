"""How far a stance's target reaches (analysis/extract/stance/extents.py): the actors
coordinated with it, the adversary a support is given against, and the phrase a nationality
adjective qualifies. Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows, stances


def test_every_actor_coordinated_with_the_target_is_a_target():
    text = "La Lettonie soutient l'Estonie et la Lituanie dans leurs démarches."
    assert polarity(text, "Lettonie", "Estonie") == 1
    assert polarity(text, "Lettonie", "Lituanie") == 1
    text = "La Finlande a condamné l'Iran, la Syrie et la Biélorussie pour leurs livraisons."
    for foe in ("Iran", "Syrie", "Biélorussie"):
        assert polarity(text, "Finlande", foe) == -1


def test_a_disjunction_or_another_clause_adds_no_target():
    text = "La Lettonie soutient l'Estonie ou la Lituanie."
    assert "Lituanie" not in stances(text)["target"].tolist()
    text = "La Lettonie a reçu l'Estonie et a soutenu la Lituanie."
    assert rows(text, "Lettonie", "Estonie")["polarity"].tolist() != [-1]
    assert polarity(text, "Lettonie", "Lituanie") == 1


def test_a_support_given_against_something_opposes_it():
    text = "La Norvège se tient aux côtés de la Pologne face au terrorisme."
    assert polarity(text, "Norvège", "terrorisme") == -1
    assert polarity(text, "Norvège", "Pologne") == 1
    # the supported side is named alone, not with what it faces
    assert "face" not in rows(text, "Norvège", "Pologne")["target_text"].iloc[0]
    text = "Le Danemark soutient la Géorgie contre la Russie."
    assert polarity(text, "Danemark", "Russie") == -1
    assert polarity(text, "Danemark", "Géorgie") == 1
    text = "La Suède a exprimé sa solidarité avec la Moldavie face aux pressions du Kremlin."
    assert polarity(text, "Suède", "pressions") == -1


def test_a_later_against_of_another_clause_or_a_condemnation_is_no_adversary():
    text = "La Norvège soutient le Kenya, qui lutte contre le terrorisme."
    assert rows(text, "Norvège", "terrorisme").empty
    assert polarity(text, "Kenya", "terrorisme") == -1
    text = "La Norvège a condamné l'attaque contre le Kenya."
    assert (rows(text, "Norvège", "Kenya")["polarity"] >= 0).all()


def test_a_target_named_by_an_adjective_keeps_the_phrase_it_qualifies():
    text = "Le ministère autrichien des Affaires étrangères a convoqué l'ambassadeur iranien."
    hit = rows(text, "ministère autrichien", "Iran")
    assert len(hit) and hit["target_text"].tolist() == ["l'ambassadeur iranien"]
    text = "Le Japon a déclaré persona non grata l'ambassadrice mexicaine."
    texts = stances(text)["target_text"].tolist()
    assert "l'ambassadrice mexicaine" in texts and not any("grata" in t for t in texts)


def test_a_capital_alone_as_target_is_its_state():
    text = "La Norvège a critiqué la Pologne. La Norvège a rappelé son ambassadeur à Varsovie."
    hit = rows(text, "Norvège", "Pologne")
    assert (hit["target_text"] == "Varsovie").any()
    assert (hit[hit["target_text"] == "Varsovie"]["polarity"] == -1).all()
    # the holder's own capital is left as it is (no stance toward one's own state)
    text = "La Pologne a salué Varsovie pour son dynamisme."
    assert rows(text, "Pologne", "Pologne").empty


def test_the_party_thanked_for_its_support_supports_the_one_who_thanks():
    text = "Le Laos a remercié le Vietnam de son aide précieuse."
    assert polarity(text, "Vietnam", "Laos") == 1
    text = (
        "Le Laos et le Vietnam ont signé un accord. Le Premier ministre laotien Somsak Vong a "
        "remercié le Vietnam pour son soutien."
    )
    assert polarity(text, "Vietnam", "Somsak Vong") == 1
    assert polarity(text, "Vietnam", "Laos") == 1


def test_thanks_for_a_support_given_to_someone_else_or_for_no_support_add_nothing():
    text = "Le Laos a remercié le Vietnam pour son accueil."
    assert rows(text, "Vietnam", "Laos").empty
    text = "Le Laos a remercié le Vietnam pour son soutien au Cambodge."
    assert rows(text, "Vietnam", "Laos").empty
