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
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.vocab import vocab
from analysis.resources.gazetteer import country_of_adjective


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
