"""Pairing quote marks: which characters open and close a quotation, and which are apostrophes.

The scanner looks at each candidate mark and its neighbours, the way Markdown decides whether
a delimiter can open or close: a mark followed by a word can open, a mark preceded by one can
close. Apostrophes between letters ("it's", "l'homme", "zo'n", "VVD'er") and elisions
("'s avonds", "'t", "'90s") are never marks. A quotation left open at the end of a paragraph
continues when the next paragraph opens with the same mark (the newsroom convention for
quotes over several paragraphs).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

import attrs

__all__ = ["QuoteSpan", "is_statement", "scan_quotes", "word_count"]

# Opening mark -> the marks that may close it. German uses „…“ and »…«, Dutch „…”, French and
# Spanish «…», English “…” and ‘…’; the straight marks close themselves.
_CLOSERS: dict[str, str] = {
    "“": "”“",
    "„": '“”"',
    "‟": "”",
    '"': '"”',
    "«": "»",
    "»": "«",
    "‘": "’",
    "‚": "‘’",
    "'": "'’",
    "‹": "›",
    "›": "‹",
}
_ALL_MARKS = "“”„‟\"«»‘’‚'‹›"
_SINGLE = "‘’‚'‹›"
# Guillemets may have a (narrow, no-break) space on their inner side: « comme ça ».
_GUILLEMETS = "«»‹›"
_INNER_SPACE = " \u00a0\u202f\u2009"
# Characters after which an opening mark may stand (besides whitespace and the text start).
_OPEN_AFTER = "([{—–-/:;,"
# Characters before which a closing mark may stand (besides whitespace and the text end).
_CLOSE_BEFORE = ".,;:!?)]}—–-/…"
_MAX_WORDS_SHORT = 3


@attrs.frozen
class QuoteSpan:
    """One quotation: where its marks are and where its words are.

    ``start``/``end`` bound the words (inner spaces of French guillemets left out);
    ``open_at`` is the offset of the opening mark and ``close_at`` of the closing mark
    (``close_at == end`` when the paragraph ended without one). ``depth`` is 0 for a
    quotation that no other encloses.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    depth: int
    closed: bool


@functools.cache
def _mark_re() -> re.Pattern[str]:
    # One character class (the line break in it, not an alternative beside it, so that the
    # engine skips to candidates): linear, and fast on text without quotes.
    return re.compile(f"[{re.escape(_ALL_MARKS)}\n]")


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _apostrophe(text: str, i: int, elisions: frozenset[str]) -> bool:
    """Whether the single mark at ``i`` is an apostrophe rather than a quote mark."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if _is_word(prev) and _is_word(nxt):
        return True  # it's, l'homme, zo'n, VVD'er, Musk's
    if not _is_word(prev) and nxt.isdigit():
        # '90s, '26: a year, not an opening mark.
        j = i + 1
        while j < len(text) and j < i + 4 and text[j].isdigit():
            j += 1
        if j - i - 1 == 2 and (j >= len(text) or not text[j].isalpha() or text[j] == "s"):
            return True
    if not _is_word(prev) and nxt.isalpha():
        j = i + 1
        while j < len(text) and j < i + 6 and text[j].isalpha():
            j += 1
        word = text[i + 1 : j].casefold()
        after = text[j] if j < len(text) else " "
        if word in elisions and not after.isalpha():
            return True  # 's avonds, 't, 'n, 'em
    return False


def _can_open(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    j = i + 1
    if text[i] in _GUILLEMETS:
        while j < len(text) and j < i + 3 and text[j] in _INNER_SPACE:
            j += 1
    nxt = text[j] if j < len(text) else " "
    if nxt.isspace():
        return False
    return prev.isspace() or prev in _OPEN_AFTER or prev in _ALL_MARKS


def _can_close(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    j = i - 1
    if text[i] in _GUILLEMETS:
        while j >= 0 and j > i - 3 and text[j] in _INNER_SPACE:
            j -= 1
    prev = text[j] if j >= 0 else " "
    if prev.isspace():
        return False
    return nxt.isspace() or nxt in _CLOSE_BEFORE or nxt in _ALL_MARKS


def _inner_start(text: str, i: int) -> int:
    j = i + 1
    if text[i] in _GUILLEMETS:
        while j < len(text) and j < i + 3 and text[j] in _INNER_SPACE:
            j += 1
    return j


def _inner_end(text: str, i: int, start: int) -> int:
    j = i
    if text[i] in _GUILLEMETS:
        while j > start and j > i - 2 and text[j - 1] in _INNER_SPACE:
            j -= 1
    return j


def _paragraph_opens_with(text: str, at: int, mark: str) -> int | None:
    """The offset of ``mark`` if the paragraph at ``at`` opens with it, else None."""
    j = at
    while j < len(text) and j < at + 8 and text[j].isspace():
        j += 1
    if j < len(text) and text[j] == mark and _can_open(text, j):
        return j
    return None


@attrs.define
class _Open:
    mark: str
    at: int
    start: int
    depth: int


def scan_quotes(text: str, elisions: frozenset[str] = frozenset()) -> list[QuoteSpan]:
    """Every quotation of ``text`` at any depth, in order of their opening marks.

    ``elisions`` are the words of the language that an apostrophe opens ("'s", "'t").

    >>> [(q.start, q.end) for q in scan_quotes("Hij zei: „Dit is het.” En 's avonds?", frozenset({"s"}))]
    [(10, 21)]
    """
    out: list[QuoteSpan] = []
    stack: list[_Open] = []
    skip_until = -1
    for match in _mark_re().finditer(text):
        i = match.start()
        if i < skip_until:
            continue
        ch = text[i]
        if ch == "\n":
            if stack:  # most paragraphs end with no quotation open
                stack, skip_until = _end_paragraph(text, i, stack, out)
            continue
        if ch in _SINGLE and _apostrophe(text, i, elisions):
            continue
        if stack and _can_close(text, i):
            k = _find_opener(stack, ch)
            if k is not None:
                opener = stack[k]
                del stack[k:]
                end = _inner_end(text, i, opener.start)
                out.append(QuoteSpan(opener.start, end, opener.at, i, opener.depth, closed=True))
                continue
        if ch in _CLOSERS and _can_open(text, i):
            stack.append(_Open(ch, i, _inner_start(text, i), len(stack)))
    _end_paragraph(text, len(text), stack, out, last=True)
    out.sort(key=lambda q: (q.open_at, -q.end))
    return out


def _find_opener(stack: list[_Open], ch: str) -> int | None:
    for k in range(len(stack) - 1, -1, -1):
        if ch in _CLOSERS[stack[k].mark]:
            return k
        # A single mark never closes across an open double one, and vice versa.
    return None


def _end_paragraph(
    text: str, at: int, stack: list[_Open], out: list[QuoteSpan], *, last: bool = False
) -> tuple[list[_Open], int]:
    """Close or carry the quotations still open where a paragraph ends at ``at``.

    Returns the quotations still open and the offset up to which marks are to be skipped
    (the reopening mark of the next paragraph).
    """
    if not stack:
        return stack, -1
    outer = stack[0]
    if not last and outer.mark not in _SINGLE:
        reopen = _paragraph_opens_with(text, at, outer.mark)
        if reopen is not None:
            # Only the outermost quotation runs on; inner ones end with their paragraph.
            return [outer], reopen + 1
    if outer.mark not in _SINGLE:
        end = at
        while end > outer.start and text[end - 1].isspace():
            end -= 1
        if end > outer.start:
            out.append(QuoteSpan(outer.start, end, outer.at, end, 0, closed=False))
    return [], -1


def word_count(words: str) -> int:
    """How many words ``words`` holds; an elided article counts as a word ("l'enquête": 2)."""
    return _count_upto(words, len(words) + 1)


@functools.cache
def _word_re() -> re.Pattern[str]:
    # Bounded repeats: a "word" longer than 60 characters simply counts as several.
    return re.compile(r"\w{1,60}(?:['’\-]\w{1,60}){0,8}")


def _words(text: str) -> Iterator[re.Match[str]]:
    return _word_re().finditer(text)


def is_statement(text: str, q: QuoteSpan) -> bool:
    """Whether the quotation holds a statement (four words or more) rather than a term."""
    # An elided article only adds a word: four plain words make a statement already.
    first = list(itertools.islice(_word_re().finditer(text, q.start, q.end), _MAX_WORDS_SHORT + 1))
    if len(first) > _MAX_WORDS_SHORT:
        return True
    return _count_upto(text[q.start : q.end], _MAX_WORDS_SHORT + 1) > _MAX_WORDS_SHORT


@functools.cache
def _elided_re() -> re.Pattern[str]:
    # "l'", "d'", "qu'", "zo'n": a short head before an apostrophe is a word of its own.
    return re.compile(r"[^\W\d_]{1,2}['’][^\W\d_]")


def _count_upto(words: str, limit: int) -> int:
    n = 0
    elided = _elided_re()
    for m in _words(words):
        n += 2 if elided.match(m.group()) else 1
        if n >= limit:
            break
    return n
