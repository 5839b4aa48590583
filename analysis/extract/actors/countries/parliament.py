"""A member of parliament is of the parliament the article names.

"le député X", "la sénatrice Y", "plusieurs députés dont A, B et C": a deputy whose
country the text does not state sits in a national parliament, and the article that
reports a vote or a motion names that parliament with its state ("la Chambre des
représentants belges", "le Parlement ghanéen", "l'Assemblée française"). Without this
rule such a deputy took the state named nearest them — mostly the state the motion is
about (the one it condemns or asks to sanction) — or the state of their stated origin
("originaire de X": where they were born, not where they sit).

Only when the article names the parliaments of one state alone, and only the parliaments
whose state is stated or known (a bare "Assemblée nationale" says nothing to a reader
abroad; "le Parlement européen" has none).
"""

from __future__ import annotations

from analysis.extract.actors.records import Mention
from analysis.extract.actors.roles import Role
from analysis.resources.gazetteer import word_set, words


class ParliamentEvidence:
    """The state of the one parliament named, for its members (a mixin of
    :class:`~analysis.extract.actors.countries.Countries`, whose state it reads)."""

    mentions: list[Mention]
    role_rows: dict[str, list[Role]]

    def _parliament(self, key: str) -> str | None:
        """The state of the parliament the article names, for a person titled as one of
        its members (see the module), else None."""
        titles = word_set("actors_words", "parliament_member_titles")
        own = self.role_rows.get(key, [])
        if not any(words(r.text)[:1] and words(r.text)[0] in titles for r in own):
            return None
        heads = word_set("actors_words", "parliament_heads")
        states = {
            m.country
            for m in self.mentions
            if m.type == "organisation"
            and m.country
            and (m.fixed_country or m.strength >= 2)
            and words(m.name)[:1]
            and words(m.name)[0] in heads
        }
        return states.pop() if len(states) == 1 else None
