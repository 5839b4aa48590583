"""Wrong signs, round 10 (session 14): constructions that turned a stance round. Every snippet
is invented; each rule has two phrasings, another member of its class and a near-miss that
must keep its reading.

* "ne … pas seulement / uniquement / simplement" (and "ne … plus seulement") is "not only":
  what follows is asserted, not denied;
* "demander la libération / le retour / l'adhésion de X": X is whom the demand is for, never
  the one pressed; "exiger des clarifications de la part de X" names the one pressed;
* "inviter Y à + infinitive" is an exhortation, not a welcome: against Y when Y is told to
  stop, withdraw or comply, no row otherwise, a welcome only to come or take part;
* "attribuer à Y la responsabilité / la paternité de …" is blame, not a gift; "donner 48
  heures à Y" is no gift either;
* supporting a hostile measure against Y ("plaider pour des sanctions contre Y", even when
  the phrase is quoted) is a stance against Y alone, not also one for the measure.
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows, stances


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "« Ces essais ne sont pas seulement une menace pour la région, mais pour le monde"
            " entier », a déclaré le ministre japonais.",
            "essais",
        ),
        (
            "Le ministre français a déclaré que ces tirs ne sont pas uniquement une provocation"
            " mais aussi une menace.",
            "tirs",
        ),
    ],
)
def test_not_only_a_threat_is_still_a_threat(text, target):
    assert polarity(text, "ministre", target) == -1


def test_not_only_praise_is_still_praise():
    text = (
        "Le ministre allemand a affirmé que l'accord « n'est pas simplement un succès, c'est"
        " une victoire »."
    )
    assert polarity(text, "ministre", "accord") == 1
    assert polarity("La France ne condamne pas seulement l'attaque.", "France", "attaque") == -1


def test_a_plain_negation_still_denies():
    text = "Le ministre français a déclaré que ces tirs ne sont pas une provocation."
    assert (rows(text, "ministre", "tirs")["polarity"] != -1).all(), stances(text)
    assert rows("La France ne condamne pas l'attaque.", "France", "attaque").empty


@pytest.mark.parametrize(
    ("text", "holder", "freed"),
    [
        (
            "L'ONU a condamné le putsch tout en demandant la « libération immédiate » de"
            " l'ancien président du Mali, Ibrahim Keïta.",
            "ONU",
            "Keïta",
        ),
        (
            "L'Union européenne a appelé à la libération de l'opposant russe Alexeï Navalny.",
            "Union européenne",
            "Navalny",
        ),
        (
            "Le président français a appelé à l'intégration de Mayotte à la COI.",
            "président",
            "Mayotte",
        ),
    ],
)
def test_the_one_to_be_freed_or_admitted_is_not_pressed(text, holder, freed):
    assert (rows(text, holder, freed)["polarity"] != -1).all(), stances(text)


def test_admission_to_a_body_presses_neither():
    text = "La Turquie a réclamé l'adhésion de la Suède à l'Union européenne."
    assert rows(text, "Turquie", "Union européenne").empty, stances(text)
    assert rows(text, "Turquie", "Suède").empty or polarity(text, "Turquie", "Suède") == 1


@pytest.mark.parametrize(
    ("text", "pressed"),
    [
        ("La Pologne exige des clarifications de la part de la Biélorussie.", "Biélorussie"),
        ("Le Japon a exigé des explications de la part du gouvernement chinois.", "Chine"),
    ],
)
def test_de_la_part_de_names_the_one_pressed(text, pressed):
    assert polarity(text, "Pologne|Japon", pressed) == -1


def test_the_demand_on_someone_stays():
    assert polarity("Le Maroc a réclamé des excuses de l'Algérie.", "Maroc", "Algérie") == -1
    text = "Washington a appelé Moscou à retirer ses troupes."
    assert polarity(text, "États-Unis", "Russie") == -1


@pytest.mark.parametrize(
    ("text", "holder", "pressed"),
    [
        (
            "Le président comorien a rappelé le droit international, invitant la France à"
            " respecter les résolutions de l'ONU.",
            "président comorien",
            "France",
        ),
        (
            "Le Premier ministre indien a invité le Pakistan à cesser son soutien aux groupes"
            " armés.",
            "Premier ministre",
            "Pakistan",
        ),
    ],
)
def test_inviting_someone_to_comply_presses_him(text, holder, pressed):
    assert polarity(text, holder, pressed) == -1


def test_other_exhortations_give_no_welcome_but_invitations_do():
    # read as "appeler Y à revoir …" (the pressure on Y), never as a welcome of Y
    text = "Le Kenya a invité l'Éthiopie à revoir sa position."
    assert polarity(text, "Kenya", "Éthiopie") == -1, stances(text)
    text = "Le roi du Maroc a invité le président sénégalais à participer au sommet de Rabat."
    assert polarity(text, "roi", "sénégalais") == 1
    assert polarity("Emmanuel Macron a invité Joe Biden à Paris.", "Macron", "Biden") == 1


@pytest.mark.parametrize(
    ("text", "holder", "blamed"),
    [
        (
            "Prague attribue à Moscou la responsabilité d'une explosion et expulse des diplomates.",
            "Tchéquie",
            "Russie",
        ),
        (
            "Le gouvernement ukrainien a attribué à la Russie la paternité de la cyberattaque.",
            "Ukraine",
            "Russie",
        ),
    ],
)
def test_ascribing_the_responsibility_is_blame(text, holder, blamed):
    assert polarity(text, holder, blamed) == -1


def test_giving_a_prize_or_a_time_limit_is_no_blame_and_no_gift():
    assert rows("Le jury a attribué à la Norvège le prix de la paix.", "jury", "Norvège").empty
    text = "Le Brésil n'attribue pas à la Chine la responsabilité de la crise."
    assert rows(text, "Brésil", "Chine").empty
    text = "La junte avait donné 48 heures au diplomate français pour quitter le territoire."
    assert (rows(text, "junte", "diplomate")["polarity"] != 1).all(), stances(text)


@pytest.mark.parametrize(
    ("text", "holder", "foe"),
    [
        (
            "La députée a plaidé pour des « sanctions économiques contre le gouvernement"
            " rwandais ».",
            "députée",
            "Rwanda",
        ),
        ("Le parti soutient les sanctions contre l'Iran.", "parti", "Iran"),
        (
            "La France est favorable à un embargo sur les armes contre le Venezuela.",
            "France",
            "Venezuela",
        ),
    ],
)
def test_support_for_a_measure_against_y_is_against_y_alone(text, holder, foe):
    assert polarity(text, holder, foe) == -1
    assert (rows(text, holder, "")["polarity"] == -1).all(), stances(text)


def test_support_for_y_against_z_keeps_both():
    text = "La France soutient l'Ukraine contre la Russie."
    assert polarity(text, "France", "Ukraine") == 1
    assert polarity(text, "France", "Russie") == -1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Le Kenya n'a fait que saluer la décision de l'Ouganda.", "Kenya", "Ouganda"),
        ("L'Égypte ne reconnaît que le gouvernement de Tripoli.", "Égypte", "Libye"),
    ],
)
def test_restrictive_ne_que_is_no_negation(text, holder, target):
    assert polarity(text, holder, target) == 1


def test_ne_plus_still_denies():
    text = "La Chine ne soutient plus la Russie."
    assert (rows(text, "Chine", "Russie")["polarity"] != 1).all(), stances(text)


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Le Maroc a salué la levée des sanctions contre l'Iran.", "Maroc", "Iran"),
        ("Le Brésil s'est félicité de la fin de l'embargo contre Cuba.", "Brésil", "Cuba"),
    ],
)
def test_welcoming_the_end_of_a_measure_against_y_is_not_against_y(text, holder, target):
    assert (rows(text, holder, target)["polarity"] != -1).all(), stances(text)


def test_an_exhortation_past_a_relative_on_its_addressee():
    text = (
        "Le président comorien a rappelé le droit international, invitant la France, qui est"
        " membre permanent du Conseil de sécurité de l'ONU, à respecter les résolutions."
    )
    assert polarity(text, "président comorien", "France") == -1
    text = (
        "Le Kenya a invité l'Éthiopie, dont le Premier ministre est attendu lundi à Nairobi,"
        " à venir au sommet."
    )
    assert polarity(text, "Kenya", "Éthiopie") == 1


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "La France soutient le Mali tout en appelant Bamako à organiser des élections.",
            "France",
            "Mali",
        ),
        (
            "Le Royaume-Uni a félicité le Kenya pour les élections et a appelé Nairobi à"
            " respecter ses engagements.",
            "Royaume-Uni",
            "Kenya",
        ),
    ],
)
def test_a_call_on_a_partner_supported_in_the_same_sentence_is_no_pressure(text, holder, target):
    assert polarity(text, holder, target) == 1


def test_a_call_on_another_actor_stays_pressure():
    text = "La France soutient l'Ukraine et appelle la Russie à retirer ses troupes."
    assert polarity(text, "France", "Ukraine") == 1
    assert polarity(text, "France", "Russie") == -1


@pytest.mark.parametrize(
    ("text", "owner", "accuser", "third"),
    [
        (
            "Le Maroc reproche à l'Espagne son soutien au Polisario.",
            "Espagne",
            "Maroc",
            "Polisario",
        ),
        (
            "La Russie a reproché aux États-Unis leur aide militaire à l'Ukraine.",
            "États-Unis",
            "Russie",
            "Ukraine",
        ),
    ],
)
def test_the_possessive_after_reprocher_a_y_is_y(text, owner, accuser, third):
    assert polarity(text, owner, third) == 1
    assert (rows(text, accuser, third)["polarity"] != 1).all(), stances(text)


def test_the_possessive_after_other_verbs_stays_the_subject():
    text = "La France a apporté au Mali son soutien contre les groupes armés."
    assert rows(text, "Mali", "groupes").empty, stances(text)


@pytest.mark.parametrize(
    ("text", "holder", "foe"),
    [
        ("La France a apporté au Mali son soutien contre les groupes armés.", "France", "groupes"),
        ("Le Japon a offert son appui contre la Corée du Nord.", "Japon", "Corée du Nord"),
    ],
)
def test_support_given_against_y_is_against_y(text, holder, foe):
    assert polarity(text, holder, foe) == -1


def test_support_given_to_y_stays_support():
    assert polarity("L'Inde a apporté son soutien au Bhoutan.", "Inde", "Bhoutan") == 1


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        ("Le Mali craint que la France ne soutienne les rebelles.", "France", "rebelles", 1),
        ("Le Japon redoute que la Chine n'attaque Taïwan.", "Chine", "Taïwan", -1),
        (
            "Le Mali a averti avant que la France ne soutienne les rebelles.",
            "France",
            "rebelles",
            1,
        ),
    ],
)
def test_an_expletive_ne_after_fearing_is_no_negation(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


def test_a_full_negation_after_fearing_still_denies():
    text = "Le Mali craint que la France ne soutienne pas l'armée."
    assert (rows(text, "France", "armée")["polarity"] != 1).all(), stances(text)


def test_ready_to_lift_sanctions_against_y_is_not_against_y():
    text = "Le Canada s'est dit prêt à lever ses sanctions contre la Syrie."
    assert (rows(text, "Canada", "Syrie")["polarity"] != -1).all(), stances(text)
    text = "Le Canada s'est dit prêt à durcir ses sanctions contre la Syrie."
    st = stances(text)
    assert ((st["target"] == "Syrie") & (st["polarity"] == -1)).any(), st


@pytest.mark.parametrize(
    ("text", "holder", "seizer"),
    [
        (
            "Le Qatar a appelé à la libération d'un pétrolier arraisonné vendredi par les"
            " autorités iraniennes.",
            "Qatar",
            "Iran",
        ),
        (
            "La Grèce a exigé la restitution du navire intercepté par la marine turque.",
            "Grèce",
            "turque",
        ),
    ],
)
def test_demanding_back_what_y_seized_is_against_y(text, holder, seizer):
    assert polarity(text, holder, seizer) == -1


def test_a_release_demand_without_a_seizer_presses_no_one():
    text = "Le Koweït a appelé à la libération des pétroliers."
    assert (stances(text)["polarity"] == 1).all(), stances(text)
