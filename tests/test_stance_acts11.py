"""Stances implied by acts and verbs, session 11 (issue 15): withheld judgements, accusations,
aid, recognition, addressed demands, "à vos côtés", relative objects, measures and harm.
Sign safety first: a judgement withheld ("ne pas condamner") and an alleged act are no
stance of the one who withholds or alleges. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances


@pytest.mark.parametrize(
    "text",
    [
        "Le Kenya n'a pas condamné l'attaque de l'Ouganda contre le Soudan du Sud.",
        "Le Kenya a refusé de condamner l'invasion du Soudan du Sud par l'Ouganda.",
        "La Tanzanie ne critique pas l'Ouganda pour ces frappes.",
    ],
)
def test_a_withheld_condemnation_is_no_support(text):
    holder = "Tanzanie" if "Tanzanie" in text else "Kenya"
    assert rows(text, holder, "Ouganda").empty, stances(text)


def test_a_negated_support_still_opposes():
    assert polarity("Le Kenya ne soutient pas l'Ouganda dans ce conflit.", "Kenya", "Ouganda") == -1


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Nairobi soupçonne Kampala d'entraîner des mercenaires au Soudan.", "Kenya", "Ouganda"),
        ("Le Burundi suspecte le Rwanda d'héberger des putschistes.", "Burundi", "Rwanda"),
        ("Le Kenya reproche à l'Ouganda de soutenir les rebelles.", "Kenya", "Ouganda"),
    ],
)
def test_an_accusation_is_against_the_accused(text, accuser, accused):
    assert polarity(text, accuser, accused) == -1


@pytest.mark.parametrize(
    "text",
    [
        "Le Kenya reproche à l'Ouganda de soutenir les rebelles.",
        "Le Kenya accuse l'Ouganda de financer les rebelles du nord.",
        "Le Burundi soupçonne le Rwanda de vouloir aider les putschistes.",
    ],
)
def test_the_alleged_act_is_never_the_accusers_stance(text):
    st = stances(text)
    accuser = "Kenya" if "Kenya" in text else "Burundi"
    assert rows(text, accuser, "rebelles").empty, st
    assert rows(text, accuser, "putschistes").empty, st


def test_aid_given_cut_and_sanctions_lifted():
    text = "Le Kenya a offert son assistance technique à la Tanzanie."
    assert polarity(text, "Kenya", "Tanzanie") == 1
    text = "Le Japon a annoncé une aide d'urgence au Mozambique après le cyclone."
    assert polarity(text, "Japon", "Mozambique") == 1
    assert polarity("Le Kenya a suspendu son aide à l'Ouganda.", "Kenya", "Ouganda") == -1
    # lifting sanctions: never against the target (session 11); since session 13 part 2
    # (stance/restrictions.py) read as for it
    text = "Le Kenya a levé ses sanctions contre l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == 1, stances(text)


def test_recognition_of_someone():
    text = (
        "Le ministre kényan a réaffirmé sa reconnaissance du gouvernement de transition soudanais."
    )
    assert polarity(text, "ministre kényan", "Soudan") == 1
    text = "Le président kényan a exprimé sa reconnaissance à la Tanzanie pour son accueil."
    assert polarity(text, "président kényan", "Tanzanie") == 1


@pytest.mark.parametrize(
    ("text", "holder", "addressee"),
    [
        ("Le Kenya exige de l'Ouganda des excuses officielles.", "Kenya", "Ouganda"),
        ("Le Kenya a exigé du Rwanda le retrait immédiat de ses troupes.", "Kenya", "Rwanda"),
        ("Le Kenya réclame à l'Ouganda la restitution des bateaux saisis.", "Kenya", "Ouganda"),
        ("Le Ghana a ordonné au Togo de rappeler ses gardes-frontières.", "Ghana", "Togo"),
    ],
)
def test_a_demand_addressed_to_an_actor_is_pressure(text, holder, addressee):
    assert polarity(text, holder, addressee) == -1


def test_a_demand_for_help_is_no_pressure():
    text = "Le Kenya a réclamé à la Tanzanie de l'aider à rapatrier ses ressortissants."
    assert not (rows(text, "Kenya", "Tanzanie")["polarity"] < 0).any(), stances(text)
    text = "Le Kenya exige de toute urgence une réunion du Conseil de sécurité."
    assert rows(text, "Kenya", "urgence").empty


def test_standing_by_you_and_us_in_a_quote():
    text = (
        "« La Tanzanie se tient à vos côtés », a déclaré la présidente tanzanienne Samia Hassan "
        "à son homologue kényan William Ruto."
    )
    assert polarity(text, "Tanzanie", "William Ruto") == 1
    text = "« Le Kenya reste à nos côtés dans l'épreuve », a affirmé le président Yoweri Museveni."
    assert polarity(text, "Kenya", "Museveni") == 1
    text = "Le ministre kényan était à ses côtés lors de la cérémonie."
    assert stances(text).empty


def test_the_object_of_a_relative_clause():
    text = "C'est une initiative que soutient pleinement la ministre kényane Monica Juma."
    assert polarity(text, "Monica Juma", "initiative") == 1
    assert rows(text, "Monica Juma", "ministre").empty
    text = "Selon Nairobi, l'Ouganda aurait livré des armes aux rebelles, ce que Kigali a dénoncé."
    assert polarity(text, "Rwanda", "livré des armes") == -1
    text = "Le Ghana a rouvert sa frontière avec le Togo, ce que le Bénin a salué."
    assert polarity(text, "Bénin", "frontière") == 1


def test_measures_against_and_harm_intended():
    text = "Le Kenya prendra des mesures contre l'Ouganda si les incursions continuent."
    assert polarity(text, "Kenya", "Ouganda") == -1
    text = "Le Rwanda cherche à déstabiliser le Burundi, selon le gouvernement burundais."
    assert polarity(text, "Rwanda", "Burundi") == -1
    text = "Le Rwanda ne cherche pas à déstabiliser le Burundi."
    assert rows(text, "Rwanda", "Burundi").empty


@pytest.mark.parametrize(
    ("text", "giver", "recipient"),
    [
        ("Le Japon a livré des hélicoptères au Kenya en mars.", "Japon", "Kenya"),
        ("La Chine fournira à l'Ouganda des vaccins contre le choléra.", "Chine", "Ouganda"),
        ("La Banque mondiale a octroyé un prêt de 500 millions au Ghana.", "Banque", "Ghana"),
    ],
)
def test_giving_a_thing_to_an_actor_is_cooperation(text, giver, recipient):
    assert polarity(text, giver, recipient) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Le Kenya a livré le suspect à la justice ougandaise.",
        "Le Kenya a accordé un délai de deux semaines à l'Ouganda.",
        "Le Japon n'a pas livré les hélicoptères promis au Kenya.",
        "Le Kenya a livré une guerre sans merci à l'Ouganda.",
    ],
)
def test_no_gift_no_cooperation(text):
    st = stances(text)
    assert not (st["polarity"] > 0).any(), st


def test_supporting_an_attack_is_for_its_author_whoever_is_named_first():
    for participle in ("perpétrée", "perpétré"):  # a slip of agreement is still a participle
        text = (
            f"Selon l'Ouganda, l'attaque du 3 mai {participle} par le groupe Al-Hadid "
            "(Mouvement pour la libération du Soudan du Sud) est soutenue par le Kenya."
        )
        assert polarity(text, "Kenya", "Al-Hadid") == 1
        assert rows(text, "Kenya", "Ouganda").empty, stances(text)
    text = "Le Kenya soutient l'offensive du groupe Al-Hadid contre l'Ouganda."
    assert polarity(text, "Kenya", "Ouganda") == -1


def test_the_fact_that_is_the_clause():
    text = (
        "Le Kenya a exprimé sa vive inquiétude face au fait que des groupes armés ougandais "
        "opéreraient depuis le territoire kényan."
    )
    assert polarity(text, "Kenya", "groupes armés") == -1
    text = "Le Ghana se félicite du fait que le Togo a rouvert sa frontière."
    assert polarity(text, "Ghana", "Togo") == 1


def test_slogans_against_someone():
    text = (
        "Devant l'ambassade, les militants du Parti vert kényan ont scandé des slogans contre "
        "le gouvernement ougandais."
    )
    assert polarity(text, "Parti vert", "Ouganda") == -1


def test_the_subject_after_the_verb_of_a_que_relative():
    text = (
        "Une perspective que soutient pleinement la ministre ghanéenne des Affaires "
        "étrangères Shirley Botchwey, interrogée mardi à la radio."
    )
    assert polarity(text, "Botchwey", "perspective") == 1


def test_recognising_or_not_an_envoy_or_a_vote():
    text = "Le Kenya ne reconnaît pas l'ambassadeur du président soudanais Omar Hassan."
    assert polarity(text, "Kenya", "Omar Hassan") == -1
    text = "Le Kenya a reconnu les résultats de l'élection présidentielle ougandaise."
    assert polarity(text, "Kenya", "élection") == 1


def test_a_recognised_claim_is_not_for_the_territory_it_bears_on():
    text = "Le Kenya a reconnu la souveraineté de l'Ouganda sur l'île de Migingo."
    assert polarity(text, "Kenya", "souveraineté de l'Ouganda") == 1
    assert rows(text, "Kenya", "Migingo").empty, stances(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement kényan a demandé samedi à ses représentants diplomatiques et "
        "consulaires en Ouganda de rentrer au pays.",
        "Le Kenya a ordonné à son ambassadeur en Ouganda de regagner Nairobi sans délai.",
    ],
)
def test_ordering_ones_envoys_home_is_a_recall(text):
    assert polarity(text, "Kenya", "Ouganda") == -1


def test_a_denied_order_home_is_no_recall():
    text = "Le Kenya n'a pas demandé à son ambassadeur en Ouganda de rentrer."
    assert rows(text, "Kenya", "Ouganda").empty, stances(text)
