"""A label pinned on someone named before by a clitic: "X a réagi à l'annonce de Y, en le
qualifiant de « dictateur »", "X s'en est pris à Y, le traitant de « faux poète »": X is
against (or, with a praising label, for) Y.

Why: :func:`.interactions.qualification` reads "qualifier Y de …" with a noun object; the
clitic "le"/"la" leaves the verb with no noun object, and the label's own row (the quotation
rule) targets the word ("dictateur"), not the person it is pinned on. The construction,
whatever the words: a verb of ``qualify_verbs`` that takes "de" (``label_verbs`` below)
right after a singular object clitic, its label read by the evaluative terms of its clause
(an insult verb, ``insult_verbs``, is against whatever the word); the person is the last
person named before the clitic in the sentence (outside quotations) who is not the
holder.

Precision first: "les" (plural: mostly things — "des déclarations …, les qualifiant de …")
gives nothing; so do a negated verb, a label with no sign under a non-insult verb, and a
sentence that names no other person before the clitic.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import Cues, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.detector import detector
from analysis.extract.stance.gerunds import clause_subject
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of, is_named
from analysis.extract.stance.interaction_words import interactions
from analysis.extract.stance.quote_words import term_polarity
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target, segment_end

# the qualifying verbs whose label follows "de" ("qualifier / traiter / taxer Y de …")
_LABEL_VERBS = frozenset({"qualifier", "traiter", "taxer"})
_CLITICS = frozenset({"le", "la", "l'", "l’"})
# their present participles, which the parser may tag as nouns after the clitic ("le
# traitant de …" read as "the one treating")
_PARTICIPLES = frozenset({"qualifiant", "traitant", "taxant"})
_INSULTING = frozenset({"traitant", "taxant"})  # the participles of ``insult_verbs``


def _verbs(_c: Cues) -> frozenset[str]:
    return (interactions().qualify_verbs & _LABEL_VERBS) | _PARTICIPLES


@detector(pos={"VERB", "NOUN"}, words=_verbs, match="form")
def clitic_label(st: State, t: Token, sent: Span) -> None:
    """Holder -> the person the clitic stands for, by the label's sign (see the module)."""
    k = t.i - 1
    if st.low[t.i] not in _PARTICIPLES and not matches(t, _LABEL_VERBS, st.c):
        return
    if k <= sent.start or st.low[k] not in _CLITICS or st.doc[k].head.i != t.i:
        return  # (the parser tags the clitic PRON or DET, its object or determiner)
    if any(ch.dep_ == "obj" and ch.pos_ in ("NOUN", "PROPN") for ch in t.children):
        return  # a noun object: the qualification rule's
    if negated(st, t):
        return
    end = segment_end(st, t.i + 1, sent)
    if end <= t.i + 1 or st.low[t.i + 1] not in ("de", "d'", "d’"):
        return
    score = sum(p for _tok, p in term_polarity(st, list(st.doc[t.i + 1 : end])))
    insult = bool(matches(t, interactions().insult_verbs, st.c)) or st.low[t.i] in _INSULTING
    if score == 0 and not insult:
        return
    polarity = -1 if score < 0 or (score == 0 and insult) else 1
    # a gerund or a detached participle ("en le qualifiant", ", le traitant"): the subject
    # of its clause
    holders = [h for h in _holders(st, t, sent) if h.identified]
    person = _antecedent(st, st.doc[k], sent, {h.actor_id for h in holders if h.actor_id})
    if person is None:
        return
    cue = f"{norm(t.lemma_)} (le … de)"
    st.add(holders, party_target(st, person), polarity, cue, "interaction", t, sent)


def _holders(st: State, t: Token, sent: Span) -> list[Party]:
    """The verb's holders; for a gerund or a detached participle ("en le qualifiant", ", le
    traitant"), the subject of the clause it depends on (through the verb the parser hangs a
    participle read as a noun on)."""
    found = holders_of(st, t) if t.pos_ == "VERB" else []
    if found:
        return found
    # the clause the parser hangs it on may be a completive ("X a réagi, soulignant que Y
    # …, en le qualifiant de …"): when its subject is not the main clause's, no guess
    clause = clause_subject(st, t, sent)
    main = [p for p in st.res.subjects(sent.root) if is_named(p)] if sent.root.i != t.i else []
    if clause and main and {p.actor_id for p in clause} != {p.actor_id for p in main}:
        return []
    found = clause or main
    if not found and t.head.i != t.i and t.head.pos_ == "VERB":
        found = [p for p in st.res.subjects(t.head) if is_named(p)]
    return found


def _antecedent(st: State, clitic: Token, sent: Span, holders: set[str]) -> Party | None:
    """The last person named before ``clitic`` in its sentence, outside quotations, who is
    none of ``holders``."""
    for start, end, aid in reversed(st.res.mentions_in(sent.start_char, clitic.idx)):
        if aid in holders or st.res.in_quote(start) or st.res.actor_type(aid) != "person":
            continue
        return Party(st.res.actor_name(aid), aid, start, end, "actor")
    return None
