"""An experimental learned stance source: a small logistic classifier over (holder, target)
pairs. The stance step calls it, but no weights are shipped, so it adds nothing (see
"Status").

Why: most stances the rules miss on unseen articles carry no polar word; they are implied by
acts and relations ("X a rappelé son ambassadeur à Y", "X a accueilli Y"). Rules keyed on
words plateau there, so this module scores every candidate pair of a sentence with features
a reader can check, with weights trained on the annotated dev articles by
:mod:`analysis.evaluation.stance_model` (which also cross-validates them).

Candidates (:func:`candidates`): in each sentence, a holder is an actor mention (person, state,
organisation) or, for a sentence inside a quote, the quote's speaker; a target is another
actor mention or a common noun with its modifiers (an issue: "l'accord de défense", "les
sanctions"). Features (:func:`features`): the word governing both ends (their lowest common
ancestor in the parse) and its lexicon families (``data/lexicons/stance_*.yaml`` read as
features, not as rules), the dependency relations of both ends to it, the target's
preposition, negation, clauses and quotes between them, the polar words of the sentence,
whether the holder is the subject, distance, and the kinds of both ends.

Rows (:func:`learned_rows`, :func:`rows_for`) are added only for pairs no rule row covers,
at or above the weights' probability threshold, with kind ``learned`` and a low confidence
(:data:`LEARNED_CONFIDENCE`), so they never reach the brief's "le plus net" lines (which need
a confidence of at least 0.75); the alignments and camps are weighed on the rule rows only.
With no weights file (:data:`WEIGHTS_PATH`) the rules decide alone.

Status (session 26, 206 dev articles, 1847 gold stances, 5-fold cross-validation grouped by
event, :mod:`analysis.evaluation.stance_model`): the candidates reach 80% of the gold stances.
As in session 8 the classifier finds implied stances but misreads their sign: rules alone
0.516 recall / 6 wrong signs; with learned rows 0.560 / 22 at p >= 0.5, 0.538 / 10 at 0.7,
0.529 / 8 at 0.8, 0.522 / 6 at 0.9 (53 rows, 11 stances gained). Its sign is right on 78% of
the candidates no rule covers that match a gold stance. Tried, and not better at equal wrong signs:
a row only where the model's sign agrees with a polar word governing or on the path to the
target, or with the rules' sign for the same holder in the sentence or for the same pair in
the article (p >= 0.9: 0.521 / 6; lower thresholds add wrong signs as fast as plain rows); a
detection model (stance or not) with the sign taken from that backing (0.523 / 6 at 0.9,
0.529 / 8 at 0.8); a two-stage model (detection, then a sign model trained on stances only,
with extra sign features: polar and lexicon words within three tokens of the target, the
target's first three ancestors and their polarity, negation on its path, a contrastive
conjunction in the sentence, the holder's governing verb): 0.534 / 8 at best without a
large loss; a sign model with those features is right on 79% of the matched candidates, the
three-class model on 78%. Only plain
rows at p >= 0.9 kept the wrong signs at the rules' count in the usual folds and in three
reshuffled event partitions (+6 to +11 stances, recall +0.003 to +0.006, 53 to 65 rows for
206 articles); at 0.85 one partition adds two wrong signs. With that setting (weights fitted
on all 206 dev articles, features seen in fewer than two training pairs dropped: the same
rows in cross-validation; 9,488 features, 0.5 MB) the held-out half did not move (stance
recall 0.380 -> 0.380, wrong signs 3 -> 3; dev in-sample 0.516 -> 0.523, 6 -> 6), and the
step cost 11% of an analysis (parse and steps, 60 dev articles, under load; 29% of the steps
alone). No gain on unseen text for that price: the weights are not shipped. ``python -m
analysis.evaluation.stance_model --write`` writes them to :data:`WEIGHTS_PATH`, which turns
the step on. The sign of an implied stance is still the limit: with the gold's sign the
same detections would give 0.58 (p(stance) >= 0.5) and 0.64 (>= 0.3), and most of the loss
to the 0.80 target is out of reach of these features.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from analysis.document.frames import records, rows
from analysis.document.tokens import doc_state
from analysis.extract.cues import fold, load_lexicon, norm
from analysis.resources.linear import load_weights, probabilities
from analysis.resources.paths import DATA_DIR

T = TypeVar("T")
CLASSES = (-1, 0, 1)
# trained on the dev articles by :mod:`analysis.evaluation.stance_model` (``--write``)
WEIGHTS_PATH = DATA_DIR / "models" / "stance_learned.json"
# the confidence of a learned row: below every rule kind, far below the headline threshold
LEARNED_CONFIDENCE = 0.4
# a noun's children that belong to the issue it names ("l'accord de défense signé")
_ISSUE_DEPS = {"det", "amod", "nmod", "case", "flat:name", "flat", "fixed", "compound", "nummod"}
_ACTOR_TYPES = {"person", "state", "organisation"}


@dataclass(frozen=True)
class End:
    """One end of a candidate pair: its name, actor id (None for an issue), the text that
    names it, its character span and its head token (None: a quote's speaker, outside)."""

    name: str
    actor_id: str | None
    text: str
    start: int
    end: int
    head: Token | None
    kind: str


@dataclass(frozen=True)
class Candidate:
    """A (holder, target) pair in one sentence."""

    sentence_id: int
    sent: Span
    holder: End
    target: End
    in_quote: bool


@functools.cache
def lexicon_families() -> dict[str, frozenset[str]]:
    """Word -> the lexicon lists it belongs to ("acts.agreements.verbs", "cues.oppose_verbs",
    "evaluative.negative"...): every single-word entry of the stance lexicons, as a feature."""
    out: dict[str, set[str]] = {}

    def walk(value: object, path: str) -> None:
        if isinstance(value, dict):
            if "lemma" in value:
                walk(value["lemma"], path)
                return
            for k, v in value.items():
                walk(v, f"{path}.{k}")
        elif isinstance(value, list):
            for v in value:
                walk(v, path)
        elif isinstance(value, str) and " " not in value.strip():
            out.setdefault(fold(value), set()).add(path)

    for name in ("stance_acts", "stance_cues", "stance_evaluative"):
        walk(load_lexicon(name), name.removeprefix("stance_"))
    return {w: frozenset(p) for w, p in out.items()}


def families(tok: Token) -> frozenset[str]:
    """The lexicon lists naming ``tok`` by its lemma or its form."""
    return _families(tok.lemma_, tok.text)


@functools.lru_cache(maxsize=65536)
def _folded(word: str) -> str:
    return fold(word)


@functools.lru_cache(maxsize=65536)
def _families(lemma: str, text: str) -> frozenset[str]:
    # memoised: every candidate pair reads every word of its sentence (the sentence's polar
    # words), and folding a word is most of the learned step's cost
    lex = lexicon_families()
    return lex.get(_folded(lemma), frozenset()) | lex.get(_folded(text), frozenset())


@functools.lru_cache(maxsize=4096)
def polarity_of(fams: frozenset[str]) -> int:
    """+1 / -1 when the lexicon lists say support / opposition (both or none: 0)."""
    pos = any(k in f for f in fams for k in ("support", "positive", "agreements", "rapprochement"))
    neg = any(
        k in f
        for f in fams
        for k in ("oppose", "negative", "ruptures", "hostile", "frictions", "protests")
    )
    return int(pos) - int(neg)


def head_of(sent: Span, start: int, end: int) -> Token | None:
    """The token of ``sent`` inside [start, end) whose head lies outside that span."""
    toks = [t for t in sent if start <= t.idx < end]
    for t in toks:
        if not (start <= t.head.idx < end) or t.head == t:
            return t
    return toks[0] if toks else None


def issue_span(noun: Token) -> tuple[int, int]:
    """The characters of the issue a noun names: the noun and its modifiers in the sentence
    (determiners, adjectives, "de" complements), not its relative clauses or appositions."""
    toks = [noun]
    stack = [c for c in noun.children if c.dep_ in _ISSUE_DEPS]
    while stack:
        c = stack.pop()
        toks.append(c)
        stack.extend(x for x in c.children if x.dep_ in _ISSUE_DEPS)
    lo = min(t.idx for t in toks)
    hi = max(t.idx + len(t) for t in toks)
    return lo, hi


def _sentence_ends(
    sent: Span, mentions: list[dict], types: dict[str, str], names: dict[str, str], text: str
) -> list[End]:
    """The actor mentions and the issues (common nouns) of one sentence (``text``: the
    Doc's, read once per article: ``Doc.text`` joins every token at each call)."""
    ends, covered = [], set()
    for m in mentions:
        aid = m["actor_id"]
        if types.get(aid) not in _ACTOR_TYPES:
            continue
        h = head_of(sent, m["start"], m["end"])
        if h is None:
            continue
        covered.update(range(m["start"], m["end"]))
        ends.append(End(names[aid], aid, m["text"], m["start"], m["end"], h, types[aid]))
    for t in sent:
        if t.pos_ == "NOUN" and t.idx not in covered and len(t.text) > 2:
            a, b = issue_span(t)
            ends.append(End(text[a:b], None, text[a:b], a, b, t, "issue"))
    return ends


def candidates(doc: Doc, sentences: list[tuple[int, int, int]], tables: dict) -> list[Candidate]:
    """Every (holder, target) pair of every sentence (``sentences``: id, start, end)."""
    actors = tables.get("actors")
    if actors is None or not len(actors):
        return []
    # DataFrames or the pipeline's light ``Rows`` (:mod:`analysis.document.frames`)
    types = dict(rows(actors, "actor_id", "type"))
    names = dict(rows(actors, "actor_id", "name"))
    by_sent: dict[int, list[dict]] = {}
    for m in records(tables.get("mentions")):
        by_sent.setdefault(int(m["sentence_id"]), []).append(m)
    qrows = records(tables.get("quotes"))
    out: list[Candidate] = []
    text = doc.text
    for sid, start, end in sentences:
        sent = doc.char_span(start, end, alignment_mode="expand")
        if sent is None:
            continue
        ends = _sentence_ends(sent, by_sent.get(sid, []), types, names, text)
        holders = [e for e in ends if e.actor_id]
        speakers = {
            q["speaker_id"]
            for q in qrows
            if isinstance(q["speaker_id"], str) and q["start"] < end and q["end"] > start
        }
        for spk in speakers:
            if spk in types and all(h.actor_id != spk for h in holders):
                holders.append(End(names[spk], spk, names[spk], -1, -1, None, types[spk]))
        for h in holders:
            for t in ends:
                if t.actor_id != h.actor_id and not (t.start < h.end and h.start < t.end):
                    out.append(Candidate(sid, sent, h, t, h.head is None or h.actor_id in speakers))
    return out


def _per_token(fn: Callable[[Token], T]) -> Callable[[Token], T]:
    """``fn`` memoised per token on its Doc (:func:`doc_state`): every pair of a sentence asks
    the same few tokens (the anchor, the target's head) for their chain, negation and
    preposition, and spaCy makes a new object for each child or ancestor it hands back."""
    name = f"learned.{fn.__name__}"

    @functools.wraps(fn)
    def memoised(tok: Token) -> T:
        memo = doc_state(tok.doc).setdefault(name, {})
        try:
            return memo[tok.i]
        except KeyError:
            value = memo[tok.i] = fn(tok)
            return value

    return memoised


@_per_token
def _chain(tok: Token) -> list[Token]:
    """``tok`` and its ancestors (shared: read it, never change it)."""
    return [tok, *tok.ancestors]


def _lca(a: Token, b: Token) -> tuple[Token, Token | None, Token | None]:
    """Lowest common ancestor of a and b, and the child of it on each one's path (None when
    the end is the ancestor itself)."""
    ca, cb = _chain(a), _chain(b)
    seen = {t.i: n for n, t in enumerate(ca)}
    for n, t in enumerate(cb):
        if t.i in seen:
            k = seen[t.i]
            return t, (ca[k - 1] if k else None), (cb[n - 1] if n else None)
    root = ca[-1]
    return root, ca[-1], cb[-1]


@_per_token
def _negated(tok: Token) -> bool:
    neg = {"pas", "jamais", "plus", "guère", "aucun", "aucune", "ni"}
    return any(norm(c.text) in neg and c.dep_ in ("advmod", "det") for c in tok.children)


@_per_token
def _prep(tok: Token) -> str:
    cases = [norm(c.text) for c in tok.children if c.dep_ in ("case", "mark")]
    return "_".join(cases) or "-"


def _bucket(n: int) -> str:
    return "0-3" if n <= 3 else "4-8" if n <= 8 else "9-15" if n <= 15 else "16+"


def _path_clauses(top: Token, tok: Token) -> list[str]:
    out = []
    for t in _chain(tok):
        if t == top:
            break
        if t.dep_ in ("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "csubj"):
            out.append(t.dep_)
    return out


def priors(rule_rows: list[dict]) -> dict:
    """The signs the rules found in the article: per (holder, target) pair in either
    direction, per holder, and overall — an implied stance usually follows the article's
    stated ones (a crisis article's unmarked acts are hostile, a visit's are friendly)."""
    out: dict = {"article": 0}
    for r in rule_rows:
        pol = int(r["polarity"] or 0)
        h, t = r["holder_id"], r["target_id"]
        out["article"] += pol
        if isinstance(h, str):
            out[("holder", h)] = out.get(("holder", h), 0) + pol
            if isinstance(t, str):
                for pair in ((h, t), (t, h)):
                    out[pair] = out.get(pair, 0) + pol
    return out


def _sign(v: int) -> str:
    return "+" if v > 0 else "-" if v < 0 else "0"


def prior_features(c: Candidate, prior: dict) -> list[str]:
    """The rules' signs around a candidate, as features (see :func:`priors`)."""
    f = [f"artprior:{_sign(prior.get('article', 0))}"]
    f.append(f"holderprior:{_sign(prior.get(('holder', c.holder.actor_id), 0))}")
    if c.target.actor_id is not None:
        f.append(f"pairprior:{_sign(prior.get((c.holder.actor_id, c.target.actor_id), 0))}")
    return f


def sentence_polarities(sent: Span) -> list[int]:
    """The lexicon polarity of each polar verb, noun and adjective of ``sent``: the same for
    every pair of the sentence, so memoised on the Doc (:func:`doc_state`)."""
    memo = doc_state(sent.doc).setdefault("learned_sentence_polarities", {})
    key = (sent.start, sent.end)
    if key not in memo:
        pols = (polarity_of(families(w)) for w in sent if w.pos_ in ("VERB", "NOUN", "ADJ"))
        memo[key] = [p for p in pols if p]
    return memo[key]


def features(c: Candidate, prior: dict | None = None) -> list[str]:
    """The readable features of one candidate pair (see the module docstring)."""
    t = c.target.head
    f = ["bias", f"ttype:{'issue' if c.target.actor_id is None else 'actor'}"]
    if prior is not None:
        f.extend(prior_features(c, prior))
    f.append(f"htype:{c.holder.kind}")
    f.append(f"tprep:{_prep(t)}")
    if c.target.actor_id is None:
        f.append(f"tlemma:{_folded(t.lemma_)}")
        f.extend(f"tfam:{x}" for x in families(t))
    if c.in_quote:
        f.append("inquote")
    if c.holder.head is None:
        anchor, hchild, tchild = _lca(c.sent.root, t)
        hdep = "speaker"
        f.append("hdep:speaker")
    else:
        anchor, hchild, tchild = _lca(c.holder.head, t)
        hdep = hchild.dep_ if hchild is not None else "self"
        f.append(f"hdep:{hdep}")
        f.append(f"dist:{_bucket(abs(c.holder.head.i - t.i))}")
        f.append(f"order:{'ht' if c.holder.head.i < t.i else 'th'}")
        if c.holder.head.dep_.startswith("nsubj"):
            f.append("hsubj")
        f.extend(f"hclause:{x}" for x in _path_clauses(anchor, c.holder.head))
    tdep = tchild.dep_ if tchild is not None else "self"
    f.append(f"tdep:{tdep}")
    f.append(f"pair:{hdep}|{tdep}")
    lemma = _folded(anchor.lemma_)
    f.append(f"lca:{lemma}")
    f.append(f"lcapos:{anchor.pos_}")
    f.append(f"lca_tprep:{lemma}|{_prep(t)}")
    fams = families(anchor)
    f.extend(f"fam:{x}" for x in fams)
    head = t.head if t.head != t else t
    f.extend(f"thfam:{x}" for x in families(head))
    f.append(f"thead:{_folded(head.lemma_)}")
    neg = _negated(anchor) or _negated(head)
    if neg:
        f.append("neg")
    pol = polarity_of(fams | families(head))
    if pol:
        f.append(f"lcapol:{pol:+d}{'|neg' if neg else ''}")
    f.extend(f"tclause:{x}" for x in _path_clauses(anchor, t))
    spol = sentence_polarities(c.sent)
    f.extend(f"spol:{p:+d}" for p in set(spol) if p)
    f.append(f"sbal:{_sign(sum(spol))}")
    up = _chain(t)[1:]  # the words between the target and the anchor, on the target's side
    path = up[: [x.i for x in up].index(anchor.i)] if any(x.i == anchor.i for x in up) else []
    ppol = sum(polarity_of(families(x)) for x in path)
    if ppol:
        f.append(f"pathpol:{_sign(ppol)}{'|neg' if neg else ''}")
    return f


def covered(c: Candidate, rule_rows: list[dict]) -> bool:
    """A rule row of the same sentence and holder already names this target."""
    for r in rule_rows:
        if r["sentence_id"] != c.sentence_id or r["holder_id"] != c.holder.actor_id:
            continue
        if c.target.actor_id is not None and r["target_id"] == c.target.actor_id:
            return True
        text = fold(f"{r['target']} {r.get('target_text') or ''}")
        if c.target.actor_id is None and fold(c.target.head.text) in text.split():
            return True
    return False


def record(c: Candidate, polarity: int, prob: float) -> dict:
    """The stances-table record of a learned row (evidence: the span over both ends)."""
    points = [c.target.start, c.target.end]
    if c.holder.head is not None:
        points += [c.holder.start, c.holder.end]
    start, end = min(points), max(points)
    text = c.sent.doc.text
    return {
        "holder": c.holder.name,
        "holder_id": c.holder.actor_id,
        "target": c.target.name,
        "target_id": c.target.actor_id,
        "polarity": polarity,
        "cue": fold(c.target.head.head.lemma_),
        "hedged": False,
        "confidence": round(min(LEARNED_CONFIDENCE, prob * LEARNED_CONFIDENCE), 3),
        "sentence_id": c.sentence_id,
        "start": start,
        "end": end,
        "sentence": c.sent.text,
        "target_text": c.target.text,
        "kind": "learned",
        "evidence": text[start:end],
    }


def scored(
    cands: list[Candidate],
    weights: dict,
    feats: list[list[str]] | None = None,
    prior: dict | None = None,
) -> list[tuple[Candidate, int, float]]:
    """(candidate, predicted sign, its probability) for candidates whose most probable class
    is a sign, at or above the weights' threshold."""
    out = []
    thr = float(weights.get("threshold", 1.1))
    for n, c in enumerate(cands):
        p = probabilities(weights, feats[n] if feats is not None else features(c, prior))
        sign = max(p, key=p.get)
        if sign and p[sign] >= thr:
            out.append((c, sign, p[sign]))
    return out


def learned_rows(
    cands: list[Candidate],
    rule_rows: list[dict],
    weights: dict,
    feats: list[list[str]] | None = None,
) -> list[dict]:
    """Learned records for pairs no rule row covers: the best one per sentence, holder and
    target."""
    keep = [n for n, c in enumerate(cands) if not covered(c, rule_rows)]  # before features
    cands = [cands[n] for n in keep]
    feats = [feats[n] for n in keep] if feats is not None else None
    best: dict[tuple, tuple[float, dict]] = {}
    for c, sign, prob in scored(cands, weights, feats, priors(rule_rows)):
        k = (c.sentence_id, c.holder.actor_id, c.target.actor_id or fold(c.target.head.text))
        if k not in best or prob > best[k][0]:
            best[k] = (prob, record(c, sign, prob))
    return [r for _p, r in best.values()]


@functools.cache
def stored_weights() -> dict | None:
    """The shipped weights (:data:`WEIGHTS_PATH`), read once; None without the file (then
    :func:`rows_for` adds nothing and the rules decide alone)."""
    return load_weights(WEIGHTS_PATH)


def rows_for(
    doc: Doc,
    sentences: list[tuple[int, int, int, str]],
    tables: dict,
    rule_rows: list[dict],
    weights: dict | None = None,
) -> list[dict]:
    """The learned rows of one article, after its rule rows (``sentences``: id, start, end,
    text of the article's sentences): nothing without weights, and nothing in an article
    without actors."""
    weights = weights if weights is not None else stored_weights()
    if not weights:
        return []
    cands = candidates(doc, [(sid, a, b) for sid, a, b, _t in sentences], tables)
    if not cands:
        return []
    texts = {sid: text for sid, _a, _b, text in sentences}
    out = learned_rows(cands, rule_rows, weights)
    for r in out:
        r["sentence"] = texts.get(r["sentence_id"], r["sentence"])  # as the rule rows have it
    return out
