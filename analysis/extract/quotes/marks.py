"""Quotation marks: every quoted span of a paragraph, in all French styles (« », “ ”, „ “,
‹ ›, straight quotes), outermost only; a quotation opened at a paragraph start and not closed
runs on to the next paragraph (French multi-paragraph quotes); one left open whose closing mark
comes some paragraphs below, with no mark re-opened in between, covers those paragraphs too.

The content span excludes the marks and the spaces inside them, so
``text == article.text[start:end]``. One pass over each paragraph, jumping from one
quotation-mark character to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
SPACES = " \u00a0\u202f\u2009\t\n"
TERMINAL = ".!?…"
# the characters :func:`_marks_in` acts on (openers, closers, straight quotes): the scan jumps
# from one to the next instead of testing every character of the paragraph
# (a doubled single mark, ‘’ … ’’ or '' … '', is a double quotation mark typed in two keys)
_MARK_CHARS = re.compile("[‘’']{2}|[\"«“„‹»”›‘’']")
_DOUBLED = "2"  # the stack's closer for a doubled mark
_STRAIGHT = "'"  # the stack's closer for a straight single mark ('La paix', a dit X)


@dataclass
class Mark:
    """A quotation: content span [start, end) and the offsets of its marks."""

    start: int
    end: int
    open_at: int
    close_at: int
    runs_on: bool = False  # not closed in its paragraph: continues below
    follows: int | None = None  # second part of a quote cut by an incise: the first's start


# the double marks only (single ones are apostrophes as often as marks)
_DOUBLE_MARK = re.compile('[«»“”„‹›"]')
# a quotation left open runs over at most this many paragraphs to its closing mark
MAX_RUN = 6


def find_marks(text: str, paragraphs) -> list[Mark]:
    """Outermost quotations in each paragraph (nested ones belong to their outer quote)."""
    paras = list(paragraphs)
    out: list[Mark] = []
    i = 0
    while i < len(paras):
        found, stack = _scan(text, paras[i].start, paras[i].end)
        run = _closed_below(text, paras, i, stack)
        if run is None:
            _still_open(found, stack, text, paras[i].start, paras[i].end)
            out.extend(found)
            i += 1
            continue
        j, closer = run
        out.extend(_run_over(text, paras, i, stack[0][1], (j, closer)))
        out.extend(_marks_in(text, closer + 1, paras[j].end))
        i = j + 1
    return out


def _closed_below(text: str, paras: list, i: int, stack: list) -> tuple[int, int] | None:
    """(paragraph index, offset) of the closing mark of the one « or “ left open in paragraph
    i, when it is the first double mark of a paragraph below and the paragraphs between have
    none: a speech quoted paragraph after paragraph without the marks re-opened ("…, a-t-il
    insisté sur « … ¶ … ¶ … »"). None otherwise (a quotation never closed stays in its
    paragraph: nothing says where it would end)."""
    if len(stack) != 1 or stack[0][0] not in "»”":
        return None
    for j in range(i + 1, min(len(paras), i + 1 + MAX_RUN)):
        hit = _DOUBLE_MARK.search(text, paras[j].start, paras[j].end)
        if hit is None:
            continue
        if text[hit.start()] == stack[0][0]:
            return j, hit.start()
        return None
    return None


def _run_over(text: str, paras: list, i: int, opened: int, close: tuple[int, int]) -> list[Mark]:
    """One quotation opened at ``opened`` in paragraph i and closed at offset ``close[1]`` in
    paragraph ``close[0]``: one mark per paragraph (the sentences and the speaker rules work
    paragraph by paragraph), each part after the first following it, all but the last
    running on."""
    out: list[Mark] = []
    _add(out, text, opened, paras[i].end)
    if not out:
        return out
    first = out[0]
    first.runs_on = True
    j, closer = close
    for k in range(i + 1, j + 1):
        end = closer if k == j else paras[k].end
        part: list[Mark] = []
        lo = _first_non_space(text, paras[k].start, end)
        _add(part, text, lo - 1, end)
        for m in part:
            m.open_at, m.runs_on, m.follows = m.start, k < j, first.start
        out.extend(part)
    return out


def _marks_in(text: str, lo: int, hi: int) -> list[Mark]:
    out, stack = _scan(text, lo, hi)
    _still_open(out, stack, text, lo, hi)
    return out


def _scan(text: str, lo: int, hi: int) -> tuple[list[Mark], list]:
    """The quotations closed in [lo, hi) and the stack of those left open (straight single
    marks dropped)."""
    out: list[Mark] = []
    stack: list[tuple[str, int]] = []  # (expected closer, open offset)
    for hit in _MARK_CHARS.finditer(text, lo, hi):
        k = hit.start()
        ch = text[k]
        if hit.end() - k == 2:
            _doubled(out, stack, k, text, lo, hi)
            continue
        if ch in "‘’":
            _single_curly(out, stack, k, text, lo, hi)
            continue
        if _single_straight(out, stack, k, text, lo, hi):
            continue
        if ch == '"':
            if stack and stack[-1][0] == '"':
                _close(out, stack, k, text, lo)
            elif stack and stack[-1][0] in "»”" and k > lo and text[k - 1] not in SPACES:
                _close(out, stack, k, text, lo)  # mixed marks: “… " or « … "
            elif _opens_straight(text, k, lo, hi):
                stack.append(('"', k))
            continue
        if ch in OPENERS:
            if ch == "“" and stack and stack[-1][0] == "“":  # „…“ German-style closer
                _close(out, stack, k, text, lo)
                continue
            if stack and stack[-1][0] in "»”" and _ends_here(text, k, hi):
                _close(out, stack, k, text, lo)  # an opener typed for the closer: « … « .
                continue
            stack.append((OPENERS[ch], k))
            continue
        if stack and ch == stack[-1][0]:
            _close(out, stack, k, text, lo)
        elif ch in "”»" and not stack and k + 1 < hi and text[k + 1].isalpha():
            stack.append((ch, k))  # a closing mark used as an opener: d'»infâme»
    return out, [x for x in stack if x[0] != _STRAIGHT]


def _still_open(out: list[Mark], stack: list, text: str, lo: int, hi: int) -> None:
    """A quotation still open at the paragraph end: French multi-paragraph quotes run to the
    end (and on, when opened at the paragraph start)."""
    if stack and stack[0][1] == _first_non_space(text, lo, hi):
        _add(out, text, stack[0][1], hi)
        if out and out[-1].open_at == stack[0][1]:
            out[-1].runs_on = True
    elif stack and text[stack[0][1]] in "«“" and text[lo:hi].rstrip(SPACES)[-1:] in TERMINAL:
        # "X a répliqué : « Qui est cet homme pour … ?" and no closing mark: the quotation
        # runs to the end of its paragraph (a typing slip; French never leaves one open)
        _add(out, text, stack[0][1], len(text[:hi].rstrip(SPACES)))


def _doubled(out: list[Mark], stack: list, k: int, text: str, lo: int, hi: int) -> None:
    """A doubled single mark at k (‘’ … ’’): it closes the doubled mark opened last, else
    opens one when a word follows it (the content starts after both characters)."""
    if stack and stack[-1][0] == _DOUBLED:
        n = len(out)
        _close(out, stack, k, text, lo)
        if len(out) > n:
            _widen(out[-1], text)
    elif k + 2 < hi and text[k + 2] not in SPACES + ".,;:":
        stack.append((_DOUBLED, k + 1))


def _single_curly(out: list[Mark], stack: list, k: int, text: str, lo: int, hi: int) -> None:
    """English-style single marks ‘ … ’: "‘" opens after a space or a punctuation mark and
    before a word; "’" closes the one opened last when no letter follows it (inside a word,
    "l’accord", it is an apostrophe)."""
    if text[k] == "‘":
        before = text[k - 1] if k > lo else " "
        if k + 1 < hi and not before.isalnum() and (text[k + 1].isalnum() or text[k + 1] in "«“"):
            stack.append(("’", k))
    elif stack and stack[-1][0] == "’" and text[k - 1] not in SPACES:
        if k + 1 >= hi or not text[k + 1].isalnum():
            _close(out, stack, k, text, lo)


def _single_straight(out: list[Mark], stack: list, k: int, text: str, lo: int, hi: int) -> bool:
    """Straight single marks ' … ' used as quotation marks: one opens after a space, a
    punctuation mark or the paragraph start and before a letter; one closes the one opened
    last after a non-space and before no letter. Between two letters ("l'accord",
    "aujourd'hui") it is an apostrophe and does neither; one opened and never closed is
    dropped (never a quotation running to the paragraph end). True when the character at k
    is a straight single mark (handled here), False for any other mark."""
    if text[k] != "'":
        while stack and stack[-1][0] == _STRAIGHT:
            stack.pop()  # a straight single mark never closed is an apostrophe after all
        return False
    before = text[k - 1] if k > lo else " "
    after = text[k + 1] if k + 1 < hi else " "
    if stack and stack[-1][0] == _STRAIGHT and before not in SPACES and not after.isalnum():
        _close(out, stack, k, text, lo)
    elif not before.isalnum() and before not in "'’" and (after.isalpha() or after in "«“"):
        stack.append((_STRAIGHT, k))
    return True


def _widen(m: Mark, text: str) -> None:
    """A quotation closed by a doubled mark: its marks are both characters of each."""
    if text[m.open_at - 1 : m.open_at + 1] in ("‘’", "’’", "‘‘", "''"):
        m.open_at -= 1
    m.close_at += 1


def _ends_here(text: str, k: int, hi: int) -> bool:
    """Nothing but spaces and a punctuation mark follow k up to the paragraph end or the
    next clause: an opening mark there opens nothing (a closer typed wrong)."""
    j = k + 1
    while j < hi and text[j] in SPACES:
        j += 1
    return j >= hi or text[j] in ".,;:!?…"


def _opens_straight(text: str, k: int, lo: int, hi: int) -> bool:
    before = text[k - 1] if k > lo else " "
    after = text[k + 1] if k + 1 < hi else " "
    if after in SPACES and before not in SPACES and k > lo:
        return False  # looks like a closer with no opener
    return True


def _close(out: list[Mark], stack: list, k: int, text: str, lo: int) -> None:
    _, opened = stack.pop()
    if not stack:  # keep outermost only
        _add(out, text, opened, k)


def _add(out: list[Mark], text: str, opened: int, closed: int) -> None:
    s, e = opened + 1, closed
    while s < e and text[s] in SPACES:
        s += 1
    while e > s and text[e - 1] in SPACES:
        e -= 1
    if e > s:
        out.append(Mark(s, e, opened, closed))


def _first_non_space(text: str, lo: int, hi: int) -> int:
    k = lo
    while k < hi and text[k] in SPACES:
        k += 1
    return k


def opened_by_straight_single(text: str, start: int) -> bool:
    """The quotation whose content starts at ``start`` opens with a straight single mark
    ('La paix', a dit X). Such marks also serve as apostrophes and inner quotes: the span is
    sure enough to credit a speaker, not to read the tone of its clauses."""
    k = start - 1
    while k >= 0 and text[k] in SPACES:
        k -= 1
    return k >= 0 and text[k] == "'" and (k == 0 or not text[k - 1].isalnum())
