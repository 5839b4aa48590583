"""A plural title set before a list of names, in the forms the glued-title rule misses.

French press introduces several persons with one plural title before their names:

* with a comma after a one-word head: "les deux journalistes, A et B", "les quatre otages,
  A, B, C et D";
* with a modifier before the head: "les anciens ministres A et B", "les ex-otages A et B",
  "les nouveaux ambassadeurs, A et B";
* with an aside after each name: "deux ministres israéliens d'extrême droite, A (Sécurité)
  et B (Finances)" (the portfolio in parentheses would otherwise cut the list).

Each name of the list gets the title in the singular ("ancien ministre", "ex-otage",
"ministre israélien d'extrême droite"). The list must end with "et" + a name, the head
must be a plural role noun after a plural determiner or a number, and nothing but
nationality adjectives, title words and (after a comma) a short lowercase complement may
stand between the head and the first name.
"""

from __future__ import annotations

from analysis.extract.actors.coordination import DE_WORDS, Coordination, Found, singular
from analysis.extract.actors.text import is_punct
from analysis.extract.actors.titlechains import PLURAL_DETERMINERS as _DETERMINERS
from analysis.resources.gazetteer import country_of_adjective

# plural modifiers of a title and their singular ("les anciens ministres" -> "ancien ministre")
_MODIFIERS = {
    "anciens": "ancien",
    "anciennes": "ancienne",
    "ex": "ex",
    "nouveaux": "nouveau",
    "nouvelles": "nouvelle",
    "futurs": "futur",
    "futures": "future",
    "actuels": "actuel",
    "actuelles": "actuelle",
}
_VOWELS = frozenset("aeiouyéèêâîôh")
_MAX_NAMES = 6
_MAX_BETWEEN = 6  # words between the head and the first name


def plural_list_title(co: Coordination, r: range, title_words: frozenset[str]) -> Found | None:
    """The singular of the plural title set before the list of names around ``r``."""
    items = _names(co, r)
    if items is None:
        return None
    t = co.t
    k = items[0].start
    gap = t.gap(k).strip()
    if gap not in ("", ","):
        return None
    lo = k - 1
    while lo > 0 and k - lo <= _MAX_BETWEEN and t.same_sentence(lo, k):
        if lo + 1 < k and is_punct(t.gap(lo + 1)):
            return None
        if _head(co, lo):
            return _found(co, lo, k)
        w = t.key(lo)
        plain = gap == "," and co.complement_word(lo)
        if not (w in title_words or w in DE_WORDS or _nationality(w) or plain):
            return None
        lo -= 1
    return None


def _nationality(w: str) -> bool:
    return bool(country_of_adjective(w) or country_of_adjective(singular(w)))


def _head(co: Coordination, h: int) -> bool:
    """Word h is a plural role noun ("ministres", "otages")."""
    w = co.t.key(h)
    return w != singular(w) and singular(w) in co.roles


def _found(co: Coordination, h: int, k: int) -> Found | None:
    """The title from its modifiers through word k-1, after a plural determiner."""
    t = co.t
    s = h
    while s - 1 >= 0 and t.key(s - 1) in _MODIFIERS and _MODIFIERS[t.key(s - 1)] and h - s < 2:
        if t.gap(s).strip() not in ("", "-"):
            break
        s -= 1
    if t.key(s - 1) not in _DETERMINERS or is_punct(t.gap(s)) or not t.same_sentence(s - 1, k):
        return None
    base = t.ws[s].start
    out = t.article.text[base : t.ws[k - 1].end]
    for x in reversed(range(s, k)):
        w = t.ws[x]
        key = t.key(x)
        if x < h:
            new = _MODIFIERS[key]
            if new == "nouveau" and key != "nouveau" and t.key(x + 1)[:1] in _VOWELS:
                new = "nouvel"  # "les nouveaux ambassadeurs" -> "nouvel ambassadeur"
            new = new if w.text[:1].islower() else new.capitalize()
        elif x == h or (key != singular(key) and country_of_adjective(singular(key))):
            new = singular(w.text)
        else:
            continue
        a, b = w.start - base, w.end - base
        out = out[:a] + new + out[b:]
    return out, base, t.ws[k - 1].end


def _names(co: Coordination, r: range) -> list[range] | None:
    """The names coordinated with ``r`` ("A, B et C"), each possibly followed by an aside
    in parentheses ("A (Sécurité) et B (Finances)"); None unless the list ends "et B"."""
    t = co.t
    items = [r]
    while len(items) < _MAX_NAMES:  # back
        k = items[0].start
        link = k - 1 if t.key(k - 1) == "et" and not is_punct(t.gap(k)) else k
        if link == k and _sep(t.gap(k)) != ",":
            break
        prev = co.by_last.get(_before_aside(co, link - 1))
        if prev is None or not t.same_sentence(prev.start, k):
            break
        items.insert(0, prev)
    while len(items) < _MAX_NAMES:  # on
        e = _after_aside(co, items[-1].stop)
        nxt = e + 1 if t.key(e) == "et" and not is_punct(t.gap(e + 1)) else e
        if nxt == e and _sep(t.gap(e)) != ",":
            break
        after = co.by_first.get(nxt)
        if after is None or not t.same_sentence(e - 1, nxt):
            break
        items.append(after)
    if len(items) < 2 or t.key(items[-1].start - 1) != "et":
        return None
    return items


def _sep(gap: str) -> str:
    """The separator in a gap, past the parenthesis that may close an aside before it."""
    return gap.strip().lstrip(")").strip()


def _after_aside(co: Coordination, e: int) -> int:
    """The word after the parenthesis that opens at word e (``e`` when there is none)."""
    t = co.t
    if not t.gap(e).strip().endswith("("):
        return e
    for x in range(e + 1, min(len(t.ws), e + 6)):
        g = t.gap(x).strip()
        if g.startswith(")"):
            return x if g in (")", "),") else e
        if is_punct(g):
            return e
    return e


def _before_aside(co: Coordination, last: int) -> int:
    """The last word of the name before a parenthesis ending at word ``last``."""
    t = co.t
    if last + 1 >= len(t.ws) or not t.gap(last + 1).strip().startswith(")"):
        return last
    for x in range(last, max(0, last - 5), -1):
        g = t.gap(x).strip()
        if g.endswith("("):
            return x - 1
        if is_punct(g):
            return last
    return last
