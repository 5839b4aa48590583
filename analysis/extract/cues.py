"""French cue lexicons for quotes and stance, and the token tests that use them.

Why a module: the cue words (speech verbs, support/opposition verbs, hedges...) are data that a
linguist reviews and extends in ``data/lexicons/quotes_*.yaml`` and ``stance_*.yaml``; the code
only knows *how* to match a spaCy token against them. spaCy's French lemmatiser is unreliable
on participles, inverted verbs ("estime-t-il") and adjectival participles ("qualifiée"), so
:func:`lemma_keys` proposes a few candidate infinitives and the lexicon decides.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from analysis.document.tokens import doc_state, norm, view
from analysis.resources.datacache import derived, read_split_yaml
from analysis.resources.paths import LEXICON_DIR

__all__ = ["norm"]  # re-exported: the lexicon key lives with the token view (lower layer)


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """:func:`norm` without accents (for comparing names written with or without them)."""
    text = unicodedata.normalize("NFKD", norm(text)).encode("ascii", "ignore").decode()
    return text


@derived
def load_lexicon(name: str, directory: str | None = None) -> dict:
    """Read ``data/lexicons/<name>.yaml`` and the files it is ``continued_in`` (cached until a
    file changes: :mod:`datacache`)."""
    return read_split_yaml(directory or LEXICON_DIR, name)


@dataclass(frozen=True)
class VerbCue:
    """A stance verb: polarity, and optionally the preposition or objects it needs."""

    lemma: str
    polarity: int
    preps: tuple[str, ...] = ()
    objects: frozenset[str] = frozenset()
    # the object may also be an actor of one of these types ("any" = every actor):
    # "reconnaître Taïwan" (a state), "ménager Washington"
    actor_types: frozenset[str] = frozenset()


class Phrases(list):
    """Word sequences of a lexicon (tuples of words, the longest first), with an index by first
    word that :func:`word_sequence_at` reads: the quote rules ask at every word of every
    sentence whether a phrase starts there."""

    @functools.cached_property
    def by_first(self) -> dict[str, list[tuple[str, ...]]]:
        """First word -> the sequences it opens, in lexicon order (built on first use)."""
        return _index_by_first(self)


def _index_by_first(seqs: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for seq in seqs:
        if seq:
            index.setdefault(seq[0], []).append(seq)
    return index


@dataclass
class Cues:
    """All lexicons, as sets keyed by :func:`norm`."""

    speech: frozenset[str]
    weak_speech: frozenset[str]
    participle_cues: frozenset[str]
    forms: dict[str, str]
    attribution_preps: Phrases
    weak_preps: Phrases
    inverted_reporting: tuple[tuple[str, str], ...]  # sorted: the first match wins
    anonymous: Phrases
    skip_after_verb: frozenset[str]
    roles: frozenset[str]
    media: frozenset[str]
    organisations: frozenset[str]
    institutions: frozenset[str]
    groups: frozenset[str]
    feminine: frozenset[str]
    masculine: frozenset[str]
    stance_verbs: dict[str, list[VerbCue]]
    stance_nouns: dict[str, tuple[int, tuple[str, ...]]]
    target_preps: frozenset[str]
    light_verbs: frozenset[str]
    acts: dict
    positive_terms: frozenset[str]
    negative_terms: frozenset[str]
    hedge_verbs: frozenset[str]
    hedge_adverbs: frozenset[str]
    hedge_phrases: tuple[str, ...]
    hedge_confidence: float
    negators: frozenset[str]
    negating_verbs: frozenset[str]
    without: frozenset[str]
    negating_nouns: frozenset[str] = frozenset()
    ready_support: frozenset[str] = frozenset()
    ready_oppose: frozenset[str] = frozenset()
    ready_infinitive: frozenset[str] = frozenset()
    demand_verbs: frozenset[str] = frozenset()
    relation_support: frozenset[str] = frozenset()
    relation_oppose: frozenset[str] = frozenset()
    appreciation_verbs: frozenset[str] = frozenset()
    appreciation_support: frozenset[str] = frozenset()
    appreciation_oppose: frozenset[str] = frozenset()
    joint_markers: frozenset[str] = frozenset()
    co_holder_markers: frozenset[str] = frozenset()
    harm_nouns: frozenset[str] = frozenset()
    harm_verbs: frozenset[str] = frozenset()
    cessation_verbs: frozenset[str] = frozenset()
    cessation_nouns: frozenset[str] = frozenset()
    extra: dict = field(default_factory=dict)
    # lemma keys by word form (see :func:`_keys`): the same few thousand forms recur in every
    # article, so they are computed once per process, not once per token
    form_keys: dict = field(default_factory=dict, repr=False, compare=False)

    @functools.cached_property
    def speaker_nouns(self) -> frozenset[str]:
        return self.roles | self.media | self.organisations | self.institutions | self.groups

    @functools.cached_property
    def evaluative_rx(self) -> re.Pattern | None:
        """Any positive or negative term as a whole word (one pattern, not one per term)."""
        terms = sorted(self.positive_terms | self.negative_terms, key=lambda t: (-len(t), t))
        if not terms:
            return None
        return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, terms)) + r")(?![\w-])")

    @functools.cached_property
    def term_heads(self) -> frozenset[str]:
        """What comes before a space in an evaluative term: the first word(s) of a multi-word
        term (a word that is none of them opens no multi-word term). Built once per lexicon,
        not once per article (0.6 ms each)."""
        heads = {
            term[:k]
            for term in self.positive_terms | self.negative_terms
            for k, ch in enumerate(term)
            if ch == " "
        }
        # session 29: an elided first word is a token of its own ("n'" of "n'a aucun
        # fondement")
        heads |= {
            term[: k + 1]
            for term in self.positive_terms | self.negative_terms
            for k, ch in enumerate(term[:-1])
            if ch == "'"
        }
        return frozenset(heads)

    @functools.cached_property
    def term_width(self) -> int:
        """The most tokens an evaluative term spans ("dénué de tout fondement": 4; "n'a
        aucun fondement": 4, the elided "n'" a token of its own)."""
        return max(
            (len(t.replace("'", "' ").split()) for t in self.positive_terms | self.negative_terms),
            default=1,
        )


def _set(values) -> frozenset[str]:
    return frozenset(norm(v) for v in values or [])


def _seqs(values) -> Phrases:
    out = {tuple(_words(norm(v))) for v in values or []}
    return Phrases(sorted(out, key=len, reverse=True))


def _words(text: str) -> list[str]:
    """Split like the tokenizer does for elided words: "d'après" -> ["d'", "après"]."""
    return re.findall(r"\w+'|[\w.-]+", text)


def _sub(lexicon: dict, key: str, sub: str) -> object:
    """``lexicon[key][sub]``, None when either is missing."""
    return (lexicon.get(key) or {}).get(sub)


def _preps(values: list[str] | None) -> tuple[str, ...]:
    """Prepositions as written, and each locution with an elided article also split as the
    parser splits it ("à l'égard de" is the four tokens "à", "l'", "égard", "de"): matched
    word by word, the written form alone never met a text."""
    out: list[str] = []
    for p in values or []:
        key = norm(p)
        out.append(key)
        split = re.sub(r"(\w')(?=\w)", r"\1 ", key)
        if split != key:
            out.append(split)
    return tuple(out)


def _verb_entries(values, polarity: int) -> list[VerbCue]:
    out = []
    for v in values or []:
        if isinstance(v, str):
            out.append(VerbCue(norm(v), polarity))
        else:
            out.append(
                VerbCue(
                    norm(v["lemma"]),
                    polarity,
                    _preps(v.get("prep")),
                    _set(v.get("objects")),
                    _set(v.get("actors")),
                )
            )
    return out


def _noun_entries(values, polarity: int) -> dict[str, tuple[int, tuple[str, ...]]]:
    out = {}
    for v in values or []:
        if isinstance(v, str):
            out[norm(v)] = (polarity, ())
        else:
            out[norm(v["lemma"])] = (polarity, _preps(v.get("needs_prep")))
    return out


@derived
def cues(directory: str | None = None) -> Cues:
    """Build the :class:`Cues` from the YAML lexicons (once per process)."""
    qv = load_lexicon("quotes_verbs", directory)
    qm = load_lexicon("quotes_markers", directory)
    qs = load_lexicon("quotes_speakers", directory)
    sc = load_lexicon("stance_cues", directory)
    sa = load_lexicon("stance_acts", directory)
    se = load_lexicon("stance_evaluative", directory)
    sm = load_lexicon("stance_modality", directory)
    stance_verbs: dict[str, list[VerbCue]] = {}
    for cue in _verb_entries(sc.get("support_verbs"), 1) + _verb_entries(
        sc.get("oppose_verbs"), -1
    ):
        stance_verbs.setdefault(cue.lemma, []).append(cue)
    nouns = _noun_entries(sc.get("support_nouns"), 1)
    nouns.update(_noun_entries(sc.get("oppose_nouns"), -1))
    acts = {
        key: {k: (_set(v) if isinstance(v, list) else v) for k, v in (val or {}).items()}
        if isinstance(val, dict)
        else _set(val)
        for key, val in sa.items()
    }
    return Cues(
        speech=_set(qv.get("speech_verbs")),
        weak_speech=_set(qv.get("weak_speech_verbs")),
        participle_cues=_set(qv.get("participle_cues")),
        forms={norm(k): norm(v) for k, v in (qv.get("forms") or {}).items()},
        attribution_preps=_seqs(qm.get("attribution_prepositions")),
        weak_preps=_seqs(qm.get("weak_attribution_prepositions")),
        inverted_reporting=tuple(
            sorted({(norm(a), norm(b)) for a, b in qm.get("inverted_reporting") or []})
        ),
        anonymous=_seqs(qm.get("anonymous_speakers")),
        skip_after_verb=_set(qm.get("skip_after_verb")),
        roles=_set(qs.get("role")),
        media=_set(qs.get("medium")),
        organisations=_set(qs.get("organisation")),
        institutions=_set(qs.get("institution")),
        groups=_set(qs.get("group")),
        feminine=_set(qs.get("feminine")),
        masculine=_set(qs.get("masculine")),
        stance_verbs=stance_verbs,
        stance_nouns=nouns,
        target_preps=frozenset(_preps(sc.get("target_preps"))),
        light_verbs=_set(sc.get("light_verbs")),
        acts=acts,
        positive_terms=_set(se.get("positive")),
        negative_terms=_set(se.get("negative")),
        hedge_verbs=_set(sm.get("hedge_verbs")),
        hedge_adverbs=_set(sm.get("hedge_adverbs")),
        hedge_phrases=tuple(norm(p) for p in sm.get("hedge_phrases") or []),
        hedge_confidence=float(sm.get("hedge_confidence", 0.6)),
        negators=_set(sm.get("negators")),
        negating_verbs=_set(sm.get("negating_verbs")),
        without=_set(sm.get("without")),
        negating_nouns=_set(sm.get("negating_nouns")),
        ready_support=_set(_sub(sc, "readiness", "support")),
        ready_oppose=_set(_sub(sc, "readiness", "oppose")),
        ready_infinitive=_set(_sub(sc, "readiness", "infinitive_only")),
        demand_verbs=_set(sc.get("demand_verbs")),
        relation_support=_set(_sub(sc, "relation_nouns", "support")),
        relation_oppose=_set(_sub(sc, "relation_nouns", "oppose")),
        appreciation_verbs=_set(sc.get("appreciation_verbs")),
        appreciation_support=_set(_sub(sc, "appreciation_adverbs", "support")),
        appreciation_oppose=_set(_sub(sc, "appreciation_adverbs", "oppose")),
        joint_markers=_set(sc.get("joint_markers")),
        co_holder_markers=_set(sc.get("co_holder_markers")),
        harm_nouns=_set(sc.get("harm_nouns")),
        harm_verbs=_set(se.get("harm_verbs")),
        cessation_verbs=_set(_sub(sc, "cessation", "verbs")),
        cessation_nouns=_set(_sub(sc, "cessation", "nouns")),
    )


# --------------------------------------------------------------------------------------------
# Token tests

_PARTICIPLE = re.compile(r"^(.+?)(é|ée|és|ées)$")
_PRESENT = re.compile(r"^(.+?)(e|es|ent|ait|aient|a|era|erait|eraient|ons|ez)$")


def lemma_keys(token: Token, c: Cues | None = None) -> frozenset[str]:
    """Candidate infinitives of ``token``: its lemma, its text, known irregular forms and the
    infinitive guessed from a regular -er participle/present/imperfect ending, and the
    locutions it opens ("mettre en garde"). Memoised per token of the current Doc (every
    detector asks about every token)."""
    return _keys(token, c or cues())[0]


def ordered_keys(token: Token, c: Cues | None = None) -> tuple[str, ...]:
    """:func:`lemma_keys` in a fixed order (the lemma first, then alphabetical): rules that
    take the first hit must not depend on the process's hash seed."""
    return _keys(token, c or cues())[1]


def _keys(token: Token, c: Cues) -> tuple[frozenset[str], tuple[str, ...]]:
    """(keys, keys in matching order: the lemma first, then alphabetical), memoised per token
    of the current Doc and per word form (text, lemma, part of speech and, for a verb, the
    three words after it, which is everything :func:`_lemma_keys` reads)."""
    doc = token.doc
    last_doc, last_cues, memo = _last_memo
    if last_doc() is not doc or last_cues is not c:
        memo = _keys_memo(doc, c)
    i = token.i
    hit = memo[i]
    if hit is None:
        v = view(token.doc)
        pos = v.pos[i]
        nxt = tuple(v.text[i + 1 : i + 4]) if pos in ("VERB", "AUX") else ()
        form = (v.text[i], v.lemma[i], pos, nxt)
        hit = c.form_keys.get(form)
        if hit is None:
            keys = frozenset(_lemma_keys(token, c))
            lemma = norm(token.lemma_)
            hit = (keys, tuple(sorted(keys, key=lambda x: (x != lemma, x))))
            if len(c.form_keys) > 200_000:  # bounded, whatever the corpus
                c.form_keys.clear()
            c.form_keys[form] = hit
        memo[i] = hit
    return hit


# (weak reference to a Doc, cues, their memo) of the last :func:`_keys_memo` call: the rules
# ask about one Doc at a time, ~40,000 times per 30,000 words, and this skips the Doc state's
# lookup for all but the first (one tuple, replaced whole: safe across threads; weak: the
# Doc is freed as before)
_last_memo: tuple[Callable[[], Doc | None], Cues | None, list] = (lambda: None, None, [])


def _keys_memo(doc: Doc, c: Cues) -> list:
    """The per-token memo of :func:`_keys` for ``doc`` and these cues, kept in the Doc's state
    ("cue_keys": (cues, list indexed by token) pairs, the cues compared by identity)."""
    global _last_memo
    state = doc_state(doc)
    pairs = state.get("cue_keys")
    if pairs is None:  # (``setdefault`` would make an empty list at every call)
        pairs = state["cue_keys"] = []
    memo = next((m for cues_, m in pairs if cues_ is c), None)
    if memo is None:
        memo = [None] * len(doc)
        pairs.append((c, memo))
    _last_memo = (weakref.ref(doc), c, memo)
    return memo


def _lemma_keys(token: Token, c: Cues) -> set[str]:
    text = norm(token.text).lstrip("-")
    keys = {norm(token.lemma_), text}
    if text in c.forms:
        keys.add(c.forms[text])
    m = _PARTICIPLE.match(text)
    if m:
        keys.add(m.group(1) + "er")
    m = _PRESENT.match(text)
    if m and token.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
        keys.add(m.group(1) + "er")
        keys.add(m.group(1) + "re")
    if text.endswith(("i", "ie", "is", "ies", "it", "issent", "issait")) and token.pos_ in (
        "VERB",
        "ADJ",
    ):
        keys.add(re.sub(r"(ie|ies|is|it|issent|issait|i)$", "ir", text))
    if token.pos_ in ("VERB", "AUX"):
        # locutions: "mettre en garde", "rendre hommage", "faire part", "prendre acte"
        doc = token.doc
        nxt = [norm(doc[k].text) for k in range(token.i + 1, min(len(doc), token.i + 4))]
        bases = {k for k in keys if k.endswith(("er", "ir", "re"))}
        for base in bases:
            phrase = base
            for w in nxt:
                phrase += w if phrase.endswith("'") else " " + w
                keys.add(phrase)
    return keys


def is_verbal(token: Token) -> bool:
    """A verb, or a participle that spaCy tagged as an adjective or noun."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    return token.pos_ in ("ADJ", "NOUN", "PROPN") and bool(_PARTICIPLE.match(norm(token.text)))


def matches(token: Token, lexicon: frozenset[str], c: Cues | None = None) -> str | None:
    """The lexicon entry ``token`` is a form of, or None."""
    # Fixed order (the lemma first, then alphabetical): iterating the set would depend on
    # the process's hash seed and give different cues from run to run.
    for key in _keys(token, c or cues())[1]:
        if key in lexicon:
            return key
    return None


def is_speech_verb(token: Token, c: Cues | None = None, *, weak: bool = True) -> str | None:
    """Lemma of ``token`` if it is a speech verb (``weak=False`` excludes the weak ones)."""
    c = c or cues()
    if not is_verbal(token) and token.pos_ != "NOUN":
        return None
    hit = matches(token, c.speech, c)
    if hit and (weak or hit not in c.weak_speech):
        return hit
    return None


def is_conditional(token: Token) -> bool:
    """Conditional mood on the token or one of its auxiliaries (read from the token view:
    ``token.morph`` and ``token.children`` build objects at each call)."""
    tv = view(token.doc)
    i = token.i
    if "Cnd" in tv.morph(i, "Mood"):
        return True
    dep = tv.dep
    return any(dep[ch].startswith("aux") and "Cnd" in tv.morph(ch, "Mood") for ch in tv.children[i])


def is_negated(token: Token, c: Cues | None = None) -> bool:
    """A negation adverb depends on the token ("ne soutient pas", "n'a jamais condamné")."""
    c = c or cues()
    tv = view(token.doc)
    dep, pos, text = tv.dep, tv.pos, tv.text
    for ch in tv.children[token.i]:
        if dep[ch] in ("advmod", "neg", "advmod:neg") and norm(text[ch]) in c.negators:
            if not _not_a_negation(tv, ch):
                return True
        if (
            pos[ch] == "ADV"
            and "Neg" in tv.morph(ch, "Polarity")
            and _with_ne(tv, token.i)
            and not _not_only(tv, ch)
            and not _emphatic(tv, ch)
        ):
            return True
    return False


def _with_ne(tv, i: int) -> bool:
    """A "ne"/"n'" depends on the verb: the parser's negative polarity on an adverb it does
    not know as a negator counts only then ("X a fermement rejeté Y" is tagged negative by
    the model: "fermement" is no negation)."""
    return any(norm(tv.text[k]) in ("ne", "n'") for k in tv.children[i])


# "pas seulement", "non uniquement", "pas simplement": "not only" asserts what follows, and
# more besides ("ce n'est pas seulement une menace, c'est une agression")
_ONLY = frozenset({"seulement", "uniquement", "simplement", "exclusivement", "juste"})


def _not_only(tv, i: int) -> bool:
    """ "ne sont pas seulement une menace (mais aussi …)": the menace stands; the "ne" of
    that "ne … pas seulement" neither, nor the "ne" of a restrictive "ne … que" ("n'a fait
    que saluer", "ne soutient que Y": Y is supported)."""
    if norm(tv.text[i]) in ("ne", "n'"):  # "ne sont pas seulement", "n'a pas uniquement"
        for k in range(i + 1, min(i + 5, len(tv.text))):
            w = norm(tv.text[k])
            if w in ("que", "qu'"):
                return True
            if w in _NEGATION_WORDS:
                return _not_only(tv, k)
        return _expletive(tv, tv.head[i])

    return (
        norm(tv.text[i]) in ("pas", "non", "point", "plus")
        and i + 1 < len(tv.text)
        and norm(tv.text[i + 1]) in _ONLY
    )


# verbs of fearing and preventing, and the words before "que", that take an expletive "ne"
_EXPLETIVE_GOVERNORS = frozenset(
    {"craindre", "redouter", "appréhender", "éviter", "empêcher", "crainte", "peur"}
    | {"avant", "moins", "craint", "redoute"}
)


def _expletive(tv, v: int) -> bool:
    """A bare "ne" (no "pas", "plus", …) on ``v``, in a "que" clause after a verb of fearing
    or preventing or after "avant / à moins / de peur / de crainte que": "X craint que Y ne
    soutienne Z" says Y might support Z — the "ne" negates nothing."""
    kids = tv.children[v]
    mark = next((k for k in kids if tv.dep[k] == "mark" and norm(tv.text[k]) in ("que", "qu'")), -1)
    if mark < 0:
        return False
    gov = tv.head[v]
    before = norm(tv.text[mark - 1]) if mark > 0 else ""
    return before in _EXPLETIVE_GOVERNORS or (
        gov != v
        and (
            norm(tv.lemma[gov]) in _EXPLETIVE_GOVERNORS
            or norm(tv.text[gov]) in _EXPLETIVE_GOVERNORS
        )
    )


# the second half of a negation after "ne" (before which a "que" makes "ne … que" restrictive)
_NEGATION_WORDS = frozenset(
    {"pas", "plus", "jamais", "guère", "point", "rien", "personne", "aucun", "aucune", "ni"}
    | {"nullement", "aucunement", "nulle"}
)


# "ne … jamais trop / assez", "ne saurait trop": the emphatic negation of French praise and
# thanks ("on ne saurait trop remercier X", "je ne remercierai jamais assez X") says the
# speaker can never thank X ENOUGH — the thanks stand, with emphasis
_EMPHATIC = frozenset({"trop", "assez"})
_EMPHATIC_MODALS = frozenset({"savoir", "pouvoir"})


def _emphatic(tv, i: int) -> bool:
    """``i`` is the "ne" or "jamais" of an emphatic negation: "jamais" right before "trop" /
    "assez", or "ne" + "savoir"/"pouvoir" + "trop"/"assez" with no "pas"/"plus" between.
    Why: the session-21 batch read a thanks in that form as a rebuke of the thanked state and,
    through it, of the support the thanks were for."""
    w = norm(tv.text[i])
    if w not in ("ne", "n'", "jamais"):
        return False
    jamais, modal = w == "jamais", False
    for k in range(i + 1, min(i + 5, len(tv.text))):
        nxt = norm(tv.text[k])
        if nxt in _EMPHATIC:
            return jamais or modal
        if nxt == "jamais":
            jamais = True
        elif tv.pos[k] in ("VERB", "AUX") and not jamais:
            form = norm(tv.text[k])
            modal = (
                modal or norm(tv.lemma[k]) in _EMPHATIC_MODALS or form.startswith(("saur", "pourr"))
            )
        elif tv.pos[k] != "PRON":
            return False
    return False


def _not_a_negation(tv, i: int) -> bool:
    """ "le plus solide", "plus solides que jamais": "plus" with no "ne" on its head and
    "jamais" after "que" negate nothing (a superlative or a comparison read as "ne … plus"
    turned praise into blame); nor does "pas" before "seulement" ("not only"), nor a "pas"
    with a determiner (session 17: the noun, "un pas en avant")."""
    w = norm(tv.text[i])
    if _not_only(tv, i) or _emphatic(tv, i):
        return True
    if w == "pas" and any(tv.dep[k] == "det" for k in tv.children[i]):
        return True  # "un pas dans la bonne direction": the noun (a step), misparsed as "pas"
    if w == "plus":
        head = tv.head[i]
        # the "ne" may hang on the head's copula or auxiliary ("X n'est plus le bienvenu",
        # "X n'est plus un partenaire fiable": "n'" on "est", "plus" on the attribute)
        carriers = [head] + [k for k in tv.children[head] if tv.dep[k] in ("cop", "aux:tense")]
        return not any(
            norm(tv.text[k]) in ("ne", "n'") and k < i for c in carriers for k in tv.children[c]
        )
    return w == "jamais" and i > 0 and norm(tv.text[i - 1]) == "que"


def word_sequence_at(words: list[str], i: int, seqs: list[tuple[str, ...]]) -> int:
    """Length of the first sequence of ``seqs`` (lexicons list the longest first) that starts
    at ``words[i]`` (0 if none).

    The sequences are looked up by their first word (:attr:`Phrases.by_first`, built once per
    lexicon): the quote rules ask at every word of every sentence."""
    if i >= len(words):
        return 0
    index = seqs.by_first if isinstance(seqs, Phrases) else _index_by_first(seqs)
    for seq in index.get(words[i], ()):
        n = len(seq)
        if tuple(words[i : i + n]) == seq:
            return n
    return 0
