"""Quote speakers, sixth round (issue 15): precedence and fallbacks that follow French news
syntax whatever the outlet. Each rule on invented snippets, never on sentences from real
articles, never with real names."""

from __future__ import annotations

from tests.test_quotes_real import quotes, speaker_of


def speaker_of_exact(text: str, quoted: str) -> str | None:
    """The speaker of the quotation whose text is exactly ``quoted`` (not a reported claim
    that contains it)."""
    q = quotes(text)
    hits = q[q["text"] == quoted]
    assert len(hits), q[["text", "speaker"]].to_dict("records")
    value = hits.iloc[0]["speaker"]
    return None if value is None or value != value else str(value)


# ---- a quotation no cue attributes goes on with the one before it in its sentence


def test_a_second_quotation_with_no_verb_between_continues_the_first():
    text = (
        "Le ministre ostrien Paul Marnier a reçu des élus. Plus tard, la générale Anna Berg a "
        "affirmé qu'« il n'y a aucune troupe étrangère dans le pays », et pas « davantage de "
        "conseillers militaires permanents »."
    )
    assert speaker_of(text, "conseillers militaires") == "Anna Berg"
    text = (
        "Le président Karim Salem a défendu « une coopération sans conditions », notamment "
        "« un accès égal aux marchés du Nord »."
    )
    assert speaker_of(text, "accès égal") == "Karim Salem"


def test_a_verb_between_two_quotations_stops_the_continuation():
    text = (
        "Le président Karim Salem a défendu « une coopération sans conditions », tandis que "
        "les syndicats dénoncent « une braderie des ports nationaux »."
    )
    assert speaker_of(text, "braderie des ports") != "Karim Salem"


# ---- a sentence-final "selon X" is the source of the quotations no cue attributes


def test_a_closing_selon_beats_the_subject_of_the_main_verb():
    text = (
        "Le ministre valdorien Paul Marnier a été reçu par la présidente Anna Berg. Après avoir "
        "rencontré le ministre, il a eu un entretien avec la présidente sur « les routes "
        "commerciales du Sud », notamment « la question des visas », selon la présidence "
        "ostrienne."
    )
    assert speaker_of(text, "routes commerciales") == "présidence ostrienne"
    assert speaker_of(text, "question des visas") == "présidence ostrienne"


def test_a_closing_selon_leaves_an_explicit_cue_alone():
    text = (
        "La ministre Anna Berg a déclaré que le pays soutiendrait « une trêve immédiate », "
        "selon l'agence Ostria Presse."
    )
    assert speaker_of(text, "trêve immédiate") == "Anna Berg"


# ---- an office named without its holder is the one person the article gives it to


def test_an_indefinite_spokesman_is_the_spokesman_named_in_the_next_sentence():
    text = (
        "L'Ostrie a demandé l'aide de ses voisins pour libérer ses marins, a déclaré mardi un "
        "porte-parole du gouvernement. Dans une allocution télévisée, le porte-parole du "
        "gouvernement, Karim Salem, a appelé à une réunion d'urgence."
    )
    assert speaker_of(text, "aide de ses voisins") == "Karim Salem"


def test_a_spokesman_of_a_ministry_is_its_named_spokesman_not_the_ministry():
    text = (
        "Le porte-parole du ministère ostrien des Affaires étrangères, Karim Salem, a reçu la "
        "presse. Le porte-parole du ministère ostrien des Affaires étrangères a souligné que "
        "l'attaque était une violation de la souveraineté."
    )
    assert speaker_of(text, "attaque était une violation") == "Karim Salem"


def test_an_office_nobody_holds_in_the_article_stays_as_before():
    text = "L'aide sera versée en mai, a déclaré un porte-parole du gouvernement ostrien."
    assert speaker_of(text, "aide sera versée") is None
    text = (
        "Le porte-parole du ministère valdorien des Affaires étrangères a souligné que la "
        "frontière resterait ouverte."
    )
    assert "ministère valdorien" in str(speaker_of(text, "frontière resterait"))


def test_a_bare_indefinite_title_stays_anonymous_even_when_someone_holds_it():
    text = "Le diplomate Karim Salem est arrivé mardi. « Rien n'est réglé », a confié un diplomate."
    assert speaker_of(text, "Rien n'est réglé") is None


# ---- a demonstrative title points back to the person just quoted


def test_this_senior_official_is_the_person_quoted_before():
    text = (
        "« Nous attendons des excuses », a déclaré Karim Salem. Ce haut fonctionnaire "
        "ostrien a précisé : « Nous travaillons avec nos voisins pour que cela cesse. »"
    )
    assert speaker_of(text, "Nous travaillons") == "Karim Salem"
    text = (
        "La ministre Anna Berg a reçu son homologue mardi. Cette diplomate chevronnée a "
        "ajouté : « Le dialogue reste la seule voie. »"
    )
    assert speaker_of(text, "seule voie") == "Anna Berg"


# ---- a verb outside the quotation marks never takes its subject from inside them


def test_a_subject_inside_a_fronted_quotation_is_not_the_speaker():
    text = (
        "Karim Salem a reçu la presse. Exprimant sa « colère face à ceux qui ne font quoi que "
        "ce soit pour la paix », il a noté : « La médiation reste notre choix. »"
    )
    assert speaker_of(text, "médiation reste") == "Karim Salem"


# ---- "selon X" names who reports when a speech verb names who speaks


def test_an_opening_selon_gives_way_to_a_named_speech_verb():
    text = (
        "Selon l'agence Ostria Presse, le ministre Paul Marnier a affirmé que les troupes "
        "quitteraient la capitale avant l'été."
    )
    assert speaker_of(text, "troupes quitteraient") == "Paul Marnier"
    text = (
        "Selon le quotidien Le Veilleur, la présidente Anna Berg a qualifié la décision "
        "d'« erreur historique »."
    )
    assert speaker_of_exact(text, "erreur historique") == "Anna Berg"


def test_an_opening_selon_without_a_speech_verb_still_speaks():
    text = "Selon le ministre Paul Marnier, les troupes quitteraient la capitale avant l'été."
    assert speaker_of(text, "troupes quitteraient") == "Paul Marnier"


# ---- a state speaking inside a "que" clause is reported by the subject above it


def test_words_quoted_under_a_state_in_a_que_clause_are_the_reporters():
    text = (
        "Le ministre Paul Marnier a souligné que la France rejette les arguments de l'Allemagne, "
        "les qualifiant de « prétextes sans fondement »."
    )
    assert speaker_of_exact(text, "prétextes sans fondement") == "Paul Marnier"


def test_a_person_speaking_inside_a_que_clause_keeps_the_words():
    text = (
        "Le ministre Paul Marnier a rappelé que la présidente Anna Berg avait qualifié la "
        "décision de « faute grave »."
    )
    assert speaker_of_exact(text, "faute grave") == "Anna Berg"


# ---- a judgement with no agent, after someone was quoted in the paragraph, is theirs


def test_an_agentless_judgement_after_a_quoted_speaker_is_that_speakers():
    text = (
        "La présidente Anna Berg a rappelé son ambassadeur « pour consultations ». Une "
        "décision qui arrive après des déclarations jugées « insultantes » de deux ministres."
    )
    assert speaker_of_exact(text, "insultantes") == "Anna Berg"


def test_an_agentless_judgement_with_nobody_quoted_stays_unattributed():
    text = (
        "Les ministres des deux pays se retrouvent mardi. Ce sommet, présenté comme "
        "« historique », doit durer trois jours."
    )
    assert speaker_of_exact(text, "historique") is None


# ---- "X a « condamné avec force »": the quotation opens on the participle


def test_a_quotation_opening_on_the_participle_keeps_the_subject_before_the_auxiliary():
    text = (
        "Plus tôt dans la journée, le ministère ostrien de la Défense a « condamné avec "
        "force » dans un communiqué « la violation de l'espace aérien national »."
    )
    assert "ministère ostrien" in str(speaker_of_exact(text, "condamné avec force"))
    assert "ministère ostrien" in str(
        speaker_of_exact(text, "la violation de l'espace aérien national")
    )


# ---- a fronted circumstance the parser takes for the subject is no speaker


def _misparsed(text: str, subject: str, verb: str, real: str, real_head: str):
    """``text`` parsed, then given the misparse seen in press text: ``subject`` (a noun under
    a preposition) as the subject of ``verb``, the real subject hung on ``real_head``."""
    from analysis.extract.quotes.speakers import Resolver
    from tests.helpers import parse_snippet

    article, doc = parse_snippet(text)
    tok = {t.text: t for t in doc}
    tok[subject].head, tok[subject].dep_ = tok[verb], "nsubj"
    tok[real].head, tok[real].dep_ = tok[real_head], "appos"
    return [p.name for p in Resolver(article, doc).subjects(tok[verb])]


def test_a_fronted_circumstance_taken_for_the_subject_gives_way_to_the_phrase_after_it():
    text = (
        "Quelques heures après une visite du ministre Paul Marnier, le Tchad a annoncé mardi "
        "mettre fin aux accords."
    )
    assert _misparsed(text, "visite", "annoncé", "Tchad", "Paul") == ["Tchad"]
    text = "Sur le plan économique, Anna Berg a salué les efforts du gouvernement."
    assert _misparsed(text, "plan", "salué", "Anna", "plan") == ["Anna Berg"]


# ---- a pronoun later in a sentence refers to the speaker just quoted in it


def test_a_pronoun_after_a_quotation_refers_to_the_speaker_quoted_in_the_sentence():
    from analysis.extract.quotes.speakers import Party, Resolver
    from tests.helpers import parse_snippet

    text = (
        "L'ambassadeur Karim Salem a été convoqué lundi. Le ministère a « condamné » la "
        "violation, qu'il juge « délibérée »."
    )
    article, doc = parse_snippet(text)
    subject = next(t for t in doc if t.text == "ministère")
    subject.dep_ = "appos"  # as the parser reads it after a fronted "Plus tôt dans la journée"
    res = Resolver(article, doc)
    at = text.index("condamné")
    res.set_quote_spans([(at - 2, at + len("condamné") + 2)])
    ministry = Party("ministère de la Défense", "A9", text.index("Le ministère"), at - 5, "actor")
    res.note_speaker(at, ministry)  # the quotation of the sentence, attributed
    il = next(t for t in doc if t.text == "il")
    assert res.pronoun(il) == ministry


# ---- verbs that report with a "que" clause


def test_not_excluding_informing_and_testifying_report_a_claim():
    for verb in ("n'a pas exclu", "a informé", "a témoigné"):
        text = f"Le ministre Paul Marnier {verb} que des sanctions seraient prises."
        assert speaker_of(text, "sanctions seraient") == "Paul Marnier", verb


# ---- a closing gerund clause hung on the wrong verb has the main clause's subject


def test_a_closing_gerund_hung_on_a_participle_speaks_with_the_main_subject():
    from analysis.pipeline import analyze
    from tests.helpers import parse_snippet

    text = (
        "Les syndicats ostriens avaient diffusé des propos prêtés au ministre Paul Marnier "
        "publiés par un journal, en les qualifiant de « provocation »."
    )
    article, doc = parse_snippet(text)
    tok = {t.text: t for t in doc}
    tok["qualifiant"].head, tok["qualifiant"].dep_ = tok["publiés"], "advcl"
    q = analyze(article, doc=doc).tables["quotes"]
    row = q[q["text"] == "provocation"].iloc[0]
    assert "syndicats" in str(row["speaker"])
