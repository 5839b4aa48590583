"""A relation strained or mended by a cause, the relation as the verb's object (session 15,
narr2): "l'affaire a tendu les relations entre X et Y" sets X and Y against each other, "la
visite a réchauffé les rapports entre X et Y" for each other; no row when the change is
denied, feared, averted or only sought. Every snippet is invented."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # straining verbs, the relation as object, "entre X et Y"
        (
            "L'incident a empoisonné les relations entre la Grèce et la Turquie.",
            "Grèce",
            "Turquie",
            -1,
        ),
        (
            "L'incident a empoisonné les relations entre la Grèce et la Turquie.",
            "Turquie",
            "Grèce",
            -1,
        ),
        ("Le dossier a miné les relations entre le Kenya et la Somalie.", "Somalie", "Kenya", -1),
        (
            "Cette décision a détérioré les relations entre le Mali et la France.",
            "Mali",
            "France",
            -1,
        ),
        ("La querelle a dégradé les rapports entre Rabat et Madrid.", "Maroc", "Espagne", -1),
        (
            "L'arrestation a refroidi les relations entre le Japon et la Chine.",
            "Chine",
            "Japon",
            -1,
        ),
        # a bilateral adjective names the sides
        ("L'affaire a tendu les relations franco-algériennes.", "Algérie", "France", -1),
        # the pair named before ("entre les deux pays")
        (
            "Le Ghana et le Togo sont voisins. Cette querelle, qui a tendu les relations "
            "entre les deux États, semble désormais réglée.",
            "Ghana",
            "Togo",
            -1,
        ),
        # passive of a member of the class the subject reading lacked
        (
            "Les relations entre la Grèce et la Turquie ont été minées par le litige.",
            "Grèce",
            "Turquie",
            -1,
        ),
        # mending verbs, an infinitive the tagger misreads
        ("Cette visite a apaisé les relations entre l'Inde et le Pakistan.", "Inde", "Pakistan", 1),
        (
            "La visite a permis de réchauffer les relations entre l'Égypte et la Turquie.",
            "Turquie",
            "Égypte",
            1,
        ),
        ("L'accord a amélioré les relations entre la Serbie et le Kosovo.", "Kosovo", "Serbie", 1),
        # "les rapports entre X et Y" as a relation noun in the event-noun construction
        (
            "La détérioration des rapports entre le Chili et la Bolivie se poursuit.",
            "Chili",
            "Bolivie",
            -1,
        ),
    ],
)
def test_a_cause_strains_or_mends_the_relation_of_two_sides(text, holder, target, sign):
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # denied, only sought, averted, feared
        (
            "L'affaire n'a pas envenimé les relations entre la Suède et la Finlande.",
            "Suède",
            "Finlande",
        ),
        (
            "Le Qatar tente d'apaiser les relations entre l'Égypte et la Turquie.",
            "Égypte",
            "Turquie",
        ),
        (
            "Pour éviter d'envenimer les relations entre le Japon et la Corée, le ministre a "
            "renoncé.",
            "Japon",
            "Corée",
        ),
        (
            "Le scandale risque de ternir les relations entre le Brésil et l'Argentine.",
            "Brésil",
            "Argentine",
        ),
        # supposed
        (
            "Si l'enquête aboutit, elle pourrait détériorer les relations entre le Pérou et le "
            "Chili.",
            "Pérou",
            "Chili",
        ),
    ],
)
def test_no_row_for_a_change_that_did_not_happen(text, holder, target):
    assert rows(text, holder, target).empty


def test_reports_are_no_relation():
    """ "des rapports sur Y" are reports: no relation read."""
    assert rows("La France a publié des rapports inquiétants sur le Mali.", "France", "Mali").empty


@pytest.mark.parametrize(
    "text",
    [
        "Le Gabon et le Cameroun sont voisins. Cet accord a provoqué une nouvelle crise entre "
        "ces deux voisins.",
        "Le Gabon et le Cameroun sont voisins. Cette décision traduit une montée des tensions "
        "entre les deux pays.",
        "Le Gabon et le Cameroun partagent une frontière. La brouille entre les deux capitales "
        "dure.",
    ],
)
def test_a_friction_between_a_numbered_pair_names_the_article_s_pair(text):
    """ "une crise entre ces deux voisins", "des tensions entre les deux pays": the pair the
    article names, against each other."""
    assert polarity(text, "Gabon", "Cameroun") == -1
    assert polarity(text, "Cameroun", "Gabon") == -1


def test_a_friction_between_an_unnumbered_noun_names_no_pair():
    """ "des tensions entre les communautés": no numbered pair, no sides."""
    text = "Le Gabon et le Cameroun sont voisins. Des tensions entre les communautés persistent."
    assert rows(text, "Gabon", "Cameroun").empty
