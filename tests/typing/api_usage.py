"""The public API used the way a user does; `mypy --strict` checks this file (nox -s typecheck)."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import factcheck
from factcheck import Claim, DateRange, Finding, Interval, Report, Source


def usage() -> None:
    src = Source("date 2026-01-26 Er werden 120 boetes uitgedeeld.", name="a", lang="nl")
    other = Source("Er werden 95 boetes uitgedeeld.", name="b", lang="nl", published=dt.date(2026, 1, 26))
    claims: list[Claim] = factcheck.extract(src)
    for claim in claims:
        start, end = claim.span
        if isinstance(claim.value, Interval):
            low: float = claim.value.low
        elif isinstance(claim.value, DateRange):
            first: dt.date = claim.value.start
    report: Report = factcheck.compare(src, other)
    finding: Finding
    for finding in report.discrepancies:
        reason: str = finding.explanation
        evidence: dict[str, tuple[int, int]] = {name: c.span for name, c in finding.claims.items()}
    checked: Report = factcheck.check("95 boetes", against=[src, other])
    ok: bool = checked.consistent
    with ThreadPoolExecutor(2) as pool:
        reports: list[Report] = factcheck.compare_many([[src, other]], executor=pool)
    data: dict[str, object] = report.to_dict()
    del start, end, low, first, reason, evidence, ok, reports, data
