"""What a proper name is, and the mention (or system) it makes.

A name's own words decide first ("Front X" is an organisation, "... Systems" a company,
"Iron Dome" a product, a web domain a medium); then the cue noun before it ("la société X",
"le quotidien Y", "le système Z", "le champ W"); then spaCy's label. A name after a state
noun ("le président Kim") describes the state, decided once the venues are known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis.document.tokens import view
from analysis.extract.actors.finder import Cue, Finder
from analysis.extract.actors.records import Mention, System
from analysis.extract.actors.rules.buildings import given_names as _given_names
from analysis.extract.actors.rules.headings import heading_name
from analysis.extract.actors.rules.platforms import platform_channel
from analysis.extract.actors.rules.press import reports_like_press
from analysis.extract.actors.rules.title_bodies import title_complement
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import (
    city_country,
    country_of_adjective,
    fold,
    named_city_country,
    norm_key,
    word_set,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

_DOMAIN = re.compile(r"\w\.(com|net|org|fr|info|ma|dz|tn|sn|be|ch|ca|io|tv|news)\b", re.I)
# the links inside a portfolio and before the state it is held for; "d" is the elided
# "de" before a vowel ("des Affaires étrangères d'Irlande", "des Sports d'Italie")
_PORTFOLIO_LINKS = ("et", "des", "de", "la", "l", "du", "d")
_NAMED_BODIES = ("organisation", "media", "company")


@dataclass
class Name:
    """A proper name at words [i, j) with its spaCy label ("CUE": found after a cue noun),
    its folded words, the cue before it and, for systems, the end before trimming."""

    i: int
    j: int
    label: str
    keys: list[str]
    cue: Cue
    j_full: int | None


def classify_name(f: Finder, i: int, j: int, cue_kind: str | None) -> str | None:
    """Type of the proper name at words [i, j) from its own words, then from its cue."""
    t, words = f.t, f.words
    keys = [t.key(k) for k in range(i, j)]
    if set(keys) & words["product_words"]:
        return "system"
    if (
        keys[0] in words["organisation_heads"]
        and keys[0] not in words["state_nouns"]
        and (f.is_cap(i) or (len(keys) >= 2 and f.is_cap(i + 1)))
    ):
        return "organisation"  # "Front X", "Université de Y", "université Yonsei"
    if len(keys) >= 2 and keys[-1] in words["company_suffixes"] and f.is_cap(i) and f.is_cap(j - 1):
        return "company"
    if len(keys) >= 2 and keys[-1] in words["media_suffixes"]:
        return "media"
    if _DOMAIN.search(t.span_text(i, j)):
        return "media"
    if cue_kind == "product":
        return "system"
    if cue_kind in _NAMED_BODIES:
        return cue_kind
    return None


def classify_and_add(f: Finder, i: int, j: int, label: str, j_full: int | None = None) -> None:
    """Add the mention (or system) the name at words [i, j) makes, if it is a name."""
    keys = [f.t.key(k) for k in range(i, j)]
    if not_a_name(f, i, j, keys):
        return
    cue = f.cue_before(i)
    if (
        cue[0] in _NAMED_BODIES
        and label == "PER"
        and j - i >= 2
        and _complements_a_title(f, cue[2])
    ):
        cue = ("role", cue[1], cue[2], cue[3])  # "le chef du gouvernement X": X holds it
    if cue[0] == "thing" and _owner_of_thing(f, i, j, label):
        cue = (None, None, i, cue[3])  # "le département de M. X": X's ministry, X a person
    cue_kind = cue[0]
    if j - i == 1 and cue_kind is None and label == "ORG" and f.venue_prep(i):
        return  # "au Parlement", "devant le Parlement": a building, a place
    name = Name(i, j, label, keys, cue, j_full)
    typ = classify_name(f, i, j, cue_kind)
    if typ is None:
        if cue_kind == "thing":
            return  # "le champ X", "l'opération Y"
        if cue_kind == "state" and (label in ("PER", "CUE") or j - i <= 2):
            _defer_state(f, cue[2], j)
            return
        typ = type_from_label(f, name)
        if typ is None:
            return
    _ADDERS[typ](f, name, typ)


def _owner_of_thing(f: Finder, i: int, j: int, label: str) -> bool:
    """The person's name at words [i, j) completes a thing's noun as its owner, not as its
    name ("le département de Fatou Diop", the ministry she heads; "le navire de M. Oyelaran",
    "le vol d'Amina Bello"): spaCy tags it a person and a civility or a common given name
    opens it (a place named so, "la province de Santa Elena", opens with neither)."""
    if label != "PER":
        return False
    t = f.t
    civility = f.words["person_titles"]
    if t.key(i) in civility or (t.key(i - 1) in civility and not f.punct_before(i)):
        return True
    return j - i >= 2 and t.key(i) in _given_names()


def _complements_a_title(f: Finder, st: int) -> bool:
    """The cue noun at word ``st`` complements a title ("le chef du gouvernement", "la
    porte-parole de l'armée"): the person named after it holds the title, the body is the
    one the title belongs to (asked for a first name and a surname tagged as a person, not
    for one word: "le président de la société Nordvik" names the company)."""
    t = f.t
    k = st - 1 if t.key(st - 1) in ("la", "l", "le", "les") else st
    if t.key(k - 1) not in ("de", "du", "des", "d") or f.punct_before(k) or f.punct_before(st):
        return False
    return f.phrase_before(k - 1, f.words["roles"]) is not None


def not_a_name(f: Finder, i: int, j: int, keys: list[str]) -> bool:
    """Portfolio words ("des Affaires étrangères") and lowercase titles ("ministre de la
    Défense") are parts of titles; a gazetteer item (country, capital, demonym) is left to
    the state rules."""
    if all(k in f.words["portfolios"] or k in _PORTFOLIO_LINKS for k in keys):
        return True
    if not f.is_cap(i) and country_of_adjective(keys[0]) and _portfolio_rest(f, keys[1:]):
        return True  # "le ministre malien de la Défense, X": the title's end, tagged a person
    if _titled_portfolio(f, i, j, keys) or _capitalised_title(f, i, j, keys):
        return True
    if _minister_complement(f, i, keys) or _council_of_state(f, i, keys):
        return True
    if platform_channel(f, i, j, keys):
        return True  # "sur X", "via Telegram": a message's channel
    if not f.is_cap(i) and any(" ".join(keys[:n]) in f.words["roles"] for n in (1, 2, 3)):
        return True
    if keys[0].endswith("s") and keys[0][:-1] in f.words["roles"]:
        if not f.is_cap(i) or _portfolio_rest(f, keys[1:]):
            return True  # "les ministres (Ministres) des Affaires étrangères A et B"
    return i in f.gaz and f.gaz[i][0] >= j and f.gaz[i][1].kind != "institution"


_MINISTER_LINKS = ("charge", "chargee", "delegue", "deleguee")


def _minister_complement(f: Finder, i: int, keys: list[str]) -> bool:
    """ "la ministre de l'Université populaire", "le ministre chargé de
    l'Administration des Ports": what a minister is "of" is a portfolio, whatever its
    words (the portfolio list cannot hold every government's); a name holding a state or a
    place ("de la Santé de l'Équateur") is left to the other rules, and "Premier ministre du
    X" complements with a state."""
    t = f.t
    if any(k in f.gaz for k in range(i, i + len(keys))) or city_country(" ".join(keys)):
        return False
    k = i - 1 if t.key(i - 1) in ("la", "l") else i
    if t.key(k - 1) not in ("de", "du", "des", "d"):
        return False
    k -= 1
    if t.key(k - 1) in _MINISTER_LINKS:
        k -= 1
    if t.key(k - 1) not in ("ministre", "ministres") or t.key(k - 2) == "premier":
        return False
    return not any(f.punct_before(x) for x in range(k, i + 1))


def _council_of_state(f: Finder, i: int, keys: list[str]) -> bool:
    """ "la présidente du Conseil italien": the head of government's title in Italy, where
    "Conseil" and the nationality adjective name no body of their own (unlike "Conseil
    européen", whose adjective is no state's)."""
    if len(keys) != 2 or keys[0] != "conseil" or not country_of_adjective(keys[1]):
        return False
    t = f.t
    return t.key(i - 1) == "du" and t.key(i - 2) in ("president", "presidente")


def _capitalised_title(f: Finder, i: int, j: int, keys: list[str]) -> bool:
    """ "X, ancien Premier ministre du Pays", "l'ex-Président de la Commission": a title
    written with capitals and its complement (a state, a body, a portfolio) is a title the
    tagger read as a name, not a person; "Général de Gaulle" (a bare "de" and a surname)
    stays a name, and so does a title followed by a name ("Président X")."""
    if keys[0] == "ex" and len(keys) > 2:  # "ex-Premier ministre du Pays"
        i, keys = i + 1, keys[1:]
    if not f.is_cap(i):
        return False
    roles = f.words["roles"]
    n = next((n for n in (3, 2, 1) if n < len(keys) and " ".join(keys[:n]) in roles), 0)
    if n == 0 or keys[n] not in ("de", "du", "des", "d"):
        return False
    k = i + n + 1
    if keys[n] == "de" and f.t.key(k) in ("la", "l"):
        k += 1
    elif keys[n] == "de" and not (k in f.gaz and f.gaz[k][0] == j):
        return False  # "Général de Gaulle": a particle, not a complement
    hit = f.gaz.get(k)
    if hit is not None and hit[0] == j:
        return True  # "du Pays", "de la République X"
    rest = keys[k - i :]
    if rest and all(w in f.words["portfolios"] or w in _PORTFOLIO_LINKS for w in rest):
        return True  # "des Affaires étrangères"
    # "de la Commission", "du Conseil national": a body's head and lowercase words after it
    return (
        bool(rest)
        and rest[0] in f.words["organisation_heads"]
        and not any(f.is_cap(x) for x in range(k + 1, j))
    )


def _portfolio_rest(f: Finder, keys: list[str]) -> bool:
    """The words of a portfolio ("de la Défense"), at least one of them a portfolio noun."""
    portfolios = f.words["portfolios"]
    return any(k in portfolios for k in keys) and all(
        k in portfolios or k in _PORTFOLIO_LINKS for k in keys
    )


def _titled_portfolio(f: Finder, i: int, j: int, keys: list[str]) -> bool:
    """ "la secrétaire des Affaires étrangères du Mexique, X": a portfolio and the country
    it is held for, complementing a person's title, are part of that title (no body)."""
    t = f.t
    if t.key(i - 1) not in ("de", "des", "du", "d") or t.key(i - 2) not in f.words["roles"]:
        return False
    n = 0
    while n < len(keys) and (keys[n] in f.words["portfolios"] or keys[n] in _PORTFOLIO_LINKS):
        n += 1
    k = i + n
    if n == 0 or k >= j or t.key(k - 1) not in _PORTFOLIO_LINKS:
        return False
    hit = f.gaz.get(k)
    return hit is not None and hit[0] == j and hit[1].kind == "country"


def _defer_state(f: Finder, cue_start: int, j: int) -> None:
    """ "le président Kim": the name describes a state, which one is decided from the
    venues (phase E); its characters are claimed now."""
    f.pending_states.append((cue_start, j))
    f.t.claim(f.t.ws[cue_start].start, f.t.ws[j - 1].end)


def type_from_label(f: Finder, n: Name) -> str | None:
    """No word nor cue decided: spaCy's PER is a person, and so is a name of two words or
    more after a role noun ("le ministre X Y"); spaCy's ORG is an organisation."""
    titled = f.is_cap(n.i - 1) and f.t.key(n.i - 1) in f.words["roles"]  # "Capitaine X"
    if (
        n.label == "PER"
        or titled
        or (n.j - n.i >= 2 and f.is_cap(n.j - 1) and _after_portfolio_title(f, n.i))
        or (
            n.cue[0] == "role"
            and n.j - n.i >= 2
            and f.is_cap(n.j - 1)
            and not any(k in f.words["organisation_heads"] for k in n.keys)
        )
        or _titled_apposition(f, n)
        or _coordinated_with_person(f, n)
        or _role_apposed(f, n)
        or _surname_elsewhere(f, n)
        or _speaking_name(f, n)
    ):
        return "person"
    if n.label == "ORG":
        return "organisation"
    return None


def add_system(f: Finder, n: Name, _typ: str) -> None:
    """A product or weapon system (never an actor), with the nationality adjective before
    it ("le système israélien X"); it keeps the words trimmed from the name."""
    ws, t = f.t.ws, f.t
    start, end = ws[n.i].start, ws[n.j - 1].end
    isos = n.cue[3]
    iso = isos[0] if isos else None
    if n.j_full and n.j_full > n.j and f.free_words(n.i, n.j_full):
        end = ws[n.j_full - 1].end
    f.systems.append(System(start, end, t.article.text[start:end], n.cue[1], iso))
    t.claim(start, end)


def add_person(f: Finder, n: Name, _typ: str) -> None:
    """A person, without civility ("M.") and with a nationality noun before the name
    ("le Tchadien X"). A single word opening a sentence, or a known city, is no person
    unless a role noun introduces it."""
    ws, t = f.t.ws, f.t
    i, j, keys = n.i, n.j, n.keys
    titled = f.is_cap(i - 1) and t.key(i - 1) in f.words["roles"]  # "du Capitaine Kaboré"
    if j - i == 1 and n.cue[0] != "role" and not titled:
        if f.sentence_start(i) or city_country(ws[i].text) is not None:
            return  # "Gaza" tagged as a person: a known city is a place
        if norm_key(ws[i].text) in word_set("actors_not_cities", "common_words"):
            return  # "l'Union", "la Mission": a common word, never a one-word person
        if f.venue_prep(i, context=True) or _place_complement(f, i):
            return  # "à X", "dans le district de X": a single word where things happen
    elif n.cue[0] != "role" and not titled and _place_of_several_words(f, i, j):
        return  # "Ho Chi Minh-Ville", "la province de Nueva Esparta": a place, no person
    elif n.cue[0] != "role" and not titled and unknown_place_after_venue(f, i, j):
        return  # "reçu à Dar X", "la présence à El Y": where it happens, no person
    if n.cue[0] != "role" and not titled and heading_name(f, i, j):
        return  # "Réaction Officielle" alone on its line: a heading
    end = ws[j - 1].end
    nationality = None
    titles = f.words["person_titles"]
    while keys and (
        keys[0] in titles or (len(keys) > 2 and f.is_cap(i) and country_of_adjective(keys[0]))
    ):
        if keys[0] not in titles:
            nationality = country_of_adjective(keys[0])  # "le Tchadien X"
        i += 1
        keys = keys[1:]
    if not keys:
        return  # a civility alone ("..., a dit M." cut by the sentence end): no name
    nationality = nationality or _hyphenated_nationality(f, n.i)
    start = ws[i].start
    name = t.article.text[start:end]
    m = Mention(start, end, "person", "person:" + norm_key(name), name, "name")
    if nationality:
        m.country, m.strength = nationality, 2
    f.add(m)


def _hyphenated_nationality(f: Finder, i: int) -> str | None:
    """ "le Sud-Coréen X", "la Nord-Américaine Y": a capitalised nationality noun of two
    hyphenated parts between a definite article and the name, left out of the name, still
    states the person's country (one word, "le Tchadien X", is read inside the name)."""
    t = f.t
    s = i - 2
    if s < 1 or t.gap(i - 1) != "-" or not (f.is_cap(s) and f.is_cap(i - 1)):
        return None
    if t.key(s - 1) not in ("le", "la", "l") or f.punct_before(s):
        return None
    return country_of_adjective(t.span_text(s, i))


def _titled_apposition(f: Finder, n: Name) -> bool:
    """ "Le président de l'Assemblée nationale, X Y, a ...": a name of two capitalised words
    or more set between commas right after a definite person's title is that title's holder,
    whatever label the tagger gave it (the tagger reads some names as bodies or places);
    not when a word of the name heads a body ("Union", "Front")."""
    t = f.t
    i = n.i
    if n.j - n.i < 2 or not f.is_cap(n.j - 1) or t.gap(i).strip() != ",":
        return False
    if any(k in f.words["organisation_heads"] or k in f.words["state_nouns"] for k in n.keys):
        return False
    if n.j < len(t.ws) and t.same_sentence(i, n.j) and not f.punct_before(n.j):
        return False  # the name must close at punctuation: "..., Sahel Nord a ..." is no holder
    roles = f.words["roles"]
    for k in range(i - 1, max(0, i - 12), -1):
        if not t.same_sentence(k, i) or (k < i - 1 and f.punct_before(k + 1)):
            return False
        if t.key(k - 1) in ("le", "la", "l") and any(
            " ".join(t.key(x) for x in range(k, k + m)) in roles for m in (1, 2, 3, 4)
        ):
            return True
    return False


def _coordinated_with_person(f: Finder, n: Name) -> bool:
    """ "A et B", "A, B et C" with one name tagged a person and another, two capitalised
    words the gazetteer does not know, tagged a place or a body: coordinated names of one
    kind, persons all (the tagger reads unfamiliar names as places)."""
    if not _unknown_name(f, n):
        return False
    t = f.t
    after = n.j + 1 if t.key(n.j) == "et" and not f.punct_before(n.j) else None
    if t.gap(n.j).strip() == ",":
        after = n.j  # "A, B et C": the first item of a list of names
    if after is not None and t.same_sentence(n.i, after) and f.person_starts(after):
        return True
    k = n.i - 1
    if t.key(k) != "et" or f.punct_before(n.i) or f.punct_before(k) or k < 1:
        return False
    return _person_ends(f, k - 1)


def _role_apposed(f: Finder, n: Name) -> bool:
    """ "X Y, ministre de la Défense, a ...", "X Y, l'actuel Premier ministre,": a name of
    two capitalised words the gazetteer does not know, tagged a place or a body, with a
    person's title in apposition after its comma, is that person."""
    if not _unknown_name(f, n) or "," not in f.t.gap(n.j) or f.t.gap(n.j).strip() != ",":
        return False
    t, k = f.t, n.j
    if t.ws[k].text.isdigit() and t.key(k + 1) == "ans" and "," in t.gap(k + 2):
        k += 2  # "X Y, 65 ans, ancien ministre"
    s = k
    while (
        k < len(t.ws)
        and k - s < 3
        and (t.key(k) in f.words["determiners"] or t.key(k) in f.words["modifiers"])
    ):
        k += 1
    if k >= len(t.ws) or not t.same_sentence(n.i, k):
        return False
    return any(t.prev_phrase(k + m, m) in f.words["roles"] for m in (1, 2, 3))


def _surname_elsewhere(f: Finder, n: Name) -> bool:
    """ "Bassirou X a entamé une tournée. ... Le président X ...": an unfamiliar name tagged
    a place whose last word is, elsewhere in the article, a name tagged a person is that
    person's full name."""
    titled_word = n.j - n.i == 1 and n.cue[0] == "role" and n.label in ("LOC", "ORG", "MISC")
    if not (_unknown_name(f, n) or (titled_word and n.i not in f.gaz)):
        return False  # "le président X": one word after a title, a person named in full
    tv = view(f.t.doc)
    last = fold(f.t.doc[f.t.word_tok[n.j - 1]].text)
    first_tok = f.t.word_tok[n.i]
    for start, end, label in tv.ents:
        if label == "PER" and not (start <= first_tok < end):
            if fold(tv.tokens[end - 1].text) == last:
                return True
    return False


def _speaking_name(f: Finder, n: Name) -> bool:
    """ "X Y a déclaré que ...", "M. X Y a ajouté", "selon X Y": an unfamiliar name the
    tagger read as a place (or a thing) that speaks, after a civility, the subject of a
    speech verb or the source of "selon", is a person (a place that speaks is a known
    capital or country, which the gazetteer explains; a body is tagged ORG and keeps it)."""
    if n.label not in ("LOC", "MISC") or not _unknown_name(f, n):
        return False
    t = f.t
    if t.key(n.i - 1) in f.words["person_titles"] or f.introduced_by_source(n.i):
        return True
    tok = t.token_at(t.ws[n.i].start)
    while tok.dep_ in ("flat:name", "flat") and tok.head.i != tok.i:
        tok = tok.head
    verb = fold(tok.head.lemma_)
    if tok.dep_.startswith("nsubj") and verb in _speech_verbs():
        return True
    # "», a affirmé X Y lundi": the subject after a verb of saying (parsed as its object, a
    # verb of saying governs a clause, not a name); "a reçu X Y": one meets persons (a
    # state met is a known country or capital)
    if tok.dep_ != "obj" or tok.head.i > tok.i or t.key(n.i - 1) in f.words["determiners"]:
        return False  # "s'appelait les Nouvelles-Hébrides": a name after an article
    return verb in _MEETING_VERBS or (verb in _speech_verbs() and _incise(tok.head))


def _incise(verb: Token) -> bool:
    """The verb (with its auxiliaries) follows a comma or a closing quotation mark: an
    incise ("», a affirmé X"), whose subject comes after it."""
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    return first > 0 and verb.doc[first - 1].text in (",", "»", "”", '"')


# verbs whose object is a person met (a state met is explained by the gazetteer)
_MEETING_VERBS = frozenset(("recevoir", "rencontrer"))


@derived
def _speech_verbs() -> frozenset[str]:
    """The verbs of saying (the one list the quotes step reads too), folded."""
    return word_set("quotes_verbs", "speech_verbs")


# prepositions that open a place, never a person's name ("en X", "au X", "aux X")
_PLACE_ONLY = frozenset(("en", "au", "aux"))


def _unknown_name(f: Finder, n: Name) -> bool:
    """Two capitalised words or more, tagged a place, a body or nothing known, that no
    gazetteer, body noun or state noun explains."""
    if n.label not in ("LOC", "ORG", "MISC") or n.j - n.i < 2:
        return False
    if not all(f.is_cap(k) for k in range(n.i, n.j)):
        return False
    if f.t.key(n.i - 1) in _PLACE_ONLY and not f.punct_before(n.i):
        return False  # "en Nouvelle-Zemblie", "au Haut-Karabakh": never a person's name
    vocab_words = f.words["organisation_heads"] | f.words["state_nouns"] | f.words["geo_features"]
    if any(k in vocab_words for k in n.keys):
        return False
    return not any(k in f.gaz for k in range(n.i, n.j))


def _person_ends(f: Finder, i: int) -> bool:
    """spaCy tags a person's name ending at word i."""
    tv = view(f.t.doc)
    tok = f.t.word_tok[i]
    e = tv.ent_at[tok]
    return e >= 0 and tv.ents[e][2] == "PER" and tv.ents[e][1] - 1 <= tok + 1


def _after_portfolio_title(f: Finder, i: int) -> bool:
    """ "le ministre togolais des Affaires étrangères X Y": a name right after a title's
    portfolio (and nationality adjectives), the title's holder."""
    t = f.t
    k = i - 1
    if t.key(k) not in f.words["portfolios"]:
        return False
    while k > 0 and (
        t.key(k) in f.words["portfolios"]
        or t.key(k) in _PORTFOLIO_LINKS
        or t.key(k) == "d"
        or country_of_adjective(t.key(k))
        or (t.key(k) in f.words["title_words"] and t.key(k) not in f.words["roles"])
    ):
        k -= 1  # "le ministre d'Etat chargé de la Défense X"
    return t.key(k) in f.words["roles"] and not f.punct_before(k + 1)


def _place_of_several_words(f: Finder, i: int, j: int) -> bool:
    """A name of two words or more tagged a person that is a known town or city as a whole
    ("Kuala Lumpur", "Santa Cruz"), or that complements a geographic noun ("la ville de X
    Y", "le village de X Y"): a place. spaCy tags many cities of Asia, Africa and Latin
    America as persons; a person's full name is seldom a town's whole name."""
    t = f.t
    if _place_complement(f, i) and t.ws[i - 2].text.lower() not in _SIDE_WORDS:
        return True
    return named_city_country(t.article.text[t.ws[i].start : t.ws[j - 1].end]) is not None


def unknown_place_after_venue(f: Finder, i: int, j: int) -> bool:
    """Words [i, j), two capitalised words or more the tagger read as a person, opened by a
    word of place names (``place_openers``: "Dar", "Ban", "Bir", "El"...), after a
    preposition that says where things happen ("à", "au", "en", "dans"; not an addressee:
    "a écrit à X Y"): a town, a district or a site the gazetteer does not know ("reçu à Dar
    X", "la présence à El Y", "200 hommes à Ban X Y"). Still a person when a given name
    opens it, a title follows it ("à X Y, ambassadeur de ..."), a part is a Korean given
    name ("Ban Ki-moon") or one of its words is named elsewhere in the article."""
    t = f.t
    if j - i < 2 or not f.venue_prep(i, context=True):
        return False
    if t.key(i) not in word_set("actors_words", "place_openers") or t.key(i) in _given_names():
        return False
    if j < len(t.ws) and "," in t.gap(j) and _role_follows(f, j):
        return False
    text = t.article.text
    span = (t.ws[i].start, t.ws[j - 1].end)
    if re.search(r"-[a-z]", text[span[0] : span[1]]):
        return False  # "Ki-moon", "Jae-in": a Korean given name
    return not any(
        len(t.ws[k].text) > 2 and _named_elsewhere(text, t.ws[k].text, span) for k in range(i, j)
    )


def _role_follows(f: Finder, j: int) -> bool:
    """A person's title opens the words from j (over determiners and modifiers)."""
    t, k = f.t, j
    while k < len(t.ws) and k - j < 3 and t.key(k) in f.words["determiners"] | f.words["modifiers"]:
        k += 1
    return any(t.prev_phrase(k + m, m) in f.words["roles"] for m in (1, 2, 3))


def _named_elsewhere(text: str, word: str, span: tuple[int, int]) -> bool:
    """The capitalised word occurs in the text outside ``span``, as a word."""
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
        if not (span[0] <= m.start() < span[1]):
            return True
    return False


# "aux côtés de X Y": folded, "côtés" is "côtes" (a coast), but it introduces a companion
_SIDE_WORDS = frozenset(("côtés", "côté", "cotés", "coté"))


def _place_complement(f: Finder, i: int) -> bool:
    """Word i complements a geographic noun ("le district de X", "la région de X")."""
    t = f.t
    return t.key(i - 1) in ("de", "d") and t.key(i - 2) in f.words["geo_features"]


def add_named_body(f: Finder, n: Name, typ: str) -> None:
    """An organisation, company or medium, with its country (an adjective before it, else
    one stated inside), its own lowercase cue as a role ("institut Datafolha") and the
    cue phrase as an alias ("la société X")."""
    t, ws = f.t, f.t.ws
    i, j = n.i, n.j
    _kind, cue, cue_start, isos = n.cue
    demonym = _demonym_before_body(f, i, j)
    if demonym is not None:  # "le Français X", "l'Américain Y": a company of that country
        t.claim(ws[i].start, ws[i].end)  # no group of the French either
        i, isos = i + 1, [demonym]
    start, end = ws[i].start, ws[j - 1].end
    if typ == "organisation":
        j, end = _seat(f, n, j, end)
    name = t.article.text[start:end]
    if typ == "organisation" and not cue and reports_like_press(f, i, j):
        typ = "media"  # "a rapporté le Figaro", "le Matin titre"
    iso, strength = (isos[0], 2) if isos else f.country_inside(i, j)
    aliases = []
    own_cue = None
    if t.ws[i].text[:1].islower() and j - i >= 2 and f.is_cap(i + 1):
        own_cue = (ws[i].start, ws[i].end)  # "institut Datafolha": cue, then name
        aliases.append(t.article.text[ws[i + 1].start : end])
    if n.cue[0] in _NAMED_BODIES and cue and not f.is_cap(cue_start):
        aliases.append(t.article.text[ws[cue_start].start : end])
    state_end = _state_complement_end(f, j) if typ == "organisation" else None
    if state_end is not None:  # "l'Assemblée nationale du Sénégal", "le Sénat ivoirien"
        aliases.append(t.article.text[start : ws[state_end - 1].end])
        if not iso:
            iso, strength = f.country_inside(j, state_end)  # the state it belongs to
    m = Mention(
        start,
        end,
        typ,
        "org:" + norm_key(name),
        name,
        "name",
        iso,
        strength if iso else 0,
        aliases=aliases,
        cue=cue,
    )
    if own_cue is not None:
        m.roles.append(own_cue)
    if typ == "organisation" and n.keys[0] not in f.words["seated_heads"] and named_as_place(f, i):
        m.actor_position = False  # dropped unless named as an actor elsewhere
    m.in_title = typ == "organisation" and title_complement(f, i)  # "le chef de la police"
    f.add(m)


def _demonym_before_body(f: Finder, i: int, j: int) -> str | None:
    """ "le Français X", "l'Américain Y", "le Sud-Coréen Z": a nationality noun after a
    determiner, glued to a body's name, says the body's country and is no part of its name
    (the press's way to name a foreign company); its country, or None."""
    t = f.t
    if j - i < 2 or not f.is_cap(i) or not f.is_cap(i + 1) or f.punct_before(i + 1):
        return None
    if t.key(i - 1) not in ("le", "l", "la", "au", "du") or f.punct_before(i):
        return None
    return country_of_adjective(t.key(i))


def _state_complement_end(f: Finder, j: int) -> int | None:
    """End of the state that completes a body's name right after it: a nationality
    adjective ("le Sénat ivoirien") or "de/du (la) <country>" ("la Cour suprême du Niger")."""
    t = f.t
    if j >= len(t.ws) or f.punct_before(j):
        return None
    if j in f.adj_end:
        return f.adj_end[j][0]
    if t.key(j) not in ("de", "du", "d"):
        return None
    k = j + 2 if t.key(j + 1) in ("la", "l") else j + 1
    hit = f.gaz.get(k)
    if hit is None or hit[1].kind != "country" or f.punct_before(k):
        return None
    return hit[0]


def named_as_place(f: Finder, i: int) -> bool:
    """ "dans la très symbolique Bourse de X", "à la Chambre basse", "rejoindre le Forum
    de Y", "lors du Forum Z": a body named where something happens, a place or an event
    (a university or an institute after "à" is an affiliation: "chercheuse à l'université X")."""
    t = f.t
    k, _isos = f.skip_adjectives_left(i)
    if f.venue_prep(k, context=True):
        return True
    k2 = k - 1 if t.key(k - 1) in ("la", "l", "le", "les") else k
    if _after_event_locution(f, k2):
        return True
    return k2 >= 1 and not f.punct_before(k2) and f.lemma(k2 - 1) in f.words["place_verbs"]


def _after_event_locution(f: Finder, k: int) -> bool:
    """ "lors du Forum X", "lors d'un Meeting Y", "en marge du Sommet Z", "dans le cadre du
    Programme W", "les travaux du Conseil V": the words before the name at word ``k`` (its
    article left out) are a locution of ``event_locutions`` and "de"; the name is what
    something happens during or within, an event, a programme or a framework. An
    indefinite article ("d'un") stands where "du" would."""
    t = f.t
    if t.key(k - 1) in ("un", "une") and not f.punct_before(k):
        k -= 1
    if t.key(k - 1) not in ("de", "du", "des", "d") or f.punct_before(k):
        return False
    return any(t.prev_phrase(k - 1, n) in f.words["event_locutions"] for n in (1, 2, 3))


def _seat(f: Finder, n: Name, j: int, end: int) -> tuple[int, int]:
    """ "l'université Yonsei de Séoul": the city a seated body is in is part of its name."""
    t = f.t
    if n.keys[0] in f.words["seated_heads"] and t.key(j) in ("de", "d"):
        e2 = f.cap_run(j + 1) if f.is_cap(j + 1) else j
        if e2 > j + 1 and f.free_words(j, e2) and not f.punct_before(j):
            return e2, t.ws[e2 - 1].end
    return j, end


# what each type of name makes
_ADDERS = {
    "system": add_system,
    "person": add_person,
    "organisation": add_named_body,
    "company": add_named_body,
    "media": add_named_body,
}
