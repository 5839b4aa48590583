"""The real-press texts live outside the repository and are copied again from stored pages on
each new machine: the evaluation must name a text that is not the one its gold was written on
(another copy of the page would change every figure silently). Invented texts and gold only."""

from __future__ import annotations

from pathlib import Path

import yaml

from analysis.evaluation.sets import GoldSet, mismatched_texts, text_mismatches

TEXT = """---
title: "Une visite"
date: 2024-05-02
source: Le Courrier inventé
url: https://courrier.example/visite
---

La ministre Helena Virtanen a salué « une amitié sans faille » entre les deux pays.
Elle a ajouté que la coopération « continuera de grandir ».
"""

GOLD = {
    "article": "2024-05-02_courrier_visite.md",
    "quotes": [
        {"text": "une amitié sans faille", "kind": "partial", "speaker": "Helena Virtanen"},
        {"text": "continuera de grandir", "kind": "partial", "speaker": "Helena Virtanen"},
    ],
    "stances": [{"evidence": "Elle a ajouté que la coopération « continuera de grandir »."}],
}


def _set(tmp_path: Path, text: str) -> GoldSet:
    gold_dir, texts = tmp_path / "gold", tmp_path / "texts"
    gold_dir.mkdir()
    texts.mkdir()
    (gold_dir / "2024-05-02_courrier_visite.yaml").write_text(yaml.safe_dump(GOLD))
    (texts / "2024-05-02_courrier_visite.md").write_text(text, encoding="utf-8")
    return GoldSet("test", gold_dir, texts)


def test_the_text_the_gold_was_written_on_has_no_mismatch(tmp_path: Path):
    assert mismatched_texts(_set(tmp_path, TEXT)) == {}


def test_line_breaks_and_typography_of_a_new_copy_do_not_count(tmp_path: Path):
    copy = TEXT.replace("une amitié sans", "une amitié\nsans").replace("« ", "«\u00a0")
    gset = _set(tmp_path, copy)
    assert text_mismatches(gset.texts_dir / "2024-05-02_courrier_visite.md", GOLD) == []


def test_another_copy_of_the_page_is_named_with_what_it_lacks(tmp_path: Path):
    other = TEXT.replace("continuera de grandir", "va grandir encore")
    problems = mismatched_texts(_set(tmp_path, other))
    assert list(problems) == ["2024-05-02_courrier_visite"]
    assert len(problems["2024-05-02_courrier_visite"]) == 2  # the quote and the evidence
    assert "continuera de grandir" in problems["2024-05-02_courrier_visite"][0]


def test_a_gold_evidence_found_only_in_the_front_matter_title_is_missing(tmp_path: Path):
    """The title of the front matter is metadata, not a sentence the analysis reads: a page
    copied again without its headline line lacks the evidence the old text had in its body."""
    gold = {**GOLD, "stances": [{"evidence": "Une visite"}]}
    gset = _set(tmp_path, TEXT)
    problems = text_mismatches(gset.texts_dir / "2024-05-02_courrier_visite.md", gold)
    assert problems == ["evidence not in the text: 'Une visite'"]
