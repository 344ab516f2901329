"""Scoring quoted statements against annotated paragraphs, shared by the quote test sets.

A found statement counts when it overlaps an annotated one; a speaker is right when
``same_speaker`` says so, and an annotated ``None`` must be found as ``None``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conformance_util import overlaps

from factcheck.extract.quotes import extract_quotes, same_speaker


def cases(path: Path) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["cases"]
    return cases


def gold(case: dict[str, Any]) -> list[tuple[int, int, str | None]]:
    """Annotated statements as (start, end, speaker), located left to right."""
    out = []
    pos = 0
    for q in case["quotes"]:
        start = case["text"].index(q["text"], pos)
        end = start + len(q["text"])
        out.append((start, end, q["speaker"]))
        pos = end
    return out


def score(lang: str, path: Path) -> dict[str, Any]:
    """Span precision, recall, F1 and speaker accuracy of ``lang``'s cases, with the misses."""
    found = expected = hit_pred = predicted = right_speaker = 0
    misses: list[tuple[str, str, str | None, str | None]] = []
    for case in cases(path):
        if case["lang"] != lang:
            continue
        annotated = gold(case)
        claims = extract_quotes(case["text"], lang)
        predicted += len(claims)
        expected += len(annotated)
        hit_pred += sum(any(overlaps(c.span, g[:2]) for g in annotated) for c in claims)
        for start, end, speaker in annotated:
            match = [c for c in claims if overlaps(c.span, (start, end))]
            got = match[0].speaker if match else None
            if match:
                found += 1
            if match and ((speaker is None and got is None) or same_speaker(speaker, got)):
                right_speaker += 1
            else:
                misses.append(
                    (case["label"], case["text"][start:end][:40], speaker, got if match else "(no span)")
                )
    precision = hit_pred / predicted if predicted else 1.0
    recall = found / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "statements": expected,
        "right": right_speaker,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "speaker": right_speaker / expected if expected else 1.0,
        "misses": misses,
    }
