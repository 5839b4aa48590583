"""Bodies of two states or more, named by a compound nationality adjective: no country.

"la commission mixte nigéro-béninoise", "le Conseil présidentiel ghanéo-togolais", "le forum
sino-africain", "la brigade franco-allemande": French joins the nationalities of the states
that share a body into one hyphenated adjective whose first parts end in "-o" ("franco-",
"sino-", "germano-", "ivoiro-", "tuniso-"). Such a body belongs to no single state. Without
this rule it took the country of the place where the sentence had it meet, or of the first
state acting around it — one of its members at best, a guess where two states are named.

A compound that is itself one state's nationality ("néo-zélandais") is left alone, and so
is a name that also states a single nationality by a separate adjective ("l'armée malienne
et les forces franco-maliennes" is two phrases; only the phrase read here counts).

A joint body says the same with an adjective of sharing instead of the nationalities ("la
commission mixte sur les frontières", "la Mission multinationale d'appui à ...", "le
comité conjoint de suivi"; lexicon ``joint_body_heads`` and ``joint_adjectives``):
:func:`joint_body`. Without it, such a body took the country of the outlet or of the state
named beside it, one of its members at best.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.vocab import vocab
from analysis.resources.gazetteer import country_of_adjective

_ARTICLES = frozenset({"la", "le", "l", "les", "une", "un", "des", "du", "de", "d"})


def joint_body(f: Finder, start: int, end: int) -> bool:
    """The name at [start, end) is a joint body's: a head of ``joint_body_heads`` with an
    adjective of ``joint_adjectives`` among the next two words before any "de" ("la
    Commission mixte permanente sur l'eau", "l'état-major opérationnel conjoint"),
    and no nationality of its own ("la commission mixte sénégalaise" is one state's). "mixte"
    counts for a commission or a committee only, and never before "paritaire"."""
    t, words = f.t, f.t.words_in(start, end)
    k = next((k for k in words if t.key(k) not in _ARTICLES), None)
    if k is None:
        return False
    heads, shared = vocab()["joint_body_heads"], vocab()["joint_adjectives"]
    n = next((n for n in (2, 1) if " ".join(t.keys[k : k + n]) in heads), 0)
    if not n or any(j in f.adj_end for j in words):
        return False
    head = " ".join(t.keys[k : k + n])
    for j in range(k + n, min(k + n + 2, words.stop)):
        key = t.key(j)
        if key in _ARTICLES:
            return False
        if key in shared:
            mixed = key.startswith("mixte")
            return not mixed or (head in ("commission", "comite") and t.key(j + 1) != "paritaire")
    return False


def binational(f: Finder, start: int, end: int) -> bool:
    """The phrase at [start, end) holds a compound nationality of several states."""
    t = f.t
    words = t.words_in(start, end)
    for k in words:
        if k + 1 >= len(t.ws) or t.gap(k + 1) != "-" or not t.key(k).endswith("o"):
            continue  # cheap test first: a word ending in "o" before a hyphen
        if len(t.key(k)) < 4 or k + 1 >= words.stop:
            continue
        second = t.key(k + 1)
        if not (country_of_adjective(second) or second in vocab()["supranational_adjectives"]):
            continue
        if country_of_adjective(t.span_text(k, k + 2)):
            continue  # "néo-zélandais": one state's nationality
        return True
    return False
