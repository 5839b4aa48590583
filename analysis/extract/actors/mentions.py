"""Find every mention of an actor in an article: the rules behind the actors table.

spaCy's French NER alone mislabels much of a diplomatic news story (a capital tagged as a
person, a weapon system or a company tagged as a person, a university as a place, demonyms as
places). The rules below take spaCy's entities and parse as evidence among others:

* gazetteers (data/kb/): countries, capitals, demonyms, periphrases, institutions;
* cue words (data/lexicons/actors_cues.yaml): "la société X" is a company, "le quotidien Y"
  a medium, "le système Z" a product (not an actor), "le champ W" a thing;
* acronym definitions "Long Form (LF)";
* metonymy (data/lexicons/actors_metonymy.yaml): a capital is the state only when it acts
  ("Alger a rompu", "l'achat par Rabat"), not when it is a venue ("à Rabat");
* collective actors (groups, coalitions, the police) only when they act or speak.

Each rule yields :class:`Mention` objects; :mod:`analysis.extract.actors` merges them into actors.
The phases claim characters, so a span is never two mentions.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from analysis.document.tokens import view
from analysis.extract.actors.text import DETERMINERS, QUOTES, Text, phrase_edges
from analysis.resources.gazetteer import (
    GazHit,
    PhraseIndex,
    city_country,
    countries,
    country_of_adjective,
    english_index,
    fold,
    metonym_index,
    norm_key,
    phrase_index,
    word_set,
)

CUES = "actors_cues"
ROLES = "actors_roles"
METO = "actors_metonymy"

PERSON_TITLES = frozenset("m mm mme mmes mlle dr pr me".split())
QUANTITY = frozenset(
    "centaines milliers dizaines millions millier centaine dizaine plusieurs nombre majorite "
    "partie moitie tiers quart poignee foule".split()
)
# Words that sit between a cue and a name ("la société nationale X", "le quotidien économique Y").
NAME_ADJECTIVES = frozenset(
    "national nationale nationaux public publique prive privee economique autre principal "
    "principale grand grande nouveau nouvelle ancien ancienne etatique officiel officielle "
    "specialise specialisee local locale regional regionale international internationale "
    "independant independante naval navale aerien aerienne petrolier petroliere gazier "
    "gaziere militaire influent influente populaire celebre puissant puissante "
    "conservateur conservatrice liberal liberale proche premier premiere".split()
)
MONARCHY_WORDS = {
    "royaume": "kingdom",
    "emirat": "emirate",
    "sultanat": "sultanate",
    "principaute": "principality",
}
_INTRODUCERS = frozenset(
    "a au aux en dans selon apres pour par de du des d avec contre sur vers depuis".split()
)
_ANAPHORIC_ORG_NOUNS = frozenset(
    "organisation ong institution mouvement parti formation coalition association syndicat "
    "fondation".split()
)
# (kind, vocabulary in :func:`_sets`) of the cue nouns, in the order they are tried
_CUE_VOCABS = (
    ("product", "product_heads"),
    ("media", "media_heads"),
    ("company", "company_heads"),
    ("organisation", "organisation_heads"),
    ("role", "roles"),
    ("state", "state_nouns"),
    ("thing", "thing_heads"),
)
_FUNCTION_WORDS = frozenset("au aux en de du des d la le les l et a pour par sur dans".split())
_ACRONYM = re.compile(r"\(\s*([A-ZÀ-Þ][A-Za-zÀ-ÿ&\-]{1,11})\s*\)")
_DOMAIN = re.compile(r"\w\.(com|net|org|fr|info|ma|dz|tn|sn|be|ch|ca|io|tv|news)\b", re.I)


@dataclass
class Mention:
    """One reference to an actor: ``text[start:end]`` in the article."""

    start: int
    end: int
    type: str  # person | state | organisation | company | media | group
    key: str  # identity: mentions with the same key are the same actor
    name: str  # canonical name proposed by this mention
    kind: str  # name | acronym | capital | country | periphrase | demonym | description | ...
    country: str | None = None
    strength: int = 0  # 3 = knowledge base, 2 = stated (adjective, complement), 1 = context
    fixed_country: bool = False  # the knowledge base says so (even when None)
    actor_position: bool = True  # for states: named as an actor, not only as a place
    roles: list[tuple[int, int]] = field(default_factory=list)  # spans of descriptions
    aliases: list[str] = field(default_factory=list)
    cue: str | None = None  # the common noun that introduced the name ("société")


@dataclass
class System:
    """A product or weapon system: named, never an actor."""

    start: int
    end: int
    name: str
    cue: str | None
    country: str | None


@dataclass
class Venue:
    """A place where something happens ("à Rabat"): context for countries."""

    start: int
    country: str


@dataclass
class Found:
    mentions: list[Mention]
    systems: list[System]
    venues: list[Venue]


@functools.lru_cache(maxsize=1)
def _sets() -> Mapping[str, frozenset[str]]:
    """The rules' vocabularies, built once per process (read-only): the same set objects
    every article, so memos keyed by vocabulary (:func:`phrase_edges`) keep hitting."""
    s = {
        k: word_set(CUES, k)
        for k in (
            "organisation_heads",
            "company_heads",
            "company_suffixes",
            "media_heads",
            "media_suffixes",
            "product_heads",
            "product_words",
            "thing_heads",
            "state_nouns",
            "group_nouns",
            "collective_org_heads",
            "geo_features",
            "portfolios",
            "seated_heads",
        )
    }
    s["roles"] = frozenset().union(
        *(word_set(ROLES, k) for k in ("governmental", "expert", "other", "relational"))
    )
    s["modifiers"] = word_set(ROLES, "modifiers")
    for k in (
        "venue_prepositions",
        "agent_prepositions",
        "place_verbs",
        "place_subject_verbs",
        "political_nouns",
        "dative_verbs",
    ):
        s[k] = word_set(METO, k)
    return MappingProxyType(s)


class Finder:
    """Runs the phases in order over one article (see module docstring)."""

    def __init__(self, text: Text) -> None:
        self.t = text
        self.s = _sets()
        self.mentions: list[Mention] = []
        self.systems: list[System] = []
        self.venues: list[Venue] = []
        self.gaz: dict[int, tuple[int, GazHit, str]] = {}  # first word -> (end, hit, phrase)
        self.adj_end: dict[int, tuple[int, str]] = {}  # adjective first word -> (end, iso)
        self.adj_start: dict[int, int] = {}  # adjective last word -> its first word
        self.article_isos: set[str] = set()
        self.by_start: dict[int, Mention] = {}
        self._states_sorted: list[Mention] | None = None
        self._states_starts: list[int] = []
        self._venue_starts: list[int] = []
        self._pending_state: list[tuple[int, int]] = []
        self._orgs: list[Mention] = []
        self._orgs_s: list[int] = []
        self._orgs_n = -1
        self._pos = view(text.doc).pos
        self._cues: dict[int, tuple[str | None, str | None, int, list[str]]] = {}
        # the cue vocabularies in the order :meth:`_cue_at` tries them, and the words any
        # of their phrases ends with
        self._cue_vocabs = [(kind, self.s[name]) for kind, name in _CUE_VOCABS]
        self._cue_last_words = frozenset().union(
            *(phrase_edges(vocab)[1] for _kind, vocab in self._cue_vocabs)
        )

    # ---------------------------------------------------------------------------------
    def run(self) -> Found:
        self._gazetteer()
        self._institutions()
        self._acronyms()
        self._ministries()
        self._cue_de_names()
        self._entities()
        self._states()
        self._monarchy_anaphora()
        self._state_descriptions()
        self._collectives()
        self._short_names()
        self._merge_person_parts()
        self.mentions.sort(key=lambda m: m.start)
        return Found(self.mentions, self.systems, self.venues)

    # --- helpers ----------------------------------------------------------------------
    def add(self, m: Mention) -> Mention:
        self.t.claim(m.start, m.end)
        self.mentions.append(m)
        self.by_start.setdefault(m.start, m)
        return m

    def is_cap(self, i: int) -> bool:
        caps = self.t.caps
        return 0 <= i < len(caps) and caps[i]

    def pos(self, i: int) -> str:
        return self._pos[self.t.word_tok[i]]

    def lemma(self, i: int) -> str:
        return fold(self.t.token_at(self.t.ws[i].start).lemma_)  # rare: no lemma list

    def free_words(self, i: int, j: int) -> bool:
        return self.t.free(self.t.ws[i].start, self.t.ws[j - 1].end)

    def sentence_start(self, i: int) -> bool:
        return i == 0 or not self.t.same_sentence(i - 1, i)

    def phrase_before(self, i: int, vocab: frozenset[str], max_words: int = 4) -> int | None:
        """Start index of a phrase from ``vocab`` that ends at word i-1, longest first."""
        t = self.t
        if t.key(i - 1) not in phrase_edges(vocab)[1]:
            return None  # the common case, without building the candidate phrases
        for n in range(max_words, 0, -1):
            if t.prev_phrase(i, n) in vocab and not _punct(t.gap(i)):
                return i - n
        return None

    def skip_adjectives_left(self, i: int) -> tuple[int, list[str]]:
        """Walk left over adjectives between a cue and a name; returns (index, isos)."""
        k, isos, steps = i, [], 0
        while k > 0 and steps < 3 and not _punct(self.t.gap(k)):
            if (k - 1) in self.adj_start:
                first = self.adj_start[k - 1]
                isos.append(self.adj_end[first][1])
                k = first
            elif self.t.key(k - 1) in NAME_ADJECTIVES or (
                self.pos(k - 1) == "ADJ"
                and not self.is_cap(k - 1)
                and self.t.key(k - 1) not in self.s["roles"]
            ):
                k -= 1
            else:
                break
            steps += 1
        return k, isos

    def cue_before(self, i: int) -> tuple[str | None, str | None, int, list[str]]:
        """The cue noun before a name starting at word i: (kind, cue, cue start, isos).

        Adjectives and one "de + nom" complement may sit between the cue and the name
        ("le groupe d'armement allemand X", "la société nationale Y"). Memoised per word:
        the phases ask again for the same names, and the answer only depends on the words
        and the gazetteer adjectives of phase 0."""
        hit = self._cues.get(i)
        if hit is None:
            hit = self._cues[i] = self._cue_before(i)
        return hit

    def _cue_before(self, i: int) -> tuple[str | None, str | None, int, list[str]]:
        k, isos = self.skip_adjectives_left(i)
        found = self._cue_at(k, isos)
        if found[0] is None:  # "la fête de l'Unité allemande", "le champ de X": a thing
            k2 = k - 1 if self.t.key(k - 1) in ("la", "l", "le") else k
            if self.t.key(k2 - 1) in ("de", "d", "du", "des") and not _punct(self.t.gap(k)):
                st = self.phrase_before(k2 - 1, self.s["thing_heads"])
                if st is not None and not self.is_cap(st):
                    return "thing", self.t.key(st), st, isos
        if (
            found[0] is None
            and k >= 2
            and self.t.key(k - 2) in ("de", "d")
            and not (self.is_cap(k - 1) or _punct(self.t.gap(k - 1)) or _punct(self.t.gap(k)))
        ):
            found = self._cue_at(k - 2, isos)
            if found[0] not in ("media", "company", "organisation", "product"):
                found = (None, None, i, isos)
        return found if found[0] is not None else (None, None, i, isos)

    def _cue_at(self, k: int, isos: list[str]) -> tuple[str | None, str | None, int, list[str]]:
        if self.t.key(k - 1) not in self._cue_last_words:
            return None, None, k, isos  # no cue phrase ends before word k (most words)
        for kind, vocab in self._cue_vocabs:
            st = self.phrase_before(k, vocab)
            if st is not None and not self.is_cap(st):
                return kind, " ".join(self.t.ws[x].key for x in range(st, k)), st, isos
        return None, None, k, isos

    def introduced_by_source(self, i: int) -> bool:
        """Word i starts a phrase introduced by "selon" / "d'après" (a source, not an
        apposition), possibly after a cue ("Selon l'agence Tass, ...")."""
        t = self.t
        for x in range(i - 1, max(-1, i - 7), -1):
            if not t.same_sentence(x, i) or (x < i - 1 and _punct(t.gap(x + 1))):
                return False
            if t.key(x) == "selon" or (t.key(x) == "apres" and t.key(x - 1) == "d"):
                return True
        return False

    # --- phase 0: gazetteer -----------------------------------------------------------
    def _gazetteer(self) -> None:
        ws, idx = self.t.ws, phrase_index()
        firsts = idx.by_first
        i = 0
        while i < len(ws):
            if ws[i].key not in firsts:  # no listed phrase starts with this word
                i += 1
                continue
            best = None
            for n, hit, phrase in idx.match_at(ws, i):
                if _case_ok(hit, phrase, self.t.span_text(i, i + n)):
                    best = (n, hit, phrase)
                    break
            if best is None:
                i += 1
                continue
            n, hit, phrase = best
            self.gaz[i] = (i + n, hit, phrase)
            if hit.kind == "adjective" and not _compound_adjective(self.t, i, i + n):
                self.adj_end[i] = (i + n, hit.ref)
                self.adj_start[i + n - 1] = i
            if hit.kind in ("country", "capital", "noun", "adjective", "periphrase"):
                self.article_isos.add(hit.ref)
            i += n

    # --- phase A: institutions --------------------------------------------------------
    def _institutions(self) -> None:
        for i, (j, hit, _phrase) in self.gaz.items():
            if hit.kind != "institution":
                continue
            inst = hit.ref
            ws = self.t.ws
            prev = ws[i - 1].text if i > 0 else ""
            if (
                self.is_cap(i - 1)
                and not prev.isupper()
                and self.t.key(i - 1) in self.s["organisation_heads"]
                and not _punct(self.t.gap(i))
            ):
                continue  # "Centre Al-Ahram d'études ...": a think tank, not the newspaper
            m = Mention(
                ws[i].start,
                ws[j - 1].end,
                inst.type,
                "inst:" + inst.name,
                inst.name,
                "name",
                inst.country,
                3,
                fixed_country=True,
            )
            kind, cue, _st, isos = self.cue_before(i)
            m.cue = cue if kind in ("media", "company", "organisation") else None
            self.add(m)

    # --- phase B: acronyms ------------------------------------------------------------
    def _acronyms(self) -> None:
        text = self.t.nlp
        for mt in _ACRONYM.finditer(text, self.t.article.body_start):
            acr = mt.group(1)
            if sum(c.isupper() for c in acr) < 2 and not (3 <= len(acr) <= 8):
                continue
            a_start, a_end = mt.start(1), mt.end(1)
            if not self.t.free(a_start, a_end) or norm_key(acr) in _known_names():
                continue
            first = self.t.first_index_from(mt.start())
            if first == 0:
                continue
            long_start = self._long_form(first, acr)
            if long_start is None:
                continue
            long_end = self.t.ws[first - 1].end
            if not self.t.free(long_start, long_end):
                continue
            li = self.t.index_at(long_start)
            long_text = self.t.article.text[long_start:long_end]
            typ = self._classify_name(li, first, None, None) or "organisation"
            iso, strength = self._country_inside(li, first)
            name = long_text if len(long_text) <= 50 else acr
            key = "org:" + norm_key(acr)
            self.add(
                Mention(
                    long_start,
                    long_end,
                    typ,
                    key,
                    name,
                    "name",
                    iso,
                    strength,
                    aliases=[acr, long_text],
                )
            )
            self.add(
                Mention(
                    a_start, a_end, typ, key, name, "acronym", iso, strength, aliases=[long_text]
                )
            )

    def _long_form(self, first: int, acr: str) -> int | None:
        """Start offset of the long form of ``acr`` whose last word is ``first - 1``."""
        ws, t = self.t.ws, self.t
        lo = first - 1
        limit = min(len(acr) + 6, 2 * len(acr) + 2)
        while lo > 0 and first - lo < limit and t.same_sentence(lo - 1, first - 1):
            if _punct_strict(t.gap(lo)):
                break
            lo -= 1
        window = t.nlp[ws[lo].start : ws[first - 1].end]
        start = _schwartz_hearst(acr, window)
        if start is not None:
            off = ws[lo].start + start
            i = t.first_index_from(off)
            while i < first - 1 and t.key(i) in DETERMINERS:
                i += 1
            if first - i >= 2 and self.is_cap(i):
                return ws[i].start
        for k in range(first - 1, max(lo, first - 9) - 1, -1):
            if self.is_cap(k) and t.key(k) in self.s["organisation_heads"]:
                return ws[k].start
        return None

    # --- phase C: ministries, "cue de Name", entities ----------------------------------
    def _ministries(self) -> None:
        ws, t = self.t.ws, self.t
        for i, w in enumerate(ws):
            if w.key != "ministere" or not t.free(w.start, w.end):
                continue
            j = i + 1
            if j in self.adj_end:
                j = self.adj_end[j][0]
            j = self._extend_complement(j, need_cap=True)
            if j == i + 1:
                continue
            iso, strength = self._country_inside(i, j)
            if iso is None:
                strength = 0
            name = t.span_text(i, j)
            self.add(
                Mention(
                    w.start,
                    ws[j - 1].end,
                    "organisation",
                    "org:" + norm_key(name),
                    name,
                    "name",
                    iso,
                    strength,
                )
            )

    def _extend_complement(self, j: int, need_cap: bool) -> int:
        """Extend over "de/du/des/d' (la/l') Cap [et (de/des) Cap]*" complements."""
        ws, t, n = self.t.ws, self.t, len(self.t.ws)
        end = j
        k = j
        while k < n and t.same_sentence(j - 1, k) and not _punct(t.gap(k)):
            key = t.key(k)
            if key in ("de", "du", "des", "d", "et", "la", "l", "les"):
                k += 1
                continue
            if self.is_cap(k) and t.free(ws[k].start, ws[k].end):
                k += 1
                end = k
                continue
            if end == k and k > j and self.pos(k) == "ADJ" and k not in self.adj_end:
                k += 1  # "Affaires étrangères", "Sécurité intérieure"
                end = k
                continue
            if not need_cap and self.pos(k) in ("NOUN", "ADJ"):
                k += 1
                end = k
                continue
            break
        return end

    def _cue_de_names(self) -> None:
        """ "l'université de Tel Aviv", "le groupe de Minsk", "l'université Yonsei"."""
        ws, t = self.t.ws, self.t
        heads = self.s["organisation_heads"] | self.s["company_heads"] | self.s["media_heads"]
        for i, w in enumerate(ws):
            if w.key not in heads or self.is_cap(i) or w.key in self.s["state_nouns"]:
                continue
            if w.key in ("gouvernement", "conseil", "direction", "service", "services"):
                continue
            j = i + 1
            via_de = t.key(j) in ("de", "d", "du")
            if via_de:
                j += 1
            if not self.is_cap(j) or not t.free(ws[j].start, ws[j].end) or _punct(t.gap(j)):
                continue
            if j in self.gaz and self.gaz[j][1].kind in ("country", "noun"):
                continue
            end = j
            while (
                end < len(ws)
                and self.is_cap(end)
                and not _punct(t.gap(end))
                and t.free(ws[end].start, ws[end].end)
            ):
                end += 1
            if not via_de:
                continue  # "cue Name" is handled with the entities (type from the cue)
            if t.key(end) in ("de", "d") and self.is_cap(end + 1) and not _punct(t.gap(end)):
                e2 = end + 1
                while e2 < len(ws) and self.is_cap(e2) and not _punct(t.gap(e2)):
                    e2 += 1
                if t.free(ws[end + 1].start, ws[e2 - 1].end):
                    end = e2
            typ = "organisation"
            if w.key in self.s["media_heads"] and w.key not in self.s["organisation_heads"]:
                typ = "media"
            name = t.span_text(i, end)
            parent = self._parent_institution(end)
            if parent is not None:
                iso, strength, fixed = parent.country, 3, True
            elif w.key in self.s["seated_heads"]:
                iso, strength = self._country_inside(i, end)
                fixed = False
            else:
                iso, strength = next(
                    ((self.adj_end[k][1], 2) for k in range(i, end) if k in self.adj_end),
                    (None, 0),
                )
                fixed = False
            m = Mention(
                w.start,
                ws[end - 1].end,
                typ,
                "org:" + norm_key(name),
                name,
                "name",
                iso,
                strength,
                fixed_country=fixed,
            )
            if parent is not None:
                m.aliases.append(t.article.text[w.start : parent.end])
            self.add(m)

    def _parent_institution(self, j: int) -> Mention | None:
        """ "le groupe de Minsk de l'OSCE": a body of an institution named right after."""
        t = self.t
        if t.key(j) not in ("de", "du", "d"):
            return None
        k = j + 1 if t.key(j + 1) not in ("l", "la", "le") else j + 2
        if k >= len(t.ws):
            return None
        m = self.by_start.get(t.ws[k].start)
        return m if m is not None and m.fixed_country and m.type == "organisation" else None

    def _entities(self) -> None:
        """spaCy entities and capitalised names after cue words, classified by rules."""
        t, ws = self.t, self.t.ws
        spans: list[tuple[int, int, str]] = []  # word indices [i, j) and spaCy label
        body = t.article.body_start
        tv = view(t.doc)
        for e_start, e_end, label in tv.ents:
            if tv.idx[e_start] < body:
                continue
            r = t.words_in(tv.idx[e_start], tv.end[e_end - 1])
            if len(r):
                spans.append((r.start, r.stop, label))
        # Capitalised runs after a cue word that spaCy missed.
        covered = {k for i, j, _ in spans for k in range(i, j)}
        caps = t.caps
        for i in range(1, len(ws)):
            if not caps[i] or i in covered or not t.free(ws[i].start, ws[i].end):
                continue
            kind, _cue, _st, _ = self.cue_before(i)
            if kind in ("media", "company", "product", "organisation", "role"):
                j = self._cap_run(i)
                spans.append((i, j, "CUE"))
                covered.update(range(i, j))
        spans.sort()
        extended = []
        for i, j, label in spans:
            if label != "CUE" and self.cue_before(i)[0] in ("media", "company", "organisation"):
                j = max(j, self._cap_run(i))
            if self.is_cap(i) and t.key(i) in self.s["organisation_heads"]:
                j = self._org_tail(j)
            elif (
                j - i == 1
                and self.is_cap(i)
                and t.key(j) in self.s["organisation_heads"]
                and not self.is_cap(j)
                and not _punct(t.gap(j))
            ):
                j = self._org_tail(j + 1)  # "la Nouvelle banque de développement"
            extended.append((i, j, label))
        spans = self._merge_adjacent(sorted(extended))
        for i, j, label in spans:
            j0 = j
            i, j = self._trim(i, j)
            if i >= j or not self.free_words(i, j):
                continue
            self._classify_and_add(i, j, label, j0)

    def _org_tail(self, j: int) -> int:
        """ "le Conseil européen pour les relations internationales": an organisation's
        name goes on over a lowercase complement up to punctuation or a verb."""
        t, n = self.t, len(self.t.ws)
        if t.key(j) not in ("pour", "de", "des", "du", "d") or _punct(t.gap(j)):
            return j
        k, end = j, j
        while k < n and k - j < 8 and t.same_sentence(j, k) and not _punct(t.gap(k)):
            tok = t.token_at(t.ws[k].start)
            if self.is_cap(k) or tok.pos_ in ("VERB", "AUX") or t.key(k) in ("a", "au", "aux"):
                break
            if tok.pos_ in ("NOUN", "ADJ"):
                end = k + 1
            k += 1
        return end

    def _cap_run(self, i: int) -> int:
        ws, t = self.t.ws, self.t
        j = i + 1
        while (
            j < len(ws)
            and t.same_sentence(i, j)
            and (
                not _punct(t.gap(j))
                or (
                    t.gap(j) == ". "
                    and len(ws[j - 1].text) == 1
                    and ws[j - 1].text.isupper()
                    and self.is_cap(j)
                )
            )
        ):
            if self.is_cap(j) or (ws[j].text.isdigit() and j > i) or t.gap(j) == "-":
                j += 1
            elif (
                t.key(j) in ("de", "du", "des", "d", "et", "la", "l")
                and self.is_cap(j + 1)
                and not _punct(t.gap(j + 1))
                and t.key(j + 1) not in self.s["portfolios"]
            ):
                j += 2
            else:
                break
        # "Mediapart.fr", "O.S.K.": dots inside a name
        while (
            j < len(ws)
            and t.gap(j) == "."
            and t.same_sentence(i, j)
            and (
                ws[j].text.islower()
                and ws[j].text in ("net", "com", "org", "fr", "info")
                or ws[j].text.isupper()
            )
        ):
            j += 1
        return j

    def _merge_adjacent(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        for i, j, lab in spans:
            if out and i < out[-1][1]:
                pi, pj, plab = out[-1]
                out[-1] = (pi, max(pj, j), plab if plab != "CUE" else lab)
                continue
            if out and i == out[-1][1] and self.t.gap(i).strip() == "":
                pi, pj, plab = out[-1]
                left = self.t.key(pi)
                lexical = self.s["portfolios"] | self.s["roles"] | self.s["organisation_heads"]
                if pj - pi == 1 and self.is_cap(pi) and left not in lexical:
                    out[-1] = (pi, j, lab if lab == "PER" else plab)  # "Grand" + "Tortue X"
                    continue
            out.append((i, j, lab))
        return out

    def _trim(self, i: int, j: int) -> tuple[int, int]:
        t = self.t
        while (
            i < j
            and (t.key(i) in DETERMINERS or t.key(i) in ("de", "d", "selon"))
            and not (
                self.is_cap(i)
                and j - i > 1
                and t.key(i) in ("le", "la", "les", "l")
                and self._titled(i, j)
            )
        ):
            i += 1
        org_named = (
            i < j
            and self.is_cap(i)
            and (
                t.key(i) in self.s["organisation_heads"]
                or (j - i >= 2 and t.key(i + 1) in self.s["organisation_heads"])
            )
        )  # "Fédération des industries ...", "Nouvelle banque de développement"
        while (
            j > i
            and not self.is_cap(j - 1)
            and not t.ws[j - 1].text.isdigit()
            and t.ws[j - 1].text not in ("net", "com", "org")
        ):
            if t.gap(j - 1) == "-" and j - 1 > i:
                break  # "Choi Dong-hyun": a hyphenated part of the name
            if org_named and t.key(j - 1) not in _FUNCTION_WORDS:
                break  # "Fédération des industries coréennes", "Parti démocrate"
            if (j - 1) in self.adj_start and self.is_cap(self.adj_start[j - 1] - 1):
                break  # "Solution grecque": a nationality adjective in a party's name
            j -= 1
        return i, j

    def _titled(self, i: int, j: int) -> bool:
        """ "Le Soleil", "Le Monde": an article that is part of a medium's title."""
        kind, *_ = self.cue_before(i)
        return kind == "media"

    def _classify_name(self, i: int, j: int, label: str | None, cue_kind: str | None) -> str | None:
        """Type of the proper name at words [i, j) from its own words."""
        t = self.t
        keys = [t.key(k) for k in range(i, j)]
        text = t.span_text(i, j)
        if set(keys) & self.s["product_words"]:
            return "system"
        if (
            keys[0] in self.s["organisation_heads"]
            and keys[0] not in self.s["state_nouns"]
            and (self.is_cap(i) or (len(keys) >= 2 and self.is_cap(i + 1)))
        ):
            return "organisation"  # "Front X", "Université de Y", "université Yonsei"
        if (
            len(keys) >= 2
            and keys[-1] in self.s["company_suffixes"]
            and self.is_cap(i)
            and (self.is_cap(j - 1))
        ):
            return "company"
        if len(keys) >= 2 and keys[-1] in self.s["media_suffixes"]:
            return "media"
        if _DOMAIN.search(text):
            return "media"
        if cue_kind in ("product",):
            return "system"
        if cue_kind in ("media", "company", "organisation"):
            return cue_kind
        return None

    def _classify_and_add(self, i: int, j: int, label: str, j_full: int | None = None) -> None:
        t, ws = self.t, self.t.ws
        start, end = ws[i].start, ws[j - 1].end
        keys = [t.key(k) for k in range(i, j)]
        if all(
            k in self.s["portfolios"] or k in ("et", "des", "de", "la", "l", "du") for k in keys
        ):
            return
        if not self.is_cap(i) and any(" ".join(keys[:n]) in self.s["roles"] for n in (1, 2, 3)):
            return  # "ministre de la Défense": a title, not a name
        # A gazetteer item (country, capital, demonym) is handled by the state rules.
        if i in self.gaz and self.gaz[i][0] >= j and self.gaz[i][1].kind != "institution":
            return
        cue_kind, cue, cue_start, isos = self.cue_before(i)
        if j - i == 1 and cue_kind is None and label == "ORG" and self._venue_prep(i):
            return  # "au Parlement", "devant le Parlement": a building, a place
        typ = self._classify_name(i, j, label, cue_kind)
        if cue_kind == "thing" and typ is None:
            return
        if cue_kind == "state" and typ is None and (label in ("PER", "CUE") or j - i <= 2):
            self._pending_state.append((cue_start, j))
            self.t.claim(ws[cue_start].start, end)
            return
        if typ is None:
            if label == "PER" or (
                cue_kind == "role"
                and j - i >= 2
                and self.is_cap(j - 1)
                and not any(k in self.s["organisation_heads"] for k in keys)
            ):
                typ = "person"
            elif label == "ORG":
                typ = "organisation"
            else:
                return
        if typ == "system":
            iso = isos[0] if isos else None
            if j_full and j_full > j and self.free_words(i, j_full):
                end = ws[j_full - 1].end
            self.systems.append(System(start, end, t.article.text[start:end], cue, iso))
            self.t.claim(start, end)
            return
        if typ == "organisation" and keys[0] in self.s["seated_heads"] and t.key(j) in ("de", "d"):
            e2 = self._cap_run(j + 1) if self.is_cap(j + 1) else j
            if e2 > j + 1 and self.free_words(j, e2) and not _punct(t.gap(j)):
                j, end = e2, ws[e2 - 1].end  # "l'université Yonsei de Séoul"
        name = t.article.text[start:end]
        if typ == "person":
            if j - i == 1 and self.sentence_start(i) and cue_kind != "role":
                return
            if j - i == 1 and cue_kind != "role" and city_country(ws[i].text) is not None:
                return  # "Gaza" tagged as a person: a known city is a place
            nationality = None
            while keys and (
                keys[0] in PERSON_TITLES
                or (len(keys) > 2 and self.is_cap(i) and country_of_adjective(keys[0]))
            ):
                if keys[0] not in PERSON_TITLES:
                    nationality = country_of_adjective(keys[0])  # "le Tchadien X"
                i += 1
                keys = keys[1:]
                start = ws[i].start
                name = t.article.text[start:end]
            m = Mention(start, end, "person", "person:" + norm_key(name), name, "name")
            if nationality:
                m.country, m.strength = nationality, 2
            self.add(m)
            return
        iso, strength = (isos[0], 2) if isos else self._country_inside(i, j)
        aliases = []
        own_cue = None
        if not self.is_cap(i) and j - i >= 2 and self.is_cap(i + 1) and typ != "person":
            own_cue = (ws[i].start, ws[i].end)  # "institut Datafolha": cue, then name
            aliases.append(t.article.text[ws[i + 1].start : end])
        m_start = start
        if cue_kind in ("organisation", "media", "company") and cue and not self.is_cap(cue_start):
            aliases.append(t.article.text[ws[cue_start].start : end])
        m = Mention(
            m_start,
            end,
            typ,
            "org:" + norm_key(name),
            name,
            "name",
            iso,
            strength if iso else 0,
            aliases=aliases,
            cue=cue,
        )
        if own_cue is not None:
            m.roles.append(own_cue)
        self.add(m)

    def _country_inside(self, i: int, j: int) -> tuple[str | None, int]:
        """Country stated inside words [i, j): a nationality adjective, a country, a city."""
        for k in range(i, j):
            if k in self.adj_end:
                return self.adj_end[k][1], 2
        for k in range(i, j):
            if k in self.gaz and self.gaz[k][1].kind in ("country", "capital"):
                return self.gaz[k][1].ref, 2
        for k in range(i, j):
            if self.is_cap(k) and self.t.key(k - 1) in ("de", "d", "du", "a"):
                e = self._cap_run(k)
                iso = city_country(self.t.span_text(k, e), self.article_isos)
                if iso:
                    return iso, 2
        en = english_index()
        for k in range(i, j):
            if self.is_cap(k):
                hits = en.match_at(self.t.ws, k)
                if hits and hits[0][0] <= j - k:
                    return hits[0][1], 2  # "Ethiopian Electric Power"
        return None, 0

    # --- phase E: states --------------------------------------------------------------
    def _states(self) -> None:
        t, ws = self.t, self.t.ws
        decisions: dict[int, bool] = {}
        for i in sorted(self.gaz):
            j, hit, _phrase = self.gaz[i]
            if hit.kind not in ("country", "capital", "periphrase", "noun"):
                continue
            start, end = ws[i].start, ws[j - 1].end
            if not t.free(start, end):
                continue
            iso = hit.ref
            c = countries()[iso]
            if hit.kind == "noun":
                person = self.by_start.get(ws[j].start) if j < len(ws) else None
                if (
                    person is not None
                    and person.type == "person"
                    and t.key(i - 1) in ("le", "la", "l")
                    and not _punct(t.gap(j))
                ):
                    if person.strength < 2:  # "le Néerlandais Pieter Jansen": a nationality
                        person.country, person.strength = iso, 2
                    continue
                j2 = j
                name = t.span_text(i, j)
                if t.key(j) in ("du", "de", "d") and self.is_cap(j + 1) and (j + 1) not in self.gaz:
                    j2 = self._cap_run(j + 1)
                    name = t.span_text(i, j2)
                self.add(
                    Mention(
                        start,
                        ws[j2 - 1].end,
                        "group",
                        f"group:{iso}:people",
                        name,
                        "demonym",
                        iso,
                        2,
                    )
                )
                continue
            if hit.kind == "periphrase":
                self.add(
                    Mention(
                        start,
                        end,
                        "state",
                        f"state:{iso}",
                        c.name,
                        "periphrase",
                        iso,
                        3,
                        fixed_country=True,
                    )
                )
                continue
            if self._geo_feature_before(i):
                self.t.claim(start, end)
                continue
            actor = self._actor_position(i, j, decisions)
            decisions[i] = actor
            if hit.kind == "capital":
                self.t.claim(start, end)
                inst = metonym_index().get(norm_key(t.article.text[start:end]))
                if actor and inst is not None:  # "Bruxelles a promis": the EU
                    self.add(
                        Mention(
                            start,
                            end,
                            inst.type,
                            "inst:" + inst.name,
                            inst.name,
                            "capital",
                            inst.country,
                            3,
                            fixed_country=True,
                        )
                    )
                elif actor:
                    self.add(
                        Mention(
                            start,
                            end,
                            "state",
                            f"state:{iso}",
                            c.name,
                            "capital",
                            iso,
                            3,
                            fixed_country=True,
                        )
                    )
                elif self._venue_prep(i, context=True):
                    self.venues.append(Venue(start, iso))
                continue
            if c.kind == "territory":
                self.t.claim(start, end)
                continue
            if not actor and self._venue_prep(i, context=True):
                self.venues.append(Venue(start, iso))
            self.add(
                Mention(
                    start,
                    end,
                    "state",
                    f"state:{iso}",
                    c.name,
                    "country",
                    iso,
                    3,
                    fixed_country=True,
                    actor_position=actor,
                )
            )
        # Cities that are venues ("à Dakar", "À Séoul") give context to countries.
        tv = view(t.doc)
        for e_start, e_end, label in tv.ents:
            start, end = tv.idx[e_start], tv.end[e_end - 1]
            if label != "LOC" or start < t.article.body_start:
                continue
            r = t.words_in(start, end)
            if len(r) and self._venue_prep(r.start, context=True) and t.free(start, end):
                iso = city_country(t.nlp[start:end], self.article_isos)  # the entity's text
                if iso:
                    self.venues.append(Venue(start, iso))
        self.venues.sort(key=lambda v: v.start)
        self._venue_starts = [v.start for v in self.venues]

    def _geo_feature_before(self, i: int) -> bool:
        t = self.t
        k = i
        if t.key(k - 1) in ("la", "l", "le", "les"):
            k -= 1
        if t.key(k - 1) not in ("de", "du", "d", "des"):
            return False
        return t.key(k - 2) in self.s["geo_features"]

    def _venue_prep(self, i: int, context: bool = False) -> bool:
        """Word i follows a place preposition ("à Dakar", "près de Ceuta"); with
        ``context``, only the prepositions that say where an actor is (à, au, en, dans)."""
        t = self.t
        k = i
        if t.key(k - 1) in ("la", "l", "le", "les") and not _punct(t.gap(k)):
            k -= 1
        if _punct(t.gap(k)):
            return False
        prep = t.key(k - 1)
        if prep in ("a", "au", "aux") and k - 2 >= 0 and not _punct(t.gap(k - 1)):
            head = t.token_at(t.ws[i].start).head
            if self.lemma(k - 2) in self.s["dative_verbs"] or (
                head.pos_ == "VERB" and fold(head.lemma_) in self.s["dative_verbs"]
            ):
                return False  # "a demandé à Bruxelles de ...": an addressee, not a place
        if context:
            return prep in ("a", "au", "aux", "en", "dans")
        return prep in self.s["venue_prepositions"] or t.prev_phrase(k, 2) == "pres de"

    def _actor_position(self, i: int, j: int, decisions: dict[int, bool]) -> bool:
        """A capital or country named as an actor (subject, agent, partner, possessor)."""
        t = self.t
        if j + 1 < len(t.ws) and "," in t.gap(j) and t.key(j) == "qui" and t.same_sentence(i, j):
            return True  # "la Chine, qui a financé ...": the subject of a relative clause
        k = i
        if t.key(k - 1) in ("la", "l", "le", "les") and not _punct(t.gap(k)):
            k -= 1
        prev = t.key(k - 1) if t.same_sentence(k - 1, i) else ""
        gap = t.gap(k)
        if prev and ("(" in gap or ")" in gap):
            prev = ""
        if self._venue_prep(i):
            return False
        if prev in ("apres",) and t.key(k - 2) == "d":
            return True
        if prev in self.s["agent_prepositions"] and "," not in gap:
            if prev == "avec" and any(
                t.key(x) in self.s["geo_features"] for x in range(max(0, k - 5), k)
            ):
                return False
            return True
        if prev in ("de", "du", "d", "des") and "," not in gap:
            for x in range(k - 2, max(-1, k - 6), -1):
                if not t.same_sentence(x, i) or x in self.adj_start:
                    break
                if t.key(x) in self.s["political_nouns"]:
                    return True
            return False
        if prev in ("et", "ou") or (prev and gap.strip() == ","):
            for x in range(k - 2, max(-1, k - 7), -1):
                if x in decisions and t.same_sentence(x, i):
                    return decisions[x]
        if prev == "pour" and (k - 1 == 0 or self.sentence_start(k - 1)):
            return True
        tok = t.span(t.ws[i].start, t.ws[j - 1].end).root
        head = fold(tok.head.lemma_)
        if tok.dep_.startswith("nsubj") and head in self.s["place_subject_verbs"]:
            return False
        if tok.dep_ in ("obj", "obl:arg") and head in self.s["place_verbs"]:
            return False
        if prev and k - 1 >= 0 and self.lemma(k - 1) in self.s["place_verbs"]:
            return False
        if prev in ("de", "d", "du", "des"):
            return False
        if prev in ("a", "au", "aux"):
            return True  # not a venue (checked above): an addressee ("demandé à Bruxelles")
        return not prev or prev not in ("en", "dans")

    def _monarchy_anaphora(self) -> None:
        """ "le royaume" refers back to the last kingdom named."""
        t, ws = self.t, self.t.ws
        for i, w in enumerate(ws):
            kind = MONARCHY_WORDS.get(w.key)
            if not kind or self.is_cap(i) or not t.free(w.start, w.end):
                continue
            if t.key(i - 1) not in ("le", "la", "l", "du", "au"):
                continue
            if (i + 1) in self.adj_end or t.key(i + 1) in ("de", "d", "du", "uni"):
                continue
            ref = self._last_state_before(w.start, kind)
            if ref is None:
                continue
            self.add(
                Mention(
                    w.start,
                    w.end,
                    "state",
                    ref.key,
                    ref.name,
                    "anaphora",
                    ref.country,
                    3,
                    fixed_country=True,
                )
            )

    def _state_descriptions(self) -> None:
        """ "les autorités japonaises", "la présidence sud-coréenne", "la présidence Biden"."""
        t, ws = self.t, self.t.ws
        for i, w in enumerate(ws):
            if w.key not in self.s["state_nouns"] or self.is_cap(i):
                continue
            if not t.free(w.start, w.end) or t.key(i - 1) not in DETERMINERS:
                continue
            if self._inside_role(i - 1):
                continue
            j = i + 1
            if j in self.adj_end:
                end, iso = self.adj_end[j]
                if not t.free(ws[j].start, ws[end - 1].end):
                    continue
                self.add(
                    Mention(
                        w.start,
                        ws[end - 1].end,
                        "state",
                        f"state:{iso}",
                        countries()[iso].name,
                        "description",
                        iso,
                        3,
                        fixed_country=True,
                    )
                )
            elif (
                t.key(j) in ("de", "d")
                and j + 1 in self.gaz
                and self.gaz[j + 1][1].kind in ("capital", "country")
            ):
                end, hit, _ = self.gaz[j + 1]
                iso = hit.ref
                self.add(
                    Mention(
                        w.start,
                        ws[end - 1].end,
                        "state",
                        f"state:{iso}",
                        countries()[iso].name,
                        "description",
                        iso,
                        3,
                        fixed_country=True,
                    )
                )
        for cue_start, j in self._pending_state:
            start, end = ws[cue_start].start, ws[j - 1].end
            iso = self.context_country(start, prefer_venue=True)
            if iso is None:
                continue
            self.mentions.append(
                Mention(
                    start,
                    end,
                    "state",
                    f"state:{iso}",
                    countries()[iso].name,
                    "description",
                    iso,
                    3,
                    fixed_country=True,
                )
            )

    def _inside_role(self, k: int) -> bool:
        """Word k is inside a title ("chef de la diplomatie", "représentant ... de la")."""
        t = self.t
        for x in range(k, max(-1, k - 5), -1):
            if not t.same_sentence(x, k + 1):
                return False
            for n in (1, 2, 3):
                if (
                    x - n + 1 >= 0
                    and " ".join(t.key(y) for y in range(x - n + 1, x + 1)) in self.s["roles"]
                ):
                    return True
        return False

    # --- phase F: groups and collective organisations ---------------------------------
    def _collectives(self) -> None:
        t, ws = self.t, self.t.ws
        groups, orgs = self.s["group_nouns"], self.s["collective_org_heads"]
        for i, w in enumerate(ws):
            is_group = w.key in groups
            is_org = w.key in orgs
            if not (is_group or is_org):
                continue
            if self.is_cap(i) or not t.free(w.start, w.end):
                continue
            if self.is_cap(i + 1) and not _punct(t.gap(i + 1)):
                continue  # a cue before a name: handled with the names
            left = self._left_adjectives(i)
            if not self._determined(left):
                continue  # "..., réfugiés à Erevan": a participle, not a group
            j = self._np_end(i, allow_de=is_org or w.key in ("communaute", "diaspora"))
            # "les islamistes du mouvement X": a description of the organisation X
            owner = self._owner_after(j)
            if owner is not None and is_group:
                desc = t.span_text(i, j)
                owner.roles.append((w.start, ws[j - 1].end))
                owner.aliases.append(desc)
                iso = next((self.adj_end[k][1] for k in range(i, j) if k in self.adj_end), None)
                if iso and owner.strength < 2:
                    owner.country, owner.strength = iso, 2
                continue
            if self._apposed(left, j):
                continue
            if is_org and self._definite_anaphor(left, i, j):
                continue  # "l'organisation panafricaine": an organisation named before
            if not self._acts(left, j, i):
                continue
            name = t.span_text(left, j)
            iso, strength = self._country_inside(left, j)
            if is_org:
                key = "org:" + norm_key(name)
                typ = "organisation"
            else:
                key = f"group:{iso or ''}:{norm_key(name)}"
                typ = "group"
            self.add(
                Mention(
                    ws[left].start,
                    ws[j - 1].end,
                    typ,
                    key,
                    name,
                    "description",
                    iso,
                    strength,
                )
            )

    def _left_adjectives(self, i: int) -> int:
        """ "petits agriculteurs", "jeunes militants": adjectives before a group noun."""
        t = self.t
        k = i
        while (
            k > 0
            and not _punct(t.gap(k))
            and self.pos(k - 1) == "ADJ"
            and not self.is_cap(k - 1)
            and t.key(k - 1) not in QUANTITY
            and t.key(k - 1) not in ("nombreux", "nombreuses", "certains", "certaines", "autres")
            and (k - 1) not in self.adj_start
        ):
            k -= 1
        return k

    def _definite_anaphor(self, left: int, i: int, j: int) -> bool:
        """ "L'organisation réclame", "l'organisation panafricaine obtienne": a definite
        organisation noun without complement refers back to the last organisation named
        (outside someone's title) in the preceding sentences; the mention joins it."""
        t = self.t
        if t.key(i) not in _ANAPHORIC_ORG_NOUNS:
            return False
        if t.key(left - 1) not in ("l", "la", "le") or any(
            t.key(k) in ("de", "du", "des", "d") for k in range(i, j)
        ):
            return False
        start = t.ws[left - 1].start
        sent = t.article.sentence_at(start)
        if sent is None:
            return False
        lo = t.article.sentences[max(0, sent.id - 4)].start
        k = bisect.bisect_left(self._org_starts(), start) - 1
        best = None
        while k >= 0 and self._orgs[k].start >= lo:
            if not self._in_title(self._orgs[k]):
                best = self._orgs[k]
                break
            k -= 1
        if best is None:
            return False
        self.add(
            Mention(
                t.ws[left].start,
                t.ws[j - 1].end,
                best.type,
                best.key,
                best.name,
                "anaphora",
                best.country,
                best.strength,
                fixed_country=best.fixed_country,
            )
        )
        return True

    def _org_starts(self) -> list[int]:
        """Named organisations so far, sorted (rebuilt when mentions were added)."""
        if len(self.mentions) != self._orgs_n:
            self._orgs = sorted(
                (
                    m
                    for m in self.mentions
                    if m.type == "organisation" and m.kind in ("name", "acronym")
                ),
                key=lambda m: m.start,
            )
            self._orgs_n = len(self.mentions)
            self._orgs_s = [m.start for m in self._orgs]
        return self._orgs_s

    def _in_title(self, m: Mention) -> bool:
        """The mention sits in a person's title ("président de la Commission de l'UA")."""
        t = self.t
        k = t.index_at(m.start)
        if k is None:
            return False
        for x in range(k - 1, max(-1, k - 6), -1):
            if not t.same_sentence(x, k) or _punct(t.gap(x + 1)):
                return False
            if t.key(x) in self.s["roles"] and t.key(x) not in self.s["organisation_heads"]:
                return True
        return False

    def _determined(self, i: int) -> bool:
        t = self.t
        k = i - 1
        while (
            k >= 0
            and (k in self.adj_start or t.key(k) in NAME_ADJECTIVES)
            and not _punct(t.gap(k + 1))
        ):
            k -= 1
        w = t.key(k)
        return not _punct(t.gap(k + 1)) and (
            w in DETERMINERS or w in QUANTITY or w in ("de", "d", "nos", "plusieurs")
        )

    def _apposed(self, i: int, j: int) -> bool:
        """The phrase describes a name next to it ("X, la principale organisation ...",
        "Le principal parti d'opposition, les Patriotes ...")."""
        t = self.t
        k = i - 1
        while (
            k >= 0
            and (t.key(k) in DETERMINERS or t.key(k) in NAME_ADJECTIVES)
            and not _punct(t.gap(k + 1))
        ):
            k -= 1
        if (
            "," in t.gap(k + 1)
            and k >= 0
            and not t.free(t.ws[k].start, t.ws[k].end)
            and t.same_sentence(k, i)
        ):
            m0 = k
            while (
                m0 > 0
                and not t.free(t.ws[m0 - 1].start, t.ws[m0 - 1].end)
                and not _punct(t.gap(m0))
            ):
                m0 -= 1
            before = m0 - 1
            if t.key(before) in ("l", "le", "la", "les"):
                before -= 1
            introduced = self.introduced_by_source(m0) or (
                t.key(before) in _INTRODUCERS and t.same_sentence(before, k)
            )
            if not introduced:
                return True
        if j < len(t.ws) and "," in t.gap(j):
            for x in (j, j + 1):
                if x < len(t.ws) and not t.free(t.ws[x].start, t.ws[x].end):
                    return True
                if x < len(t.ws) and self.is_cap(x) and t.key(x - 1) in DETERMINERS:
                    return True
        return False

    def _np_end(self, i: int, allow_de: bool) -> int:
        t = self.t
        j = i + 1
        n = len(t.ws)
        while j < n and not _punct(t.gap(j)) and t.same_sentence(i, j):
            if j in self.adj_end:
                j = self.adj_end[j][0]
                continue
            if self.pos(j) == "ADJ" and not self.is_cap(j) and t.key(j) not in ("ainsi",):
                j += 1
                continue
            if (
                allow_de
                and t.key(j) in ("de", "du", "des", "d")
                and j + 1 < n
                and not self.is_cap(j + 1)
                and self.pos(j + 1) in ("NOUN", "ADJ")
                and not _punct(t.gap(j + 1))
            ):
                j += 2
                continue
            if (
                allow_de
                and t.key(j) == "et"
                and j + 1 < n
                and self.pos(j + 1) == "NOUN"
                and not _punct(t.gap(j + 1))
                and t.key(j - 2) in ("de", "des", "du", "d")
            ):
                j += 2
                continue
            if allow_de and t.key(j) in ("de", "du", "d", "la", "l") and self.is_cap(j + 1):
                k = j + 1 if t.key(j + 1) not in ("la", "l") else j + 2
                if k in self.gaz and self.gaz[k][1].kind == "country":
                    j = self.gaz[k][0]
                    continue
            break
        return j

    def _last_state_before(self, offset: int, monarchy: str) -> Mention | None:
        """The last state of this form of government named before ``offset``."""
        if self._states_sorted is None:
            self._states_sorted = sorted(
                (m for m in self.mentions if m.type == "state"), key=lambda m: m.start
            )
            self._states_starts = [m.start for m in self._states_sorted]
        k = bisect.bisect_left(self._states_starts, offset) - 1
        while k >= 0:
            m = self._states_sorted[k]
            if countries()[m.key.split(":")[1]].monarchy == monarchy:
                return m
            k -= 1
        return None

    def _owner_after(self, j: int) -> Mention | None:
        t = self.t
        if t.key(j) not in ("du", "de", "des", "d"):
            return None
        k = j + 1
        if t.key(k) in ("la", "l", "le"):
            k += 1
        if k >= len(t.ws):
            return None
        for x in (k - 1, k, k + 1):
            m = self.by_start.get(t.ws[x].start) if 0 <= x < len(t.ws) else None
            if m is not None and m.type in ("organisation", "company"):
                return m
        return None

    def _acts(self, i: int, j: int, head: int | None = None) -> bool:
        """The phrase at words [i, j) acts: subject of an active verb (possibly through a
        quantity, "des milliers de X", or a coordination, "X et de Y ont défilé"), the
        inverted subject of a verb ("scandaient les manifestants"), or a source."""
        t = self.t
        tok = t.token_at(t.ws[head if head is not None else i].start)
        if self._subject(tok):
            return True
        if tok.dep_ == "conj" and self._subject(tok.head):
            return True
        prev = t.key(i - 1)
        prev2 = t.key(i - 2)
        if prev in QUANTITY or (prev in ("de", "d", "des") and prev2 in QUANTITY):
            q = t.token_at(t.ws[i - 1 if prev in QUANTITY else i - 2].start)
            if q.dep_ == "nsubj":
                return True
        k = i - 1
        while k >= 0 and t.key(k) in DETERMINERS | QUANTITY | {"de", "d", "plusieurs"}:
            k -= 1
        if t.key(k) in ("selon",) or (t.key(k) == "apres" and t.key(k - 1) == "d"):
            return True
        if k >= 0 and k < i - 1 and t.same_sentence(k, i):
            verb = t.token_at(t.ws[k].start)
            end_of_clause = j >= len(t.ws) or _punct(t.gap(j)) or not t.same_sentence(i, j)
            if verb.pos_ == "VERB" and verb.morph.get("VerbForm") == ["Fin"] and end_of_clause:
                return True  # "« ... » scandaient les manifestants."
        if j < len(t.ws) and not _punct(t.gap(j)) and t.same_sentence(i, j):
            nxt = t.token_at(t.ws[j].start)
            if (
                nxt.pos_ == "AUX"
                and nxt.dep_.startswith("aux")
                and nxt.head.pos_ == "VERB"
                and not any(c.dep_ == "aux:pass" for c in nxt.head.children)
            ):
                return True
            if nxt.pos_ == "VERB" and nxt.morph.get("VerbForm") == ["Fin"]:
                return True
        return False

    @staticmethod
    def _subject(tok) -> bool:
        if tok.dep_ == "nsubj":
            return True
        return tok.head.dep_ == "nsubj" and fold(tok.head.text) in QUANTITY

    # --- phase G: short names ---------------------------------------------------------
    def _short_names(self) -> None:
        """ "Ferrand" after "Isabelle Ferrand"; "Sandiniste" after "Front sandiniste"."""
        t, ws = self.t, self.t.ws
        idx = PhraseIndex()
        owners: dict[str, set[str]] = {}
        by_key: dict[str, Mention] = {}
        for m in self.mentions:
            if m.type == "person" and m.kind == "name":
                parts = m.name.split()
                if len(parts) >= 2:
                    for p in parts:
                        if len(p) >= 3 and p[0].isupper() and fold(p) not in PERSON_TITLES:
                            owners.setdefault(fold(p), set()).add(m.key)
                            idx.add(p, p)
                    by_key.setdefault(m.key, m)
            elif m.type in ("organisation", "company", "media") and m.kind == "name":
                parts = m.name.split()
                lexical = (
                    self.s["organisation_heads"]
                    | self.s["company_suffixes"]
                    | self.s["portfolios"]
                    | self.s["media_suffixes"]
                )
                for p in parts[1:] if len(parts) >= 2 else []:
                    if (
                        len(p) >= 4
                        and p[0].isupper()
                        and fold(p) not in lexical
                        and fold(p) not in NAME_ADJECTIVES
                    ):
                        owners.setdefault(fold(p), set()).add(m.key)
                        idx.add(p, p)
                        by_key.setdefault(m.key, m)
            if m.kind == "acronym":
                owners.setdefault(fold(t.article.text[m.start : m.end]), set()).add(m.key)
                idx.add(t.article.text[m.start : m.end], t.article.text[m.start : m.end])
                by_key.setdefault(m.key, m)
        for i, j, part in idx.finditer(ws):
            keys = owners.get(fold(part), set())
            if len(keys) != 1 or not self.is_cap(i) or not self.free_words(i, j):
                continue
            if (self.is_cap(j) and not _punct(t.gap(j))) or (
                self.is_cap(i - 1) and not _punct(t.gap(i)) and not self.sentence_start(i)
            ):
                continue
            ref = by_key[next(iter(keys))]
            self.add(
                Mention(
                    ws[i].start,
                    ws[j - 1].end,
                    ref.type,
                    ref.key,
                    ref.name,
                    "short",
                    ref.country,
                    ref.strength,
                )
            )

    def _merge_person_parts(self) -> None:
        """A person named by part of another person's name ("M. Demiral" after "Recep
        Demiral", "Lula" after "Luiz Inácio Lula da Silva") is that person."""
        persons = [m for m in self.mentions if m.type == "person"]
        full: dict[str, set[str]] = {}
        words_of = {m.key: set(m.key.split(":", 1)[1].split()) for m in persons}
        for k, ws in words_of.items():
            if len(ws) >= 2:
                for w in ws:
                    full.setdefault(w, set()).add(k)
        remap = {}
        for k, ws in words_of.items():
            if len(ws) >= 2 and len(k) >= len("person:") + 1:
                supers = [o for o in words_of if o != k and ws < words_of[o]]
            else:
                supers = (
                    list(set.intersection(*(full.get(w, set()) for w in ws)) - {k}) if ws else []
                )
            if len(supers) == 1:
                remap[k] = supers[0]
        if not remap:
            return
        names = {m.key: m.name for m in persons if m.kind == "name"}
        for m in self.mentions:
            if m.key in remap:
                m.key = remap[m.key]
                m.name = names.get(m.key, m.name)
                m.kind = "short" if m.kind == "name" else m.kind

    # --- context ----------------------------------------------------------------------
    def context_country(self, offset: int, prefer_venue: bool = False) -> str | None:
        """Country of the place where things happen around ``offset`` (same sentence, then
        earlier in the paragraph)."""
        art = self.t.article
        sent = art.sentence_at(offset)
        if sent is None:
            return None
        para = art.paragraphs[sent.paragraph_id]
        starts = self._venue_starts
        lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
        if hi > lo:
            same = self.venues[lo:hi]
            return min(same, key=lambda v: abs(v.start - offset)).country
        k = bisect.bisect_left(starts, offset) - 1
        if k >= 0 and self.venues[k].start >= para.start:
            return self.venues[k].country
        return None


def _case_ok(hit: GazHit, phrase: str, text: str) -> bool:
    if hit.kind == "adjective":
        return text[:1].islower()
    if hit.kind in ("country", "capital", "noun"):
        return text[:1].isupper()
    letters = [c for c in phrase if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return all(c.isupper() for c in text if c.isalpha())
    if phrase[:1].isupper():
        return text[:1].isupper()
    return True


def _compound_adjective(t: Text, i: int, j: int) -> bool:
    """ "israélo-marocaines", "franco-allemand": a relation between two countries, not a
    nationality."""
    before = t.article.text[t.ws[i].start - 1 : t.ws[i].start] if t.ws[i].start else ""
    after = t.article.text[t.ws[j - 1].end : t.ws[j - 1].end + 1]
    return (before == "-" and t.ws[i - 1].key.endswith("o")) or (
        after == "-" and t.ws[j - 1].key.endswith("o")
    )


_PUNCT = frozenset(",;:.()[]!?/" + QUOTES + "–—")
_PUNCT_STRICT = frozenset(";:.()[]!?" + QUOTES)


def _punct(gap: str) -> bool:
    """A gap holding punctuation that separates phrases (not apostrophes or hyphens)."""
    return not _PUNCT.isdisjoint(gap)


def _punct_strict(gap: str) -> bool:
    return not _PUNCT_STRICT.isdisjoint(gap)


def _schwartz_hearst(short: str, long: str) -> int | None:
    """Start of the long form of ``short`` inside ``long`` (Schwartz & Hearst, 2003)."""
    s, lo = fold(short), "".join(fold(c)[:1] or c for c in long)
    si, li = len(s) - 1, len(lo) - 1
    while si >= 0:
        c = s[si]
        if not c.isalnum():
            si -= 1
            continue
        while li >= 0 and (lo[li] != c or (si == 0 and li > 0 and lo[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        li -= 1
        si -= 1
    return max(0, lo.rfind(" ", 0, li + 1) + 1) if li >= 0 else 0


@functools.lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    from analysis.resources.gazetteer import countries as _c
    from analysis.resources.gazetteer import institutions

    names = {norm_key(i.name) for i in institutions()}
    names |= {norm_key(a) for i in institutions() for a in i.aliases}
    names |= {norm_key(n) for c in _c().values() for n in c.names}
    return frozenset(names)


def find_mentions(text: Text) -> Found:
    """All actor mentions, systems and venues of the article behind ``text``."""
    return Finder(text).run()
