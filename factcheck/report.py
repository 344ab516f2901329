"""The result of a comparison: findings, and ways to read them.

A :class:`Report` is plain immutable data; the renderers (text, Markdown, HTML, JSON,
DataFrame) live in :mod:`factcheck.render` and are imported when first called.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

import attrs

from factcheck.model import Claim, DateRange, Finding, Interval, Source

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SCHEMA_VERSION", "Report", "claim_to_dict"]

# Bumped when a field of to_dict() changes meaning or disappears; adding a field is not a bump.
SCHEMA_VERSION = "1"


def _value_to_dict(value: Interval | DateRange | str) -> dict[str, Any] | str:
    if isinstance(value, Interval):

        def bound(x: float) -> float | None:
            return None if x in (float("inf"), float("-inf")) else x

        return {
            "type": "interval",
            "low": bound(value.low),
            "high": bound(value.high),
            "low_closed": value.low_closed,
            "high_closed": value.high_closed,
            "stated": value.stated,
        }
    if isinstance(value, DateRange):
        return {
            "type": "date_range",
            "start": value.start.isoformat(),
            "end": value.end.isoformat(),
            "granularity": value.granularity,
        }
    return value


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """A claim as JSON-ready data."""
    return {
        "kind": claim.kind,
        "text": claim.text,
        "span": list(claim.span),
        "value": _value_to_dict(claim.value),
        "unit": claim.unit,
        "subject": claim.subject,
        "context": list(claim.context),
        "speaker": claim.speaker,
        "mentions": [list(m) for m in claim.mentions],
        "steps": [{"op": s.op, "detail": s.detail} for s in claim.steps],
    }


@attrs.frozen(kw_only=True)
class Report:
    """What a comparison found.

    ``findings`` are sorted: discrepancies first, then agreements, then details found in one
    source only; within a verdict by claim kind and position. ``mode`` is ``"compare"`` or
    ``"check"``; in a check, ``candidate`` names the source under test.
    """

    sources: tuple[Source, ...]
    findings: tuple[Finding, ...]
    mode: Literal["compare", "check"] = "compare"
    candidate: str | None = None

    @property
    def agreements(self) -> tuple[Finding, ...]:
        """Findings where every source that states the claim agrees."""
        return tuple(f for f in self.findings if f.verdict == "agreement")

    @property
    def discrepancies(self) -> tuple[Finding, ...]:
        """Findings where sources state the same thing differently."""
        return tuple(f for f in self.findings if f.verdict == "discrepancy")

    @property
    def unique(self) -> tuple[Finding, ...]:
        """Details found in one source only."""
        return tuple(f for f in self.findings if f.verdict == "unique")

    # check() reads the same verdicts from the candidate's point of view
    @property
    def supported(self) -> tuple[Finding, ...]:
        """In a check: the candidate's claims the sources support."""
        return self.agreements

    @property
    def contradicted(self) -> tuple[Finding, ...]:
        """In a check: the candidate's claims the sources contradict."""
        return self.discrepancies

    @property
    def unsupported(self) -> tuple[Finding, ...]:
        """In a check: the candidate's claims no source states."""
        return self.unique

    @property
    def consistent(self) -> bool:
        """True when no discrepancy was found."""
        return not self.discrepancies

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as flat tuples (see ``factcheck._wire``): reports cross process pools fast."""
        from factcheck import _wire

        try:
            return (_wire.unpack_report, (_wire.pack_report(self),))
        except _wire.NotPackable:
            return (_wire.unpack_report_plain, (self.sources, self.findings, self.mode, self.candidate))

    def __len__(self) -> int:
        return len(self.findings)

    def source(self, name: str) -> Source:
        """The source called ``name``."""
        for src in self.sources:
            if src.label == name:
                return src
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data, in the documented, versioned schema."""
        return {
            "schema": f"factcheck.report/{SCHEMA_VERSION}",
            "mode": self.mode,
            "candidate": self.candidate,
            "sources": [
                {
                    "name": s.label,
                    "lang": s.lang,
                    "published": s.published.isoformat() if s.published else None,
                    "length": len(s.text),
                }
                for s in self.sources
            ],
            "summary": {
                "agreements": len(self.agreements),
                "discrepancies": len(self.discrepancies),
                "unique": len(self.unique),
                "consistent": self.consistent,
            },
            "findings": [
                {
                    "verdict": f.verdict,
                    "kind": f.kind,
                    "relation": f.relation,
                    "explanation": f.explanation,
                    "steps": [{"op": s.op, "detail": s.detail} for s in f.steps],
                    "claims": {name: claim_to_dict(c) for name, c in sorted(f.claims.items())},
                }
                for f in self.findings
            ],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as a JSON document (see :meth:`to_dict`)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_text(self, *, color: bool = False) -> str:
        """The report as plain text grouped by verdict, for a terminal."""
        from factcheck.render.text import render_text

        return render_text(self, color=color)

    def to_markdown(self) -> str:
        """The report as Markdown, for a CI artifact or a pull-request comment."""
        from factcheck.render.markdown import render_markdown

        return render_markdown(self)

    def to_html(self) -> str:
        """The report as a self-contained HTML fragment (no script or style fetched)."""
        from factcheck.render.html import render_html

        return render_html(self)

    def _repr_html_(self) -> str:
        return self.to_html()

    def to_pandas(self) -> pd.DataFrame:
        """One row per finding and source; needs the ``pandas`` extra."""
        from factcheck.render.frame import to_frame

        return to_frame(self)

    def __str__(self) -> str:
        return self.to_text()
