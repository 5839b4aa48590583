"""Roles and titles of actors, from the words around their names.

Two constructions carry almost every role in news French:

* a title before the name: "Le ministre japonais de la Défense Kenji Sato",
  "son homologue sénégalais Amadou Fall", "la porte-parole du ministère ..., Liu Yanping",
  "le quotidien économique Nikkei";
* an apposition after it: "Grace Mutua, chercheuse à l'université de Nairobi",
  "Ankara, principal allié de Bakou, a salué".

A role starts at a role noun (data/lexicons/actors_roles.yaml, or for organisations a cue
noun of data/lexicons/actors_cues.yaml) and ends at punctuation, a verb, a time phrase
("lors de ...") or the medium an expert speaks to ("..., à l'AFP").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from analysis.document.tokens import view
from analysis.extract.actors.records import Mention
from analysis.extract.actors.text import DETERMINERS, QUOTES, Text, is_punct, phrase_edges
from analysis.resources.gazetteer import country_of_adjective, word_set

ROLES = "actors_roles"
CUES = "actors_cues"
_BOUNDARY_DETS = DETERMINERS - {"du", "des", "au", "aux"}
_PREPOSITIONS = frozenset(
    "a au aux par pour avec selon sur dans en contre entre vers chez sans sous apres avant "
    "depuis pendant".split()
)


@dataclass(frozen=True)
class Role:
    """A role phrase stated for a mention."""

    text: str
    start: int
    end: int
    where: str  # "title" (before the name) | "apposition" (after it) | "description"
    possessive: bool = False  # "Son porte-parole, X": X belongs to an earlier actor


@functools.lru_cache(maxsize=8)
def _vocab(kind: str) -> frozenset[str]:
    person = frozenset().union(
        *(word_set(ROLES, k) for k in ("governmental", "expert", "other", "relational"))
    )
    if kind == "person":
        return person
    org = frozenset().union(
        word_set(ROLES, "organisation"),
        word_set(CUES, "company_heads"),
        word_set(CUES, "media_heads"),
        word_set(CUES, "organisation_heads"),
        word_set(ROLES, "relational"),
        word_set(CUES, "group_nouns"),
    )
    return org if kind != "state" else word_set(ROLES, "relational")


@functools.lru_cache(maxsize=16)
def _words_of(vocab: frozenset[str]) -> frozenset[str]:
    """Every word of the phrases of ``vocab`` (a verb form may be one: "chargé")."""
    return frozenset(w for phrase in vocab for w in phrase.split())


def governmental() -> frozenset[str]:
    return word_set(ROLES, "governmental")


class RoleFinder:
    """Finds the roles of mentions in one article."""

    def __init__(self, text: Text, mentions: list[Mention]) -> None:
        self.t = text
        self.mods = word_set(ROLES, "modifiers")
        self.stops = word_set(ROLES, "stops")
        self.media_starts = {m.start for m in mentions if m.type == "media"}
        self.mention_starts = {m.start: m for m in mentions}

    def roles(self, m: Mention) -> list[Role]:
        kind = "person" if m.type == "person" else ("state" if m.type == "state" else "org")
        vocab = _vocab(kind)
        i = self.t.index_at(m.start)
        r = self.t.words_in(m.start, m.end)
        if i is None or not len(r):
            return []
        out = []
        title = self._title(i, vocab, person=m.type == "person")
        if title:
            out.append(title)
        app = self._apposition(r.stop, vocab, person=m.type == "person")
        if app:
            out.append(app)
        return out

    # ---------------------------------------------------------------------------------
    def _role_at(self, k: int, vocab: frozenset[str], hi: int) -> int | None:
        """End index (exclusive) of a role phrase starting at word k, if any."""
        if self.t.key(k) not in phrase_edges(vocab)[0]:
            return None
        for n in (4, 3, 2, 1):
            if k + n <= hi and " ".join(self.t.key(x) for x in range(k, k + n)) in vocab:
                if all(not is_punct(self.t.gap(x)) for x in range(k + 1, k + n)):
                    return k + n
        return None

    def _title(self, i: int, vocab: frozenset[str], person: bool = False) -> Role | None:
        t = self.t
        k = i - 1
        gap = t.gap(i)
        comma = "," in gap
        if any(c in gap for c in QUOTES) or "(" in gap or (is_punct(gap) and not comma):
            return None
        if comma and not t.same_sentence(i - 1, i):
            return None
        # ", le Tchadien X": a nationality noun between the title and the name
        if (
            not comma
            and k >= 1
            and t.ws[k].text[:1].isupper()
            and country_of_adjective(t.key(k))
            and t.key(k - 1) in _BOUNDARY_DETS
        ):
            k -= 1
        # ", les Patriotes ...": a determiner between the comma and the name
        if not comma and t.key(k) in _BOUNDARY_DETS and "," in t.gap(k):
            k -= 1
            comma = True
        if t.key(k) in _PREPOSITIONS or t.key(k) in ("du", "des", "de", "d"):
            return None  # the name is a complement ("... du Front X"), not a titled name
        if t.key(k) in ("l", "la", "le", "les") and (
            t.key(k - 1) in _PREPOSITIONS or t.key(k - 1) in ("du", "des", "de", "d")
        ):
            return None  # "la Commission de l'Union africaine": a complement too
        lo = k
        count = 0
        pos = view(t.doc).pos
        while lo >= 0 and count < 14 and t.same_sentence(lo, i):
            w = t.key(lo)
            if lo < k and is_punct(t.gap(lo + 1)):
                break
            if pos[t.word_tok[lo]] in ("VERB", "AUX") and w not in vocab:
                if t.token_at(t.ws[lo].start).tag_ != "ADJ" and w not in _words_of(vocab):
                    break
            if w in _BOUNDARY_DETS and t.key(lo - 1) not in ("de", "d"):
                break
            if w in _PREPOSITIONS and not (person and comma and w in ("a", "au", "en")):
                break
            if w in ("et", "ou") and t.key(lo + 1) not in ("de", "des", "du", "d"):
                break
            if t.ws[lo].text.isdigit():
                break
            lo -= 1
            count += 1
        lo += 1
        for s in range(lo, k + 1):
            e = self._role_at(s, vocab, k + 1)
            if e is None:
                continue
            s0 = s
            while s0 - 1 >= lo and t.key(s0 - 1) in self.mods:
                s0 -= 1
            b = s0 - 1
            while b >= 0 and t.key(b) in DETERMINERS:
                b -= 1
            if comma and (t.key(b) == "selon" or (t.key(b) == "apres" and t.key(b - 1) == "d")):
                return None  # "Selon l'agence X, l'armée ...": a source, not a title
            start, end = t.ws[s0].start, t.ws[k].end
            text = t.article.text[start:end].rstrip(" ,")
            possessive = t.key(s0 - 1) in ("son", "sa", "ses", "leur", "leurs")
            return Role(text, start, start + len(text), "title", possessive)
        return None

    def _apposition(self, j: int, vocab: frozenset[str], person: bool = False) -> Role | None:
        t = self.t
        n = len(t.ws)
        if j >= n or not t.same_sentence(j - 1, j):
            return None
        gap = t.gap(j)
        if "," not in gap or any(c in gap for c in ".;:()"):
            return None
        i0 = next(
            (x for x in range(j - 1, max(-1, j - 8), -1) if t.ws[x].start in self.mention_starts),
            None,
        )
        if not person and i0 is not None:
            for x in range(i0 - 1, max(-1, i0 - 7), -1):
                if not t.same_sentence(x, i0) or (x < i0 - 1 and is_punct(t.gap(x + 1))):
                    break
                if t.key(x) == "selon" or (t.key(x) == "apres" and t.key(x - 1) == "d"):
                    return None  # "Selon l'agence X, l'armée ...": a source, not an apposition
        k = j
        while k < n and t.key(k) in DETERMINERS and t.key(k) not in ("du", "des", "au", "aux"):
            k += 1
        s = k
        while k < n and t.key(k) in self.mods:
            k += 1
        if k >= n or self._role_at(k, vocab, n) is None or t.ws[k].start in self.mention_starts:
            return None
        e = k
        while e < n and t.same_sentence(j, e):
            if e > s and is_punct(t.gap(e)):
                break
            if e > k and t.ws[e].start in self.mention_starts:
                if self.mention_starts[t.ws[e].start].type == "person":
                    return None  # the phrase is the title of the next name
            w = t.key(e)
            if w in self.stops or " ".join((w, t.key(e + 1))) in self.stops:
                break
            if w in ("a", "au", "aupres") and e + 1 < n:
                nxt = e + 1 if t.key(e + 1) not in ("l", "la", "le") else e + 2
                if nxt < n and t.ws[nxt].start in self.media_starts:
                    break
            if (
                e > k
                and view(t.doc).pos[t.word_tok[e]] in ("VERB", "AUX")
                and t.token_at(t.ws[e].start).morph.get("VerbForm") == ["Fin"]
            ):
                if t.key(s - 1) in ("le", "la", "l", "les"):
                    # ", le chef du gouvernement allemand a paraphé": the phrase is the
                    # subject of the next verb, not an apposition closed by a comma
                    return None
                break
            e += 1
        if e <= s:
            return None
        start, end = t.ws[s].start, t.ws[e - 1].end
        text = t.article.text[start:end]
        return Role(text, start, end, "apposition")
