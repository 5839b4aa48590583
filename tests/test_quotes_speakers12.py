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
