"""Titles shared out over coordinated names.

News French gives several persons their titles in one phrase:

* "A et B, respectivement ministres des Affaires étrangères du Mali et de la Guinée": the
  items after "respectivement" go, in order, to the names coordinated before it, each
  completing the shared head ("ministre des Affaires étrangères") with its own complement;
* "les ministres des Affaires étrangères A et B": a plural title with its complements,
  glued before the coordinated names, is the title of each, in the singular.

The functions return (role text, start, end) triples; :mod:`analysis.extract.actors.roles`
turns them into roles. The role text may differ from the text between the offsets (the
singular of a plural head, the shared head put before an item's complement); the offsets
always cover the words the role is read from.
"""

from __future__ import annotations

from analysis.extract.actors.records import Mention
from analysis.extract.actors.text import Text, is_punct
from analysis.resources.gazetteer import country_of_adjective

Found = tuple[str, int, int]
DE_WORDS = ("de", "du", "des", "d")
_PLURAL_DETERMINERS = ("les", "des", "ses", "leurs", "deux", "trois", "quatre", "cinq", "plusieurs")
_COMPLEMENT_POS = frozenset(("NOUN", "ADJ", "ADP"))
_MAX_NAMES = 4


def singular(word: str) -> str:
    """The singular of a word of a plural title ("ministres", "généraux")."""
    if word.endswith("aux") and len(word) > 4:
        return word[:-3] + "al"
    return word[:-1] if word.endswith(("s", "x")) and not word.endswith("ss") else word


class Coordination:
    """The persons named in coordination around a name, and the titles they share."""

    def __init__(self, t: Text, persons: list[Mention], roles: frozenset[str]) -> None:
        self.t = t
        self.roles = roles
        self.by_first: dict[int, range] = {}  # first word -> the words of a person's name
        self.by_last: dict[int, range] = {}  # last word -> the same
        for m in persons:
            r = t.words_in(m.start, m.end)
            if len(r):
                self.by_first[r.start] = r
                self.by_last[r.stop - 1] = r

    def names(self, r: range) -> tuple[list[range], int] | None:
        """The coordinated names around the name at words ``r`` ("A, B et C", "A et B") and
        the position of ``r`` among them; None when the name stands alone."""
        t = self.t
        items = [r]
        while len(items) < _MAX_NAMES:  # back over ", B" and "B et"
            k = items[0].start
            link = k - 1 if t.key(k - 1) == "et" and not is_punct(t.gap(k)) else k
            if link == k and t.gap(k).strip() != ",":
                break
            prev = self.by_last.get(link - 1)
            if prev is None or not t.same_sentence(prev.start, k):
                break
            items.insert(0, prev)
        pos = len(items) - 1
        while len(items) < _MAX_NAMES:  # on over ", B" and "et B"
            e = items[-1].stop
            nxt = e + 1 if t.key(e) == "et" and not is_punct(t.gap(e + 1)) else e
            if nxt == e and t.gap(e).strip() != ",":
                break
            after = self.by_first.get(nxt)
            if after is None or not t.same_sentence(e - 1, nxt):
                break
            items.append(after)
        if len(items) < 2 or t.key(items[-1].start - 1) != "et":
            return None  # a list of names ends with "et B"
        return items, pos

    # --- "A et B, respectivement X et Y" -----------------------------------------------------
    def respectively(self, r: range) -> Found | None:
        """The title of the name at words ``r`` in "A et B, respectivement <titles>"."""
        found = self.names(r)
        if found is None:
            return None
        items, pos = found
        t = self.t
        e = items[-1].stop
        if t.key(e) != "respectivement" or "," not in t.gap(e):
            return None
        parts = self._parts(e + 1, len(items))
        if parts is None:
            return None
        return self._item_title(parts, pos)

    def _parts(self, s: int, n: int) -> list[range] | None:
        """The ``n`` items of the phrase at word s, split at "et" and commas, up to
        stronger punctuation, a verb or the end of the sentence."""
        t = self.t
        parts, start, k = [], s, s
        while k < len(t.ws) and t.same_sentence(s, k):
            gap = t.gap(k)
            if k > s and (is_punct(gap) and "," not in gap):
                break
            if k > start and "," in gap:
                parts.append(range(start, k))
                start = k
                if len(parts) == n:
                    break
            if t.key(k) == "et" and k > start:
                parts.append(range(start, k))
                start = k + 1
            elif self._verb(k) and k > s:
                break
            k += 1
        if len(parts) < n and k > start:
            parts.append(range(start, k))
        return parts if len(parts) == n else None

    def _verb(self, k: int) -> bool:
        tok = self.t.token_at(self.t.ws[k].start)
        return tok.pos_ in ("VERB", "AUX") and tok.morph.get("VerbForm") == ["Fin"]

    def _item_title(self, parts: list[range], pos: int) -> Found | None:
        """The title of item ``pos``: a whole title, or the head of the first item
        completed by this item's complement ("de la Guinée", "ghanéen")."""
        t = self.t
        first, own = parts[0], parts[pos]
        if self._role_len(first.start) is None:
            return None
        text = t.article.text
        if self._role_len(own.start) is not None:
            return self._singular_text(own), t.ws[own.start].start, t.ws[own.stop - 1].end
        head_end = self._complement_start(first, t.key(own.start))
        if head_end is None:
            return None
        head = self._singular_text(range(first.start, head_end))
        if pos == 0:
            tail = text[t.ws[head_end].start : t.ws[first.stop - 1].end]
        else:
            tail = text[t.ws[own.start].start : t.ws[own.stop - 1].end]
        return f"{head} {tail}", t.ws[own.start].start, t.ws[own.stop - 1].end

    def _complement_start(self, first: range, own_first: str) -> int | None:
        """Where the first item's own complement starts: its last "de" complement when the
        other items open with "de", its last nationality adjective when they are one."""
        t = self.t
        by_de = own_first in DE_WORDS
        by_adjective = bool(country_of_adjective(own_first))
        for k in range(first.stop - 1, first.start, -1):
            if (by_de and t.key(k) in DE_WORDS) or (
                by_adjective and country_of_adjective(t.key(k))
            ):
                return k
        return None

    def _role_len(self, k: int) -> int | None:
        """Number of words of the title (singular or plural) starting at word k."""
        t = self.t
        for n in (5, 4, 3, 2, 1):
            ws = [t.key(x) for x in range(k, k + n)]
            if " ".join(ws) in self.roles or " ".join(map(singular, ws)) in self.roles:
                return n
        return None

    def _singular_text(self, r: range) -> str:
        """The text of words ``r`` with the plural title at their head in the singular."""
        t = self.t
        n = self._role_len(r.start) or 1
        base = t.ws[r.start].start
        out = t.article.text[base : t.ws[r.stop - 1].end]
        heads = range(r.start, min(r.stop, r.start + n))
        for x in reversed(r):
            w = t.ws[x]
            if x not in heads and not country_of_adjective(singular(t.key(x))):
                continue  # the role noun, and nationality adjectives ("israéliens", not
                # the invariable "hongrois")
            if t.key(x) != singular(t.key(x)):
                a, b = w.start - base, w.end - base
                out = out[:a] + singular(w.text) + out[b:]
        return out

    # --- "les ministres des Affaires étrangères A et B" ------------------------------------
    def plural_title(self, r: range, title_words: frozenset[str]) -> Found | None:
        """The shared plural title glued before the coordinated names around ``r``."""
        found = self.names(r)
        if found is None:
            return None
        items, _pos = found
        t = self.t
        k = items[0].start
        # "deux ministres hongrois d'extrême droite, A et B": the title set before the
        # list with a comma, a short lowercase complement allowed after its adjective
        comma = t.gap(k).strip() == ","
        if is_punct(t.gap(k)) and not comma:
            return None
        lo = k - 1
        while lo > 0 and k - lo <= 8 and t.same_sentence(lo, k):
            if lo + 1 < k and is_punct(t.gap(lo + 1)):
                break
            if self._plural_head(lo):
                if lo == k - 1:
                    return None  # "les présidents A et B": the one-word case has its rule
                r0 = range(lo, k)
                return self._singular_text(r0), t.ws[lo].start, t.ws[k - 1].end
            w = t.key(lo)
            plain = comma and self.complement_word(lo)
            if not (w in title_words or w in DE_WORDS or country_of_adjective(w) or plain):
                return None
            lo -= 1
        return None

    def complement_word(self, k: int) -> bool:
        """A lowercase noun, adjective or preposition of a title's complement ("d'extrême
        droite", "de haut rang")."""
        w = self.t.ws[k].text
        return w[:1].islower() and self.t.token_at(self.t.ws[k].start).pos_ in _COMPLEMENT_POS

    def _plural_head(self, k: int) -> bool:
        t = self.t
        w = t.key(k)
        return (
            w != singular(w)
            and singular(w) in self.roles
            and t.key(k - 1) in _PLURAL_DETERMINERS
            and not is_punct(t.gap(k))
        )
