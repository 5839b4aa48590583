"""Does a phrase name an actor, or only a place or a topic?

* :func:`actor_position`: a country or a capital named as an actor (subject, agent,
  partner, possessor: "Alger a rompu", "l'achat par Rabat", "allié de Bakou") rather than
  as a place ("à Rabat", "regagner Séoul", "la mer du Japon");
* :func:`acts`: a group ("les manifestants") acts or speaks: subject of a verb, inverted
  subject, or a source.

Each is a list of small rules tried in order; the first that decides wins.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.text import is_punct
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import fold, word_set

_DE = ("de", "du", "d", "des")
# demonstratives and possessives: a group after one takes up an actor named before
_TAKEN_UP = frozenset(
    (
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "notre",
        "nos",
        "votre",
        "vos",
    )
)


@dataclass
class Place:
    """A country or capital at words [i, j): k is its first word with its article, prev
    the word before (in the sentence, "" after a parenthesis), gap what lies between."""

    i: int
    j: int
    k: int
    prev: str
    gap: str
    decisions: dict[int, bool]  # earlier decisions of the article, by first word


def actor_position(f: Finder, i: int, j: int, decisions: dict[int, bool]) -> bool:
    """A capital or country named as an actor (subject, agent, partner, possessor)."""
    t = f.t
    k = i
    if t.key(k - 1) in ("la", "l", "le", "les") and not f.punct_before(k):
        k -= 1
    prev = t.key(k - 1) if t.same_sentence(k - 1, i) else ""
    gap = t.gap(k)
    if prev and ("(" in gap or ")" in gap):
        prev = ""
    p = Place(i, j, k, prev, gap, decisions)
    for rule in POSITION_RULES:
        decided = rule(f, p)
        if decided is not None:
            return decided
    return not p.prev or p.prev not in ("en", "dans")  # "en Chine", "dans le Golfe": places


def relative_subject(f: Finder, p: Place) -> bool | None:
    """ "la Chine, qui a financé ...": the subject of a relative clause."""
    t = f.t
    if p.j + 1 < len(t.ws) and "," in t.gap(p.j) and t.key(p.j) == "qui":
        if t.same_sentence(p.i, p.j):
            return True
    return None


def relational_apposition(f: Finder, p: Place) -> bool | None:
    """ "une étape en Algérie, rivale du Maroc": an apposition that says what the state is to
    another (rival, allié, partenaire) makes it an actor, even after a place preposition."""
    t = f.t
    if p.j >= len(t.ws) or "," not in t.gap(p.j) or not t.same_sentence(p.i, p.j):
        return None
    k = p.j
    while (
        k < len(t.ws) and k - p.j < 3 and t.key(k) in f.words["determiners"] | f.words["modifiers"]
    ):
        k += 1
    return True if k < len(t.ws) and t.key(k) in f.words["relational"] else None


def partner_after_sur(f: Finder, p: Place) -> bool | None:
    """ "s'aligner sur le Maroc", "faire pression sur Alger": "sur" after these verbs (or
    the noun "pression") takes a partner, not a place."""
    if p.prev != "sur" or p.k < 2:
        return None
    before = p.k - 2
    words = f.words["partner_sur_verbs"]
    return True if f.t.key(before) in words or f.lemma(before) in words else None


def agent_locution(f: Finder, p: Place) -> bool | None:
    """ "aux côtés de la Norvège", "au profit des États-Unis", "de la part du Mali", "à
    l'égard de l'Algérie": after a compound preposition of ``agent_locutions`` the state is
    a partner, a beneficiary, a source or an addressee, a party of the story (the "de"
    before it would otherwise make it a noun's complement, a place)."""
    if p.prev not in _DE:
        return None
    return (
        True
        if any(f.t.prev_phrase(p.k - 1, n) in f.words["agent_locutions"] for n in (1, 2, 3))
        else None
    )


def venue(f: Finder, p: Place) -> bool | None:
    """ "à Rabat", "près de Ceuta": after a place preposition, a place."""
    return False if f.venue_prep(p.i) else None


def after_d_apres(f: Finder, p: Place) -> bool | None:
    """ "d'après Pékin": a source."""
    return True if p.prev == "apres" and f.t.key(p.k - 2) == "d" else None


def agent_preposition(f: Finder, p: Place) -> bool | None:
    """ "par Rabat", "avec Alger", "contre Moscou": an agent or partner; but "avec" after a
    geographic feature ("la frontière avec l'Algérie") is a place."""
    if p.prev not in f.words["agent_prepositions"] or "," in p.gap:
        return None
    t = f.t
    if p.prev == "avec" and any(
        t.key(x) in f.words["geo_features"] for x in range(max(0, p.k - 5), p.k)
    ):
        return False
    return True


def political_complement(f: Finder, p: Place) -> bool | None:
    """ "allié de Bakou", "la position de Washington", "le président du Cameroun": "de X"
    after a political noun or the title of an office the state confers is the state, and so
    is a country after what a state has as a state ("la souveraineté de l'Irak", "l'intégrité
    territoriale de la Serbie"); after any other noun ("le retrait des troupes du Mali"), a
    place."""
    if p.prev not in _DE or "," in p.gap:
        return None
    t = f.t
    country = _is_country(f, p.i)
    for x in range(p.k - 2, max(-1, p.k - 6), -1):
        if not t.same_sentence(x, p.i) or x in f.adj_start:
            break
        if _political_head(f, x) or (country and t.key(x) in f.words["statehood_nouns"]):
            return True
    return False


def _is_country(f: Finder, i: int) -> bool:
    """The gazetteer names a country at word i (not a capital: "la sécurité de Kaboul" is
    the city's, "la souveraineté de l'Irak" the state's)."""
    hit = f.gaz.get(i)
    return hit is not None and hit[1].kind == "country"


def _political_head(f: Finder, x: int) -> bool:
    """Word x ends a political noun, a state noun or an office's title, in the singular
    or the plural ("les gouvernements de X", "les présidents du Y et du Z", "les autorités
    de W")."""
    w = f.words
    key = f.t.key(x)
    one = _singular(key)
    nouns = w["political_nouns"] | w["state_nouns"]
    if key in nouns or one in nouns:
        return True
    return _office_ends_at(f, x) or (one != key and _office_ends_at(f, x, one))


def _singular(word: str) -> str:
    """The singular of a plural noun ("gouvernements", "généraux"), else the word."""
    if word.endswith("aux") and len(word) > 4:
        return word[:-3] + "al"
    return word[:-1] if word.endswith(("s", "x")) and len(word) > 3 else word


def coordinated_complement(f: Finder, p: Place) -> bool | None:
    """ "les gouvernements de X, de Y et de Z", "le retrait des troupes du Mali et du
    Niger": a "de" complement coordinated to an earlier one shares its decision, whatever
    the noun they complete (looked for before the first complement only)."""
    if p.prev not in _DE or p.k < 2:
        return None
    t = f.t
    if not ("," in t.gap(p.k - 1) or t.key(p.k - 2) in ("et", "ou")):
        return None
    for x in range(p.k - 2, max(-1, p.k - 8), -1):
        if not t.same_sentence(x, p.i):
            return None
        if x in p.decisions:
            return p.decisions[x]
    return None


def _office_ends_at(f: Finder, x: int, last: str | None = None) -> bool:
    """An office's title (governmental, head of state, leader) ends at word x (read as
    ``last`` when given: its singular)."""
    w = f.words
    offices = w["governmental"] | w["head_of_state"] | w["leader_titles"]
    for n in (1, 2, 3):
        words = f.t.keys[max(0, x - n + 1) : x + 1]
        if last is not None:
            words = [*words[:-1], last]
        if " ".join(words) in offices:
            return True
    return False


def coordinated(f: Finder, p: Place) -> bool | None:
    """ "Rabat et Alger", "Séoul, Tokyo": coordinated names share the decision made for
    the name before."""
    if not (p.prev in ("et", "ou") or (p.prev and p.gap.strip() == ",")):
        return None
    t = f.t
    for x in range(p.k - 2, max(-1, p.k - 7), -1):
        if x in p.decisions and t.same_sentence(x, p.i):
            return p.decisions[x]
    return None


def opening_pour(f: Finder, p: Place) -> bool | None:
    """ "Pour Pékin, ...": opening a sentence, the point of view of the state."""
    if p.prev == "pour" and (p.k - 1 == 0 or f.sentence_start(p.k - 1)):
        return True
    return None


def parsed_place(f: Finder, p: Place) -> bool | None:
    """ "Rabat accueille le sommet", "regagner Séoul": subject of a verb whose subject is a
    location, object of a verb of motion or attack."""
    t = f.t
    tok = t.span(t.ws[p.i].start, t.ws[p.j - 1].end).root
    head = fold(tok.head.lemma_)
    if tok.dep_.startswith("nsubj") and head in f.words["place_subject_verbs"]:
        return False
    if tok.dep_ in ("obj", "obl:arg") and head in f.words["place_verbs"]:
        return False
    return None


def after_place_verb(f: Finder, p: Place) -> bool | None:
    """The word before is a verb of motion or attack ("quitter Kaboul")."""
    if p.prev and p.k - 1 >= 0 and f.lemma(p.k - 1) in f.words["place_verbs"]:
        return False
    return None


def other_complement(f: Finder, p: Place) -> bool | None:
    """ "..., de Pékin": a complement after a comma is no actor either."""
    return False if p.prev in _DE else None


def addressee(f: Finder, p: Place) -> bool | None:
    """ "demandé à Bruxelles": not a venue (checked above), an addressee."""
    return True if p.prev in ("a", "au", "aux") else None


POSITION_RULES: tuple[Callable[[Finder, Place], bool | None], ...] = (
    relative_subject,
    relational_apposition,
    partner_after_sur,
    agent_locution,
    venue,
    after_d_apres,
    agent_preposition,
    coordinated_complement,
    political_complement,
    coordinated,
    opening_pour,
    parsed_place,
    after_place_verb,
    other_complement,
    addressee,
)


# --- groups that act ----------------------------------------------------------------------
def acts(f: Finder, i: int, j: int, head: int | None = None) -> bool:
    """The phrase at words [i, j) acts: subject of an active verb (possibly through a
    quantity, "des milliers de X", or a coordination, "X et de Y ont défilé"), the
    inverted subject of a verb ("scandaient les manifestants"), or a source."""
    tok = f.t.token_at(f.t.ws[head if head is not None else i].start)
    if subject(f, tok) or (tok.dep_ == "conj" and subject(f, tok.head)):
        return True
    return (
        _quantity_subject(f, i)
        or _source_or_inverted_subject(f, i, j)
        or _subject_of_next_verb(f, i, j)
        or _relative_subject(f, i, j)
        or _author_of_words(f, i)
    )


def _relative_subject(f: Finder, i: int, j: int) -> bool:
    """ "les députés belges qui vont exiger ...": the group is the subject of the relative
    clause right after it ("qui", then a verb or an auxiliary, in the same sentence). Not
    after a demonstrative or a possessive ("cette organisation qui", "ses rebelles qui"):
    those take up an actor named before, whom the group would double."""
    t = f.t
    if j + 1 >= len(t.ws) or t.key(j) != "qui" or is_punct(t.gap(j)) or is_punct(t.gap(j + 1)):
        return False
    if t.key(i - 1) in _TAKEN_UP and not f.punct_before(i):
        return False
    return t.same_sentence(i, j + 1) and f.pos(j + 1) in ("VERB", "AUX")


def _author_of_words(f: Finder, i: int) -> bool:
    """ "les critiques de responsables X", "les déclarations provocatrices de personnalités
    Y", "les accusations des manifestants": the group (from word i, over its determiner or
    quantity) completes a noun of what is said or demanded (``speech_nouns`` of the
    quotes, ``authored_nouns``), past one adjective: it is the author, it speaks."""
    t = f.t
    skipped = f.words["determiners"] | f.words["quantity_words"] | f.words["loose_quantities"]
    k = i - 1
    while k >= 0 and k > i - 3 and t.key(k) in skipped and t.key(k) not in _DE:
        k -= 1
    if t.key(k) not in _DE or not t.same_sentence(k, i) or f.punct_before(k + 1):
        return False
    n = k - 1
    if n >= 0 and f.pos(n) == "ADJ" and not f.punct_before(n + 1):
        n -= 1  # "les déclarations provocatrices de ..."
    if n < 0 or f.punct_before(n + 1) or not t.same_sentence(n, i):
        return False
    return t.key(n) in _authored_nouns() or t.prev_phrase(n + 1, 3) in _authored_nouns()


@derived
def _authored_nouns() -> frozenset[str]:
    """The quotes' utterance nouns and the actors' nouns of demands and blame, folded."""
    return word_set("quotes_verbs", "speech_nouns") | word_set("actors_words", "authored_nouns")


def subject(f: Finder, tok) -> bool:
    """The token is a subject, or heads a quantity that is ("la majorité des élus")."""
    if tok.dep_ == "nsubj":
        return True
    return tok.head.dep_ == "nsubj" and fold(tok.head.text) in f.words["quantity_words"]


def _quantity_subject(f: Finder, i: int) -> bool:
    """ "des milliers de manifestants ont ...": the quantity before the group is the
    subject."""
    t = f.t
    quantity = f.words["quantity_words"]
    prev, prev2 = t.key(i - 1), t.key(i - 2)
    if prev in quantity or (prev in ("de", "d", "des") and prev2 in quantity):
        q = t.token_at(t.ws[i - 1 if prev in quantity else i - 2].start)
        return q.dep_ == "nsubj"
    return False


def _source_or_inverted_subject(f: Finder, i: int, j: int) -> bool:
    """ "selon les manifestants" (a source), "« ... » scandaient les manifestants." (a
    finite verb just before the group that closes the clause)."""
    t = f.t
    skipped = f.words["determiners"] | f.words["quantity_words"] | {"de", "d", "plusieurs"}
    k = i - 1
    while k >= 0 and t.key(k) in skipped:
        k -= 1
    if t.key(k) == "selon" or (t.key(k) == "apres" and t.key(k - 1) == "d"):
        return True
    if k >= 0 and k < i - 1 and t.same_sentence(k, i):
        verb = t.token_at(t.ws[k].start)
        end_of_clause = j >= len(t.ws) or is_punct(t.gap(j)) or not t.same_sentence(i, j)
        if verb.pos_ == "VERB" and verb.morph.get("VerbForm") == ["Fin"] and end_of_clause:
            return True
        if end_of_clause and _incise_participle(f, k):
            return True
    return False


def _incise_participle(f: Finder, k: int) -> bool:
    """ "« ... », ont rapporté les médias X.", ", a indiqué la présidence.": word k is the
    past participle of a verb of saying, with no subject before it, after an auxiliary that
    punctuation opens: an incise whose subject is inverted after it (without the
    punctuation, "a blessé des agents" has an object; "X, a reçu les élus" closes an
    apposition and has a subject)."""
    t = f.t
    verb = t.token_at(t.ws[k].start)
    if verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm") or k < 1:
        return False
    if fold(verb.lemma_) not in _speech_verbs():
        return False  # "X, a reçu les élus": an apposition closed, the object after
    if any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children):
        return False
    aux = t.token_at(t.ws[k - 1].start)
    return aux.pos_ == "AUX" and is_punct(t.gap(k - 1)) and not is_punct(t.gap(k))


@derived
def _speech_verbs() -> frozenset[str]:
    """The verbs of saying of the quotes (an incise reports words), folded."""
    return word_set("quotes_verbs", "speech_verbs")


def _subject_of_next_verb(f: Finder, i: int, j: int) -> bool:
    """The group is followed by an active auxiliary or a finite verb ("les manifestants
    ont défilé", "les élus réclament")."""
    t = f.t
    if j >= len(t.ws) or is_punct(t.gap(j)) or not t.same_sentence(i, j):
        return False
    nxt = t.token_at(t.ws[j].start)
    if (
        nxt.pos_ == "AUX"
        and nxt.dep_.startswith("aux")
        and nxt.head.pos_ == "VERB"
        and not any(c.dep_ == "aux:pass" for c in nxt.head.children)
    ):
        return True
    return nxt.pos_ == "VERB" and nxt.morph.get("VerbForm") == ["Fin"]
