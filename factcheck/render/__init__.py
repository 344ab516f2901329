"""Renderers of a :class:`~factcheck.report.Report`: text, Markdown, HTML, JSON, DataFrame.

The words every renderer shares live here, so that a terminal, a pull-request comment and a
notebook name the verdicts alike.
"""

from __future__ import annotations

from factcheck.model import Verdict

__all__ = ["CHECK_TITLES", "MARKS", "TITLES"]

TITLES: dict[Verdict, str] = {
    "discrepancy": "Discrepancies",
    "agreement": "Agreements",
    "unique": "In one source only",
}
# check() reads the verdicts from the candidate's point of view
CHECK_TITLES: dict[Verdict, str] = {
    "discrepancy": "Contradicted by the sources",
    "agreement": "Supported by the sources",
    "unique": "Not in any source",
}
MARKS: dict[Verdict, str] = {"discrepancy": "✗", "agreement": "✓", "unique": "•"}
