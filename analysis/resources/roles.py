"""The person role nouns of ``data/lexicons/actors_roles.yaml``, one source for the two areas
that read them: the actor rules (:mod:`analysis.extract.actors.vocab`) and the speaker rules
(:mod:`analysis.extract.quotes.offices`, which links an office to its holder). Extraction areas
may not import one another, so the shared reading lives here, under both."""

from __future__ import annotations

from analysis.resources.datacache import derived
from analysis.resources.gazetteer import word_set

ROLES = "actors_roles"
# person role nouns (every list of actors_roles.yaml but the organisation ones)
PERSON_ROLE_LISTS = ("governmental", "expert", "other", "relational", "kinship", "personal")


@derived
def person_roles() -> frozenset[str]:
    """Every person role noun ("ministre", "porte-parole", "ambassadeur", …)."""
    return frozenset().union(*(word_set(ROLES, k) for k in PERSON_ROLE_LISTS))


@derived
def role_modifiers() -> frozenset[str]:
    """The words that qualify a role without naming it ("ancien", "adjoint", "nouveau", …)."""
    return word_set(ROLES, "modifiers")
