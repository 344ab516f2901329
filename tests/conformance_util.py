"""Loading the public conformance set, which lives outside the project.

The set sits in ``../shared/conformance/recognizers/<lang>.jsonl`` relative to the project
root; tests skip cleanly when it is absent (it is never copied into the project).
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

LANGS = ("en", "nl", "de", "fr", "es")


def conformance_dir() -> Path:
    """Where the conformance files are: $FACTCHECK_CONFORMANCE or ../shared/conformance."""
    env = os.environ.get("FACTCHECK_CONFORMANCE")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "conformance"


def load_cases(lang: str) -> list[dict[str, Any]] | None:
    """The parsed cases of one language, or None when the set is absent."""
    path = conformance_dir() / "recognizers" / f"{lang}.jsonl"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two half-open character ranges share a character."""
    return a[0] < b[1] and b[0] < a[1]


def close_enough(x: float, y: float, rel: float = 1e-9) -> bool:
    """Equality with the relative tolerance the conformance README sets."""
    return math.isclose(x, y, rel_tol=rel, abs_tol=1e-12)


def format_table(rows: list[tuple[str, str, int, int, int, int]]) -> str:
    """A table of (lang, kind, expected, found, claims, true claims) with recall and precision."""
    lines = [
        f"{'lang':4} {'kind':12} {'expected':>8} {'found':>6} {'recall':>7} {'claims':>6} {'precision':>9}"
    ]
    for lang, kind, expected, found, claims, true_claims in rows:
        recall = found / expected if expected else 1.0
        precision = true_claims / claims if claims else 1.0
        lines.append(
            f"{lang:4} {kind:12} {expected:8d} {found:6d} {recall:7.3f} {claims:6d} {precision:9.3f}"
        )
    return "\n".join(lines)
