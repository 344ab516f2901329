"""Numeric claims: counts, money, quantities, percents, durations and rates.

Two compiled scanners per language find where a number starts: digits in the locale's
notation, and number words, compounds and vague quantities. Both begin with a character
class, so the regex engine skips ahead fast. From each start a few anchored regexes read what
belongs to the number: a scale ("miljoen", "Mio."), a currency, a unit, a percent sign, the
second number of a range, the modifiers before it ("ruim", "about", "tussen") and the counted
noun after it. All patterns are built from ``factcheck/lang/*.py`` once per process; every
repeat in them is bounded, and every look-around reads a bounded window, so the work is
linear in the length of the text. The interval rules are in docs/rules.md.

Choices where the design leaves room (see docs/rules.md): whole numbers below 100 without a
scale word are read to the unit ("10 jaar" is [9.5, 10.5)); "nearly" is [90 %, 100 %) of the
stated value; English "m" after digits is a million only with a currency ("$3m"), otherwise
a metre; bare "degrees" are Celsius; "een", "a", "un" alone are articles, not the count 1.

>>> [(c.kind, c.text, str(c.value), c.unit) for c in extract_numbers("ruim €120 miljoen", "nl")]
[('money', 'ruim €120 miljoen', '(120,000,000, ∞)', 'EUR')]
"""

from __future__ import annotations

import bisect
import functools
import math
import operator
import re
import string
from collections.abc import Iterable, Iterator
from types import ModuleType
from typing import Literal

import attrs

from factcheck import lang as lang_data
from factcheck.extract._numwords import NumberReader, WordState, digit_unit, reader, trie_pattern, value_unit
from factcheck.model import Claim, Interval, Kind, Step

# factcheck.units imports pint only when a unit is first looked up; an import statement in a
# function costs about 3 us each time it runs.
from factcheck.units import UNIT_SYMBOLS, is_time_unit, to_hours

__all__ = ["CURRENCY_SYMBOLS", "extract_numbers", "mask_chrome"]

# Currency signs and ISO codes shared by every language; words live in the language data.
CURRENCY_SYMBOLS: dict[str, str] = {
    "€": "EUR",
    "$": "USD",
    "US$": "USD",
    "US $": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "R$": "BRL",
    "HK$": "HKD",
    "NZ$": "NZD",
    "£": "GBP",
    "¥": "JPY",
    "JP¥": "JPY",
    "$US": "USD",
    "$CA": "CAD",
    "$AU": "AUD",
    "£GB": "GBP",
    "CN¥": "CNY",
    "₹": "INR",
    "₽": "RUB",
    "₺": "TRY",
    "₩": "KRW",
    "₴": "UAH",
    "₦": "NGN",
    "₱": "PHP",
    "₪": "ILS",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "฿": "THB",
    "元": "CNY",
    "EUR": "EUR",
    "USD": "USD",
    "GBP": "GBP",
    "CHF": "CHF",
    "JPY": "JPY",
    "CNY": "CNY",
    "CAD": "CAD",
    "AUD": "AUD",
    "SEK": "SEK",
    "NOK": "NOK",
    "DKK": "DKK",
    "PLN": "PLN",
    "INR": "INR",
    "RUB": "RUB",
    "BRL": "BRL",
    "MXN": "MXN",
}

_WORD = r"[^\W\d_]"
_SP = r"[ \t\u00a0\u202f\u2009]"  # spaces inside one line
_DASHES = r"\-–—"  # hyphen, en dash, em dash (inside a character class)
_MAX_WORDS = 40  # a number in words spans at most this many words
# Upper bound of a plain number in digits; longer runs are identifiers, not amounts.
_MAX_DIGITS = 15
# Whole numbers below this, without a scale word, are read to the unit: "10 jaar" is
# [9.5, 10.5), not [5, 15); larger round numbers keep the trailing-zero rule ("120").
_SMALL = 100
_NEXT_WORD = re.compile(r"(?:[ \t\u00a0]{1,3}|[ \t]{0,2}-[ \t]{0,2})([^\W\d_][\w'’]{0,40})")
_PREV_SPACES = frozenset(" \t\u00a0")


def _prev_word(text: str, end: int) -> str | None:
    r"""The word of letters (its last 20) right before 1-3 spaces that end at ``end``.

    ``group(1)`` of ``([^\W\d_]{1,20})[ \t\u00a0]{1,3}\Z`` searched in the 24 characters before
    ``end``, read from the end instead of tried at every position.
    """
    lo = max(0, end - 24)
    k = end
    while k > lo and end - k < 4 and text[k - 1] in _PREV_SPACES:
        k -= 1
    if k == end or end - k > 3:
        return None
    stop = k
    while k > lo and stop - k < 20 and text[k - 1].isalnum() and not text[k - 1].isdecimal():
        k -= 1
    return text[k:stop] if k < stop else None


_DASH_CHARS = "-–—"


_ModKind = Literal["approximate", "more", "atleast", "less", "upto", "nearly"]


@attrs.frozen
class _Mod:
    kind: _ModKind
    word: str


@attrs.frozen
class _Patterns:
    data: ModuleType
    words: NumberReader
    digits: re.Pattern[str]
    words_scan: re.Pattern[str]
    words_scan_low: re.Pattern[str] | None
    letters: frozenset[str]  # the characters of the words the lowercase scans look for
    ascii_lowers_alike: bool  # whether every ASCII character passes _lowers_alike
    words_at: re.Pattern[str]
    phrase_token: re.Pattern[str]
    after: re.Pattern[str]
    after_low: re.Pattern[str]  # after, of the words lowercased, without IGNORECASE
    symbols_after: re.Pattern[str]
    scale_after: re.Pattern[str]
    half_after: re.Pattern[str]
    fraction_after: re.Pattern[str]
    fraction_joiner: re.Pattern[str]
    ratio_after: re.Pattern[str]
    decimal_after: re.Pattern[str]
    fractions: dict[str, int]
    article_numbers: frozenset[str]
    not_after_digits: frozenset[str]
    before_phrases: dict[str, tuple[str, str]]
    prefix_symbols: dict[str, tuple[str, ...]]  # by their last character, longest first
    clock_before: re.Pattern[str]
    clock_digits: re.Pattern[str]
    ordinal_suffixes: tuple[str, ...]
    age_before: re.Pattern[str]
    clock_after: re.Pattern[str]
    over_words: frozenset[str]
    rate_after_noun: re.Pattern[str]
    rate_nouns: dict[str, str]
    after_article: frozenset[str]
    negatives: frozenset[str]
    range_after: re.Pattern[str]
    per_after: re.Pattern[str]
    noun_after: re.Pattern[str]
    subject_before: re.Pattern[str]
    speaker: re.Pattern[str]
    speaker_at: re.Pattern[str]
    speaker_scan: re.Pattern[str]
    speaker_at_low: re.Pattern[str]
    speaker_scan_low: re.Pattern[str]
    over_before: re.Pattern[str]
    mods: dict[str, _Mod]
    vague: dict[str, tuple[int, int]]
    scales: dict[str, int]
    currencies: dict[str, str]
    minor: dict[str, str]
    units: dict[str, str]
    times: dict[str, str]
    percent: frozenset[str]
    points: frozenset[str]
    range_openers: dict[str, frozenset[str]]
    stop: frozenset[str]
    vocabulary: frozenset[str]
    not_content: frozenset[str]
    half_before: re.Pattern[str]
    mult_after: re.Pattern[str]
    multipliers: dict[str, int]
    weight_words: dict[str, str]
    weight_context: frozenset[str]
    date_preps: frozenset[str]
    part_noun: re.Pattern[str]
    articles: frozenset[str]
    joiner_words: frozenset[str]
    before_last: frozenset[str]
    before_ends: frozenset[str]  # the last characters of before_last
    # The most words of a phrase in before_phrases ending with each word (at most _BEFORE_WORDS).
    before_lengths: dict[str, int]
    # The last words of the phrases the "..._before" patterns end with (None: always search).
    subject_last: _LastWords | None
    age_last: _LastWords | None
    clock_last: _LastWords | None
    # What may open (see _opening) the words these patterns read after a figure.
    opens_scale: frozenset[str]
    opens_half: frozenset[str]
    opens_token: frozenset[str]
    opens_ratio: frozenset[str]
    opens_range: frozenset[str]
    opens_per: frozenset[str]
    opens_clock: frozenset[str]
    opens_rate_noun: frozenset[str]


def _after_pattern(  # noqa: PLR0917 - the word groups of one pattern
    points: Iterable[str],
    percent: Iterable[str],
    links: Iterable[str],
    minor: Iterable[str],
    currencies: Iterable[str],
    times: Iterable[str],
    units: Iterable[str],
) -> str:
    """A percent sign or word, currency, time unit or unit after a number.

    The spaces before the word are taken possessively: no word starts with a space, so
    giving one back could not let the pattern match.
    """
    return (
        rf"(?P<sep>{_SP}{{0,2}}+|-)(?:(?P<points>{_trie(points)})|(?P<percent>{_trie(percent)})"
        rf"|(?:(?:{_trie(links)})(?:{_SP}{{1,3}}|(?<=['’])))?(?:(?P<minor>{_trie(minor)})|(?P<cur>{_trie(currencies)}))"
        rf"|(?P<time>{_trie(times)})"
        rf"|(?:(?<=[^\W\d_]{_SP})(?:{_trie(links)}){_SP}{{1,3}})?(?P<unit>{_trie(units)}))(?![\w'’])"
    )


def _alt(words: object, *, escape: bool = True) -> str:
    """Alternation of ``words``, longest first, spaces matching any run of 1-3 spaces."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    parts = []
    for w in items:
        piece = re.escape(w) if escape else w
        piece = piece.replace(r"\ ", _SP + "{1,3}")
        parts.append(piece)
    return "|".join(parts) if parts else "(?!x)x"


# Steps are values: the same step (a unit, a currency, a scale word) is made once and
# shared by the claims that take it, which leaves fewer objects for the garbage collector.
# Steps that name a figure (precision, range, bound) are made anew: they seldom repeat
# within a text, and caching them would only flatter a benchmark that reads a text twice.
_step = functools.lru_cache(maxsize=4096)(Step)

_Node = dict[str, "_Node"]


def _trie(words: object, *, ignore_case: bool = True) -> str:
    """The alternation of :func:`_alt`, factored by common prefixes: the same matches, faster.

    At a branch the engine tries one character instead of every word. Along one text only
    one branch can match (none of two siblings match the same character, else this falls
    back to :func:`_alt`), and a word's end is an optional group, so longer words are still
    tried first.
    """
    items = {str(w) for w in words}  # type: ignore[attr-defined]
    root: _Node = {}
    for w in items:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not items or _siblings_clash(root, ignore_case=ignore_case):
        return _alt(items)
    return _render_trie(root)


def _siblings_clash(node: _Node, *, ignore_case: bool) -> bool:
    keys = [k for k in node if k]
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if " " in (a, b) and (a + b).strip(_SPACES):
                continue  # a space and a visible character never match the same text
            if " " in (a, b) or (
                ignore_case
                and (
                    re.fullmatch(re.escape(a), b, re.IGNORECASE)
                    or re.fullmatch(re.escape(b), a, re.IGNORECASE)
                    or a.lower() == b.lower()
                    or a.upper() == b.upper()
                )
            ):
                return True
    return any(_siblings_clash(child, ignore_case=ignore_case) for child in node.values())


def _render_trie(node: _Node) -> str:
    branches = [
        (_SP + "{1,3}" if ch == " " else re.escape(ch)) + _render_trie(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_POWER = r"(?:(?P<exp>[eE][+-]?\d{1,3}(?!\w))|\^(?P<pow>[+-]{0,2}\d{1,3})(?!\d))?"


def _first_letters(words: Iterable[str]) -> dict[str, list[str]] | None:
    """The words by their first character: {first: [the rest of each word]}.

    None when a word is empty or opens with a space (see _letter_branches).
    """
    by_first: dict[str, list[str]] = {}
    for w in words:
        if not w or w[0].isspace():
            return None
        by_first.setdefault(w[0], []).append(w[1:])
    return by_first


@functools.cache
def _non_word_class(extra: str) -> str:
    r"""``[^\w<extra>]`` as a class of ranges, for the lowercase scans (see _Index.scan_low).

    The engine skips ahead to the characters of a scan's first class. It tests the plain
    class by asking of each character whether it is a word character, and a class of
    ranges by a bitmap: with the words after it split by their first letter (see
    _letter_branches), the number words' scan of the 100 story sources takes 75 million
    instructions instead of 149. The ranges are those of the BMP, then every character above
    it: a text with a word character above the BMP is not scanned lowercased (_lowers_alike).
    """
    runs: list[list[int]] = []
    for i in range(0x10000):
        ch = chr(i)
        if not (ch.isalnum() or ch == "_" or ch in extra):
            if runs and runs[-1][1] == i - 1:
                runs[-1][1] = i
            else:
                runs.append([i, i])
    body = "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in runs)
    return f"[{body}\\U00010000-\\U0010ffff]"


def _letter_branches(bodies: dict[str, str]) -> str:
    """One branch per letter of ``bodies``: the letter, then its body.

    The engine tries such branches by their first character without entering them.
    """
    return f"(?:{'|'.join(f'{re.escape(c)}{body}' for c, body in sorted(bodies.items()))})"


def _speaker_scan_low(markers: Iterable[str], articles: Iterable[str]) -> str:
    """The speakers' scan of the lowercased text: speaker_at_low after a non-word character."""
    by_first = _first_letters(markers)
    if by_first is None:
        lead = f"(?:{_trie(markers)})"
    else:
        lead = _letter_branches({c: _trie(rest) for c, rest in by_first.items()})
    return _non_word_class("'’") + (
        rf"(?P<body>{lead}{_SP}{{1,3}}(?:(?:{_alt(articles)}){_SP}{{1,3}})?"
        rf"(?P<who>{_WORD}[\w'’-]{{1,40}}))"
    )


def _words_scan_low(morphemes: Iterable[str], vague: Iterable[str], morph: str) -> str:
    r"""The number words' scan of the lowercased text: words_at's body after a non-word character.

    Each letter's branch holds the rest of the vague words and of the morphemes opening with
    it, the vague ones first, as in words_at. No groups: a match is vague when its words
    are a vague word (a vague word matched by the morphemes' branch would have matched the
    vague branch first).
    """
    tail = rf"(?:-?(?:{morph})){{0,11}}(?![\w'’])"
    vague_by, morph_by = _first_letters(vague), _first_letters(morphemes)
    if vague_by is None or morph_by is None:  # a word opening with a space
        body = rf"(?:{_trie(vague)}(?!\w)|(?:{morph}){tail})"
    else:
        bodies = {}
        for c in {*vague_by, *morph_by}:
            branches = []
            if c in vague_by:
                branches.append(rf"{_trie(vague_by[c])}(?!\w)")
            if c in morph_by:
                branches.append(f"{trie_pattern(morph_by[c])}{tail}")
            bodies[c] = f"(?:{'|'.join(branches)})"
        body = _letter_branches(bodies)
    return _non_word_class("'’-") + body


@functools.cache
def _digit_firsts() -> str:
    r"""The body of a character class holding every ``\d`` and other characters (a superset).

    The ASCII digits, the other decimal digits of the BMP, and every character above it: the
    engine tests such a class by a bitmap, where it asks of each character of ``[\d]`` whether
    it is a digit (the digit scan of the 100 story sources: 71 -> 60 million instructions).
    Each use checks the character again in a look-behind.
    """
    others = "".join(re.escape(chr(i)) for i in range(0x80, 0x10000) if chr(i).isdecimal())
    return rf"0-9{others}\U00010000-\U0010ffff"


@functools.cache
def _patterns(lang: str) -> _Patterns:
    """Everything compiled for ``lang``, once per process."""
    d = lang_data.get(lang)
    words = reader(lang)
    groups = "".join(re.escape(c) for c in d.GROUP_SEPS)
    dec = re.escape(d.DECIMAL_SEP)
    morph = trie_pattern(list(words.morphemes))
    vague = {k.lower(): v for k, v in d.VAGUE.items()}
    # Digits: the regex reads one character of a class first (see _digit_firsts), so that the
    # engine skips ahead to such characters at C speed; a look-behind then tells which
    # alternative that character opens (and that it is a digit or decimal sign). Written
    # plainly: (?P<num>\d{1,3}(?:[<groups>]\d{3}){1,6}(?:<dec>\d{1,12})?(?!\d)
    # |\d{1,15}(?:[.,]\d{1,12})?(?!\d)|<dec>\d{2,12}(?!\d)), then the power. What may stand
    # before the number (a sign, no other digit) is checked in _digit_hit.
    digits = re.compile(
        rf"(?P<num>[{_digit_firsts()}{dec}](?:(?<=\d)\d{{0,2}}(?:[{groups}]\d{{3}}){{1,6}}(?:{dec}\d{{1,12}})?(?!\d)"
        rf"|(?<=\d)\d{{0,{_MAX_DIGITS - 1}}}(?:[.,]\d{{1,12}})?(?!\d)|(?<={dec})\d{{2,12}}(?!\d)))"
        rf"{_POWER}"
    )
    words_body = (
        rf"(?:(?P<vague>{_trie(vague)})(?!\w)|(?P<word>(?:{morph})(?:-?(?:{morph})){{0,11}})(?![\w'’]))"
    )
    # Number words: matched together with the non-word character before them, which again
    # lets the engine skip ahead to the next word boundary.
    words_scan = re.compile(rf"[^\w'’\-]{words_body}", re.IGNORECASE)
    # The same scan for the lowercased text, without IGNORECASE (about twice as fast); see
    # _Index.scan_low for when it finds the same.
    lowercase_words = all(m == m.lower() for m in words.morphemes)
    words_scan_low = re.compile(_words_scan_low(words.morphemes, vague, morph)) if lowercase_words else None
    words_at = re.compile(words_body, re.IGNORECASE)
    token = rf"(?:{morph})(?:-?(?:{morph})){{0,11}}"
    phrase_token = re.compile(
        rf"{_SP}{{1,3}}(?P<tok>{token})(?![\w'’])|-(?P<htok>{token})(?![\w'’])", re.IGNORECASE
    )
    currencies = {k.lower(): v for k, v in d.CURRENCY_WORDS.items()}
    minor = {k.lower(): v for k, v in d.CURRENCY_MINOR.items()}
    units = {k.lower(): v for k, v in d.UNIT_WORDS.items()}
    times = {k.lower(): v for k, v in d.TIME_UNITS.items()}
    percent = frozenset(w.lower() for w in d.PERCENT_WORDS)
    points = frozenset(w.lower() for w in d.POINT_WORDS)
    after_words = (points, percent, d.NOUN_LINKS, minor, currencies, times, units)
    after = re.compile(_after_pattern(*after_words), re.IGNORECASE)
    # The same for the lowercased text, without IGNORECASE: see _after.
    after_low = re.compile(_after_pattern(*({w.lower() for w in group} for group in after_words)))
    symbols_after = re.compile(
        rf"(?P<sep>{_SP}{{0,2}}+|-)(?:(?P<csym>{_trie(CURRENCY_SYMBOLS, ignore_case=False)})"
        rf"|(?P<usym>{_trie(UNIT_SYMBOLS, ignore_case=False)}))"
        rf"(?![\w/²³])(?!-\w)",
    )
    scales = {k.lower(): v for k, v in d.SCALES.items()}
    abbreviations = {k.lower(): v for k, v in d.SCALE_ABBREVIATIONS.items()}
    scale_after = re.compile(
        rf"(?:{_SP}{{1,3}}+(?P<scale>{_trie(scales)})(?![\w'’])"
        rf"|{_SP}{{0,2}}+(?P<abbr>{_trie(abbreviations)})(?![\w'’]))",
        re.IGNORECASE,
    )
    fractions = {k.lower(): v for k, v in d.FRACTIONS.items()}
    fraction_joiner = re.compile(rf"{_SP}{{1,3}}(?:{_alt(d.FRACTION_JOINERS)}){_SP}", re.IGNORECASE)
    ratio_after = re.compile(rf"{_SP}{{1,3}}(?P<ratio>{_alt(d.RATIO_WORDS)}){_SP}{{1,3}}", re.IGNORECASE)
    decimal_after = re.compile(rf"{_SP}{{1,3}}(?P<dec>{_alt(d.DECIMAL_WORDS)})(?=[ \t])", re.IGNORECASE)
    fraction_after = re.compile(
        rf"(?:{_SP}{{1,3}}|{_SP}{{0,2}}-{_SP}{{0,2}})(?P<frac>{_alt(fractions)})(?![\w'’])", re.IGNORECASE
    )
    half_after = re.compile(rf"{_SP}{{1,3}}(?P<half>{_alt(d.HALF_WORDS)})(?![\w'’])", re.IGNORECASE)
    mods: dict[str, _Mod] = {}
    groups_by_kind: tuple[tuple[_ModKind, frozenset[str]], ...] = (
        ("nearly", d.NEARLY),
        ("upto", d.UP_TO),
        ("less", d.LESS_THAN),
        ("atleast", d.AT_LEAST),
        ("more", d.MORE_THAN),
        ("approximate", d.APPROXIMATORS),
    )
    for kind, group in groups_by_kind:
        for w in group:
            mods[w.lower()] = _Mod(kind, w)
    openers: dict[str, set[str]] = {}
    for opener, joiner in d.RANGE_PAIRS:
        openers.setdefault(joiner.lower(), set()).add(opener.lower())
    range_openers = {k: frozenset(v) for k, v in openers.items()}
    per = _trie(d.PER_WORDS)
    joiners = [j for j in range_openers if j]
    range_after = re.compile(
        rf"(?:{_SP}{{0,3}}+[{_DASHES}]{_SP}{{0,3}}|{_SP}{{1,3}}+(?P<joiner>{_alt(joiners)}){_SP}{{1,3}})",
        re.IGNORECASE,
    )
    per_after = re.compile(
        rf"{_SP}{{0,3}}(?:/{_SP}{{0,1}}(?P<tsym>{_alt(_TIME_SYMBOLS)})|(?:{per}){_SP}{{1,3}}(?P<time>{_trie(times)}))"
        rf"(?![\w'’])"
        rf"(?!{_SP}{{1,3}}(?:{_alt(d.AGO_WORDS)})(?![\w'’]))",
        re.IGNORECASE,
    )
    links = _alt(d.NOUN_LINKS)
    articles = _alt(d.ARTICLES)
    noun_after = re.compile(
        rf"{_SP}{{1,3}}(?:(?P<link>{links})(?:{_SP}{{1,3}}|(?<=['’]))(?:(?:{articles}){_SP}{{1,3}})?)?"
        rf"(?P<w1>{_WORD}[\w'’-]{{1,40}})(?:{_SP}{{1,3}}(?P<w2>{_WORD}[\w'’-]{{1,40}}))?",
        re.IGNORECASE,
    )
    subject_before = re.compile(
        rf"(?<![\w'’])(?P<w>{_WORD}[\w'’-]{{1,40}}){_SP}{{1,3}}(?:{_alt(d.SUBJECT_LINKS)})"
        rf"(?:{_SP}{{1,3}}(?:{articles}))?{_SP}{{0,3}}\Z",
        re.IGNORECASE,
    )
    speaker_body = (
        rf"(?P<body>(?:{_trie(d.SPEAKER_MARKERS)}){_SP}{{1,3}}(?:(?:{articles}){_SP}{{1,3}})?"
        rf"(?P<who>{_WORD}[\w'’-]{{1,40}}))"
    )
    speaker_markers_low = {w.lower() for w in d.SPEAKER_MARKERS}
    articles_low = {w.lower() for w in d.ARTICLES}
    speaker_body_low = (
        rf"(?P<body>(?:{_trie(speaker_markers_low)}){_SP}{{1,3}}(?:(?:{_alt(articles_low)}){_SP}{{1,3}})?"
        rf"(?P<who>{_WORD}[\w'’-]{{1,40}}))"
    )
    speaker = re.compile(rf"(?<![\w'’]){speaker_body}", re.IGNORECASE)
    # "in 11 dagen", "en apenas cinco días": one short word may stand between.
    over_before = re.compile(
        rf"(?<![\w'’])(?:{_alt(d.OVER_WORDS)}){_SP}{{1,3}}(?:{_WORD}{{1,12}}{_SP}{{1,3}})?\Z", re.IGNORECASE
    )
    vocabulary = frozenset(
        {*words.morphemes, *vague, *scales, *currencies, *units, *times, *percent, *points}
        | {w for m in mods for w in m.split()}
        | {w.lower() for w in d.PER_WORDS}
        | {w.lower() for w in d.OVER_WORDS}
        | {w.lower() for w in d.NOUN_LINKS}
        | {w for m in d.SPEAKER_MARKERS for w in m.lower().split()}
        | {w for m in d.SUBJECT_LINKS for w in m.lower().split()}
        | {w.lower() for w in d.ARTICLES}
    )
    hour_words = [k for k, v in times.items() if v == "hour"]
    multipliers = {k.lower(): v for k, v in (*d.MULTIPLIERS.items(), *d.SCALES.items())}
    letters = frozenset(
        "".join([*words.morphemes, *vague, *speaker_markers_low, *articles_low, *_time_phrase_words(d)])
        + "".join(w.lower() for group in after_words for w in group)
    )
    return _Patterns(
        data=d,
        words=words,
        digits=digits,
        words_scan=words_scan,
        words_scan_low=words_scan_low,
        letters=letters,
        ascii_lowers_alike=all(_lowers_alike(chr(i), letters) for i in range(128)),
        words_at=words_at,
        phrase_token=phrase_token,
        after=after,
        after_low=after_low,
        symbols_after=symbols_after,
        scale_after=scale_after,
        half_after=half_after,
        fraction_after=fraction_after,
        fraction_joiner=fraction_joiner,
        ratio_after=ratio_after,
        decimal_after=decimal_after,
        fractions=fractions,
        article_numbers=frozenset(w.lower() for w in d.ARTICLE_NUMBERS),
        not_after_digits=frozenset({*currencies, *minor, *units, *times}),
        before_phrases=_before_phrases(d, mods, range_openers, currencies, times),
        prefix_symbols={
            end: tuple(sym for sym in sorted(CURRENCY_SYMBOLS, key=len, reverse=True) if sym[-1] == end)
            for end in {sym[-1] for sym in CURRENCY_SYMBOLS}
        },
        age_before=re.compile(rf"(?<![\w'’])(?:{_alt(d.AGE_BEFORE)}){_SP}{{1,3}}\Z", re.IGNORECASE),
        clock_digits=re.compile(
            rf"{_SP}?(?:{_alt([*hour_words, *(c.lower() for c in d.CLOCK_AFTER)])})(?![\w'’])", re.IGNORECASE
        ),
        ordinal_suffixes=tuple(d.ORDINAL_SUFFIXES),
        clock_before=re.compile(rf"(?<![\w'’])(?:{_alt(d.CLOCK_BEFORE)}){_SP}{{1,3}}\Z", re.IGNORECASE),
        clock_after=re.compile(
            rf"{_SP}{{0,2}}(?:{_alt(d.CLOCK_AFTER)})(?![\w'’])(?:{_SP}{{0,2}}\d{{2}}(?!\d))?", re.IGNORECASE
        ),
        over_words=frozenset(w.lower() for w in d.OVER_WORDS),
        rate_after_noun=re.compile(
            rf"{_SP}{{1,3}}(?P<w>{_alt(k.lower() for k in d.RATE_AFTER_NOUN)})(?![\w'’])", re.IGNORECASE
        ),
        rate_nouns={_norm(k): v for k, v in d.RATE_AFTER_NOUN.items()},
        negatives=frozenset(w.lower() for w in d.NEGATIVE_WORDS),
        after_article=frozenset(
            w.split()[0].split("'")[0]
            for w in (
                *words.morphemes,
                *fractions,
                *units,
                *currencies,
                *minor,
                *scales,
                *abbreviations,
                *(h.lower() for h in d.HALF_WORDS),
                *(r.lower() for r in d.RATIO_WORDS),
                *(f.lower() for f in d.FRACTION_JOINERS),
                *(x.lower() for x in d.DECIMAL_WORDS),
            )
            if w.strip()
        ),
        range_after=range_after,
        per_after=per_after,
        noun_after=noun_after,
        subject_before=subject_before,
        speaker=speaker,
        speaker_at=re.compile(speaker_body, re.IGNORECASE),
        speaker_scan=re.compile(rf"[^\w'’]{speaker_body}", re.IGNORECASE),
        speaker_at_low=re.compile(speaker_body_low),
        speaker_scan_low=re.compile(_speaker_scan_low(speaker_markers_low, articles_low)),
        over_before=over_before,
        mods=mods,
        vague=vague,
        scales={**scales, **abbreviations},
        currencies=currencies,
        minor=minor,
        units=units,
        times=times,
        percent=percent,
        points=points,
        range_openers=range_openers,
        stop=frozenset(w.lower() for w in d.STOP_WORDS),
        vocabulary=vocabulary,
        not_content=vocabulary | {w.lower() for w in d.STOP_WORDS},
        # "half a dozen", "media docena": read in a window that ends where the number starts.
        half_before=re.compile(rf"(?<![\w'’])(?:{_alt(d.HALF_BEFORE)})[ \t\u00a0-]{{1,3}}\Z", re.IGNORECASE),
        # "een half miljoen", "une demi-douzaine": a fraction of a multiplier or scale word.
        mult_after=re.compile(rf"(?:{_SP}{{1,3}}|-)(?P<m>{_alt(multipliers)})(?![\w'’])", re.IGNORECASE),
        multipliers=multipliers,
        weight_words={k.lower(): v for k, v in d.WEIGHT_CURRENCY_WORDS.items()},
        weight_context=frozenset(w.lower() for w in d.WEIGHT_CONTEXT),
        date_preps=frozenset(w.lower() for w in getattr(d, "DATE_DAY_PREPS", ())),
        # The whole a fraction is of: "twee derde van de ondervraagden", "zwei Drittel der Befragten".
        articles=frozenset(w.lower() for w in d.ARTICLES),
        joiner_words=frozenset(w.lower() for w in d.FRACTION_JOINERS),
        before_last=frozenset(
            k.rsplit(" ", 1)[-1] for k in _before_phrases(d, mods, range_openers, currencies, times)
        ),
        before_ends=frozenset(k[-1] for k in _before_phrases(d, mods, range_openers, currencies, times) if k),
        before_lengths=_phrase_lengths(_before_phrases(d, mods, range_openers, currencies, times)),
        subject_last=_last_word_set([*d.SUBJECT_LINKS, *d.ARTICLES]),
        age_last=_last_word_set(d.AGE_BEFORE),
        clock_last=_last_word_set(d.CLOCK_BEFORE),
        opens_scale=_openers([*scales, *abbreviations]),
        opens_half=_openers(d.HALF_WORDS),
        opens_token=_openers(words.morphemes, "-"),
        opens_ratio=_openers(d.RATIO_WORDS),
        opens_range=_openers(joiners, _DASH_CHARS),
        opens_per=_openers(d.PER_WORDS, "/"),
        opens_clock=_openers(d.CLOCK_AFTER),
        opens_rate_noun=_openers(d.RATE_AFTER_NOUN),
        part_noun=re.compile(
            rf"{_SP}{{1,3}}(?:(?P<link>{_alt(d.PART_OF)})(?:{_SP}{{1,3}}|(?<=['’])))?(?:(?P<art>{articles})(?:{_SP}{{1,3}}|(?<=['’])))?"
            rf"(?P<w1>{_WORD}[\w'’-]{{1,40}})",
            re.IGNORECASE,
        ),
    )


_ASCII = frozenset(map(chr, range(128)))


def _openers(words: Iterable[str], signs: str = "") -> frozenset[str]:
    """The characters up to ASCII that open one of ``words`` (ignoring case), and ``signs``.

    For the test of _opening before a pattern that reads spaces and then ``words`` (or one of
    ``signs``). Every character up to ASCII (and the end of the text) when a word is empty
    or opens with a space: the pattern is then always tried.
    """
    firsts = {w[:1] for w in words}
    if "" in firsts or any(f.isspace() for f in firsts):
        return _ASCII | {""}
    return frozenset(signs) | {
        a for a in _ASCII for f in firsts if re.fullmatch(re.escape(f), a, re.IGNORECASE) is not None
    }


def _opening(text: str, pos: int) -> str:
    """The character after the spaces (of _SP, at most three) at ``pos``; "" at the end.

    The patterns that read a word after a figure take at most three spaces before it: one
    can match at ``pos`` only when this character opens one of its words or signs, or is
    above ASCII (see _openers); most figures are followed by none of them.
    """
    c = text[pos : pos + 1]
    if c not in _SPACE_SET:
        return c
    k = pos + 1
    c = text[k : k + 1]
    while c in _SPACE_SET and k < pos + 3:
        k += 1
        c = text[k : k + 1]
    return c


def _phrase_lengths(phrases: Iterable[str]) -> dict[str, int]:
    """For each last word of ``phrases``, the most words (up to _BEFORE_WORDS) of one ending with it."""
    lengths: dict[str, int] = {}
    for phrase in phrases:
        parts = phrase.split(" ")
        lengths[parts[-1]] = max(lengths.get(parts[-1], 0), min(len(parts), _BEFORE_WORDS))
    return lengths


@attrs.frozen
class _LastWords:
    """The lowercased last words of some phrases, as a set and as a tuple for endswith."""

    words: frozenset[str]
    ends: tuple[str, ...]
    finals: frozenset[str]  # their last characters


def _last_word_set(phrases: Iterable[str]) -> _LastWords | None:
    """The lowercased last words of ``phrases``, for :func:`_may_end_with`.

    None when a letter in them matches an ASCII letter other than its own case under
    ``re.IGNORECASE`` ("ſ", the Kelvin sign): comparing lowercased words would then miss.
    """
    words = {p.split()[-1].lower() for p in phrases if p.split()}
    for ch in {c for w in words for c in w if not c.isascii()}:
        if any(re.fullmatch(re.escape(ch), a, re.IGNORECASE) for a in string.ascii_letters):
            return None
    return _LastWords(frozenset(words), tuple(sorted(words)), frozenset(w[-1] for w in words))


def _may_end_with(text: str, lo: int, end: int, last: _LastWords | None) -> bool:
    """Whether ``text[lo:end]`` may end with one of the phrases behind ``last``.

    A cheap test before a search anchored at the end of a window: the last word there must
    be the last word of a phrase, or end with it after a bracket or other sign ("(aged").
    Words that are not ASCII always pass (the pattern decides).
    """
    if last is None:
        return True
    j = end
    while j > lo and text[j - 1] in _SPACE_SET:
        j -= 1
    final = text[j - 1] if j > lo else ""
    if final.isascii() and final.isalnum() and final.lower() not in last.finals:
        return False  # no phrase ends with this letter or digit
    tail = text[lo:end].rsplit(None, 1)
    if not tail:
        return False
    word = tail[-1]
    if not word.isascii():
        return True
    low = word.lower()
    return low in last.words or (not low.isalnum() and low.endswith(last.ends))


def _before_phrases(
    d: ModuleType,
    mods: dict[str, _Mod],
    range_openers: dict[str, frozenset[str]],
    currencies: dict[str, str],
    times: dict[str, str],
) -> dict[str, tuple[str, str]]:
    """Every phrase that may stand before a number, mapped to (kind, key); later kinds lose."""
    table: dict[str, tuple[str, str]] = {}

    def add(kind: str, phrase: str, key: str) -> None:
        table.setdefault(_norm(phrase), (kind, key))

    for per in d.PER_WORDS:
        for word, unit in times.items():
            add("per", f"{per} {word}", unit)
    for word in d.NOT_COUNT_BEFORE:
        add("label", word, word)
    for word in mods:
        add("mod", word, word)
    for opener in {o for group in range_openers.values() for o in group if o}:
        add("opener", opener, opener)
    for word in currencies:
        add("cword", word, word)
    for word in d.NEGATIVE_WORDS:
        add("neg", word, word)
    return table


# --------------------------------------------------------------------------- page chrome


_BLANK = re.compile(r"\S")


@attrs.frozen
class _Chrome:
    """Page chrome of one language: templates around a number, and bare chrome words."""

    digits: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    pairs: frozenset[tuple[str, str]]
    bare: re.Pattern[str]


def _chrome_words(part: str) -> str:
    return re.sub(r"\s+", " ", part.strip().lower())


@functools.cache
def _chrome_patterns(lang: str) -> _Chrome:
    """Chrome with a number ("leestijd 2 minuten") and bare chrome words ("Bewaren").

    A template "leestijd # minuten" is found from its number: digit runs are cheap to find,
    and only around them are the words before and after compared with the templates.
    """
    d = lang_data.get(lang)
    pairs = set()
    bare = []
    for template in d.CHROME:
        if "#" in template:
            pre, _, post = template.partition("#")
            pairs.add((_chrome_words(pre), _chrome_words(post)))
        else:
            bare.append(re.escape(template).replace(r"\ ", _SP + "{1,3}"))
    pres = {pre for pre, _ in pairs if pre}
    posts = {post for _, post in pairs if post}
    return _Chrome(
        digits=re.compile(r"\d{1,7}(?!\d)"),
        before=re.compile(rf"(?<![\w'’])(?P<w>{_alt(pres)})[ :\t\u00a0]{{1,3}}\Z", re.IGNORECASE),
        after=re.compile(rf"{_SP}{{1,3}}(?P<w>{_alt(posts)})(?![\w'’])", re.IGNORECASE),
        pairs=frozenset(pairs),
        # No lookbehind at the start, so that the engine can skip ahead by the first
        # character; the word boundary before a match is checked in mask_chrome.
        bare=re.compile(rf"(?:{'|'.join(bare) or '(?!x)x'})(?![\w'’])", re.IGNORECASE),
    )


_CHROME_GAP_BEFORE = frozenset(" :\t\u00a0")  # what _Chrome.before ends with
_CHROME_GAP_AFTER = frozenset(" \t\u00a0\u202f\u2009")  # what _Chrome.after starts with (_SP)


def _numbered_chrome(text: str, c: _Chrome) -> list[tuple[int, int]]:
    spans = []
    for m in c.digits.finditer(text):
        s, e = m.span()
        if s and text[s - 1].isdigit():
            continue
        # each pattern needs a space (or colon) right next to the digits: look at it first
        bm = c.before.search(text, max(0, s - 30), s) if s and text[s - 1] in _CHROME_GAP_BEFORE else None
        am = c.after.match(text, e) if text[e : e + 1] in _CHROME_GAP_AFTER else None
        pre = _chrome_words(bm.group("w")) if bm else ""
        post = _chrome_words(am.group("w")) if am else ""
        if pre and post and (pre, post) in c.pairs:
            spans.append((bm.start() if bm else s, am.end() if am else e))
        elif post and ("", post) in c.pairs:
            spans.append((s, am.end() if am else e))
        elif pre and (pre, "") in c.pairs:
            spans.append((bm.start() if bm else s, e))
    return spans


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_'’")


def mask_chrome(text: str, lang: str) -> str:
    """``text`` with page chrome ("leestijd 2 minuten", "507 keer bekeken") blanked out.

    The result has the length of ``text``, so offsets into it stay valid. A bare chrome
    word ("Bewaren", "Share") is blanked only right after other chrome or alone on its line,
    so that the verb "delen" in a sentence stays.

    >>> mask_chrome("Vandaag leestijd 2 minuten 507 keer bekeken Bewaren", "nl").split()
    ['Vandaag']
    """
    chrome = _chrome_patterns(lang)
    masked = _numbered_chrome(text, chrome)
    bare = chrome.bare
    last_end = -10
    i = 0
    extra: list[tuple[int, int]] = []
    for m in bare.finditer(text):
        s, e = m.span()
        if not _word_start(text, s):
            continue
        while i < len(masked) and masked[i][1] <= s:
            last_end = masked[i][1]
            i += 1
        follows = (s - last_end) <= 3 and not text[last_end:s].strip()
        if extra and not follows:
            follows = (s - extra[-1][1]) <= 3 and not text[extra[-1][1] : s].strip()
        line_start = text.rfind("\n", max(0, s - 200), s) + 1
        line_end = text.find("\n", e, e + 200)
        line_end = min(len(text), e + 200) if line_end < 0 else line_end
        alone = not text[line_start:s].strip() and not text[e:line_end].strip()
        if follows or alone:
            extra.append((s, e))
    spans = sorted(masked + extra)
    if not spans:
        return text
    pieces: list[str] = []
    done = 0
    for s, e in spans:
        s = max(s, done)  # noqa: PLW2901 - clip overlapping spans
        if e <= s:
            continue
        pieces.append(text[done:s])
        pieces.append(_BLANK.sub(" ", text[s:e]))
        done = e
    pieces.append(text[done:])
    return "".join(pieces)


# --------------------------------------------------------------------------- numbers


@attrs.define
class _Reading:
    """A number being read: its value, precision unit, span and steps."""

    start: int
    end: int
    value: float
    unit: float
    steps: list[Step]
    vague: tuple[int, int] | None = None
    scaled: bool = False
    words: bool = False
    plain_digits: str = ""
    article_only: bool = False
    grouped: bool = False


def _read_digits(raw: str, d: ModuleType) -> tuple[float, float, bool]:
    """``raw`` digits in the notation of ``d``: (value, unit, had a group separator)."""
    if raw.isdigit():
        return float(raw), digit_unit(raw, ""), False
    dec = d.DECIMAL_SEP
    if raw[0] == dec:
        return float("0." + raw[1:]), digit_unit("0", raw[1:]), False
    seps = [ch for ch in raw if not ch.isdigit()]
    if not seps:
        return float(raw), digit_unit(raw, ""), False
    if len(seps) == 1:
        ch = seps[0]
        integer, _, tail = raw.partition(ch)
        if ch != dec and ch in d.GROUP_SEPS and len(tail) == 3:
            joined = integer + tail
            return float(joined), digit_unit(joined, ""), True
        return float(f"{integer}.{tail}"), digit_unit(integer, tail), False
    # Several separators: the regex only allows groups of three, then maybe a decimal part.
    last = seps[-1]
    if last == dec and last not in seps[:-1]:
        cut = raw.rfind(last)
        integer = "".join(c for c in raw[:cut] if c.isdigit())
        tail = raw[cut + 1 :]
        return float(f"{integer}.{tail}"), digit_unit(integer, tail), True
    integer = "".join(c for c in raw if c.isdigit())
    return float(integer), digit_unit(integer, ""), True


@functools.lru_cache(maxsize=4096)
def _fmt(x: float) -> str:
    if math.isinf(x) or math.isnan(x):
        return "∞" if x > 0 else "-∞" if x < 0 else "?"
    if x == int(x) and abs(x) < 1e18:
        return f"{int(x):,}"
    return f"{x:,.6g}"


class _Hit:
    """Where a number starts: digits, number words or a vague quantity word.

    The digits may carry a sign, an exponent or a power; the parts absent are None.
    """

    __slots__ = ("end", "exp", "neg", "num", "pow", "start", "vague", "word")

    def __init__(  # noqa: PLR0917 - a plain record
        self,
        start: int,
        end: int,
        num: str | None,
        exp: str | None,
        pow: str | None,  # noqa: A002 - the name of the regex group
        vague: str | None,
        word: str | None,
    ) -> None:
        self.start = start
        self.end = end
        self.num = num
        self.exp = exp
        self.pow = pow
        self.vague = vague
        self.word = word
        self.neg: str | None = None


def _digit_hit(text: str, m: re.Match[str], d: ModuleType) -> _Hit | None:
    """A digit match, unless it continues other digits; with a sign before it if any."""
    s = m.start()
    prev = text[s - 1] if s else ""
    if prev.isdigit() or (prev and prev in ".,:/" and s >= 2 and text[s - 2].isdigit()):
        return None
    num, exp, power = m.group("num", "exp", "pow")
    if num[0] == d.DECIMAL_SEP and prev and (prev.isalnum() or prev in ".,"):
        return None
    hit = _Hit(s, m.end(), num, exp, power, None, None)
    if prev and prev in "-−":
        before = text[s - 2] if s >= 2 else " "
        if not (before.isalnum() or before in _DASH_CHARS):
            hit.neg, hit.start = prev, s - 1
    elif prev == " " and s == 2 and text[0] in "-−":  # "- 5" opening the text
        hit.neg, hit.start = text[0], 0
    elif prev == " " and s >= 3 and text[s - 2] in "-−" and text[s - 3].isspace():
        before = text[s - 4] if s >= 4 else ""
        if before and not before.isdigit() and not before.isspace():
            hit.neg, hit.start = text[s - 2], s - 2
    return hit


def _hit_at(text: str, pos: int, p: _Patterns) -> _Hit | None:
    """The number starting right at ``pos``, if any (the second number of a range)."""
    m = p.digits.match(text, pos)
    if m is not None:
        return _digit_hit(text, m, p.data)
    w = p.words_at.match(text, pos)
    if w is None or (pos and (text[pos - 1].isalnum() or text[pos - 1] in "'’-")):
        return None
    return _Hit(w.start(), w.end(), None, None, None, *w.group("vague", "word"))


def _read_number(text: str, m: _Hit, p: _Patterns) -> _Reading | None:
    """The number whose scanner hit is ``m`` (digits, words or a vague word)."""
    d = p.data
    word = m.word
    if word is not None and word.lower() in p.article_numbers:
        # "een", "a", "un" are mostly articles: look at the next word before anything else.
        nxt = _NEXT_WORD.match(text, m.end)
        if nxt is None or nxt.group(1).lower() not in p.after_article:
            prev = _prev_word(text, m.start)
            if prev is None or prev.lower() not in p.negatives:
                return None
    vague = m.vague
    if vague is not None:
        low, high = p.vague[_norm(vague)]
        return _Reading(
            m.start,
            m.end,
            low,
            0.0,
            [_step("vague", f"{vague} = {_fmt(low)}–{_fmt(high)}")],
            vague=(low, high),
        )
    raw = m.num
    if raw is not None:
        if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():
            return None  # a leading zero: phone numbers, postcodes, codes
        value, unit, grouped = _read_digits(raw, d)
        steps = []
        if grouped:
            steps.append(Step("group_separator", f"{raw} = {_fmt(value)}"))
        if m.neg:
            value = -value
            steps.append(_step("sign", "negative"))
        if m.exp or m.pow:
            return _read_power(m, value, unit, steps)
        reading = _Reading(m.start, m.end, value, unit, steps, plain_digits="" if grouped else raw)
        reading.grouped = grouped
        if (
            not grouped
            and len(raw) <= 2
            # a slash, or a space and a digit ("10 1/2"): see _SLASH and _MIXED
            and (text[m.end : m.end + 1] == "/" or text[m.end + 1 : m.end + 2].isdigit())
            and _read_slash_fraction(text, reading, p)
        ):
            return reading
        c = _read_scale(text, reading, p)
        if (
            not reading.scaled
            and text[reading.end : reading.end + 1] in _WORDS_AFTER_DIGITS
            and (c in p.opens_token or not c.isascii())
            and p.phrase_token.match(text, reading.end) is not None
        ):
            # "3 dozijn", "2.12 hundred": digits times a multiplier word (_extend_words reads
            # nothing unless a number word's token follows: a reading of digits has no total
            # for a comma to follow).
            state, end, n, _split = _extend_words(
                text, reading.end, p.words.start(value), p, reading.steps, 0
            )
            if n:
                reading.value, reading.end, reading.scaled = state.value, end, True
                reading.unit = value_unit(state.value)
        return reading
    if word is None:
        return None
    state = p.words.start()
    if not p.words.feed_word(state, word):
        return None
    steps = [_step("words", word)]
    for morpheme in p.words.segment(word) or ():
        if morpheme in p.words.scales:
            steps.append(_step("scale", f"{morpheme} = {_fmt(p.words.scales[morpheme])}"))
    state, end, n_words, split = _extend_words(text, m.end, state, p, steps, 1)
    if not state.has_number:
        return None
    value = state.value
    reading = _Reading(m.start, end, value, value_unit(value), steps, words=True)
    if n_words == 1 and _norm(word) in p.article_numbers:
        reading.article_only = True
    dm = p.decimal_after.match(text, end)
    if dm is not None and state.value == int(state.value):
        decimals, dec_end = _read_decimal_words(text, dm.end(), p)
        if decimals and (
            p.fraction_after.match(text, dec_end)
            or p.half_after.match(text, dec_end)
            or p.phrase_token.match(text, dec_end)
            or _read_joined_fraction(text, end, state, p) is not None
            or (_norm(dm.group("dec")) in p.joiner_words and not _known_or_none(text, dec_end, p))
        ):
            decimals = ""  # "uno con un medio", "ciento treinta con dos cincoavos": a fraction follows
        if decimals:
            value = float(f"{int(state.value)}.{decimals}")
            reading = _Reading(m.start, dec_end, value, 10.0 ** -len(decimals), steps, words=True)
            reading.steps.append(_step("decimal", f"{dm.group('dec')} {decimals}"))
            return reading
    joined = _read_joined_fraction(text, end, state, p)
    if joined is not None:
        value, end, step = joined
        unit = value_unit(value) if value == round(value, 6) else 0.0
        reading = _Reading(m.start, end, value, unit, steps, words=True)
        reading.steps.append(step)
        return reading
    fm = p.fraction_after.match(text, end)
    if fm is not None:
        denominator = p.fractions[_norm(fm.group("frac"))]
        if split is not None:
            # "cent et trois quarts", "six millions et deux tiers": the fraction is of the last unit.
            head, scale = split
            value = head + (value - head) / denominator * scale
        elif state.last_scale == math.inf:
            value = value / denominator
        else:
            fm = None
        if fm is not None:
            reading.value = value
            reading.unit = 0.0  # a fraction is read as exact
            reading.end = fm.end()
            reading.article_only = False
            reading.steps.append(_step("fraction", f"{fm.group('frac')} = 1/{denominator}"))
            mm = p.mult_after.match(text, reading.end)
            if mm is not None and split is None:
                # "een half miljoen", "une demi-douzaine": the fraction is of the word after it.
                factor = p.multipliers[_norm(mm.group("m"))]
                reading.value *= factor
                reading.unit = value_unit(reading.value)
                reading.end = mm.end()
                reading.scaled = True
                reading.steps.append(_step("scale", f"{mm.group('m')} = {_fmt(factor)}"))
            return reading
    _read_scale(text, reading, p)
    return reading


# A fraction in digits: "3/4", "1/3 of voters", a mixed "10 1/2". Only proper fractions with a
# denominator news uses for shares; "24/7", "9/11" and dates ("3/4/2025", "on 3/4") are not.
_SLASH = re.compile(r"/(?P<den>\d{1,3})(?![\d/.,:\-]\d|\d|/)")
_MIXED = re.compile(r"[ \t\u00a0](?P<num>\d{1,2})/(?P<den>\d{1,3})(?![\d/.,:\-]\d|\d|/)")
_SLASH_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 100})


def _read_slash_fraction(text: str, r: _Reading, p: _Patterns) -> bool:
    """Extend ``r`` by a fraction written with a slash; True when it was one."""
    raw = r.plain_digits
    if not raw.isdigit() or len(raw) > 2:
        return False
    whole = abs(r.value)
    nxt = text[r.end : r.end + 1]
    sm = _SLASH.match(text, r.end) if nxt == "/" else None
    if sm is not None:
        num, den = whole, int(sm.group("den"))
        prev = _prev_word(text, r.start)
        if not 0 < num < den or den not in _SLASH_DENOMINATORS:
            return False
        unit_after = p.after.match(text, sm.end()) or p.symbols_after.match(text, sm.end())
        if prev is not None and prev.lower() in p.date_preps and not unit_after:
            return False  # "on 3/4" is a day and a month; "van 1/4 mijl" is a length
        value, end, detail = num / den, sm.end(), f"{raw}/{den}"
    else:
        mm = _MIXED.match(text, r.end) if nxt in _SPACE_SET else None
        if mm is None:
            return False
        num, den = int(mm.group("num")), int(mm.group("den"))
        if not 0 < num < den or den not in _SLASH_DENOMINATORS:
            return False
        value, end, detail = whole + num / den, mm.end(), f"{raw} {num}/{den}"
    r.value = math.copysign(value, r.value) if r.value else value
    r.unit = 0.0  # a fraction is read as exact
    r.end = end
    r.plain_digits = ""
    r.scaled = True
    r.steps.append(_step("fraction", detail))
    return True


def _known_or_none(text: str, pos: int, p: _Patterns) -> bool:
    """Whether the word at ``pos`` is absent, a stop word or one of ours ("por ciento", "euros")."""
    nxt = _NEXT_WORD.match(text, pos)
    if nxt is None:
        return True
    word = nxt.group(1).lower()
    return word in p.stop or word in p.vocabulary


def _read_joined_fraction(
    text: str, end: int, state: WordState, p: _Patterns
) -> tuple[float, int, Step] | None:
    """A whole number joined to a fraction: "one and a fourth", "seis millones con dos tercios"."""
    jm = p.fraction_joiner.match(text, end)
    if jm is None:
        return None
    nxt = p.phrase_token.match(text, jm.end() - 1) if text[jm.end() - 1].isspace() else None
    if nxt is None:
        return None
    tok = nxt.group("tok") or nxt.group("htok")
    part = p.words.start()
    if not p.words.feed_word(part, tok):
        return None
    part, part_end, _n, _split = _extend_words(text, nxt.end(), part, p, [], 1)
    fm = p.fraction_after.match(text, part_end)
    if fm is None or part.value != int(part.value):
        return None
    denominator = p.fractions[_norm(fm.group("frac"))]
    scale = state.last_scale if state.last_scale != math.inf else 1.0
    value = state.value + part.value / denominator * scale
    return value, fm.end(), _step("fraction", f"{_fmt(part.value)}/{denominator} of {_fmt(scale)}")


def _read_decimal_words(text: str, pos: int, p: _Patterns) -> tuple[str, int]:
    """Digits after a decimal word: "point zero three" -> "03", "coma veintiocho" -> "28"."""
    digits = ""
    end = pos
    for _ in range(12):
        nxt = p.phrase_token.match(text, end)
        if nxt is None:
            break
        tok = nxt.group("tok") or nxt.group("htok")
        state = p.words.start()
        if not p.words.feed_word(state, tok) or state.value != int(state.value):
            break
        if digits and not (0 <= state.value <= 9):
            break
        if not (0 <= state.value <= 9):
            state, end, _n, _split = _extend_words(text, nxt.end(), state, p, [], 1)
            return str(int(state.value)), end
        digits += str(int(state.value))
        end = nxt.end()
    return digits, end


def _read_power(m: _Hit, value: float, unit: float, steps: list[Step]) -> _Reading | None:
    """A number in scientific notation ("1.3e6") or raised to a power ("2,5^-1")."""
    if m.exp:
        exponent = int((m.exp or "e0")[1:])
        if abs(exponent) > 30:
            return None
        steps.append(_step("scale", f"{m.exp} = 10^{exponent}"))
        return _Reading(m.start, m.end, value * 10.0**exponent, unit * 10.0**exponent, steps, scaled=True)
    power = m.pow or "1"
    exponent = int(power.lstrip("+-")) * (-1 if power.count("-") % 2 else 1)
    if abs(exponent) > 30 or value == 0:
        return None
    result = math.copysign(abs(value) ** exponent, value)
    steps.append(_step("power", f"^{exponent}"))
    return _Reading(m.start, m.end, result, abs(result) * 1e-9, steps, scaled=True)


def _extend_words(  # noqa: PLR0917 - a private helper of _read_number
    text: str, end: int, state: WordState, p: _Patterns, steps: list[Step], n_words: int
) -> tuple[WordState, int, int, tuple[float, float] | None]:
    """Read further number words after ``end`` ("one hundred and sixty-one").

    Returns the state, the new end, the number of words and, when the last word came after
    a connector, the value before it and the scale it was counted in.
    """
    digits_only = n_words == 0
    split: tuple[float, float] | None = None
    while n_words < _MAX_WORDS:
        nxt = p.phrase_token.match(text, end)
        if nxt is None and state.total > 0 and state.current == 0 and text.startswith(",", end):
            # "three million, nine hundred thousand": a comma after a scale word.
            nxt = p.phrase_token.match(text, end + 1)
        if nxt is None:
            break
        tok = nxt.group("tok") or nxt.group("htok")
        if digits_only and _norm(tok) in p.not_after_digits:
            break
        new_end = nxt.end()
        trial = state.copy()
        this_split = None
        if tok.lower() in p.words.connectors:
            # A connector word between two number words: "tweeduizend en vijftig".
            after = p.phrase_token.match(text, new_end)
            if after is None:
                break
            this_split = (state.value, state.last_scale if state.last_scale != math.inf else 1.0)
            if not p.words.feed(trial, tok.lower()):
                break
            tok = after.group("tok") or after.group("htok")
            new_end = after.end()
        if not p.words.feed_word(trial, tok):
            break
        state = trial
        split = this_split
        steps.append(_step("words", tok))
        steps.extend(_scale_steps(tok, p))
        end = new_end
        n_words += 1
    return state, end, n_words, split


def _scale_steps(word: str, p: _Patterns) -> list[Step]:
    """A "scale" step for each scale word inside ``word`` ("tweeduizend" -> duizend)."""
    return [
        _step("scale", f"{m} = {_fmt(p.words.scales[m])}")
        for m in p.words.segment(word) or ()
        if m in p.words.scales
    ]


@functools.lru_cache(maxsize=4096)
def _norm(word: str) -> str:
    """A matched word or phrase as the data spells it: lowercase, single spaces.

    Cached: these are words of the language data, in a few spellings.
    """
    return _MANY_SPACES.sub(" ", word.lower())


# How far around a number its sentence, context words and speaker are looked for.
_REACH = 160
_SENTENCE_START = re.compile(r"[.!?]\s+(?=[\"“„'‘«(]?[A-ZÀ-Ý0-9])|\n")
# The two branches of _SENTENCE_START, for _Index.
_SENTENCE_DOT = re.compile(r"[.!?]\s+(?=[\"“„'‘«(]?[A-ZÀ-Ý0-9])")
_NEWLINE = re.compile(r"\n")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
_OPENING_QUOTES = frozenset("\"“„'‘«(")
# A full stop before a capital or at the end, or a line break; written to open with one
# character class (the engine skips to candidates), the same matches as the plain
# r"[.!?](?=\s+[\"“„'‘«(]?[A-ZÀ-Ý0-9])|[.!?]\s*$|\n".
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])(?=\s+[\"“„'‘«(]?[A-ZÀ-Ý0-9])|(?<=[.!?])\s*$|(?<=\n))")
_CONTEXT_WORDS = 8
# A word of letters, apostrophes and hyphens: "(?<![\w'’-])[^\W\d_](?:[^\W\d_]|['’-]){0,40}(?![\w'’-])",
# with a first branch for the common word of letters only (one character class, faster), and
# its first letter read before the look-behind (the engine skips ahead to letters).
_CONTEXT_WORD = re.compile(
    r"[^\W\d_](?<![\w'’-][^\W\d_])(?:[^\W\d_]{0,40}(?![\w'’-])|(?:[^\W\d_]|['’-]){0,40}(?![\w'’-]))"
)
_CONTEXT_WORD_OR_CUT = re.compile(rf"{_CONTEXT_WORD.pattern}|\0")
_CONTEXT_WORD_LONGEST = 41  # letters of the longest word _CONTEXT_WORD matches
# Signs that end or open a word and are no character of _CONTEXT_WORD's: stripped from a token
# (a run without spaces) before asking whether the rest is a word of letters.
_WORD_EDGES = '.,;:!?()[]"“”„«»'
# Digits and signs of a figure, no letter among them: a token of these alone holds no word.
_FIGURE_CHARS = "0123456789.,%€$£+-–/:'’"


def _words_of(part: str, pattern: re.Pattern[str] = _CONTEXT_WORD) -> list[str]:
    """``pattern.findall(part)`` for _CONTEXT_WORD (or _CONTEXT_WORD_OR_CUT), token by token.

    See _content_words_of for the reading.
    """
    return _content_words_of(part, frozenset(), 0, pattern)


def _content_words_of(
    part: str, skip: frozenset[str], shortest: int = 2, pattern: re.Pattern[str] = _CONTEXT_WORD
) -> list[str]:
    """The words of ``pattern.findall(part)`` of at least ``shortest`` letters and not in ``skip``.

    No match holds a space and spaces end a word as the ends of ``part`` do, so the matches
    are those found in each run of non-spaces. A run of letters alone (after the signs around
    it), or of letters, apostrophes and hyphens opening with a letter, is one word, up to
    _CONTEXT_WORD_LONGEST characters, else none; a figure without a letter holds none. This
    skips the regex for most tokens, which str.split reads several times faster.
    """
    words: list[str] = []
    for token in part.split():
        if token.isalpha():
            if shortest <= len(token) <= _CONTEXT_WORD_LONGEST and token not in skip:
                words.append(token)
            continue
        core = token.strip(_WORD_EDGES)
        if core.isalpha() or (
            # a word with apostrophes or hyphens ("don't", "well-known") after its first letter
            core[:1].isalpha() and core.replace("'", "").replace("’", "").replace("-", "").isalpha()
        ):
            if shortest <= len(core) <= _CONTEXT_WORD_LONGEST and core not in skip:
                words.append(core)
        elif core.strip(_FIGURE_CHARS):  # a figure alone ("23.000", "€120", "3,5%") holds no letter
            words += [w for w in pattern.findall(core) if len(w) >= shortest and w not in skip]
    return words


# Time symbols after a slash: "500 km/h" is read as a symbol first; these make "5/h" a rate.
_TIME_SYMBOLS = {"h": "hour", "u": "hour", "d": "day", "min": "minute", "s": "second"}
_BEFORE_REACH = 40
_BEFORE_WORDS = 4
_SPACES = " \t\u00a0\u202f\u2009"
_SPACE_SET = frozenset(_SPACES)  # the characters of _SP
_VERSION_STARTS = frozenset(".,:/")  # what _VERSION_AFTER starts with
_DEGREE_SIGNS = frozenset("º°")  # what _DEGREE_AFTER starts with
_RANGE_STARTS = frozenset(_SPACES + "-–—")  # what range_after starts with
_WORDS_AFTER_DIGITS = frozenset(_SPACES + "-,")  # what _extend_words reads after digits starts with
_BRACKETED_STARTS = frozenset(" \t([{<")  # what _BRACKETED starts with
_OPENING = "([{\"'“‘„«"
_CLAUSE_END = re.compile(r"[.!?;]\s|\n")
_VERSION_AFTER = re.compile(r"[.,:/]\d|:")
_DIGIT_DASH_BEFORE = re.compile(r"\d[-–—]\Z")
_MANY_SPACES = re.compile(rf"{_SP}+")
_CLOCK_MINUTES = re.compile(r"[ \t]?\d{2}(?!\d)")
_POSTCODE_AFTER = re.compile(r"[ \t]?[A-Z]{2}\b")
_DEGREE_AFTER = re.compile(r"[º°] ?[CFcf]\b")
_LETTERS_AFTER = re.compile(r"[^\W\d_]{1,3}")
_ORDINAL_DOT_AFTER = re.compile(r"\.[ \t]+[^\W\d_]")
_PHONE_BEFORE = re.compile(r"\+\d{1,4}(?:[ .\-]?\(?\d{1,4}\)?){0,4}[ .\-]?\Z")
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₹]|\b[A-Z]{3})[ \u00a0]?\Z")


@functools.cache
def _unit_symbols() -> frozenset[str]:
    return frozenset(UNIT_SYMBOLS)


def _read_scale(text: str, r: _Reading, p: _Patterns) -> str:
    """Extend ``r`` by a scale word or abbreviation and a half ("3 miljoen", "1,2 Mrd.").

    Returns what opens the text after ``r`` (see _opening).
    """
    c = _opening(text, r.end)
    s = p.scale_after.match(text, r.end) if c in p.opens_scale or not c.isascii() else None
    if s:
        word = s.group("scale") or s.group("abbr")
        key = _norm(word)
        scale = p.scales.get(key) or p.scales.get(key.rstrip("."))
        if (
            s.group("abbr")
            and word in _unit_symbols()
            and not _CURRENCY_BEFORE.search(text, max(0, r.start - 5), r.start)
        ):
            scale = 0  # "1.8m" is a length; "$1.8m" is money
        if scale and not (r.words and s.group("scale")):
            r.value *= scale
            r.unit *= scale
            r.end = s.end()
            r.scaled = True
            r.article_only = False
            r.steps.append(_step("scale", f"{word} = {_fmt(scale)}"))
            s2 = p.scale_after.match(text, r.end)
            scale2 = p.scales.get(_norm(s2.group("scale") or "")) if s2 is not None else None
            if s2 is not None and scale2 and scale2 > scale:
                # "2 mil millones": a scale of a scale.
                r.value *= scale2
                r.unit *= scale2
                r.end = s2.end()
                r.steps.append(_step("scale", f"{s2.group('scale')} = {_fmt(scale2)}"))
            c = _opening(text, r.end)
    h = (
        p.half_after.match(text, r.end)
        if text[r.end : r.end + 1] in _SPACE_SET and (c in p.opens_half or not c.isascii())
        else None
    )
    if h:
        # "2 millones y medio", "un million et demi": half of the scale the number was given in.
        r.value += 0.5 * _scale_of(r, p)
        r.article_only = False
        r.unit = value_unit(r.value)
        r.end = h.end()
        r.steps.append(_step("half", h.group("half")))
        c = _opening(text, r.end)
    return c


def _base_interval(r: _Reading) -> Interval:
    if r.vague is not None:
        return Interval(float(r.vague[0]), float(r.vague[1]), True, False, None)
    if r.unit == 0:
        return Interval.exact(r.value)
    if not r.scaled and r.unit > 1 and r.value == int(r.value) and abs(r.value) < _SMALL:
        # "10 years", "20 doden": small whole numbers are counted, not rounded.
        r.unit = 1.0
    half = r.unit / 2
    low, high = r.value - half, r.value + half
    return Interval(low, high, True, False, r.value)


def _apply_mod(iv: Interval, mod: _Mod) -> tuple[Interval, Step]:
    v = iv.stated if iv.stated is not None else iv.low
    if mod.kind == "approximate":
        w = abs(v) * 0.1 if iv.stated is not None else 0.0
        out = Interval(iv.low - w, iv.high + w, iv.low_closed, iv.high_closed, iv.stated)
        return out, Step("approximate", f"{mod.word}: ±10% → {out}")
    if mod.kind == "more":
        out = Interval(v, math.inf, False, False, iv.stated)
        return out, Step("lower_bound", f"{mod.word}: more than {_fmt(v)}")
    if mod.kind == "atleast":
        out = Interval(v, math.inf, True, False, iv.stated)
        return out, Step("lower_bound", f"{mod.word}: at least {_fmt(v)}")
    top = iv.high if iv.stated is None else v
    if mod.kind == "less":
        out = Interval(0.0, top, True, False, iv.stated)
        return out, Step("upper_bound", f"{mod.word}: less than {_fmt(top)}")
    if mod.kind == "upto":
        out = Interval(0.0, top, True, True, iv.stated)
        return out, Step("upper_bound", f"{mod.word}: at most {_fmt(top)}")
    out = Interval(top * 0.9, top, True, False, iv.stated)
    return out, Step("upper_bound", f"{mod.word}: just under {_fmt(top)} (within 10%)")


@attrs.define
class _Found:
    """A numeric mention before it becomes a :class:`Claim`."""

    start: int
    end: int
    kind: Kind
    value: Interval
    unit: str | None
    steps: list[Step]
    subject: str = ""
    per_time: str | None = None
    over: bool = False


def _unit_name(name: str) -> str:
    known = _UNIT_NAMES.get(name)
    if known is None:
        from factcheck.units import unit_name

        known = _UNIT_NAMES[name] = unit_name(name)
    return known


_UNIT_NAMES: dict[str, str] = {}  # unit_name is cached too; this skips the import


class _Index:
    """What the claims of one text look up around themselves, found in one pass each.

    Sentence starts: the ends of ``_SENTENCE_START`` matches, split into its two branches
    (a full stop and the spaces after it; a line break) so that a window's last match can
    be found by bisection. A full stop counts in a window ending at ``start`` only when the
    look-ahead after it (an optional quote and a capital) ends there too, as it would in a
    search cut at ``start``. Speakers: every match of the speaker pattern. ``low``: the
    lowercased text, when its slices are the lowercased slices; ``scan_low``: the same,
    when patterns of lowercased words find in it what IGNORECASE finds in the text.
    ``sentences``: the content words of each sentence, read once for all its claims.
    """

    __slots__ = (
        "dot_ends",
        "dot_needs",
        "dot_starts",
        "low",
        "newlines",
        "scan_low",
        "sentences",
        "speaker_ends",
        "speaker_starts",
        "speakers",
    )

    def __init__(self, text: str, p: _Patterns) -> None:
        low = text.lower()
        # Slices of the lowercased text are the lowercased slices unless lowering changed a
        # length ("İ") or depends on what follows (a final sigma).
        self.low = low if len(low) == len(text) and "Σ" not in text and "\0" not in text else None
        # A pattern of lowercased words finds in it what the pattern ignoring case finds in
        # the text, when every character of the text matches (ignoring case) just the letters
        # its lowercase is, and lowering keeps it a letter, digit, space or sign. ASCII is
        # checked once per language.
        self.scan_low = (
            self.low
            if self.low is not None
            and p.ascii_lowers_alike
            and all(_lowers_alike(c, p.letters) for c in set(_NOT_ASCII.findall(text)))
            else None
        )
        self.newlines = [m.start() for m in _NEWLINE.finditer(text)]
        self.sentences: dict[tuple[int, int], _SentenceWords] = {}
        self.dot_starts: list[int] = []
        self.dot_ends: list[int] = []
        self.dot_needs: list[int] = []
        for m in _SENTENCE_DOT.finditer(text):
            e = m.end()
            self.dot_starts.append(m.start())
            self.dot_ends.append(e)
            self.dot_needs.append(e + (2 if text[e] in _OPENING_QUOTES else 1))
        lowercase = (p.speaker_at_low, p.speaker_scan_low)
        self.speakers = _matches(text, p.speaker_at, p.speaker_scan, lowercase, "_'’", self)
        self.speaker_starts = [m.start("body") for m in self.speakers]
        self.speaker_ends = [m.end() for m in self.speakers]


@functools.cache
def _lowers_alike(ch: str, letters: frozenset[str]) -> bool:
    """Whether ``ch`` may stand for its lowercase in a scan for ``letters``.

    It may when, ignoring case, it matches exactly those of ``letters`` equal to its
    lowercase, and that lowercase is one character of the same kind (letter, digit, space).
    A letter or digit above the BMP may not: the lowercase scans take every character above
    it for no word character (see _non_word_class).
    """
    low = ch.lower()
    if len(low) != 1 or _kind_of(ch) != _kind_of(low) or (ch > "\uffff" and ch.isalnum()):
        return False
    return all((re.fullmatch(re.escape(q), ch, re.IGNORECASE) is not None) == (q == low) for q in letters)


def _kind_of(ch: str) -> tuple[bool, bool, bool, bool]:
    return ch.isalnum(), ch.isdecimal(), ch.isspace(), ch.isalpha()


def _sentence_bounds(text: str, start: int, end: int, index: _Index) -> tuple[int, int]:
    """The sentence around ``start``-``end``, cut to _REACH characters on each side."""
    lo = max(0, start - _REACH)
    s = lo
    # The last match of _SENTENCE_START in text[lo:start] (see _Index).
    k = bisect.bisect_left(index.newlines, start) - 1
    if k >= 0 and index.newlines[k] >= lo:
        s = index.newlines[k] + 1
    starts, needs = index.dot_starts, index.dot_needs
    k = bisect.bisect_left(starts, start) - 1
    while k >= 0 and starts[k] >= lo:
        # the character the look-ahead reads may be the claim's own first one: "wrong. 5 people"
        if needs[k] <= start + 1:
            s = max(s, index.dot_ends[k])
            break
        k -= 1
    m2 = _SENTENCE_END.search(text, end, min(len(text), end + _REACH))
    e = m2.start() if m2 else min(len(text), end + _REACH)
    return s, e


def _good_noun(word: str, p: _Patterns) -> bool:
    low = word.lower()
    return low not in p.stop and low not in p.vocabulary and len(low) > 1


def _noun_after(text: str, pos: int, p: _Patterns) -> tuple[str, int] | None:
    """The counted noun after a number, and where it ends ("drie miljoen [...] afbeeldingen")."""
    m = p.noun_after.match(text, pos)
    if not m:
        return None
    w1, w2 = m.group("w1"), m.group("w2")
    if not _good_noun(w1, p):
        return None
    if p.data.NOUNS_CAPITALIZED:
        # German: the noun is the capitalised word ("3 Millionen neue Bilder").
        if w1[0].isupper():
            return w1.lower(), m.end("w1")
        if w2 and w2[0].isupper() and _good_noun(w2, p):
            return w2.lower(), m.end("w2")
        return None
    suffixes = tuple(p.data.ADJECTIVE_SUFFIXES)
    if suffixes and w1.lower().endswith(suffixes):
        # An inflected adjective before the noun ("drie miljoen geseksualiseerde afbeeldingen");
        # without a noun after it, the word is no noun either ("100,000 marched").
        if w2 and _good_noun(w2, p):
            return w2.lower(), m.end("w2")
        return None
    return w1.lower(), m.end("w1")


def _content_words(text: str, low: str | None, a: int, b: int, p: _Patterns) -> list[str]:
    """The content words of ``text[a:b]``, lowercased (``low`` is ``text.lower()`` if aligned)."""
    part = low[a:b] if low is not None else text[a:b].lower()
    skip = p.not_content
    return _content_words_of(part, skip)


class _Words:
    """The content words of a sentence and where each starts."""

    __slots__ = ("starts", "words")

    def __init__(self, starts: list[int], words: list[str]) -> None:
        self.starts = starts
        self.words = words


# A sentence's words: all of them as the context of its every claim (a tuple), or _Words.
_SentenceWords = tuple[str, ...] | _Words


def _sentence_words(low: str, bounds: tuple[int, int], p: _Patterns) -> _SentenceWords:
    """The content words of a sentence of the lowercased text and where each starts.

    When they are at most eight and distinct, every claim of the sentence gets them all as
    its context, in text order: then they come as a tuple, without their places.
    """
    b0, b1 = bounds
    skip = p.not_content
    part = low[b0:b1]
    words = _content_words_of(part, skip)
    if len(words) <= _CONTEXT_WORDS and len(set(words)) == len(words):
        return tuple(words)
    starts: list[int] = []
    words = []
    for m in _CONTEXT_WORD.finditer(part):
        w = m.group()
        if len(w) > 1 and w not in skip:
            starts.append(b0 + m.start())
            words.append(w)
    return _Words(starts, words)


def _context(  # noqa: PLR0917 - a private helper of _to_claims
    text: str, s: int, e: int, bounds: tuple[int, int], p: _Patterns, index: _Index
) -> tuple[str, ...]:
    """Up to eight content words of the sentence nearest to the claim, in text order."""
    # Eight words on each side are enough to pick the eight nearest.
    lo, hi = max(bounds[0], s - 100), min(bounds[1], e + 100)
    low = index.low
    if (
        low is not None
        and (lo, hi) == bounds
        and e <= hi
        # no word of _CONTEXT_WORD's characters runs on over s or e (written out: every claim asks)
        and not (
            0 < s < len(low)
            and (low[s - 1].isalnum() or low[s - 1] in _WORDLIKE)
            and (low[s].isalnum() or low[s] in _WORDLIKE)
        )
        and not (
            0 < e < len(low)
            and (low[e - 1].isalnum() or low[e - 1] in _WORDLIKE)
            and (low[e].isalnum() or low[e] in _WORDLIKE)
        )
    ):
        # The window is the whole sentence, cut at word ends: its words, read once for all
        # the claims of the sentence, split where the claim starts and ends.
        found = index.sentences.get(bounds)
        if found is None:
            found = index.sentences[bounds] = _sentence_words(low, bounds, p)
        if isinstance(found, tuple):
            return found
        i = bisect.bisect_left(found.starts, s)
        j = bisect.bisect_left(found.starts, e, i)
        all_words = found.words
        left, inside, right = all_words[:i], all_words[i:j], all_words[j:]
    elif low is not None:
        # One search over the three parts joined by a character that is no text: it ends a
        # word as the end of a slice does.
        skip = p.not_content
        words = [
            w
            for w in _words_of(f"{low[lo:s]}\0{low[s:e]}\0{low[e:hi]}", _CONTEXT_WORD_OR_CUT)
            if w == "\0" or (len(w) > 1 and w not in skip)
        ]
        i = words.index("\0")
        j = words.index("\0", i + 1)
        left, inside, right = words[:i], words[i + 1 : j], words[j + 1 :]
    else:
        left = _content_words(text, None, lo, s, p)
        inside = _content_words(text, None, s, e, p)
        right = _content_words(text, None, e, hi, p)
    every = left + inside + right
    if len(every) <= _CONTEXT_WORDS and len(set(every)) == len(every):
        return tuple(every)  # all of them, in text order
    chosen = dict.fromkeys(inside[:_CONTEXT_WORDS])
    before: list[str] = []
    i, j = len(left) - 1, 0
    while len(chosen) + len(before) < _CONTEXT_WORDS and (i >= 0 or j < len(right)):
        if i >= 0:
            if left[i] not in chosen and left[i] not in before:
                before.append(left[i])
            i -= 1
        if j < len(right) and len(chosen) + len(before) < _CONTEXT_WORDS:
            if right[j] not in chosen and right[j] not in before:
                chosen[right[j]] = None
            j += 1
    return (*reversed(before), *chosen)


def _is_year(r: _Reading) -> bool:
    raw = r.plain_digits
    return len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2100 and not r.scaled


def _skip_digits(text: str, r: _Reading, p: _Patterns, *, range_end: bool = False) -> bool:
    """Whether digits read at ``r`` are no claim: times, versions, phones, ordinals, postcodes."""
    s, e = r.start, r.end
    d = p.data
    # Most patterns below start with one of a few characters: look at it first.
    nxt = text[e : e + 1]
    if nxt in _VERSION_STARTS and _VERSION_AFTER.match(text, e):
        return True  # "1.2.3", "192.168.1.2", "14:30"
    prev = text[max(0, s - 2) : s]
    if prev.endswith(("+", "#", "№", "%", "=", "&", "/", "\\", "_", "@")):
        return True
    if text.find("+", max(0, s - 24), s) >= 0 and _PHONE_BEFORE.search(text, max(0, s - 24), s):
        return True  # "+31 20 123 4567": the rest of an international phone number
    if _glued_before(prev) and not _CURRENCY_BEFORE.search(text, max(0, s - 5), s):
        # "A4", "G7", "COVID-19": part of a name; "020-1234567": part of a phone number. The
        # second number of a range ("3-5") is read with the first and never comes here.
        return not (range_end and _DIGIT_DASH_BEFORE.search(prev))
    if len(r.plain_digits) == 4 and _POSTCODE_AFTER.match(text, e):
        return True  # a postcode, "1234 AB"
    suffixes = p.ordinal_suffixes
    if suffixes and nxt.isalnum() and not (nxt in _DEGREE_SIGNS and _DEGREE_AFTER.match(text, e)):
        m = _LETTERS_AFTER.match(text, e)
        if m and m.group().lower() in suffixes:
            tail = text[m.end() : m.end() + 1]
            if not tail or not tail.isalnum():
                return True
    if d.ORDINAL_DOT and nxt == "." and 0 < len(r.plain_digits) <= 2 and _ORDINAL_DOT_AFTER.match(text, e):
        return True  # German "am 3. Januar", "der 3. Platz"
    # "14.30 uur", "9.30 Uhr": hours and minutes before an hour word.
    return r.unit == 0.01 and r.value < 24 and p.clock_digits.match(text, e) is not None


def _glued_before(prev: str) -> bool:
    r"""Whether ``prev`` (the two characters before a number) ends as ``\w[-/]\Z|\w\Z`` does."""
    if not prev:
        return False
    last = prev[-1]
    if last.isalnum() or last == "_":
        return True
    return last in "-/" and len(prev) == 2 and (prev[0].isalnum() or prev[0] == "_")


def _currency_symbol(sym: str) -> str:
    return CURRENCY_SYMBOLS[_MANY_SPACES.sub(" ", sym)]


def _read_ratio(text: str, r: _Reading, p: _Patterns) -> tuple[Interval, int, Step] | None:
    """A small whole number over another as a fraction: "1 op de 3", "one out of five"."""
    if r.vague is not None or r.scaled or r.value != int(r.value) or not 0 < r.value <= 100:
        return None
    rm = p.ratio_after.match(text, r.end) if text[r.end : r.end + 1] in _SPACE_SET else None
    if rm is None:
        return None
    sm = _hit_at(text, rm.end(), p)
    if sm is None or sm.vague:
        return None
    second = _read_number(text, sm, p)
    if (
        second is None
        or second.value <= r.value
        or second.value != int(second.value)
        or second.vague is not None
    ):
        return None
    if not second.words and _skip_digits(text, second, p):
        return None
    if p.after.match(text, second.end) or p.symbols_after.match(text, second.end):
        return None  # "1 over 3 km" is no ratio
    value = r.value / second.value
    step = Step("ratio", f"{_fmt(r.value)} {rm.group('ratio')} {_fmt(second.value)} = {value:.6g}")
    return Interval(value, value, True, True, value), second.end, step


def _before(text: str, cursor: int, p: _Patterns) -> tuple[str, str, int, bool] | None:
    """What stands right before ``cursor``: (kind, key, start, spaced) or None.

    Kinds: "per" ("per uur"), "label" ("artikel"), "mod" ("ruim"), "opener" ("tussen"),
    "csym" ("€"), "cword" ("euro"), "neg" ("minus"). The longest phrase wins. Reading the
    few words before the number and looking them up is much cheaper than a regex search
    anchored at the end of a window.
    """
    lo = max(0, cursor - _BEFORE_REACH)
    end = cursor
    while end > lo and text[end - 1] in _SPACE_SET:
        end -= 1
    gap = cursor - end
    if gap > 3:
        return None
    final = text[end - 1] if end > lo else ""
    best: tuple[str, str, int, bool] | None = None
    for sym in p.prefix_symbols.get(final, ()):
        if text.endswith(sym, lo, end):
            at = end - len(sym)
            if at == 0 or not ("A" <= text[at - 1] <= "z" and text[at - 1].isalpha()):
                best = ("csym", sym, at, gap > 0)
            break
    if final.isascii() and final.isalnum() and final.lower() not in p.before_ends:
        return best  # no phrase ends with this letter or digit
    stripped = text[lo:end]
    tail = stripped.rsplit(None, 1)
    last = tail[-1].lower() if tail else ""
    if last not in p.before_last and last.lstrip(_OPENING) not in p.before_last:
        return best  # no phrase ends with this word: most numbers stop here
    # Only as many words as the longest phrase ending with this word has.
    most = max(p.before_lengths.get(last, 0), p.before_lengths.get(last.lstrip(_OPENING), 0))
    low = stripped.lower()
    words = low.rsplit(None, most)
    if len(words) > most:
        del words[0]  # the text before the last ``most`` words
    for k in range(len(words), 0, -1):
        first = words[-k]
        lead = len(first) - len(first.lstrip(_OPENING))
        phrase = " ".join(words[-k:])[lead:] if k > 1 else first[lead:]
        found = p.before_phrases.get(phrase)
        if found is not None:
            at = len(low)
            for w in reversed(words[-k:]):
                at = low.rindex(w, 0, at)
            at += lo + lead
            if best is None or at < best[2]:
                best = (found[0], found[1], at, gap > 0)
            break
    return best


def _clock_end(text: str, r: _Reading, p: _Patterns, hour_unit_end: int | None) -> int | None:
    """Where a time of day read at ``r`` ends ("14 Uhr", "2 pm", "om 14 uur", "14 h 30")."""
    if r.vague is not None or not 0 <= r.value <= 24 or r.scaled:
        return None
    c = _opening(text, r.end)
    after = p.clock_after.match(text, r.end) if c in p.opens_clock or not c.isascii() else None
    if after is not None:
        return after.end()
    lo = max(0, r.start - 16)
    if not _may_end_with(text, lo, r.start, p.clock_last) or not p.clock_before.search(text, lo, r.start):
        return None
    if hour_unit_end is not None:
        minutes = _CLOCK_MINUTES.match(text, hour_unit_end)
        return minutes.end() if minutes else hour_unit_end
    if r.unit == 0.01 and r.value % 1 < 0.6:
        return r.end  # "a las 9.30": hours and minutes
    return None


def _read_half_before(text: str, r: _Reading, p: _Patterns) -> None:
    """Halve a bare multiplier or scale after "half": "half a dozen", "media docena"."""
    tokens = text[r.start : r.end].lower().split()
    if not tokens or len(tokens) > 2 or tokens[-1] not in p.multipliers:
        return
    if len(tokens) == 2 and tokens[0] not in p.article_numbers:
        return
    hb = p.half_before.search(text, max(0, r.start - 24), r.start)
    if hb is None:
        return
    r.value *= 0.5
    r.unit = value_unit(r.value)
    r.start = hb.start()
    r.article_only = False
    r.scaled = True
    r.steps.append(_step("half", f"{hb.group().strip()} = x 0.5"))


def _after(text: str, pos: int, p: _Patterns, low: str | None) -> re.Match[str] | None:
    """``p.after`` matched at ``pos``, tried first in ``low`` (``_Index.scan_low``) when given.

    Where the text lowers alike (see _Index), the pattern of lowercased words without
    IGNORECASE matches the lowercased text just where ``p.after`` matches the text, three
    times faster; most numbers have no unit, and only a match is read again in the text.
    """
    if low is not None and p.after_low.match(low, pos) is None:
        return None
    return p.after.match(text, pos)


def _read_at(text: str, m: _Hit, p: _Patterns, lowered: str | None) -> _Found | int | None:
    """What the number at ``m`` claims: a :class:`_Found`, a time of day's end, or None.

    ``lowered`` is the lowercased text when the lowercase patterns may read it (_Index.scan_low).
    """
    r = _read_number(text, m, p)
    if r is None:
        return None
    if r.words and r.vague is None:
        _read_half_before(text, r, p)
    if r.article_only:
        # Most "een", "a", "un" are articles: give up early unless a unit or currency word follows.
        am = _after(text, r.end, p, lowered)
        unit_word = am is not None and (am.group("unit") or am.group("cur") or am.group("minor"))
        if not unit_word:
            sym_m = p.symbols_after.match(text, r.end)
            # "Een ha", "a km": an article before a unit symbol of two letters or more.
            unit_word = sym_m is not None and sym_m.group("sep") != "" and len(sym_m.group("usym") or "") >= 2
        is_ratio = text[r.end : r.end + 1] in _SPACE_SET and p.ratio_after.match(text, r.end) is not None
        if not unit_word and not is_ratio and _before(text, r.start, p) is None:
            return None
    if not r.words and r.vague is None and _skip_digits(text, r, p):
        return None
    steps = r.steps  # r is done with its steps: they go on with the claim
    iv = _base_interval(r)
    if r.vague is None:
        steps.append(Step("precision", f"stated to {_fmt(r.unit)} → {iv}"))
    start, end = r.start, r.end
    c = _opening(text, end)
    # a ratio word follows a space (see _read_ratio)
    ratio = (
        _read_ratio(text, r, p)
        if text[end : end + 1] in _SPACE_SET and (c in p.opens_ratio or not c.isascii())
        else None
    )
    if ratio is not None:
        iv, end, step = ratio
        steps.append(step)
        r.end = end
        r.article_only = False
    # A range: "3 tot 5", "3-5", "tussen 3 en 5", "3 to 5 million".
    second: _Reading | None = None
    joiner = None
    rm = (
        p.range_after.match(text, end)
        if ratio is None and text[end : end + 1] in _RANGE_STARTS and (c in p.opens_range or not c.isascii())
        else None
    )
    if rm and r.vague is None:
        sm = _hit_at(text, rm.end(), p)
        if sm is not None and sm.neg and sm.start < rm.end():
            # "75 -300mm": the dash of the range, not a sign.
            sm.neg = None
            sm.start = rm.end()
        if sm and not sm.vague:
            second = _read_number(text, sm, p)
            joiner = (rm.group("joiner") or "-").lower()
            if (
                second is not None
                and second.vague is None
                and (second.plain_digits or second.scaled or second.words)
            ):
                if not second.words and _skip_digits(text, second, p, range_end=True):
                    second = None
            else:
                second = None
    if (
        second is not None
        and rm is not None
        and rm.group("joiner") is None
        and r.words
        and second.words
        and r.value in _TENS
        and 1 <= second.value <= 9
    ):
        # "fifty - two": a compound number written with a spaced hyphen, not a range.
        r.value += second.value
        r.end = second.end
        iv = _base_interval(r)
        steps.append(_step("words", f"{_fmt(r.value)}"))
        end = r.end
        second = None
    if (
        second is not None
        and rm is not None
        and rm.group("joiner") is None
        and rm.end() - end == 1
        and r.plain_digits
        and second.plain_digits
        and second.value <= r.value < _SMALL
    ):
        return None  # "won 3-1", "2-0": a score, not a range (a range rises)
    unit_name: str | None = None
    kind: Kind = "count"
    # Prefix: currency sign, modifiers, range opener, "per uur".
    prefix_cur: str | None = None
    mods: list[_Mod] = []
    opener: str | None = None
    opener_start = start
    mod_end = start
    negative = False
    per_before: str | None = None
    label = False
    cursor = start
    span_start = start
    for _ in range(4):
        bm = _before(text, cursor, p)
        if bm is None:
            break
        kind_before, word, bm_start, gap = bm
        if kind_before in {"csym", "cword"}:
            if prefix_cur is not None:
                break
            prefix_cur = _currency_symbol(word) if kind_before == "csym" else p.currencies[word]
            if kind_before == "cword" and not gap:
                break
        elif kind_before == "mod":
            mods.append(p.mods[word])
            mod_end = span_start
        elif kind_before == "opener":
            opener = word
            opener_start = bm_start
        elif kind_before == "per":
            if start != cursor and prefix_cur is None:
                break
            per_before = word
        elif kind_before == "label":
            label = True
            break
        elif kind_before == "neg":
            if negative or mods:
                break
            negative = True
        cursor = bm_start
        if kind_before != "opener":
            span_start = cursor
    if label and not r.vague:
        return None
    if second is not None and joiner is not None:
        openers = p.range_openers.get(joiner, frozenset({""}) if joiner == "-" else frozenset())
        if joiner != "-" and opener not in openers and "" not in openers:
            second = None
    if second is not None:
        if not r.scaled and second.scaled:
            # "3 to 5 million": the first number takes the scale of the second.
            scale = _scale_of(second, p)
            r.value *= scale
            r.unit *= scale
        lo_iv = _base_interval(r)
        hi_iv = _base_interval(second)
        iv = Interval(min(lo_iv.low, hi_iv.low), max(lo_iv.high, hi_iv.high), True, False, None)
        steps.append(Step("range", f"{_fmt(r.value)} to {_fmt(second.value)} → {iv}"))
        end = second.end
    # Suffix: percent, currency, unit, time.
    am = _after(text, end, p, lowered)
    sm2 = p.symbols_after.match(text, end)
    if am and sm2 and sm2.end() > am.end():
        am = None
    minor_factor = 1.0
    if am is not None:
        if am.group("percent"):
            kind, unit_name = "percent", "percent"
            steps.append(_step("unit", "percent"))
        elif am.group("points"):
            kind, unit_name = "percent", "percentage_point"
            steps.append(_step("unit", "percentage points"))
        elif am.group("cur") and not r.scaled and _is_weight(text, start, am, p):
            kind, unit_name = "quantity", _unit_name(p.weight_words[_norm(am.group("cur"))])
            steps.append(_step("unit", f"{unit_name} (weight)"))
        elif am.group("cur"):
            kind, unit_name = "money", p.currencies[_norm(am.group("cur"))]
            steps.append(_step("currency", f"{am.group('cur')} = {unit_name}"))
        elif am.group("minor"):
            kind, unit_name = "money", p.minor[_norm(am.group("minor"))]
            minor_factor = 0.01
            steps.append(_step("currency", f"{am.group('minor')} = 1/100 {unit_name}"))
        elif am.group("time"):
            kind, unit_name = "duration", _unit_name(p.times[_norm(am.group("time"))])
            steps.append(_step("unit", unit_name))
        elif am.group("unit"):
            kind, unit_name = "quantity", _unit_name(p.units[_norm(am.group("unit"))])
            steps.append(_step("unit", unit_name))
        end = am.end()
    elif sm2 is not None and (sm2.group("sep") != "-" or sm2.group("usym")):
        if sm2.group("csym"):
            kind, unit_name = "money", _currency_symbol(sm2.group("csym"))
            steps.append(_step("currency", f"{sm2.group('csym')} = {unit_name}"))
        else:
            sym = sm2.group("usym")
            pint_name = UNIT_SYMBOLS[sym]
            if sym in {"m", "b"} and prefix_cur:
                pint_name = ""
            if pint_name:
                kind = "duration" if is_time_unit(pint_name) else "quantity"
                unit_name = _unit_name(pint_name)
                steps.append(_step("unit", unit_name))
        if unit_name is not None:
            end = sm2.end()
    if kind == "count" and unit_name is None:
        # an opening bracket, right after the number or after one space or tab (see _BRACKETED)
        opens = text[end : end + 1] in _BRACKET_OPENS or (
            text[end : end + 1] in _BRACKETED_STARTS and text[end + 1 : end + 2] in _BRACKET_OPENS
        )
        bm2 = _BRACKETED.match(text, end) if opens else None
        if bm2 is not None and bm2.group("open") + bm2.group("close") not in _BRACKET_PAIRS:
            bm2 = None
        inner = p.after.match(bm2.group("in"), 0) if bm2 is not None else None
        if (
            bm2 is not None
            and inner is not None
            and inner.group("unit")
            and inner.end() == len(bm2.group("in"))
        ):
            # "20 (kg)", "20 <kg>": the unit in brackets.
            kind, unit_name = "quantity", _unit_name(p.units[_norm(inner.group("unit"))])
            steps.append(_step("unit", unit_name))
            end = bm2.end()
        elif bm2 is not None:
            inner_sym = bm2.group("in").strip()
            if UNIT_SYMBOLS.get(inner_sym):
                kind, unit_name = "quantity", _unit_name(UNIT_SYMBOLS[inner_sym])
                steps.append(_step("unit", unit_name))
                end = bm2.end()
    if kind == "count" and end == r.end and not r.words and second is None:
        dm = _DEGREE_GLUED.match(text, end) if text[end : end + 1] in {"C", "F"} else None
        low, high = _GLUED_RANGE["C" if dm is None else dm.group()]
        if dm is not None and low <= r.value <= high:
            # "41.2C", "104F": a temperature written against its number.
            kind = "quantity"
            unit_name = _unit_name("degree_Celsius" if dm.group() == "C" else "degree_Fahrenheit")
            steps.append(_step("unit", unit_name))
            end = dm.end()
    if (
        kind == "count"
        and _may_end_with(text, max(0, start - 24), start, p.age_last)
        and p.age_before.search(text, max(0, start - 24), start)
    ):
        # "aged 87", "âgé de 87 ans" without the unit: an age in years.
        kind, unit_name = "duration", _unit_name("year")
        steps.append(_step("unit", "year (age)"))
    if second is None and ratio is None:
        # a time of day is an hour of 0 to 24 (see _clock_end)
        clock = (
            _clock_end(text, r, p, end if kind == "duration" and unit_name == "hour" else None)
            if 0 <= r.value <= 24
            else None
        )
        if clock is not None:
            return clock
    if prefix_cur is not None:
        if kind == "money" and unit_name != prefix_cur:
            pass
        elif kind in {"count", "money"}:
            kind, unit_name = "money", prefix_cur
            steps.append(_step("currency", f"sign = {prefix_cur}"))
    if minor_factor != 1.0:
        iv = iv.scaled(minor_factor)
    if negative:
        stated = None if iv.stated is None else -iv.stated
        iv = Interval(-iv.high, -iv.low, iv.high_closed, iv.low_closed, stated)
        steps.append(_step("sign", "negative"))
    if (
        r.article_only
        and second is None
        and not negative
        and not (am is not None and kind in {"quantity", "money"})
        and not (sm2 is not None and kind == "quantity" and len(sm2.group("usym") or "") >= 2)
    ):
        return None  # "een", "a", "un" on their own are articles ("a year"), unless a unit word follows
    if kind == "count" and second is None and _is_year(r) and not mods:
        return None
    if kind == "duration" and mods and _norm(mods[-1].word) in p.over_words:
        # "over 15 years", "in 11 dagen": a stretch of time, not a bound.
        mods.pop()
        span_start = mod_end
    for mod in mods:
        iv, step = _apply_mod(iv, mod)
        steps.append(step)
    start = min(span_start, opener_start) if second is not None else span_start
    # Rates: "duizenden per uur", "€80 per maand", "per uur duizenden".
    per_time = per_before
    c = _opening(text, end)
    pa = None
    if kind in {"count", "money", "quantity"} and (c in p.opens_per or not c.isascii()):
        pa = p.per_after.match(text, end)
    if pa is not None:
        per_time = _per_time(pa, p)
        end = pa.end()
    found = _Found(start, end, kind, iv, unit_name, steps)
    found.per_time = per_time
    return found


_BRACKETED = re.compile(r"[ \t]?(?P<open>[(\[{<])(?P<in>[^\W\d_][\w./ ]{0,20})(?P<close>[)\]}>])")
_BRACKET_PAIRS = frozenset({"()", "[]", "{}", "<>"})
_BRACKET_OPENS = frozenset("([{<")
_TENS = frozenset(float(t) for t in range(20, 100, 10))
_DEGREE_GLUED = re.compile(r"[CF](?![\w'’/-])")
# Temperatures news reports with a glued scale; outside these "13F" is a form, "777F" a model.
_GLUED_RANGE = {"C": (-70.0, 60.0), "F": (40.0, 135.0)}
_WEIGHT_REACH = 60


def _is_weight(text: str, start: int, am: re.Match[str], p: _Patterns) -> bool:
    """Whether a currency word that also names a weight ("pounds") is a weight here.

    It is when a weight word stands in the same clause before it or just after it: "weighed
    7 pounds 4 ounces", "this baby is over two pounds", "a metric ton is 2,204.62 pounds". A
    scaled amount ("20 million pounds") is always money.
    """
    if _norm(am.group("cur")) not in p.weight_words or not p.weight_context:
        return False
    window = text[max(0, start - _WEIGHT_REACH) : start]
    cut = max(window.rfind(c) for c in ".;!?\n")
    around = f"{window[cut + 1 :]} {text[am.end() : am.end() + 24]}".lower()
    return any(w in p.weight_context for w in _CONTEXT_WORD.findall(around))


def _per_time(m: re.Match[str], p: _Patterns) -> str:
    """The time unit of a "per" match: "per uur", "a month", "/h"."""
    sym = m.group("tsym")
    return _TIME_SYMBOLS[sym.lower()] if sym else p.times[_norm(m.group("time"))]


def _scale_of(r: _Reading, p: _Patterns) -> float:
    for step in r.steps:
        if step.op == "scale":
            word = step.detail.split(" = ")[0]
            key = _norm(word)
            return float(p.scales.get(key) or p.scales.get(key.rstrip(".")) or 1)
    return 1.0


# A token that is a figure: "120", "€80", "3%", "+5" (not "A1", "G7").
_FIGURE = re.compile(r"[^\w\s]{0,3}\d")


@attrs.frozen
class _TimePhrase:
    """Patterns for durations named without digits: "an hour", "a few days", "all week"."""

    phrase_at: re.Pattern[str]
    phrase_scan: re.Pattern[str]
    phrase_at_low: re.Pattern[str]
    phrase_scan_low: re.Pattern[str]
    half_after: re.Pattern[str]
    vague: dict[str, tuple[int, int]]
    rate_words: frozenset[str]
    half_before: frozenset[str]
    ago: frozenset[str]
    plurals: frozenset[str]
    articles: frozenset[str]


def _time_phrase_words(d: ModuleType) -> list[str]:
    """The words of the time-phrase pattern, lowercased."""
    return [
        w.lower() for w in (*d.ARTICLE_NUMBERS, *d.VAGUE_TIME, *d.WHOLE_TIME, *d.TIME_UNITS, *d.HALF_WORDS)
    ]


def _time_phrase_pattern(d: ModuleType, *, lower: bool, merged: bool = False, scan: bool = False) -> str:
    """A duration named without digits; with ``lower``, of the words lowercased.

    With ``merged``, the article, vague and whole words are one prefix tree without their
    groups: a scan that only finds where phrases are (about a fifth faster); each place is
    then read again with the groups (see _matches, which checks that the ends agree). With
    ``scan`` too, the scan of the lowercased text: after a non-word character (nor ``'’-``),
    the words split by their first letter (see _non_word_class; ``lower`` and ``merged``).
    """

    def words(group: Iterable[str]) -> list[str]:
        return [w.lower() for w in group] if lower else list(group)

    leads = words([*d.ARTICLE_NUMBERS, *d.VAGUE_TIME, *d.WHOLE_TIME])
    by_first = _first_letters(leads) if scan else None
    if by_first is not None:
        lead = _letter_branches({c: _trie(rest) for c, rest in by_first.items()})
    elif merged:
        lead = f"(?:{_trie(leads)})"
    else:
        article, vague, whole = (
            _trie(words(d.ARTICLE_NUMBERS)),
            _trie(words(d.VAGUE_TIME)),
            _trie(words(d.WHOLE_TIME)),
        )
        lead = rf"(?:(?P<art>{article})|(?P<vague>{vague})|(?P<whole>{whole}))"
    return (
        (_non_word_class("'’-") if scan else "")
        + rf"(?P<body>{lead}{_SP}{{1,3}}(?P<time>{_trie(words(d.TIME_UNITS))})(?![\w'’-])"
        rf"(?P<half>{_SP}{{1,3}}(?:{_alt(words(d.HALF_WORDS))})(?![\w'’-]))?)"
    )


@functools.cache
def _time_phrase(lang: str) -> _TimePhrase:
    d = lang_data.get(lang)
    phrase = _time_phrase_pattern(d, lower=False)
    phrase_low = _time_phrase_pattern(d, lower=True)
    numbers = {w.lower() for w in d.NUMBER_WORDS} - {w.lower() for w in d.ARTICLE_NUMBERS}
    return _TimePhrase(
        # A phrase starts where no word character stands before it. The scanner matches that
        # character too, which lets the engine skip ahead; see _word_starts.
        phrase_at=re.compile(phrase, re.IGNORECASE),
        phrase_scan=re.compile(rf"[^\w'’-]{phrase}", re.IGNORECASE),
        phrase_at_low=re.compile(phrase_low),
        phrase_scan_low=re.compile(_time_phrase_pattern(d, lower=True, merged=True, scan=True)),
        half_after=re.compile(rf"{_SP}{{1,3}}(?P<half>{_alt(d.HALF_WORDS)})(?![\w'’-])", re.IGNORECASE),
        vague={k.lower(): v for k, v in d.VAGUE_TIME.items()},
        rate_words=frozenset(
            {
                *numbers,
                *(w.lower() for w in d.FREQUENCY_WORDS),
                *(w.lower() for w in d.SCALES),
                *(w.lower() for v in d.VAGUE for w in v.split()),
            }
        ),
        half_before=frozenset(w.lower() for w in d.HALF_BEFORE),
        ago=frozenset(w.lower() for w in d.AGO_WORDS),
        # "hours" after "hour", "Tage" after "Tag" (not "journée" after "jour"): plurals name no whole unit.
        plurals=frozenset(
            k.lower()
            for k, v in d.TIME_UNITS.items()
            if any(
                o != k and k.lower().startswith(o.lower()) and len(k) - len(o) <= 2 and w == v
                for o, w in d.TIME_UNITS.items()
            )
        ),
        articles=frozenset(w.lower() for w in d.ARTICLES),
    )


def _time_phrases(text: str, p: _Patterns, lang: str, index: _Index) -> list[_Found]:
    """Durations without digits: "an hour", "one second", "a few minutes", "all week".

    An article after a number or a frequency word is "per" ("120 km an hour", "€80 a month",
    "twice a day") and makes no duration; nor does a phrase followed by "ago" or "later".
    """
    t = _time_phrase(lang)
    out: list[_Found] = []
    for m in _matches(
        text, t.phrase_at, t.phrase_scan, (t.phrase_at_low, t.phrase_scan_low), _WORDLIKE, index
    ):
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt is not None and nxt.group(1).lower() in t.ago:
            continue  # "a year ago", "a few days later": a point in time
        unit = _unit_name(p.times[_norm(m.group("time"))])
        if m.group("whole") and _norm(m.group("time")) in t.plurals:
            continue
        art = (m.group("art") or "").lower()
        if unit == "second" and art in t.articles and nxt is not None and nxt.group(1).lower() not in p.stop:
            continue  # "a second round", "une seconde fois", "un segundo mandato": an ordinal
        start = m.start("body")
        steps: list[Step] = []
        if m.group("vague"):
            low, high = t.vague[_norm(m.group("vague"))]
            iv = Interval(float(low), float(high), True, False, None)
            steps.append(_step("vague", f"{m.group('vague')} = {_fmt(low)}–{_fmt(high)}"))
        else:
            words = text[max(0, start - 130) : start].lower()
            tokens = _last_words(words)
            if m.group("art") and any(
                _FIGURE.match(tok) is not None or tok in t.rate_words for tok in tokens
            ):
                continue  # "500 cases a day", "twice a day": a rate
            value = 1.0
            if m.group("art") and tokens and tokens[-1] in t.half_before:
                value = 0.5  # "half an hour"
                start -= len(words) - words.rindex(tokens[-1])
            elif m.group("art") and tokens and tokens[-1] in p.fractions:
                continue  # "a quarter of an hour" is read as a fraction
            word = m.group("art") or m.group("whole")
            steps.append(_step("words", f"{word} = {_fmt(value)}"))
            if m.group("half"):
                value += 0.5
                steps.append(_step("half", m.group("half").strip()))
            iv = Interval.exact(value)
        steps.append(_step("unit", unit))
        out.append(_Found(start, m.end(), "duration", iv, unit, steps))
    return out


_WORDLIKE = "_'’-"
_CLAUSE_STOPS = frozenset(".!?;:,()")
_LINE_SPACES = " \t\u00a0"


def _word_starts(
    text: str, at: re.Pattern[str], scan: re.Pattern[str], extra: str
) -> Iterator[re.Match[str]]:
    r"""Matches of ``at`` where no word character (or one of ``extra``) stands right before.

    The same as ``finditer`` of ``at`` behind the look-behind ``(?<![\w<extra>])``, but
    faster: ``scan`` is ``[^\w<extra>]`` followed by ``at``, so it begins with a character
    class the engine skips ahead to. It cannot match at the very start, nor right after a
    match that ends on a non-word character; those two places are tried with ``at``.
    """
    pos = 0
    m = at.match(text)
    while True:
        if m is None:
            m = scan.search(text, pos)
            if m is None:
                return
        yield m
        pos = m.end()
        prev = text[pos - 1] if pos else "a"
        m = None if prev.isalnum() or prev in extra or pos == m.start() else at.match(text, pos)


def _matches(  # noqa: PLR0917 - a private helper
    text: str,
    at: re.Pattern[str],
    scan: re.Pattern[str],
    lowercase: tuple[re.Pattern[str], re.Pattern[str]],
    extra: str,
    index: _Index,
) -> list[re.Match[str]]:
    """The matches of :func:`_word_starts` for ``at`` and ``scan`` (which ignore case).

    When the lowercased text may stand in for the text (``index.scan_low``), the patterns
    of ``lowercase`` (the same for lowercased words, without IGNORECASE) find the places
    there, faster, and ``at`` matches the text at each of them.
    """
    if index.scan_low is not None:
        found = []
        for m in _word_starts(index.scan_low, *lowercase, extra):
            again = at.match(text, m.start("body"))
            if again is None or again.end() != m.end():
                break  # cannot happen (see _Index.scan_low); read the text itself
            found.append(again)
        else:
            return found
    return list(_word_starts(text, at, scan, extra))


def _last_words(words: str) -> list[str]:
    r"""The last five words of ``words`` that follow each other within one clause.

    The words of the match of ``(?:[^\s.!?;:,()]{1,40}[ \t\u00a0]{1,3}){0,5}\Z`` searched in
    ``words``, read from the end instead of tried at every position: words of at most 40
    characters (the first may be the tail of a longer one), each followed by 1-3 spaces.
    """
    i = start = len(words)
    for _ in range(5):
        j = i
        while j > 0 and i - j < 3 and words[j - 1] in _LINE_SPACES:
            j -= 1
        if j == i or (j > 0 and words[j - 1] in _LINE_SPACES):
            break
        k = j
        while k > 0 and j - k < 40 and not words[k - 1].isspace() and words[k - 1] not in _CLAUSE_STOPS:
            k -= 1
        if k == j:
            break
        start = i = k
        if k == 0 or words[k - 1] not in _LINE_SPACES:
            break
    return words[start:].split()


def _add_half(text: str, f: _Found, lang: str) -> None:
    """Half a unit after a stated duration: "deux ans et demi", "one year and a half"."""
    iv = f.value
    if f.kind != "duration" or iv.stated is None or math.isinf(iv.high) or iv.high - iv.low > 1:
        return
    h = _time_phrase(lang).half_after.match(text, f.end)
    if h is None:
        return
    stated = iv.stated + 0.5
    f.value = Interval(stated - 0.05, stated + 0.05, True, False, stated)
    f.end = h.end()
    f.steps.append(_step("half", f"{h.group('half')} → {f.value}"))


def _merge_phrases(found: list[_Found], phrases: list[_Found]) -> list[_Found]:
    """Add the phrases that no claim covers; a phrase replaces the claims lying inside it."""
    if not phrases:
        return found
    ends = [f.end for f in found]
    inside: set[int] = set()
    kept: list[_Found] = []
    for ph in phrases:
        i = bisect.bisect_right(ends, ph.start)
        hits = []
        while i < len(found) and found[i].start < ph.end:
            hits.append(i)
            i += 1
        if all(ph.start <= found[j].start and found[j].end <= ph.end for j in hits):
            inside.update(hits)
            kept.append(ph)
    merged = [f for j, f in enumerate(found) if j not in inside] + kept
    merged.sort(key=_START)
    return merged


def extract_numbers(text: str, lang: str) -> list[Claim]:
    """Every numeric claim of ``text`` (written in ``lang``), in text order.

    >>> [(c.kind, c.text, str(c.value)) for c in extract_numbers("Het ging om 23.000 gevallen.", "nl")]
    [('count', '23.000 gevallen', '[22,500, 23,500)')]
    """
    p = _patterns(lang)
    index = _Index(text, p)
    found: list[_Found] = []
    skip_until = 0
    for hit in _hits(text, p, index):
        if hit.start < skip_until:
            continue
        f = _read_at(text, hit, p, index.scan_low)
        if isinstance(f, int):
            skip_until = f  # a time of day: "14 h 30" holds no second number
        elif f is not None:
            if f.start < skip_until:
                # A word read before the number belongs to the previous claim ("7 pounds 4 ounces").
                f.start = skip_until + len(text[skip_until : f.end]) - len(text[skip_until : f.end].lstrip())
            if f.kind == "duration":
                _add_half(text, f, lang)
            found.append(f)
            skip_until = f.end
    return _to_claims(text, _merge_phrases(found, _time_phrases(text, p, lang, index)), p, index)


_START = operator.attrgetter("start")


def _hits(text: str, p: _Patterns, index: _Index) -> list[_Hit]:
    """Every place a number may start, in text order: digits and number words merged."""
    data = p.data
    hits = [h for m in p.digits.finditer(text) if (h := _digit_hit(text, m, data)) is not None]
    first = p.words_at.match(text, 0)
    if first is not None:
        hits.append(_Hit(0, first.end(), None, None, None, *first.group("vague", "word")))
    low = index.scan_low
    if low is not None and p.words_scan_low is not None:
        # The same places found in the lowercased text (see _Index.scan_low), each after
        # the non-word character the scan reads first; the words are taken from the text
        # (see _words_scan_low).
        vague_words = p.vague
        for w in p.words_scan_low.finditer(low):
            ws, we = w.start() + 1, w.end()
            if _norm(low[ws:we]) in vague_words:
                hits.append(_Hit(ws, we, None, None, None, text[ws:we], None))
            else:
                hits.append(_Hit(ws, we, None, None, None, None, text[ws:we]))
    else:
        for w in p.words_scan.finditer(text):
            vague, word = w.group("vague", "word")
            hits.append(
                _Hit(w.start(1) if vague else w.start("word"), w.end(), None, None, None, vague, word)
            )
    hits.sort(key=_START)
    return hits


def _to_claims(text: str, found: list[_Found], p: _Patterns, index: _Index) -> list[Claim]:
    claims: list[Claim] = []
    durations_over: list[int] = []
    for f in found:
        bounds = _sentence_bounds(text, f.start, f.end, index)
        end = f.end
        subject = ""
        if f.kind in {"count", "rate"} or (f.kind == "money" and f.per_time is None):
            noun = _noun_after(text, end, p) if f.kind == "count" else None
            if noun is None and f.kind == "count" and any(s.op == "fraction" for s in f.steps):
                pm = p.part_noun.match(text, end)
                linked = pm is not None and (pm.group("link") or pm.group("art"))
                if pm is not None and linked and _good_noun(pm.group("w1"), p):
                    noun = pm.group("w1").lower(), pm.end()
            if noun is not None and f.kind == "count":
                subject, end = noun
                pa = ra = None
                if f.per_time is None:
                    c = _opening(text, end)
                    if c in p.opens_per or not c.isascii():
                        pa = p.per_after.match(text, end)
                    if c in p.opens_rate_noun or not c.isascii():
                        ra = p.rate_after_noun.match(text, end)
                if pa is not None:
                    f.per_time = _per_time(pa, p)
                    end = pa.end()
                elif ra is not None:
                    # "240.000 pasajeros diarios", "500 cases a day"
                    f.per_time = p.rate_nouns[_norm(ra.group("w"))]
                    end = ra.end()
            else:
                left = _subject_before(text, f.start, p)
                subject = _subject_left(text, f.start, left, p, clause=False)
        elif f.kind in {"quantity", "percent", "duration"}:
            left = _subject_before(text, f.start, p)
            subject = _subject_left(text, f.start, left, p, clause=f.kind != "duration")
        steps = f.steps  # f is done with them
        kind: Kind = f.kind
        unit = f.unit
        if f.per_time is not None and kind in {"count", "money", "quantity"}:
            per = _unit_name(f.per_time)
            unit = (
                f"1 / {per}"
                if unit is None
                else _unit_name(f"{unit} / {per}")
                if kind == "quantity"
                else f"{unit} / {per}"
            )
            if kind != "quantity":
                kind = "rate"
            steps.append(_step("rate", f"per {per}"))
        speaker = _speaker(text, f.start, end, bounds, p, index)
        context = _context(text, f.start, end, bounds, p, index)
        claim = Claim(
            kind=kind,
            text=text[f.start : end],
            span=(f.start, end),
            value=f.value,
            unit=unit,
            subject=subject,
            context=context,
            speaker=speaker,
            steps=tuple(steps),
        )
        claims.append(claim)
        if kind == "duration" and p.over_before.search(text, max(0, f.start - 32), f.start):
            durations_over.append(len(claims) - 1)
    claims.extend(_derive_rates(text, claims, durations_over))
    claims.sort(key=lambda c: (c.span[0], -c.span[1]))
    return claims


def _subject_before(text: str, start: int, p: _Patterns) -> re.Match[str] | None:
    """The word and link right before a figure: "een stijging van", "worth"."""
    lo = max(0, start - 60)
    if not _may_end_with(text, lo, start, p.subject_last):
        return None
    return p.subject_before.search(text, lo, start)


_CLAUSE_REACH = 80
_CLAUSE_OPEN = re.compile(r"[.!?;:,()\n\"“”„«»]")
# The last sign of _CLAUSE_OPEN in a window of _CLAUSE_REACH characters (the run backs off to it).
_LAST_CLAUSE_OPEN = re.compile(rf"(?s).{{0,{_CLAUSE_REACH}}}{_CLAUSE_OPEN.pattern}")


# _subject_left reads the first, second and third word of a clause, and whether it has more than four.
_CLAUSE_WORDS = 5


def _clause_words(text: str, start: int, p: _Patterns) -> list[re.Match[str]]:
    """The first five content words of the clause before ``start`` (back to a comma or sentence end)."""
    lo = max(0, start - _CLAUSE_REACH)
    window = text[lo:start]
    cut = 0
    # The clause opens after the last sign of _CLAUSE_OPEN, unless that is a point or comma
    # inside a number ("3.5"): then after the one before it, and so on.
    end = len(window)
    while (m := _LAST_CLAUSE_OPEN.match(window, 0, end)) is not None:
        k = m.end() - 1
        inside_number = 0 < k < len(window) - 1 and window[k + 1].isdigit()
        if window[k] not in ".,:" or not inside_number:
            cut = k + 1
            break
        end = k
    skip = p.not_content
    words = []
    for m in _CONTEXT_WORD.finditer(text, lo + cut, start):
        word = m.group()
        if len(word) > 1 and word.lower() not in skip:
            words.append(m)
            if len(words) == _CLAUSE_WORDS:
                break
    return words


def _subject_left(text: str, start: int, left: re.Match[str] | None, p: _Patterns, *, clause: bool) -> str:
    """The subject of a figure with no counted noun after it.

    The word before a link ("een stijging van 12 procent", "worth $5m") is the subject, unless
    it is the verb right after the clause's first noun: "Unemployment rose to 4.3%", "Le
    chômage a reculé à 7,3 %". With no link, the clause's first noun is the subject when a
    verb stands between it and the figure ("Winds reached 120 mph"), for a measure or a
    percent only (``clause``): who pays or counts ("L'État va investir 1,2 milliard") is
    no subject, and outlets name that actor differently.
    """
    good_left = left is not None and _good_noun(left.group("w"), p)
    if not good_left and not clause:
        return ""
    words = _clause_words(text, start, p)
    first = words[0] if words else None
    if first is not None and p.data.NOUNS_CAPITALIZED and not first.group()[0].isupper():
        first = None
    if left is not None and good_left:
        word = left.group("w")
        if first is None or left.start("w") == first.start():
            return word.lower()
        following = [m.start() for m in words[1:3]]
        prev = _prev_word(text, left.start("w"))
        if left.start("w") not in following or (prev is not None and _norm(prev) in p.articles):
            return _unelide(word.lower())  # "kreeg een boete van": a noun after an article
        return _unelide(first.group().lower())
    if not clause or first is None or len(words) > 4 or not _WORDISH.search(text, first.end(), start):
        return ""  # subject, verb and a few words at most; a verb must stand between
    return _unelide(first.group().lower())


_WORDISH = re.compile(r"[^\W\d_]")
_ELISION = re.compile(r"^[^\W\d_]{1,2}['’](?=[^\W\d_]{2})")


def _unelide(word: str) -> str:
    """The word without an elided article: "l'inflation" -> "inflation"."""
    if "'" not in word[1:3] and "’" not in word[1:3]:
        return word  # _ELISION needs an apostrophe after one or two letters
    return _ELISION.sub("", word)


def _speaker(  # noqa: PLR0917 - a private helper of _to_claims
    text: str, start: int, end: int, bounds: tuple[int, int], p: _Patterns, index: _Index
) -> str | None:
    """Who gives the figure: the nearest "volgens X" in the same clause."""
    b0, b1 = bounds
    i = bisect.bisect_left(index.speaker_starts, b0)
    j = bisect.bisect_left(index.speaker_starts, b1, i)
    over_start = i > 0 and index.speaker_ends[i - 1] > b0
    if i == j and not over_start:
        return None  # no speaker in the sentence: most claims
    if over_start or (j > i and index.speaker_ends[j - 1] >= b1):
        # A match of the whole text runs over an end of the sentence: search the sentence.
        found: list[tuple[int, int, str]] = [
            (m.start(), m.end(), m.group("who")) for m in p.speaker.finditer(text, b0, b1)
        ]
    else:
        found = [(m.start("body"), m.end(), m.group("who")) for m in index.speakers[i:j]]
    best: tuple[int, str] | None = None
    for m_start, m_end, who in found:
        if not _good_noun(who, p):
            continue
        a, b = (m_end, start) if m_end <= start else (end, m_start)
        if a <= b and ";" in text[a:b]:
            continue
        dist = abs(m_start - start)
        if best is None or dist < best[0]:
            best = (dist, who.lower())
    return None if best is None else best[1]


def _fmt_round(x: float) -> str:
    return _fmt(round(x)) if math.isfinite(x) else _fmt(x)


def _human(x: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= scale and (x / scale) * 100 == int((x / scale) * 100):
            return f"{x / scale:g} {word}"
    return _fmt(round(x, 6))


def _derive_rates(text: str, claims: list[Claim], durations: list[int]) -> list[Claim]:
    """Rates implied by a count over a duration in one sentence ("3 miljoen ... in 11 dagen")."""
    out: list[Claim] = []
    used: set[int] = set()
    if not durations:
        return out
    for di in durations:
        dur = claims[di]
        if not isinstance(dur.value, Interval) or dur.unit is None or dur.value.stated is None:
            continue
        if dur.value.stated <= 0:
            continue  # "-3 dagen": a dash read as a minus; no rate over it
        best: tuple[int, int] | None = None
        # Claims are in text order: only neighbours can share the clause.
        for ci in range(max(0, di - 4), min(len(claims), di + 5)):
            c = claims[ci]
            if c.kind != "count" or ci in used or not isinstance(c.value, Interval):
                continue
            a, b = sorted((c.span, dur.span))
            gap = text[a[1] : b[0]]
            if len(gap) > 120 or _CLAUSE_END.search(gap):
                continue
            dist = b[0] - a[1]
            if best is None or dist < best[0]:
                best = (dist, ci)
        if best is None:
            continue
        ci = best[1]
        used.add(ci)
        count = claims[ci]
        hours = dur.value.stated * to_hours(dur.unit)
        assert isinstance(count.value, Interval)  # noqa: S101 - checked above
        iv = count.value.divided(Interval.exact(hours))
        iv = Interval(iv.low, iv.high, count.value.low_closed, count.value.high_closed, iv.stated)
        start = min(count.span[0], dur.span[0])
        end = max(count.span[1], dur.span[1])
        what = _human(count.value.stated) if count.value.stated is not None else count.text
        unit_word = dur.unit if dur.value.stated == 1 else f"{dur.unit}s"
        low, high = _fmt_round(iv.low), _fmt_round(iv.high)
        detail = f"{what} in {_fmt(dur.value.stated)} {unit_word} ≈ {low}–{high} per hour"
        out.append(
            Claim(
                kind="rate",
                text=text[start:end],
                span=(start, end),
                value=iv,
                unit="1 / hour",
                subject=count.subject,
                context=count.context,
                speaker=count.speaker,
                steps=(Step("derive", detail),),
                parts=(count, dur),
            )
        )
    return out
