""" "Inviter Y à + infinitive" is an exhortation, not hospitality: "X a invité Y à respecter
les résolutions", "X invite Y à la retenue … à cesser ses provocations", "X convie Y à
revoir sa position" press Y; only "inviter Y à venir / participer / se rendre à …" (or to
a place, an event: "inviter Y à Paris, au sommet") is an invitation (host, for Y).

Why: the host rule read every "inviter Y" as a welcome and gave a stance for Y even when
Y was told to comply ("invitant Y à respecter …", a reproach): a wrong sign. The
construction, whatever the verbs: an infinitive introduced by "à" (a pronoun or a negation
between) governed by the invitation verb. An infinitive of coming or taking part keeps the
invitation; a ``redress_verbs`` infinitive (stop, withdraw, comply: ``stance_overtures.yaml``)
is pressure on Y (against Y, like "appeler Y à …"); any other infinitive gives no row.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis.extract.cues import norm
from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.demands import redress_verbs
from analysis.extract.stance.state import State
from analysis.extract.stance.targets import party_target

# infinitives of an invitation proper ("inviter Y à venir / participer / assister à …")
_COMING = frozenset(
    {
        "venir",
        "participer",
        "assister",
        "rendre",
        "visiter",
        "rejoindre",
        "prendre",
        "effectuer",
        "séjourner",
        "siéger",
        "intervenir",
        "s'exprimer",
        "exprimer",
        "rencontrer",
        "dîner",
        "déjeuner",
        "se",
    }
)


def exhorted_verb(st: State, t: Token, sent: Span) -> Token | None:
    """The infinitive of "inviter Y à + infinitive" after ``t`` when it is not one of coming
    or taking part (None when there is none, or the invitation is one)."""
    for k in range(t.i + 1, min(sent.end - 1, t.i + 25)):  # past a relative on Y
        if st.low[k] != "à":
            continue
        m = k + 1
        while m < sent.end and m < k + 4 and st.tv.pos[m] in ("PRON", "ADV"):
            m += 1
        if m >= sent.end or "Inf" not in st.tv.morph(m, "VerbForm"):
            continue
        verb = st.tv.tokens[m]
        return None if norm(verb.lemma_) in _COMING else verb
    return None


def exhortation_sign(st: State, t: Token, sent: Span) -> int | None:
    """None: no exhortation (the host rule goes on); -1: "inviter Y à cesser / respecter …"
    (pressure on Y); 0: another exhortation (no row)."""
    verb = exhorted_verb(st, t, sent)
    if verb is None:
        return None
    return -1 if norm(verb.lemma_) in redress_verbs() else 0


def exhorted(st: State, hosts: list[Party], guest: Party, t: Token, sent: Span) -> bool:
    """ "X invite Y à + infinitive" that is no invitation: the pressure row if any (see
    :func:`exhortation_sign`); True when the host rule must give no welcome."""
    sign = exhortation_sign(st, t, sent)
    if sign is None:
        return False
    if sign:
        st.add(hosts, party_target(st, guest), sign, "inviter à", "demand", t, sent)
    return True
