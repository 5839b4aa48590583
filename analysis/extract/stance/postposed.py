"""A target phrase cut before the modifiers that follow its noun ("ses frontières" out of "ses
frontières fermées", "le territoire" out of "le territoire illégalement occupé"): the phrase
runs over the postposed adjectives and participles of its noun, with their adverbs.

Why: the chunker keeps a participle only when a complement follows it, and the target
builder then dropped a participle left last; an adverb before the participle ended the
phrase at once. A reader (and a gold label written from the text) names the thing with its
modifier: "les îles occupées" is not "les îles". The construction, whatever the words: right
after the range, at most two adverbs, then an adjective or a participle the parser attaches
to a noun of the range (as its epithet or a clause on it) — or, after an adverb in "-ment",
a participle the parser hangs on the verb (it mis-reads "illégalement occupé" as an adverbial
clause) that agrees in gender and number with the range's last noun. Only the modifier word
itself: a participle's own complement ("occupé par X") or a relative clause ("qui ...") is
not taken (where the chunker already kept such a complement, it stays).
"""

from __future__ import annotations

from analysis.extract.stance.state import State

# adverbs allowed between the noun phrase and its modifier ("illégalement occupé")
_MAX_ADVERBS = 2
# modifiers taken along, at most ("les colonies israéliennes illégales")
_MAX_MODIFIERS = 3
# adverbs that negate or compare: "les frontières pas fermées" reads as something else
_NOT_MANNER = frozenset({"ne", "n'", "pas", "plus", "jamais", "non", "moins", "trop"})
# the relations by which a modifier hangs on a noun of the range
_MODIFIER_DEPS = frozenset({"amod", "acl"})


# the endings of the past participles of "-er" verbs, which the tagger sometimes reads as
# infinitives ("une solution négociée": VerbForm=Inf)
_ER_PARTICIPLE = ("é", "ée", "és", "ées")
_PRESENT = ("ant", "ants", "ante", "antes")
# prepositions the tagger sometimes reads as adjectives ("des déclarations offensantes envers")
_PREPOSITIONS = frozenset({"envers", "vers", "contre", "selon", "durant", "pendant", "malgré"})
# what follows a participle that is no modifier of the thing but a verb of its own, naming
# an agent or a description ("proposé par X", "qualifié de « ... »", "jugé comme ...")
_OWN_COMPLEMENT = frozenset({"par", "de", "d'", "comme"})


def is_participle(st: State, k: int) -> bool:
    """Token k is a past participle: the tagger's VERB with VerbForm=Part, or a non-finite
    VERB with the ending of an "-er" participle. Not a present participle ("un accord
    permettant ...", "des groupes opérant ..."): it opens a clause whose object would be cut
    off, and it describes no state of the thing."""
    if st.tv.pos[k] != "VERB" or st.low[k].endswith(_PRESENT):
        return False
    form = st.tv.morph(k, "VerbForm")
    return "Part" in form or ("Fin" not in form and st.low[k].endswith(_ER_PARTICIPLE))


def agent_follows(st: State, k: int) -> bool:
    """The participle k is followed by its agent ("proposé par X") or a description
    ("qualifié de ..."): a passive whose verb may be the cue itself, and whose complement is
    no part of the target."""
    if k + 1 >= len(st.low):
        return False
    nxt = st.low[k + 1].replace("’", "'")
    return nxt in _OWN_COMPLEMENT or nxt.startswith("d'")


def modifier_word(st: State, k: int) -> bool:
    """Token k may be a postposed modifier: an adjective, or a past participle without an
    agent or a description after it (not a preposition the tagger misreads)."""
    pos = st.tv.pos[k]
    if not st.tv.alpha[k] or st.low[k] in _PREPOSITIONS:
        return False
    if pos == "VERB":
        return is_participle(st, k) and not agent_follows(st, k)
    return pos == "ADJ"


def modifies_range(st: State, i: int, j: int, k: int) -> bool:
    """Token k (an adjective or a participle) hangs on a noun of [i, j) as its epithet or a
    reduced clause on it."""
    h = st.tv.head[k]
    if not modifier_word(st, k):
        return False
    return i <= h < j and st.tv.dep[k] in _MODIFIER_DEPS and st.tv.pos[h] in ("NOUN", "PROPN")


def _agrees(st: State, noun: int, k: int) -> bool:
    """The participle k agrees in gender and number with the noun (both known)."""
    tv = st.tv
    for feat in ("Gender", "Number"):
        a, b = tv.morph(noun, feat), tv.morph(k, feat)
        if not a or not b or a != b:
            return False
    return True


def _last_noun(st: State, i: int, j: int) -> int | None:
    """The last noun of [i, j)."""
    for k in range(j - 1, i - 1, -1):
        if st.tv.pos[k] == "NOUN":
            return k
    return None


def _modifier_at(st: State, i: int, j: int, k: int, adverbs: int) -> bool:
    """Token k, after ``adverbs`` adverbs past the range [i, j), is a postposed modifier of
    the range's noun (see the module)."""
    if not modifier_word(st, k):
        return False
    if modifies_range(st, i, j, k):
        return True
    noun = _last_noun(st, i, j)
    return (
        st.tv.pos[k] == "VERB"
        and adverbs > 0
        and st.low[k - 1].endswith("ment")
        and noun is not None
        and _agrees(st, noun, k)
    )


def _in_name(st: State, k: int) -> bool:
    """Token k belongs to an actor's name ("les Nations unies"): the phrase was cut before a
    name, not before a modifier, and a name inside a target turns it into that actor's."""
    if st.doc[k].ent_iob_ == "I":  # it goes on a named entity begun before it
        return True
    return any(s < st.tv.end[k] and e > st.tv.idx[k] for s, e, _ in _mentions_near(st, k))


def _mentions_near(st: State, k: int) -> list[tuple[int, int, str]]:
    """The actor mentions inside the few tokens around token k."""
    lo, hi = max(0, k - 6), min(len(st.low), k + 2)
    return st.res.mentions_in(st.tv.idx[lo], st.tv.end[hi - 1])


def _open_quote(st: State, i: int, j: int) -> bool:
    """[i, j) opens a quotation it does not close ("menaçant la « paix"): what follows is
    the quoted words, read by the quotation rules, not a modifier of the phrase."""
    opened = sum(st.low[k] in ("«", "“") for k in range(i, j))
    return opened > sum(st.low[k] in ("»", "”") for k in range(i, j))


def through_postposed(st: State, i: int, j0: int) -> int:
    """The end of [i, j0) carried over the postposed modifiers of its noun (see the module);
    ``j0`` when none follows (a range that ends with adverbs is looked at before them)."""
    j = j0
    low, pos = st.low, st.tv.pos
    while j - 1 > i and pos[j - 1] == "ADV":  # a range cut after the adverb
        j -= 1
    if i >= j or pos[j - 1] not in ("NOUN", "PROPN", "ADJ", "VERB") or _open_quote(st, i, j):
        return j0
    end = st.res.sent_end(i)
    out = j
    for _ in range(_MAX_MODIFIERS):
        m = out
        while m < end and m - out < _MAX_ADVERBS and pos[m] == "ADV" and low[m] not in _NOT_MANNER:
            m += 1
        if m >= end or not _modifier_at(st, i, out, m, m - out) or _in_name(st, m):
            break
        out = m + 1
    return out if out > j else j0
