"""The event a date expression dates: "who did what" in the clause that governs it.

:func:`describe` writes the clause's subject, verb group and object in the article's own
typography, and gives the clause's character range (the timeline lists the actors named
there).
"""

from __future__ import annotations

from spacy.tokens import Token

from analysis.document.article import Article
from analysis.document.tokens import TokenView, view
from analysis.extract.context.clause import morph_has, noun_phrase, subjects
from analysis.extract.context.timeline.scan import lexicon
from analysis.resources.datacache import derived


@derived
def _verb_particles() -> frozenset[str]:
    """Negation and reflexive words kept next to the verb ("ne", "pas", "se")."""
    return frozenset(lexicon()["verb_particles"])


def describe(
    head: Token | None, article: Article, exclude: tuple[int, int] = (0, 0), limit: int = 16
) -> tuple[str, int, int]:
    """ "Who did what" for the clause governed by ``head``: subject, verb group, object.

    Returns the description (original typography) and the character range of the clause,
    used to find the actors it names.
    """
    if head is None:
        return "", 0, 0
    tv = view(head.doc)
    h = head.i
    picked = (
        _verb_clause(tv, h)
        if tv.pos[h] in ("VERB", "AUX")
        else set(noun_phrase(tv, h, 10, conj=False))
    )
    toks = _trimmed(tv, picked, exclude, limit)
    if not toks:
        return "", 0, 0
    subtree = tv.subtree(h)  # offsets grow with the token index
    return _written(tv, toks, article.text), tv.idx[min(subtree)], tv.end[max(subtree)]


def _verb_clause(tv: TokenView, h: int) -> set[int]:
    """The subjects' phrases, the verb group as written, the object's phrase.

    An infinitive whose subject is its governor's ("Le ministre doit réunir ...", "s'est
    rendu à Djibouti pour partager ...") keeps the governing verbs and its own "de", "à",
    "pour": subject and bare infinitive would read as a lemma ("Le ministre réunir"). A
    participle qualifying a noun ("le traité conclu en 2002 avec l'Espagne") is told with
    that noun and its complements, not as a bare "conclu".
    """
    deps = tv.dep
    if _qualifies_noun(tv, h):
        return _qualifying_verb(tv, h)
    picked: set[int] = set()
    for subj in subjects(tv, h):
        picked.update(noun_phrase(tv, subj, 8, conj=True))
    chain = _verb_chain(tv, h)
    for v in chain:
        picked.update(_verb_group(tv, v))
    if len(chain) > 1:  # "doit réunir", "chercheront à envoyer", "pour partager"
        picked.update(c for c in tv.children[h] if deps[c] == "mark" and c < h)
    obj = next((c for c in tv.children[h] if deps[c] in ("obj", "xcomp", "ccomp")), None)
    if obj is not None:
        picked.update(noun_phrase(tv, obj, 7, conj=False))
    return picked


def _verb_group(tv: TokenView, v: int) -> set[int]:
    """The verb v with its auxiliaries, reflexive and negation particles and a clitic
    indirect object ("leur a demandé")."""
    deps, lower, pos = tv.dep, tv.lower, tv.pos
    particles = _verb_particles()
    group = {v}
    for c in tv.children[v]:
        if deps[c].startswith("aux") or deps[c] in ("expl:comp", "expl:pv", "advmod:neg"):
            group.add(c)
        elif lower[c] in particles and abs(c - v) < 4:
            group.add(c)
        elif deps[c] == "iobj" and pos[c] == "PRON" and 0 < v - c < 3:
            group.add(c)
    return group


def _verb_chain(tv: TokenView, h: int) -> list[int]:
    """h and, for an infinitive with no subject of its own, the verbs that govern it up to
    the one whose subject it borrows (at most two: "chercheront à envoyer", "devraient
    signer", "visant à renforcer", "devrait être signé")."""
    chain = [h]
    v = h
    for _ in range(2):
        if not _non_finite(tv, v) or any(tv.dep[c].startswith("nsubj") for c in tv.children[v]):
            break
        gov = tv.head[v]
        if gov >= v or tv.dep[v] not in ("xcomp", "advcl") or tv.pos[gov] not in ("VERB", "AUX"):
            break  # a fronted clause ("Après avoir obtenu ..., X vient de") stays alone
        chain.append(gov)
        v = gov
    return chain


def _non_finite(tv: TokenView, v: int) -> bool:
    """An infinitive ("signer", "être signé", "avoir été reçu": its first auxiliary is one)
    or a present participle without auxiliary ("visant")."""
    auxes = [c for c in tv.children[v] if tv.dep[c].startswith("aux")]
    if auxes:
        return morph_has(tv, min(auxes), "VerbForm", "Inf")
    if morph_has(tv, v, "VerbForm", "Inf"):
        return True
    return morph_has(tv, v, "VerbForm", "Part") and morph_has(tv, v, "Tense", "Pres")


def _qualifies_noun(tv: TokenView, h: int) -> bool:
    """A participle or infinitive with no subject nor auxiliary of its own that qualifies a
    noun ("le traité conclu en 2002", "l'occasion de réaffirmer")."""
    if tv.dep[h] != "acl" or tv.pos[tv.head[h]] not in ("NOUN", "PROPN"):
        return False
    kids = tv.children[h]
    if morph_has(tv, h, "VerbForm", "Inf"):
        # "l'occasion de réaffirmer"; "pour préparer" hung on "le mois prochain" is a
        # purpose the parser attached to the date
        if not any(tv.dep[c] == "mark" and tv.lower[c] in ("de", "d'", "à") for c in kids):
            return False
    elif not morph_has(tv, h, "VerbForm", "Part"):
        return False
    return not any(tv.dep[c].startswith(("nsubj", "aux")) for c in kids)


def _qualifying_verb(tv: TokenView, h: int) -> set[int]:
    """The noun a participle or infinitive qualifies (with its determiners and adjectives,
    its first complement), the verb with its "de" or "à" and the verb's complements."""
    noun = _agreeing_noun(tv, h, tv.head[h])
    pos = tv.pos
    phrase = noun_phrase(tv, noun, 6, conj=False)
    picked = {noun}
    j = noun - 1
    while j in phrase and pos[j] in ("DET", "ADJ", "NUM"):
        picked.add(j)
        j -= 1
    picked.update(j for j in phrase if j > noun)
    picked.add(h)
    picked.update(c for c in tv.children[h] if tv.dep[c] == "mark" and c < h)
    for c in tv.children[h]:
        if c > h and tv.dep[c].startswith(("obl", "obj")):
            picked.update(noun_phrase(tv, c, 5, conj=False))
    return picked


def _agreeing_noun(tv: TokenView, h: int, noun: int) -> int:
    """The noun a participle agrees with: the parser often hangs it on the complement of
    the noun ("l'accord de pêche conclu": "conclu" is the accord's, not the fishing's)."""
    gender = tv.morph(h, "Gender")
    head = tv.head[noun]
    if (
        gender
        and tv.morph(noun, "Gender") not in ((), gender)
        and tv.dep[noun] == "nmod"
        and tv.pos[head] == "NOUN"
        and tv.morph(head, "Gender") == gender
    ):
        return head
    return noun


def _trimmed(tv: TokenView, picked: set[int], exclude: tuple[int, int], limit: int) -> list[int]:
    """The picked tokens in text order, without the date expression itself (``exclude``)
    nor spaces, at most ``limit``, without dangling prepositions, conjunctions, punctuation
    (and determiners at the end)."""
    idx, space, pos = tv.idx, tv.space, tv.pos
    toks = [i for i in sorted(picked) if not (exclude[0] <= idx[i] < exclude[1]) and not space[i]]
    toks = toks[:limit]
    # a preposition or article left before the cut date ("la lutte d'[hier] pour ...")
    toks = [
        t
        for t in toks
        if not (pos[t] in ("ADP", "DET") and t + 1 < len(idx) and idx[t + 1] == exclude[0])
    ]
    while toks and pos[toks[0]] in ("ADP", "CCONJ", "PUNCT"):
        toks.pop(0)
    while toks and pos[toks[-1]] in ("ADP", "CCONJ", "PUNCT", "DET"):
        toks.pop()
    return toks


def _written(tv: TokenView, toks: list[int], text: str) -> str:
    """The tokens as the article writes them: a space between tokens only where the text
    has one (or where tokens were skipped)."""
    idx, end = tv.idx, tv.end
    parts = []
    for k, t in enumerate(toks):
        if k:
            prev = toks[k - 1]
            # adjacent tokens: a space exactly where the first has trailing whitespace
            parts.append(" " if prev != t - 1 or idx[t] > end[prev] else "")
        parts.append(text[idx[t] : end[t]])
    return "".join(parts).strip(" ,;:")
