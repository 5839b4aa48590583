"""Score the actors table against the gold actors of an annotation file.

Matching: a gold actor matches a predicted actor when one of its surface forms (name or
aliases) equals one of the predicted actor's (name or aliases), ignoring case, accents,
apostrophes, hyphens and a leading article; a person's gold form that opens with a civility
or a title before a capitalised name ("président Sissi", "M. Ndiaye") also counts without
it (the library names persons without their titles: those are roles). A gold actor
matched by two predicted rows is a *duplicate* (one identity split across rows).

Metrics
  recall            core gold actors matched / core gold actors
  precision         predicted actors matching some gold actor (core or not) / predicted actors
  duplicates        gold actors matched by more than one predicted row
  type_accuracy     matched gold actors whose predicted type is the gold type
  country_accuracy  matched gold actors whose predicted country is the gold country
  role_recall       mean, over gold actors whose role is stated (core or matched), of the
                    share of their gold roles found (a predicted role containing the gold
                    role, also with nationality adjectives inserted, or covering most of it;
                    the gender of the words is ignored, "députée" is the role "député";
                    and two names of one exclusive office match: "chef de l'État" and
                    "président", "chef de la diplomatie" and "ministre des Affaires
                    étrangères", "roi" and "souverain", with no nationality or a same one)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis.resources import datacache
from analysis.resources.gazetteer import country_of_adjective, norm_key


def _key(value: object) -> str:
    return norm_key(str(value or ""))


def _split(value: object) -> list[str]:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    return [x for x in str(value).split("; ") if x.strip()]


@dataclass
class Match:
    gold: dict
    preds: list[dict] = field(default_factory=list)

    @property
    def best(self) -> dict | None:
        return max(self.preds, key=lambda p: int(p["mentions"])) if self.preds else None


def match(actors: pd.DataFrame, gold: dict) -> tuple[list[Match], list[dict]]:
    """Gold actors with their matching predicted rows, and the unmatched predicted rows."""
    preds = actors.to_dict("records")
    forms = [{_key(p["name"]), *(_key(a) for a in _split(p["aliases"]))} - {""} for p in preds]
    out, used = [], set()
    for g in gold.get("actors") or []:
        gforms = {_key(g["name"]), *(_key(a) for a in g.get("aliases") or [])} - {""}
        if g.get("type") == "person":
            raw = [g["name"], *(g.get("aliases") or [])]
            gforms |= {f for f in map(_untitled, raw) if f}
        m = Match(g)
        for n, p in enumerate(preds):
            if gforms & forms[n]:
                m.preds.append(p)
                used.add(n)
        out.append(m)
    spurious = [p for n, p in enumerate(preds) if n not in used]
    return out, spurious


def _untitled(form: object) -> str:
    """The key of a person's gold form without the civility or title it opens with
    ("président Sissi", "M. Ndiaye" -> "sissi", "ndiaye"), when a capitalised name follows:
    the library names persons without them (titles are roles), so a gold alias written
    with one names the same person."""
    words = str(form or "").split()
    titles = _person_titles()
    n = next((n for n in (3, 2, 1) if _key(" ".join(words[:n])) in titles), 0)
    if not n or len(words) <= n or not words[n][:1].isupper():
        return ""
    return _key(" ".join(words[n:]))


def _person_titles() -> frozenset[str]:
    from analysis.extract.actors.vocab import vocab

    v = vocab()
    return frozenset(map(_key, v["roles"] | v["person_titles"]))


def role_found(gold_role: str, predicted: list[str]) -> bool:
    g = _key(gold_role)
    gw = g.split()
    for p in map(_key, predicted):
        if not p:
            continue
        if _one_office(g, p) or f" {_masculine(g)} " in f" {_masculine(p)} ":
            return True
        if g == p or f" {g} " in f" {p} ":
            return True
        pw = p.split()
        if f" {p} " in f" {g} " and len(pw) >= 0.6 * len(gw):
            return True
        if _with_nationality(gw, pw):
            return True
    return False


# feminine endings of French titles and nationality adjectives, and their masculine
_FEMININE = (("rice", "eur"), ("effe", "ef"), ("enne", "en"))


def _masculine(key: str) -> str:
    """A folded role with its words in the masculine, without their final "e"
    ("presidente senegalaise" -> "president senegalais", "deputee" and "depute" ->
    "deput"): the gender of a title names the holder, not the office."""
    out = []
    for w in key.split():
        for fem, masc in _FEMININE:
            if len(w) > 4 and w.endswith(fem):
                w = w[: len(w) - len(fem)] + masc
                break
        out.append(w.rstrip("e") or w)
    return " ".join(out)


def _one_office(g: str, p: str) -> bool:
    """Two names of one exclusive office ("chef de l etat" and "president senegalais"): each
    is a name of the office alone (no body, no portfolio; "nouveau" and "actuel" aside),
    and the nationality adjectives, when both state one, name the same state."""
    names = _office_names()
    fams = []
    for role in (g, p):
        rest, isos = _without_states(role)
        rest = _masculine(rest).removesuffix(" d la republiqu")
        fam = next((f for f in _OFFICES if rest in names[f]), None)
        fams.append((fam, isos))
    (fg, ig), (fp, ip) = fams
    return fg is not None and fg == fp and (not ig or not ip or ig == ip)


def _without_states(key: str) -> tuple[str, set[str]]:
    """A folded role without its nationality adjectives, also compound ones ("bissau
    guineenne", whose hyphen the key dropped) nor the modifiers that leave an office
    unchanged; and the states those adjectives name."""
    from analysis.extract.actors.offices import present_words

    ws, out, isos, i = key.split(), [], set(), 0
    while i < len(ws):
        pair = country_of_adjective(f"{ws[i]}-{ws[i + 1]}") if i + 1 < len(ws) else None
        one = pair or country_of_adjective(ws[i])
        if one:
            isos.add(one)
            i += 2 if pair else 1
            continue
        out.append(ws[i])
        i += 1
    return " ".join(present_words(" ".join(out))), isos


_OFFICES = ("head_of_state", "head_of_government", "foreign_minister", "monarch")


@datacache.derived
def _office_names() -> dict[str, frozenset[str]]:
    """The names of each exclusive office (lexicon actors_roles.yaml), as :func:`_masculine`
    keys."""
    from analysis.extract.actors.vocab import vocab

    return {f: frozenset(_masculine(_key(h)) for h in vocab()[f]) for f in _OFFICES}


def _with_nationality(gw: list[str], pw: list[str]) -> bool:
    """The predicted role is the gold role with nationality adjectives inserted ("ministre
    colombien des Relations extérieures" for "ministre des Relations extérieures"): French
    puts the adjective between the head and its complement, so plain containment misses it."""
    rest = [w for w in pw if not country_of_adjective(w)]
    if len(rest) == len(pw) or len(pw) - len(rest) > 2:
        return False
    r = " ".join(rest)
    return r == " ".join(gw) or f" {' '.join(gw)} " in f" {r} "


def score(analysis, gold: dict) -> dict[str, float]:
    """Recall, precision, duplicates, type/country accuracy and role recall (see module)."""
    actors = analysis.tables["actors"]
    matches, spurious = match(actors, gold)
    core = [m for m in matches if m.gold.get("core", True)]
    found = [m for m in matches if m.preds]
    recall = sum(bool(m.preds) for m in core) / len(core) if core else 1.0
    precision = (len(actors) - len(spurious)) / len(actors) if len(actors) else 1.0
    duplicates = sum(len(m.preds) > 1 for m in matches)
    type_ok = sum(m.best["type"] == m.gold.get("type") for m in found)
    country_ok = sum(_country(m.best["country"]) == m.gold.get("country") for m in found)
    role_scores = []
    for m in matches:
        roles = m.gold.get("roles") or []
        if not roles or not (m.preds or m.gold.get("core", True)):
            continue
        predicted = [r for p in m.preds for r in _split(p["roles"])]
        role_scores.append(sum(role_found(r, predicted) for r in roles) / len(roles))
    return {
        "recall": round(recall, 3),
        "precision": round(precision, 3),
        "duplicates": float(duplicates),
        "type_accuracy": round(type_ok / len(found), 3) if found else 1.0,
        "country_accuracy": round(country_ok / len(found), 3) if found else 1.0,
        "role_recall": round(sum(role_scores) / len(role_scores), 3) if role_scores else 1.0,
    }


def details(analysis, gold: dict) -> dict[str, list[str]]:
    """What went wrong, for debugging: missed core actors, spurious rows, wrong attributes."""
    actors = analysis.tables["actors"]
    matches, spurious = match(actors, gold)
    out: dict[str, list[str]] = {
        "missed": [],
        "spurious": [p["name"] for p in spurious],
        "duplicates": [],
        "wrong_type": [],
        "wrong_country": [],
        "missed_roles": [],
    }
    for m in matches:
        g = m.gold
        if not m.preds:
            if g.get("core", True):
                out["missed"].append(g["name"])
            continue
        if len(m.preds) > 1:
            out["duplicates"].append(f"{g['name']}: " + " | ".join(p["name"] for p in m.preds))
        b = m.best
        if b["type"] != g.get("type"):
            out["wrong_type"].append(f"{g['name']}: {b['type']} != {g.get('type')}")
        if _country(b["country"]) != g.get("country"):
            out["wrong_country"].append(f"{g['name']}: {b['country']} != {g.get('country')}")
        predicted = [r for p in m.preds for r in _split(p["roles"])]
        for r in g.get("roles") or []:
            if not role_found(r, predicted):
                out["missed_roles"].append(f"{g['name']}: {r} (got: {'; '.join(predicted)})")
    return out


def _country(value: object) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
        return None
    return str(value)
