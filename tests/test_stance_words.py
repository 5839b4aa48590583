"""Stances in evaluations, appositions, relation descriptions and quoted words (issue 15,
session 10): presentatives ("c'est une visite historique", "c'est déplorable que Y ..."),
predicate adjectives, epithets in quotes, an actor's qualities in someone's words, the state
of a relation, relation nouns in apposition, and the currency sense of "franc". Sign safety
first: negations, hypotheses, problem nouns and disputing verbs give no row. Every snippet
is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "« C'est une visite historique », a déclaré le président Karl Otto après "
            "l'arrivée du ministre hongrois.",
            "Karl Otto",
            "visite historique",
            1,
        ),
        (
            "« C'est une coopération exemplaire », a estimé la ministre Alice Wanjiru.",
            "Alice Wanjiru",
            "coopération",
            1,
        ),
        (
            "Pour le député Paul Lemaire, « c'est déplorable » que le ministère des Affaires "
            "étrangères de la Hongrie ait invité ce diplomate.",
            "Paul Lemaire",
            "ministère",
            -1,
        ),
        (
            "« Cette offensive n'est ni nécessaire ni justifiée », a déclaré le Premier "
            "ministre Karl Otto.",
            "Karl Otto",
            "offensive",
            -1,
        ),
        (
            "La ministre Alice Wanjiru a affirmé que ce retrait était justifié.",
            "Alice Wanjiru",
            "retrait",
            1,
        ),
    ],
)
def test_presentatives_and_predicate_adjectives(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    "text",
    [
        # a denied epithet denies a quality, it judges nothing
        "« Ce n'est pas une visite historique », a déclaré le président Karl Otto.",
        # a hypothesis asserts nothing
        "« Si c'était une visite historique, nous le saurions », a dit le président Karl Otto.",
        # on a problem noun the epithet says how big or how old, not how good
        "« C'est un différend historique », a déclaré le président Karl Otto.",
        "« C'est une crise sans précédent », a déclaré le président Karl Otto.",
    ],
)
def test_no_presentative_row_without_an_asserted_judgement(text):
    st = stances(text)
    assert st[st["holder"] == "Karl Otto"].empty, st


def test_a_regretted_absence_is_no_blame_of_the_absent():
    text = (
        "« C'est regrettable que la Hongrie ne soit pas venue », a dit la ministre Alice Wanjiru."
    )
    # neither the presentative nor the quote's clauses blame the one who did not come
    assert not (rows(text, "Alice Wanjiru", "Hongrie")["polarity"] < 0).any(), stances(text)
    text = (
        "« C'est regrettable que la Hongrie ait fermé sa frontière », a dit la ministre Alice "
        "Wanjiru."
    )
    assert polarity(text, "Alice Wanjiru", "Hongrie") == -1


def test_an_epithet_in_a_quote_judges_its_noun():
    text = "« Ce traité historique renforcera notre sécurité », a déclaré le ministre Karl Otto."
    assert polarity(text, "Karl Otto", "traité") == 1
    text = (
        "La ministre Alice Wanjiru a dénoncé « cet incident grave et inacceptable, qui nuit aux "
        "relations entre nos deux pays »."
    )
    assert polarity(text, "Alice Wanjiru", "incident") == -1
    text = (
        "« Nous faisons face à une crise sans précédent et à de sérieuses difficultés », a "
        "déclaré le ministre Karl Otto."
    )
    assert stances(text).empty, stances(text)


@pytest.mark.parametrize(
    ("text", "target", "sign"),
    [
        (
            "Le ministre Karl Otto a souligné l'efficacité des actions diplomatiques du "
            "président hongrois Ivo Marek pour la paix.",
            "Ivo Marek",
            1,
        ),
        (
            "Le ministre Karl Otto a réaffirmé le rôle moteur de la Hongrie dans la région.",
            "Hongrie",
            1,
        ),
        (
            "« Le rôle central de la Serbie est reconnu par tous », a dit le ministre Karl Otto.",
            "Serbie",
            1,
        ),
        (
            "La Serbie a fermé sa frontière mardi. Le ministre Karl Otto a évoqué l'inaction "
            "de la Serbie face à la crise.",
            "Serbie",
            -1,
        ),
    ],
)
def test_an_actors_quality_in_someones_words(text, target, sign):
    assert polarity(text, "Karl Otto", target) == sign


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Karl Otto a minimisé le rôle central de la Hongrie dans la crise.",
        "Le ministre Karl Otto a déploré le rôle central de la Hongrie dans la crise.",
        "Selon le ministre Karl Otto, la Hongrie n'a joué aucun rôle central dans la crise.",
    ],
)
def test_a_disputed_or_denied_quality_gives_no_praise(text):
    assert not (rows(text, "Karl Otto", "Hongrie")["polarity"] > 0).any(), stances(text)


def test_the_state_of_a_relation_after_a_copula():
    text = "Les relations entre la Hongrie et la Serbie sont au plus bas depuis la guerre."
    assert polarity(text, "Hongrie", "Serbie") == -1
    assert polarity(text, "Serbie", "Hongrie") == -1
    text = "Les relations entre la Hongrie et la Serbie sont au beau fixe, selon les diplomates."
    assert polarity(text, "Hongrie", "Serbie") == 1
    text = "Les relations entre la Hongrie et la Serbie ne sont pas au beau fixe."
    assert rows(text, "Hongrie", "Serbie").empty, stances(text)


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # "allié" read as a participle in apposition
        (
            "Le Premier ministre Karl Otto, proche allié de la Hongrie, est arrivé lundi.",
            "Karl Otto",
            "Hongrie",
        ),
        # the second member of an apposition, hung on the name by the parser
        (
            "L'ancien président Ivo Marek, issu de l'armée et grand allié de la Serbie, a été "
            "arrêté mardi.",
            "Ivo Marek",
            "Serbie",
        ),
    ],
)
def test_relation_nouns_in_apposition(text, holder, target):
    assert polarity(text, holder, target) == 1


def test_a_coordinated_relation_noun_with_a_determiner_is_someone_else():
    text = "Le président Ivo Marek et l'allié de la Serbie ont été arrêtés mardi."
    assert rows(text, "Ivo Marek", "Serbie").empty, stances(text)


def test_a_harm_to_a_people_in_someones_words():
    text = (
        "Les autorités serbes ont fait savoir que la visite du ministre hongrois avait "
        "« profondément blessé » le peuple serbe."
    )
    assert polarity(text, "Serbie|autorités", "visite") == -1


def test_honoured_by_a_meeting_is_for_it_but_never_held_by_the_one_named_in_it():
    text = (
        "Le ministre Karl Otto a déclaré qu'il avait été « honoré par la rencontre du "
        "président Ivo Marek »."
    )
    st = stances(text)
    assert polarity(text, "Karl Otto", "rencontre") == 1
    assert rows(text, "Ivo Marek", "rencontre").empty, st


@pytest.mark.parametrize(
    "text",
    [
        "« Le projet de la Hongrie coûtera 300 milliards de francs CFA », a déclaré Karl Otto.",
        "« La Hongrie nous a prêté vingt millions de francs », a déclaré Karl Otto.",
        "« Le franc suisse soutient la Hongrie », a déclaré Karl Otto.",
    ],
)
def test_the_currency_franc_is_no_praise(text):
    st = stances(text)
    assert not st["cue"].astype(str).str.contains("franc").any(), st
    assert not (rows(text, "Karl Otto", "Hongrie")["cue"] == "citation").any(), st


def test_frank_exchanges_stay_a_praise():
    text = "« Nous avons eu des échanges francs avec la Hongrie », a déclaré le ministre Karl Otto."
    assert polarity(text, "Karl Otto", "Hongrie") == 1


def test_good_things_attacked_make_a_judgement_negative():
    text = (
        "« L'attaque de la Serbie contre la Hongrie est une attaque contre la souveraineté et "
        "la paix », a déclaré le ministre Karl Otto."
    )
    assert polarity(text, "Karl Otto", "attaque de la Serbie") == -1
    text = (
        "« Cette offensive est une violation de la souveraineté de la Hongrie », a déclaré le "
        "ministre Karl Otto."
    )
    assert polarity(text, "Karl Otto", "offensive") == -1


def test_a_fight_against_a_bad_thing_is_no_blame_of_the_fighter():
    text = "« La Serbie mène une lutte résolue contre le terrorisme », a déclaré Karl Otto."
    assert not (rows(text, "Karl Otto", "Serbie")["polarity"] < 0).any(), stances(text)


@pytest.mark.parametrize(
    ("text", "target", "sign"),
    [
        (
            "« La Hongrie est un pilier de la stabilité régionale », a déclaré Karl Otto.",
            "Hongrie",
            1,
        ),
        (
            "« La Serbie est l'agresseur, la Hongrie est la victime », a déclaré Karl Otto.",
            "Hongrie",
            1,
        ),
    ],
)
def test_judging_predicate_nouns(text, target, sign):
    assert polarity(text, "Karl Otto", target) == sign


def test_a_subject_coordinated_by_the_parser_with_the_previous_predicate():
    # the parser reads "l'agresseur et la Hongrie" as one phrase, subject of "victime"
    text = (
        "« Dans cette guerre, la Serbie est l'agresseur et la Hongrie est la victime », a "
        "déclaré le ministre Karl Otto."
    )
    assert polarity(text, "Karl Otto", "Serbie") == -1
    assert not (rows(text, "Karl Otto", "Hongrie")["polarity"] < 0).any(), stances(text)


def test_a_praised_relation_keeps_its_parties():
    text = (
        "Le président Karl Otto a rappelé « les excellentes relations de bon voisinage et de "
        "fraternité entre nos deux pays »."
    )
    assert polarity(text, "Karl Otto", "nos deux pays") == 1


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Interrogé sur le retrait des troupes serbes, le ministre Karl Otto a répondu : "
            "« C'est une erreur. »",
            "retrait",
        ),
        (
            "À propos de la décision de la Serbie, le ministre Karl Otto a déclaré : « C'est "
            "inacceptable. »",
            "décision",
        ),
    ],
)
def test_a_bare_verdict_judges_the_topic_the_sentence_names(text, target):
    assert polarity(text, "Karl Otto", target) == -1


@pytest.mark.parametrize(
    "text",
    [
        # a bare name as topic: something it did is judged, not the actor itself
        "« C'est une erreur », a déclaré le ministre Karl Otto à propos de la Serbie.",
        # no topic named: no row
        "« C'est une erreur », a déclaré le ministre Karl Otto.",
        # a hypothesis
        "« Si cette décision était une erreur, nous le dirions », a déclaré Karl Otto.",
    ],
)
def test_no_verdict_without_a_topic_or_in_a_hypothesis(text):
    st = stances(text)
    assert st[st["holder"] == "Karl Otto"].empty, st


def test_a_qualified_object_takes_the_quoted_verdict():
    # the parser hangs the quotation on the object's last noun; the object is what is judged
    text = (
        "Le ministre Karl Otto a qualifié la visite du président Ivo Marek de « début d'un "
        "nouveau chapitre »."
    )
    assert polarity(text, "Karl Otto", "Ivo Marek") == 1
    text = "Le ministre Karl Otto a qualifié la décision de la Serbie de « provocation »."
    assert polarity(text, "Karl Otto", "décision") == -1


def test_a_denied_qualification_of_an_object_gives_no_row():
    text = "Le ministre Karl Otto n'a jamais qualifié la visite de la Serbie de « provocation »."
    assert rows(text, "Karl Otto", "visite").empty, stances(text)


def test_the_speakers_thoughts_are_with_someone():
    text = "« Nos cœurs et nos pensées sont avec les Ukrainiens », a déclaré Karl Otto."
    assert polarity(text, "Karl Otto", "Ukrainiens") == 1
    text = "« Notre solidarité va au peuple hongrois », a déclaré le ministre Karl Otto."
    assert polarity(text, "Karl Otto", "peuple hongrois") == 1
    text = "« Nos pensées ne sont pas avec la Serbie », a déclaré le ministre Karl Otto."
    assert rows(text, "Karl Otto", "Serbie").empty, stances(text)
