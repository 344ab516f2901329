"""Calendar arithmetic for date claims: periods, shifts and widening, all on plain dates.

Nothing here reads the machine's clock: every relative computation takes the publication
date as an argument.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Final

from factcheck.model import DateRange, Granularity

__all__ = [
    "GRANULARITY_ORDER",
    "add_months",
    "coarser",
    "finer",
    "label",
    "month_end",
    "part_of",
    "period",
    "season",
    "season_of",
    "shifted_period",
    "widen",
]

# From finest to coarsest: comparisons widen the finer reading to the coarser unit.
GRANULARITY_ORDER: Final[tuple[Granularity, ...]] = (
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "year",
    "decade",
)
_RANK: Final[dict[str, int]] = {g: i for i, g in enumerate(GRANULARITY_ORDER)}
_MONTH_NAMES: Final[tuple[str, ...]] = tuple(calendar.month_name)
_SEASON_NAMES: Final[dict[int, str]] = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}


def coarser(a: Granularity, b: Granularity) -> Granularity:
    """The coarser of two granularities."""
    return a if _RANK[a] >= _RANK[b] else b


def finer(a: Granularity, b: Granularity) -> Granularity:
    """The finer of two granularities."""
    return a if _RANK[a] <= _RANK[b] else b


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def season(year: int, first_month: int) -> tuple[dt.date, dt.date]:
    """The meteorological season starting in ``first_month`` of ``year`` (winter runs into the next year)."""
    start = dt.date(year, first_month, 1)
    last = add_months(start, 2)
    return start, month_end(last.year, last.month)


def season_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The meteorological season holding ``day``."""
    first = {12: 12, 1: 12, 2: 12}.get(day.month, (day.month - 3) // 3 * 3 + 3)
    year = day.year - 1 if day.month in {1, 2} else day.year
    return season(year, first)


def period(day: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """The calendar period of ``unit`` holding ``day`` (weeks run Monday to Sunday)."""
    if unit == "day":
        return day, day
    if unit == "week":
        start = day - dt.timedelta(days=day.weekday())
        return start, start + dt.timedelta(days=6)
    if unit == "month":
        return day.replace(day=1), month_end(day.year, day.month)
    if unit == "season":
        return season_of(day)
    if unit == "quarter":
        first = (day.month - 1) // 3 * 3 + 1
        return dt.date(day.year, first, 1), month_end(day.year, first + 2)
    if unit == "half":
        first = 1 if day.month <= 6 else 7
        return dt.date(day.year, first, 1), month_end(day.year, first + 5)
    if unit == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if unit == "decade":
        first = day.year // 10 * 10
        return dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
    msg = f"period(): unknown unit {unit!r}"
    raise ValueError(msg)


def shifted_period(published: dt.date, unit: str, shift: int) -> tuple[dt.date, dt.date]:
    """The period of ``unit`` ``shift`` steps away from the one holding ``published``."""
    if unit == "day":
        day = published + dt.timedelta(days=shift)
        return day, day
    if unit == "week":
        return period(published + dt.timedelta(weeks=shift), "week")
    if unit == "weekend":
        monday = period(published + dt.timedelta(weeks=shift), "week")[0]
        return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
    months = {"month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12, "decade": 120}[unit]
    anchor = period(published, unit)[0]
    return period(add_months(anchor, months * shift), unit)


def part_of(start: dt.date, end: dt.date, part: str, published: dt.date | None) -> tuple[dt.date, dt.date]:
    """A part of a period: its first or second half, its middle third, or before / after ``published``."""
    days = (end - start).days + 1
    if part == "start":
        if start.month == 1 and start.day == 1 and end == dt.date(start.year, 12, 31):
            return start, dt.date(start.year, 6, 30)
        return start, start + dt.timedelta(days=max(days // 2, 1) - 1)
    if part == "end":
        if start.month == 1 and start.day == 1 and end == dt.date(start.year, 12, 31):
            return dt.date(start.year, 7, 1), end
        return start + dt.timedelta(days=days // 2), end
    if part == "mid":
        if start.month == 1 and start.day == 1 and end == dt.date(start.year, 12, 31):
            return dt.date(start.year, 5, 1), dt.date(start.year, 8, 31)
        return start + dt.timedelta(days=days // 3), start + dt.timedelta(days=2 * days // 3 - 1)
    if published is not None and start <= published <= end:
        if part == "earlier":
            return start, max(start, published - dt.timedelta(days=1))
        if part == "later":
            return min(end, published + dt.timedelta(days=1)), end
    return start, end


def widen(value: DateRange, granularity: Granularity) -> DateRange:
    """``value`` widened to whole periods of ``granularity`` at both ends."""
    start = period(value.start, granularity)[0]
    end = period(value.end, granularity)[1]
    return DateRange(start, end, granularity)


def label(value: DateRange) -> str:
    """A short English reading of a resolved range: "December 2025", "2025-12-04", "summer 2024"."""
    start, end, gran = value.start, value.end, value.granularity
    if start == dt.date.min:
        return f"before {(end + dt.timedelta(days=1)).isoformat()}"
    if end == dt.date.max:
        return f"from {start.isoformat()} on"
    if gran == "day" and start == end:
        return start.isoformat()
    if gran == "month" and (start, end) == period(start, "month"):
        return f"{_MONTH_NAMES[start.month]} {start.year}"
    if gran == "year" and (start, end) == period(start, "year"):
        return str(start.year)
    if gran == "season" and (start, end) == season_of(start):
        name = _SEASON_NAMES[start.month]
        return f"{name} {start.year}" + (f"/{(start.year + 1) % 100:02d}" if start.month == 12 else "")
    if gran == "quarter" and (start, end) == period(start, "quarter"):
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if gran == "decade" and (start, end) == period(start, "decade"):
        return f"the {start.year}s"
    if gran == "week" and (start, end) == period(start, "week"):
        return f"the week of {start.isoformat()}"
    return f"{start.isoformat()} to {end.isoformat()}"
