"""The regular expressions of the date extractor, built once per language from its data.

Every pattern is linear: alternations of fixed words and bounded repeats only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from types import ModuleType
from typing import Final

import attrs

from factcheck.lang import get as lang_data

__all__ = ["WORD", "DatePatterns", "patterns"]

_WB: Final = r"(?<![\w'’])"  # word start
_WE: Final = r"(?![\w])"  # word end
_SP: Final = r"[ \t\u00a0]{1,3}"  # a gap between words inside one date
_YEAR: Final = r"(?:1[5-9]\d\d|20\d\d|21\d\d)(?![\d])"
WORD: Final = re.compile(r"[^\W\d_]++")  # the words of a text, as the anchor scan splits them (possessive)
_WORD = WORD
_NUM_NOT_AFTER: Final = r"(?<![\w.,/:€$£¥])"  # not the tail of a larger number, code, price or time
# A hyphen after letters or after exactly three digits joins a code ("133-03-03-2020"), not a range.
_NO_HYPHEN_AFTER: Final = r"(?<![^\W\d]-)(?<!(?<!\d)\d\d\d-)"
_NUM_NOT_BEFORE: Final = r"(?![\w]|[.,:/-]\d)"
_NUM_NOT_BEFORE_RANGE: Final = r"(?![\w]|[.,:/]\d)"  # a hyphen may follow: the first end of a range


def _variants(phrase: str) -> set[str]:
    """``phrase`` as news writes it: each word lowercase or Capitalised, or all in UPPERCASE."""
    words = phrase.split(" ")
    out = {phrase.upper()}
    for mask in range(1 << min(len(words), 4)):
        out.add(" ".join(w.capitalize() if mask >> i & 1 else w for i, w in enumerate(words)))
    return out


def _alt(words: object) -> str:
    """An alternation of ``words``, longest first, escaped, inner spaces matching any small gap.

    The patterns are case-sensitive with the written variants of each word spelled out (see
    :func:`_variants`): without ``re.IGNORECASE`` the engine skips positions by their first
    character, several times faster. The words are written as a trie (one branch per next
    letter, the longer word tried first), so that a position that starts no word fails after
    one letter instead of trying each word in turn.
    """
    items = {v for w in words for v in _variants(str(w).lower())}  # type: ignore[attr-defined]
    return "(?:" + _emit(_trie_of(items, gaps=True)) + ")"


def _trie_of(words: Iterable[str], *, gaps: bool) -> dict[str, dict[str, object]]:
    """The trie of ``words``: a node per next character, ``""`` where a word ends.

    With ``gaps``, a space is a token of its own that matches any small gap between words.
    """
    root: dict[str, dict[str, object]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(_SP if gaps and ch == " " else re.escape(ch), {})  # type: ignore[assignment]
        node[""] = {}
    return root


def _emit(node: dict[str, dict[str, object]]) -> str:
    """The regex of a trie node: its branches, optional where a word ends at the node."""
    branches = [tok + _emit(child) for tok, child in sorted(node.items()) if tok]  # type: ignore[arg-type]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _trie(words: object) -> str:
    """A regex matching exactly ``words``, written as a trie: one branch per next letter.

    An alternation of hundreds of words makes the engine try each in turn at every position;
    the trie tries one branch per letter, so the anchor scan runs at the speed of the text.
    """
    return _emit(_trie_of((str(w) for w in words), gaps=False))  # type: ignore[attr-defined]


_AFTER_NON_WORD: Final = r"(?<![\w'’].)"  # after a word's first letter: what stood before it


def _wb_alt(words: object) -> str:
    """Like ``{_WB}`` and :func:`_opt_alt` of ``words``: the words, each at a word start.

    The word-start check moves behind each first letter, so that every branch of the trie
    starts with a letter: the engine then skips to positions holding one, where a
    lookbehind first makes it stop at every position.
    """
    items = {v for w in words for v in _variants(str(w).lower())}  # type: ignore[attr-defined]
    if not items:
        return r"(?!x)x"
    root = _trie_of(items, gaps=True)
    branches = [tok + _AFTER_NON_WORD + _emit(child) for tok, child in sorted(root.items()) if tok]  # type: ignore[arg-type]
    return "(?:" + "|".join(branches) + ")"


def _opt_alt(words: object) -> str:
    """Like :func:`_alt`, but a pattern that never matches when ``words`` is empty."""
    items = list(words)  # type: ignore[call-overload]
    return _alt(items) if items else r"(?!x)x"


@attrs.frozen
class DatePatterns:
    """The compiled patterns and lookup tables of one language."""

    lang: str
    data: ModuleType
    anchor_words: dict[str, frozenset[str]]
    anchor_scan: re.Pattern[str]  # the anchor words in lowercased text, as whole words
    # The same after the character before them, when that is no ASCII letter, digit or "_".
    anchor_after: re.Pattern[str]
    suffixes: tuple[str, ...]
    unit_only: frozenset[str]
    unit_context: frozenset[str]
    # The relative patterns that need a word of their own near the unit: "ago" needs "geleden",
    # "ahead" needs "over", "from_now" needs "from now", "shift_count" a shift word.
    unit_enablers: dict[str, frozenset[str]]
    day_word_parts: frozenset[str]  # the words of written-out days ("vingt", "premier")
    link_digit: re.Pattern[str]
    digit_scan: re.Pattern[str]  # the digit runs that can be part of a date, found in one pass
    anchor_patterns: dict[str, frozenset[str]]
    numeric_ymd: re.Pattern[str]
    numeric_dmy: re.Pattern[str]
    numeric_dm: re.Pattern[str]
    numeric_my: re.Pattern[str]
    year_range: re.Pattern[str]
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    day_range: re.Pattern[str]
    month_range: re.Pattern[str]
    month_year: re.Pattern[str]
    # What must follow a month for the month-day and month-year patterns to match around it.
    month_day_at: re.Pattern[str]
    month_year_at: re.Pattern[str]
    now: re.Pattern[str]
    year_to_date: re.Pattern[str]
    day_alone: re.Pattern[str]
    month_day_range: re.Pattern[str]
    shift_count: re.Pattern[str]
    from_now: re.Pattern[str]
    mixed_order: re.Pattern[str]
    day_of_month_number: re.Pattern[str]
    month_alone: re.Pattern[str]
    year_alone: re.Pattern[str]
    weekday: re.Pattern[str]
    day_offset: re.Pattern[str]
    shift_unit: re.Pattern[str]
    ago: re.Pattern[str]
    ahead: re.Pattern[str]
    season: re.Pattern[str]
    quarter: re.Pattern[str]
    ordinal_period: re.Pattern[str]
    week_number: re.Pattern[str]
    decade: re.Pattern[str]
    part_before: re.Pattern[str]
    week_of_before: re.Pattern[str]
    open_before: re.Pattern[str]
    nth_week_before: re.Pattern[str]
    weekday_day: re.Pattern[str]
    since_before: re.Pattern[str]
    range_between: re.Pattern[str]
    range_from: re.Pattern[str]
    and_between: re.Pattern[str]
    between_before: re.Pattern[str]
    holiday: re.Pattern[str]
    future_marker_before: re.Pattern[str]
    future_aux: re.Pattern[str]
    vocabulary: frozenset[str]
    articles: frozenset[str]  # DATE_ARTICLES, lowercase
    modifier_words: frozenset[str]  # the words of "since", part, open-range and week-of phrases
    months: dict[str, int]
    weekdays: dict[str, int]
    units: dict[str, str]
    shifts: dict[str, int]
    count_words: dict[str, int]
    day_words: dict[str, int]
    decade_words: dict[str, int]


def _unit_enablers(d: ModuleType) -> dict[str, frozenset[str]]:
    """For each word, the relative patterns it can enable around a unit word."""
    out: dict[str, frozenset[str]] = {}
    tables = (
        ("ago", (*d.DATE_AGO_BEFORE, *d.DATE_AGO_AFTER)),
        ("ahead", d.DATE_IN_FUTURE),
        ("from_now", d.DATE_FROM_NOW),
        ("shift_count", d.DATE_SHIFT_BEFORE),
    )
    for name, phrases in tables:
        for phrase in phrases:
            for w in _WORD.findall(phrase.lower()):
                out[w] = out.get(w, frozenset()) | {name}
    return out


@functools.cache
def patterns(lang: str) -> DatePatterns:
    """The date patterns of ``lang``, compiled on first use and cached for the process."""
    d = lang_data(lang)
    flags = 0
    months = {**d.DATE_MONTH_ABBR, **d.DATE_MONTHS}
    weekdays = {**d.DATE_WEEKDAY_ABBR, **d.DATE_WEEKDAYS}
    mon_full = _alt(d.DATE_MONTHS)
    mon_abbr = _alt(d.DATE_MONTH_ABBR) + r"\.?"
    mon = f"(?:{mon_full}|{mon_abbr}){_WE}"
    wd_full = _alt(d.DATE_WEEKDAYS)
    wd_any = f"(?:{wd_full}|{_alt(d.DATE_WEEKDAY_ABBR)}\\.?)"
    suffix = "(?:" + _opt_alt(d.DATE_ORDINAL_SUFFIXES) + ")?"
    day_num = rf"(?:3[01]|[12]\d|0?[1-9])(?!\d){suffix}"
    day_word = _alt(d.DATE_DAY_WORDS)
    day = f"(?:{day_num}|{day_word}{_WE})"
    links = _opt_alt(d.DATE_LINKS)
    day_art = _opt_alt(d.DATE_DAY_ARTICLES)
    year_any = rf"(?:{_YEAR}|['’]\d\d(?!\d))"
    to = _alt(d.DATE_RANGE_TO)
    between_second = _opt_alt(b for _, b in d.DATE_BETWEEN)
    connector = f"(?:{to}|{between_second})"
    shift_before = _opt_alt(d.DATE_SHIFT_BEFORE)
    shift_after = _opt_alt(d.DATE_SHIFT_AFTER)
    units = _alt(d.DATE_UNITS)
    week_units = _alt(w for w, u in d.DATE_UNITS.items() if u == "week")
    count = rf"(?:\d{{1,3}}(?!\d)|{_alt(d.DATE_COUNT_WORDS)}{_WE})"
    seasons = _alt(d.DATE_SEASONS)
    art_all = _opt_alt((*d.DATE_ARTICLES, *d.DATE_DAY_ARTICLES, "l'", "l’"))
    link_any = _opt_alt((*d.DATE_LINKS, *d.DATE_RANGE_FROM, "of", "van", "des", "du", "de", "del", "de la"))

    wd_prefix = rf"(?:(?P<wd>{wd_any}){_WE}[,.]?{_SP}(?:{day_art}{_SP})?)?"
    # "in" before a year belongs to the date as well: "28 juni in 2020".
    year_links = _opt_alt((*d.DATE_LINKS, "in"))
    year_tail = (
        rf"(?:(?:[ \t]{{0,2}},?[ \t]{{0,3}}(?:{year_links}{_SP})?|[ \t]?[/-][ \t]?)(?P<year>{year_any}))?"
    )
    day_month = (
        rf"{_NUM_NOT_AFTER}{_WB}{wd_prefix}(?:{day_art}{_SP})?(?P<day>{day})"
        rf"(?:{_SP}(?:{links}{_SP})?|[ \t]?[/-][ \t]?|(?<=\.))(?P<mon>{mon}){year_tail}"
    )
    if d.DATE_ORDER == "MDY":
        md_gap = rf"(?:,?{_SP}(?:{day_art}{_SP})?|[ \t]?[/-][ \t]?|)"
    else:
        md_gap = rf"(?:{_SP}{day_art}{_SP}|[ \t]?/[ \t]?)"
    month_day = (
        rf"{_WB}{wd_prefix}(?P<mon>{mon}){md_gap}(?P<day>{day})(?![\d:])"
        rf"(?:[ \t]{{0,2}},?[ \t]{{0,3}}(?:{year_links}{_SP})?(?P<year>{_YEAR}))?"
    )
    day_range = (
        rf"{_NUM_NOT_AFTER}{_WB}(?P<d1>{day_num})[ \t]{{0,3}}{connector}[ \t]{{0,3}}(?P<d2>{day_num})"
        rf"(?:{_SP}(?:{links}{_SP})?|[ \t]?[/-][ \t]?)(?P<mon>{mon}){year_tail}"
    )
    month_range = (
        rf"{_WB}(?P<m1>{mon})[ \t]{{0,3}}{connector}[ \t]{{0,3}}(?P<m2>{mon})"
        rf"[ \t]{{0,2}},?[ \t]{{0,3}}(?:{links}{_SP})?(?P<year>{_YEAR})"
    )
    # Rarer orders, all with a named month: "2020/Sep/23", "sep-23-2020", "23-2020-September".
    mixed_order = (
        rf"{_NUM_NOT_AFTER}{_WB}(?:(?P<y1>{_YEAR})[/-](?P<m1>{mon})[/-](?P<d1>{day_num})"
        rf"|(?P<m2>{mon})[/-](?P<d2>{day_num})[/-](?P<y2>{_YEAR})"
        rf"|(?P<m3>{mon})[/-](?P<y3>{_YEAR})[/-](?P<d3>{day_num})"
        rf"|(?P<d4>{day_num})[/-](?P<y4>{_YEAR})[/-](?P<m4>{mon})"
        rf"|(?P<y5>{_YEAR})[/-](?P<d5>{day_num})[/-](?P<m5>{mon})){_NUM_NOT_BEFORE}"
    )
    # A numeric month between links: "el 9 de 8 de 1971", "el 17 del 11".
    day_of_month_number = (
        rf"{_NUM_NOT_AFTER}{_WB}(?P<day>{day_num}){_SP}{links}{_SP}(?P<mon>1[0-2]|0?[1-9])(?!\d|[.,:/-]\d)"
        rf"(?:{_SP}{links}{_SP}(?P<year>{_YEAR}))?"
    )
    # A day of the month alone, after a preposition and with an ordinal mark: "on the 18th.", "op de 15e".
    day_alone = (
        rf"{_WB}(?P<prep>{_opt_alt(d.DATE_DAY_PREPS)}){_SP}(?:{day_art}{_SP})?"
        rf"(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:{_opt_alt(d.DATE_ORDINAL_SUFFIXES)}))"
        rf"(?=[ \t]{{0,2}}(?:[,;!?)–-]|\.(?!\d)|\Z))"
    )
    # "april 9th through 17th", "November 18-19" (month first).
    month_day_range = (
        rf"{_WB}(?P<mon>{mon}){_SP}(?P<d1>{day_num})"
        rf"[ \t]{{0,3}}{connector}[ \t]{{0,3}}(?P<d2>{day_num})(?![\d:])"
        rf"(?:[ \t]{{0,2}},?[ \t]{{0,3}}(?P<year>{_YEAR}))?"
    )
    # "the next 3 days", "de afgelopen twee weken": a stretch that ends or starts at publication.
    shift_count = rf"{_WB}(?P<shift>{shift_before}){_SP}(?P<n>{count}){_SP}(?P<unit>{units}){_WE}"
    from_now = rf"{_WB}(?P<n>{count}){_SP}(?P<unit>{units}){_SP}{_opt_alt(d.DATE_FROM_NOW)}{_WE}"
    now = rf"{_wb_alt(d.DATE_NOW)}{_WE}"
    year_to_date = rf"{_wb_alt(d.DATE_YEAR_TO_DATE)}{_WE}"
    month_year_tail = rf"(?P<mon>{mon})(?:[ \t]{{0,2}}[,/-]?[ \t]{{0,3}}(?:{links}{_SP})?)(?P<year>{_YEAR})"
    month_year = rf"{_WB}{month_year_tail}"
    month_alone = (
        rf"{_WB}(?:(?P<shift>{shift_before}){_SP})?(?P<mon>{mon_full}){_WE}"
        rf"(?:{_SP}(?P<shift2>{shift_after}){_WE})?"
    )
    weekday = (
        rf"{_WB}(?:(?P<shift>{shift_before}){_SP}(?:(?P<wk>{week_units}){_SP}(?:\w{{1,3}}{_SP})?)?)?"
        rf"(?P<wd>{wd_any})(?:{_opt_alt(d.DATE_DAY_PARTS)})?{_WE}"
        rf"(?:{_SP}(?:{link_any}){_SP}(?P<shift3>{shift_before}){_SP}{week_units}{_WE}"
        rf"|{_SP}(?P<shift2>{shift_after}){_WE})?"
    )
    shift_unit = (
        rf"{_WB}(?:(?P<art>{art_all}){_SP}|[lL]['’])?(?:(?P<shift>{shift_before}){_SP}(?P<unit>{units})"
        rf"|(?P<unit2>{units}){_SP}(?P<shift2>{shift_after})|(?<=[\s-])(?P<unit3>{units})){_WE}"
    )
    ago = (
        rf"{_WB}(?:(?P<n>{count}){_SP}(?P<unit>{units}){_SP}{_opt_alt(d.DATE_AGO_AFTER)}"
        rf"|{_opt_alt(d.DATE_AGO_BEFORE)}{_SP}(?P<n2>{count}){_SP}(?P<unit2>{units})){_WE}"
    )
    ahead = rf"{_WB}{_opt_alt(d.DATE_IN_FUTURE)}{_SP}(?P<n>{count}){_SP}(?P<unit>{units}){_WE}"
    season_re = (
        rf"{_WB}(?:(?P<shift>{shift_before}){_SP})?(?:(?:{art_all}){_SP}|[lL]['’])?(?P<season>{seasons}){_WE}"
        rf"(?:{_SP}(?P<shift2>{shift_after}){_WE}"
        rf"|{_SP}(?:(?:{link_any}){_SP})?(?P<year>{_YEAR}))?"
    )
    quarter = (
        rf"{_WB}(?:(?P<q>[QqKkHh])(?P<qn>[1-4])(?:[ \t]{{0,3}}(?P<year>{_YEAR}|['’]\d\d(?!\d)))?"
        rf"|(?P<year2>{_YEAR})[ \t-]?(?P<q2>[QqKkHh])(?P<qn2>[1-4])){_WE}"
    )
    ordinal_period = (
        rf"{_WB}(?P<ord>{day_word}|[1-4](?:{suffix})){_SP}"
        rf"(?P<unit>{_alt(w for w, u in d.DATE_UNITS.items() if u in {'quarter', 'half'})}){_WE}"
        rf"(?:{_SP}(?:(?:{link_any}){_SP})?(?P<year>{_YEAR}))?"
    )
    week_number = (
        rf"{_wb_alt(d.DATE_WEEK_NUMBER)}[ \t.]{{0,2}}(?P<w>5[0-3]|[1-4]\d|0?[1-9])(?!\d|[.,]\d)"
        rf"(?:[ \t]{{0,2}}(?:,|(?:{link_any}))?[ \t]{{0,3}}(?P<year>{_YEAR}))?"
    )
    decade_parts = [rf"{_WB}(?:{_alt(('the',))}{_SP})?['’](?P<dd>\d)0s{_WE}"] if lang == "en" else []
    if d.DATE_DECADE_AFTER:
        decade_parts.append(rf"{_NUM_NOT_AFTER}{_WB}(?P<dec>1[5-9]\d0|20\d0){_alt(d.DATE_DECADE_AFTER)}{_WE}")
    if d.DATE_DECADE_BEFORE:
        decade_parts.append(
            rf"{_WB}{_alt(d.DATE_DECADE_BEFORE)}{_SP}(?:(?P<dec2>1[5-9]\d0|20\d0)|['’]?(?P<dd2>\d)0)(?!\d){_WE}"
        )
    if d.DATE_DECADE_WORDS:  # "de jaren zestig", "the sixties"
        decade_parts.append(rf"{_WB}(?P<dw>{_alt(d.DATE_DECADE_WORDS)}){_WE}")
    part_before = (
        rf"(?P<part>{_wb_alt(d.DATE_PARTS)})(?:[ \t-]{{0,3}}(?:{link_any}))?"
        rf"(?:[ \t]{{1,3}}(?:{art_all}))?[ \t-]{{0,3}}\Z"
    )
    week_of_before = rf"{_wb_alt(d.DATE_WEEK_OF)}{_SP}\Z"
    open_before = (
        rf"{_WB}(?:(?P<before>{_opt_alt(d.DATE_BEFORE)})|(?P<after>{_opt_alt(d.DATE_AFTER)}))"
        rf"(?:{_SP}(?:{art_all}))?{_SP}\Z"
    )
    nth_week_before = (
        rf"{_WB}(?:(?P<first>{_opt_alt(d.DATE_FIRST)})|(?P<last>{_opt_alt(d.DATE_LAST)})){_SP}{week_units}"
        rf"{_SP}(?:{link_any}|im|in){_SP}(?:(?:{art_all}){_SP})?\Z"
    )
    weekday_day = (
        rf"{_WB}(?P<wd>{wd_any}){_WE}[,.]?{_SP}(?:(?P<art>{day_art}){_SP})?"
        rf"(?P<day>(?:3[01]|[12]\d|0?[1-9])(?!\d)(?P<suf>{_opt_alt(d.DATE_ORDINAL_SUFFIXES)})?|{day_word}{_WE})"
        rf"(?![\w:]|[/.,-]\d)(?P<time>(?=[ \t]{{1,2}}{_alt(('at', 'om', 'um', 'à', 'a las', 'alle'))}[ \t]))?"
    )
    since_before = rf"{_wb_alt(d.DATE_SINCE)}(?:{_SP}(?:{art_all}|{_opt_alt(d.DATE_DAY_PREPS)}))?{_SP}\Z"
    range_between = rf"\A[ \t]{{0,3}}{to}[ \t]{{0,3}}\Z"
    and_between = rf"\A[ \t]{{0,3}}{between_second}[ \t]{{0,3}}\Z"
    between_before = rf"{_wb_alt(a for a, _ in d.DATE_BETWEEN)}{_SP}\Z"
    holiday = rf"(?P<h>{_wb_alt(d.DATE_HOLIDAYS)}){_WE}(?:{_SP}(?P<year>{_YEAR}))?"
    # One trie of both word lists: only whether it matches is asked, so the order between them is moot.
    range_from = rf"{_wb_alt((*d.DATE_RANGE_FROM, *(a for a, _ in d.DATE_BETWEEN)))}{_SP}\Z"
    future_before = rf"{_wb_alt(d.DATE_FUTURE_MARKERS)}(?:{_SP}(?:{art_all}))?{_SP}\Z"
    future_aux = rf"{_wb_alt(d.DATE_FUTURE_AUX)}{_WE}"
    if d.DATE_FUTURE_ENDINGS:
        # From a word start only: inside a word the engine would retry at every letter.
        future_aux += rf"|\b[^\W\d_]{{3,}}{_opt_alt(d.DATE_FUTURE_ENDINGS)}{_WE}"

    vocabulary = frozenset(
        w
        for table in (
            d.DATE_MONTHS,
            d.DATE_MONTH_ABBR,
            d.DATE_WEEKDAYS,
            d.DATE_WEEKDAY_ABBR,
            d.DATE_SEASONS,
            d.DATE_UNITS,
            d.DATE_DAY_OFFSETS,
            d.DATE_SHIFT_BEFORE,
            d.DATE_SHIFT_AFTER,
            d.DATE_PARTS,
            d.DATE_DAY_WORDS,
            d.DATE_COUNT_WORDS,
        )
        for phrase in table
        for w in phrase.split()
    ) | frozenset(
        w
        for table in (d.DATE_AGO_BEFORE, d.DATE_AGO_AFTER, d.DATE_SINCE, d.DATE_IN_FUTURE, d.DATE_FUTURE_AUX)
        for phrase in table
        for w in phrase.split()
    )

    def c(p: str) -> re.Pattern[str]:
        return re.compile(p, flags)

    # The anchor scan: every date holds a date word (a month, a weekday, a unit, "gisteren")
    # or a digit shape (a year, "26-01", "4th", "Q3"). One pass finds the words of the text and
    # looks them up in a table; a second pass classifies the digit runs by shape. The detailed
    # patterns then run only in small windows around the anchors, and only those the anchor
    # can start: a month calls the month patterns, a unit the relative ones.
    dated = ("day_month", "month_day", "day_range", "month_range", "month_year", "month_alone")
    anchor_patterns = {
        "mon": frozenset((*dated, "mixed_order", "month_day_range")),
        "wd": frozenset(("weekday", "weekday_day")),
        "unit": frozenset(("shift_unit", "ago", "ahead", "shift_count", "from_now")),
        "part_unit": frozenset(("ordinal_period",)),  # "het eerste kwartaal", "first half"
        "week_no": frozenset(("week_number",)),  # "week 31", "KW 12"
        "decade_word": frozenset(("decade",)),  # "de jaren '90"
        "off": frozenset(("day_offset",)),
        "season": frozenset(("season",)),
        "hol": frozenset(("holiday",)),
        "now": frozenset(("now",)),
        "ytd": frozenset(("year_to_date",)),
        "wd_part": frozenset(("weekday",)),
        "num": frozenset(
            ("numeric_ymd", "numeric_dmy", "numeric_dm", "numeric_my", "year_range", "day_of_month_number")
        ),
        "year": frozenset(("year_alone", "year_range", "quarter", "decade", "day_of_month_number")),
        "ord": frozenset(("day_alone",)),
        "q": frozenset(("quarter",)),
        "dec": frozenset(("decade",)),
    }
    word_kinds = {
        "mon": (*d.DATE_MONTHS, *d.DATE_MONTH_ABBR),
        "wd": (*d.DATE_WEEKDAYS, *d.DATE_WEEKDAY_ABBR),
        "unit": tuple(d.DATE_UNITS),
        "part_unit": tuple(w for w, u in d.DATE_UNITS.items() if u in {"quarter", "half"}),
        "week_no": tuple(d.DATE_WEEK_NUMBER),
        "decade_word": (*d.DATE_DECADE_BEFORE, *d.DATE_DECADE_WORDS),
        "off": tuple(d.DATE_DAY_OFFSETS),
        "season": tuple(d.DATE_SEASONS),
        "hol": tuple(d.DATE_HOLIDAYS),
        "now": tuple(d.DATE_NOW),
        "ytd": tuple(d.DATE_YEAR_TO_DATE),
        # weekdays written together with a part of the day: "maandagmiddag", "Montagabend"
        "wd_part": tuple(w + p for w in d.DATE_WEEKDAYS for p in d.DATE_DAY_PARTS),
        "q": ("q", "k", "h"),  # "Q3 2025", "H1": the letter is a word of its own
    }
    anchor_words: dict[str, frozenset[str]] = {}
    anchor_kinds: dict[str, set[str]] = {}
    for kind, phrases in word_kinds.items():
        for phrase in phrases:
            # A phrase is found by its longest word: "the day before yesterday" by "yesterday".
            trigger = max(_WORD.findall(phrase.lower()), key=len)
            anchor_words[trigger] = anchor_words.get(trigger, frozenset()) | anchor_patterns[kind]
            anchor_kinds.setdefault(trigger, set()).add(kind)

    return DatePatterns(
        lang=lang,
        data=d,
        anchor_words=anchor_words,
        # "\b", not a letter lookbehind: the engine skips faster; "3mei" (glued to digits) is no anchor.
        anchor_scan=c(rf"\b(?:{_trie(anchor_words)})(?![^\W\d_])"),
        # A set of ASCII characters first: the engine skips the letters of a lowercased text
        # by a table lookup, a third faster than trying "\b" everywhere. Exact after a check
        # of the character before the word (a letter such as "é" is outside the set).
        anchor_after=c(rf"[^a-z0-9_]({_trie(anchor_words)})(?![^\W\d_])"),
        suffixes=tuple(s.lower() for s in d.DATE_ORDINAL_SUFFIXES),
        # "am Wochenende" needs no shift word: weekends are not filtered.
        unit_only=frozenset(
            w
            for w, kinds in anchor_kinds.items()
            if kinds <= {"unit", "part_unit"} and d.DATE_UNITS.get(w) != "weekend"
        ),
        unit_context=frozenset(
            w.lower()
            for table in (
                d.DATE_SHIFT_BEFORE,
                d.DATE_SHIFT_AFTER,
                d.DATE_AGO_BEFORE,
                d.DATE_AGO_AFTER,
                d.DATE_IN_FUTURE,
                d.DATE_FROM_NOW,
                d.DATE_PARTS,
                d.DATE_FIRST,
                d.DATE_LAST,
                d.DATE_WEEK_OF,
                # ordinals up to four, for quarters and halves ("het eerste kwartaal")
                [w for w, n in d.DATE_DAY_WORDS.items() if n <= 4 and w not in d.DATE_COUNT_WORDS],
            )
            for phrase in table
            for w in _WORD.findall(phrase)
        ),
        unit_enablers=_unit_enablers(d),
        day_word_parts=frozenset(w for phrase in d.DATE_DAY_WORDS for w in _WORD.findall(phrase.lower())),
        link_digit=c(rf"{_SP}{_opt_alt(d.DATE_LINKS)}{_SP}\d"),
        # Every digit run the anchor scan looks at (the same shapes as its checks): a year, a
        # run before a separator and a digit, "02 04 2009", an ordinal ending, a decade, a link.
        # It starts with a digit, so that the engine skips to digits at C speed. A separator
        # before exactly three digits is a thousands group ("24.000"), as the anchor check says.
        digit_scan=c(
            r"\d(?<!\d\d)\d{0,3}(?!\d)(?:(?<=(?:1[5-9]|2[01])\d\d)|(?=[-/.](?!\d{3}(?!\d))\d| \d\d |s"
            rf"|(?i:{_opt_alt(d.DATE_ORDINAL_SUFFIXES)})|{_SP}{_opt_alt(d.DATE_LINKS)}{_SP}\d))"
        ),
        anchor_patterns=anchor_patterns,
        numeric_ymd=c(
            rf"{_NUM_NOT_AFTER}(?<!-)(?P<y>{_YEAR})(?P<s>[-/.])(?P<m>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}}){_NUM_NOT_BEFORE}"
        ),
        numeric_dmy=c(
            rf"{_NUM_NOT_AFTER}{_NO_HYPHEN_AFTER}(?P<a>\d{{1,2}})(?P<s>[-/.])(?P<b>\d{{1,2}})(?P=s)"
            rf"(?P<y>\d{{4}}|['’]?\d\d){_NUM_NOT_BEFORE_RANGE}"
            rf"|(?<![\w.,/:€$£¥])(?<!\d )(?P<a2>[0-3]\d) (?P<b2>[01]\d) (?P<y2>\d{{4}}|\d\d)(?![\w.,/:-]| \d)"
        ),
        numeric_dm=c(
            rf"{_NUM_NOT_AFTER}{_NO_HYPHEN_AFTER}(?P<a>\d{{1,2}})(?P<s>[-/.])(?P<b>\d{{1,2}})(?P<dot>\.)?"
            rf"{_NUM_NOT_BEFORE_RANGE}"
        ),
        numeric_my=c(
            rf"{_NUM_NOT_AFTER}(?<!-)(?:(?P<m>\d{{1,2}})[/-](?P<y>{_YEAR})|(?P<y2>{_YEAR})-(?P<m2>\d{{1,2}})){_NUM_NOT_BEFORE}"
        ),
        year_range=c(
            rf"{_NUM_NOT_AFTER}(?<!-){_WB}(?P<y1>{_YEAR})[ \t]?[-–/][ \t]?(?P<y2>{_YEAR}|\d\d(?!\d))"
            rf"{_NUM_NOT_BEFORE}"
            r"(?![/-]\w)"
        ),
        day_month=c(day_month),
        month_day=c(month_day),
        day_range=c(day_range),
        month_range=c(month_range),
        month_year=c(month_year),
        month_day_at=c(rf"{mon}{md_gap}{day}(?![\d:])"),
        month_year_at=c(month_year_tail),
        now=c(now),
        year_to_date=c(year_to_date),
        day_alone=c(day_alone),
        month_day_range=c(month_day_range if d.DATE_ORDER == "MDY" else r"(?!x)x"),
        shift_count=c(shift_count),
        from_now=c(from_now),
        mixed_order=c(mixed_order),
        day_of_month_number=c(day_of_month_number),
        month_alone=c(month_alone),
        year_alone=c(rf"{_NUM_NOT_AFTER}(?<!\d-)(?P<y>{_YEAR})(?!\d|[.,:/]\d|[ \t]?%)"),
        weekday=c(weekday),
        day_offset=c(rf"(?P<w>{_wb_alt(d.DATE_DAY_OFFSETS)}){_WE}"),
        shift_unit=c(shift_unit),
        ago=c(ago),
        ahead=c(ahead),
        season=c(season_re),
        quarter=c(quarter),
        ordinal_period=c(ordinal_period),
        week_number=c(week_number),
        decade=c("|".join(decade_parts) if decade_parts else r"(?!x)x"),
        part_before=c(part_before),
        week_of_before=c(week_of_before),
        open_before=c(open_before),
        nth_week_before=c(nth_week_before),
        weekday_day=c(weekday_day),
        since_before=c(since_before),
        range_between=c(range_between),
        range_from=c(range_from),
        and_between=c(and_between),
        between_before=c(between_before),
        holiday=c(holiday),
        future_marker_before=c(future_before),
        future_aux=c(future_aux),
        vocabulary=vocabulary,
        articles=frozenset(a.lower() for a in d.DATE_ARTICLES),
        modifier_words=frozenset(
            w
            for table in (
                d.DATE_WEEK_OF,
                d.DATE_FIRST,
                d.DATE_LAST,
                d.DATE_PARTS,
                d.DATE_BEFORE,
                d.DATE_AFTER,
                d.DATE_SINCE,
            )
            for phrase in table
            for w in _WORD.findall(phrase.lower())
        ),
        months={k.lower(): v for k, v in months.items()},
        weekdays={k.lower(): v for k, v in weekdays.items()},
        units=dict(d.DATE_UNITS),
        shifts={**d.DATE_SHIFT_BEFORE, **d.DATE_SHIFT_AFTER},
        count_words=dict(d.DATE_COUNT_WORDS),
        day_words=dict(d.DATE_DAY_WORDS),
        decade_words={" ".join(k.split()): v for k, v in d.DATE_DECADE_WORDS.items()},
    )
