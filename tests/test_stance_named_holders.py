"""Holders named through the words around their noun (analysis/extract/stance/named_holders.py):
a plural governing noun with coordinated "de" complements naming states stands for each state;
a possessed stance noun after a noun of thanks, praise or reproach addressed "à Y" is Y's.
Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows, stances


def test_plural_governments_of_coordinated_states_are_each_state():
    text = "Les gouvernements de la Norvège, du Danemark et de la Finlande ont condamné la Pologne."
    for state in ("Norvège", "Danemark", "Finlande"):
        assert polarity(text, state, "Pologne") == -1


def test_other_plural_heads_and_a_compound_state_name():
    text = (
        "Les ministres des Affaires étrangères de la Norvège et de la Corée du Sud ont "
        "dénoncé l'attaque russe."
    )
    assert polarity(text, "Norvège", "attaque") == -1
    assert polarity(text, "Corée du Sud", "attaque") == -1
    text = "Les dirigeants de la Suède et du Portugal ont soutenu la candidature de la Finlande."
    assert polarity(text, "Suède", "candidature") == 1
    assert polarity(text, "Portugal", "candidature") == 1


def test_authorities_of_two_states_are_both_not_only_the_first():
    text = "Les autorités de la Norvège et de la Suède ont salué la décision de la Pologne."
    assert polarity(text, "Norvège", "Pologne") == 1
    assert polarity(text, "Suède", "Pologne") == 1


def test_supporters_of_states_are_not_those_states():
    text = "Les partisans de la Norvège et du Danemark ont dénoncé l'attaque russe."
    assert rows(text, "Norvège", "attaque").empty
    assert rows(text, "Danemark", "attaque").empty


def test_a_single_government_keeps_its_coordinated_targets():
    text = "Le gouvernement de la Norvège a salué la décision de la Suède et de la Pologne."
    assert rows(text, "Suède", "décision").empty
    assert polarity(text, "Norvège", "décision") == 1


def test_gratitude_to_y_for_its_rejection_is_y_s_rejection():
    text = (
        "Le gouvernement norvégien a exprimé sa gratitude au président polonais Adam Nowak "
        "pour son rejet ferme des sanctions imposées par la Suède."
    )
    assert polarity(text, "Adam Nowak", "sanctions") == -1
    st = stances(text)
    assert st[(st["cue"] == "rejet") & (st["holder"] == "Norvège")].empty


def test_congratulations_and_thanks_credit_the_addressee():
    text = (
        "La Norvège a adressé ses félicitations à la Pologne pour sa condamnation de "
        "l'invasion russe."
    )
    assert polarity(text, "Pologne", "invasion") == -1
    assert rows(text, "Norvège", "invasion").empty
    text = "La Norvège a exprimé ses remerciements au Danemark pour son soutien à la Finlande."
    assert polarity(text, "Danemark", "Finlande") == 1
    assert rows(text, "Norvège", "Finlande").empty


def test_a_possessive_without_an_addressed_credit_noun_stays_the_subject_s():
    text = "La Norvège a réaffirmé à la Pologne son soutien à la Finlande."
    assert polarity(text, "Norvège", "Finlande") == 1
    assert "Pologne" not in stances(text)["holder"].tolist()


def test_homage_and_reproaches_credit_the_addressee_too():
    text = "La Norvège a rendu hommage à la Pologne pour son soutien à l'Ukraine."
    assert polarity(text, "Pologne", "Ukraine") == 1
    assert rows(text, "Norvège", "Ukraine").empty
    text = "Oslo a adressé de vifs reproches à Varsovie pour son soutien à la Russie."
    assert polarity(text, "Pologne", "Russie") == 1
    assert rows(text, "Norvège", "Russie").empty
