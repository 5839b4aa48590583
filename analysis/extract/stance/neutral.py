"""Neutral stances (polarity 0): what a text states as taking no side.

The gold annotations hold stances of polarity 0 — a call for restraint or for dialogue
addressed to the parties of a crisis, an abstention in a vote, a stance one declines to take
("se garder de reconnaître Y", "éviter de condamner Y"). They are stances: the holder has
addressed the target and chosen not to side for or against it, and an analyst reads them
(who stays out of a quarrel is part of the map of a crisis). They are recorded as rows of
kind ``neutral`` (:data:`~analysis.extract.stance.state.NEUTRAL`, the only kind
:meth:`State.add` keeps at polarity 0) and rank below every signed row of the same pair
(:func:`~analysis.extract.stance.records.dedupe`); alignments, camps and the signed
headlines and figures leave them out (they weigh a sign).

The constructions, whatever the words:

* a call for restraint or for a peaceful settlement (:func:`restraint_call`: "appeler X et Y
  à la retenue", "exhorter X à dialoguer", "inviter les parties à régler leurs différends par
  la négociation") is neutral toward each addressee (:func:`neutral_call`);
* the noun form of such a call ("lancer un appel à la retenue à l'adresse de Y et de Z",
  :func:`restraint_appeal`), and "inviter / convier Y à + infinitive" as a call, not a
  hosting (:func:`invitation_is_a_call`);
* an abstention ("X s'est abstenu lors du vote sur la résolution") is neutral toward what was
  voted on (:func:`abstention`); declining to take a position ("éviter de donner son avis sur
  Y", "se garder de se prononcer sur Y", "ne pas prendre parti dans Y") is neutral toward Y
  (:func:`no_position`);
* a stance verb governed by a verb of declining to take it ("se garder de", "s'abstenir de",
  "éviter de", "se refuser à" + "reconnaître", "condamner", "soutenir" …) is neutral toward
  its object (:func:`declined`), not its negation: "X s'est gardé de condamner Y" says
  nothing against Y.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import is_negated, load_lexicon, matches, norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.ballots import (
    listed_abstainers,
    reflexive_past,
    text_before,
    voted_on,
)
from analysis.extract.stance.detector import detector
from analysis.extract.stance.hedging import negated
from analysis.extract.stance.holders import holders_of
from analysis.extract.stance.records import Row
from analysis.extract.stance.restraint import restraint_call
from analysis.extract.stance.state import NEUTRAL, State
from analysis.extract.stance.targets import party_target, segment_end, target_range
from analysis.resources.datacache import derived

_TO = frozenset({"à", "au", "aux", "de", "d'", "du", "des"})


@derived
def neutral_words() -> dict[str, frozenset[str]]:
    """The lexicon lists of :mod:`.neutral` (``stance_overtures.yaml``, session 14 block)."""
    lex = load_lexicon("stance_overtures")
    keys = ("settlement_words", "abstention_words", "declining_verbs", "party_nouns")
    return {k: frozenset(norm(w) for w in lex.get(k) or []) for k in keys}


def neutral_call(
    st: State, holders: list[Party], addressee: Party, cue: str, t: Token, sent: Span
) -> None:
    """A call for restraint or dialogue addressed to ``addressee``: neutral toward it (the
    coordinated addressees "X et Y" are expanded by the finder as for any target)."""
    st.add(holders, party_target(st, addressee), 0, cue, NEUTRAL, t, sent)


def parties_called(st: State, t: Token, obj: Token | None, cue: str, sent: Span) -> bool:
    """ "appeler les belligérants à la retenue", "exhorter les parties au dialogue": a call
    for restraint or dialogue on a group named by a common noun of the parties of a crisis
    (``party_nouns``: parties, belligérants, protagonistes, acteurs …), the group as an
    issue target, neutral. Only the direct object of a verb of calling on someone, before its
    "à"/"de" complement: "appeler à la retenue" (no addressee) records nothing here. True
    when the group is the addressee (then no demanded thing, whatever is asked of it: "appeler
    les parties à libérer les otages" is not for the parties)."""
    if obj is None or obj.i <= t.i:
        return False
    nouns, word = neutral_words()["party_nouns"], st.low[obj.i]
    if not {norm(obj.lemma_), word, word.rstrip("sx")} & nouns:
        return False
    if cue not in st.words.demand_addressee_verbs:
        return False
    i, end = st.res.chunk(obj, appos=False)
    # the phrase up to its "à"/"de" (the parse may hang "à recourir …" on the noun)
    j = obj.i + 1
    while j < sent.end and st.low[j] not in _TO:
        if j >= end and st.tv.dep[j] != "amod" and st.tv.pos[j] != "ADJ":
            return False
        j += 1
    if j >= sent.end:
        return False
    if restraint_call(st, t, sent, segment_end(st, t.i + 1, sent)):
        st.add(holders_of(st, t), target_range(st, i, j, obj), 0, cue, NEUTRAL, t, sent)
    return True


# the infinitives of coming and taking part: "inviter Y à venir / à participer / à assister"
_COMING = frozenset(
    {"venir", "participer", "assister", "rencontrer", "séjourner", "prendre", "rejoindre"}
)


def invitation_is_a_call(st: State, t: Token, sent: Span) -> bool:
    """ "inviter Y à négocier", "inviter Y à la retenue", "convier Y à faire preuve de …":
    the verb of inviting before "à"/"de" + an infinitive, or before a word of restraint, calls
    on Y to act (a demand, read by the demand detector), it does not host Y. "inviter Y à
    Paris", "inviter Y à un sommet", "inviter Y à effectuer une visite / à venir / à
    participer à …" stay invitations."""
    end = segment_end(st, t.i + 1, sent)
    if restraint_call(st, t, sent, end):
        return True
    tv = st.tv
    for k in range(t.i + 1, min(end, t.i + 12) - 1):
        if st.low[k] in ("à", "de", "d'") and tv.pos[k] == "ADP" or tv.dep[k] == "mark":
            nxt = k + 1
            while nxt < end and st.low[nxt] in ("ne", "n'", "pas", "plus", "se", "s'"):
                nxt += 1
            if nxt < end and "Inf" in tv.morph(nxt, "VerbForm"):
                # "inviter Y à effectuer une visite / à venir / à participer au sommet" is
                # an invitation still
                lemma = norm(tv.lemma[nxt])
                return lemma not in _COMING and lemma not in st.c.acts["visits"]["verbs"]
    return False


_REFLEXIVE = frozenset({"se", "s'"})
# the declining verbs that decline only with "se" ("se garder de", "s'abstenir de"): "garder
# le silence", "retenir une leçon" decline nothing
_NEED_SE = frozenset({"garder", "abstenir", "retenir", "dispenser"})


def declined(st: State, t: Token) -> bool:
    """The stance verb ``t`` is the infinitive of a verb of declining to take it ("X s'est
    gardé de reconnaître Y", "X a évité de condamner Y", "X s'abstient de critiquer Y"), that
    verb not itself negated ("X ne s'est pas gardé de critiquer Y" criticised Y)."""
    tv = st.tv
    if tv.dep[t.i] not in ("xcomp", "ccomp", "advcl", "dep") or tv.head[t.i] == t.i:
        return False
    if not any(st.low[c] in ("de", "d'", "à") for c in tv.children[t.i]):
        return False
    head = tv.tokens[tv.head[t.i]]
    # the candidate infinitives, not the tagger's lemma ("abstenue" is left as it is)
    lemma = matches(head, neutral_words()["declining_verbs"], st.c)
    if not lemma or is_negated(head, st.c):
        return False
    if lemma in _NEED_SE and not any(st.low[c] in _REFLEXIVE for c in tv.children[head.i]):
        return False
    return True


def neutralised(st: State, rows: list[Row]) -> list[Row]:
    """The rows of a declined stance verb (:func:`declined`) made neutral: the holder has
    chosen not to take the stance, neither it nor its opposite."""
    for r in rows:
        if r.kind == "verb" and r.cue_tok.pos_ == "VERB" and declined(st, r.cue_tok):
            r.polarity, r.kind = 0, NEUTRAL
    return rows


# "à l'adresse de Y", "adressé à Y", "en direction de Y", "envers Y": whom a call noun is for
_ADDRESS = frozenset({"adresse", "adressé", "adressée", "adressés", "adressées"})
_TOWARD = frozenset({("direction", "de"), ("direction", "du"), ("direction", "des")})
_CALL_NOUNS = frozenset({"appel", "exhortation", "invitation", "injonction", "plaidoyer"})


@detector(pos={"NOUN"}, words=lambda c: _CALL_NOUNS, match="form")
def restraint_appeal(st: State, t: Token, sent: Span) -> None:
    """ "X a lancé un appel (pressant) à la retenue à l'adresse de Y et de Z", "un appel au
    dialogue adressé à Y": the noun form of a call for restraint or dialogue, neutral toward
    each party it is addressed to (the conjuncts added as for any target); the holder is the
    subject of the light verb ("lancer", "réitérer") that governs the noun."""
    end = segment_end(st, t.i + 1, sent)
    if not restraint_call(st, t, sent, end) or is_negated(t.head, st.c):
        return
    low = st.low
    for k in range(t.i + 1, min(end, t.i + 16) - 1):
        if low[k] == "envers":
            start = k + 1
        elif (low[k] in _ADDRESS and low[k + 1] in _TO) or (low[k], low[k + 1]) in _TOWARD:
            start = k + 2
        else:
            continue
        rng = st.res.np_after(start, end)
        if not rng:
            return
        holders = holders_of(st, t.head) if t.head.pos_ == "VERB" else holders_of(st, t)
        head = st.doc[rng[0] : rng[1]].root
        for h in [head] + [c for c in head.children if c.dep_ == "conj"]:
            p = st.res.np_party(h)
            if p.identified:
                st.add(holders, party_target(st, p), 0, norm(t.text), NEUTRAL, t, sent)
        return


# taking a position, whatever the words: "se prononcer sur", "prendre position / parti sur",
# "donner / exprimer son avis sur", "commenter"; the nouns after the light verbs
_POSITION_NOUNS = frozenset({"position", "parti", "avis", "opinion", "positionnement"})
_ON = frozenset({"sur", "quant", "concernant", "dans", "au", "à"})


@detector(pos={"VERB"}, words=lambda c: frozenset({"prononcer", "prendre", "donner", "exprimer"}))
def no_position(st: State, t: Token, sent: Span) -> None:
    """ "X a évité de « donner son avis » sur Y", "X s'est gardé de se prononcer sur Y", "X
    refuse de prendre position dans Y", "X n'a pas pris parti sur Y": declining to take a
    position on Y is neutral toward Y (a stance is declined, not reversed). Only when the
    position verb is declined (:func:`declined`) or negated (a negation, "refuser de")."""
    end = segment_end(st, t.i + 1, sent)
    k, low = t.i + 1, st.low
    lemma = norm(t.lemma_)
    if lemma == "prononcer":
        if not any(low[c] in _REFLEXIVE for c in st.tv.children[t.i]):
            return
    else:
        # "son avis", "position", "« donner son avis »": the noun within three words
        while k < end and k <= t.i + 3 and low[k] not in _POSITION_NOUNS:
            k += 1
        if k >= end or k > t.i + 3:
            return
        k += 1
    if not (declined(st, t) or negated(st, t)):
        return
    while k < end and k <= t.i + 6 and low[k] not in _ON:
        k += 1
    if k >= end or k > t.i + 6:
        return
    start = k + 2 if low[k] == "quant" else k + 1
    rng = st.res.np_after(start, end)
    if not rng:
        return
    p = st.res.party(*rng)
    target = party_target(st, p) if p.identified and p.actor_id else None
    if target is None:
        target = target_range(st, rng[0], rng[1])
    st.add(holders_of(st, t), target, 0, f"{lemma} (refus)", NEUTRAL, t, sent)


@detector(pos={"VERB"}, words=lambda c: frozenset({"abstenir"}))
def abstention(st: State, t: Token, sent: Span) -> None:
    """ "X s'est abstenu lors du vote sur la résolution", "X s'est abstenu sur le texte": an
    abstention is neutral toward what was voted on (the "sur" complement within the clause).
    "s'abstenir de + infinitive" is a declined stance (:func:`declined`), not a vote."""
    tv, low = st.tv, st.low
    reflexive = any(low[c] in _REFLEXIVE for c in tv.children[t.i]) or reflexive_past(st, t, sent)
    if not reflexive or negated(st, t):
        return
    end = segment_end(st, t.i + 1, sent)
    k = t.i + 1
    while k < end and k <= t.i + 8 and low[k] != "sur":
        if low[k] in ("de", "d'") and k + 1 < end and "Inf" in tv.morph(k + 1, "VerbForm"):
            return
        k += 1
    if k >= end or k > t.i + 8:
        _tallied(st, t, sent)  # "lors du vote de …", "se sont abstenus : A, B et C"
        return
    rng = st.res.np_after(k + 1, end)
    if not rng:
        return
    # what was voted on, never an actor named inside it ("le texte présenté par la France")
    st.add(holders_of(st, t), target_range(st, *rng), 0, "s'abstenir", NEUTRAL, t, sent)


def _tallied(st: State, t: Token, sent: Span) -> None:
    """An abstention with no "sur" complement (:mod:`.ballots`): what was voted on is the
    "de" complement of a vote noun, else the text the sentence names before; the holders
    are the subject, or the parties listed after a colon."""
    end = min(sent.end, max(segment_end(st, t.i + 1, sent), t.i + 2))
    listed = listed_abstainers(st, t, sent.end)
    target = voted_on(st, t, end) or text_before(st, t, sent)
    if target is None:
        return
    holders = listed or holders_of(st, t)
    st.add(holders, target, 0, "s'abstenir", NEUTRAL, t, sent)
