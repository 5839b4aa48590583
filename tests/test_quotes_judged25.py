"""Session 25 (spk): who speaks the term of an agentless participle on the complement of a
judging act, and a "selon X" frame over a speaker voicing a feeling (invented snippets)."""

from __future__ import annotations

import pytest

from tests.helpers import quotes_of, speaker_of

# ---- "X a condamné Y jugé « … »": the judging act's subject gives the term


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Le ministre valdorien Paul Arnaud a condamné l'essai balistique jugé « très "
            "dangereux ».",
            "très dangereux",
            "Paul Arnaud",
        ),
        (
            "La Norvège a publié une note dans laquelle elle exprime une condamnation de la "
            "conduite de l'Ostrie, qualifiée de « mépris des traités ».",
            "mépris des traités",
            "Norvège",
        ),
    ],
)
def test_an_agentless_participle_on_a_judged_complement_is_the_judges(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # the participle qualifies the subject: nobody's act judges it
        ("Le forum de Tallinn, qualifié de « tournant », a débuté mardi.", "tournant"),
        # a negated act judges nothing
        (
            "Le ministre valdorien Paul Arnaud n'a pas condamné la manœuvre navale jugée "
            "« agressive ».",
            "agressive",
        ),
        # a speech verb that judges nothing ("conclure" a visit): the journalist's epithet
        (
            "Le ministre valdorien Paul Arnaud a conclu mardi à Namur une tournée qualifiée "
            "« d'exemplaire ».",
            "exemplaire",
        ),
        # an act with no judgement: the epithet is the journalist's
        (
            "Le ministre valdorien Paul Arnaud a reçu une équipe qualifiée de « solide » "
            "lundi matin.",
            "solide",
        ),
    ],
)
def test_an_agentless_participle_with_no_judging_act_stays_unattributed(
    text: str, fragment: str
) -> None:
    assert speaker_of(text, fragment) is None


# ---- "Selon X, Y a fait part de sa « … »": Y voices it, X reports it


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Selon le quotidien Le Héraut, le diplomate valdorien Paul Arnaud a fait part de "
            "« son inquiétude au sujet des barrages ».",
            "son inquiétude au sujet des barrages",
        ),
        (
            "D'après l'agence Valdpresse, le diplomate valdorien Paul Arnaud a exprimé « sa "
            "profonde gratitude » à ses hôtes.",
            "sa profonde gratitude",
        ),
    ],
)
def test_a_selon_frame_gives_way_to_the_one_voicing_a_feeling(text: str, quoted: str) -> None:
    q = quotes_of(text)
    assert q[q["text"] == quoted]["speaker"].tolist() == ["Paul Arnaud"]
