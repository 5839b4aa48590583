"""Nouns that only point back to a person already in the story: "l'intéressé a démenti",
"la principale intéressée a répondu", "le sexagénaire a affirmé", "l'homme a ajouté".

Why: the press varies the designation of the person it is writing about with nouns that carry
no title and no name (``anaphoric_persons`` in data/lexicons/quotes_speakers.yaml: the one
concerned, an age noun, "l'homme" / "la femme"). They are no speaker nouns of the lexicon, so
the quotation was left with no speaker. Such a definite singular noun is the person most
recently named before it (outside quotations) in its sentence or the two before, preferring a
subject, else the person quoted last; the gender of the noun ("l'intéressée") or of its
article must agree ("l'homme" and "la femme" only for a person whose gender is known). A
plural ("les intéressés"), an indefinite ("un homme a dit") or a noun with no compatible
person before it names nobody here (the other rules decide).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers.base import Party
from analysis.extract.quotes.speakers.state_forms import bare_state_form
from analysis.extract.quotes.words import ANAPHORIC_PERSONS

if TYPE_CHECKING:  # the resolver imports these modules
    from analysis.extract.quotes.speakers.context import SpeakerContext
    from analysis.extract.quotes.speakers.naming import Phrase

_SEXED = frozenset(("homme", "femme"))
_POINTING = frozenset(("le", "la", "l'", "l’", "ce", "cet", "cette"))


def _named_inside(res: SpeakerContext, ph: Phrase, low: str) -> bool:
    """The phrase names its person itself (a person mention, a capitalised word after the
    noun) or the noun opens a compound of profession ("homme d'affaires", "femme de
    lettres")."""
    tv = res.token_view
    if any(res.actor_type(aid) == "person" for _s, _e, aid in res.mentions_in(ph.start, ph.end)):
        return True
    k = next(k for k in range(ph.i + 1, ph.j) if norm(tv.low[k]) == low)
    after = tv.low[k + 1] if k + 1 < ph.j else ""
    return after in ("de", "d'", "d’", "du", "des") or any(
        tv.text[m][:1].isupper() for m in range(k + 1, ph.j)
    )


def anaphoric_person(res: SpeakerContext, ph: Phrase) -> Party | None:
    """The person a definite pointing noun doc[ph.i:ph.j] designates, or None."""
    tv = res.token_view
    if ph.plural or tv.low[ph.i] not in _POINTING:
        return None
    # the noun itself, after its article and adjectives ("la principale intéressée": the
    # tagger may make the adjective the head)
    words = list(map(norm, tv.low[ph.i + 1 : min(ph.j, ph.i + 3)]))
    low = next((w for w in words if w in ANAPHORIC_PERSONS), None)
    if low is None:
        return None
    if _named_inside(res, ph, low):
        return None  # "l'homme d'affaires X", "la femme de lettres": a profession, a name
    fixed = ANAPHORIC_PERSONS[low]
    gender = fixed or ph.gender
    sent = res.article.sentence_at(ph.start)
    floor = res.article.sentences[max(0, sent.id - 2)].start if sent is not None else 0
    found = res.recent_person(ph.start, floor, gender)
    if found is None or found.actor_id is None:
        last = res.last_speaker(ph.start)
        found = last if last is not None and last.actor_id is not None else None
    if found is None or res.actor_type(found.actor_id) != "person":
        return None
    known = res.person_gender(found.actor_id)
    if gender is not None and known not in (None, gender):
        return None
    if low in _SEXED and known is None:
        return None  # "l'homme", "la femme": only a person whose gender the text gives
    return res.actor_party(found.actor_id, ph.start, ph.end, gender, False)


def pointing_party(res: SpeakerContext, ph: Phrase) -> Party | None:
    """A phrase that only points back: a person ("l'intéressé") or a state by the form of
    its regime ("le Royaume", see :mod:`state_forms`)."""
    return anaphoric_person(res, ph) or bare_state_form(res, ph)
