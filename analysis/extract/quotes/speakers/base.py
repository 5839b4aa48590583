"""The :class:`ResolverBase`: what every speaker rule reads (the article, its token view, the
actor table, sorted mentions, entities and persons, sentence bounds) and the :class:`Party` it
produces. Every lookup is a bisect over sorted offsets, so a whole article costs O(n log n)."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

import pandas as pd
from spacy.tokens import Doc, Span, Token

from analysis.document.article import Article
from analysis.document.frames import records
from analysis.document.frames import rows as frame_rows
from analysis.document.tokens import TokenView, doc_state, view
from analysis.extract.cues import Cues, cues


@dataclass(frozen=True)
class Party:
    """A speaker or stance holder as found in the text.

    ``name`` is None when the noun phrase designates no identifiable speaker (``kind`` then
    says why: "anonymous" or "unknown").
    """

    name: str | None
    actor_id: str | None
    start: int
    end: int
    kind: str  # actor | name | noun | pronoun | anonymous | unknown
    gender: str | None = None
    plural: bool = False

    @property
    def identified(self) -> bool:
        return self.name is not None


@functools.lru_cache(maxsize=4096)
def clean_name(text: str) -> str:
    """A name without surrounding punctuation, leading article or extra spaces (memoised:
    the same entity and mention texts are cleaned for every phrase around them)."""
    text = re.sub(r"^[\s\"«“”»'(),;:.-]+|[\s\"«“”»'(),;:.]+$", "", text)
    text = re.sub(r"^(?:(?:les|le|la|un|une|des|du|de)\s+|l'|l’|d'|d’)(?=\S)", "", text, flags=re.I)
    return " ".join(text.split())


def syntax(doc: Doc) -> TokenView:
    """The token view of ``doc`` (kept under its former name: the noun-phrase rules' lists,
    ``low``, ``lemma_low``, ``sent_bounds``, the tree and the morphology, are the view's)."""
    return view(doc)


@dataclass
class _Index:
    """What a :class:`Resolver` reads from the Doc and the actor tables: sorted mentions,
    entities and persons, and memos derived from them (never changed by the rules)."""

    key: tuple  # (article, doc, actors table, mentions table, cues), compared by identity
    actors: dict[str, dict]
    m: list[tuple[int, int, str]]
    m_starts: list[int]
    ents: list[tuple[int, int, Span]]
    e_starts: list[int]
    persons: list[tuple[int, int, str | None]]
    p_starts: list[int]
    gender_cache: dict[str, str | None]
    # (head, pps, appos) -> the token range of the noun phrase around the head (a function
    # of the parse and the mentions alone: asked again by the quote and stance rules)
    chunks: dict[tuple[int, bool, bool], tuple[int, int]]
    # verb -> the first token of its verb group (idem)
    verb_groups: dict[int, int]


# lower-case words that may open a person's name ("de Villepin", "al-Assad", "van Dijk")
NAME_PARTICLES = frozenset(
    "de d' d’ du des la le van von der den ten ter al el ben bin ibn ould dos da di do".split()
)


def _may_be_name(text: str) -> bool:
    """A span the tagger marked as a person may be a name: it opens with a capital or a name
    particle ("kenyan des Affaires étrangères", a title's tail after a name, is not one)."""
    if not text or not text[0].islower():
        return True
    first = text.split()[0].lower()
    return (
        first in NAME_PARTICLES
        or first.split("-")[0] in NAME_PARTICLES
        or first.startswith(("d'", "d’"))
    )


class ResolverBase:
    """The Doc and actor tables of one article, indexed for the speaker rules."""

    def __init__(
        self,
        article: Article,
        doc: Doc,
        tables: dict[str, pd.DataFrame] | None = None,
        c: Cues | None = None,
    ) -> None:
        self.article, self.doc, self.c = article, doc, c or cues()
        self._tv = view(doc)
        self._anon_first = frozenset(q[0] for q in self.c.anonymous if q)
        tables = tables or {}
        actors = tables.get("actors")
        mentions = tables.get("mentions")
        key = (article, doc, actors, mentions, self.c)
        # the quotes and stance steps each run a Resolver on the same Doc and tables: the
        # second reuses the index of the first, kept in the Doc's state with the very objects it
        # was built from (compared by identity: a rebuilt table is a new object)
        state = doc_state(doc)
        ix = state.get("resolver_index")
        if ix is not None and all(a is b for a, b in zip(ix.key, key, strict=True)):
            self.actors, self._m, self._m_starts = ix.actors, ix.m, ix.m_starts
            self._ents, self._e_starts = ix.ents, ix.e_starts
            self._persons, self._p_starts = ix.persons, ix.p_starts
            self._gender_cache = ix.gender_cache
            self._chunks, self._verb_groups = ix.chunks, ix.verb_groups
        else:
            self._build_index(actors, mentions)
            state["resolver_index"] = _Index(
                key,
                self.actors,
                self._m,
                self._m_starts,
                self._ents,
                self._e_starts,
                self._persons,
                self._p_starts,
                self._gender_cache,
                self._chunks,
                self._verb_groups,
            )
        # a speaker counted but not named ("plusieurs officiers") is anonymous; a stance
        # holder of that form is the group itself (the quote finder sets this)
        self.counted_are_anonymous = False
        # a speaker named by a title whose field is a body ("le porte-parole du ministère X")
        # is that person, not the body; a stance holder so named is the body (the quote
        # finder sets this)
        self.titles_speak = False
        self.speakers: list[tuple[int, Party]] = []  # (offset, party) in text order
        # offsets of the anonymous speakers quoted ("a déclaré un diplomate"), in text order
        self.anonymous_at: list[int] = []
        self.quote_spans: list[tuple[int, int]] = []
        self._alias_index: dict[str, str] | None = None
        self._by_actor: dict[str, list[tuple[int, int]]] | None = None
        self._q_starts: list[int] = []
        # verb index -> its subject heads (:meth:`subject_tokens`, asked about three times per
        # verb by the quote and stance rules; forgotten when the quote spans change)
        self._subject_memo: dict[int, list[Token]] = {}
        # (i, j, head, flags) -> the party a phrase names (:meth:`Naming.party`; forgotten
        # when a speaker is noted or the quote spans change)
        self._party_memo: dict[tuple[int, int, int, bool, bool], Party] = {}

    @property
    def token_view(self) -> TokenView:
        """The token view of the Doc (lists of lower-case forms, lemmas, offsets, tags, the
        tree): what a plug-in reads instead of spaCy tokens, for speed (one view per Doc,
        shared with every step)."""
        return self._tv

    def _build_index(self, actors: pd.DataFrame | None, mentions: pd.DataFrame | None) -> None:
        """Actors by id, and the mentions, entities and persons sorted by offset."""
        self.actors: dict[str, dict] = {}
        if actors is not None and len(actors):
            for row in records(actors):
                self.actors[str(row["actor_id"])] = row
        rows = []
        if mentions is not None and len(mentions):
            for start, end, aid in frame_rows(mentions, "start", "end", "actor_id"):
                if pd.notna(start) and pd.notna(end):
                    rows.append((int(start), int(end), str(aid)))
        rows.sort()
        self._m = rows
        self._m_starts = [r[0] for r in rows]
        ents = sorted((e.start_char, e.end_char, e) for e in self._tv.ent_spans)
        self._ents = ents
        self._e_starts = [e[0] for e in ents]
        # persons for pronouns: (start, end, actor_id or None, text)
        persons = []
        for s, e, aid in rows:
            if str(self.actors.get(aid, {}).get("type", "")) == "person":
                persons.append((s, e, aid))
        covered = {(s, e) for s, e, _ in persons}
        for s, e, ent in ents:
            if ent.label_ == "PER" and (s, e) not in covered and _may_be_name(ent.text):
                aid = self.actor_at(s, e)
                if aid is not None and self.actor_type(aid) not in ("person", ""):
                    continue  # a capital or a state the tagger took for a person ("Kigali")
                persons.append((s, e, aid))
        persons.sort()
        self._persons = persons
        self._p_starts = [p[0] for p in persons]
        self._gender_cache: dict[str, str | None] = {}
        self._chunks: dict[tuple[int, bool, bool], tuple[int, int]] = {}
        self._verb_groups: dict[int, int] = {}

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Actor mentions that lie inside [start, end)."""
        i = bisect.bisect_left(self._m_starts, start)
        out = []
        while i < len(self._m) and self._m[i][0] < end:
            if self._m[i][1] <= end:
                out.append(self._m[i])
            i += 1
        return out

    def actor_at(self, start: int, end: int) -> str | None:
        """The actor of the mention covering [start, end) (or inside it), if any."""
        i = bisect.bisect_right(self._m_starts, start) - 1
        for j in (i, i - 1):
            if 0 <= j < len(self._m):
                s, e, aid = self._m[j]
                if s <= start and end <= e:
                    return aid
        inside = self.mentions_in(start, end)
        return inside[0][2] if inside else None

    def ents_in(self, start: int, end: int) -> list[Span]:
        return [ent for _s, _e, ent in self.entities_in(start, end)]

    def entities_in(self, start: int, end: int) -> list[tuple[int, int, Span]]:
        """(start, end, entity) of the entities that lie inside [start, end) (their offsets
        read from the index, not from the Span)."""
        i = bisect.bisect_left(self._e_starts, start)
        out = []
        while i < len(self._ents) and self._ents[i][0] < end:
            if self._ents[i][1] <= end:
                out.append(self._ents[i])
            i += 1
        return out

    def actor_name(self, actor_id: str) -> str:
        return str(self.actors.get(actor_id, {}).get("name") or actor_id)

    def actor_type(self, actor_id: str | None) -> str:
        return str(self.actors.get(actor_id or "", {}).get("type") or "")

    def aliases(self, actor_id: str | None) -> list[str]:
        row = self.actors.get(actor_id or "")
        if not row:
            return []
        al = row.get("aliases")
        if isinstance(al, str):
            parts = [a.strip() for a in re.split(r"[|;]", al)]
        elif isinstance(al, list | tuple):
            parts = [str(a) for a in al]
        else:
            parts = []
        return [str(row.get("name"))] + [p for p in parts if p]

    def sent_bounds(self, tok: Token) -> tuple[int, int]:
        """(start, end) token indices of the sentence of ``tok`` (``tok.sent``)."""
        return self._sent_bounds_at(tok.i)

    def _sent_bounds_at(self, i: int) -> tuple[int, int]:
        b = self._tv.sent_bounds
        if b is None:
            s = self.doc[i].sent
            return s.start, s.end
        return b[0][i], b[1][i]

    def sent_start(self, i: int) -> int:
        """``doc[i].sent.start``."""
        b = self._tv.sent_bounds
        return self.doc[i].sent.start if b is None else b[0][i]

    def sent_end(self, i: int) -> int:
        """``doc[i].sent.end``."""
        b = self._tv.sent_bounds
        return self.doc[i].sent.end if b is None else b[1][i]

    def _inside_mention(self, t: Token) -> bool:
        return self._inside_mention_at(t.idx)

    def _inside_mention_at(self, offset: int) -> bool:
        i = bisect.bisect_right(self._m_starts, offset) - 1
        while i >= 0 and offset - self._m[i][0] < 200:
            if self._m[i][0] < offset < self._m[i][1] - 1:
                return True
            i -= 1
        return False

    def _inside_entity(self, t: Token) -> bool:
        return self._inside_entity_at(t.idx)

    def _inside_entity_at(self, offset: int) -> bool:
        i = bisect.bisect_right(self._e_starts, offset) - 1
        return 0 <= i < len(self._ents) and self._ents[i][0] < offset < self._ents[i][1] - 1
