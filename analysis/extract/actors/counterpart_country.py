"""A counterpart is of another country than the person whose counterpart they are.

"homologue" means "holder of the same office in another country": in "le ministre
sénégalais A a reçu son homologue B", B is not Senegalese, whatever the context says. When
the counterpart's phrase states no nationality ("son homologue B", "ses homologues"), the
country of the person before them in the sentence (the one the possessive refers to) is
ruled out for them; the other guesses (the other party of the story) remain, else none.
"""

from __future__ import annotations

from analysis.extract.actors.records import Mention
from analysis.extract.actors.text import Text
from analysis.resources.gazetteer import country_of_adjective

_COUNTERPART = frozenset(("homologue", "homologues"))


def bare_counterpart(text: str) -> bool:
    """The role is "(son) homologue" with no nationality adjective."""
    ws = text.replace("’", "'").lower().split()
    return bool(ws) and ws[0] in _COUNTERPART and not any(country_of_adjective(w) for w in ws)


def counterpart_owner(
    t: Text, persons: list[Mention], roles: dict[str, list], key: str
) -> Mention | None:
    """The person before a bare counterpart of ``key`` in its sentence (``persons`` sorted
    by start), whose counterpart they are; None when ``key`` has no such title."""
    for n, m in enumerate(persons):
        if m.key != key:
            continue
        own = [r for r in roles.get(key, []) if r.where in ("title", "apposition")]
        near = [r for r in own if abs(r.start - m.start) < 60 and bare_counterpart(r.text)]
        if not near:
            continue
        sid = t.sentence_id(m.start)
        for p in reversed(persons[:n]):
            if t.sentence_id(p.start) != sid:
                break
            if p.key != key and not any(bare_counterpart(r.text) for r in roles.get(p.key, [])):
                return p
    return None
