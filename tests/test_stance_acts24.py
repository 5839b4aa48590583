"""Acts of states with no stance word, session 24 (a breadth round): the families of
agreement, rapprochement, rupture, diplomatic and material acts completed (every verb and
noun of an agreement, raising and lowering a relation, the other names of a head of mission,
a purchase named by its noun, an attack launched against someone, a closed air space), and
the verbs that name the act with no object ("X a normalisé avec Y"). Every snippet is
invented."""

from __future__ import annotations

import pytest

from tests.helpers import run_steps
from tests.test_stance_press import key, rows


def _sign(text: str, holder: str, target: str) -> int:
    """The sign of the row of ``holder`` toward the ACTOR ``target`` (not a thing whose
    words name it: "la convention avec Y" is no row toward Y)."""
    st = run_steps(text).tables["stances"]
    hits = st[st["holder"].map(key).str.contains(key(holder), regex=False)]
    hits = hits[hits["target"].map(key) == key(target)]
    assert len(hits), st[["holder", "target", "polarity", "cue"]].to_dict("records")
    assert len(set(hits["polarity"])) == 1, hits
    return int(hits["polarity"].iloc[0])


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # agreements: renewing, the other nouns of an agreement
        ("Le Niger a renouvelé son accord de défense avec le Tchad.", "Niger", "Tchad", 1),
        (
            "Le Bénin et le Nigeria ont conclu un arrangement sur la frontière.",
            "Bénin",
            "Nigeria",
            1,
        ),
        # rapprochement: raising a relation, "rapports"
        (
            "Le Sénégal a rehaussé ses relations avec le Portugal au rang de partenariat.",
            "Sénégal",
            "Portugal",
            1,
        ),
        ("La Tunisie veut redynamiser ses rapports avec la Libye.", "Tunisie", "Libye", 1),
        # the act with no object
        ("Le Maroc a normalisé avec Israël en 2020.", "Maroc", "Israël", 1),
        ("Le Qatar a renoué avec l'Égypte après trois ans de brouille.", "Qatar", "Égypte", 1),
        ("Le Tchad a rompu définitivement avec la France.", "Tchad", "France", -1),
        # ruptures: undoing an agreement, lowering a relation
        ("Le Mali a résilié l'accord de défense avec la France.", "Mali", "France", -1),
        ("L'Algérie a abrogé le traité d'amitié avec l'Espagne.", "Algérie", "Espagne", -1),
        (
            "Le Burkina Faso a dénoncé la convention fiscale avec la France.",
            "Burkina Faso",
            "France",
            -1,
        ),
        (
            "La Colombie a dégradé ses relations diplomatiques avec le Venezuela.",
            "Colombie",
            "Venezuela",
            -1,
        ),
        # diplomats: sent away, other names of a head of mission
        ("Le Tchad a renvoyé l'ambassadeur de l'Allemagne.", "Tchad", "Allemagne", -1),
        ("Le Kenya a expulsé le haut-commissaire du Nigeria.", "Kenya", "Nigeria", -1),
        # a purchase named by its noun
        ("Le Maroc a annoncé l'achat de drones à la Turquie.", "Maroc", "Turquie", 1),
        (
            "La Serbie a finalisé l'acquisition de douze avions auprès de la France.",
            "Serbie",
            "France",
            1,
        ),
        # attacks launched or waged against someone, war declared
        ("La Russie a lancé des frappes contre l'Ukraine.", "Russie", "Ukraine", -1),
        ("Israël a mené des raids contre la Syrie.", "Israël", "Syrie", -1),
        # a closed air space
        ("Le Mali a fermé son espace aérien à la France.", "Mali", "France", -1),
        # a relation qualified by a participle right after its noun, and by other epithets
        (
            "Les relations gelées entre le Rwanda et le Burundi pèsent sur la région.",
            "Rwanda",
            "Burundi",
            -1,
        ),
        ("Les bonnes relations entre le Ghana et le Togo ont été saluées.", "Togo", "Ghana", 1),
        # missions set up
        ("Le Japon a établi une ambassade au Bhoutan.", "Japon", "Bhoutan", 1),
        ("La Guinée a annoncé la création d'un consulat à Dakar.", "Guinée", "Sénégal", 1),
        # an appeal for money is trust in the one asked
        (
            "Le Sénégal a appelé la Chine à financer la reconstruction du port.",
            "Sénégal",
            "Chine",
            1,
        ),
        # flows: goods cut, a new line opened, a flow taxed
        ("La Russie a coupé le gaz à la Moldavie.", "Russie", "Moldavie", -1),
        ("Le Sénégal a lancé une liaison aérienne vers le Cap-Vert.", "Sénégal", "Cap-Vert", 1),
        (
            "Les États-Unis ont surtaxé les importations en provenance de Chine.",
            "États-Unis",
            "Chine",
            -1,
        ),
        # a relation eased, a quarrel by another name
        ("Le Qatar plaide pour la décrispation des relations avec Bahreïn.", "Qatar", "Bahreïn", 1),
        ("Le divorce entre le Mali et la France est consommé.", "Mali", "France", -1),
        # redress owed, an attack ordered, a threat of punishment, a body joined
        ("L'Algérie exige la repentance de la France.", "Algérie", "France", -1),
        (
            "L'attaque contre le Mali, commanditée par le Burkina Faso, a fait dix morts.",
            "Burkina Faso",
            "Mali",
            -1,
        ),
        ("L'Iran sévira si Israël attaque ses installations.", "Iran", "Israël", -1),
        # a stopover is a visit
        ("Le président ghanéen a fait escale à Dakar.", "président ghanéen", "Sénégal", 1),
        # a reception in anger is a rejection (stance_signs.yaml)
        ("Le Kenya a accueilli avec fureur la proposition de l'Ouganda.", "Kenya", "Ouganda", -1),
    ],
)
def test_state_acts(text: str, holder: str, target: str, sign: int) -> None:
    assert _sign(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # the partner of a bare verb must be an actor
        ("Le Brésil a renoué avec la croissance.", "Brésil", "croissance"),
        # a purchase noun under a verb that does not make it, or bought by another
        ("L'Égypte a critiqué l'achat de drones à la Turquie.", "Égypte", "Turquie"),
        ("Washington a validé l'achat de douze avions par la Turquie.", "Washington", "avions"),
        # strikes "au Y" may be made for Y: only "contre", "visant", "ciblant" name a victim
        ("La France a mené des frappes au Mali.", "France", "Mali"),
        # an agreement that expires, a neutral reception
        (
            "L'expiration de l'accord entre le Mali et l'Algérie est prévue en mai.",
            "Mali",
            "Algérie",
        ),
        ("Le Kenya a accueilli avec neutralité la proposition de l'Ouganda.", "Kenya", "Ouganda"),
    ],
)
def test_no_row(text: str, holder: str, target: str) -> None:
    assert rows(text, holder, target).empty
