"""Where the real-press figures are lost: gold stances and quotes sorted into loss classes.

Why: the held-out half may only be measured, never read article by article, yet a developer
needs to know *what kind* of finding it loses (a stance with no row at all in its sentence, a
row with the right holder and another target, a quote with no speaker…). These counts, summed
over a set, say which rules to work on without showing one held-out sentence. They use the
same matching as :mod:`analysis.evaluation.stance` (holder names and aliases, target terms,
evidence sentence, polarity), so a stance counted ``found`` here is a hit there.

Stance classes (first that applies): ``found``; ``wrong sign`` (holder and target right,
opposite polarity); ``neutral or signed`` (holder and target right, one of the two
polarities neutral: a reading of strength, not of the pair); ``no row`` (no predicted stance
in the evidence's sentence); ``holder right, target other``; ``target right, holder
other``; ``other rows`` (rows in the sentence, neither holder nor target right). Each is
split by where the stance is stated (``quotation`` when its evidence overlaps a gold
quotation, else ``narration``) and by the gold holder's type.

Quote classes: ``right``; ``not found``; ``no speaker`` (a gold speaker, none predicted);
``speaker unknown to the tool`` (the gold speaker is none of the predicted actors);
``other actor, same country``; ``other actor``; ``speaker where gold has none``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from analysis.evaluation.stance import (
    gold_name_sets,
    key,
    locate,
    locate_evidence,
    predicted_names,
    quote_matches,
    same_actor,
    words_key,
)
from analysis.pipeline import Analysis


def _records(analysis: Analysis, table: str) -> list[dict]:
    df = analysis.tables.get(table)
    return [] if df is None else df.to_dict("records")


def _gold_actor(gold: dict, name: object) -> dict:
    wanted = key(name)
    for actor in gold.get("actors") or []:
        if key(actor.get("name")) == wanted:
            return actor
    return {}


def _actor_country(analysis: Analysis, actor_id: object) -> object:
    for row in _records(analysis, "actors"):
        if str(row["actor_id"]) == str(actor_id):
            return row.get("country")
    return None


def _known(analysis: Analysis, name: object, names: dict[str, set[str]]) -> bool:
    """Whether the gold actor ``name`` is one of the predicted actors."""
    return any(
        same_actor(predicted_names(analysis, row["name"], row["actor_id"]), name, names)
        for row in _records(analysis, "actors")
    )


def _quoted_spans(analysis: Analysis, gold: dict) -> list[tuple[int, int]]:
    spans = []
    for quote in gold.get("quotes") or []:
        spans += locate(analysis.article, quote.get("text"))
    return spans


def _stance_class(analysis: Analysis, gold: dict, stance: dict, rows: list[dict]) -> str:
    names = gold_name_sets(gold)
    terms = [words_key(t) for t in stance.get("target_terms") or [] if words_key(t)]
    gold_target = key(stance.get("target"))
    target_names = names.get(gold_target, {gold_target})
    polarity = int(stance.get("polarity") or 0)
    holders = targets = opposite = other_strength = 0
    for row in rows:
        holder_ok = same_actor(
            predicted_names(analysis, row.get("holder"), row.get("holder_id")),
            stance.get("holder"),
            names,
        )
        text = words_key(" ".join(str(row.get(c) or "") for c in ("target", "target_text")))
        target_ok = any(f" {t} " in f" {text} " for t in terms) or bool(
            predicted_names(analysis, row.get("target"), row.get("target_id")) & target_names
        )
        row_polarity = int(row.get("polarity") or 0)
        if holder_ok and target_ok and row_polarity == polarity:
            return "found"
        opposite += holder_ok and target_ok and row_polarity * polarity < 0
        other_strength += holder_ok and target_ok and row_polarity * polarity == 0
        holders += holder_ok
        targets += target_ok
    if opposite:
        return "wrong sign"
    if other_strength:
        return "neutral or signed"
    if not rows:
        return "no row"
    if holders:
        return "holder right, target other"
    return "target right, holder other" if targets else "other rows"


def stance_losses(analysis: Analysis, gold: dict) -> Counter:
    """(class, where stated, gold holder type) -> number of gold stances of one article."""
    out: Counter = Counter()
    quoted = _quoted_spans(analysis, gold)
    predicted = _records(analysis, "stances")
    for stance in gold.get("stances") or []:
        sentences = set(locate_evidence(analysis.article, stance.get("evidence")))
        rows = [r for r in predicted if r.get("sentence_id") in sentences]
        spans = locate(analysis.article, stance.get("evidence"))
        inside = any(min(b, qb) > max(a, qa) for a, b in spans for qa, qb in quoted)
        holder_type = _gold_actor(gold, stance.get("holder")).get("type") or "?"
        cls = _stance_class(analysis, gold, stance, rows)
        out[(cls, "quotation" if inside else "narration", holder_type)] += 1
    return out


def _quote_class(analysis: Analysis, gold: dict, quote: dict, found: dict | None) -> str:
    names = gold_name_sets(gold)
    if found is None:
        return "not found"
    predicted = predicted_names(analysis, found.get("speaker"), found.get("speaker_id"))
    speaker = quote.get("speaker")
    if same_actor(predicted, speaker, names):
        return "right"
    if speaker is None:
        return "speaker where gold has none"
    if not predicted:
        return "no speaker"
    if not _known(analysis, speaker, names):
        return "speaker unknown to the tool"
    country = _actor_country(analysis, found.get("speaker_id"))
    same = country and country == _gold_actor(gold, speaker).get("country")
    return "other actor, same country" if same else "other actor"


def quote_losses(analysis: Analysis, gold: dict) -> Counter:
    """(class, gold quote kind) -> number of gold quotes of one article. A gold quote is
    judged by the row the speaker score pairs it with (:func:`quote_matches`: the row that
    overlaps it most), so that ``right`` here is a hit there; a wider row around it (a
    reported claim enclosing a quoted fragment) does not decide its class. A gold quote left
    without a pair is judged by the first row overlapping it, if any."""
    out: Counter = Counter()
    predicted = _records(analysis, "quotes")
    paired = {gi: pi for gi, pi, _ok in quote_matches(analysis, gold)}
    for gi, quote in enumerate(gold.get("quotes") or []):
        spans = locate(analysis.article, quote.get("text"))
        found = (
            predicted[paired[gi]]
            if gi in paired
            else next(
                (
                    r
                    for r in predicted
                    if any(min(r["end"], b) > max(r["start"], a) for a, b in spans)
                ),
                None,
            )
        )
        cls = _quote_class(analysis, gold, quote, found)
        out[(cls, str(quote.get("kind") or "?"))] += 1
    return out


def by(counts: Counter, *positions: int) -> Counter:
    """The counts summed over every part of the key but those at ``positions`` (e.g. the
    stance classes by where they are stated, whatever the holder)."""
    out: Counter = Counter()
    for parts, n in counts.items():
        out[tuple(parts[i] for i in positions)] += n
    return out


def loss_lines(title: str, counts: Counter, columns: Iterable[str]) -> list[str]:
    """A class table for the console: one line per class, most frequent first."""
    total = sum(counts.values())
    lines = [f"{title} ({total})", "  " + "  ".join(f"{c:<28}" for c in columns) + "   n"]
    for parts, n in counts.most_common():
        share = f"{n / total:.0%}" if total else ""
        lines.append("  " + "  ".join(f"{p:<28}" for p in parts) + f"{n:>4}  {share}")
    return lines
