"""A person who leads or voices a side marked with a nationality is of that nationality.

French marks a side of a bilateral story by a nationality adjective on the collective and
names its leader or voice as the agent of a participle: "la délégation malienne, conduite
par le ministre X", "la réponse thaïlandaise, livrée par Y", "la mission ivoirienne dirigée
par l'ambassadeur Z"; or it frames a clause by the side: "Côté sénégalais, le ministre X a
...", "Du côté de Y, le porte-parole Z ...". The person's title often states no country
("le ministre des Affaires étrangères"): without this rule they took the first state acting
in the article, mostly the other side.

Only participles of leading or voicing (lexicon ``side_leader_participles``: not "reçue
par", which names the host), only a nationality adjective ending right before the
participle (or its comma) or before the participle's auxiliary of a passive ("la délégation
x-ienne était / a été conduite par X"), and only a title of a few words between "par" and the
name. A
side frame opens its sentence and the person is named within a few words after its comma.

Why a module of its own: these read the words before a person's name up to a collective,
not the person's roles (:mod:`.offices`) nor the states acting around them (:mod:`.context`).
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.records import Mention
from analysis.extract.actors.text import Text
from analysis.resources.gazetteer import word_set

_TITLE_WORDS = 8  # words of a title between "par" (or a frame's comma) and the name
_SIDE = ("cote",)
# the forms of "être" (and "avoir" before "été") of a passive between the collective and its
# participle: "était conduite", "a été menée", "sera dirigée"
_PASSIVE = frozenset(
    ("est", "etait", "fut", "sera", "serait", "sont", "etaient", "furent", "seront", "ete")
)
_PERFECT = frozenset(("a", "avait", "aura", "aurait", "ont", "avaient"))


class SideEvidence:
    """The nationality of the side a person leads or voices (a mixin of
    :class:`~analysis.extract.actors.countries.Countries`, whose state it reads)."""

    t: Text
    f: Finder

    def _side(self, ms: list[Mention]) -> str | None:
        """The country of the side the person leads or voices (see the module), else None."""
        for m in ms:
            if m.kind not in ("name", "short"):
                continue
            k = self.t.first_index_from(m.start)
            iso = self._led_side(k) or self._framed_side(k)
            if iso:
                return iso
        return None

    def _led_side(self, k: int) -> str | None:
        """ "la délégation x-ienne, conduite par le ministre X": word ``k`` opens a name
        that is the agent of a participle of leading after a nationality adjective."""
        t, f = self.t, self.f
        j = k - 1
        while j >= k - _TITLE_WORDS and t.same_sentence(j, k) and t.key(j) != "par":
            if f.pos(j) in ("VERB", "AUX"):
                return None  # a clause between: "par" governs someone else
            j -= 1
        if t.key(j) != "par" or not t.same_sentence(j, k):
            return None
        p = j - 1
        if t.key(p) not in word_set("actors_words", "side_leader_participles"):
            return None
        if not t.same_sentence(p - 1, p):
            return None  # "... malienne. Conduite par X, elle ...": no adjective of its own
        p = self._before_passive(p)
        first = f.adj_start.get(p - 1)
        return f.adj_end[first][1] if first is not None else None

    def _before_passive(self, p: int) -> int:
        """The participle at word ``p`` or, when a passive's auxiliary stands before it
        ("était conduite", "a été menée"), the auxiliary's first word: the adjective of the
        collective ends right before either."""
        t, q = self.t, p
        if t.key(q - 1) in _PASSIVE and t.same_sentence(q - 1, p):
            q -= 1
            if t.key(q) == "ete" and t.key(q - 1) in _PERFECT and t.same_sentence(q - 1, p):
                q -= 1
        return q

    def _framed_side(self, k: int) -> str | None:
        """ "Côté x-ien, le ministre X a ...", "Du côté de Y, Z ...": a side frame opening
        the sentence of the name at word ``k``, closed by a comma a few words before it."""
        t, f = self.t, self.f
        s = k
        while s > 0 and t.same_sentence(s - 1, k):
            s -= 1
        if t.key(s) == "du":
            s += 1
        if t.key(s) not in _SIDE:
            return None
        c = next((c for c in range(s + 2, min(s + 6, k + 1)) if "," in t.gap(c)), None)
        if c is None or k - c > _TITLE_WORDS:
            return None
        if any(f.pos(x) in ("VERB", "AUX") for x in range(c, k)):
            return None
        if s + 1 in f.adj_end and f.adj_end[s + 1][0] == c:
            return f.adj_end[s + 1][1]  # "Côté sénégalais,"
        q = s + 2 if t.key(s + 1) in ("de", "d", "du") else None
        if q is not None and t.key(q) in ("la", "l", "le"):
            q += 1
        hit = f.gaz.get(q) if q is not None else None
        if hit is not None and hit[1].kind in ("country", "capital") and hit[0] == c:
            return hit[1].ref  # "Du côté de Y," (a state or its capital)
        return None
