"""A person in a list of titled names set between commas after a plural noun with a
nationality ("des responsables x-iens, le ministre A et le vice-Premier ministre B, ...")
is of that nationality; so is every name of a list glued to a plural nationality noun
("les deux X-iens A et B", "trois X-ais, A, B et C"); so is every name of a list after a
definite plural noun that takes up the same noun with a nationality a few sentences before
("des otages x-iens ... les quatre ex-otages, A, B et C"); the words such a list may hold
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
# the determiners of a plural noun that takes up one named before ("les otages", "ces
# soldats"), and how many sentences back the noun with its nationality may stand
_TAKE_UP = frozenset(("les", "ces"))
_TAKE_UP_SENTENCES = 3


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

    def _list_start(self, m: Mention) -> int | None:
        """The index of the word right before the list of names ``m`` belongs to (names
        joined by commas and "et"), None when ``m`` is no full name of a person."""
        t, text = self.t, self.t.article.text
        persons = [p for p in self.mentions if p.type == "person" and p.kind == "name"]
        starts = [p.start for p in persons]
        n = bisect.bisect_left(starts, m.start)
        if m.kind != "name" or n >= len(persons) or persons[n].start != m.start:
            return None
        while n > 0 and text[persons[n - 1].end : persons[n].start].strip() in _LIST_LINKS:
            n -= 1  # back to the first name of the list
        return t.first_index_from(persons[n].start) - 1

    def _taken_up_list(self, ms: list[Mention]) -> str | None:
        """ "Trois soldats x-iens ont été relâchés. Les soldats, A, B et C, sont rentrés":
        a list of names after a definite plural noun ("les (quatre) (ex-)otages", "ces
        journalistes") is of the nationality that the same noun had a few sentences before
        (the definite article takes that noun phrase up), when one nationality only was
        given to it there."""
        t = self.t
        for m in ms:
            k = self._list_start(m)
            if k is None or k < 1 or t.is_cap(k) or not t.same_sentence(k, k + 1):
                continue
            noun = t.key(k)
            d = k - 1
            d -= t.key(d) == "ex"  # "les ex-otages" takes up "les otages"
            d -= t.key(d) not in _TAKE_UP and (t.key(d) in PLURAL_DETERMINERS or t.key(d).isdigit())
            if noun[-1:] not in ("s", "x") or t.key(d) not in _TAKE_UP:
                continue
            if iso := self._noun_nationality(noun, d):
                return iso
        return None

    def _noun_nationality(self, noun: str, d: int) -> str | None:
        """The one nationality a plural adjective gives to ``noun`` right after it in the
        sentences before word ``d`` ("des otages danois"); None when none or several."""
        t, f = self.t, self.f
        sid = t.sentence_id(t.ws[d].start)
        found: set[str] = set()
        for x in range(d - 1, -1, -1):
            xs = t.sentence_id(t.ws[x].start)
            if sid is None or xs is None or sid - xs > _TAKE_UP_SENTENCES:
                break
            adj = f.adj_end.get(x + 1)
            if t.key(x) == noun and adj is not None and t.key(adj[0] - 1)[-1:] in ("s", "x"):
                found.add(adj[1])
        return found.pop() if len(found) == 1 else None

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
