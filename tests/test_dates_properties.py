"""Laws of date reading, checked with hypothesis against independent oracles.

* Every date that Babel formats (short, medium, long, full) in en_US, nl_NL, de_DE, fr_FR and
  es_ES reads back to the same day, given a publication date on or after it.
* For every publication date, relative expressions resolve to a range holding the right day,
  computed here with plain date arithmetic, not with the library's calendar helpers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from babel.dates import format_date
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.dates import extract_dates
from factcheck.model import DateRange

LOCALES = {"en": "en_US", "nl": "nl_NL", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}
FORMATS = ("short", "medium", "long", "full")
DAY = dt.timedelta(days=1)

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
publications = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(LOCALES))
@given(day=dates, later=st.integers(min_value=0, max_value=3650))
def test_babel_dates_read_back(lang: str, fmt: str, day: dt.date, later: int) -> None:
    published = min(day + dt.timedelta(days=later), dt.date(2099, 12, 31))
    text = format_date(day, fmt, locale=LOCALES[lang])
    claims = extract_dates(f"({text})", lang, published)
    assert [(c.text, c.value) for c in claims] == [(text, DateRange(day, day, "day"))]


def _previous_weekday(published: dt.date, weekday: int) -> dt.date:
    day = published - DAY
    while day.weekday() != weekday:
        day -= DAY
    return day


def _last_month(published: dt.date) -> dt.date:
    return published.replace(day=1) - DAY


# (lang, expression, the day the resolved range must hold)
RELATIVE: list[tuple[str, str, Callable[[dt.date], dt.date]]] = [
    ("nl", "gisteren", lambda p: p - DAY),
    ("en", "yesterday", lambda p: p - DAY),
    ("de", "gestern", lambda p: p - DAY),
    ("fr", "hier", lambda p: p - DAY),
    ("es", "ayer", lambda p: p - DAY),
    ("nl", "morgen", lambda p: p + DAY),
    ("en", "today", lambda p: p),
    ("nl", "vorige week", lambda p: p - 7 * DAY),
    ("en", "last week", lambda p: p - 7 * DAY),
    ("de", "letzte Woche", lambda p: p - 7 * DAY),
    ("fr", "la semaine dernière", lambda p: p - 7 * DAY),
    ("es", "la semana pasada", lambda p: p - 7 * DAY),
    ("nl", "vorige maand", _last_month),
    ("en", "last month", _last_month),
    ("fr", "le mois dernier", _last_month),
    ("es", "el mes pasado", _last_month),
    ("de", "letzten Monat", _last_month),
    ("nl", "vorig jaar", lambda p: dt.date(p.year - 1, 7, 1)),
    ("en", "last year", lambda p: dt.date(p.year - 1, 7, 1)),
    ("en", "this year", lambda p: p),
    ("nl", "deze week", lambda p: p),
    ("nl", "op maandag", lambda p: _previous_weekday(p, 0)),
    ("en", "on Friday", lambda p: _previous_weekday(p, 4)),
    ("de", "am Mittwoch", lambda p: _previous_weekday(p, 2)),
    ("en", "three days ago", lambda p: p - 3 * DAY),
    ("nl", "twee weken geleden", lambda p: p - 14 * DAY),
    ("es", "hace tres días", lambda p: p - 3 * DAY),
    ("fr", "il y a trois jours", lambda p: p - 3 * DAY),
    ("de", "vor drei Tagen", lambda p: p - 3 * DAY),
]


@pytest.mark.parametrize(("lang", "expression", "oracle"), RELATIVE, ids=[r[1] for r in RELATIVE])
@given(published=publications)
def test_relative_expressions_hold_the_right_day(
    lang: str, expression: str, oracle: Callable[[dt.date], dt.date], published: dt.date
) -> None:
    claims = extract_dates(f"{expression} gebeurde het.", lang, published)
    assert len(claims) == 1
    value = claims[0].value
    assert isinstance(value, DateRange)
    assert value.start <= oracle(published) <= value.end
    assert extract_dates(f"{expression} gebeurde het.", lang, None) == []


@given(published=publications)
def test_last_week_is_the_previous_calendar_week(published: dt.date) -> None:
    (claim,) = extract_dates("Last week it rained.", "en", published)
    assert isinstance(claim.value, DateRange)
    start, end = claim.value.start, claim.value.end
    assert start.weekday() == 0
    assert end == start + 6 * DAY
    assert start <= published - 7 * DAY <= end < published


@given(published=publications, month=st.integers(min_value=1, max_value=12))
def test_a_month_alone_is_the_nearest_one_before_publication(published: dt.date, month: int) -> None:
    name = format_date(dt.date(2001, month, 1), "MMMM", locale="nl_NL")
    (claim,) = extract_dates(f"In {name} gebeurde het.", "nl", published)
    assert isinstance(claim.value, DateRange)
    start = claim.value.start
    assert (start.month, start.day, claim.value.granularity) == (month, 1, "month")
    assert start <= published < start.replace(year=start.year + 1)


@given(text=st.text(max_size=200), published=st.none() | publications)
def test_spans_index_the_text(text: str, published: dt.date | None) -> None:
    for lang in LOCALES:
        for claim in extract_dates(text, lang, published):
            assert text[claim.span[0] : claim.span[1]] == claim.text
            assert isinstance(claim.value, DateRange)
            assert claim.value.start <= claim.value.end
