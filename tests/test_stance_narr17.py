"""Stances stated in the narration (session 17, narr). Every snippet is invented.

* a noun of refusal denies its infinitive complement as "refuser de" does ("le refus de X
  de signer l'accord", "son renoncement à sanctionner Y"): never the very act refused;
* an official's arrival at a state or a town is a visit ("X est arrivé lundi à Y", "Arrivé
  au Y, X a …", "dès son arrivée à Y"): the visitor is (weakly) for the destination;
* a wish named by a noun after a verb of expressing ("X a exprimé le souhait que …", "X a
  formulé le vœu d'une paix durable"): the subject is for what it wishes.
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances

# --- refusal nouns -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Le refus de l'Estonie de signer le traité avec la Moldavie a surpris.",
            "Estonie",
            "Moldavie",
        ),
        ("La Lettonie a justifié son refus de soutenir la Géorgie.", "Lettonie", "Géorgie"),
    ],
)
def test_refusal_noun_never_states_the_refused_act(text: str, holder: str, target: str) -> None:
    assert set(rows(text, holder, target)["polarity"]) <= {-1}


@pytest.mark.parametrize(
    "text",
    [
        "Le refus de l'Estonie de condamner la Moldavie a surpris.",
        "L'Estonie a confirmé sa renonciation à sanctionner la Moldavie.",
        "La réticence de l'Estonie à critiquer la Moldavie étonne.",
        "Le refus du gouvernement estonien de recevoir l'ambassadeur moldave a surpris.",
    ],
)
def test_refusal_noun_gives_no_row_for_an_act_not_done(text: str) -> None:
    assert rows(text, "Estonie|estonien", "Moldavie|moldave").empty


def test_a_decision_noun_keeps_its_act() -> None:
    # a near miss: "la décision de X de …" is no refusal
    text = "La décision de l'Estonie de rompre ses relations avec la Moldavie a surpris."
    assert polarity(text, "Estonie", "Moldavie") == -1


# --- arrivals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Le président letton Arvid Kalns est arrivé jeudi soir au Portugal.", "Kalns", "Portugal"),
        ("La ministre estonienne Liis Tamm a atterri samedi à Lisbonne.", "Tamm", "Portugal"),
        (
            "Arrivé au Portugal après une escale en Espagne, le chef de l'État letton Arvid Kalns "
            "a inauguré une école.",
            "Kalns",
            "Portugal",
        ),
        (
            "Dès son arrivée à Lisbonne, le président letton a salué l'amitié.",
            "président",
            "Portugal",
        ),
    ],
)
def test_arrival_is_a_visit(text: str, holder: str, target: str) -> None:
    assert polarity(text, holder, target) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Le président letton Arvid Kalns n'est pas arrivé au Portugal.",
        "Arvid Kalns est arrivé en tête du scrutin au Portugal.",
        "Des centaines de voyageurs lettons sont arrivés au Portugal.",
        # an envoy coming home visits nobody
        "L'ambassadeur portugais Rui Matos, rappelé par son gouvernement, est arrivé à Lisbonne.",
        # the possessive is the guest's, not the passive agent's
        "À son arrivée au Portugal, la ministre lettone a été accueillie par Rui Matos.",
    ],
)
def test_no_visit_without_an_official_arriving_abroad(text: str) -> None:
    st = stances(text)
    assert not st["cue"].isin(["arriver", "atterrir", "arrivée"]).any(), st


# --- wish nouns ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "word"),
    [
        (
            "L'Estonie a exprimé le souhait que des pourparlers soient ouverts en Moldavie.",
            "Estonie",
            "pourparlers",
        ),
        ("La Lettonie et l'Estonie ont formulé le vœu d'une paix durable.", "Lettonie", "paix"),
        ("La Lettonie et l'Estonie ont formulé le vœu d'une paix durable.", "Estonie", "paix"),
        (
            "L'Estonie a fait part de son espoir de voir le commerce régional reprendre.",
            "Estonie",
            "commerce",
        ),
        (
            "La Lettonie a exprimé, mardi, le désir d'approfondir le dialogue politique.",
            "Lettonie",
            "dialogue",
        ),
    ],
)
def test_wish_noun_after_a_verb_of_expressing(text: str, holder: str, word: str) -> None:
    assert polarity(text, holder, word) == 1


@pytest.mark.parametrize(
    ("text", "holder", "word"),
    [
        # negated carrier
        (
            "L'Estonie n'a pas exprimé le souhait que des pourparlers soient ouverts.",
            "Estonie",
            "pourparlers",
        ),
        # a clause about another actor's conduct: its sign toward that actor is unsaid
        ("L'Estonie a exprimé l'espoir que la Moldavie revoie sa position.", "Estonie", "Moldavie"),
        # a hostile infinitive or a harm named in the wish
        ("L'Estonie a dit son désir de punir la Moldavie.", "Estonie", "punir"),
        ("L'Estonie a exprimé l'espoir de voir la crise se terminer.", "Estonie", "crise"),
        # the wisher in a "de" complement
        ("Le souhait de la Lettonie est connu de tous.", "Lettonie", "souhait"),
    ],
)
def test_wish_noun_near_misses(text: str, holder: str, word: str) -> None:
    hits = rows(text, holder, word)
    assert not (
        hits["cue"].isin(["souhait", "vœu", "espoir", "désir"]) & (hits["polarity"] == 1)
    ).any()


def test_wish_noun_ends_before_its_purpose() -> None:
    text = (
        "La Lettonie et la Finlande ont formulé, vendredi 4 juin, le vœu que des élections "
        "anticipées soient organisées en Moldavie afin de sortir de la crise."
    )
    hits = rows(text, "Finlande", "élections")
    assert set(hits["polarity"]) == {1}
    assert not hits["target_text"].str.contains("crise").any()


def test_wish_noun_about_the_wisher_s_own_state() -> None:
    # "voir son propre pays faire …": the clause is the wish, not a stance toward the wisher
    text = (
        "Le président letton Arvid Kalns a dit son espoir de voir la Lettonie servir de "
        "médiateur entre l'Estonie et la Finlande."
    )
    assert set(rows(text, "Kalns", "médiateur")["polarity"]) == {1}
    st = stances(text)
    assert not ((st["holder"] == "Lettonie") & (st["target"] == "Lettonie")).any()


# --- agentless passive summons -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("L'ambassadeur de Lettonie en Estonie a été convoqué jeudi.", "Estonie", "Lettonie"),
        ("L'ambassadrice lettone à Tallinn a été convoquée mardi matin.", "Estonie", "Lettonie"),
        (
            "Le chargé d'affaires de Lettonie a été convoqué au ministère estonien des Affaires "
            "étrangères pour des explications.",
            "Estonie",
            "Lettonie",
        ),
        (
            "L'ambassadeur de Lettonie, Ivars Berzins, a été convoqué vendredi au ministère des "
            "Affaires étrangères à Tallinn.",
            "Estonie",
            "Lettonie",
        ),
    ],
)
def test_agentless_summons_is_the_post_state_against_the_envoy_state(
    text: str, holder: str, target: str
) -> None:
    assert polarity(text, holder, target) == -1


@pytest.mark.parametrize(
    "text",
    [
        # called home by its own state: no summons by the post
        "L'ambassadeur de Lettonie en Estonie a été convoqué pour consultations.",
        "L'ambassadeur de Lettonie en Estonie n'a pas été convoqué.",
        # a diplomat "at home" names no other state
        "L'ambassadeur de Lettonie à Riga a été convoqué.",
    ],
)
def test_agentless_summons_near_misses(text: str) -> None:
    st = stances(text)
    summons = st["cue"].str.startswith("convoquer")
    assert not (summons & st["holder"].isin(["Estonie", "Lettonie"])).any(), st


# --- the author of a judged thing ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "La Finlande a fermement condamné les propos tenus par le ministre letton.",
            "Finlande",
            "ministre letton",
            -1,
        ),
        ("Plusieurs élus ont fustigé les menaces proférées par l'Estonie.", "élus", "Estonie", -1),
        ("La Finlande a salué les efforts déployés par l'Estonie.", "Finlande", "Estonie", 1),
        (
            "La Finlande dénonce les restrictions imposées par l'Estonie à ses pêcheurs.",
            "Finlande",
            "Estonie",
            -1,
        ),
    ],
)
def test_author_of_the_judged_thing(text: str, holder: str, target: str, sign: int) -> None:
    hits = rows(text, holder, target)
    hits = hits[hits["cue"].str.endswith("… par")]
    assert set(hits["polarity"]) == {sign}, stances(text)


@pytest.mark.parametrize(
    "text",
    [
        # negated judge
        "La Finlande n'a pas condamné les propos tenus par le ministre letton.",
        # a participle of undergoing: the agent is the victim's harm-doer, not named as author
        "La Finlande a condamné l'attaque subie par l'Estonie.",
        # no judgement: a neutral verb
        "La Finlande a examiné les propositions présentées par l'Estonie.",
    ],
)
def test_author_of_the_judged_thing_near_misses(text: str) -> None:
    st = stances(text)
    assert not st["cue"].str.endswith("… par").any(), st


# --- rising frictions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Le ton monte entre la Finlande et l'Estonie.", "Finlande", "Estonie"),
        ("Le torchon brûle entre la Lettonie et la Lituanie depuis mardi.", "Lettonie", "Lituanie"),
        ("La tension est montée d'un cran entre Helsinki et Tallinn.", "Finlande", "Estonie"),
        ("Le froid s'installe entre la Finlande et la Lettonie.", "Finlande", "Lettonie"),
    ],
)
def test_rising_friction_between_two_sides(text: str, a: str, b: str) -> None:
    assert polarity(text, a, b) == -1
    assert polarity(text, b, a) == -1


@pytest.mark.parametrize(
    "text",
    [
        "Le ton ne monte pas entre la Finlande et l'Estonie.",
        "Le climat est serein entre la Finlande et l'Estonie.",
        "Le ministre finlandais a donné le ton entre deux réunions avec l'Estonie.",
        "Un climat de confiance règne entre la Finlande et l'Estonie.",
    ],
)
def test_rising_friction_near_misses(text: str) -> None:
    st = stances(text)
    assert not ((st["kind"] == "friction") & (st["polarity"] == -1)).any(), st
