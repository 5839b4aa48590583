"""Round 23 (snarr): stances stated in the narration that had no row — backing stated as the
means of a clause (:mod:`analysis.extract.stance.backers`) and a plural title with
coordinated nationality adjectives (:mod:`analysis.extract.stance.nationality_pairs`).
Invented snippets: invented persons, invented sentence shapes."""

from __future__ import annotations

import pandas as pd

from tests.helpers import run_steps


def _rows(text: str) -> pd.DataFrame:
    return run_steps(text, publication="2024-05-02").tables["stances"]


def _has(st: pd.DataFrame, holder: str, target: str, polarity: int) -> bool:
    return bool(
        ((st["holder"] == holder) & (st["target"] == target) & (st["polarity"] == polarity)).any()
    )


def test_backer_named_by_de_complement_is_for_the_subject():
    st = _rows("Avec l'appui de Lisbonne, le Cap-Vert a dégagé le port de ses navires saisis.")
    assert _has(st, "Portugal", "Cap-Vert", 1)


def test_backer_named_by_a_nationality_adjective():
    text = "Le régime de Nouakchott, à la faveur de l'appui naval malien, tient la côte."
    st = _rows(text)
    assert _has(st, "Mali", "Mauritanie", 1)


def test_backer_of_a_named_person_after_grace_a():
    text = "Grâce au soutien résolu de Lomé, Odilon Varek a repris la présidence du parti."
    st = _rows(text)
    assert _has(st, "Togo", "Odilon Varek", 1)


def test_no_backing_in_a_passive_or_a_negated_clause():
    st = _rows("Le Bhoutan a été sanctionné avec l'appui du Népal.")
    assert not _has(st, "Népal", "Bhoutan", 1)
    st = _rows("Le Bhoutan n'a jamais rouvert la route avec l'aide du Népal.")
    assert not _has(st, "Népal", "Bhoutan", 1)


def test_plural_title_with_two_nationality_adjectives_holds_for_each_state():
    text = (
        "L'Islande et la Norvège ont repris langue. Les chefs islandais et norvégien ont "
        "déploré l'incident du chalutier."
    )
    st = _rows(text)
    assert _has(st, "Islande", "incident du chalutier", -1)
    assert _has(st, "Norvège", "incident du chalutier", -1)


def test_plural_title_pair_over_a_portfolio():
    text = (
        "La Lettonie et l'Estonie se rapprochent. Les ministres de l'Énergie letton et "
        "estonien ont signé deux protocoles gaziers."
    )
    st = _rows(text)
    assert _has(st, "Lettonie", "Estonie", 1) or _has(st, "Estonie", "Lettonie", 1)
    assert set(st.loc[st["kind"] == "signature", "holder"]) >= {"Lettonie", "Estonie"}
