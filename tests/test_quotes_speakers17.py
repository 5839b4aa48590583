"""Quote speakers, session 17: rules about French constructions, each on invented snippets (no
sentence from a real article, no real person's or outlet's name), several phrasings and members
of each class, and cases that must not fire."""

from __future__ import annotations

import pytest

from tests.test_quotes_real import quotes, speaker_of


def quoted_speaker(text: str, words: str) -> str | None:
    """The speaker of the quotation whose text is exactly ``words`` (not of the reported
    claim around it)."""
    q = quotes(text)
    hits = q[q["text"] == words]
    assert len(hits), f"no quotation {words!r}: {q[['text', 'speaker']].to_dict('records')}"
    value = hits.iloc[0]["speaker"]
    return None if value is None or value != value else str(value)


# ---- a quoted predicate of a body's clause closed by a later incise: the incise's speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Le gouvernement ostrien « rejette toute ingérence » dans ses affaires, indique "
            "mardi dans un communiqué le ministère ostrien de l'Intérieur.",
            "rejette toute ingérence",
            "ministère ostrien de l'Intérieur",
        ),
        (
            "La coalition du Renouveau « refusera ce traité, il est caduc » devant les députés, "
            "a déclaré le chef de l'opposition, Marc Dubreuil.",
            "refusera ce traité, il est caduc",
            "Marc Dubreuil",
        ),
        (
            "Le parlement valdorien « condamne fermement les tirs » sur la frontière nord, a "
            "précisé sa présidente, Irène Kovac.",
            "condamne fermement les tirs",
            "Irène Kovac",
        ),
    ],
)
def test_a_bodys_quoted_predicate_is_the_later_incise_speakers(text, fragment, speaker):
    assert quoted_speaker(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # the same with a speech verb or a position verb of the state outside the marks
        (
            "Le Portugal a appelé à « la retenue » face aux tirs de la nuit, a déclaré le "
            "porte-parole du ministère portugais, Paul Marek.",
            "la retenue",
            "Paul Marek",
        ),
        (
            "Les Portugais ont consulté leurs voisins en vue d'une réponse « ferme » au tir, qui "
            "a survolé la région, a annoncé la présidence portugaise.",
            "ferme",
            "présidence portugaise",
        ),
    ],
)
def test_a_states_clause_closed_by_an_incise_is_the_incise_speakers(text, fragment, speaker):
    assert quoted_speaker(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # a medium closing the clause only reports it: the state keeps its words
        (
            "Le Portugal a appelé à « la retenue » face aux tirs de la nuit, a rapporté "
            "l'agence de presse Valdor Info.",
            "la retenue",
            "Portugal",
        ),
        # an incise after another quotation closes that one, not the state's clause
        (
            "Le Portugal a réagi jeudi, soulignant que les articles publiés « ne correspondent "
            "pas aux faits ». « Il ne s'agissait que d'une réunion de travail », indique le "
            "service de presse de l'ambassade d'Espagne.",
            "ne correspondent pas aux faits",
            "Portugal",
        ),
        # a person as the subject keeps the words: the incise only relays them
        (
            "Le président Paul Marek « a salué les efforts » de la médiation régionale, a "
            "indiqué son porte-parole, Anne Vidal.",
            "a salué les efforts",
            "Paul Marek",
        ),
        # no incise after the quotation: the body speaks
        (
            "Le gouvernement ostrien « ne rejette pas le dialogue » avec ses voisins.",
            "ne rejette pas le dialogue",
            "gouvernement ostrien",
        ),
    ],
)
def test_a_person_subject_or_no_incise_keeps_the_subject(text, fragment, speaker):
    assert quoted_speaker(text, fragment) == speaker


# ---- a presentative after the quotation, in the same sentence, names its speaker


@pytest.mark.parametrize(
    "text",
    [
        "« Nous sommes frères et nous le resterons », ce sont les propos tenus par "
        "l'ambassadeur Paul Marek lors de la cérémonie.",
        "« Nous sommes frères et nous le resterons », ce sont les mots de l'ambassadeur Paul "
        "Marek.",
        "« Nous sommes frères et nous le resterons » : tels sont les propos du ministre Paul "
        "Marek.",
        "« Nous sommes frères et nous le resterons », c'est ce qu'a déclaré Paul Marek mardi.",
        "« Nous sommes frères et nous le resterons », voilà ce qu'a lancé Paul Marek mardi.",
        "« Nous sommes frères et nous le resterons », telle est la déclaration faite mardi par "
        "Paul Marek.",
        "« Nous sommes frères et nous le resterons. » Ce sont les paroles prononcées par Paul "
        "Marek mardi.",
    ],
)
def test_a_presentative_after_the_quote_names_its_speaker(text):
    assert speaker_of(text, "Nous sommes frères") == "Paul Marek"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # a relative clause after the quotation names who reacts, not who speaks
        (
            "Paul Marek est arrivé. « Le dialogue est rompu », ce qui inquiète les voisins.",
            "Le dialogue est rompu",
        ),
        # "c'est-à-dire" explains a word, it introduces no speaker
        (
            "La note évoque une « rupture », c'est-à-dire la fin des relations selon Anne Vidal.",
            "rupture",
        ),
    ],
)
def test_no_presentative_no_speaker_after_the_quote(text, fragment):
    assert speaker_of(text, fragment) is None


# ---- a phrase of time or occasion after the speaker's words never holds the speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Nous ne céderons pas », a déclaré le ministre Paul Marek lors d'une rencontre "
            "avec le président Jean Dubois.",
            "Paul Marek",
        ),
        (
            "« Nous ne céderons pas », a déclaré le ministre lors d'une rencontre avec le "
            "président Jean Dubois.",
            "ministre",
        ),
        (
            "« Nous ne céderons pas », a affirmé la ministre au cours d'un dîner offert par le "
            "président Jean Dubois.",
            "ministre",
        ),
        (
            "« Nous ne céderons pas », a assuré le ministre en marge du sommet présidé par Jean "
            "Dubois.",
            "ministre",
        ),
    ],
)
def test_an_occasion_after_the_speaker_is_not_the_speaker(text, speaker):
    assert speaker_of(text, "Nous ne céderons pas") == speaker


# ---- a capitalised quotation right after a common noun or a naming participle is a name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Paul Marek a annoncé que l'Union, qui avait menacé le Portugal après l'envoi du "
            "navire de forage « Nordstern », répondrait fermement.",
            "Nordstern",
        ),
        (
            "Le chef des services a affirmé que l'ambassade avait aidé le député Jean Dubois, "
            "membre du bloc « Avenir », à fuir.",
            "Avenir",
        ),
        (
            "Les autorités redoutent l'essor d'un collectif dénommé « Voix du fleuve », "
            "hostile au pouvoir.",
            "Voix du fleuve",
        ),
        (
            "Anne Vidal a présenté un programme baptisé « Horizon commun » à ses partenaires.",
            "Horizon commun",
        ),
    ],
)
def test_a_things_name_in_quotation_marks_has_no_speaker(text, name):
    assert quoted_speaker(text, name) is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a noun of utterance before the marks: someone's words
        (
            "Le ministre Paul Marek a prononcé les mots « Jamais plus » devant la foule.",
            "Jamais plus",
            "Paul Marek",
        ),
        # a participle of a clause, not of naming a thing
        ("Paul Marek a nommé « Horizon » son nouveau programme.", "Horizon", "Paul Marek"),
        # after a preposition: a judgement chosen by the speaker
        (
            "Paul Marek a qualifié la décision d'« Erreur historique ».",
            "Erreur historique",
            "Paul Marek",
        ),
    ],
)
def test_words_after_an_utterance_noun_or_a_preposition_keep_their_speaker(text, words, speaker):
    assert quoted_speaker(text, words) == speaker
