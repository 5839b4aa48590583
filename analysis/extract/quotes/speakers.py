"""Who says it, who holds it: noun phrases around cue words turned into named parties.

Quotes and stances both need the same thing: from a token (a subject, a "par" agent, the
noun phrase after "selon"), find the noun phrase, decide whether it designates an identifiable
speaker, name it and link it to the actor table. spaCy's French parse is often wrong on long
appositions and inverted subjects, so the noun phrase is rebuilt linearly around the parser's
anchor, and the name is chosen by priority: an actor mention on the head, a person mention, an
organisation, an entity, a proper name, a demonym, a speaker noun from the lexicon. Anything
else ("les parties", "le texte") is *not* a speaker: the caller then marks it unattributed
rather than guessing. Pronouns ("a-t-elle expliqué", "selon lui") are resolved to the nearest
compatible subject, person mention or previous speaker.

Every lookup is a bisect over sorted offsets, so a whole article costs O(n log n).
"""

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
from analysis.extract.cues import Cues, cues, fold, norm, word_sequence_at
from analysis.extract.quotes.words import (
    CASE_PREPS,
    DE,
    FIRST_SECOND_PERSON,
    INDEFINITE,
    PRONOUNS,
    QUANTITY_HEADS,
    STOP_WORDS,
    TWO_WORD_CLASSES,
)

# which kind of name stands for a phrase, by class of its head noun
PREFERENCE = {
    "role": ("person", "org"),  # a place in a role phrase is a jurisdiction, not the speaker
    "medium": ("org", "person", "place"),
    "organisation": ("org", "person", "place"),
    "group": ("org", "place", "person"),
    "": ("person", "org", "place"),
}


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
def _clean(text: str) -> str:
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


class Resolver:
    """Noun phrases → :class:`Party`, with the actor table and a little coreference."""

    def __init__(
        self,
        article: Article,
        doc: Doc,
        tables: dict[str, pd.DataFrame] | None = None,
        c: Cues | None = None,
    ) -> None:
        self.article, self.doc, self.c = article, doc, c or cues()
        self._tv = view(doc)
        self._sx = self._tv
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
            )
        self.speakers: list[tuple[int, Party]] = []  # (offset, party) in text order
        self.quote_spans: list[tuple[int, int]] = []
        self._alias_index: dict[str, str] | None = None
        self._by_actor: dict[str, list[tuple[int, int]]] | None = None
        self._q_starts: list[int] = []

    def _build_index(self, actors: pd.DataFrame | None, mentions: pd.DataFrame | None) -> None:
        """Actors by id, and the mentions, entities and persons sorted by offset."""
        doc = self.doc
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
        ents = sorted((e.start_char, e.end_char, e) for e in doc.ents)
        self._ents = ents
        self._e_starts = [e[0] for e in ents]
        # persons for pronouns: (start, end, actor_id or None, text)
        persons = []
        for s, e, aid in rows:
            if str(self.actors.get(aid, {}).get("type", "")) == "person":
                persons.append((s, e, aid))
        covered = {(s, e) for s, e, _ in persons}
        for s, e, ent in ents:
            if ent.label_ == "PER" and (s, e) not in covered:
                persons.append((s, e, self.actor_at(s, e)))
        persons.sort()
        self._persons = persons
        self._p_starts = [p[0] for p in persons]
        self._gender_cache: dict[str, str | None] = {}

    # ---------------------------------------------------------------- lookups

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
        i = bisect.bisect_left(self._e_starts, start)
        out = []
        while i < len(self._ents) and self._ents[i][0] < end:
            if self._ents[i][1] <= end:
                out.append(self._ents[i][2])
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

    # ---------------------------------------------------------------- noun phrases

    def sent_bounds(self, tok: Token) -> tuple[int, int]:
        """(start, end) token indices of the sentence of ``tok`` (``tok.sent``)."""
        return self._sent_bounds_at(tok.i)

    def _sent_bounds_at(self, i: int) -> tuple[int, int]:
        b = self._sx.sent_bounds
        if b is None:
            s = self.doc[i].sent
            return s.start, s.end
        return b[0][i], b[1][i]

    def sent_start(self, i: int) -> int:
        """``doc[i].sent.start``."""
        b = self._sx.sent_bounds
        return self.doc[i].sent.start if b is None else b[0][i]

    def sent_end(self, i: int) -> int:
        """``doc[i].sent.end``."""
        b = self._sx.sent_bounds
        return self.doc[i].sent.end if b is None else b[1][i]

    def chunk(self, head: Token, *, pps: bool = False, appos: bool = True) -> tuple[int, int]:
        """Token range [i, j) of the noun phrase around ``head``, rebuilt linearly.

        ``pps`` keeps prepositional complements the parser attaches inside the phrase
        ("discussion sur le statut"); ``appos`` keeps a comma-separated name after it
        ("le porte-parole, Orkhan Veliyev").
        """
        # token attributes read from per-Doc lists (chunk runs for every party of every step)
        tv, sx = self._tv, self._sx
        pos, text, lows, heads = tv.pos, tv.text, sx.low, sx.head
        lo, hi = self.sent_bounds(head)
        h = head.i
        i = h
        while i - 1 >= lo:
            tp = pos[i - 1]
            if i < h and pos[i] == "DET" and tv.alpha[i] and sx.dep[i] == "det":
                break  # the determiner opens the phrase ("l'hiver prochain | l'ouverture")
            if tp in ("DET", "ADJ", "NUM") or (
                tp in ("PROPN", "NOUN") and heads[i - 1] >= i - 1 and heads[i - 1] <= h + 3
            ):
                i -= 1
                continue
            if lows[i - 1] in ("tout", "tous", "toute", "toutes", "plus", "moins"):
                i -= 1
                continue
            break
        j = h + 1
        in_complement = False
        n = 0
        while j < hi and n < 30:
            n += 1
            tp = pos[j]
            low = lows[j]
            has_nxt = j + 1 < hi
            if tv.space[j]:
                j += 1
                continue
            if low in DE and has_nxt and self._name_ends(head, j, hi):
                break
            if (
                low in DE
                and has_nxt
                and (
                    pos[j + 1] in ("DET", "NOUN", "PROPN", "ADJ", "NUM")
                    or (text[j + 1] in ('"', "«", "“") and j + 2 < hi and pos[j + 2] != "PUNCT")
                )
            ):
                in_complement = True
                j += 1
                continue
            if tp in ("NOUN", "PROPN", "ADJ", "NUM", "X", "SYM") and low not in STOP_WORDS:
                j += 1
                continue
            if tp == "DET" and (in_complement or text[j - 1] in ("(",)):
                j += 1
                continue
            if tp == "DET" and text[j][:1].isupper() and has_nxt and pos[j + 1] == "PROPN":
                j += 1  # "le quotidien Le Soleil"
                continue
            # (the morphology last: it is the slow test)
            if tp == "VERB" and pps and heads[j] < j and "Part" in sx.morph(j, "VerbForm"):
                j += 1
                continue
            if (
                low in ("et", "ou")
                and has_nxt
                and (
                    (in_complement and pos[j + 1] in ("NOUN", "PROPN") and text[j + 1] != "et")
                    or self._inside_entity_at(tv.idx[j])
                )
            ):
                j += 1
                continue
            if low in ('"', "«", "»", "“", "”", "-", "–", "'", "’") and tp == "PUNCT":
                # quotation marks inside the phrase: keep going if the phrase goes on
                if has_nxt and (pos[j + 1] in ("NOUN", "ADJ", "PROPN", "ADP") or low in "«“"):
                    j += 1
                    continue
                if low in '"»”' and j > h:
                    j += 1
                    continue
                break
            if low == "(":
                k = j + 1
                while k < hi and text[k] != ")" and k - j < 12:
                    k += 1
                if k < hi and text[k] == ")":
                    j = k + 1
                    continue
                break
            if pps and tp == "ADP" and low in CASE_PREPS and has_nxt:
                obj_head = heads[heads[j]]
                if i <= obj_head < j or obj_head == h:
                    in_complement = True
                    j += 1
                    continue
            if appos and low == "," and has_nxt:
                k = self._appos_name_end(j + 1, hi)
                if k:
                    j = k
                    break
            break
        while (
            j > h + 1
            and pos[j - 1] in ("ADP", "CCONJ", "PUNCT", "DET")
            and (text[j - 1] not in (")", '"', "»", "”"))
        ):
            j -= 1
        return i, j

    def _name_ends(self, head: Token, j: int, hi: int) -> bool:
        """A proper name is not followed by a "de" complement in lower case ("Rabat du
        ministre ..."), unlike a compound name ("Corée du Sud")."""
        tv = self._tv
        pos, text = tv.pos, tv.text
        h = head.i
        if not (pos[h] == "PROPN" or (text[h][:1].isupper() and h != self.sent_start(h))):
            return False
        if text[h][:1].islower() or self._inside_mention_at(tv.idx[j]):
            return False
        k = j + 1
        contracted = self._sx.low[j] in ("du", "des")
        while k < hi and pos[k] == "DET":
            k += 1
            contracted = True
        return contracted and k < hi and text[k][:1].islower()

    def _appos_name_end(self, k: int, hi: int) -> int | None:
        """End of a name apposition starting at token k (", Orkhan Veliyev"), or None."""
        pos, text = self._tv.pos, self._tv.text
        start = k
        while k < hi and (
            pos[k] == "PROPN" or (text[k][:1].isupper() and pos[k] in ("NOUN", "ADJ", "X"))
        ):
            k += 1
        if k - start >= 1 and self._is_name_span(start, k):
            return k
        return None

    def _opens_clause(self, k: int, hi: int) -> bool:
        """Token k follows a name that is the subject of a new clause ("Selon X, Berlin
        espère ..."), not an apposition: a verb, a negation or a clitic comes next."""
        if k >= hi:
            return False
        return self._tv.pos[k] in ("VERB", "AUX") or self._sx.low[k] in (
            "ne",
            "n'",
            "se",
            "s'",
            "y",
            "en",
        )

    def _is_name_span(self, i: int, j: int) -> bool:
        text = self._tv.text
        s, e = self._tv.idx[i], self._tv.end[j - 1]
        if any(ent.label_ in ("PER", "ORG") for ent in self.ents_in(s, e)):
            return True
        if self.mentions_in(s, e):
            return True
        return j - i >= 2 and all(text[x][:1].isupper() for x in range(i, j))

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

    # ---------------------------------------------------------------- naming

    def party(self, i: int, j: int, head: Token | None = None) -> Party:
        """Name the noun phrase doc[i:j] (``head`` = its syntactic head, if known)."""
        tv, lows = self._tv, self._sx.low
        punct = tv.punct
        while i < j and (punct[i] or tv.space[i]):
            i += 1
        while j > i and (punct[j - 1] and tv.text[j - 1] not in (")",)):
            j -= 1
        if i >= j:
            return Party(None, None, 0, 0, "unknown")
        start, end = tv.idx[i], tv.end[j - 1]
        if head is None or not (i <= head.i < j):
            head = self._head_of(i, j)
        head = self._skip_quantity(head, j)
        gender, plural = self._gender_number(i, j, head)
        words = lows[i:j]
        anon_first = self._anon_first
        for k in range(len(words)):
            # only a word that opens an anonymous phrase can start one (cheap test first)
            if words[k] in anon_first and word_sequence_at(words, k, self.c.anonymous):
                return Party(None, None, start, end, "anonymous", gender, plural)
        h = head.i
        hl = lows[h]
        hlem = norm(tv.lemma[h])
        head_pos = tv.pos[h]
        if head_pos == "PRON" and hl in PRONOUNS:
            resolved = self.pronoun(head)
            if resolved is not None:
                return resolved
            return Party(None, None, start, end, "unknown", *PRONOUNS[hl])
        if head_pos == "PRON" and hl in FIRST_SECOND_PERSON:
            return Party(None, None, start, end, "first-person", gender, plural)
        mentions = self.mentions_in(start, end)
        # 1. the head itself is an actor mention
        head_idx = tv.idx[h]
        for s, e, aid in mentions:
            if s <= head_idx < e:
                return self._actor_party(aid, start, end, gender, plural)
        category = self._category(hl, hlem)
        if category != "institution":
            # 2. the best name inside the phrase, in an order that depends on the head noun
            order = PREFERENCE.get(category or "", PREFERENCE[""])
            cands = [c for c in self._candidates(i, j, start, end, mentions) if c[0] in order]
            if cands:
                cands.sort(key=lambda c: (order.index(c[0]), c[1]))
                _kind, _pos, name, aid = cands[0]
                if aid:
                    return self._actor_party(aid, start, end, gender, plural)
                return Party(name, None, start, end, "name", gender, plural)
        # 6. a speaker noun (role, organisation, medium, institution, group) or a demonym
        capitalised = tv.text[h][:1].isupper() and h != self.sent_start(h)
        if capitalised or hl in self.c.speaker_nouns or hlem in self.c.speaker_nouns:
            det = lows[i] if tv.pos[i] == "DET" else ""
            is_person_role = (hl in self.c.roles or hlem in self.c.roles) and not plural
            if det in INDEFINITE and is_person_role and not capitalised:
                return Party(None, None, start, end, "anonymous", gender, plural)
            name = self._name_text(head, j)
            aid = self._actor_by_alias(name)
            if aid:
                return self._actor_party(aid, start, end, gender, plural)
            return Party(name, None, start, end, "noun", gender, plural)
        return Party(None, None, start, end, "unknown", gender, plural)

    def category(self, head: Token) -> str | None:
        """Lexicon class of a head noun: role, medium, organisation, institution, group."""
        return self._category(norm(head.text), norm(head.lemma_))

    def _category(self, *forms: str) -> str | None:
        """:meth:`category` of a head noun given by its normalised text and lemma."""
        c = self.c
        for w in forms:
            for name, words in (
                ("institution", c.institutions),
                ("role", c.roles),
                ("medium", c.media),
                ("organisation", c.organisations),
                ("group", c.groups),
            ):
                if w in words:
                    return name
        return None

    def _candidates(
        self, i: int, j: int, start: int, end: int, mentions: list[tuple[int, int, str]]
    ) -> list[tuple[str, int, str, str | None]]:
        """(kind, offset, name, actor_id) of every name inside doc[i:j]: actor mentions,
        entities and runs of proper nouns; a parenthesised acronym right after a name
        replaces it ("les Patriotes ... (Pastef)")."""
        out = []
        taken: list[tuple[int, int]] = []
        for s, e, aid in mentions:
            out.append((self._mention_kind(aid), s, self.actor_name(aid), aid))
            taken.append((s, e))
        for ent in self.ents_in(start, end):
            if not self._good_entity(ent):
                continue
            if any(not (ent.end_char <= a or ent.start_char >= b) for a, b in taken):
                continue
            aid = self.actor_at(ent.start_char, ent.end_char)
            kind = {"PER": "person", "ORG": "org", "MISC": "org"}.get(ent.label_, "place")
            name = self._entity_name(ent)
            out.append((kind, ent.start_char, self._acronym_after(ent.end_char, end) or name, aid))
            taken.append((ent.start_char, ent.end_char))
        run = self._proper_run(i, j, None)
        if run is not None:
            a, b = run
            s0, e0 = self.doc[a].idx, self.doc[b - 1].idx + len(self.doc[b - 1])
            if not any(not (e0 <= x or s0 >= y) for x, y in taken):
                name = _clean(self.article.text[s0:e0])
                out.append(("org", s0, self._acronym_after(e0, end) or name, self.actor_at(s0, e0)))
        return [c for c in out if c[2]]

    def _mention_kind(self, aid: str) -> str:
        t = self.actor_type(aid)
        if t == "person":
            return "person"
        if t in ("organisation", "company", "media", "group"):
            return "org"
        return "place"

    def _entity_name(self, ent: Span) -> str:
        text = self.article.text[ent.start_char : ent.end_char]
        first = ent[0]
        if first.pos_ == "DET" and first.text[:1].isupper() and first.i != self.sent_start(first.i):
            return " ".join(text.split())  # "Le Soleil", "La Tercera": the article is the name
        return _clean(text)

    def _acronym_after(self, offset: int, end: int) -> str | None:
        m = re.match(r"\s*\(([A-Z][\w.-]{1,14})\)", self.article.text[offset : end + 1])
        return m.group(1) if m else None

    def _actor_party(
        self, aid: str, start: int, end: int, gender: str | None, plural: bool
    ) -> Party:
        if gender is None and self.actor_type(aid) == "person":
            gender = self.person_gender(aid)
        return Party(self.actor_name(aid), aid, start, end, "actor", gender, plural)

    def _actor_by_alias(self, name: str) -> str | None:
        if self._alias_index is None:
            index: dict[str, str] = {}
            for aid in self.actors:
                for a in self.aliases(aid):
                    index.setdefault(fold(a), aid)
            self._alias_index = index
        return self._alias_index.get(fold(name))

    def _head_of(self, i: int, j: int) -> Token:
        tv, lows = self._tv, self._sx.low
        pos = tv.pos
        for k in range(*slice(i, j).indices(len(pos))):  # the tokens of doc[i:j]
            if pos[k] in ("NOUN", "PROPN", "PRON") and lows[k] not in STOP_WORDS:
                return tv.tokens[k]
        return self.doc[i]

    def _skip_quantity(self, head: Token, j: int) -> Token:
        tv = self._tv
        pos, text = tv.pos, tv.text
        h = head.i
        if self._sx.low[h] in QUANTITY_HEADS or pos[h] == "NUM" or text[h] == "%":
            k = h + 1
            while k < j and (pos[k] in ("ADP", "DET", "ADJ", "NUM") or text[k] == "%"):
                k += 1
            if k < j and pos[k] in ("NOUN", "PROPN"):
                return tv.tokens[k]
        return head

    def _good_entity(self, ent: Span) -> bool:
        text = _clean(ent.text)
        if not text or not text[:1].isupper():
            return False
        first = norm(text.split()[0])
        return first not in self.c.speaker_nouns or ent.label_ == "PER"

    def _proper_run(self, i: int, j: int, head: Token) -> tuple[int, int] | None:
        pos, text = self._tv.pos, self._tv.text
        n = len(pos)
        best = None
        k = i
        while k < j:
            t = k % n if k < 0 else k  # doc[k] (a negative index counts from the end)
            if pos[k] == "PROPN" and text[k][:1].isupper() and t != self.sent_start(t):
                a = k
                while k < j and (pos[k] == "PROPN" or (text[k][:1].isupper() and pos[k] != "DET")):
                    k += 1
                if best is None:
                    best = (a, k)
                continue
            k += 1
        return best

    def _name_text(self, head: Token, j: int) -> str:
        """Head + what follows it in the phrase, without determiners/leading adjectives, cut
        at a comma or a relative pronoun."""
        tv, lows = self._tv, self._sx.low
        pos = tv.pos
        h = head.i
        k = h + 1
        while k < j and tv.text[k] not in (",", ";", ":") and lows[k] not in STOP_WORDS:
            if pos[k] == "ADP" and lows[k] not in DE:
                break
            k += 1
        while k > h + 1 and (pos[k - 1] in ("ADP", "DET", "CCONJ", "PUNCT")):
            k -= 1
        text = self.article.text[tv.idx[h] : tv.end[k - 1]]
        return _clean(text.replace("«", "").replace("»", "").replace('"', ""))

    def _gender_number(self, i: int, j: int, head: Token) -> tuple[str | None, bool]:
        sx, pos = self._sx, self._tv.pos
        lows = sx.low
        feminine, masculine = self.c.feminine, self.c.masculine
        gender = None
        for w in lows[i:j]:
            if w in feminine:
                gender = "f"
                break
            if w in masculine:
                gender = "m"
                break
        h = head.i
        if gender is None:
            g = sx.morph(h, "Gender")
            det = lows[i] if pos[i] == "DET" and sx.head[i] == h else None
            if det is not None and det in ("la", "une", "cette"):
                gender = "f"
            elif det is not None and det in ("le", "un", "ce", "cet", "du", "au"):
                gender = "m"
            elif g and pos[h] != "PROPN":
                gender = "f" if g[0] == "Fem" else "m"
        plural = "Plur" in sx.morph(h, "Number") or lows[i] in ("les", "des", "ces")
        return gender, plural

    def person_gender(self, actor_id: str) -> str | None:
        """Gender of a person actor from the words around its mentions (role nouns, Mme)."""
        if actor_id in self._gender_cache:
            return self._gender_cache[actor_id]
        if self._by_actor is None:
            by_actor: dict[str, list[tuple[int, int]]] = {}
            for s0, e0, a0 in self._m:
                by_actor.setdefault(a0, []).append((s0, e0))
            self._by_actor = by_actor
        votes = {"f": 0, "m": 0}
        for s, e in self._by_actor.get(actor_id, []):
            left = self.article.nlp_text[max(0, s - 60) : s]
            right = self.article.nlp_text[e : e + 40]
            for w in re.findall(r"[\w'.-]+", left)[-4:] + re.findall(r"[\w'.-]+", right)[:3]:
                lw = norm(w)
                if lw in self.c.feminine:
                    votes["f"] += 1
                elif lw in self.c.masculine:
                    votes["m"] += 1
        g = None if votes["f"] == votes["m"] else ("f" if votes["f"] > votes["m"] else "m")
        self._gender_cache[actor_id] = g
        return g

    # ---------------------------------------------------------------- verbs

    def verb_group_start(self, verb: Token) -> int:
        """Index of the first token of the verb group (auxiliaries, clitics, negation)."""
        sx, tv = self._sx, self._tv
        heads, deps, lows, pos, text = sx.head, sx.dep, sx.low, tv.pos, tv.text
        v = verb.i
        i = v
        lo = self.sent_start(v)
        # "X a, de son côté, plaidé" / "X ont par ailleurs ouvert": an incise or adverbial
        # between the auxiliary and the participle still belongs to the verb group.
        # (The first auxiliary child in the window: the children of the verb are the tokens
        # whose head it is, read from the head list rather than from ``verb.children``.)
        for k in range(max(lo, v - 12), v):
            if heads[k] == v and deps[k].startswith("aux"):
                i = k
                break
        while i - 1 >= lo:
            k = i - 1
            if (
                deps[k].startswith("aux")
                or lows[k]
                in ("ne", "n'", "se", "s'", "y", "en", "lui", "leur", "pas", "plus", "jamais")
                or (text[k].startswith("-") and pos[k] == "PRON")
                or (pos[k] == "ADV" and heads[k] == v)
                or (pos[k] == "AUX")
            ):
                i -= 1
                continue
            break
        return i

    def subject_tokens(self, verb: Token, depth: int = 0) -> list[Token]:
        """Heads of the subject(s) of ``verb``: its nsubj, or the subject it shares with the
        verb it is coordinated with / controlled by, or the antecedent of a relative "qui"."""
        if depth > 4:
            return []
        # the tree read from the token view (``token.children`` builds a Token per child)
        sx, tv = self._sx, self._tv
        dep, kids, toks, lows = sx.dep, tv.children, tv.tokens, sx.low
        v = verb.i
        subj = [c for c in kids[v] if dep[c] in ("nsubj", "expl:subj")]
        if not subj:
            # misparse: the subject hangs on the auxiliary ("X a, de son côté, plaidé")
            subj = [
                c
                for a in kids[v]
                if dep[a].startswith("aux") and a < v
                for c in kids[a]
                if dep[c] == "nsubj" and c < a
            ]
        verb_dep, verb_head = dep[v], sx.head[v]
        subj = [
            s
            for s in subj
            if lows[s] not in ("ce", "c'", "cela", "ça") and not self._in_attribution(toks[s])
        ]
        if (
            subj
            and verb_dep == "conj"
            and verb_head < subj[0] < v
            and "Fin" not in sx.morph(v, "VerbForm")
            and not any(dep[ch].startswith("aux") or dep[ch] == "mark" for ch in kids[v])
        ):
            subj = []  # "X a rejeté ces accusations et dénoncé ...": a misparsed object
        if (
            subj
            and verb_dep == "conj"
            and verb_head < subj[0]
            and (lows[subj[0]] in QUANTITY_HEADS or tv.text[subj[0]] == "%")
            and not any(lows[x] in DE for x in tv.subtree(subj[0]))
        ):
            # "61 % des Brésiliens jugent ..., mais 57 % s'opposent": the same population
            inherited = self.subject_tokens(toks[verb_head], depth + 1)
            if inherited:
                return inherited
        if subj:
            s = subj[0]
            if lows[s] in ("qui",) and verb_dep in ("acl:relcl", "acl"):
                ante = self._antecedent(toks[s])
                if ante is not None:
                    return [ante]
            if lows[s] in ("qui",) and verb_dep in ("acl:relcl", "acl") and verb_head < s:
                return [toks[verb_head]]
            pos = tv.pos
            out = [toks[s]] + [
                toks[c]
                for c in kids[s]
                if dep[c] == "conj"
                and pos[c] in ("NOUN", "PROPN")
                and not any(dep[x] == "case" for x in kids[c])
                and any(dep[x] == "cc" for x in kids[c])
            ]
            return out
        if verb_dep == "conj" or (
            verb_dep in ("xcomp", "advcl", "obl:mod", "acl", "ccomp", "obl:arg")
            and (
                "Inf" in sx.morph(v, "VerbForm")
                or "Ger" in sx.morph(v, "VerbForm")
                or self._is_gerund(verb)
            )
        ):
            if verb_head != v:
                return self.subject_tokens(toks[verb_head], depth + 1)
        return []

    def _antecedent(self, qui: Token) -> Token | None:
        """The noun a relative "qui" refers to: the parser's head when it is a noun just
        before, else the phrase ending right before "qui" (", qui" after a name)."""
        tv, heads = self._tv, self._sx.head
        pos = tv.pos
        q = qui.i
        head = heads[heads[q]]
        if pos[head] in ("NOUN", "PROPN") and q - 8 <= head < q:
            return tv.tokens[head]
        j = q - 1
        lo = self.sent_start(q)
        if j >= lo and tv.text[j] == ",":
            j -= 1
        if j < lo or pos[j] not in ("NOUN", "PROPN"):
            return None
        i = j
        while i - 1 >= lo and pos[i - 1] in ("NOUN", "PROPN", "ADJ", "DET"):
            i -= 1
        return next((tv.tokens[k] for k in range(i, j + 1) if pos[k] in ("NOUN", "PROPN")), None)

    def _in_attribution(self, t: Token) -> bool:
        """A noun inside "selon X" / "d'après X" is never a subject (misparse)."""
        lows, text = self._sx.low, self._tv.text
        for k in range(max(self.sent_start(t.i), t.i - 4), t.i):
            w = lows[k]
            if w == "selon" or (w == "après" and k > 0 and lows[k - 1] == "d'"):
                return not any(text[x] == "," for x in range(k, t.i))
        return False

    def _is_gerund(self, verb: Token) -> bool:
        v, sx = verb.i, self._sx
        return (
            v > 0
            and sx.low[v - 1] in ("en", "tout")  # the cheap test first
            and "Part" in sx.morph(v, "VerbForm")
            and "Pres" in sx.morph(v, "Tense")
        )

    def is_passive(self, verb: Token) -> bool:
        dep = self._sx.dep
        return any(dep[c] in ("aux:pass", "nsubj:pass") for c in self._tv.children[verb.i])

    def agent_token(self, verb: Token) -> Token | None:
        """The "par X" agent of a passive verb or participle."""
        tv = self._tv
        dep = self._sx.dep
        for c in tv.children[verb.i]:
            if dep[c] == "obl:agent":
                return tv.tokens[c]
        pos, lows = tv.pos, self._sx.low
        hi = self.sent_end(verb.i)
        k = verb.i + 1
        while k < hi and k <= verb.i + 3:
            if lows[k] == "par" and k + 1 < hi:
                m = k + 1
                while m < hi and pos[m] in ("DET", "ADJ"):
                    m += 1
                if m < hi and pos[m] in ("NOUN", "PROPN", "PRON"):
                    return tv.tokens[m]
            if pos[k] in ("VERB", "PUNCT") and tv.text[k] not in ('"', "«", "»"):
                break
            k += 1
        return None

    def subjects(self, verb: Token) -> list[Party]:
        """Parties that are the subject of ``verb`` (agent if passive), coordination split."""
        if self.is_passive(verb):
            ag = self.agent_token(verb)
            return [self.np_party(ag)] if ag is not None else []
        heads = self.subject_tokens(verb)
        tv, sx = self._tv, self._sx
        if heads:
            parties = []
            for h in heads:
                h_pos, h_low = tv.pos[h.i], sx.low[h.i]
                if h_pos == "PRON" and h_low in PRONOUNS:
                    parties.append(self.pronoun(h) or Party(None, None, h.idx, h.idx, "unknown"))
                elif h_pos == "PRON" and h_low == "qui":
                    continue
                elif h.i < verb.i and len(heads) == 1:
                    parties.extend(self.subject_span_parties(h, verb))
                else:
                    parties.extend(self.np_parties(h))
            return parties
        # linear fallback: the phrase right before the verb group (of the governing verb for
        # an infinitive: "X espère attirer ...", "X ont ouvert une ligne pour financer ...")
        for _ in range(4):
            v = verb.i
            if (
                sx.dep[v] in ("xcomp", "advcl", "ccomp", "obl:arg", "obl:mod", "acl")
                and sx.head[v] != v
                and "Inf" in sx.morph(v, "VerbForm")
            ):
                verb = tv.tokens[sx.head[v]]
            else:
                break
        head = self.np_before(self.verb_group_start(verb))
        if head is None:
            return []
        i, j = self.chunk(head)
        start = self.coordinated_start(i)
        if start < i:
            return [self.party(a, b) for a, b in self.split_coordination(start, j)]
        return self.np_parties(head)

    def subject_span_parties(self, head: Token, verb: Token) -> list[Party]:
        """The whole stretch from the subject to its verb ("Le principal parti d'opposition,
        les Patriotes … (Pastef), a dénoncé"), relative clauses cut, coordination split."""
        sx, tv = self._sx, self._tv
        pos, text, lows = tv.pos, tv.text, sx.low
        i, j = self.chunk(head)
        end = self.verb_group_start(verb)
        if not (head.i < end <= head.i + 40) or end < j:
            return self.np_parties(head)
        k = j
        while k < end:
            if (
                text[k] == ","
                and k + 1 < end
                and (
                    lows[k + 1] in STOP_WORDS
                    or (pos[k + 1] == "VERB" and "Part" in sx.morph(k + 1, "VerbForm"))
                )
            ):
                break
            if pos[k] in ("VERB", "AUX") and "Fin" in sx.morph(k, "VerbForm"):
                break
            k += 1
        i = self.coordinated_start(i)
        pieces = self.split_coordination(i, k)
        return [self.party(a, b, head if a <= head.i < b else None) for a, b in pieces]

    def coordinated_start(self, i: int) -> int:
        """Start of "X et Y" when the subject phrase found starts at Y (doc[i]): the parser
        often makes X the root and Y the subject ("Le groupe X et la société Y ont conclu").
        Only when X opens its clause (nothing but an adverbial phrase and a comma before it),
        so that an object of an earlier verb is never taken for a co-subject."""
        sx, tv = self._sx, self._tv
        pos, text = tv.pos, tv.text
        lo = self.sent_start(i)
        if i - 2 < lo or sx.low[i - 1] not in ("et",) or pos[i] != "DET":
            return i
        own = self._head_of(i, min(len(pos), i + 8)).i
        own_head = sx.head[own]
        if sx.dep[own] == "conj" and own_head < i and pos[own_head] in ("NOUN", "PROPN"):
            h = tv.tokens[own_head]  # the parser saw the coordination
        else:
            h = self.np_before(i - 1)
        if h is None:
            return i
        a, _b = self.chunk(h, appos=False)
        a = min(a, h.i)
        while a > lo and text[a - 1] in ("(",):
            a -= 1
        if a > lo and text[a - 1] != ",":
            return i
        if any(
            pos[x] in ("VERB", "AUX") and "Fin" in sx.morph(x, "VerbForm")
            for x in range(*slice(lo, a).indices(len(pos)))  # the tokens of doc[lo:a]
        ):
            return i
        return a

    def np_before(self, k: int) -> Token | None:
        """Head of the noun phrase that ends right before token k (skipping one comma-enclosed
        apposition or relative clause)."""
        tv = self._tv
        pos, text, lows = tv.pos, tv.text, self._sx.low
        lo = self.sent_start(k) if k < len(pos) else self.sent_start(k - 1)
        j = k - 1
        if j >= lo and text[j] == ",":
            m = j - 1
            while m >= lo and text[m] != ",":
                m -= 1
            if m < lo:
                return None
            j = m - 1
        if j < lo or pos[j] not in ("NOUN", "PROPN", "ADJ", "NUM", "PUNCT"):
            return None
        if pos[j] == "PUNCT" and text[j] != ")":
            return None
        # walk left to the start of the phrase, then take its first noun as head
        i = j
        while i - 1 >= lo and (
            pos[i - 1] in ("NOUN", "PROPN", "ADJ", "DET", "NUM")
            or (pos[i - 1] == "X" and text[i - 1][:1].isupper())
            or lows[i - 1] in DE
            or text[i - 1] in ("(", ")", "-")
        ):
            i -= 1
        for x in range(*slice(i, j + 1).indices(len(pos))):  # the tokens of doc[i : j + 1]
            if pos[x] in ("NOUN", "PROPN"):
                return tv.tokens[x]
        return None

    def np_parties(self, head: Token) -> list[Party]:
        """The phrase around ``head`` as one or more parties (coordination split)."""
        i, j = self.chunk(head)
        pieces = self.split_coordination(i, j)
        out = []
        for a, b in pieces:
            h = head if a <= head.i < b else None
            out.append(self.party(a, b, h))
        return out

    def np_party(self, head: Token) -> Party:
        parties = self.np_parties(head)
        return parties[0] if parties else Party(None, None, head.idx, head.idx, "unknown")

    def split_coordination(self, i: int, j: int) -> list[tuple[int, int]]:
        """Split "X et Y" / "X ainsi que Y" into conjuncts when the right side starts a new
        phrase (determiner or proper name) and the conjunction is not inside a name."""
        tv, lows = self._tv, self._sx.low
        pos = tv.pos
        cuts = []
        k = i + 1
        while k < j - 1:
            w = lows[k]
            size = 0
            if w in ("et", "ou") and pos[k] == "CCONJ":
                size = 1
            elif w in ("ainsi", "de") and k + 1 < j and lows[k + 1] == "que":
                size = 2
            elif w == "," and k + 1 < j and lows[k + 1] in ("et",):
                size = 2
            if size == 1 and self._quantified_conjunct(i, k, j):
                # "des milliers de petits agriculteurs et de représentants autochtones"
                cuts.append((k, k + 1))
                k += 1
                continue
            if size:
                n = k + size  # the token after the conjunction, if inside the phrase
                if (
                    n < j
                    and not self._inside_entity_at(tv.idx[k])
                    and not self._inside_mention_at(tv.idx[k])
                    and (
                        pos[n] == "DET"
                        or (pos[n] == "PROPN" and size == 1 and pos[k - 1] == "PROPN")
                    )
                    and lows[k - 1] not in DE
                    and lows[n] not in DE
                ):
                    cuts.append((k, k + size))
                    k += size
                    continue
            k += 1
        if not cuts:
            return [(i, j)]
        out, a = [], i
        for c0, c1 in cuts:
            out.append((a, c0))
            a = c1
        out.append((a, j))
        return [(x, y) for x, y in out if y > x]

    def _quantified_conjunct(self, i: int, k: int, j: int) -> bool:
        """ "Q de A et de B": "et" at k coordinates two "de" complements of a quantity noun."""
        tv, lows = self._tv, self._sx.low
        if k + 2 >= j or lows[k + 1] not in ("de", "d'") or self._inside_mention_at(tv.idx[k]):
            return False
        if tv.pos[k + 2] not in ("NOUN", "ADJ"):
            return False
        return any(
            (lows[x] in QUANTITY_HEADS or tv.text[x] == "%") and lows[x + 1] in DE
            for x in range(i, k - 1)
        )

    def np_after(self, k: int, hi: int, *, until_comma: bool = True) -> tuple[int, int] | None:
        """The noun phrase that starts at token k (after "selon", after an inverted verb):
        tokens up to a comma, a quotation mark, a relative pronoun or the end."""
        sx, tv = self._sx, self._tv
        pos, text, lows = tv.pos, tv.text, sx.low
        skip = self.c.skip_after_verb
        while k < hi and (
            text[k] in ('"', "«", "“")
            or lows[k] in skip
            or pos[k] == "ADV"
            or (text[k].startswith("-") and pos[k] == "PRON")
        ):
            k += 1
        j = k
        while j < hi:
            w = lows[j]
            if w in (",", ";", ":", ".", "!", "?", "«", "»", '"', "“", "”", "(") and until_comma:
                if w == "(":
                    m = j + 1
                    while m < hi and text[m] != ")" and m - j < 10:
                        m += 1
                    if m < hi:
                        j = m + 1
                        continue
                if w == "," and j + 1 < hi:
                    e = self._appos_name_end(j + 1, hi)
                    if e and not self._opens_clause(e, hi):
                        j = e
                        continue
                break
            if w in STOP_WORDS or (pos[j] in ("VERB", "AUX") and "Fin" in sx.morph(j, "VerbForm")):
                break
            j += 1
        return (k, j) if j > k else None

    # ---------------------------------------------------------------- pronouns

    def note_speaker(self, offset: int, party: Party) -> None:
        if party.identified:
            self.speakers.append((offset, party))

    def pronoun(self, tok: Token) -> Party | None:
        """Resolve il/elle/lui/ils/elles/eux (also "-t-il") to a party."""
        w = norm(tok.text).lstrip("-").replace("t-", "")
        if w not in PRONOUNS:
            return None
        gender, plural = PRONOUNS[w]
        s0 = self.sent_start(tok.i)
        pos, toks = self._tv.pos, self._tv.tokens
        # 1. an identified subject earlier in the same sentence (outside quotations)
        for k in range(tok.i - 1, s0 - 1, -1):
            if pos[k] not in ("NOUN", "PROPN"):  # cheapest test first
                continue
            t = toks[k]
            if t.dep_ in ("nsubj", "nsubj:pass") and not self.in_quote(t.idx):
                p = self.np_party(t)
                if p.identified and self._compatible(p, gender, plural):
                    return p
        # 2. the most recent person mentioned (this sentence or the two before)
        start_char = self._tv.idx[s0]
        first_sent = self.article.sentence_at(start_char)
        floor = start_char
        if first_sent is not None:
            sid = first_sent.id
            floor = self.article.sentences[max(0, sid - 2)].start
        if not plural:
            k = bisect.bisect_left(self._p_starts, tok.idx) - 1
            while k >= 0 and self._persons[k][0] >= floor:
                s, e, aid = self._persons[k]
                if not self.in_quote(s):
                    if aid:
                        p = self._actor_party(aid, s, e, None, False)
                    else:
                        p = Party(_clean(self.article.text[s:e]), None, s, e, "name")
                    if self._compatible(p, gender, plural):
                        return p
                k -= 1
        # 3. the last speaker
        for off, p in reversed(self.speakers[-6:]):
            if off < tok.idx and self._compatible(p, gender, plural):
                return p
        return None

    def _compatible(self, p: Party, gender: str | None, plural: bool) -> bool:
        if p.plural != plural and p.kind != "actor":
            return False
        return p.gender is None or gender is None or p.gender == gender

    def set_quote_spans(self, spans: list[tuple[int, int]]) -> None:
        self.quote_spans = sorted(spans)
        self._q_starts = [s for s, _ in self.quote_spans]

    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._q_starts, offset) - 1
        return 0 <= i < len(self.quote_spans) and self.quote_spans[i][1] > offset

    # ---------------------------------------------------------------- "les deux X"

    def pair(self, head: Token) -> list[Party]:
        """ "les deux dirigeants / pays / ministres": the two most recent distinct actors of
        the matching type before ``head`` (persons for people nouns, others for countries)."""
        doc = self.doc
        if head.i < 2:
            return []
        prev = norm(doc[head.i - 2].text) + " " + norm(doc[head.i - 1].text)
        if prev not in TWO_WORD_CLASSES:
            return []
        want_person = norm(head.text) in self.c.roles or norm(head.lemma_) in self.c.roles
        seen: list[str] = []
        k = bisect.bisect_left(self._m_starts, head.idx) - 1
        while k >= 0 and len(seen) < 2 and head.idx - self._m[k][0] < 3000:
            aid = self._m[k][2]
            t = self.actor_type(aid)
            if aid not in seen and ((t == "person") == want_person) and t not in ("media",):
                if want_person or t in ("state", "organisation", "company", "group"):
                    seen.append(aid)
            k -= 1
        if len(seen) < 2:
            return []
        return [self._actor_party(a, head.idx, head.idx + len(head), None, False) for a in seen]
