"""The article's protagonist: the first state it names acting.

News is told from its protagonist's side ("La Côte d'Ivoire a appelé ..., a déclaré un
porte-parole du gouvernement"): a spokesman whose country the text never states is mostly
that state's (:mod:`analysis.extract.actors.countries`), and a bare "les autorités" or "le
pays" with no state acting near it stands for it (:mod:`analysis.extract.stance.bare`).

One fact, computed once here for both uses: the order in which the states (and the offices
of states, "la présidence algérienne") first appear acting — named outside quotations (a
quoted "la Russie" is the speaker's topic), not as a verb's object nor after a preposition
of topic or partner ("ont critiqué le Japon", "contre la France", "au sujet de l'Iran",
"signé avec le Mali").
The actors table carries it as ``protagonist_rank`` (1 = the protagonist, 0 = never seen
acting), so that later steps read it instead of defining it again.
"""

from __future__ import annotations

from analysis.extract.actors.records import Mention
from analysis.extract.actors.text import Text, quoted_mask
from analysis.extract.actors.vocab import vocab
from analysis.resources.gazetteer import fold, word_set

# the dependency labels that keep a word inside the name it belongs to (climbed to find the
# role of the whole name in its clause)
_NAME_DEPS = frozenset({"flat", "flat:name", "fixed"})


def acting_states(t: Text, mentions: list[Mention]) -> list[Mention]:
    """The mentions of states named as actors (and of offices of states), with a country,
    outside quotations and not acted on or spoken of, in text order."""
    quoted = quoted_mask(t.article.text)
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        if not m.country or quoted[m.start]:
            continue
        if not ((m.type == "state" and m.actor_position) or m.key.startswith("office:")):
            continue
        if not acted_on(t, m):
            out.append(m)
    return sorted(out, key=lambda m: _clause_order(t, m))


def _clause_order(t: Text, m: Mention) -> tuple[int, bool, int]:
    """Text order, except that within a sentence a state acting in a subordinate clause
    of time, cause or concession ("Après que X a publié ..., Y a rappelé ...", "Alors que
    X ..., Y ...") comes after the states of the main clause: the sentence is told from the
    main clause's side."""
    sent = t.article.sentence_at(m.start)
    if sent is None:
        return (-1, False, m.start)
    return (sent.id, _opening_subordinate(t, sent, m) or _adverbial(t, m), m.start)


def _opening_subordinate(t: Text, sent, m: Mention) -> bool:
    """The sentence opens with a subordinating conjunction (``subordinators``: "après
    que", "alors que", "bien que", "lorsque", ...) and no comma closes that clause before
    the mention."""
    head = fold(t.article.nlp_text[sent.start : m.start]).lstrip()
    if "," in head:
        return False
    words = head.replace("'", " ").split()
    subs = word_set("actors_words", "subordinators")
    return any(" ".join(words[:n]) in subs for n in (1, 2, 3))


def _adverbial(t: Text, m: Mention) -> bool:
    """The parse puts the mention in an adverbial clause opened by a conjunction."""
    tok = t.token_at(m.start)
    for _ in range(12):  # climb to the clause the name belongs to
        if tok.dep_ == "advcl":
            return any(c.dep_ == "mark" for c in tok.children)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def acted_on(t: Text, m: Mention) -> bool:
    """The mention ``m`` is a verb's object or follows a preposition of topic or partner:
    the story acts on it or speaks of it."""
    tok = t.token_at(m.start)
    while tok.dep_ in _NAME_DEPS and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in ("obj", "iobj") or topic(t, m.start):
        return True
    partners = word_set("actors_words", "partner_cases")
    if any(c.dep_ == "case" and fold(c.text) in partners for c in tok.children):
        return True  # "l'accord signé avec la France": a partner
    # the parser often labels a state's name right after its verb an oblique or a bare
    # "dep" ("ont critiqué le Japon": obl:mod); with no preposition, after a verb that has
    # its subject elsewhere, it is the object (a verb without one has it inverted: "»,
    # a déclaré la France")
    head = tok.head
    return (
        (tok.dep_.startswith("obl") or tok.dep_ == "dep")
        and head.i < tok.i
        and head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "case" for c in tok.children)
        and any(c.dep_.startswith("nsubj") for c in head.children)
    )


def topic(t: Text, start: int) -> bool:
    """The phrase at ``start`` follows a preposition of topic or partner ("à propos de",
    "au sujet de", "vis-à-vis de", "contre", "envers", "concernant")."""
    words = vocab()
    k = t.first_index_from(start) - 1
    while k >= 0 and t.key(k) in ("le", "la", "l", "les"):
        k -= 1
    if t.key(k) in words["partner_prepositions"]:
        return True
    return t.key(k) in ("de", "d", "du", "des") and t.key(k - 1) in words["topic_nouns"]


def ranks(acting: list[Mention]) -> dict[str, int]:
    """Each actor key's place (1, 2, ...) in the order the states first act."""
    out: dict[str, int] = {}
    for m in acting:
        if m.key not in out:
            out[m.key] = len(out) + 1
    return out
