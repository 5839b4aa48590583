"""The stance finder: the token rules on every token their entry test accepts, then the rules
of quoted words, co-holders and derived states; then each row is scored.

The token rules run in the order of :data:`DETECTORS` (a rule may read the rows of the ones
before it in the sentence: a stance noun in apposition takes the stance of the previous row,
and :func:`analysis.extract.stance.records.dedupe` keeps the first of equal rows). Which rules a
token is offered to is read from their declarations (:mod:`analysis.extract.stance.detector`):
its part of speech, then its words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace

from spacy.tokens import Span

from analysis.document.context import Context
from analysis.document.frames import records
from analysis.extract.cues import Cues, cues, lemma_keys
from analysis.extract.quotes.speakers import DE, Party, syntax
from analysis.extract.stance.accords import joint_decision
from analysis.extract.stance.accusers import rejected_accusation
from analysis.extract.stance.acts import agreement, joint_action, kept_rupture
from analysis.extract.stance.addressed_feelings import addressed_feeling
from analysis.extract.stance.arrivals import arrival
from analysis.extract.stance.attitude_adjectives import toward_adjective
from analysis.extract.stance.attitudes import (
    appreciation,
    demand,
    emotion,
    readiness,
    relation,
)
from analysis.extract.stance.authors import authored_thing
from analysis.extract.stance.backers import means_backing
from analysis.extract.stance.ballots import abstained
from analysis.extract.stance.bans import ban_act, ban_noun
from analysis.extract.stance.brokers import hosted_talks, mediation
from analysis.extract.stance.captivity import captivity_act, captivity_noun
from analysis.extract.stance.clitic_labels import clitic_label
from analysis.extract.stance.collective import collective_holder
from analysis.extract.stance.consistency import contrast_yields, pressure_yields
from analysis.extract.stance.detector import Detector, Match, RuleFunc
from analysis.extract.stance.diplomatic_acts import diplomatic_act, rupture_noun
from analysis.extract.stance.exchanges import exchange_act, exchange_noun
from analysis.extract.stance.extents import extended
from analysis.extract.stance.feelings import (
    caused_feeling,
    experienced,
    impersonal_judgement,
    manner_feeling,
    rapprochement_noun,
    wish,
)
from analysis.extract.stance.gerunds import gerund_holders
from analysis.extract.stance.hedging import asked, hedged
from analysis.extract.stance.holders import state_of
from analysis.extract.stance.interactions import (
    acceptance,
    accord_between,
    demand_clause,
    detention,
    firm_response,
    hostile_act,
    persona_non_grata,
    qualification,
    recall_order,
    retaliation,
)
from analysis.extract.stance.lexical import verb_cue
from analysis.extract.stance.light_actions import light_action
from analysis.extract.stance.meetings import meeting_noun
from analysis.extract.stance.mission_nouns import mission_noun, recall_after_circumstances
from analysis.extract.stance.named_holders import coordinated_states
from analysis.extract.stance.narrative import (
    clitic_locution,
    fronted_participle,
    inverted_qualification,
    mission_act,
    object_after_incise,
    own_ground,
    own_side,
    received_stance,
    relative_object,
)
from analysis.extract.stance.nationality_pairs import nationality_pair
from analysis.extract.stance.needs import stressed_need
from analysis.extract.stance.neutral import (
    abstention,
    neutralised,
    no_position,
    restraint_appeal,
)
from analysis.extract.stance.noun_cues import noun_cue
from analysis.extract.stance.ousters import body_ouster, leave_order, own_envoys
from analysis.extract.stance.pair_targets import pair_targets
from analysis.extract.stance.participle_agents import participle_agent
from analysis.extract.stance.plural_holders import plural_holder
from analysis.extract.stance.predicates import judged_subject
from analysis.extract.stance.provisions import provision
from analysis.extract.stance.purchases import purchase, purchase_noun
from analysis.extract.stance.quote_fallback import fallback_rows
from analysis.extract.stance.quoted import quote_judgements, quote_stances
from analysis.extract.stance.reciprocals import reciprocal
from analysis.extract.stance.recognition import recognition
from analysis.extract.stance.records import BASE_CONFIDENCE, Row, Target, dedupe, record
from analysis.extract.stance.redress import redress
from analysis.extract.stance.relation_pairs import partner_rows
from analysis.extract.stance.relations import (
    friction,
    friction_with,
    opposing_friction,
    relation_event,
    relation_quality,
)
from analysis.extract.stance.reported_terms import reported_terms
from analysis.extract.stance.restrictions import relief_noun, restriction_act
from analysis.extract.stance.rising import rising_friction
from analysis.extract.stance.sign_guards import guarded
from analysis.extract.stance.singled_out import apposed_persons, late_conjuncts, singled_out
from analysis.extract.stance.sponsors import sponsorship
from analysis.extract.stance.state import State
from analysis.extract.stance.strains import strained_relation
from analysis.extract.stance.summons import agentless_summons
from analysis.extract.stance.target_places import placed_targets
from analysis.extract.stance.targets import counterpart
from analysis.extract.stance.visits import invitation, visit_noun, visit_verb
from analysis.extract.stance.voices import speaks_for_state, title_states
from analysis.extract.stance.wishes import wish_noun
from analysis.extract.stance.withdrawals import membership_act, membership_noun
from analysis.resources.datacache import derived

# The token rules, in the order they run on a token.
DETECTORS: tuple[Detector, ...] = (
    verb_cue,
    noun_cue,
    agreement,
    light_action,
    kept_rupture,
    joint_action,
    diplomatic_act,
    agentless_summons,
    rupture_noun,
    purchase,
    purchase_noun,
    friction,
    friction_with,
    rising_friction,
    opposing_friction,
    relation_quality,
    relation_event,
    accord_between,
    hostile_act,
    visit_noun,
    visit_verb,
    meeting_noun,
    arrival,
    invitation,
    readiness,
    toward_adjective,
    emotion,
    demand,
    demand_clause,
    recall_order,
    qualification,
    acceptance,
    retaliation,
    firm_response,
    detention,
    persona_non_grata,
    provision,
    redress,
    relation,
    appreciation,
    caused_feeling,
    experienced,
    manner_feeling,
    impersonal_judgement,
    wish,
    wish_noun,
    addressed_feeling,
    authored_thing,
    rapprochement_noun,
    judged_subject,
    received_stance,
    clitic_locution,
    inverted_qualification,
    fronted_participle,
    object_after_incise,
    relative_object,
    mission_act,
    restraint_appeal,
    no_position,
    abstention,
    restriction_act,
    relief_noun,
    joint_decision,
    exchange_act,
    exchange_noun,
    ban_act,
    ban_noun,
    recognition,
    mission_noun,
    recall_after_circumstances,
    captivity_act,
    captivity_noun,
    sponsorship,
    participle_agent,
    membership_act,
    membership_noun,
    leave_order,
    body_ouster,
    own_envoys,
    reciprocal,
    strained_relation,
    mediation,
    means_backing,
    hosted_talks,
    abstained,
    rejected_accusation,
    stressed_need,
    clitic_label,
)

# a rule as the run loop calls it: its function, how a token names a word, its words (None: no
# word test)
Rule = tuple[RuleFunc, Match, frozenset[str] | None]


@dataclass(frozen=True)
class Plan:
    """The rules offered to the tokens of one part of speech, in run order, and their entry
    tests as an index: which rules each word opens.

    Why an index: a verb is offered to some twenty rules, and testing each rule's words in
    turn (:func:`admits`) on every token cost more than the rules most tokens never reach.
    :meth:`admitted` gives exactly the rules :func:`admits` lets through, in run order, from
    a few dictionary lookups."""

    rules: tuple[Rule, ...]
    needs_keys: bool  # some rule matches a token by its candidate infinitives
    always: tuple[int, ...] = ()  # rules without a word test (indices into ``rules``)
    by_text: dict[str, tuple[int, ...]] = field(default_factory=dict)  # "text" and "form"
    by_lemma: dict[str, tuple[int, ...]] = field(default_factory=dict)  # "form" rules
    by_key: dict[str, tuple[int, ...]] = field(default_factory=dict)  # "keys" rules
    # (text, lemma, keys) -> :meth:`admitted` (a news vocabulary is small: most words come back)
    memo: dict[tuple[str, str, frozenset[str]], Sequence[int]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def of(cls, rules: tuple[Rule, ...]) -> Plan:
        """The plan of ``rules``, its word index read from their entry tests."""
        index: dict[str, dict[str, list[int]]] = {"text": {}, "lemma": {}, "key": {}}
        for k, (_run, match, words) in enumerate(rules):
            into = {"keys": ("key",), "form": ("text", "lemma"), "text": ("text",)}[match]
            for word in words or ():
                for name in into:
                    index[name].setdefault(word, []).append(k)
        frozen = {name: {w: tuple(ks) for w, ks in d.items()} for name, d in index.items()}
        return cls(
            rules,
            any(m == "keys" and w is not None for _r, m, w in rules),
            tuple(k for k, (_r, _m, words) in enumerate(rules) if words is None),
            frozen["text"],
            frozen["lemma"],
            frozen["key"],
        )

    def admitted(self, low: str, lemma: str, keys: frozenset[str]) -> Sequence[int]:
        """Indices of the rules whose entry test (:func:`admits`) a token of text ``low``,
        lemma ``lemma`` and candidate infinitives ``keys`` passes, in run order (memoised)."""
        word = (low, lemma, keys)
        found = self.memo.get(word)
        if found is None:
            hits = self.by_text.get(low, ()) + self.by_lemma.get(lemma, ())
            by_key = self.by_key
            for key in keys:
                hits += by_key.get(key, ())
            found = tuple(sorted({*self.always, *hits})) if hits else self.always
            if len(self.memo) > 100_000:  # bounded, whatever the corpus
                self.memo.clear()
            self.memo[word] = found
        return found


def plans(c: Cues, detectors: Sequence[Detector] = DETECTORS) -> tuple[dict[str, Plan], Plan]:
    """The rules offered to a token, by part of speech (and for any other part of speech),
    each with its lexicon read from ``c`` once."""
    compiled = [(d, d.words(c) if d.words else None) for d in detectors]
    tags = {p for d in detectors if d.pos for p in d.pos}

    def plan(tag: str | None) -> Plan:
        return Plan.of(
            tuple(
                (d.run, d.match, words)
                for d, words in compiled
                if d.pos is None or (tag is not None and tag in d.pos)
            )
        )

    return {tag: plan(tag) for tag in tags}, plan(None)


@derived
def default_plans() -> tuple[dict[str, Plan], Plan]:
    """:func:`plans` of the project's lexicons (built once: the word index holds every word
    of every rule's lexicon; rebuilt when one of those files changes)."""
    return plans(cues())


def admits(
    match: Match, words: frozenset[str] | None, low: str, lemma: str, keys: frozenset[str]
) -> bool:
    """The entry test of a rule on a token of text ``low``, lemma ``lemma`` and candidate
    infinitives ``keys`` (all normalised); :meth:`Plan.admitted` answers it for all the
    rules of a plan at once."""
    if words is None:
        return True
    if match == "keys":
        return not words.isdisjoint(keys)
    if match == "form":
        return low in words or lemma in words
    return low in words


def run_detectors(st: State, sent: Span, by_pos: dict[str, Plan], other: Plan) -> None:
    """Every token rule on every token of the sentence its entry test accepts."""
    tv, c = st.tv, st.c
    toks, pos, low, lemma_low = tv.tokens, tv.pos, st.low, syntax(st.doc).lemma_low
    for i in range(sent.start, sent.end):
        t, plan = toks[i], by_pos.get(pos[i], other)
        keys = lemma_keys(t, c) if plan.needs_keys else frozenset()
        for k in plan.admitted(low[i], lemma_low[i], keys):
            plan.rules[k][0](st, t, sent)


def co_holders(st: State, sent: Span, rows: list[Row]) -> list[Row]:
    """ "à l'appel de X": the organisers share the protesters' stances (only after "à l'":
    in "X a ignoré l'appel de Y" the appeal is the target, Y no co-holder)."""
    low, markers = st.low, st.c.co_holder_markers
    extra = []
    for i in range(sent.start, sent.end):
        if low[i] not in markers or i + 1 >= sent.end or not _after_a_l(low, i, sent):
            continue
        if low[i + 1] not in DE:
            continue
        rng = st.res.np_after(i + 2, sent.end)
        if not rng:
            continue
        org = st.res.party(*rng)
        if not org.identified:
            continue
        for r in rows:
            if r.kind in ("quote", "quote-clause", "verb", "noun") and r.holder.name != org.name:
                if org.actor_id and org.actor_id == r.target.actor_id:
                    continue  # "X a répondu à l'appel de Y": the one who calls is the target
                extra.append(Row(org, r.target, r.polarity, r.cue, "co-holder", r.cue_tok))
    return extra


def counterparts_named(st: State, rows: list[Row]) -> list[Row]:
    """Targets that are the holder's unnamed counterpart ("son interlocuteur") name the
    actor they stand for (:func:`analysis.extract.stance.targets.counterpart`)."""
    for r in rows:
        named = counterpart(st, r.target, r.holder)
        if named is not None:
            r.target = named
    return rows


def pairs_expanded(st: State, sent: Span, rows: list[Row]) -> list[Row]:
    """Rows held by a bare pair noun ("dirigeants" of "les deux dirigeants", a quotation's
    speaker among them) or by a plural title with coordinated nationality adjectives ("les
    ministres xien et yen") become one row per member of the pair (never toward itself)."""
    out = []
    for r in rows:
        pair = (
            collective_holder(st, r.holder, sent.start, sent.end)
            or plural_holder(st, r.holder, sent.start, sent.end, r.cue_tok.i)
            or nationality_pair(st, r.holder, sent.start, sent.end)  # "les ministres x et y"
        )
        if not pair:
            out.append(r)
            continue
        for p in pair:
            if p.actor_id != r.target.actor_id:
                out.append(Row(p, r.target, r.polarity, r.cue, r.kind, r.cue_tok))
    return out


def speakers_for_their_state(st: State, rows: list[Row]) -> list[Row]:
    """ "X affirme que le Kenya et l'Ouganda ont préservé leur coopération", "X a exprimé le
    soutien du Kenya à Y": a state's stance in the words of one of its own officials (a person
    or body of that state's country, quoted or reported) is the speaker's stance too."""
    out = []
    for r in rows:
        aid = r.holder.actor_id
        if not aid or st.res.actor_type(aid) != "state":
            continue
        spoken = st.attributed_at(r.cue_tok.idx)
        if spoken is None or not spoken.actor_id or spoken.actor_id in (aid, r.target.actor_id):
            continue
        own = st.res.actors.get(spoken.actor_id, {}).get("country")
        if not isinstance(own, str) or st.states.get(own) != aid:
            continue
        if speaks_for_state(st, spoken.actor_id):
            out.append(Row(spoken, r.target, r.polarity, r.cue, r.kind, r.cue_tok))
    return out


def _after_a_l(low: list[str], i: int, sent: Span) -> bool:
    """Token ``i`` follows "à l'" ("à l'appel de X")."""
    return i - 2 >= sent.start and low[i - 2] == "à" and low[i - 1] in ("l'", "l’")


def derived_states(st: State, rows: list[Row]) -> list[Row]:
    """Agreements and ruptures by office holders also bind their states (a minister who
    expels a diplomat or closes a border acts for the state)."""
    states = st.states
    out = []
    for r in rows:
        if r.kind not in ("agreement", "rupture"):
            continue
        h, t = r.holder, r.target
        hs = state_of(st, h.actor_id, states)
        ts = state_of(st, t.actor_id, states)
        if hs is None and ts is None:
            continue
        hp = Party(st.res.actor_name(hs), hs, h.start, h.end, "actor") if hs else h
        tt = Target(st.res.actor_name(ts), ts, t.text, t.start, t.end) if ts else t
        if hp.actor_id == tt.actor_id or (hs is None and ts is None):
            continue
        out.append(Row(hp, tt, r.polarity, r.cue, "derived", r.cue_tok))
    return out


# the kinds of rows an official's state takes up (acts and judgements the official voices)
_VOICED_KINDS = frozenset(
    {"verb", "noun", "rupture", "interaction", "demand", "readiness", "appreciation", "relation"}
    | {"quote-clause"}  # the clauses of what an official says in office, by a cue word
    # session 21: an official's visit and an official's side of a dispute are the state's
    # ("le ministre omanais se rend à Téhéran", "le Premier ministre X ... le différend avec Y")
    | {"visit", "friction"}
)
# the cue of a quoted clause read by its overall tone toward every name in it (no cue word):
# too loose to be a state's stance
_TONE_ONLY = "citation"


def officials_states(st: State, rows: list[Row]) -> list[Row]:
    """ "Le ministre kényan des Affaires étrangères X a condamné Y", "le ministère kényan des
    Affaires étrangères a convoqué Y", "« Y porte la responsabilité de la crise », a dit le
    ministre kényan X": a stance an official takes in office (a person with a governmental
    title or a body of the state, :func:`speaks_for_state`) is their state's too, as a derived
    row (below the brief's headline confidence) — in their quoted clauses only when a cue
    word says it (a clause's overall tone toward every name in it stays the speaker's)."""
    out = []
    for r in rows:
        aid = r.holder.actor_id
        if r.kind not in _VOICED_KINDS or not aid:
            continue
        if r.kind == "quote-clause" and r.cue == _TONE_ONLY:
            continue
        state = _official_state(st, aid)
        if state is None or state == r.target.actor_id or not speaks_for_state(st, aid):
            continue
        target_state = state_of(st, r.target.actor_id, st.states)
        if target_state == state:
            continue
        h = Party(st.res.actor_name(state), state, r.holder.start, r.holder.end, "actor")
        out.append(Row(h, r.target, r.polarity, r.cue, "derived", r.cue_tok))
    return out


def _official_state(st: State, aid: str) -> str | None:
    """The state of a person, or of a body of a state ("le ministère jordanien des Affaires
    étrangères": a ministry acts for its state as an official does)."""
    kind = st.res.actor_type(aid)
    if kind == "person":
        return state_of(st, aid, st.states)
    if kind not in ("organisation", "institution"):
        return None
    country = st.res.actors.get(aid, {}).get("country")
    return st.states.get(country) if isinstance(country, str) else None


def against_own_state(st: State, r: Row) -> bool:
    """A body of a state against that very state ("le ministère kényan ... → Kenya", read
    off "l'attaque de X contre Nairobi"): a misread holder or target, dropped. Bodies
    (:func:`speaks_for_state`): their country is in their name. Officials of the state too
    (session 29), in what they report or say ("le porte-parole kényan a dit que X avait
    proféré des menaces contre le Kenya", "« le Kenya sera intransigeant »"): an official
    relays others' hostility to his state, or speaks for it; read as his own hostility to it,
    the row is a wrong a reader sees at once. A person's own stated acts stay ("verb"
    rows: a minister may resign against his government), and a person with no known state
    is never compared, nor one whose titles name no state."""
    aid, target = r.holder.actor_id, r.target.actor_id
    if r.polarity >= 0 or not aid:
        return False
    kind = st.res.actor_type(aid)
    if kind == "person" and r.kind in ("noun", "quote-clause", "quote"):
        own = state_of(st, aid, st.states)
        if own is None:
            return False
        named = not target and r.target.name == st.res.actor_name(own)
        if not (own == target or named) or not speaks_for_state(st, aid):
            return False
        # the title states the country ("le porte-parole kényan"): a country lent by the
        # story's context ("le ministre X" in a story about Y) proves no allegiance
        return st.res.actors.get(own, {}).get("country") in title_states(st, aid)
    if not target or st.res.actor_type(target) != "state":
        return False
    if kind not in ("organisation", "institution"):
        return False
    country = st.res.actors.get(aid, {}).get("country")
    if not isinstance(country, str) or st.states.get(country) != target:
        return False
    return speaks_for_state(st, aid)


def find(ctx: Context, c: Cues | None = None) -> list[dict]:
    """The rows of the stances table of the article, in table order."""
    st = State(ctx, c)
    art, doc = st.article, st.doc
    by_sent = _quotes_by_sentence(st)
    by_pos, other = default_plans() if st.c is cues() else plans(st.c)
    out = []
    for s in art.sentences:
        sent = doc.char_span(s.start, s.end, alignment_mode="expand")
        if sent is None or not len(sent):
            continue
        st.rows = []
        st.sid = s.id
        del st.issues[:-8]
        run_detectors(st, sent, by_pos, other)
        st.rows = neutralised(st, st.rows)  # "se garder de reconnaître Y" (:mod:`.neutral`)
        st.rows = [r for r in st.rows if not asked(st, r.cue_tok, sent)]
        if s.id in by_sent:
            quote_stances(st, sent, by_sent[s.id])
            reported_terms(st, sent, by_sent[s.id])  # session 17
            quote_judgements(st, sent, by_sent[s.id])
        rows = coordinated_states(st, sent, gerund_holders(st, sent, st.rows))
        rows = guarded(st, sent, placed_targets(st, sent, rows))  # wrong signs (.sign_guards)
        rows = pair_targets(st, sent, pairs_expanded(st, sent, rows))  # "les deux pays"
        rows = extended(st, sent, counterparts_named(st, rows))
        rows = apposed_persons(st, sent, rows)
        rows += singled_out(st, sent, rows) + late_conjuncts(st, sent, rows)
        rows = contrast_yields(st, pressure_yields(rows))
        rows += co_holders(st, sent, rows)
        rows += partner_rows(st, sent, rows)
        rows += speakers_for_their_state(st, rows)
        rows += derived_states(st, rows)
        rows += officials_states(st, rows)
        rows += fallback_rows(st, sent, by_sent.get(s.id, []), rows)
        for r in rows:
            if against_own_state(st, r) or own_side(st, r) or own_ground(r):
                continue
            score(st, r, sent)
            out.append(record(art.text, r, s))
        remember_meetings(st, rows)
    return dedupe(out)


def remember_meetings(st: State, rows: list[Row]) -> None:
    """Keep the sentence's visits and receptions (:mod:`.met_partners`)."""
    for r in rows:
        if r.kind in ("visit", "host") and r.polarity > 0:
            if r.holder.actor_id and r.target.actor_id:
                st.met.append((r.holder.actor_id, r.target.actor_id))


def _quotes_by_sentence(st: State) -> dict[int, list]:
    """The quotes of each sentence (one pass over the table: itertuples per sentence group
    costs a class each time)."""
    by_sent: dict[int, list] = {}
    q = st.quotes
    if q is not None and len(q):
        for rec in records(q):
            by_sent.setdefault(int(rec["sentence_id"]), []).append(SimpleNamespace(**rec))
    return by_sent


def score(st: State, r: Row, sent: Span) -> None:
    """The hedge flag and confidence of a row: the kind's base confidence, lowered by a hedge
    and by a pronoun holder."""
    r.hedged = hedged(st, r.cue_tok, sent)
    conf = BASE_CONFIDENCE.get(r.kind, 0.6)
    if r.hedged:
        conf *= st.c.hedge_confidence
    if r.holder.kind == "pronoun":
        conf *= 0.85
    r.confidence = round(conf, 2)
