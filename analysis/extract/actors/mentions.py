"""Find every mention of an actor in an article: the rules behind the actors table.

spaCy's French NER alone mislabels much of a diplomatic news story (a capital tagged as a
person, a weapon system or a company tagged as a person, a university as a place, demonyms as
places). The rules take spaCy's entities and parse as evidence among others:

* gazetteers (data/kb/): countries, capitals, demonyms, periphrases, institutions;
* cue words (data/lexicons/actors_cues.yaml): "la société X" is a company, "le quotidien Y"
  a medium, "le système Z" a product (not an actor), "le champ W" a thing;
* acronym definitions "Long Form (LF)";
* metonymy (data/lexicons/actors_metonymy.yaml): a capital is the state only when it acts
  ("Alger a rompu", "l'achat par Rabat"), not when it is a venue ("à Rabat");
* collective actors (groups, coalitions, the police) only when they act or speak.

:data:`PHASES` lists the rules in the order they run (:mod:`analysis.extract.actors.rules`
has one module per concept); each reads and writes one
:class:`~analysis.extract.actors.finder.Finder` and yields
:class:`~analysis.extract.actors.records.Mention` objects, which
:mod:`analysis.extract.actors` merges into actors. The phases claim characters, so a span is
never two mentions: the order matters.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.records import Found, Mention, System, Venue
from analysis.extract.actors.rules import (
    acronyms,
    collectives,
    entities,
    known,
    names,
    organisations,
    portfolio_members,
    states,
    variants,
)
from analysis.extract.actors.text import Text

__all__ = ["PHASES", "Finder", "Found", "Mention", "System", "Venue", "find_mentions", "run"]

PHASES: tuple[Callable[[Finder], None], ...] = (
    known.scan_gazetteer,  # 0: gazetteer phrases, evidence for every later rule
    known.institutions,  # A: knowledge-base institutions
    acronyms.acronyms,  # B: "Long Form (LF)"
    organisations.ministries,  # C: "ministère de la Défense"
    organisations.portfolio_offices,  # C: "les Affaires étrangères marocaines"
    organisations.cue_de_names,  # C: "l'université de Tel Aviv"
    entities.entities,  # D: spaCy entities and names after cue nouns
    known.known_people,  # D': well-known public figures spaCy missed
    states.states,  # E: countries, capitals that act, periphrases, peoples; venues
    states.monarchy_anaphora,  # E: "le royaume"
    states.state_descriptions,  # E: "les autorités japonaises"
    states.bilateral_adjectives,  # E: "les relations franco-algériennes"
    collectives.collectives,  # F: groups and collective organisations that act
    collectives.national_bodies,  # F: "l'armée française", wherever it is named
    acronyms.late_acronyms,  # F: "le ministère indien ... (MEA)"
    portfolio_members.drop_portfolio_members,  # F': "des Maliens de l'extérieur" in a title
    variants.merge_name_variants,  # G: "Vathana Sorn" is "Sorn Vathana"
    names.short_names,  # G: "Ferrand" after "Isabelle Ferrand"
    names.merge_person_parts,  # G: "Lula" is "Luiz Inácio Lula da Silva"
    names.merge_body_parts,  # G: "Ndembo" is "Front Ndembo"
)


def run(f: Finder) -> Found:
    """Run every phase in order over the article of ``f``."""
    for phase in PHASES:
        phase(f)
    f.mentions.sort(key=lambda m: m.start)
    return Found(f.mentions, f.systems, f.venues)


def find_mentions(text: Text) -> Found:
    """All actor mentions, systems and venues of the article behind ``text``."""
    return run(Finder(text))
