"""Stances in a speaker's words, session 17: the evaluative words of reported speech ("X a
déclaré que …", "selon X, …") read word by word as in direct quotes — a negative noun or a
negative epithet is the speaker's verdict on its phrase, a positive epithet only on a
relation. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import stances


def _reported(text: str) -> list[tuple[str, str, int]]:
    st = stances(text)
    hits = st[st["kind"] == "quote-clause"]
    return list(zip(hits["holder"], hits["target_text"], hits["polarity"], strict=True))


@pytest.mark.parametrize(
    ("text", "holder", "word", "sign"),
    [
        (  # a negative noun in a completive clause
            "Le ministre letton des Affaires étrangères Arturs Ozols a déclaré mardi que ces "
            "survols répétés constituaient une ingérence dans les affaires du pays.",
            "Arturs Ozols",
            "ingérence",
            -1,
        ),
        (  # a negative epithet, another verb of saying
            "La porte-parole estonienne Kadri Tamm a affirmé que les manœuvres provocatrices "
            "menées près de la frontière inquiétaient toute la région.",
            "Kadri Tamm",
            "manœuvres provocatrices",
            -1,
        ),
        (  # another member of the class, "selon X"
            "Selon le chef de la diplomatie finlandaise Mikko Virtanen, ces sanctions "
            "arbitraires ne serviront qu'à aggraver la crise.",
            "Mikko Virtanen",
            "sanctions arbitraires",
            -1,
        ),
        (  # a positive epithet on a relation
            "Le Premier ministre islandais Einar Jónsson a assuré que son pays voulait une "
            "relation apaisée avec ses voisins.",
            "Einar Jónsson",
            "relation apaisée",
            1,
        ),
    ],
)
def test_reported_speech_evaluative_words(text, holder, word, sign):
    found = _reported(text)
    assert any(h == holder and word in t and p == sign for h, t, p in found), found


def test_a_positive_epithet_off_a_relation_is_no_verdict_in_reported_speech():
    # "historique" and "stratégique" describe more often than they praise in indirect speech
    text = (
        "Le ministre norvégien Lars Berg a déclaré que le voisin avait déformé les faits "
        "historiques et menacé l'équilibre stratégique de la région."
    )
    found = _reported(text)
    assert not any(p > 0 for _h, _t, p in found), found


def test_a_named_actor_in_the_judged_phrase_is_left_to_other_rules():
    # the negative noun names an actor: the issue reading stays out of it
    text = (
        "Le ministre danois Søren Holm a déclaré que l'agression de la Norvège était un "
        "fait établi."
    )
    found = _reported(text)
    assert not any("agression" in t for _h, t, _p in found), found


def _signs(text: str, target_word: str) -> set[int]:
    st = stances(text)
    mask = st["target"].str.contains(target_word, regex=False) | st["target_text"].str.contains(
        target_word, regex=False
    )
    return set(st[mask]["polarity"])


@pytest.mark.parametrize(
    ("text", "target_word", "sign"),
    [
        (  # the commonest blame adjective
            "« La Moldavie a choisi le mauvais chemin », a déclaré le ministre roumain Ion Popa.",
            "Moldavie",
            -1,
        ),
        (  # bias and falsehood, another member of the class
            "« La Hongrie publie des rapports tendancieux sur notre minorité », a lancé le "
            "ministre slovaque Peter Hudec.",
            "Hongrie",
            -1,
        ),
        (  # a fault named as a phrase
            "« La Croatie a commis une faute grave en fermant sa frontière », a estimé le "
            "ministre slovène Marko Kranjc.",
            "Croatie",
            -1,
        ),
        (  # the commonest praise adjective
            "« Nous avons eu de bonnes discussions avec la Lettonie », a déclaré le ministre "
            "estonien Kaur Kask.",
            "Lettonie",
            1,
        ),
        (  # steadfastness
            "« Le soutien indéfectible de la Pologne nous honore », a déclaré le ministre "
            "lituanien Jonas Petraitis.",
            "Pologne",
            1,
        ),
    ],
)
def test_session17_evaluative_classes_in_direct_quotes(text, target_word, sign):
    assert sign in _signs(text, target_word), stances(text)[["holder", "target", "polarity"]]


@pytest.mark.parametrize(
    "text",
    [
        # "par erreur", "faute de": no verdict
        "« Le drone de la Croatie a franchi la frontière par erreur », a déclaré le ministre "
        "slovène Marko Kranjc.",
        "« Faute de moyens, la Croatie n'a pas pu envoyer d'observateurs », a déclaré le "
        "ministre slovène Marko Kranjc.",
    ],
)
def test_error_and_fault_only_as_phrases(text):
    assert -1 not in _signs(text, "Croatie"), stances(text)[["holder", "target", "polarity"]]


def test_a_denied_blame_adjective_is_no_blame():
    text = (
        "« Ce n'est pas une mauvaise idée que la Lettonie accueille le sommet », a déclaré le "
        "ministre estonien Kaur Kask."
    )
    assert -1 not in _signs(text, "Lettonie"), stances(text)[["holder", "target", "polarity"]]


@pytest.mark.parametrize(
    "text",
    [
        "« Les rapports tendancieux de la Bulgarie ne trompent personne », a lancé le "
        "ministre grec Nikos Pappas.",
        # another negative word, another negation
        "« Les déclarations hostiles de la Bulgarie ne changeront rien », a affirmé le "
        "ministre grec Nikos Pappas.",
    ],
)
def test_a_negated_verb_leaves_a_wrong_in_its_subject_a_wrong(text):
    assert _signs(text, "Bulgarie") == {-1}, stances(text)[["holder", "target", "polarity"]]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a positive word in the subject keeps the flip: distrust, never praise
        (
            "« La confiance n'existe plus entre notre pays et la Bulgarie », a déclaré le "
            "ministre grec Nikos Pappas.",
            1,
        ),
        # the negated predicate itself is still denied
        (
            "« La Bulgarie n'est pas hostile à notre projet », a déclaré le ministre grec Nikos "
            "Pappas.",
            -1,
        ),
    ],
)
def test_the_flip_stays_for_positive_subjects_and_predicates(text, absent):
    assert absent not in _signs(text, "Bulgarie"), stances(text)[["holder", "target", "polarity"]]


@pytest.mark.parametrize(
    ("text", "target_word"),
    [
        # trampling a rule
        ("« La Suède bafoue le droit international », a déclaré le ministre finlandais Mikko "
         "Virtanen.", "Suède"),
        # another member of the class: betraying, in reported speech
        ("Le ministre finlandais Mikko Virtanen a affirmé que la Suède avait trahi ses "
         "engagements envers la région.", "Suède"),
    ],
)  # fmt: skip
def test_harm_verbs_blame_their_subject(text, target_word):
    assert -1 in _signs(text, target_word), stances(text)[["holder", "target", "polarity"]]


@pytest.mark.parametrize(
    "text",
    [
        # a passive: the subject suffers the harm
        "« La Suède a été isolée par ses voisins », a déclaré le ministre finlandais Mikko "
        "Virtanen.",
        # the speaker's own state doing the harm is no reproach to it
        "Le ministre suédois Lars Berg a affirmé que la Suède devait isoler ce régime.",
    ],
)
def test_harm_verbs_spare_a_patient_and_the_speakers_own_side(text):
    st = stances(text)
    bad = st[(st["target"] == "Suède") & (st["polarity"] < 0)]
    assert bad.empty, st[["holder", "target", "polarity", "cue"]]


@pytest.mark.parametrize(
    "text",
    [
        # a negative epithet on an act noun: against its "de" author
        "La Hongrie a rappelé son ambassadeur. Le ministre letton Arturs Ozols a déclaré que "
        "les déclarations provocatrices de la Hongrie visaient à diviser la région.",
        # a wrong whose "de" complement is its author, "selon X"
        "Le ministre letton Arturs Ozols a estimé que les menaces de la Hongrie avaient pour "
        "but d'effrayer les voisins.",
        # the "par" agent of an act noun
        "Le ministre letton Arturs Ozols a affirmé que les sanctions arbitraires imposées par "
        "la Hongrie pénalisaient les agriculteurs.",
    ],
)
def test_the_author_of_a_wrong_in_reported_speech(text):
    st = stances(text)
    hits = st[(st["holder"] == "Arturs Ozols") & (st["target"] == "Hongrie")]
    assert set(hits["polarity"]) == {-1}, st[["holder", "target", "polarity", "cue"]]


@pytest.mark.parametrize(
    "text",
    [
        # "l'attaque de Y": Y may be the one attacked
        "Le ministre letton Arturs Ozols a déclaré que l'attaque brutale de la Hongrie avait "
        "fait de nombreuses victimes.",
        # a denied wrong
        "Le ministre letton Arturs Ozols a déclaré qu'il n'y avait eu aucune ingérence de la "
        "Hongrie dans le scrutin.",
    ],
)
def test_no_author_when_the_complement_may_be_the_victim_or_the_wrong_is_denied(text):
    st = stances(text)
    hits = st[(st["holder"] == "Arturs Ozols") & (st["target"] == "Hongrie")]
    assert hits.empty, st[["holder", "target", "polarity", "cue"]]


def test_advanced_as_an_adjective_is_no_praise():
    text = (
        "« La Suède livre à la Norvège les armes les plus avancées pendant que nos forces "
        "attendent », a déclaré le ministre finlandais Mikko Virtanen."
    )
    assert 1 not in _signs(text, "Suède"), stances(text)[["holder", "target", "polarity"]]


@pytest.mark.parametrize(
    "text",
    [
        "« L'accord signé avec la Norvège est une avancée majeure », a déclaré le ministre "
        "finlandais Mikko Virtanen.",
        "« Nous avons obtenu des avancées réelles avec la Norvège », a déclaré le ministre "
        "finlandais Mikko Virtanen.",
    ],
)
def test_an_advance_as_progress_is_praise(text):
    assert 1 in _signs(text, "Norvège"), stances(text)[["holder", "target", "polarity"]]


def test_an_outlet_reporting_others_words_judges_nothing():
    # "selon <agence>": the outlet is a source, the words are the protesters'
    text = (
        "Selon l'agence Reuters, des manifestants ont dénoncé les ingérences hostiles de la "
        "Suède dans les élections du pays."
    )
    st = stances(text)
    assert "Reuters" not in set(st["holder"]), st[["holder", "target", "polarity", "cue"]]
