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
import threading
from dataclasses import dataclass

import numpy as np
import pandas as pd
from spacy.attrs import HEAD
from spacy.tokens import Doc, Span, Token

from .article import Article
from .cues import Cues, cues, fold, norm, word_sequence_at
from .frames import records
from .frames import rows as frame_rows
from .tokens import view

PRONOUNS = {
    "il": ("m", False),
    "elle": ("f", False),
    "lui": ("m", False),
    "ils": ("m", True),
    "elles": ("f", True),
    "eux": ("m", True),
}
FIRST_SECOND_PERSON = frozenset("je j' moi nous tu toi vous on".split())
QUANTITY_HEADS = frozenset(
    "centaine centaines dizaine dizaines millier milliers million millions nombre majorité "
    "minorité partie plupart % pourcent pour-cent poignée foule groupe délégation".split()
)
DEMONSTRATIVE = frozenset("ce cet cette ces".split())
INDEFINITE = frozenset("un une des plusieurs certains certaines quelques".split())
STOP_WORDS = frozenset("qui que qu' dont où lequel laquelle lesquels lesquelles".split())
DE = frozenset("de d' du des".split())
CASE_PREPS = frozenset(
    "sur avec pour contre entre envers dans en à au aux vers chez par après avant sans pendant "
    "durant lors".split()
)
TWO_WORD_CLASSES = frozenset(["les deux", "des deux", "aux deux"])
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


def _clean(text: str) -> str:
    text = re.sub(r"^[\s\"«“”»'(),;:.-]+|[\s\"«“”»'(),;:.]+$", "", text)
    text = re.sub(r"^(?:(?:les|le|la|un|une|des|du|de)\s+|l'|l’|d'|d’)(?=\S)", "", text, flags=re.I)
    return " ".join(text.split())


class Syntax:
    """Per-Doc lists the noun-phrase rules read instead of spaCy attributes.

    Why: ``token.sent`` walks the sentence token by token and builds a Span at each call, and
    ``doc[i].head`` / ``norm(doc[i].text)`` build Token objects; the rules ask them for the
    same tokens over and over (quotes and stance each run a :class:`Resolver` on the Doc).
    Built once per Doc and thread, like :func:`analysis.tokens.view`.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @functools.cached_property
    def low(self) -> list[str]:
        """``norm(token.text)`` of every token."""
        return [norm(x) for x in view(self.doc).text]

    @functools.cached_property
    def head(self) -> list[int]:
        """``token.head.i`` of every token."""
        doc = self.doc
        if not len(doc):
            return []
        rel = doc.to_array([HEAD]).astype(np.int64)  # head offsets, stored unsigned
        return (rel + np.arange(len(doc))).tolist()

    @functools.cached_property
    def sent_bounds(self) -> tuple[list[int], list[int]] | None:
        """(start, end) of the sentence of every token, as ``token.sent`` gives them; None
        when a custom sentence hook decides (``token.sent`` is then asked)."""
        doc = self.doc
        if doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks:
            return None
        n = len(doc)
        lo, hi = [0] * n, [0] * n
        for sent in doc.sents:
            a, b = sent.start, sent.end
            lo[a:b] = [a] * (b - a)
            hi[a:b] = [b] * (b - a)
        return lo, hi


_SYNTAX = threading.local()


def syntax(doc: Doc) -> Syntax:
    """The :class:`Syntax` of ``doc`` (the last Doc of each thread only: memory stays bounded)."""
    sx = getattr(_SYNTAX, "value", None)
    if sx is None or sx.doc is not doc:
        sx = _SYNTAX.value = Syntax(doc)
    return sx


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
        self._sx = syntax(doc)
        tables = tables or {}
        actors = tables.get("actors")
        mentions = tables.get("mentions")
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
        self.speakers: list[tuple[int, Party]] = []  # (offset, party) in text order
        self.quote_spans: list[tuple[int, int]] = []
        self._alias_index: dict[str, str] | None = None
        self._by_actor: dict[str, list[tuple[int, int]]] | None = None
        self._q_starts: list[int] = []

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
        doc = self.doc
        lo, hi = self.sent_bounds(head)
        i = head.i
        while i - 1 >= lo:
            t = doc[i - 1]
            if i < head.i and doc[i].pos_ == "DET" and doc[i].dep_ == "det" and doc[i].is_alpha:
                break  # the determiner opens the phrase ("l'hiver prochain | l'ouverture")
            if t.pos_ in ("DET", "ADJ", "NUM") or (
                t.pos_ in ("PROPN", "NOUN") and t.head.i >= i - 1 and t.head.i <= head.i + 3
            ):
                i -= 1
                continue
            if norm(t.text) in ("tout", "tous", "toute", "toutes", "plus", "moins"):
                i -= 1
                continue
            break
        j = head.i + 1
        in_complement = False
        n = 0
        while j < hi and n < 30:
            n += 1
            t = doc[j]
            low = norm(t.text)
            nxt = doc[j + 1] if j + 1 < hi else None
            if t.is_space:
                j += 1
                continue
            if low in DE and nxt is not None and self._name_ends(head, j, hi):
                break
            if (
                low in DE
                and nxt is not None
                and (
                    nxt.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM")
                    or (nxt.text in ('"', "«", "“") and j + 2 < hi and doc[j + 2].pos_ != "PUNCT")
                )
            ):
                in_complement = True
                j += 1
                continue
            if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "X", "SYM") and low not in STOP_WORDS:
                j += 1
                continue
            if t.pos_ == "DET" and (in_complement or doc[j - 1].text in ("(",)):
                j += 1
                continue
            if t.pos_ == "DET" and t.text[:1].isupper() and nxt is not None and nxt.pos_ == "PROPN":
                j += 1  # "le quotidien Le Soleil"
                continue
            if t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and t.head.i < j and pps:
                j += 1
                continue
            if (
                low in ("et", "ou")
                and nxt is not None
                and (
                    (in_complement and nxt.pos_ in ("NOUN", "PROPN") and nxt.text != "et")
                    or self._inside_entity(t)
                )
            ):
                j += 1
                continue
            if low in ('"', "«", "»", "“", "”", "-", "–", "'", "’") and t.pos_ == "PUNCT":
                # quotation marks inside the phrase: keep going if the phrase goes on
                if nxt is not None and (nxt.pos_ in ("NOUN", "ADJ", "PROPN", "ADP") or low in "«“"):
                    j += 1
                    continue
                if low in '"»”' and j > head.i:
                    j += 1
                    continue
                break
            if low == "(":
                k = j + 1
                while k < hi and doc[k].text != ")" and k - j < 12:
                    k += 1
                if k < hi and doc[k].text == ")":
                    j = k + 1
                    continue
                break
            if pps and t.pos_ == "ADP" and low in CASE_PREPS and nxt is not None:
                obj = t.head
                if i <= obj.head.i < j or obj.head.i == head.i:
                    in_complement = True
                    j += 1
                    continue
            if appos and low == "," and nxt is not None:
                k = self._appos_name_end(j + 1, hi)
                if k:
                    j = k
                    break
            break
        while (
            j > head.i + 1
            and doc[j - 1].pos_ in ("ADP", "CCONJ", "PUNCT", "DET")
            and (doc[j - 1].text not in (")", '"', "»", "”"))
        ):
            j -= 1
        return i, j

    def _name_ends(self, head: Token, j: int, hi: int) -> bool:
        """A proper name is not followed by a "de" complement in lower case ("Rabat du
        ministre ..."), unlike a compound name ("Corée du Sud")."""
        doc = self.doc
        if not (
            head.pos_ == "PROPN" or (head.text[:1].isupper() and head.i != self.sent_start(head.i))
        ):
            return False
        if head.text[:1].islower() or self._inside_mention(doc[j]):
            return False
        k = j + 1
        contracted = norm(doc[j].text) in ("du", "des")
        while k < hi and doc[k].pos_ == "DET":
            k += 1
            contracted = True
        return contracted and k < hi and doc[k].text[:1].islower()

    def _appos_name_end(self, k: int, hi: int) -> int | None:
        """End of a name apposition starting at token k (", Orkhan Veliyev"), or None."""
        doc = self.doc
        start = k
        while k < hi and (
            doc[k].pos_ == "PROPN"
            or (doc[k].text[:1].isupper() and doc[k].pos_ in ("NOUN", "ADJ", "X"))
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
        t = self.doc[k]
        return t.pos_ in ("VERB", "AUX") or norm(t.text) in ("ne", "n'", "se", "s'", "y", "en")

    def _is_name_span(self, i: int, j: int) -> bool:
        doc = self.doc
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        if any(ent.label_ in ("PER", "ORG") for ent in self.ents_in(s, e)):
            return True
        if self.mentions_in(s, e):
            return True
        return j - i >= 2 and all(doc[x].text[:1].isupper() for x in range(i, j))

    def _inside_mention(self, t: Token) -> bool:
        i = bisect.bisect_right(self._m_starts, t.idx) - 1
        while i >= 0 and t.idx - self._m[i][0] < 200:
            if self._m[i][0] < t.idx < self._m[i][1] - 1:
                return True
            i -= 1
        return False

    def _inside_entity(self, t: Token) -> bool:
        i = bisect.bisect_right(self._e_starts, t.idx) - 1
        return 0 <= i < len(self._ents) and self._ents[i][0] < t.idx < self._ents[i][1] - 1

    # ---------------------------------------------------------------- naming

    def party(self, i: int, j: int, head: Token | None = None) -> Party:
        """Name the noun phrase doc[i:j] (``head`` = its syntactic head, if known)."""
        doc = self.doc
        while i < j and (doc[i].is_punct or doc[i].is_space):
            i += 1
        while j > i and (doc[j - 1].is_punct and doc[j - 1].text not in (")",)):
            j -= 1
        if i >= j:
            return Party(None, None, 0, 0, "unknown")
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        if head is None or not (i <= head.i < j):
            head = self._head_of(i, j)
        head = self._skip_quantity(head, j)
        gender, plural = self._gender_number(i, j, head)
        words = [norm(t.text) for t in doc[i:j]]
        for k in range(len(words)):
            if word_sequence_at(words, k, self.c.anonymous):
                return Party(None, None, start, end, "anonymous", gender, plural)
        hl = norm(head.text)
        hlem = norm(head.lemma_)
        if head.pos_ == "PRON" and hl in PRONOUNS:
            resolved = self.pronoun(head)
            if resolved is not None:
                return resolved
            return Party(None, None, start, end, "unknown", *PRONOUNS[hl])
        if head.pos_ == "PRON" and hl in FIRST_SECOND_PERSON:
            return Party(None, None, start, end, "first-person", gender, plural)
        mentions = self.mentions_in(start, end)
        # 1. the head itself is an actor mention
        for s, e, aid in mentions:
            if s <= head.idx < e:
                return self._actor_party(aid, start, end, gender, plural)
        category = self.category(head)
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
        capitalised = head.text[:1].isupper() and head.i != self.sent_start(head.i)
        if capitalised or hl in self.c.speaker_nouns or hlem in self.c.speaker_nouns:
            det = norm(doc[i].text) if doc[i].pos_ == "DET" else ""
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
        c = self.c
        for w in (norm(head.text), norm(head.lemma_)):
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
        doc = self.doc
        for t in doc[i:j]:
            if t.pos_ in ("NOUN", "PROPN", "PRON") and norm(t.text) not in STOP_WORDS:
                return t
        return doc[i]

    def _skip_quantity(self, head: Token, j: int) -> Token:
        doc = self.doc
        if norm(head.text) in QUANTITY_HEADS or head.pos_ == "NUM" or head.text == "%":
            k = head.i + 1
            while k < j and (doc[k].pos_ in ("ADP", "DET", "ADJ", "NUM") or doc[k].text == "%"):
                k += 1
            if k < j and doc[k].pos_ in ("NOUN", "PROPN"):
                return doc[k]
        return head

    def _good_entity(self, ent: Span) -> bool:
        text = _clean(ent.text)
        if not text or not text[:1].isupper():
            return False
        first = norm(text.split()[0])
        return first not in self.c.speaker_nouns or ent.label_ == "PER"

    def _proper_run(self, i: int, j: int, head: Token) -> tuple[int, int] | None:
        doc = self.doc
        best = None
        k = i
        while k < j:
            t = doc[k]
            if t.pos_ == "PROPN" and t.text[:1].isupper() and t.i != self.sent_start(t.i):
                a = k
                while k < j and (
                    doc[k].pos_ == "PROPN" or (doc[k].text[:1].isupper() and doc[k].pos_ != "DET")
                ):
                    k += 1
                if best is None:
                    best = (a, k)
                continue
            k += 1
        return best

    def _name_text(self, head: Token, j: int) -> str:
        """Head + what follows it in the phrase, without determiners/leading adjectives, cut
        at a comma or a relative pronoun."""
        doc = self.doc
        k = head.i + 1
        while k < j and doc[k].text not in (",", ";", ":") and norm(doc[k].text) not in STOP_WORDS:
            if doc[k].pos_ == "ADP" and norm(doc[k].text) not in DE:
                break
            k += 1
        while k > head.i + 1 and (doc[k - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT")):
            k -= 1
        text = self.article.text[head.idx : doc[k - 1].idx + len(doc[k - 1])]
        return _clean(text.replace("«", "").replace("»", "").replace('"', ""))

    def _gender_number(self, i: int, j: int, head: Token) -> tuple[str | None, bool]:
        doc = self.doc
        gender = None
        for t in doc[i:j]:
            w = norm(t.text)
            if w in self.c.feminine:
                gender = "f"
                break
            if w in self.c.masculine:
                gender = "m"
                break
        if gender is None:
            g = head.morph.get("Gender")
            det = doc[i] if doc[i].pos_ == "DET" and doc[i].head.i == head.i else None
            if det is not None and norm(det.text) in ("la", "une", "cette"):
                gender = "f"
            elif det is not None and norm(det.text) in ("le", "un", "ce", "cet", "du", "au"):
                gender = "m"
            elif g and head.pos_ != "PROPN":
                gender = "f" if g[0] == "Fem" else "m"
        plural = "Plur" in head.morph.get("Number") or norm(doc[i].text) in ("les", "des", "ces")
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
        doc = self.doc
        i = verb.i
        lo = self.sent_start(verb.i)
        # "X a, de son côté, plaidé" / "X ont par ailleurs ouvert": an incise or adverbial
        # between the auxiliary and the participle still belongs to the verb group
        auxes = [
            ch.i
            for ch in verb.children
            if ch.dep_.startswith("aux") and max(lo, verb.i - 12) <= ch.i < verb.i
        ]
        if auxes:
            i = min(auxes)
        while i - 1 >= lo:
            t = doc[i - 1]
            w = norm(t.text)
            if (
                t.dep_.startswith("aux")
                or w in ("ne", "n'", "se", "s'", "y", "en", "lui", "leur", "pas", "plus", "jamais")
                or (t.text.startswith("-") and t.pos_ == "PRON")
                or (t.pos_ == "ADV" and t.head.i == verb.i)
                or (t.pos_ == "AUX")
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
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "expl:subj")]
        if not subj:
            # misparse: the subject hangs on the auxiliary ("X a, de son côté, plaidé")
            subj = [
                c
                for a in verb.children
                if a.dep_.startswith("aux") and a.i < verb.i
                for c in a.children
                if c.dep_ == "nsubj" and c.i < a.i
            ]
        subj = [
            s
            for s in subj
            if norm(s.text) not in ("ce", "c'", "cela", "ça") and not self._in_attribution(s)
        ]
        if (
            subj
            and verb.dep_ == "conj"
            and verb.head.i < subj[0].i < verb.i
            and "Fin" not in verb.morph.get("VerbForm")
            and not any(ch.dep_.startswith("aux") or ch.dep_ == "mark" for ch in verb.children)
        ):
            subj = []  # "X a rejeté ces accusations et dénoncé ...": a misparsed object
        if (
            subj
            and verb.dep_ == "conj"
            and verb.head.i < subj[0].i
            and (norm(subj[0].text) in QUANTITY_HEADS or subj[0].text == "%")
            and not any(norm(x.text) in DE for x in subj[0].subtree)
        ):
            # "61 % des Brésiliens jugent ..., mais 57 % s'opposent": the same population
            inherited = self.subject_tokens(verb.head, depth + 1)
            if inherited:
                return inherited
        if subj:
            s = subj[0]
            if norm(s.text) in ("qui",) and verb.dep_ in ("acl:relcl", "acl"):
                ante = self._antecedent(s)
                if ante is not None:
                    return [ante]
            if norm(s.text) in ("qui",) and verb.dep_ in ("acl:relcl", "acl") and verb.head.i < s.i:
                return [verb.head]
            out = [s] + [
                c
                for c in s.children
                if c.dep_ == "conj"
                and c.pos_ in ("NOUN", "PROPN")
                and not any(x.dep_ == "case" for x in c.children)
                and any(x.dep_ == "cc" for x in c.children)
            ]
            return out
        if verb.dep_ == "conj" or (
            verb.dep_ in ("xcomp", "advcl", "obl:mod", "acl", "ccomp", "obl:arg")
            and (
                "Inf" in verb.morph.get("VerbForm")
                or "Ger" in verb.morph.get("VerbForm")
                or self._is_gerund(verb)
            )
        ):
            if verb.head.i != verb.i:
                return self.subject_tokens(verb.head, depth + 1)
        return []

    def _antecedent(self, qui: Token) -> Token | None:
        """The noun a relative "qui" refers to: the parser's head when it is a noun just
        before, else the phrase ending right before "qui" (", qui" after a name)."""
        doc = self.doc
        verb = qui.head
        head = verb.head
        if head.pos_ in ("NOUN", "PROPN") and qui.i - 8 <= head.i < qui.i:
            return head
        j = qui.i - 1
        lo = self.sent_start(qui.i)
        if j >= lo and doc[j].text == ",":
            j -= 1
        if j < lo or doc[j].pos_ not in ("NOUN", "PROPN"):
            return None
        i = j
        while i - 1 >= lo and doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET"):
            i -= 1
        return next((t for t in doc[i : j + 1] if t.pos_ in ("NOUN", "PROPN")), None)

    def _in_attribution(self, t: Token) -> bool:
        """A noun inside "selon X" / "d'après X" is never a subject (misparse)."""
        doc = self.doc
        for k in range(max(self.sent_start(t.i), t.i - 4), t.i):
            w = norm(doc[k].text)
            if w == "selon" or (w == "après" and k > 0 and norm(doc[k - 1].text) == "d'"):
                return not any(doc[x].text == "," for x in range(k, t.i))
        return False

    def _is_gerund(self, verb: Token) -> bool:
        return (
            "Part" in verb.morph.get("VerbForm")
            and "Pres" in verb.morph.get("Tense")
            and verb.i > 0
            and norm(self.doc[verb.i - 1].text) in ("en", "tout")
        )

    def is_passive(self, verb: Token) -> bool:
        return any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children)

    def agent_token(self, verb: Token) -> Token | None:
        """The "par X" agent of a passive verb or participle."""
        for c in verb.children:
            if c.dep_ == "obl:agent":
                return c
        doc = self.doc
        hi = self.sent_end(verb.i)
        k = verb.i + 1
        while k < hi and k <= verb.i + 3:
            if norm(doc[k].text) == "par" and k + 1 < hi:
                m = k + 1
                while m < hi and doc[m].pos_ in ("DET", "ADJ"):
                    m += 1
                if m < hi and doc[m].pos_ in ("NOUN", "PROPN", "PRON"):
                    return doc[m]
            if doc[k].pos_ in ("VERB", "PUNCT") and doc[k].text not in ('"', "«", "»"):
                break
            k += 1
        return None

    def subjects(self, verb: Token) -> list[Party]:
        """Parties that are the subject of ``verb`` (agent if passive), coordination split."""
        if self.is_passive(verb):
            ag = self.agent_token(verb)
            return [self.np_party(ag)] if ag is not None else []
        heads = self.subject_tokens(verb)
        if heads:
            parties = []
            for h in heads:
                if h.pos_ == "PRON" and norm(h.text) in PRONOUNS:
                    parties.append(self.pronoun(h) or Party(None, None, h.idx, h.idx, "unknown"))
                elif h.pos_ == "PRON" and norm(h.text) == "qui":
                    continue
                elif h.i < verb.i and len(heads) == 1:
                    parties.extend(self.subject_span_parties(h, verb))
                else:
                    parties.extend(self.np_parties(h))
            return parties
        # linear fallback: the phrase right before the verb group (of the governing verb for
        # an infinitive: "X espère attirer ...", "X ont ouvert une ligne pour financer ...")
        for _ in range(4):
            if (
                verb.dep_ in ("xcomp", "advcl", "ccomp", "obl:arg", "obl:mod", "acl")
                and "Inf" in verb.morph.get("VerbForm")
                and verb.head.i != verb.i
            ):
                verb = verb.head
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
        doc = self.doc
        i, j = self.chunk(head)
        end = self.verb_group_start(verb)
        if not (head.i < end <= head.i + 40) or end < j:
            return self.np_parties(head)
        k = j
        while k < end:
            if (
                doc[k].text == ","
                and k + 1 < end
                and (
                    norm(doc[k + 1].text) in STOP_WORDS
                    or (doc[k + 1].pos_ == "VERB" and "Part" in doc[k + 1].morph.get("VerbForm"))
                )
            ):
                break
            if doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm"):
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
        doc = self.doc
        lo = self.sent_start(i)
        if i - 2 < lo or norm(doc[i - 1].text) not in ("et",) or doc[i].pos_ != "DET":
            return i
        own = self._head_of(i, min(len(doc), i + 8))
        if own.dep_ == "conj" and own.head.i < i and own.head.pos_ in ("NOUN", "PROPN"):
            h = own.head  # the parser saw the coordination
        else:
            h = self.np_before(i - 1)
        if h is None:
            return i
        a, _b = self.chunk(h, appos=False)
        a = min(a, h.i)
        while a > lo and doc[a - 1].text in ("(",):
            a -= 1
        if a > lo and doc[a - 1].text != ",":
            return i
        if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[lo:a]):
            return i
        return a

    def np_before(self, k: int) -> Token | None:
        """Head of the noun phrase that ends right before token k (skipping one comma-enclosed
        apposition or relative clause)."""
        doc = self.doc
        lo = self.sent_start(k) if k < len(doc) else self.sent_start(k - 1)
        j = k - 1
        if j >= lo and doc[j].text == ",":
            m = j - 1
            while m >= lo and doc[m].text != ",":
                m -= 1
            if m < lo:
                return None
            j = m - 1
        if j < lo or doc[j].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "PUNCT"):
            return None
        if doc[j].pos_ == "PUNCT" and doc[j].text != ")":
            return None
        # walk left to the start of the phrase, then take its first noun as head
        i = j
        while i - 1 >= lo and (
            doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM")
            or (doc[i - 1].pos_ == "X" and doc[i - 1].text[:1].isupper())
            or norm(doc[i - 1].text) in DE
            or doc[i - 1].text in ("(", ")", "-")
        ):
            i -= 1
        for t in doc[i : j + 1]:
            if t.pos_ in ("NOUN", "PROPN"):
                return t
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
        doc = self.doc
        cuts = []
        k = i + 1
        while k < j - 1:
            t = doc[k]
            w = norm(t.text)
            size = 0
            if w in ("et", "ou") and t.pos_ == "CCONJ":
                size = 1
            elif w in ("ainsi", "de") and k + 1 < j and norm(doc[k + 1].text) == "que":
                size = 2
            elif w == "," and k + 1 < j and norm(doc[k + 1].text) in ("et",):
                size = 2
            if size == 1 and self._quantified_conjunct(i, k, j):
                # "des milliers de petits agriculteurs et de représentants autochtones"
                cuts.append((k, k + 1))
                k += 1
                continue
            if size:
                nxt = doc[k + size] if k + size < j else None
                if (
                    nxt is not None
                    and not self._inside_entity(t)
                    and not self._inside_mention(t)
                    and (
                        nxt.pos_ == "DET"
                        or (nxt.pos_ == "PROPN" and size == 1 and doc[k - 1].pos_ == "PROPN")
                    )
                    and norm(doc[k - 1].text) not in DE
                    and norm(nxt.text) not in DE
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
        doc = self.doc
        if k + 2 >= j or norm(doc[k + 1].text) not in ("de", "d'") or self._inside_mention(doc[k]):
            return False
        if doc[k + 2].pos_ not in ("NOUN", "ADJ"):
            return False
        return any(
            (norm(doc[x].text) in QUANTITY_HEADS or doc[x].text == "%")
            and norm(doc[x + 1].text) in DE
            for x in range(i, k - 1)
        )

    def np_after(self, k: int, hi: int, *, until_comma: bool = True) -> tuple[int, int] | None:
        """The noun phrase that starts at token k (after "selon", after an inverted verb):
        tokens up to a comma, a quotation mark, a relative pronoun or the end."""
        doc = self.doc
        while k < hi and (
            doc[k].text in ('"', "«", "“")
            or norm(doc[k].text) in self.c.skip_after_verb
            or doc[k].pos_ == "ADV"
            or (doc[k].text.startswith("-") and doc[k].pos_ == "PRON")
        ):
            k += 1
        j = k
        while j < hi:
            t = doc[j]
            w = norm(t.text)
            if w in (",", ";", ":", ".", "!", "?", "«", "»", '"', "“", "”", "(") and until_comma:
                if w == "(":
                    m = j + 1
                    while m < hi and doc[m].text != ")" and m - j < 10:
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
            if w in STOP_WORDS or (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")):
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
