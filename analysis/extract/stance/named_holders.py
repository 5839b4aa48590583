"""Holders named through the words around their noun, whatever the stance word:

* "les gouvernements de X, de Y et de Z ont condamné W", "les ministres des Affaires étrangères
  de X et de Y": a plural governing noun with coordinated "de" complements that all name
  states stands for each of those states (:func:`coordinated_states`);
* "X a exprimé sa gratitude à Y pour son soutien à Z", "X rend hommage à Y pour son rejet de
  Z", "ses reproches à Y pour sa complicité avec Z": a stance noun with a possessive in the
  "pour"/"de" complement of a noun of thanks, praise or reproach addressed "à Y" is Y's own
  stance, as with the verbs of the class ("remercier Y pour son soutien",
  :func:`analysis.extract.stance.controlled.possessor_controlled`) (:func:`addressee_credited`).

Why apart from :mod:`analysis.extract.stance.holders` (at its size limit): these are
constructions of French noun phrases, read on the words (the parser attaches coordinated
complements and "pour" phrases to any noun nearby), and they apply to the rows of every rule.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.records import Row
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import countries, norm_key

# what may stand between the coordinated "de" complements of a plural governing noun
_COORD_GLUE = frozenset({",", "et", "ainsi", "que", "la", "le", "les", "l'", "l’"}) | DE
# the prepositions of the act a thanked or reproached party is credited with
_CREDIT_MARKS = frozenset({"pour", "de", "d'", "d’"})
# the preposition of the addressee of thanks or reproach
_TO = frozenset({"à", "au", "aux"})


@derived
def _lexicon() -> dict[str, frozenset[str]]:
    """``plural_state_heads`` and ``credit_nouns`` of data/lexicons/stance_targets.yaml."""
    d = load_lexicon("stance_targets")
    return {
        k: frozenset(norm(w) for w in d.get(k) or ())
        for k in ("plural_state_heads", "credit_nouns")
    }


def _token_at(st: State, offset: int) -> int:
    """Index of the token that starts at or covers character ``offset``."""
    return max(0, bisect.bisect_right(st.tv.idx, offset) - 1)


@derived
def _state_names() -> dict[str, str]:
    """Every name of a state of data/kb/countries.yaml (folded) -> its canonical name."""
    return {
        norm_key(n): c.name
        for c in countries().values()
        if c.kind == "state"
        for n in (c.name, *c.names)
    }


_ARTICLE = frozenset({"la", "le", "les", "l'", "l’"})


def _segments(st: State, i: int, end: int) -> list[tuple[str, int, int]]:
    """The "de" complements between tokens i and end: (text without article, first token,
    last token + 1), split at each "de"/"du"/"des" and at "," / "et" / "ainsi que"."""
    out: list[tuple[str, int, int]] = []
    cur: list[int] = []
    for k in range(i, end):
        w = st.low[k]
        if w in DE or w in (",", "et", "ainsi", "que"):
            if cur:
                out.append((" ".join(st.tv.text[c] for c in cur), cur[0], cur[-1] + 1))
            cur = []
        elif not (w in _ARTICLE and not cur):
            cur.append(k)
    if cur:
        out.append((" ".join(st.tv.text[c] for c in cur), cur[0], cur[-1] + 1))
    return out


def _complement_states(st: State, h: Party, sent: Span) -> list[Party]:
    """The states a plural governing noun's coordinated "de" complements name (at least
    two; after the first state, nothing but states), or []."""
    if h.actor_id and st.res.actor_type(h.actor_id) != "state":
        return []
    tv, low = st.tv, st.low
    i = _token_at(st, h.start)
    if low[i] in _ARTICLE:
        i += 1
    if i >= sent.end or low[i] not in _lexicon()["plural_state_heads"]:
        return []
    k = max(i + 1, _token_at(st, h.end - 1) + 1)
    while k < sent.end and (low[k] in _COORD_GLUE or tv.pos[k] in ("PROPN", "DET")):
        k += 1
    names = _state_names()
    found: list[str] = []
    segs = _segments(st, i + 1, k)
    j = 0
    while j < len(segs):
        text, a, _b = segs[j]
        name = names.get(norm_key(text))
        if name is None and j + 1 < len(segs):  # "la Corée du Sud", "la République de Corée"
            name = names.get(norm_key(st.article.text[tv.idx[a] : tv.end[segs[j + 1][2] - 1]]))
            j += name is not None
        if name is not None:
            found.append(name)
        elif found:
            return []
        j += 1
    if len(found) < 2 or len(set(found)) < len(found):
        return []
    by_name = {st.res.actor_name(aid): aid for aid in st.states.values() if aid}
    return [Party(n, by_name.get(n), h.start, h.end, "actor") for n in found]


def coordinated_states(st: State, sent: Span, rows: list[Row]) -> list[Row]:
    """Rows held by "les gouvernements de X, de Y et de Z" become one row per state (never
    toward itself)."""
    out = []
    for r in rows:
        states = _complement_states(st, r.holder, sent)
        if not states:
            out.append(r)
            continue
        for p in states:
            if p.name != r.target.name and (not p.actor_id or p.actor_id != r.target.actor_id):
                out.append(Row(p, r.target, r.polarity, r.cue, r.kind, r.cue_tok))
    return out


def _nominal(st: State, k: int) -> bool:
    """Token k is used as a noun: tagged so, or after a determiner or an adjective (the
    tagger reads "reproches", "critiques" as verbs)."""
    return st.tv.pos[k] == "NOUN" or (k > 0 and st.tv.pos[k - 1] in ("DET", "ADJ"))


def addressee_credited(st: State, noun: Token) -> list[Party] | None:
    """ "sa gratitude à Y pour son soutien à Z": the addressee Y of a noun of thanks, praise
    or reproach (``credit_nouns``) holds a possessed stance noun in its "pour"/"de"
    complement. Read on the words, in that order (credit noun, "à Y", "pour son N") and
    within the clause (no verb between the credit noun and the stance noun). None when the
    rule does not apply."""
    low, pos = st.low, st.tv.pos
    case = noun.i - 1
    while case > 0 and pos[case] in ("ADJ", "ADV"):
        case -= 1
    if case < 1 or "Yes" not in st.tv.morph(case, "Poss"):
        return None
    case -= 1
    if low[case] not in _CREDIT_MARKS:
        return None
    credit = _lexicon()["credit_nouns"]
    addressee = None
    for k in range(case - 1, max(0, noun.i - 25), -1):
        if addressee is not None and low[k] in credit and _nominal(st, k):
            rng = st.res.np_after(addressee + 1, case)
            if not rng:
                return None
            p = st.res.party(*rng)
            return [p] if p.identified and p.kind in ("actor", "name") else None
        if low[k] in (".", ";", "«", "»") or pos[k] in ("VERB", "AUX"):
            return None
        if low[k] in _TO and addressee is None:
            addressee = k
    return None
