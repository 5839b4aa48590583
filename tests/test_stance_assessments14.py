"""Stances in a speaker's words, session 14 second pass: blame whatever the verb's lemma
("porte la responsabilité", "tenir / rendre Y responsable", "imputable à", "la faute de"),
assessments without a polar verb (a step, a part played, lying, accountability, exclusion),
a pronoun as what is judged, and no target for a mere place. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows

_BY = ", a déclaré le ministre français Paul Durand."


@pytest.mark.parametrize(
    ("quote", "target"),
    [
        ("La Russie porte l'entière responsabilité de cette escalade", "Russie"),
        ("Le régime syrien portera seul la responsabilité de ce drame", "Syrie"),
        ("La responsabilité de cette crise incombe entièrement à l'Iran", "Iran"),
        ("Nous tenons le gouvernement iranien responsable de toute escalade", "Iran"),
        ("Nous rendons la Russie responsable de cette guerre", "Russie"),
        ("Cette escalade est imputable à la Russie", "Russie"),
        ("La faute en revient à la Russie", "Russie"),
        ("C'est la faute de la Russie si la guerre continue", "Russie"),
    ],
)
def test_blame_whatever_the_verb_form(quote, target):
    assert polarity(f"« {quote} »{_BY}", "Paul Durand", target) == -1


@pytest.mark.parametrize(
    ("quote", "target"),
    [
        ("La Russie n'est pas responsable de cette escalade", "Russie"),
        ("La Russie porte la responsabilité de la sécurité du sommet", "Russie"),
        ("Ce n'est pas la faute de la Russie", "Russie"),
        ("Faute de moyens, la Russie a renoncé à cette guerre", "Russie"),
        ("Nous ne tenons pas la Russie pour responsable de cette guerre", "Russie"),
    ],
)
def test_no_blame_when_denied_or_for_no_harm(quote, target):
    hits = rows(f"« {quote} »{_BY}", "Paul Durand", target)
    assert not (hits["polarity"] < 0).any()


@pytest.mark.parametrize(
    ("quote", "target", "sign"),
    [
        ("Cet accord est un pas dans la bonne direction", "accord", 1),
        ("Cette réforme constitue une étape importante", "réforme", 1),
        ("La Turquie a fait un pas en avant", "Turquie", 1),
        ("Ce texte marque un pas en arrière", "texte", -1),
        ("Le Qatar a joué un rôle déterminant dans ces négociations", "Qatar", 1),
        ("La Norvège a joué un rôle clé", "Norvège", 1),
        ("La Russie ment", "Russie", -1),
        ("La Russie a menti au monde entier", "Russie", -1),
        ("Le président Maduro doit des explications au monde", "Maduro", -1),
        ("Le gouvernement syrien devra répondre de ses actes", "Syrie", -1),
        ("L'ambassadeur russe Ivan Petrov est déclaré persona non grata", "Petrov", -1),
        ("Nous déclarons Ivan Petrov persona non grata", "Petrov", -1),
        ("Ivan Petrov est indésirable en France", "Petrov", -1),
        ("M. Ivan Petrov ne sera pas admis au Nicaragua", "Petrov", -1),
    ],
)
def test_assessments_without_a_polar_verb(quote, target, sign):
    assert polarity(f"« {quote} »{_BY}", "Paul Durand", target) == sign


@pytest.mark.parametrize(
    ("quote", "target"),
    [
        ("La Russie ne ment pas", "Russie"),
        ("Ivan Petrov sera admis au sommet", "Petrov"),
        ("Cet accord n'est pas un pas dans la bonne direction", "accord"),
        ("Ce n'est pas un pas en avant", "pas"),
        ("Nous mentionnons la Russie dans ce rapport", "Russie"),
    ],
)
def test_no_assessment_when_denied(quote, target):
    assert rows(f"« {quote} »{_BY}", "Paul Durand", target).empty


def test_a_place_where_someone_is_unwelcome_is_no_target():
    text = "« Ivan Petrov n'est pas le bienvenu au Nicaragua », a déclaré le ministre Paul Durand."
    assert polarity(text, "Paul Durand", "Petrov") == -1
    assert rows(text, "Paul Durand", "Nicaragua").empty


def test_a_place_of_strikes_is_not_against_the_victim():
    text = f"« Les frappes de la Russie en Ukraine sont inacceptables »{_BY}"
    assert polarity(text, "Paul Durand", "Russie") == -1
    hits = rows(text, "Paul Durand", "Ukraine")
    assert not ((hits["target"] == "Ukraine") & (hits["polarity"] < 0)).any()


@pytest.mark.parametrize(
    ("text", "target", "sign"),
    [
        (
            "Le ministre français Paul Durand a réagi au tir d'un missile par la Corée du "
            "Nord. « Nous condamnons vigoureusement cela », a-t-il déclaré.",
            "Corée du Nord",
            -1,
        ),
        (
            "Le président turc a présenté un plan de paix. « Nous le saluons », a déclaré le "
            "ministre estonien Paul Durand.",
            "turc",
            1,
        ),
    ],
)
def test_a_pronoun_stands_for_the_one_actor_before_it(text, target, sign):
    assert polarity(text, "Paul Durand", target) == sign


@pytest.mark.parametrize(
    "text",
    [
        # two actors before the pronoun: ambiguous
        "Le ministre français Paul Durand a évoqué la Russie et la Chine. « Nous les "
        "condamnons », a-t-il déclaré.",
        # a negated verb that is no refusal
        "Le président turc a présenté un plan de paix. « Nous ne le saluons pas », a déclaré "
        "le ministre estonien Paul Durand.",
    ],
)
def test_no_pronoun_target_when_ambiguous_or_denied(text):
    assert not any(
        "(les)" in c or "(le)" in c for c in rows(text, "Paul Durand", "")["cue"].astype(str)
    )


@pytest.mark.parametrize(
    ("quote", "target", "blamed"),
    [
        ("La Russie est à l'origine de cette crise", "Russie", True),
        ("Le régime syrien se trouve à l'origine de ces violences", "Syrie", True),
        ("La Russie est à l'origine de ce sommet", "Russie", False),
        ("La Russie n'est pas à l'origine de cette crise", "Russie", False),
    ],
)
def test_the_origin_of_a_harm_is_blamed(quote, target, blamed):
    hits = rows(f"« {quote} »{_BY}", "Paul Durand", target)
    assert bool((hits["polarity"] < 0).any()) == blamed


def test_a_victim_is_never_the_antecedent():
    text = (
        "Des civils ont été tués en Ukraine. Le ministre belge Jan Peeters a déclaré : « Nous "
        "le condamnons »."
    )
    assert rows(text, "Jan Peeters", "Ukraine").empty


def test_being_with_him_is_for_the_one_actor_before():
    text = (
        "Le président ukrainien Volodymyr Zelensky est arrivé lundi en Belgique. Le ministre "
        "belge Jan Peeters a déclaré : « Nous sommes avec lui »."
    )
    assert polarity(text, "Jan Peeters", "Zelensky") == 1
    two = (
        "Le président ukrainien Volodymyr Zelensky a rencontré le président russe Vladimir "
        "Poutine. Le ministre belge Jan Peeters a déclaré : « Nous sommes avec lui »."
    )
    assert rows(two, "Jan Peeters", "Poutine").empty
    assert rows(two, "Jan Peeters", "Zelensky").empty
