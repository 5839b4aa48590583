"""General stance rules for real press, round 3 (issue 15): holders of purpose clauses,
passives and "ce dernier"; demands, feelings, impersonal judgements, ruptures, frictions and
thanks. Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows, stances


def test_a_purpose_infinitive_is_the_act_of_the_main_subjects():
    text = (
        "Le Kenya et la Tanzanie ont signé lundi à Mombasa un accord permettant la présence "
        "de garde-côtes, pour lutter contre la piraterie dans la région."
    )
    assert polarity(text, "Kenya", "piraterie") == -1
    assert polarity(text, "Tanzanie", "piraterie") == -1
    assert rows(text, "Mombasa", "piraterie").empty
    text = "Le Pérou a rappelé son ambassadeur pour protester contre la réforme chilienne."
    assert polarity(text, "Pérou", "réforme") == -1


def test_a_passive_signature_binds_every_coordinated_agent():
    text = (
        "Le traité a été signé par la ministre ghanéenne Ama Owusu et l'ambassadeur du Japon, "
        "Kenji Sato, en présence du maire."
    )
    assert polarity(text, "Ama Owusu", "traité") == 1
    assert polarity(text, "Kenji Sato", "traité") == 1
    assert rows(text, "maire", "traité").empty
    text = "La convention a été ratifiée vendredi par le Chili et l'Uruguay."
    assert polarity(text, "Chili", "convention") == 1
    assert polarity(text, "Uruguay", "convention") == 1


def test_ce_dernier_holds_the_stance_of_the_last_actor_named():
    text = (
        "Le président Ivo Brun s'est entretenu mardi avec le président Karl Mott. "
        "Ce dernier a remercié son interlocuteur pour son invitation."
    )
    assert polarity(text, "Karl Mott", "interlocuteur") == 1
    assert rows(text, "Ivo Brun", "interlocuteur").empty
    text = "Le Chili a reçu l'Uruguay. Celui-ci a salué l'accueil chaleureux du pays hôte."
    assert polarity(text, "Uruguay", "accueil") == 1


def test_demanding_the_departure_of_forces_is_against_them():
    text = "La Bolivie demande le départ définitif des militaires péruviens de ses casernes."
    assert polarity(text, "Bolivie", "militaires") == -1
    text = (
        "Le 3 mars, le Niger avait exigé le retrait, dans un délai d'un mois, de la force "
        "française stationnée à Niamey."
    )
    assert polarity(text, "Niger", "force") == -1
    # ending strikes against Somalia is no stance against Somalia
    text = "Le Kenya exige la fin des frappes contre la Somalie."
    assert rows(text, "Kenya", "Somalie").query("polarity < 0").empty


def test_a_feeling_after_avec_says_how_the_subject_takes_the_object():
    text = "De son côté, le Rwanda a « noté avec regret » cette décision de la Tanzanie."
    assert polarity(text, "Rwanda", "décision") == -1
    text = "Le Ghana a accueilli avec une grande satisfaction l'annonce du Togo."
    assert polarity(text, "Ghana", "annonce") == 1
    text = "Le Mali n'a pas accueilli avec satisfaction la décision du Niger."
    assert rows(text, "Mali", "décision").empty


def test_an_impersonal_judgement_is_on_the_subject_of_its_clause():
    text = "Le Kenya a jugé qu'il était inacceptable que l'Ouganda ferme sa frontière."
    assert polarity(text, "Kenya", "Ouganda") == -1
    text = "« Il n'est pas normal que le Mali refuse le dialogue », a estimé le Niger."
    assert polarity(text, "Niger", "Mali") == -1
    # a passive clause names the one it happens to
    text = "Le Kenya a jugé qu'il était inacceptable que la Tanzanie soit ainsi isolée."
    assert rows(text, "Kenya", "Tanzanie").empty


def test_a_negation_above_a_que_clause_stays_outside_it():
    text = "Le Mali ne veut pas que le Togo refuse le dialogue."
    assert polarity(text, "Togo", "dialogue") == -1
    text = "Le Mali ne soutient pas le plan du Togo."
    assert polarity(text, "Mali", "plan") == -1


def test_asking_for_help_is_no_pressure_and_targets_stop_before_participles():
    text = (
        "La Côte d'Ivoire a appelé la CEDEAO à aider à libérer les soldats détenus par "
        "la junte voisine."
    )
    assert rows(text, "Côte d'Ivoire", "CEDEAO").query("polarity < 0").empty
    assert rows(text, "Côte d'Ivoire", "junte").query("polarity > 0").empty
    text = "Le Kenya a appelé la Russie à cesser les combats."
    assert polarity(text, "Kenya", "Russie") == -1


def test_demander_a_x_de_infinitive_puts_pressure_on_x():
    text = "Le Kenya a demandé à l'Ouganda de retirer ses troupes."
    assert polarity(text, "Kenya", "Ouganda") == -1
    text = "Le ministre Jean Brun a demandé au Hezbollah de cesser le feu."
    assert polarity(text, "Jean Brun", "Hezbollah") == -1
    text = "Le Mali a demandé au Niger de l'aider."
    assert rows(text, "Mali", "Niger").query("polarity < 0").empty


def test_putting_an_end_to_agreements_with_a_state_is_a_rupture():
    text = "Le Tchad a annoncé jeudi mettre fin aux accords de défense avec la France."
    assert polarity(text, "Tchad", "France") == -1
    text = "Le Gabon a décidé de mettre un terme à la coopération militaire avec l'Espagne."
    assert polarity(text, "Gabon", "Espagne") == -1


def test_a_passive_stance_verb_acts_on_its_subject():
    text = "Six diplomates indiens ont été expulsés par le Canada lundi."
    assert polarity(text, "Canada", "diplomates") == -1
    text = "Le plan du Mali a été soutenu par le Niger et le Tchad."
    assert polarity(text, "Niger", "Mali") == 1
    assert polarity(text, "Tchad", "Mali") == 1


def test_a_friction_noun_that_opposes_two_parties():
    text = "La crise qui oppose le Kenya à l'Ouganda s'aggrave."
    assert polarity(text, "Kenya", "Ouganda") == -1
    assert polarity(text, "Ouganda", "Kenya") == -1
    text = "Le conflit opposant l'Éthiopie et l'Érythrée dure depuis des années."
    assert polarity(text, "Éthiopie", "Érythrée") == -1
    # the reflexive verb is the ordinary stance verb
    text = "Le Ghana s'oppose à la Zambie."
    assert polarity(text, "Ghana", "Zambie") == -1


def test_thanks_and_admiration_and_the_voice_of_a_light_verb():
    text = "Le président ukrainien a adressé ses remerciements au roi des Belges."
    assert polarity(text, "président ukrainien", "roi") == 1
    text = "Le président Ivo Brun a exprimé l'admiration de la Zembla envers son interlocuteur."
    assert polarity(text, "Ivo Brun", "interlocuteur") == 1
    assert polarity(text, "Zembla", "interlocuteur") == 1
    text = "Le Mali a fait confiance au Niger."
    assert polarity(text, "Mali", "Niger") == 1
    assert not stances("Le Mali a fait une confiance prudente.").query("polarity > 0").shape[0]


def test_a_relation_quality_with_an_avec_partner():
    text = "« Nous avons des relations très étroites avec la Tunisie », a assuré Omar Talbi."
    assert polarity(text, "Omar Talbi", "Tunisie") == 1
    text = "Le Kenya entretient des relations difficiles avec l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == -1


def test_a_possessive_intention_is_the_subjects_and_growth_verbs_favour_ties():
    text = (
        "Le Premier ministre Paul Roy a indiqué dimanche son ambition de « doubler » les "
        "échanges commerciaux entre la France et le Québec."
    )
    assert polarity(text, "Paul Roy", "échanges") == 1
    text = "Le président Ivo Brun a exprimé sa volonté d'établir un partenariat durable."
    assert polarity(text, "Ivo Brun", "partenariat") == 1
    text = "Le président Erol Tan a affirmé vouloir accroître les échanges avec le Soudan."
    assert polarity(text, "Erol Tan", "échanges") == 1


def test_relying_on_support_is_the_givers_stance():
    text = (
        "« L'Ukraine peut continuer à compter sur notre soutien », a assuré le Premier "
        "ministre belge Karel Peeters."
    )
    assert polarity(text, "Karel Peeters", "Ukraine") == 1
    assert rows(text, "Ukraine", "soutien").empty
    text = "Le Mali peut compter sur l'appui de la Russie."
    assert polarity(text, "Russie", "Mali") == 1


def test_the_guest_of_a_host_verb_is_the_actor_received_not_the_place():
    text = (
        "Le président Ivo Brun reçoit samedi à Paris le Premier ministre indien Narendra "
        "Singh pour un déjeuner."
    )
    assert polarity(text, "Ivo Brun", "Narendra Singh") == 1
    assert polarity(text, "Narendra Singh", "Ivo Brun") == 1
    assert rows(text, "Ivo Brun", "Paris").empty
    text = "Le Kenya a accueilli l'Ouganda à Nairobi."
    assert polarity(text, "Kenya", "Ouganda") == 1
    assert rows(text, "Kenya", "Nairobi").empty


def test_a_purpose_infinitive_climbs_over_a_misread_reporting_clause():
    text = (
        'Le Kenya et la Tanzanie ont signé lundi un accord permettant "la présence permanente" '
        "de garde-côtes dans le pays, pour notamment lutter contre la piraterie, a constaté "
        "un journaliste."
    )
    assert polarity(text, "Kenya", "piraterie") == -1
    assert rows(text, "journaliste", "piraterie").empty


def test_coordinated_copular_clauses_in_a_quote_are_judged_apart():
    text = "« La Russie est l'agresseur, l'Ukraine est la victime », a dit Karel Peeters."
    assert polarity(text, "Karel Peeters", "Russie") == -1
    assert rows(text, "Karel Peeters", "Ukraine").query("polarity < 0").empty
    text = "« Le Mali est un pays ami, le Niger est un voisin hostile », a dit Karel Peeters."
    assert polarity(text, "Karel Peeters", "Mali") == 1
    assert polarity(text, "Karel Peeters", "Niger") == -1
    text = "« La Chine est un acteur majeur de la sécurité du Golfe », a insisté Ali Saad."
    assert polarity(text, "Ali Saad", "Chine") == 1


def test_les_deux_dirigeants_hold_the_stance_of_the_pair():
    text = (
        "Le président Moon Jae-in a reçu Kim Jong-un. Les deux dirigeants ont réaffirmé leur "
        "engagement en faveur de la dénucléarisation de la péninsule."
    )
    assert polarity(text, "Moon Jae-in", "dénucléarisation") == 1
    assert polarity(text, "Kim Jong-un", "dénucléarisation") == 1


def test_a_harm_by_an_author_is_against_the_author_for_the_victim():
    text = "Le Brésil a condamné l'invasion de l'Ukraine par la Russie."
    assert polarity(text, "Brésil", "Russie") == -1
    assert polarity(text, "Brésil", "Ukraine") == 1
    assert rows(text, "Brésil", "Ukraine").query("target_text.str.contains('Russie')").empty


def test_assuring_someone_of_ones_support_and_demanding_a_release():
    text = "Le président kényan Paul Otieno a assuré le Ghana de son soutien."
    assert polarity(text, "Paul Otieno", "Ghana") == 1
    text = "Le Sénégal appelle à la libération de l'opposant Jean Kaba."
    assert polarity(text, "Sénégal", "Jean Kaba") == 1
    text = "Le Mali exige le retrait des troupes du Niger."
    assert rows(text, "Mali", "Niger").query("polarity > 0").empty
    text = "Erevan réclame la libération de plusieurs soldats détenus en Azerbaïdjan."
    assert rows(text, "Arménie|Erevan", "Azerbaïdjan").query("polarity > 0").empty


def test_locutions_ending_in_de_or_a_match_their_contracted_forms():
    text = "Le président kényan Paul Otieno a plaidé en faveur d'un dialogue inclusif."
    assert polarity(text, "Paul Otieno", "dialogue") == 1
    text = "Le Japon a exprimé sa vive inquiétude face aux essais nucléaires nord-coréens."
    assert polarity(text, "Japon", "essais") == -1


def test_stressing_the_importance_of_something_is_for_it_unless_it_is_harmful():
    text = "Le président Ivo Brun a souligné l'importance du dialogue entre la Chine et la France."
    assert polarity(text, "Ivo Brun", "dialogue") == 1
    assert stances("Le Japon a souligné l'importance des dégâts.").empty
    assert stances("Le Japon a souligné l'importance du conflit.").empty
    text = "La Russie est un important fournisseur d'armement de l'Algérie."
    assert polarity(text, "Russie", "Algérie") == 1


def test_condemning_an_attack_is_against_its_author_and_for_its_victim():
    text = "« Le Kenya condamne fermement ces attaques contre le Ghana », a affirmé Paul Otieno."
    assert polarity(text, "Kenya", "Ghana") == 1
    text = "Le Togo a dénoncé les frappes de la Russie contre l'Ukraine."
    assert polarity(text, "Togo", "Russie") == -1
    assert rows(text, "Togo", "Ukraine").query("polarity < 0").empty
    text = "Le Mali a condamné l'agression de l'Ukraine par la Russie."
    assert rows(text, "Mali", "Ukraine").query("polarity < 0").empty


def test_son_pays_in_a_reported_clause_is_the_reporters_state():
    text = (
        "Le Kenya et le Ghana sont voisins. Le président kényan Paul Otieno a déclaré que son "
        "pays soutenait le Ghana."
    )
    assert polarity(text, "Kenya", "Ghana") == 1
    text = "Le pays soutient le Ghana."
    assert rows(text, "Kenya", "Ghana").empty


def test_protesting_to_someone_is_against_them():
    assert polarity("Le Japon a protesté auprès de la Chine.", "Japon", "Chine") == -1
    text = "Le Japon a protesté contre la décision de la Chine."
    assert polarity(text, "Japon", "décision") == -1
