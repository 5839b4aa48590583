"""Finding places no gazetteer phrase names: unknown towns spaCy tags, unknown multi-word
sites and capitalised names after a locative ("à Olkaria", "près de X"); each is placed
later at the nearest town (see :mod:`.resolve`)."""

from __future__ import annotations

from spacy.tokens import Doc

from analysis.document.tokens import TokenView, view
from analysis.extract.context.places.kb import Entry, Gazetteer, place_words
from analysis.extract.context.places.mention import Mention
from analysis.resources.gazetteer import place_key as key
from analysis.resources.gazetteer import small_towns, word_set
from analysis.resources.roles import person_roles


def prev_word(tv: TokenView, i: int) -> str:
    """The lower-case token before token ``i``, spaces skipped."""
    i -= 1
    while i >= 0 and tv.space[i]:
        i -= 1
    return tv.lower[i] if i >= 0 else ""


DETERMINERS = frozenset(
    "le la les l' l’ un une des du au aux ce cet cette ces son sa ses leur leurs notre".split()
)


def small_town_mentions(doc: Doc, text: str, gz: Gazetteer, countries: set[str]):
    """Places spaCy finds (LOC) that no gazetteer knows and that are towns of 1,000 to
    5,000 inhabitants of a country the article names ("le président malien a visité
    Tessalit"); homonyms elsewhere are not meant."""
    tv = view(doc)
    for start, end, label in tv.ents:
        if label != "LOC" or not tv.cap[start] or tv.stop[start] or tv.pos[start] != "PROPN":
            continue
        if prev_word(tv, start) in DETERMINERS:
            continue  # "l'Institut autrichien": a common noun, towns take no article
        k = key(text[tv.idx[start] : tv.end[end - 1]])
        if k in gz.phrases or k in gz.cities or k in gz.states:
            continue
        rows = [r for r in small_towns().get(k, []) if r[1] in countries]
        if rows:
            cands = [
                Entry(f"small:{iso}:{key(name)}", name, "city", iso, lat, lon, "geonames", pop)
                for name, iso, lat, lon, pop in rows
            ]
            yield Mention(tv.idx[start], tv.end[end - 1], cands, "city")


def site_mentions(doc: Doc, text: str, gz: Gazetteer, persons: frozenset[str] = frozenset()):
    """spaCy LOC/MISC entities of two capitalised words or more that no gazetteer knows
    (``persons``: the words of the article's person names, see :func:`_person_or_people`)."""
    tv = view(doc)
    articles = place_words("articles")
    heads = place_words("not_site_heads")  # "Accords d'Abraham", "Sommet de Tokyo"
    for start, end, label in tv.ents:
        if label not in ("LOC", "MISC") or tv.lower[start] in heads:
            continue
        if sum(tv.cap[start:end]) < 2 or tv.lower[start] in articles or tv.stop[start]:
            continue
        k = key(text[tv.idx[start] : tv.end[end - 1]])  # the entity's text
        if k in gz.phrases or k in gz.cities or _person_or_people(tv, start, end, k, gz, persons):
            continue
        yield Mention(tv.idx[start], tv.end[end - 1], [], "site")


def _person_or_people(
    tv: TokenView, start: int, end: int, k: str, gz: Gazetteer, persons: frozenset[str]
) -> bool:
    """An entity spaCy reads as a place that names a person by their title ("Secrétaire
    d'État X", "Envoyé spécial du président", "Capitaine Y": a person role opens it), by a
    common given name as a whole first word ("Youssef X"; "Marie-Galante" is not one), by a
    surname the article's person names end with ("Ali Ben X" after "M. Ben X"), or peoples by
    their demonyms only ("Israéliens et Palestiniens"): nothing to place."""
    words = k.split()
    roles = person_roles()
    if any(" ".join(words[:n]) in roles for n in range(1, min(len(words), 4) + 1)):
        return True
    caps = [i for i in range(start, end) if tv.cap[i] and tv.alpha[i]]
    if caps and tv.lower[caps[-1]] in persons and caps[-1] > start:
        return True
    if tv.text[start + 1] not in ("-", "'", "’") and key(tv.text[start]) in _given_names():
        return True
    return bool(caps) and all(key(tv.text[i]) in gz.demonyms for i in caps)


def _given_names() -> frozenset[str]:
    """Common given names of data/lexicons/quotes_given_names.yaml, folded."""
    return word_set("quotes_given_names", "feminine") | word_set("quotes_given_names", "masculine")


def located_names(doc: Doc, text: str, gz: Gazetteer, persons: set[str]):
    """Unknown capitalised names right after "à", "près de"...: "à State House", "à Olkaria".

    Names inside a person or organisation entity are left out; the site is then placed at
    the nearest town (see :func:`~analysis.extract.context.places.resolve.place_landmarks`).
    """
    tv = view(doc)
    lower = tv.lower
    n = len(doc)
    strong = place_words("strong_locatives")
    for i0, low in enumerate(lower):
        if low not in strong and not (low in ("de", "d'", "du") and _place_of(lower, i0)):
            continue
        i = i0 + 1
        if i < n and lower[i] in ("la", "l'", "le") and low in ("à", "de", "d'"):
            i += 1
        j = i
        while j < n and j - i < 4 and tv.alpha[j] and tv.cap[j]:
            j += 1
        if j == i or lower[i] in place_words("not_site_heads"):
            continue
        if not unknown_name(tv, i, j, persons):
            continue
        if j == i + 1 and key(tv.text[i]) in gz.demonyms:
            continue  # "aux Algériens", "à l'Allemande": people, not a town
        k = key(text[tv.idx[i] : tv.end[j - 1]])  # the span's text
        if k in gz.phrases or k in gz.cities:
            continue
        yield Mention(tv.idx[i], tv.end[j - 1], [], "site")


def _place_of(lower: list[str], i0: int) -> bool:
    """ "près de", "autour de", "la commune de", "les communes rurales de", "le village
    de": the "de" at ``i0`` leads the name of a place (a settlement noun, maybe with one
    adjective, before it)."""
    if i0 > 0 and lower[i0 - 1] in ("près", "autour"):
        return True
    nouns = place_words("settlement_nouns")
    return any(i0 - k >= 0 and lower[i0 - k] in nouns for k in (1, 2))


def unknown_name(tv: TokenView, i: int, j: int, persons: set[str]) -> bool:
    """Tokens [i, j) may be the name of a site: not in a person's or organisation's name,
    no stop word, and not the start of the name of something else ("aux Nouvelles routes de
    la soie")."""
    ents, ent_at, lower = tv.ents, tv.ent_at, tv.lower
    if any(ent_at[k] >= 0 and ents[ent_at[k]][2] in ("PER", "ORG") for k in range(i, j)):
        return False
    if any(tv.stop[k] or lower[k] in persons for k in range(i, j)):
        return False
    return not (j < len(tv) and (tv.text[j] in ("-", "'") or tv.pos[j] in ("NOUN", "ADJ")))
