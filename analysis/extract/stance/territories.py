"""The state whose soil a hostile act strikes: "X a lancé des frappes sur le sol y-ien", "les
raids de X en territoire y-ien", "une incursion de X sur le territoire de Y" (``struck_territory``
of ``stance_interactions.yaml``).

Why: the hostile-act rules (:mod:`.interactions`) name the victim only after a marker of aim
("contre Y", "visant Y"); an act placed "au Y" is left alone (it may be done for Y against a
third party). The soil or territory of a state is another matter: striking it is an act
against that state, whoever the act was aimed at, and press writing names the state this
way (a nationality adjective or a "de" complement on "sol" / "territoire").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import country_of_adjective


@derived
def territory_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the soil nouns, the words that may open the place before them)."""
    d = load_lexicon("stance_interactions").get("struck_territory") or {}
    return (
        frozenset(norm(w) for w in d.get("nouns") or ()),
        frozenset(norm(w) for w in d.get("before") or ()),
    )


def struck_state(st: State, t: Token, sent: Span, window: int = 8) -> Party | None:
    """The named state whose soil the act ``t`` is done on, within ``window`` words after
    it in its clause ("sur le sol y-ien", "en territoire y-ien", "sur le territoire de Y"):
    the soil noun must follow its preposition (and determiner) directly, and the state is
    its nationality adjective or its named "de" complement; None otherwise."""
    nouns, before = territory_words()
    tv, low = st.tv, st.low
    for k in range(t.i + 1, min(sent.end - 1, t.i + window + 1)):
        if low[k] in (";", ":", ".") or (tv.pos[k] in ("VERB", "AUX") and k > t.i + 1):
            return None
        if low[k] not in nouns or low[k - 1] not in before:
            continue
        iso = country_of_adjective(tv.text[k + 1]) if tv.text[k + 1][:1].islower() else None
        if iso is not None:
            aid = st.states.get(iso)
            if aid is None:
                return None
            return Party(st.res.actor_name(aid), aid, tv.idx[k], tv.end[k + 1], "actor")
        if low[k + 1] in DE:
            rng = st.res.np_after(k + 2 if low[k + 1] in ("de", "d'", "d’") else k + 1, sent.end)
            p = st.res.party(*rng) if rng else None
            if p is not None and is_named(p) and p.actor_id:
                if st.res.actor_type(p.actor_id) == "state":
                    return p
        return None
    return None
