"""Quote speakers on the forms real press uses (issue 15): each rule on invented snippets,
never on sentences from real articles, and never with real names."""

from __future__ import annotations

from tests.helpers import quotes_of as quotes
from tests.helpers import speaker_of

# ---- class 4: a document speaks for its issuer


def test_a_communique_of_x_speaks_for_x_and_on_reads_it():
    text = (
        "La présidence ostrienne a réagi jeudi soir à la rupture. « Le pays ne cédera à aucune "
        "pression extérieure », lit-on dans le communiqué de la présidence ostrienne."
    )
    assert speaker_of(text, "aucune pression") == "présidence ostrienne"
    text = (
        "« Rien ne justifie cette rupture », peut-on lire dans la note du ministère ostrien "
        "de la Défense."
    )
    assert speaker_of(text, "Rien ne justifie") == "ministère ostrien de la Défense"


def test_the_communique_and_the_same_source_are_the_issuer_already_quoted():
    text = (
        "« Nous regrettons profondément cette décision unilatérale », indique le ministère "
        "valdorien des Affaires étrangères dans un communiqué. « Le royaume restera un "
        "partenaire loyal pour ses voisins », poursuit le communiqué. « Aucune concession ne "
        "sera faite sur la frontière », a-t-on ajouté de même source. « Le dialogue reste "
        "possible », ajoute la même source. Le communiqué souligne que le gouvernement rejette "
        "les accusations de ses voisins."
    )
    issuer = "ministère valdorien des Affaires étrangères"
    for fragment in ("partenaire loyal", "Aucune concession", "dialogue reste", "rejette les"):
        assert speaker_of(text, fragment) == issuer, fragment


def test_a_communique_with_no_issuer_and_no_one_quoted_names_nobody():
    text = "« Les frontières resteront fermées », indique un communiqué publié dans la nuit."
    assert speaker_of(text, "frontières resteront") is None


# ---- a phrase that names nobody never hides a named speaker


def test_a_selon_naming_nobody_gives_way_to_a_named_speech_verb():
    text = (
        "Selon un article paru jeudi, la ministre ostrienne Ilse Varga estimerait que le "
        "pays vit sur « une rente diplomatique », entretenue par « les vieilles élites »."
    )
    assert speaker_of(text, "rente diplomatique") == "Ilse Varga"
    assert speaker_of(text, "vieilles élites") == "Ilse Varga"
    text = (
        "Le président valdorien Tomas Orlen a déclaré que sa rencontre avec son homologue "
        "avait été franche et cordiale, selon la traduction officielle de ses propos."
    )
    assert speaker_of(text, "franche et cordiale") == "Tomas Orlen"


def test_anonymous_sources_still_leave_a_quote_unattributed():
    text = "Selon des sources diplomatiques, la Valdorie prépare « une riposte graduée »."
    assert speaker_of(text, "riposte graduée") is None


def test_an_incise_earlier_in_the_sentence_names_the_speaker_of_a_later_quote():
    text = (
        "Le ministre valdorien Piotr Ansel a défendu la réforme des visas devant la presse. "
        "En revanche, ajoute-t-il, l'objectif est « de gêner les dirigeants » et non les "
        "étudiants."
    )
    assert speaker_of(text, "gêner les dirigeants") == "Piotr Ansel"


# ---- classes 5 and 7: a quotation no rule attributes continues the last speaker


def test_a_quote_with_no_cue_continues_the_speaker_of_its_paragraph():
    text = (
        "La ministre ostrienne Ilse Varga a souligné que sa visite avait « un double objectif ». "
        "Elle vise « à rétablir la confiance entre les deux capitales ». Le voyage tend aussi à "
        "« préparer un partenariat durable pour la prochaine décennie »."
    )
    assert speaker_of(text, "rétablir la confiance") == "Ilse Varga"
    assert speaker_of(text, "partenariat durable") == "Ilse Varga"


def test_a_paragraph_opening_quote_continues_the_previous_paragraph_speaker():
    text = (
        "« Notre pays restera fidèle à ses engagements internationaux », a déclaré le président "
        "valdorien Tomas Orlen dans son discours.\n\n"
        "« Nous ne laisserons personne remettre en cause nos frontières, ni aujourd'hui ni "
        "demain. »\n\n"
        "Le texte du discours a ensuite été publié. Les observateurs parlent d'un tournant "
        "« historique »."
    )
    assert speaker_of(text, "remettre en cause") == "Tomas Orlen"
    assert speaker_of(text, "historique") is None  # a short term: the journalist's word


def test_a_quote_in_a_later_paragraph_that_does_not_open_it_is_not_continued():
    text = (
        "« Notre pays restera fidèle à ses engagements internationaux », a déclaré le président "
        "valdorien Tomas Orlen.\n\n"
        "Le pays entre désormais dans « une période de grande incertitude politique »."
    )
    assert speaker_of(text, "grande incertitude") is None


# ---- class 6: broken quotation marks; participle clauses and speech locutions


def test_a_closing_mark_used_as_an_opener_and_mixed_marks_keep_the_quote():
    from analysis.document.article import parse_article
    from analysis.extract.quotes import find_marks

    for text, expected in (
        ("Il parle d'»infamie» et de «trahison».", ["infamie", "trahison"]),
        ('“Nous tiendrons bon", a-t-elle dit.', ["Nous tiendrons bon"]),
        ('Un accord « sans précédent" selon eux.', ["sans précédent"]),
    ):
        art = parse_article(text, check_language=False)
        assert [text[m.start : m.end] for m in find_marks(art.text, art.paragraphs)] == expected


def test_a_participle_clause_takes_the_subject_of_its_verb():
    text = (
        "Les médias valdoriens ont largement relayé ces déclarations, en les qualifiant "
        "d'»insultantes» et de «provocation»."
    )
    assert speaker_of(text, "insultantes") == "médias valdoriens"
    assert speaker_of(text, "provocation") == "médias valdoriens"
    text = (
        "Le ministre ostrien Karl Weiss a critiqué la décision, la qualifiant de « grave erreur »."
    )
    assert speaker_of(text, "grave erreur") == "Karl Weiss"


def test_speech_locutions_attribute_a_quote():
    text = (
        "Le chef de la diplomatie ostrienne, Karl Weiss, a passé en revue les relations entre "
        "les deux pays en mettant en relief une attitude « hostile » de son voisin."
    )
    assert speaker_of(text, "hostile") == "Karl Weiss"


# ---- class 2 and 4: a state speaks through "la partie X", "les autorités X"


def test_the_side_or_the_authorities_of_a_nationality_speak_for_that_state():
    text = (
        "La Norvège et le Chili ont signé mardi un protocole d'accord qui couvre la coopération "
        "« sous tous ses aspects », selon la partie norvégienne."
    )
    assert speaker_of(text, "sous tous ses aspects") == "Norvège"
    text = (
        "Le Portugal a rappelé son ambassadeur. Les autorités portugaises ont fait savoir à "
        "leurs homologues que cette visite avait « profondément blessé » le peuple."
    )
    assert speaker_of(text, "profondément blessé") == "Portugal"


def test_the_side_of_a_state_is_never_the_addressee_after_it():
    # "partie" is a quantity noun only before "de" ("une partie des élus")
    text = "« Rien n'est encore décidé », a indiqué la partie chilienne à la presse."
    assert speaker_of(text, "Rien n'est") in (None, "Chili")
    text = "« Nous resterons mobilisés », ont affirmé une partie des manifestants."
    assert speaker_of(text, "resterons mobilisés") == "manifestants"


# ---- classes 3 and 5: rare or misspelt cue verbs, a title after the verb


def test_a_misspelt_or_unknown_cue_verb_still_attributes_the_quote():
    text = (
        "Le ministre ostrien Karl Weiss a souligé qu'« il s'agit d'une étape très importante "
        "pour nos deux pays »."
    )
    assert speaker_of(text, "étape très importante") == "Karl Weiss"
    text = (
        "Le Premier ministre valdorien, Tomas Orlen, s'est rendu mardi à Vienne. « Nous avons "
        "ouvert un nouveau chapitre », a tweeté le Premier ministre."
    )
    assert speaker_of(text, "nouveau chapitre") == "Tomas Orlen"


def test_a_known_verb_one_letter_from_a_cue_is_no_cue():
    text = "Le ministre ostrien Karl Weiss a exporté « des idées nouvelles »."
    q = quotes(text)  # (the term may still be the subject's: no speech cue reads it)
    assert list(q["cue"]) == [""] and list(q["attribution"]) != ["cue"]


def test_a_pronoun_cue_skips_the_person_named_inside_the_quote():
    text = (
        "La ministre ostrienne Ilse Varga a reçu son homologue mardi. « Pourquoi le président "
        "Karl Weiss refuse-t-il toujours de venir à la table des négociations ? », "
        "s'est-elle interrogée."
    )
    assert speaker_of(text, "Pourquoi le président") == "Ilse Varga"


# ---- class 5: the speaker named in the sentence after the quote


def test_a_quote_whose_speaker_the_next_sentence_names():
    text = (
        "« Nous ne renoncerons jamais à notre souveraineté sur ces territoires. » Ce sont les "
        "mots du président ostrien Karl Weiss, prononcés mardi devant le Parlement."
    )
    assert speaker_of(text, "renoncerons jamais") == "Karl Weiss"
    text = (
        "« Le temps des compromis est terminé pour notre pays. » C'est ce qu'a déclaré mardi "
        "la ministre ostrienne Ilse Varga devant les députés."
    )
    assert speaker_of(text, "temps des compromis") == "Ilse Varga"
    text = "« Le temps des compromis est terminé. » C'est ce que la ministre Ilse Varga a affirmé."
    assert speaker_of(text, "temps des compromis") == "Ilse Varga"


def test_a_presentative_that_names_no_speaker_leaves_the_quote_unattributed():
    text = (
        "« Le temps des compromis est terminé pour notre pays. » Ce sont des mots forts pour un "
        "pays habitué au consensus."
    )
    assert speaker_of(text, "temps des compromis") is None


# ---- reported speech: a speech verb with an infinitive claim


def test_a_speech_verb_with_an_infinitive_reports_a_claim():
    text = (
        "Dans un communiqué, le gouvernement ostrien dit avoir pris note de la décision des "
        "autorités voisines."
    )
    assert speaker_of(text, "avoir pris note") == "gouvernement ostrien"
    text = (
        "Le président Karl Weiss a ajouté avoir discuté avec son homologue de plusieurs "
        "questions régionales."
    )
    assert speaker_of(text, "avoir discuté") == "Karl Weiss"


def test_an_inverted_cue_pair_is_no_infinitive_claim():
    text = (
        "Le sommet pourrait être reporté à l'automne, croit savoir le quotidien ostrien Die Stimme."
    )
    q = quotes(text)
    assert not q["text"].str.startswith("savoir").any()


def test_a_bare_past_participle_is_no_incise():
    text = (
        "L'Ostrie a annoncé mardi la suspension du traité d'amitié, conclu en 2002, avec la "
        "Valdorie, indique la présidence ostrienne dans une déclaration."
    )
    assert speaker_of(text, "suspension du traité") == "présidence ostrienne"
    text = (
        "La ministre Ilse Varga a clos la réunion. « Nous tiendrons nos engagements », "
        "a-t-elle conclu."
    )
    assert speaker_of(text, "tiendrons nos engagements") == "Ilse Varga"


def test_the_communique_refers_back_to_the_last_document_named_with_its_issuer():
    text = (
        "Dans un communiqué du ministère ostrien des Affaires étrangères, le royaume dit "
        "regretter la rupture. Ainsi, « le pays regrette cette décision injustifiée et rejette "
        "les prétextes avancés », peut-on apprendre du communiqué."
    )
    assert speaker_of(text, "rejette les prétextes") == "ministère ostrien des Affaires étrangères"
