"""Reading numbers: digits in each locale's notation and number words, with their precision.

Private helpers of :mod:`factcheck.extract.numbers`. A number is read as ``(value, unit)``
where ``unit`` is the step of its last stated digit: "23.000" -> (23000, 1000), "3,02" ->
(3.02, 0.01). The interval rules turn that unit into a range.
"""

from __future__ import annotations

import functools
import math
import re
from types import ModuleType

from factcheck import lang as lang_data

__all__ = ["NumberReader", "WordState", "digit_unit", "reader", "trie_pattern", "value_unit"]


class _Trie(dict[str, "_Trie"]):
    """A prefix tree of characters; the key "" marks the end of a word."""


def trie_pattern(words: list[str] | set[str] | frozenset[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes (faster than a flat one).

    Longer words come first at each branch, so the longest word wins.

    >>> re.fullmatch(trie_pattern(["tien", "tienduizend", "twee"]), "tienduizend") is not None
    True
    """
    trie = _Trie()
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, _Trie())
        node[""] = _Trie()
    return _render(trie)


def _depth(node: _Trie) -> int:
    return 1 + max((_depth(child) for child in node.values()), default=-1)


def _render(node: _Trie) -> str:
    branches = [
        re.escape(ch) + _render(node[ch])
        for ch in sorted((k for k in node if k), key=lambda k: -_depth(node[k]))
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def digit_unit(integer: str, decimals: str) -> float:
    """The step of the last significant digit: trailing zeros of an integer do not count.

    >>> digit_unit("40000", ""), digit_unit("3", "02"), digit_unit("0", "")
    (10000.0, 0.01, 1.0)
    """
    if decimals:
        return 10.0 ** -len(decimals)
    stripped = integer.lstrip("0")
    if not stripped:
        return 1.0
    zeros = len(stripped) - len(stripped.rstrip("0"))
    return 10.0**zeros


def value_unit(value: float) -> float:
    """The step of the last significant digit of ``value`` as a plain number.

    >>> value_unit(3_000_000), value_unit(2.5), value_unit(23)
    (1000000.0, 0.1, 1.0)
    """
    if value == int(value) and abs(value) < 1e18:
        return digit_unit(str(abs(int(value))), "")
    text = f"{abs(value):.10f}".rstrip("0")
    integer, _, decimals = text.partition(".")
    return digit_unit(integer, decimals)


class WordState:
    """The running sum of a number in words (see :meth:`NumberReader.read_words`)."""

    __slots__ = (
        "ceiling",
        "conn",
        "current",
        "group_start",
        "has_number",
        "last",
        "last_scale",
        "prev_scale",
        "total",
    )

    def __init__(self) -> None:
        self.total = 0.0
        self.current = 0.0
        self.ceiling = math.inf
        self.last_scale = math.inf
        self.last = math.inf
        self.has_number = False
        self.conn = False
        self.group_start = 0.0
        self.prev_scale = math.inf

    def copy(self) -> WordState:
        other = WordState.__new__(WordState)
        other.assign(self)
        return other

    def assign(self, other: WordState) -> None:
        """Take every field of ``other``.

        Field by field: a loop over ``__slots__`` with getattr/setattr cost a third of the
        time spent on long runs of number words.
        """
        self.total = other.total
        self.current = other.current
        self.ceiling = other.ceiling
        self.last_scale = other.last_scale
        self.last = other.last
        self.has_number = other.has_number
        self.conn = other.conn
        self.group_start = other.group_start
        self.prev_scale = other.prev_scale

    @property
    def value(self) -> float:
        return self.total + self.current


def _place(value: float) -> float:
    if value != int(value) or value == 0:
        return 0.0
    return value_unit(value)


class NumberReader:
    """Reads number words of one language: compounds, scales, halves and connectors."""

    def __init__(self, data: ModuleType) -> None:
        """Index the number vocabulary of the language module ``data``."""
        self.words: dict[str, float] = {k.lower(): float(v) for k, v in data.NUMBER_WORDS.items()}
        self.multipliers: dict[str, int] = {k.lower(): v for k, v in data.MULTIPLIERS.items()}
        self.scales: dict[str, int] = {k.lower(): v for k, v in data.SCALES.items()}
        self.connectors: frozenset[str] = frozenset(w.lower() for w in data.NUMBER_CONNECTORS)
        self.teen_tens: frozenset[int] = data.TEEN_TENS
        self.morphemes = sorted(
            {*self.words, *self.multipliers, *self.scales, *self.connectors}, key=len, reverse=True
        )

    @functools.cache  # noqa: B019 - one reader per language lives for the process
    def segment(self, word: str) -> tuple[str, ...] | None:
        """``word`` cut into known morphemes ("drieëntwintig" -> drie, ën, twintig), or None."""
        word = word.lower()
        n = len(word)
        best: list[tuple[str, ...] | None] = [None] * (n + 1)
        best[0] = ()
        for i in range(n):
            prefix = best[i]
            if prefix is None:
                continue
            if word[i] == "-" and 0 < i < n - 1 and best[i + 1] is None:
                # "twenty-three", "vingt-trois": a hyphen joins number words.
                best[i + 1] = prefix
            for morpheme in self.morphemes:
                j = i + len(morpheme)
                if j <= n and word.startswith(morpheme, i):
                    candidate = (*prefix, morpheme)
                    if best[j] is None or len(candidate) < len(best[j] or ()):
                        best[j] = candidate
        return best[n]

    def feed(self, state: WordState, morpheme: str) -> bool:
        """Add one morpheme to ``state``; False when it cannot continue the number."""
        if morpheme in self.connectors:
            if not state.has_number or state.conn:
                return False
            state.conn = True
            return True
        if morpheme in self.words:
            return self._add(state, self.words[morpheme])
        if morpheme in self.multipliers:
            mult = self.multipliers[morpheme]
            if state.conn:
                return False
            if state.current == 0:
                if state.has_number and state.total == 0:
                    return False
                state.current = 1
            if state.current >= mult >= 100:
                return False
            state.current *= mult
            state.ceiling = mult
            state.last = mult
            state.has_number = True
            return True
        if morpheme in self.scales:
            return self.add_scale(state, self.scales[morpheme])
        return False

    def _add(self, state: WordState, value: float) -> bool:
        conn, state.conn = state.conn, False
        # Dutch and German put the unit before the tens: "drie-ën-twintig", "drei-und-zwanzig".
        if conn and 20 <= value <= 90 and value % 10 == 0 and 0 < state.last < 10 and state.ceiling <= 1:
            state.current += value
            state.ceiling = 0
            state.last = value
            return True
        if value >= state.ceiling and not (value < 1 and state.ceiling >= 1):
            return False
        if value < 1 and state.current == 0 and state.total > 0:
            # "2 millones y medio": a half of the last scale.
            state.total += value * (state.last_scale if state.last_scale != math.inf else 1)
            state.ceiling = 0
            return True
        state.current += value
        state.ceiling = 20 if value in self.teen_tens else _place(value)
        state.last = value
        state.has_number = True
        return True

    def add_scale(self, state: WordState, scale: int) -> bool:
        """Apply a scale word ("miljoen", "thousand") to ``state``."""
        if state.conn:
            return False
        if state.current == 0:
            if state.total == 0 and state.has_number:
                return False
            if state.total == 0 or scale < state.last_scale:
                state.current = 1  # "duizend", "mille", "mil": one thousand, also after a larger scale
        if 0 < state.total < scale:
            state.total = (state.total + state.current) * scale
        elif state.last_scale == 1000 < scale < state.prev_scale:
            # Long scale: "455 mil 228 millones" is 455,228 millions.
            state.total = state.group_start + (state.total - state.group_start + state.current) * scale
        elif scale >= state.last_scale:
            return False
        else:
            state.group_start = state.total
            state.prev_scale = state.last_scale
            state.total += state.current * scale
        state.current = 0
        state.ceiling = scale
        state.last_scale = scale
        state.last = scale
        state.has_number = True
        return True

    def start(self, value: float | None = None) -> WordState:
        """A fresh state, optionally holding a number read from digits."""
        state = WordState()
        if value is not None:
            state.current = value
            state.ceiling = 0
            state.last = value
            state.has_number = True
        return state

    def feed_word(self, state: WordState, word: str) -> bool:
        """Add a whole word (possibly a compound) to ``state``, all or nothing."""
        parts = self.segment(word)
        if not parts:
            return False
        trial = state.copy()
        for morpheme in parts:
            if not self.feed(trial, morpheme):
                return False
        if trial.conn:
            return False
        state.assign(trial)
        return True


@functools.cache
def reader(lang: str) -> NumberReader:
    """The number reader of ``lang``, built once per process."""
    return NumberReader(lang_data.get(lang))
