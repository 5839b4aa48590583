"""Stance holders and targets, session 16: a numbered pair noun stands for the pair only when it
heads the phrase ("les deux pays ont ...", "les ministres des deux pays ont ..."), never when
it sits in another noun's complement ("les relations entre les deux pays ..."); a pair of
"pays" is two states, a pair with a nationality adjective two actors of that country; a
detached present participle takes the main clause's subject, a resolved pronoun too. Every
snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows, stances


def test_a_pair_of_countries_is_two_states_never_an_armed_group():
    text = (
        "Le Mali a rappelé son ambassadeur au Ghana après une rencontre entre des diplomates "
        "ghanéens et le Front de libération de l'Azawad. Cette décision illustre la montée des "
        "tensions entre les deux pays."
    )
    st = stances(text)
    assert polarity(text, "Mali", "Ghana") == -1
    assert not st["holder"].str.contains("Front").any(), st[["holder", "target", "cue"]]
    assert not st["target"].str.contains("Front").any(), st[["holder", "target", "cue"]]


def test_two_nations_named_then_a_rebel_movement_still_read_as_the_two_states():
    text = (
        "Le Pérou a convoqué l'ambassadeur de Bolivie, accusé d'avoir rencontré le Mouvement "
        "révolutionnaire Tupac. Les frictions entre les deux nations se sont aggravées."
    )
    st = stances(text)
    assert not st["holder"].str.contains("Mouvement").any(), st[["holder", "target", "cue"]]


def test_the_pair_inside_a_cooperation_noun_is_no_holder():
    text = (
        "La Pologne et la Lituanie ont signé un accord ferroviaire. La coopération entre les "
        "deux pays soutient la transition énergétique."
    )
    assert rows(text, "Pologne|Lituanie", "transition").empty
    assert polarity(text, "Pologne", "Lituanie") == 1  # the pair's own rows stay


def test_a_participle_after_a_quoted_clause_is_the_speaker_s():
    text = (
        "Le chef de la diplomatie danoise Lars Holm a reçu son homologue islandais. Il a "
        "affirmé que « la confiance entre les deux pays est la clé », souhaitant que « la "
        "reprise du dialogue servira la stabilité du Nord »."
    )
    wish = stances(text).query("cue == 'souhaiter'")
    assert len(wish) and set(wish["holder"]) <= {"Lars Holm", "Danemark"}, wish


def test_a_detached_participle_after_a_pronoun_subject_is_that_actor_s():
    text = (
        "Le ministre estonien des Affaires étrangères Karl Tamm est arrivé à Riga. Il a salué "
        "l'accord sur l'énergie, souhaitant que la coopération régionale se renforce."
    )
    assert polarity(text, "Tamm", "coopération régionale") == 1


def test_the_leaders_of_both_countries_still_stand_for_the_pair():
    text = (
        "La Croatie et la Slovénie ont tenu un sommet à Zagreb. Les chefs de la diplomatie des "
        "deux pays ont condamné l'attaque contre le poste frontière."
    )
    assert polarity(text, "Croatie", "attaque") == -1
    assert polarity(text, "Slovénie", "attaque") == -1


def test_two_leaders_of_a_nationality_are_never_a_foreign_guest():
    text = (
        "Le président portugais Rui Matos a été reçu à Madrid par le Premier ministre Pablo "
        "Ortiz et le roi. Les deux dirigeants espagnols ont salué une visite « historique »."
    )
    hits = rows(text, "Matos", "visite")
    assert hits.empty, hits[["holder", "target", "cue"]]


def test_states_named_directly_come_before_a_minister_s_country():
    text = (
        "Le ministre chinois Li Wen a salué l'accord conclu entre la Grèce et la Turquie. "
        "L'accord entre les deux puissances voisines prévoit la réouverture des consulats."
    )
    st = stances(text)
    pact = st[st["cue"].str.contains("accord entre")]
    assert not pact.empty, st[["holder", "target", "cue"]]
    assert set(pact["holder"]) <= {"Grèce", "Turquie"}, pact[["holder", "target"]]


def test_two_leaders_of_a_nationality_may_be_one_person_and_one_body_of_it():
    text = (
        "Le président ghanéen Kofi Mensah a été accueilli à Lomé par Yao Agbo, Premier "
        "ministre togolais, et par l'Assemblée nationale togolaise. Les deux dirigeants "
        "togolais ont salué une visite « fructueuse »."
    )
    assert polarity(text, "Agbo", "visite") == 1
    assert rows(text, "Mensah", "visite").empty


def test_a_rupture_of_their_own_bond_sets_each_party_against_the_other():
    text = "Le Chili et la Bolivie ont rompu leurs liens diplomatiques il y a vingt ans."
    assert polarity(text, "Chili", "Bolivie") == -1
    assert polarity(text, "Bolivie", "Chili") == -1
    text = "La Norvège et l'Islande ont suspendu leur coopération militaire."
    assert polarity(text, "Islande", "Norvège") == -1


def test_a_rupture_with_a_third_party_sets_the_co_subjects_against_it_only():
    text = "La Norvège et l'Islande ont rompu les relations avec le Danemark."
    assert polarity(text, "Norvège", "Danemark") == -1
    assert rows(text, "Norvège", "Islande").empty


def test_two_parties_are_never_a_state_and_the_body_whose_envoy_speaks():
    text = (
        "Le Chili et le Pérou ont repris leurs pourparlers à Genève. L'émissaire norvégien, "
        "médiateur de l'Union interparlementaire, a affirmé que les deux parties étaient "
        "convenues de se revoir."
    )
    st = stances(text)
    mixed = st[st["holder"].str.contains("Union") | st["target"].str.contains("Union")]
    assert mixed[mixed["cue"].str.contains("conven")].empty, st[["holder", "target", "cue"]]


def test_two_parties_after_two_states_are_those_states():
    text = (
        "Le Chili et le Pérou ont signé jeudi un protocole douanier. Selon un communiqué, les "
        "deux parties sont convenues de rouvrir la frontière."
    )
    assert polarity(text, "Chili", "Pérou") == 1
