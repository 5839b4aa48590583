"""Social networks and messaging services named as the channel of a message: no actor.

"a-t-il écrit sur X", "dans un message publié sur Telegram", "par le biais du réseau social
X", "sur son compte Instagram", "sur sa plateforme de médias sociaux, Truth Social", "Via
WhatsApp, le porte-parole a démenti": the service carries what an actor says; it is not one
of the story's actors (the tagger made them organisations, or persons after a capitalised
"Via"). Only a service's name (``actors_cues.platforms``) and only where the words before it
make it the channel (a preposition of channel, or a noun of account, network or message a
few words back in its sentence): "X a suspendu le compte du ministre", where the company
acts, stays an actor.
"""

from __future__ import annotations

from analysis.extract.actors.finder import Finder
from analysis.resources.gazetteer import word_set

_CHANNEL_PREPOSITIONS = frozenset({"sur", "via"})
_CHANNEL_NOUNS = frozenset(
    {
        "reseau",
        "reseaux",
        "plateforme",
        "plateformes",
        "messagerie",
        "application",
        "compte",
        "comptes",
        "page",
        "fil",
        "chaine",
        "message",
        "messages",
        "publication",
        "tweet",
        "post",
        "video",
    }
)
_BACK = 6  # words looked back for a channel noun


def platform_channel(f: Finder, i: int, j: int, keys: list[str]) -> bool:
    """The name at words [i, j) is a social network named as a message's channel."""
    rest = keys[1:] if keys[0] in _CHANNEL_PREPOSITIONS else keys
    if not rest or " ".join(rest) not in word_set("actors_cues", "platforms"):
        return False
    t = f.t
    if len(rest) < len(keys) or t.key(i - 1) in _CHANNEL_PREPOSITIONS:
        return True  # "Via Telegram, ...", "sur X"
    back = [t.key(k) for k in range(max(0, i - _BACK), i) if t.same_sentence(k, i)]
    return bool(_CHANNEL_NOUNS.intersection(back))
