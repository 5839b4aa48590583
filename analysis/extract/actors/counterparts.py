"""The office of a counterpart, from the office of the person it is the counterpart of.

"homologue" means "holder of the same office in another country": "le ministre italien des
Affaires étrangères, A, a reçu son homologue française B" states that B is minister of
foreign affairs too. A person titled "(son/sa/leur) homologue [nationality]" takes the
governmental office of the nearest person before it in the sentence, with that person's
nationality adjective replaced by the counterpart's (dropped when it has none).

The roles are added after the countries are resolved (the counterpart's country comes from
its own phrase, not from the office it borrows).
"""

from __future__ import annotations

from analysis.extract.actors.records import Mention
from analysis.extract.actors.roles import Role, governmental
from analysis.extract.actors.text import Text
from analysis.extract.actors.vocab import ROLES
from analysis.resources.datacache import derived
from analysis.resources.gazetteer import country_of_adjective, fold, institutions, word_set

_COUNTERPART = frozenset(("homologue", "homologues"))
_FORMER = frozenset(("ancien", "ancienne", "ex", "futur", "future", "feu"))


@derived
def foreign_ministers() -> frozenset[str]:
    """The names of the foreign minister's office ("ministre des affaires étrangères")."""
    return frozenset(fold(w.replace("'", " ")) for w in word_set(ROLES, "foreign_minister"))


def _words(text: str) -> list[str]:
    return text.replace("’", "'").split()


def _office(roles: list[Role]) -> list[str] | None:
    """The words of the first governmental office among a person's roles."""
    gov = governmental()
    for r in roles:
        ws = _words(r.text)
        if r.where == "description" or not ws or ws[0].lower() in _FORMER:
            continue
        if ws[0].lower() in _COUNTERPART:
            continue
        if any(fold(" ".join(ws[:n]).replace("'", " ")) in gov for n in (4, 3, 2, 1)):
            return ws
    return None


def _key(ws: list[str]) -> str:
    return fold(" ".join(ws).replace("'", " "))


def _prefix(ws: list[str], keys: frozenset[str], plain: bool = False) -> int:
    """Length of the longest prefix of ``ws`` (6 words at most) that is one of ``keys``;
    ``plain``: a prefix without a "de" complement ("Premier ministre", not "chef de l'État")."""
    best = 0
    for n in range(1, min(6, len(ws)) + 1):
        if plain and fold(ws[n - 1]).split("'")[0] in ("de", "du", "des", "d", "l"):
            break
        if _key(ws[:n]) in keys:
            best = n
    return best


def _borrowed(office: list[str], nationality: str | None) -> str | None:
    """The office proper (the lexicon's head, or a foreign minister's full title), without
    the first holder's nationality or country complement ("président du Chili" →
    "président"), with the counterpart's ``nationality`` after its head, agreeing with it in
    gender, and the seat at an international body kept ("à l'ONU": counterparts there)."""
    ws = [w for w in office if not country_of_adjective(w.lower())]
    full = _prefix(ws, foreign_ministers()) or _prefix(ws, governmental())
    if not full:
        return None
    seat = ws[full:] if _international_seat(ws[full:]) else []
    head = _prefix(ws[:full], governmental(), plain=True)
    if not nationality:
        return " ".join([*ws[:full], *seat])
    ws = [_agree(ws[0], nationality), *ws[1:]]
    if head and head < full:
        return " ".join([*ws[:head], nationality, *ws[head:full], *seat])
    return " ".join([*ws[:full], nationality, *seat])


_SEAT_LINKS = ("de", "du", "des", "d", "l", "la", "le", "les", "aux", "au")


@derived
def _international_bodies() -> frozenset[str]:
    """Folded names of the international organisations of the knowledge base (no
    country): an ambassador's seat there is shared by every country's envoy."""
    return frozenset(
        _key(_words(alias))
        for i in institutions()
        if i.type == "organisation" and not i.country
        for alias in (i.name, *i.aliases)
    )


def _international_seat(rest: list[str]) -> bool:
    """``rest`` is "à l'ONU", "auprès des Nations unies", "auprès de l'Union africaine"."""
    if not rest or fold(rest[0]) not in ("a", "aupres", "aux"):
        return False
    ws = " ".join(rest[1:]).replace("'", "' ").replace("’", "' ").split()
    while ws and fold(ws[0]).rstrip("'") in _SEAT_LINKS:
        ws = ws[1:]
    return bool(ws) and _key(ws) in _international_bodies()


def _agree(head: str, nationality: str) -> str:
    """The office's head in the gender of the counterpart's nationality adjective, when the
    adjective shows it ("son homologue albanais" of "l'ambassadrice X": "ambassadeur")."""
    adj, low = fold(nationality), head.lower()
    gov = governmental()
    masculine = country_of_adjective(adj + "e") and not adj.endswith("e")
    feminine = adj.endswith("e") and country_of_adjective(adj[:-1]) and not adj.endswith("ee")
    if masculine:
        for fem, masc in (("rice", "eur"), ("e", "")):
            if low.endswith(fem) and fold(low[: -len(fem)] + masc) in gov:
                return head[: -len(fem)] + masc
    if feminine:
        for masc, fem in (("eur", "rice"), ("", "e")):
            if low.endswith(masc) and fold(low[: len(low) - len(masc)] + fem) in gov:
                return head[: len(head) - len(masc)] + fem
    return head


def counterpart_owners(
    t: Text, mentions: list[Mention], role_rows: dict[str, list[Role]]
) -> dict[str, set[str]]:
    """The nationality adjectives of the counterparts of each owner, by owner key: "A a
    reçu son homologue français B" gives A {"français"} (A is not French)."""
    out: dict[str, set[str]] = {}
    for _, _, nat, _, owner in _pairs(t, mentions, role_rows):
        if nat and owner is not None:
            out.setdefault(owner, set()).add(nat)
    return out


def _pairs(
    t: Text, mentions: list[Mention], role_rows: dict[str, list[Role]]
) -> list[tuple[str, Role, str | None, Role | None, str | None]]:
    """(counterpart key, its "homologue" title, its nationality adjective, the office it
    borrows, its owner's key) for every person titled "(son) homologue [nationality]" in
    the sentence of that title. The owner is the nearest person before the counterpart in
    its sentence who holds a governmental office (the office borrowed, None when
    :func:`_borrowed` finds none), else the nearest person before it (no office)."""
    persons = sorted((m for m in mentions if m.type == "person"), key=lambda m: m.start)
    out = []
    for n, m in enumerate(persons):
        mine = [r for r in role_rows.get(m.key, []) if r.where == "title"]
        r = next((r for r in mine if _words(r.text)[0].lower() in _COUNTERPART), None)
        if r is None or t.sentence_id(r.start) != t.sentence_id(m.start):
            continue
        words = _words(r.text)
        nationality = next((w for w in words[1:] if country_of_adjective(w.lower())), None)
        sid = t.sentence_id(m.start)
        borrowed, owner, nearest = None, None, None
        for p in reversed(persons[:n]):
            if t.sentence_id(p.start) != sid:
                break
            if p.key == m.key:
                continue
            nearest = nearest or p.key
            office = _office(role_rows.get(p.key, []))
            if office is not None:
                text = _borrowed(office, nationality)
                owner = p.key
                if text is not None:
                    end = r.start + len(words[0])
                    borrowed = Role(text, r.start, end, "counterpart")
                break
        out.append((m.key, r, nationality, borrowed, owner or nearest))
    return out


def counterpart_roles(
    t: Text, mentions: list[Mention], role_rows: dict[str, list[Role]]
) -> dict[str, list[Role]]:
    """The offices borrowed by counterparts (see module), by actor key."""
    out: dict[str, list[Role]] = {}
    for key, _, _, borrowed, _ in _pairs(t, mentions, role_rows):
        if borrowed is not None:
            out.setdefault(key, []).append(borrowed)
    return out
