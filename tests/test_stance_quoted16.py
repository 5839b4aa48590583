"""Stances in a speaker's words, session 16: a quotation as the attribute of a verb of
qualifying, whatever the object ("X l'a qualifiée de « … »", "X a décrit comme « … » le
pays Y", "X a jugé « … » la décision de Y"), and the verdicts of unreason and indignity in
quotations ("« incompréhensibles »", "« excessives »"). Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, stances


def _attributes(text: str) -> list[tuple[str, str, int]]:
    st = stances(text)
    hits = st[st["cue"].str.endswith("(attribut)")]
    return list(zip(hits["holder"], hits["target"], hits["polarity"], strict=True))


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (  # a clitic: the actor named as the subject of the sentence before
            "La Norvège a publié mardi un rapport critique sur la Serbie. Le ministre serbe "
            "Milan Petrović l'a qualifié de « mensonger ».",
            "Milan Petrović",
            "Norvège",
            -1,
        ),
        (  # another verb of the class, "comme", a positive attribute, the object after it
            "Le président ghanéen Kofi Mensah a décrit comme « un partenaire loyal et fiable » "
            "le Togo voisin.",
            "Kofi Mensah",
            "Togo",
            1,
        ),
        (  # no introducing word: "juger" + a short adjectival quotation
            "Le ministre suédois Erik Lund a jugé « inexcusable » la décision de la Hongrie.",
            "Erik Lund",
            "Hongrie",
            -1,
        ),
    ],
)
def test_a_quoted_attribute_judges_the_qualified_object(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "head"),
    [
        (
            "Le gouvernement birman a dénoncé les sanctions occidentales. La ministre birmane "
            "Aye Mon les a qualifiées d'« inacceptables ».",
            "Aye Mon",
            "sanctions",
        ),
        (
            "L'opposition a critiqué les réformes du gouvernement. Le ministre malien Oumar "
            "Keïta les a jugées « excessives ».",
            "Oumar Keïta",
            "réformes",
        ),
    ],
)
def test_a_plural_clitic_stands_for_the_agreeing_issue_judged_before(text, holder, head):
    assert (holder, head, -1) in [(h, t.split()[0], p) for h, t, p in _attributes(text)]


@pytest.mark.parametrize(
    "text",
    [
        # negated verb
        "La Norvège a publié mardi un rapport critique sur la Serbie. Le ministre serbe Milan "
        "Petrović ne l'a pas qualifié de « mensonger ».",
        # refused qualification
        "Le ministre brésilien Rui Costa a refusé de qualifier de « dictature » le régime de "
        "la Guinée.",
        # reflexive: the speaker's own description
        "Le ministre estonien Jaan Tamm s'est qualifié de « partenaire fiable ».",
        # "les" with a plural of persons sanctioned, not the measure: no agreeing issue
        "Le Canada a imposé des sanctions à deux ministres étrangers. Le ministre Omer Levy "
        "les a qualifiées de « honteuses ».",
        # a quoted clause after "juger" is no attribute
        "Le ministre suédois Erik Lund a jugé « que la Hongrie avait eu tort » hier.",
    ],
)
def test_no_attribute_verdict_when_denied_reflexive_or_ambiguous(text):
    assert _attributes(text) == []


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "« Les restrictions imposées par l'Iran sont démesurées et inexplicables », a "
            "déclaré le directeur allemand Hans Weber.",
            "Hans Weber",
            "Iran",
        ),
        (
            "« L'attitude de l'Algérie est inqualifiable et indigne d'un voisin », a affirmé le "
            "ministre marocain Karim Alaoui.",
            "Karim Alaoui",
            "Algérie",
        ),
    ],
)
def test_verdicts_of_unreason_and_indignity_are_against(text, holder, target):
    assert polarity(text, holder, target) == -1


def test_a_negated_verdict_of_unreason_is_not_against():
    text = (
        "« La décision de la Belgique n'est pas incompréhensible », a déclaré le ministre "
        "néerlandais Jan de Vries."
    )
    st = stances(text)
    assert not ((st["target"] == "Belgique") & (st["polarity"] < 0)).any()


def _agents(text: str) -> list[tuple[str, str, int]]:
    st = stances(text)
    hits = st[st["cue"].str.endswith("par (propos)")]
    return list(zip(hits["holder"], hits["target"], hits["polarity"], strict=True))


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (  # reported clause, a verb of aggression
            "Le président équatorien Tomás Quiroga a déclaré que ces îlots sont « occupés par "
            "le Pérou ».",
            "Tomás Quiroga",
            "Pérou",
        ),
        (  # another member of the class, a harm verb, an imperfect copula
            "Le ministre arménien Aram Petrossian a affirmé que la région était « menacée par "
            "l'Azerbaïdjan ».",
            "Aram Petrossian",
            "Azerbaïdjan",
        ),
        (  # direct quotation, an adverb before the participle
            "« Ce territoire illégalement annexé par la Russie doit nous être rendu », a "
            "déclaré le porte-parole géorgien Levan Beridze.",
            "Levan Beridze",
            "Russie",
        ),
    ],
)
def test_the_agent_of_a_harm_in_a_speakers_words_is_opposed(text, holder, target):
    assert (holder, target, -1) in _agents(text)


@pytest.mark.parametrize(
    "text",
    [
        # negated
        "« Notre pays n'a jamais été envahi par la Russie », a déclaré le ministre moldave Ion "
        "Rusu.",
        # hypothesis
        "« Si la région était attaquée par la Turquie, nous répondrions », a déclaré le "
        "ministre grec Nikos Papas.",
        # an agent that is no actor
        "« Notre pays est menacé par le terrorisme », a déclaré le ministre malien Moussa Traoré.",
        # a participle outside the lists
        "« Notre délégation a été reçue par le Ghana », a déclaré le ministre togolais Koffi Agbo.",
    ],
)
def test_no_harm_agent_when_denied_hypothetical_or_not_an_actor(text):
    assert _agents(text) == []


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (  # a relative "qui" on a noun: the noun is judged
            "« Nous rejetons la décision de la Hongrie, qui est injustifiable », a déclaré le "
            "ministre slovaque Peter Novak.",
            "Peter Novak",
            "décision de la Hongrie",
            -1,
        ),
        (  # another predicate of the class, a positive noun predicate after "rester"
            "« Le Sénégal, qui reste un partenaire fiable, sera toujours à nos côtés », a "
            "déclaré le président gambien Lamin Jallow.",
            "Lamin Jallow",
            "Sénégal",
            1,
        ),
        (  # a negated positive predicate in the relative is against
            "« Le Ghana, qui n'est pas un partenaire fiable, a rompu sa promesse », a déclaré "
            "le président togolais Koffi Agbo.",
            "Koffi Agbo",
            "Ghana",
            -1,
        ),
    ],
)
def test_a_relative_predicate_judges_its_antecedent(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


def test_a_relative_predicate_outside_attributed_words_gives_no_judgement():
    st = stances("La Hongrie, qui est un partenaire fiable, a signé l'accord.")
    assert not st["cue"].str.contains("fiable").any()
