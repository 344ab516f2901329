"""Numeric claims on a blind set of news sentences written for this purpose (issue 4).

``tests/data/numbers_blind.json`` holds 150 sentences, 30 per language, written fresh in
the way newsrooms write, with the numeric claims a reader would notice: their text, kind,
a value the claim's interval must hold, the unit, "lower" for a lower bound, and the
subject where the sentence makes it plain. A sentence with no claims is a negative case
(scores, times of day, court numbers). The floors sit a little under what the extractor
reached when the set was scored; run this file as a script to print the figures.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.model import Claim, Interval

DATA = Path(__file__).parent / "data" / "numbers_blind.json"
LANGS = ("en", "nl", "de", "fr", "es")
NUMERIC = frozenset({"count", "money", "quantity", "percent", "duration", "rate"})
KINDS = frozenset(NUMERIC)
# Floors per language: (claim recall, claim precision, subject accuracy).
FLOORS: dict[str, tuple[float, float, float]] = {
    "en": (0.95, 0.92, 0.90),
    "nl": (0.95, 0.95, 0.90),
    "de": (0.95, 0.95, 0.93),
    "fr": (0.95, 0.95, 0.93),
    "es": (0.95, 0.95, 0.95),
}
# Fractions are exact; values in the file are written to four decimals.
REL_TOL = 1e-3


def _cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads(DATA.read_text(encoding="utf-8"))
    return cases


def _holds(iv: Interval, value: float) -> bool:
    slack = abs(value) * REL_TOL
    return iv.low - slack <= value <= iv.high + slack


def _matches(claim: Claim, want: dict[str, Any]) -> bool:
    if claim.kind != want["kind"] or not isinstance(claim.value, Interval):
        return False
    if claim.unit != want["unit"] or not _holds(claim.value, want["value"]):
        return False
    return want.get("bound") != "lower" or math.isinf(claim.value.high)


def _span(text: str, want: dict[str, Any]) -> tuple[int, int]:
    start = text.index(want["text"])
    return start, start + len(want["text"])


def score(lang: str) -> tuple[dict[str, int], list[str]]:
    """Counts for one language (expected, found, claims, true claims, subjects, subjects right)."""
    counts = dict.fromkeys(("expected", "found", "claims", "true", "subjects", "subjects_ok"), 0)
    misses: list[str] = []
    for case in _cases():
        if case["lang"] != lang:
            continue
        text = case["text"]
        claims = [c for c in factcheck.extract(text, lang=lang) if c.kind in NUMERIC]
        spans = [_span(text, w) for w in case["claims"]]
        for want, (s, e) in zip(case["claims"], spans, strict=True):
            counts["expected"] += 1
            hit = next((c for c in claims if c.span[0] < e and s < c.span[1] and _matches(c, want)), None)
            if hit is None:
                got = [(c.text, c.kind, str(c.value), c.unit) for c in claims]
                misses.append(f"MISS {want['text']!r} {want['kind']} {want['value']} {want['unit']}: {got}")
                continue
            counts["found"] += 1
            if "subject" in want:
                counts["subjects"] += 1
                if hit.subject == want["subject"]:
                    counts["subjects_ok"] += 1
                else:
                    misses.append(f"SUBJ {want['text']!r}: {hit.subject!r} != {want['subject']!r}")
        for claim in claims:
            counts["claims"] += 1
            if any(claim.span[0] < e and s < claim.span[1] for s, e in spans):
                counts["true"] += 1
            else:
                misses.append(f"FP   {claim.text!r} ({claim.kind}) in {text!r}")
    return counts, misses


def _ratios(counts: dict[str, int]) -> tuple[float, float, float]:
    recall = counts["found"] / counts["expected"] if counts["expected"] else 1.0
    precision = counts["true"] / counts["claims"] if counts["claims"] else 1.0
    subjects = counts["subjects_ok"] / counts["subjects"] if counts["subjects"] else 1.0
    return recall, precision, subjects


def test_blind_set_is_well_formed() -> None:
    cases = _cases()
    assert len(cases) == 150
    for lang in LANGS:
        assert sum(c["lang"] == lang for c in cases) == 30
    for case in cases:
        assert set(case) == {"lang", "text", "claims"}
        for want in case["claims"]:
            assert want["text"] in case["text"]
            assert want["kind"] in KINDS
            assert set(want) <= {"text", "kind", "value", "unit", "bound", "subject"}


@pytest.mark.parametrize("lang", LANGS)
def test_blind_set(lang: str) -> None:
    counts, misses = score(lang)
    recall, precision, subjects = _ratios(counts)
    floor_recall, floor_precision, floor_subjects = FLOORS[lang]
    detail = "\n".join(misses)
    assert recall >= floor_recall, f"{lang}: recall {recall:.3f}\n{detail}"
    assert precision >= floor_precision, f"{lang}: precision {precision:.3f}\n{detail}"
    assert subjects >= floor_subjects, f"{lang}: subjects {subjects:.3f}\n{detail}"


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    total = dict.fromkeys(("expected", "found", "claims", "true", "subjects", "subjects_ok"), 0)
    for lang in LANGS:
        counts, misses = score(lang)
        for k, v in counts.items():
            total[k] += v
        r, p, s = _ratios(counts)
        print(f"{lang}: recall {r:.3f} precision {p:.3f} subjects {s:.3f} {counts}")  # noqa: T201
        if verbose:
            print("\n".join("   " + m for m in misses))  # noqa: T201
    r, p, s = _ratios(total)
    print(f"all: recall {r:.3f} precision {p:.3f} subjects {s:.3f} {total}")  # noqa: T201
