"""The loss classes of `visit-report evaluate --losses`: each gold stance and quote of an
invented article, with hand-made predicted tables, lands in the class its mistake names, and a
stance counted ``found`` is one the stance score counts as a hit."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.document.article import load_article
from analysis.evaluation.losses import loss_lines, quote_losses, stance_losses
from analysis.evaluation.stance import score_stances
from analysis.pipeline import Analysis

TEXT = (
    "La ministre Helena Virtanen a salué « une amitié sans faille » avec la Norvalie. "
    "Le gouvernement de Brenlandie a condamné l'embargo. "
    "Selon un diplomate, la Norvalie rejette la proposition. "
    "Le ministre Otto Kask a qualifié la rencontre de « décevante ».\n"
)

GOLD = {
    "actors": [
        {"name": "Helena Virtanen", "type": "person", "country": "FI", "aliases": ["Virtanen"]},
        {"name": "Norvalie", "type": "state", "country": "NV", "aliases": ["Norvalie"]},
        {"name": "Brenlandie", "type": "state", "country": "BR", "aliases": ["Brenlandie"]},
        {"name": "Otto Kask", "type": "person", "country": "BR", "aliases": ["Kask"]},
    ],
    "quotes": [
        {"text": "une amitié sans faille", "kind": "partial", "speaker": "Helena Virtanen"},
        {"text": "la Norvalie rejette la proposition", "kind": "reported", "speaker": None},
        {"text": "décevante", "kind": "partial", "speaker": "Otto Kask"},
    ],
    "stances": [
        {  # found
            "holder": "Helena Virtanen",
            "target": "Norvalie",
            "target_terms": ["Norvalie"],
            "polarity": 1,
            "evidence": "La ministre Helena Virtanen a salué « une amitié sans faille »",
        },
        {  # the state holds it; the tool gives the minister of another state: other holder
            "holder": "Brenlandie",
            "target": "embargo",
            "target_terms": ["embargo"],
            "polarity": -1,
            "evidence": "Le gouvernement de Brenlandie a condamné l'embargo.",
        },
        {  # no row at all in the sentence
            "holder": "Norvalie",
            "target": "proposition",
            "target_terms": ["proposition"],
            "polarity": -1,
            "evidence": "la Norvalie rejette la proposition",
        },
        {  # right holder, read with the opposite sign
            "holder": "Otto Kask",
            "target": "rencontre",
            "target_terms": ["rencontre"],
            "polarity": -1,
            "evidence": "Le ministre Otto Kask a qualifié la rencontre de « décevante ».",
        },
    ],
}


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _analysis(tmp_path: Path) -> Analysis:
    path = tmp_path / "2024-05-02_courrier_visite.txt"
    path.write_text(TEXT, encoding="utf-8")
    article = load_article(path)
    text = article.text

    def sid(part: str) -> int:
        return article.sentence_at(text.index(part)).id

    actors = pd.DataFrame(
        [
            {"actor_id": "a1", "name": "Helena Virtanen", "country": "FI", "aliases": "Virtanen"},
            {"actor_id": "a2", "name": "Norvalie", "country": "NV", "aliases": ""},
            {"actor_id": "a3", "name": "Otto Kask", "country": "BR", "aliases": "Kask"},
        ]
    )
    stances = pd.DataFrame(
        [
            {"holder": "Helena Virtanen", "holder_id": "a1", "target": "Norvalie",
             "target_id": "a2", "target_text": "", "polarity": 1, "sentence_id": sid("salué")},
            {"holder": "Otto Kask", "holder_id": "a3", "target": "embargo", "target_id": "",
             "target_text": "l'embargo", "polarity": -1, "sentence_id": sid("embargo")},
            {"holder": "Otto Kask", "holder_id": "a3", "target": "rencontre", "target_id": "",
             "target_text": "la rencontre", "polarity": 1, "sentence_id": sid("décevante")},
        ]
    )  # fmt: skip
    quotes = []
    for part, speaker, speaker_id in (
        ("une amitié sans faille", "Helena Virtanen", "a1"),
        ("la Norvalie rejette la proposition", "Norvalie", "a2"),
        ("décevante", None, None),
    ):
        start, end = _span(text, part)
        quotes.append({"start": start, "end": end, "speaker": speaker, "speaker_id": speaker_id})
    tables = {"actors": actors, "stances": stances, "quotes": pd.DataFrame(quotes)}
    return Analysis(article=article, tables=tables)


def test_each_gold_stance_lands_in_the_class_of_its_mistake(tmp_path: Path):
    counts = stance_losses(_analysis(tmp_path), GOLD)
    assert counts == {
        ("found", "quotation", "person"): 1,
        ("target right, holder other", "narration", "state"): 1,
        ("no row", "quotation", "state"): 1,
        ("wrong sign", "quotation", "person"): 1,
    }


def test_found_stances_are_the_stance_score_hits(tmp_path: Path):
    analysis = _analysis(tmp_path)
    found = sum(n for (cls, *_), n in stance_losses(analysis, GOLD).items() if cls == "found")
    scores = score_stances(analysis, GOLD)
    assert scores["stance_recall"] == found / len(GOLD["stances"])
    assert scores["wrong_sign"] == 1


def test_each_gold_quote_lands_in_the_class_of_its_speaker(tmp_path: Path):
    counts = quote_losses(_analysis(tmp_path), GOLD)
    assert counts == {
        ("right", "partial"): 1,
        ("speaker where gold has none", "reported"): 1,
        ("no speaker", "partial"): 1,
    }


def test_a_gold_speaker_the_tool_never_found_is_named_so(tmp_path: Path):
    analysis = _analysis(tmp_path)
    gold = {**GOLD, "quotes": [{"text": "décevante", "kind": "partial", "speaker": "Otto Kask"}]}
    quotes = analysis.tables["quotes"].copy()
    quotes.loc[2, ["speaker", "speaker_id"]] = ["Helena Virtanen", "a1"]
    other = Analysis(article=analysis.article, tables={**analysis.tables, "quotes": quotes})
    assert quote_losses(other, gold) == {("other actor", "partial"): 1}
    actors = analysis.tables["actors"].iloc[:2]
    unknown = Analysis(article=analysis.article, tables={**other.tables, "actors": actors})
    assert quote_losses(unknown, gold) == {("speaker unknown to the tool", "partial"): 1}


def test_a_wider_row_around_a_gold_quote_does_not_decide_its_class(tmp_path: Path):
    # a reported claim enclosing the fragment, with another speaker, comes first in the table;
    # the fragment's own row (the speaker score's pair) is right
    analysis = _analysis(tmp_path)
    gold = {**GOLD, "quotes": [GOLD["quotes"][0]]}
    text = analysis.article.text
    start, end = _span(text, "a salué « une amitié sans faille » avec la Norvalie")
    wider = {"start": start, "end": end, "speaker": "Otto Kask", "speaker_id": "a3"}
    quotes = pd.concat([pd.DataFrame([wider]), analysis.tables["quotes"]], ignore_index=True)
    both = Analysis(article=analysis.article, tables={**analysis.tables, "quotes": quotes})
    assert quote_losses(both, gold) == {("right", "partial"): 1}
    alone = Analysis(article=analysis.article, tables={**analysis.tables, "quotes": quotes[:1]})
    assert quote_losses(alone, gold) == {("other actor", "partial"): 1}


def test_the_console_table_lists_classes_by_frequency_with_their_share():
    from collections import Counter

    lines = loss_lines("gold quotes", Counter({("right", "direct"): 3, ("not found", "scare"): 1}),
                       ("class", "kind"))  # fmt: skip
    assert lines[0] == "gold quotes (4)"
    assert lines[2].split()[:2] == ["right", "direct"] and lines[2].endswith("3  75%")
    assert lines[3].endswith("1  25%")


def test_the_command_prints_each_half_in_classes_never_an_article(tmp_path: Path, capsys):
    import yaml

    from analysis.cli import _print_losses
    from analysis.evaluation.sets import GoldSet

    analysis = _analysis(tmp_path)
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    analysed = []
    for stem, half in (("2024-05-02_courrier_visite", "held-out"), ("2024-05-03_gazette", "dev")):
        gold = {**GOLD, "split": half}
        (gold_dir / f"{stem}.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True))
        analysed.append((stem, gold, analysis))
    _print_losses(GoldSet("test", gold_dir, tmp_path), analysed)
    out = capsys.readouterr().out
    assert "== Where the dev half loses its findings" in out
    assert "== Where the held-out half loses its findings" in out
    assert out.count("gold stances (4)") == 4 and out.count("gold quotes (3)") == 2
    assert "courrier" not in out and "gazette" not in out


def test_counts_are_summed_over_the_parts_a_view_leaves_out():
    from collections import Counter

    from analysis.evaluation.losses import by

    counts = Counter({("no row", "narration", "state"): 2, ("no row", "quotation", "state"): 3})
    assert by(counts, 0, 2) == {("no row", "state"): 5}
    assert by(counts, 0, 1) == {("no row", "narration"): 2, ("no row", "quotation"): 3}


def test_a_neutral_gold_stance_read_with_a_sign_is_no_target_error(tmp_path: Path):
    # the tool has Kask against the embargo; a gold file that keeps him neutral on it loses
    # the stance on its strength, with the right holder and target
    neutral = {
        "holder": "Otto Kask",
        "target": "embargo",
        "target_terms": ["embargo"],
        "polarity": 0,
        "evidence": "Le gouvernement de Brenlandie a condamné l'embargo.",
    }
    counts = stance_losses(_analysis(tmp_path), {**GOLD, "stances": [neutral]})
    assert counts == {("neutral or signed", "narration", "person"): 1}
