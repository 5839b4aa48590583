"""The state of a national outlet, for its own officials whose country the text never states.

A national newspaper names its own government's people without a nationality: "le ministre
des Affaires étrangères a reçu le corps diplomatique", "le Premier ministre a annoncé que
le pays reconnaîtrait ...": the reader knows whose minister. Without this rule such an
official took the first state the article has acting — often the other party, the one the
minister received or spoke of.

The outlet's state is read from the country-code top-level domain of the article's address
(".sn", ".ca", ".bi"), a generic fact of the Internet's naming; the domains that are sold
worldwide for their letters (".tv", ".me", ".io", ".co", ".fm" ...) and the generic ones
(".com", ".net", ".info" ...) say nothing. It is used only for an official holding a
current governmental title and only when that state acts in the article: an outlet
reporting on other states' governments alone gives its own state to no one.
"""

from __future__ import annotations

from typing import Protocol
from urllib.parse import urlsplit

from analysis.resources.gazetteer import countries

# two-letter domains used worldwide for their letters, not their country
_VANITY = frozenset(
    ("tv", "me", "io", "co", "fm", "ai", "ws", "cc", "to", "la", "nu", "tk", "gg", "im", "ac")
    + ("sh", "su", "eu", "vc", "st", "ms")
)
# ".uk" is the domain of GB
_DOMAIN_ISO = {"uk": "GB"}


class _Resolver(Protocol):
    acting: list[str]
    t: object

    def official(self, key: str) -> bool: ...


def outlet_state(url: str | None) -> str | None:
    """ISO2 of the state of the address's country-code domain, None for a generic one."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if len(tld) != 2 or tld in _VANITY:
        return None
    iso = _DOMAIN_ISO.get(tld, tld.upper())
    return iso if iso in countries() else None


def home_official(c: _Resolver, key: str, taken: set[str]) -> str | None:
    """The outlet's state for the official ``key`` when that state acts in the article and
    nothing rules it out for them (see the module docstring)."""
    iso = outlet_state(getattr(c.t.article, "url", None))  # type: ignore[attr-defined]
    if iso is None or iso in taken or iso not in c.acting or not c.official(key):
        return None
    return iso
