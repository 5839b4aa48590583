"""Phases 0 and A: what the knowledge base knows.

Phase 0 finds every gazetteer phrase of the article (countries, capitals, demonyms,
periphrases, nationality adjectives, institution names); later rules read its results
(``Finder.gaz``, ``adj_end``, ``adj_start``) as evidence. Phase A makes mentions of the
knowledge-base institutions.
"""

from __future__ import annotations

from collections.abc import Container

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.records import Mention, Venue
from analysis.extract.actors.rules.acronyms import long_form
from analysis.extract.actors.rules.redefined import redefined_acronyms
from analysis.extract.actors.rules.title_bodies import title_complement
from analysis.extract.actors.text import Text
from analysis.extract.actors.vocab import known_people as _people
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import (
    GazHit,
    Institution,
    PhraseIndex,
    adjective_index,
    countries,
    fold,
    norm_key,
    phrase_index,
    word_set,
)

# gazetteer kinds that say which countries the article is about
_COUNTRY_KINDS = ("country", "capital", "noun", "adjective", "periphrase")
# the seas whose names take an adjective in either case ("le golfe persique")
_SEAS = ("ocean", "golfe", "mer")
# kinds that name one state without ambiguity
_NAMED_KINDS = ("country", "capital", "periphrase")


def scan_gazetteer(f: Finder) -> None:
    """Phase 0: the longest gazetteer phrase at each word, when its case fits (a capital
    is capitalised, a nationality adjective is not)."""
    t = f.t
    ws, idx = t.ws, phrase_index()
    firsts = idx.by_first
    i = 0
    while i < len(ws):
        if ws[i].key not in firsts:  # no listed phrase starts with this word
            i += 1
            continue
        best = next(
            (
                (n, hit, phrase)
                for n, hit, phrase in idx.match_at(ws, i)
                if (
                    case_fits(hit, phrase, t.span_text(i, i + n))
                    or _other_case_fits(f, i, hit, phrase, t.span_text(i, i + n))
                )
                and not (hit.kind == "institution" and _hyphenated(t, i, i + n, firsts))
            ),
            None,
        )
        if best is None or best[1].kind == "noun":
            best = _capitalised_adjective(f, i) or best
        if best is not None and _names_a_feature(f, i, best[1]):
            best = None
        if best is None:
            i += 1
            continue
        n, hit, phrase = best
        f.gaz[i] = (i + n, hit, phrase)
        if hit.kind == "adjective" and not compound_adjective(t, i, i + n):
            f.adj_end[i] = (i + n, hit.ref)
            f.adj_start[i + n - 1] = i
        if hit.kind in _COUNTRY_KINDS:
            f.article_isos.add(hit.ref)
        i += n
    _ambiguous_adjectives(f)


def _ambiguous_adjectives(f: Finder) -> None:
    """ "congolais" names two states (CG, CD): in an article that names one of them by its
    name or capital ("Kinshasa", "la RDC") and not the other, the adjective is that one's.
    So is the one-word name the two share ("le Congo", "l'est du Congo" — in a story
    of the RDC the press says "le Congo" for it too): it names neither on its own."""
    shared = shared_short_names()
    named = {
        hit.ref
        for _j, hit, p in f.gaz.values()
        if hit.kind in _NAMED_KINDS and not (hit.kind == "country" and fold(p) in shared)
    }
    for i, (j, hit, p) in list(f.gaz.items()):
        pair = shared.get(fold(p)) if hit.kind == "country" else None
        cands = [iso for iso in pair or () if iso in named]
        if len(cands) == 1 and cands[0] != hit.ref:
            f.gaz[i] = (j, GazHit(hit.kind, cands[0]), p)
            f.article_isos.add(cands[0])
    for i, (j, _iso) in list(f.adj_end.items()):
        isos = adjective_index().get(fold(f.t.span_text(i, j)), ())
        if len(isos) < 2:
            continue
        cands = [iso for iso in isos if iso in named]
        if len(cands) == 1:
            f.adj_end[i] = (j, cands[0])
            hit = f.gaz[i][1]
            f.gaz[i] = (j, GazHit(hit.kind, cands[0]), f.gaz[i][2])
            f.article_isos.add(cands[0])


@derived
def shared_short_names() -> dict[str, tuple[str, ...]]:
    """Folded one-word country names that are also a word of the name of another state
    with the same nationality adjective ("Congo": CG, and CD "République démocratique du
    Congo", both "congolais") -> the states they may name."""
    cs = list(countries().values())
    out: dict[str, tuple[str, ...]] = {}
    for a in cs:
        for name in a.names:
            if len(name.split()) != 1:
                continue
            key = fold(name)
            others = tuple(
                b.iso2
                for b in cs
                if b.iso2 != a.iso2
                and set(a.adjectives) & set(b.adjectives)
                and any(key in fold(n).replace("-", " ").split() for n in b.names)
            )
            if others:
                out[key] = (a.iso2, *others)
    return out


def _names_a_feature(f: Finder, i: int, hit: GazHit) -> bool:
    """ "le golfe Persique", "le plateau Tibétain": a capitalised demonym right after the
    noun of a sea or a landform is part of the feature's name, no nationality nor people;
    after "océan", "golfe" or "mer" in any case ("le golfe persique")."""
    before = f.t.key(i - 1)
    return (
        hit.kind in ("noun", "adjective")
        and (f.is_cap(i) or before in _SEAS)
        and before in f.words["natural_features"]
        and not f.punct_before(i)
    )


def _capitalised_adjective(f: Finder, i: int) -> tuple | None:
    """ "le chef de la diplomatie Algérienne", "le ministre Français": a nationality adjective
    written with a capital (a common slip) right after a lowercase common noun is still the
    adjective of that noun, not a demonym ("les Français" follows a determiner)."""
    t = f.t
    if i < 1 or not f.is_cap(i) or f.punct_before(i) or f.is_cap(i - 1):
        return None
    if f.pos(i - 1) != "NOUN" or t.key(i - 1) in f.words["determiners"]:
        return None
    return next(
        (
            (n, hit, phrase)
            for n, hit, phrase in phrase_index().match_at(t.ws, i)
            if hit.kind == "adjective"
        ),
        None,
    )


def case_fits(hit: GazHit, phrase: str, text: str) -> bool:
    """The text's case fits the kind of phrase: "israélien" (adjective) is lowercase,
    "Israël" and "Israéliens" are capitalised, an acronym is all capitals, a state's
    too ("EAU" is the Emirates, "l'Office de l'Eau" or "Eau, électricité" is water)."""
    if hit.kind == "adjective":
        return text[:1].islower()
    letters = [c for c in phrase if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return all(c.isupper() for c in text if c.isalpha())
    if hit.kind in ("country", "capital", "noun"):
        return text[:1].isupper()
    if phrase[:1].isupper():
        return text[:1].isupper() and _inner_capitals_fit(phrase, text)
    return True


def _other_case_fits(f: Finder, i: int, hit: GazHit, phrase: str, text: str) -> bool:
    """Two press spellings of a known body that :func:`case_fits` refuses: a name whose first
    word is a common noun and whose later words carry the capitals ("le quai d'Belport" for
    "Quai d'Belport", "le palais de Vermont": the capital of the proper part marks the name,
    the common noun is often lowercase), and an acronym of four letters or more written in
    title case after an article ("la Ulpa", "de l'Ocma": French typography writes an acronym
    read as a word so), never bare (a first name may look so)."""
    if hit.kind != "institution":
        return False
    words = phrase.split()
    if len(words) >= 2 and phrase[:1].isupper() and text[:1].islower():
        inner = [w for w in words[1:] if any(c.isupper() for c in w)]
        if inner and (text[:1].upper() + text[1:]).replace("’", "'") == phrase.replace("’", "'"):
            return True
    letters = [c for c in phrase if c.isalpha()]
    if len(words) != 1 or len(letters) < 4 or not all(c.isupper() for c in letters):
        return False
    return text == phrase[:1] + phrase[1:].lower() and f.t.key(i - 1) in f.words["determiners"]


def _inner_capitals_fit(phrase: str, text: str) -> bool:
    """ "Le Soir" (a newspaper) is not "Le soir," opening a sentence: past its first word, a
    capitalised word of a name is capitalised in the text too."""
    p_words, t_words = phrase.split(), text.split()
    if len(p_words) != len(t_words):
        return True
    return all(
        not p[:1].isupper() or w[:1].isupper()
        for p, w in zip(p_words[1:], t_words[1:], strict=True)
    )


def compound_adjective(t: Text, i: int, j: int) -> bool:
    """ "israélo-marocaines", "franco-allemand": a relation between two countries, not a
    nationality."""
    before = t.article.text[t.ws[i].start - 1 : t.ws[i].start] if t.ws[i].start else ""
    after = t.article.text[t.ws[j - 1].end : t.ws[j - 1].end + 1]
    return (before == "-" and t.ws[i - 1].key.endswith("o")) or (
        after == "-" and t.ws[j - 1].key.endswith("o")
    )


def institutions(f: Finder) -> None:
    """Phase A: a knowledge-base institution ("l'AFP", "Al-Ahram") is an actor whose type
    and country are known; a cue before it is kept ("le quotidien Al-Ahram")."""
    redefined = redefined_acronyms(f, long_form)  # "les Forces de sauvegarde républicaines (RSF)"
    for i, (j, hit, _phrase) in f.gaz.items():
        if hit.kind != "institution" or _inside_other_body(f, i, j, hit.ref):
            continue
        if j == i + 1 and f.t.key(i) in redefined:
            continue
        inst = hit.ref
        ws = f.t.ws
        m = Mention(
            ws[i].start,
            ws[j - 1].end,
            inst.type,
            institution_key(inst),
            inst.name,
            "name",
            inst.country,
            3,
            fixed_country=True,
        )
        kind, cue, _st, _isos = f.cue_before(i)
        m.cue = cue if kind in ("media", "company", "organisation") else None
        speaks = "," in f.t.gap(j) and f.t.key(j) == "on"  # "À l'Élysée, on souligne"
        if inst.office and f.venue_prep(i, context=True) and not speaks:
            # "reçu à l'Élysée", "au Kremlin": the seat as a place, where the meeting is
            m.actor_position = False
            if inst.country:
                f.venues.append(Venue(m.start, inst.country))
        elif founding_text_complement(f, i):
            m.actor_position = False  # dropped unless another mention of it acts
        # a state's body inside its head's title ("le président du Sénat X") is no row; an
        # international one ("la commissaire de l'Union africaine Y") stays a party
        national = inst.type == "organisation" and inst.country is not None
        m.in_title = national and title_complement(f, i)
        f.add(m)


def founding_text_complement(f: Finder, i: int) -> bool:
    """ "la Charte de l'ONU", "l'Acte constitutif de l'Union X": a body
    named as the complement of one of its founding texts (``founding_texts``) is what the
    text belongs to; the article invokes the text (a speaker cites its principles), the
    body does nothing."""
    t = f.t
    k = i - 1 if t.key(i - 1) in ("la", "l", "le", "les") else i
    if t.key(k - 1) not in ("de", "des", "du", "d") or f.punct_before(k) or f.punct_before(k - 1):
        return False
    texts = word_set("actors_words", "founding_texts")
    return any(t.prev_phrase(k - 1, n) in texts for n in (1, 2))


def _inside_other_body(f: Finder, i: int, j: int, inst: Institution) -> bool:
    """The institution's name is part of another body's name: a capitalised word glued
    before it ("Centre Al-Ahram d'études ...", "Haut Conseil de sécurité ..."), or, for an
    international body, a nationality adjective right after it ("le Conseil de sécurité
    algérien" is a national council, not the UN's) or an adjective of a state's own body
    (``national_qualifiers``: "le Conseil de sécurité nationale" of a state)."""
    t = f.t
    prev = t.ws[i - 1].text if i > 0 else ""
    glued = (
        f.is_cap(i - 1)
        and not prev.isupper()
        and not f.punct_before(i)
        and not f.sentence_start(i - 1)
        and t.key(i - 1) not in f.words["determiners"]
        and (i - 1) not in f.gaz
    )
    national = (
        inst.country is None
        and (j in f.adj_end or t.key(j) in word_set("actors_words", "national_qualifiers"))
        and not f.punct_before(j)
    )
    return glued or national or _common_noun_name(f, i, j)


def _common_noun_name(f: Finder, i: int, j: int) -> bool:
    """A one-word name that is also a French noun ("Libération", "Croix", "Parisien") read
    as that noun: opening a sentence or heading before its complement ("Libération de deux
    gendarmes"), or the complement of another body's head ("le Front de Libération", "le
    Mouvement de Libération")."""
    t = f.t
    if j - i != 1 or t.ws[i].text.isupper():
        return False
    of = ("de", "du", "des", "d")
    if f.sentence_start(i) and t.key(j) in of and not f.punct_before(j):
        return True
    k = i - 1 - (t.key(i - 1) in ("la", "l", "le", "les"))
    return (
        t.key(k) in of
        and not f.punct_before(k + 1)
        and f.is_cap(k - 1)
        and t.key(k - 1) in f.words["organisation_heads"]
    )


def _hyphenated(t: Text, i: int, j: int, firsts: Container[str]) -> bool:
    """The name of words [i, j) is one part of a hyphenated compound word ("La Croix-Rouge"
    holds no newspaper "La Croix", "Jean-Baptiste" no "Baptiste"): a hyphen glues a word
    to its edge that is no listed name itself. Two names joined by a hyphen stay two names
    ("le sommet ASEAN-Chine", "les relations UE-Afrique")."""
    text, start, end = t.article.text, t.ws[i].start, t.ws[j - 1].end
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    glued_after = len(after) == 2 and after[0] == "-" and after[1].isalpha()
    glued_before = len(before) == 2 and before[1] == "-" and before[0].isalpha()
    return (glued_after and t.key(j) not in firsts) or (glued_before and t.key(i - 1) not in firsts)


def institution_key(inst: Institution) -> str:
    """Identity of a knowledge-base institution: the office it houses ("l'Élysée" is the
    French presidency), else its name."""
    if inst.office and inst.country:
        return office_key(inst.office, inst.country)
    return "inst:" + inst.name


def office_key(office: str, iso: str) -> str:
    """Identity of one office of one state ("la présidence algérienne")."""
    return f"office:{office}:{iso}"


def office_mention(start: int, end: int, office: str, iso: str, surface: str) -> Mention:
    """A mention of the office ``office`` of the state ``iso`` ("la présidence algérienne",
    "la diplomatie marocaine"): an organisation with that state's country, one identity with
    the seat of data/kb/institutions.yaml that houses it ("l'Élysée"), named as written (the
    seat of an office may have moved since)."""
    return Mention(
        start,
        end,
        "organisation",
        office_key(office, iso),
        " ".join(surface.split()),
        "name",
        iso,
        3,
        fixed_country=iso in countries(),
    )


@derived
def people_index() -> PhraseIndex:
    """The names and aliases of data/kb/people.yaml, as phrases."""
    idx = PhraseIndex()
    for key in _people():
        idx.add(key, key)
    return idx


def known_people(f: Finder) -> None:
    """Phase D': a well-known public figure of data/kb/people.yaml written in full ("Xi
    Jinping" opening an article, "Ouattara") that spaCy did not tag: a person, when the
    words are free and capitalised, not glued to another capitalised name."""
    t, ws = f.t, f.t.ws
    for i, j, _phrase in people_index().finditer(ws):
        if not f.free_words(i, j) or not all(f.is_cap(k) for k in range(i, j)):
            continue
        if (j < len(ws) and f.is_cap(j) and not f.punct_before(j)) or (
            f.is_cap(i - 1) and not f.punct_before(i) and not f.sentence_start(i)
        ):
            continue  # part of a longer name ("Xi Jinping Thought", "Place Xi")
        if j - i == 1 and t.key(i - 1) in f.words["determiners"]:
            continue  # "le Moon": not a person's surname
        name = t.span_text(i, j)
        f.add(
            Mention(ws[i].start, ws[j - 1].end, "person", "person:" + norm_key(name), name, "name")
        )
