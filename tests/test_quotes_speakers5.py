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
