"""Quote speakers on real-press forms, third round (issue 15): each rule on invented snippets,
never on sentences from real articles, and never with real names."""

from __future__ import annotations

from tests.test_quotes_real import quotes, speaker_of


def test_an_inverted_subject_after_circumstances_is_the_speaker():
    text = (
        "« Nous ne céderons sur rien », a déclaré devant la presse jeudi le ministre de la "
        "Défense, Paul Marnier. La capitale accueillera le sommet en juin, a annoncé, vendredi "
        "soir, le gouvernement ostrien. « Le pays restera uni », a affirmé à la tribune Karl Vest."
    )
    assert speaker_of(text, "céderons") == "Paul Marnier"
    assert speaker_of(text, "accueillera le sommet") == "gouvernement ostrien"
    assert speaker_of(text, "restera uni") == "Karl Vest"


def test_a_par_agent_after_an_inverted_verb_is_no_subject():
    text = "« La réforme sera votée », a été annoncé, mardi, par voie de presse."
    assert speaker_of(text, "réforme sera votée") is None


def test_a_semicolon_typed_for_the_comma_before_an_incise():
    text = (
        'La ministre Anna Berg a reçu son homologue. "Le dialogue est crucial pour notre '
        'région. Nous comptons sur nos voisins"; a-t-elle affirmé.'
    )
    assert speaker_of(text, "dialogue est crucial") == "Anna Berg"


def test_on_after_a_fronted_institution_speaks_for_it():
    text = (
        "Le président Marc Olsen se rendra à Ostrava en juin. À la présidence ostrienne, on "
        "souligne que les deux parties sont « en discussion pour fixer une date ». Au ministère "
        "valdorien des Affaires étrangères, on assure que « rien n'est décidé »."
    )
    assert speaker_of(text, "en discussion") == "présidence ostrienne"
    assert speaker_of(text, "rien n'est") == "ministère valdorien des Affaires étrangères"


def test_on_after_a_fronted_place_or_time_names_nobody():
    text = (
        "À Ostrava, on estime que « la visite aura lieu ». Dans la soirée, on apprenait que "
        "« le sommet est reporté »."
    )
    assert speaker_of(text, "visite aura lieu") is None
    assert speaker_of(text, "sommet est reporté") is None


def test_a_misspelt_cue_after_an_adverb_still_attributes_the_quote():
    text = (
        "La ministre Anna Berg a aussi expliqé que « la paix est proche ». Karl Vest a "
        "d'ailleurs souligé qu'« il s'agit d'une étape très importante pour nous »."
    )
    assert speaker_of(text, "paix est proche") == "Anna Berg"
    assert speaker_of(text, "étape très importante") == "Karl Vest"


def test_an_incise_with_a_locution_between_auxiliary_and_verb():
    text = (
        "« Nous n'avons pas confiance dans ce gouvernement », a de son côté fait valoir le "
        "ministère valdorien des Affaires étrangères. « C'est une visite historique », a pour "
        "sa part estimé Karl Vest."
    )
    assert speaker_of(text, "pas confiance") == "ministère valdorien des Affaires étrangères"
    assert speaker_of(text, "visite historique") == "Karl Vest"


def test_a_participle_clause_after_an_incise_speaks_with_its_speaker():
    text = (
        "« C'est une visite historique », a estimé Karl Vest, soulignant qu'il s'agissait de "
        "« la première visite d'un président ostrien ». « La frontière restera fermée », a "
        "affirmé un communiqué de la présidence ostrienne, en ajoutant que les forces de "
        "sécurité avaient été placées en état d'alerte."
    )
    assert speaker_of(text, "première visite") == "Karl Vest"
    assert speaker_of(text, "placées en état") == "présidence ostrienne"


def test_people_counted_but_not_named_are_anonymous():
    text = (
        "« On est tombé des nues », soufflent de hauts gradés en poste à Ostrava. « Il règne "
        "une certaine fébrilité », disent pudiquement plusieurs officiers. « Nous resterons "
        "vigilants », ont déclaré les ministres ostriens."
    )
    assert speaker_of(text, "tombé des nues") is None
    assert speaker_of(text, "fébrilité") is None
    assert speaker_of(text, "resterons vigilants") == "ministres ostriens"


def test_a_document_addressed_to_someone_speaks_for_the_clause_subject():
    text = (
        "Ce faisant, la présidence ostrienne donne « un délai d'un mois » pour « le départ de "
        "tous les conseillers valdoriens », peut-on lire dans la note adressée au ministère "
        "valdorien des Affaires étrangères. « Les accords sont caducs », peut-on lire dans la "
        "lettre envoyée à l'ambassade."
    )
    assert speaker_of(text, "délai d'un mois") == "présidence ostrienne"
    assert speaker_of(text, "départ de tous") == "présidence ostrienne"
    assert speaker_of(text, "accords sont caducs") is None


def test_a_pronoun_cue_never_resolves_to_a_capital_tagged_as_a_person():
    text = (
        "Le Rwanda et l'Ostrie sont en froid. « La frontière est fermée », a déclaré jeudi le "
        "ministre ostrien de l'Intérieur, Paul Marnier. Ostrava accuse Kigali de soutenir des "
        "rebelles. « Nous avons un mauvais voisin », a-t-il également affirmé, soutenant que "
        "le voisin « héberge des criminels »."
    )
    assert speaker_of(text, "mauvais voisin") == "Paul Marnier"
    assert speaker_of(text, "héberge des criminels") == "Paul Marnier"


def test_a_bare_title_nobody_holds_names_no_speaker():
    text = (
        "Le président Lars Odin a reçu le prince Omar, a affirmé un responsable ostrien sous "
        "couvert d'anonymat. « La Valdorie est un partenaire majeur », a déclaré le "
        "responsable. « Le pays restera vigilant », a insisté le diplomate ostrien."
    )
    assert speaker_of(text, "partenaire majeur") is None
    assert speaker_of(text, "restera vigilant") is None


def test_a_title_still_links_to_the_person_who_holds_it():
    text = (
        "Le ministre ostrien des Affaires étrangères, Karl Vest, est arrivé mardi à Valdor. "
        "« Nous venons en amis », a déclaré le ministre."
    )
    assert speaker_of(text, "venons en amis") == "Karl Vest"


def test_a_title_in_other_words_designates_the_office_holder():
    text = (
        "La Première ministre Anna Berg est arrivée mardi à Ostrava pour une visite de deux "
        "jours. Elle a visité le port. « Nous venons en partenaires », a déclaré jeudi la "
        "cheffe du gouvernement."
    )
    assert speaker_of(text, "venons en partenaires") == "Anna Berg"


def test_the_words_of_someone_speak_for_them():
    text = (
        "Le président Lars Odin a visité la base, qui va se « réinventer », selon les propres "
        "mots du président Odin."
    )
    assert speaker_of(text, "réinventer") == "Lars Odin"


def test_a_quote_after_a_sentence_where_someone_speaks_without_marks():
    text = (
        "Le Premier ministre Karl Vest a reçu la ministre Anna Berg. « Votre pays peut compter "
        "sur notre soutien », a-t-il assuré. Anna Berg a également souligné le rôle de Valdor "
        "dans le conflit. « Valdor est l'agresseur. Nous ne devons jamais perdre cela de vue »."
    )
    assert speaker_of(text, "Valdor est l'agresseur") == "Anna Berg"


def test_a_quote_after_a_sentence_with_no_speech_is_not_announced():
    text = (
        "Anna Berg a visité le port mardi. « Valdor est l'agresseur. Nous ne devons jamais "
        "perdre cela de vue »."
    )
    assert speaker_of(text, "Valdor est l'agresseur") is None


def test_reported_speech_past_complements_and_circumstances():
    text = (
        "Karl Vest souligne à l'attention de ses jeunes interlocuteurs que la réduction des "
        "visas n'aura aucun impact. Le gouvernement ostrien a annoncé jeudi 28 novembre au soir "
        "mettre fin aux accords de défense avec Valdor."
    )
    assert speaker_of(text, "réduction des visas") == "Karl Vest"
    assert speaker_of(text, "mettre fin aux accords") == "gouvernement ostrien"


def test_a_relative_que_after_a_direct_object_is_no_claim():
    text = "Le ministre Karl Vest a déclaré la mesure que le gouvernement a prise."
    q = quotes(text)
    assert not q["text"].str.contains("gouvernement a prise").any()


def test_asking_someone_to_act_is_a_reported_claim():
    text = (
        "Le président ostrien Lars Odin a appelé le pays voisin à chercher à améliorer ses "
        "relations avec Valdor. La présidente Anna Berg a demandé solennellement à son "
        "homologue de trouver une solution pour la restitution des îles."
    )
    assert speaker_of(text, "chercher à améliorer") == "Lars Odin"
    assert speaker_of(text, "trouver une solution") == "Anna Berg"


def test_announcing_or_reaffirming_something_is_a_reported_claim():
    text = (
        "Le gouvernement ostrien a annoncé vendredi le rappel de son ambassadeur pour "
        "consultations. La présidente Anna Berg a réaffirmé son soutien total au processus de "
        "paix."
    )
    assert speaker_of(text, "rappel de son ambassadeur") == "gouvernement ostrien"
    assert speaker_of(text, "soutien total") == "Anna Berg"


def test_taking_note_is_no_document_and_a_state_form_is_the_state():
    text = (
        "Dans un communiqué du ministère norvégien des Affaires étrangères, le Royaume de "
        "Norvège dit avoir pris note de la décision des autorités suédoises. Ainsi, « la "
        "Norvège regrette cette décision injustifiée », peut-on apprendre du communiqué. Le "
        "Royaume de Norvège a affirmé qu'il resterait « un partenaire loyal pour ses voisins »."
    )
    assert speaker_of(text, "regrette cette décision") == (
        "ministère norvégien des Affaires étrangères"
    )
    assert speaker_of(text, "partenaire loyal") == "Norvège"


def test_a_participle_asking_someone_is_no_claim_of_its_object():
    text = (
        "Le ministre Karl Vest a appelé Valdor à cesser le feu, demandant également au "
        "mouvement rebelle de faire de même."
    )
    q = quotes(text)
    assert not (q["speaker"] == "mouvement rebelle").any()


def test_an_opening_mark_typed_for_the_closer_still_closes_the_quote():
    text = (
        "Le gouvernement ostrien vient de dénoncer « l'accord de coopération militaire, conclu "
        "en 1961, y compris ses deux annexes« . La ministre Anna Berg a rappelé que « les deux "
        "pays ont des liens profonds « . Puis elle est partie."
    )
    assert speaker_of(text, "deux annexes") == "gouvernement ostrien"
    assert speaker_of(text, "liens profonds") == "Anna Berg"
    assert not quotes(text)["text"].str.contains("Puis elle").any()


def test_a_quotation_opening_with_the_speech_verb_is_its_subject_s():
    text = (
        "De son côté, l'Ostrie a « noté avec regret » cette décision de Valdor. Le ministre "
        "Karl Vest « a souligné les risques de la guerre pour la région »."
    )
    assert speaker_of(text, "noté avec regret") == "Ostrie"
    assert speaker_of(text, "souligné les risques") == "Karl Vest"


def test_a_pronoun_cue_prefers_the_agent_of_a_passive_to_its_addressee():
    text = (
        "Un message chaleureux a été adressé par le ministre Karl Vest au président Lars Odin "
        "lors du dîner. « Nous sommes vos amis », a-t-il assuré."
    )
    assert speaker_of(text, "vos amis") == "Karl Vest"
