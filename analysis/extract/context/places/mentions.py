"""Finding place mentions: gazetteer phrases, named sites, cities, states, unknown sites.

:func:`find_mentions` runs the finders in priority order; a mention keeps its text span when
no earlier mention holds any of it. Each finder is a small function: the gazetteer phrases
(countries, regions, landmarks of the knowledge base), named sites opened by a facility noun
("palais de X", "champ X"), runs of capitalised tokens found in the city index, subdivisions
of the countries already named, spaCy LOC/MISC entities no gazetteer knows, and unknown
names right after "à", "près de"...
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from analysis.document.article import Article
from analysis.document.tokens import TokenView, doc_state, view
from analysis.extract.context.places.areas import described_sites
from analysis.extract.context.places.capitals import capital_mentions
from analysis.extract.context.places.filters import (
    apposed_seat,
    in_credit,
    in_outlet,
    in_title,
)
from analysis.extract.context.places.institutions import affiliation, town_institution
from analysis.extract.context.places.kb import Entry, Gazetteer, place_words
from analysis.extract.context.places.mention import Mention
from analysis.extract.context.places.shared import unshare_landmarks
from analysis.extract.context.places.shouted import in_shouted_run
from analysis.extract.context.places.subdivisions import announced_subdivision
from analysis.extract.context.places.unknown import (
    located_names,
    prev_word,
    site_mentions,
    small_town_mentions,
)
from analysis.extract.context.places.variants import variant_mentions
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import keyed, norm_key, word_set
from analysis.resources.gazetteer import place_key as key

# A relational adjective between a site noun and its name ("centrales géothermiques d'X").
_ADJ = r"[a-zéèêëàâîïôûç]+(?:ique|iques|ale|al|aux|ales|ien|ienne|iens|iennes|aire|aires)"
_CAP = r"[A-ZÀ-ÖØ-Þ](?:[\w']|[.-](?=\w))*"


class _Claims:
    """The mentions kept so far, and the character spans they hold (sorted)."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []
        self.mentions: list[Mention] = []

    def free(self, s: int, e: int) -> bool:
        taken = self.spans
        i = bisect.bisect_left(taken, (s, e))
        return not ((i > 0 and taken[i - 1][1] > s) or (i < len(taken) and taken[i][0] < e))

    def claim(self, found: Iterable[Mention]) -> None:
        """Keep each mention whose span is still free, in the finder's order."""
        for m in found:
            if self.free(m.start, m.end):
                bisect.insort(self.spans, (m.start, m.end))
                self.mentions.append(m)


def find_mentions(article: Article, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """Every place mention of the article, in text order, finders in priority order."""
    text, body = article.nlp_text, article.body_start
    claims = _Claims()
    phrases = phrase_mentions(text, body, gz)
    persons = person_words(doc)
    named = named_countries(phrases, doc, gz)
    cities = list(city_mentions(doc, article, gz, persons, named))
    phrases = unshare_landmarks(phrases, cities, demonym_countries(doc, gz), gz)
    phrases = [m for m in phrases if not apposed_seat(text, m)]  # "X, siège de Y"
    # known seats of power first ("Quai d'Orsay", "palais de l'Élysée")
    claims.claim(m for m in phrases if m.via == "landmark" or m.candidates[0].kind == "landmark")
    claims.claim(landmarks(text, body, gz, view(doc)))
    claims.claim(seats(text, body))
    claims.claim(_holding_a_phrase(cities, phrases))  # "Port-Soudan", "Fort-de-France"
    claims.claim(phrases)
    claims.claim(capital_mentions(text, body, gz))  # "la capitale kényane"
    claims.claim(cities)
    mentions = claims.mentions
    context = {m.candidates[0].country for m in mentions if m.candidates}
    context |= {c.country for m in mentions if m.via == "city" for c in m.candidates[:1]}
    # a country named only by its demonym ("le gouverneur nigérian ... l'État de Borno")
    # holds the subdivisions the article names as much as one named by its name
    claims.claim(state_mentions(doc, article, gz, context | named, persons))
    claims.claim(small_town_mentions(doc, text, gz, context | named))
    claims.claim(variant_mentions(doc, text, gz, context | named))  # "Adjdabiya": Ajdabiya
    claims.claim(site_mentions(doc, text, gz, frozenset(persons)))
    claims.claim(located_names(doc, text, gz, persons))
    claims.claim(described_sites(doc, text, gz, persons))  # "X, une localité de Y"
    mentions.sort(key=lambda m: m.start)
    return [
        m
        for m in mentions
        if not (text[m.start].isupper() and in_title(text, m.start, _venue_kind(m)))
        and not in_credit(text, m)
        and not in_outlet(text, m)
        and not in_shouted_run(text, m)
    ]


def _venue_kind(m: Mention) -> bool:
    """A town or a known seat of the knowledge base: a name no portfolio bears."""
    kinds = {c.kind for c in m.candidates[:1]}
    return m.via == "city" or "landmark" in kinds


def _holding_a_phrase(cities: list[Mention], phrases: list[Mention]) -> list[Mention]:
    """City names longer than a country or region name they hold ("Port-Soudan", "Benin
    City", "Santiago de Cuba"): the town is meant, not the country inside its name."""
    starts = [p.start for p in phrases]
    out = []
    for c in cities:
        i = bisect.bisect_left(starts, c.start)
        inner = [p for p in phrases[i:] if p.start < c.end]
        if any(p.end <= c.end and p.end - p.start < c.end - c.start for p in inner):
            out.append(c)
    return out


@functools.lru_cache(maxsize=4)
def key_text(text: str) -> str:
    """:func:`~analysis.resources.gazetteer.keyed` of a whole text (for regex scanning;
    memoised for the last few texts, as several rules scan the same article)."""
    return keyed(text)


_WORD_START = re.compile(r"(?<!\w)\w+")
_WORD_CHAR = re.compile(r"\w")


def phrase_matches(keyed: str, body: int, gz: Gazetteer) -> Iterator[tuple[int, int, str]]:
    """Gazetteer phrases in ``keyed`` from ``body``: at each word start, the longest phrase
    that ends at a word end, scanning on after it (what one regex alternation of every phrase
    would find, without trying hundreds of alternatives at every character)."""
    index, last = gz.phrase_by_word, body
    for m in _WORD_START.finditer(keyed, body):
        start = m.start()
        if start < last:
            continue
        for k in index.get(m.group(), ()):
            end = start + len(k)
            if keyed.startswith(k, start) and not _WORD_CHAR.match(keyed, end):
                yield start, end, k
                last = end
                break


def phrase_mentions(text: str, body: int, gz: Gazetteer) -> list[Mention]:
    keyed = key_text(text)
    out = []
    for start, end, k in phrase_matches(keyed, body, gz):
        if gz.phrase_case.get(k) and not _capitalised(text, start, end):
            continue
        if _hyphen_tail(text, start, gz):
            continue
        out.append(Mention(start, end, list(gz.phrases[k]), "phrase"))
    return out


# a whole article: "La Réunion", "l'Ouganda", never the first letters of "Laos", "Lettonie"
_LEADING_ARTICLE = re.compile(r"(?:(?:les?|la)\s+|l['’]\s*)(?=\w)", re.I)


def _capitalised(text: str, start: int, end: int) -> bool:
    """A name written with its capital: "La Réunion" is the island, "La réunion a eu lieu"
    (a sentence's first word) a meeting. The capital is that of the word after a leading
    article; a geographical common noun may stay in lower case before a capitalised part
    ("la corne de l'Afrique", "le golfe de Guinée")."""
    lead = _LEADING_ARTICLE.match(text, start, end)
    first = lead.end() if lead else start
    if text[first].isupper():
        return True
    words = text[first:end].split()
    return (
        len(words) > 1
        and key(words[0]) in _geographic_generics()
        and any(w[:1].isupper() for w in re.split(r"[\s'’-]+", text[first:end])[1:])
    )


@derived
def _geographic_generics() -> frozenset[str]:
    return frozenset(key(w) for w in place_words("geographic_generics"))


_NAME_HEAD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’]*-\Z")


def _hyphen_tail(text: str, start: int, gz: Gazetteer) -> bool:
    """The end of a hyphenated proper name ("Nord-Kivu"; "Fort-de-France"'s "France" aside,
    claimed by the town): a known name after a capitalised word and a hyphen is not a place
    of its own, unless that word is a known name too ("le sommet Russie-Afrique", "les
    relations Maroc-Algérie": two places)."""
    if start == 0 or text[start - 1] != "-":
        return False
    head = _NAME_HEAD.search(text, max(0, start - 30), start)
    return head is not None and key(head.group()[:-1]) not in gz.phrases


# A lower-case word that may describe a site between its noun and its name ("port autonome
# de X", "palais des congrès de Y", "centre international de conférences Z"): any word but
# the grammatical ones; the parse then says whether it is an adjective or a noun.
_FUNCTION = (
    r"(?:de|des|du|la|le|les|et|ou|en|au|aux|à|par|pour|sur|dans|avec|sans|qui|que|dont|ne|"
    r"se|sa|son|ses|leur|leurs|est|a|ont|sont|été|plus|très|mais|puis|lors|dès|vers|chez)"
)
_MOD = rf"(?:(?:de|des|du)[ \t]+)?(?!{_FUNCTION}(?![\w-]))[a-zéèêëàâîïôûç][a-zéèêëàâîïôûç-]{{2,}}"


@functools.lru_cache(maxsize=4)
def _landmark_regex(facility_nouns: tuple[str, ...]) -> re.Pattern:
    """A facility noun, up to three lower-case words describing it (checked against the
    parse, see :func:`_describes`), "de"/"du"..., then up to five capitalised words (compiled
    once per noun list, not per article)."""
    nouns = "|".join(re.escape(n) for n in facility_nouns)
    return re.compile(
        rf"(?<![\w-])(?i:{nouns})(?P<pl>s|x)?(?P<adj>(?:[ \t]+{_MOD}){{1,3}})?"
        rf"[ \t]+(?P<of>(?:de[ \t]+la|de[ \t]+l'|du|des|de|d')[ \t]*)?"
        rf"(?P<name>{_CAP}(?:[ \t]+(?:de[ \t]+|du[ \t]+|des[ \t]+|d'|l')?{_CAP}){{0,4}}"
        rf"(?:[ \t]+(?:du|de[ \t]+la|des)[ \t]+(?:peuple|nation|république|paix|gouvernement))?)"
    )


def landmarks(text: str, body: int, gz: Gazetteer, tv: TokenView | None = None) -> list[Mention]:
    """Named sites: "palais de la X", "place de l'X", "ambassade du X", "champ X Y", "port
    autonome de X"; a part of a building names the building ("dans le foyer de la Chambre
    X": Chambre X)."""
    parts = tuple(gz.kb.get("building_parts", []))
    rx = _landmark_regex(tuple(gz.kb.get("facility_nouns", [])) + parts)
    keyed = key_text(text)
    out = []
    for m in rx.finditer(text, body):
        if not text[m.start("name")].isupper():
            continue
        if m.group("adj") and not _describes(m, tv):
            continue  # "le port accueille des X": a verb, not a site's description
        s, e = m.start("name"), m.end("name")
        whole = key(text[m.start() : e])
        if not m.group("of") and whole in gz.cities or whole in gz.phrases:
            continue  # "Port Harcourt": a town's name; "îles Éparses": a known place
        if m.group("of") and town_institution(m, text, gz):
            continue  # "l'Université de Bouaké": the town, as the city finder reads it
        if affiliation(m, tv):
            continue  # "X, professeure à l'université Y": where X works, no place of the story
        while e > s and text[e - 1] in ".'-":
            e -= 1
        e = _adjective_tail(tv, e)  # "le siège de l'Union africaine", "des Nations unies"
        town = _trailing_town(text, keyed, s, e, gz)
        if town is not None:  # "l'aéroport international X de Dakar": X, in Dakar
            out.append(_site_in_town(m, text, s, town))
            continue
        found = _landmark_at(m, text, keyed, (s, e), gz, tv)
        if found is not None:
            out.append(found)
    return out


def _landmark_at(
    m: re.Match, text: str, keyed: str, span: tuple[int, int], gz: Gazetteer, tv
) -> Mention | None:
    """The site a facility-noun match names (its name at ``span``), the known place inside
    it when its noun only says what kind of place it is ("les ports fluviaux du Pará"), or
    None when it is no site."""
    s, e = span
    noun = text[m.start() : m.end()].split()[0].lower().rstrip("sx")
    k = " ".join(keyed[s:e].split())
    towns, states = gz.cities.get(k) or [], gz.states.get(k) or []
    if k in gz.phrases:
        inner_cands, via = gz.phrases[k], "phrase"
    else:
        inner_cands, via = towns + states, "city"
    inner = Mention(s, e, list(inner_cands), via)
    plural = bool(m.group("pl"))  # "les ports du Pará": sites in a known place
    rel = bool(m.group("adj")) and _RELATIONAL.fullmatch(m.group("adj")) is not None
    rel = rel or _feature_of_area(noun, via, inner_cands)
    # "l'aéroport international du Bahreïn" is a site of its own, "les ports du Bahreïn" not
    own = not plural and noun in place_words("country_named_sites")
    own = own and all(c.kind == "country" for c in inner_cands)
    if inner_cands and (rel or plural) and (via != "city" or states or plural) and not own:
        inner.alias = text[s:e]
        return inner  # "les ports fluviaux du Pará": the place is the Pará
    if _no_site(m, noun, inner_cands, tv, e):
        return None
    return _named_site(m, text, (s, e), noun, inner if inner_cands else None, rel, gz)


_AREAS = frozenset(("sea", "region", "continent"))  # a country: see _no_site


def _feature_of_area(noun: str, via: str, cands: list[Entry]) -> bool:
    """ "un archipel du Pacifique", "une oasis du Sahara": a natural feature of a whole sea or
    region (``geographic_generics``) describes where it is, it is no site of that name."""
    return via == "phrase" and noun in _generic_features() and cands[0].kind in _AREAS


@derived
def _generic_features() -> frozenset[str]:
    """The natural-feature nouns, as :func:`_landmark_at` writes them (no plural mark)."""
    return frozenset(n.lower().rstrip("sx") for n in place_words("natural_nouns"))


def _no_site(m: re.Match, noun: str, inner_cands: list[Entry], tv, e: int) -> bool:
    """ "au centre de Kidal" (the town), "le siège de la Nouvelle banque" (a body), "la place
    de la France" (a country): no site of their own."""
    if noun in place_words("generic_site_nouns") and (
        (inner_cands and not m.group("adj"))
        or _name_goes_on(tv, e)
        or re.search(r",\s*\Z", m.string[max(0, m.start() - 3) : m.start()]) is not None
    ):
        return True  # "Addis-Abeba, siège de l'Union Y": the apposition describes the town
    country = bool(inner_cands) and all(c.kind == "country" for c in inner_cands)
    # "l'ambassade du Mali" is abroad, "l'aéroport international des Comores" at home
    kept = ("ambassade", "consulat", *place_words("country_named_sites"))
    return country and noun not in kept


def _named_site(
    m: re.Match,
    text: str,
    span: tuple[int, int],
    noun: str,
    inner: Mention | None,
    rel: bool,
    gz: Gazetteer,
) -> Mention:
    """ "le palais de X" is the site's name; "le champ X", "les centrales géothermiques
    d'X": the bare name X is an alias (and the name when the noun is generic). "l'aéroport
    international de X" for a known town X keeps its noun: the site is not the town (the
    town is its alias)."""
    s, e = span
    parts = gz.kb.get("building_parts", [])
    keep_noun = bool(m.group("of")) and (not rel or inner is not None)
    keep_noun = keep_noun or text[m.start()].isupper()  # "Camp X", "Place Y": the name's
    begin = m.start() if keep_noun or noun in place_words("natural_nouns") else s
    if noun in parts or noun + "s" in parts:  # "le foyer de la Chambre X": the Chambre X
        begin, e = s, _institution_tail(text, e)
    lm = Mention(begin, e, [], "landmark", inner=inner)
    lm.alias = text[s:e]
    lm.names = (text[m.start() : e],)  # "pont X" as well as "X"
    if m.group("adj") and not rel and m.group("of"):  # "palais présidentiel de X"
        lm.names += (text[m.start() : m.end("adj")],)
    return lm


def _next_word(tv: TokenView, end: int) -> int:
    """The first token at or after offset ``end``, spaces skipped (``len(tv)`` if none)."""
    k = bisect.bisect_left(tv.idx, end)
    while k < len(tv) and tv.space[k]:
        k += 1
    return k


def _adjective_tail(tv: TokenView | None, end: int) -> int:
    """The end of a site's name that goes on with lower-case adjectives after its capitalised
    words ("l'Union africaine", "des Nations unies"): at most two."""
    if tv is None:
        return end
    for _ in range(2):
        k = _next_word(tv, end)
        if k >= len(tv) or tv.cap[k] or tv.pos[k] != "ADJ" or not tv.alpha[k]:
            break
        end = tv.end[k]
    return end


def _name_goes_on(tv: TokenView | None, end: int) -> bool:
    """The capitalised words end at ``end`` but the name goes on with a lower-case noun ("la
    Nouvelle banque de développement"): the name of a body, not of a site."""
    if tv is None:
        return False
    k = _next_word(tv, end)
    return k < len(tv) and not tv.cap[k] and tv.pos[k] == "NOUN"


_RELATIONAL = re.compile(rf"[ \t]+{_ADJ}")


def _describes(m: re.Match, tv: TokenView | None) -> bool:
    """The lower-case words between a facility noun and its name describe the site: a
    relational adjective ("géothermiques"), else adjectives and nouns ("autonome", "des
    congrès") by the parse: no verb, no adverb, no pronoun ("le port accueille des X")."""
    if _RELATIONAL.fullmatch(m.group("adj")):
        return True
    if tv is None:
        return False
    lo, hi = m.start("adj"), m.end("adj")
    i = bisect.bisect_left(tv.idx, lo)
    words = range(i, bisect.bisect_left(tv.idx, hi))
    allowed = ("ADJ", "NOUN", "ADP", "DET", "PROPN")
    return bool(words) and all(tv.pos[k] in allowed or tv.space[k] for k in words)


# the lower-case rest of an institution's name: "Chambre des communes", "Assemblée nationale"
_TAIL = re.compile(
    rf"[ \t]+(?:(?:des|du|de[ \t]+la|de[ \t]+l'|d')[ \t]*[a-zéèêëàâîïôûç-]{{3,}}|{_ADJ})\b"
)


def _institution_tail(text: str, e: int) -> int:
    """The end of a building's name that goes on in lower case after its capitalised word
    ("la Chambre des communes", "l'Assemblée nationale"): at most two more words."""
    for _ in range(2):
        m = _TAIL.match(text, e)
        if m is None:
            break
        e = m.end()
    return e


_OF_TOWN = re.compile(r"[ \t]+(?:de[ \t]+|du[ \t]+|d')")


def _trailing_town(text: str, keyed_text: str, s: int, e: int, gz: Gazetteer):
    """The known town or country that ends a site's name after "de" ("Blaise-Diagne de
    Dakar", "Radisson Blu de Bamako"): (its start, its readings), or None. The site is named
    by what comes before; the town is where it lies, and a place of its own."""
    for of in _OF_TOWN.finditer(text, s, e):
        k = " ".join(keyed_text[of.end() : e].split())
        if k in gz.cities:
            return of.start(), of.end(), list(gz.cities[k]), "city"
        if k in gz.phrases:
            return of.start(), of.end(), list(gz.phrases[k]), "phrase"
    return None


def _site_in_town(m: re.Match, text: str, s: int, town: tuple) -> Mention:
    """The site of a facility-noun match whose name ends with a known town: the site spans
    the noun and its own name ("aéroport international Blaise-Diagne"), the town is its
    inner place (and is left free for the city finder)."""
    cut, town_start, cands, via = town
    inner = Mention(town_start, m.end("name"), cands, via)
    lm = Mention(m.start(), cut, [], "landmark", inner=inner)
    lm.alias = text[s:cut]
    lm.names = (text[m.start() : m.end("name")],)
    return lm


@derived
def _seat_regex() -> re.Pattern:
    phrases = sorted(place_words("seat_phrases"), key=len, reverse=True)
    alt = "|".join(re.escape(keyed(p)).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.I)


def seats(text: str, body: int) -> list[Mention]:
    """Seats of power named by their kind, not by a name: "le palais présidentiel", "le
    Palais royal". They lie in the town the story is in, else in the capital of its state
    (see :func:`~analysis.extract.context.places.resolve.place_landmarks`)."""
    keyed_text = key_text(text)
    out = []
    for m in _seat_regex().finditer(keyed_text, body):
        out.append(Mention(m.start(), m.end(), [], "landmark", seat=True))
    for m in _ARRIVAL_SITE.finditer(keyed_text, body):  # "accueilli à l'aéroport par"
        out.append(Mention(m.start("site"), m.end("site"), [], "landmark", seat=True))
    return out


# the airport a visitor lands at, named by its kind alone ("accueilli à l'aéroport par X",
# "depuis l'aéroport"): a site of the town the story is in, like a seat named by its kind (a
# named one, "l'aéroport de X", is a landmark found before; keyed text: no accents)
_ARRIVAL_SITE = re.compile(r"(?<![\w-])(?:a|depuis|vers|devant) l\s*(?P<site>aeroport)(?![\w-])")


def person_words(doc: Doc) -> set[str]:
    """Words of multi-word person names: "Moriyama" in "Kenji Moriyama" is not a city."""
    tv = view(doc)
    lower, alpha = tv.lower, tv.alpha
    out = set()
    for start, end, label in tv.ents:
        if label == "PER" and end - start >= 2:
            out.update(lower[k] for k in range(start, end) if alpha[k])
    return out


def named_countries(mentions: list[Mention], doc: Doc, gz: Gazetteer) -> frozenset[str]:
    """The countries the article names by a gazetteer phrase ("Brésil") or a demonym
    ("brésilien"): where its towns are expected."""
    out = {m.candidates[0].country for m in mentions if m.candidates}
    out |= set(demonym_countries(doc, gz))
    return frozenset(c for c in out if c)


def demonym_countries(doc: Doc, gz: Gazetteer) -> list[str]:
    """The country of each nationality word of ``doc``, in text order ("américaine",
    "sud-africains", "éthiopien"): the demonyms are keyed like place names, without accents,
    so a token is looked up by its key, not its lower-case form. Read once per Doc and
    gazetteer (by identity): the places step asks twice, each read walks every token."""
    if (memo := doc_state(doc).get("demonym_countries")) is not None and memo[0] is gz:
        return list(memo[1])
    tv = view(doc)
    out = []
    for w, a in zip(tv.lower, tv.alpha, strict=True):
        if not (a or "-" in w):
            continue
        iso = gz.demonyms.get(key(w))
        if iso:
            out.append(iso)
    doc_state(doc)["demonym_countries"] = (gz, tuple(out))
    return out


def city_mentions(
    doc: Doc, article: Article, gz: Gazetteer, persons: set[str], named: frozenset[str]
):
    """Capitalised token sequences (up to five tokens) found in the city index."""
    tv = view(doc)
    cap, text, space, punct = tv.cap, tv.text, tv.space, tv.punct
    n = len(doc)
    i = 0
    while i < n:
        if not (cap[i] and (tv.alpha[i] or "-" in text[i] or _elided(text[i]) or _glued(tv, i))):
            i += 1
            continue
        best = None
        # a sequence holds no space and no punctuation but "-'.": it ends before `stop`
        stop = next(
            (x for x in range(i, min(n, i + 5)) if space[x] or punct[x] and text[x] not in "-'."),
            n,
        )
        article_word = _contracted_article(tv, i)
        for j in range(min(n, i + 5, stop), i, -1):
            if not (cap[j - 1] or (j - 2 >= i and _glued(tv, j - 2))) or space[j - 1]:
                continue  # "Xi'an", "Sana'a": a lower-case syllable glued after an apostrophe
            k = key(article.text[tv.idx[i] : tv.end[j - 1]])
            if article_word and f"{article_word} {k}" in gz.cities:  # "au Caire": Le Caire
                best = (j, gz.cities[f"{article_word} {k}"], article_word)
                break
            if k in gz.cities:
                best = (j, gz.cities[k], "")
                break
        if best is None:
            i += 1
            continue
        j, cands, article_word = best
        k_span = key(article.nlp_text[tv.idx[i] : tv.end[j - 1]])  # the Doc's text
        if k_span in gz.states and _state_lead(tv, i) is not None:
            i = j  # "l'État de São Paulo": the state, not the town
            continue
        if not article_word:  # "du Pará": a state or a town; "au Plateau": the town "Le Plateau"
            cands = list(cands) + gz.states.get(k_span, [])
        if _plausible_city(tv, i, j, cands, persons, named) and not _other_named_thing(
            tv, i, j, cands, named
        ):
            end = tv.end[j - 1]
            while (
                text[j - 1].endswith("-") and end > tv.idx[i] + 1 and article.text[end - 1] == "-"
            ):
                end -= 1  # a dateline glued to its dash: "Abidjan- Le président..."
            m = Mention(tv.idx[i], end, list(cands), "city")
            if article_word:  # the name with its article, for the aliases: "Le Caire"
                m.alias = f"{article_word.capitalize()} {article.text[m.start : m.end]}"
            yield m
        i = j


def _elided(word: str) -> bool:
    """A capital and an apostrophe: the first syllable of "N'Djamena", "D'Kar"."""
    return len(word) == 2 and word[1] in "'’"


def _glued(tv: TokenView, i: int) -> bool:
    """A capitalised syllable ending in an apostrophe and glued to the next word, a lower-case
    one: the first half of a transliterated name ("Xi'an", "Sana'a", "Ta'izz"), which the
    parser splits. Only the city index can make a town of it ("Aujourd'hui" is none)."""
    w = tv.text[i]
    return (
        len(w) >= 3
        and w[-1] in "'’"
        and w[:-1].isalpha()
        and i + 1 < len(tv.text)
        and tv.end[i] == tv.idx[i + 1]
        and tv.text[i + 1].isalpha()
        and tv.text[i + 1].islower()
    )


# "au", "du", "aux", "des" hold the article of a city's name: "au Caire" is "à Le Caire"
_CONTRACTED = {"au": "le", "du": "le", "aux": "les"}


def _contracted_article(tv: TokenView, i: int) -> str:
    """The article a contraction right before token ``i`` holds ("le" after "au", "du")."""
    return _CONTRACTED.get(tv.lower[i - 1], "") if i > 0 else ""


def _state_lead(tv: TokenView, i: int) -> int | None:
    """Start token of "État de", "province du", "région d'" right before token ``i``."""
    j = i - 1
    if j >= 0 and tv.lower[j] in ("de", "du", "d'", "des"):
        j -= 1
        if j >= 0 and tv.lower[j] in place_words("state_words"):
            return j
    return None


def state_mentions(doc: Doc, article: Article, gz: Gazetteer, context: set, persons: set[str]):
    """Subdivisions of the countries the article names ("du Mato Grosso", "État de X"); a
    lone word that starts a person's name is not one ("Vladimir" of "Vladimir Poutine")."""
    tv = view(doc)
    text, space, punct = tv.text, tv.space, tv.punct
    n = len(doc)
    i = 0
    while i < n:
        if not tv.cap[i] or space[i]:
            i += 1
            continue
        found = None
        # a name holds no space and no punctuation but "-": it ends before `stop`
        stop = next(
            (x for x in range(i, min(n, i + 4)) if space[x] or punct[x] and text[x] != "-"), n
        )
        for j in range(min(n, i + 4, stop), i, -1):
            cands = gz.states.get(key(article.text[tv.idx[i] : tv.end[j - 1]]))
            if cands:
                found = (j, cands)
                break
        if found is None:
            i += 1
            continue
        j, cands = found
        local = [c for c in cands if c.country in context]
        lead = _state_lead(tv, i)
        if not local and lead is not None and tv.lower[max(lead - 1, 0)] not in ("d'", "d’"):
            name = key(article.text[tv.idx[i] : tv.end[j - 1]])  # not "ministre d'État de X"
            local = announced_subdivision(cands, name, gz)  # "l'État de X", country unnamed
        if local and not (j - i == 1 and (tv.stop[i] or _first_name(tv, i, lead, persons))):
            start = tv.idx[lead] if lead is not None else tv.idx[i]
            if lead is not None and text[lead][:1].islower() and lead > 0:
                start = tv.idx[lead]
            m = Mention(start, tv.end[j - 1], local[:1], "state")
            m.alias = article.text[tv.idx[i] : tv.end[j - 1]]
            yield m
        i = j


def _first_name(tv: TokenView, i: int, lead: int | None, persons: set[str]) -> bool:
    """Token ``i`` is a word of a person's name, or is followed by another capitalised word
    ("Vladimir Poutine"), and no "région de" leads it."""
    if lead is not None:
        return False
    k = i + 1
    nxt_cap = k < len(tv) and not tv.space[i] and tv.cap[k] and tv.alpha[k]
    return tv.lower[i] in persons or nxt_cap


def _acronym(tv: TokenView, i: int, j: int, cands: list[Entry]) -> bool:
    """One upper-case token of 2-5 letters ("FAR", "POOL", "DR") is an acronym or a credit,
    not a town, unless a capital or a big city, or the dateline that opens a line ("GAO
    (AFP) -", "KANO, 3 mars")."""
    word = tv.text[i]
    if j - i != 1 or not (word.isupper() and 2 <= len(word) <= 5):
        return False
    if _dateline(tv, i):
        return False
    return not any(c.capital or c.population >= 500000 for c in cands)


def _dateline(tv: TokenView, i: int) -> bool:
    """Token ``i`` opens a line and a dateline mark follows it: "(", ",", a dash or a colon."""
    text = tv.doc_text
    start = tv.idx[i]
    if start > 0 and text[start - 1] != "\n":
        return False
    return re.match(r"[ \t]*[(,:–—-]", text[tv.end[i] : tv.end[i] + 3]) is not None


def _dash_dateline(tv: TokenView, i: int, j: int) -> bool:
    """Tokens [i, j) open a line and a dash follows them: "Rabat - ", "Le Caire – "."""
    text, start = tv.doc_text, tv.idx[i]
    if start > 0 and text[start - 1] != "\n":
        return False
    return re.match(r"[ \t]*[–—-][ \t]", text[tv.end[j - 1] : tv.end[j - 1] + 3]) is not None


def _plausible_city(
    tv: TokenView,
    i: int,
    j: int,
    cands: list[Entry],
    persons: set[str],
    named: frozenset[str] = frozenset(),
) -> bool:
    """Tokens [i, j) name a town, not a word of a person's or another thing's name."""
    if _acronym(tv, i, j, cands) or _common_word(tv, i, j):
        return False
    if j - i == 1 and tv.text[i].isupper() and _dateline(tv, i):
        return True  # "GAO (AFP) -": the town the story is filed from
    if _dash_dateline(tv, i, j) and any(c.capital or c.population >= 100000 for c in cands):
        return True  # "Rabat - Le ministre ...": spaCy runs the town into the next words
    ent = tv.ents[tv.ent_at[i]] if tv.ent_at[i] >= 0 else None  # (start, end, label)
    if _lone_common_word(tv, i, j, persons) or _in_compound(tv, i, j):
        return False
    if prev_word(tv, i) in place_words("organisation_nouns"):
        return False  # "le groupe X", "le quotidien Y": a name in apposition, not a town
    if ent is not None and _part_of_other_name(tv, i, j, ent, cands, named):
        if not _located_town(tv, i, j, cands, named):
            return False
    sent_start = tv.tokens[i].is_sent_start or (i > 0 and tv.space[i - 1])
    if sent_start and (ent is None or ent[2] != "LOC"):
        # a capital after a line break may be any word: only a big town is trusted there
        return any(c.population >= 100000 or c.capital for c in cands)
    return True


def _common_word(tv: TokenView, i: int, j: int) -> bool:
    """One capitalised common French word that some town also bears ("Union", "Golfe",
    "Mission": ``actors_not_cities``, the list the actors read), not led by "à", "vers"...:
    it opens a sentence or names a body ("l'Union des Comores"), it is no town abroad that
    would then anchor the article's sites."""
    if j - i != 1 or norm_key(tv.text[i]) not in word_set("actors_not_cities", "common_words"):
        return False
    return prev_word(tv, i) not in place_words("strong_locatives")


def _located_town(tv: TokenView, i: int, j: int, cands: list[Entry], named: frozenset[str]) -> bool:
    """ "à Kaya", "vers Bahir Dar": after a locative, a known town of some weight (a capital,
    a city of 100,000, a town of a country the article names) is the town, whatever spaCy's
    entity says: it tags unfamiliar names as persons, or runs them into the next words ("à
    Kaya pour des entretiens"), but a capitalised word after the town makes it the name of
    something else ("à Hyderabad House")."""
    if prev_word(tv, i) not in place_words("strong_locatives"):
        return False
    if j < len(tv) and tv.cap[j] and tv.alpha[j] and not tv.space[j - 1]:
        return False
    return any(c.capital or c.population >= 100000 or c.country in named for c in cands)


def _other_named_thing(
    tv: TokenView, i: int, j: int, cands: list[Entry], named: frozenset[str]
) -> bool:
    """Tokens [i, j) are a whole person or organisation entity ("le président élu X", "le
    groupe Y"), not led by "à", "vers"..., and no reading is a capital, a big city or a town of
    a country the article names: a homonymous town far away is not meant."""
    at = tv.ent_at[i]
    if at < 0:
        return False
    start, end, label = tv.ents[at]
    if label not in ("PER", "ORG") or (start, end) != (i, j) or _dateline(tv, i):
        return False
    if prev_word(tv, i) in place_words("strong_locatives"):
        return False
    return not any(c.capital or c.population >= 500000 or c.country in named for c in cands)


def _lone_common_word(tv: TokenView, i: int, j: int, persons: set[str]) -> bool:
    """One token that is a stop word, an article, or a word of a person's name not led by
    "à", "de", "en" ("Moriyama" in "Kenji Moriyama ... Moriyama a dit")."""
    if j - i != 1:
        return False
    lower = tv.lower
    if tv.stop[i] or lower[i] in place_words("articles"):
        return True
    return lower[i] in persons and prev_word(tv, i) not in ("à", "de", "en")


def _in_compound(tv: TokenView, i: int, j: int) -> bool:
    """A half of a hyphenated compound ("Croix-Rouge")."""
    text = tv.text
    return (i > 0 and text[i - 1] == "-") or (j < len(tv) and text[j] == "-")


def _part_of_other_name(
    tv: TokenView,
    i: int,
    j: int,
    ent: tuple[int, int, str],
    cands: list[Entry],
    named: frozenset[str] = frozenset(),
) -> bool:
    """The tokens are inside a person's name ("Kenji Moriyama"; but "La Paz" mistagged as a
    whole person is kept when a capital or a big city) or a word of a longer name ("Dôme de
    fer"), unless led there by "de", "du", "à"... to a town of some weight ("Université de
    Nairobi"): a capital, a city of 100,000, a town of a country the article names. A small
    homonym abroad led there is a word of the name ("Cour internationale de Justice",
    "Organisation mondiale du Commerce")."""
    e_start, e_end, label = ent
    if label == "PER" and e_end - e_start >= 2:
        whole = e_start == i and e_end == j
        if not (whole and any(c.capital or c.population >= 500000 for c in cands)):
            return True
    if e_end - e_start > j - i and label != "PER":
        inner_prev = tv.lower[i - 1] if i > e_start else ""
        if inner_prev not in ("de", "d'", "du", "à", "au", "aux", "of"):
            return True
        return not any(c.capital or c.population >= 100000 or c.country in named for c in cands)
    return False
