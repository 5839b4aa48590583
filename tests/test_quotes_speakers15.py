"""Quote speakers, session 15: rules about French constructions, each on invented snippets (no
sentence from a real article, no real person's or medium's name), several phrasings and
members of each class, and cases that must not fire."""

from __future__ import annotations

import pytest

from tests.test_quotes_real import quotes, speaker_of
from tests.test_quotes_speakers13 import speaker_of_exact


def reported_speaker(text: str, fragment: str) -> str | None:
    """The speaker of the reported claim (no quotation marks of its own) holding fragment."""
    q = quotes(text)
    hits = q[(q["kind"] == "reported") & q["text"].str.contains(fragment, regex=False)]
    assert len(hits), f"no claim with {fragment!r}: {q[['text', 'speaker']].to_dict('records')}"
    value = hits.iloc[0]["speaker"]
    return None if value is None or value != value else str(value)


# ---- a framing "pour X" / "aux yeux de X" / "selon X" opening a sentence gives way to an
# incise closing it that names who speaks


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Le Parti vert (PV) gouverne la province. Pour le PV, cette réforme reste une « "
            "trahison pure et simple », a déclaré Jean Morel, élu du PV.",
            "cette réforme",
            "Jean Morel",
        ),
        (
            "Pour l'opposition, ce scrutin est une « mascarade », a affirmé mardi Anne Morel.",
            "ce scrutin",
            "Anne Morel",
        ),
        (
            "Aux yeux du gouvernement, la frappe constitue une violation du cessez-le-feu, a "
            "déclaré son porte-parole Marc Lenoir.",
            "la frappe",
            "Marc Lenoir",
        ),
    ],
)
def test_a_framing_phrase_gives_way_to_the_closing_incise(text, fragment, speaker):
    assert reported_speaker(text, fragment) == speaker


def test_a_framing_phrase_without_an_incise_still_speaks():
    text = "Pour le président Paul Dufour, la région représente une « ligne rouge »."
    assert reported_speaker(text, "la région") == "Paul Dufour"


# ---- an inverted speech verb closing a sentence whose subject names nobody is an incise
# (the parser often gives it the clause's subject)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Le Parti vert (PV) gouverne la province. Chaque pas des milices du Parti vert (PV) "
            "armées par la Syldavie pourrait provoquer une riposte « immédiate » de la "
            "Bordurie, a menacé dimanche Paul Dufour.",
            "immédiate",
            "Paul Dufour",
        ),
        (
            "Le moindre tir sur nos navires serait un « acte de guerre », a averti lundi le "
            "ministre Paul Dufour.",
            "acte de guerre",
            "Paul Dufour",
        ),
    ],
)
def test_a_closing_inverted_verb_after_a_thing_subject_is_an_incise(text, words, speaker):
    assert speaker_of_exact(text, words) == speaker


def test_the_closing_incise_also_takes_the_claim():
    text = (
        "Le Front uni contrôle le nord. Selon le Front uni, cette frappe est une violation du "
        "cessez-le-feu, a affirmé mardi son porte-parole Jean Morel."
    )
    assert reported_speaker(text, "cette frappe") == "Jean Morel"


def test_verbs_in_a_row_after_a_named_subject_are_no_incise():
    text = (
        "La ministre Claire Vidal a dénoncé une « provocation », a convoqué l'ambassadeur et a "
        "rappelé son envoyé."
    )
    assert speaker_of_exact(text, "provocation") == "Claire Vidal"


# ---- a title's tail the tagger took for a person ("ministre kenyan des Affaires
# étrangères") is no antecedent of a pronoun


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "« Cette sentence ne nous engage pas », a déclaré Marc Lenoir, ministre kenyan des "
            "Affaires étrangères, devant la presse. Il indique que le différend devait se régler "
            "par la négociation.",
            "le différend",
            "Marc Lenoir",
        ),
        (
            "« Nous partirons », a affirmé Anne Morel, ministre ghanéenne des Finances, à la "
            "radio. Elle estime que la dette doit être renégociée.",
            "la dette",
            "Anne Morel",
        ),
    ],
)
def test_a_pronoun_after_a_name_and_its_title_is_the_name(text, fragment, speaker):
    assert reported_speaker(text, fragment) == speaker


def test_lower_case_spans_are_no_names_but_particles_are():
    from analysis.extract.quotes.speakers.base import _may_be_name

    assert not _may_be_name("kenyan des Affaires étrangères")
    assert not _may_be_name("l'ambassadeur")
    assert _may_be_name("de Villepin")
    assert _may_be_name("al-Hamdi")
    assert _may_be_name("Paul Dufour")


# ---- "X a dit que … « … », selon l'agence Y": the medium reports, the speech verb's subject
# speaks


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le vice-ministre Park Min-soo a reçu l'envoyé. Park a dit que la Syldavie doit "
            "prendre « des mesures visibles », selon l'agence de presse Novapress.",
            "Park Min-soo",
        ),
        (
            "Le vice-ministre Paul Dufour a reçu l'envoyé. Il a déclaré que la Syldavie doit "
            "prendre « des mesures visibles », selon le quotidien Horizons.",
            "Paul Dufour",
        ),
        (
            "Le vice-ministre Paul Dufour a reçu l'envoyé. Dufour a estimé que la Syldavie doit "
            "prendre « des mesures visibles », d'après la chaîne Canal Est.",
            "Paul Dufour",
        ),
    ],
)
def test_a_closing_selon_a_medium_reports_the_speech_verbs_subject(text, speaker):
    assert speaker_of_exact(text, "des mesures visibles") == speaker


@pytest.mark.parametrize(
    "text",
    [
        "La Syldavie doit prendre « des mesures visibles », selon le ministre Paul Dufour.",
        "Le journal Horizons a rapporté que la Syldavie doit prendre « des mesures visibles », "
        "d'après le ministre Paul Dufour.",
    ],
)
def test_a_closing_selon_a_person_still_speaks(text):
    assert speaker_of_exact(text, "des mesures visibles") == "Paul Dufour"


# ---- "…, confirme à l'agence X, Y": a medium addressed before the inverted subject


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "« C'est confirmé, nos ambassadeurs sont rappelés », confirme à l'agence Novapress, "
            "Marc Lenoir, porte-parole du ministère.",
            "C'est confirmé",
            "Marc Lenoir",
        ),
        (
            "« Le dialogue est rompu », précise au quotidien Horizons, Anne Morel, ministre de "
            "la Culture.",
            "Le dialogue",
            "Anne Morel",
        ),
        (
            "« Nous partirons », a confié à Anne Morel le ministre Paul Dufour.",
            "Nous partirons",
            "Paul Dufour",
        ),
    ],
)
def test_a_medium_addressed_before_the_inverted_subject_is_not_the_speaker(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


# ---- people counted but not named speak as the group they form ("plusieurs analystes",
# "d'autres responsables syldaves"); a source noun stays anonymous


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Selon plusieurs analystes, cette trêve risque de ne pas tenir.",
            "cette trêve",
            "analystes",
        ),
        (
            "Des associations de défense des libertés affirment que des centaines de "
            "familles ont dû quitter la vallée.",
            "des centaines",
            "associations de défense des libertés",
        ),
        (
            "D'autres responsables syldaves ont déclaré que le pays se défendrait.",
            "le pays",
            "responsables syldaves",
        ),
    ],
)
def test_people_counted_speak_as_their_group(text, fragment, speaker):
    assert reported_speaker(text, fragment) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Selon des sources diplomatiques, le sommet pourrait être reporté.",
        "Selon plusieurs sources proches du dossier, le sommet pourrait être reporté.",
    ],
)
def test_sources_counted_stay_anonymous(text):
    assert reported_speaker(text, "le sommet") is None


# ---- the rest of the class of saying: speaking of, alerting, refuting, pleading, reacting


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Le président Paul Dufour parle d'un « génocide » en cours.", "génocide", "Paul Dufour"),
        (
            "La ministre Claire Vidal a alerté sur un « risque d'embrasement ».",
            "risque d'embrasement",
            "Claire Vidal",
        ),
        (
            "Le ministre Paul Dufour a recadré son homologue, un « irresponsable ».",
            "irresponsable",
            "Paul Dufour",
        ),
    ],
)
def test_verbs_of_speaking_of_and_alerting_govern_their_quotes(text, words, speaker):
    assert speaker_of_exact(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "« Ces accusations sont infondées », a réfuté le ministre Paul Dufour.",
            "infondées",
            "Paul Dufour",
        ),
        ("« Nous ne céderons rien », a juré la ministre Claire Vidal.", "céderons", "Claire Vidal"),
    ],
)
def test_verbs_of_refuting_and_swearing_make_incises(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_a_discussion_speaking_of_names_no_speaker():
    text = "Les discussions ont parlé de la « question des frontières »."
    assert speaker_of_exact(text, "question des frontières") is None


# ---- a subject pronoun after a sentence whose subject is a body that spoke there is that
# body (of the pronoun's grammatical gender), not a person named earlier


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Le porte-parole Karim Salem a expliqué que la diplomate avait reçu une invitation. "
            "« Il est regrettable qu'elle ait abusé de notre accueil », poursuit Karim Salem. Le "
            "ministère syldave des Affaires étrangères a déclaré à l'agence Novapress que la "
            "diplomate avait « tous les papiers requis ». Il reproche, de son côté, à l'Union "
            "de céder « aux pressions de quelques capitales ».",
            "aux pressions de quelques capitales",
            "ministère syldave des Affaires étrangères",
        ),
        (
            "Le ministre Karim Salem a reçu l'ambassadeur. Le ministère a ensuite indiqué que "
            "l'entretien avait été « franc ». Il dénonce néanmoins des « provocations "
            "répétées ».",
            "provocations répétées",
            "ministère",
        ),
        (
            "La présidence syldave a indiqué que l'entretien avait été « franc ». Elle dénonce "
            "néanmoins des « provocations répétées ».",
            "provocations répétées",
            "présidence syldave",
        ),
    ],
)
def test_a_pronoun_after_a_body_that_spoke_is_the_body(text, words, speaker):
    assert speaker_of_exact(text, words) == speaker


def test_a_pronoun_after_a_body_that_did_not_speak_is_the_person():
    text = (
        "Le ministère syldave a convoqué le diplomate Paul Dufour. Il a dénoncé une "
        "« provocation »."
    )
    assert speaker_of_exact(text, "provocation") == "Paul Dufour"


# ---- "son pays" / "leur pays": the state of the national named last


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Lors de la conférence, un diplomate norvégien a été reconduit à la porte. Son pays "
            "dénonce un « affront sans précédent ». La Norvège a convoqué l'ambassadeur.",
            "affront sans précédent",
            "Norvège",
        ),
        (
            "Le ministre sénégalais Karim Salem a été refoulé à la frontière malienne. Son pays a "
            "dénoncé une « humiliation » et le Sénégal a rappelé son ambassadeur.",
            "humiliation",
            "Sénégal",
        ),
        (
            "Les deux ambassadeurs kényans ont été rappelés. Leur pays dénonce une « ingérence » "
            "et le Kenya suspend sa coopération.",
            "ingérence",
            "Kenya",
        ),
    ],
)
def test_his_country_is_the_state_of_the_national_named_last(text, words, speaker):
    assert speaker_of_exact(text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Karim Salem a été refoulé à la frontière. Son pays a dénoncé une "
        "« humiliation ».",
        "Le ministre a visité son pays natal. Son pays a salué une « humiliation ».",
    ],
)
def test_his_country_without_a_known_nationality_names_nobody(text):
    assert speaker_of_exact(text, "humiliation") is None


# ---- "via un message de X :", "dans un communiqué de Y :": the document's issuer speaks


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "La Syldavie a réagi dans l'après-midi, via un message en anglais et en russe du "
            "président Paul Dufour sur Twitter : « La Syldavie reconnaît le nouveau "
            "gouvernement ».",
            "La Syldavie reconnaît le nouveau gouvernement",
            "Paul Dufour",
        ),
        (
            "Le Zanistan a réagi dans un communiqué de la ministre Claire Vidal : « Nous "
            "condamnons cette attaque ».",
            "Nous condamnons cette attaque",
            "Claire Vidal",
        ),
    ],
)
def test_a_documents_issuer_before_a_colon_speaks(text, words, speaker):
    assert speaker_of_exact(text, words) == speaker


def test_a_colon_after_a_speech_verb_without_a_document_keeps_its_subject():
    text = "Le président Paul Dufour a répondu à la lettre : « Nous refusons »."
    assert speaker_of_exact(text, "Nous refusons") == "Paul Dufour"


# ---- "X a déclaré que A et a souligné que B": two claims, both X's


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        (
            "Le ministre Paul Dufour a déclaré que la levée du blocus est un geste "
            "encourageant et a souligné que ce compromis rend possible une reprise du dialogue.",
            "geste encourageant",
            "reprise du dialogue",
            "Paul Dufour",
        ),
        (
            "La ministre Claire Vidal a affirmé que le cessez-le-feu tenait et estime que les "
            "négociations doivent reprendre.",
            "cessez-le-feu tenait",
            "négociations doivent reprendre",
            "Claire Vidal",
        ),
    ],
)
def test_coordinated_speech_verbs_make_two_claims_of_one_speaker(text, first, second, speaker):
    q = quotes(text)
    one = q[q["text"].str.contains(first, regex=False)]
    two = q[q["text"].str.contains(second, regex=False)]
    assert len(one) and len(two)
    assert not one.iloc[0]["text"].count(second)  # the first claim stops before "et"
    assert one.iloc[0]["speaker"] == speaker and two.iloc[0]["speaker"] == speaker


def test_coordinated_que_clauses_of_one_verb_stay_one_claim():
    text = (
        "Le ministre Paul Dufour a déclaré que les deux pays ont signé l'accord et que les "
        "troupes partiront."
    )
    assert reported_speaker(text, "troupes partiront") == "Paul Dufour"
    assert reported_speaker(text, "ont signé") == "Paul Dufour"


def test_a_propos_de_is_no_document_before_a_colon():
    text = (
        "Le ministre Paul Dufour a déclaré lundi à propos des négociations entre la Syldavie "
        "et le Zanistan : « Nous restons disponibles »."
    )
    assert speaker_of_exact(text, "Nous restons disponibles") == "Paul Dufour"


# ---- verbs of urging and advising in the present ("X appelle Y à …", "X encourage Y à …"):
# the infinitive clause is the subject's claim (a present participle's subject is elsewhere)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Le président Paul Dufour appelle les deux pays à régler leur différend par la "
            "négociation.",
            "régler leur différend",
            "Paul Dufour",
        ),
        (
            "Le président Paul Dufour encourage les deux pays à régler leur différend par la "
            "négociation.",
            "régler leur différend",
            "Paul Dufour",
        ),
        (
            "La ministre Claire Vidal a recommandé aux deux parties de reprendre le dialogue sans "
            "conditions.",
            "reprendre le dialogue",
            "Claire Vidal",
        ),
    ],
)
def test_a_verb_of_urging_reports_its_infinitive_clause(text, fragment, speaker):
    assert reported_speaker(text, fragment) == speaker


def test_recalling_an_ambassador_is_no_directive():
    q = quotes("La Syldavie a rappelé son ambassadeur de Paris pour consultations.")
    assert not len(q)


@pytest.mark.parametrize(
    "text",
    [
        "Le président Paul Dufour et son invité se sont engagés à simplifier l'octroi des visas.",
        "La ministre Claire Vidal s'engage à simplifier l'octroi des visas.",
    ],
)
def test_a_pronominal_commitment_is_no_directive(text):
    q = quotes(text)
    assert not len(q[q["attribution"] == "directive"])
