"""Alignment and verdicts on claims built by hand, independent of the extractors."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.compare import (
    _FLOOR,
    _context_scores,
    _figure,
    _normalise,
    _Pair,
    _threshold,
    _WordIndex,
    align,
    describe,
)
from factcheck.model import Claim, DateRange, Interval, Source, Step


def count(
    low: float, high: float, subject: str, *context: str, start: int = 0, speaker: str | None = None
) -> Claim:
    return Claim(
        kind="count",
        text=f"{low:g} {subject}",
        span=(start, start + 5),
        value=Interval(low, high, stated=(low + high) / 2),
        subject=subject,
        context=context,
        speaker=speaker,
    )


def money(stated: float, currency: str, subject: str, start: int = 0) -> Claim:
    return Claim(
        kind="money",
        text=f"{currency} {stated:g}",
        span=(start, start + 7),
        value=Interval(stated * 0.95, stated * 1.05, stated=stated),
        unit=currency,
        subject=subject,
    )


def test_different_number_same_subject_is_a_discrepancy() -> None:
    findings = align(
        {
            "a": [count(22_500, 23_500, "gevallen", "kinderporno")],
            "b": [count(40_000, 41_000, "gevallen", "kinderporno")],
        }
    )
    assert [(f.verdict, f.relation, sorted(f.claims)) for f in findings] == [
        ("discrepancy", "disjoint", ["a", "b"])
    ]
    assert "a and b cannot both be right" in findings[0].explanation


def test_same_number_about_different_things_does_not_agree() -> None:
    findings = align(
        {
            "a": [count(19.5, 20.5, "doden", "aanslag")],
            "b": [count(19.5, 20.5, "gewonden", "ziekenhuis")],
        }
    )
    assert [f.verdict for f in findings] == ["unique", "unique"]


def test_estimates_of_different_speakers_are_not_compared() -> None:
    findings = align(
        {
            "a": [count(35_000, 45_000, "demonstranten", speaker="politie")],
            "b": [count(95_000, 105_000, "demonstranten", speaker="organisatie")],
        }
    )
    assert [f.verdict for f in findings] == ["unique", "unique"]


def test_overlapping_intervals_agree() -> None:
    findings = align(
        {
            "a": [count(2_000, 10_000, "afbeeldingen")],
            "b": [count(3_350, 3_450, "afbeeldingen")],
        }
    )
    assert [(f.verdict, f.relation) for f in findings] == [("agreement", "overlap")]


def test_same_figure_in_two_currencies_is_a_likely_slip() -> None:
    sources = {"a": Source("…", name="a", lang="nl"), "b": Source("…", name="b", lang="en")}
    findings = align({"a": [money(120e6, "EUR", "boete")], "b": [money(120e6, "USD", "fine")]}, sources)
    assert [(f.verdict, f.relation) for f in findings] == [("discrepancy", "not_comparable")]
    same_language = align({"a": [money(120e6, "EUR", "boete")], "b": [money(120e6, "USD", "boete")]})
    assert [(f.verdict, f.relation) for f in same_language] == [("discrepancy", "not_comparable")]
    assert "different currencies" in findings[0].explanation


def test_different_figures_in_two_currencies_stay_unique() -> None:
    findings = align({"a": [money(120e6, "EUR", "boete")], "b": [money(130e6, "USD", "boete")]})
    assert [f.verdict for f in findings] == ["unique", "unique"]


def test_derived_rate_agrees_and_its_parts_are_not_unique() -> None:
    images = count(2_500_000, 3_500_000, "afbeeldingen", start=40)
    days = Claim(kind="duration", text="11 dagen", span=(10, 18), value=Interval.exact(11), unit="day")
    per_hour = Interval(2.5e6 / 264, 3.5e6 / 264, stated=3e6 / 264)
    derived = Claim(
        kind="rate",
        text="11 dagen ... afbeeldingen",
        span=(10, 60),
        value=per_hour,
        unit="1 / hour",
        subject="afbeeldingen",
        parts=(images, days),
        steps=(Step("derive", "3 million in 11 days ≈ 9,470–13,258 per hour"),),
    )
    rate = Claim(
        kind="rate",
        text="per uur duizenden afbeeldingen",
        span=(5, 30),
        value=Interval(2_000, 10_000),
        unit="1 / hour",
        subject="afbeeldingen",
    )
    findings = align({"a": [days, images, derived], "b": [rate]})
    assert [(f.verdict, f.kind, f.relation) for f in findings] == [("agreement", "rate", "derived")]
    assert "9,470–13,258 per hour" in findings[0].explanation


def test_rates_compare_per_hour() -> None:
    per_day = Claim(
        kind="rate", text="", span=(0, 1), value=Interval(240, 240, True, True), unit="1 / day", subject="x"
    )
    per_hour = Claim(
        kind="rate", text="", span=(0, 1), value=Interval(10, 10, True, True), unit="1 / hour", subject="x"
    )
    assert [f.relation for f in align({"a": [per_day], "b": [per_hour]})] == ["equal"]


def test_dates_without_partner_are_unique_with_their_resolution() -> None:
    december = Claim(
        kind="date",
        text="In december",
        span=(0, 11),
        value=DateRange(dt.date(2025, 12, 1), dt.date(2025, 12, 31), "month"),
        steps=(Step("resolve", "'december' read on 2026-01-26 as December 2025"),),
    )
    (finding,) = align({"a": [december], "b": []})
    assert finding.verdict == "unique"
    assert "December 2025" in finding.explanation


def test_alignment_ignores_the_order_of_sources() -> None:
    claims = {
        "a": [count(22_500, 23_500, "gevallen"), money(120e6, "EUR", "boete", start=9)],
        "b": [count(40_000, 41_000, "gevallen"), money(120e6, "EUR", "boete", start=3)],
        "c": [count(22_000, 24_000, "gevallen")],
    }
    reordered = {k: claims[k] for k in ("c", "a", "b")}
    assert align(claims) == align(reordered)


def test_describe_reads_like_a_person() -> None:
    assert describe(Interval(2_500_000, 3_500_000)) == "2,500,000–3,500,000"
    assert describe(Interval(3e6, math.inf, False, False)) == "more than 3,000,000"
    assert describe(Interval.exact(7_500), "EUR") == "7,500 EUR"


def test_long_texts_take_the_indexed_path_with_the_same_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past a number of clusters a claim meets only clusters sharing its noun or figure."""
    import importlib

    engine = importlib.import_module("factcheck.compare")  # the module, not factcheck.compare()
    claims = {
        "a": [count(22_500, 23_500, "gevallen", start=1), money(120e6, "EUR", "boete", start=9)],
        "b": [count(40_000, 41_000, "gevallen", start=2), money(120e6, "EUR", "boete", start=3)],
        "c": [count(22_000, 24_000, "gevallen", start=4), money(120e6, "USD", "boete", start=7)],
    }
    dense = align(claims)
    monkeypatch.setattr(engine, "_DENSE_REPS", 0)
    assert align(claims) == dense


def test_a_dateline_is_context_and_same_days_pair_up() -> None:
    import factcheck

    wire = Source(
        "LONDON, 12 March 2026 (Reuters) - The water company was fined £104 million on Tuesday "
        "for sewage spills, the regulator said.",
        name="wire",
        lang="en",
    )
    paper = Source(
        "The water company was hit with a record £140m penalty for sewage spills, it was announced on Tuesday.",
        name="paper",
        lang="en",
        published="2026-03-12",
    )
    report = factcheck.compare(wire, paper)
    dates = [f for f in report.findings if f.kind == "date"]
    assert [(f.verdict, sorted(c.text for c in f.claims.values())) for f in dates] == [
        ("agreement", ["Tuesday", "Tuesday"])
    ]
    assert [(f.verdict, f.kind) for f in report.discrepancies] == [("discrepancy", "money")]


# --------------------------------------------------------------------------- the score floor

_kinds = st.sampled_from(["count", "money", "percent", "duration", "quantity", "rate", "date"])
_units: dict[str, list[str | None]] = {
    "count": [None],
    "money": ["EUR", "USD"],
    "percent": ["percent", "percentage_point"],
    "duration": ["day", "hour", "minute"],
    "quantity": ["kilometer", "meter", "kilogram"],
    "rate": ["1 / hour", "1 / day", "EUR / month"],
}


@st.composite
def _claims(draw: st.DrawFn) -> Claim:
    kind = draw(_kinds)
    if kind == "date":
        day = draw(st.dates(dt.date(2025, 11, 1), dt.date(2026, 2, 28)))
        granularity = draw(st.sampled_from(["day", "month"]))
        end = day if granularity == "day" else day + dt.timedelta(days=draw(st.integers(0, 30)))
        value: Interval | DateRange = DateRange(day, end, granularity)
        unit = None
    else:
        stated = draw(st.sampled_from([3.0, 12.0, 120.0, 3400.0, 23000.0]))
        spread = draw(st.sampled_from([0.0, 0.1, 0.5]))
        value = Interval(stated * (1 - spread), stated * (1 + spread), stated=stated)
        unit = draw(st.sampled_from(_units[kind]))
    subject = draw(st.sampled_from(["", "boetes", "afbeeldingen"]))
    return Claim(kind=kind, text="x", span=(0, 1), value=value, unit=unit, subject=subject)  # type: ignore[arg-type]


@given(a=_claims(), b=_claims(), unambiguous=st.booleans())
def test_no_threshold_below_the_floor_for_plain_pairs(a: Claim, b: Claim, *, unambiguous: bool) -> None:
    """What lets alignment drop low scores early: in one language, for two different
    figures, neither alone in its block and no candidate under check, _threshold() never
    asks less than _FLOOR."""
    if _figure(a) is not None and _figure(a) == _figure(b):
        return  # the same figure may ask less: those pairs are never dropped early
    pair = _Pair(same_lang=True, unambiguous=unambiguous, alone=False, checking=False, same_figure=False)
    threshold = _threshold(a, _normalise(a), b, _normalise(b), pair)
    assert threshold is None or threshold >= _FLOOR


# Context strings as alignment builds them, and odd ones: repeated words, accents, several
# kinds of white space (rapidfuzz and Python must split them alike), empty strings.
_context_strings = st.lists(
    st.sampled_from(["haven", "douane", "cocaïne", "beslag", "ton", "Haven", "a", "ß", "straße", "nam"]),
    max_size=8,
).flatmap(
    lambda words: st.lists(
        st.sampled_from([" ", "  ", "\t", "\xa0", "\u2003", "\n"]), min_size=len(words), max_size=len(words)
    ).map(lambda gaps: "".join(w + g for w, g in zip(words, gaps, strict=True)))
)


@given(
    rows=st.lists(_context_strings, min_size=1, max_size=6),
    cols=st.lists(_context_strings, min_size=1, max_size=6),
)
def test_context_scores_are_token_set_ratio(rows: list[str], cols: list[str]) -> None:
    """The shortcut of _context_scores (a plain ratio for pairs that share no word) gives
    rapidfuzz's token_set_ratio of the words exactly, as float32, for every pair. Words are
    split at any white space (rapidfuzz alone would keep a no-break space inside a word)."""
    import numpy as np
    from rapidfuzz import fuzz, process

    index = _WordIndex()
    for text in cols:
        words = frozenset(text.split())
        index.add(words, " ".join(sorted(words)))
    row_words = [frozenset(text.split()) for text in rows]
    got = _context_scores(row_words, [" ".join(sorted(w)) for w in row_words], index)
    words = [" ".join(text.split()) for text in (*rows, *cols)]
    want = process.cdist(
        words[: len(rows)], words[len(rows) :], scorer=fuzz.token_set_ratio, dtype=np.float32, workers=1
    )
    assert got.dtype == np.float32
    assert np.array_equal(got, want)
