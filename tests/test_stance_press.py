"""Stance rules for real press (issue 15): target typing, holders inside quotes, litotes and
causative feelings, nominal stances, calibration of the brief. Every snippet is invented."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.evaluation.stance import key
from analysis.extract.stance.lexicon import names_an_issue
from tests.helpers import run_steps
from tests.test_stance import _brief_of


def stances(text: str) -> pd.DataFrame:
    return run_steps(text, publication="2024-03-01").tables["stances"]


def pairs(text: str) -> dict[tuple[str, str], int]:
    """(holder, target) -> polarity of every stance row of ``text``."""
    st = stances(text)
    return {(h, t): p for h, t, p in zip(st["holder"], st["target"], st["polarity"], strict=True)}


def rows(text: str, holder: str, target_word: str) -> pd.DataFrame:
    """The stances of ``holder`` (any of "A|B") whose target or target text has the word."""
    st = stances(text)
    hks, tk = [key(h) for h in holder.split("|")], key(target_word)
    mask = st["holder"].map(key).map(lambda h: any(k in h for k in hks)) & (
        st["target"].map(key).str.contains(tk, regex=False)
        | st["target_text"].map(key).str.contains(tk, regex=False)
    )
    return st[mask]


def polarity(text: str, holder: str, target_word: str) -> int:
    hits = rows(text, holder, target_word)
    assert len(hits), (
        f"no stance {holder} -> {target_word}: "
        f"{stances(text)[['holder', 'target', 'polarity', 'cue']].to_dict('records')}"
    )
    signs = set(hits["polarity"])
    assert len(signs) == 1, hits
    return signs.pop()


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Où", False),
        ("où ?", False),
        ("cela", False),
        ("ce qui", False),
        ("« il »", False),
        ("l'accord de pêche", True),
        ("Estonie", True),
        ("la souveraineté", True),
    ],
)
def test_a_target_names_an_actor_or_an_issue(text, ok):
    assert names_an_issue(text) is ok


def test_interrogative_pronoun_or_place_targets_never_headline():
    base = {"holder": "Maroc", "holder_id": "A01", "target_id": None}
    for target in ("Où", "cela", "Rabat", "qui"):
        lines = _brief_of([{**base, "target": target, "polarity": 1, "confidence": 0.95}])
        assert not any("le plus net" in line for line in lines), (target, lines)
        assert not any(f"*{target}*" in line for line in lines), (target, lines)


def test_no_stance_on_an_interrogative_or_a_pronoun():
    text = (
        "La ministre lituanienne Rasa Kelmė soutient, mais où ? "
        "Le gouvernement letton le dénonce depuis des mois."
    )
    st = stances(text)
    assert not st["target"].map(key).isin(["ou", "le", "cela"]).any(), st


def test_first_person_or_event_subject_in_a_quote_is_the_speaker():
    text = (
        "« Nous allons renforcer nos relations avec l'Estonie », a déclaré le ministre letton "
        "Janis Ozols. « Ce voyage contribuera à approfondir la coopération lettono-estonienne "
        "», a indiqué la présidence lettone."
    )
    assert polarity(text, "Ozols", "Estonie") == 1
    assert polarity(text, "Lettonie|présidence", "coopération lettono-estonienne") == 1


def test_third_person_subject_in_a_quote_keeps_its_own_stance():
    text = "« Les manifestants dénoncent la réforme des retraites », a expliqué le député Ivo Kask."
    assert not len(rows(text, "Kask", "réforme"))


def test_litotes_asserts_the_stance():
    assert (
        polarity(
            "Le ministre letton Janis Ozols n'a pas manqué de saluer l'accord de pêche.",
            "Ozols",
            "accord",
        )
        == 1
    )
    assert (
        polarity("Riga ne cesse de critiquer le projet de gazoduc.", "Lettonie|Riga", "gazoduc")
        == -1
    )
    assert polarity("La Finlande n'hésite pas à dénoncer le blocus.", "Finlande", "blocus") == -1
    assert (
        polarity("Vilnius a cessé de soutenir le projet de gazoduc.", "Lituanie|Vilnius", "gazoduc")
        == -1
    )


def test_feelings_caused_in_someone_oppose_the_cause():
    text = "La Lettonie a suspendu l'accord de pêche, soulevant l'ire de l'Estonie."
    assert polarity(text, "Estonie", "Lettonie") == -1
    assert (
        polarity("La décision de Riga a suscité la colère de Vilnius.", "Lituanie|Vilnius", "Riga")
        == -1
    )
    text = "La Lituanie signe un contrat gazier avec la Norvège, au grand dam de la Pologne."
    assert polarity(text, "Pologne", "contrat gazier") == -1
    text = "Au grand dam de la Hongrie, la Slovaquie a ratifié le traité frontalier."
    assert polarity(text, "Hongrie", "traité") == -1


def test_wishes_support_what_is_wished():
    text = (
        "Le ministre estonien Karl Tamm a affirmé qu'il « espère que le dialogue va contribuer "
        "à la relance des relations entre les deux pays »."
    )
    assert polarity(text, "Tamm", "dialogue") == 1
    assert polarity("La Norvège souhaite un accord rapide sur la pêche.", "Norvège", "accord") == 1
    assert polarity("La Suède ne souhaite pas une escalade.", "Suède", "escalade") == -1


def test_rapprochement_noun_voiced_in_a_quote_or_pursued_by_a_subject():
    text = (
        "« Cette visite s'inscrit dans le cadre du renforcement de la coopération entre les deux "
        "pays amis », souligne la présidence lettone."
    )
    assert polarity(text, "Lettonie|présidence", "renforcement de la coopération") == 1
    text = "Le Portugal plaide pour la relance du partenariat avec le Cap-Vert."
    assert polarity(text, "Portugal", "Cap-Vert") == 1


def test_uncredited_quotation_is_judged_by_the_subject_who_mentions_it():
    text = (
        "Lors d'une conférence de presse, le ministre letton Janis Ozols a évoqué une attitude "
        "« hostile » de la part de l'Estonie."
    )
    assert polarity(text, "Ozols", "Estonie") == -1
    text = (
        "Le président estonien Karl Tamm a fait état de discussions « très productives » avec "
        "son homologue letton."
    )
    assert polarity(text, "Tamm", "homologue letton") == 1


def test_uncredited_quotation_after_a_credited_quote_keeps_its_speaker():
    text = (
        "« La Finlande est un partenaire fiable », a déclaré la ministre suédoise Eva Lind, "
        "faisant état de discussions « très cordiales » avec son homologue finlandais."
    )
    assert polarity(text, "Lind", "homologue finlandais") == 1


def test_the_name_of_an_agreement_is_no_judgement():
    text = (
        "La Lettonie a décidé de procéder à « la suspension immédiate du traité d'amitié et de "
        "coopération » conclu avec l'Estonie, a indiqué la présidence lettone."
    )
    st = stances(text)
    assert (st["polarity"] < 0).all(), st[["holder", "target", "polarity", "cue"]]
    assert polarity(text, "Lettonie", "Estonie") == -1


def test_speaker_state_is_not_judged_by_its_own_ministry():
    text = (
        "« La Lettonie regrette cette décision injustifiée de l'Estonie », indique le ministère "
        "letton des Affaires étrangères."
    )
    st = stances(text)
    assert not len(rows(text, "ministère|Lettonie", "Lettonie")), st
    assert polarity(text, "ministère|Lettonie", "décision") == -1


def test_feeling_honoured_by_someone_supports_them():
    text = "Le ministre letton Janis Ozols s'est dit honoré par la rencontre du président Tamm."
    assert polarity(text, "Ozols", "Tamm") == 1


def test_pronoun_in_a_quote_is_the_last_subject_named_in_it_not_the_speaker():
    text = (
        "« Si la Lettonie reconnaît qu'elle soutient les rebelles, nous pourrons discuter », a "
        "déclaré le président estonien Karl Tamm."
    )
    assert polarity(text, "Lettonie", "rebelles") == 1
    assert not len(rows(text, "Tamm", "rebelles"))
    hit = rows(text, "Lettonie", "rebelles").iloc[0]
    assert bool(hit["hedged"])  # a hypothesis


def test_counting_on_someone_supports_them():
    assert (
        polarity(
            "« On peut compter sur la Finlande », a déclaré le président estonien Karl Tamm.",
            "Tamm",
            "Finlande",
        )
        == 1
    )


def test_detached_present_participle_is_the_main_subjects_act():
    text = "Le président estonien Karl Tamm est arrivé à Helsinki, saluant l'accord de pêche."
    assert polarity(text, "Tamm", "accord") == 1
    text = (
        "« Nous avons confiance », a déclaré le président estonien Karl Tamm, saluant une « très "
        "belle discussion » avec la Finlande."
    )
    assert polarity(text, "Tamm", "Finlande") == 1


def test_a_subject_starts_after_a_dash_incise():
    text = (
        "La guerre fait rage dans l'est de la Lettonie – l'Estonie appuie militairement "
        "l'offensive des rebelles, qui gagnent du terrain."
    )
    assert polarity(text, "Estonie", "offensive") == 1
    assert not len(rows(text, "Lettonie", "offensive"))


def test_evidence_table_flags_low_confidence_rows():
    from analysis.report.views.stance import evidence_by_cell

    base = {"holder": "Estonie", "target": "accord", "cue": "saluer", "sentence_id": 0}
    frame = pd.DataFrame(
        [
            {**base, "polarity": 1, "hedged": False, "confidence": 0.85, "evidence": "a"},
            {**base, "polarity": -1, "hedged": False, "confidence": 0.5, "evidence": "b"},
        ]
    )
    out = evidence_by_cell(frame).set_index("Extrait")["Position"]
    assert "confiance faible" not in out["a"]
    assert "confiance faible" in out["b"]


def test_moving_closer_to_a_state_supports_it():
    text = "La Lettonie s'est récemment rapprochée de la Finlande sur le plan énergétique."
    assert polarity(text, "Lettonie", "Finlande") == 1
