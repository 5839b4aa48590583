"""Appraisals of an actor's qualities in someone's words: "X a souligné l'efficacité des
actions du président Y", "X a réaffirmé le rôle moteur de Y", "« le rôle régional axial de
Y »", "X a déploré l'incapacité de Y à ...".

Why: praising (or blaming) what an actor is or does — its efficiency, its leading role,
its inaction — is a stance toward that actor, and the press reports it through neutral
speech verbs ("souligner", "rappeler", "mettre en avant") that carry no sign themselves.
The quality noun (``quality_nouns`` of ``stance_evaluative.yaml``; "rôle" only with a
``role_qualities`` epithet) must be in the speaker's attributed words (a direct, partial or
reported quote) and its "de" complement, directly or through one more "de" noun ("des
actions de Y"), must name the actor. Not under a negation, nor under a verb that disputes
or denies it ("nier / contester / minimiser le rôle de Y"), nor a praise under a verb that
blames it ("déplorer le rôle central de Y").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import load_lexicon, matches, norm
from analysis.extract.quotes.speakers import DE, Party
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import is_named
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target, target_range
from analysis.resources.datacache import derived


@derived
def qualities() -> tuple[frozenset[str], ...]:
    """Positive and negative ``quality_nouns``, ``role_qualities``, ``disputing_verbs`` and
    ``blaming_verbs``."""
    lex = load_lexicon("stance_evaluative")
    q = lex.get("quality_nouns") or {}

    def words(values: object) -> frozenset[str]:
        return frozenset(norm(w) for w in values or [])  # type: ignore[union-attr]

    return (
        words(q.get("positive")),
        words(q.get("negative")),
        words(lex.get("role_qualities")),
        words(lex.get("disputing_verbs")),
        words(lex.get("blaming_verbs")),
    )


def appraisal(st: State, speaker: Party, noun: Token, span: Span, sent: Span) -> None:
    """The speaker's appraisal of the actor whose quality ``noun`` names (see the module)."""
    polarity = _quality_sign(st, noun)
    if not polarity or negated(st, noun) or _disputed(st, noun, polarity):
        return
    actor = _owner(st, noun, sent)
    if actor is None or actor.actor_id == speaker.actor_id:
        return
    cue = norm(noun.text)
    st.add([speaker], party_target(st, actor), polarity, cue, "quote-clause", noun, sent)


def _quality_sign(st: State, noun: Token) -> int:
    """+1 / -1 for a quality noun ("efficacité", "inaction"; "rôle" with a praising
    epithet: "rôle moteur / central / clé"), else 0."""
    good, bad, roles = qualities()[:3]
    w = {norm(noun.text), norm(noun.lemma_)}
    if w & good:
        return 1
    if w & bad:
        return -1
    if "rôle" in w and any(ch.dep_ == "amod" and norm(ch.text) in roles for ch in noun.children):
        return 1
    return 0


def _disputed(st: State, noun: Token, polarity: int) -> bool:
    """A verb above the noun disputes, denies or belittles it ("minimiser le rôle de Y"),
    or blames a praised quality ("déplorer le rôle central de Y"), or is negated."""
    verbs = qualities()[3] | (qualities()[4] if polarity > 0 else frozenset())
    node = noun
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return bool(matches(node, verbs, st.c)) or negated(st, node)
    return False


def _owner(st: State, noun: Token, sent: Span) -> Party | None:
    """The actor of the noun's "de" complement, directly ("le rôle de Y") or through one
    more "de" noun ("l'efficacité des actions diplomatiques de Y")."""
    node = noun
    for _ in range(2):
        # the parser may hang the complement on an epithet ("le rôle moteur de Y")
        epithets = [ch for ch in node.children if ch.dep_ == "amod"]
        kids = [*node.children, *(g for ch in epithets for g in ch.children)]
        comp = next(
            (
                ch
                for ch in sorted(kids, key=lambda x: x.i)
                if ch.dep_ == "nmod"
                and ch.i > node.i
                and any(g.dep_ == "case" and norm(g.text) in DE for g in ch.children)
            ),
            None,
        )
        if comp is None or comp.i >= sent.end:
            return None
        p = st.res.np_party(comp)
        if not (is_named(p) and p.actor_id):
            # the parse may split a long name ("Sa Majesté le Roi X"): read it linearly
            case = min(g.i for g in comp.children if g.dep_ == "case")
            rng = st.res.np_after(case + 1, sent.end)
            if rng:
                stop = next(
                    (m for m in range(rng[0] + 1, rng[1]) if st.tv.pos[m] in ("ADP", "PUNCT")),
                    rng[1],
                )
                p = st.res.party(rng[0], stop)
                if not p.actor_id:  # "Sa Majesté le Roi X": the actor named in the title
                    p = _mentioned(st, rng[0], stop) or p
        if is_named(p) and p.actor_id:
            return p
        node = comp
    return None


def _mentioned(st: State, i: int, j: int) -> Party | None:
    """The longest tail of doc[i:j] that names an actor ("Sa Majesté le Roi X": "Roi X")."""
    for a in range(i + 1, j):
        p = st.res.party(a, j)
        if p.actor_id:
            return p
    return None


# the possessives of the speaker's side ("nos pensées", "mon cœur")
_OURS = frozenset({"nos", "notre", "mes", "mon", "ma"})
# the verbs and prepositions that send the feeling to someone ("sont avec", "vont à / vers")
_TOWARD_VERBS = frozenset({"sont", "est", "vont", "va", "restent", "reste", "demeurent"})
_TOWARD = frozenset({"avec", "à", "au", "aux", "vers"})


def solidarity(st: State, speaker: Party, noun: Token, span: Span, sent: Span) -> None:
    """ "« Nos cœurs et nos pensées sont avec les Ukrainiens »", "« nos prières vont aux
    familles »": the speaker stands with those the feeling goes to. Read linearly (the
    parser often misreads the copula of this locution): the speaker's possessive, a
    ``solidarity_nouns`` noun, then within six words a copula or "aller" and "avec / à /
    vers" + the party. Not when negated ("ne sont pas avec X")."""
    if noun.i == span.start or st.low[noun.i - 1] not in _OURS:
        return
    if norm(noun.text) not in solidarity_nouns() and norm(noun.lemma_) not in solidarity_nouns():
        return
    end = min(span.end, noun.i + 8)
    verb = next((k for k in range(noun.i + 1, end) if st.low[k] in _TOWARD_VERBS), None)
    if verb is None or verb + 1 >= end or st.low[verb + 1] not in _TOWARD:
        return
    if st.low[verb - 1] in ("ne", "n'") or st.low[verb + 1 : verb + 2] == ["pas"]:
        return
    rng = st.res.np_after(verb + 2, sent.end)  # "au X": the article is in the preposition
    if not rng:
        return
    stop = next((m for m in range(rng[0] + 1, rng[1]) if st.tv.punct[m]), rng[1])
    p = st.res.party(rng[0], stop)
    if is_named(p):
        target = party_target(st, p)
    else:
        target = target_range(st, rng[0], stop)
    st.add([speaker], target, 1, f"{norm(noun.text)} avec", "quote-clause", noun, sent)


@derived
def solidarity_nouns() -> frozenset[str]:
    """The ``solidarity_nouns`` of ``stance_evaluative.yaml``."""
    lex = load_lexicon("stance_evaluative")
    return frozenset(norm(w) for w in lex.get("solidarity_nouns") or [])
