"""Roles given by a predicate rather than by a noun phrase around the name.

French states an office with a verb as often as with an apposition: "le président a nommé
X ministre de la Défense", "elle a présenté X comme vice-ministre", "X a été élu président
du Sénat", "X, désigné au poste de médiateur, …", "X est devenu porte-parole", or with an
introducer glued to the name: "X en tant que médiateur", "X en qualité d'envoyé spécial".
The role after the verb (or the introducer) is the person's, whatever the verb's tense,
voice or the words between. The verbs (``appointment_verbs``) and the introducers
(``role_introducers``) are lists of ``actors_roles.yaml``; the role phrase must start with a
role noun of the lexicon and ends where an apposition ends (punctuation, a stop word, a verb).
Further in the clause, "en qualité de R" / "en tant que R" states the capacity in which the
subject acts ("X est arrivé à Dakar, en qualité d'envoyé spécial"): the parse must make the
name the subject of the verb the introducer depends on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.document.tokens import view
from analysis.extract.actors.text import is_punct
from analysis.extract.actors.vocab import vocab
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import fold

if TYPE_CHECKING:
    from analysis.document.tokens import TokenView
    from analysis.extract.actors.roles import Role, RoleFinder
    from analysis.extract.actors.text import Text

# auxiliaries and links between a name and its appointment verb ("a été", "vient d'être")
_AUX = frozenset(
    (
        "a", "avait", "aura", "aurait", "est", "etait", "sera", "serait", "ete", "etre", "fut",
        "vient", "venait", "d", "de", "qui", "ensuite", "alors", "recemment", "officiellement",
        "deja", "finalement", "ainsi", "fraichement", "aussi", "egalement", "y",
    )
)  # fmt: skip
_ETRE = frozenset(("est", "etait", "sera", "serait", "ete", "etre", "fut"))
_COPULAS = frozenset(("devenir", "redevenir", "rester", "demeurer"))
_ARTICLES = frozenset(("le", "la", "l", "un", "une", "son", "sa", "leur", "notre"))


def predicative_role(rf: RoleFinder, r: range, words: frozenset[str]) -> Role | None:
    """The role given to the person whose name covers words ``r`` by a predicate: after
    the name ("X a été nommé R", "X, désigné R,", "X en tant que R") or by an appointment
    verb before it ("nommer X R", "présenter X comme R")."""
    t = rf.t
    j = r.stop
    if j >= len(t.ws) or not t.same_sentence(r.start, j):
        return None
    k = _after_verb(rf, j) if not is_punct(t.gap(j)) or "," in t.gap(j) else None
    if k is not None and _hypothetical(rf, r.start, j, k):
        return None  # "si X devenait président", "X pourrait être nommé ministre"
    if k is None and not is_punct(t.gap(j)) and _verb_before(rf, r.start):
        k = _introduced(rf, j, allow_bare=True)
    if k is None and not is_punct(t.gap(j)):
        k = _introduced(rf, j, allow_bare=False)  # "X en tant que médiateur"
    return _role_from(rf, j, k, words) if k is not None else None


_IF = frozenset(("si", "s"))
_MAY = frozenset(("pouvoir", "devoir", "vouloir", "souhaiter", "esperer", "rever", "briguer"))


def _hypothetical(rf: RoleFinder, i: int, j: int, k: int) -> bool:
    """The predicate between the name (words i..j) and the role (word k) is a condition or
    a wish, not a fact: "si X devenait R", "X deviendrait R", "X pourrait être nommé R"."""
    t = rf.t
    tv = view(t.doc)
    for x in range(i - 1, max(-1, i - 5), -1):
        if t.key(x) in _IF and not is_punct(t.gap(x + 1)):
            return True
        if is_punct(t.gap(x + 1)):
            break
    for x in range(j, k):
        tok = t.word_tok[x]
        if "Cnd" in tv.morph(tok, "Mood") or fold(tv.lemma_low[tok]) in _MAY:
            return True
        if t.key(x).endswith(("rait", "raient")) and rf.upos[tok] in ("VERB", "AUX"):
            return True
    return False


def _lemmas(rf: RoleFinder) -> list[str]:
    return view(rf.t.doc).lemma_low


def _appointment(rf: RoleFinder, x: int) -> str | None:
    """The appointment verb (folded lemma) of word x, if it is one."""
    t = rf.t
    if rf.upos[t.word_tok[x]] not in ("VERB", "AUX", "ADJ"):
        return None
    verbs = vocab()["appointment_verbs"] | vocab()["holding_verbs"]
    lemma = fold(_lemmas(rf)[t.word_tok[x]])
    if lemma in verbs:
        return lemma
    # a participle the parser left as its own lemma ("nommée", "désignés")
    key = t.key(x)
    for end, inf in (("ees", "er"), ("es", "er"), ("ee", "er"), ("e", "er")):
        if key.endswith(end) and key[: -len(end)] + inf in verbs:
            return key[: -len(end)] + inf
    return None


def _after_verb(rf: RoleFinder, j: int) -> int | None:
    """ "X a été nommé R", "X, désigné au poste de R,", "X, qui est devenu R": the first
    word of the role after the verb that follows the name (auxiliaries between)."""
    t = rf.t
    x = j
    while x < len(t.ws) and x - j < 5 and (t.key(x) in _AUX or _adverb(rf, x)):
        if not t.same_sentence(j, x):
            break
        if x > j and is_punct(t.gap(x)):
            return None
        x += 1
    if x >= len(t.ws) or (x > j and is_punct(t.gap(x))) or not t.same_sentence(j, x):
        return None
    lemma = _appointment(rf, x)
    if lemma is None:
        return None
    # the name's own role only when the verb is passive ("a été nommé"), a copula ("est
    # devenu") or a participle in apposition (", désigné"): "X a nommé R" gives R to another
    # (", récemment / nouvellement / démocratiquement élu R": adverbs before the participle)
    detached = "," in t.gap(j) and all(_adverb(rf, y) for y in range(j, x))
    passive = any(t.key(y) in _ETRE for y in range(j, x)) or detached
    holds = lemma in _holding() and not passive  # "X occupe le poste de R": X's own
    if lemma not in _COPULAS and not passive and not holds:
        return None
    return _introduced(rf, x + 1, allow_bare=True)


# adverbs that deny the predicate: "X, jamais nommé R" holds no office
_NEGATIONS = frozenset(("ne", "n", "pas", "jamais", "plus", "point", "guere", "nullement"))
# adverbs of time or manner the parser may not tag ("fraîchement nommé", "tout juste élu")
_ADVERBS = frozenset(
    ("recemment", "nouvellement", "fraichement", "dernierement", "officiellement", "tout",
     "juste", "deja", "finalement", "ensuite", "alors", "aussi", "egalement", "enfin")
)  # fmt: skip


def _adverb(rf: RoleFinder, x: int) -> bool:
    """Word x is an adverb of time or manner before a participle ("récemment", "largement",
    "démocratiquement"), not a negation."""
    key = rf.t.key(x)
    if key in _NEGATIONS:
        return False
    return key in _ADVERBS or rf.upos[rf.t.word_tok[x]] == "ADV"


def _verb_before(rf: RoleFinder, i: int) -> bool:
    """An appointment verb (not a copula) governs the name at word i: "a nommé X",
    "a présenté et assermenté X", "de désigner M. X"."""
    t = rf.t
    x = _before_own_title(rf, i)
    for y in range(x, max(-1, x - 4), -1):
        if not t.same_sentence(y, i) or is_punct(t.gap(y + 1)):
            return False
        lemma = _appointment(rf, y)
        if lemma is not None:
            return lemma not in _COPULAS and lemma not in _holding()
        if t.key(y) not in ("et", "a", "ont", "avait", "de", "d", "vient", "pour"):
            return False
    return False


def _before_own_title(rf: RoleFinder, i: int) -> int:
    """The word before the name's own title and civility ("a présenté l'ambassadeur X
    comme …", "a nommé M. X"): the verb governs the whole noun phrase."""
    t = rf.t
    x = i - 1
    if x >= 0 and t.key(x) in rf.civilities:
        x -= 1
    words = _role_words()
    y = x
    while y >= 0 and x - y < 6 and not is_punct(t.gap(y + 1)):
        if t.key(y) in rf.determiners:
            return y - 1 if y < x else x
        if t.key(y) not in rf.mods and t.key(y) not in words:
            return x
        y -= 1
    return x


@derived
def _holding() -> frozenset[str]:
    """The folded verbs of holding an office ("occuper", "exercer")."""
    return frozenset(map(fold, vocab()["holding_verbs"]))


@derived
def _role_words() -> frozenset[str]:
    """Every word of the person role phrases ("chargé", "affaires", "ambassadeur")."""
    return frozenset(w for phrase in vocab()["roles"] for w in phrase.split())


def _introduced(rf: RoleFinder, x: int, allow_bare: bool) -> int | None:
    """The first word of the role at word x, past an introducer ("comme", "en tant que",
    "au poste de") and an article; bare ("nommé ministre") only when ``allow_bare``."""
    t = rf.t
    intro = vocab()["role_introducers"]
    for n in (4, 3, 2, 1):
        phrase = " ".join(t.key(y) for y in range(x, x + n))
        if phrase in intro and (allow_bare or phrase != "comme"):  # "voir X comme un allié"
            if not any(is_punct(t.gap(y)) for y in range(x + 1, x + n + 1)):
                return x + n
    return x if allow_bare else None


def _role_from(rf: RoleFinder, j: int, k: int, words: frozenset[str]) -> Role | None:
    """The role phrase from word k: articles and modifiers, a role noun of the lexicon,
    up to where an apposition ends."""
    from analysis.extract.actors.roles import Role

    t = rf.t
    n = len(t.ws)
    while k < n and t.key(k) in _ARTICLES and not is_punct(t.gap(k + 1)):
        k += 1
    s = k
    while k < n and t.key(k) in rf.mods and not is_punct(t.gap(k + 1)):
        k += 1
    head_end = rf.role_at(k, words, n) if k < n and t.same_sentence(j, k) else None
    if head_end is None or t.ws[k].start in rf.mention_starts:
        return None
    # the role noun's own words are no verb ("porte-parole" parsed as "porte" + a noun)
    e = rf.apposition_end(j, s, head_end - 1)
    if e is None or e <= s:
        return None
    e = _before_time(rf, head_end, e)
    start, end = t.ws[s].start, t.ws[e - 1].end
    return Role(t.article.text[start:end], start, end, "apposition")


def _before_time(rf: RoleFinder, k: int, e: int) -> int:
    """The role ends before a date ("nommé ministre en mars 2021", "élu président le 12
    mai", "devenu porte-parole lundi"): a time says when, not what."""
    t = rf.t
    cal = vocab()["calendar_words"]
    for x in range(k, e):
        w, nxt = t.key(x), t.key(x + 1)
        if w in cal or w.isdigit():
            return x
        if w in ("en", "le", "au", "a", "fin", "debut", "mi") and (nxt.isdigit() or nxt in cal):
            return x
    return e


_QUALITY = ("en qualite de", "en qualite d", "en sa qualite de", "en sa qualite d")
_AS = ("en tant que", "en tant qu")


def subject_role(rf: RoleFinder, r: range, words: frozenset[str]) -> Role | None:
    """ "X est arrivé à Dakar, en qualité d'envoyé spécial du président", "X s'est rendu
    à Lomé en tant que médiateur": an introducer further in the clause states the role in
    which the subject acts; the parse must make the name (or the title it is in apposition
    to) the subject of the verb the introducer's phrase depends on."""
    t = rf.t
    tv = view(t.doc)
    x = r.stop + 1
    while x < len(t.ws) and x - r.stop < 25 and t.same_sentence(r.start, x):
        if t.ws[x].start in rf.mention_starts and rf.person_at(x):
            return None  # another person may be the subject
        n = _introducer_at(t, x)
        if n:
            noun = t.word_tok[x + 1] if n in (3, 4) and t.key(x + 1) != "tant" else None
            if t.key(x + 1) == "sa":
                noun = t.word_tok[x + 2]
            role = _role_from(rf, x + n - 1, x + n, words)
            if role is None:
                return None
            noun = noun if noun is not None else t.word_tok[x + n]
            return role if _subject_of(tv, noun, t, r) else None
        x += 1
    return None


def _introducer_at(t: Text, x: int) -> int:
    """Number of words of the introducer at word x (0 if none)."""
    if t.key(x) != "en":  # every introducer starts with "en": most words start none
        return 0
    for n in (4, 3):
        phrase = " ".join(t.key(y) for y in range(x, x + n))
        if phrase in _QUALITY or phrase in _AS:
            return n
    return 0


def _subject_of(tv: TokenView, noun: int, t: Text, r: range) -> bool:
    """The token ``noun`` depends on a verb whose subject is the name covering words
    ``r`` or the title the name is in apposition to."""
    v = tv.head[noun]
    if tv.pos[v] not in ("VERB", "AUX"):
        return False
    if tv.dep[v] == "conj":
        v = tv.head[v]
    subjects = [c for c in tv.children[v] if tv.dep[c].startswith("nsubj")]
    first, last = t.word_tok[r.start], t.word_tok[r.stop - 1]
    for s in subjects:
        if first <= s <= last:
            return True
        if tv.dep[first] == "appos" and tv.head[first] == s:
            return True
    return False
