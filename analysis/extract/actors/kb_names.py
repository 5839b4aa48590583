"""The full name the knowledge base records for a public figure, added to its row's aliases.

The press names a well-known figure by the surname alone ("le président Kanda", "Kanda a
déclaré"), a reader (or another article) by the full name ("Joseph Mbala Kanda"). The row
keeps the name as written and carries data/kb/people.yaml's full name as an alias, so that
the one identity is recognised whatever form names it: the speaker of a quotation, the
holder of a stance, the actor of a list. (Bodies need no such step: a knowledge-base body
is one identity with its office, and its rows are named by the knowledge base already; the
same step for them was measured on the real-press set and moved nothing.)
"""

from __future__ import annotations

from analysis.extract.actors.vocab import known_person_name
from analysis.resources.gazetteer import norm_key


def kb_aliases(typ: str, name: str, aliases: list[str]) -> list[str]:
    """The knowledge-base full name of a person actor written as ``name`` or one of its
    ``aliases``, when none of them is that name already (compared by name key); else []."""
    if typ != "person":
        return []
    full = known_person_name([name, *aliases])
    if not full or norm_key(full) in {norm_key(a) for a in (name, *aliases)}:
        return []
    return [full]
