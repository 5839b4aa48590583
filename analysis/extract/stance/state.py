"""What the stance rules share while reading one article.

:class:`State` holds the article, its Doc and token view, the actor resolver, the lexicons,
and what the rules leave for each other: the rows of the current sentence (a stance noun in
apposition takes the stance of the row before it) and the issues of recent stances (a clitic
"y"/"en" refers back to them). Every rule is a function ``rule(st, ...)`` of this state; the
state itself only records rows (:meth:`State.add`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from analysis.document.context import Context
from analysis.document.frames import rows as frame_rows
from analysis.document.tokens import view
from analysis.extract.cues import Cues, cues, fold
from analysis.extract.quotes.speakers import Party, Resolver, syntax
from analysis.extract.stance.lexicon import StanceWords, names_an_issue, stance_words
from analysis.extract.stance.records import Row, Target

# the kind of the rows that state neutrality (polarity 0, :mod:`.neutral`)
NEUTRAL = "neutral"
# stances whose issue target a later clitic ("s'y opposer") may refer back to
ISSUE_KINDS = frozenset(["verb", "noun", "readiness", "appreciation", "demand"])


class State:
    """The article being read and the rows found so far (see the module docstring)."""

    def __init__(self, ctx: Context, c: Cues | None = None) -> None:
        self.article, self.doc = ctx.article, ctx.doc
        self.c = c or cues()
        self.words: StanceWords = stance_words()
        self.res = Resolver(ctx.article, ctx.doc, ctx.tables, self.c)
        self.quotes = ctx.tables.get("quotes")
        if self.quotes is not None and len(self.quotes):
            spans = [
                (int(a), int(b))
                for a, b, k in frame_rows(self.quotes, "start", "end", "kind")
                if k != "reported"
            ]
            self.res.set_quote_spans(spans)
        # the attributed quotes (direct or partial), for the speaker's own voice in them
        self.voiced: list[tuple[int, int, Party]] = []
        if self.quotes is not None and len(self.quotes):
            cols = ("start", "end", "kind", "speaker", "speaker_id")
            for a, b, k, name, aid in frame_rows(self.quotes, *cols):
                if k != "reported" and isinstance(name, str) and name:
                    aid = aid if isinstance(aid, str) and aid else None
                    # the speaker is not named inside the quote: an empty span at its start
                    party = Party(name, aid, int(a), int(a), "actor" if aid else "name")
                    self.voiced.append((int(a), int(b), party))
        # every attributed quote, reported speech included: whose words hold an offset
        self.attributed: list[tuple[int, int, Party]] = []
        if self.quotes is not None and len(self.quotes):
            for a, b, name, aid in frame_rows(self.quotes, "start", "end", "speaker", "speaker_id"):
                if isinstance(name, str) and name:
                    aid = aid if isinstance(aid, str) and aid else None
                    kind = "actor" if aid else "name"
                    self.attributed.append((int(a), int(b), Party(name, aid, int(a), int(a), kind)))
        # the state actor of each country ("la demande kényane" → Kenya)
        self.states: dict[str, str] = {}
        for aid, row in self.res.actors.items():
            if str(row.get("type")) == "state" and isinstance(row.get("country"), str):
                self.states.setdefault(row["country"], aid)
        self.rows: list[Row] = []
        # (holder id, target id) of the visits and receptions told in earlier sentences, for
        # the "vous" of a later quote (:mod:`~analysis.extract.stance.met_partners`)
        self.met: list[tuple[str, str]] = []
        # (sentence id, target) of the issues stances were taken on, for "s'y opposer"
        self.issues: list[tuple[int, Target]] = []
        self.sid = 0
        self.tv = view(self.doc)
        self.low = syntax(self.doc).low  # norm(token.text) of every token
        # per cue token and per sentence memos of the hedge tests (rows often share a cue)
        self.hedge_memo: dict[tuple[int, int, int], bool] = {}
        self.sentence_hedge_memo: dict[tuple[int, int], bool] = {}
        # the article's protagonist state, once read (:func:`bare.protagonist`)
        self.protagonist_memo: list[str | None] = []

    @property
    def term_heads(self) -> frozenset[str]:
        """The first word(s) of the multi-word evaluative terms (:attr:`Cues.term_heads`)."""
        return self.c.term_heads

    def has_child(self, i: int, deps: tuple[str, ...]) -> bool:
        """Token i has a child with one of the dependency labels ``deps`` (read from the token
        view: rules ask this of every verb and noun; a loop, not ``any`` over a generator)."""
        dep = self.tv.dep
        for c in self.tv.children[i]:
            if dep[c] in deps:
                return True
        return False

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
        """Record that each identified holder is for/against ``target`` (not a stance toward
        itself); an issue target is remembered for a later clitic. Polarity 0 is kept only for
        the rules that state neutrality (kind ``neutral``: a call for restraint or dialogue
        addressed to a party, a declared abstention): elsewhere a 0 is a rule that found no
        sign, and is dropped."""
        if target is None or not target.name or (polarity == 0 and kind != NEUTRAL):
            return
        if target.actor_id is None and not self.is_issue(target):
            return
        for h in holders:
            if h is None or not h.identified:
                continue
            if h.actor_id and h.actor_id == target.actor_id:
                continue
            if fold(h.name or "") == fold(target.name):
                continue
            self.rows.append(Row(h, target, polarity, cue, kind, tok))
            if target.actor_id is None and kind in ISSUE_KINDS and polarity:
                self.issues.append((self.sid, target))

    def quote_start_at(self, offset: int) -> int | None:
        """Where the quote (direct or partial, credited or not) that holds ``offset`` opens."""
        for a, b in self.res.quote_spans:
            if a <= offset < b:
                return a
        return None

    def speaker_at(self, offset: int) -> Party | None:
        """The speaker of the attributed quote that holds ``offset`` (None outside one)."""
        for a, b, party in self.voiced:
            if a <= offset < b:
                return party
        return None

    def attributed_at(self, offset: int) -> Party | None:
        """The speaker of the innermost attributed quote (reported speech too) holding
        ``offset`` (None outside one)."""
        best = None
        for a, b, party in self.attributed:
            if a <= offset < b and (best is None or a >= best[0]):
                best = (a, party)
        return best[1] if best else None

    def is_issue(self, target: Target) -> bool:
        """An issue target names something: a content word that is not an interrogative, a
        pronoun or a determiner (:func:`names_an_issue`), never "Où" or a bare "cela"."""
        if not names_an_issue(target.name) or not names_an_issue(target.text):
            return False
        span = self.doc.char_span(target.start, target.end, alignment_mode="expand")
        if span is None:
            return True
        skip, pos = self.words.not_targets, self.tv.pos
        # a content word (the tagger reads some nouns as adjectives: "une centrale solaire")
        content = ("NOUN", "PROPN", "ADJ", "X", "NUM")
        return any(pos[t.i] in content for t in span if self.low[t.i] not in skip)

    def recent_issue(self) -> Target | None:
        """The issue of the latest stance, if it was taken in this sentence or the two
        before."""
        for sid, target in reversed(self.issues):
            if sid >= self.sid - 2:
                return target
            break
        return None


def heads_above(t: Token, steps: int) -> Iterator[Token]:
    """The words above ``t``, nearest first, at most ``steps`` heads up (stops at the root).
    Why: the rules climb from a noun or an infinitive to the words that govern it; a named
    helper says so instead of a counted loop."""
    node = t
    for _ in range(steps):
        if node.head.i == node.i:
            return
        node = node.head
        yield node


def governing(t: Token, pos: frozenset[str] | set[str], steps: int) -> Token | None:
    """The nearest word above ``t`` (``t`` excluded, at most ``steps`` heads up) whose part
    of speech is one of ``pos``; None at the root or past ``steps``."""
    return next((h for h in heads_above(t, steps) if h.pos_ in pos), None)
