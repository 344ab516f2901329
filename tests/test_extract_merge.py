"""How extract() merges what its extractors found, and where derivations see a sentence end."""

from __future__ import annotations

import datetime as dt
import gc
import importlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import _drop_shadowed, extract
from factcheck.extract.dates import extract_dates
from factcheck.extract.derive import SENTENCE_END
from factcheck.model import Claim, DateRange, Interval

_DAY = DateRange(dt.date(2026, 1, 26), dt.date(2026, 1, 26), "day")


def _claim(kind: str, start: int, length: int) -> Claim:
    value: Interval | DateRange = _DAY if kind == "date" else Interval.exact(float(start))
    return Claim(kind=kind, text="x" * length, span=(start, start + length), value=value)  # type: ignore[arg-type]


_spans = st.tuples(st.integers(0, 200), st.integers(1, 30))


@given(
    numbers=st.lists(st.tuples(st.sampled_from(["count", "money"]), _spans), max_size=30),
    dates=st.lists(_spans, max_size=30),
)
def test_a_count_overlapping_any_date_is_dropped(
    numbers: list[tuple[str, tuple[int, int]]], dates: list[tuple[int, int]]
) -> None:
    nums = [_claim(kind, s, n) for kind, (s, n) in numbers]
    days = [_claim("date", s, n) for s, n in dates]
    expected = [
        c
        for c in nums
        if c.kind != "count" or not any(d.span[0] < c.span[1] and c.span[0] < d.span[1] for d in days)
    ]
    assert _drop_shadowed(nums, days) == expected


def test_in_2023_is_a_year_not_a_count() -> None:
    from factcheck import extract

    claims = extract("In 2023 kwamen 2.023 mensen.", lang="nl", published=dt.date(2026, 1, 26))
    assert [(c.kind, c.text) for c in claims] == [("date", "2023"), ("count", "2.023 mensen")]


@given(st.text(alphabet=st.sampled_from(list("ab .!?…\n\"'”») \t5")), max_size=60))
def test_sentence_ends_are_those_of_the_plain_alternation(text: str) -> None:
    plain = re.compile(r"[.!?…]+[\"'”»)]?\s+|\n")
    assert [m.span() for m in SENTENCE_END.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _collector_states(monkeypatch: pytest.MonkeyPatch, target: str) -> list[bool]:
    """Record whether the cyclic collector runs each time ``target`` (a module's function) is called."""
    module_name, name = target.rsplit(".", 1)
    module = importlib.import_module(module_name)
    real = getattr(module, name)
    seen: list[bool] = []

    def probe(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, probe)
    return seen


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_a_text_pauses_the_collector_and_restores_it(
    monkeypatch: pytest.MonkeyPatch, *, enabled: bool
) -> None:
    was = gc.isenabled()
    text = "Op 3 januari 2026 kreeg het bedrijf een boete van 120 miljoen euro."
    try:
        gc.enable() if enabled else gc.disable()
        inside = _collector_states(monkeypatch, "factcheck.extract.dates._candidates")
        assert [c.kind for c in extract(text, lang="nl")] == ["date", "money"]
        assert extract_dates(text, "nl", dt.date(2026, 1, 26))
        assert len(inside) >= 2
        assert not any(inside)
        assert gc.isenabled() is enabled

        def broken(*_args: object) -> object:
            raise RuntimeError("reader failed")

        monkeypatch.setattr(importlib.import_module("factcheck.extract.dates"), "_candidates", broken)
        with pytest.raises(RuntimeError, match="reader failed"):
            extract_dates(text, "nl", dt.date(2026, 1, 26))
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
