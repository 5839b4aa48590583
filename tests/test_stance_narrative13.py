"""Stances stated in the narration (session 13, narr): classes of French completed rather
than the words of one article — verbal attacks, disavowal and distancing, taking sides,
insults and hostile feelings as nouns, good wishes; stances received by the subject ("Y a
essuyé les critiques de X", "Y a reçu le soutien de X", "Y fait l'objet de ..."); locutions
carried by the clitic "en" ("s'en prendre à", "en vouloir à"); talks as a rapprochement;
locution prepositions with an elided article ("à l'égard de"). Every snippet is invented."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # verbal attacks and insults (two members of the class)
        ("Le Ghana a vivement invectivé le Togo.", "Ghana", "Togo", -1),
        (
            "Le président ghanéen Kofi Mensah a insulté le président togolais Koffi Amegan.",
            "Kofi Mensah",
            "Amegan",
            -1,
        ),
        ("La Bolivie s'est moquée du Pérou.", "Bolivie", "Pérou", -1),
        # disavowal and distancing
        ("Le Ghana a désavoué le président togolais Koffi Amegan.", "Ghana", "Amegan", -1),
        ("Le Danemark s'est désolidarisé de la Norvège.", "Danemark", "Norvège", -1),
        ("La Suède a pris ses distances avec la Finlande.", "Suède", "Finlande", -1),
        ("Le Laos a tourné le dos au Vietnam.", "Laos", "Vietnam", -1),
        # anger and grievance aimed at someone
        ("Le président ghanéen Kofi Mensah a fulminé contre le Togo.", "Kofi Mensah", "Togo", -1),
        ("Le Népal s'est plaint de l'Inde auprès des Nations unies.", "Népal", "Inde", -1),
        # taking someone's side
        ("Le Ghana a pris la défense du Togo.", "Ghana", "Togo", 1),
        ("Le Chili a pris fait et cause pour l'Uruguay.", "Chili", "Uruguay", 1),
        ("Le Kenya s'est solidarisé avec l'Ouganda.", "Kenya", "Ouganda", 1),
        ("La Grèce a donné raison à Chypre.", "Grèce", "Chypre", 1),
        ("La Grèce a donné tort à la Turquie.", "Grèce", "Turquie", -1),
        # insults and hostile feelings as nouns, "à l'égard de" and its kin
        ("Les insultes du Ghana à l'égard du Togo ont choqué.", "Ghana", "Togo", -1),
        (
            "La décision a suivi des injures proférées par le Mali à l'encontre du Niger.",
            "Mali",
            "Niger",
            -1,
        ),
        (
            "Le président ghanéen Kofi Mensah a exprimé son mépris pour le Togo.",
            "Kofi Mensah",
            "Togo",
            -1,
        ),
        ("La méfiance du Maroc à l'égard de l'Algérie persiste.", "Maroc", "Algérie", -1),
        ("Le Ghana a exercé des pressions sur le Togo.", "Ghana", "Togo", -1),
        # good wishes and thanks addressed to someone
        (
            "Le président ghanéen Kofi Mensah a présenté ses vœux au roi du Maroc.",
            "Kofi Mensah",
            "Maroc",
            1,
        ),
        ("La Tunisie a adressé ses encouragements au Sénégal.", "Tunisie", "Sénégal", 1),
    ],
)
def test_classes_of_stance_words(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "Le gouvernement malien s'est heurté à l'opposition farouche de l'Algérie.",
            "Algérie",
            "Mali",
            -1,
        ),
        (
            "Le président tchadien Idriss Bachir a essuyé les critiques virulentes du Niger.",
            "Niger",
            "Idriss Bachir",
            -1,
        ),
        ("Le Mali a reçu le soutien du Niger.", "Niger", "Mali", 1),
        ("Le Bénin bénéficie de l'appui de la France.", "France", "Bénin", 1),
        ("Le Mali fait l'objet de critiques de l'Algérie.", "Algérie", "Mali", -1),
        ("La Guinée est la cible des critiques du Sénégal.", "Sénégal", "Guinée", -1),
        ("Le Mali fait face à l'hostilité de l'Algérie.", "Algérie", "Mali", -1),
        ("Le Gabon a été confronté à l'opposition du Cameroun.", "Cameroun", "Gabon", -1),
    ],
)
def test_a_stance_received_by_the_subject(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    "text",
    [
        "Le Mali n'a pas obtenu le soutien du Niger.",  # denied: nothing said
        "Le Mali a reçu la demande de libération du Niger.",  # "de": the noun's object
    ],
)
def test_no_received_stance_when_denied_or_the_de_is_an_object(text):
    assert rows(text, "Niger", "Mali").empty


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "Le président brésilien Paulo Dias s'en est pris au président chilien Hugo Soto.",
            "Paulo Dias",
            "Hugo Soto",
            -1,
        ),
        (
            "La présidente péruvienne Ana Rojas s'en prend violemment à l'Équateur.",
            "Ana Rojas",
            "Équateur",
            -1,
        ),
        ("Le Chili en veut au Brésil.", "Chili", "Brésil", -1),
    ],
)
def test_locutions_of_the_clitic_en(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


def test_a_denied_clitic_locution_says_nothing():
    assert rows("Le Brésil ne s'en est pas pris au Chili.", "Brésil", "Chili").empty


@pytest.mark.parametrize(
    "text",
    [
        "Le Ghana a pris part aux discussions avec le Togo.",  # "prendre" without "en"
        "Le Ghana a pris acte de la réponse du Togo.",
    ],
)
def test_prendre_without_the_clitic_is_no_attack(text):
    assert -1 not in set(rows(text, "Ghana", "Togo")["polarity"])


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Le Maroc et l'Espagne sont convenus d'entamer des pourparlers.", "Maroc", "Espagne"),
        ("Le Qatar a engagé des négociations avec Bahreïn.", "Qatar", "Bahreïn"),
        ("Le Soudan a repris les discussions avec le Tchad.", "Soudan", "Tchad"),
    ],
)
def test_opening_talks_is_a_rapprochement(text, a, b):
    assert polarity(text, a, b) == 1


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # honours
        (
            "Le président français a décoré le général malien Amadou Traoré.",
            "président français",
            "Amadou Traoré",
            1,
        ),
        ("Le Ghana a accordé sa confiance au Togo.", "Ghana", "Togo", 1),
        # breaking with someone, and its locutions
        ("Le Ghana a rompu ses relations avec le Togo.", "Ghana", "Togo", -1),
        ("Le Niger a coupé les ponts avec le Bénin.", "Niger", "Bénin", -1),
        ("Le Burkina Faso a claqué la porte de la CEDEAO.", "Burkina", "CEDEAO", -1),
        ("L'Érythrée a déclaré la guerre à l'Éthiopie.", "Érythrée", "Éthiopie", -1),
        # warning an actor; ignoring one
        ("Le Ghana a averti le Togo.", "Ghana", "Togo", -1),
        ("Le Japon a ignoré la Corée du Sud.", "Japon", "Corée", -1),
        ("Le Ghana s'est étonné des propos du Togo.", "Ghana", "propos", -1),
    ],
)
def test_votes_honours_breaks_and_warnings(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    "text",
    [
        "Le Ghana a averti que la situation était grave.",  # a warning with no addressee
        "Le Ghana n'exclut pas une intervention.",
    ],
)
def test_no_row_without_an_actor_object(text):
    from tests.test_stance_press import stances

    assert not (stances(text)["polarity"] < 0).any()


def test_nobody_opens_relations_with_their_own_state():
    text = (
        "La dirigeante nord-coréenne Kim Yo-jong a dénoncé le manque de courage du Japon pour "
        "renouer des relations avec la Corée du Nord."
    )
    both = pd.concat([rows(text, "Kim Yo-jong", "Corée du Nord"), rows(text, "Corée", "Kim")])
    assert both["cue"].str.contains("renouer").sum() == 0


def test_a_partial_quotation_after_an_act_on_a_thing_is_nobody_s_words():
    from tests.test_stance import run

    quotes = run(
        "La Bolivie a suspendu mercredi un « traité d'amitié et de coopération » conclu "
        "avec le Chili."
    ).tables["quotes"]
    assert quotes.empty or quotes["speaker"].isna().all()


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # "fermement" is no negation (the parser marks it negative)
        ("Le Ghana a fermement rejeté les accusations du Togo.", "Ghana", "Togo", -1),
        ("Le Kenya rejette fermement les propositions de la Somalie.", "Kenya", "Somalie", -1),
        # someone's words as the object: the target is their author
        ("Le Ghana a démenti les affirmations du Togo.", "Ghana", "Togo", -1),
        ("Le Pérou a réfuté les allégations de la Bolivie.", "Pérou", "Bolivie", -1),
        ("Le Mali a balayé les critiques de la France.", "Mali", "France", -1),
        ("Le Ghana a salué le soutien du Togo.", "Ghana", "Togo", 1),
        # the judgement before the object
        ("Le Ghana a qualifié d'inacceptable la décision du Togo.", "Ghana", "Togo", -1),
        (
            "Le Chili a qualifié de provocation la visite du président bolivien Luis Arce.",
            "Chili",
            "Arce",
            -1,
        ),
        ("Le Ghana a qualifié d'historique l'accord avec le Togo.", "Ghana", "accord", 1),
        # a fronted passive participle and its agent
        ("Condamné par le Ghana, le Togo a démenti.", "Ghana", "Togo", -1),
        (
            "Vivement critiqué par la Tunisie, le président libyen Omar Farès a répondu.",
            "Tunisie",
            "Omar Farès",
            -1,
        ),
        (
            "Soutenue par la France, la Côte d'Ivoire a rejeté la proposition.",
            "France",
            "Côte d'Ivoire",
            1,
        ),
    ],
)
def test_denials_authors_inverted_judgements_fronted_participles(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    "text",
    [
        "Le Ghana a démenti avoir attaqué le Togo.",  # a denied act: no stance
        "Le Ghana a démenti avoir critiqué le Togo.",
    ],
)
def test_a_denied_act_is_no_attack(text):
    assert -1 not in set(rows(text, "Ghana", "Togo")["polarity"])


def test_voting_against_is_against():
    text = "Les socialistes, appuyés par les écologistes, ont voté contre le texte."
    assert polarity(text, "socialistes", "texte") == -1


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # an incise of time or a connective between the verb and its object
        (
            "Le président équatorien Daniel Noboa a rejeté, mardi 17 mars, les accusations de "
            "son homologue colombien Gustavo Petro.",
            "Noboa",
            "Petro",
            -1,
        ),
        ("Le Ghana a salué, pour sa part, la décision du Togo.", "Ghana", "Togo", 1),
        # a hostile act or notice received
        ("Six diplomates indiens ont reçu un avis d'expulsion du Canada.", "Canada", "Inde", -1),
        ("Le Mali a subi les sanctions de la CEDEAO.", "CEDEAO", "Mali", -1),
    ],
)
def test_incises_and_notices(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


def test_an_incise_before_a_harm_leaves_the_victim_alone():
    text = "Le Ghana a condamné, ce lundi matin, l'attaque contre le Togo."
    assert -1 not in set(rows(text, "Ghana", "Togo")["polarity"])


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        ("Le Togo, que le Ghana accuse de soutenir les rebelles, a démenti.", "Ghana", "Togo", -1),
        ("Le Rwanda, que la RDC accuse d'armer les rebelles, dément.", "Congo", "Rwanda", -1),
        ("Le Togo, que le Ghana critique depuis des mois, a démenti.", "Ghana", "Togo", -1),
    ],
)
def test_the_relative_que_is_the_object(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


def test_a_negated_relative_says_nothing():
    assert rows("Le Togo, que le Ghana ne critique jamais, a démenti.", "Ghana", "Togo").empty


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # a harder tone, closed doors, sharp words, blame laid on someone
        ("Le Ghana a haussé le ton contre le Togo.", "Ghana", "Togo", -1),
        ("Le Maroc a durci le ton envers l'Espagne.", "Maroc", "Espagne", -1),
        ("La Serbie a fermé la porte au Kosovo.", "Serbie", "Kosovo", -1),
        ("Le Ghana a fait la sourde oreille aux appels du Togo.", "Ghana", "Togo", -1),
        ("Le Ghana a pris ombrage des propos du Togo.", "Ghana", "propos", -1),
        ("Le Ghana a recadré le Togo.", "Ghana", "Togo", -1),
        ("L'Inde a imputé l'attentat au Pakistan.", "Inde", "Pakistan", -1),
        ("Le Ghana a lancé une pique à l'adresse du Togo.", "Ghana", "Togo", -1),
        # closing ranks, pleading someone's cause
        ("Le Ghana a fait bloc derrière le Togo.", "Ghana", "Togo", 1),
        ("L'Algérie a fait bloc avec la Tunisie.", "Algérie", "Tunisie", 1),
        ("Le Ghana a plaidé la cause du Togo.", "Ghana", "Togo", 1),
    ],
)
def test_tone_doors_blame_and_ranks(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # acts on a mission or an envoy
        ("Le Ghana a retiré son ambassadeur au Togo.", "Ghana", "Togo", -1),
        ("Le Qatar a fermé son ambassade en Syrie.", "Qatar", "Syrie", -1),
        ("Le Ghana a fermé l'ambassade du Togo.", "Ghana", "Togo", -1),
        ("Les Émirats arabes unis ont rouvert leur ambassade en Syrie.", "Émirats", "Syrie", 1),
        ("Le Ghana a nommé un ambassadeur au Togo.", "Ghana", "Togo", 1),
        ("Le Ghana a dépêché un émissaire au Togo.", "Ghana", "Togo", 1),
        # refuge given, courts seized
        ("Le Ghana a accordé l'asile à l'opposant togolais Koffi Amegan.", "Ghana", "Amegan", 1),
        ("Le Ghana a saisi la Cour internationale de justice contre le Togo.", "Ghana", "Togo", -1),
        ("Le Gabon a intenté un procès à la Guinée équatoriale.", "Gabon", "Guinée", -1),
        ("Le Ghana a engagé des poursuites contre le Togo.", "Ghana", "Togo", -1),
    ],
)
def test_missions_envoys_refuge_and_courts(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


def test_a_mission_not_closed_says_nothing():
    assert rows("Le Ghana n'a pas fermé son ambassade au Togo.", "Ghana", "Togo").empty


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        ("Le Ghana a pris position en faveur du Togo.", "Ghana", "Togo", 1),
        ("La Hongrie a pris position contre l'Ukraine.", "Hongrie", "Ukraine", -1),
        ("Le Ghana s'est rangé du côté du Togo.", "Ghana", "Togo", 1),
        ("Le Ghana a renouvelé sa confiance au Togo.", "Ghana", "Togo", 1),
        ("Le Ghana a tiré à boulets rouges sur le Togo.", "Ghana", "Togo", -1),
        ("Le Ghana a mis en garde le Togo.", "Ghana", "Togo", -1),
        # feelings of the same classes as "déçu", "satisfait"
        ("Le Ghana s'est dit consterné par la décision du Togo.", "Ghana", "Togo", -1),
        ("La Suède s'est dite horrifiée par les actes de la Russie.", "Suède", "Russie", -1),
        ("Le Ghana s'est dit touché par le geste du Togo.", "Ghana", "Togo", 1),
    ],
)
def test_positions_warnings_and_feelings(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


def test_the_opposition_received_is_a_party_met():
    text = "Le président malien Assimi Goïta a reçu l'opposition du Sénégal."
    assert -1 not in set(rows(text, "Sénégal", "Goïta")["polarity"])


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        ("Washington a imposé de nouvelles sanctions à la Russie.", "États-Unis", "Russie", -1),
        ("Le Ghana a décliné l'invitation du Togo.", "Ghana", "Togo", -1),
        ("Le Ghana a écarté la proposition du Togo.", "Ghana", "Togo", -1),
        ("Le Ghana a répondu favorablement à l'appel du Togo.", "Ghana", "Togo", 1),
        (
            "Le Ghana a salué la réélection du président togolais Koffi Amegan.",
            "Ghana",
            "Amegan",
            1,
        ),
    ],
)
def test_offers_declined_answers_and_elections(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


def test_who_calls_is_no_co_holder_of_the_answer():
    st = rows("Le Ghana a répondu favorablement à l'appel du Togo.", "Togo", "Togo")
    assert st.empty
