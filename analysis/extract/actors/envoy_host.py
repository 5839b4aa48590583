"""The government an official without a stated country belongs to, read from the foreign
envoys they deal with: envoys are posted in the host's country.

"Le ministre de l'Intérieur, X, a reçu le consul de Norvège au Pérou": the minister whose
title names no state is Peru's, since the consul serves in Peru and a government deals with
the diplomats accredited to it ("le corps diplomatique accrédité à Lima", "les diplomates en
poste en Bolivie"). A careful reader takes that host rather than the nearest country word
(Norway here, the envoy's own). A recall ("a rappelé l'ambassadeur de Norvège au Pérou") or
an appointment ("nommé ambassadeur au Pérou") is made by the envoy's own government, never
the host's: such sentences give nothing.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder
from analysis.extract.actors.posted import posting_end
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import fold, word_set

_POSTING = frozenset(("a", "au", "aux", "en"))
_ARTICLES = frozenset(("la", "l", "le", "les"))
_REACH = 8  # words between the envoy's title and its posting ("consul honoraire de X en Y")

# Participles of being posted, which make a preceding noun an envoy ("le corps
# diplomatique accrédité au Pérou", "les diplomates en poste à Lima").
_POSTED = frozenset(
    fold(w)
    for w in (
        "accrédité accrédités accréditée accréditées poste postes affecté affectés affectée "
        "affectées résidant résidants résident résidents"
    ).split()
)

# Word stems of the acts an envoy's own government does: recall, withdraw, repatriate,
# appoint, designate, send ("rappeler", "le retrait", "nommer", "dépêcher").
_OWN_ACTS = (
    "rappel",
    "retir",
    "retrait",
    "rapatri",
    "nomm",
    "nomin",
    "design",
    "depech",
    "envoi",
    "envoy",
)
_AUX = frozenset(("a", "ont", "avait", "avaient", "aura", "auront", "avoir", "ayant"))


@derived
def _titles() -> frozenset[str]:
    return frozenset(word_set("actors_words", "posting_titles")) | _POSTED


def _own_act(f: Finder, rng: range) -> bool:
    """The sentence names an act of the envoys' own government; "envoyé" counts as the verb
    after an auxiliary ("a envoyé un émissaire"), not as the title ("l'envoyé spécial")."""
    t = f.t
    titles = _titles()
    return any(
        t.key(k).startswith(_OWN_ACTS) and (t.key(k) not in titles or t.key(k - 1) in _AUX)
        for k in rng
    )


def envoys_host(f: Finder, starts: list[int]) -> str | None:
    """The host of the envoys named in the first sentence (of the person's mentions at
    ``starts``) that names some: :func:`_host_in`."""
    return next((iso for at in starts if (iso := _host_in(f, at))), None)


def _host_in(f: Finder, at: int) -> str | None:
    """The one state where the envoys named in the sentence at offset ``at`` are posted,
    when that sentence names no act of the envoys' own government; None otherwise."""
    t = f.t
    sent = t.article.sentence_at(at)
    if sent is None:
        return None
    rng = t.words_in(sent.start, sent.end)
    if _own_act(f, rng):
        return None
    titles = _titles()
    hosts: set[object] = set()
    for k in rng:
        if t.key(k) not in titles:
            continue
        for j in range(k + 1, min(k + 1 + _REACH, rng.stop)):
            if f.punct_before(j):
                break
            if t.key(j) in _POSTING and posting_end(f, j) is not None:
                n = j + 1 + (t.key(j + 1) in _ARTICLES)
                hit = f.gaz.get(n)
                if hit is not None and hit[1].kind in ("country", "capital"):
                    hosts.add(hit[1].ref)
                break
    return next(iter(hosts)) if len(hosts) == 1 else None  # type: ignore[return-value]
