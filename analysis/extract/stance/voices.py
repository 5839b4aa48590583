"""Who speaks for a state: its bodies (a ministry, a presidency) and the persons holding one
of its executive offices.

Why: several rules let a state hold what one of its voices says or does (an official's
stance taken in office, a speaker's words about their own state, a state thanked through
its leader), and they must agree on who those voices are; a parliamentarian, a party, a
medium or a former office holder shares a nationality, not the state's voice.
"""

from __future__ import annotations

import functools
import re

from analysis.extract.cues import norm
from analysis.extract.stance.state import State
from analysis.resources.gazetteer import countries, country_of_adjective


def speaks_for_state(st: State, aid: str) -> bool:
    """The actor speaks for its state: a body of it (a ministry, a presidency: its name opens
    with one of ``state_voices.bodies``) or a person holding one of its executive offices
    (``state_voices.offices``), never a former office holder, a parliamentarian, a party, a
    medium or an expert who only shares its nationality (``not_state_voices``)."""
    row = st.res.actors.get(aid, {})
    kind, words = row.get("type"), st.words
    if kind in ("organisation", "institution"):
        name = padded(row.get("name"))
        return any(name.startswith(padded(w)) for w in words.state_bodies) and not any(
            padded(w) in name for w in words.not_state_voices
        )
    if kind != "person":
        return False
    # the listed titles are padded as the roles are: a hyphen splits words on both sides
    # ("porte-parole du ministère ..." never matched a bare "porte-parole")
    roles = padded(row.get("roles"))
    official = any(padded(w) in roles for w in words.official_titles) or _body_spokesperson(
        st, roles
    )
    return official and not any(padded(w) in roles for w in words.not_state_voices)


def _body_spokesperson(st: State, roles: str) -> bool:
    """The roles name a spokesperson of one of the state's bodies ("porte-parole du ministère
    ... des Affaires étrangères", "porte-parole du Kremlin"); a spokesperson alone ("son
    porte-parole": a party's, an opposition leader's) speaks for no state."""
    words = st.words
    if not any(padded(w) in roles for w in words.spokesperson_titles):
        return False
    return any(padded(w) in roles for w in words.state_bodies)


def padded(text: object) -> str:
    """``text`` normalised to its words, with a space at each end (for whole-word tests)."""
    if not isinstance(text, str):
        return " "
    return _padded(text)


@functools.lru_cache(maxsize=1 << 14)
def _padded(text: str) -> str:
    """:func:`padded` of a string, memoised: :func:`speaks_for_state` pads every title of
    its lexicons at each call (and the same actors' roles for each of their rows)."""
    words = re.findall(r"[\w'’]+", norm(text).replace("-", " "))
    return f" {' '.join(words)} "


def title_states(st: State, aid: str) -> set[str]:
    """The states a person's own titles name, by adjective or by name ("le porte-parole
    kényan", "ministre des Affaires étrangères du Kenya"): the country a reader sees stated,
    not one the article's context lent the person (a lone "le ministre X" in a story about
    Y takes Y's country, and must not make X's judgement of Y his own state's)."""
    roles = str(st.res.actors.get(aid, {}).get("roles") or "")
    out = {iso for w in re.findall(r"[\w-]+", roles) if (iso := country_of_adjective(w.lower()))}
    low = padded(roles)
    for iso, country in countries().items():
        if any(padded(n) in low for n in country.names):
            out.add(iso)
    return out
