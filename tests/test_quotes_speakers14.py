"""Quote speakers, session 14: rules about French constructions, each on invented snippets
(no sentence from a real article, no real person's name), at least two phrasings each, with a
negative case that must not fire."""

from __future__ import annotations

import pytest

from tests.test_quotes_real import quotes
from tests.test_quotes_speakers13 import speaker_of_exact

# ---- "X, selon laquelle / selon qui …": the antecedent's claim


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "La ministre Claire Vidal, selon laquelle les pourparlers piétinent depuis mai, "
            "a quitté Genève mardi.",
            "les pourparlers piétinent depuis mai",
            "Claire Vidal",
        ),
        (
            "Le porte-parole du gouvernement, Marc Roux, selon qui la frontière restera fermée "
            "jusqu'en mars, a été reçu mardi.",
            "la frontière restera fermée jusqu'en mars",
            "Marc Roux",
        ),
        (
            "Le député Paul Dufour, d'après lequel la loi sera votée avant l'été, s'est exprimé "
            "lundi.",
            "la loi sera votée avant l'été",
            "Paul Dufour",
        ),
    ],
)
def test_a_relative_selon_is_its_antecedents_claim(text, claim, speaker):
    assert speaker_of_exact(text, claim) == speaker


def test_a_quotation_inside_a_relative_selon_is_the_antecedents():
    text = (
        "La ministre Claire Vidal, selon laquelle les négociations « avancent lentement », "
        "a quitté Genève mardi."
    )
    assert speaker_of_exact(text, "avancent lentement") == "Claire Vidal"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Des experts contestent l'idée selon laquelle la frontière restera fermée jusqu'en "
            "mars.",
            "la frontière restera fermée",
        ),
        (
            "Le ministre Paul Dufour rejette la thèse de l'opposition selon laquelle le scrutin "
            "aurait été truqué.",
            "le scrutin aurait été truqué",
        ),
        (
            "Le député Paul Dufour dénonce la croyance de Marc Roux selon laquelle la loi passera.",
            "la loi passera",
        ),
    ],
)
def test_a_relative_selon_after_a_noun_of_belief_names_nobody(text, claim):
    q = quotes(text)
    named = q[q["speaker"].notna() & q["text"].str.contains(claim, regex=False)]
    assert not len(named), named[["text", "speaker"]].to_dict("records")


# ---- verbs of passing words on: the one cited speaks


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("Le quotidien Le Courrier cite Marc Roux, chercheur à l'université de Lyon", "Marc Roux"),
        ("L'agence a relayé les propos de la ministre Claire Vidal", "Claire Vidal"),
        ("Le journal Le Courrier a repris les mots du député Paul Dufour", "Paul Dufour"),
        ("La radio publique rapporte les paroles de la sénatrice Anne Morel", "Anne Morel"),
    ],
)
def test_the_object_of_a_citing_verb_is_the_speaker(intro, speaker):
    text = f"{intro} : « La crise ne fait que commencer. »"
    assert speaker_of_exact(text, "La crise ne fait que commencer.") == speaker


def test_a_citing_verb_with_an_object_naming_nobody_keeps_its_subject():
    text = (
        "Le journal Le Courrier rapporte la décision du conseil : « Les écoles resteront fermées. »"
    )
    assert speaker_of_exact(text, "Les écoles resteront fermées.") == "Le Courrier"


# ---- a title and the name in apposition to it: the name decides, even when the title was
# taken for someone named earlier


@pytest.mark.parametrize(
    ("intro", "subject"),
    [
        (
            "Le président américain Paul Smith a parlé lundi avec le dirigeant sud-coréen.",
            "Le conseiller américain à la Sécurité nationale Marc Roux s'est entretenu mardi "
            "avec ses homologues pour bâtir",
        ),
        (
            "Le Premier ministre japonais Paul Smith a parlé lundi.",
            "Le conseiller japonais à la Défense Marc Roux a promis",
        ),
    ],
)
def test_a_name_in_apposition_to_a_title_is_the_speaker(intro, subject):
    text = f"{intro} {subject} une riposte « ferme et coordonnée »."
    assert speaker_of_exact(text, "ferme et coordonnée") == "Marc Roux"


def test_a_name_inside_the_titles_complement_is_not_apposed():
    text = (
        "Le président américain Paul Smith a parlé lundi. Le conseiller américain à la "
        "Sécurité nationale de la sénatrice Anne Morel a promis une riposte « ferme et "
        "coordonnée »."
    )
    assert speaker_of_exact(text, "ferme et coordonnée") != "Anne Morel"


# ---- the clitic of a speech incise goes on with the person speaking, not with the state
# the reported words are about


@pytest.mark.parametrize(
    ("intro", "claim", "incise", "speaker"),
    [
        (
            "La ministre Claire Vidal a salué « un pas important ».",
            "La France fournira au pays une aide technique",
            "a-t-elle ajouté",
            "Claire Vidal",
        ),
        (
            "Le président Paul Dufour a salué « un pas important ».",
            "Le Canada enverra des instructeurs au pays",
            "a-t-il précisé",
            "Paul Dufour",
        ),
        (
            "Le porte-parole Marc Roux a dénoncé « une provocation ».",
            "Le Portugal restera ferme",
            "a-t-il martelé",
            "Marc Roux",
        ),
    ],
)
def test_an_incise_clitic_after_a_state_subject_is_the_last_person_quoted(
    intro, claim, incise, speaker
):
    text = f"{intro} {claim}, {incise}."
    assert speaker_of_exact(text, claim) == speaker


def test_an_incise_clitic_after_a_state_subject_with_nobody_quoted_is_the_state():
    text = "Le Canada enverra des instructeurs au pays, a-t-il précisé."
    assert speaker_of_exact(text, "Le Canada enverra des instructeurs au pays") == "Canada"


# ---- a verb followed by "à Y de + infinitive" is the clause's own verb, never an incise
# with an inverted subject


@pytest.mark.parametrize(
    ("incise", "verb", "rest"),
    [
        ("poursuit-il", "demande", "à l'Espagne de retirer ses troupes"),
        ("ajoute-t-il", "recommande", "à la Grèce d'éviter toute escalade"),
        ("poursuit-il", "propose", "au Maroc de rouvrir le dialogue"),
    ],
)
def test_a_verb_asking_someone_to_act_is_no_incise(incise, verb, rest):
    text = (
        "Le porte-parole Marc Roux a dénoncé « une provocation ». "
        f"Le Portugal, {incise}, {verb} {rest}."
    )
    q = quotes(text)
    claims = q[q["kind"] == "reported"]
    assert set(claims["speaker"]) == {"Marc Roux"}, claims[["text", "speaker"]].to_dict("records")


def test_an_incise_verb_followed_by_a_locution_with_a_still_closes_a_quote():
    text = "« Il faut agir vite », a demandé à son tour le député Paul Dufour."
    assert speaker_of_exact(text, "Il faut agir vite") == "Paul Dufour"


# ---- the subject of the sentence before, named in apposition after a comma, is the one an
# incise's clitic refers to ("Le secrétaire général de X, Y, a …. « … », a-t-il averti")


@pytest.mark.parametrize(
    ("subject", "verb", "pronoun", "name"),
    [
        (
            "Le secrétaire général des Nations unies, Marc Roux,",
            "a exhorté les deux pays au calme, par la voix de son porte-parole Paul Dufour.",
            "a-t-il averti",
            "Marc Roux",
        ),
        (
            "La secrétaire générale des Nations unies, Claire Vidal,",
            "a appelé les parties au dialogue par la voix de sa porte-parole Anne Morel.",
            "a-t-elle prévenu",
            "Claire Vidal",
        ),
    ],
)
def test_an_incise_clitic_refers_to_the_name_apposed_to_the_previous_subject(
    subject, verb, pronoun, name
):
    text = f"{subject} {verb} « Le monde ne peut pas se permettre une guerre », {pronoun}."
    assert speaker_of_exact(text, "Le monde ne peut pas se permettre une guerre") == name


def test_an_incise_clitic_of_the_other_gender_skips_the_apposed_name():
    text = (
        "La secrétaire générale des Nations unies, Claire Vidal, a reçu le député Paul Dufour. "
        "« Le monde ne peut pas se permettre une guerre », a-t-il averti."
    )
    assert speaker_of_exact(text, "Le monde ne peut pas se permettre une guerre") != "Claire Vidal"


# ---- a speech verb and an infinitive claim: clitics and negation before the infinitive
# belong to the claim; a negated speech verb claims nothing


@pytest.mark.parametrize(
    ("verb", "claim"),
    [
        ("a dit", "s'aligner derrière l'Union africaine dans cette crise"),
        ("a affirmé", "s'en tenir à l'accord de cessez-le-feu"),
        ("a assuré", "ne pas vouloir rompre avec le Portugal"),
        ("a déclaré", "n'avoir reçu aucune menace"),
    ],
)
def test_an_infinitive_claim_keeps_its_clitics_and_negation(verb, claim):
    text = f"Le président Paul Dufour {verb} {claim}."
    assert speaker_of_exact(text, claim) == "Paul Dufour"


@pytest.mark.parametrize(
    "verb", ["n'a pas dit", "ne dit pas", "n'a jamais affirmé", "n'a plus assuré"]
)
def test_a_negated_speech_verb_claims_no_infinitive(verb):
    text = f"Le président Paul Dufour {verb} vouloir rompre avec le Portugal."
    q = quotes(text)
    claims = q[q["text"].str.contains("rompre", regex=False)]
    assert not len(claims), claims[["text", "speaker"]].to_dict("records")
