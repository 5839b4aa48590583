"""Phase D: proper names, from spaCy's entities and from capitalised words after a cue
noun that spaCy missed ("la société Nordvik", "le quotidien Nikkei").

Each span is extended to the whole name (a cue's capitalised run, an organisation's
lowercase complement), merged with its neighbours, trimmed of determiners and trailing
lowercase words, then typed and added by :func:`~.classify.classify_and_add`.
"""

from __future__ import annotations

import re

from analysis.document.tokens import view
from analysis.extract.actors.finder import Finder
from analysis.extract.actors.rules.buildings import building_name
from analysis.extract.actors.rules.classify import classify_and_add
from analysis.extract.actors.rules.glued_holders import holder_split, known_body_holder
from analysis.extract.actors.rules.known import office_mention
from analysis.extract.actors.rules.shouted import shouted
from analysis.extract.actors.rules.states import STATE_FORMS, state_form_name
from analysis.extract.actors.text import dotted_honorific, is_punct, phrase_edges
from analysis.extract.actors.vocab import state_offices, title_words, vocab
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import country_of_adjective

Span = tuple[int, int, str]  # word indices [i, j) and spaCy label ("CUE": after a cue noun)
_CUE_KINDS = ("media", "company", "product", "organisation", "role")
_NAMED_BODIES = ("media", "company", "organisation")
_COMPLEMENT = ("pour", "de", "des", "du", "d")
_TRIMMED = ("de", "d", "selon")  # with the determiners, dropped from a name's start
_WEB_SUFFIXES = ("net", "com", "org")
# prepositions before a country that complements a title ("de Jordanie", "en Norvège"); not
# "à", which also introduces an addressee named like a country ("a téléphoné à Israël K.")
_STATE_COMPLEMENTS = ("de", "du", "des", "d", "en", "au", "aux", "pour", "a")


def entities(f: Finder) -> None:
    """Phase D: spaCy entities and capitalised names after cue words, classified by rules."""
    spans = _spacy_spans(f)
    spans += _cue_spans(f, {k for i, j, _ in spans for k in range(i, j)})
    spans.sort()
    spans = merge_adjacent(f, sorted(_extend(f, i, j, label) for i, j, label in spans))
    for i, j, label in spans:
        i0, j0 = i, j
        i, j = trim(f, i, j)
        k = known_body_holder(f, i, j) if i < j else None
        if k is not None:  # "le patron de Sonatrach Amadou Keita": the known body, its head
            i, label = k, "PER"
        if i >= j or not f.free_words(i, j) or common_word(f, i, j) or office_name(f, i, j):
            continue
        if title_only(f, i, j) or byline(f, i, j) or _article_before_one_name(f, i, j, label):
            continue
        if state_form_name(f, i, j) or building_name(f, i, j) or shouted(f, i, j):
            continue
        k = holder_split(f, i, j)
        if k is not None:  # "du Parti X Jean Roy": the body, then its head
            classify_and_add(f, i, k, "ORG")
            i, label = k, "PER"
        i_titled = _titled_start(f, i, j)
        n = len(f.mentions)
        if label != "PER" and _named_after_state_complement(f, i0, i, j):
            label = "PER"
        classify_and_add(f, i, j, label, j0)
        if i_titled < i and len(f.mentions) > n and f.mentions[-1].type == "person":
            f.mentions[-1].aliases.append(f.t.span_text(i_titled, j))  # "Capitaine Kaboré"


def _named_after_state_complement(f: Finder, i0: int, i: int, j: int) -> bool:
    """ "l'ambassadrice des Pays-Bas X Y" tagged as one place from the country on: once
    :func:`_state_cut` has cut the country complementing the title, the two capitalised
    words or more left are the title holder's name, whatever label the country gave."""
    if not i0 < i or j - i < 2 or not all(f.is_cap(k) for k in range(i, j)):
        return False
    hit = f.gaz.get(_past_state_form(f, i0))  # also "la République du Pérou X Y"
    return hit is not None and hit[1].kind == "country" and hit[0] == i


def _article_before_one_name(f: Finder, i: int, j: int, label: str) -> bool:
    """ "l'indépendance du Karabakh", "occupé le Karabakh": one word spaCy calls a person
    after a definite article is a place or a thing; French names a person without one."""
    t = f.t
    if label != "PER" or j - i != 1 or i < 1 or not t.same_sentence(i - 1, i):
        return False
    return t.ws[i - 1].text in ("le", "la", "l'", "l’", "du", "au") and not is_punct(t.gap(i))


def byline(f: Finder, i: int, j: int) -> bool:
    """ "Par Jean Dupont" closing its line: the article's byline, whose author is no actor
    of the story."""
    t = f.t
    if i < 1 or t.ws[i - 1].text != "Par" or not t.same_sentence(i - 1, i):
        return False
    rest = t.article.text[t.ws[j - 1].end :]
    return not rest.strip(" \t") or rest.lstrip(" \t").startswith("\n")


def office_name(f: Finder, i: int, j: int) -> bool:
    """ "la Présidence française": a capitalised office noun and a nationality adjective
    name that office of the state (an organisation, one identity with its seat)."""
    t = f.t
    office = state_offices().get(t.key(i))
    if office is None or (i + 1) not in f.adj_end or f.adj_end[i + 1][0] != j:
        return False
    start, end = t.ws[i].start, t.ws[j - 1].end
    iso = f.adj_end[i + 1][1]
    f.add(office_mention(start, end, office, iso, t.article.text[start:end]))
    return True


# the number of a part of a text: Roman or Arabic numerals
_NUMBERED = re.compile(r"[IVXLC]{1,6}|\d{1,3}")


def common_word(f: Finder, i: int, j: int) -> bool:
    """ "Traité", "Président", "Diplomatie", "Avant-même": one capitalised word (or its
    hyphenated parts) that is a common noun or a function word, capitalised only because it
    opens a sentence, a title or a rubric, is no name; so is one followed by a number
    ("Annexe II", "Chapitre 7")."""
    t = f.t
    if j - i == 2 and _NUMBERED.fullmatch(t.ws[i + 1].text):
        j -= 1  # "Annexe II", "Chapitre 7": a numbered part of a text, no name
    if any(t.gap(k) != "-" for k in range(i + 1, j)):
        return False
    common = _common_words()
    if j - i == 1 and _plural_noun(f, t.key(i)):
        return True
    return any(t.key(k) in common for k in range(i, j)) or _heading_noun(f, i, j)


def _plural_noun(f: Finder, key: str) -> bool:
    """ "les Présidents de ...", "les Centres culturels ...": the plural of a title or of a
    body's head noun, capitalised by the writer and cut from its complement by the tagger,
    names no one (a body named by a plural head, "Forces", "Services", is in the heads)."""
    heads = f.words["organisation_heads"]
    return (
        key.endswith("s")
        and key not in heads
        and (key[:-1] in heads or key[:-1] in f.words["roles"])
    )


# endings of French action nouns ("libération", "arrestation", "expulsion", "rapprochement",
# "sécurité", "passage", "rupture", "méfiance", "présence")
_NOUN_ENDINGS = ("tion", "sion", "ment", "ite", "age", "ure", "ance", "ence")  # folded


def _heading_noun(f: Finder, i: int, j: int) -> bool:
    """ "Libération de deux gendarmes : ...", "Expulsion du diplomate": one word that opens
    a sentence or a heading with the ending of an action noun, before its "de" complement,
    is that noun (not a body's name; "Fondation de ..." opens a body: its head is kept)."""
    t = f.t
    key = t.key(i)
    return (
        j - i == 1
        and f.sentence_start(i)
        and key.endswith(_NOUN_ENDINGS)
        and key not in f.words["organisation_heads"]
        and t.key(j) in ("de", "du", "des", "d")
        and not f.punct_before(j)
    )


def title_only(f: Finder, i: int, j: int) -> bool:
    """ "le Président béninois", "le Ministre délégué", "du Ministre des Affaires
    étrangères", "le chef de l'Etat ghanéen": a role noun in courtesy capitals (or the end
    of a title begun before the capital) with nothing but the words of titles after
    it (portfolios, nationality adjectives, "délégué", "chargé de") is a title, not a name:
    whoever holds it is named elsewhere, or not at all."""
    t = f.t
    keys = [t.key(k) for k in range(i, j)]
    roles = f.words["roles"]
    q = 0
    while q < len(keys) - 1 and keys[q] in f.words["modifiers"]:
        q += 1  # "Ancien Président"
    if (
        not any(t.prev_phrase(i + q + n, n) in roles for n in (1, 2, 3, 4))
        and not any(f"{t.prev_phrase(i, n)} {keys[0]}" in roles for n in (1, 2, 3))
        and not _complements_title(f, i)
    ):  # "le chef de l'Etat ghanéen": the name would end a title begun before it
        return False
    allowed = title_words()
    k = i
    while k < j:  # an adjective of several words ("bissau-guinéen") is skipped whole
        if k in f.adj_end and f.adj_end[k][0] <= j:
            k = f.adj_end[k][0]
        elif keys[k - i] in allowed or country_of_adjective(keys[k - i]):
            k += 1
        else:
            return False
    return True


def _complements_title(f: Finder, i: int) -> bool:
    """ "le ministre camerounais des Relations Extérieures": the capitals at word i follow
    "des" / "du" / "de la" after a role noun and its nationality adjective; the adjective
    parts the portfolio from its title, so spaCy's name starts at the portfolio."""
    t = f.t
    k = i - 1
    if k >= 1 and t.key(k) in ("la", "l") and t.key(k - 1) == "de":
        k -= 1
    if k < 1 or t.key(k) not in ("des", "du", "de", "d"):
        return False
    k -= 1
    adjectives = 0
    while k >= 0 and t.same_sentence(k, i) and (k in f.adj_start or country_of_adjective(t.key(k))):
        k = f.adj_start.get(k, k) - 1
        adjectives += 1
    roles = f.words["roles"]
    return adjectives > 0 and any(t.prev_phrase(k + 1, n) in roles for n in (1, 2, 3))


@derived
def _common_words() -> frozenset[str]:
    """The words :func:`common_word` looks for: one union of the vocabularies, made once (per
    lexicon edit) instead of at every capitalised word."""
    w = vocab()
    return (
        w["not_names"]
        | w["roles"]
        | w["portfolios"]
        | w["state_nouns"]
        | w["role_prepositions"]
        | w["introducers"]
        | w["calendar_words"]
    )


def _spacy_spans(f: Finder) -> list[Span]:
    """spaCy's entities of the body, as word spans."""
    t = f.t
    spans: list[Span] = []
    body = t.article.body_start
    tv = view(t.doc)
    for e_start, e_end, label in tv.ents:
        if tv.idx[e_start] < body:
            continue
        r = t.words_in(tv.idx[e_start], tv.end[e_end - 1])
        spans.extend((a, b, label) for a, b in _lines(f, r.start, r.stop))
    return spans


def _lines(f: Finder, i: int, j: int) -> list[tuple[int, int]]:
    """Words [i, j) cut at each line break: the tagger may read a heading's last word and
    the next line's first name as one entity; no name crosses a line."""
    cuts = [k for k in range(i + 1, j) if f.line_break_before(k)]
    bounds = [i, *cuts, j]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _cue_spans(f: Finder, covered: set[int]) -> list[Span]:
    """Capitalised runs after a cue noun that spaCy missed ("la société Nordvik")."""
    t, ws = f.t, f.t.ws
    caps = t.caps
    spans: list[Span] = []
    for i in range(1, len(ws)):
        if not caps[i] or i in covered or not t.free(ws[i].start, ws[i].end):
            continue
        if f.cue_before(i)[0] in _CUE_KINDS:
            j = f.cap_run(i)
            spans.append((i, j, "CUE"))
            covered.update(range(i, j))
        elif (j := _capitalised_body(f, i)) is not None:
            spans.append((i, j, "ORG"))
            covered.update(range(i, j))
    return spans


def _capitalised_body(f: Finder, i: int) -> int | None:
    """ "la Cour constitutionnelle gabonaise", "le Conseil national de transition": a
    capitalised organisation noun after a determiner, with lowercase adjectives after it,
    is an institution's name (the capital marks it) even when the tagger saw none; returns
    the end of its adjectives (:func:`_extend` adds a "de" complement)."""
    t = f.t
    if t.key(i) not in f.words["organisation_heads"] or t.key(i - 1) not in ("le", "la", "l"):
        return None
    if f.punct_before(i) or not t.same_sentence(i - 1, i):
        return None
    if t.key(i - 2) in _COMPLEMENT and f.phrase_before(i - 2, f.words["roles"]) is not None:
        return None  # "le président de l'Assemblée nationale X": part of a title
    j = i + 1
    while (
        j < len(t.ws)
        and not f.is_cap(j)
        and not f.punct_before(j)
        and t.same_sentence(i, j)
        and f.pos(j) == "ADJ"
    ):
        j += 1
    return j if j > i + 1 else None


def _extend(f: Finder, i: int, j: int, label: str) -> Span:
    """The whole name: a cue's capitalised run, and an organisation's complement ("le
    Conseil européen pour les relations internationales", "la Nouvelle banque de
    développement")."""
    t = f.t
    if label != "CUE" and f.cue_before(i)[0] in _NAMED_BODIES:
        j = max(j, f.cap_run(i))
    if f.is_cap(i) and t.key(i) in f.words["organisation_heads"]:
        j = seat_complement(f, org_tail(f, j))
    elif (
        j - i == 1
        and f.is_cap(i)
        and t.key(j) in f.words["organisation_heads"]
        and not f.is_cap(j)
        and not f.punct_before(j)
    ):
        j = org_tail(f, j + 1)  # "la Nouvelle banque de développement"
    return i, j, label


def org_tail(f: Finder, j: int) -> int:
    """ "le Conseil européen pour les relations internationales": an organisation's
    name goes on over a lowercase complement up to punctuation or a verb."""
    t, n = f.t, len(f.t.ws)
    if t.key(j) not in _COMPLEMENT or f.punct_before(j):
        return j
    k, end = j, j
    while k < n and k - j < 8 and t.same_sentence(j, k) and not f.punct_before(k):
        tok = t.token_at(t.ws[k].start)
        if f.is_cap(k) or tok.pos_ in ("VERB", "AUX") or t.key(k) in ("a", "au", "aux"):
            break
        if tok.pos_ in ("NOUN", "ADJ"):
            end = k + 1
        k += 1
    return end


def seat_complement(f: Finder, j: int) -> int:
    """ "le Comité de liaison de Belmar", "la Commission des finances de la Chambre", "le
    Bureau politique du Sénat": a capitalised body's name that ends on a lowercase complement
    goes on over one more complement, "de / du / de la / de l'" and a capitalised run, the
    town or the assembly the body belongs to (French names a body's seat or parent after
    its purpose). Not over a chain of two such complements (a name cut midway is no better
    than the short one), a state ("… du Kenya": the body's country, read as such), a
    person's name, nor words another rule already claimed (a known body stays its own
    actor)."""
    t = f.t
    if t.key(j) not in ("de", "du", "d") or f.punct_before(j) or f.punct_before(j + 1):
        return j
    if not f.is_cap(j - 1) and t.key(j - 1) in ("de", "du", "d", "des"):
        return j
    k = j + 1 + (t.key(j) == "de" and t.key(j + 1) in ("la", "l"))
    if k >= len(t.ws) or not f.is_cap(k) or f.punct_before(k) or not t.same_sentence(j, k):
        return j
    if k in f.gaz and f.gaz[k][1].kind in ("country", "noun", "adjective", "periphrase"):
        return j
    if f.person_starts(k):
        return j
    end = k
    while end < len(t.ws) and f.is_cap(end) and not f.punct_before(end) and end - k < 3:
        end += 1
    if not t.free(t.ws[k].start, t.ws[end - 1].end):
        return j
    nxt = end + 1 + (t.key(end) == "de" and t.key(end + 1) in ("la", "l"))
    if t.key(end) in ("de", "du", "d") and f.is_cap(nxt) and not f.punct_before(end):
        return j  # the chain goes on ("… de la Régence de l'Autorité X"): no name cut midway
    return end


def merge_adjacent(f: Finder, spans: list[Span]) -> list[Span]:
    """Overlapping spans are one name; so is a lone capitalised word glued to the next
    span ("Grand" + "Tortue X"), unless it is a portfolio, a role or an organisation head."""
    out: list[Span] = []
    lexical = (
        f.words["portfolios"]
        | f.words["roles"]
        | f.words["organisation_heads"]
        | f.words["state_nouns"]  # "chef de l'État X": the end of a title, no first name
        | f.words["title_words"]
    )
    for i, j, lab in spans:
        if out and _line_between(f, out[-1][1], i):
            out.append((i, j, lab))  # a heading's last word, the next line's name: two
            continue
        if out and i < out[-1][1]:
            pi, pj, plab = out[-1]
            out[-1] = (pi, max(pj, j), plab if plab != "CUE" else lab)
            continue
        if out and _coordinated_complement(f, out[-1], i):
            out[-1] = (out[-1][0], j, out[-1][2])  # "Brigades de Veille et de Protection"
            continue
        if out and i == out[-1][1] and f.t.gap(i).strip() == "":
            pi, pj, plab = out[-1]
            if pj - pi == 1 and f.is_cap(pi) and f.t.key(pi) not in lexical:
                if _place_then_holder(f, (pi, pj, plab), (i, j, lab)):
                    out.append((i, j, lab))  # "du Manitoba" + "Paul Roy": two names
                    continue
                out[-1] = (pi, j, lab if lab == "PER" else plab)  # "Grand" + "Tortue X"
                continue
        out.append((i, j, lab))
    return out


def _line_between(f: Finder, j: int, i: int) -> bool:
    """A line break between the end ``j`` of one span and the start ``i`` of the next."""
    return i >= j and any(f.line_break_before(k) for k in range(j, i + 1))


def _place_then_holder(f: Finder, prev: Span, span: Span) -> bool:
    """ "le premier ministre de l'Ontario Jean Roy", "la gouverneure du Texas Ann Lee", "la
    députée de la Gaspésie Ann Lee": a one-word place complementing a title, then the
    title holder's name of two words or more with no comma between (the press often drops
    it): two names, not one. The feminine article counts only after "de" ("de la X"), not
    as a subject's article ("la X Jean Roy")."""
    t = f.t
    pi, _pj, plab = prev
    i, j, lab = span
    linked = t.key(pi - 1) in ("de", "du", "d", "l", "des") or (
        t.key(pi - 1) == "la" and t.key(pi - 2) == "de"
    )
    return plab == "LOC" and lab == "PER" and j - i >= 2 and linked and t.same_sentence(pi - 1, pi)


def _coordinated_complement(f: Finder, prev: Span, i: int) -> bool:
    """ "les Brigades de Veille et de Protection", "le Comité de Suivi et d'Évaluation": a
    body's name that coordinates two capitalised complements ("et de / et d' / et du / et
    des", an article allowed) is one name, when the first part opens with an organisation
    head and the second is nothing the knowledge base knows (not "l'Union africaine et de la
    Cédéao", two bodies)."""
    t = f.t
    pi, pj, _lab = prev
    while pi < pj - 1 and t.key(pi) in f.words["determiners"]:
        pi += 1  # "Les Forces de ...": the tagger's span may open on the article
    if not (f.is_cap(pi) and t.key(pi) in f.words["organisation_heads"] and pj - pi >= 3):
        return False
    if t.key(pj) != "et" or t.key(pj + 1) not in ("de", "d", "du", "des") or f.punct_before(pj):
        return False
    k = pj + 2 + (t.key(pj + 2) in ("la", "l"))
    return k == i and f.is_cap(i) and i not in f.gaz and not f.punct_before(pj + 1)


def trim(f: Finder, i: int, j: int) -> tuple[int, int]:
    """The name inside words [i, j): no leading determiner (unless it is part of a
    medium's title, "Le Monde"), no trailing lowercase words (unless they belong to the
    name: a hyphenated part, an organisation's words, a party's nationality)."""
    i = _portfolio_cut(f, _state_cut(f, _trim_left(f, i, j), j), j)
    return i, _trim_right(f, i, _place_cut(f, i, _separator_cut(f, i, j)))


def _separator_cut(f: Finder, i: int, j: int) -> int:
    """ "Sahelia | Un pas de plus", "Port-Louis | AFP": a vertical bar separates the parts of
    a web headline or a dateline, never the words of one name; the name ends before it."""
    return next((k for k in range(i + 1, j) if "|" in f.t.gap(k)), j)


def _portfolio_cut(f: Finder, i: int, j: int) -> int:
    """ "le ministre des Affaires étrangères X Y" tagged from the portfolio on: the
    portfolio words end a title, the name is the capitalised words after them."""
    t = f.t
    k = i
    while k < j and (t.key(k) in f.words["portfolios"] or t.key(k) in ("et", "de", "des", "du")):
        k += 1
    if k == i or t.key(i) not in f.words["portfolios"] or j - k < 2:
        return i
    if f.is_cap(k) and f.is_cap(k + 1):
        return k  # "... de la Défense Moussa X": a portfolio, then the name
    return i


def _state_cut(f: Finder, i: int, j: int) -> int:
    """ "le roi de Jordanie X Y", "le chef des services de la Moldavie X Y", "l'ambassadeur
    du Ghana en Norvège X Y", "l'envoyé spécial pour la Libye X Y": a country
    complementing a title, tagged with the name that follows it, is not part of that name
    (the name starts after the country)."""
    hit = f.gaz.get(_past_state_form(f, i))
    before = f.t.key(i - 2) if f.t.key(i - 1) in ("la", "l") else f.t.key(i - 1)
    if hit is None or hit[1].kind != "country" or before not in _STATE_COMPLEMENTS:
        return i
    end = hit[0]
    if end < j and f.is_cap(end) and f.t.gap(end) == " ":
        return end
    return i


def _past_state_form(f: Finder, i: int) -> int:
    """ "la vice-présidente de la République du Pérou X Y": the country after a form of state
    that opens the run ("République du", "Royaume de"), where the tagger started the name;
    word i itself otherwise."""
    t = f.t
    if t.key(i) not in STATE_FORMS or not f.is_cap(i) or t.key(i + 1) not in ("de", "du", "d"):
        return i
    return i + 2 + (t.key(i + 2) in ("la", "l"))


def _place_cut(f: Finder, i: int, j: int) -> int:
    """ "Sabre au Burkina Faso", "X en Chine": a name tagged over a place complement ends
    before its preposition (a country or a capital of the gazetteer follows it)."""
    t = f.t
    for k in range(i + 1, j - 1):
        if t.key(k) in ("au", "aux", "a", "en") and not f.is_cap(k):
            nxt = k + 2 if t.key(k + 1) in ("la", "l") else k + 1
            hit = f.gaz.get(nxt)
            if hit is not None and hit[1].kind in ("country", "capital"):
                return k
    return j


def _trim_left(f: Finder, i: int, j: int) -> int:
    t = f.t
    while (
        i < j
        and (
            t.key(i) in f.words["determiners"]
            or t.key(i) in _TRIMMED
            or t.key(i) in f.words["honorifics"]  # "Son Excellence X", "Sa Majesté le Roi X"
        )
        and not (
            f.is_cap(i) and j - i > 1 and t.key(i) in ("le", "la", "les", "l") and titled(f, i)
        )
    ):
        i += 1
    i += 2 if j - i >= 3 and dotted_honorific(t, i) else 0  # "S. E. Mme X"
    return _title_word(f, _lowercase_title(f, _leading_adjective(f, i, j), j), j)


def _leading_adjective(f: Finder, i: int, j: int) -> int:
    """ "le ministre sri-lankais des Affaires étrangères" tagged from the adjective on: a
    lowercase nationality adjective (one word or hyphenated) opening a span qualifies the
    noun before it, as French puts it after its noun; no name starts with it. The span
    goes on after it, then past the determiners that follow ("des Affaires ...")."""
    if f.is_cap(i) or i not in f.adj_end or f.adj_end[i][0] >= j:
        return i
    k = f.adj_end[i][0]
    while k < j and (f.t.key(k) in f.words["determiners"] or f.t.key(k) in _TRIMMED):
        k += 1
    return k


def _lowercase_title(f: Finder, i: int, j: int) -> int:
    """ "président Diomaye" tagged as one person: a lowercase title opening the span is
    the name's title (read by the role finder), the name starts at its first capital."""
    if f.is_cap(i) or label_words_only(f, i, j):
        return i
    k = i
    words = title_words()
    while k < j and not f.is_cap(k) and (f.t.key(k) in words or country_of_adjective(f.t.key(k))):
        k += 1
    if k == i or k >= j or not f.is_cap(k) or f.t.key(i) not in _role_firsts():
        return i
    if all(f.t.key(x) in words or country_of_adjective(f.t.key(x)) for x in range(k, j)):
        return i  # "président de la République": a title throughout
    return k


def label_words_only(f: Finder, i: int, j: int) -> bool:
    """No capitalised word in words [i, j)."""
    return not any(f.is_cap(k) for k in range(i, j))


@derived
def _role_firsts() -> frozenset[str]:
    """First words of the role nouns ("président", "ministre", "chef")."""
    return frozenset(p.split()[0] for p in vocab()["roles"])


def _titled_start(f: Finder, i: int, j: int) -> int:
    """Where the name at words [i, j) starts with the capitalised title :func:`_title_word`
    cut off ("Capitaine Kaboré"): the written form, kept as an alias of the person."""
    k = i
    while k > 0 and f.is_cap(k - 1) and f.t.gap(k) == " " and f.t.key(k - 1) in f.words["roles"]:
        k -= 1
    return k


def _title_word(f: Finder, i: int, j: int) -> int:
    """ "du Capitaine Kaboré", "le Président Ndongo": a capitalised title glued to a name by
    spaCy is the name's title (read by the role finder), not part of the name; only a single
    role noun followed by capitalised words (never "Premier", a modifier of names too)."""
    t = f.t
    while (
        j - i > 1
        and f.is_cap(i)
        and f.is_cap(i + 1)
        and t.gap(i + 1) == " "
        and t.key(i) in f.words["roles"]
        and t.key(i + 1) not in f.words["roles"]
        and _name_word(f, i + 1)
        and not _given_name(f, i, j)
    ):
        i += 1
    return _title_phrase(f, i, j)


def _given_name(f: Finder, i: int, j: int) -> bool:
    """ "Cheikh Amadou Fall": a title that is also a West African given name
    (``given_name_titles``), capitalised, opening the sentence or after no determiner nor
    title, before a given name and a surname with no Arabic particle, is the name's first
    word ("le cheikh Ahmed", "Cheikh Hamad ben Khalifa", "Cheikh Tamim": a title)."""
    t = f.t
    if t.key(i) not in f.words["given_name_titles"] or j - i < 3:
        return False
    before = t.key(i - 1) if i > 0 and t.same_sentence(i - 1, i) else ""
    if before in f.words["determiners"] or before in f.words["roles"]:
        return False
    rest = range(i + 1, j)
    return all(f.is_cap(k) and t.key(k) not in f.words["name_particles"] for k in rest)


def _name_word(f: Finder, k: int) -> bool:
    """Word k may start a name after a capitalised title: a proper noun, or a capitalised
    word the tagger read otherwise ("le Président Koffi X": a first name read as an
    adjective), unless it is a word of titles or a nationality ("Président Directeur")."""
    if f.pos(k) == "PROPN":
        return True
    key = f.t.key(k)
    return (
        f.pos(k) in ("ADJ", "NOUN")
        and f.is_cap(k + 1)
        and key not in title_words()
        and not country_of_adjective(key)
    )


def _title_phrase(f: Finder, i: int, j: int) -> int:
    """ "Le Premier ministre Ahmed X" tagged as one entity: a capitalised title of several
    words ("Premier ministre", "Secrétaire d'État") before capitalised words is their
    title, not part of the name; so is a title with a nationality adjective ("Le Premier
    ministre malgache Ahmed X", "Président ivoirien Koffi Y")."""
    t = f.t
    if not f.is_cap(i) or t.key(i) not in phrase_edges(f.words["roles"])[0]:
        return i  # no title starts with this word (most names)
    for n in (4, 3, 2, 1):
        if " ".join(t.key(x) for x in range(i, i + n)) not in f.words["roles"]:
            continue
        k = i + n
        adjective = k in f.adj_end and not f.is_cap(k)
        if adjective:
            k = f.adj_end[k][0]
        if (n > 1 or adjective) and k < j and f.is_cap(k):
            if not any(t.gap(x) != " " for x in range(i + 1, k + 1)):
                return k
    return i


def _trim_right(f: Finder, i: int, j: int) -> int:
    t = f.t
    org_named = _organisation_named(f, i, j)
    while (
        j > i
        and not f.is_cap(j - 1)
        and not t.ws[j - 1].text.isdigit()
        and t.ws[j - 1].text not in _WEB_SUFFIXES
    ):
        if t.gap(j - 1) == "-" and j - 1 > i and f.is_cap(j - 2):
            break  # "Choi Dong-hyun": a hyphenated part of the name ("après-midi" is not)
        if org_named and not _org_word_droppable(f, i, j - 1):
            break  # "Fédération des industries coréennes", "Parti démocrate"
        if (j - 1) in f.adj_start and f.is_cap(f.adj_start[j - 1] - 1):
            break  # "Solution grecque": a nationality adjective in a party's name
        j -= 1
    return j


def _org_word_droppable(f: Finder, i: int, k: int) -> bool:
    """Whether the lowercase word ``k`` at the end of an organisation's name is no part of
    it: a function word, or a day or month glued to the name by the tagger ("le Conseil de
    défense nationale lundi": the day dates the sentence). A date's month stays ("le
    Mouvement du 9 avril", "le Front de juin": after a number or "de")."""
    t = f.t
    if t.key(k) in f.words["function_words"]:
        return True
    return (
        t.key(k) in f.words["calendar_words"]
        and k - 1 > i
        and not t.ws[k - 1].text.isdigit()
        and t.key(k - 1) not in f.words["function_words"]
    )


def _organisation_named(f: Finder, i: int, j: int) -> bool:
    """ "Fédération des industries ...", "Nouvelle banque de développement": an
    organisation head opens the name, so its lowercase words belong to it."""
    heads = f.words["organisation_heads"]
    return (
        i < j and f.is_cap(i) and (f.t.key(i) in heads or (j - i >= 2 and f.t.key(i + 1) in heads))
    )


def titled(f: Finder, i: int) -> bool:
    """ "Le Soleil", "Le Monde": an article that is part of a medium's title."""
    return f.cue_before(i)[0] == "media"
