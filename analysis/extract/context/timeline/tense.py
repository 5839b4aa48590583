"""Which way an underspecified date points: the tense of the verb that governs it.

"mardi" in "il est arrivé mardi" is the last Tuesday, in "il arrivera mardi" the next one;
"novembre dernier" is strictly in the past whatever the verb (:func:`direction`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from analysis.document.tokens import TokenView, view
from analysis.extract.context.clause import morph_has
from analysis.extract.context.timeline.scan import direction_words, lexicon


def governor(span) -> Token | None:
    """The verb, or the event noun ("la guerre de l'été 2014"), that governs an expression."""
    if span is None or len(span) == 0:
        return None
    doc = span.doc
    tv = view(doc)
    pos = tv.pos
    heads, deps = tv.head, tv.dep
    tok = span.root.i
    inside = range(span.start, span.end)
    for _ in range(6):
        head = heads[tok]
        if tok not in inside and pos[tok] in ("VERB", "AUX"):
            return doc[tok]
        if head == tok:
            break
        if deps[tok].startswith("nmod") and pos[head] == "NOUN" and head not in inside:
            return doc[head]
        tok = head
    return doc[tok]


def clause_verb(tok: Token | None) -> Token | None:
    """The verb of the clause a noun belongs to ("le conflit" in "est entré dans le conflit"),
    or None when there is none (a title, a noun phrase alone)."""
    if tok is None or tok.pos_ in ("VERB", "AUX"):
        return None
    tv = view(tok.doc)
    i = tok.i
    for _ in range(6):
        head = tv.head[i]
        if head == i:
            return None
        i = head
        if tv.pos[i] in ("VERB", "AUX"):
            return tok.doc[i]
    return None


def direction(verb: Token | None, groups: dict) -> str:
    """past | future | nearest, with "!" when a word makes it strict ("novembre dernier"
    excludes November itself), ``future~`` for a scheduled event ("prévu en mai": the
    nearest such month, unless long past)."""
    word = (groups.get("dir") or "").lower()
    words = direction_words()
    if word in words:
        return words[word] + "!"
    tense = _tense(verb)
    if tense == "present" and _agenda(verb):
        tense = "scheduled"
    return {"past": "past", "future": "future", "scheduled": "future~"}.get(tense or "", "nearest")


def _agenda(verb: Token) -> bool:
    """A verb of travel or meeting in the present with a date is a programme: "se rend samedi
    à Téhéran", "reçoit jeudi son homologue", "se réunit lundi" (the press tells a past visit
    in the passé composé). ``rendre`` counts only as "se rendre"; verbs of saying are not
    here (the present "affirme lundi" often reports what was said)."""
    tv = view(verb.doc)
    i = verb.i
    if tv.lemma[i] not in _words("agenda_verbs") or not morph_has(tv, i, "VerbForm", "Fin"):
        return False  # a gerund ("en rencontrant lundi 22 novembre") takes its clause's time
    if tv.lemma[i] in ("rendre", "tenir", "réunir", "entretenir"):
        return any(tv.lower[c] in ("se", "s'", "s’") for c in tv.children[i])
    return True


def _tense(verb: Token | None) -> str | None:
    """'past' | 'future' | 'present' | 'scheduled' | None, from the verb and its auxiliaries;
    an event noun announced by a participle ("le sommet prévu du 3 au 5 mars") is scheduled."""
    if verb is None:
        return None
    tv = view(verb.doc)
    if tv.pos[verb.i] == "NOUN":
        announced = _words("future_participles")
        kids = tv.children[verb.i]
        if any(tv.dep[c] == "acl" and tv.lemma[c] in announced for c in kids):
            return "scheduled"
        if _purpose_led(tv, verb.i):
            return "scheduled"  # "en vue des élections de décembre": still to come
    if tv.pos[verb.i] not in ("VERB", "AUX"):
        # "le ministre était à Rabat samedi": a predicate noun or adjective takes the tense of
        # its copula
        cop = next((c for c in tv.children[verb.i] if tv.dep[c] == "cop"), None)
        return _tense_at(verb.doc, cop) if cop is not None else None
    return _tense_at(verb.doc, verb.i)


def _purpose_led(tv: TokenView, i: int) -> bool:
    """An event noun led by a locution of purpose or expectation ("en vue des élections",
    "en prévision du sommet", "dans la perspective d'un scrutin", "en préparation de la
    visite"): an aim, so a date on it lies ahead, whatever the clause's tense."""
    lo = max(0, i - 5)
    words = " ".join(tv.lower[lo:i]).replace("’", "'")
    return any(words.endswith(p) or f"{p} " in words[-40:] for p in _words("purpose_leads"))


def _tense_at(doc: Doc, i: int, depth: int = 0) -> str | None:
    tv = view(doc)
    if tv.pos[i] not in ("VERB", "AUX"):
        return None
    auxes = [c for c in tv.children[i] if tv.dep[c].startswith("aux")]
    passive = [c for c in auxes if tv.dep[c] == "aux:pass"]
    if passive and tv.lemma[i] in _words("future_participles"):
        # "il est attendu en décembre": still to come; "la visite était prévue en mai": the
        # nearest such month
        now = len(auxes) == 1 and morph_has(tv, passive[0], "Tense", "Pres")
        return "future" if now else "scheduled"
    if auxes and morph_has(tv, i, "VerbForm", "Part"):
        if tv.lemma[i] in _words("etre_verbs") and len(auxes) == 1:
            return "future" if _compound_tense(tv, auxes) == "future" else "past"  # "est arrivé"
        return _compound_tense(tv, auxes)
    if _future_form(tv.lower[i], tv.lemma[i]):
        return "future"
    if morph_has(tv, i, "VerbForm", "Part") and tv.lemma[i] in _words("future_participles"):
        return "scheduled"  # "le sommet prévu en juillet": announced, likely still to come
    if morph_has(tv, i, "Tense", "Fut") or morph_has(tv, i, "Mood", "Cnd"):
        return "future"
    if morph_has(tv, i, "Tense", "Imp") or morph_has(tv, i, "Tense", "Past"):
        return "past"
    if morph_has(tv, i, "VerbForm", "Inf"):
        return _infinitive_tense(doc, tv, i, depth)
    if any(
        tv.lemma[c] in _words("future_heads") and morph_has(tv, c, "Tense", "Pres") for c in auxes
    ):
        return "future"
    return "present" if morph_has(tv, i, "Tense", "Pres") else None


# Endings of the simple future and of the conditional, after the infinitive's stem.
_FUTURE_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient")


def _future_form(word: str, lemma: str) -> bool:
    """ "signera", "signerons", "signerait", "prendra": the infinitive ("signer"; "prendr"
    for "prendre") and a future or conditional ending. The tagger's morphology misses such
    forms of less common verbs (a participle, a present, an imperfect); the spelling does
    not: the imperfect "déclarait" and the passé simple "déclara" lack the infinitive's r."""
    if len(lemma) < 3 or not lemma.endswith(("er", "ir", "re")):
        return False
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return word.startswith(stem) and word[len(stem) :] in _FUTURE_ENDINGS


def _words(name: str) -> frozenset[str]:
    """A lemma list of data/lexicons/time_fr.yaml."""
    return frozenset(lexicon()[name])


def _compound_tense(tv: TokenView, auxes: list[int]) -> str:
    """A participle with auxiliaries: "aura signé" future, "est prévue" present passive,
    "a signé" past."""
    aux = auxes[-1]
    if morph_has(tv, aux, "Tense", "Fut") or morph_has(tv, aux, "Mood", "Cnd"):
        return "future"
    if all(tv.dep[a] == "aux:pass" for a in auxes):  # "est prévue": a present passive
        past = morph_has(tv, aux, "Tense", "Imp") or morph_has(tv, aux, "Tense", "Past")
        return "past" if past else "present"
    return "past"


def _infinitive_tense(doc: Doc, tv: TokenView, i: int, depth: int) -> str | None:
    """An infinitive: "va signer" future, else the tense of the verb it depends on."""
    head = tv.head[i]
    if tv.lemma[head] in _words("future_heads") and morph_has(tv, head, "Tense", "Pres"):
        return "future"  # "va signer", "doit se rendre", "compte signer"
    if depth < 2 and head != i:
        return _tense_at(doc, head, depth + 1)
    return None
