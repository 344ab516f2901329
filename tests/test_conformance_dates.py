"""The datetime cases of the public conformance set, scored as its README says.

Date-like results (``date``, ``daterange``, ``datetime``, ``datetimerange``) are scored against
``date`` claims and set the floors; ``duration`` results are scored against ``duration`` claims
(made by the numbers extractor) and only reported. Cases whose expectation is wrong for news
are listed, each with its reason, in ``tests/data/dates_conformance_exceptions.json``; an entry
with a ``result`` skips that one expected result, one without skips the whole case.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.model import Claim, DateRange, Interval

from .conformance_util import LANGS, close_enough, format_table, load_cases, overlaps

RECALL_FLOOR = 0.85
PRECISION_FLOOR = 0.90
DATE_TYPES = {"date", "daterange", "datetime", "datetimerange"}
EXCEPTIONS_PATH = Path(__file__).parent / "data" / "dates_conformance_exceptions.json"
# Upstream counts a month as 30 days and a year as 365 (see the conformance README).
SECONDS = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 7 * 86400,
    "month": 30 * 86400,
    "year": 365 * 86400,
}


def _exceptions() -> dict[str, set[str | None]]:
    """Case ids to skip, each with the result texts to skip (None: the whole case)."""
    data = json.loads(EXCEPTIONS_PATH.read_text(encoding="utf-8"))
    out: dict[str, set[str | None]] = {}
    for item in data:
        out.setdefault(item["id"], set()).add(item.get("result"))
    return out


def _day(raw: str) -> dt.date:
    return dt.date.fromisoformat(raw[:10])


def _readings(result: dict[str, Any]) -> list[tuple[dt.date | None, dt.date | None]]:
    """Each reading of a date-like result as (start, exclusive end); None where not compared."""
    out: list[tuple[dt.date | None, dt.date | None]] = []
    for v in result.get("values") or []:
        value, start, end, mod = v.get("value"), v.get("start"), v.get("end"), v.get("Mod")
        if value and value[:1].isdigit():
            day = _day(value)
            out.append((day, day + dt.timedelta(days=1)))
        elif start or end:
            lo = _day(start) if start and mod not in {"before", "until"} else None
            hi = _day(end) if end and mod not in {"after", "since"} else None
            if hi is not None and end and len(end) > 10 and end[11:] != "00:00:00":
                hi = hi + dt.timedelta(days=1)  # a date-time range compares by its days
            if lo is not None or hi is not None:
                out.append((lo, hi))
    return out


def _date_found(claim: Claim, readings: list[tuple[dt.date | None, dt.date | None]]) -> bool:
    value = claim.value
    if not isinstance(value, DateRange):
        return False
    for lo, hi in readings:
        if lo is not None and value.start != lo:
            continue
        if hi is not None and value.end not in {hi, hi - dt.timedelta(days=1)}:
            continue
        return True
    return False


def _duration_found(claim: Claim, seconds: float) -> bool:
    value = claim.value
    if not isinstance(value, Interval) or claim.unit is None:
        return False
    unit = claim.unit.removesuffix("s")
    if unit not in SECONDS:
        return False
    low, high = value.low * SECONDS[unit], value.high * SECONDS[unit]
    return (low <= seconds or close_enough(low, seconds)) and (
        seconds <= high or math.isinf(high) or close_enough(high, seconds)
    )


def _touches(claim: Claim, span: tuple[int, int]) -> bool:
    """Whether the claim or one of its repeated mentions overlaps ``span``."""
    return any(overlaps(s, span) for s in (claim.span, *claim.mentions))


def score(lang: str) -> tuple[list[tuple[str, str, int, int, int, int]], list[str]]:
    """Table rows for ``lang`` (date, duration) and a list of human-readable misses."""
    cases = [c for c in load_cases(lang) or [] if c["kind"] == "datetime"]
    skipped = _exceptions()
    tallies = {"date": [0, 0, 0, 0], "duration": [0, 0, 0, 0]}  # expected, found, claims, true
    misses: list[str] = []
    for case in cases:
        skip = skipped.get(case["id"], set())
        if None in skip:
            continue
        context = case["context"] or {}
        published = _day(context["ReferenceDateTime"]) if context.get("ReferenceDateTime") else None
        claims = factcheck.extract(case["input"], lang=lang, published=published)
        results = case["results"]
        spans = [(r["start"], r["end"]) for r in results]
        for kind in ("date", "duration"):
            mine = [c for c in claims if c.kind == kind]
            tallies[kind][2] += len(mine)
            for c in mine:
                if any(overlaps(m, s) for m in (c.span, *c.mentions) for s in spans):
                    tallies[kind][3] += 1
                else:
                    misses.append(f"FP  {case['id']}: {c.text!r} -> {c.value} in {case['input']!r}")
        for r in results:
            rtype = r["type"].split(".")[-1]
            span = (r["start"], r["end"])
            if r["text"] in skip:
                continue
            if rtype in DATE_TYPES:
                readings = _readings(r)
                if not readings:
                    continue
                tallies["date"][0] += 1
                near = [c for c in claims if c.kind == "date" and _touches(c, span)]
                if any(_date_found(c, readings) for c in near):
                    tallies["date"][1] += 1
                else:
                    got = ", ".join(f"{c.text!r}={c.value}" for c in near) or "nothing"
                    misses.append(
                        f"MISS {case['id']}: {r['text']!r} {readings[0]} got {got} in {case['input']!r}"
                    )
            elif rtype == "duration" and isinstance(r.get("value"), int | float):
                tallies["duration"][0] += 1
                near = [c for c in claims if c.kind == "duration" and _touches(c, span)]
                if any(_duration_found(c, float(r["value"])) for c in near):
                    tallies["duration"][1] += 1
                else:  # durations come from the numbers extractor: listed for its engineer
                    got = ", ".join(f"{c.text!r}={c.value}" for c in near) or "nothing"
                    misses.append(
                        f"DUR  {case['id']}: {r['text']!r} {r['value']} s got {got} in {case['input']!r}"
                    )
    rows = [(lang, kind, *tallies[kind]) for kind in ("date", "duration")]
    return rows, misses  # type: ignore[return-value]


def test_exceptions_are_well_formed() -> None:
    data = json.loads(EXCEPTIONS_PATH.read_text(encoding="utf-8"))
    keys = [(item["id"], item.get("result")) for item in data]
    assert len(keys) == len(set(keys))
    ids = [item["id"] for item in data]
    for item in data:
        assert set(item) in ({"id", "reason"}, {"id", "result", "reason"})
        assert item["id"].split("/")[1] == "datetime"
        assert len(item["reason"]) > 10
    known = set()
    for lang in LANGS:
        cases = load_cases(lang)
        if cases is None:
            pytest.skip("conformance set absent")
        known |= {c["id"] for c in cases}
    assert set(ids) <= known


@pytest.mark.parametrize("lang", LANGS)
def test_conformance_dates(lang: str) -> None:
    if load_cases(lang) is None:
        pytest.skip("conformance set absent")
    rows, _ = score(lang)
    print()  # noqa: T201
    print(format_table(rows))  # noqa: T201
    _, kind, expected, found, claims, true_claims = rows[0]
    recall = found / expected if expected else 1.0
    precision = true_claims / claims if claims else 1.0
    assert recall >= RECALL_FLOOR, f"{lang} {kind} recall {recall:.3f} < {RECALL_FLOOR}"
    assert precision >= PRECISION_FLOOR, f"{lang} {kind} precision {precision:.3f} < {PRECISION_FLOOR}"
