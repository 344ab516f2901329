"""Reports pickle as flat tuples and come back equal, whatever they hold.

``compare_many`` on a process pool sends every report back through pickle, so the
format of ``factcheck._wire`` is on the path of every pooled comparison: the rebuilt
report must be equal to the original, with every object of its own type, for any claim
values and steps, and fall back to plain pickling for what the format does not know.
"""

from __future__ import annotations

import datetime as dt
import math
import pickle
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import _wire
from factcheck.model import Claim, DateRange, Finding, Interval, Source, Step
from factcheck.report import Report

SEEDS = Path(__file__).parents[1] / "seeds"


def _round_trip(report: Report) -> Report:
    return pickle.loads(pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL))  # noqa: S301 - our own bytes


def _objects(report: Report) -> list[object]:
    """Every model object a report holds (claims, their parts, values and steps)."""
    out: list[object] = []

    def claim(c: Claim) -> None:
        out.extend([c, c.value, *c.steps])
        for part in c.parts:
            claim(part)

    for f in report.findings:
        out.extend([f, *f.steps])
        for c in f.claims.values():
            claim(c)
    return out


def test_the_seed_report_comes_back_equal_with_its_types() -> None:
    texts = sorted(SEEDS.glob("*.txt"))
    report = factcheck.compare(*[Source(p.read_text(encoding="utf-8"), name=p.stem) for p in texts])
    assert report.findings
    assert report.__reduce__()[0] is _wire.unpack_report
    copy = _round_trip(report)
    assert copy == report
    assert copy.to_dict() == report.to_dict()
    assert [type(x) for x in _objects(copy)] == [type(x) for x in _objects(report)]
    assert [f.explanation for f in copy] == [f.explanation for f in report]


def test_a_check_report_keeps_its_mode_and_candidate() -> None:
    report = factcheck.check(
        "Er werden 95 boetes uitgedeeld in 11 dagen.",
        ["Er werden 120 boetes uitgedeeld in 11 dagen."],
        lang="nl",
    )
    copy = _round_trip(report)
    assert copy == report
    assert (copy.mode, copy.candidate) == ("check", "candidate")


def test_derived_claims_keep_their_parts() -> None:
    report = factcheck.compare(
        "Er werden 3 miljoen afbeeldingen gemaakt in 11 dagen.",
        "Er werden ruim 11.000 afbeeldingen per uur gemaakt.",
        lang="nl",
    )
    derived = [c for f in report for c in f.claims.values() if c.parts]
    assert derived, "the rate of the first source is derived from its count and duration"
    copy = _round_trip(report)
    assert copy == report
    assert [c.parts for f in copy for c in f.claims.values() if c.parts] == [c.parts for c in derived]


class _MyClaim(Claim):
    """A user's subclass of Claim: not a type the flat format knows."""


class _MyStep(Step):
    """A user's subclass of Step."""


def test_what_the_format_does_not_know_is_pickled_one_object_at_a_time() -> None:
    twelve = Interval.exact(12)
    mine = _MyClaim(kind="count", text="12", span=(0, 2), value=twelve)
    plain = Claim(kind="count", text="12", span=(0, 2), value=twelve)
    odd = [
        Finding(verdict="unique", kind="count", claims={"a": mine}, relation="single"),
        Finding(
            verdict="unique", kind="count", claims={"a": plain}, relation="single", steps=(_MyStep("x", "y"),)
        ),
    ]
    for finding in odd:
        report = Report(sources=(Source("12", name="a"),), findings=(finding,))
        assert report.__reduce__()[0] is _wire.unpack_report_plain
        copy = _round_trip(report)
        assert copy == report
        assert [type(x) for x in _objects(copy)] == [type(x) for x in _objects(report)]


# --------------------------------------------------------------------------- any report

_floats = st.floats(allow_nan=False) | st.sampled_from([math.inf, -math.inf, 0.0, -0.0])
_intervals = st.builds(Interval, _floats, _floats, st.booleans(), st.booleans(), st.none() | _floats)
_dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
_ranges = st.builds(DateRange, _dates, _dates, st.sampled_from(["day", "week", "month", "year"]))
_text = st.text(max_size=12)
_steps = st.lists(st.builds(Step, _text, _text), max_size=3).map(tuple)
_spans = st.tuples(st.integers(0, 10**6), st.integers(0, 10**6))


def _claims(parts: st.SearchStrategy[tuple[Claim, ...]]) -> st.SearchStrategy[Claim]:
    return st.builds(
        Claim,
        kind=st.sampled_from(["count", "money", "date", "quote", "rate"]),
        text=_text,
        span=_spans,
        value=_intervals | _ranges | _text,
        unit=st.none() | _text,
        subject=_text,
        context=st.lists(_text, max_size=3).map(tuple),
        speaker=st.none() | _text,
        steps=_steps,
        mentions=st.lists(_spans, max_size=2).map(tuple),
        parts=parts,
    )


_any_claims = _claims(st.lists(_claims(st.just(())), max_size=2).map(tuple))
_findings = st.builds(
    Finding,
    verdict=st.sampled_from(["agreement", "discrepancy", "unique"]),
    kind=st.sampled_from(["count", "date", "quote"]),
    claims=st.dictionaries(st.sampled_from(["a", "b", "c"]), _any_claims, min_size=1, max_size=3),
    relation=st.sampled_from(["equal", "overlap", "disjoint", "single"]),
    steps=_steps,
)


@settings(max_examples=60, deadline=None)
@given(
    findings=st.lists(_findings, max_size=4),
    mode=st.sampled_from(["compare", "check"]),
    candidate=st.none() | st.just("a"),
)
def test_any_report_comes_back_equal(findings: list[Finding], mode: Any, candidate: str | None) -> None:
    sources = (Source("x", name="a"), Source("y", name="b"), Source("z", name="c"))
    report = Report(sources=sources, findings=tuple(findings), mode=mode, candidate=candidate)
    copy = _round_trip(report)
    assert copy == report
    assert [type(x) for x in _objects(copy)] == [type(x) for x in _objects(report)]
    # a claim that two findings share stays one object
    shared = {id(c) for f in report for c in f.claims.values()}
    assert len({id(c) for f in copy for c in f.claims.values()}) == len(shared)
