"""Stance: who is for or against whom (or what), with the words that show it; camps.

Tables:
  stances    — holder, holder_id, target, target_id, polarity, cue, hedged, confidence,
               sentence_id, start, end, sentence, target_text, kind, evidence
  camps, alignments — see :mod:`analysis.extract.stance.camps` (computed here from the stances)

Why: stance is what an analyst reads the article for, and every claim must be traceable, so
each row carries the cue word, the sentence and an evidence span (``evidence ==
article.text[start:end]``). Rows come from five families of French cues, all listed in
``data/lexicons/stance_*.yaml``:

* support / opposition verbs and nouns ("soutenir", "apporter un soutien appuyé à",
  "dénoncer", "sa lutte armée contre"), with passive agents ("soutenus par l'Algérie") and
  infinitives controlled by their governing verb ("ont appelé à ... pour fustiger");
* acts: agreements between parties, rapprochement, ruptures ("rompre ses relations avec"),
  frictions ("tension entre X et Y"), visits and invitations, protests, readiness ("prêt à"),
  pressure ("appeler X à", "réclamer des excuses de X"), relation nouns ("principal allié de");
* evaluative quotations attributed to a speaker ("une « visite de façade »", "« France,
  dégage ! »"), and the evaluative words of direct quotes, clause by clause; in anyone's
  attributed words (reported speech too) a harming subject ("l'accord risque de vider les
  hôpitaux") and a preference ("mieux vaut X plutôt que Y").

Targets: a relation noun stands for its "avec" partner ("saluer une amitié avec X"); a clitic
"y"/"en" ("X s'y oppose") for the issue of the latest stance; "plaider pour que ..." for the
clause; what a demand asks for ("appeler X à accepter un cessez-le-feu") or asks to end
("exiger le retrait de ...", "appeler à cesser ..."). Holders: a nationality adjective ("la
demande kényane de ..."), the "de" complement of a demand in apposition (", une revendication
de X"), the subject of a demand for a passive act ("X réclame que la coopération avec Y soit
suspendue").

Negation ("ne soutient pas", "refuser de", "sans") flips the polarity; hedges (conditional,
"semble", "pourrait", "croit savoir") are flagged and lower the confidence — except the
conditional of reported speech after a past speech verb ("a assuré que la France
soutiendrait"), which is a future in the past. Camps are connected groups of actors whose
stances toward each other, or toward the same issue, agree.

Cost: per-sentence work over the tokens, plus bisect lookups (see
:mod:`analysis.extract.quotes.speakers`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from types import SimpleNamespace

import pandas as pd
from spacy.tokens import Span, Token

from analysis.document.context import Context, pipeline_step
from analysis.document.frames import frame, records
from analysis.document.frames import rows as frame_rows
from analysis.document.tokens import view
from analysis.extract.cues import (
    Cues,
    cues,
    fold,
    is_conditional,
    is_negated,
    lemma_keys,
    matches,
    norm,
    ordered_keys,
)
from analysis.extract.quotes.speakers import DE, Party, Resolver, syntax
from analysis.extract.stance.camps import (
    ALIGN_COLUMNS,
    CAMP_COLUMNS,
    STANCE_FIELDS,
    alignment_rows,
    alignments,
    camp_rows,
    camps,
)
from analysis.resources.gazetteer import countries, country_of_adjective

STANCE_COLUMNS = [
    "holder",
    "holder_id",
    "target",
    "target_id",
    "polarity",
    "cue",
    "hedged",
    "confidence",
    "sentence_id",
    "start",
    "end",
    "sentence",
    "target_text",
    "kind",
    "evidence",
]

# every detector but `readiness` starts by requiring one of these parts of speech
_DETECTED_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})
DIPLOMATIC_VERBS = frozenset({"rappeler", "expulser", "convoquer"})


@dataclass(frozen=True)
class _Gates:
    """The lexicons the detectors start by testing a token against, as sets (see
    :meth:`StanceFinder.run`): a token that none of them names skips the detector call."""

    stance_verbs: frozenset[str]  # verb_cue (a token that is not a noun)
    agreement_verbs: frozenset[str]  # agreement
    visit_verbs: frozenset[str]  # visit ("se rendre", "visiter", hosts)
    verbs: frozenset[str]  # any of the verb lexicons (agreement, diplomatic_act, visit, ...)
    nouns: frozenset[str]  # noun_cue, friction, visit and relation nouns
    ready: frozenset[str]  # readiness
    # what comes before a space in an evaluative term: the first word(s) of a multi-word term
    term_heads: frozenset[str]


_GATES: dict[int, tuple[Cues, _Gates]] = {}


def _gates(c: Cues) -> _Gates:
    """:class:`_Gates` of the lexicons ``c`` (built once per Cues: it is a process-wide
    object; keyed by identity, as :class:`Cues` is not hashable)."""
    hit = _GATES.get(id(c))
    if hit is None or hit[0] is not c:
        acts = c.acts
        agreement = frozenset().union(
            acts["agreements"]["verbs"],
            acts["rapprochement"]["verbs"],
            acts["partnership_verbs"],
            acts["ruptures"]["verbs"],
        )
        visit = frozenset({"rendre", "visiter"}) | acts["visits"]["hosts"]
        gates = _Gates(
            stance_verbs=frozenset(c.stance_verbs),
            agreement_verbs=agreement,
            visit_verbs=visit,
            verbs=agreement | visit | DIPLOMATIC_VERBS | c.demand_verbs | c.appreciation_verbs,
            nouns=frozenset(c.stance_nouns)
            | acts["frictions"]["nouns"]
            | acts["visits"]["nouns"]
            | c.relation_support
            | c.relation_oppose,
            ready=c.ready_support | c.ready_oppose,
            term_heads=frozenset(
                term[:k]
                for term in c.positive_terms | c.negative_terms
                for k, ch in enumerate(term)
                if ch == " "
            ),
        )
        if len(_GATES) > 16:
            _GATES.clear()
        hit = _GATES[id(c)] = (c, gates)
    return hit[1]


@functools.lru_cache(maxsize=256)
def _prep_seqs(preps: tuple[str, ...] | frozenset[str]) -> list[tuple[str, ...]]:
    """The prepositions as word sequences, the longest first (memoised: each detector passes
    the same few lexicons; among sequences of one length the first match wins, and any
    gives the same result)."""
    return sorted((tuple(p.split()) for p in preps), key=len, reverse=True)


BASE_CONFIDENCE = {
    "verb": 0.85,
    "noun": 0.8,
    "agreement": 0.75,
    "rupture": 0.8,
    "friction": 0.6,
    "readiness": 0.75,
    "appreciation": 0.75,
    "relation": 0.7,
    "demand": 0.5,
    "visit": 0.55,
    "host": 0.5,
    "quote": 0.6,
    "quote-clause": 0.5,
    "co-holder": 0.6,
    "derived": 0.5,
    "implicit": 0.45,
}
# Nouns whose "de X" complement is who the target really is ("la venue de X", "le courage
# de X"): a stance on them is a stance on X.
ATTRIBUTE_NOUNS = frozenset(
    "venue visite présence courage politique diplomatie décision position attitude rôle action "
    "actions comportement régime attaque attaques offensive agression ingérence menace menaces "
    "déclaration déclarations propos réponse initiative proposition plan projet engagement "
    "candidature arrivée gouvernement stratégie choix intervention "
    "provocations provocation".split()
)
# stances whose issue target a later clitic ("s'y opposer") may refer back to
ISSUE_KINDS = frozenset(["verb", "noun", "readiness", "appreciation", "demand"])
ADDRESSEE_PREPS = frozenset("pour envers".split())
REFLEXIVE = frozenset(["se", "s'"])
FIRST_PERSON = frozenset("je j' nous me m' moi mon ma mes notre nos".split())
MAX_TARGET = 90


def doc_pos(t: Token) -> str:
    return t.pos_


MONTHS = frozenset(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "semaine mois année an soir matin midi hiver printemps été automne week-end lendemain "
    "veille".split()
)


@dataclass
class Target:
    """What a stance is about: an actor (``actor_id``) or an issue (its noun phrase)."""

    name: str
    actor_id: str | None
    text: str
    start: int
    end: int


@dataclass
class Row:
    holder: Party
    target: Target
    polarity: int
    cue: str
    kind: str
    cue_tok: Token
    hedged: bool = False
    confidence: float = 0.0


class StanceFinder:
    """Finds the stances of one article (see the module docstring)."""

    def __init__(self, ctx: Context, c: Cues | None = None) -> None:
        self.article, self.doc = ctx.article, ctx.doc
        self.c = c or cues()
        self.res = Resolver(ctx.article, ctx.doc, ctx.tables, self.c)
        self.quotes = ctx.tables.get("quotes")
        if self.quotes is not None and len(self.quotes):
            spans = [
                (int(a), int(b))
                for a, b, k in frame_rows(self.quotes, "start", "end", "kind")
                if k != "reported"
            ]
            self.res.set_quote_spans(spans)
        self.stance_verbs = frozenset(self.c.stance_verbs)
        self._states: dict[str, str] = {}
        for aid, row in self.res.actors.items():
            if str(row.get("type")) == "state" and isinstance(row.get("country"), str):
                self._states.setdefault(row["country"], aid)
        self.rows: list[Row] = []
        # (sentence id, target) of the issues stances were taken on, for "s'y opposer"
        self.issues: list[tuple[int, Target]] = []
        self._sid = 0
        self.tv = view(self.doc)
        self.low = syntax(self.doc).low  # norm(token.text) of every token
        self._gates = _gates(self.c)
        self._agreement_verbs = self._gates.agreement_verbs
        # per-token memo of :meth:`hedged` (several rows share a cue token)
        self._hedge_memo_tok: dict[tuple[int, int, int], bool] = {}

    def _has_child(self, i: int, deps: tuple[str, ...]) -> bool:
        """Token i has a child with one of the dependency labels ``deps`` (read from the token
        view: detectors ask this of every verb and noun)."""
        dep = self.tv.dep
        return any(dep[c] in deps for c in self.tv.children[i])

    # ------------------------------------------------------------------ targets

    def target_np(self, head: Token, *, stop: int | None = None, pps: bool = True) -> Target:
        i, j = self.res.chunk(head, pps=pps, appos=False)
        if stop is not None and i < stop <= j:
            j = stop
        return self._target_range(i, j, head)

    def _target_range(self, i: int, j: int, head: Token | None = None) -> Target:
        doc, text, tv = self.doc, self.article.text, self.tv
        words, pos = tv.text, tv.pos
        while i < j and (tv.punct[i] and words[i] not in ("«", '"', "“")):
            i += 1
        while j > i and (
            words[j - 1] in (",", ";", ":", ".", "(")
            or pos[j - 1] in ("ADP", "CCONJ", "DET")
            or (j - 1 > i and pos[j - 1] == "VERB" and "Part" in tv.morph(j - 1, "VerbForm"))
        ):
            j -= 1
        if i >= j:
            t = head or doc[i]
            return Target(t.text, None, t.text, t.idx, t.idx + len(t))
        head = head if head is not None and i <= head.i < j else self.res._head_of(i, j)
        start, end = tv.idx[i], tv.end[j - 1]
        span_text = text[start:end]
        aid = None
        for s, e, a in self.res.mentions_in(start, end):
            if s <= head.idx < e:
                aid = a
                break
        if (
            aid is None
            and norm(head.lemma_) in ATTRIBUTE_NOUNS | {norm(head.text)} & ATTRIBUTE_NOUNS
        ):
            aid = self._complement_actor(head, j)
        if aid is None and head.pos_ == "PROPN":
            p = self.res.party(i, j, head)
            if p.identified and p.actor_id:
                aid = p.actor_id
        name = self.res.actor_name(aid) if aid is not None else self._label(span_text)
        if aid is None and head.pos_ == "PROPN":
            p = self.res.party(i, j, head)
            if p.identified:
                name = p.name or name
        return Target(name, aid, span_text, start, end)

    def _head_is_actor(self, head: Token, start: int, end: int, aid: str) -> bool:
        return any(s <= head.idx < e and a == aid for s, e, a in self.res.mentions_in(start, end))

    def _complement_actor(self, head: Token, j: int) -> str | None:
        doc = self.doc
        k = head.i + 1
        while k < j:
            if norm(doc[k].text) in DE and k + 1 < j:
                rng = self.res.np_after(k + 1, j)
                if rng:
                    p = self.res.party(*rng)
                    if p.identified and p.actor_id:
                        return p.actor_id
                return None
            k += 1
        return None

    def _label(self, text: str) -> str:
        text = re.sub(r"[«»\"“”]", "", text)
        text = re.sub(
            r"^(?:(?:les|le|la|un|une|des|du|de|ses|son|sa|leur|leurs|ce|cet|cette|ces|toute|"
            r"tout|tous|toutes)\s+|l'|l’|d'|d’)",
            "",
            text.strip(),
            flags=re.I,
        )
        text = " ".join(text.split())
        if len(text) > MAX_TARGET:
            text = text[:MAX_TARGET].rsplit(" ", 1)[0] + "…"
        return text

    def party_target(self, p: Party) -> Target:
        return Target(p.name or "", p.actor_id, self.article.text[p.start : p.end], p.start, p.end)

    def is_time(self, t: Token) -> bool:
        w = norm(t.text)
        return w in self.c.skip_after_verb or w in MONTHS

    def _is_time_at(self, i: int) -> bool:
        """:meth:`is_time` of token i."""
        w = self.low[i]
        return w in self.c.skip_after_verb or w in MONTHS

    def object_of(self, verb: Token, sent: Span) -> Token | None:
        # read from the token view: detectors ask this of most verbs
        tv = self.tv
        dep, pos, kids = tv.dep, tv.pos, tv.children[verb.i]
        for ch in kids:
            if dep[ch] == "obj" and pos[ch] in ("NOUN", "PROPN", "NUM", "ADJ"):
                if not self._is_time_at(ch):
                    return tv.tokens[ch]
        for ch in kids:
            if dep[ch] in ("obl:arg", "obj") and pos[ch] in ("NOUN", "PROPN"):
                if not self._is_time_at(ch):
                    return tv.tokens[ch]
        text = tv.text
        v = verb.i
        k, end = v + 1, min(sent.end, v + 7)
        while k < end:
            if pos[k] in ("NOUN", "PROPN") and not self._is_time_at(k):
                return tv.tokens[k]
            if pos[k] in ("VERB", "AUX", "SCONJ") or text[k] in (",", ";", ".", ":"):
                return None
            k += 1
        return None

    def prep_np(
        self, after: int, preps: tuple[str, ...] | frozenset[str], sent: Span, window: int = 6
    ) -> tuple[int, Token] | None:
        """First "prep NP" within ``window`` tokens after index ``after``: (prep index, head)."""
        tv, low = self.tv, self.low
        pos, text = tv.pos, tv.text
        seqs = _prep_seqs(preps)
        end = sent.end
        k = after
        while k < end and k <= after + window:
            words = low[k : min(k + 4, end)]
            for seq in seqs:
                if tuple(words[: len(seq)]) == seq or (
                    seq[0] in ("au", "aux", "du", "des") and words[:1] == [seq[0]]
                ):
                    m = k + len(seq)
                    while m < end and (
                        (
                            pos[m] in ("DET", "ADJ", "NUM")
                            and not (text[m][:1].isupper() and pos[m] == "ADJ")
                        )
                        or text[m] in ('"', "«", "“")
                    ):
                        m += 1
                    if m < end and pos[m] in ("NOUN", "PROPN", "ADJ", "VERB", "PRON"):
                        return k, tv.tokens[m]
                    return None
            if text[k] in (";", ".", ":") or (
                pos[k] in ("VERB", "AUX") and "Fin" in tv.morph(k, "VerbForm")
            ):
                return None
            k += 1
        return None

    def preceding_np(self, k: int, sent: Span) -> Token | None:
        """Head of the noun phrase just before token k (skipping quote marks and one comma)."""
        doc = self.doc
        j = k - 1
        while j >= sent.start and (doc[j].text in ('"', "»", "”", "«", "“") or doc[j].is_space):
            j -= 1
        if j >= sent.start and doc[j].text == ",":
            j -= 1
        i = j
        while i >= sent.start and (
            doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "DET")
            or norm(doc[i].text) in DE
            or doc[i].text in ('"', "«", "»", "“", "”", "-")
            or (
                norm(doc[i].text) in ("et", "ou")
                and i > sent.start
                and doc[i - 1].pos_ in ("ADJ", "NOUN")
            )
        ):
            i -= 1
        for t in doc[i + 1 : j + 1]:
            if t.pos_ in ("NOUN", "PROPN"):
                return t
        return None

    # ------------------------------------------------------------------ modality

    def negated(self, t: Token) -> bool:
        """Negation on the cue, on a governing verb, by a negating verb or by "sans"."""
        tv = self.tv
        node, steps = t, 0
        neg = False
        while steps < 3:
            n = node.i
            if is_negated(node, self.c):
                neg = not neg
            if node is not t and matches(node, self.c.negating_verbs, self.c):
                neg = not neg
            if n > 0 and self.low[n - 1] in self.c.without and tv.pos[n] == "VERB":
                neg = not neg
            if tv.dep[n] in ("xcomp", "ccomp") and tv.head[n] != n:
                node = tv.tokens[tv.head[n]]
                steps += 1
                continue
            break
        return neg

    def hedged(self, t: Token, sent: Span) -> bool:
        """A hedge on the cue, its governing verbs or its sentence (memoised per cue token:
        rows often share one)."""
        key = (t.i, sent.start_char, sent.end_char)
        memo = self._hedge_memo_tok
        hit = memo.get(key)
        if hit is None:
            hit = memo[key] = self._hedged(t, sent)
        return hit

    def _hedged(self, t: Token, sent: Span) -> bool:
        tv = self.tv
        dep, head, toks = tv.dep, tv.head, tv.tokens
        node, steps = t, 0
        while steps < 4:
            n = node.i
            if is_conditional(node) and not self._future_in_past(node):
                return True
            if node is not t and matches(node, self.c.hedge_verbs, self.c):
                return True
            for ch in tv.children[n]:
                if (
                    dep[ch] == "xcomp"
                    and ch < t.i
                    and matches(toks[ch], self.c.hedge_verbs, self.c)
                ):
                    return True
            if dep[n] in ("xcomp", "conj", "acl", "advcl") and head[n] != n:
                node = toks[head[n]]
                steps += 1
                continue
            break
        return self._hedged_sentence(sent.start_char, sent.end_char)

    def _hedged_sentence(self, start: int, end: int) -> bool:
        """A hedge phrase or adverb anywhere in the sentence (memoised per sentence)."""
        memo = self.__dict__.setdefault("_hedge_memo", {})
        if (start, end) not in memo:
            low = norm(self.article.nlp_text[start:end])
            words = set(re.findall(r"[\w'-]+", low))
            memo[(start, end)] = (
                any(h in low for h in self.c.hedge_phrases)
                or any(a in words or (" " in a and a in low) for a in self.c.hedge_adverbs)
                or bool(re.search(r"\bcroi\w* savoir\b", low))
            )
        return memo[(start, end)]

    def _future_in_past(self, t: Token) -> bool:
        """Conditional in a "que" clause of a past speech verb: a future in the past."""
        node = t
        for _ in range(3):
            if node.dep_ == "ccomp" and node.head.i != node.i:
                gov = node.head
                past = "Past" in gov.morph.get("Tense") or any(
                    ch.dep_.startswith("aux") for ch in gov.children
                )
                if past and matches(gov, self.c.speech, self.c):
                    return True
            if node.head.i == node.i:
                break
            node = node.head
        return False

    # ------------------------------------------------------------------ helpers

    def add(
        self,
        holders: list[Party],
        target: Target | None,
        polarity: int,
        cue: str,
        kind: str,
        tok: Token,
        sent: Span,
    ) -> None:
        if target is None or polarity == 0 or not target.name:
            return
        for h in holders:
            if h is None or not h.identified:
                continue
            if h.actor_id and h.actor_id == target.actor_id:
                continue
            if fold(h.name or "") == fold(target.name):
                continue
            self.rows.append(Row(h, target, polarity, cue, kind, tok))
            if target.actor_id is None and kind in ISSUE_KINDS:
                self.issues.append((self._sid, target))

    def holders_of(self, verb: Token) -> list[Party]:
        parties = [p for p in self.res.subjects(verb) if p.identified]
        if (
            not parties
            and self.res.is_passive(verb)
            and self.res.agent_token(verb) is None
            and verb.dep_ in ("ccomp", "xcomp")
            and verb.head.i != verb.i
            and matches(verb.head, self.c.demand_verbs, self.c)
        ):
            # "X réclame que la coopération soit suspendue": X wants it done
            parties = [p for p in self.res.subjects(verb.head) if p.identified]
        return parties

    def is_participle_without_aux(self, t: Token) -> bool:
        looks_past = bool(
            re.search(r"(é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|its|ites)$", norm(t.text))
        )
        if not looks_past:
            return False
        if (
            "Part" not in t.morph.get("VerbForm")
            and t.pos_ != "ADJ"
            and not (
                looks_past
                and self.res.agent_token(t) is not None
                and not any(ch.dep_ in ("nsubj", "nsubj:pass") for ch in t.children)
            )
        ):
            return False
        if "Pres" in t.morph.get("Tense") and norm(t.text).endswith("ant"):
            return False
        if t.dep_ == "conj" and any(
            ch.dep_ == "aux:tense" or (ch.dep_ == "aux" and norm(ch.lemma_) == "avoir")
            for ch in t.head.children
        ):
            return False  # "X a dénoncé ... et accusé Y": the auxiliary is shared
        return not any(ch.dep_.startswith("aux") for ch in t.children) and not (
            t.i > 0 and self.doc[t.i - 1].pos_ == "AUX"
        )

    # ------------------------------------------------------------------ detectors

    def verb_cue(self, t: Token, sent: Span) -> None:
        p = self.tv.pos[t.i]
        if p not in ("VERB", "ADJ", "NOUN", "AUX"):
            return
        if p == "NOUN" and not self._has_child(t.i, ("nsubj", "obj")):
            self._noun_tagged_verb(t, sent)
            return
        keys = ordered_keys(t, self.c)
        entries = [e for k in keys if k in self.c.stance_verbs for e in self.c.stance_verbs[k]]
        if not entries:
            return
        reflexive = any(norm(ch.text) in REFLEXIVE for ch in t.children) or (
            t.i > 0 and norm(self.doc[t.i - 1].text) in REFLEXIVE
        )
        for cue in entries:
            if cue.objects or cue.actor_types:
                obj = self.object_of(t, sent)
                if obj is None or not (
                    norm(obj.lemma_) in cue.objects
                    or norm(obj.text) in cue.objects
                    or self._is_actor_of(obj, cue.actor_types)
                ):
                    continue
            polarity = cue.polarity * (-1 if self.negated(t) else 1)
            # passive participle modifying a noun: "Y, soutenu par X" / "le plan prôné par X"
            if self.is_participle_without_aux(t) and not cue.preps:
                ag = self.res.agent_token(t)
                if ag is None:
                    return
                holder = self.res.np_party(ag)
                if holder.kind not in ("actor", "name"):
                    return
                head = self.preceding_np(t.i, sent)
                if head is None:
                    return
                target = self.target_np(head, stop=t.i)
                self.add([holder], target, polarity, cue.lemma, "verb", t, sent)
                return
            holders = self.holders_of(t)
            if not holders:
                return
            if cue.preps:
                hit = self.prep_np(t.i + 1, cue.preps, sent)
                if hit is None:
                    # "plaider pour que X ...", "s'y opposer", "s'en inquiéter"
                    target = self._clause_after_prep(t, cue.preps, sent) or self._clitic_issue(
                        t, cue.preps, sent
                    )
                    if target is None:
                        continue
                    self.add(holders, target, polarity, cue.lemma, "verb", t, sent)
                    return
                target = self._relation_target(hit[1], sent) or self.target_np(hit[1])
                self.add(holders, target, polarity, cue.lemma, "verb", t, sent)
                # "protester contre X, ..., et contre Y"
                for extra in self._repeated_prep(hit, sent):
                    self.add(holders, self.target_np(extra), polarity, cue.lemma, "verb", t, sent)
                return
            else:
                inf = [
                    ch
                    for ch in t.children
                    if ch.dep_ in ("xcomp", "ccomp")
                    and ch.pos_ == "VERB"
                    and "Inf" in ch.morph.get("VerbForm")
                ]
                obj = self.object_of(t, sent)
                if obj is None and inf:
                    sub = list(inf[0].subtree)
                    target = self._target_range(sub[0].i, sub[-1].i + 1, inf[0])
                elif obj is None:
                    continue
                else:
                    if obj.pos_ == "PRON" or (reflexive and obj.i < t.i):
                        continue
                    target = self._relation_target(obj, sent) or self.target_np(obj)
                    if self._harm(holders, obj, target, polarity, cue.lemma, t, sent):
                        return
            self.add(holders, target, polarity, cue.lemma, "verb", t, sent)
            return

    def _noun_tagged_verb(self, t: Token, sent: Span) -> None:
        """ "Berlin finance, à hauteur de X, l'extension de Y": spaCy tags a present-tense
        verb right after a proper-noun subject as a noun. Read linearly: a lower-case form
        of a (prepositionless) stance verb, no determiner, right after a named actor, then
        an object after an optional comma-enclosed incise."""
        doc = self.doc
        i = t.i
        # the cheap tests first (token view lists): most nouns fail them
        if self.tv.pos[i - 1] != "PROPN" or i == sent.start or i + 1 >= sent.end:
            return
        if not self.tv.text[i][:1].islower() or self._has_child(i, ("det",)):
            return
        if not self.low[i].endswith(("e", "t")):
            return  # 3rd person singular present ("finance", "soutient", "dénonce")
        keys = [k for k in ordered_keys(t, self.c) if k != norm(t.text)]
        entries = [
            e
            for k in keys
            if k in self.c.stance_verbs
            for e in self.c.stance_verbs[k]
            if not e.preps and not e.objects and not e.actor_types
        ]
        if not entries:
            return
        holder = self.res.np_party(doc[t.i - 1])
        if holder.kind != "actor":
            return
        k = t.i + 1
        if doc[k].text == ",":
            m = k + 1
            while m < min(sent.end, k + 12) and doc[m].text != ",":
                m += 1
            if m >= sent.end or doc[m].text != ",":
                return
            k = m + 1
        while k < sent.end and doc[k].pos_ in ("DET", "ADJ", "NUM"):
            k += 1
        if k >= sent.end or doc[k].pos_ not in ("NOUN", "PROPN"):
            return
        cue = entries[0]
        target = self.target_np(doc[k])
        self.add([holder], target, cue.polarity, cue.lemma, "verb", t, sent)

    def _is_actor_of(self, obj: Token, types: frozenset[str]) -> bool:
        """The object names an actor of one of ``types`` ("any": every actor)."""
        if not types:
            return False
        p = self.res.np_party(obj)
        if not p.actor_id:
            return False
        return "any" in types or self.res.actor_type(p.actor_id) in types

    def _relation_target(self, noun: Token, sent: Span) -> Target | None:
        """A relation noun with an "avec X" complement stands for X ("saluer une amitié avec
        X", "juger positive la relation avec X", "suspendre la coopération avec X")."""
        relation_nouns = self.c.acts["rapprochement"]["objects"]
        if norm(noun.lemma_) not in relation_nouns and norm(noun.text) not in relation_nouns:
            return None
        hit = self.prep_np(noun.i + 1, ("avec",), sent, window=8)
        if hit is None:
            return None
        partner = self.res.np_party(hit[1])
        if not partner.identified or partner.kind not in ("actor", "name"):
            return None
        i, _j = self.res.chunk(noun, appos=False)
        start = self.doc[i].idx
        end = max(partner.end, start)
        return Target(
            partner.name or "", partner.actor_id, self.article.text[start:end], start, end
        )

    def _clause_after_prep(self, t: Token, preps: tuple[str, ...], sent: Span) -> Target | None:
        """ "plaider pour que X obtienne Y", "s'opposer à ce que X ...": the clause."""
        doc = self.doc
        seqs = sorted((tuple(p.split()) for p in preps), key=len, reverse=True)
        for k in range(t.i + 1, min(sent.end, t.i + 5)):
            words = [norm(doc[x].text) for x in range(k, min(k + 5, sent.end))]
            for seq in seqs:
                n = len(seq)
                if tuple(words[:n]) != seq:
                    continue
                rest = words[n:]
                skip = 1 if rest[:1] in (["que"], ["qu'"]) else 0
                if not skip and rest[:2] in (["ce", "que"], ["ce", "qu'"]):
                    skip = 2
                if not skip:
                    continue
                a = k + n + skip
                b = self._segment_end_index(a, sent)
                if b > a:
                    # the clause is an issue, not its subject actor
                    tg = self._target_range(a, b)
                    return Target(self._label(tg.text), None, tg.text, tg.start, tg.end)
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].is_punct:
                break
        return None

    def _clitic_issue(self, t: Token, preps: tuple[str, ...], sent: Span) -> Target | None:
        """ "X s'y oppose", "X y est favorable", "X s'en inquiète": the clitic stands for the
        issue of the latest stance in this sentence or the two before."""
        doc = self.doc
        wanted = set()
        if {"à", "au", "aux"} & set(preps):
            wanted.add("y")
        if {"de", "du", "des"} & set(preps):
            wanted.add("en")
        if not wanted:
            return None
        lo = max(sent.start, t.i - 4)
        clitic = any(norm(x.text) in wanted and x.pos_ == "PRON" for x in doc[lo : t.i]) or any(
            norm(ch.text) in wanted and ch.pos_ == "PRON" for ch in t.children
        )
        if not clitic:
            return None
        return self.recent_issue()

    def recent_issue(self) -> Target | None:
        for sid, target in reversed(self.issues):
            if sid >= self._sid - 2:
                return target
            break
        return None

    def _repeated_prep(self, hit: tuple[int, Token], sent: Span) -> list[Token]:
        """Heads of "…, et contre Y" repeating the preposition of the first target."""
        doc = self.doc
        prep = norm(doc[hit[0]].text)
        out = []
        k = hit[1].i + 1
        while k < sent.end - 2:
            w = norm(doc[k].text)
            if w == "et" and norm(doc[k + 1].text) == prep:
                m = k + 2
                while m < sent.end and doc[m].pos_ in ("DET", "ADJ", "NUM"):
                    m += 1
                if m < sent.end and doc[m].pos_ in ("NOUN", "PROPN"):
                    out.append(doc[m])
                k = m
                continue
            if w in (";", ":") or (
                doc[k].pos_ in ("VERB", "AUX")
                and "Fin" in doc[k].morph.get("VerbForm")
                and doc[k].head.i != hit[1].i
                and not any(ch.dep_ == "nsubj" and norm(ch.text) == "qui" for ch in doc[k].children)
            ):
                break
            k += 1
        return out

    def _harm(
        self,
        holders: list[Party],
        obj: Token,
        target: Target,
        polarity: int,
        cue: str,
        t: Token,
        sent: Span,
    ) -> bool:
        """ "dénoncer l'arrestation de X": against the arrest, for X (two rows, each target
        text naming only its own target)."""
        if norm(obj.lemma_) not in self.c.harm_nouns and norm(obj.text) not in self.c.harm_nouns:
            return False
        doc = self.doc
        k = obj.i + 1
        while k < sent.end and doc[k].pos_ == "ADJ":
            k += 1
        if k >= sent.end or norm(doc[k].text) not in DE:
            return False
        rng = self.res.np_after(k + 1, sent.end)
        victim = self.res.party(*rng) if rng else None
        if victim is None or not victim.identified or victim.kind not in ("actor", "name"):
            return False
        i, _j = self.res.chunk(obj, appos=False)
        issue = self._target_range(i, k, obj)
        issue = Target(issue.name, None, issue.text, issue.start, issue.end)
        self.add(holders, issue, polarity, cue, "verb", t, sent)
        self.add(
            holders,
            self.party_target(victim),
            -polarity,
            f"{cue} {norm(obj.text)}",
            "verb",
            t,
            sent,
        )
        return True

    def noun_cue(self, t: Token, sent: Span) -> None:
        if t.pos_ != "NOUN":
            return
        key = norm(t.lemma_) if norm(t.lemma_) in self.c.stance_nouns else norm(t.text)
        entry = self.c.stance_nouns.get(key)
        if entry is None:
            return
        polarity, needs = entry
        if self._apposed_noun(t, key, polarity, sent):
            return
        preps = needs or tuple(p for p in self.c.target_preps if p not in DE)
        hit = self.prep_np(t.i + 1, preps, sent, window=4)
        holders: list[Party] = []
        if hit is not None and norm(self.doc[hit[0]].text) in DE:
            # "la demande de X d'un moratoire": the first "de" names the holder
            second = self._holder_then_target(hit, preps, sent)
            if second is not None:
                holders, hit = second
        if hit is None:
            return
        target = self.target_np(hit[1])
        # holder: "le soutien de X à Y", else the subject of the governing verb
        k = t.i + 1
        if not holders and k < hit[0] and norm(self.doc[k].text) in DE:
            rng = self.res.np_after(k + 1, hit[0])
            if rng:
                p = self.res.party(*rng)
                if p.identified:
                    holders = [p]
        # "la demande kényane de ...", "le soutien américain à ...": a nationality adjective
        if not holders:
            holders = self._demonym_holders(t)
        if holders:
            self.add(holders, target, polarity, key, "noun", t, sent)
            return
        # otherwise the subject of a light verb ("apporter un soutien", "intensifier sa
        # lutte"), or of any verb when a possessive says the stance is the subject's own
        # ("sa lutte contre"); "X a condamné l'attaque contre Y" is not X attacking Y
        gov = t.head
        possessive = any(ch.dep_ == "det" and "Yes" in ch.morph.get("Poss") for ch in t.children)
        steps = 0
        while not holders and steps < 4:
            if gov.pos_ in ("VERB", "AUX"):
                if matches(gov, self.c.light_verbs, self.c) or possessive:
                    holders = self.holders_of(gov)
                break
            if gov.head.i == gov.i:
                break
            gov = gov.head
            steps += 1
        if not holders:
            return
        verb = gov if gov.pos_ in ("VERB", "AUX") else t
        polarity *= -1 if self.negated(verb) else 1
        self.add(holders, target, polarity, key, "noun", t, sent)

    def _holder_then_target(
        self, hit: tuple[int, Token], preps: tuple[str, ...], sent: Span
    ) -> tuple[list[Party], tuple[int, Token]] | None:
        """ "la demande de Nairobi d'un moratoire": an actor after the first "de", then the
        target after a second preposition."""
        i, j = self.res.chunk(hit[1], appos=False)
        p = self.res.party(i, j, hit[1])
        if not p.identified or p.kind not in ("actor", "name"):
            return None
        nxt = self.prep_np(j, preps, sent, window=1)
        if nxt is None:
            return None
        return [p], nxt

    def _demonym_holders(self, noun: Token) -> list[Party]:
        """The state named by a nationality adjective on ``noun`` ("la demande kényane")."""
        for ch in noun.children:
            if ch.dep_ != "amod" or ch.i < noun.i or not ch.text[:1].islower():
                continue
            iso = country_of_adjective(ch.text)
            if iso is None:
                continue
            aid = self._states.get(iso)
            if aid:
                return [Party(self.res.actor_name(aid), aid, ch.idx, ch.idx + len(ch), "actor")]
            country = countries().get(iso)
            name = getattr(country, "name", None)
            if name:
                return [Party(name, None, ch.idx, ch.idx + len(ch), "name")]
        return []

    def _apposed_noun(self, t: Token, key: str, polarity: int, sent: Span) -> bool:
        """ "X plaide pour Y, une revendication ancienne de Z": a stance noun in apposition
        to the clause gives its "de" complement the stance of that clause on its issue."""
        doc = self.doc
        k = t.i - 1
        while k > sent.start and doc[k].pos_ in ("DET", "ADJ"):
            k -= 1
        if doc[k].text != "," or not self.rows or polarity != 1:
            return False  # a demand shares the clause's stance; "une critique de Z" does not
        m = t.i + 1
        while m < sent.end and doc[m].pos_ == "ADJ":
            m += 1
        if m >= sent.end or norm(doc[m].text) not in DE:
            return False
        rng = self.res.np_after(m + 1, sent.end)
        holder = self.res.party(*rng) if rng else None
        if holder is None or not holder.identified or holder.kind not in ("actor", "name"):
            return False
        prev = self.rows[-1]
        if prev.cue_tok.i > t.i:
            return False
        self.add([holder], prev.target, prev.polarity, key, "noun", t, sent)
        return True

    def agreement(self, t: Token, sent: Span) -> None:
        acts = self.c.acts
        if t.pos_ not in ("VERB", "AUX"):
            return
        if self._agreement_verbs.isdisjoint(lemma_keys(t, self.c)):
            return  # none of the four lexicons below (one set test instead of four scans)
        kind = None
        if matches(t, acts["agreements"]["verbs"], self.c):
            objects, kind = acts["agreements"]["objects"], "agreement"
        elif matches(t, acts["rapprochement"]["verbs"], self.c):
            objects, kind = acts["rapprochement"]["objects"], "agreement"
        elif matches(t, acts["partnership_verbs"], self.c):
            objects, kind = None, "agreement"
        elif matches(t, acts["ruptures"]["verbs"], self.c):
            objects, kind = acts["ruptures"]["objects"], "rupture"
        if kind is None:
            return
        obj = self.object_of(t, sent)
        if obj is None and self.res.is_passive(t):
            # "que la coopération avec X soit suspendue"
            obj = next((ch for ch in t.children if ch.dep_ == "nsubj:pass"), None)
        if objects is not None and (
            obj is None or (norm(obj.lemma_) not in objects and norm(obj.text) not in objects)
        ):
            obj = self._find_forward(t, sent, objects, 12)
            if obj is None:
                return
        parties = self.holders_of(t)
        partners: list[Party] = []
        # the "avec" complement anywhere in the clause ("a signé jeudi à X un accord sur A
        # et B avec Y"), or inside the object ("la coopération avec Y")
        hit = self.prep_np(t.i + 1, ("avec",), sent, window=30)
        if hit is None and obj is not None and obj.i < t.i:
            hit = self.prep_np(obj.i + 1, ("avec",), sent, window=6)
        if hit is not None:
            partners = [p for p in self.res.np_parties(hit[1]) if p.identified]
        # "X, avec qui elle a signé"
        if not partners:
            for k in range(max(sent.start, t.i - 6), t.i):
                if (
                    norm(self.doc[k].text) == "avec"
                    and k + 1 < t.i
                    and norm(self.doc[k + 1].text) == "qui"
                ):
                    head = t.head if t.dep_ in ("acl:relcl", "acl") and t.head.i < k else None
                    if head is None and self.doc[k - 1].text == ",":
                        head = self.preceding_np(k, sent)
                    if head is not None:
                        partners = [p for p in self.res.np_parties(head) if p.identified]
                    break
        joint = obj is not None and any(norm(x.text) in self.c.joint_markers for x in obj.subtree)
        polarity = -1 if kind == "rupture" else 1
        if self.negated(t):
            polarity = -polarity
        cue = norm(t.lemma_) + (f" {norm(obj.lemma_)}" if obj is not None else "")
        if partners:
            for h in parties:
                for p in partners:
                    self.add([h], self.party_target(p), polarity, cue, kind, t, sent)
                    if kind == "agreement":
                        self.add([p], self.party_target(h), polarity, cue, kind, t, sent)
        elif len(parties) >= 2 and (kind == "agreement" or joint):
            for h in parties:
                for p in parties:
                    if h is not p:
                        self.add([h], self.party_target(p), polarity, cue, kind, t, sent)
        elif len(parties) == 1:
            pair = self._pair_subject(t)
            if len(pair) == 2 and kind == "agreement":
                a, b = pair
                self.add([a], self.party_target(b), polarity, cue, kind, t, sent)
                self.add([b], self.party_target(a), polarity, cue, kind, t, sent)
            elif objects is not None and objects is self.c.acts["rapprochement"]["objects"]:
                # "Paris entend relancer une relation": the partner is the other state the
                # story is about, i.e. the last one named before the cue
                other = self._last_state_before(t, parties[0])
                if other is not None:
                    self.add(parties, self.party_target(other), polarity, cue, "implicit", t, sent)

    def _last_state_before(self, t: Token, holder: Party) -> Party | None:
        """The last state actor mentioned in the three sentences before ``t``, other than the
        holder (or the holder's country)."""
        res = self.res
        own = {holder.actor_id, res.actors.get(holder.actor_id or "", {}).get("country")}
        s = self.article.sentence_at(t.idx)
        floor = self.article.sentences[max(0, s.id - 3)].start if s is not None else 0
        for start, end, aid in reversed(res.mentions_in(floor, t.idx)):
            row = res.actors.get(aid, {})
            if row.get("type") != "state" or aid in own or row.get("country") in own:
                continue
            return Party(res.actor_name(aid), aid, start, end, "actor")
        return None

    def _find_forward(self, t: Token, sent: Span, words: frozenset[str], n: int) -> Token | None:
        """First noun among ``words`` after ``t`` in its clause (objects after a complement:
        "a signé avec X un contrat")."""
        doc = self.doc
        for k in range(t.i + 1, min(sent.end, t.i + n + 1)):
            x = doc[k]
            if x.text in (";", ".") or (
                x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm")
            ):
                return None
            if x.pos_ in ("NOUN", "PROPN") and (norm(x.lemma_) in words or norm(x.text) in words):
                return x
        return None

    def _place_after(self, t: Token, sent: Span, n: int = 10) -> Party | None:
        """A destination "en/au/aux/à + Name" within ``n`` tokens after ``t``."""
        doc = self.doc
        for k in range(t.i + 1, min(sent.end - 1, t.i + n + 1)):
            if norm(doc[k].text) in ("en", "au", "aux", "à"):
                m = k + 1
                while m < sent.end and doc[m].pos_ == "DET":
                    m += 1
                if m < sent.end and doc[m].text[:1].isupper():
                    p = self.res.np_party(doc[m])
                    if self._is_place_name(p, doc[m]):
                        return p
        return None

    def _pair_subject(self, verb: Token) -> list[Party]:
        for ch in verb.children:
            if ch.dep_ == "nsubj":
                return self.res.pair(ch)
        return []

    def diplomatic_act(self, t: Token, sent: Span) -> None:
        """ "X a rappelé son ambassadeur à Y", "X a expulsé/convoqué l'ambassadeur de Y"."""
        acts = self.c.acts["hostile_acts"]
        if t.pos_ != "VERB" or not matches(t, DIPLOMATIC_VERBS, self.c):
            return
        obj = self.object_of(t, sent)
        if (
            obj is None
            or norm(obj.text) not in acts["diplomat_objects"]
            and norm(obj.lemma_) not in acts["diplomat_objects"]
        ):
            return
        k = obj.i + 1
        while k < sent.end and doc_pos(self.doc[k]) == "ADJ":
            k += 1
        if k >= sent.end or norm(self.doc[k].text) not in ("à", "au", "en", "de", "du", "d'"):
            return
        rng = self.res.np_after(k + 1, sent.end)
        if not rng:
            return
        other = self.res.party(*rng)
        if not other.identified or other.kind not in ("actor", "name"):
            return
        cue = f"{norm(t.lemma_)} {norm(obj.text)}"
        self.add(self.holders_of(t), self.party_target(other), -1, cue, "rupture", t, sent)

    def joint_action(self, t: Token, sent: Span) -> None:
        """ "X et Y ont annoncé la création d'un fonds commun": mutual support."""
        if t.pos_ not in ("VERB", "AUX") or not self._has_child(t.i, ("nsubj",)):
            return
        obj = self.object_of(t, sent)
        low, markers = self.low, self.c.joint_markers
        if obj is None or not any(low[x] in markers for x in self.tv.subtree(obj.i)):
            return
        parties = self.holders_of(t)
        if len(parties) < 2:
            parties = self._pair_subject(t)
        if len(parties) < 2:
            return
        cue = f"{norm(t.lemma_)} … {next(norm(x.text) for x in obj.subtree if norm(x.text) in self.c.joint_markers)}"  # noqa: E501
        for h in parties:
            for p in parties:
                if h is not p:
                    self.add([h], self.party_target(p), 1, cue, "agreement", t, sent)

    def friction(self, t: Token, sent: Span) -> None:
        if (
            t.pos_ != "NOUN"
            or norm(t.lemma_) not in self.c.acts["frictions"]["nouns"]
            and norm(t.text) not in self.c.acts["frictions"]["nouns"]
        ):
            return
        hit = self.prep_np(t.i + 1, ("entre",), sent, window=3)
        if hit is None:
            return
        i, j = self.res.chunk(hit[1])
        # extend over "X et Y"
        doc = self.doc
        k = j
        while k < sent.end and doc[k].text not in (",", ";", ".", ":") and k < j + 12:
            k += 1
        pieces = self.res.split_coordination(hit[0] + 1, k)
        parties = []
        for a, b in pieces:
            p = self.res.party(a, b)
            if p.identified:
                parties.append(p)
        if len(parties) != 2:
            return
        a, b = parties
        self.add([a], self.party_target(b), -1, norm(t.text) + " entre", "friction", t, sent)
        self.add([b], self.party_target(a), -1, norm(t.text) + " entre", "friction", t, sent)

    def visit(self, t: Token, sent: Span) -> None:
        acts = self.c.acts["visits"]
        doc = self.doc
        dest_preps = ("à", "au", "aux", "en")
        if t.pos_ == "NOUN" and (norm(t.lemma_) in acts["nouns"] or norm(t.text) in acts["nouns"]):
            hit = self.prep_np(t.i + 1, dest_preps, sent, window=4)
            if hit is None:
                return
            dest = self.res.np_party(hit[1])
            if not self._is_place_name(dest, hit[1]):
                return
            visitors: list[Party] = []
            k = t.i + 1
            while k < min(sent.end, t.i + 12):
                if (
                    norm(doc[k].text) in ("du", "de", "d'", "des")
                    and k + 1 < sent.end
                    and (doc[k + 1].pos_ != "NOUN" or doc[k + 1].text[:1].islower())
                    and norm(doc[k + 1].text) not in ("état",)
                ):
                    rng = self.res.np_after(k + 1, sent.end)
                    if rng:
                        p = self.res.party(*rng)
                        if p.identified and p.actor_id != dest.actor_id:
                            visitors = [p]
                            break
                if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (",", ";"):
                    break
                k += 1
            if not visitors:
                gov = t.head
                if gov.pos_ in ("VERB", "AUX") and t.dep_ in ("obj", "nsubj:pass"):
                    visitors = self.holders_of(gov)
            self.add(visitors, self.party_target(dest), 1, norm(t.text), "visit", t, sent)
            return
        if t.pos_ != "VERB":
            return
        lemma = norm(t.lemma_)
        if lemma == "rendre" and any(norm(x.text) in REFLEXIVE for x in doc[max(0, t.i - 3) : t.i]):
            hit = self.prep_np(t.i + 1, dest_preps, sent, window=4)
            if hit is not None:
                dest = self.res.np_party(hit[1])
                if dest.identified and dest.kind != "noun":
                    self.add(
                        self.holders_of(t),
                        self.party_target(dest),
                        1,
                        "se rendre",
                        "visit",
                        t,
                        sent,
                    )
            return
        if lemma == "visiter":
            obj = self.object_of(t, sent)
            if obj is not None:
                dest = self.res.np_party(obj)
                if dest.actor_id and self._is_place_name(dest, obj):
                    self.add(
                        self.holders_of(t), self.party_target(dest), 1, "visiter", "visit", t, sent
                    )
            return
        host_lemma = matches(t, acts["hosts"], self.c)
        if not host_lemma:
            return
        if self.res.is_passive(t):
            heads = [c for c in t.children if c.dep_ in ("nsubj:pass", "nsubj")]
            if not heads:
                h = self.res.np_before(self.res.verb_group_start(t))
                heads = [h] if h is not None else []
            guests = [p for h in heads for p in self.res.np_parties(h) if p.identified]
            ag = self.res.agent_token(t)
            hosts = [self.res.np_party(ag)] if ag is not None else []
            if not hosts and host_lemma == "inviter":
                d = self._place_after(t, sent)
                if d is not None:
                    hosts = [d]
            for g in guests:
                self.add(hosts, self.party_target(g), 1, host_lemma, "host", t, sent)
        else:
            obj = self.object_of(t, sent)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                guest = self.res.np_party(obj)
                if guest.identified and guest.kind in ("actor", "name"):
                    self.add(
                        self.holders_of(t), self.party_target(guest), 1, host_lemma, "host", t, sent
                    )

    def _is_place_name(self, p: Party, head: Token) -> bool:
        """A destination: a state actor, or a place name (a LOC entity on the head)."""
        if not p.identified or p.kind not in ("actor", "name"):
            return False
        if p.actor_id:
            return self.res.actor_type(p.actor_id) == "state"
        return any(
            e.label_ == "LOC" and e.start_char <= head.idx < e.end_char
            for e in self.res.ents_in(head.idx - 40, head.idx + len(head) + 40)
        )

    def readiness(self, t: Token, sent: Span) -> None:
        w, lem = norm(t.text), norm(t.lemma_)
        if w in self.c.ready_support or lem in self.c.ready_support:
            polarity = 1
        elif w in self.c.ready_oppose or lem in self.c.ready_oppose:
            polarity = -1
        else:
            return
        doc = self.doc
        anaphoric = None
        if t.i + 1 >= sent.end or norm(doc[t.i + 1].text) not in ("à", "au", "aux"):
            # "X y est favorable": the clitic stands for an issue already discussed
            anaphoric = self._clitic_issue(t, ("à",), sent)
            if anaphoric is None:
                return
        holders = []
        node = t
        for _ in range(4):
            if (
                any(ch.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for ch in node.children)
                or node.dep_ in ("xcomp", "conj")
                or node.pos_ in ("VERB", "AUX")
            ):
                holders = self.holders_of(node)
                if holders:
                    break
            if node.head.i == node.i:
                break
            node = node.head
        if not holders:
            return
        if anaphoric is not None:
            target = anaphoric
        else:
            a = t.i + 2
            b = self._segment_end_index(a, sent)
            if b <= a:
                return
            target = self._target_range(a, b)
        if self.negated(node) or self.negated(t):
            polarity = -polarity
        self.add(holders, target, polarity, f"{w} à", "readiness", t, sent)

    def _segment_end_index(self, k: int, sent: Span) -> int:
        doc = self.doc
        while k < sent.end and doc[k].text not in (",", ";", ".", "!", "?", ":"):
            k += 1
        return k

    def demand(self, t: Token, sent: Span) -> None:
        if t.pos_ not in ("VERB",) or not matches(t, self.c.demand_verbs, self.c):
            return
        doc = self.doc
        lemma = matches(t, self.c.demand_verbs, self.c)
        addressee: Party | None = None
        obj = self.object_of(t, sent)
        if lemma in ("appeler", "exhorter", "sommer", "enjoindre", "presser", "intimer"):
            if obj is not None and obj.i > t.i:
                i, j = self.res.chunk(obj)
                if j < sent.end and norm(doc[j].text) in ("à", "au", "aux", "de", "d'"):
                    p = self.res.party(i, j, obj)
                    if p.identified and p.kind in ("actor", "name"):
                        addressee = p
        else:
            if obj is not None and obj.i > t.i:
                i, j = self.res.chunk(obj, appos=False)
                k = j
                while k < sent.end and doc[k].text in ('"', "»", "”", "«", "“"):
                    k += 1
                for x in range(i, j):
                    if doc[x].text in ('"', "«", "“") and x > obj.i:
                        k = x
                        while k < sent.end and doc[k].text not in ('"', "»", "”") or k == x:
                            k += 1
                        k += 1
                        break
                if k < sent.end and norm(doc[k].text) in ("de", "d'", "du", "à", "au", "auprès"):
                    rng = self.res.np_after(
                        k + 1 if norm(doc[k].text) != "auprès" else k + 2, sent.end
                    )
                    if rng:
                        p = self.res.party(*rng)
                        if p.identified and p.kind in ("actor", "name"):
                            addressee = p
        self._demanded(t, obj, addressee, sent)
        if addressee is None:
            return
        holders = self.holders_of(t)
        # "appeler l'UE à adopter des sanctions contre X": the pressure is on X, not the UE
        for k in range(t.i + 1, self._segment_end_index(t.i + 1, sent)):
            if norm(self.doc[k].text) == "contre" and k + 1 < sent.end:
                rng = self.res.np_after(k + 1, sent.end)
                third = self.res.party(*rng) if rng else None
                if third is not None and third.identified:
                    self.add(holders, self.party_target(third), -1, lemma, "demand", t, sent)
                    return
        self.add(holders, self.party_target(addressee), -1, lemma, "demand", t, sent)

    def _demanded(self, t: Token, obj: Token | None, addressee: Party | None, sent: Span) -> None:
        """What a demand asks for: "appeler X à accepter un cessez-le-feu" and "réclamer un
        cessez-le-feu" are for the cease-fire; "exiger le retrait de Y", "appeler à cesser
        les combats" are against what is to end. Never on a span naming an actor (the
        pressure on an actor is the addressee row)."""
        doc = self.doc
        end = self._segment_end_index(t.i + 1, sent)
        thing: Token | None = None
        polarity = 1
        for k in range(t.i + 1, min(end, t.i + 14)):
            w = norm(doc[k].text)
            if w in ("à", "de", "d'") and k + 1 < end:
                m = k + 1
                while m < end and doc[m].pos_ == "ADV":
                    m += 1
                v = doc[m] if m < end else None
                if v is not None and v.pos_ == "VERB" and "Inf" in v.morph.get("VerbForm"):
                    if matches(v, self.c.cessation_verbs, self.c):
                        polarity = -1
                    thing = self.object_of(v, sent)
                    break
        if thing is None and obj is not None and obj.i > t.i and addressee is None:
            thing = obj
        if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
            return
        if norm(thing.lemma_) in self.c.stance_nouns or norm(thing.text) in self.c.stance_nouns:
            return  # "appeler à des sanctions contre Y": the row against Y says it
        if norm(thing.lemma_) in self.c.cessation_nouns and polarity == 1:
            # "exiger la fin des combats": against what follows "de"
            k = thing.i + 1
            if k < end and norm(doc[k].text) in DE:
                rng = self.res.np_after(k + 1, end)
                if rng is None:
                    return
                target = self._target_range(rng[0], rng[1])
                polarity = -1
            else:
                return
        else:
            target = self.target_np(thing, pps=False)
        if any(
            self.res.actor_type(aid) in ("state", "person", "organisation", "group", "company")
            for _s, _e, aid in self.res.mentions_in(target.start, target.end)
        ):
            return
        lemma = matches(t, self.c.demand_verbs, self.c) or norm(t.lemma_)
        self.add(self.holders_of(t), target, polarity, lemma, "demand", t, sent)

    def relation(self, t: Token, sent: Span) -> None:
        if t.pos_ != "NOUN":
            return
        w = norm(t.text)
        if w in self.c.relation_support:
            polarity = 1
        elif w in self.c.relation_oppose:
            polarity = -1
        else:
            return
        doc = self.doc
        if t.i + 1 >= sent.end or norm(doc[t.i + 1].text) not in DE:
            return
        rng = self.res.np_after(t.i + 2, sent.end)
        if not rng:
            return
        other = self.res.party(*rng)
        if not other.identified or other.kind not in ("actor", "name"):
            return
        holders: list[Party] = []
        k = t.i - 1
        while k >= sent.start and doc[k].pos_ in ("ADJ", "DET"):
            k -= 1
        if k >= sent.start and doc[k].text == ",":
            head = self.preceding_np(k + 1, sent)
            if head is not None:
                holders = [self.res.np_party(head)]
        elif any(ch.dep_ == "cop" for ch in t.children):
            holders = self.holders_of(t)
        self.add(holders, self.party_target(other), polarity, w, "relation", t, sent)

    def appreciation(self, t: Token, sent: Span) -> None:
        if t.pos_ != "VERB" or not matches(t, self.c.appreciation_verbs, self.c):
            return
        # "jugent positivement X" (adverb) / "jugent positive X", "jugent X dangereux"
        # (attribute adjective of the object)
        near = [
            x
            for x in self.doc[t.i + 1 : min(sent.end, t.i + 3)]
            if x.pos_ == "ADV" or (x.pos_ == "ADJ" and x.dep_ in ("xcomp", "obj", "ccomp"))
        ]
        near += [
            ch for ch in t.children if ch.pos_ == "ADJ" and ch.dep_ == "xcomp" and ch not in near
        ]
        polarity, word = 0, None
        for a in near:
            w = norm(a.text)
            if w in self.c.appreciation_support:
                polarity, word = 1, a
            elif w in self.c.appreciation_oppose:
                polarity, word = -1, a
        if not polarity or word is None:
            return
        obj = self.object_of(t, sent)
        if obj is None:
            return
        if self.negated(t):
            polarity = -polarity
        self.add(
            self.holders_of(t),
            self._relation_target(obj, sent) or self.target_np(obj),
            polarity,
            f"{norm(t.lemma_)} {norm(word.text)}",
            "appreciation",
            t,
            sent,
        )

    # ------------------------------------------------------------------ quotes

    def term_polarity(self, tokens: list[Token]) -> list[tuple[Token, int]]:
        """Evaluative terms among ``tokens`` (single words and multi-word expressions)."""
        out = []
        low, lemma = self.low, self.tv.lemma
        words = [low[t.i] for t in tokens]
        lemmas = [norm(lemma[t.i]) for t in tokens]
        heads = self._gates.term_heads
        size = len(tokens)
        for i, t in enumerate(tokens):
            # a multi-word term starts with one of its head words (a set test saves the joins)
            multi = words[i] in heads or lemmas[i] in heads
            for n in (3, 2, 1):
                if i + n > size or (n > 1 and not multi):
                    continue
                w = " ".join(words[i : i + n])
                lm = " ".join(lemmas[i : i + n])
                if w in self.c.positive_terms or lm in self.c.positive_terms:
                    out.append((t, 1))
                    break
                if w in self.c.negative_terms or lm in self.c.negative_terms:
                    out.append((t, -1))
                    break
        return out

    def _quote_span(self, q) -> Span | None:
        """The tokens of quote ``q`` (memoised on it: both quote rules read them)."""
        if not hasattr(q, "span"):
            q.span = self.doc.char_span(int(q.start), int(q.end), alignment_mode="expand")
        return q.span

    def quote_stances(self, sent: Span, quotes: list) -> None:
        tv = self.tv
        for q in quotes:
            if not isinstance(q.speaker, str) or q.kind == "reported":
                continue
            span = self._quote_span(q)
            if span is None:
                continue
            punct, all_toks = tv.punct, tv.tokens
            toks = [all_toks[x] for x in range(span.start, span.end) if not punct[x]]
            terms = self.term_polarity(toks)
            if not terms:
                continue
            speaker = Party(
                q.speaker,
                q.speaker_id if isinstance(q.speaker_id, str) else None,
                int(q.start),
                int(q.end),
                "actor" if isinstance(q.speaker_id, str) else "name",
            )
            if q.kind in ("partial", "scare") and q.words <= 6:
                self._evaluative_quote(speaker, span, terms, sent)
            else:
                self._quote_clauses(speaker, span, terms, sent)

    def quote_judgements(self, sent: Span, quotes: list) -> None:
        """Judgements in anyone's attributed words, reported speech included: a subject that
        harms ("l'accord risque de vider les hôpitaux") and a preference ("mieux vaut X
        plutôt que Y")."""
        tv, low = self.tv, self.low
        pos, toks = tv.pos, tv.tokens
        for q in quotes:
            if not isinstance(q.speaker, str):
                continue
            span = self._quote_span(q)
            if span is None:
                continue
            speaker = Party(
                q.speaker,
                q.speaker_id if isinstance(q.speaker_id, str) else None,
                int(q.start),
                int(q.end),
                "actor" if isinstance(q.speaker_id, str) else "name",
            )
            for x in range(span.start, span.end):
                if pos[x] == "VERB" and matches(toks[x], self.c.harm_verbs, self.c):
                    self._harm_subject(speaker, toks[x], span, sent)
                elif low[x] == "vaut" and x + 1 < span.end:
                    self._preference(speaker, toks[x], span, sent)

    def _harm_subject(self, speaker: Party, verb: Token, span: Span, sent: Span) -> None:
        if self.negated(verb):
            return
        subj = self.res.subject_tokens(verb)
        if not subj or not (span.start <= subj[0].i < span.end) or subj[0].pos_ == "PRON":
            return
        head = subj[0].head
        stop = head.i if subj[0].i < head.i <= verb.i else None
        target = self.target_np(subj[0], stop=stop, pps=False)
        cue = f"{norm(verb.lemma_)} (propos)"
        self.add([speaker], target, -1, cue, "quote-clause", verb, sent)

    def _preference(self, speaker: Party, t: Token, span: Span, sent: Span) -> None:
        """ "Mieux vaut X plutôt que Y" / "il vaut mieux X que Y"."""
        doc = self.doc
        before = norm(doc[t.i - 1].text) if t.i > span.start else ""
        after = norm(doc[t.i + 1].text)
        if before != "mieux" and after != "mieux":
            return
        a = t.i + (2 if after == "mieux" else 1)
        end = self._segment_end_index(a, sent)
        end = min(end, span.end)
        cut = next(
            (
                k
                for k in range(a, end)
                if norm(doc[k].text) == "plutôt" or (norm(doc[k].text) == "que" and k > a + 2)
            ),
            end,
        )
        if cut <= a:
            return
        for lo, hi, pol in ((a, cut, 1), (cut + 1, end, -1)):
            while lo < hi and (
                norm(doc[lo].text) in ("que", "qu'", "de", "d'") or doc[lo].is_punct
            ):
                lo += 1
            if hi - lo < 2:
                continue
            start, stop = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
            text = self.article.text[start:stop]
            target = Target(self._label(text), None, text, start, stop)
            self.add([speaker], target, pol, "mieux vaut", "quote-clause", t, sent)

    def _evaluative_quote(self, speaker: Party, span: Span, terms, sent: Span) -> None:
        doc = self.doc
        inside = {t.i for t in span}
        polarity = 1 if sum(p for _, p in terms) > 0 else -1 if sum(p for _, p in terms) < 0 else 0
        if not polarity:
            return
        roots = [t for t in span if t.head.i not in inside and not t.is_punct]
        root = roots[0] if roots else span[0]
        noun = None
        if root.pos_ in ("NOUN", "PROPN"):
            noun = root
        elif root.head.pos_ in ("NOUN", "PROPN") and root.head.i not in inside:
            noun = root.head
        if noun is None and root.head.pos_ in ("VERB", "AUX") and root.head.i not in inside:
            noun = self.object_of(root.head, sent)
        # "qualifier les échanges de « francs »": the quote qualifies the verb's object
        outer = root.head
        if (
            noun is root
            and outer.i not in inside
            and outer.pos_ == "NOUN"
            and outer.dep_ == "obj"
            and matches(outer.head, self.c.participle_cues | {"trouver"}, self.c)
        ):
            noun = outer
        qualifier = (
            noun is not None
            and noun.i not in inside
            and noun.dep_ == "obj"
            and (matches(noun.head, self.c.participle_cues | {"trouver"}, self.c) is not None)
        )
        if noun is None:
            return
        i, j = self.res.chunk(noun, pps=False, appos=False)
        end = j if qualifier else max(j, span[-1].i + 1)
        while end < sent.end and doc[end].text in ('"', "»", "”"):
            end += 1
        hit = self.prep_np(end, ADDRESSEE_PREPS, sent, window=1)
        if hit is not None:
            _i2, j2 = self.res.chunk(hit[1], pps=True, appos=False)
            end = max(end, j2)
        start = i if qualifier else min(i, span[0].i)
        target = self._target_range(start, end, noun)
        if target.actor_id is None and noun.i in inside:
            # the quote names someone: "le « criminel de guerre X »"
            for _s, _e, aid in self.res.mentions_in(span.start_char, span.end_char):
                target = Target(
                    self.res.actor_name(aid), aid, target.text, target.start, target.end
                )
                break
        if target.actor_id is None and norm(noun.lemma_) in ATTRIBUTE_NOUNS:
            aid = self._complement_actor(noun, min(sent.end, j + 8))
            if aid:
                target = Target(
                    self.res.actor_name(aid), aid, target.text, target.start, target.end
                )
        cue = " ".join(norm(t.text) for t, _ in terms)
        self.add([speaker], target, polarity, f"« {cue} »", "quote", span[0], sent)

    def _quote_clauses(self, speaker: Party, span: Span, terms, sent: Span) -> None:
        inside = {t.i for t in span}
        # a negative noun is the speaker's own judgement whatever the clause says about it
        # ("n'ont pas à subir d'ingérence extérieure": against interference)
        for tok, pol in terms:
            if pol < 0 and tok.pos_ == "NOUN":
                target = self.target_np(tok, pps=False)
                if not self.res.mentions_in(target.start, target.end):
                    issue = Target(target.name, None, target.text, target.start, target.end)
                    cue = f"« {norm(tok.text)} »"
                    self.add([speaker], issue, -1, cue, "quote-clause", tok, sent)
        by_clause: dict[int, int] = {}
        for tok, pol in terms:
            clause = tok
            while (
                clause.pos_ not in ("VERB", "AUX")
                and clause.head.i != clause.i
                and (clause.head.i in inside)
            ):
                clause = clause.head
            neg = self.negated(clause) or is_negated(tok, self.c)
            by_clause[clause.i] = by_clause.get(clause.i, 0) + (-pol if neg else pol)
        for ci, score in by_clause.items():
            if not score:
                continue
            clause = self.doc[ci]
            polarity = 1 if score > 0 else -1
            sub = [t for t in clause.subtree if t.i in inside]
            # the minimal clause: drop embedded clauses
            embedded = set()
            for t in sub:
                if (
                    t is not clause
                    and t.dep_ in ("advcl", "ccomp", "acl:relcl", "parataxis")
                    and (t.pos_ in ("VERB", "AUX"))
                ):
                    embedded |= {x.i for x in t.subtree}
            own = [t for t in sub if t.i not in embedded]
            targets = self._actors_in(own, speaker)
            if not targets:
                for p in self.res.subjects(clause):
                    if p.identified and not self._first_person(p) and p.start >= span.start_char:
                        targets.append(self.party_target(p))
            if not targets and clause.pos_ in ("VERB", "AUX"):
                # "... tant que nos soldats restent détenus à Bakou": look in the whole clause
                targets = self._actors_in(sub, speaker)
            gov = clause
            for _ in range(2):
                if targets or gov.head.i == gov.i or gov.head.i not in inside:
                    break
                gov = gov.head
                targets = self._actors_in(
                    [t for t in gov.subtree if t.i in inside and t.i not in {x.i for x in sub}],
                    speaker,
                ) or [
                    self.party_target(p)
                    for p in self.res.subjects(gov)
                    if p.identified and not self._first_person(p) and p.start >= span.start_char
                ]
            if not targets and len(by_clause) == 1:
                targets = self._actors_in(list(span), speaker)
            for tg in targets:
                self.add([speaker], tg, polarity, "citation", "quote-clause", clause, sent)

    def _actors_in(self, toks: list[Token], speaker: Party) -> list[Target]:
        out: list[Target] = []
        seen = set()
        idxs = {t.i for t in toks}
        doc = self.doc
        if not toks:
            return out
        lo, hi = min(idxs), max(idxs) + 1
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        for s, e, aid in self.res.mentions_in(start, end):
            if aid in seen or aid == speaker.actor_id:
                continue
            t = doc.char_span(s, e, alignment_mode="expand")
            if t is None or not any(x.i in idxs for x in t):
                continue
            seen.add(aid)
            out.append(Target(self.res.actor_name(aid), aid, self.article.text[s:e], s, e))
        for ent in self.res.ents_in(start, end):
            if ent.label_ not in ("LOC", "ORG", "PER") or not any(x.i in idxs for x in ent):
                continue
            if any(not (ent.end_char <= tg.start or ent.start_char >= tg.end) for tg in out):
                continue
            name = self.res._entity_name(ent)
            if name and name[:1].isupper() and fold(name) not in seen:
                seen.add(fold(name))
                out.append(Target(name, None, ent.text, ent.start_char, ent.end_char))
        return out

    def _first_person(self, p: Party) -> bool:
        words = re.findall(r"[\w']+", norm(self.article.text[p.start : p.end]))
        return bool(words) and words[0] in FIRST_PERSON

    # ------------------------------------------------------------------ co-holders, states

    def co_holders(self, sent: Span, rows: list[Row]) -> list[Row]:
        """ "à l'appel de X": the organisers share the protesters' stances."""
        low, markers = self.low, self.c.co_holder_markers
        extra = []
        for i in range(sent.start, sent.end):
            if low[i] not in markers or i + 1 >= sent.end:
                continue
            if low[i + 1] not in DE:
                continue
            rng = self.res.np_after(i + 2, sent.end)
            if not rng:
                continue
            org = self.res.party(*rng)
            if not org.identified:
                continue
            for r in rows:
                if (
                    r.kind in ("quote", "quote-clause", "verb", "noun")
                    and r.holder.name != org.name
                ):
                    extra.append(Row(org, r.target, r.polarity, r.cue, "co-holder", r.cue_tok))
        return extra

    def derived_states(self, rows: list[Row]) -> list[Row]:
        """Agreements and visits by office holders also bind their states."""
        states = self._states
        out = []
        for r in rows:
            if r.kind not in ("agreement",):
                continue
            h, t = r.holder, r.target
            hs = self._state_of(h.actor_id, states)
            ts = self._state_of(t.actor_id, states)
            if hs is None and ts is None:
                continue
            hp = Party(self.res.actor_name(hs), hs, h.start, h.end, "actor") if hs else h
            tt = Target(self.res.actor_name(ts), ts, t.text, t.start, t.end) if ts else t
            if hp.actor_id == tt.actor_id or (hs is None and ts is None):
                continue
            out.append(Row(hp, tt, r.polarity, r.cue, "derived", r.cue_tok))
        return out

    def _state_of(self, aid: str | None, states: dict[str, str]) -> str | None:
        if not aid or self.res.actor_type(aid) != "person":
            return None
        country = self.res.actors.get(aid, {}).get("country")
        return states.get(country) if isinstance(country, str) else None

    # ------------------------------------------------------------------ run

    def run(self) -> pd.DataFrame:
        return frame(self.find(), STANCE_COLUMNS)

    def find(self) -> list[dict]:
        """The rows of the stances table, in table order."""
        art, doc = self.article, self.doc
        q = self.quotes
        by_sent: dict[int, list] = {}
        if q is not None and len(q):
            # one pass over the table (itertuples per sentence group costs a class each time)
            for rec in records(q):
                by_sent.setdefault(int(rec["sentence_id"]), []).append(SimpleNamespace(**rec))
        out = []
        tv = view(doc)
        toks, pos, low, lemma_low = tv.tokens, tv.pos, self.low, syntax(doc).lemma_low
        g, c = self._gates, self.c
        ready = g.ready
        for s in art.sentences:
            sent = doc.char_span(s.start, s.end, alignment_mode="expand")
            if sent is None or not len(sent):
                continue
            self.rows = []
            self._sid = s.id
            del self.issues[:-8]
            for i in range(sent.start, sent.end):
                p = pos[i]
                if p not in _DETECTED_POS:
                    # the only detector for other words, and only for its cue words
                    if low[i] in ready or lemma_low[i] in ready:
                        self.readiness(toks[i], sent)
                    continue
                # Each detector starts by testing the part of speech and the lexicon it
                # needs; the same tests here, on sets, save most calls (the order of the
                # calls is kept: a detector may read the rows of the previous ones).
                t, lem = toks[i], lemma_low[i]
                if p == "NOUN":
                    self.verb_cue(t, sent)
                    named = low[i] in g.nouns or lem in g.nouns
                    if named:
                        self.noun_cue(t, sent)
                        self.friction(t, sent)
                        self.visit(t, sent)
                    if low[i] in ready or lem in ready:
                        self.readiness(t, sent)
                    if named:
                        self.relation(t, sent)
                    continue
                keys = lemma_keys(t, c)
                if not g.stance_verbs.isdisjoint(keys):
                    self.verb_cue(t, sent)
                if p == "ADJ":
                    if low[i] in ready or lem in ready:
                        self.readiness(t, sent)
                    continue
                verb, lexical = p == "VERB", not g.verbs.isdisjoint(keys)
                if lexical and not g.agreement_verbs.isdisjoint(keys):
                    self.agreement(t, sent)
                self.joint_action(t, sent)
                if verb and lexical:
                    self.diplomatic_act(t, sent)
                    if not g.visit_verbs.isdisjoint(keys):
                        self.visit(t, sent)
                if low[i] in ready or lem in ready:
                    self.readiness(t, sent)
                if verb and lexical:
                    self.demand(t, sent)
                    self.appreciation(t, sent)
            if s.id in by_sent:
                self.quote_stances(sent, by_sent[s.id])
                self.quote_judgements(sent, by_sent[s.id])
            rows = self.rows
            rows += self.co_holders(sent, rows)
            rows += self.derived_states(rows)
            for r in rows:
                r.hedged = self.hedged(r.cue_tok, sent)
                conf = BASE_CONFIDENCE.get(r.kind, 0.6)
                if r.hedged:
                    conf *= self.c.hedge_confidence
                if r.holder.kind == "pronoun":
                    conf *= 0.85
                r.confidence = round(conf, 2)
                out.append(self._record(r, s))
        return dedupe(out)

    def _record(self, r: Row, s) -> dict:
        text = self.article.text
        points = [r.cue_tok.idx, r.cue_tok.idx + len(r.cue_tok)]
        for a, b in ((r.holder.start, r.holder.end), (r.target.start, r.target.end)):
            if s.start <= a and b <= s.end and b > a:
                points += [a, b]
        start, end = max(s.start, min(points)), min(s.end, max(points))
        return {
            "holder": r.holder.name,
            "holder_id": r.holder.actor_id,
            "target": r.target.name,
            "target_id": r.target.actor_id,
            "polarity": int(r.polarity),
            "cue": r.cue,
            "hedged": bool(r.hedged),
            "confidence": float(r.confidence),
            "sentence_id": s.id,
            "start": start,
            "end": end,
            "sentence": s.text,
            "target_text": r.target.text,
            "kind": r.kind,
            "evidence": text[start:end],
        }


def dedupe(rows: list[dict]) -> list[dict]:
    """One row per (holder, target, sentence): the most confident (verb cues win ties), in
    sentence then text order (plain Python: rows are few, pandas' per-call cost is not)."""
    order = {k: i for i, k in enumerate(BASE_CONFIDENCE)}

    def who(r: dict, col: str) -> str:
        v = r[f"{col}_id"]
        return v if isinstance(v, str) else fold(r[col])

    best: dict[tuple, dict] = {}
    ranks: dict[tuple, tuple] = {}
    for n, r in enumerate(rows):
        key = (r["sentence_id"], who(r, "holder"), who(r, "target"))
        rank = (-r["confidence"], order.get(r["kind"], 99), n)
        if key not in ranks or rank < ranks[key]:
            ranks[key] = rank
            best[key] = r
    return [best[k] for k in sorted(best, key=lambda k: (k[0], best[k]["start"], k[1], k[2]))]


# --------------------------------------------------------------------------------------------
# Step and headlines


@pipeline_step(
    "stance", requires=("actors", "mentions", "quotes"), assigns=("stances", "alignments", "camps")
)
def step(ctx: Context) -> dict[str, pd.DataFrame]:
    """Pipeline step: ``stances``, ``alignments`` and ``camps`` (after the quotes step).

    Alignments and camps are computed from the stance rows just built (what
    :func:`alignments` and :func:`camps` would read back from the tables)."""
    found = StanceFinder(ctx).find()
    held = [tuple(r[c] for c in STANCE_FIELDS) for r in found]
    align = alignment_rows(held)
    pairs = [(r["a"], r["b"], r["a_id"], r["b_id"], r["score"]) for r in align]
    return {
        "stances": frame(found, STANCE_COLUMNS),
        "alignments": frame(align, ALIGN_COLUMNS),
        "camps": frame(
            camp_rows([(r["holder"], r["polarity"]) for r in found], pairs), CAMP_COLUMNS
        ),
    }


__all__ = [
    "ALIGN_COLUMNS",
    "CAMP_COLUMNS",
    "STANCE_COLUMNS",
    "alignments",
    "camps",
    "step",
]
