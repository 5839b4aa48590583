"""A presentative naming the speaker of the quotation just before it, in the same sentence or
the next: "« … », ce sont les propos tenus par X", "« … » : tels sont les mots de X", "« … »,
c'est ce qu'a déclaré X", "« … », voilà ce qu'a lancé X".

Why: the press often puts the quotation first and names its author after it with a
presentative ("ce sont", "tels sont", "c'est ce que", "voilà ce que") rather than an incise.
The next-sentence form ("« … ». Ce sont les mots de X.") was read already; the same sentence,
after a comma, a colon or a dash, was not, nor an utterance noun whose author is a "par"
agent ("les propos tenus par X", "la déclaration faite par Y", "les paroles prononcées par
Z"). The rule is about the construction: any presentative of the lexicon (``presentatives``)
and any utterance noun (``speech_nouns``) fire; a clause after the quotation that opens with
anything else ("« … », c'est-à-dire …", "« … », ce qui inquiète X") does not.
"""

from __future__ import annotations

from analysis.extract.quotes.marks import SPACES
from analysis.extract.quotes.words import PRESENTATIVES

# what may stand between the closing mark and a presentative of the same sentence
_JOINS = SPACES + ",:;–—-"


def presentative_start(rest: str) -> int | None:
    """The offset in ``rest`` (the text after a closing mark, up to the end of its sentence)
    where a presentative opens right after a comma, a colon or a dash; else None."""
    body = rest.lstrip(_JOINS)
    if len(body) == len(rest) or not body:
        return None  # nothing between mark and words: not a clause of its own
    low = body.lower().replace("’", "'")
    words = " ".join(low.split()[:3])
    if not words.startswith(tuple(PRESENTATIVES)):
        return None
    if low.startswith(("c'est-à-dire", "c'est à dire")):
        return None
    return len(rest) - len(body)


def agent_after_noun(tv, k: int, hi: int) -> int | None:
    """The first token of the "par" agent after the utterance noun at token k ("les propos
    tenus par X", "la déclaration faite mardi par Y"): a past participle, at most two words
    of time or manner, then "par"; else None."""
    j = k + 1
    if (
        j >= hi
        or tv.pos[j] not in ("VERB", "ADJ")
        or not tv.low[j].endswith(
            ("u", "us", "ue", "ues", "é", "és", "ée", "ées", "it", "its", "ite", "ites", "is")
        )
    ):
        return None
    for m in range(j + 1, min(j + 4, hi - 1)):
        if tv.low[m] == "par":
            return m + 1
        if tv.punct[m]:
            return None
    return None
