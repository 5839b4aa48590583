"""Lead quotations named by the next sentence: a sentence made of quoted words only (a list of
epithets, "« A », « B », « C »…"), and a next sentence whose main verb introduces a verb of
naming ("X n'a pas de mots assez durs pour qualifier Y", "X multiplie les adjectifs pour
décrire Y"): its subject chose those words."""

from __future__ import annotations

import re

from analysis.document.tokens import TokenView
from analysis.extract.quotes.marks import SPACES
from analysis.extract.quotes.words import NAMING_VERBS

# a quotation between French or English marks, straight or curly
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")


def bare_quotes(sentence: str) -> bool:
    """The sentence holds two quotations or more and, besides them, only commas, "et" / "ou"
    and final punctuation."""
    if len(_QUOTED.findall(sentence)) < 2:
        return False
    rest = _QUOTED.sub(" ", sentence)
    rest = re.sub(r"\b(et|ou)\b", " ", rest)
    return not rest.strip(SPACES + ",;.!?…")


def naming_purpose(tv: TokenView, verb: int) -> str | None:
    """The naming verb of an infinitive depending on main verb ``verb`` ("… pour qualifier",
    "… afin de décrire"), as its lemma; None if there is none."""
    for c in tv.children[verb]:
        if tv.pos[c] == "VERB" and "Inf" in tv.morph(c, "VerbForm"):
            if tv.lemma_low[c] in NAMING_VERBS:
                return tv.lemma_low[c]
    return None
