"""Roles given by a verb: "X a été nommé ministre de la Défense", "le président a désigné X
au poste de porte-parole", "l'ambassadeur X, assermenté comme vice-ministre", "X est
ministre", "X devient présidente de l'Assemblée".

The title and apposition rules (:mod:`.roles`) read the words glued to a name; French also
states an office through a verb of appointment or a copula, with the role as the verb's
attribute, after "comme", "au poste de", "en tant que" or nothing. Two shapes, whatever the
words:

* the person is the subject: name, auxiliaries ("a été", "est", "sera"), the verb, a link,
  an optional determiner, the role;
* the person is the object: the verb within four words before the name, then after the name
  a link or the role right away ("a nommé X ministre").
"""

from __future__ import annotations

from analysis.document.tokens import view
from analysis.extract.actors.text import Text, is_punct, phrase_edges
from analysis.resources.gazetteer import fold, word_set

_AUX = frozenset(
    (
        "a",
        "ont",
        "avait",
        "avaient",
        "aura",
        "auraient",
        "aurait",
        "ete",
        "est",
        "sont",
        "etait",
        "sera",
        "serait",
        "fut",
        "vient",
        "venait",
        "de",
        "d",
        "ne",
        "n",
        "pas",
        "deja",
        "officiellement",
        "lui",
        "elle",
        "il",
        "egalement",
        "aussi",
        "desormais",
        "recemment",
    )
)
_DETS = frozenset(
    ("le", "la", "l", "les", "un", "une", "nouveau", "nouvelle", "actuel", "actuelle")
)
_LINKS_MAX = 4
# words a role phrase cut before a stop word cannot end with ("porte-parole en [mars]")
_TRAILING = frozenset(
    (
        "de",
        "d",
        "du",
        "des",
        "la",
        "le",
        "l",
        "les",
        "et",
        "a",
        "au",
        "aux",
        "en",
        "pour",
        "dans",
        "sur",
        "par",
        "avec",
        "depuis",
        "lors",
        "ou",
    )
)


def _words(name: str) -> frozenset[str]:
    return word_set("actors_words", name)


def predicate_role(
    t: Text, start: int, end: int, roles: frozenset[str], stops: frozenset[str]
) -> tuple[int, int] | None:
    """(start, end) offsets of the role a verb gives the person named at [start, end), or
    None."""
    i, r = t.index_at(start), t.words_in(start, end)
    if i is None or not len(r):
        return None
    k = _as_subject(t, r.stop) if r.stop < len(t.ws) else None
    if k is None:
        k = _as_object(t, i, r.stop)
    if k is None:
        return None
    k = _after_links(t, k)
    while k < len(t.ws) and t.key(k) in _DETS and not is_punct(t.gap(k + 1)):
        k += 1
    e = _role_end(t, k, roles, stops)
    if e is None:
        return None
    return t.ws[k].start, t.ws[e - 1].end


def _lemma(t: Text, k: int) -> str:
    return fold(view(t.doc).lemma[t.word_tok[k]])


def _as_subject(t: Text, j: int) -> int | None:
    """The word after the verb of appointment that follows the name ending before word j
    (over auxiliaries), or None."""
    if not t.same_sentence(j - 1, j):
        return None
    if t.key(j) == "qui" and t.gap(j).strip() == "," and j + 1 < len(t.ws):
        j += 1  # "X, qui est devenue porte-parole en mars, ...": a relative clause
    elif is_punct(t.gap(j)):
        return None
    k = j
    while k < len(t.ws) and k - j < 5 and t.key(k) in _AUX and not is_punct(t.gap(k + 1)):
        k += 1
    if k >= len(t.ws) or not t.same_sentence(j, k) or is_punct(t.gap(k)) and k > j:
        return None
    verbs = _words("appointment_verbs")
    if t.key(k) in _AUX or _lemma(t, k) not in verbs:
        if k > j and t.key(k - 1) in ("est", "sont", "etait", "sera", "fut", "ete"):
            return k  # "X est ministre", "X a été ministre"
        return None
    return k + 1 if k + 1 < len(t.ws) and not is_punct(t.gap(k + 1)) else None


def _as_object(t: Text, i: int, j: int) -> int | None:
    """The word after the name at [i, j) when a verb of appointment governs it from four
    words before at most ("a nommé X", "a assermenté l'ambassadeur X"), or None."""
    if j >= len(t.ws) or is_punct(t.gap(j)) or not t.same_sentence(i, j):
        return None
    verbs = _words("appointment_verbs") - {"etre", "devenir", "rester", "demeurer", "redevenir"}
    for x in range(i - 1, max(-1, i - 5), -1):
        if not t.same_sentence(x, i) or is_punct(t.gap(x + 1)):
            return None
        if view(t.doc).pos[t.word_tok[x]] == "VERB":
            return j if _lemma(t, x) in verbs else None
    return None


def _after_links(t: Text, k: int) -> int:
    """Past a link word ("comme", "au poste de", "en tant que") at word k."""
    links = _words("role_links")
    for n in range(_LINKS_MAX, 0, -1):
        if " ".join(t.keys[k : k + n]) in links:
            return k + n
    return k


def _role_end(t: Text, k: int, roles: frozenset[str], stops: frozenset[str]) -> int | None:
    """End (exclusive) of the role phrase starting at its role noun, word k: up to
    punctuation, a verb, a stop word or a number, at most ten words; None when no role
    noun starts at k."""
    if k >= len(t.ws) or t.key(k) not in phrase_edges(roles)[0]:
        return None
    n = next(
        (n for n in (4, 3, 2, 1) if k + n <= len(t.ws) and " ".join(t.keys[k : k + n]) in roles),
        0,
    )
    if not n:
        return None
    e = k + n
    pos = view(t.doc).pos
    while e < len(t.ws) and e - k < 10 and t.same_sentence(k, e) and not is_punct(t.gap(e)):
        if t.key(e) in stops or pos[t.word_tok[e]] in ("VERB", "AUX", "NUM"):
            break
        e += 1
    while e > k + n and t.key(e - 1) in _TRAILING:
        e -= 1
    return e
