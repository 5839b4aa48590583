"""Targets: what a stance is about, read from the words after (or before) its cue.

Why: a cue word is easy to find; what it bears on is the hard part. These functions find the
noun phrase a cue governs (its object, the noun phrase after its preposition, the one before
a participle) and type it: an actor when the phrase names one (or when its head is an
attribute noun such as "la venue de X", for X), else an issue labelled by its words. A
relation noun stands for its "avec" partner; "plaider pour que ..." for the clause; a clitic
"y"/"en" for the issue of the latest stance. A phrase runs over the adjectives and participles
after its noun ("ses frontières fermées", :mod:`~analysis.extract.stance.postposed`); a title
closed by a person's name ("son homologue ghanéen X") stands for that person.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from analysis.extract.cues import (
    load_lexicon,
    norm,
)
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.adjective_pairs import through_adjectives
from analysis.extract.stance.between import through_members
from analysis.extract.stance.content_complements import with_content_complement
from analysis.extract.stance.locutions import locution_extent
from analysis.extract.stance.met_partners import met_partner
from analysis.extract.stance.postposed import modifies_range, through_postposed
from analysis.extract.stance.purposes import locution_noun
from analysis.extract.stance.records import Target
from analysis.extract.stance.relatives import relative_object
from analysis.extract.stance.state import State
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import country_of_adjective

# the longest target label (longer ones are cut at a word and end with "…")
MAX_TARGET = 90


# the contracted and elided forms of a locution's last word ("en faveur d'un accord",
# "face aux essais", "quant au plan")
_CONTRACTED = {"de": ("d'", "du", "des"), "à": ("au", "aux")}


@functools.lru_cache(maxsize=256)
def _prep_seqs(preps: tuple[str, ...] | frozenset[str]) -> list[tuple[str, ...]]:
    """The prepositions as word sequences, the longest first (memoised: each rule passes
    the same few lexicons; among sequences of one length the first match wins, and any
    gives the same result). A locution ending in "de"/"à" ("en faveur de", "face à") also
    ends in its contracted forms."""
    seqs = {tuple(p.split()) for p in preps}
    for seq in list(seqs):
        if len(seq) > 1 and seq[-1] in _CONTRACTED:
            seqs |= {(*seq[:-1], form) for form in _CONTRACTED[seq[-1]]}
    return sorted(seqs, key=lambda q: (-len(q), q))


@derived
def _adverbial_locutions() -> dict[str, list[tuple[str, ...]]]:
    """``adverbial_locutions`` of ``stance_targets.yaml`` as word sequences by their first
    word, the longest first."""
    seqs = {
        tuple(norm(w) for w in re.findall(r"[^\s']+'?", loc))
        for loc in load_lexicon("stance_targets").get("adverbial_locutions") or ()
    }
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in sorted(seqs, key=lambda q: (-len(q), q)):
        out.setdefault(seq[0], []).append(seq)
    return out


def _locution_at(low: list[str], k: int, end: int) -> int:
    """The length of the adverbial locution starting at token k (0 when none does)."""
    for seq in _adverbial_locutions().get(low[k], ()):
        if tuple(low[k : min(k + len(seq), end)]) == seq:
            return len(seq)
    return 0


@functools.lru_cache(maxsize=256)
def _prep_seqs_by_first(
    preps: tuple[str, ...] | frozenset[str],
) -> dict[str, list[tuple[str, ...]]]:
    """:func:`_prep_seqs` by their first word, in the same order: a word that starts none of
    them is passed at once (a sequence can only match where its first word is)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in _prep_seqs(preps):
        out.setdefault(seq[0] if seq else "", []).append(seq)
    return out


def target_np(st: State, head: Token, *, stop: int | None = None, pps: bool = True) -> Target:
    i, j = st.res.chunk(head, pps=pps, appos=False)
    if stop is not None and i < stop <= j:
        # the caller's stop is where the phrase ends: no postposed modifier after it
        return target_range(st, i, stop, head, postposed=False)
    # "un retour progressif à la légalité républicaine", not "un retour progressif"
    j = with_content_complement(st, i, j, head.i)
    if pps:
        j = with_conjuncts(st, i, j)
    return target_range(st, i, j, head)


# what may stand between a noun phrase and a noun coordinated with one of its words
_CONJUNCT_GLUE = frozenset({"et", "ou", "de", "d'", "du", "des", "la", "le", "les", "l'", ","})


def with_conjuncts(st: State, i: int, j: int) -> int:
    """The end of the phrase [i, j) extended over the nouns coordinated with one of its words
    ("l'importance du respect des usages et de la souveraineté nationale", "les relations de
    fraternité et de coopération"): the whole coordination is what the stance bears on, and
    the chunker stops at the conjunction. Only nouns (a coordinated verb opens a clause of
    its own), and only right after the phrase."""
    tv = st.tv
    end = st.res.sent_end(i)
    for _ in range(3):
        k = j
        while k < end and k < j + 4 and st.low[k] in _CONJUNCT_GLUE:
            k += 1
        if k == j or k >= end or "et" not in st.low[j:k] and "ou" not in st.low[j:k]:
            return j
        c = k
        while c < end and tv.pos[c] in ("DET", "ADJ", "NUM") and c < k + 3:
            c += 1
        if c >= end or tv.pos[c] not in ("NOUN", "PROPN") or tv.dep[c] != "conj":
            return j
        if not i <= tv.head[c] < j:
            return j
        j = max(j, st.res.chunk(tv.tokens[c], pps=False, appos=False)[1])
    return j


def _widened(st: State, i: int, j: int, postposed: bool) -> tuple[int, int, int]:
    """[i, j) carried over the words a target phrase goes on with (a locution, "entre X et
    Y", coordinated epithets, postposed modifiers), and the end of the postposed modifiers
    taken along (0 when none: a participle before it is no trailing word to drop)."""
    kept = 0
    if i < j:
        i, j = locution_extent(st, i, j)  # "la mise en place de Y", not "la mise"
        j = through_members(st, i, j)  # "les liens entre X et Y", not "entre X"
        j = through_adjectives(st, i, j)  # "une issue juste et durable", not "issue juste"
        if postposed:  # "ses frontières fermées", not "ses frontières"
            k = through_postposed(st, i, j)
            kept, j = (k if k > j else 0), k
    return i, j, kept


# a participle after a closing quotation mark is no modifier kept in the target: the quoted
# words are the phrase ("une « visite de façade » destinée à ...")
_CLOSING_QUOTES = frozenset({"»", "”", '"'})


def _trimmed(st: State, i: int, j: int, kept: int) -> tuple[int, int]:
    """[i, j) without leading punctuation (but a quotation mark) nor trailing punctuation,
    function words and a trailing participle that is no modifier of the phrase's noun."""
    tv = st.tv
    words, pos = tv.text, tv.pos
    while i < j and (tv.punct[i] and words[i] not in ("«", '"', "“")):
        i += 1
    while j > i and (
        words[j - 1] in (",", ";", ":", ".", "(", "»", "”")
        or pos[j - 1] in ("ADP", "CCONJ", "DET")
        or (
            j - 1 > i
            and pos[j - 1] == "VERB"
            and "Part" in tv.morph(j - 1, "VerbForm")
            and (
                words[j - 2] in _CLOSING_QUOTES
                or (j > kept and not modifies_range(st, i, j - 1, j - 1))
            )
        )
    ):
        j -= 1
    return i, j


def target_range(
    st: State, i: int, j: int, head: Token | None = None, *, postposed: bool = True
) -> Target:
    doc, text, tv = st.doc, st.article.text, st.tv
    i, j, kept = _widened(st, i, j, postposed)
    i, j = _trimmed(st, i, j, kept)
    if i >= j:
        t = head or doc[i]
        return Target(t.text, None, t.text, t.idx, t.idx + len(t))
    head = head if head is not None and i <= head.i < j else st.res.head_of(i, j)
    start, end = tv.idx[i], tv.end[j - 1]
    span_text = text[start:end]
    aid = None
    for s, e, a in st.res.mentions_in(start, end):
        if s <= head.idx < e:
            aid = a
            break
    if aid is None:
        aid = attribute_actor(st, head, j)
    if aid is None and head.pos_ == "PROPN":
        p = st.res.party(i, j, head)
        if p.identified and p.actor_id:
            aid = p.actor_id
    if aid is None and norm(head.lemma_) in _MANNER_NOUNS:
        aid = manner_agent(st, head, j)
    if aid is None:
        aid = titled_person(st, i, j, head)
    name = st.res.actor_name(aid) if aid is not None else label(st, span_text)
    if aid is None and head.pos_ == "PROPN":
        p = st.res.party(i, j, head)
        if p.identified:
            name = p.name or name
    return Target(name, aid, span_text, start, end)


def titled_person(st: State, i: int, j: int, head: Token) -> str | None:
    """ "(remercier) le ministre ghanéen X", "(féliciter) son homologue X": a common noun,
    its adjectives and a person's name closing the phrase name that person, whom the stance
    bears on; the phrase's head is the title, outside the name's mention, so the mention
    lookup misses it. Only a person's name right after the title's words (no "de": "la
    visite du président X" is the visit; no other name: "le plan X" is a plan). The name may
    be followed by a complement the parser hung on it ("féliciter le président X pour sa
    victoire", "remercier la ministre X de son accueil"): a prepositional phrase after a
    person's full name completes the verb, never the name."""
    tv = st.tv
    if tv.pos[head.i] != "NOUN" or not tv.text[head.i][:1].islower():
        return None
    k = head.i + 1
    while k < j and tv.pos[k] == "ADJ" and tv.text[k][:1].islower():
        k += 1
    if k >= j or tv.pos[k] != "PROPN":
        return None
    if any(tv.pos[m] != "DET" for m in range(i, head.i)):
        return None
    for s, e, a in st.res.mentions_in(tv.idx[k], tv.end[j - 1]):
        if s != tv.idx[k] or st.res.actor_type(a) != "person":
            continue
        if e >= tv.end[j - 1] or _complement_after(st, k, e, j):
            return a
    return None


def _complement_after(st: State, k: int, end: int, j: int) -> bool:
    """Whether the phrase [k, j) goes on, right after the character offset ``end`` (the end
    of the name opening at token k), with a preposition."""
    tv = st.tv
    for m in range(k, j):
        if tv.idx[m] >= end:
            return tv.pos[m] == "ADP" and tv.text[m][:1].islower()
    return False


# nouns of the way someone acts: "la manière dont Y traite ...": a judgement of it is of Y
_MANNER_NOUNS = frozenset({"manière", "façon"})


def manner_agent(st: State, head: Token, j: int) -> str | None:
    """ "(juger inacceptable) la manière dont Y utilise ...": the named subject of the
    "dont" clause right after the noun is whose conduct is judged."""
    if j >= st.res.sent_end(head.i) or st.low[j] != "dont":
        return None
    rng = st.res.np_after(j + 1, st.res.sent_end(head.i))
    if not rng:
        return None
    p = st.res.party(*rng)
    return p.actor_id if p.identified and p.actor_id else None


def is_attribute_noun(st: State, noun: Token) -> bool:
    """``noun`` is an attribute noun (``attribute_nouns``) by its lemma or by its own form:
    the list holds nouns used in the plural ("les agissements de X", "les sanctions de X",
    "les prétentions de X"), and the tagger gives their singular lemma, which the list does
    not hold ("sanction" alone would also read "la sanction de X", X punished)."""
    words = st.words.attribute_nouns
    return norm(noun.lemma_) in words or norm(noun.text) in words


def attribute_actor(st: State, head: Token, j: int) -> str | None:
    """Whose act, word or claim an attribute noun ``head`` names ("la venue de X", "les
    agissements de X", "l'ingérence rwandaise"): its "de" complement, else its nationality
    adjective; None for any other noun."""
    if not is_attribute_noun(st, head):
        return None
    return complement_actor(st, head, j) or adjective_actor(st, head, j)


def adjective_actor(st: State, head: Token, j: int) -> str | None:
    """The state named by a nationality adjective on ``head`` before index ``j`` ("l'ingérence
    rwandaise", "les sanctions américaines", "la position espagnole"): a relational adjective
    says whose act or claim it is, as "de X" does; only a state that is an actor of the
    article, and only an adjective of the head itself among its first words (not "le soutien
    à la position espagnole")."""
    tv = st.tv
    for k in range(head.i + 1, min(j, head.i + 4)):
        if st.low[k] in DE or tv.pos[k] == "ADP":
            return None
        if tv.head[k] != head.i or tv.dep[k] not in ("amod", "nmod"):
            continue
        if not tv.text[k][:1].islower():
            continue
        iso = country_of_adjective(tv.text[k])
        if iso is not None:
            return st.states.get(iso)
    return None


def complement_actor(st: State, head: Token, j: int) -> str | None:
    """The actor of the "de" complement of ``head`` before index ``j`` ("la venue de X",
    "une attitude hostile de la part de X"), never of a later complement ("la candidature de
    X à Z": X)."""
    doc = st.doc
    k = head.i + 1
    while k < j:
        if norm(doc[k].text) in DE and k + 3 < j and st.low[k + 1 : k + 3] == ["la", "part"]:
            k += 3  # "de la part de X": X
        if norm(doc[k].text) in DE and k + 1 < j:
            rng = st.res.np_after(k + 1, j)
            if rng:
                rng = _before_other_preposition(st, *rng)
                p = st.res.party(*rng)
                if p.identified and p.actor_id:
                    return p.actor_id
            return None
        k += 1
    return None


# the prepositions that open another complement of the noun after its "de X" ("la candidature
# de X à Z", "l'entrée de X dans Z", "la visite de X en Z", "l'attaque de X contre Z")
_OTHER_PREPOSITIONS = frozenset(
    {"à", "au", "aux", "dans", "en", "contre", "avec", "pour", "sur", "vers", "chez", "envers"}
)


def _before_other_preposition(st: State, i: int, j: int) -> tuple[int, int]:
    """The range [i, j) cut before the first preposition other than "de" after its first
    word: the "de" complement of a noun is X alone in "la candidature de X à Z" (Z is where
    X applies), while "de" goes on naming X ("du président de la République")."""
    for k in range(i + 1, j):
        if st.low[k] in _OTHER_PREPOSITIONS and st.tv.pos[k] == "ADP":
            return i, k
    return i, j


def label(st: State, text: str) -> str:
    text = re.sub(r"[«»\"“”]", "", text)
    text = re.sub(
        r"^(?:(?:les|le|la|un|une|des|du|de|ses|son|sa|leur|leurs|ce|cet|cette|ces|toute|"
        r"tout|tous|toutes)\s+|l'|l’|d'|d’)",
        "",
        text.strip(),
        flags=re.I,
    )
    text = " ".join(text.split())
    if len(text) > MAX_TARGET:
        text = text[:MAX_TARGET].rsplit(" ", 1)[0] + "…"
    return text


def party_target(st: State, p: Party) -> Target:
    return Target(p.name or "", p.actor_id, st.article.text[p.start : p.end], p.start, p.end)


def addressee_target(st: State, pron: Token, sent: Span) -> Target | None:
    """ "« Nous vous aiderons », a dit X à Y": a second-person pronoun inside a quote stands
    for the one the words are addressed to, the "à" complement of the speech verb outside the
    quote; when the sentence names none, the one the speaker met earlier in the article
    (:func:`~analysis.extract.stance.met_partners.met_partner`). None when the pronoun is no
    second person, is outside a quote, or no addressee is found."""
    if st.low[pron.i] not in st.words.second_person or st.quote_start_at(pron.idx) is None:
        return None
    doc = st.doc
    speech = -1  # the latest speech verb outside the quote
    for k in range(sent.start, sent.end):
        if st.quote_start_at(doc[k].idx) is not None:
            continue
        if norm(doc[k].lemma_) in st.c.speech:
            speech = k
        # the "à" complement a few words after the speech verb (the parse may attach it to
        # the speaker's title: "a dit le chef de l'État à son homologue Y")
        if st.low[k] not in ("à", "au", "aux") or speech < 0 or k - speech > 10:
            continue
        rng = st.res.np_after(k + 1, sent.end)
        p = st.res.party(*rng) if rng else None
        if p is not None and p.identified and p.actor_id:
            return party_target(st, p)
    return met_partner(st, pron)


def is_time_at(st: State, i: int) -> bool:
    """:meth:`is_time` of token i, or a noun introduced by a preposition of duration
    ("pendant des années", "durant une décennie"): never a verb's object."""
    w = st.low[i]
    if w in st.c.skip_after_verb or w in st.words.time_words:
        return True
    k = i - 1
    while k >= max(0, i - 3) and st.tv.pos[k] == "DET":
        k -= 1
    return k >= 0 and st.low[k] in st.words.time_preps


def object_of(st: State, verb: Token, sent: Span) -> Token | None:
    # read from the token view: detectors ask this of most verbs
    tv = st.tv
    dep, pos, kids = tv.dep, tv.pos, tv.children[verb.i]
    if any(dep[ch] == "aux:pass" for ch in kids):
        # "Y doit être condamné (sans réserve)": what a passive acts on is its subject
        owner = tv.head[verb.i] if dep[verb.i] == "xcomp" else verb.i  # "Y doit être ..."
        for ch in (*kids, *tv.children[owner]):
            if dep[ch] in ("nsubj:pass", "nsubj") and pos[ch] in ("NOUN", "PROPN"):
                return tv.tokens[ch]
    for ch in kids:
        if dep[ch] == "obj" and pos[ch] in ("NOUN", "PROPN", "NUM", "ADJ"):
            if not is_time_at(st, ch) and not locution_noun(st, ch):
                return tv.tokens[ch]
    for ch in kids:
        if dep[ch] in ("obl:arg", "obj") and pos[ch] in ("NOUN", "PROPN"):
            if not is_time_at(st, ch) and not locution_noun(st, ch):
                return tv.tokens[ch]
    for ch in kids:
        if dep[ch] == "obj" and _determined_participle(st, ch):
            return tv.tokens[ch]
    rel = relative_object(st, verb)  # "Y, qu'il accuse de ...": the relative's antecedent
    if rel is not None:
        return rel
    return _scanned_object(st, verb, sent)


def _scanned_object(st: State, verb: Token, sent: Span) -> Token | None:
    """The object read from the words after the verb, when the parse gives none: the first
    noun, past adverbs, adverbial locutions and a comma-set incise."""
    tv = st.tv
    dep, pos, text = tv.dep, tv.pos, tv.text
    v = verb.i
    k, end = v + 1, min(sent.end, v + 7)
    while k < end:
        if tv.head[k] == v and dep[k] in ("nsubj", "nsubj:pass"):
            return None  # "une initiative que soutient X": X is the subject, set after
        skip = _locution_at(st.low, k, end)
        if skip:  # "nous vous soutiendrons jusqu'au bout": the locution is no object
            k += skip
            continue
        if pos[k] in ("NOUN", "PROPN") and not is_time_at(st, k) and not _manner(st, k):
            if locution_noun(st, k):  # "œuvrer en vue de …"
                return None
            return tv.tokens[k]
        if text[k] == "," and k <= v + 2 and end == min(sent.end, v + 7):
            after = _past_incise(st, verb, k, sent)
            if after is not None:  # "X a condamné, vendredi, le tir de Y"
                k, end = after, min(sent.end, after + 4)
                continue
        if pos[k] in ("VERB", "AUX", "SCONJ") or text[k] in (",", ";", ".", ":"):
            return None
        k += 1
    return None


_INCISE_STOPS = frozenset({"VERB", "AUX", "SCONJ", "CCONJ", "PRON", "PUNCT"})


def _past_incise(st: State, verb: Token, k: int, sent: Span) -> int | None:
    """ "X a condamné (fermement), vendredi, le tir de Y", "X a salué, dans un communiqué, la
    décision de Y": an adverbial set off by commas between the verb and its object (a time,
    a place, a source) makes the parser take the object for a conjunct or an adverbial.
    The index after the second comma when the incise is short and holds no verb, pronoun nor
    conjunction (a second clause, an enumeration), the verb has its subject before it (an
    inverted subject may follow a quotation's incise verb) and a determiner or a name
    follows."""
    tv = st.tv
    if not any(tv.dep[ch].startswith("nsubj") and ch < verb.i for ch in tv.children[verb.i]):
        return None
    first = min([verb.i, *(ch for ch in tv.children[verb.i] if tv.dep[ch].startswith("aux"))])
    if first > 0 and tv.pos[first - 1] == "PUNCT":
        return None  # "« … », a ajouté, de son côté, le ministre": an inverted subject
    j, stop = k + 1, min(sent.end, k + 10)
    while j < stop and tv.text[j] != ",":
        if tv.pos[j] in _INCISE_STOPS:
            return None
        j += 1
    if j >= stop or j == k + 1 or j + 1 >= sent.end:
        return None
    return j + 1 if tv.pos[j + 1] in ("DET", "PROPN") else None


def _manner(st: State, k: int) -> bool:
    """Token k is the bare noun of a manner adverbial ("condamne avec force l'attaque",
    "soutient sans réserve le plan"): "avec"/"sans" right before a noun with no determiner
    make an adverb, never the object. A feeling noun ("accueillir avec satisfaction") is left
    to the feeling rules, which read the object after it themselves."""
    if k == 0 or st.low[k - 1] not in ("avec", "sans") or st.tv.pos[k] != "NOUN":
        return False
    return st.low[k] not in st.words.caused_support | st.words.caused_oppose


def _determined_participle(st: State, i: int) -> bool:
    """A participle after a determiner (and quote marks) is a noun the tagger missed ("un
    « traité » d'amitié" read as the participle of "traiter")."""
    tv = st.tv
    if tv.pos[i] != "VERB" or "Part" not in tv.morph(i, "VerbForm"):
        return False
    k = i - 1
    while k > 0 and tv.text[k] in ('"', "«", "“"):
        k -= 1
    return tv.pos[k] == "DET"


def prep_np(
    st: State, after: int, preps: tuple[str, ...] | frozenset[str], sent: Span, window: int = 6
) -> tuple[int, Token] | None:
    """First "prep NP" within ``window`` tokens after index ``after``: (prep index, head)."""
    tv, low = st.tv, st.low
    pos, text = tv.pos, tv.text
    by_first = _prep_seqs_by_first(preps)
    end = sent.end
    k = after
    while k < end and k <= after + window:
        skip = _locution_at(low, k, end)
        if skip:  # "s'alarmer de plus en plus du ...": the locution is no complement
            k += skip
            window += skip
            continue
        words = low[k : min(k + 4, end)]
        # only the sequences this word starts (an empty one, from an empty lexicon entry,
        # would match anywhere: then all are tried)
        seqs = by_first.get(low[k], ()) if "" not in by_first else _prep_seqs(preps)
        for seq in seqs:
            # the whole locution: "aux côtés de" is not any "aux" ("resté aux États-Unis")
            if tuple(words[: len(seq)]) == seq:
                m = k + len(seq)
                while m < end and (
                    (
                        pos[m] in ("DET", "ADJ", "NUM")
                        and not (text[m][:1].isupper() and pos[m] == "ADJ")
                    )
                    or text[m] in ('"', "«", "“")
                ):
                    m += 1
                if m < end and pos[m] in ("NOUN", "PROPN", "ADJ", "VERB", "PRON"):
                    return k, tv.tokens[m]
                return None
        if text[k] in (";", ".", ":") or (
            pos[k] in ("VERB", "AUX") and "Fin" in tv.morph(k, "VerbForm")
        ):
            return None
        k += 1
    return None


def preceding_np(st: State, k: int, sent: Span) -> Token | None:
    """Head of the noun phrase just before token k (skipping quote marks and one comma)."""
    doc = st.doc
    j = k - 1
    while j >= sent.start and (doc[j].text in ('"', "»", "”", "«", "“") or doc[j].is_space):
        j -= 1
    if j >= sent.start and doc[j].text == ",":
        j -= 1
    i = j
    while i >= sent.start and (
        doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "DET")
        or norm(doc[i].text) in DE
        or doc[i].text in ('"', "«", "»", "“", "”", "-")
        or (
            norm(doc[i].text) in ("et", "ou")
            and i > sent.start
            and doc[i - 1].pos_ in ("ADJ", "NOUN")
        )
    ):
        i -= 1
    for t in doc[i + 1 : j + 1]:
        if t.pos_ in ("NOUN", "PROPN"):
            return t
    return None


def relation_target(st: State, noun: Token, sent: Span) -> Target | None:
    """A relation noun with an "avec X" complement stands for X ("saluer une amitié avec
    X", "juger positive la relation avec X", "suspendre la coopération avec X")."""
    relation_nouns = st.c.acts["rapprochement"]["objects"]
    if norm(noun.lemma_) not in relation_nouns and norm(noun.text) not in relation_nouns:
        return None
    hit = prep_np(st, noun.i + 1, ("avec",), sent, window=8)
    if hit is None:
        return None
    partner = st.res.np_party(hit[1])
    if not partner.identified or partner.kind not in ("actor", "name"):
        return None
    i, _j = st.res.chunk(noun, appos=False)
    start = st.doc[i].idx
    end = max(partner.end, start)
    return Target(partner.name or "", partner.actor_id, st.article.text[start:end], start, end)


def clause_after_prep(st: State, t: Token, preps: tuple[str, ...], sent: Span) -> Target | None:
    """ "plaider pour que X obtienne Y", "s'opposer à ce que X ...": the clause."""
    doc = st.doc
    seqs = sorted((tuple(p.split()) for p in preps), key=len, reverse=True)
    for k in range(t.i + 1, min(sent.end, t.i + 5)):
        words = [norm(doc[x].text) for x in range(k, min(k + 5, sent.end))]
        for seq in seqs:
            n = len(seq)
            if tuple(words[:n]) != seq:
                continue
            rest = words[n:]
            skip = 1 if rest[:1] in (["que"], ["qu'"]) else 0
            if not skip and rest[:2] in (["ce", "que"], ["ce", "qu'"]):
                skip = 2
            if not skip:
                continue
            a = k + n + skip
            b = segment_end(st, a, sent)
            if b > a:
                # the clause is an issue, not its subject actor
                tg = target_range(st, a, b)
                return Target(label(st, tg.text), None, tg.text, tg.start, tg.end)
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].is_punct:
            break
    return None


def clitic_issue(st: State, t: Token, preps: tuple[str, ...], sent: Span) -> Target | None:
    """ "X s'y oppose", "X y est favorable", "X s'en inquiète": the clitic stands for the
    issue of the latest stance in this sentence or the two before."""
    doc = st.doc
    wanted = set()
    if {"à", "au", "aux"} & set(preps):
        wanted.add("y")
    if {"de", "du", "des"} & set(preps):
        wanted.add("en")
    if not wanted:
        return None
    lo = max(sent.start, t.i - 4)
    clitic = any(norm(x.text) in wanted and x.pos_ == "PRON" for x in doc[lo : t.i]) or any(
        norm(ch.text) in wanted and ch.pos_ == "PRON" for ch in t.children
    )
    if not clitic:
        return None
    return st.recent_issue()


def repeated_prep(st: State, hit: tuple[int, Token], sent: Span) -> list[Token]:
    """Heads of "…, et contre Y" repeating the preposition of the first target."""
    doc = st.doc
    prep = norm(doc[hit[0]].text)
    out = []
    k = hit[1].i + 1
    while k < sent.end - 2:
        w = norm(doc[k].text)
        if w == "et" and norm(doc[k + 1].text) == prep:
            m = k + 2
            while m < sent.end and doc[m].pos_ in ("DET", "ADJ", "NUM"):
                m += 1
            if m < sent.end and doc[m].pos_ in ("NOUN", "PROPN"):
                out.append(doc[m])
            k = m
            continue
        if w in (";", ":") or (
            doc[k].pos_ in ("VERB", "AUX")
            and "Fin" in doc[k].morph.get("VerbForm")
            and doc[k].head.i != hit[1].i
            and not any(ch.dep_ == "nsubj" and norm(ch.text) == "qui" for ch in doc[k].children)
        ):
            break
        k += 1
    return out


def segment_end(st: State, k: int, sent: Span) -> int:
    doc = st.doc
    while k < sent.end and doc[k].text not in (",", ";", ".", "!", "?", ":"):
        k += 1
    return k


def find_forward(st: State, t: Token, sent: Span, words: frozenset[str], n: int) -> Token | None:
    """First noun among ``words`` after ``t`` in its clause (objects after a complement:
    "a signé avec X un contrat"). A verb coordinated with ``t`` after a noun opens a clause
    of its own ("X a dénoncé l'attitude de Y et appelé au dialogue": the dialogue is no
    object of the denunciation), though not before any noun ("a signé et ratifié l'accord")."""
    doc = st.doc
    noun_seen = False
    for k in range(t.i + 1, min(sent.end, t.i + n + 1)):
        x = doc[k]
        if x.text in (";", ".") or (x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm")):
            return None
        if noun_seen and x.pos_ == "VERB" and x.dep_ == "conj" and x.head.i == t.i:
            return None
        noun_seen = noun_seen or x.pos_ in ("NOUN", "PROPN")
        if x.pos_ in ("NOUN", "PROPN") and (norm(x.lemma_) in words or norm(x.text) in words):
            return x
    return None


def place_after(st: State, t: Token, sent: Span, n: int = 10) -> Party | None:
    """A destination "en/au/aux/à + Name" within ``n`` tokens after ``t``."""
    doc = st.doc
    for k in range(t.i + 1, min(sent.end - 1, t.i + n + 1)):
        if norm(doc[k].text) in ("en", "au", "aux", "à"):
            m = k + 1
            while m < sent.end and doc[m].pos_ == "DET":
                m += 1
            if m < sent.end and doc[m].text[:1].isupper():
                p = st.res.np_party(doc[m])
                if is_place_name(st, p, doc[m]):
                    return p
    return None


def is_place_name(st: State, p: Party, head: Token) -> bool:
    """A destination: a state actor, or a place name (a LOC entity on the head)."""
    if not p.identified or p.kind not in ("actor", "name"):
        return False
    if p.actor_id:
        return st.res.actor_type(p.actor_id) == "state"
    return any(
        e.label_ == "LOC" and e.start_char <= head.idx < e.end_char
        for e in st.res.ents_in(head.idx - 40, head.idx + len(head) + 40)
    )


# the possessives that make a counterpart noun refer to the holder's counterpart
_POSSESSIVES = frozenset({"son", "sa", "leur", "ses", "leurs"})


def counterpart(st: State, target: Target, holder: Party) -> Target | None:
    """ "X a remercié son interlocuteur", "exprimé son soutien envers son homologue": an
    unnamed counterpart noun (``counterpart_nouns``, after a possessive) stands for the latest
    actor of the holder's kind named before it (this sentence or the two before, outside
    quotations), never the holder or the holder's own state; None when it is no such noun or
    nobody fits.

    The same noun as the "de" complement of an attribute noun ("dénoncer les propos
    trompeurs de son homologue", "rejeter les accusations de son interlocuteur") stands for
    that actor too, as "les propos de Y" names Y (:func:`complement_actor`). Why: left as an
    issue, the judgement of the counterpart's words never met a positive row on the
    counterpart read in the same sentence (a joint act the speaker recalls to contrast it,
    "rappelant que les deux ministres annonçaient jeudi une coopération mutuelle"), and that
    weaker row became the pair's only sign: a wrong sign. Named, the stated judgement wins
    the pair's row (:func:`records.dedupe`)."""
    if target.actor_id is not None:
        return None
    words = [w for w in re.findall(r"[\w'’-]+", norm(target.text)) if w]
    if len(words) < 2:
        return None
    if words[0] in _POSSESSIVES and words[1] in st.words.counterpart_nouns:
        return _counterpart_named(st, target, holder)
    if _attribute_of_counterpart(st, words):
        return _counterpart_named(st, target, holder)
    return None


def counterpart_form(st: State, target: Target) -> bool:
    """The target is an unnamed counterpart ("son homologue") or an attribute noun of one
    ("le double jeu de son homologue"), whoever :func:`counterpart` finds or not."""
    words = [w for w in re.findall(r"[\w'’-]+", norm(target.text)) if w]
    if len(words) >= 2 and words[0] in _POSSESSIVES and words[1] in st.words.counterpart_nouns:
        return True
    return _attribute_of_counterpart(st, words)


def _attribute_of_counterpart(st: State, words: list[str]) -> bool:
    """The words end with "de son homologue" (one "de" complement) after an attribute noun
    ("les propos trompeurs de son homologue")."""
    if len(words) < 4 or words[-3] != "de" or words[-2] not in _POSSESSIVES:
        return False
    if words[-1] not in st.words.counterpart_nouns:
        return False
    head = words[:-3]
    if any(w in ("de", "du", "des", "d'", "d’") for w in head):
        return False
    return any(w in st.words.attribute_nouns for w in head)


def _counterpart_named(st: State, target: Target, holder: Party) -> Target | None:
    """The latest actor of the holder's kind named before the target (see
    :func:`counterpart`)."""
    kind = st.res.actor_type(holder.actor_id) if holder.actor_id else "person"
    own = {holder.actor_id, st.res.actors.get(holder.actor_id or "", {}).get("country")} - {None}
    s = st.article.sentence_at(target.start)
    floor = st.article.sentences[max(0, s.id - 2)].start if s is not None else 0
    for start, _end, aid in reversed(st.res.mentions_in(floor, target.start)):
        if aid in own or st.res.in_quote(start) or st.res.actor_type(aid) != kind:
            continue
        if st.res.actors.get(aid, {}).get("country") in own:
            continue
        return Target(st.res.actor_name(aid), aid, target.text, target.start, target.end)
    return None
