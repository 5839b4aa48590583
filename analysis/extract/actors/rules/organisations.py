"""Phase C: organisations named by a common noun and a complement.

* "le ministère des Affaires étrangères", "le ministère japonais de la Défense";
* "l'université de Tel Aviv", "le groupe de Minsk de l'OSCE": a cue noun of a body, "de",
  then a capitalised name. ("l'université Yonsei", a cue then a name, is read with the
  entities: the cue gives the name's type.)
"""

from __future__ import annotations

from analysis.document.tokens import view
from analysis.extract.actors.finder import Finder
from analysis.extract.actors.records import Mention
from analysis.extract.actors.rules.known import office_mention
from analysis.extract.actors.rules.title_bodies import title_complement
from analysis.extract.actors.text import phrase_edges
from analysis.extract.actors.vocab import monarchy_nouns, state_offices
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import countries, country_rows, fold, norm_key, words

_COMPLEMENT_LINKS = ("de", "du", "des", "d", "et", "la", "l", "les")


def ministries(f: Finder) -> None:
    """ "ministère (japonais) de la Défense": a ministry, with the country it states."""
    t = f.t
    ws = t.ws
    for i, w in enumerate(ws):
        if w.key != "ministere" or not t.free(w.start, w.end):
            continue
        j = i + 1
        if j in f.adj_end:
            j = f.adj_end[j][0]
        j = extend_complement(f, j, need_cap=True)
        if j == i + 1:
            continue
        if j in f.adj_end and not f.punct_before(j) and _masculine_singular(f, j):
            j = f.adj_end[j][0]  # "le ministère de l'Intérieur algérien"
        iso, strength = f.country_inside(i, j)
        if iso is None:
            strength = 0
        name = t.span_text(i, j)
        office = portfolio_office(name)
        if office is not None and iso is not None:  # one identity with "le Quai d'Orsay"
            m = office_mention(w.start, ws[j - 1].end, office, iso, name)
        else:
            m = Mention(
                w.start, ws[j - 1].end, "organisation", "org:" + norm_key(name), name, "name"
            )
            m.country, m.strength = iso, strength
        m.in_title = title_complement(f, i)
        f.add(m)


def _masculine_singular(f: Finder, j: int) -> bool:
    """The nationality adjective at word j, after a ministry's portfolio, agrees with
    "ministère" (masculine singular) and so qualifies it: "le ministère des Affaires
    étrangères turc", not "le ministère de la Culture française" nor "... des Affaires
    étrangères marocaines" (there it qualifies the portfolio, still the same state's, but
    the parser's agreement is the one evidence French gives)."""
    t = f.t
    end = f.adj_end[j][0]
    form = fold(t.article.text[t.ws[j].start : t.ws[end - 1].end])
    if form in _epicene_forms():  # "russe", "belge": the parser guesses their gender
        return True
    tv = view(t.doc)
    k = t.word_tok[j]
    return "Fem" not in tv.morph(k, "Gender") and "Plur" not in tv.morph(k, "Number")


@derived
def _epicene_forms() -> frozenset[str]:
    """Folded nationality adjectives whose masculine and feminine singular are one word
    ("russe", "belge", "suisse")."""
    out = set()
    for row in country_rows():
        for fam in (row["demonym"], *row.get("other_demonyms", [])):
            if fam["m"] == fam["f"]:
                out.add(fold(fam["m"]))
    return frozenset(out)


def portfolio_office(name: str) -> str | None:
    """The state office a ministry's portfolio names ("des Affaires étrangères")."""
    folded = " ".join(words(name))
    return next((o for k, o in state_offices().items() if f" {k}" in f" {folded} "), None)


def portfolio_offices(f: Finder) -> None:
    """ "les Affaires étrangères marocaines", "les Affaires étrangères du royaume": a
    capitalised portfolio with its state and no ministry noun names the ministry (not when
    it ends a title: "le ministre des Affaires étrangères marocain" is read with it)."""
    t, ws = f.t, f.t.ws
    offices = state_offices()
    firsts = phrase_edges(frozenset(offices))[0]  # a word that opens no portfolio: skipped
    for i, w in enumerate(ws):
        if w.key not in firsts or not f.is_cap(i) or i + 1 >= len(ws):
            continue
        pair = f"{w.key} {t.key(i + 1)}"
        office = offices.get(pair)
        if office is None or not f.free_words(i, i + 2):
            continue
        if t.key(i - 1) not in ("les", "des", "aux") or _after_title(f, i - 1):
            continue
        found = _state_after(f, i + 2)
        if found is None:
            continue
        end, iso = found
        start, stop = w.start, ws[end - 1].end
        f.add(office_mention(start, stop, office, iso, t.article.text[start:stop]))


def _state_after(f: Finder, j: int) -> tuple[int, str] | None:
    """(end, iso) of the state word j names: a nationality adjective ("marocaines"), "de
    (la) <country>", or "du royaume" (the last kingdom named before)."""
    t = f.t
    if j in f.adj_end:
        return f.adj_end[j]
    if t.key(j) not in ("de", "du", "d") or f.punct_before(j):
        return None
    k = j + 1 if t.key(j + 1) not in ("la", "l") else j + 2
    if k in f.gaz and f.gaz[k][1].kind == "country":
        return f.gaz[k][0], f.gaz[k][1].ref
    kind = monarchy_nouns().get(t.key(k))
    if kind is None or f.is_cap(k) or (k + 1) in f.adj_end:
        return None
    for x in sorted((x for x in f.gaz if x < j), reverse=True):
        hit = f.gaz[x][1]
        if hit.kind in ("country", "capital", "adjective", "periphrase"):
            if countries()[hit.ref].monarchy == kind:
                return k + 1, hit.ref
    return None


def _after_title(f: Finder, k: int) -> bool:
    """A role noun or "ministère" in the three words before word k."""
    t = f.t
    roles = f.words["roles"]
    return any(
        t.key(x) in roles or t.key(x).rstrip("s") in roles or t.key(x) == "ministere"
        for x in range(max(0, k - 3), k + 1)
        if t.same_sentence(x, k)
    )


def extend_complement(f: Finder, j: int, need_cap: bool) -> int:
    """Extend over "de/du/des/d' (la/l') Cap [et (de/des) Cap]*" complements."""
    t = f.t
    ws, n = t.ws, len(t.ws)
    end = j
    k = j
    while k < n and t.same_sentence(j - 1, k) and not f.punct_before(k):
        if t.key(k) in _COMPLEMENT_LINKS:
            k += 1
            continue
        if f.is_cap(k) and t.key(k - 1) not in _COMPLEMENT_LINKS and f.person_starts(k):
            break  # "ministère ... des Affaires étrangères Maria Ilieva": her name
        if (f.is_cap(k) or _portfolio_word(f, k)) and t.free(ws[k].start, ws[k].end):
            k += 1
            end = k
            continue
        if end == k and k > j and f.pos(k) == "ADJ" and k not in f.adj_end:
            k += 1  # "Affaires étrangères", "Sécurité intérieure"
            end = k
            continue
        if not need_cap and f.pos(k) in ("NOUN", "ADJ"):
            k += 1
            end = k
            continue
        break
    return end


def _portfolio_word(f: Finder, k: int) -> bool:
    """ "ministère marocain des affaires étrangères": a portfolio written in lowercase
    still names the ministry (after "de/des" or another portfolio word)."""
    t = f.t
    portfolios = f.words["portfolios"]
    return t.key(k) in portfolios and (
        t.key(k - 1) in _COMPLEMENT_LINKS or t.key(k - 1) in portfolios
    )


def cue_de_names(f: Finder) -> None:
    """ "l'université de Tel Aviv", "le groupe de Minsk": a body's cue noun, "de", and a
    capitalised name that is not a country ("le gouvernement du Japon" is the state)."""
    t = f.t
    heads = f.words["organisation_heads"] | f.words["company_heads"] | f.words["media_heads"]
    for i, w in enumerate(t.ws):
        if w.key not in heads or not _body_cue(f, i):
            continue
        if t.key(i + 1) not in ("de", "d", "du"):
            continue  # "cue Name" is handled with the entities (type from the cue)
        j = i + 2
        if t.key(j) == "etat" and f.is_cap(j + 1):
            continue  # "l'agence d'État X", "la télévision d'État Y": a qualifier, then the name
        if not _name_after_de(f, j) or _full_person_name(f, j):
            continue
        end = _complement_of_complement(f, _free_cap_run(f, j))
        f.add(_body_mention(f, i, end))


def _body_cue(f: Finder, i: int) -> bool:
    """Word i is a lowercase cue noun of a body, neither a state noun nor too generic."""
    key = f.t.key(i)
    return not (f.is_cap(i) or key in f.words["state_nouns"] or key in f.words["generic_heads"])


def _name_after_de(f: Finder, j: int) -> bool:
    """A free capitalised word at j that is not a country or a people's name."""
    t = f.t
    if not f.is_cap(j) or not t.free(t.ws[j].start, t.ws[j].end) or f.punct_before(j):
        return False
    return not (j in f.gaz and f.gaz[j][1].kind in ("country", "noun"))


def _full_person_name(f: Finder, j: int) -> bool:
    """ "l'armée de Mira Tann", "le gouvernement de Karl Berg", "le parti de Marie
    Dubois": a first name and a surname spaCy tags as a person after "de" is the body's
    owner or leader, an actor of their own, not the body's name (a named body is "la
    Fondation X", capitalised, or "l'université de Tel Aviv", a place)."""
    tv = view(f.t.doc)
    k = tv.ent_at[f.t.word_tok[j]]
    if k < 0 or not f.person_starts(j):
        return False
    start, end, _ = tv.ents[k]
    return end - start >= 2 and f.gaz.get(j) is None


def _free_cap_run(f: Finder, j: int) -> int:
    """End of the unclaimed capitalised words from j, up to punctuation."""
    t, ws = f.t, f.t.ws
    end = j
    while (
        end < len(ws)
        and f.is_cap(end)
        and not f.punct_before(end)
        and t.free(ws[end].start, ws[end].end)
    ):
        end += 1
    return end


def _complement_of_complement(f: Finder, end: int) -> int:
    """ "cue de Name de Name": one more capitalised complement belongs to the name."""
    t, ws = f.t, f.t.ws
    if t.key(end) in ("de", "d") and f.is_cap(end + 1) and not f.punct_before(end):
        e2 = end + 1
        while e2 < len(ws) and f.is_cap(e2) and not f.punct_before(e2):
            e2 += 1
        if t.free(ws[end + 1].start, ws[e2 - 1].end):
            return e2
    return end


def _body_mention(f: Finder, i: int, end: int) -> Mention:
    """The mention of the body named by words [i, end), with its country: its parent
    institution's, the city it sits in ("université de Tel Aviv"), or an adjective."""
    t, ws = f.t, f.t.ws
    key = ws[i].key
    typ = "organisation"
    if key in f.words["media_heads"] and key not in f.words["organisation_heads"]:
        typ = "media"
    name = t.span_text(i, end)
    parent = parent_institution(f, end)
    fixed = False
    if parent is not None:
        iso, strength, fixed = parent.country, 3, True
    elif key in f.words["seated_heads"]:
        iso, strength = f.country_inside(i, end)
    else:
        iso, strength = next(
            ((f.adj_end[k][1], 2) for k in range(i, end) if k in f.adj_end), (None, 0)
        )
    m = Mention(
        ws[i].start,
        ws[end - 1].end,
        typ,
        "org:" + norm_key(name),
        name,
        "name",
        iso,
        strength,
        fixed_country=fixed,
    )
    if parent is not None:
        m.aliases.append(t.article.text[ws[i].start : parent.end])
    return m


def parent_institution(f: Finder, j: int) -> Mention | None:
    """ "le groupe de Minsk de l'OSCE": a body of an institution named right after."""
    t = f.t
    if t.key(j) not in ("de", "du", "d"):
        return None
    k = j + 1 if t.key(j + 1) not in ("l", "la", "le") else j + 2
    if k >= len(t.ws):
        return None
    m = f.by_start.get(t.ws[k].start)
    return m if m is not None and m.fixed_country and m.type == "organisation" else None
