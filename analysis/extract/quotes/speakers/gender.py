"""A person's grammatical gender, read from the article itself, so that a pronoun ("a-t-elle
ajouté", "selon lui") skips the candidates of the other gender.

Evidence, strongest first, summed over every mention of the person: a gendered word next to
a mention ("Mme", "la ministre", "l'ambassadrice"), a title of both genders given one by its
determiner ("la porte-parole X"), and the agreement of a participle or adjective with the
person ("X, réélue …", "X, arrivée mardi", "X est satisfaite", "X a été reçue"). When
nothing next to the mentions says, the gendered titles recorded in the person's roles
("président portugais", given where the title stood apart from the name: "Le président
portugais a refusé") decide; only when the article says nothing does the person's given name
decide (``quotes_given_names.yaml``:
names of one gender only), else the gender stays unknown and no candidate is skipped.
"""

from __future__ import annotations

import bisect
import re

from analysis.extract.cues import fold, norm
from analysis.extract.quotes.speakers.base import ResolverBase
from analysis.extract.quotes.words import GIVEN_NAMES

# auxiliaries and copulas whose participle or adjective agrees with the subject
_BE = frozenset(("être",))

# written endings of a feminine adjective ("satisfaite", "heureuse", "réelle", "inquiète"),
# but not of one that is the same in both genders ("optimiste", "sceptique", "juste")
_FEMININE_ENDINGS = ("ée", "ue", "ie", "te", "se", "ve", "lle", "nne", "ère", "ète", "che")
_EPICENE_ENDINGS = ("iste", "ste", "que")
# written endings of a masculine participle or adjective ("arrivé", "élu", "parti", "satisfait")
_MASCULINE_ENDINGS = ("é", "u", "i", "t", "if", "el", "en", "ier")


class Gender(ResolverBase):
    """Gender of person actors (cached per actor for one article)."""

    def person_gender(self, actor_id: str) -> str | None:
        """Gender of a person actor: the article's words around its mentions, else its given
        name (None when neither says)."""
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
            own = self._own_title_gender(left, self.article.nlp_text[s:e])
            for g in (self._epicene_title_gender(left, right), self._agreement(s, e), own):
                if g is not None:
                    votes[g] += 1
        if votes["f"] != votes["m"]:
            g: str | None = "f" if votes["f"] > votes["m"] else "m"
        elif votes["f"]:
            g = None
        else:
            g = self._role_gender(actor_id) or self._given_name_gender(actor_id)
        self._gender_cache[actor_id] = g
        return g

    def _role_gender(self, actor_id: str) -> str | None:
        """The gender of the titles the article gave the person, recorded in its roles ("le
        président portugais", read where the title stood apart from the name): the head words of
        one gender only ("président" vs "présidente"), else None."""
        found = set()
        for role in str(self.actors.get(actor_id, {}).get("roles") or "").split(";"):
            words = role.split()
            head = norm(words[0]) if words else ""
            if head in self.c.feminine:
                found.add("f")
            elif head in self.c.masculine:
                found.add("m")
        return found.pop() if len(found) == 1 else None

    def _given_name_gender(self, actor_id: str) -> str | None:
        """The gender of the person's first given name when the lexicon lists it under one
        gender only ("Jean-Marc X": "Jean-Marc", else "Jean")."""
        words = self.actor_name(actor_id).split()
        if len(words) < 2:
            return None  # a lone word may be a surname
        first = fold(words[0])
        return GIVEN_NAMES.get(first) or GIVEN_NAMES.get(first.split("-")[0])

    def _epicene_title_gender(self, left: str, right: str) -> str | None:
        """The gender a determiner gives a title of both genders right next to the name: "la
        ministre X", "X, la porte-parole du …", "le secrétaire d'État X" (the title nearest the
        name only: "la porte-parole du ministre X" says nothing of X)."""
        lw = [norm(w) for w in re.findall(r"[\w.-]+'?|'", left)[-3:]]
        rw = [norm(w) for w in re.findall(r"[\w.-]+'?", right)[:2]]
        pairs = []
        if len(lw) >= 2 and lw[-1] in self.c.roles:
            pairs.append((lw[-2], lw[-1]))
        if len(rw) == 2 and rw[1] in self.c.roles:
            pairs.append((rw[0], rw[1]))
        for det, title in pairs:
            if title in self.c.feminine or title in self.c.masculine:
                continue
            if det in ("la", "une", "cette"):
                return "f"
            if det in ("le", "un", "ce", "du", "au"):
                return "m"
        return None

    def _own_title_gender(self, left: str, mention: str) -> str | None:
        """The gender the determiner gives a mention that is itself a title ("Le ministre
        norvégien a salué …", "la porte-parole du ministère"): the title's own gendered form
        is counted with the words around it, so only a title of both genders is read here."""
        words = re.findall(r"[\w.-]+", mention)
        title = norm(words[0]) if words else ""
        if title not in self.c.roles or title in self.c.feminine or title in self.c.masculine:
            return None
        det = [norm(w) for w in re.findall(r"[\w.-]+'?|'", left)[-1:]]
        if det and det[0] in ("la", "une", "cette"):
            return "f"
        if det and det[0] in ("le", "un", "ce", "du", "au"):
            return "m"
        return None

    def _agreement(self, s: int, e: int) -> str | None:
        """The gender a participle or adjective agreeing with the mention gives it: apposed
        right after it ("X, réélue dimanche, …") or its predicate after "être" ("X est
        arrivée", "X a été reçue"); singular forms only, and the written ending must agree
        with the parser's gender (a feminine form ends in -e, a masculine one does not)."""
        tv = self._tv
        k = bisect.bisect_left(tv.idx, e)
        if k + 1 < len(tv) and tv.text[k] == "," and tv.idx[k + 1] - e < 4:
            g = self._agreeing_form(k + 1)
            if g is not None:
                return g
        h = bisect.bisect_right(tv.idx, e - 1) - 1  # the mention's last token
        if h < 0 or tv.idx[h] < s or not tv.dep[h].startswith("nsubj"):
            return None
        p = tv.head[h]
        if p == h or not any(
            tv.lemma_low[c] in _BE and tv.dep[c] in ("aux", "aux:pass", "cop")
            for c in tv.children[p]
        ):
            return None
        return self._agreeing_form(p)

    def _agreeing_form(self, k: int) -> str | None:
        """The gender the written form of a singular past participle or adjective shows:
        the ending, not the parser's gender (which follows the noun it guesses)."""
        tv = self._tv
        if tv.pos[k] not in ("VERB", "ADJ") or "Plur" in tv.morph(k, "Number"):
            return None
        verb = tv.pos[k] == "VERB"
        if verb and ("Part" not in tv.morph(k, "VerbForm") or "Pres" in tv.morph(k, "Tense")):
            return None
        w = tv.low[k]
        if w.endswith(_EPICENE_ENDINGS) or not w.isalpha():
            return None
        if w.endswith(_FEMININE_ENDINGS) or (verb and w.endswith("e")):
            return "f"
        if w.endswith(_MASCULINE_ENDINGS):
            return "m"
        return None
