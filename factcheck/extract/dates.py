"""Dates, resolved against the publication date.

:func:`extract_dates` reads absolute dates ("26 januari 2026", "2026-01-26", "January 26,
2026"), partial ones ("december 2025", "in 2025", "in december"), weekdays, relative
expressions ("gisteren", "last week", "vor zwei Jahren") and ranges ("van 3 tot 12 mei",
"sinds 2023") with hand-written patterns built from each language's data; every one becomes
a :class:`~factcheck.model.DateRange` whose ends are inclusive. A month or day without a year
takes the year that puts it nearest before the publication date, unless a future marker of
the language points forward. Nothing reads the machine's clock: without a publication date,
expressions that need one are left out.

Speed comes from an anchor scan: one pass finds the date words (one trie-shaped pattern over
the lowercased text) and one the digit runs a date can hold; each anchor calls only the
patterns its surroundings allow, and each pattern runs only in small windows around its own
anchors. dateparser is not used: these hand-written forms cover the conformance set and the
Babel formats, and they run some thirty times faster than ``dateparser.search.search_dates``
on the same text (about 35 times on news prose, 30 on the date-dense benchmark corpus).

:func:`compare_dates` is the rule that ``compare`` applies to two dates.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

import attrs

from factcheck._collector import collector_paused
from factcheck.extract._date_calendar import (
    add_months,
    coarser,
    finer,
    label,
    month_end,
    part_of,
    period,
    season,
    shifted_period,
    widen,
)
from factcheck.extract._date_patterns import WORD as ANCHOR_WORD
from factcheck.extract._date_patterns import DatePatterns, _trie, patterns
from factcheck.lang import get as lang_data
from factcheck.model import Claim, DateRange, Granularity, Step

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = ["compare_dates", "extract_dates", "read_dateline"]

_UNIT_GRANULARITY: dict[str, Granularity] = {
    "day": "day",
    "week": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
}
_UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120}
_WORD = re.compile(r"[^\W\d_]++(?:['’][^\W\d_]++)?+")  # possessive: the same words, less bookkeeping
# One character class first, so that the engine skips to the candidates: a line break, or a
# full stop, question or exclamation mark with closing quotes or brackets and a space.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|[\"'”’»)]{0,2}\s)")
_CLAUSE_END = re.compile(r"[,;:()\[\]\"“”„«»]")
_LEADING_DIGITS = re.compile(r"\d{1,2}")
_WORD_OR_PERCENT = re.compile(r"\s{0,2}(?:%|[^\W\d])")  # "op 1.5 procent": a number, not a date
_STRONG_YEAR_PREPS = frozenset(
    (
        "in",
        "im",
        "en",
        "since",
        "sinds",
        "sedert",
        "seit",
        "depuis",
        "desde",
        "jaar",
        "year",
        "jahr",
        "jahres",
        "jahre",
        "année",
        "año",
    )
)


@attrs.define
class _Cand:
    """A date found in the text, before overlaps are settled."""

    start: int
    end: int
    value: DateRange | None
    relative: bool = False  # resolved against the publication date
    year: int | None = None
    month: int | None = None
    day: int | None = None
    yearless: bool = False
    weekday: int | None = None  # set for a bare weekday only ("maandag"): ranges of weekdays
    weak: bool = False  # kept only as one end of a range ("1/10-2/11/2017")
    rank: int = 0  # among equally long overlapping readings, the lower rank wins
    # A month alone ("in december") whose year is read once overlaps are settled: most months
    # of a text stand inside a longer date ("26 december 2025"), and the reading (a clause
    # searched for a future tense) would be thrown away with them. See _settle.
    pending: bool = False


_LOOKUP_SPAN = 600  # characters one sentence lookup reads at most


@attrs.frozen
class _Marks:
    """Where sentences end and clauses break in a whole text."""

    stops: list[int]  # sentence ends (the punctuation)
    starts: list[int]  # where the next sentences begin
    breaks: list[int]  # clause breaks (commas, quotes, brackets)

    @classmethod
    def of(cls, text: str) -> _Marks:
        """The marks of ``text``, one pass each."""
        ends = list(_SENTENCE_END.finditer(text))
        return cls(
            [m.start() for m in ends],
            [m.end() for m in ends],
            [m.start() for m in _CLAUSE_END.finditer(text)],
        )

    def sentence(self, start: int, end: int, size: int) -> tuple[int, int]:
        """As :meth:`_Ctx.sentence`, by bisection."""
        i = bisect.bisect_right(self.starts, start)
        s = start - 300 if start > 300 else 0
        if i > 0 and self.starts[i - 1] > s:
            s = self.starts[i - 1]
        stops = self.stops
        j = bisect.bisect_left(stops, end)
        e = min(size, end + 300)
        if j < len(stops) and stops[j] < e:
            e = stops[j] + 1
        return s, e

    def clause(self, s: int, e: int, start: int, end: int) -> tuple[int, int]:
        """As :meth:`_Ctx.clause` within the sentence ``[s, e)``, by bisection."""
        i = bisect.bisect_left(self.breaks, start)
        cut = self.breaks[i - 1] + 1 if i > 0 and self.breaks[i - 1] >= s else s
        j = bisect.bisect_left(self.breaks, end)
        stop = self.breaks[j] if j < len(self.breaks) and self.breaks[j] < e else e
        return cut, stop


@attrs.frozen
class _AuxMarks:
    """Where the future auxiliaries of a whole text stand."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, text: str, pat: DatePatterns) -> _AuxMarks:
        """The auxiliaries of ``text``, in one pass."""
        found = list(pat.future_aux.finditer(text))
        return cls([m.start() for m in found], [m.end() for m in found])

    def future(self, s: int, e: int) -> bool:
        """Whether a future auxiliary lies within ``[s, e)``."""
        i = bisect.bisect_left(self.starts, s)
        return i < len(self.starts) and self.ends[i] <= e


@attrs.define
class _Ctx:
    """What every pattern handler needs: the text, the language patterns, the publication date."""

    text: str
    pat: DatePatterns
    published: dt.date | None
    aux: dict[tuple[int, int], bool] = attrs.field(factory=dict)  # future auxiliary, by sentence
    lookups: int = 0  # sentence lookups so far
    sentences: dict[tuple[int, int], tuple[int, int]] = attrs.field(factory=dict)  # by date span
    marks: _Marks | None = None  # sentence ends and clause breaks of the whole text
    aux_read: int = 0  # characters searched for auxiliaries clause by clause
    aux_marks: _AuxMarks | None = None  # the auxiliaries of the whole text, once searched as much
    # The text lowercased once, when that keeps every offset (not for "İ"); else None.
    low: str | None = None
    words_before: dict[int, list[str]] = attrs.field(factory=dict)  # prev_words, by position

    def _marks(self) -> _Marks | None:
        """The marks of the whole text, once the lookups around dates would read more than it.

        Each lookup reads up to 600 characters around its date; a text dense with dates
        ("1-1-1-1-...") is cheaper to read once, with the marks found by bisection.
        """
        if self.marks is None:
            self.lookups += 1
            if self.lookups * _LOOKUP_SPAN < len(self.text):
                return None
            self.marks = _Marks.of(self.text)
        return self.marks

    def words(self, lo: int, hi: int) -> list[str]:
        """The words of ``text[lo:hi]``, lowercased."""
        if self.low is not None:
            return _WORD.findall(self.low, lo, hi)
        return _WORD.findall(self.text[lo:hi].lower())

    def anchor_words(self, lo: int, hi: int) -> list[str]:
        """The words of ``text[lo:hi]`` as the anchor scan splits them, lowercased."""
        if self.low is not None:
            return ANCHOR_WORD.findall(self.low, lo, hi)
        return [w.lower() for w in ANCHOR_WORD.findall(self.text, lo, hi)]

    def prev_words(self, start: int, n: int = 1) -> str:
        """The ``n`` words before ``start``, lowercased, joined by one space."""
        words = self.words_before.get(start)
        if words is None:  # several handlers ask about the same position
            words = self.words_before[start] = self.words(max(0, start - 40), start)
        return " ".join(words[-n:])

    def before(self, start: int, width: int = 40) -> str:
        """The text right before ``start``, from the last line break on."""
        window = self.text[max(0, start - width) : start]
        cut = window.rfind("\n")
        return window[cut + 1 :]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence around ``[start, end)`` (at most 300 characters each way).

        Looked up around the date only, not over the whole text: the cost stays with the dates.
        """
        if self.marks is not None:
            return self.marks.sentence(start, end, len(self.text))
        known = self.sentences.get((start, end))
        if known is not None:  # a handler and the description ask for the same date
            return known
        text = self.text
        marks = self._marks()
        if marks is not None:
            return marks.sentence(start, end, len(text))
        s = max(start - 300, 0)
        for m in _SENTENCE_END.finditer(text, s, start):
            s = m.end()
        e = min(end + 300, len(text))
        stop = _SENTENCE_END.search(text, end, e + 4)
        if stop is not None and stop.start() < e:
            e = stop.start() + 1
        self.sentences[start, end] = (s, e)
        return s, e

    def at_sentence_start(self, start: int) -> bool:
        """Whether only spaces, quotes or an opening bracket stand between a sentence end and ``start``."""
        head = self.text[max(0, start - 5) : start].rstrip(" \t\"'“„‘«(")
        return not head or head[-1] in ".!?\n:"

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the clause around ``[start, end)``: its sentence, cut at commas and quotes."""
        marks = self.marks
        if marks is not None:
            s, e = marks.sentence(start, end, len(self.text))
            return marks.clause(s, e, start, end)
        s, e = self.sentence(start, end)
        if self.marks is not None:  # read by that lookup
            return self.marks.clause(s, e, start, end)
        cut = max((m.end() for m in _CLAUSE_END.finditer(self.text, s, start)), default=s)
        stop = _CLAUSE_END.search(self.text, end, e)
        return cut, stop.start() if stop else e

    def bounds(self, start: int, end: int) -> tuple[int, int, int, int]:
        """The bounds of the sentence and of the clause around ``[start, end)``."""
        marks = self.marks
        if marks is not None:
            s, e = marks.sentence(start, end, len(self.text))
            return (s, e, *marks.clause(s, e, start, end))
        s, e = self.sentence(start, end)
        return (s, e, *self.clause(start, end))

    def forward(self, start: int, end: int) -> bool:
        """Whether a future marker before, or a future auxiliary in the clause, points forward.

        The clause, not the sentence: in "“We will not allow it,” she said on Monday" and
        "subirá un 4,4 %, según aprobó el Consejo el martes" the day is in the past.
        """
        if self.pat.future_marker_before.search(self.before(start)):
            return True
        return self.clause_future(start, end)

    def clause_future(self, start: int, end: int) -> bool:
        """Whether a future auxiliary stands in the clause around ``[start, end)``.

        Searched clause by clause (most dates ask for none, and the endings of French and
        Spanish futures are slow to scan for), until that has read as much as the text.
        """
        s, e = self.clause(start, end)
        known = self.aux.get((s, e))
        if known is None:
            if self.aux_marks is None and self.aux_read + e - s > len(self.text):
                self.aux_marks = _AuxMarks.of(self.text, self.pat)
            if self.aux_marks is not None:
                known = self.aux_marks.future(s, e)
            else:
                self.aux_read += e - s
                known = self.pat.future_aux.search(self.text, s, e) is not None
            self.aux[s, e] = known
        return known


def _two_digit_year(yy: int, published: dt.date | None) -> int:
    """A two-digit year in the century window that ends 20 years after publication."""
    if published is None:
        return 2000 + yy if yy < 50 else 1900 + yy
    top = published.year + 20
    year = top // 100 * 100 + yy
    return year - 100 if year > top else year


def _parse_year(raw: str, published: dt.date | None) -> int:
    digits = raw.lstrip("'’")
    return int(digits) if len(digits) == 4 else _two_digit_year(int(digits), published)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_range(day: dt.date) -> DateRange:
    return DateRange(day, day, "day")


def _month_range(year: int, month: int) -> DateRange:
    return DateRange(dt.date(year, month, 1), month_end(year, month), "month")


def _years_around(published: dt.date, month: int, day: int | None) -> range:
    """The years a year-less date may fall in: one each way, eight back for 29 February."""
    if (month, day) == (2, 29):
        return range(published.year - 8, published.year + 5)
    return range(published.year - 1, published.year + 2)


@functools.lru_cache(maxsize=4096)
def _yearless(month: int, day: int | None, published: dt.date | None, *, forward: bool) -> DateRange | None:
    """A month (and day) without a year: the occurrence nearest before publication, or after it."""
    if published is None:
        return None
    options: list[DateRange] = []
    for year in _years_around(published, month, day):
        if day is None:
            options.append(_month_range(year, month))
            continue
        date = _safe_date(year, month, day)
        if date is not None:
            options.append(_day_range(date))
    if forward:
        ahead = [o for o in options if o.end >= published]
        return ahead[0] if ahead else None
    behind = [o for o in options if o.start <= published]
    return behind[-1] if behind else None


def _count(raw: str, pat: DatePatterns) -> int | None:
    if raw.isdigit():
        return int(raw)
    return pat.count_words.get(raw.lower())


def _day_number(raw: str, pat: DatePatterns) -> int | None:
    word = raw.lower()
    if word in pat.day_words:
        return pat.day_words[word]
    digits = _LEADING_DIGITS.match(raw)
    return int(digits.group()) if digits else None


def _capital_ok(word: str, ctx: _Ctx) -> bool:
    """False for a word of ``DATE_CAPITAL_ONLY`` written in lowercase ("may" the verb)."""
    return not (word.lower().rstrip(".") in ctx.pat.data.DATE_CAPITAL_ONLY and word[:1].islower())


_PLURAL_NOT_EN = frozenset(("tage", "monate", "jahre"))  # German plurals without "-en"
_NOT_PLURAL_S = frozenset(("mois", "ans", "mes"))  # units ending in "s" not taken as plurals


def _is_plural_unit(word: str, lang: str) -> bool:
    w = word.lower()
    if lang in {"nl", "de"}:
        return w.endswith("en") or w in _PLURAL_NOT_EN
    return w.endswith("s") and w not in _NOT_PLURAL_S


# --- handlers: one per pattern; each returns a candidate or None ---------------------------


def _h_numeric_ymd(m: re.Match[str], _ctx: _Ctx) -> _Cand | None:
    date = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _Cand(m.start(), m.end(), _day_range(date)) if date else None


def _h_numeric_dmy(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    if m["a2"]:
        day, month, year = int(m["a2"]), int(m["b2"]), _parse_year(m["y2"], ctx.published)
    else:
        # "3.3.15" is a version number; a dotted date with a two-digit year pads its day and month.
        if m["s"] == "." and len(m["y"].lstrip("'’")) == 2 and (len(m["a"]) < 2 or len(m["b"]) < 2):
            return None
        a, b = int(m["a"]), int(m["b"])
        day, month = (b, a) if ctx.pat.data.DATE_ORDER == "MDY" and a <= 12 else (a, b)
        year = _parse_year(m["y"], ctx.published)
    date = _safe_date(year, month, day)
    return _Cand(m.start(), m.end(), _day_range(date)) if date else None


def _h_numeric_dm(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    prev = ctx.prev_words(m.start())
    after_weekday = prev in ctx.pat.weekdays
    weak = prev not in ctx.pat.data.DATE_DAY_PREPS and not after_weekday
    # "op 3-1" is a score: a hyphenated day-month needs a weekday, or a partner in a range or list.
    if m["s"] == "-" and not after_weekday:
        weak = True
    # "29/2", "22/04": a slash date stands alone when it cannot be a fraction ("1/2") or "24/7".
    if weak and m["s"] == "/" and (int(m["a"]) > 12 or m["b"].startswith("0")) and m.group() != "24/7":
        weak = False
    if m["s"] == "." and not (m["dot"] or after_weekday):
        return None
    letters_follow = _WORD_OR_PERCENT.match(ctx.text, m.end())
    if m["s"] == "." and not m["dot"] and not after_weekday and letters_follow:
        return None
    a, b = int(m["a"]), int(m["b"])
    day, month = (b, a) if ctx.pat.data.DATE_ORDER == "MDY" and a <= 12 else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    value = _yearless(month, day, ctx.published, forward=ctx.forward(m.start(), m.end()))
    return _Cand(m.start(), m.end(), value, relative=True, month=month, day=day, yearless=True, weak=weak)


def _h_numeric_my(m: re.Match[str], _ctx: _Ctx) -> _Cand | None:
    month = int(m["m"] or m["m2"])
    year = int(m["y"] or m["y2"])
    if not 1 <= month <= 12:
        return None
    return _Cand(m.start(), m.end(), _month_range(year, month), year=year, month=month)


def _h_year_range(m: re.Match[str], _ctx: _Ctx) -> _Cand | None:
    y1 = int(m["y1"])
    raw = m["y2"]
    y2 = int(raw) if len(raw) == 4 else y1 // 100 * 100 + int(raw)
    if not y1 < y2 <= y1 + 100:
        return None
    return _Cand(m.start(), m.end(), DateRange(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year"))


def _month_of(raw: str, ctx: _Ctx) -> int | None:
    return ctx.pat.months.get(raw.lower().rstrip("."))


def _h_day_month(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    month = _month_of(m["mon"], ctx)
    day = _day_number(m["day"], ctx.pat)
    if month is None or day is None or not 1 <= day <= 31:
        return None
    if not _capital_ok(m["mon"], ctx) and not m["year"]:
        return None
    if m["year"]:
        year = _parse_year(m["year"], ctx.published)
        date = _safe_date(year, month, day)
        if date is None:
            return None
        return _Cand(m.start(), m.end(), _day_range(date), year=year, month=month, day=day)
    if _safe_date(2000, month, day) is None:  # 2000 is a leap year: 29 February passes
        return None
    value = _yearless(month, day, ctx.published, forward=ctx.forward(m.start(), m.end()))
    if value is not None and ctx.published is not None and value.end < ctx.published:
        ahead = _yearless(month, day, ctx.published, forward=True)
        if ahead is not None and (ahead.start - ctx.published).days <= _SCHEDULE_DAYS and _scheduled(m, ctx):
            value = ahead
    weekday = ctx.pat.weekdays.get((m["wd"] or "").lower().rstrip("."))
    published = ctx.published
    if weekday is not None and published is not None:
        # "maandag 16 juni", "Monday, June 16": a year whose 16 June is a Monday, when it lies
        # nearer to publication than the plain reading (a wrong weekday far back is a slip).
        fits = [
            date
            for year in _years_around(published, month, day)
            if (date := _safe_date(year, month, day)) is not None and date.weekday() == weekday
        ]
        if fits:
            best = min(fits, key=lambda o: abs((o - published).days))
            if value is None or abs((best - published).days) < abs((value.start - published).days):
                value = _day_range(best)
    return _Cand(m.start(), m.end(), value, relative=True, month=month, day=day, yearless=True)


_SCHEDULE_DAYS = 62  # how far after publication a present tense may point


@attrs.frozen
class _Tense:
    """How a present tense after a fronted date shows: "Op 14 januari stemt de Kamer"."""

    subject_first: bool  # the verb follows "the Senate", not the date itself (en, fr, es)
    endings: tuple[str, ...]  # present endings of the finite verb
    not_endings: tuple[str, ...]  # past endings that share them
    past: frozenset[str]  # auxiliaries and past forms that share them


@functools.cache
def _tense(lang: str) -> _Tense:
    """The present-tense cues of ``lang``, from its language data."""
    d = lang_data(lang)
    return _Tense(
        subject_first=d.DATE_SCHEDULE_SUBJECT_FIRST,
        endings=d.DATE_PRESENT_ENDINGS,
        not_endings=d.DATE_PAST_ENDINGS,
        past=d.DATE_PAST_FORMS,
    )


_TRAILING_WORD = re.compile(r"([^\W\d_]{1,8})[ \t]{1,2}\Z")


@functools.cache
def _verb_after(lang: str) -> re.Pattern[str]:
    """The finite verb after a fronted date: right after it, or after a short subject."""
    tense = _tense(lang)
    word = r"[^\W\d_]{1,30}"
    # The subject is a name ("the Senate", "le Parlement"): after "the new rules" the verb is unknown.
    articles = lang_data(lang).DATE_SCHEDULE_ARTICLES
    subject = rf"(?i:{articles})[ \t]{{0,2}}[^\W\d_a-z]{word}[ \t]{{1,3}}" if tense.subject_first else ""
    return re.compile(rf",?[ \t]{{1,3}}{subject}(?P<v>{word})(?![\w'’-])")


def _scheduled(m: re.Match[str], ctx: _Ctx) -> bool:
    """Whether a fronted date without a year governs a present tense: a scheduled event.

    "Op 14 januari stemt de Kamer", "Am 3. Februar entscheidet das Gericht", "Le 5 janvier,
    le Parlement vote": the upcoming occurrence, not the past one. A past tense ("stemde",
    "a voté", "votó") or a perfect keeps the design's default.
    """
    tense = _tense(ctx.pat.lang)
    verb_after = _verb_after(ctx.pat.lang)
    start = m.start()
    if not ctx.at_sentence_start(start):
        before = ctx.before(start, 12)
        prep = _TRAILING_WORD.search(before)
        if prep is None or prep.group(1).lower() not in ctx.pat.data.DATE_DAY_PREPS:
            return False
        if not ctx.at_sentence_start(start - len(before) + prep.start()):
            return False
    found = verb_after.match(ctx.text, m.end())
    if found is None:
        return False
    raw = found["v"]
    verb = raw.lower()
    if raw[:1].isupper() or verb in tense.past or verb.endswith(tense.not_endings):
        return False
    return verb.endswith(tense.endings)


def _h_day_range(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    month = _month_of(m["mon"], ctx)
    d1, d2 = _day_number(m["d1"], ctx.pat), _day_number(m["d2"], ctx.pat)
    if month is None or d1 is None or d2 is None or not 1 <= d1 < d2 <= 31:
        return None
    if m["year"]:
        year = _parse_year(m["year"], ctx.published)
    else:
        first = _yearless(month, d1, ctx.published, forward=ctx.forward(m.start(), m.end()))
        if first is None:
            return None
        year = first.start.year
    a, b = _safe_date(year, month, d1), _safe_date(year, month, d2)
    if a is None or b is None:
        return None
    return _Cand(m.start(), m.end(), DateRange(a, b, "day"), relative=not m["year"])


def _h_month_range(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    m1, m2 = _month_of(m["m1"], ctx), _month_of(m["m2"], ctx)
    if m1 is None or m2 is None or m1 == m2:
        return None
    year = int(m["year"])
    first_year = year - 1 if m1 > m2 else year
    value = DateRange(dt.date(first_year, m1, 1), month_end(year, m2), "month")
    return _Cand(m.start(), m.end(), value)


def _h_month_year(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    month = _month_of(m["mon"], ctx)
    if month is None:
        return None
    year = int(m["year"])
    return _Cand(m.start(), m.end(), _month_range(year, month), year=year, month=month)


def _h_mixed_order(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    for i in "12345":
        if m["m" + i]:
            month = _month_of(m["m" + i], ctx)
            day = _day_number(m["d" + i], ctx.pat)
            year = int(m["y" + i])
            break
    else:  # pragma: no cover - the pattern always fills one branch
        return None
    date = _safe_date(year, month, day) if month and day else None
    return _Cand(m.start(), m.end(), _day_range(date)) if date else None


def _h_day_of_month_number(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    day, month = _day_number(m["day"], ctx.pat), int(m["mon"])
    if day is None:
        return None
    if m["year"]:
        date = _safe_date(int(m["year"]), month, day)
        return _Cand(m.start(), m.end(), _day_range(date)) if date else None
    if (
        ctx.prev_words(m.start()) not in ctx.pat.data.DATE_DAY_ARTICLES
        or _safe_date(2000, month, day) is None
    ):
        return None
    value = _yearless(month, day, ctx.published, forward=ctx.forward(m.start(), m.end()))
    return _Cand(m.start(), m.end(), value, relative=True, month=month, day=day, yearless=True)


@functools.cache
def _preps(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that make a bare month or season a date, and those that make a bare year one."""
    d = patterns(lang).data
    year = frozenset((*d.DATE_YEAR_PREPS, *d.DATE_SINCE, *d.DATE_PARTS, *d.DATE_FUTURE_MARKERS))
    return year | frozenset(d.DATE_DAY_PREPS), year


def _prep_before(ctx: _Ctx, start: int) -> bool:
    words = _preps(ctx.pat.lang)[0]
    return ctx.prev_words(start) in words or ctx.prev_words(start, 2) in words


def _h_month_alone(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    month = _month_of(m["mon"], ctx)
    if month is None or not _capital_ok(m["mon"], ctx):
        return None
    raw_shift = m["shift"] or m["shift2"]
    if raw_shift is None and not _prep_before(ctx, m.start()):
        return None
    published = ctx.published
    if published is None:
        return _Cand(m.start(), m.end(), None, relative=True, month=month, yearless=True)
    if raw_shift is None:
        if 1 < published.year < 9999:  # _settle reads the year (at the calendar's ends it may fail: now)
            return _Cand(m.start(), m.end(), None, relative=True, month=month, yearless=True, pending=True)
        value = _yearless(month, None, published, forward=ctx.forward(m.start(), m.end()))
        return _Cand(m.start(), m.end(), value, relative=True, month=month, yearless=True)
    shift = ctx.pat.shifts[" ".join(raw_shift.lower().split())]
    if shift == 0:
        value = _month_range(published.year, month)
    elif shift < 0:
        year = published.year if month < published.month else published.year - 1
        value = _month_range(year, month)
    else:
        year = published.year if month > published.month else published.year + 1
        value = _month_range(year, month)
    return _Cand(m.start(), m.end(), value, relative=True)


_APOSTROPHE = re.compile(r"['’]")
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:1[5-9]|2[01])\d\d(?P<gap>\D{1,12})\Z")
_YEAR_AFTER = re.compile(r"(?P<gap>\D{1,12}?)(?:1[5-9]|2[01])\d\d(?!\d)")


def _range_partner(m: re.Match[str], ctx: _Ctx) -> bool:
    """Whether the year is one end of a range of years: "zwischen 2015 und 2020", "2010 bis 2024"."""
    pat = ctx.pat
    before = _YEAR_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    after = _YEAR_AFTER.match(ctx.text, m.end(), m.end() + 16)
    for found in (before, after):
        if found is None:
            continue
        gap = found["gap"]
        if pat.range_between.match(gap) or (
            pat.and_between.match(gap)
            and pat.between_before.search(ctx.before(min(m.start(), found.start())))
        ):
            return True
    return False


@functools.cache
def _year_preps(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that make the year after them a year at once, and those that may."""
    d = lang_data(lang)
    return _STRONG_YEAR_PREPS | frozenset(d.DATE_PARTS) | frozenset(d.DATE_SINCE), _preps(lang)[1]


def _h_year_alone(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    year = int(m["y"])
    start, end = m.span()
    text = ctx.text
    # "l'année 2025": the word after the apostrophe is the preposition
    prev = ctx.prev_words(start)
    if "'" in prev or "’" in prev:
        prev = _APOSTROPHE.split(prev)[-1]
    d = ctx.pat.data
    if text[start - 1 : start] == "-" and prev not in d.DATE_PARTS:
        return None  # "ABC-2025" is a code; "mid-2025" is a year
    after = text[end : end + 40]
    if text[max(0, start - 2) : start].endswith("(") and after[:1] == ")":
        return _Cand(start, end, DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31), "year"))
    strong_preps, preps = _year_preps(ctx.pat.lang)
    if prev in strong_preps:
        return _Cand(start, end, DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31), "year"))
    partner = _range_partner(m, ctx)
    if prev not in preps and ctx.prev_words(start, 2) not in preps and not partner:
        return _bare_year(m, ctx, year, prev)
    if not partner:
        nxt = _WORD.match(after.lstrip(" \t"))
        if nxt and after[:1] in " \t":
            word = nxt.group().lower()
            stop = word in d.STOP_WORDS or word in ctx.pat.vocabulary
            if not stop or not 1900 <= year <= 2100:
                return _bare_year(m, ctx, year, prev)
        elif after[:1].isalnum() or after.lstrip()[:1] in {"%", "€", "$"}:
            return None
    return _Cand(m.start(), m.end(), DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31), "year"))


@attrs.frozen
class _YearCues:
    """The words around a bare year ("dat 2025 het warmste jaar was") that make it a year.

    A number of two or more takes a plural verb, so a year followed by a singular verb
    ("2024 was", "2024 a été", "el 2024 fue") or a singular auxiliary with a participle
    ("wurde 1998 gegründet") is no count.
    """

    singular: frozenset[str]  # singular verbs that may follow a year as its subject
    singular_ending: str  # a regex for singular past forms ("dejó", "kostte"), or ""
    aux: frozenset[str]  # singular auxiliaries before a year and a participle
    participle: str  # a regex for participles, or ""
    year_word: str  # a regex finding the word "year" in a clause
    link: frozenset[str]  # "of"-words after a noun: "la crise de 2008 a laissé"
    article: frozenset[str]  # articles before an attributive year: "the 2008 crisis"
    complement: frozenset[str]  # articles that may follow a year when "year" is in the clause


@functools.cache
def _year_cues(lang: str) -> _YearCues:
    """The bare-year cues of ``lang``, from its language data."""
    d = lang_data(lang)
    return _YearCues(
        d.DATE_YEAR_SINGULAR_VERBS,
        d.DATE_YEAR_SINGULAR_ENDING,
        d.DATE_YEAR_AUX,
        d.DATE_YEAR_PARTICIPLE,
        d.DATE_YEAR_WORD,
        d.DATE_YEAR_LINK,
        d.DATE_YEAR_ARTICLES,
        d.DATE_YEAR_COMPLEMENTS,
    )


_CuePatterns = tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str]]
_NEXT_WORD = re.compile(r"[ \t]{1,3}([^\W\d_]{1,30})")
_DIGIT_BEFORE = re.compile(r"\d[ \t\u00a0\u202f.,]?\Z")


@functools.cache
def _year_cue_patterns(lang: str) -> _CuePatterns:
    """The singular-ending, participle and year-word patterns of ``lang``, built once."""
    cues = _year_cues(lang)
    ending = re.compile(rf"(?:{cues.singular_ending})\Z") if cues.singular_ending else None
    participle = re.compile(rf"(?:{cues.participle})\Z") if cues.participle else None
    return ending, participle, re.compile(cues.year_word, re.IGNORECASE)


def _bare_year(m: re.Match[str], ctx: _Ctx, year: int, prev: str) -> _Cand | None:
    """A year without a preposition, when the words around it make it a year and no count.

    "dat 2025 het warmste jaar was", "wurde 1998 gegründet", "the 2008 crisis", "la crise de
    2008 a laissé", "el 2024 fue"; not "2023 people", "2 023 personnes" or "Volvo 2025 XC".
    """
    cues = _year_cues(ctx.pat.lang)
    built = _year_cue_patterns(ctx.pat.lang)
    # A round thousand or hundred is as often an amount ("une amende de 2000 a été infligée").
    if not 1900 <= year <= 2100 or len(m["y"]) != 4 or year % 100 == 0:
        return None
    ending, participle, year_word = built
    text = ctx.text
    if _DIGIT_BEFORE.search(text, max(0, m.start() - 2), m.start()):
        return None  # "2 023 personnes", "1.2024"
    nxt = _NEXT_WORD.match(text, m.end())
    if nxt is None:
        return None
    raw = nxt.group(1)
    word = raw.lower()
    if raw[:1].isupper() or prev.endswith(ctx.pat.data.DATE_NOT_YEAR_AFTER):
        return None  # "2024 Menschen", "Volvo 2025 XC", "Hauptstraße 2010", "modelo 2025"
    value = DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    cand = _Cand(m.start(), m.end(), value)
    # After a noun the number may be a name: "Flight 2024 was delayed", "Lijn 2010 is opgeheven".
    lead = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
    free = not prev or prev in ctx.pat.data.STOP_WORDS or not lead or lead[-1] in ',:;"“„«(\n'
    if free and (word in cues.singular or (ending is not None and ending.match(word))):
        return cand  # "2024 was", "2024 a été", "de 2008 dejó"
    if prev in cues.aux and participle is not None and participle.match(word):
        return cand  # "wurde 1998 gegründet", "werd 1998 opgericht"
    if word in cues.complement:
        s, e = ctx.clause(m.start(), m.end())
        if year_word.search(text, s, e):
            return cand  # "dat 2025 het warmste jaar was"
    plural = word.endswith("s") and not word.endswith(("is", "ss", "us"))
    if prev in cues.article and word not in ctx.pat.data.STOP_WORDS and not plural:
        return cand  # "the 2008 crisis", not "the 2023 members"
    return None


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    raw = m["wd"]
    weekday = ctx.pat.weekdays.get(raw.lower().rstrip("."))
    if weekday is None or not _capital_ok(raw, ctx):
        return None
    raw_shift = m["shift"] or m["shift2"] or m["shift3"]
    abbreviated = raw.lower().rstrip(".") not in ctx.pat.data.DATE_WEEKDAYS
    if abbreviated and raw_shift is None and ctx.prev_words(m.start()) not in ctx.pat.data.DATE_DAY_PREPS:
        return None
    published = ctx.published
    if published is None:
        return None
    monday = published - dt.timedelta(days=published.weekday())
    if raw_shift is not None:
        shift = ctx.pat.shifts[" ".join(raw_shift.lower().split())]
        day = monday + dt.timedelta(days=7 * shift + weekday)
    elif ctx.forward(m.start(), m.end()):
        day = published + dt.timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    else:
        # The nearest such day before publication: "op maandag" in a Monday paper is a week back.
        day = published - dt.timedelta(days=(published.weekday() - weekday - 1) % 7 + 1)
    return _Cand(m.start(), m.end(), _day_range(day), relative=True, weekday=weekday)


def _h_weekday_day(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    """A weekday with a day of the month and no month: "dinsdag de elfde", "Monday the 21st"."""
    weekday = ctx.pat.weekdays.get(m["wd"].lower().rstrip("."))
    if not _capital_ok(m["wd"], ctx):
        return None
    day = _day_number(m["day"], ctx.pat)
    following = ctx.text[m.end() : m.end() + 2].lstrip(" ")
    # "am Sonntag zwölf Menschen" is a count: a day without article or ordinal ending must
    # end its phrase to be a day ("Monday the 21st", "dinsdag de elfde", "on Monday 21.")
    ends_phrase = not following or following[0] in ",.!?;)"
    explicit = (m["art"] or m["suf"] or m["time"] is not None) or ends_phrase
    if not m["day"][:1].isdigit() and m["time"] is None:
        # "Wednesday, the first trading day": a written-out day followed by a noun is no day
        # of the month ("monday the twenty fourth six pm" is).
        nxt = _WORD.match(ctx.text[m.end() : m.end() + 40].lstrip(" \t"))
        if nxt is not None and nxt.group().lower() not in ctx.pat.vocabulary:
            return None
    if weekday is None or day is None or not explicit or ctx.published is None:
        return None
    published = ctx.published
    options: list[dt.date] = []
    for shift in range(-12, 13):
        first = add_months(published.replace(day=1), shift)
        date = _safe_date(first.year, first.month, day)
        if date is not None and date.weekday() == weekday:
            options.append(date)
    if not options:
        return None
    if ctx.forward(m.start(), m.end()):
        ahead = [o for o in options if o >= published]
        options = ahead or options
    best = min(options, key=lambda o: (abs((o - published).days), o > published))
    return _Cand(m.start(), m.end(), _day_range(best), relative=True)


def _h_day_offset(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    raw = m["w"]
    key = " ".join(raw.lower().split())
    d = ctx.pat.data
    offset = d.DATE_DAY_OFFSETS.get(key)
    if offset is None:
        return None
    if key in d.DATE_LOWER_ONLY and not raw.islower() and not ctx.at_sentence_start(m.start()):
        return None
    prev = ctx.prev_words(m.start())
    if prev in d.DATE_ARTICLES or prev in d.DATE_DAY_ARTICLES:
        return None
    if ctx.published is None:
        return None
    return _Cand(m.start(), m.end(), _day_range(ctx.published + dt.timedelta(days=offset)), relative=True)


_LAST_DAY_AFTER_WEEKEND = 1  # Monday and Tuesday look back to the weekend just past


def _h_shift_unit(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    raw_unit = m["unit"] or m["unit2"] or m["unit3"]
    raw_shift = m["shift"] or m["shift2"]
    unit = ctx.pat.units[raw_unit.lower()]
    if unit == "half" or _is_plural_unit(raw_unit, ctx.pat.lang):
        return None
    if ctx.published is None:
        return None
    if raw_shift is None:
        # "eind van de maand", "end of year": the current period, after a part word only;
        # "the weekend", "am Wochenende": the weekend of the publication week.
        weekend = unit == "weekend" and m["art"]
        part = ctx.pat.part_before.search(ctx.before(m.start()))
        # "een half jaar" is a duration: only a start or an end names the current period.
        name = ctx.pat.data.DATE_PARTS.get(" ".join(part["part"].lower().split())) if part else None
        if not weekend and name not in {"start", "end", "earlier", "later"}:
            return None
        raw_shift = next(w for w, s in ctx.pat.data.DATE_SHIFT_BEFORE.items() if s == 0)
    elif unit == "day":
        return None
    shift = ctx.pat.shifts[" ".join(raw_shift.lower().split())]
    if unit == "weekend" and shift == 0 and ctx.published.weekday() <= _LAST_DAY_AFTER_WEEKEND:
        # Early in the week, "the weekend" / "ce week-end" without a future marker is the one
        # just past: "Snow fell over the weekend" in a Monday paper.
        shift = 0 if ctx.forward(m.start(), m.end()) else -1
    start, end = shifted_period(ctx.published, unit, shift)
    return _Cand(m.start(), m.end(), DateRange(start, end, _UNIT_GRANULARITY.get(unit, "day")), relative=True)


def _moved(published: dt.date, unit: str, n: int) -> DateRange | None:
    if unit == "day":
        return _day_range(published + dt.timedelta(days=n))
    if unit == "week":
        day = published + dt.timedelta(weeks=n)
        return DateRange(day, day, "week")
    if unit not in _UNIT_GRANULARITY:
        return None
    day = add_months(published, _UNIT_MONTHS[unit] * n)
    return DateRange(day, day, _UNIT_GRANULARITY[unit])


def _h_ago(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    n = _count(m["n"] or m["n2"], ctx.pat)
    unit = ctx.pat.units[(m["unit"] or m["unit2"]).lower()]
    if n is None or ctx.published is None or n > 200 or unit == "weekend":
        return None
    value = _moved(ctx.published, unit, -n)
    return _Cand(m.start(), m.end(), value, relative=True) if value else None


def _h_ahead(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    n = _count(m["n"], ctx.pat)
    unit = ctx.pat.units[m["unit"].lower()]
    if n is None or ctx.published is None or n > 200:
        return None
    if ctx.pat.data.DATE_IN_FUTURE_NEEDS_AUX:
        s, e = ctx.sentence(m.start(), m.end())
        if ctx.pat.future_aux.search(ctx.text, s, e) is None:
            return None
    value = _moved(ctx.published, unit, n)
    return _Cand(m.start(), m.end(), value, relative=True) if value else None


def _h_day_alone(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    day = _day_number(m["day"], ctx.pat)
    published = ctx.published
    if day is None or published is None:
        return None
    options = []
    for shift in range(-2, 3):
        first = add_months(published.replace(day=1), shift)
        date = _safe_date(first.year, first.month, day)
        if date is not None:
            options.append(date)
    if ctx.forward(m.start(), m.end()):
        chosen = next(o for o in options if o >= published)
    else:
        chosen = [o for o in options if o <= published][-1]
    start = m.start("day") if m["prep"] else m.start()
    return _Cand(start, m.end(), _day_range(chosen), relative=True)


def _h_month_day_range(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    return _h_day_range(m, ctx)


def _h_shift_count(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    n = _count(m["n"], ctx.pat)
    unit = ctx.pat.units[m["unit"].lower()]
    shift = ctx.pat.shifts[" ".join(m["shift"].lower().split())]
    published = ctx.published
    if n is None or not 1 <= n <= 200 or shift == 0 or published is None or unit not in _UNIT_GRANULARITY:
        return None
    far = _moved(published, unit, n * shift)
    if far is None:
        return None
    one_day = dt.timedelta(days=1)
    start, end = (published + one_day, far.start) if shift > 0 else (far.start, published - one_day)
    return _Cand(m.start(), m.end(), DateRange(start, end, _UNIT_GRANULARITY[unit]), relative=True)


def _h_from_now(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    n = _count(m["n"], ctx.pat)
    unit = ctx.pat.units[m["unit"].lower()]
    if n is None or ctx.published is None or n > 200:
        return None
    value = _moved(ctx.published, unit, n)
    return _Cand(m.start(), m.end(), value, relative=True) if value else None


def _h_now(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    """The publication day ("now"), kept only as one end of a range ("tussen nu en 2030")."""
    if ctx.published is None:
        return None
    return _Cand(m.start(), m.end(), _day_range(ctx.published), relative=True, weak=True)


def _h_year_to_date(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    published = ctx.published
    if published is None:
        return None
    value = DateRange(dt.date(published.year, 1, 1), published, "year")
    return _Cand(m.start(), m.end(), value, relative=True)


def _h_holiday(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    month, day = ctx.pat.data.DATE_HOLIDAYS[" ".join(m["h"].lower().split())]
    if m["year"]:
        date = _safe_date(int(m["year"]), month, day)
        return _Cand(m.start(), m.end(), _day_range(date)) if date else None
    value = _yearless(month, day, ctx.published, forward=ctx.forward(m.start(), m.end()))
    return _Cand(m.start(), m.end(), value, relative=True, month=month, day=day, yearless=True)


def _h_season(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    first = ctx.pat.data.DATE_SEASONS[" ".join(m["season"].lower().split())]
    if m["year"]:
        start, end = season(int(m["year"]), first)
        return _Cand(m.start(), m.end(), DateRange(start, end, "season"))
    raw_shift = m["shift"] or m["shift2"]
    if raw_shift is None and not _prep_before(ctx, m.start()):
        return None
    published = ctx.published
    if published is None:
        return None
    options = [season(y, first) for y in range(published.year - 2, published.year + 2)]
    if raw_shift is not None:
        shift = ctx.pat.shifts[" ".join(raw_shift.lower().split())]
        if shift < 0:
            chosen = [o for o in options if o[1] < published][-1]
        elif shift > 0:
            chosen = next(o for o in options if o[0] > published)
        else:
            chosen = min(
                options, key=lambda o: 0 if o[0] <= published <= o[1] else abs((o[0] - published).days)
            )
    elif ctx.forward(m.start(), m.end()):
        chosen = next(o for o in options if o[1] >= published)
    else:
        chosen = [o for o in options if o[0] <= published][-1]
    return _Cand(m.start(), m.end(), DateRange(chosen[0], chosen[1], "season"), relative=True)


def _quarter_value(kind: str, n: int, year: int | None, ctx: _Ctx) -> DateRange | None:
    unit = "half" if kind in {"h", "half"} else "quarter"
    if not 1 <= n <= (2 if unit == "half" else 4):
        return None  # "the fifth quarter" of a match, "ten quarters": no part of a year
    months = 6 if unit == "half" else 3
    if year is None and unit == "half":  # "the first half" is as often a match or an hour
        return None
    if year is None:
        if ctx.published is None:
            return None
        year = ctx.published.year
        if dt.date(year, (n - 1) * months + 1, 1) > ctx.published:
            year -= 1
    start, end = period(dt.date(year, (n - 1) * months + 1, 1), unit)
    return DateRange(start, end, "quarter")


def _h_quarter(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    kind = (m["q"] or m["q2"]).lower()
    n = int(m["qn"] or m["qn2"])
    raw_year = m["year"] or m["year2"]
    year = _parse_year(raw_year, ctx.published) if raw_year else None
    value = _quarter_value("h" if kind == "h" else "q", n, year, ctx)
    return _Cand(m.start(), m.end(), value, relative=year is None) if value else None


def _h_ordinal_period(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    n = _day_number(m["ord"], ctx.pat)
    unit = ctx.pat.units[m["unit"].lower()]
    if n is None:
        return None
    year = int(m["year"]) if m["year"] else None
    value = _quarter_value(unit, n, year, ctx)
    return _Cand(m.start(), m.end(), value, relative=year is None) if value else None


def _h_week_number(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    week = int(m["w"])
    year = int(m["year"]) if m["year"] else (ctx.published.year if ctx.published else None)
    if year is None:
        return None
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return _Cand(
        m.start(), m.end(), DateRange(monday, monday + dt.timedelta(days=6), "week"), relative=not m["year"]
    )


def _h_decade(m: re.Match[str], ctx: _Ctx) -> _Cand | None:
    full = m.groupdict().get("dec") or m.groupdict().get("dec2")
    words = m.groupdict().get("dw")
    if full:
        first = int(full)
    else:
        if words:
            digit = ctx.pat.decade_words[" ".join(words.lower().split())]
        else:
            digit = int(m.groupdict().get("dd") or m.groupdict().get("dd2") or "0")
        top = ctx.published.year if ctx.published else 2000 + 10 * 2
        first = top // 100 * 100 + digit * 10
        if first > top:
            first -= 100
    return _Cand(m.start(), m.end(), DateRange(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade"))


_HANDLERS: tuple[tuple[str, Callable[[re.Match[str], _Ctx], _Cand | None]], ...] = (
    ("numeric_ymd", _h_numeric_ymd),
    ("numeric_dmy", _h_numeric_dmy),
    ("numeric_dm", _h_numeric_dm),
    ("numeric_my", _h_numeric_my),
    ("year_range", _h_year_range),
    ("day_month", _h_day_month),
    ("month_day", _h_day_month),
    ("day_range", _h_day_range),
    ("month_range", _h_month_range),
    ("month_year", _h_month_year),
    ("mixed_order", _h_mixed_order),
    ("day_alone", _h_day_alone),
    ("month_day_range", _h_month_day_range),
    ("shift_count", _h_shift_count),
    ("from_now", _h_from_now),
    ("day_of_month_number", _h_day_of_month_number),
    ("month_alone", _h_month_alone),
    ("year_alone", _h_year_alone),
    ("weekday", _h_weekday),
    ("weekday_day", _h_weekday_day),
    ("day_offset", _h_day_offset),
    ("shift_unit", _h_shift_unit),
    ("ago", _h_ago),
    ("ahead", _h_ahead),
    ("season", _h_season),
    ("holiday", _h_holiday),
    ("now", _h_now),
    ("year_to_date", _h_year_to_date),
    ("quarter", _h_quarter),
    ("ordinal_period", _h_ordinal_period),
    ("week_number", _h_week_number),
    ("decade", _h_decade),
)


# Room around an anchor for the rest of its date ("tussen 3 en 12 september", "2 weken
# geleden"): (before, after) the anchor, the longest stretch each pattern needs around it.
_MARGINS = {
    "numeric_ymd": (12, 16),
    "numeric_dmy": (12, 16),
    "numeric_dm": (12, 16),
    "numeric_my": (12, 16),
    "year_range": (12, 12),
    "day_of_month_number": (16, 24),
    "year_alone": (4, 8),
    "quarter": (10, 10),
    "decade": (16, 16),
    "day_alone": (24, 8),
    "day_month": (40, 24),
    "month_day": (40, 24),
    "day_range": (40, 24),
    "month_range": (24, 24),
    "month_year": (8, 24),
    "mixed_order": (16, 16),
    "month_day_range": (4, 24),
    "month_alone": (24, 16),
    "weekday": (24, 32),
    "weekday_day": (4, 32),
    "day_offset": (24, 12),
    "shift_unit": (20, 16),
    "ago": (24, 16),
    "ahead": (24, 4),
    "shift_count": (24, 4),
    "from_now": (16, 24),
    "week_number": (16, 12),
    "ordinal_period": (28, 16),
    "season": (24, 16),
    "holiday": (24, 16),
    "now": (4, 4),
    "year_to_date": (24, 24),
}


# Relative patterns that run only with a word of their own near the unit (see unit_enablers).
_NEEDS_WORD = frozenset(("ago", "ahead", "from_now", "shift_count"))
_MONTH_PATTERNS = frozenset(
    ("day_month", "month_day", "day_range", "month_range", "month_year", "mixed_order", "month_day_range")
)
_DIGIT = re.compile(r"\d")


def _month_names(ctx: _Ctx, s: int, e: int, names: frozenset[str]) -> frozenset[str]:
    """The month patterns that can match around a month word at ``[s, e)``.

    Most months in news stand without digits ("in december"): then only the patterns that
    need no number run. Exact: each pattern dropped here needs a digit (or a written-out day)
    on that side of the month, or a slash or hyphen right at it.
    """
    text = ctx.text
    parts = ctx.pat.day_word_parts
    digit_before = _DIGIT.search(text, max(0, s - 20), s) is not None
    digit_after = _DIGIT.search(text, e, e + 20) is not None
    drop: set[str] = set()
    if not digit_before:
        drop.add("day_range")
        if parts.isdisjoint(ctx.anchor_words(max(0, s - 40), s)[-4:]):
            drop.add("day_month")
    if not digit_after:
        drop.update(("month_year", "month_range", "month_day_range"))
        if parts.isdisjoint(ctx.anchor_words(e, e + 40)[:4]):
            drop.add("month_day")
    else:
        # "December 2023" is no month and day: each pattern's part from the month on must match.
        if "month_day" in names and ctx.pat.month_day_at.match(text, s) is None:
            drop.add("month_day")
        if "month_year" in names and ctx.pat.month_year_at.match(text, s) is None:
            drop.add("month_year")
    if text[s - 1 : s] not in {"/", "-"} and not {"/", "-"} & set(text[e : e + 2]):
        drop.add("mixed_order")
    return names - drop if drop else names


def _anchors(ctx: _Ctx) -> list[tuple[int, int, frozenset[str]]]:
    """Where dates may be: date words and digit shapes, in text order, with the patterns they call."""
    text = ctx.text
    pat = ctx.pat
    words = _anchor_table(pat.lang)
    found: list[tuple[int, int, frozenset[str]]] = []
    unit_only, context, enablers = pat.unit_only, pat.unit_context, pat.unit_enablers
    needs_word, months = _anchor_kinds(pat.lang)
    count_last, count_first_units, range_gap = _anchor_checks(pat.lang)
    low = ctx.low
    # Lowercasing keeps offsets but for a few letters ("İ"): then the words are looked up one by one.
    if low is not None:
        first = pat.anchor_scan.match(low)
        hits = [(first.group(), 0, first.end())] if first else []
        hits += [
            (m[1], m.start(1), m.end())
            for m in pat.anchor_after.finditer(low)
            if (c := low[m.start()]) < "\x80" or not c.isalnum()  # "\b": no word character before
        ]
    else:
        hits = [
            (w, m.start(), m.end()) for m in ANCHOR_WORD.finditer(text) if (w := m.group().lower()) in words
        ]
    month_hits = [(s, e) for word, s, e in hits if word in months]
    k = 0  # the first month hit not before the current one
    phrase_only = _phrase_anchors(pat.lang)
    for word, s, e in hits:
        names = words[word]
        if word in phrase_only and not any(
            regex.search(text, s - before if s > before else 0, e + after)
            for regex, before, after in phrase_only[word]
        ):
            continue  # "this" without "so far this year" around it
        if word in needs_word:
            # A unit word ("jaar", "weeks") is a date only with a shift, "ago", "over", a part
            # word or an ordinal nearby, or a number right after it ("week 31", "jaren '90").
            before = ctx.anchor_words(max(0, s - 32), s)[-2:]
            around = before + ctx.anchor_words(e, e + 24)[:2]
            if context.isdisjoint(around):
                after = text[e : e + 3].lstrip(" \t")
                if word in unit_only and not (after[:1].isdigit() or after[:1] in "'’"):
                    continue
                names = names - _NEEDS_WORD
            else:
                enabled = frozenset().union(*[enablers[w] for w in around if w in enablers])
                names = names - (_NEEDS_WORD - enabled)
                # "de afgelopen 3 maanden": a count stands right before the unit.
                if (
                    "shift_count" in names
                    and word in count_first_units
                    and not (before and before[-1] in count_last)
                    and _DIGIT.search(text, max(0, s - 4), s) is None
                ):
                    names = names - _SHIFT_COUNT
        if word in months:
            while month_hits[k][0] < s:
                k += 1
            # "januari tot maart 2025": a range of months needs a second month close by.
            if "month_range" in names and not (
                (k > 0 and s - month_hits[k - 1][1] <= range_gap)
                or (k + 1 < len(month_hits) and month_hits[k + 1][0] - e <= range_gap)
            ):
                names = names - _MONTH_RANGE
            if names & _MONTH_PATTERNS:
                names = _month_names(ctx, s, e, names)
        if names:  # "in the coming months" without a shift word: a unit that calls no pattern
            found.append((s, e, names))
    found += _digit_anchors(ctx)
    found.sort(key=lambda a: a[0])
    return found


_SHIFT_COUNT = frozenset(("shift_count",))
_MONTH_RANGE = frozenset(("month_range",))


@functools.cache
def _anchor_checks(lang: str) -> tuple[frozenset[str], frozenset[str], int]:
    """What the anchor scan checks around unit and month words of ``lang``.

    The last words of the count words ("twee", "vingt-deux"); the unit words that start every
    unit phrase they are found by ("fin de semana" is found by "semana", so not that one);
    and the widest gap between two months of a range ("januari tot en met maart").
    """
    d = lang_data(lang)
    count_last = frozenset(ANCHOR_WORD.findall(w.lower())[-1] for w in d.DATE_COUNT_WORDS)
    by_trigger: dict[str, list[str]] = {}
    for phrase in d.DATE_UNITS:
        parts = ANCHOR_WORD.findall(phrase.lower())
        by_trigger.setdefault(max(parts, key=len), []).append(parts[0])
    first = frozenset(w for w, firsts in by_trigger.items() if all(f == w for f in firsts))
    connectors = (*d.DATE_RANGE_TO, *(b for _, b in d.DATE_BETWEEN))
    # Each inner space matches up to three; three spaces either side; an abbreviation's dot.
    gap = max(len(c) + 2 * c.count(" ") for c in connectors) + 7
    return count_last, first, gap


@functools.cache
def _anchor_table(lang: str) -> dict[str, frozenset[str]]:
    """The patterns each anchor word of ``lang`` calls, less those its handlers always turn down.

    Exact: the shift-unit handler turns down plural units ("the next months" is a count, not
    a period), so a word found only in plural unit phrases does not call it.
    """
    pat = patterns(lang)
    plural: set[str] = set()
    singular: set[str] = set()
    for phrase in pat.data.DATE_UNITS:
        (plural if _is_plural_unit(phrase, lang) else singular).update(ANCHOR_WORD.findall(phrase.lower()))
    plural -= singular
    return {w: names - _SHIFT_UNIT if w in plural else names for w, names in pat.anchor_words.items()}


_SHIFT_UNIT = frozenset(("shift_unit",))
_PHRASES = frozenset(("holiday", "year_to_date"))


@functools.cache
def _phrase_anchors(lang: str) -> dict[str, tuple[tuple[re.Pattern[str], int, int], ...]]:
    """The anchor words of ``lang`` that call only fixed phrases, with their patterns and margins.

    "this" of "so far this year", "que" of "en lo que va de año": a common word that is a date
    only within its phrase. The phrase is looked for in the word's margins at once, and the
    word is no anchor without it (exact: a match holding the word lies within its margins).
    """
    pat = patterns(lang)
    return {
        w: tuple((getattr(pat, n), *_MARGINS[n]) for n in sorted(names))
        for w, names in pat.anchor_words.items()
        if names <= _PHRASES
    }


@functools.cache
def _anchor_kinds(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The anchor words of ``lang`` that call a relative pattern, and those that call a month one."""
    words = patterns(lang).anchor_words
    return (
        frozenset(w for w, names in words.items() if names & _NEEDS_WORD),
        frozenset(w for w, names in words.items() if names & _MONTH_PATTERNS),
    )


def _thousands(text: str, end: int) -> bool:
    """Whether a separator and exactly three digits follow ``end``: a thousands group."""
    group = text[end + 1 : end + 5]
    return len(group) >= 3 and group[:3].isdigit() and not group[3:4].isdigit()


_QUARTER_LETTER = re.compile("[QqKkHh]")
_DASH = re.compile("[-–/]")


def _year_names(text: str, s: int, e: int, names: frozenset[str]) -> frozenset[str]:
    """The year patterns that can match around a year at ``[s, e)``; "in 2025" runs one.

    Exact: a range needs a dash or slash next to the year, a quarter its letter ("Q3 2025",
    "2025-Q3"), a decade a zero and a letter or apostrophe after it ("1990s", "1960er"), a
    numeric day and month ("el 9 de 8 de 1971") a digit before it.
    """
    drop: set[str] = set()
    if _DASH.search(text, max(0, s - 2), e + 2) is None:
        drop.add("year_range")
    letter = _QUARTER_LETTER.search
    if letter(text, max(0, s - 6), s) is None and letter(text, e, e + 3) is None:
        drop.add("quarter")
    if not (text[e - 1] == "0" and (text[e : e + 1].isalpha() or text[e : e + 1] in {"'", "’"})):
        drop.add("decade")
    if _DIGIT.search(text, max(0, s - 16), s) is None:
        drop.add("day_of_month_number")
    return names - drop if drop else names


_SPACED = frozenset(("numeric_dmy",))  # "02 04 2009"
_LINKED = frozenset(("day_of_month_number",))  # "el 17 del 11"
_DMY_SHAPE = re.compile(r"\d{1,4}([-/.])\d{1,2}\1")  # "26-01-", "2026/01/": a full numeric date
_DM_SHAPE = re.compile(r"\d{1,2}[-/.]\d{1,2}(?!\d)")


def _numeric_names(text: str, s: int, run: int, sep: str) -> frozenset[str]:
    """The numeric patterns that can start at a digit run followed by a separator and a digit.

    Exact: "3.5" calls only the day-month pattern (which its handler turns down); a full
    date needs its second separator, a month and year a slash or hyphen.
    """
    names: set[str] = set()
    if _DMY_SHAPE.match(text, s):
        names.add("numeric_ymd" if run == 4 else "numeric_dmy")
    if run <= 2 and _DM_SHAPE.match(text, s):
        names.add("numeric_dm")
    if sep in {"-", "/"} and run in {1, 2, 4}:
        names.add("numeric_my")
        if run == 4:
            names.add("year_range")
    return frozenset(names)


_DM_DOT = re.compile(r"\d{1,2}\.\d{1,2}\.")  # "3.5.": the closing dot of a day and month
# A dot and a digit run with no dot after it: one or two digits ("1.5", "2.35"), or three
# or more (a thousands group or a long fraction, which never start a numeric date).
_DECIMAL = re.compile(r"\.\d(?:\d\d|\d?(?![\d.]))")
_NUMERIC_DM = frozenset(("numeric_dm",))


@functools.cache
def _weekday_last(lang: str) -> re.Pattern[str]:
    """A weekday (or the tail of a word ending like one) with no letter after it, in lowercased text."""
    return re.compile(rf"(?:{_trie(sorted(patterns(lang).weekdays))})[\W\d_]{{0,40}}\Z")


def _weekday_before(ctx: _Ctx, start: int) -> bool:
    """Whether the word before ``start`` is a weekday ("vrijdag 3.5"); most numbers have none near."""
    low = ctx.low
    if low is not None and _weekday_last(ctx.pat.lang).search(low, max(0, start - 40), start) is None:
        return False
    return ctx.prev_words(start) in ctx.pat.weekdays


def _digit_anchors(ctx: _Ctx) -> list[tuple[int, int, frozenset[str]]]:
    """Digit runs that can be part of a date: a year, "26-01", "02 04 2009", "4th", "1990s"."""
    text = ctx.text
    pat = ctx.pat
    table = pat.anchor_patterns
    suffixes = pat.suffixes
    out: list[tuple[int, int, frozenset[str]]] = []
    for m in pat.digit_scan.finditer(text):
        s, e = m.span()
        run = e - s
        if run > 4:
            continue
        names: frozenset[str] = frozenset()
        nxt = text[e : e + 4]
        if run == 4 and "15" <= text[s : s + 2] <= "21":
            names |= _year_names(text, s, e, table["year"])
        if nxt[:1] == "." and (dec := _DECIMAL.match(text, e)) is not None:
            # "1.5 million": a dotted number with no second dot calls at most the day-month
            # pattern, and that only before a weekday ("vrijdag 3.5"), as the checks below say.
            if (
                run <= 2
                and dec.end() - e <= 3
                and (s == 0 or text[s - 1] not in ".,")
                and not _thousands(text, e)  # "1.23²": str.isdigit() reads more digits than \d
                and _weekday_before(ctx, s)
            ):
                names |= _NUMERIC_DM
            separated = False
        else:
            separated = (
                nxt[:1] in {"-", "/", "."}
                and nxt[1:2].isdigit()
                and not _thousands(text, e)  # "23.000" is a number, not a date
                and (s == 0 or text[s - 1] not in ".,")
            )
        spaced = run == 2 and nxt[:1] == " " and nxt[1:3].isdigit() and nxt[3:4] == " "  # "02 04 2009"
        if separated:
            numeric = _numeric_names(text, s, run, nxt[0])
            # "2.5" is a number: a dotted day and month needs its closing dot or a weekday
            # before it ("vrijdag 3.5"), as its handler asks (and reads the same cached words).
            if (
                nxt[0] == "."
                and "numeric_dm" in numeric
                and _DM_DOT.match(text, s) is None
                and not _weekday_before(ctx, s)
            ):
                numeric -= _NUMERIC_DM
            names |= numeric
        if spaced:
            names |= _SPACED
        if run <= 2 and nxt.lower().startswith(suffixes):
            names |= table["ord"]
        if nxt[:1] == "s" and text[e - 1] == "0":
            names |= table["dec"]
        if run <= 2 and pat.link_digit.match(text, e):  # "el 17 del 11"
            names |= _LINKED
        if names:
            out.append((s, e, names))
    return out


@functools.cache
def _margins(names: frozenset[str]) -> tuple[tuple[tuple[str, int, int], ...], int]:
    """Each pattern's margins, and the widest gap at which two anchors' windows always touch."""
    margins = tuple((n, *_MARGINS[n]) for n in sorted(names))
    return margins, min((b + a for _, b, a in margins), default=0)


def _windows(ctx: _Ctx) -> dict[str, list[list[int]]]:
    """For each pattern, the disjoint stretches of text around the anchors that call it.

    Each pattern reads only its own margins around its own anchors: a month's day-month
    pattern does not scan the stretch around a nearby year. Neighbouring anchors that call
    the same patterns are joined first ("1-1-1-..." is one stretch, not a stretch per digit).
    """
    windows: dict[str, list[list[int]]] = {}
    size = len(ctx.text)

    def add(start: int, end: int, names: frozenset[str]) -> None:
        for name, before, after in _margins(names)[0]:
            lo = start - before if start > before else 0
            hi = min(size, end + after)
            spans = windows.get(name)
            if spans is None:
                windows[name] = [[lo, hi]]
                continue
            last = spans[-1]
            if lo <= last[1]:
                last[1] = max(last[1], hi)
            else:
                spans.append([lo, hi])

    anchors = _anchors(ctx)
    if ctx.marks is None and len(anchors) * _LOOKUP_SPAN >= size:
        # As many lookups as anchors would read more than the text: read its marks at once.
        ctx.marks = _Marks.of(ctx.text)
    if not anchors:
        return windows
    g_start, g_end, g_names = anchors[0]
    for start, end, names in anchors:
        if (names is g_names or names == g_names) and start - g_end <= _margins(names)[1]:
            g_end = max(g_end, end)
            continue
        add(g_start, g_end, g_names)
        g_start, g_end, g_names = start, end, names
    add(g_start, g_end, g_names)
    return windows


_Run = tuple[str, re.Pattern[str], "Callable[[re.Match[str], _Ctx], _Cand | None]", int]


@functools.cache
def _runs(lang: str) -> tuple[_Run, ...]:
    """Every pattern of ``lang`` with its name and handler, in handler order, with its tie rank."""
    pat = patterns(lang)
    # In month-first languages "$12 December 27" is December 27: month-day beats day-month on a tie.
    preferred = "month_day" if pat.data.DATE_ORDER == "MDY" else "day_month"
    # A pattern the language cannot fill ("(?!x)x", as month-day ranges in day-first languages)
    # is left out: its windows need no scan.
    return tuple(
        (name, regex, handler, 0 if name == preferred else 1)
        for name, handler in _HANDLERS
        if (regex := getattr(pat, name)).pattern != r"(?!x)x"
    )


def _candidates(ctx: _Ctx) -> Iterator[_Cand]:
    text = ctx.text
    windows = _windows(ctx)
    for name, regex, handler, rank in _runs(ctx.pat.lang):
        for lo, hi in windows.get(name, ()):
            for m in regex.finditer(text, lo, hi):
                try:
                    cand = handler(m, ctx)
                except (OverflowError, ValueError):
                    # a reading past the calendar's ends: "overmorgen" written on 31 December 9999
                    continue
                if cand is not None:
                    cand.rank = 2 if cand.weak else rank
                    yield cand


def _select(cands: list[_Cand], size: int) -> list[_Cand]:
    """The longest candidates that do not overlap, in text order.

    Taken characters are marked in a byte array, so that the check stays linear in the
    length of the candidates however many there are.
    """
    cands.sort(key=lambda c: (c.start - c.end, c.rank, c.start))
    taken = bytearray(size)
    kept: list[_Cand] = []
    for c in cands:
        if taken.find(1, c.start, c.end) != -1:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def _settle(cands: list[_Cand], ctx: _Ctx) -> list[_Cand]:
    """The candidates, with the year of each pending month alone read.

    The same reading its handler would have made: the nearest before publication, or after
    it when the clause points forward.
    """
    published = ctx.published
    for c in cands:
        if c.pending and c.month is not None and published is not None:
            c.value = _yearless(c.month, None, published, forward=ctx.forward(c.start, c.end))
            c.pending = False
    return cands


def _with_year(c: _Cand, year: int) -> DateRange | None:
    if c.month is None:
        return None
    if c.day is None:
        return _month_range(year, c.month)
    date = _safe_date(year, c.month, c.day)
    return _day_range(date) if date else None


def _yearless_pair(
    a: _Cand, b: _Cand, first: DateRange, second: DateRange, ctx: _Ctx
) -> tuple[DateRange, DateRange]:
    """Two year-less ends of one range, placed in the same stretch.

    The stretch holding the publication date wins, else the nearest one before it (after it
    with a future marker).
    """
    published = ctx.published
    if published is None:
        return first, second
    options: list[tuple[DateRange, DateRange]] = []
    for year in _years_around(published, a.month or 1, a.day):
        lo = _with_year(a, year)
        hi = _with_year(b, year)
        if lo is not None and hi is not None and hi.end < lo.start:
            hi = _with_year(b, year + 1)
        if lo is not None and hi is not None:
            options.append((lo, hi))
    if not options:
        return first, second
    holding = [o for o in options if o[0].start <= published <= o[1].end]
    if holding:
        return holding[0]
    # "from Sept. 8 to Sept. 12": "from" opens the range here, it does not point forward.
    opener = ctx.pat.range_from.search(ctx.before(a.start)) is not None
    if ctx.clause_future(a.start, b.end) if opener else ctx.forward(a.start, b.end):
        ahead = [o for o in options if o[0].start > published]
        return ahead[0] if ahead else options[-1]
    behind = [o for o in options if o[1].end < published]
    return behind[-1] if behind else options[0]


_TRAILING_YEAR = re.compile(
    r"[ \t]{0,2},?[ \t]{0,3}(?:in[ \t]{1,2})?(?P<year>1[5-9]\d\d|20\d\d|21\d\d)(?!\d)"
)


def _merge_ranges(cands: list[_Cand], ctx: _Ctx) -> list[_Cand]:
    """Join "A tot B", "between A and B" into one range claim."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        if i + 1 < len(cands):
            b = cands[i + 1]
            gap = ctx.text[a.end : b.start]
            joined = (
                len(gap) <= 12  # checked first: most neighbours stand far apart
                and b.value is not None
                and (
                    ctx.pat.range_between.match(gap)
                    or (ctx.pat.and_between.match(gap) and ctx.pat.between_before.search(ctx.before(a.start)))
                )
            )
            if joined and b.value is not None:
                first = a.value
                second: DateRange = b.value
                if a.weekday is not None and b.weekday is not None and first is not None:
                    # "van maandag tot vrijdag": the second weekday follows the first.
                    second = _day_range(first.start + dt.timedelta(days=(b.weekday - a.weekday) % 7))
                if a.yearless and b.yearless and first is not None:
                    # The second end follows the first: "29/2-1/3" is one stretch of two days.
                    first, second = _yearless_pair(a, b, first, second, ctx)
                    tail = _TRAILING_YEAR.match(ctx.text, b.end)
                    if tail is not None:
                        year = int(tail["year"])
                        moved_first, moved_second = _with_year(a, year), _with_year(b, year)
                        if moved_first and moved_second and moved_first.start <= moved_second.end:
                            first, second = moved_first, moved_second
                            b = attrs.evolve(b, end=tail.end())
                            if i + 2 < len(cands) and cands[i + 2].start < tail.end():
                                del cands[i + 2]
                if a.yearless and second.granularity in {"day", "month"} and not b.yearless:
                    year = second.start.year
                    if a.month is not None and a.month > second.start.month:
                        year -= 1
                    first = _with_year(a, year)
                if first is not None and first.start <= second.end and first != second:
                    gran = finer(first.granularity, second.granularity)
                    merged = _Cand(
                        a.start,
                        b.end,
                        DateRange(first.start, second.end, gran),
                        relative=a.relative or b.relative,
                    )
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


_LIST_GAP = re.compile(
    r"\A[ \t]{0,2}(?:,|/|;)?[ \t]{0,2}(?:(?:and|or|en|of|und|oder|et|ou|y|o|e)[ \t]{1,2})?\Z"
)


def _strengthen_lists(cands: list[_Cand], text: str) -> list[_Cand]:
    """Drop weak candidates, except those listed right after a sure date ("on 11/20, 11/22 or 11/25")."""
    out: list[_Cand] = []
    for i, c in enumerate(cands):
        if c.weak:
            prev = out[-1] if out else None
            nxt = cands[i + 1] if i + 1 < len(cands) and not cands[i + 1].weak else None
            after_sure = prev is not None and _LIST_GAP.match(text[prev.end : c.start])
            before_sure = nxt is not None and _LIST_GAP.match(text[c.end : nxt.start])
            if not (after_sure or before_sure):
                continue
            c = attrs.evolve(c, weak=False)  # noqa: PLW2901
        out.append(c)
    return out


def _modify(c: _Cand, ctx: _Ctx) -> _Cand | None:
    """Apply a part word ("begin", "late") or "since" standing right before the date."""
    if c.value is None:
        return None
    low = ctx.low
    if low is not None and _modifier_scan(ctx.pat.lang).search(low, max(0, c.start - 40), c.start) is None:
        return c  # no key word even inside another word: the common case, in one search
    head = ctx.before(c.start)
    # Each modifier phrase ends right before the date: without one of its words among the
    # last few, none of the searches below can match. Each search runs only with a word of
    # its own phrases there (a part word for "begin", a "since" word for "sinds", ...).
    last = ctx.anchor_words(c.start - len(head), c.start)[-6:]
    week_words, nth_words, part_words, open_words, since_words, any_words = _modifier_words(ctx.pat.lang)
    if any_words.isdisjoint(last):
        return c
    value = c.value
    start = c.start
    relative = c.relative
    week_of = None if week_words.isdisjoint(last) else ctx.pat.week_of_before.search(head)
    if week_of and value.granularity == "day":
        lo, hi = period(value.start, "week")
        value = DateRange(lo, hi, "week")
        start = start - len(head) + week_of.start()
        head = ctx.before(start)
        last = ctx.anchor_words(start - len(head), start)[-6:]
    nth = None if nth_words.isdisjoint(last) else ctx.pat.nth_week_before.search(head)
    if nth and value.granularity in {"month", "year"}:
        lo, hi = _nth_week(value, last=nth["last"] is not None)
        value = DateRange(lo, hi, "week")
        start = start - len(head) + nth.start()
        head = ctx.before(start)
        last = ctx.anchor_words(start - len(head), start)[-6:]
    part = None if part_words.isdisjoint(last) else ctx.pat.part_before.search(head)
    if part and value.granularity != "day":
        key = " ".join(part["part"].lower().split())
        name = ctx.pat.data.DATE_PARTS.get(key)
        if name is not None:
            lo, hi = part_of(value.start, value.end, name, ctx.published)
            value = DateRange(lo, hi, value.granularity)
            start = start - len(head) + part.start()  # from the start an earlier modifier moved
            head = ctx.before(start)
            last = ctx.anchor_words(start - len(head), start)[-6:]
    open_range = None if open_words.isdisjoint(last) else ctx.pat.open_before.search(head)
    if open_range:
        if open_range["before"]:
            value = DateRange(dt.date.min, value.start - dt.timedelta(days=1), value.granularity)
        else:
            value = DateRange(value.end + dt.timedelta(days=1), dt.date.max, value.granularity)
        start = start - len(head) + open_range.start()
        return _restarted(c, start, value, relative=relative)
    since = None if since_words.isdisjoint(last) else ctx.pat.since_before.search(head)
    if since:
        if ctx.published is None:
            return None
        end = ctx.published if value.start <= ctx.published else dt.date.max
        value = DateRange(value.start, end, value.granularity)
        start = start - len(head) + since.start()
        relative = True
    if start == c.start and value is c.value and relative == c.relative:
        return c
    return _restarted(c, start, value, relative=relative)


def _restarted(c: _Cand, start: int, value: DateRange, *, relative: bool) -> _Cand:
    """``c`` with a new start, value and relativity (``attrs.evolve`` reads every field by name)."""
    return _Cand(start, c.end, value, relative, c.year, c.month, c.day, c.yearless, c.weekday, c.weak, c.rank)


_ModifierWords = tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]


@functools.cache
def _modifier_words(lang: str) -> _ModifierWords:
    """The key words of each modifier's phrases: week-of, nth week, part, open range, since; all.

    A phrase's key word is its longest ("week" of "the week of", "later" of "no later than"),
    never a link or an article. Each phrase ends the text before the date but for a link and
    an article (at most three words), and at most two of its words follow its key word: when
    a search can match, its key word is among the last six words. So a search runs only when
    a key word of its own phrases stands there (a part word for "begin", "since" for "sinds").
    """
    d = lang_data(lang)

    def keys(*tables: object) -> frozenset[str]:
        return frozenset(
            max(ANCHOR_WORD.findall(str(phrase).lower()), key=len)
            for table in tables
            for phrase in table  # type: ignore[attr-defined]
        )

    groups = (
        keys(d.DATE_WEEK_OF),
        keys(d.DATE_FIRST, d.DATE_LAST),
        keys(d.DATE_PARTS),
        keys(d.DATE_BEFORE, d.DATE_AFTER),
        keys(d.DATE_SINCE),
    )
    return (*groups, frozenset().union(*groups))


@functools.cache
def _modifier_scan(lang: str) -> re.Pattern[str]:
    """Any key word of a modifier phrase of ``lang``, anywhere (a trie, for lowercased text)."""
    return re.compile(_trie(sorted(_modifier_words(lang)[-1])))


def _nth_week(value: DateRange, *, last: bool) -> tuple[dt.date, dt.date]:
    """The first or last calendar week of a month or year: the one holding its first or last Thursday."""
    if last:
        thursday = value.end - dt.timedelta(days=(value.end.weekday() - 3) % 7)
    else:
        thursday = value.start + dt.timedelta(days=(3 - value.start.weekday()) % 7)
    return period(thursday, "week")


@functools.cache
def _not_key(lang: str) -> frozenset[str]:
    """The words that describe no sentence: stop words and the date words themselves."""
    pat = patterns(lang)
    return frozenset(pat.data.STOP_WORDS) | pat.vocabulary


def _describe(span: tuple[int, int], ctx: _Ctx) -> tuple[str, tuple[str, ...]]:
    """The subject (key noun of the clause) and context words (the sentence's key words)."""
    pat = ctx.pat
    s, e, cut, clause_end = ctx.bounds(*span)
    low = ctx.low
    # The sentence read once, in four stretches: no word crosses a clause break.
    if low is not None:
        find = _WORD.findall
        clause_before = find(low, cut, span[0])
        clause_after = find(low, span[1], clause_end)
        words = find(low, s, cut) + clause_before if cut > s else clause_before[:]
        words += clause_after
        if clause_end < e:
            words += find(low, clause_end, e)
    else:
        clause_before = ctx.words(cut, span[0])
        clause_after = ctx.words(span[1], clause_end)
        words = (ctx.words(s, cut) if cut > s else []) + clause_before + clause_after
        if clause_end < e:
            words += ctx.words(clause_end, e)
    # The first dozen distinct key words describe the sentence.
    not_key = _not_key(pat.lang)
    context = tuple(dict.fromkeys([w for w in words if len(w) > 2 and w not in not_key]))[:12]
    # The clause around the date: the head noun after an article, nearest first.
    articles = pat.articles
    for stretch in (clause_after, clause_before):
        if articles.isdisjoint(stretch):
            continue
        stop = pat.data.STOP_WORDS
        skip = pat.vocabulary
        for i, word in enumerate(stretch):
            if word not in articles:
                continue
            run: list[str] = []
            for nxt in stretch[i + 1 : i + 4]:
                if nxt in stop or nxt in articles or nxt in skip:
                    break
                run.append(nxt)
            if run:
                return (run[0] if pat.data.DATE_NOUN_FIRST else run[-1]), context
    return "", context


_label = functools.lru_cache(maxsize=4096)(label)


def _resolution(c: _Cand, claim_text: str, published: dt.date | None) -> str:
    value = c.value
    assert value is not None  # noqa: S101 - callers drop unresolved candidates
    if c.relative and published is not None:
        return f"'{claim_text}' read on {published.isoformat()} as {_label(value)}"
    return f"'{claim_text}' read as {_label(value)}"


def extract_dates(text: str, lang: str, published: dt.date | None) -> list[Claim]:
    """Every date claim of ``text``, resolved against ``published``.

    ``lang`` is a supported language code. Relative and year-less dates need ``published``
    and are left out without it; absolute dates always come out.

    >>> [str(c.value) for c in extract_dates("In december kreeg X een boete.", "nl", dt.date(2026, 1, 26))]
    ['2025-12']
    """
    pat = patterns(lang)
    if not text.strip():
        return []
    with collector_paused():
        return _extract_dates(text, pat, published)


def _extract_dates(text: str, pat: DatePatterns, published: dt.date | None) -> list[Claim]:
    low = text.lower()
    ctx = _Ctx(text, pat, published, low=low if len(low) == len(text) else None)
    kept = _settle(_select(list(_candidates(ctx)), len(text)), ctx)
    selected = _strengthen_lists(_merge_ranges(kept, ctx), text)
    claims: list[Claim] = []
    for cand in selected:
        c = _modify(cand, ctx)
        if c is None or c.value is None:
            continue
        span = (c.start, c.end)
        # A part word may stretch a date back over the one before it ("eind de week" and
        # "eind de week van 5 mei", "the last week" and "last week of July"): of two dates
        # that overlap, the longer is the one (the first on a tie).
        while (
            claims
            and claims[-1].span[1] > c.start
            and c.end - c.start > claims[-1].span[1] - claims[-1].span[0]
        ):
            claims.pop()
        if claims and claims[-1].span[1] > c.start:
            continue
        claim_text = text[c.start : c.end]
        subject, context = _describe(span, ctx)
        claims.append(
            Claim(
                kind="date",
                text=claim_text,
                span=span,
                value=c.value,
                unit=None,
                subject=subject,
                context=context,
                steps=(Step("resolve", _resolution(c, claim_text, published)),),
            )
        )
    return claims


_DATELINE_TAIL = re.compile(r"[ \t]*(?:$|[-–—|·•,(:]|\d{1,2}[:.]\d\d)", re.MULTILINE)


def read_dateline(text: str, lang: str) -> dt.date | None:
    """The date of a dateline at the top of ``text``, or None.

    A dateline is a full date (day, month and year) in the first 80 characters, ending its
    line or followed by a separator, a bracket or a time: "BRUSSEL, 26 januari 2026 (ANP) -",
    "26.01.2026 14:05 Uhr". A date that starts a sentence ("On 3 March 2024 the firm...") is
    a claim, not a dateline.

    >>> read_dateline("BRUSSEL, 26 januari 2026 (ANP) - De Commissie ...", "nl")
    datetime.date(2026, 1, 26)
    >>> read_dateline("Op 26 januari 2026 besloot de Commissie ...", "nl") is None
    True
    """
    head = text[:160]
    offset = len(head) - len(head.lstrip())
    for claim in extract_dates(head, lang, None):
        value = claim.value
        if claim.start - offset > 80 or not isinstance(value, DateRange):
            break
        if value.granularity == "day" and value.start == value.end and _DATELINE_TAIL.match(head, claim.end):
            return value.start
    return None


def compare_dates(a: DateRange, b: DateRange) -> tuple[bool, Step]:
    """Whether two dates agree, compared at the coarser granularity of the two, with the reason.

    >>> agree, step = compare_dates(
    ...     DateRange(dt.date(2025, 12, 1), dt.date(2025, 12, 31), "month"),
    ...     DateRange(dt.date(2023, 12, 1), dt.date(2023, 12, 31), "month"))
    >>> agree, step.detail
    (False, 'December 2025 and December 2023 do not overlap by month')
    """
    unit = coarser(a.granularity, b.granularity)
    wa, wb = widen(a, unit), widen(b, unit)
    agree = wa.overlaps(wb)
    verb = "overlap" if agree else "do not overlap"
    return agree, Step("compare", f"{label(a)} and {label(b)} {verb} by {unit}")
