"""Stances in a speaker's words, session 18: the first-person commitments (standing by Y,
working with Y, refusing to let Y act, harming Y on purpose) also read when the subject is
the speaker's own state named, or "son pays" / a pronoun for the speaker in reported speech.
Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import stances


def _found(text: str) -> list[tuple[str, str, int]]:
    st = stances(text)
    return list(zip(st["holder"], st["target"], st["polarity"], strict=True))


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (  # standing by, the speaker's state named in a direct quote
            "« L'Islande sera toujours aux côtés de l'Estonie », a déclaré la Première "
            "ministre islandaise Katrin Olafsdottir.",
            "Katrin Olafsdottir",
            "Estonie",
            1,
        ),
        (  # working with, "son pays" in reported speech
            "Le ministre islandais des Affaires étrangères Gunnar Helgason a affirmé que son "
            "pays travaillait étroitement avec l'Estonie.",
            "Gunnar Helgason",
            "Estonie",
            1,
        ),
        (  # refusing to let a third party act, the state named in reported speech
            "Le ministre islandais des Affaires étrangères Gunnar Helgason a assuré que "
            "l'Islande ne permettrait jamais à la Moldavie d'intimider ses voisins.",
            "Gunnar Helgason",
            "Moldavie",
            -1,
        ),
        (  # harming on purpose, the state named in reported speech
            "Le ministre islandais des Affaires étrangères Gunnar Helgason a estimé que "
            "l'Islande devait isoler le Bélarus sur la scène internationale.",
            "Gunnar Helgason",
            "Biélorussie",
            -1,
        ),
    ],
)
def test_the_speakers_own_state_commits_like_nous(text, holder, target, sign):
    found = _found(text)
    assert any(h == holder and target in t and p == sign for h, t, p in found), found


def test_a_refusal_never_turns_against_the_speakers_own_state():
    # the infinitive's subject is the speaker's state (control), not the one refused
    text = (
        "Le ministre islandais des Affaires étrangères Gunnar Helgason a assuré que l'Islande "
        "ne permettrait pas au Bélarus de menacer la région."
    )
    found = _found(text)
    assert not any(h == "Gunnar Helgason" and "Islande" in t for h, t, _p in found), found


@pytest.mark.parametrize(
    "text",
    [
        # another state as the subject: the speaker reports, he does not commit
        "« La Lituanie restera aux côtés du Bélarus », a regretté le ministre islandais des "
        "Affaires étrangères Gunnar Helgason.",
        # "son pays" inside a direct quote is someone else's country
        "« Son pays travaille en étroite coordination avec le Bélarus », a regretté le "
        "ministre islandais des Affaires étrangères Gunnar Helgason.",
        # a side taken in the past is a report, no commitment
        "« L'Islande était aux côtés du Bélarus lors de la cérémonie », a rappelé le "
        "ministre islandais des Affaires étrangères Gunnar Helgason.",
    ],
)
def test_no_commitment_for_another_subject_or_the_past(text):
    found = _found(text)
    assert not any(h == "Gunnar Helgason" and "Biélorussie" in t and p > 0 for h, t, p in found), (
        found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Les autorités islandaises dénoncent ce qu'elles appellent « des négligences graves » "
        "de la police estonienne.",
        "Le gouvernement islandais a dénoncé ce qu'il appelle une manœuvre estonienne.",
        "Le ministre islandais a rejeté ce que son homologue estonien a appelé un geste "
        "d'apaisement.",
    ],
)
def test_appeler_that_names_is_no_call_for_the_thing_named(text):
    # "ce qu'il appelle X": X is named (often with blame), never demanded
    st = stances(text)
    assert not len(st[(st["cue"] == "appeler") & (st["polarity"] > 0)]), st


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le gouvernement islandais a appelé à un cessez-le-feu immédiat.", "cessez-le-feu"),
        ("Le gouvernement islandais appelle à une trêve durable.", "trêve"),
    ],
)
def test_appeler_a_keeps_its_call(text, word):
    st = stances(text)
    hits = st[(st["cue"] == "appeler") & st["target_text"].str.contains(word, regex=False)]
    assert len(hits) and set(hits["polarity"]) == {1}, st


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (  # a firm answer against an aggression: no praise of the aggressor
            "« L'Islande ripostera de manière décisive contre toute agression du Bélarus », a "
            "déclaré le ministre islandais de la Défense Olaf Sigurdsson.",
            "Biélorussie",
        ),
        (  # an unjust measure against Y: the speaker sides with Y, no blame of it
            "« Ces mesures injustes à l'encontre de l'Estonie doivent cesser », a déclaré le "
            "ministre islandais de la Défense Olaf Sigurdsson.",
            "Estonie",
        ),
        (  # an absurd charge against Y
            "« Ce sont des allégations ridicules contre l'Estonie », a déclaré le ministre "
            "islandais de la Défense Olaf Sigurdsson.",
            "Estonie",
        ),
    ],
)
def test_the_actor_a_clause_is_against_gets_no_row_from_its_tone(text, actor):
    st = stances(text)
    tone = st[(st["cue"] == "citation") & st["target"].str.contains(actor, regex=False)]
    assert not len(tone), tone


def test_a_clause_judging_an_actor_directly_keeps_its_row():
    text = (
        "« L'Estonie est un partenaire fiable et loyal », a déclaré le ministre islandais de la "
        "Défense Olaf Sigurdsson."
    )
    st = stances(text)
    hits = st[(st["holder"] == "Olaf Sigurdsson") & st["target"].str.contains("Estonie")]
    assert len(hits) and set(hits["polarity"]) == {1}, st


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (  # a negated compliance verb, direct quote
            "« Le Bélarus n'a jamais respecté ses engagements », a déclaré la ministre "
            "lituanienne Rasa Vaitkute.",
            "Biélorussie",
        ),
        (  # another member of the class, reported speech
            "La ministre lituanienne Rasa Vaitkute a affirmé que l'Arménie n'avait pas honoré "
            "sa signature.",
            "Arménie",
        ),
        (  # "tenir" with an obligation noun
            "« L'Azerbaïdjan n'a pas tenu parole », a regretté la ministre lituanienne Rasa "
            "Vaitkute.",
            "Azerbaïdjan",
        ),
        (  # "manquer à" an obligation, no negation
            "« L'Arménie a manqué à ses obligations », a déclaré la ministre lituanienne Rasa "
            "Vaitkute.",
            "Arménie",
        ),
    ],
)
def test_a_third_party_failing_its_word_is_reproached(text, actor):
    st = stances(text)
    hits = st[(st["holder"] == "Rasa Vaitkute") & st["target"].str.contains(actor, regex=False)]
    assert len(hits) and set(hits["polarity"]) == {-1}, st


@pytest.mark.parametrize(
    "text",
    [
        # a hypothesis is a warning, not a reproach of a breach
        "« Si l'Arménie ne respecte pas la trêve, nous en tirerons les conséquences », a "
        "déclaré la ministre lituanienne Rasa Vaitkute.",
        # "tenir" without an obligation noun
        "« L'Arménie n'a pas tenu compte de la météo », a déclaré la ministre lituanienne Rasa "
        "Vaitkute.",
        # an intention denied
        "« L'Arménie ne cherchait pas à manquer de respect à nos diplomates », a assuré la "
        "ministre lituanienne Rasa Vaitkute.",
    ],
)
def test_no_breach_under_a_hypothesis_another_tenir_or_a_denied_intent(text):
    st = stances(text)
    hits = st[st["cue"].isin(["ne pas respecter", "ne pas tenir", "manquer de respect"])]
    assert not len(hits), hits


def test_the_speakers_own_side_failing_is_no_reproach():
    text = (
        "« Nous n'avons pas respecté nos engagements envers l'Arménie », a reconnu la "
        "ministre lituanienne Rasa Vaitkute."
    )
    st = stances(text)
    assert not len(st[st["cue"] == "ne pas respecter"]), st


def test_the_adversary_after_face_a_is_not_praised_with_the_brave():
    text = (
        "« L'Estonie a montré une ténacité admirable face à la Lituanie », a déclaré le "
        "ministre islandais de la Défense Olaf Sigurdsson."
    )
    st = stances(text)
    assert not len(st[st["target"].str.contains("Lituanie") & (st["polarity"] > 0)]), st
    # the brave one keeps the praise
    assert len(st[st["target"].str.contains("Estonie") & (st["polarity"] > 0)]), st


@pytest.mark.parametrize(
    ("text", "praised", "foil"),
    [
        (  # the standard of a comparison
            "« L'Estonie est un allié bien plus loyal que la Lituanie », a déclaré le ministre "
            "islandais de la Défense Olaf Sigurdsson.",
            "Estonie",
            "Lituanie",
        ),
        (  # "plutôt qu'avec Y"
            "« Nous voulons une amitié sincère avec l'Estonie plutôt qu'avec la Lituanie », a "
            "déclaré le ministre islandais de la Défense Olaf Sigurdsson.",
            "Estonie",
            "Lituanie",
        ),
        (  # "malgré Y"
            "« L'Estonie a gardé un sang-froid admirable malgré la Lituanie », a déclaré le "
            "ministre islandais de la Défense Olaf Sigurdsson.",
            "Estonie",
            "Lituanie",
        ),
    ],
)
def test_a_foil_gets_no_praise_from_the_clause(text, praised, foil):
    st = stances(text)
    mine = st[st["holder"] == "Olaf Sigurdsson"]
    assert not len(mine[mine["target"].str.contains(foil) & (mine["polarity"] > 0)]), st
    assert len(mine[mine["target"].str.contains(praised) & (mine["polarity"] > 0)]), st


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (  # a debt of apology, direct quote
            "« La Lituanie doit des excuses aux pêcheurs estoniens », a déclaré le ministre "
            "islandais de la Pêche Einar Magnusson.",
            "Lituanie",
        ),
        (  # another member of the class, reported speech (sequence of tenses)
            "Le ministre islandais de la Pêche Einar Magnusson a estimé que la Lituanie devait "
            "une explication à ses voisins.",
            "Lituanie",
        ),
        (  # a future, reparations
            "« La Lituanie devra des réparations aux pêcheurs estoniens », a déclaré le "
            "ministre islandais de la Pêche Einar Magnusson.",
            "Lituanie",
        ),
    ],
)
def test_a_debt_of_redress_is_a_demand_on_the_debtor(text, actor):
    st = stances(text)
    hits = st[(st["holder"] == "Einar Magnusson") & st["target"].str.contains(actor)]
    assert len(hits) and set(hits["polarity"]) == {-1}, st


@pytest.mark.parametrize(
    "text",
    [
        "« La Lituanie ne doit aucune excuse à l'Estonie », a déclaré le ministre islandais de "
        "la Pêche Einar Magnusson.",
        "« La Lituanie doit beaucoup à l'Estonie », a déclaré le ministre islandais de la "
        "Pêche Einar Magnusson.",
        "« Nous devons des excuses aux pêcheurs lituaniens », a déclaré le ministre islandais "
        "de la Pêche Einar Magnusson.",
    ],
)
def test_no_debt_denied_no_other_debt_no_own_debt(text):
    st = stances(text)
    assert not len(st[st["cue"] == "devoir (exigence)"]), st


@pytest.mark.parametrize(
    ("text", "kept", "not_blamed"),
    [
        (  # the concessive phrase's blame stays on its own actor
            "« Malgré les manœuvres hostiles de la Lituanie, l'Estonie reste un partenaire "
            "fiable », a déclaré le ministre islandais de la Défense Olaf Sigurdsson.",
            ("Lituanie", -1),
            "Estonie",
        ),
        (  # "en dépit de", another member of the class
            "« En dépit des menaces de la Lituanie, l'Estonie reste un partenaire fiable », a "
            "déclaré le ministre islandais de la Défense Olaf Sigurdsson.",
            ("Lituanie", -1),
            "Estonie",
        ),
    ],
)
def test_a_concessive_phrase_is_scored_apart_from_its_clause(text, kept, not_blamed):
    st = stances(text)
    mine = st[st["holder"] == "Olaf Sigurdsson"]
    actor, sign = kept
    assert len(mine[mine["target"].str.contains(actor) & (mine["polarity"] == sign)]), st
    assert not len(mine[mine["target"].str.contains(not_blamed) & (mine["polarity"] < 0)]), st


def test_a_concessive_phrase_praises_no_actor_of_its_main_clause():
    text = (
        "« Malgré nos efforts sincères, la Lituanie poursuit son agression brutale », a déclaré "
        "le ministre islandais de la Défense Olaf Sigurdsson."
    )
    st = stances(text)
    mine = st[st["holder"] == "Olaf Sigurdsson"]
    assert not len(mine[mine["target"].str.contains("Lituanie") & (mine["polarity"] > 0)]), st


@pytest.mark.parametrize(
    "text",
    [
        "« Nous sommes sincèrement reconnaissants à l'Estonie », a déclaré le président "
        "letton Andris Ozols.",
        "« Je suis redevable à l'Estonie de son aide », a déclaré le président letton Andris "
        "Ozols.",
    ],
)
def test_gratitude_to_someone_is_for_them(text):
    st = stances(text)
    hits = st[(st["holder"] == "Andris Ozols") & st["target"].str.contains("Estonie")]
    assert len(hits) and set(hits["polarity"]) == {1}, st


def test_gratitude_denied_or_of_another_gives_nothing():
    text = (
        "« L'Estonie ne nous est redevable de rien », a déclaré le président letton Andris Ozols."
    )
    st = stances(text)
    assert not len(st[(st["holder"] == "Andris Ozols") & (st["polarity"] > 0)]), st


def test_the_speaker_is_not_the_doer_of_an_infinitive_he_accuses_another_of():
    # "accuser Y de « brader … »": Y sells off, the speaker does not harm what is sold
    text = (
        "La députée d'opposition Maria Lindqvist a accusé le gouvernement de « brader les "
        "forêts du pays »."
    )
    st = stances(text)
    hits = st[(st["holder"] == "Maria Lindqvist") & st["target"].str.contains("forêts")]
    assert not len(hits[hits["polarity"] < 0]), st


def test_a_breach_in_a_relative_clause_reproaches_its_antecedent():
    text = (
        "« La Lituanie, qui n'a pas tenu parole, doit s'expliquer », a déclaré le ministre "
        "estonien Tarmo Kask."
    )
    st = stances(text)
    hits = st[(st["holder"] == "Tarmo Kask") & (st["cue"] == "ne pas tenir")]
    assert len(hits) and set(hits["polarity"]) == {-1}, st
