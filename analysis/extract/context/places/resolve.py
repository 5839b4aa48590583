"""Reading each mention: which city of that name, where a site lies.

* :func:`resolve_cities`: gazetteer phrases take their reading; an ambiguous city name
  ("Vienne", "Saint-Louis", "Washington") is scored by population, capital status, the
  countries the article names elsewhere (its *context*) and an explicit qualifier
  ("Saint-Louis du Sénégal"); a subdivision takes its centre;
* :func:`place_landmarks`: landmarks and unknown sites take the coordinates of what they
  name ("port de X") or of the nearest town.
"""

from __future__ import annotations

import bisect
import math
import re

from spacy.tokens import Doc

from analysis.document.article import Article
from analysis.extract.context.places.areas import area_after
from analysis.extract.context.places.bearings import from_town, part_after
from analysis.extract.context.places.glosses import SIDES, country_after, town_after
from analysis.extract.context.places.headline import headline_venue
from analysis.extract.context.places.kb import Entry, Gazetteer, place_words, state_centre
from analysis.extract.context.places.mentions import (
    Mention,
    demonym_countries,
    key_text,
    phrase_matches,
)
from analysis.extract.context.places.variants import variant_place
from analysis.resources.gazetteer import keyed, small_towns
from analysis.resources.gazetteer import place_key as key

# Countries the article names, with how often: ISO2 -> count
CountryContext = dict[str, int]


def resolve_cities(mentions: list[Mention], text: str, gz: Gazetteer, doc: Doc) -> CountryContext:
    """Pick one reading per mention; ambiguous cities use the article's other countries
    (returned: how often the article names each country)."""
    context: CountryContext = {}
    _read_phrases(mentions, text, context)
    _count_demonyms(doc, gz, context)
    for m in mentions:
        if m.via == "city" and len({c.country for c in m.candidates}) == 1:
            _count(context, m.candidates[0].country)
    for m in mentions:
        if m.via == "state" and m.candidates:
            e = next((c for c in m.candidates if context.get(c.country or "")), m.candidates[0])
            centre = state_centre(e.uid, e.lat, e.lon)
            m.entry = (
                Entry(**{**e.__dict__})
                if centre is None
                else Entry(**{**e.__dict__, "lat": centre[0], "lon": centre[1]})
            )
    for m in mentions:
        if m.via == "city":
            _read_city(m, text, gz, context)
        elif m.via == "phrase" and m.entry is not None and _city_preposition(text, m.start):
            m.entry = _country_town(m.entry, text[m.start : m.end], gz) or m.entry
    _same_form_same_reading(mentions, text)
    _read_inner_towns(mentions, text, gz, context)
    _context_readings(mentions, text, gz, context)
    return context


def _read_inner_towns(
    mentions: list[Mention], text: str, gz: Gazetteer, context: CountryContext
) -> None:
    """The town a site's name holds ("le port de X", "l'aéroport de Y") is read like a town
    named alone, once the article's countries are known: "le port de Tripoli" in a story
    about Lebanon is the Lebanese port, not the Libyan capital's (the first reading, made
    before any context, takes the largest town of that name)."""
    for m in mentions:
        inner = m.inner
        if inner is None or inner.via != "city" or len(inner.candidates) < 2:
            continue
        qualifier = _qualifier(text, inner.end, gz) or located_by_demonym(
            text, m.start, inner.start, gz
        )
        inner.entry = max(inner.candidates, key=lambda c: _score(c, context, qualifier))


def _context_readings(
    mentions: list[Mention], text: str, gz: Gazetteer, context: CountryContext
) -> None:
    """A bare name read as another place when the article is about that place's countries
    (``context_readings`` of data/kb/places_extra.yaml): "le Sahara" in a story about
    Morocco is the disputed territory, not the middle of the desert.

    * a demonym after the name decides: one of those countries ("le Sahara marocain") gives
      the other reading, any other ("le Sahara algérien") keeps the desert;
    * otherwise those countries must be named at least twice (a story about them, not one
      passing mention), and no orientation word leads the name ("au sud du Sahara").
    """
    rules = {key(form): rule for form, rule in (gz.kb.get("context_readings") or {}).items()}
    for m in mentions:
        rule = rules.get(key(text[m.start : m.end])) if m.via == "phrase" else None
        if rule is None:
            continue
        nxt = re.match(r"\s+([a-zéèêëàâîïôûç-]+)", text[m.end : m.end + 30])
        demonym = gz.demonyms.get(key(nxt.group(1))) if nxt else None
        if demonym:
            about = demonym in rule["when"]
        else:
            before = key(text[max(0, m.start - 30) : m.start])
            led = any(before.endswith(key(w)) for w in rule.get("not_after", []))
            about = not led and _times_named(rule["when"], mentions, context) >= 2
        target = gz.phrases.get(key(rule["reads_as"])) if about else None
        if target:
            m.entry = target[0]


def _times_named(isos: list[str], mentions: list[Mention], context: CountryContext) -> int:
    """How often the article names these countries: by name, demonym or one of their towns
    (an ambiguous town counts once read: "Rabat" is also a town of Malta)."""
    n = sum(context.get(c, 0) for c in isos)
    for m in mentions:
        if m.via == "city" and m.entry is not None and m.entry.country in isos:
            n += len({c.country for c in m.candidates}) > 1  # else already in the context
    return n


def _count(context: CountryContext, iso: str | None) -> None:
    context[iso] = context.get(iso, 0) + 1


def _read_phrases(mentions: list[Mention], text: str, context: CountryContext) -> None:
    """A gazetteer phrase ("Maroc", "mer Rouge") is read as its first entry, and counts its
    country; a site's inner name too ("port de Tanger": Tanger)."""
    for m in mentions:
        if m.via == "phrase" and m.candidates:
            m.entry = _spelled_as(m.candidates, text[m.start : m.end])
            if m.entry.country:
                _count(context, m.entry.country)
        if m.inner is not None and m.inner.candidates:  # the likeliest: "Bourse de Paris"
            m.inner.entry = max(m.inner.candidates, key=lambda c: _score(c, {}, None))
            if m.inner.entry.kind == "country":  # "l'aéroport international des Comores"
                _count(context, m.inner.entry.country)


def _spelled_as(candidates: list[Entry], form: str) -> Entry:
    """The first reading of a phrase, unless another is spelled as the text, accents and all:
    the keys fold accents, so "le Tigre" (the river) and "le Tigré" (the Ethiopian region)
    share one; the accent tells them apart."""
    first = candidates[0].name
    if key(first) != key(form) or first.lower() == form.lower():
        return candidates[0]
    return next((c for c in candidates if c.name.lower() == form.lower()), candidates[0])


def _count_demonyms(doc: Doc, gz: Gazetteer, context: CountryContext) -> None:
    """ "marocain", "kényane": the nationality words of the article count their country."""
    for iso in demonym_countries(doc, gz):
        _count(context, iso)


def _read_city(m: Mention, text: str, gz: Gazetteer, context: CountryContext) -> None:
    """The best-scored reading of a city name; a state when only the article's states fit
    ("Pará" is the state, not Belém, whose alias it is), but never over a capital known by
    that name ("Alger", the French name of the city, is not its province)."""
    qualifier = _qualifier(text, m.end, gz) or located_by_demonym(text, m.start, m.start, gz)
    scored = sorted(
        ((_score(c, context, qualifier), c) for c in m.candidates),
        key=lambda sc: -sc[0],
    )
    m.entry = scored[0][1]
    local_states = [c for c in m.candidates if c.source == "states" and context.get(c.country)]
    towns_by_name = [
        c
        for c in m.candidates
        if c.source != "states"
        and (c.primary or c.capital)
        and (context.get(c.country or "") or c.population >= 100000)
    ]
    if local_states and not towns_by_name and not _city_preposition(text, m.start):
        m.entry = local_states[0]  # "Pará" is the state, not Belém (alias "Pará")
    states = sorted(
        (
            c
            for c in m.candidates
            if c.source == "states"
            and (context.get(c.country or "") or c.country == m.entry.country)
        ),
        key=lambda c: not context.get(c.country or ""),
    )
    if states and m.entry.source != "states" and _led_by_article(text, m.start):
        m.entry = states[0]  # "du Québec", "en Ontario": the province, not the town
    if m.entry.source == "states":
        centre = state_centre(m.entry.uid, m.entry.lat, m.entry.lon)
        if centre is not None:
            m.entry = Entry(**{**m.entry.__dict__, "lat": centre[0], "lon": centre[1]})
        m.alias = text[m.start : m.end]
    m.alternatives = ";".join(
        f"{c.name} {c.country} {c.population}" for _, c in scored[1:4] if c.uid != m.entry.uid
    )


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:le|la|les|l['’]|du|au|aux|des|en)\s*\Z", re.I)


def _led_by_article(text: str, start: int) -> bool:
    """French names a town without an article ("à Québec", "de Kano") and a province, a
    state or a region with one, or after "en" ("au Québec", "de l'Ontario", "en Ontario"):
    a name led by an article is the subdivision when one has that name."""
    return _ARTICLE_BEFORE.search(text[max(0, start - 5) : start]) is not None


def _country_town(entry: Entry, name: str, gz: Gazetteer) -> Entry | None:
    """ "à Djibouti", "à Koweït", "à Panama": a state whose capital or main city bears its
    name, after a bare "à", is that town ("au Panama", "en Guinée" stay the country)."""
    if entry.kind != "country":
        return None
    towns = [
        c
        for c in gz.cities.get(key(name), [])
        if c.country == entry.country and (c.capital or c.population >= 100000)
    ]
    return max(towns, key=lambda c: c.population) if towns else None


def _city_preposition(text: str, start: int) -> bool:
    """French puts a town after a bare "à" ("à New York"), a state or a region after "au",
    "en", "dans l'État de": a name after "à" is read as the town. Opening a sentence the
    preposition is capitalised, and the press often drops the accent of a capital ("À
    Lagos, …", "A Lagos, …"); a lower-case "a" is the verb ("il a Lagos en tête")."""
    return re.search(r"(?<![\w'’])(?:à|À|A)\s+\Z", text[max(0, start - 4) : start]) is not None


def _same_form_same_reading(mentions: list[Mention], text: str) -> None:
    """Mentions of the same surface form get the same reading (the first one's)."""
    by_form: dict[tuple[str, bool], Entry] = {}  # (form, led by an article): "au Québec"

    def form(m: Mention) -> tuple[str, bool]:
        return key(text[m.start : m.end]), _led_by_article(text, m.start)

    for m in mentions:
        if m.via == "city" and m.entry is not None:
            by_form.setdefault(form(m), m.entry)
    for m in mentions:
        if m.via == "city":
            m.entry = by_form.get(form(m), m.entry)


_LOCATED = re.compile(r"(?<![\w-])([\w-]+)\s+([\w-]+)\s+(?:de|du|d['’])\s*", re.I)


def located_by_demonym(text: str, start: int, name: int, gz: Gazetteer) -> str | None:
    """The country a nationality adjective gives a place's name: "la ville américaine de X",
    "le port béninois de Y" (a noun of :data:`located_nouns`, the adjective, "de", then the
    name at ``name``), written right before ``start`` or opening the mention itself."""
    lo = max(0, min(start, name) - 60)
    for m in _LOCATED.finditer(text, lo, name):
        if m.end() != name:
            continue
        noun, adj = key(m.group(1)), key(m.group(2))
        if noun in _located_nouns() and adj in gz.demonyms:
            return gz.demonyms[adj]
    return None


def _located_nouns() -> frozenset[str]:
    return frozenset(key(w) for w in place_words("located_nouns"))


# Between a town and the country an apposition names: "Vienne (Autriche)", "Dakhla, au
# Maroc", "Tripoli, dans le nord du Liban", "Tripoli (nord du Liban)", "X, ville du sud de
# l'Espagne", "Saint-Louis du Sénégal".
_OF = r"(?:du|de\s+la|de\s+l['’]|des|de|d['’])"
_QUALIFIER = re.compile(
    r"\s*(?:(?:\(|,)\s*(?:(?:une\s+|la\s+)?(?:ville|localité|commune|cité|port)\s+"
    rf"(?:[a-zéèêëàâîïôûç]+\s+)?{_OF}\s*)?(?:(?:dans\s+)?(?:le\s+|l['’]\s*)?{SIDES}\s+"
    rf"{_OF}\s*|(?:au|en|aux)\s+)?|\s+(?:du|de|en|au|d')\s*)\s*([^,.;()]+)",
    re.I,
)


def _qualifier(text: str, end: int, gz: Gazetteer) -> str | None:
    """The country named right after a city: "Saint-Louis du Sénégal", "Vienne (Autriche)",
    "Tripoli, dans le nord du Liban"."""
    m = _QUALIFIER.match(text[end : end + 70])
    if not m:
        return None
    words = keyed(m.group(1)).split()
    for n in range(min(4, len(words)), 0, -1):
        cands = gz.phrases.get(" ".join(words[:n]))
        if cands and cands[0].kind in ("country", "territory"):
            return cands[0].country
    return None


# What a reading of a city name is worth beyond its population (log10): the countries the
# article names weigh as much as a town 100 times larger ("Oyo" in a story about Congo is
# the Congolese town, not the Nigerian city; "Vienne" in a story that names France once is
# still the Austrian capital); a capital known by that very name outweighs a larger city
# that merely has it among its variants ("Dili", not Delhi). A district of a larger city
# (``quarter``) takes no context bonus: a story names towns, and a homonymous district of a
# city of the article's country is not what it means. A state or province is worth a
# mid-sized town, plus its own context bonus.
CONTEXT_BONUS = 2.0
STATE_SCORE, STATE_CONTEXT_BONUS = 5.0, 1.5
CAPITAL_BONUS = 1.0
OWN_NAME_CAPITAL_BONUS = 1.0
HOMONYM_BONUS = 1.5


def _score(c: Entry, context: dict[str, int], qualifier: str | None) -> float:
    if c.source == "states":  # a state or province: worth a mid-sized town, then context
        return STATE_SCORE + (STATE_CONTEXT_BONUS if context.get(c.country or "") else 0.0)
    s = math.log10(max(c.population, 1000))
    s += CAPITAL_BONUS if c.capital else 0.0
    s += OWN_NAME_CAPITAL_BONUS if c.capital and c.primary else 0.0
    s += 0.3 if c.primary else 0.0
    s += CONTEXT_BONUS if context.get(c.country or "") and not c.quarter else 0.0
    # a real town of a country the article names outweighs a far capital of the same name
    # whose country it never names ("le Premier ministre libanais ... à Tripoli")
    s += HOMONYM_BONUS if context.get(c.country or "") and c.population >= 100000 else 0.0
    s += 3.0 if qualifier and qualifier == c.country else 0.0
    s += 0.5 if c.source == "kb" else 0.0
    return s


def place_landmarks(
    mentions: list[Mention],
    article: Article,
    gz: Gazetteer,
    context: dict[str, int] | None = None,
    parts: list[Mention] = (),
) -> None:
    """Landmarks and sites take the coordinates of what they name or of the nearest town; a
    seat of power named by its kind ("le palais présidentiel") or a site with no town to lie
    in, the capital of the first state the article names (a site left without coordinates
    is on no map; in the story's state it is at least in the right country)."""
    settlements = [m for m in mentions if m.entry is not None and m.entry.kind == "city"]
    venue, host = _story_place(article, gz, settlements, mentions, context or {})
    countries = {
        m.entry.country
        for m in mentions
        if m.entry is not None and m.via not in ("landmark", "site") and m.entry.country
    }
    for m in mentions:
        if m.via not in ("landmark", "site"):
            continue
        name = article.text[m.start : m.end]
        inner = m.inner.entry if m.inner is not None else None
        town = _site_town(name, m, context or {}, gz) if m.via == "site" else None
        if town is not None:  # "à Tessalit", a town of a country the article names
            m.entry = town
            continue
        if _trusted_inner(inner, countries, m, settlements, article):
            anchor = inner  # "corridor de X", "port de X": the site is at X
        elif after := _said_or_owned(m, inner, settlements, parts, mentions, article, gz):
            anchor = after  # "le palais présidentiel à Caracas", "X, dans la région de Y"
        elif (town := _facility_town(m, mentions, article.nlp_text, context or {}, gz)) is not None:
            anchor = town  # "le camp de X", "le cap Y": X, Y small towns of a state named
        elif (iso := country_after(m, mentions, article.nlp_text)) is not None:
            anchor = _town_of(iso, m, settlements, article, gz)  # "X, au Mali"
        else:  # "le district de X" lies in the province just named, not in its capital
            anchor = _area_region(mentions, m, article) or _province_of_sentence(
                mentions, m, settlements, article
            )
            anchor = anchor or _site_nearest(m, settlements, article, venue, gz)
        anchor = _in_located_country(m, anchor, settlements, article.nlp_text, gz)
        if anchor is None and m.via == "landmark" and host:
            # "le palais d'X" in a story about Y: Y's capital, not a far homonym town X
            anchor = gz.capitals.get(host)
        anchor = anchor or inner
        if anchor is None:  # "Kiwanja, dans le Nord-Kivu": the province of its sentence
            anchor = _sentence_region(mentions, m, article)
        if anchor is None and host:
            # a site in a story that names no town: in the story's state, at its capital
            anchor = gz.capitals.get(host)
        kind = "landmark" if m.via == "landmark" else "site"
        lat, lon, country = _spot(m, settlements, article.nlp_text, anchor)
        m.entry = Entry(f"{kind}:{key(name)}", name, kind, country, lat, lon, "nearest place")


def _spot(m: Mention, settlements: list[Mention], text: str, anchor: Entry | None):
    """(lat, lon, country) of site ``m``: where a distance from a town puts it ("X, à 250 km
    au sud-est de Y"), else at its anchor, else nowhere."""
    spot = from_town(m, settlements, text)
    if spot is not None:
        return spot
    return (anchor.lat, anchor.lon, anchor.country) if anchor else (None, None, None)


def _said_or_owned(
    m: Mention,
    inner: Entry | None,
    settlements: list[Mention],
    parts: list[Mention],
    mentions: list[Mention],
    article: Article,
    gz: Gazetteer,
) -> Entry | None:
    """The place said after a site ("le palais présidentiel à Caracas"), else, for a site
    named after a country ("l'aéroport international des Comores"), that country's town of
    its sentence or its capital: not the country's centre."""
    after = _said_after(m, settlements, parts, mentions, article.nlp_text)
    if after is not None or inner is None or inner.kind != "country" or m.via != "landmark":
        return after
    noun = key(article.nlp_text[m.start : m.end]).split(" ", 1)[0]
    if noun not in {key(n) for n in place_words("country_named_sites")}:
        return None  # "l'ambassade du Japon" is abroad
    return _town_of(inner.country or "", m, settlements, article, gz)


def _said_after(
    m: Mention, settlements: list[Mention], parts: list[Mention], mentions, text: str
) -> Entry | None:
    """Where the words right after site ``m`` put it: "à <town>", "dans l'ouest de <state>",
    "dans la région de <province>", "(province de <province>)"."""
    return (
        town_after(m, settlements, text)
        or part_after(m, parts, text)
        or area_after(m, mentions, text)
    )


def _site_town(name: str, m: Mention, context: dict[str, int], gz: Gazetteer) -> Entry | None:
    """The town an unknown site's name is: a small town of a state the article names ("à
    Tessalit"), else one place of such a state its spelling variant names ("El-Koufra")."""
    return _small_town(name, m, context) or variant_place(name, context, gz)


def _facility_town(
    m: Mention, mentions: list[Mention], text: str, context: dict[str, int], gz: Gazetteer
) -> Entry | None:
    """The town a facility or natural feature bears the name of, when the gazetteer's cities
    do not hold it: a small town (or one spelling variant) of a state the article names ("la
    base de X", "le poste frontalier de Y", "le cap Z"), for a kind of site that takes the
    name of where it is (``town_named_sites``); never against the country an apposition
    gives it ("X, au Mali")."""
    if m.via != "landmark" or m.inner is not None or m.seat or not m.alias:
        return None
    head = text[m.start : m.end].split(maxsplit=1)[0].lower()
    if head not in place_words("town_named_sites"):
        return None
    town = _site_town(m.alias, m, context, gz)
    if town is None:
        return None
    iso = country_after(m, mentions, text)
    return town if iso is None or iso == town.country else None


def _town_of(
    iso: str, m: Mention, settlements: list[Mention], article: Article, gz: Gazetteer
) -> Entry | None:
    """Where a site of country ``iso`` lies when nothing closer is said: the town of that
    country named in its sentence, else the first one the article names, else its capital."""
    towns = [s for s in settlements if s.entry is not None and s.entry.country == iso]
    sent = article.sentence_at(m.start)
    if sent is not None:
        here = [s for s in towns if sent.start <= s.start < sent.end]
        towns = here or towns
    return towns[0].entry if towns else gz.capitals.get(iso)


def _in_located_country(
    m: Mention, anchor: Entry | None, settlements: list[Mention], text: str, gz: Gazetteer
) -> Entry | None:
    """ "le port béninois de X": a site a nationality adjective locates lies in that country,
    at its first town the article names, else at its capital."""
    located = _located_site(m, text, gz)
    if not located or (anchor is not None and anchor.country == located):
        return anchor
    towns = [s for s in settlements if s.entry is not None and s.entry.country == located]
    return towns[0].entry if towns else gz.capitals.get(located, anchor)


def _located_site(m: Mention, text: str, gz: Gazetteer) -> str | None:
    """The country a nationality adjective gives a site: before it ("la localité nigérienne
    de X") or inside its own name ("le port béninois de X")."""
    name = text.find(m.alias, m.start, m.end) if m.alias else -1
    return located_by_demonym(text, m.start, name if name >= 0 else m.start, gz)


def _small_town(name: str, m: Mention, context: dict[str, int]) -> Entry | None:
    """An unknown place name that is a town of 1,000 to 5,000 inhabitants of a country the
    article names ("à Tessalit", in a story about Mali): that town. Towns of other countries
    are homonyms the story does not mean."""
    rows = [r for r in small_towns().get(key(name), []) if context.get(r[1])]
    if not rows:
        return None
    town, iso, lat, lon, pop = max(rows, key=lambda r: (context[r[1]], r[4]))
    return Entry(f"small:{iso}:{key(town)}", town, "city", iso, lat, lon, "geonames", pop)


def _trusted_inner(inner: Entry | None, countries: set, m: Mention, settlements, article) -> bool:
    """The place a site's name holds ("port de X") is where the site is: a region or sea of
    the knowledge base, a town or province of a country the article names, a capital or a
    big city; but a small homonymous town yields to a town named in the same sentence ("le
    palais du Planalto, à Brasilia" is in Brasilia, not in the small town of Planalto)."""
    if inner is None or inner.kind == "country":
        return False
    if inner.kind not in ("city", "region") or inner.source == "kb":
        return True
    if _well_known(inner):
        return True
    if inner.country not in countries:
        return False
    if inner.kind == "city" and inner.population < 50000:
        sent = article.sentence_at(m.start)
        return sent is None or not any(
            sent.start <= s.start < sent.end and s.entry.uid != inner.uid for s in settlements
        )
    return True


def _story_state(article: Article, gz: Gazetteer, mentions: list[Mention], context) -> str | None:
    """The state of the story: the one its headline names first, else :func:`_host_state`."""
    return title_state(_headline(article), gz) or _host_state(mentions, context)


def _headline(article: Article) -> str:
    """The article's own headline; not a title made from its lede (found again in its body)."""
    title = (article.title or "").strip()
    head = title[:40]
    if not title or any(
        t.find(head, article.body_start) >= 0 for t in (article.text, article.nlp_text)
    ):
        return ""
    return title


def title_state(title: str, gz: Gazetteer) -> str | None:
    """The state a headline names first, by its name or its adjective ("Pérou | Lima rappelle
    ses ambassadeurs", "Le président péruvien ..."): the story's state, whose seats the
    article's unplaced palaces are, before any state its body lists first."""
    if not title:
        return None
    keyed = key_text(title)
    found = [
        (s, gz.phrases[k][0].country)
        for s, _e, k in phrase_matches(keyed, 0, gz)
        if gz.phrases[k][0].kind == "country" and gz.phrases[k][0].country
    ]
    words = list(re.finditer(r"[^\W\d_]+", keyed))
    for i, w in enumerate(words):  # "sud africaine" before "africaine"
        pair = f"{w.group()} {words[i + 1].group()}" if i + 1 < len(words) else ""
        iso = gz.demonyms.get(pair) or gz.demonyms.get(w.group())
        if iso:
            found.append((w.start(), iso))
    return min(found)[1] if found else None


def _host_state(mentions: list[Mention], context: dict[str, int]) -> str | None:
    """The state whose seats the article's unnamed palaces are: the first state it names by
    its name (a visitor is more often named by a nationality word: "le président
    ukrainien ... en Belgique"), else the one it names most (by nationality word or town);
    the one it names most also when it outweighs the first by far (see :func:`outweighs`)."""
    named = (m.entry.country for m in mentions if m.entry is not None and m.entry.kind == "country")
    first = next(named, None)
    if not context:
        return first
    top = max(context, key=lambda c: context[c])
    if first and not outweighs(context, top, first):
        return first
    return top


_AREA_LEAD = re.compile(
    r"(?<![\w-])(?:district|province|région|territoire|département|préfecture|comté|wilaya"
    r"|gouvernorat)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’])\Z",
    re.I,
)


def outweighs(context: dict[str, int], top: str, first: str) -> bool:
    """State ``top`` is the story's rather than ``first``, the first state the article names:
    the article names ``top`` (by its name, its people's adjective or its towns) at least
    three times and twice as often as ``first`` — a state named once in the lede ("une
    décision de la France") is no host when the story then speaks of another throughout."""
    a, b = context.get(top, 0), context.get(first, 0)
    return top != first and a >= 3 and a >= 2 * b


def _area_region(mentions: list[Mention], m: Mention, article: Article) -> Entry | None:
    """An unknown area led by its kind ("le district de X", "la préfecture de Y"): a part of
    the region the text has just named (in its sentence or the two before), when it names
    one; a town named nearby is more often where officials speak than where the area is."""
    if m.via != "site" or not _AREA_LEAD.search(article.text, max(0, m.start - 30), m.start):
        return None
    sent = article.sentence_at(m.start)
    if sent is None:
        return None
    earlier = [s for s in article.sentences if s.end <= sent.start][-2:]
    lo = earlier[0].start if earlier else sent.start
    regions = [
        r.entry
        for r in mentions
        if r is not m
        and lo <= r.start < sent.end
        and r.entry is not None
        and r.entry.kind in ("region", "territory")
        and r.entry.country
        and r.entry.lat is not None
    ]
    return regions[-1] if regions else None


def _sentence_region(mentions: list[Mention], m: Mention, article: Article) -> Entry | None:
    """The nearest province, region or territory of one country named in ``m``'s sentence."""
    sent = article.sentence_at(m.start)
    if sent is None:
        return None
    regions = [
        r
        for r in mentions
        if r is not m
        and sent.start <= r.start < sent.end
        and r.entry is not None
        and r.entry.kind in ("region", "territory")
        and r.entry.country
        and r.entry.lat is not None
    ]
    return min(regions, key=lambda r: abs(r.start - m.start)).entry if regions else None


def _province_of_sentence(
    mentions: list[Mention], m: Mention, settlements: list[Mention], article: Article
) -> Entry | None:
    """An unknown site whose sentence names a province and no town ("le préfet de la province
    de Z a montré des plans des hameaux X et Y"): in that province, not at
    the lede's venue, often the far capital the story is told from."""
    if m.via != "site" or m.seat:
        return None
    sent = article.sentence_at(m.start)
    if sent is None or any(
        sent.start <= t.start < sent.end and not (m.start <= t.start < m.end) for t in settlements
    ):
        return None
    return _sentence_region(mentions, m, article)


def _well_known(town: Entry) -> bool:
    """A capital or a city of 500,000+: trusted even when the article names no other place
    of its country ("l'aéroport international de Ouagadougou")."""
    return town.capital or town.population >= 500000


def _site_nearest(
    m: Mention, settlements: list[Mention], article: Article, venue, gz: Gazetteer
) -> Entry | None:
    """:func:`_nearest` among the towns site ``m`` may lie in (see :func:`_seat_towns`)."""
    towns = _seat_towns(settlements, article.nlp_text, gz) if m.seat else settlements
    return _nearest(towns, [t.start for t in towns], m, article, venue)


def _seat_towns(settlements: list[Mention], text: str, gz: Gazetteer) -> list[Mention]:
    """The towns a seat of power named by its kind may lie in: not a town that stands for its
    government ("retranché au palais présidentiel, sauvé grâce au soutien de Paris")."""
    nouns = "|".join(re.escape(n) for n in gz.kb.get("government_nouns", []))
    if not nouns:
        return settlements
    stand_in = re.compile(rf"(?<![\w-])(?:{nouns})\s+(?:[^\W\d_]+\s+)?(?:de|d['’])\s*\Z", re.I)
    return [t for t in settlements if not stand_in.search(text, max(0, t.start - 40), t.start)]


def _story_place(
    article: Article, gz: Gazetteer, settlements: list[Mention], mentions, context
) -> tuple[Entry | None, str | None]:
    """(town, state) of the story: the headline's venue when it says one (see
    :mod:`.headline`), else the lede's first town and :func:`_story_state`."""
    told = headline_venue(_headline(article), gz)
    venue = _told_venue(told, settlements, gz) or _venue(settlements, article)
    if told is not None:
        return venue, told.country
    return venue, _not_the_origin(
        _story_state(article, gz, mentions, context), settlements, article, context
    )


def _not_the_origin(
    host: str | None, settlements: list[Mention], article: Article, context: CountryContext
) -> str | None:
    """A state whose towns are named only as where someone comes from ("arrivé de X") is the
    visitor's, not the host's: the host is then the state the article names most after it."""
    towns = [t for t in settlements if t.entry is not None and t.entry.country == host]
    if not towns or not all(_origin(t, article.nlp_text) for t in towns):
        return host
    others = [c for c in context if c != host and context[c] > 0]
    return max(others, key=lambda c: context[c]) if others else host


def _told_venue(told: Entry | None, settlements: list[Mention], gz: Gazetteer) -> Entry | None:
    """The town of the headline's venue (see :mod:`.headline`): its town, else the first town
    of its state the article names as a place, else that state's capital."""
    if told is None or told.kind == "city":
        return told
    towns = (m.entry for m in settlements if m.entry.country == told.country and m.role == "place")
    return next(towns, None) or gz.capitals.get(told.country or "")


def _venue(settlements: list[Mention], article: Article) -> Entry | None:
    """The first town of the lede used as a place: where the story happens; not a town
    someone comes from ("Arrivé de X, le ministre ...")."""
    lede = next((p for p in article.paragraphs if p.kind != "heading"), None)
    if lede is None:
        return None
    return next(
        (
            m.entry
            for m in settlements
            if m.start < lede.end and m.role == "place" and not _origin(m, article.nlp_text)
        ),
        None,
    )


# a town someone comes from ("arrivé de X", "en provenance de Y", "de retour de Z"): not where
# a site of the same sentence lies (keyed text: no accents, lower case)
_ORIGIN = re.compile(
    r"(?<![\w-])(?:arrivee?s?|venue?s?|venant|revenue?s?|revenant|rentree?s?|rentrant"
    r"|provenance|retour)\s+(?:de|d\s?|du|des)\s*\Z"
)


def _origin(town: Mention, text: str) -> bool:
    """``town`` is where someone comes from: "arrivé de X", "de retour de Y"."""
    return _ORIGIN.search(keyed(text[max(0, town.start - 30) : town.start])) is not None


def _nearest(settlements, starts, m: Mention, article: Article, venue=None) -> Entry | None:
    """The town of a site: one named in the same sentence, else the venue of the lede (the
    first town used as a place), else the last town named before, else the next one; never
    a town someone comes from ("Arrivé de X, le ministre a été reçu au palais présidentiel":
    the palace is not in X)."""
    kept = [i for i, t in enumerate(settlements) if not _origin(t, article.nlp_text)]
    settlements, starts = [settlements[i] for i in kept], [starts[i] for i in kept]
    sent = article.sentence_at(m.start)
    lo, hi = (sent.start, sent.end) if sent else (m.start, m.end)
    a, b = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    same = [s for s in settlements[a:b] if not (m.start <= s.start < m.end)]
    if same:
        return min(same, key=lambda s: abs(s.start - m.start)).entry
    if venue is not None:
        return venue
    i = bisect.bisect_left(starts, m.start)
    if i > 0:
        return settlements[i - 1].entry
    if i < len(settlements):
        return settlements[i].entry
    return None
