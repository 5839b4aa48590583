"""Phase E: states, and the places where things happen.

A state is named by a country ("le Maroc"), a capital that acts ("Rabat a salué"; "à
Rabat" is a venue), a periphrase ("le royaume chérifien"), a monarchy noun referring back
("le royaume"), or a description ("les autorités japonaises", "la présidence de Séoul",
"le président Kim" in a story set in Seoul). A people's noun ("les Israéliens") is a group.
Venues ("à Rabat", "à Dakar") are kept as context for the countries of other actors.
"""

from __future__ import annotations

import bisect

from analysis.document.tokens import view
from analysis.extract.actors.finder import Finder
from analysis.extract.actors.records import Mention, Venue
from analysis.extract.actors.rules.known import office_mention
from analysis.extract.actors.rules.positions import actor_position, acts
from analysis.extract.actors.text import quoted_mask
from analysis.extract.actors.vocab import compound_prefixes, monarchy_nouns, state_offices
from analysis.resources.gazetteer import city_country, countries, metonym_index, norm_key

_STATE_KINDS = ("country", "capital", "periphrase", "noun")


def states(f: Finder) -> None:
    """Phase E: each free gazetteer country, capital, periphrase or people's noun, in
    order (a coordinated name shares the decision made for the one before)."""
    t, ws = f.t, f.t.ws
    decisions: dict[int, bool] = {}
    for i in sorted(f.gaz):
        j, hit, _phrase = f.gaz[i]
        if hit.kind not in _STATE_KINDS or not t.free(ws[i].start, ws[j - 1].end):
            continue
        if hit.kind == "noun":
            people(f, i, j, hit.ref)
        elif hit.kind == "periphrase":
            f.add(_state(f, i, j, hit.ref, "periphrase"))
        elif geo_feature_before(f, i):
            t.claim(ws[i].start, ws[j - 1].end)  # "la mer du Japon"
        else:
            decisions[i] = actor = actor_position(f, i, j, decisions)
            if hit.kind == "capital":
                capital(f, i, j, hit.ref, actor)
            else:
                country(f, i, j, hit.ref, actor)
    city_venues(f)


STATE_FORMS = frozenset(
    ("republique", "royaume", "etat", "emirat", "sultanat", "principaute", "federation")
)


def state_form_name(f: Finder, i: int, j: int) -> bool:
    """ "la République du Tchad", "le Royaume d'Espagne", "la République française": the
    state under its form of government (a state mention, not an organisation named by a
    "cue de Name"); added when the name at words [i, j) is one."""
    t = f.t
    if t.key(i) not in STATE_FORMS or j - i < 2:
        return False
    iso = None
    if (i + 1) in f.adj_end and f.adj_end[i + 1][0] == j and t.key(i) != "etat":
        iso = f.adj_end[i + 1][1]  # "République française" ("le chef de l'État français": a title)
    elif t.key(i + 1) in ("de", "du", "d"):
        k = i + 2 + (t.key(i + 2) in ("la", "l", "le"))
        hit = f.gaz.get(k)
        if hit is not None and hit[0] == j and hit[1].kind == "country":
            iso = hit[1].ref
    if iso is None or countries()[iso].kind == "territory":
        return False
    f.add(_state(f, i, j, iso, "periphrase", actor_position(f, i, j, {})))
    return True


def _state(f: Finder, i: int, j: int, iso: str, kind: str, actor: bool = True) -> Mention:
    """A mention of the state ``iso`` at words [i, j), known from the knowledge base."""
    ws = f.t.ws
    return Mention(
        ws[i].start,
        ws[j - 1].end,
        "state",
        f"state:{iso}",
        countries()[iso].name,
        kind,
        iso,
        3,
        fixed_country=True,
        actor_position=actor,
    )


def people(f: Finder, i: int, j: int, iso: str) -> None:
    """ "les Israéliens", "les Kurdes de Syrie": a group of people of a country, unless it is
    what the story speaks of and does not act (a noun's complement, governed by a
    preposition: see :func:`_governed`). "le Néerlandais Pieter Jansen" and "les deux
    Kényans X et Y" only give the persons named right after them a nationality."""
    t, ws = f.t, f.t.ws
    person = f.by_start.get(ws[j].start) if j < len(ws) else None
    if person is not None and person.type == "person" and not f.punct_before(j):
        # "le Néerlandais Pieter Jansen", "les deux Kényans X et Y": a nationality
        if person.strength < 2:
            person.country, person.strength = iso, 2
        return
    if t.key(i - 1) in ("un", "une") and not f.punct_before(i):
        return  # "X, un Sénégalais de 40 ans": one person's nationality, no group
    j2 = j
    if t.key(j) in ("du", "de", "d") and f.is_cap(j + 1) and (j + 1) not in f.gaz:
        j2 = f.cap_run(j + 1)
    if (_noun_complement(f, i) or _governed(f, i)) and not acts(f, i, j2):
        return  # "la sécurité des X-iens", "entre X-iens": what is spoken of, no actor
    name = t.span_text(i, j2)
    f.add(
        Mention(
            ws[i].start, ws[j2 - 1].end, "group", f"group:{iso}:people", name, "demonym", iso, 2
        )
    )


def capital(f: Finder, i: int, j: int, iso: str, actor: bool) -> None:
    """A capital is the state when it acts ("Alger a rompu"), or the institution seated
    there ("Bruxelles a promis": the EU); otherwise it may be a venue ("à Rabat")."""
    t, ws = f.t, f.t.ws
    start, end = ws[i].start, ws[j - 1].end
    t.claim(start, end)
    inst = metonym_index().get(norm_key(t.article.text[start:end]))
    if actor and inst is not None:
        f.add(
            Mention(
                start,
                end,
                inst.type,
                "inst:" + inst.name,
                inst.name,
                "capital",
                inst.country,
                3,
                fixed_country=True,
            )
        )
    elif actor:
        f.add(_state(f, i, j, iso, "capital"))
    elif f.venue_prep(i, context=True):
        f.venues.append(Venue(start, iso))


def country(f: Finder, i: int, j: int, iso: str, actor: bool) -> None:
    """A country is always a mention, marked as an actor or only a place (a state only
    named as a place is dropped later); "au Maroc" is also a venue. A territory is
    neither."""
    start, end = f.t.ws[i].start, f.t.ws[j - 1].end
    if countries()[iso].kind == "territory":
        f.t.claim(start, end)
        return
    if not actor and f.venue_prep(i, context=True):
        f.venues.append(Venue(start, iso))
    m = _state(f, i, j, iso, "country", actor)
    m.visited = not actor and visited_country(f, i, j)
    f.add(m)


_VISIT_PREPS = frozenset(("au", "aux", "en"))
_VISIT_REACH = 6  # "un séjour de travail de trois jours au Togo"
# a stopover is no visit to a host ("a fait escale au Tchad avant de rentrer")
_STOPOVERS = frozenset(("escale", "escales"))


def visited_country(f: Finder, i: int, j: int) -> bool:
    """ "s'est rendu au Kazakhstan", "une visite officielle de deux jours au Bénin", "arrivé
    mardi en Inde": a country at words [i, j) after "au / aux / en" with a visit word
    (``visit_words``) a few words before it in the sentence, no punctuation between, is
    where a visit goes: its host state takes part in the story even when the text names it
    only as the place (the rows of visit stories list the host). Not a capital ("le voyage
    à Moscou": the city), not the first stop of a list ("s'est rendu en A, en B et en C":
    a tour's stops), not inside a quotation (a speaker's words, not the story's visit)."""
    t = f.t
    k = i - 1 if t.key(i - 1) in ("la", "l", "le", "les") else i
    if t.key(k - 1) not in _VISIT_PREPS or f.punct_before(k - 1) or f.punct_before(k):
        return False
    if _stops_list(f, j):
        return False
    visit = f.words["visit_words"]
    for x in range(k - 2, max(-1, k - 2 - _VISIT_REACH), -1):
        if not t.same_sentence(x, i) or f.punct_before(x + 1):
            return False
        if t.key(x) in visit:
            stop = t.key(x) in _STOPOVERS
            return not stop and not quoted_mask(t.article.text)[t.ws[i].start]
    return False


def _stops_list(f: Finder, j: int) -> bool:
    """ "en A, en B", "au A et au B": another destination follows the one ending before
    word j."""
    t = f.t
    if j + 1 >= len(t.ws) or not t.same_sentence(j - 1, j):
        return False
    link = "," in t.gap(j) or t.key(j) in ("et", "puis")
    nxt = j + 1 if t.key(j) in ("et", "puis") else j
    return link and t.key(nxt) in _VISIT_PREPS


def geo_feature_before(f: Finder, i: int) -> bool:
    """ "la mer du Japon", "le golfe de Guinée": a geographic name, not the state (not
    after "aux côtés de", a locution of partners: "côtés" is no coast there)."""
    t = f.t
    k = i
    if t.key(k - 1) in ("la", "l", "le", "les"):
        k -= 1
    if t.key(k - 1) not in ("de", "du", "d", "des"):
        return False
    if t.prev_phrase(k - 1, 2) in f.words["agent_locutions"]:
        return False
    return t.key(k - 2) in f.words["geo_features"]


def city_venues(f: Finder) -> None:
    """Cities that are venues ("à Dakar", "À Séoul") give context to countries; the
    venues are then sorted for :meth:`Finder.context_country`."""
    t = f.t
    tv = view(t.doc)
    for e_start, e_end, label in tv.ents:
        start, end = tv.idx[e_start], tv.end[e_end - 1]
        if label != "LOC" or start < t.article.body_start:
            continue
        r = t.words_in(start, end)
        if len(r) and f.venue_prep(r.start, context=True) and t.free(start, end):
            iso = city_country(t.nlp[start:end], f.article_isos)  # the entity's text
            if iso:
                f.venues.append(Venue(start, iso))
    f.venues.sort(key=lambda v: v.start)
    f.venue_starts = [v.start for v in f.venues]


# --- "le royaume" -------------------------------------------------------------------------
def _noun_complement(f: Finder, i: int) -> bool:
    """The people's noun at word i complements a noun ("l'opinion de certains Japonais",
    "la sécurité des Jordaniens"): over a quantity word, "de" / "des" after a noun."""
    t = f.t
    k = i - 1
    if t.key(k) in f.words["loose_quantities"]:
        k -= 1
    if t.key(k) not in ("de", "des", "d") or not t.same_sentence(k - 1, i):
        return False
    if t.key(k - 1) in ("et", "ou"):  # "la sécurité du pays et des Jordaniens"
        de = [x for x in range(max(0, k - 6), k - 1) if t.key(x) in ("de", "du", "des", "d")]
        k = de[0] if de and t.same_sentence(de[0], i) else k
    return f.pos(k - 1) == "NOUN"


def _governed(f: Finder, i: int) -> bool:
    """The people's noun at word i is governed by a preposition over its determiners
    ("entre Érythréens", "défavorable aux Vietnamiens"; not the agent "par", nor "de":
    see :func:`_governs`), or glued to the capitalised word before it, a name it qualifies ("les
    îles Vierges Britanniques"): what the story speaks of. A counted or object people's
    noun stays ("a libéré deux X-iens"): a target of the stances."""
    t = f.t
    skip = f.words["determiners"] | f.words["loose_quantities"] | {"tous", "toutes"}
    k = i - 1
    while k >= 0 and i - k <= 3 and t.key(k) in skip and t.same_sentence(k, i):
        if _governs(f, k):
            return not f.punct_before(k + 1)
        k -= 1
    if k < 0 or not t.same_sentence(k, i) or f.punct_before(k + 1):
        return False
    if _governs(f, k):
        return True
    return k == i - 1 and f.is_cap(k) and t.same_sentence(k - 1, k) and not f.punct_before(k)


# not governing: the agent ("par") and "de", left to :func:`_noun_complement` ("31 % des X-iens"
# answered a poll: a quantity's complement names who acts)
_NOT_GOVERNING = frozenset(("par", "de", "d", "des", "du"))


def _governs(f: Finder, k: int) -> bool:
    """Word k is a preposition (or its contraction, "aux") that governs what follows."""
    return f.t.key(k) not in _NOT_GOVERNING and f.t.token_at(f.t.ws[k].start).pos_ == "ADP"


def monarchy_anaphora(f: Finder) -> None:
    """ "le royaume" refers back to the last kingdom named."""
    t, ws = f.t, f.t.ws
    nouns = monarchy_nouns()
    for i, w in enumerate(ws):
        kind = nouns.get(w.key)
        if not kind or f.is_cap(i) or not t.free(w.start, w.end):
            continue
        if t.key(i - 1) not in ("le", "la", "l", "du", "au"):
            continue
        if (i + 1) in f.adj_end or t.key(i + 1) in ("de", "d", "du", "uni"):
            continue  # "le royaume marocain", "le Royaume-Uni": not an anaphora
        ref = last_state_before(f, w.start, kind)
        if ref is None:
            continue
        f.add(
            Mention(
                w.start,
                w.end,
                "state",
                ref.key,
                ref.name,
                "anaphora",
                ref.country,
                3,
                fixed_country=True,
            )
        )


def last_state_before(f: Finder, offset: int, monarchy: str) -> Mention | None:
    """The last state of this form of government named before ``offset``."""
    if f.states_sorted is None:
        states_found = (m for m in f.mentions if m.type == "state")
        f.states_sorted = sorted(states_found, key=lambda m: m.start)
        f.states_starts = [m.start for m in f.states_sorted]
    k = bisect.bisect_left(f.states_starts, offset) - 1
    while k >= 0:
        m = f.states_sorted[k]
        if countries()[m.key.split(":")[1]].monarchy == monarchy:
            return m
        k -= 1
    return None


# --- "les autorités japonaises" -------------------------------------------------------------
def state_descriptions(f: Finder) -> None:
    """ "les autorités japonaises", "le gouvernement de Séoul" (the state); "la présidence
    sud-coréenne", "la diplomatie marocaine" (an office of the state, an organisation); then
    the names deferred after a state noun ("la présidence Biden"), given the country of the
    venue around them."""
    t, ws = f.t, f.t.ws
    nouns, sides = f.words["state_nouns"], f.words["side_nouns"]
    for i, w in enumerate(ws):
        if w.key not in nouns and (w.key not in sides or not _side(f, i)):
            continue
        if f.is_cap(i) or not t.free(w.start, w.end) or not _state_determined(f, i):
            continue
        if inside_role(f, i - 1):
            continue
        found = _described_state(f, i)
        if found is not None:
            end, iso = found
            office = state_offices().get(w.key)
            if office is not None and not inside_role(f, i - 1, plural=True):
                # "la présidence algérienne": an office of the state, an organisation
                start, stop = w.start, ws[end - 1].end
                surface = t.article.text[start:stop]
                f.add(office_mention(start, stop, office, iso, surface))
            else:
                f.add(_state(f, i, end, iso, "description"))
    for cue_start, j in f.pending_states:
        iso = f.context_country(ws[cue_start].start, prefer_venue=True)
        if iso is not None:
            f.mentions.append(_state(f, cue_start, j, iso, "description"))


# indefinite quantities that determine a plural state noun as "des" does ("d'autres
# responsables iraniens", "plusieurs dirigeants maliens"); not "certains": a part of the
# state's officials, not its voice
_PLURAL_QUANTITIES = frozenset(("autres", "plusieurs", "nombreux", "nombreuses"))


def _state_determined(f: Finder, i: int) -> bool:
    """The state noun at word i has a determiner, or, in the plural, an indefinite quantity
    right before it (see ``_PLURAL_QUANTITIES``)."""
    t = f.t
    if t.key(i - 1) in f.words["determiners"]:
        return True
    plural = t.key(i).endswith("s")
    return plural and t.key(i - 1) in _PLURAL_QUANTITIES and not f.punct_before(i)


def _side(f: Finder, i: int) -> bool:
    """ "la partie algérienne", "du côté japonais": a side noun (``side_nouns``) with a
    nationality adjective right after it and no complement after that ("la partie
    ukrainienne de la frontière" is a place)."""
    t = f.t
    if t.key(i) not in f.words["side_nouns"] or (i + 1) not in f.adj_end or f.punct_before(i + 1):
        return False
    end = f.adj_end[i + 1][0]
    return f.punct_before(end) or t.key(end) not in ("de", "du", "des", "d")


def _described_state(f: Finder, i: int) -> tuple[int, str] | None:
    """(end, iso) of the state a state noun at word i names: by a nationality adjective
    right after it or after one or two adjectives of quality ("le gouvernement populiste
    italien", when free), or by "de <capital or country>"."""
    t, ws = f.t, f.t.ws
    j = i + 1
    for k in (i + 1, i + 2):  # "le gouvernement populiste italien": qualities, then the state
        if k + 1 >= len(ws):
            break
        if k not in f.adj_end and f.pos(k) == "ADJ" and not f.is_cap(k) and not f.punct_before(k):
            if (k + 1) in f.adj_end and not f.punct_before(k + 1):
                j = k + 1
                break
        else:
            break
    if j in f.adj_end:
        end, iso = f.adj_end[j]
        return (end, iso) if t.free(ws[j].start, ws[end - 1].end) else None
    if t.key(j) in ("de", "d") and j + 1 in f.gaz:
        end, hit, _ = f.gaz[j + 1]
        if hit.kind in ("capital", "country"):
            return end, hit.ref
    return None


def inside_role(f: Finder, k: int, plural: bool = False) -> bool:
    """Word k is inside a title ("chef de la diplomatie", "représentant ... de la"); with
    ``plural``, a title of several persons too ("les chefs de la diplomatie")."""
    t = f.t
    for x in range(k, max(-1, k - 5), -1):
        if not t.same_sentence(x, k + 1) or f.punct_before(x + 1) or f.pos(x) in ("VERB", "AUX"):
            return False  # "son ambassadeur, a indiqué la présidence": not inside the title
        for n in (1, 2, 3):
            if x - n + 1 < 0:
                continue
            phrase = t.keys[x - n + 1 : x + 1]
            if plural:  # "les chefs de la diplomatie arménienne et ..."
                phrase = [phrase[0].removesuffix("s"), *phrase[1:]]
            if " ".join(phrase) in f.words["roles"]:
                return True
    return False


# --- "les relations franco-algériennes" ----------------------------------------------------
def bilateral_adjectives(f: Finder) -> None:
    """ "les relations franco-algériennes", "le rapprochement sino-russe": a relation noun
    with a compound nationality adjective names a relation between states, each an actor
    of the story (a conflict or a border is a topic: "le conflit israélo-palestinien")."""
    t, ws = f.t, f.t.ws
    prefixes = compound_prefixes()
    for i, w in enumerate(ws):
        if w.key not in f.words["relation_nouns"]:
            continue
        parts, j = [], i + 1
        while j < len(ws) and ws[j].key in prefixes and t.gap(j + 1) == "-":
            if t.gap(j) != " " and j > i + 1 and t.gap(j) != "-":
                break
            parts.append((j, prefixes[ws[j].key]))
            j += 1
        if not parts or j not in f.gaz or f.gaz[j][1].kind != "adjective":
            continue
        if not t.same_sentence(i, j) or f.punct_before(i + 1) or inside_role(f, i - 1):
            continue  # "spécialiste des relations franco-x": a field of expertise
        parts.append((j, f.gaz[j][1].ref))
        for k, iso in parts:
            if iso in countries() and t.free(ws[k].start, ws[k].end):
                f.add(_state(f, k, k + 1 if k < j else f.gaz[j][0], iso, "adjective"))
