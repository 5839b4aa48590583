"""Offers of support in a speaker's words: "« Y peut compter sur nous »", "« Y pourra
toujours compter sur notre soutien »", "« vous pouvez compter sur la solidarité de mon
pays »" (said to Y), "« nous n'abandonnerons jamais Y »", "« nous ne lâcherons pas Y »":
the speaker is for Y.

Why: the most common pledge of support in diplomatic speech names no support verb
("soutenir", "appuyer") and no support noun in a polar frame, so no other rule reads it.
The constructions, whatever the words (``stance_overtures.yaml``, block "offers of
support"):
* a verb of reliance (``reliance_verbs``: compter, s'appuyer, miser …) whose "sur"
  complement is the speaker's side — a first-person pronoun ("nous", "moi") or a noun with a
  first-person possessive ("notre soutien", "mon pays") — and whose subject, or the subject
  of the modal above it ("peut / pourra compter"), is the one relying: a named actor, or
  "vous" standing for the one addressed;
* a verb of desertion (``desertion_verbs``) negated, with a first-person subject: its
  named object is the one supported.

Precision first: a question or a hypothesis gives nothing; a first-person subject relying on
someone ("nous comptons sur Y") is the speaker trusting Y — an overture, left to other rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.hedging import asked, in_hypothesis, negated
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import addressee_target, party_target
from analysis.resources.datacache import derived

_POSSESSIVES = frozenset({"notre", "nos", "mon", "ma", "mes"})
_MODALS = frozenset({"pouvoir", "devoir", "savoir", "continuer", "aller"})


@derived
def reliance_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The reliance verbs, the nouns offered and the desertion verbs."""
    lex = load_lexicon("stance_overtures")

    def words(key: str) -> frozenset[str]:
        return frozenset(norm(w) for w in lex.get(key) or [])

    return words("reliance_verbs"), words("reliance_nouns"), words("desertion_verbs")


def reliance(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Each offer of support in ``speaker``'s quote (see the module). Cheap test first: a verb
    of the lists."""
    verbs, _nouns, deserting = reliance_words()
    tv = st.tv
    for x in range(span.start, span.end):
        if tv.pos[x] != "VERB":
            continue
        lemma = norm(tv.lemma[x])
        if lemma in verbs:
            _relied_on(st, speaker, tv.tokens[x], sent)
        elif lemma in deserting:
            _not_deserted(st, speaker, tv.tokens[x], sent)


def _speaker_side(st: State, tok: Token) -> bool:
    """ "nous", "moi", "notre soutien", "le soutien de mon pays": the speaker's side."""
    low = st.low[tok.i]
    if tok.pos_ == "PRON":
        return low in ("nous", "moi")
    _verbs, nouns, _d = reliance_words()
    if norm(tok.lemma_) not in nouns:
        return False
    for c in tok.children:
        if st.low[c.i] in _POSSESSIVES:
            return True
        if c.dep_ == "nmod" and any(st.low[g.i] in _POSSESSIVES for g in c.children):
            return True  # "la solidarité de mon pays"
    return False


def _relied_on(st: State, speaker: Party, verb: Token, sent: Span) -> None:
    sur = next(
        (
            c
            for c in verb.children
            if c.dep_.startswith("obl") and any(st.low[g.i] == "sur" for g in c.children)
        ),
        None,
    )
    if sur is None or not _speaker_side(st, sur):
        return
    if negated(st, verb) or in_hypothesis(st, verb) or asked(st, verb, sent):
        return
    subj = _subject(verb)
    if subj is None:
        return
    if subj.pos_ == "PRON":
        target = addressee_target(st, subj, sent)
    else:
        p = st.res.np_party(subj)
        target = party_target(st, p) if p.identified and p.actor_id else None
    if target is None:
        return
    st.add([speaker], target, 1, f"{norm(verb.lemma_)} sur (offre)", "quote-clause", verb, sent)


def _subject(verb: Token) -> Token | None:
    """The subject of the verb, or of the modal it is the infinitive of."""
    for node in (verb, verb.head):
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        if node is verb and not (verb.dep_ == "xcomp" and norm(verb.head.lemma_) in _MODALS):
            return None
    return None


def _not_deserted(st: State, speaker: Party, verb: Token, sent: Span) -> None:
    if not negated(st, verb) or in_hypothesis(st, verb) or asked(st, verb, sent):
        return
    subj = _subject(verb)
    if subj is None or st.low[subj.i] not in ("nous", "je", "j'"):
        return
    obj = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ != "PRON"), None)
    if obj is None:
        return
    p = st.res.np_party(obj)
    if not (p.identified and p.actor_id):
        return
    cue = f"ne pas {norm(verb.lemma_)} (offre)"
    st.add([speaker], party_target(st, p), 1, cue, "quote-clause", verb, sent)
