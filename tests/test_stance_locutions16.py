"""Stance targets, session 16: the noun of a prepositional locution ("face à", "à l'égard de",
"suite à", "en vue de", "à la suite de", "au passage") is never the target itself: cut off the
end of a target, replaced by its complement when the locution points at it, the row dropped
when it only says when or why. Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows, stances


def test_a_locution_noun_is_cut_off_the_end_of_a_target():
    text = (
        "Le Népal a déposé une protestation auprès du Bhoutan suite aux remarques de son "
        "Premier ministre."
    )
    st = stances(text)
    assert not st["target_text"].str.contains("suite").any(), st[["holder", "target_text"]]


def test_face_a_points_at_its_complement():
    text = "L'Uruguay a exprimé son mécontentement face à la décision du Paraguay."
    assert polarity(text, "Uruguay", "Paraguay") == -1
    assert not stances(text)["target_text"].str.startswith("face").any()


def test_a_l_egard_de_and_a_l_encontre_de_point_at_their_complement():
    text = "Le Kenya a pris des sanctions à l'encontre du régime érythréen."
    hits = rows(text, "Kenya", "Érythrée")
    assert len(hits) and set(hits["polarity"]) == {-1}, stances(text)[["holder", "target"]]
    text = "La ministre islandaise a exprimé sa sympathie à l'égard des autorités finlandaises."
    assert polarity(text, "islandaise|Islande", "Finlande") == 1


def test_a_circumstance_is_never_the_target():
    text = (
        "Le ministre letton a présenté ses condoléances au peuple estonien à la suite de "
        "l'explosion d'un dépôt."
    )
    assert rows(text, "letton|Lettonie", "explosion").query("polarity > 0").empty
    text = "Le Bénin a exhorté les deux camps à travailler en vue de la paix."
    assert not stances(text)["target"].isin(["vue"]).any()


def test_an_ordinary_noun_of_the_same_form_stays():
    text = "Le Niger a refusé le passage du convoi militaire béninois."
    assert len(rows(text, "Niger", "passage du convoi")), stances(text)[["holder", "target"]]


def test_a_participle_after_the_locution_qualifies_its_complement():
    text = (
        "Les combats ont tourné en faveur de Kaboul au détriment du clan du général Rahimi, "
        "appuyé par le Pakistan et l'Iran."
    )
    hits = rows(text, "Pakistan", "Rahimi")
    assert len(hits) and set(hits["polarity"]) == {1}, stances(text)[["holder", "target"]]
    assert not hits["target_text"].str.startswith("détriment").any()
