"""An envoy's posting completed with the state that sends them.

"Le gouvernement X a rappelé son ambassadeur à Lima, A": the title as written
("ambassadeur à Lima") says where A serves, the possessive says for whom; the article's
reader knows A as "l'ambassadeur du Chili à Lima". Once the person's country is resolved
(the possessive's state), the title is completed with it, in the form the article uses for
that state after "de" ("du Chili", "de la Bolivie", "des Philippines"), else with its
adjective in the title's gender ("ambassadrice chilienne à Lima"). Only after a possessive
determiner: an envoy titled without one ("l'ambassadeur à Lima, A") may be of any state,
and a wrong sender is worse than none. Never when the posting names the state itself.
"""

from __future__ import annotations

import re

from analysis.extract.actors.roles import Role
from analysis.extract.actors.text import Text
from analysis.resources.gazetteer import countries, country_rows

# posting titles and their gender: the adjective of the state agrees with the title
_HEADS = {
    "ambassadeur": "m", "ambassadrice": "f", "consul": "m", "consule": "f",
    "consul général": "m", "consule générale": "f", "chargé d'affaires": "m",
    "chargée d'affaires": "f", "envoyé spécial": "m", "envoyée spéciale": "f",
    "représentant permanent": "m", "représentante permanente": "f", "émissaire": "m",
}  # fmt: skip
_TITLE = re.compile(
    r"(?P<head>"
    + "|".join(sorted(map(re.escape, _HEADS), key=len, reverse=True))
    + r")\s+(?P<post>(?:à|au|aux|en|auprès\s+d(?:e|u|es|')\s*)\s*\S.*)",
    re.IGNORECASE,
)
_OWN = re.compile(r"\b(?:son|sa|leur|notre)\s+$", re.IGNORECASE)


def _of_state(text: str, iso: str, gender: str) -> str | None:
    """ "du Chili" as the article writes it, else the state's adjective ("chilienne")."""
    c = countries().get(iso)
    if c is None or c.kind != "state":
        return None
    names = "|".join(re.escape(n) for n in sorted(c.names, key=len, reverse=True))
    found = re.search(rf"\b(?:du|des|de la|de l['’]|d['’])\s?(?:{names})\b", text)
    if found:
        return found.group(0)
    row = next((r for r in country_rows() if r["iso2"] == iso), None)
    return row["demonym"][gender] if row else None


def sender_roles(
    t: Text, role_rows: dict[str, list[Role]], country_of: dict[str, str | None]
) -> dict[str, list[Role]]:
    """Person key -> the posting titles after a possessive completed with the sender."""
    text = t.article.text
    out: dict[str, list[Role]] = {}
    for key, roles in role_rows.items():
        iso = country_of.get(key)
        if not iso:
            continue
        for r in roles:
            m = _TITLE.fullmatch(" ".join(r.text.split()))
            if m is None or not _OWN.search(text[max(0, r.start - 8) : r.start]):
                continue
            c = countries().get(iso)
            post = m.group("post")
            if c is None or any(n in post for n in (*c.names, *c.capitals)):
                continue  # "son ambassadeur au Chili" of Chile: the country is wrong
            of = _of_state(text, iso, _HEADS[m.group("head").lower()])
            if of:
                full = f"{m.group('head')} {of} {post}"
                out.setdefault(key, []).append(Role(full, r.start, r.end, r.where))
    return out
