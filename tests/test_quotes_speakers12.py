"""Quote speakers, session 12 (issue 15): general French constructions, each on invented
snippets (no sentence from a real article, no real person's name)."""

from __future__ import annotations

import pytest

from analysis.extract.quotes.quoter import Quoter
from tests.test_quotes_real import quotes, speaker_of


@pytest.mark.parametrize(
    "tail",
    [
        "publié dans la nuit de dimanche à lundi",
        "diffusé par la télévision d'État",
        "rendu public mardi",
    ],
)
def test_a_participle_after_the_issuer_is_not_part_of_its_name(tail):
    text = (
        "« La présidence rejette ces accusations sans fondement », indique un communiqué du "
        f"bureau de la présidence ostrienne {tail}."
    )
    assert speaker_of(text, "rejette ces accusations") == "bureau de la présidence ostrienne"


def test_a_title_keeps_the_participle_that_names_its_field():
    text = (
        "« Le dialogue reprendra », a déclaré le ministre délégué chargé des Affaires européennes."
    )
    got = speaker_of(text, "Le dialogue reprendra")
    assert got is not None and "chargé des Affaires européennes" in got


@pytest.mark.parametrize(
    "subject",
    ["L'accord", "Ce texte", "Le nouveau traité"],
)
def test_a_subject_before_its_quoted_predicate_leaves_the_incise_its_speaker(subject):
    text = (
        f"{subject} « a pour objectif de fixer les règles de coopération entre nos deux "
        "armées », a ajouté Paul Marnier devant la presse."
    )
    assert speaker_of(text, "a pour objectif de fixer") == "Paul Marnier"
    # the parser may hang the subject on the incise verb: the subject is still cut off
    quoter, tv = _quoter(text)
    s = tv.low.index(subject.split()[-1].lower().removeprefix("l'"))
    g = tv.low.index("a", s + 3)
    assert quoter._quoted_predicate(s, g)
    assert not quoter._quoted_predicate(g + 1, g + 2)


def _quoter(text: str):
    """The quote finder of a snippet, its quotation spans set, and its token view."""
    from analysis.document.context import Context
    from analysis.document.tokens import view
    from analysis.extract.quotes.marks import find_marks
    from tests.helpers import parse_snippet, run_steps

    tables = run_steps(text).tables
    article, doc = parse_snippet(text)
    ctx = Context(article, doc, {k: tables[k] for k in ("actors", "mentions")})
    quoter = Quoter(ctx)
    marks = find_marks(article.text, article.paragraphs)
    quoter.res.set_quote_spans([(m.open_at, m.close_at + 1) for m in marks])
    return quoter, view(doc)


@pytest.mark.parametrize(
    "link",
    ["a-t-il commenté avant d'ajouter", "a-t-il commenté, avant d'ajouter", "a-t-il dit, ajoutant"],
)
def test_a_speech_infinitive_on_an_incise_has_the_incise_speaker(link):
    text = (
        "Le ministre ostrien Paul Marnier a reçu la presse mardi. « Cet incident pourrait "
        f"refroidir nos relations », {link} : « nous prenons toutes les dispositions "
        "nécessaires »."
    )
    assert speaker_of(text, "nous prenons toutes les dispositions") == "Paul Marnier"


@pytest.mark.parametrize("verb", ["a constaté", "a observé", "a pu constater"])
def test_a_reporter_who_sees_a_fact_is_not_the_speaker_of_its_terms(verb):
    text = (
        "Les deux pays ont signé lundi un accord permettant « la présence permanente » de "
        f"soldats étrangers, {verb} un journaliste de l'AFP.\n\n"
        "« Nous voulons la présence permanente de ces soldats », a déclaré Paul Marnier."
    )
    q = quotes(text)
    term = q[q["text"] == "la présence permanente"]
    assert list(term["speaker"]) == ["Paul Marnier"]


@pytest.mark.parametrize("body", ["Pour le gouvernement portugais", "Pour le Portugal"])
def test_a_body_framing_the_sentence_is_its_speaker(body):
    text = (
        "Le Portugal a convoqué l'ambassadeur d'Espagne lundi. Les autorités portugaises et le "
        "gouvernement portugais dénoncent des expulsions. "
        f"{body}, ces expulsions violent les accords « sur la libre circulation des personnes »."
    )
    assert speaker_of(text, "sur la libre circulation") == "Portugal"


def test_a_purpose_phrase_with_pour_inside_a_sentence_names_no_speaker():
    text = (
        "Le pays a débloqué une aide « exceptionnelle » pour le gouvernement ostrien, "
        "a-t-on appris."
    )
    assert speaker_of(text, "exceptionnelle") is None


@pytest.mark.parametrize(
    ("word", "country"), [("L'Argentin", "argentin"), ("Le Chilien", "chilien")]
)
def test_a_demonym_as_a_noun_is_the_person_of_that_nation(word, country):
    text = (
        f"Le président {country} Paul Marnier a répondu mardi à son homologue portugais Jean "
        "Roux. "
        f"{word} a notamment qualifié son homologue de « petit tyran »."
    )
    assert speaker_of(text, "petit tyran") == "Paul Marnier"


def test_a_pronoun_is_not_the_person_named_in_a_thing_subject():
    text = (
        "La réponse du ministre Paul Marnier marque une escalade après une polémique lancée "
        "mardi par le député Jean Roux, lorsqu'il a déclaré à la radio que le pays était "
        "« pratiquement ruiné »."
    )
    assert speaker_of(text, "pratiquement ruiné") == "Jean Roux"
