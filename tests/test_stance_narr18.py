"""Stances stated in the narration (session 18, narr). Every snippet is invented.

* a question mark inside quoted words that open after a cue of the narration is the quoted
  speaker's question: the narration's act stands ("X a critiqué Y : « … ? »"), while a cue in
  a question of the narration itself gives no row;
* feelings of concern, displeasure and surprise take the whole set of French "about"
  locutions ("son inquiétude concernant Y", "ses craintes au sujet de Y", "sa déception à
  l'égard de Y"); "sur" only for worry and doubt, never where a feeling is ("la colère sur
  les réseaux sociaux").
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows

# --- questions inside quoted words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "Le ministre letton a salué l'Estonie mais a critiqué la Russie : « Qui est ce "
            "gouvernement pour nous dicter nos choix ? »",
            "ministre letton",
            "Russie",
            -1,
        ),
        (
            "La présidente estonienne a dénoncé la Biélorussie en ces termes : « Jusqu'où "
            "ira-t-elle ? »",
            "présidente estonienne",
            "Biélorussie",
            -1,
        ),
        (
            "Le chef de la diplomatie lituanienne a félicité la Pologne, avant d'ajouter : "
            "« Qui aurait cru cela il y a dix ans ? »",
            "chef de la diplomatie lituanienne",
            "Pologne",
            1,
        ),
    ],
)
def test_a_quoted_question_leaves_the_narrated_act(
    text: str, holder: str, target: str, sign: int
) -> None:
    assert polarity(text, holder, target) == sign


def test_a_cue_in_a_closed_quotation_is_not_asked_by_a_later_one() -> None:
    text = (
        "Le ministre letton s'est gardé de « se prononcer » sur l'adhésion de la Moldavie ; il a "
        "en revanche dénoncé la Russie : « Qui sont-ils pour nous juger ? »"
    )
    assert polarity(text, "ministre letton", "Russie") == -1
    assert polarity(text, "ministre letton", "adhésion") == 0


@pytest.mark.parametrize(
    "text",
    [
        "La Lettonie va-t-elle condamner la Russie ?",
        # the cue inside the quoted question itself
        "« Comment la Lettonie pourrait-elle condamner la Russie ? », a demandé le ministre.",
        # a quoted term closed before the question mark: the question is the narration's
        "La Lettonie va-t-elle condamner ce qu'elle nomme « la Russie » ?",
    ],
)
def test_a_question_of_the_narration_still_gives_no_row(text: str) -> None:
    assert rows(text, "Lettonie", "Russie").query("cue == 'condamner'").empty


# --- feelings about something --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Le Pérou a exprimé sa vive inquiétude concernant le projet de barrage bolivien.",
            "barrage",
        ),
        ("Le Pérou a dit ses appréhensions sur les futures taxes chiliennes.", "taxes"),
        ("Le Pérou a fait part de ses craintes au sujet du programme naval chilien.", "naval"),
        ("Le Pérou a exprimé sa profonde déception à l'égard de la Bolivie.", "Bolivie"),
        ("Le Pérou a dit son irritation vis-à-vis de l'Équateur.", "Équateur"),
        ("Le Pérou n'a pas caché sa colère après la décision de la Bolivie.", "Bolivie"),
        ("Le Pérou exprimait son scepticisme s'agissant du plan de paix chilien.", "plan"),
    ],
)
def test_a_feeling_about_something_is_against_it(text: str, target: str) -> None:
    assert polarity(text, "Pérou", target) == -1


@pytest.mark.parametrize(
    "text",
    [
        # where the feeling is, not what it is about
        "La colère sur les réseaux sociaux a surpris le gouvernement du Pérou face à la Bolivie.",
        # a feeling denied, or dispelled
        "Le Pérou n'a pas de craintes concernant la Bolivie.",
        "Le Pérou a dissipé les craintes concernant la Bolivie.",
    ],
)
def test_no_feeling_row_where_none_is_felt(text: str) -> None:
    assert rows(text, "Pérou", "réseaux").empty
    assert rows(text, "Pérou", "Bolivie").query("cue in ('colère', 'crainte')").empty


# --- who feels a caused reaction ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "sign"),
    [
        ("La Bolivie a suscité une hostilité franche au sein de l'Union africaine.", "Union", -1),
        (
            "La Bolivie a provoqué des critiques acerbes de la part du Pérou et du Chili.",
            "Chili",
            -1,
        ),
        ("La Bolivie a soulevé la colère du Pérou et de l'Équateur.", "Équateur", -1),
        ("La Bolivie a déclenché des critiques virulentes du Pérou.", "Pérou", -1),
        (
            "La Bolivie a suscité la satisfaction dans les rangs du gouvernement chilien.",
            "Chili",
            1,
        ),
        ("La Bolivie a suscité l'admiration du Pérou.", "Pérou", 1),
        ("Le Chili a provoqué un tollé parmi les dirigeants péruviens.", "Pérou", -1),
    ],
)
def test_the_feelers_of_a_caused_reaction(text: str, holder: str, sign: int) -> None:
    cause = "Chili" if text.startswith("Le Chili") else "Bolivie"
    assert polarity(text, holder, cause) == sign


@pytest.mark.parametrize(
    "text",
    [
        # the causing verb denied
        "La Bolivie n'a pas suscité de critiques de la part du Pérou.",
        # a meeting is no reaction, "le rejet de X" may be X rejected
        "La Bolivie a rencontré le président du Pérou.",
        "La crise bolivienne a entraîné le rejet du Pérou par ses voisins.",
    ],
)
def test_no_feeler_row_without_a_reaction_caused(text: str) -> None:
    assert rows(text, "Pérou", "Bolivie").empty


# --- the passive subjects of a friction ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Le Kenya et l'Ouganda sont confrontés à un différend croissant avec la Somalie.",
            "Ouganda",
        ),
        (
            "Le Kenya et l'Ouganda ont tenu un sommet lundi. Les deux pays sont enlisés dans un "
            "différend avec la Somalie.",
            "Ouganda",
        ),
        (
            "Le Kenya et l'Ouganda ont tenu un sommet lundi. Ces deux pays sont "
            "confrontés à des tensions avec la Somalie.",
            "Kenya",
        ),
    ],
)
def test_each_passive_subject_of_a_friction_is_against_the_partner(text: str, holder: str) -> None:
    assert polarity(text, holder, "Somalie") == -1


def test_a_pair_subject_named_nowhere_gives_no_friction_row() -> None:
    text = "Ces deux pays sont confrontés à des tensions avec la Somalie."
    assert rows(text, "pays", "Somalie").empty


def test_a_reaction_noun_of_session_18_is_no_manner() -> None:
    # "sans crainte", "sans réserves": adverbs, never what the verb acts on
    assert polarity("Le Pérou appuie sans crainte la Bolivie.", "Pérou", "Bolivie") == 1
    assert rows("Le Pérou appuie sans crainte la Bolivie.", "Pérou", "crainte").empty
    assert rows("Le Pérou soutient sans réserves le plan bolivien.", "Pérou", "réserves").empty
