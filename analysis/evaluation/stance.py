"""Score quotes and stances against the gold annotations (data/annotations/*.yaml).

Metrics (targets in :data:`analysis.evaluation.TARGETS`):

* ``quote_recall`` — share of gold quotes matched by a predicted quote whose span overlaps
  one of the gold text's occurrences in the article (one-to-one, best overlap first);
* ``speaker_accuracy`` — over matched quotes, share whose predicted speaker is the gold
  speaker: names compared case-, accent- and apostrophe-insensitively, against the gold
  actor's aliases and the predicted actor's aliases; gold ``null`` matches an unattributed
  quote;
* ``stance_recall`` — share of gold stances matched by a predicted stance with the same
  holder (name/aliases), a target containing one of the gold ``target_terms`` as whole words
  (case, accents and punctuation ignored) or the gold target actor, and evidence in the
  sentence of the gold evidence, with the same polarity;
* ``wrong_sign`` — gold stances for which a matching predicted stance has the opposite sign.

Gold texts are located exactly, then with typography normalised; evidence that cannot be
found verbatim is located in the sentence sharing most of its words (gold written by hand may
differ by a word from the article).
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

from analysis.document.article import Article
from analysis.pipeline import Analysis

_TYPO = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "\u202f": " "})
_ARTICLES = re.compile(r"^(?:les|le|la|l|un|une|des|du|de|d)\s+")


def key(value: object) -> str:
    """Case-, accent-, apostrophe- and hyphen-insensitive key, leading article removed."""
    text = str(value or "").translate(_TYPO)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = " ".join(re.sub(r"['’\-]", " ", text.lower()).split())
    return _ARTICLES.sub("", text)


def words_key(value: object) -> str:
    """:func:`key` reduced to its words: punctuation and quote marks never stop a target term
    from matching ("routes de la soie," contains "routes de la soie")."""
    return " ".join(re.findall(r"\w+", key(value)))


def locate(article: Article, snippet: str) -> list[tuple[int, int]]:
    """Every occurrence of ``snippet`` in the article (exact, then typography-normalised)."""
    snippet = str(snippet or "").strip()
    if not snippet:
        return []
    out = [
        (m.start(), m.start() + len(snippet)) for m in re.finditer(re.escape(snippet), article.text)
    ]
    if out:
        return out
    norm_text = article.text.translate(_TYPO)
    norm_snip = snippet.translate(_TYPO)
    return [
        (m.start(), m.start() + len(norm_snip))
        for m in re.finditer(re.escape(norm_snip), norm_text)
    ]


def locate_evidence(article: Article, snippet: str) -> list[int]:
    """Sentence ids holding the evidence (best word-overlap sentence if not verbatim)."""
    spans = locate(article, snippet)
    ids = set()
    for a, b in spans:
        for off in (a, b - 1):
            s = article.sentence_at(off)
            if s is not None:
                ids.add(s.id)
    if ids:
        return sorted(ids)
    words = set(re.findall(r"\w+", key(snippet)))
    if not words:
        return []
    best, best_id = 0.0, None
    for s in article.sentences:
        sw = set(re.findall(r"\w+", key(s.text)))
        overlap = len(words & sw) / len(words)
        if overlap > best:
            best, best_id = overlap, s.id
    return [best_id] if best >= 0.6 and best_id is not None else []


def gold_name_sets(gold: dict) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for a in gold.get("actors") or []:
        k = key(a.get("name"))
        names[k] = {k} | {key(x) for x in a.get("aliases") or []}
    return names


def predicted_names(analysis: Analysis, name: object, actor_id: object) -> set[str]:
    out = set()
    if isinstance(name, str) and name.strip():
        out.add(key(name))
    actors = analysis.tables.get("actors")
    if actors is not None and isinstance(actor_id, str) and actor_id:
        row = actors[actors["actor_id"].astype(str) == actor_id]
        if len(row):
            r = row.iloc[0]
            out.add(key(r["name"]))
            aliases = r.get("aliases")
            if isinstance(aliases, str):
                out |= {key(x) for x in re.split(r"[|;]", aliases) if x.strip()}
            elif isinstance(aliases, list | tuple):
                out |= {key(x) for x in aliases}
    out.discard("")
    return out


def same_actor(pred: set[str], gold_name: object, gold_names: dict[str, set[str]]) -> bool:
    if gold_name is None:
        return not pred
    g = key(gold_name)
    return bool(pred & gold_names.get(g, {g}))


def quote_matches(analysis: Analysis, gold: dict) -> list[tuple[int, int, bool]]:
    """The one-to-one matching of predicted and gold quotations: (gold index, row index,
    speaker right), each gold quote taken by the row that overlaps it most (a row with the
    right speaker first on ties), each row used once. Shared by :func:`score_quotes` and the
    speaker ranker's trainer, so both count a quote the same way."""
    golds = gold.get("quotes") or []
    q = analysis.tables.get("quotes")
    if q is None or not len(q) or not golds:
        return []
    preds = list(q[["start", "end", "speaker", "speaker_id"]].itertuples(index=False, name=None))
    names = gold_name_sets(gold)
    pairs = []
    for gi, g in enumerate(golds):
        occ = locate(analysis.article, g.get("text"))
        for pi, (a, b, spk, sid) in enumerate(preds):
            best = 0.0
            for ga, gb in occ:
                inter = min(b, gb) - max(a, ga)
                if inter > 0:
                    best = max(best, inter / (max(b, gb) - min(a, ga)))
            if best > 0:
                ok = same_actor(predicted_names(analysis, spk, sid), g.get("speaker"), names)
                pairs.append((best, ok, gi, pi))
    pairs.sort(key=lambda x: (-x[0], not x[1]))
    used_g, used_p, out = set(), set(), []
    for _iou, ok, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, ok))
    return out


def score_quotes(analysis: Analysis, gold: dict) -> dict[str, float]:
    golds = gold.get("quotes") or []
    if not golds:
        return {}
    found = quote_matches(analysis, gold)
    matched = len(found)
    correct = sum(ok for _gi, _pi, ok in found)
    return {
        "quote_recall": matched / len(golds),
        "speaker_accuracy": correct / matched if matched else 0.0,
    }


def score_stances(analysis: Analysis, gold: dict) -> dict[str, float]:
    art = analysis.article
    golds = gold.get("stances") or []
    if not golds:
        return {}
    st = analysis.tables.get("stances")
    if st is None:
        st = pd.DataFrame(
            columns=["holder", "holder_id", "target", "target_id", "polarity", "sentence_id"]
        )
    names = gold_name_sets(gold)
    preds = []
    for r in st.to_dict("records"):
        target_names = predicted_names(analysis, r.get("target"), r.get("target_id"))
        target_text = " ".join(
            str(r.get(c) or "") for c in ("target", "target_text") if isinstance(r.get(c), str)
        )
        preds.append(
            (
                predicted_names(analysis, r.get("holder"), r.get("holder_id")),
                target_names,
                words_key(target_text),
                int(r.get("polarity") or 0),
                r.get("sentence_id"),
            )
        )
    hits = wrong = 0
    for g in golds:
        sids = set(locate_evidence(art, g.get("evidence")))
        terms = [words_key(t) for t in g.get("target_terms") or [] if words_key(t)]
        gt = key(g.get("target"))
        target_names = names.get(gt, {gt})
        same = opposite = False
        for holder, tnames, ttext, pol, sid in preds:
            if sid not in sids or not same_actor(holder, g.get("holder"), names):
                continue
            padded = f" {ttext} "
            if not (any(f" {t} " in padded for t in terms) or (tnames and tnames & target_names)):
                continue
            gp = int(g.get("polarity") or 0)
            if pol == gp:
                same = True
            elif pol * gp < 0:
                opposite = True
        hits += same
        wrong += opposite
    return {"stance_recall": hits / len(golds), "wrong_sign": float(wrong)}


def score(analysis: Analysis, gold: dict) -> dict[str, float]:
    """Quote and stance metrics of one analysed article against its gold file."""
    return {**score_quotes(analysis, gold), **score_stances(analysis, gold)}
