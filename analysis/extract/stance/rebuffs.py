"""Rebuffs in a speaker's words: denying another actor the standing to judge or direct —
"« Y n'a aucune leçon à nous donner »", "« nous n'avons pas de leçons à recevoir de Y »",
"« Y n'a pas à nous dicter notre politique »", "« Y n'a pas à s'immiscer dans nos affaires
»" — the speaker is against Y.

Why: the reply to a criticism or a demand is very often worded this way, with no polar verb
and a negation that the sign rules would read as a denial. The construction, whatever the
words (block ``rebuffs`` of ``stance_cues.yaml``): "avoir" denied ("ne … pas / aucun /
point"), a noun of lesson or order (``lesson_nouns``) or nothing, "à" and an infinitive: a
verb of giving (``giving_verbs``) with a named subject Y; a verb of taking
(``taking_verbs``) with the speaker's side as subject and "de Y" after it; after a bare "n'a
pas à", a verb of meddling (``meddling_verbs``) with a named subject Y.

Precision first: "avoir" not denied ("Y a des leçons à donner"), a first-person subject of a
giving or meddling verb ("nous n'avons pas à nous justifier": no one else is rebuffed), a
hypothesis or a question give nothing.
"""

from __future__ import annotations

from spacy.tokens import Span

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.loyalty import clause_frame
from analysis.extract.stance.records import Target
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target
from analysis.resources.datacache import derived

_AVOIR = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "avons", "ai", "avez"})
_DENIALS = frozenset({"pas", "aucune", "aucun", "point", "plus", "nulle", "nul"})
_CLITICS = frozenset({"nous", "me", "m'", "vous", "lui", "leur", "se", "s'", "te", "t'"})
_OF = frozenset({"de", "d'", "du", "des"})


@derived
def rebuff_words() -> dict[str, frozenset[str]]:
    """The four lists of the ``rebuffs`` block."""
    d = load_lexicon("stance_cues").get("rebuffs") or {}
    return {k: frozenset(norm(w) for w in v or []) for k, v in d.items()}


def rebuffs(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Each denied "avoir … à + infinitive" of ``speaker``'s quote (see the module). Cheap
    test first: a form of "avoir" after "ne"."""
    low = st.low
    for x in range(max(span.start, 1), span.end - 3):
        if low[x] not in _AVOIR or low[x - 1] not in ("ne", "n'"):
            continue
        read = _infinitive_after(st, x + 1, span)
        if read is None:
            continue
        lesson, inf = read
        tok = st.tv.tokens[x]
        if in_hypothesis(st, tok) or asked(st, tok, sent):
            continue
        f = clause_frame(st, x, span)
        w = rebuff_words()
        verb = norm(st.tv.lemma[inf])
        target: Target | None = None
        if lesson and verb in w.get("taking_verbs", ()) and f.first_subject:
            target = _named_after(st, inf + 1, span)
        elif not f.first_subject and f.subject is not None:
            giving = lesson and verb in w.get("giving_verbs", ())
            if giving or (not lesson and verb in w.get("meddling_verbs", ())):
                p = st.res.np_party(f.subject)
                target = party_target(st, p) if is_named(p) and p.actor_id else None
        if target is not None:
            cue = f"n'avoir pas à {verb}"
            st.add([speaker], target, -1, cue, "appreciation", tok, sent)


def _infinitive_after(st: State, k: int, span: Span) -> tuple[bool, int] | None:
    """(a lesson noun was denied, the infinitive's index) for "pas / aucune [leçon] à
    [clitic] + infinitive" from ``k``; None otherwise."""
    low = st.low
    if k >= span.end or low[k] not in _DENIALS:
        return None
    k += 1
    lesson = False
    while k < span.end and low[k] in ("de", "d'", "la", "le", "les", "l'"):
        k += 1
    if k < span.end and low[k] in rebuff_words().get("lesson_nouns", ()):
        lesson, k = True, k + 1
    if k >= span.end or low[k] != "à":
        return None
    k += 1
    while k < span.end and low[k] in _CLITICS:
        k += 1
    if k >= span.end or st.tv.pos[k] not in ("VERB", "AUX"):
        return None
    return lesson, k


def _named_after(st: State, k: int, span: Span) -> Target | None:
    """The named actor of the "de Y" complement right after the infinitive."""
    if k >= span.end or st.low[k] not in _OF:
        return None
    rng = st.res.np_after(k + 1 if st.low[k] in ("de", "d'") else k, span.end)
    if not rng:
        return None
    p = st.res.party(rng[0], rng[1])
    return party_target(st, p) if is_named(p) and p.actor_id else None
