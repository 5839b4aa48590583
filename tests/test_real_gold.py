"""The real-press gold files: a schema the scorers can trust, halves that do not share an event,
and no article text in the repository (third-party text is never committed)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from analysis.evaluation import load_gold
from analysis.evaluation.sets import REAL_GOLD_DIR
from analysis.resources.paths import ROOT

GOLD_FILES = sorted(REAL_GOLD_DIR.glob("*.yaml"))
ACTOR_TYPES = {"person", "state", "organisation", "company", "media", "group"}
QUOTE_KINDS = {"direct", "partial", "scare", "reported"}
PRECISIONS = {"day", "month", "season", "year", "approximate"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ISO2 = re.compile(r"^[A-Z]{2}$")


def schema_errors(stem: str, gold: dict) -> list[str]:
    """Everything a scorer relies on, as readable messages (empty when the file is sound)."""
    errs = []
    if gold.get("article") != f"{stem}.md":
        errs.append(f"article should be {stem}.md")
    if not str(gold.get("url", "")).startswith(("http://", "https://")):
        errs.append("url missing")
    for key in ("outlet", "event"):
        if not gold.get(key):
            errs.append(f"{key} missing")
    if not ISO2.match(str(gold.get("outlet_country"))):
        errs.append(f"outlet_country {gold.get('outlet_country')!r}")
    if gold.get("split") not in ("dev", "held-out"):
        errs.append(f"split {gold.get('split')!r}")
    if not DATE.match(str(gold.get("publication"))):
        errs.append(f"publication {gold.get('publication')!r}")
    names = {a.get("name") for a in gold.get("actors") or []}
    for actor in gold.get("actors") or []:
        country = actor.get("country")
        if actor.get("type") not in ACTOR_TYPES or not actor.get("aliases"):
            errs.append(f"actor {actor.get('name')!r}: type or aliases")
        if country is not None and not ISO2.match(str(country)):
            errs.append(f"actor {actor.get('name')!r}: country {country!r}")
    for quote in gold.get("quotes") or []:
        if quote.get("kind") not in QUOTE_KINDS or not quote.get("text"):
            errs.append(f"quote {str(quote.get('text'))[:30]!r}: kind or text")
        if quote.get("speaker") is not None and quote["speaker"] not in names:
            errs.append(f"quote speaker {quote['speaker']!r} is no actor")
    for stance in gold.get("stances") or []:
        if stance.get("holder") not in names or stance.get("polarity") not in (-1, 0, 1):
            errs.append(f"stance {stance.get('holder')!r} -> {stance.get('target')!r}")
        if not stance.get("evidence") or not stance.get("target_terms"):
            errs.append(f"stance {stance.get('holder')!r}: evidence or target_terms")
    for date in gold.get("dates") or []:
        if date.get("precision") not in PRECISIONS or not DATE.match(str(date.get("date"))):
            errs.append(f"date {date.get('text')!r}")
    for place in gold.get("places") or []:
        if not (-90 <= place.get("lat", 999) <= 90 and -180 <= place.get("lon", 999) <= 180):
            errs.append(f"place {place.get('name')!r}: coordinates")
    return errs


def test_the_real_press_set_is_large_and_varied_enough():
    golds = [load_gold(p) for p in GOLD_FILES]
    assert len(golds) >= 30
    assert len({g["outlet"] for g in golds}) >= 15
    assert len({g["event"] for g in golds}) >= 10
    assert {g["split"] for g in golds} == {"dev", "held-out"}


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem[:40])
def test_each_gold_file_has_the_schema_the_scorers_read(path: Path):
    assert schema_errors(path.stem, load_gold(path)) == []


def test_the_schema_check_catches_a_broken_file():
    gold = load_gold(GOLD_FILES[0])
    broken = {**gold, "split": "train", "quotes": [{"text": "x", "kind": "direct", "speaker": "?"}]}
    errs = schema_errors(GOLD_FILES[0].stem, broken)
    assert any("split" in e for e in errs) and any("no actor" in e for e in errs)


def test_the_two_halves_share_no_event():
    """Held-out articles measure what to expect on unseen events: none of their events may
    appear in the dev half, whose articles are read while rules are tuned."""
    events = {"dev": set(), "held-out": set()}
    for path in GOLD_FILES:
        gold = load_gold(path)
        events[gold["split"]].add(gold["event"])
    assert not events["dev"] & events["held-out"]


def test_no_real_press_text_is_committed():
    stems = {p.stem for p in GOLD_FILES}
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    texts = [f for f in tracked if Path(f).suffix in (".md", ".txt", ".html")]
    assert not [f for f in texts if Path(f).stem in stems]
