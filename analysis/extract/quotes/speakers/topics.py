"""The clitic of a speech incise goes on with the person speaking, not with the state the
words are about.

"L'Australie fournira son aide au pays, a-t-il ajouté", "Le Vietnam, poursuit-il, demande
à Y de …", "Le royaume ne cédera rien, a-t-elle martelé": the state subject before the
incise is the topic of the reported words; "il" / "elle" is the person quoted just before
(in this sentence or the two before), or the body quoted just before ("le ministère"). With
no one quoted since, the state stays the referent ("Le pays a rappelé son ambassadeur,
a-t-il annoncé" read alone).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.extract.quotes.speakers.base import Party

if TYPE_CHECKING:  # the resolver imports these modules
    from analysis.extract.quotes.speakers.context import SpeakerContext

# the kinds of actor that are a topic rather than a voice for a clitic "il" / "elle"
TOPIC_TYPES = frozenset(("state",))


def speaker_over_topic(
    res: SpeakerContext, p: Party, tok_idx: int, s0: int, gender: str | None
) -> Party | None:
    """The person quoted last since two sentences before the pronoun's sentence (token
    ``s0`` opens it), when ``p`` (a subject before an incise's clitic at ``tok_idx``) is a
    state; None otherwise."""
    if p.actor_id is None or res.actor_type(p.actor_id) not in TOPIC_TYPES:
        return None
    start = res.token_view.idx[s0]
    sent = res.article.sentence_at(start)
    floor = res.article.sentences[max(0, sent.id - 2)].start if sent is not None else start
    last = res.last_speaker_since(floor, tok_idx, gender)
    if last is None or not last.identified or last.actor_id == p.actor_id:
        return None
    if last.actor_id is None:  # a person the article names without making an actor of
        return last if last.kind in ("name", "noun") else None
    return None if res.actor_type(last.actor_id) in TOPIC_TYPES else last
