"""Stance holders, round 7 (issue 15): plural pronouns for the two sides just told, an unnamed
counterpart coordinated with a name, impersonal passives, fronted participles, and a subject
set after its verb in a relative clause. Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows


def test_a_plural_pronoun_stands_for_the_coordinated_sides_before_it():
    text = (
        "Le président estonien Marc Lambert et son homologue letton Pierre Durand se sont "
        "rencontrés lundi à Riga. Ils ont salué l'accord sur le corridor ferroviaire."
    )
    assert polarity(text, "Marc Lambert", "accord") == 1
    assert polarity(text, "Pierre Durand", "accord") == 1
    text = (
        "L'Estonie et la Lettonie ont tenu des consultations mardi. Elles ont condamné les "
        "frappes contre les ports de la région."
    )
    assert polarity(text, "Estonie", "frappes") == -1
    assert polarity(text, "Lettonie", "frappes") == -1


def test_a_plural_pronoun_after_a_pair_noun_goes_on_with_the_pair():
    text = (
        "Marc Lambert a reçu Pierre Durand à Tallinn. Les deux dirigeants ont condamné "
        "l'invasion. Ils ont également soutenu le plan de paix."
    )
    assert polarity(text, "Marc Lambert", "plan de paix") == 1
    assert polarity(text, "Pierre Durand", "plan de paix") == 1


def test_a_plural_pronoun_is_the_nearest_plural_subject_not_a_person_named_before():
    text = (
        "Le ministre estonien Marc Lambert a visité le port. Les manifestants se sont "
        "rassemblés devant l'ambassade. Ils ont dénoncé le plan de paix."
    )
    assert polarity(text, "manifestants", "plan de paix") == -1
    assert rows(text, "Marc Lambert", "plan de paix").empty


def test_an_unnamed_counterpart_coordinated_with_a_name_is_the_other_side():
    text = (
        "Le président estonien Marc Lambert a accueilli le président letton Pierre Durand à "
        "Tallinn. Marc Lambert et son hôte se sont engagés à soutenir le plan de paix."
    )
    assert polarity(text, "Pierre Durand", "plan de paix") == 1
    assert polarity(text, "Marc Lambert", "plan de paix") == 1


def test_an_impersonal_passive_is_held_by_the_actor_of_the_story_before_it():
    text = (
        "L'Estonie a dénoncé l'arrestation de ses ressortissants. Il a été demandé à la "
        "Lettonie de libérer les détenus."
    )
    assert polarity(text, "Estonie", "Lettonie") == -1
    text = (
        "Le président estonien Marc Lambert a reçu son homologue letton Pierre Durand. Il a "
        "été décidé de soutenir le plan de paix."
    )
    assert polarity(text, "Marc Lambert", "plan de paix") == 1


def test_a_personal_passive_with_il_keeps_its_pronoun():
    # "il a été invité à" is personal (he was invited): not read as impersonal
    text = "Marc Lambert a été accueilli à Riga. Il a été invité à soutenir le plan de paix."
    assert polarity(text, "Marc Lambert", "plan de paix") == 1


def test_a_fronted_present_participle_is_the_main_subjects():
    text = "Saluant l'accord de pêche, le ministre estonien Marc Lambert a appelé à la paix."
    assert polarity(text, "Marc Lambert", "accord de pêche") == 1
    text = "Dénonçant les frappes contre le port, la Lettonie a convoqué l'ambassadeur russe."
    assert polarity(text, "Lettonie", "frappes") == -1


def test_a_subject_after_its_verb_in_a_relative_clause_is_no_target():
    text = "Une initiative que soutient pleinement le ministre estonien Marc Lambert."
    assert polarity(text, "Marc Lambert", "initiative") == 1
    assert rows(text, "Marc Lambert", "ministre").empty


def test_a_relative_qui_after_an_apposed_title_is_the_name_s():
    text = (
        "Pierre Durand, ministre letton des Affaires étrangères, qui avait critiqué le projet "
        "de gazoduc, a changé d'avis."
    )
    assert polarity(text, "Pierre Durand", "projet de gazoduc") == -1
    text = (
        "Le ministre letton Pierre Durand a rencontré le président estonien Marc Lambert, qui "
        "a salué l'accord de pêche."
    )
    assert polarity(text, "Marc Lambert", "accord de pêche") == 1
    assert rows(text, "Pierre Durand", "accord de pêche").empty


def test_a_subject_named_only_by_a_title_or_a_government_is_its_state():
    text = "L'ambassadeur estonien a dénoncé les frappes contre le port."
    assert polarity(text, "Estonie", "frappes") == -1
    text = (
        "Le président estonien Marc Lambert a reçu Pierre Durand. Le régime letton a condamné "
        "les frappes contre le port."
    )
    assert polarity(text, "Lettonie", "frappes") == -1


def test_an_agentless_passive_in_a_quote_is_the_speaker_s_and_bears_on_its_subject():
    text = (
        "« Les frappes contre le port doivent être condamnées sans réserve », a déclaré le "
        "ministre letton Pierre Durand."
    )
    assert polarity(text, "Pierre Durand", "frappes") == -1
    assert rows(text, "Pierre Durand", "réserve").empty
    # an agent named in the quote keeps the stance
    text = (
        "« L'accord de pêche a été salué par la Lituanie », a déclaré le ministre letton "
        "Pierre Durand."
    )
    assert polarity(text, "Lituanie", "accord de pêche") == 1
    assert rows(text, "Pierre Durand", "accord de pêche").empty


def test_two_men_are_the_two_persons_named_before_never_a_body():
    text = (
        "Le président estonien Marc Lambert a reçu le président letton Pierre Durand à "
        "Tallinn, en présence de l'OTAN. Les relations entre les deux hommes, qui soutiennent "
        "le plan de paix, se sont réchauffées."
    )
    assert polarity(text, "Marc Lambert", "plan de paix") == 1
    assert polarity(text, "Pierre Durand", "plan de paix") == 1
    assert rows(text, "OTAN", "plan de paix").empty


def test_a_pair_noun_subject_stands_for_the_pair_in_a_relative_clause_too():
    text = (
        "Le Maroc et Israël ont signé un accord. Cette visite est historique pour les deux pays "
        "qui ont repris leurs relations l'an dernier."
    )
    assert polarity(text, "Maroc", "Israël") == 1
    assert polarity(text, "Israël", "Maroc") == 1
    text = (
        "Le Chili a reçu la ministre péruvienne. Mardi, le Chili et le Pérou se sont "
        "rencontrés à Lima. Mercredi, les deux pays se sont engagés à collaborer plus "
        "étroitement."
    )
    assert polarity(text, "Pérou", "Chili") == 1


def test_an_intention_in_an_adjunct_is_the_clause_subjects():
    text = (
        "Le président estonien Marc Lambert a reçu le président letton Pierre Durand lundi, "
        "avec l'ambition de renforcer la coopération énergétique."
    )
    assert polarity(text, "Marc Lambert", "coopération énergétique") == 1
    # the intention of no one in particular: no holder read from a complement
    text = "La décision de rompre les relations avec la Lituanie a surpris Pierre Durand."
    assert rows(text, "Pierre Durand", "Lituanie").empty


def test_a_gerund_whose_clitic_hides_its_en_is_the_main_subjects():
    text = (
        "Le ministre letton Pierre Durand a confirmé son soutien au plan de paix, tout en lui "
        "reprochant son silence sur les frappes."
    )
    assert polarity(text, "Pierre Durand", "silence") == -1


def test_a_plural_pronoun_after_two_persons_named_as_a_complement():
    """No plural subject before "Ils": the two persons coordinated in a complement ("le
    compte rendu de l'entretien de X et de Y") are the pair the story goes on with, not the
    source quoted in between."""
    text = (
        "Le Quai d'Orsay a rendu compte de l'entretien du président estonien, Marc Lambert, et "
        "de son homologue letton, Pierre Durand, samedi. Selon le Quai d'Orsay, M. Lambert a "
        "exprimé ses craintes sur les ports. Ils ont « résolu de renforcer la "
        "coopération contre la contrebande »."
    )
    assert polarity(text, "Marc Lambert", "coopération") == 1
    assert polarity(text, "Pierre Durand", "coopération") == 1
    assert rows(text, "Quai d'Orsay", "coopération").empty


def test_a_plural_pronoun_takes_no_pair_of_states_named_as_a_complement():
    text = (
        "Le rapport porte sur la frontière entre l'Estonie et la Lettonie. Ils ont condamné "
        "les frappes contre les ports."
    )
    assert rows(text, "Estonie", "frappes").empty
    assert rows(text, "Lettonie", "frappes").empty
