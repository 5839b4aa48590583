"""Short forms of organisations: "la Commission" after "la Commission européenne".

French news names a body in full once, then by its head noun alone, capitalised ("la
Commission", "l'Union", "le Conseil", "la Banque"). The mention rules find that head noun as
an organisation of its own, a second actor (and, nothing stating its country, one guessed
from the context). A single capitalised word that begins the name of exactly one
organisation named before it is that organisation; with two candidates ("le Conseil" after
"le Conseil de sécurité" and "le Conseil européen") it stays apart: no guess.

Likewise a ministry named by its portfolio alone ("le ministère des Affaires étrangères")
after the same ministry named with its state ("le ministère iranien des Affaires
étrangères") is that ministry, when the article names one state's only.
"""

from __future__ import annotations

import dataclasses

from analysis.extract.actors.records import Mention
from analysis.extract.actors.rules.organisations import portfolio_office
from analysis.resources.gazetteer import fold

# the actor types that are bodies with a multi-word name
_BODIES = frozenset({"organisation", "company", "media"})


def join_short_forms(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each one-word short form of an earlier organisation's name given
    that organisation's identity key and name."""
    firsts: dict[str, set[str]] = {}  # folded first word -> keys of the longer names
    names: dict[str, str] = {}
    out = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        words = m.name.split()
        if m.type in _BODIES and len(words) == 1 and m.name[:1].isupper():
            keys = firsts.get(fold(m.name), set()) - {m.key}
            if len(keys) == 1:
                key = next(iter(keys))
                m = dataclasses.replace(m, key=key, name=names[key])
        elif m.type in _BODIES and len(words) > 1 and m.kind == "name":
            firsts.setdefault(fold(words[0]), set()).add(m.key)
            names.setdefault(m.key, m.name)
        out.append(m)
    return out


def join_unstated_offices(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each ministry named without its state ("le ministère de la
    Défense") given the identity of the one state's ministry of that portfolio named before
    it ("le ministère israélien de la Défense"); left apart when two states' are named."""
    offices: dict[str, set[str]] = {}  # office -> keys "office:<office>:<iso>" seen
    names: dict[str, str] = {}
    out = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.key.startswith("office:"):
            offices.setdefault(m.key.split(":")[1], set()).add(m.key)
            names.setdefault(m.key, m.name)
        elif m.key.startswith("org:") and not m.country and fold(m.name).startswith("ministere"):
            office = portfolio_office(m.name)
            keys = offices.get(office or "", set())
            if len(keys) == 1:
                key = next(iter(keys))
                m = dataclasses.replace(m, key=key, name=names[key])
        out.append(m)
    return out
