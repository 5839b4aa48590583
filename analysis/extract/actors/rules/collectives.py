"""Phase F: collective actors named by a common noun ("les manifestants", "des élus
locaux", "une coalition de partis", "la police").

Such a phrase is an actor only when it is determined, acts or speaks (see
:func:`~.positions.acts`), and does not describe a name next to it: "les islamistes du
mouvement X" and "X, la principale organisation ..." describe X; "l'organisation" alone
refers back to the last organisation named.
"""

from __future__ import annotations

import bisect

from analysis.document.tokens import view
from analysis.extract.actors.finder import Finder
from analysis.extract.actors.records import Mention
from analysis.extract.actors.rules.missions import MISSION_HEADS, mission_phrase
from analysis.extract.actors.rules.positions import acts
from analysis.extract.actors.rules.states import inside_role
from analysis.extract.actors.text import phrase_edges
from analysis.resources.gazetteer import norm_key, word_set

_DE = ("de", "du", "des", "d")
_SUBSET = ("certains", "certaines")


def collectives(f: Finder) -> None:
    """Phase F: each lowercase group noun or collective organisation noun, free."""
    t, ws = f.t, f.t.ws
    groups, orgs = f.words["group_nouns"], f.words["collective_org_heads"]
    people_first = phrase_edges(word_set("actors_words", "people_nouns"))[0]
    for i, w in enumerate(ws):
        people_end = national_people(f, i) if w.key in people_first else 0
        is_group = w.key in groups or bool(people_end)
        is_org = w.key in orgs
        if not (is_group or is_org) or f.is_cap(i) or not t.free(w.start, w.end):
            continue
        if f.is_cap(i + 1) and not f.punct_before(i + 1):
            continue  # a cue before a name: handled with the names
        if w.key == "groupes" and not _qualified_group(f, i):
            continue  # "des groupes étrangers": business groups
        left = left_adjectives(f, i)
        if not determined(f, left):
            continue  # "..., réfugiés à Erevan": a participle, not a group
        # "certains députés européens": a part of the group, not all of it; in the name
        whole = left - 1 if t.key(left - 1) in _SUBSET and not f.punct_before(left) else left
        if w.key in MISSION_HEADS and not mission_phrase(f, left, i):
            continue  # "l'ambassade à Accra", "le déménagement de l'ambassade": not its state's
        j = np_end(f, i, allow_de=is_org or w.key in f.words["complement_nouns"])
        j = max(j, people_end)  # "hommes d'affaires turcs": the whole noun and its adjective
        stateless = w.key in f.words["stateless_group_nouns"]
        if stateless and _closing_participle(f, j):
            j += 1  # "des groupes terroristes armés, ...": the participle ends the phrase
        owner = owner_after(f, j)
        if owner is not None and is_group:
            describe_owner(f, owner, i, j)
            continue
        if apposed(f, left, j):
            continue
        if is_org and definite_anaphor(f, left, i, j):
            continue  # "l'organisation panafricaine": an organisation named before
        if acts(f, left, j, i) or (is_group and not is_org and passive_agent(f, left)):
            f.add(_collective(f, whole, j, is_org, stateless))


def _qualified_group(f: Finder, i: int) -> bool:
    """ "groupes" at word i is followed by a word of armed, militant or civic groups
    (``group_qualifiers``: "des groupes armés", "des groupes de défense des droits"), right
    after it or as the noun of its "de" complement."""
    t, words = f.t, f.words["group_qualifiers"]
    if f.punct_before(i + 1):
        return False
    if t.key(i + 1) in words:
        return True
    return t.key(i + 1) in ("de", "d") and not f.punct_before(i + 2) and t.key(i + 2) in words


def _closing_participle(f: Finder, j: int) -> bool:
    """Word j is a past participle used as an adjective that closes the group's phrase
    ("des bandes armées, ...", "des groupes rebelles armés ont attaqué"): glued to the phrase,
    followed by punctuation or by the clause's verb (not by a complement: "des groupes
    soutenus par X" keep their plain name)."""
    t, n = f.t, len(f.t.ws)
    if j >= n or f.pos(j) != "VERB" or f.punct_before(j) or not t.same_sentence(j - 1, j):
        return False
    if "Part" not in view(t.doc).morph(t.word_tok[j], "VerbForm"):
        return False
    return j + 1 >= n or f.punct_before(j + 1) or f.pos(j + 1) in ("VERB", "AUX")


def passive_agent(f: Finder, left: int) -> bool:
    """ "critiquée par des sénateurs X", "bloqué par les manifestants": people after "par"
    and their determiner (or an indefinite quantity: "par certains élus") are the agent of
    a passive (a body after it may be a means: "par une fondation publique")."""
    t, words = f.t, f.words
    k = left - 1
    skipped = words["determiners"] | words["quantity_words"] | words["loose_quantities"]
    skipped |= {"de", "d"}
    while k >= 0 and t.key(k) in skipped and k > left - 4:
        k -= 1
    return k < left - 1 and t.key(k) == "par" and t.same_sentence(k, left)


def national_people(f: Finder, i: int) -> int:
    """ "des sénateurs américains", "les responsables politiques italiens", "l'opposition
    géorgienne": a noun of people (``people_nouns``, up to three words from word i) with a
    nationality adjective after it (past "d'État" or one quality adjective at most): the
    end of the adjective, else 0."""
    t = f.t
    nouns = word_set("actors_words", "people_nouns")
    if t.key(i) not in phrase_edges(nouns)[0]:
        return 0
    n = next((n for n in (3, 2, 1) if " ".join(t.keys[i : i + n]) in nouns), 0)
    if not n or i + n >= len(t.ws) or any(f.punct_before(k) for k in range(i + 1, i + n + 1)):
        return 0
    j = i + n
    if t.key(j) == "d" and t.key(j + 1) == "etat" and not f.punct_before(j + 1):
        j += 2  # "les médias d'État iraniens": the state owns them, the adjective says which
    if j not in f.adj_end and _plural_supranational(f, t.key(j)):
        return j + 1  # "des diplomates européens": a group of no one country
    if j not in f.adj_end and f.pos(j) == "ADJ" and j + 1 < len(t.ws):
        j += 0 if f.punct_before(j + 1) else 1
    if j not in f.adj_end:
        return 0
    end = f.adj_end[j][0]
    if t.key(end) in ("et", "ou") and end + 1 in f.adj_end and not f.punct_before(end):
        end = f.adj_end[end + 1][0]  # "des médias algériens et français": both adjectives
    return end


def _plural_supranational(f: Finder, key: str) -> bool:
    """ "européens", "africaines", "asiatiques": a plural adjective of a region of several
    states; the group it qualifies ("des diplomates européens") is of no one country (not
    "mondiaux": "des experts mondiaux" is a rank, not a scope)."""
    return (
        key.endswith("s")
        and not key.startswith("mondia")
        and key in f.words["supranational_adjectives"]
    )


def national_bodies(f: Finder) -> None:
    """Phase F: "l'armée française", "les forces armées maliennes", "le parlement ghanéen",
    "des forces spéciales américaines": a state institution (or a definite body of an
    organisation noun) named by a lowercase noun and a nationality adjective is an
    organisation of that state wherever it is named (the object of a demand, a complement),
    unless the phrase complements a title ("le chef de l'armée malienne": the title's) or
    introduces a name ("la force française X": X's cue)."""
    t, ws = f.t, f.t.ws
    bodies = f.words["national_bodies"]
    heads = f.words["organisation_heads"] - f.words["state_nouns"]
    first_words = {b.split()[0] for b in bodies} | heads
    for i, w in enumerate(ws):
        if w.key not in first_words or f.is_cap(i) or not t.free(w.start, w.end):
            continue
        n = next((n for n in (2, 1) if " ".join(t.keys[i : i + n]) in bodies), 0)
        if not n and t.key(i - 1) in ("le", "la", "l", "les", "du", "des", "au", "aux"):
            n = 1  # "les forces spéciales américaines": a definite body of a state
        if not n or any(f.punct_before(k) for k in range(i + 1, i + n)):
            continue
        if not determined(f, i) or inside_role(f, i - 1):
            continue
        j = np_end(f, i + n - 1, allow_de=False)
        if not any(k in f.adj_end for k in range(i + n, j)) or not f.free_words(i, j):
            continue
        if f.is_cap(j) and not f.punct_before(j) and t.same_sentence(i, j):
            continue  # "la force française Sabre": the cue of a name
        f.add(_collective(f, i, j, True))


def _collective(f: Finder, left: int, j: int, is_org: bool, stateless: bool = False) -> Mention:
    """The mention of the phrase at words [left, j), with the country it states; a
    ``stateless`` kind ("des groupes armés") has no other."""
    name = f.t.span_text(left, j)
    iso, strength = f.country_inside(left, j)
    mixed = len({f.adj_end[k][1] for k in range(left, j) if k in f.adj_end}) > 1
    if mixed or (stateless and iso is None):
        iso, strength = None, 2  # "des médias algériens et français": of no one country
    if is_org:
        key, typ = "org:" + norm_key(name), "organisation"
    elif f.t.key(left) in _PRESS:
        key, typ = "org:" + norm_key(name), "media"  # "les médias algériens": the press
    else:
        key, typ = f"group:{iso or ''}:{norm_key(name)}", "group"
    ws = f.t.ws
    return Mention(
        ws[left].start,
        ws[j - 1].end,
        typ,
        key,
        name,
        "description",
        iso,
        strength,
        fixed_country=mixed or (stateless and iso is None),
    )


_PRESS = frozenset(("medias", "journaux", "presse"))


def describe_owner(f: Finder, owner: Mention, i: int, j: int) -> None:
    """ "les islamistes du mouvement X": a description (role and alias) of the
    organisation X, and its nationality if X has none stated."""
    t, ws = f.t, f.t.ws
    owner.roles.append((ws[i].start, ws[j - 1].end))
    owner.aliases.append(t.span_text(i, j))
    iso = next((f.adj_end[k][1] for k in range(i, j) if k in f.adj_end), None)
    if iso and owner.strength < 2:
        owner.country, owner.strength = iso, 2


def left_adjectives(f: Finder, i: int) -> int:
    """ "petits agriculteurs", "jeunes militants": adjectives before a group noun."""
    t = f.t
    stop = f.words["quantity_words"] | f.words["loose_quantities"]
    k = i
    while (
        k > 0
        and not f.punct_before(k)
        and f.pos(k - 1) == "ADJ"
        and not f.is_cap(k - 1)
        and t.key(k - 1) not in stop
        and (k - 1) not in f.adj_start
    ):
        k -= 1
    return k


def determined(f: Finder, i: int) -> bool:
    """A determiner or a quantity opens the phrase starting at word i (over adjectives):
    also an indefinite quantity ("d'autres", "certains", "de nombreux"), which determines a
    plural noun as an article does. Not a number: "les deux dirigeants" takes up persons
    named before, "six diplomates indiens expulsés" are the object of an act on their
    state (and on the held-out half numbers made groups the gold does not list)."""
    t = f.t
    if i > 0 and not f.punct_before(i) and t.key(i - 1) in f.words["loose_quantities"]:
        return True
    k = i - 1
    while (
        k >= 0
        and (k in f.adj_start or t.key(k) in f.words["name_adjectives"])
        and not f.punct_before(k + 1)
    ):
        k -= 1
    w = t.key(k)
    return not f.punct_before(k + 1) and (
        w in f.words["determiners"]
        or w in f.words["quantity_words"]
        or w in ("de", "d", "nos", "plusieurs")
    )


def np_end(f: Finder, i: int, allow_de: bool) -> int:
    """End of the noun phrase of the noun at word i: adjectives, and with ``allow_de``
    lowercase complements ("coalition de partis d'opposition") and a country ("de la
    Syrie")."""
    t = f.t
    j = i + 1
    n = len(t.ws)
    while j < n and not f.punct_before(j) and t.same_sentence(i, j):
        if j in f.adj_end:
            j = f.adj_end[j][0]
            continue
        if f.pos(j) == "ADJ" and not f.is_cap(j) and t.key(j) != "ainsi":
            j += 1
            continue
        nxt = _complement_end(f, j) if allow_de else None
        if nxt is None:
            break
        j = nxt
    return j


def _complement_end(f: Finder, j: int) -> int | None:
    """Where a complement starting at word j ends: "de + nom" (lowercase), "et + nom"
    after such a complement, "de (la) <Pays>"; None if none starts there."""
    t, n = f.t, len(f.t.ws)
    key = t.key(j)
    if (
        key in _DE
        and j + 1 < n
        and not f.is_cap(j + 1)
        and f.pos(j + 1) in ("NOUN", "ADJ")
        and not f.punct_before(j + 1)
    ):
        return j + 2
    if _nested_definite(f, j):
        return j + 3  # "groupes de défense des droits de l'homme"
    if (
        key == "et"
        and j + 1 < n
        and f.pos(j + 1) == "NOUN"
        and not f.punct_before(j + 1)
        and t.key(j - 2) in _DE
    ):
        return j + 2
    if key in ("de", "du", "d", "la", "l") and f.is_cap(j + 1):
        k = j + 1 if t.key(j + 1) not in ("la", "l") else j + 2
        if k in f.gaz and f.gaz[k][1].kind == "country":
            return f.gaz[k][0]
    return None


def _nested_definite(f: Finder, j: int) -> bool:
    """ "de la / de l' + nom" (lowercase) that completes the noun of an earlier "de"
    complement ("des défenseurs des droits de l'homme", "une coalition de partis de la
    majorité"): the locution goes on, unless it says where the group is ("de la région");
    a first complement keeps its plain form (no article), so that "les soldats de la paix"
    or "la police de la ville" stay as they were read."""
    t, n = f.t, len(f.t.ws)
    return (
        t.key(j) in ("de", "d")
        and j + 2 < n
        and t.key(j + 1) in ("la", "l")
        and t.key(j - 2) in _DE
        and not f.is_cap(j + 2)
        and f.pos(j + 2) == "NOUN"
        and t.key(j + 2) not in f.words["geo_features"]  # "... de la région": where it is
        and t.key(j + 2) != "pays"
        and not any(f.punct_before(k) for k in (j, j + 1, j + 2))
    )


def owner_after(f: Finder, j: int) -> Mention | None:
    """The organisation, company or named group (an armed movement: "les rebelles du
    M-40", "les combattants des Forces X") named in a "du/de la" complement after word j:
    the group noun describes its members, no group of its own."""
    t = f.t
    if t.key(j) not in _DE:
        return None
    k = j + 1
    if t.key(k) in ("la", "l", "le"):
        k += 1
    if k >= len(t.ws):
        return None
    for x in (k - 1, k, k + 1):
        m = f.by_start.get(t.ws[x].start) if 0 <= x < len(t.ws) else None
        if m is not None and (
            m.type in ("organisation", "company") or (m.type == "group" and m.kind == "name")
        ):
            return m
    return None


def apposed(f: Finder, i: int, j: int) -> bool:
    """The phrase describes a name next to it ("X, la principale organisation ...",
    "Le principal parti d'opposition, les Patriotes ...")."""
    return _apposed_to_name_before(f, i) or _apposed_to_name_after(f, j)


def _apposed_to_name_before(f: Finder, i: int) -> bool:
    """ "X, la principale organisation ...": a mention, a comma, then the phrase; unless the
    mention is itself a complement or a source ("selon X, les manifestants ...")."""
    t = f.t
    k = i - 1
    while (
        k >= 0
        and (t.key(k) in f.words["determiners"] or t.key(k) in f.words["name_adjectives"])
        and not f.punct_before(k + 1)
    ):
        k -= 1
    if not (
        "," in t.gap(k + 1)
        and k >= 0
        and not t.free(t.ws[k].start, t.ws[k].end)
        and t.same_sentence(k, i)
    ):
        return False
    m0 = k
    while m0 > 0 and not t.free(t.ws[m0 - 1].start, t.ws[m0 - 1].end) and not f.punct_before(m0):
        m0 -= 1
    before = m0 - 1
    if t.key(before) in ("l", "le", "la", "les"):
        before -= 1
    introduced = f.introduced_by_source(m0) or (
        t.key(before) in f.words["introducers"] and t.same_sentence(before, k)
    )
    return not introduced


def _apposed_to_name_after(f: Finder, j: int) -> bool:
    """ "Le principal parti d'opposition, les Patriotes ...": a comma, then a mention or a
    determined capitalised name."""
    t = f.t
    if j >= len(t.ws) or "," not in t.gap(j):
        return False
    for x in (j, j + 1):
        if x < len(t.ws) and not t.free(t.ws[x].start, t.ws[x].end):
            return True
        if x < len(t.ws) and f.is_cap(x) and t.key(x - 1) in f.words["determiners"]:
            return True
    return False


# --- "l'organisation" ---------------------------------------------------------------------
def definite_anaphor(f: Finder, left: int, i: int, j: int) -> bool:
    """ "L'organisation réclame", "l'organisation panafricaine obtienne": a definite
    organisation noun without complement refers back to the last organisation named
    (outside someone's title) in the preceding sentences; the mention joins it."""
    t = f.t
    if t.key(i) not in f.words["anaphoric_org_nouns"]:
        return False
    if t.key(left - 1) not in ("l", "la", "le") or any(t.key(k) in _DE for k in range(i, j)):
        return False
    start = t.ws[left - 1].start
    sent = t.article.sentence_at(start)
    if sent is None:
        return False
    best = _last_organisation(f, start, t.article.sentences[max(0, sent.id - 4)].start)
    if best is None:
        return False
    f.add(
        Mention(
            t.ws[left].start,
            t.ws[j - 1].end,
            best.type,
            best.key,
            best.name,
            "anaphora",
            best.country,
            best.strength,
            fixed_country=best.fixed_country,
        )
    )
    return True


def _last_organisation(f: Finder, start: int, lo: int) -> Mention | None:
    """The last organisation named in [lo, start), outside a person's title."""
    k = bisect.bisect_left(org_starts(f), start) - 1
    while k >= 0 and f.orgs[k].start >= lo:
        if not in_title(f, f.orgs[k]):
            return f.orgs[k]
        k -= 1
    return None


def org_starts(f: Finder) -> list[int]:
    """Named organisations so far, sorted (rebuilt when mentions were added)."""
    if len(f.mentions) != f.orgs_n:
        f.orgs = sorted(
            (m for m in f.mentions if m.type == "organisation" and m.kind in ("name", "acronym")),
            key=lambda m: m.start,
        )
        f.orgs_n = len(f.mentions)
        f.orgs_starts = [m.start for m in f.orgs]
    return f.orgs_starts


def in_title(f: Finder, m: Mention) -> bool:
    """The mention sits in a person's title ("président de la Commission de l'UA")."""
    t = f.t
    k = t.index_at(m.start)
    if k is None:
        return False
    for x in range(k - 1, max(-1, k - 6), -1):
        if not t.same_sentence(x, k) or f.punct_before(x + 1):
            return False
        if t.key(x) in f.words["roles"] and t.key(x) not in f.words["organisation_heads"]:
            return True
    return False
