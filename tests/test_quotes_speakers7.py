"""Quote speakers, seventh round (issue 15): mechanisms that follow French news syntax
whatever the outlet. Each rule on invented snippets, never on sentences from real articles,
never with real names."""

from __future__ import annotations

import pytest

from tests.test_quotes_real import quotes, speaker_of


def rows_of(text: str, quoted: str):
    q = quotes(text)
    hits = q[q["text"] == quoted]
    assert len(hits), q[["text", "speaker", "attribution"]].to_dict("records")
    return hits


# ---- echoes: words quoted again without a cue are the speaker's who said them


def test_a_lead_term_echoes_the_speaker_quoted_after_it():
    text = (
        "Le président ostrien est arrivé mardi à Valdor. Vers « la fin des visas » pour les "
        "étudiants ?\n\n"
        "« Nous voulons la fin des visas pour nos étudiants d'ici l'été », a déclaré le "
        "président ostrien Paul Marnier devant des diplomates."
    )
    lead = rows_of(text, "la fin des visas")
    assert lead.iloc[0]["speaker"] == "Paul Marnier"
    assert lead.iloc[0]["attribution"] == "echo"
    assert lead.iloc[0]["kind"] == "partial"


def test_a_later_scare_quote_echoes_words_said_earlier():
    text = (
        "La ministre valdorienne Anna Berg a jugé le projet « irréaliste et dangereux pour la "
        "région ». Le texte sera pourtant voté. Le port reste un sujet « irréaliste » pour "
        "beaucoup."
    )
    assert rows_of(text, "irréaliste").iloc[0]["speaker"] == "Anna Berg"


def test_words_used_by_two_speakers_are_echoed_to_nobody():
    text = (
        "« Le dialogue reste la seule voie », a affirmé Paul Marnier. « Le dialogue est mort », "
        "a rétorqué Anna Berg. Le mot « dialogue » revient dans tous les discours."
    )
    assert speaker_of(text, "dialogue") is not None  # the first quotation keeps its speaker
    term = rows_of(text, "dialogue")
    assert term.iloc[0]["speaker"] is None or term.iloc[0]["speaker"] != term.iloc[0]["speaker"]


# ---- a quotation opening with a finite verb is its subject's account


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Lors de l'entretien, Paul Marnier ‘a salué les efforts de la transition et a "
            "réaffirmé le soutien de son pays’.",
            "a salué les efforts",
            "Paul Marnier",
        ),
        (
            "Le ministre Karl Weiss « a rencontré les chefs de l'opposition » avant de "
            "quitter la capitale.",
            "a rencontré les chefs",
            "Karl Weiss",
        ),
    ],
)
def test_a_quotation_opening_with_a_verb_is_its_subjects(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_a_states_action_quoted_so_stays_unattributed():
    text = "Premier producteur de la région, le Mali « a signé puis ratifié l'accord sans délai »."
    assert speaker_of(text, "a signé puis ratifié") is None


# ---- "se dire" + a quoted adjective: the subject speaks


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Le ministre Karl Weiss s'est dit « très préoccupé » par la situation.",
            "préoccupé",
            "Karl Weiss",
        ),
        (
            "La présidente Anna Berg s'est dite « honorée » par l'invitation.",
            "honorée",
            "Anna Berg",
        ),
    ],
)
def test_se_dire_with_a_quoted_adjective_is_the_subjects_word(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


# ---- "par la voix de Y": Y speaks even when the phrase breaks the parse


def test_a_voice_speaks_when_the_phrase_leaves_the_quotation_without_cue():
    text = (
        "Le Mali a, par la voix de son porte-parole Abdou Sané, dénoncé « une agression "
        "caractérisée » contre sa souveraineté."
    )
    assert speaker_of(text, "agression caractérisée") == "Abdou Sané"


# ---- an incise's pronoun is not the subject of the quoted predicate


def test_an_incise_pronoun_skips_the_topic_of_the_quotation():
    text = (
        "Le porte-parole du gouvernement malien, Karl Weiss, a parlé mardi. Le Mali « ne "
        "cédera à aucune pression », a-t-il assuré."
    )
    assert speaker_of(text, "aucune pression") == "Karl Weiss"


# ---- an addressee named before the inverted subject


def test_a_person_addressed_before_the_inverted_subject_is_not_the_speaker():
    text = "« Une amitié ancienne nous unit », a déclaré à Anna Berg le président Paul Marnier."
    assert speaker_of(text, "amitié ancienne") == "Paul Marnier"


# ---- inverted present-tense incises, whatever the tagger made of the verb


@pytest.mark.parametrize(
    "incise",
    [
        "dit-il",
        "écrit-il",
        "juge-t-il",
        "lance-t-il",
        "note-t-il",
        "tranche-t-il",
        "fait-il valoir",
        "fait-il remarquer",
        "a-t-il tranché",
        "s'insurge-t-il",
    ],
)
def test_an_inverted_incise_names_the_speaker(incise):
    text = (
        "Le ministre Karl Weiss a ouvert la séance. « Nous ne reculerons pas devant la "
        f"menace », {incise}."
    )
    assert speaker_of(text, "ne reculerons pas") == "Karl Weiss"


# ---- any verb with a named subject and a completive "que" clause reports its subject


@pytest.mark.parametrize(
    "verb",
    ["a allégué", "a juré", "maintient", "s'est étonné", "a préconisé", "a relaté"],
)
def test_a_completive_clause_of_any_verb_is_its_subjects_claim(verb):
    text = (
        "Le ministre Karl Weiss est arrivé mardi à Valdor. "
        f"Il {verb} que l'accord serait signé en mai."
    )
    assert speaker_of(text, "accord serait signé") == "Karl Weiss"


@pytest.mark.parametrize(
    "sentence",
    [
        "Le ministre Karl Weiss a fait en sorte que l'accord soit signé en mai.",
        "Le ministre Karl Weiss est arrivé alors que l'accord était déjà signé.",
        "Le ministre Karl Weiss a obtenu que l'accord soit signé en mai.",
        "Le ministre Karl Weiss a appris que l'accord serait signé en mai.",
    ],
)
def test_effort_facts_and_conjunctions_report_no_claim(sentence):
    q = quotes(sentence)
    assert not q["text"].str.contains("accord", regex=False).any(), q.to_dict("records")


# ---- a pronoun goes on with the subject of a passive, not its "par" agent


@pytest.mark.parametrize(
    "second",
    [
        "Il a ensuite déclaré : « Nous sommes satisfaits ».",
        "À sa sortie d'audience, il a déclaré : « Nous sommes satisfaits ».",
        "« Nous sommes satisfaits », a-t-il déclaré à sa sortie.",
    ],
)
def test_a_pronoun_after_a_passive_is_its_subject_not_the_agent(second):
    text = (
        f"Le ministre ostrien Karl Weiss a été reçu mardi par le président Paul Marnier. {second}"
    )
    assert speaker_of(text, "satisfaits") == "Karl Weiss"


# ---- "selon ce dernier"; a closing "selon" after a named incise is the medium


def test_selon_ce_dernier_is_the_last_person_named():
    text = (
        "Paul Marnier a rencontré Karl Weiss. Selon ce dernier, les deux pays « partagent les "
        "mêmes valeurs »."
    )
    assert speaker_of(text, "mêmes valeurs") == "Karl Weiss"


def test_a_closing_selon_after_a_named_incise_reports_the_incises_words():
    text = (
        "La crise peut être réglée par le dialogue, a estimé le ministre Karl Weiss, selon "
        "l'agence ATX."
    )
    assert speaker_of(text, "réglée par le dialogue") == "Karl Weiss"
    text = "Le port rouvrira en mai, selon l'agence ATX."
    assert speaker_of(text, "port rouvrira") == "agence ATX"
