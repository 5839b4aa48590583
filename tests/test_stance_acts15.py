"""Acts that carry a stance with no polar word, stated in the narration (session 15, narr):
stopping or resuming a flow with a state (flights, imports, exports, visas), recognising a
person or body "comme" a legitimate function or refusing to recognise a state or a ruling,
a mission closed or reopened stated as a noun, the head of a mission summoned or recalled.
The sign comes from the act and its object. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # exchanges stopped: verbs, nouns, markers, a nationality adjective, visas
        ("Le Niger a suspendu les vols vers la France.", "Niger", "France", -1),
        ("L'Algérie a gelé ses importations en provenance d'Espagne.", "Algérie", "Espagne", -1),
        (
            "Les autorités marocaines décrètent l'arrêt des achats de blé en "
            "provenance de Tunisie.",
            "Maroc",
            "Tunisie",
            -1,
        ),
        ("L'Arabie saoudite a interdit les importations libanaises.", "Arabie", "Liban", -1),
        (
            "La France a suspendu la délivrance de visas aux ressortissants algériens.",
            "France",
            "Algérie",
            -1,
        ),
        ("La Chine a limité ses exportations de terres rares vers le Japon.", "Chine", "Japon", -1),
        ("La Turquie a décidé de bloquer les exportations vers Israël.", "Turquie", "Israël", -1),
        # resumed
        ("Moscou a repris les vols vers Tbilissi.", "Russie", "Géorgie", 1),
        (
            "Le Qatar a annoncé la reprise des liaisons aériennes avec Bahreïn.",
            "Qatar",
            "Bahreïn",
            1,
        ),
        # recognition
        (
            "L'Allemagne a reconnu Paul Martin comme président par intérim du pays.",
            "Allemagne",
            "Paul Martin",
            1,
        ),
        (
            "Jean Dupré a été reconnu comme seul représentant légitime par le Canada.",
            "Canada",
            "Jean Dupré",
            1,
        ),
        ("La Russie ne reconnaît pas Paul Martin comme président.", "Russie", "Paul Martin", -1),
        ("Le Kenya ne reconnaîtra pas le jugement de la Cour.", "Kenya", "jugement", -1),
        (
            "Le Chili a dit qu'il ne reconnaîtrait pas le verdict du tribunal.",
            "Chili",
            "verdict",
            -1,
        ),
        ("La Serbie ne reconnaît pas le Kosovo.", "Serbie", "Kosovo", -1),
        (
            "Le Kosovo, un État non reconnu par la Serbie, a signé un accord.",
            "Serbie",
            "Kosovo",
            -1,
        ),
        # mission acts as nouns
        (
            "La Pologne a annoncé la fermeture de l'ambassade de Biélorussie à Varsovie.",
            "Pologne",
            "Biélorussie",
            -1,
        ),
        ("La fermeture par l'Estonie de l'ambassade de Russie a surpris.", "Estonie", "Russie", -1),
        ("La Norvège a décidé la réouverture de son ambassade en Syrie.", "Norvège", "Syrie", 1),
        # the head of a mission is a diplomat
        (
            "Le Pérou a convoqué le chef de la mission diplomatique chilienne.",
            "Pérou",
            "Chili",
            -1,
        ),
        ("Le Ghana a expulsé l'attaché militaire de l'ambassade du Togo.", "Ghana", "Togo", -1),
        # a date and a place between the verb and the diplomat
        (
            "Le Togo a rappelé mardi 3 mai à Lomé ses ambassadeurs au Ghana.",
            "Togo",
            "Ghana",
            -1,
        ),
        ("Le Pérou a convoqué jeudi à Lima l'ambassadeur du Chili.", "Pérou", "Chili", -1),
        # the title in quotation marks, the name misread as a predicate
        (
            "Puis le Portugal a à son tour reconnu Martin comme «président par intérim».",
            "Portugal",
            "Martin",
            1,
        ),
        # captivity and release: verbs, passive agents, participles, nouns
        ("Le Tchad a arrêté deux ressortissants soudanais.", "Tchad", "ressortissants", -1),
        ("Les trois otages, enlevés par Boko Haram, vont bien.", "Boko Haram", "otages", -1),
        (
            "Les deux soldats togolais avaient été interpellés par les forces de l'ordre "
            "ghanéennes.",
            "forces de l'ordre",
            "soldats",
            -1,
        ),
        ("La Russie a arrêté le journaliste Paul Martin.", "Russie", "Paul Martin", -1),
        (
            "L'arrestation du journaliste Paul Martin par le Niger a choqué.",
            "Niger",
            "Paul Martin",
            -1,
        ),
        ("La Chine a libéré deux Canadiens.", "Chine", "Canadiens", 1),
        ("Le Tchad a relâché les soldats soudanais.", "Tchad", "soldats", 1),
        (
            "Paul Martin, détenu en Chine depuis 2018, a été libéré.",
            "Chine",
            "Paul Martin",
            1,
        ),
        (
            "La libération des deux gendarmes ivoiriens par le Mali a été saluée.",
            "Mali",
            "gendarmes",
            1,
        ),
        # an arrest placed in a state, with no agent; coordinated captives
        (
            "L'ingénieur Paul Martin et l'homme d'affaires Jean Dupré avaient été arrêtés en "
            "mars 2019 en Chine.",
            "Chine",
            "Jean Dupré",
            -1,
        ),
        # leaving or joining a treaty or a body; relieving a debt
        ("Le Togo s'est retiré de la CEDEAO.", "Togo", "CEDEAO", -1),
        ("Le Niger a annoncé son retrait de la Cédéao.", "Niger", "CEDEAO", -1),
        ("Les États-Unis ont quitté l'accord de Paris sur le climat.", "États-Unis", "accord", -1),
        ("Le retrait du Tchad de la force conjointe a été annoncé.", "Tchad", "force", -1),
        ("Le Mali a réintégré l'Union africaine.", "Mali", "Union africaine", 1),
        ("Le Japon a annulé la dette du Cameroun.", "Japon", "Cameroun", 1),
        (
            "La France a effacé une partie de la dette de la Côte d'Ivoire.",
            "France",
            "Côte d'Ivoire",
            1,
        ),
        # the authors of a text support it
        (
            "Quinze délégations ont voté pour le projet, co-rédigé par le Pérou et la Norvège.",
            "Norvège",
            "projet",
            1,
        ),
        (
            "Le Brésil a voté contre la résolution présentée par le Canada.",
            "Canada",
            "résolution",
            1,
        ),
        ("Le Japon a déposé un projet de résolution.", "Japon", "résolution", 1),
        ("Le plan de paix proposé par la Chine a été rejeté.", "Chine", "plan", 1),
    ],
)
def test_act_stance(text: str, holder: str, target: str, sign: int) -> None:
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # negated, refused, denied acts; a neutral cause; a company, not a state
        ("Le Ghana n'a pas suspendu les importations en provenance du Togo.", "Ghana", "Togo"),
        ("Le Brésil a démenti la fermeture de l'ambassade d'Argentine.", "Brésil", "Argentine"),
        (
            "Le Maroc a suspendu les vols vers la Chine en raison de l'épidémie.",
            "Maroc",
            "Chine",
        ),
        ("Le Kenya a suspendu les vols de la compagnie Air Savane.", "Kenya", "Air Savane"),
        # "reconnaître" that identifies, admits or blames
        ("Le Japon a reconnu Paul Martin comme responsable de l'attaque.", "Japon", "Paul Martin"),
        ("Le ministre Paul Martin a reconnu sa faute envers le Togo.", "Paul Martin", "Togo"),
        # a town freed, a denied arrest, a thief arrested by an unnamed police
        ("L'armée syldave a libéré la ville de Klow.", "Syldavie", "Klow"),
        ("Le Niger n'a pas arrêté les soldats béninois.", "Niger", "soldats"),
        # a kidnapping placed in a state is no act of that state
        ("Les trois touristes ont été enlevés au Niger en 2010.", "Niger", "touristes"),
        # troops withdrawn from a country, a city left, a denied exit, an office left
        ("Les troupes françaises se sont retirées du Mali.", "France|troupes", "Mali"),
        ("Le président a quitté Paris pour Dakar.", "président", "Paris"),
        ("Le Mali n'a pas quitté la Cédéao.", "Mali", "CEDEAO"),
        ("Paul Martin a quitté la présidence de la commission.", "Paul Martin", "commission"),
        # no text authored: a denied act, condolences presented
        ("Le Ghana n'a pas soumis la motion.", "Ghana", "motion"),
        # the head of a party is no diplomat
        ("Le Ghana a convoqué le chef de l'opposition togolaise.", "Ghana", "Togo"),
    ],
)
def test_no_act_row(text: str, holder: str, target: str) -> None:
    found = rows(text, holder, target)
    assert found.empty, found[["holder", "target", "polarity", "cue"]].to_dict("records")


def test_recall_needs_a_diplomat_after_the_circumstances() -> None:
    """ "rappeler" after a date and a place, with a thing as object, is a reminder."""
    found = rows(
        "Le Pérou a rappelé lundi à Lima les engagements pris envers le Chili.", "Pérou", "Chili"
    )
    assert not found["cue"].str.startswith("rappeler").any()
