"""Landmark names several states' buildings bear ("palais de la Paix" is The Hague's court
and Phnom Penh's seat of government; a "palais de la Révolution" stands in several capitals):
the knowledge base's landmark is meant only when the article names its country
(by name, nationality word or one of its towns). Otherwise, in a story about other states,
the name is a building of the story's own state, placed like any unplaced palace (see
:func:`~analysis.extract.context.places.resolve.place_landmarks`: a town said in its
sentence, else the host state's capital), not on another continent.

The names are ``shared_landmark_names`` of data/kb/places_landmarks.yaml.
"""

from __future__ import annotations

from analysis.extract.context.places.kb import Gazetteer, place_words
from analysis.extract.context.places.mention import Mention
from analysis.resources.gazetteer import place_key as key


def unshare_landmarks(
    phrases: list[Mention], cities: list[Mention], demonyms: list[str], gz: Gazetteer
) -> list[Mention]:
    """``phrases`` with each shared-name landmark whose country the article does not name
    (while it names another) turned into a site to place, without the far reading."""
    shared = {key(n) for n in place_words("shared_landmark_names")}
    if not shared:
        return phrases
    named = {m.candidates[0].country for m in phrases if _other_than_landmark(m)}
    named |= set(demonyms)
    named |= {c.country for m in cities for c in m.candidates}
    named.discard(None)
    out = []
    for m in phrases:
        e = m.candidates[0] if m.candidates else None
        if (
            e is not None
            and e.kind == "landmark"
            and key(e.name) in shared
            and e.country not in named
            and named
        ):
            m = Mention(m.start, m.end, [], "landmark")
        out.append(m)
    return out


def _other_than_landmark(m: Mention) -> bool:
    return bool(m.candidates) and m.candidates[0].kind != "landmark"
