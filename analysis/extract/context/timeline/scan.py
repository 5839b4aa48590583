"""Finding date expressions: the patterns, one scan of the text, and the year filter.

The patterns are regular expressions over :attr:`Article.nlp_text` built from the general
French lexicon ``data/lexicons/time_fr.yaml`` (months, weekdays, seasons, numbers, units,
relative words). Each has a name, the *kind of expression* it finds ("full", "month",
"weekday"...), which :mod:`.resolve` turns into dates.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from analysis.document.tokens import view
from analysis.resources.datacache import derived, read_yaml
from analysis.resources.paths import LEXICON_DIR
from analysis.resources.patterns import PatternUnion

# A found expression: (start, end, pattern name, named groups that matched)
Found = tuple[int, int, str, dict]

_YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})"
_DAY = r"(?:1er|1ᵉʳ|premier|3[01]|[12][0-9]|0?[1-9])"


@derived
def lexicon() -> dict:
    """The French time lexicon (months, weekdays, seasons, numbers, relative words)."""
    return read_yaml(LEXICON_DIR / "time_fr.yaml")


@derived
def year_blockers() -> frozenset[str]:
    """Words before a number that make it a count or a name ("résolution 2231")."""
    return frozenset(lexicon()["year_blockers"])


@derived
def direction_words() -> dict[str, str]:
    """ "dernier" -> past, "prochain" -> future: words that fix a date's direction."""
    return dict(lexicon()["direction_words"])


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@derived
def patterns() -> list[tuple[str, re.Pattern]]:
    """(name, pattern) in priority order; all case-insensitive, matched on ``nlp_text``."""
    lx = lexicon()
    m, w = _alt(lx["months"]), _alt(lx["weekdays"])
    # after a day number, an abbreviated month ("3 sept. 2019"); its dot is required when
    # no year follows ("le 3 déc." but not "les 3 sept accords")
    abbr = _alt(lx["month_abbreviations"])
    m_year = rf"(?:{m}|(?:{abbr})\.?)"
    # ... or when a punctuation mark or a bracket ends the date: the dateline "Caracas, 13 sept
    # (AFP)", "le 3 déc, à Paris"
    m_day = rf"(?:{m}|(?:{abbr})\.|(?:{abbr})(?=[ \t]*(?:[(),;:–—]|-[ \t]|$)))"
    s = _alt(lx["seasons"])
    parts = _alt(lx["period_parts"])
    n = _alt(lx["numbers"]) + r"|\d{1,3}"
    # the other end of a count range: "d'ici 18 à 24 mois", "il y a deux ou trois ans"
    n_to = rf"(?:\s+(?:à|ou)\s+(?P<n2>{n}))?"
    u = _alt(lx["units"])
    lead = r"(?:(?:en|depuis|dès|jusqu'en|jusqu'à|début|fin|courant|d'ici|avant|après)\s+|mi-)"
    month_lead = (
        r"(?:(?:en|depuis|dès|jusqu'en|jusqu'à|courant|d'ici|avant|après)\s+"
        r"|(?:(?:à\s+la\s+|la\s+|le\s+|au\s+)?(?P<part>début|fin|mi-|milieu)\s*"
        r"(?:du\s+mois\s+)?(?:de\s+|d')?)"  # "à la fin du mois de mai"
        r"|au mois d'|au mois de\s+|le mois d'|le mois de\s+|de\s+|d')"
    )
    b, e = r"(?<![\w-])", r"(?![\w-])"
    dirw = rf"(?:{_alt(direction_words())})"
    # a weekday before its day, "vendredi 15 décembre", or set off by a comma with its own
    # "dernier"/"prochain": "vendredi dernier, 15 décembre" is one day, not a weekday
    # counted from the day written after it
    wd_pre = rf"(?:(?P<wd>{w})(?:\s+(?P<wdir>{dirw}))?(?:\s*,\s*(?:le\s+)?|\s+))?"
    # "près d'un an", "plus de deux ans", "environ trois mois": a count's qualifier
    blockers = rf"(?:{_alt(lx['duration_blockers'])}){e}"
    measure_or_det = _alt(lx["duration_blockers"] + lx["duration_determiners"])
    blockers_det = rf"(?:(?:{measure_or_det})(?![\w-])|l')"
    qty = rf"(?:(?P<q>{_alt(lx['count_qualifiers'])})\s*)?"
    season_pre = (
        r"(?:l'|à\s+l'|pendant\s+l'|durant\s+l'|depuis\s+l'|dès\s+l'|d'ici\s+l'"
        r"|en\s+|au\s+|cet\s+|ce\s+|cette\s+)"
    )
    det = r"(?:l'|la\s+|le\s+|les\s+|sa\s+|son\s+|ses\s+|leur\s+|leurs\s+|cette\s+|ce\s+|cet\s+|du\s+|des\s+|de\s+la\s+|de\s+l')"  # noqa: E501
    specs = [
        (
            "day_range",
            # the days may carry their weekdays: "du lundi 3 au mercredi 5 juillet"
            rf"{b}(?:du|des|aux|entre\s+le|entre\s+les|les)\s+(?:(?:{w})\s+)?(?P<d1>{_DAY})"
            rf"(?:\s+(?P<m1>{m_day}))?"
            rf"(?:\s*,\s*{_DAY})*"  # a list of days, "les 3, 4 et 5 mai": its first to its last
            rf"(?:\s+(?:au|et\s+le|et)\s+|\s*[-–]\s*)(?:(?:{w})\s+)?(?P<d2>{_DAY})\s+(?P<m2>{m_day})"
            rf"(?:\s+(?P<y>{_YEAR})|\s+(?P<dir>{dirw}))?{e}",
        ),
        (
            "full",
            rf"{b}{wd_pre}(?P<d>{_DAY})\s+(?P<m>{m_year})\s+(?P<y>{_YEAR}){e}",
        ),
        (  # "14/06/2023", "14-06-2023", "14.06.2023"
            "numeric",
            rf"{b}(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-](?P<y>{_YEAR}){e}",
        ),
        (
            "month_range",
            rf"{b}(?:entre|de|d')\s*(?P<m1>{m})(?:\s+(?P<y1>{_YEAR}))?\s+(?:et|à)\s+"
            rf"(?P<m2>{m})\s+(?P<y>{_YEAR}){e}",
        ),
        (  # "en juillet-août", "entre mars et mai", "de mars à mai": months with no year
            "month_span",
            rf"{b}(?:(?:en\s+)?(?P<m1>{m})\s*[-–]\s*(?P<m2>{m})(?:\s+(?P<y>{_YEAR}))?"
            rf"|(?:entre\s+(?P<n1>{m})\s+et|(?:de\s+|d')(?P<o1>{m})\s+à)\s+(?P<n2>{m})){e}"
            rf"(?!\s+(?:de\s+|d')?(?:l'année\s+)?{_YEAR})",
        ),
        (  # "le 26 juillet dernier": a day of the last July, not a month
            "day_month",
            rf"{b}{wd_pre}(?P<d>{_DAY})\s+(?P<m>{m_day})(?:\s+(?P<dir>{dirw}))?{e}"
            rf"(?!\s+{_YEAR})",
        ),
        ("month_year", rf"{b}{month_lead}?(?P<m>{m})\s+(?P<y>{_YEAR}){e}"),
        (
            "season",
            rf"{b}(?:{season_pre}\s*)?(?P<s>{s})(?:\s+(?:de\s+)?(?P<y>{_YEAR})|\s+(?P<dir>{dirw})){e}",
        ),
        ("season_bare", rf"{b}{season_pre}\s*(?P<s>{s}){e}"),
        (
            "year_range",
            rf"{b}(?:(?P<lead>entre|de)\s+)?(?P<y1>{_YEAR})\s*(?P<sep>et|à|-|–)\s*(?P<y2>{_YEAR}){e}",
        ),
        (  # "les années 1970-80", "les années 1970 et 1980", "des années 80 aux années 90"
            "decade_range",
            rf"{b}(?:(?:les|des|aux|dans\s+les)\s+)?années\s+(?P<dec>(?:19|20)?\d0)\s*"
            rf"(?:-|–|et|à|aux|ou)\s*(?:(?:les\s+|des\s+)?années\s+)?(?P<dec2>(?:19|20)?\d0){e}",
        ),
        ("decade", rf"{b}(?:(?:les|des|aux|dans\s+les)\s+)?années\s+(?P<dec>(?:19|20)?\d0){e}"),
        ("century", rf"{b}(?:(?:au|du)\s+)?(?P<c>[IVX]{{1,5}})(?:e|ème)\s+siècle{e}"),
        (  # "plus tôt cette semaine": the part of the week before (after) the reference day
            "rel_period",
            rf"{b}(?:(?:un\s+peu\s+)?(?P<side>plus\s+(?:tôt|tard))\s+)?"
            rf"(?P<rp>{_alt(lx['relative_periods'])}){e}",
        ),
        (  # "il y a près d'un an", "voilà deux ans", "cela fait trois mois"
            "ago",
            rf"{b}(?:il\s+y\s+(?:a\s+)?|voilà\s+|voici\s+|cela\s+fait\s+|ça\s+fait\s+)"
            rf"{qty}(?P<n>{n}){n_to}\s+(?P<u>{u}){e}(?:\s+(?P<jpj>jour\s+pour\s+jour){e})?",
        ),
        ("since", rf"{b}depuis\s+{qty}(?P<n>{n})\s+(?P<u>{u}){e}"),
        (
            "coming",
            rf"{b}(?:les|ces|des)\s+(?:(?P<n0>{n})\s+)?(?P<dir>prochaine?s|derni(?:er|ère|ere)s)"
            rf"\s+(?:(?P<n>{n})\s+)?(?P<u>{u}){e}",
        ),
        (  # "les semaines à venir", "les jours qui viennent", "les douze mois écoulés"
            "coming_after",
            rf"{b}(?:les|ces|des)\s+(?:(?P<n0>{n})\s+)?(?P<u>{u})\s+(?P<after>à\s+venir"
            rf"|qui\s+viennent|qui\s+s'annoncent|écoulée?s|passée?s(?!\s+(?:à|en|au|aux|dans|sous"
            rf"|avec|par|loin|sans|chez|hors)(?![\w-]))){e}",
        ),
        (  # "le 3 courant", "le 12 du mois en cours": a day of the month of writing
            "day_current",
            rf"{b}(?:le\s+)?(?P<d>{_DAY})\s+(?:courant|du\s+mois\s+(?:courant|en\s+cours)){e}",
        ),
        (  # "au premier trimestre", "le second semestre": a share of the year of writing
            "year_share_bare",
            rf"{b}(?:(?:au|le|du|ce)\s+)?(?P<ord>{_alt(lx['year_shares']['ordinals'])})\s+"
            rf"(?P<share>semestre|trimestre){e}(?!\s+(?:de\s+|d')?(?:l'année\s+)?{_YEAR})",
        ),
        (  # "le premier semestre 2024", "au troisième trimestre 2023"
            "year_share",
            rf"{b}(?:(?:au|le|du|ce)\s+)?(?P<ord>{_alt(lx['year_shares']['ordinals'])})\s+"
            rf"(?P<share>semestre|trimestre)\s+(?:de\s+|de\s+l'année\s+)?(?P<y>{_YEAR}){e}",
        ),
        (
            "year_part",
            rf"{b}(?:la\s+|le\s+)?(?P<part>{parts})(?:\s+de\s+l'année\s+|\s+de\s+|\s+d'|-|\s+)"
            rf"(?P<y>{_YEAR}){e}",
        ),
        (  # "depuis le début de l'année": from the period's first day to the reference
            "since_start",
            rf"{b}depuis\s+(?:le\s+)?(?:début|commencement)\s+(?:de\s+l'|du\s+|de\s+la\s+|de\s+cette\s+"
            rf"|de\s+ce\s+)(?P<per>année|an|mois|semaine)(?:\s+en\s+cours)?{e}",
        ),
        (
            "period_part",
            rf"{b}(?:la\s+|le\s+|en\s+|au\s+)?(?P<part>{parts})\s+(?:du|de\s+la|de\s+l'|de|d')"
            rf"\s*(?P<per>mois|semaine|année|an)(?:\s+(?P<dir>{dirw}))?{e}",
        ),
        (
            "weekend",
            rf"{b}(?:ce\s+week-?end|(?:le\s+|du\s+|au\s+)?week-?end\s+(?P<dir>{dirw})){e}",
        ),
        ("this_day", rf"{b}(?P<td>{_alt(lx['narrative_today'])}){e}"),
        (  # "dans trois mois"; "d'ici deux mois": by then, from now on
            "within",
            rf"{b}(?:dans|(?P<by>d'ici(?:\s+à)?))\s+{qty}(?P<n>{n}){n_to}\s+(?P<u>{u}){e}",
        ),
        (  # "sept ans de rupture", "après deux mois de crise": a period that ends now
            "duration",
            rf"{b}(?:(?P<after>après|au\s+bout\s+de|au\s+terme\s+de)\s+{qty}(?P<n1>{n})"
            rf"\s+(?P<u1>{u}){e}(?!\s+(?:de|d')\s*{blockers})"
            rf"|(?<!à\s)(?P<n>{n})\s+(?P<u>{u})"
            rf"(?=\s+(?:de|d')\s*(?!{blockers_det})[a-zéèêëàâîïôûç]))",
        ),
        (  # "à quelques jours du sommet", "à deux semaines de l'élection": counted ahead
            "countdown",
            rf"{b}à\s+{qty}(?P<n>{n})\s+(?P<u>{u})(?=\s+(?:du|de|des)\s|\s+d')"
            rf"(?!\s+(?:de|d')\s*{blockers})",  # "à trois jours de marche", "de prison"
        ),
        (
            "anchored",
            rf"{b}(?P<n>{n})\s+(?P<u>{u})\s+(?:à\s+peine\s+)?"
            rf"(?P<rel>après|avant|plus\s+tard|plus\s+tôt"
            rf"|auparavant)(?:\s+{det}\s*(?P<ev>[\w-]+))?{e}",
        ),
        ("month", rf"{b}{month_lead}(?P<m>{m})(?:\s+(?P<dir>{dirw}))?{e}"),
        ("month_dir", rf"{b}(?P<m>{m})\s+(?P<dir>{dirw}){e}"),
        (
            "weekday_range",
            rf"{b}(?:de|du|entre)\s+(?P<wd>{w})\s+(?:à|au|et)\s+(?P<wd2>{w}){e}",
        ),
        (  # "vendredi 31", "ce jeudi 6 à Lomé": a weekday and its day of the month
            "weekday_day",
            rf"{b}(?:(?:ce|le)\s+)?(?P<wd>{w})\s+(?P<d>{_DAY})(?![\w-])"
            rf"(?=\s*(?:[,.;:)!?»]|$|(?:à|au|aux|en|dans|et|pour|lors|avec|par|dès|matin|soir"
            rf"|midi|après-midi)(?![\w-])))",
        ),
        (
            "weekday",
            rf"{b}(?:(?:(?P<ce>ce)|le|dès|depuis|jusqu'à|d'ici)\s+)?(?P<wd>{w})"
            rf"(?:\s+(?P<dir>{dirw}))?(?:\s+(?:matin|soir|après-midi|midi))?{e}",
        ),
        (  # "le 20 juin, puis à Tunis le 22", "le 3 et le 4 juin": the month is elsewhere
            "day_alone",
            rf"{b}le\s+(?P<d>{_DAY})(?![,.]\d)(?=\s*(?:[,.;:)!?»]|$|(?:et|puis|ou)\s))",
        ),
        ("rel_day", rf"{b}(?P<rd>{_alt(lx['relative_days'])}){e}"),
        (  # "au lendemain de la prise de X": the noun of the moment it follows, kept aside
            "eve",
            rf"{b}(?P<eve>{_alt(lx['narrative_days'])}){e}"
            r"(?=\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*"
            r"(?:(?:sa|son|ses|leur|leurs|cette|ce|cet|ces|une|un)\s+)?(?P<eve_ev>[a-zà-ÿœæ]+))?",
        ),
        ("year", rf"{b}{lead}?(?P<y>{_YEAR}){e}"),
    ]
    return [(name, re.compile(rx, re.I)) for name, rx in specs]


def find(text: str, offset: int) -> list[Found]:
    """All matches, longest first at each place, without overlaps, in text order.

    Each pattern's matches are those of its own ``finditer`` (leftmost, non-overlapping),
    found through one scan of their union (:class:`~analysis.resources.patterns.PatternUnion`).
    """
    cands = []
    names = [name for name, _rx in patterns()]
    for prio, matches in enumerate(_union().each(_PARAGRAPH_BREAK.sub(_barrier, text), offset)):
        name = names[prio]
        for m in matches:
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            if "wdir" in groups:  # "vendredi dernier, 15 décembre": the day's direction
                groups.setdefault("dir", groups["wdir"])
            if name == "year_range" and not _year_range(groups):
                continue  # "les conventions de 1961 et 1963": two years, each found alone
            cands.append((m.start(), m.end(), prio, name, groups))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    kept = []
    for start, end, _prio, name, groups in cands:
        i = bisect.bisect_left(taken, (start, end))
        if (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
            continue
        taken.insert(i, (start, end))
        kept.append((start, end, name, groups))
    kept.sort()
    return kept


# A blank line ends a paragraph, a heading or a dateline: no date runs across it ("le 12 mai"
# above, "2024 sera …" below are two expressions, and "le 12 mai" stays one though a year
# follows the break). Its line breaks become a same-length barrier the patterns' spaces and
# word boundaries never cross, so every offset still indexes the text.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def _barrier(m: re.Match) -> str:
    return "|" * len(m.group())


def _year_range(groups: dict) -> bool:
    """French joins the ends of a span of years with "à" or a dash ("de 1954 à 1962",
    "1954-1962"), with "et" only after "entre" ("entre 1954 et 1962"): "de 1961 et 1963" and
    "1961 et 1963" name two years."""
    return groups.get("sep", "").lower() != "et" or groups.get("lead", "").lower() == "entre"


@derived
def _union() -> PatternUnion:
    return PatternUnion([rx for _name, rx in patterns()])


class TokenIndex:
    """Character offset -> token, by bisection (the Doc shares the article's offsets)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = view(doc).idx

    def token_at(self, offset: int) -> Token | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.doc[i] if i >= 0 else None

    def span(self, start: int, end: int):
        return self.doc.char_span(start, end, alignment_mode="expand")

    def next_token(self, end: int) -> Token | None:
        i = bisect.bisect_left(self.starts, end)
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        return self.doc[i] if i < len(self.doc) else None


def plausible_year(text: str, found: Found, index: TokenIndex) -> bool:
    """A bare four-digit number is a year unless it counts something or names a text."""
    start, end, _name, groups = found
    year = int(groups["y"])
    led = text[start].isalpha() and not text[start:end].strip().isdigit()
    before = text[max(0, start - 25) : start].split()
    prev = before[-1].lower() if before else ""
    if prev in year_blockers() or re.search(r"\d[ .,]?$", text[max(0, start - 2) : start]):
        return False
    after = text[end : end + 3]
    if re.match(r"\s?(?:%|€|\$|\d)", after):
        return False
    if led:
        return True
    if not 1800 <= year <= 2100:
        return False
    nxt = index.next_token(end)
    if nxt is not None and nxt.pos_ in ("NOUN",) and nxt.text.lower() not in lexicon()["months"]:
        return False
    return True


def month_number(word: str) -> int:
    """ "août", "Août", "08" or "sept." -> the month's number."""
    word = word.lower().rstrip(".")
    if word.isdigit():
        return int(word)
    lx = lexicon()
    return lx["months"].get(word) or lx["month_abbreviations"][word]


def day_number(word: str) -> int:
    """ "1er", "premier" or "22" -> the day of the month."""
    word = word.lower()
    return 1 if word in ("1er", "1ᵉʳ", "premier") else int(word)


def number(word: str) -> int:
    """ "deux" or "2" -> 2 (unknown number words count as 1)."""
    word = word.lower()
    return int(word) if word.isdigit() else int(lexicon()["numbers"].get(word, 1))
