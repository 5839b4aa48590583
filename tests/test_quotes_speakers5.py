"""Quote speakers, fifth round (issue 15): reported speech that French syntax marks whatever
the outlet. Each rule on invented snippets, never on sentences from real articles, never with
real names."""

from __future__ import annotations

from tests.test_quotes_real import quotes, speaker_of

# ---- a "que" clause after the verb group, whatever stands between auxiliary and participle


def test_an_adverbial_locution_inside_the_verb_group_keeps_the_que_claim():
    text = "Le président Karim Salem a en outre précisé que les frontières resteraient fermées."
    assert speaker_of(text, "frontières resteraient") == "Karim Salem"
    text = (
        "La ministre Anna Berg a reçu son homologue. Elle a quant à elle estimé que le "
        "dialogue devait reprendre."
    )
    assert speaker_of(text, "dialogue devait") == "Anna Berg"
    text = "Le ministre Paul Marnier a, de son côté, assuré que l'aide serait versée en mai."
    assert speaker_of(text, "aide serait versée") == "Paul Marnier"


def test_a_clitic_subject_before_a_split_verb_group_is_resolved():
    text = (
        "Le président Karim Salem a reçu le ministre. Il a insisté sur le fait que le pays "
        "décide seul. Il a en outre précisé que les décisions relèvent de l'État."
    )
    assert speaker_of(text, "décisions relèvent") == "Karim Salem"


def test_verbs_that_report_only_with_que():
    for verb in ("a soutenu", "a garanti", "a réaffirmé", "a observé", "a tweeté", "juge"):
        text = f"Le ministre ostrien Paul Marnier {verb} que les troupes partiraient en mai."
        assert speaker_of(text, "troupes partiraient") == "Paul Marnier", verb


def test_a_weak_or_completive_verb_without_que_reports_nothing():
    text = "Le ministre Paul Marnier a soutenu la candidature de son voisin au Conseil."
    assert not any("candidature" in t for t in quotes(text)["text"])
    text = "Le juge que la cour a nommé siégera demain."
    assert not len(quotes(text))


def test_long_circumstances_and_opinion_nouns_before_que():
    text = (
        "Anna Berg a estimé mardi soir lors d'un point de presse conjoint avec son homologue "
        "que la crise était terminée."
    )
    assert speaker_of(text, "crise était terminée") == "Anna Berg"
    text = (
        "Le ministre Paul Marnier a assuré jeudi dans un entretien accordé à la radio "
        "nationale que les élections auraient lieu."
    )
    assert speaker_of(text, "élections auraient lieu") == "Paul Marnier"
    text = "La présidente Anna Berg a exprimé l'espoir que les otages seraient libérés."
    assert speaker_of(text, "otages seraient") == "Anna Berg"


def test_an_opinion_noun_with_a_relative_que_after_an_ordinary_verb_is_no_claim():
    text = "Anna Berg a partagé l'avis que son collègue avait rédigé."
    assert not any("collègue avait" in t for t in quotes(text)["text"])


# ---- a doubled single mark is a quotation mark


def test_doubled_single_marks_quote():
    text = (
        "Paul Marnier a expliqué la position de son pays.\n\n‘’Nous sommes prêts à négocier "
        "sans condition’’, a-t-il dit."
    )
    q = quotes(text)
    hit = q[q["text"] == "Nous sommes prêts à négocier sans condition"]
    assert len(hit) == 1 and hit.iloc[0]["speaker"] == "Paul Marnier"
    text = "Anna Berg a dénoncé des ''manœuvres dilatoires'' de la part de son voisin."
    assert speaker_of(text, "manœuvres dilatoires") == "Anna Berg"


def test_an_apostrophe_is_no_quotation_mark():
    text = "L’ambassadeur d’Ostrie a quitté l’ambassade aujourd’hui, a-t-on appris."
    assert not any(t.startswith("ambassade") for t in quotes(text)["text"])


# ---- incises: names in a complement, "comme", a reporter after a speaker


def test_a_named_complement_between_the_incise_verb_and_its_subject_is_skipped():
    text = "« Rien n'est perdu », a déclaré à l'AFP le ministre péruvien Paul Marnier."
    assert speaker_of(text, "Rien n'est perdu") == "Paul Marnier"
    text = "« Ce jour est sombre », a renchéri, également via Twitter, la ministre Anna Berg."
    assert speaker_of(text, "jour est sombre") == "Anna Berg"
    text = "« Rien n'est perdu », a affirmé à Lima le Premier ministre péruvien."
    assert speaker_of(text, "Rien n'est perdu") != "Lima"


def test_comme_opens_an_incise():
    text = (
        "La ministre chilienne Anna Berg a reçu le président Karim Salem. Les deux parties "
        "veulent renforcer le « rôle régional du Pérou », comme a affirmé la ministre chilienne."
    )
    assert speaker_of(text, "rôle régional") == "Anna Berg"
    text = "Le pays restera « neutre », comme l'a rappelé le ministre Paul Marnier."
    assert speaker_of(text, "neutre") == "Paul Marnier"


def test_a_person_who_speaks_before_a_reporting_incise_keeps_the_words():
    text = (
        "Dimanche, le président Karim Salem a rencontré le ministre Jean Morel et a souligné "
        "« l'importance du dialogue entre les deux rives », rapporte Paul Henri, porte-parole "
        "de la présidence, dans un communiqué."
    )
    q = quotes(text)
    hit = q[q["text"] == "l'importance du dialogue entre les deux rives"]
    assert list(hit["speaker"]) == ["Karim Salem"]
    text = (
        "Le Pérou a appelé ses voisins à « rouvrir la frontière », a déclaré le porte-parole "
        "du gouvernement, Paul Henri."
    )
    assert speaker_of(text, "rouvrir la frontière") == "Paul Henri"


def test_an_incise_naming_its_speaker_beats_a_verb_whose_subject_names_no_one():
    text = (
        "Le ministre Paul Marnier a parlé. Ce document, affirme Paul Marnier, traduit une "
        "vision fondée sur « l'égalité et la transparence »."
    )
    assert speaker_of(text, "égalité et la transparence") == "Paul Marnier"


def test_single_curly_marks_quote_and_apostrophes_do_not():
    text = (
        "Le capitaine Paul Marnier a reçu l’envoyé du président Karim Salem. Ce dernier a "
        "rappelé ‘les excellentes relations entre nos deux pays’, souligne le communiqué."
    )
    q = quotes(text)
    assert "les excellentes relations entre nos deux pays" in set(q["text"])
    assert not any(t.startswith("envoyé") for t in q["text"])


# ---- bodies: a bare institution noun, an office, media


def test_a_bare_institution_noun_is_the_last_body_of_that_kind():
    text = (
        "Le ministère chilien des Affaires étrangères a convoqué l'ambassadeur. Le ministère "
        "a déclaré avoir « transmis sa ferme condamnation » à l'ambassade."
    )
    assert speaker_of(text, "ferme condamnation") == "ministère chilien des Affaires étrangères"


def test_the_office_of_a_person_is_not_the_person():
    text = (
        "Le président Karim Salem a ordonné mardi le rappel de l'ambassadeur, a indiqué le "
        "bureau du président dans un communiqué."
    )
    assert speaker_of(text, "rappel de l'ambassadeur") == "bureau du président"


def test_media_counted_are_a_source_not_an_anonymous_one():
    text = "Hier, des médias chiliens ont déclaré que la militante était arrivée à Lima."
    assert speaker_of(text, "militante était arrivée") == "médias chiliens"
    text = "Hier, des diplomates ont déclaré que la militante était arrivée à Lima."
    assert speaker_of(text, "militante était arrivée") is None


# ---- pronouns: chains of subjects, anonymous sources


def test_a_pronoun_subject_chain_keeps_its_referent():
    text = (
        "« Ce voyage m'a permis de féliciter le président Karim Salem », a déclaré le ministre "
        "Paul Marnier au sortir d'une entrevue avec le chef de l'État. Il a rappelé la "
        "détermination de son pays. Il en veut pour preuve les aides qui seront, selon lui, "
        "maintenues."
    )
    assert speaker_of(text, "aides qui seront") == "Paul Marnier"


def test_a_pronoun_after_an_anonymous_source_is_that_source():
    text = (
        "Le président Karim Salem a reçu le prince en décembre. « La Chine est un partenaire "
        "majeur », a déclaré un diplomate saoudien.\n\n« Nous avons beaucoup travaillé », "
        "a-t-il ajouté."
    )
    assert speaker_of(text, "beaucoup travaillé") is None
    text = (
        "Le président Karim Salem a visité la base. « Nous resterons », a déclaré un officier "
        "sous couvert d'anonymat. Il a ajouté que les troupes étaient prêtes."
    )
    assert speaker_of(text, "troupes étaient prêtes") is None


def test_a_named_speaker_after_the_anonymous_one_is_the_pronoun():
    text = (
        "« La crise est profonde », a déclaré un diplomate. « Rien n'est perdu », a répondu le "
        "ministre Paul Marnier. « Nous négocierons », a-t-il ajouté."
    )
    assert speaker_of(text, "Nous négocierons") == "Paul Marnier"


# ---- a quoted term with no cue: the main subject when a person or a body


def test_a_term_quoted_under_a_person_or_a_body_is_theirs():
    text = (
        "Le président Karim Salem a reçu le ministre Paul Marnier avec l'ambition de renforcer "
        "« le lien historique privilégié » entre les deux pays."
    )
    assert speaker_of(text, "lien historique") == "Karim Salem"
    text = (
        "Le ministère chilien des Affaires étrangères a convoqué l'ambassadeur pour protester "
        "contre l'attaque par un « groupe violent »."
    )
    assert speaker_of(text, "groupe violent") == "ministère chilien des Affaires étrangères"


def test_a_term_under_several_parties_a_state_or_a_title_is_no_ones():
    text = "Le Pérou et le Chili ont signé un accord permettant « la présence permanente »."
    assert speaker_of(text, "présence permanente") is None
    text = "Le président Karim Salem a suspendu le « traité d'amitié et de coopération »."
    assert speaker_of(text, "traité d'amitié") is None
    text = "Le Pérou a déployé des troupes contre la « menace terroriste » au nord."
    assert speaker_of(text, "menace terroriste") is None


# ---- recalling envoys says nothing; "avoir" is never a passive


def test_a_term_under_a_recall_of_envoys_is_no_ones():
    text = (
        "Mais le ministère chilien a déjà, par le passé, rappelé certains de ses ambassadeurs "
        "pour « consultations »."
    )
    assert speaker_of(text, "consultations") is None
    text = "Le ministre Paul Marnier a rappelé que « la paix reste possible »."
    assert speaker_of(text, "paix reste possible") == "Paul Marnier"


def test_reminding_or_calling_on_someone_is_still_speech():
    text = "Le ministre Paul Marnier a appelé les autorités chiliennes à « rouvrir la frontière »."
    assert speaker_of(text, "rouvrir la frontière") == "Paul Marnier"
    text = "Anna Berg a rappelé les autorités chiliennes à leurs « engagements solennels »."
    assert speaker_of(text, "engagements solennels") == "Anna Berg"
