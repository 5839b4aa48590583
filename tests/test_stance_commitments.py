"""Stances in a speaker's words with no evaluative word (issue 15, session 12): first-person
commitments ("nous serons aux côtés de Y", "nous travaillons avec Y"), refusals ("nous ne
laisserons pas Y …"), aims ("notre objectif est d'affaiblir Y") and reproaches ("Y aurait
dû …", "Y n'a pas le droit de …"); and two sign fixes of the quote clauses: a refused wrong
stays a wrong ("nous n'accepterons jamais les ingérences de Y"), and an impersonal verdict
on an act judges its agent, not its patient. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "« Nous serons toujours aux côtés du Burkina Faso », a déclaré le président "
            "ivoirien Kouamé Brou.",
            "Kouamé Brou",
            "Burkina",
            1,
        ),
        (
            "« Je resterai du côté du peuple ukrainien », a affirmé la ministre belge Anne Dubois.",
            "Anne Dubois",
            "ukrainien",
            1,
        ),
        (
            "« Nous travaillons en étroite collaboration avec le Ghana », a dit le président "
            "togolais Koffi Amegan.",
            "Koffi Amegan",
            "Ghana",
            1,
        ),
        (
            "Le ministre nigérien Issa Garba a assuré que « nous coopérons pleinement avec "
            "le Tchad ».",
            "Issa Garba",
            "Tchad",
            1,
        ),
        (
            "« Nous ne laisserons pas le Rwanda déstabiliser notre pays », a averti le "
            "président congolais Jean Mbuyi.",
            "Jean Mbuyi",
            "Rwanda",
            -1,
        ),
        (
            "« Nous ne permettrons pas à la Russie de diviser l'Europe », a déclaré la "
            "présidente moldave Ana Rusu.",
            "Ana Rusu",
            "Russie",
            -1,
        ),
        (
            "« Notre objectif est d'affaiblir le régime syrien », a déclaré la ministre "
            "canadienne Claire Tremblay.",
            "Claire Tremblay",
            "régime syrien",
            -1,
        ),
        (
            "« Le Maroc aurait dû consulter ses voisins », a estimé le ministre algérien "
            "Karim Benali.",
            "Karim Benali",
            "Maroc",
            -1,
        ),
        (
            "Le ministre algérien Karim Benali a estimé que le Maroc n'aurait pas dû "
            "signer cet accord.",
            "Karim Benali",
            "Maroc",
            -1,
        ),
        (
            "« Israël n'a pas le droit de bombarder des civils », a déclaré le ministre "
            "turc Emre Kaya.",
            "Emre Kaya",
            "Israël",
            -1,
        ),
    ],
)
def test_commitments_refusals_and_reproaches(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # Y suffers what is refused
        (
            "« Nous ne tolérerons pas que le Mali soit attaqué », a déclaré le président "
            "sénégalais Ousmane Ndiaye.",
            "Ousmane Ndiaye",
            "Mali",
        ),
        # Y was wronged, not reproached
        (
            "« Le Maroc aurait dû être invité au sommet », a estimé le ministre sénégalais "
            "Awa Diop.",
            "Awa Diop",
            "Maroc",
        ),
        # self-criticism is no stance toward a third party
        (
            "« Nous aurions dû écouter le Ghana », a reconnu le président togolais Koffi Amegan.",
            "Koffi Amegan",
            "Ghana",
        ),
        # being beside someone in the past is no commitment
        (
            "« Nous étions aux côtés du président ghanéen lors de la cérémonie », a dit le "
            "président togolais Koffi Amegan.",
            "Koffi Amegan",
            "ghanéen",
        ),
        # a hypothesis, a negation
        (
            "« Si nous devions travailler avec le Ghana, ce serait difficile », a dit le "
            "président togolais Koffi Amegan.",
            "Koffi Amegan",
            "Ghana",
        ),
        (
            "« Nous ne travaillons pas avec le Ghana », a dit le président togolais Koffi Amegan.",
            "Koffi Amegan",
            "Ghana",
        ),
    ],
)
def test_no_commitment_row_where_the_sign_is_unsure(text, holder, target):
    hits = rows(text, holder, target)
    assert not len(hits[hits["cue"].str.contains("côtés|avec|laisser|tolérer|aurait")]), hits


def test_not_abandoning_someone_is_for_them():
    """Not abandoning Y is for Y: no row against it (the refusal rule), the loyalty rule's
    row for it (session 15, :mod:`analysis.extract.stance.loyalty`)."""
    text = (
        "« Nous ne laisserons pas tomber le Mali », a déclaré le président sénégalais "
        "Ousmane Ndiaye."
    )
    hits = rows(text, "Ousmane Ndiaye", "Mali")
    assert len(hits) and (hits["polarity"] > 0).all(), hits


def test_a_refused_wrong_still_blames_its_author():
    text = (
        "« Nous n'accepterons jamais les ingérences de la France », a déclaré le président "
        "malien Modibo Keïta."
    )
    assert polarity(text, "Modibo Keïta", "France") == -1
    text = "« Nous ne céderons pas au chantage de la Russie », a déclaré la ministre Eva Berg."
    assert polarity(text, "Eva Berg", "Russie") == -1


def test_a_denied_wrong_gives_no_sign():
    text = (
        "« Il n'y a aucune ingérence de la France au Mali », a déclaré le ministre français "
        "Paul Martin."
    )
    assert not len(rows(text, "Paul Martin", "France"))


@pytest.mark.parametrize(
    "text",
    [
        "« Il est inacceptable que la Russie ait envahi l'Ukraine », a déclaré la ministre "
        "belge Eva Berg.",
        "« Il est inacceptable que l'Ukraine soit attaquée par la Russie », a déclaré la "
        "ministre belge Eva Berg.",
    ],
)
def test_an_impersonal_verdict_judges_the_agent_not_the_patient(text):
    assert polarity(text, "Eva Berg", "Russie") == -1
    assert not len(rows(text, "Eva Berg", "Ukraine"))


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "« Nous avons parlé de la Libye pour faire aboutir le processus politique », a "
            "déclaré le ministre français Paul Martin.",
            "Paul Martin",
            "processus politique",
        ),
        (
            "Le ministre français Paul Martin a dit qu'il s'agit de « mettre pleinement en "
            "œuvre la résolution 1701 ».",
            "Paul Martin",
            "résolution 1701",
        ),
        (
            "« Ces réformes créeront les conditions pour faire avancer l'agenda de la paix », "
            "a déclaré le ministre azerbaïdjanais Elmar Aliyev.",
            "Elmar Aliyev",
            "agenda de la paix",
        ),
        (
            "« Nous allons mener à bien le projet de gazoduc », a dit le ministre soudanais "
            "Ali Osman.",
            "Ali Osman",
            "gazoduc",
        ),
    ],
)
def test_carrying_a_process_through_is_backing_it(text, holder, target):
    assert polarity(text, holder, target) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the aim of a third party named as subject is not the speaker's
        "« La Russie veut faire avancer son agenda », a déclaré le ministre français Paul Martin.",
        "« Nous ne mettrons pas en œuvre cet accord », a déclaré le ministre français Paul Martin.",
    ],
)
def test_no_backing_for_a_third_party_aim_or_under_a_negation(text):
    st = rows(text, "Paul Martin", "")
    assert not len(st[st["cue"].isin(["faire avancer", "mettre en œuvre"])]), st


_BLAME_CONTEXT = "La France, le Rwanda, Israël et les États-Unis ont été cités. "


@pytest.mark.parametrize(
    ("quote", "target"),
    [
        ("« Les États-Unis portent l'entière responsabilité de cette escalade »", "États-Unis"),
        ("« Le Rwanda est le principal responsable de l'instabilité dans la région »", "Rwanda"),
        ("« Nous tenons Israël pour responsable de la mort de nos soldats »", "Israël"),
        ("« La responsabilité de cette crise incombe entièrement à la France »", "France"),
    ],
)
def test_an_actor_held_responsible_for_a_harm_is_blamed(quote, target):
    text = f"{_BLAME_CONTEXT}{quote}, a déclaré le ministre malien Modibo Keïta."
    assert polarity(text, "Modibo Keïta", target) == -1


@pytest.mark.parametrize(
    "quote",
    [
        "« Le Rwanda n'est pas responsable de l'instabilité »",  # cleared
        "« Le Rwanda est responsable de la sécurité du sommet »",  # no harm
        "« Si le Rwanda est responsable de cette crise, il devra répondre »",  # hypothesis
    ],
)
def test_no_blame_when_cleared_for_no_harm_or_in_a_hypothesis(quote):
    text = f"{_BLAME_CONTEXT}{quote}, a déclaré le ministre malien Modibo Keïta."
    hits = rows(text, "Modibo Keïta", "Rwanda")
    assert not len(hits[hits["cue"] == "responsabilité"]), hits


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Le ministre australien Tom Hardy a affirmé que cet accord était l'un des plus "
            "importants jamais négociés entre les deux voisins.",
            "Tom Hardy",
            "accord",
        ),
        (
            "Selon l'analyste Dewi Lestari, « il s'agit de l'accord le plus complet que "
            "l'Indonésie ait jamais signé ».",
            "Dewi Lestari",
            "accord",
        ),
        (
            "« Notre partenariat avec le Japon est le plus solide de la région », a déclaré "
            "le président philippin Ramon Cruz.",
            "Ramon Cruz",
            "partenariat",
        ),
    ],
)
def test_a_tie_ranked_first_is_praised(text, holder, target):
    assert polarity(text, holder, target) == 1


def test_a_harm_ranked_first_is_no_praise():
    text = (
        "« C'est la crise la plus importante depuis dix ans », a déclaré le président Ramon Cruz."
    )
    hits = rows(text, "Ramon Cruz", "crise")
    assert not len(hits[hits["polarity"] > 0]), hits


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a superlative or a comparison is no "ne ... plus"
        ("« Notre partenariat avec le Japon est le plus solide de la région »", 1),
        ("« Nos relations avec le Japon sont plus solides que jamais »", 1),
        ("« Le Japon n'est plus un partenaire fiable »", -1),
        ("« Nous ne soutenons plus le Japon »", -1),
    ],
)
def test_plus_negates_only_with_ne(text, sign):
    text = f"{text}, a déclaré le président philippin Ramon Cruz."
    assert polarity(text, "Ramon Cruz", "Japon") == sign


def test_an_unauthored_wrong_under_a_negation_keeps_the_flip():
    """ "n'ont pas à subir d'ingérence": the relation's sides are its would-be victims."""
    text = (
        "« Les relations entre le Chili et le Pérou n'ont pas à subir d'ingérence "
        "extérieure », a déclaré le ministre chilien Pablo Soto."
    )
    hits = rows(text, "Pablo Soto", "Pérou")
    assert not len(hits[hits["polarity"] < 0]), hits


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "« La Colombie continuera à agir conformément à la Convention de Vienne », a "
            "déclaré le ministre colombien Carlos Ruiz.",
            "Carlos Ruiz",
            "Convention de Vienne",
        ),
        (
            "La porte-parole russe Maria Ivanova a souligné que l'ambassade agissait en "
            "conformité avec le droit international.",
            "Maria Ivanova",
            "droit international",
        ),
        # a negation blames the actor, and still upholds the norm
        (
            "« Israël n'a pas agi conformément au droit international », a déclaré le "
            "ministre turc Emre Kaya.",
            "Emre Kaya",
            "droit international",
        ),
    ],
)
def test_a_norm_invoked_is_upheld(text, holder, target):
    assert polarity(text, holder, target) == 1


@pytest.mark.parametrize(
    ("quote", "sign"),
    [
        ("« Nous partageons la même vision que le Maroc sur ce dossier »", 1),
        ("« Je partage les préoccupations du Maroc »", 1),
        ("« Nous ne partageons pas la position du Maroc »", 0),  # no row rather than a guess
    ],
)
def test_a_shared_view_aligns_the_speaker(quote, sign):
    text = f"La France et le Maroc ont signé. {quote}, a déclaré le ministre français Paul Martin."
    hits = rows(text, "Paul Martin", "Maroc")
    hits = hits[hits["cue"].str.startswith("partager")]
    assert sorted(set(hits["polarity"])) == ([sign] if sign else [])
