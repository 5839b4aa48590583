"""A person in a list of titled names set between commas after a plural noun with a
nationality ("des responsables x-iens, le ministre A et le vice-Premier ministre B, ...")
is of that nationality; so is every name of a list glued to a plural nationality noun
("les deux X-iens A et B", "trois X-ais, A, B et C"); the words such a list may hold
besides names (:func:`list_words`).

Why a module of its own: walking the list's edges is a reading of the words around a name,
shared with the rule for an accompanying official.
"""

from __future__ import annotations

import bisect

from analysis.extract.actors.apposed_plural import plural_adjective_before
from analysis.extract.actors.records import Mention
from analysis.extract.actors.titlechains import PLURAL_DETERMINERS
from analysis.extract.actors.vocab import vocab
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import country_of_adjective

# what may join two names of one list: a comma, "et", or both
_LIST_LINKS = frozenset((",", "et", ", et"))


class ListEvidence:
    """Lists of titled names and the nationality before them (a mixin of
    :class:`~analysis.extract.actors.countries.Countries`, whose state it reads)."""

    def _apposed_group(self, ms: list[Mention]) -> str | None:
        """ "des responsables politiques italiens, le ministre A et le vice-Premier ministre
        B, ...": a person in a list of titled names set between commas after a plural noun
        with a nationality is of that nationality."""
        t = self.t
        for m in ms:
            if m.kind != "name":
                continue
            k = t.first_index_from(m.start)
            i, j = self._list_edge(k, -1), self._list_edge(t.first_index_from(m.end) - 1, 1)
            if i is None or j is None or "," not in t.gap(i):
                continue
            for _ in range(6):  # back over the earlier names of a comma list: ", A, B et C"
                iso = plural_adjective_before(self.f, i)  # "… hongrois d'extrême droite, A"
                if iso or not t.is_cap(i - 1):
                    break
                i = self._list_edge(i - 1, -1)
                if i is None or "," not in t.gap(i):
                    break
            if iso:
                return iso
        return None

    def _demonym_list(self, ms: list[Mention]) -> str | None:
        """ "les deux X-iens A et B", "trois X-ais, A, B et C": a plural nationality noun
        after a plural determiner or a number, right before a list of names joined by
        commas and "et", is the country of every name of the list (the first name glued to
        the noun reads it as its own nationality; the others stood after it with none)."""
        t, text = self.t, self.t.article.text
        persons = [p for p in self.mentions if p.type == "person" and p.kind == "name"]
        starts = [p.start for p in persons]
        for m in ms:
            if m.kind != "name":
                continue
            n = bisect.bisect_left(starts, m.start)
            if n >= len(persons) or persons[n].start != m.start:
                continue
            while n > 0 and text[persons[n - 1].end : persons[n].start].strip() in _LIST_LINKS:
                n -= 1  # back to the first name of the list
            k = t.first_index_from(persons[n].start) - 1  # the word before it
            noun = t.key(k)
            if not (t.is_cap(k) and noun[-1:] in ("s", "x") and t.same_sentence(k, k + 1)):
                continue
            if t.key(k - 1) in PLURAL_DETERMINERS and (iso := country_of_adjective(noun)):
                return iso
        return None

    def _list_edge(self, k: int, step: int) -> int | None:
        """From word ``k``, the last word of the list of titled names around it in direction
        ``step`` (titles, names, "et", articles), when a comma (or the sentence's end, going
        forward) closes it; None when another kind of word comes first."""
        t, n = self.t, 0
        words_ok = self._list_words()
        while n < 20:
            nxt = k + step
            if step < 0 and "," in t.gap(k):
                return k
            if step > 0 and ("," in t.gap(nxt) or not t.same_sentence(k, nxt)):
                return k
            if not t.same_sentence(k, nxt):
                return None
            if not (t.is_cap(nxt) or t.key(nxt) in words_ok):
                return None
            k, n = nxt, n + 1
        return None

    def _list_words(self) -> frozenset[str]:
        """The lower-case words of a list of titled names (:func:`list_words`)."""
        return list_words()


@derived
def list_words() -> frozenset[str]:
    """The lower-case words of a list of titled names: role words, articles, "et" (once per
    lexicon: the role words are hundreds, and lists are looked for around many mentions)."""
    roles = {w for r in vocab()["roles"] for w in r.split()}
    return frozenset(roles | {"et", "le", "la", "l", "les", "de", "du", "des", "d", "vice"})
