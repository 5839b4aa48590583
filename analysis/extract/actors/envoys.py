"""An envoy summoned, expelled, received or met is a guest of the state that does it.

"Le Maroc a convoqué l'ambassadeur X", "l'expulsion de l'ambassadrice Y", "lors d'une
rencontre avec le chargé d'affaires Z, le vice-ministre ...": the envoy (a posting title of
``posting_titles``, no country stated) serves another state than the one acting in the
sentence. Without this, an envoy whose country the text does not state took the article's
protagonist, which is mostly the host who summons him: the commonest diplomatic act got the
guest's country wrong. Here only the states the envoy cannot belong to are found; the
person's country is then decided among the others (:mod:`.countries`).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.document.tokens import view
from analysis.extract.actors.roles import Role
from analysis.extract.actors.text import Text, is_punct
from analysis.resources.gazetteer import fold, word_set

_SKIP = frozenset(("l", "la", "le", "les", "un", "une", "de", "d", "du", "des"))
_OWN = frozenset(("son", "sa", "ses", "leur", "leurs", "notre", "nos"))  # "son ambassadeur"


def _host_words() -> frozenset[str]:
    return word_set("actors_words", "envoy_host_words")


def _posting_titles() -> frozenset[str]:
    return word_set("actors_words", "posting_titles")


def hosted(t: Text, roles: list[Role]) -> list[int]:
    """Offsets of the envoy titles among ``roles`` that follow a word of hosting
    (summons, expulsion, reception, meeting: ``envoy_host_words``) within four words,
    in the same clause (no punctuation between)."""
    out = []
    titles, hosts = _posting_titles(), _host_words()
    lemmas = view(t.doc).lemma  # "convoqué" -> convoquer
    for r in roles:
        k = t.index_at(r.start)
        if k is None or t.key(k) not in titles:
            continue
        x, seen = k - 1, 0
        while x >= 0 and seen < 4 and t.same_sentence(x, k) and not is_punct(t.gap(x + 1)):
            key = t.key(x)
            if key in _OWN:
                break
            if key not in _SKIP:
                if key in hosts or fold(lemmas[t.word_tok[x]]) in hosts:
                    out.append(r.start)
                    break
                seen += 1
            x -= 1
    return out


_POSTED = frozenset(("a", "au", "aux", "en", "aupres", "pour"))
_REACH = 8  # words from the verb to the envoy's title
_SUMMONS = frozenset(("convoquer", "sommer", "expulser", "renvoyer", "notifier", "signifier"))


def received_envoys(
    t: Text, country_inside: Callable[[int, int], str | None], start: int
) -> str | None:
    """The state of the envoy that the person named at ``start`` receives, summons or meets
    as the subject of the act ("X a reçu l'ambassadeur d'Espagne", "X a convoqué dès lundi
    la chargée d'affaires turque"): the host is not of the guest's state, whatever the story's
    protagonist. None when the name is no active subject of a hosting verb, or the envoy's
    state is unstated; with a posting, only a summons or an expulsion counts ("a convoqué
    l'ambassadeur de Suède au Chili"): "a reçu l'ambassadeur de France au Niger" may be
    a state's own envoy home for consultations."""
    tok = t.token_at(start)
    while tok.dep_ in ("flat", "flat:name", "appos") and tok.head is not tok:
        tok = tok.head  # "le ministre, X, a reçu": the name is apposed to its title
    lemma = fold(tok.head.lemma_)
    if tok.dep_ != "nsubj" or lemma not in _host_words():
        return None
    v = t.first_index_from(tok.head.idx)
    titles = _posting_titles()
    k = next((x for x in range(v + 1, v + _REACH) if t.key(x) in titles), None)
    if k is None or not t.same_sentence(v, k):
        return None
    j = k + 1
    while j < k + 6 and t.same_sentence(k, j) and not is_punct(t.gap(j)):
        if t.key(j) in _POSTED:
            if lemma not in _SUMMONS:
                return None
            break
        j += 1
    return country_inside(k, j)
