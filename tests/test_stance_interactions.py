"""Interactions between actors (issue 15, round 4): acts that imply a stance with no stance
word, read from the parse (``stance_interactions.yaml``), and the sign safety around them.
Every snippet is invented."""

from __future__ import annotations

from analysis.extract.stance.interactions import governing
from analysis.report.views.stance import HEADLINE_CONFIDENCE
from tests.helpers import parse_snippet
from tests.test_stance_press import polarity, rows, stances

_PAIR_KE_UG = "Le Kenya et l'Ouganda ont tenu un sommet lundi à Arusha. "


def test_a_demand_on_the_subject_of_a_que_clause_is_pressure_on_it():
    text = _PAIR_KE_UG + "Le Kenya a exigé que l'Ouganda retire ses troupes."
    assert polarity(text, "Kenya", "Ouganda") == -1
    text = _PAIR_KE_UG + "Le Kenya réclame que l'Ouganda cesse ses tirs à la frontière."
    assert polarity(text, "Kenya", "Ouganda") == -1
    # "exiger de Y qu'il ...": the "de" addressee stands for the pronoun subject
    text = _PAIR_KE_UG + "Le Kenya exige de l'Ouganda qu'il retire ses troupes."
    assert polarity(text, "Kenya", "Ouganda") == -1


def test_a_plain_request_counts_only_when_it_asks_to_stop_or_withdraw():
    text = _PAIR_KE_UG + "Le Kenya a demandé que l'Ouganda retire ses troupes."
    assert polarity(text, "Kenya", "Ouganda") == -1
    # a request whose sign depends on what is asked, or a negated demand: no row
    text = _PAIR_KE_UG + "Le Kenya a demandé que l'Ouganda participe au prochain sommet."
    assert rows(text, "Kenya", "Ouganda").empty
    text = _PAIR_KE_UG + "Le Kenya ne demande pas que l'Ouganda libère les prisonniers."
    assert rows(text, "Kenya", "Ouganda").empty


def test_the_two_sides_of_an_agreement_noun_are_for_each_other():
    text = _PAIR_KE_UG + "Le traité entre le Kenya et l'Ouganda prévoit une zone de libre-échange."
    assert polarity(text, "Kenya", "Ouganda") == 1
    assert polarity(text, "Ouganda", "Kenya") == 1
    text = _PAIR_KE_UG + "L'accord surprise entre Nairobi et Kampala a été annoncé mardi."
    assert polarity(text, "Kenya", "Ouganda") == 1


def test_a_broken_or_denied_agreement_gives_no_support():
    for text in (
        _PAIR_KE_UG + "La suspension de l'accord entre le Kenya et l'Ouganda inquiète les marchés.",
        _PAIR_KE_UG + "Il n'y a pas d'accord entre le Kenya et l'Ouganda.",
    ):
        assert not (stances(text)["polarity"] > 0).any(), stances(text)


def test_a_hostile_act_noun_sets_its_author_against_its_victim():
    text = (
        "La Russie et l'Ukraine ont échangé des prisonniers lundi. "
        "Les frappes russes visant l'Ukraine se sont intensifiées."
    )
    assert polarity(text, "Russie", "Ukraine") == -1
    # "l'attaque de Y": without a victim after it, "de" names the victim, never an author
    text = "La Russie et l'Ukraine ont échangé des prisonniers. L'attaque de l'Ukraine a choqué."
    assert rows(text, "Ukraine", "Russie").empty and rows(text, "Russie", "Ukraine").empty


def test_interaction_rows_are_never_the_clearest_stance_of_the_brief():
    text = _PAIR_KE_UG + "Le traité entre le Kenya et l'Ouganda prévoit une zone de libre-échange."
    st = stances(text)
    implied = st[st["kind"] == "interaction"]
    assert len(implied) and (implied["confidence"] < HEADLINE_CONFIDENCE).all()


def test_a_diplomat_named_by_a_nationality_adjective_is_the_target_state():
    text = "Le Pakistan a convoqué un diplomate afghan après un attentat meurtrier."
    assert polarity(text, "Pakistan", "Afghanistan") == -1
    text = "L'ambassadeur britannique a été convoqué mardi par le gouvernement iranien."
    assert polarity(text, "Iran", "Royaume-Uni") == -1
    text = "Le Kenya a expulsé l'ambassadeur ougandais."
    assert polarity(text, "Kenya", "Ouganda") == -1


def test_qualifying_an_actor_judges_it_by_the_sign_of_the_terms():
    meet = "Le président kényan William Ruto a rencontré Yoweri Museveni. "
    text = meet + "William Ruto a décrit Yoweri Museveni comme un partenaire fiable et un ami."
    assert polarity(text, "Ruto", "Museveni") == 1
    text = meet + "Le président kényan avait qualifié son homologue ougandais d'« assassin »."
    assert polarity(text, "Ruto", "Museveni") == -1
    text = meet + "William Ruto n'a jamais qualifié Yoweri Museveni de « dictateur »."
    assert rows(text, "Ruto", "Museveni").empty


def test_a_quote_clause_does_not_judge_an_actor_inside_a_noun_modifier():
    # the clause judges the settlement of the problems, not the state that only locates them
    text = (
        "Le ministre kényan Paul Otieno a déclaré : « La fin des différends liés aux "
        "revendications de l'Ouganda sera un succès pour la région. »"
    )
    got = rows(text, "Otieno", "Ouganda")
    # no stance toward the state (an issue row naming the end of the disputes, with the
    # state's name in its words, is the judgement of that issue, round 5's predicates)
    assert not ((got["target"] == "Ouganda") & (got["polarity"] > 0)).any(), got
    assert got["target_id"].isna().all(), got
    # a relation noun stands for its partner: "ce partenariat qui nous lie à Y" judges Y
    text = (
        "Le président kényan William Ruto a déclaré : « Nous sommes fiers de ce partenariat "
        "exemplaire qui nous lie à l'Ouganda. »"
    )
    assert not (rows(text, "Ruto", "Ouganda")["polarity"] < 0).any()


def test_governing_climbs_to_the_nearest_word_of_a_part_of_speech():
    _art, doc = parse_snippet("Le Kenya a annoncé la signature d'un accord avec l'Ouganda.")
    accord = next(t for t in doc if t.text == "accord")
    verb = governing(accord, {"VERB"}, 4)
    assert verb is not None and verb.lemma_ == "annoncer"
    assert governing(accord, {"VERB"}, 1) is None


def test_only_a_reliance_verb_makes_a_support_noun_the_givers_stance():
    # "converger sur l'importance de X" relies on nobody: the speaker is for the process
    text = (
        "« Nous avons convergé sur l'importance d'un processus de dialogue pour mettre un terme "
        "au conflit au Yémen », a déclaré William Ruto."
    )
    assert polarity(text, "Ruto", "processus de dialogue") == 1
    assert rows(text, "Yémen", "Ruto").empty
    text = "« L'Ouganda peut compter sur notre soutien », a déclaré William Ruto."
    assert polarity(text, "Ruto", "Ouganda") == 1


def test_an_adverbial_between_auxiliary_and_participle_keeps_the_subject():
    text = (
        "« Nous avons à cet égard salué le processus de dialogue entre l'Éthiopie et la "
        "Somalie », a déclaré William Ruto."
    )
    assert polarity(text, "Ruto", "processus de dialogue") == 1
    text = "Le Kenya a, mardi, condamné l'attitude de l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == -1
    # a true passive participle still reads its agent
    assert polarity("L'accord, ratifié par le Kenya, a été salué.", "Kenya", "accord") == 1


def test_an_actor_regarded_as_a_partner_holds_the_relation_both_ways():
    text = "Le Kenya, considéré comme un partenaire historique de l'Ouganda, a signé l'accord."
    assert polarity(text, "Kenya", "Ouganda") == 1
    assert polarity(text, "Ouganda", "Kenya") == 1
    text = (
        "Le sommet a suscité des questions, le Kenya étant considéré comme un rival de "
        "l'Ouganda depuis des années."
    )
    assert polarity(text, "Kenya", "Ouganda") == -1
    assert polarity(text, "Ouganda", "Kenya") == -1
    # an ally backs the other side; the other side is not said to back it
    text = "Le Kenya, principal allié de l'Ouganda, a signé l'accord."
    assert polarity(text, "Kenya", "Ouganda") == 1
    assert rows(text, "Ouganda", "Kenya").empty


def test_accepting_an_offer_is_for_the_offer_and_its_author():
    text = _PAIR_KE_UG + "L'Ouganda a accepté les propositions du Kenya."
    assert polarity(text, "Ouganda", "Kenya") == 1
    assert polarity(text, "Ouganda", "propositions") == 1
    text = _PAIR_KE_UG + "Le président ougandais Yoweri Museveni a accepté l'invitation du Kenya."
    assert polarity(text, "Museveni", "Kenya") == 1
    # refusing is against the offer, not said against its author
    text = _PAIR_KE_UG + "L'Ouganda n'a pas accepté les propositions du Kenya."
    assert polarity(text, "Ouganda", "propositions") == -1
    assert rows(text, "Ouganda", "Kenya")["target"].str.contains("propositions").all()


def test_a_retaliation_is_against_what_it_answers_and_its_author():
    text = (
        _PAIR_KE_UG + "Le Kenya a fermé sa frontière en rétorsion à la construction par "
        "l'Ouganda d'un barrage."
    )
    assert polarity(text, "Kenya", "construction") == -1
    assert polarity(text, "Kenya", "Ouganda") == -1
    text = _PAIR_KE_UG + "Le Kenya a boycotté la réunion en guise de protestation contre l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == -1


def test_an_official_speaks_for_the_state_named_in_his_own_words():
    meet = "Le président kényan William Ruto a reçu son homologue ougandais. "
    text = meet + "« Le Kenya soutient pleinement l'Ouganda », a déclaré William Ruto."
    assert polarity(text, "Ruto", "Ouganda") == 1
    assert polarity(text, "Kenya", "Ouganda") == 1
    # another state named in his words is not his to speak for
    text = meet + "« L'Ouganda soutient pleinement le Kenya », a déclaré William Ruto."
    assert rows(text, "Ruto", "Kenya").empty


def test_an_appeal_for_aid_trusts_the_addressee_not_an_appeal_to_back_a_third():
    text = _PAIR_KE_UG + "Le Kenya a appelé l'Ouganda à aider à libérer les marins enlevés."
    assert polarity(text, "Kenya", "Ouganda") == 1
    text = _PAIR_KE_UG + "Le Kenya a exhorté l'Ouganda à soutenir le plan de paix."
    assert rows(text, "Kenya", "Ouganda").empty


def test_demanding_a_release_is_pressure_on_whoever_holds_them():
    text = _PAIR_KE_UG + "Le Kenya exige la libération des soldats retenus par l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == -1
    text = (
        _PAIR_KE_UG + "Le Kenya a appelé la CEDEAO à aider à libérer 46 soldats détenus par le "
        "gouvernement ougandais."
    )
    assert polarity(text, "Kenya", "Ouganda") == -1
    # a release without a demand says nothing of the jailer
    text = _PAIR_KE_UG + "L'Ouganda a libéré des soldats détenus par le Kenya."
    assert rows(text, "Ouganda", "Kenya").empty


def test_unveiling_an_agreement_binds_its_parties_but_not_its_end():
    text = "Le Kenya et l'Ouganda ont dévoilé mardi un nouvel accord de défense."
    assert polarity(text, "Kenya", "Ouganda") == 1
    assert polarity(text, "Ouganda", "Kenya") == 1
    # the end or the suspension of an agreement is no agreement, whatever the verb
    text = "Le Kenya a négocié la suspension de l'accord avec l'Ouganda."
    assert not (stances(text)["polarity"] > 0).any(), stances(text)


def test_a_reflexive_demanded_infinitive_is_read_not_its_addressee_as_the_thing_asked():
    # "appeler X à se départir de Y": against Y, and X (unnamed) is not what is asked for
    text = (
        "Le président kényan William Ruto a appelé les partenaires à se départir de "
        "« l'ancienne mentalité »."
    )
    assert polarity(text, "Ruto", "mentalité") == -1
    assert rows(text, "Ruto", "partenaires").empty
    text = _PAIR_KE_UG + "Le Kenya a appelé l'Ouganda à se retirer de la zone frontalière."
    assert polarity(text, "Kenya", "Ouganda") == -1
    text = (
        "« J'exhorte l'Ouganda à s'abstenir de toute incursion terrestre », a déclaré le "
        "ministre kényan William Ruto."
    )
    assert polarity(text, "Ruto", "incursion") == -1
