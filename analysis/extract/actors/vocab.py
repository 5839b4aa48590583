"""The vocabularies of the actor rules, read from data/lexicons/ (cached until a file changes:
:mod:`analysis.resources.datacache`).

* actors_cues.yaml: cue nouns ("la société X", "le quotidien Y"), name heads and suffixes;
* actors_roles.yaml: role nouns (titles, appositions) and their modifiers;
* actors_metonymy.yaml: when a capital stands for its state;
* actors_words.yaml: small grammatical word lists (determiners, quantities, civilities...).

The sets are the same objects for every article, so memos keyed by vocabulary
(:func:`analysis.extract.actors.text.phrase_edges`) keep hitting.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from analysis.resources.datacache import derived, read_yaml
from analysis.resources.gazetteer import fold, lexicon, norm_key, word_set
from analysis.resources.paths import KB_DIR
from analysis.resources.roles import PERSON_ROLE_LISTS, ROLES, person_roles

CUES = "actors_cues"
METO = "actors_metonymy"
WORDS = "actors_words"

_CUE_LISTS = (
    "organisation_heads",
    "company_heads",
    "company_suffixes",
    "media_heads",
    "media_suffixes",
    "product_heads",
    "product_words",
    "thing_heads",
    "state_nouns",
    "group_nouns",
    "stateless_group_nouns",
    "side_nouns",
    "group_qualifiers",
    "collective_org_heads",
    "geo_features",
    "portfolios",
    "seated_heads",
    "supranational_adjectives",
    "national_bodies",
    "natural_features",
    "supranational_regions",
    "regional_body_heads",
    "joint_body_heads",
    "joint_adjectives",
    "bare_international_heads",
)
_METONYMY_LISTS = (
    "venue_prepositions",
    "town_nouns",
    "agent_prepositions",
    "agent_locutions",
    "place_verbs",
    "event_locutions",
    "place_subject_verbs",
    "political_nouns",
    "dative_verbs",
    "placed_with_a_la",
    "placed_with_en",
    "partner_sur_verbs",
    "relation_nouns",
    "partner_prepositions",
    "topic_nouns",
    "dative_nouns",
    "leader_titles",
    "statehood_nouns",
)
_WORD_LISTS = (
    "determiners",
    "person_titles",
    "honorifics",
    "quantity_words",
    "loose_quantities",
    "complement_nouns",
    "name_adjectives",
    "introducers",
    "anaphoric_org_nouns",
    "function_words",
    "generic_heads",
    "role_prepositions",
    "vague_titles",
    "not_names",
    "counterpart_nouns",
    "visit_words",
    "visit_date_words",
    "name_particles",
    "addressed_verbs",
    "given_name_titles",
)


@derived
def vocab() -> Mapping[str, frozenset[str]]:
    """Every word list of the actor rules by name (read-only), plus ``roles``: the person
    role nouns of all kinds."""
    s = {k: word_set(CUES, k) for k in _CUE_LISTS}
    s.update((k, word_set(METO, k)) for k in _METONYMY_LISTS)
    s.update((k, word_set(WORDS, k)) for k in _WORD_LISTS)
    s.update(
        (k, word_set(ROLES, k))
        for k in (
            *PERSON_ROLE_LISTS,
            "modifiers",
            "stops",
            "head_of_state",
            "head_of_government",
            "head_of_executive",
            "non_titles",
            "title_complements",
            "apposition_openers",
            "title_words",
            "foreign_minister",
            "ranks",
            "monarch",
            "seat_holders",
            "appointment_verbs",
            "status_verbs",
            "holding_verbs",
            "role_introducers",
        )
    )
    s["roles"] = person_roles()
    # "Mardi, le président ...": days and months open sentences, never a name alone
    s["calendar_words"] = word_set("time_fr", "weekdays") | word_set("time_fr", "months")
    return MappingProxyType(s)


@derived
def title_words() -> frozenset[str]:
    """Every word a title may be made of ("Ministre délégué chargé de la Coopération"): the
    words of the role nouns, their modifiers, portfolios, title complements, link words and
    the words that only continue a title."""
    w = vocab()
    phrases = w["roles"] | w["modifiers"] | w["title_complements"] | w["title_words"]
    return frozenset(x for p in phrases for x in p.split()) | w["portfolios"] | w["function_words"]


@derived
def monarchy_nouns() -> Mapping[str, str]:
    """Folded noun ("royaume") -> the form of government it names ("kingdom")."""
    return MappingProxyType({fold(k): v for k, v in lexicon(WORDS)["monarchy_nouns"].items()})


@derived
def state_offices() -> Mapping[str, str]:
    """Folded noun or portfolio ("presidence", "affaires etrangeres") -> the state office it
    names ("presidency"): one identity per state and office."""
    return MappingProxyType({fold(k): v for k, v in lexicon(CUES)["state_offices"].items()})


@derived
def compound_prefixes() -> Mapping[str, str]:
    """Folded first part of a compound nationality adjective ("franco") -> ISO2."""
    return MappingProxyType({fold(k): v for k, v in lexicon(METO)["compound_prefixes"].items()})


def determiners() -> frozenset[str]:
    """Articles, possessives and demonstratives (folded)."""
    return vocab()["determiners"]


@derived
def known_people() -> Mapping[str, str | None]:
    """Name key (:func:`norm_key` of the name or an alias) -> the country of a well-known
    public figure (None for an international official), from data/kb/people.yaml: only read
    when the text states no country for that person."""
    rows = read_yaml(KB_DIR / "people.yaml") or []
    out: dict[str, str | None] = {}
    for r in rows:
        for form in (r["name"], *(r.get("aliases") or ())):
            out.setdefault(norm_key(form), r.get("country"))
    return MappingProxyType(out)


def known_person_country(forms) -> str | None | object:
    """The knowledge-base country of a person written as one of ``forms``, or ``MISSING``
    when none of them is a known public figure."""
    people = known_people()
    for form in forms:
        k = norm_key(form)
        if k in people:
            return people[k]
    return MISSING


@derived
def known_people_names() -> Mapping[str, str]:
    """Name key (:func:`norm_key` of the name or an alias) -> the full name data/kb/people.yaml
    records for that public figure: the press often names a head of state by the surname
    alone ("le président Kanda" for "Joseph Kanda"), and the actor row should carry the
    full name too, so that the same person is one identity across articles."""
    rows = read_yaml(KB_DIR / "people.yaml") or []
    out: dict[str, str] = {}
    for r in rows:
        for form in (r["name"], *(r.get("aliases") or ())):
            out.setdefault(norm_key(form), r["name"])
    return MappingProxyType(out)


def known_person_name(forms) -> str | None:
    """The knowledge-base full name of a person written as one of ``forms`` (None when
    none of them is a known public figure)."""
    names = known_people_names()
    return next((names[k] for k in map(norm_key, forms) if k in names), None)


MISSING = object()  # no knowledge-base entry (distinct from None: an international official)
