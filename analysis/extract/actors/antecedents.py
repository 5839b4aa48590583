"""A definite title that takes up an indefinite description made earlier.

French introduces an unnamed person with an indefinite noun phrase and names them later
with the definite article and the bare noun: "un haut conseiller du gouvernement de transition
a déclaré …" then "le conseiller, X, a écrit …". The bare definite title ("le conseiller")
says little; the description it takes up ("haut conseiller du gouvernement de transition")
is the person's role too. The description is read in the three sentences before, from
"un/une" + the same noun to the first punctuation, verb or relative word.
"""

from __future__ import annotations

from analysis.document.tokens import view
from analysis.extract.actors.records import Mention
from analysis.extract.actors.roles import Role
from analysis.extract.actors.text import Text, is_punct

_INDEFINITE = frozenset(("un", "une"))
_DEFINITE = frozenset(("le", "la", "l"))
_ENDS = frozenset(("qui", "que", "dont", "lequel", "laquelle", "selon", "a", "lors", "apres"))
_MAX_WORDS = 9
_SENTENCES_BEFORE = 3


def _description(t: Text, pos: list[str], x: int) -> Role | None:
    """The indefinite description whose noun is word x ("haut conseiller du gouvernement")."""
    s = x
    while s - 1 >= 0 and t.key(s - 1) not in _INDEFINITE and pos[t.word_tok[s - 1]] == "ADJ":
        if x - s >= 2 or is_punct(t.gap(s)):
            return None
        s -= 1
    if s < 1 or t.key(s - 1) not in _INDEFINITE or is_punct(t.gap(s)):
        return None
    e = x + 1
    while e < len(t.ws) and e - s < _MAX_WORDS and t.same_sentence(x, e):
        if is_punct(t.gap(e)) or t.key(e) in _ENDS or pos[t.word_tok[e]] in ("VERB", "AUX"):
            break
        e += 1
    while e - 1 > x and pos[t.word_tok[e - 1]] in ("ADP", "DET", "CCONJ"):
        e -= 1
    if e - s < 2:
        return None  # "un conseiller": no more than the definite title says
    start, end = t.ws[s].start, t.ws[e - 1].end
    return Role(t.article.text[start:end], start, end, "antecedent")


def antecedent_roles(
    t: Text, mentions: list[Mention], role_rows: dict[str, list[Role]]
) -> dict[str, list[Role]]:
    """The descriptions taken up by the bare definite titles of persons, by actor key."""
    pos = view(t.doc).pos
    out: dict[str, list[Role]] = {}
    for m in mentions:
        if m.type != "person":
            continue
        for r in role_rows.get(m.key, []):
            k = t.index_at(r.start)
            if r.where != "title" or k is None or t.first_index_from(r.end) != k + 1:
                continue
            if k < 1 or t.key(k - 1) not in _DEFINITE:
                continue
            sid = t.sentence_id(r.start)
            for x in range(k - 1, -1, -1):
                xs = t.sentence_id(t.ws[x].start)
                if sid is None or xs is None or sid - xs > _SENTENCES_BEFORE:
                    break
                if t.key(x) == t.key(k):
                    found = _description(t, pos, x)
                    if found is not None:
                        out.setdefault(m.key, []).append(found)
                    break
    return out
