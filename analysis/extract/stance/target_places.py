"""The place where an act happens is not its target: "convoquer l'ambassadeur du pays au sein
du ministère des Affaires étrangères", "l'ambassadeur de Y au siège de l'ONU", "une réunion
dans les locaux de l'ambassade de Z". When the actor a row's target names stands only after
a locative locution (``_PLACE``), the target is what comes before it: an actor named there,
"le pays" (the last state named before, other than the holder), or the words as an issue.
A target that takes up a state with a demonstrative ("ce pays", "cet État voisin") names
that last state too (:func:`_demonstrative_state`).

Why apart from :mod:`analysis.extract.stance.targets`: a pass over the rows of every rule
(the noun phrase readers take a phrase and its locative complements as one).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from analysis.extract.stance.holders import last_state_before
from analysis.extract.stance.records import Row, Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import label

# locative locutions: where something happens, never whom it concerns
_PLACE = re.compile(
    r"\s(?:au\s+sein|au\s+siège|dans\s+les\s+locaux|à\s+l['’]intérieur|dans\s+l['’]enceinte|"
    r"en\s+marge|à\s+la\s+tribune|au\s+cœur)\s+(?:du|de\s+la|de\s+l['’]|des|d['’])",
    re.IGNORECASE,
)
# a state named by a bare definite noun ("l'ambassadeur du pays"): the state named before
_STATE_NOUN = re.compile(r"(?:^|\s)(?:du|le|ce|de\s+ce|de\s+l['’])\s*(?:pays|royaume|état)$", re.I)


def _before_place(st: State, r: Row) -> Target | None:
    """The target the words before a locative locution name, or None when the row's target
    is not named after one."""
    t = r.target
    if not t.actor_id or t.end <= t.start:
        return None
    text = st.article.text[t.start : t.end]
    m = _PLACE.search(text)
    if m is None or m.start() == 0:
        return None
    cut = t.start + m.start()
    before = [(s, aid) for s, _e, aid in st.res.mentions_in(t.start, cut)]
    if any(aid == t.actor_id for _s, aid in before):
        return None  # the target is named before the place too
    head = text[: m.start()].strip()
    if before:
        aid = before[-1][1]
        return Target(st.res.actor_name(aid), aid, head, t.start, cut)
    if _STATE_NOUN.search(st.article.text[max(0, t.start - 8) : t.start] + head):
        other = last_state_before(st, r.cue_tok, r.holder)
        if other is not None:
            return Target(other.name or "", other.actor_id, head, t.start, cut)
    return Target(label(st, head), None, head, t.start, cut)


# the prepositions of a place ("au Nicaragua", "en France", "à Kiev", "dans le pays")
LOCATIVE_PREPS = frozenset({"à", "au", "aux", "en", "dans"})


def _only_the_place(st: State, r: Row, rows: list[Row]) -> bool:
    """A whole-quote reading ("citation") whose target is named only as a place complement
    ("« X n'est pas le bienvenu au Nicaragua »": the place where X is not welcome), when the
    same holder has another row of that sign in the sentence (the quote's real target)."""
    t = r.target
    if r.cue != "citation" or t.end <= t.start:
        return False
    span = st.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    # a complement of a verb may be its argument ("s'opposer au Rwanda"): only a place
    # complement of a noun or an adjective ("les frappes en Ukraine", "bienvenu au Nicaragua")
    if root.pos_ != "PROPN" or root.dep_ not in ("obl", "obl:mod", "obl:arg", "nmod"):
        return False
    if root.head.pos_ not in ("NOUN", "ADJ") or root.head.i == root.i:
        return False
    if not any(c.dep_ == "case" and st.low[c.i] in LOCATIVE_PREPS for c in root.children):
        return False
    return any(
        o is not r
        and o.holder.actor_id == r.holder.actor_id
        and o.polarity == r.polarity
        and o.target.actor_id
        and o.target.actor_id != t.actor_id
        for o in rows
    )


# a state taken up by a demonstrative and a state noun, its adjectives and a complement that
# is no state ("ce pays", "cet État voisin", "ce royaume du Golfe", "cette petite république")
_DEMONSTRATIVE_STATE = re.compile(
    r"^(?:ce|cet|cette)\s+(?:[a-zà-ÿ-]+\s+){0,2}?(?:pays|état|royaume|république|émirat)"
    r"(?:\s+(?!de\b|du\b|des\b|d['’])[a-zà-ÿ-]+){0,2}(?:\s+(?:de|du|des|d['’])\s*.*)?$",
    re.IGNORECASE,
)


def _demonstrative_state(st: State, r: Row) -> Target | None:
    """ "X entretient des liens discrets avec ce pays du Golfe": a target that takes up a
    state with "ce / cet / cette" and a state noun names the last state named before it
    (:func:`~analysis.extract.stance.holders.last_state_before`, the holder's own aside).
    Why: the demonstrative points back, as "son homologue" does to a person; left as an
    issue, the stance named no one. Only when the phrase names no actor itself."""
    t = r.target
    if t.actor_id or t.end <= t.start:
        return None
    text = st.article.text[t.start : t.end].strip()
    if not _DEMONSTRATIVE_STATE.match(text) or st.res.mentions_in(t.start, t.end):
        return None
    other = last_state_before(st, r.cue_tok, r.holder)
    if other is None:
        return None
    return Target(other.name or "", other.actor_id, text, t.start, t.end)


def placed_targets(st: State, sent: Span, rows: list[Row]) -> list[Row]:
    """Rows whose target actor is only the place of the act take the target before it (and
    are dropped when that is their own holder); a quote's reading onto a mere place is
    dropped (:func:`_only_the_place`)."""
    out = []
    for r in rows:
        if _only_the_place(st, r, rows):
            continue
        new = _before_place(st, r) or _demonstrative_state(st, r)
        if new is not None:
            if new.actor_id and new.actor_id == r.holder.actor_id:
                continue
            r.target = new
        out.append(r)
    return out
