"""The plain-text report: grouped by verdict, each finding with its evidence in every source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.model import VERDICTS, Claim, Finding, Verdict
from factcheck.render import CHECK_TITLES, MARKS, TITLES

if TYPE_CHECKING:
    from factcheck.report import Report

__all__ = ["evidence", "render_text"]

_COLORS: dict[Verdict, str] = {"discrepancy": "\x1b[31m", "agreement": "\x1b[32m", "unique": "\x1b[33m"}
_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"


def evidence(text: str, claim: Claim, width: int = 40) -> tuple[str, str, str]:
    """The claim's characters with up to ``width`` characters of context on each side."""
    start, end = claim.span
    left = " ".join(text[max(0, start - width) : start].split())
    right = " ".join(text[end : end + width].split())
    if start > width:
        left = "…" + left
    if end + width < len(text):
        right += "…"
    if text[start - 1 : start].isspace():
        left += " "
    if text[end : end + 1].isspace():
        right = " " + right
    return left, " ".join(text[start:end].split()), right


def _finding_lines(report: Report, finding: Finding, *, color: bool) -> list[str]:
    mark = MARKS[finding.verdict]
    head = f"{mark} [{finding.kind}, {finding.relation}] {finding.explanation}"
    if color:
        head = f"{_COLORS[finding.verdict]}{head}{_RESET}"
    lines = [head]
    for name, claim in sorted(finding.claims.items()):
        left, middle, right = evidence(report.source(name).text, claim)
        hit = f"{_BOLD}{middle}{_RESET}" if color else f"[{middle}]"
        where = f"{claim.span[0]}-{claim.span[1]}"
        speaker = f" (speaker: {claim.speaker})" if claim.kind == "quote" and claim.speaker else ""
        lines.append(f"    {name} @{where}{speaker}: {left}{hit}{right}")
        lines.extend(f"    {name} also @{s}-{e}" for s, e in claim.mentions)
    return lines


def render_text(report: Report, *, color: bool = False) -> str:
    """The report as text for a terminal; ``color`` adds ANSI colours."""
    titles = CHECK_TITLES if report.mode == "check" else TITLES
    names = ", ".join(
        f"{s.label} ({s.lang or '?'}, published {s.published.isoformat() if s.published else 'unknown'})"
        for s in report.sources
    )
    out = [f"factcheck: {len(report.sources)} sources: {names}"]
    if report.mode == "check":
        counts = (
            f"{report.candidate}: {len(report.contradicted)} contradicted, "
            f"{len(report.supported)} supported, {len(report.unsupported)} unsupported"
        )
    else:
        d, a = len(report.discrepancies), len(report.agreements)
        counts = (
            f"{d} {'discrepancy' if d == 1 else 'discrepancies'}, "
            f"{a} {'agreement' if a == 1 else 'agreements'}, {len(report.unique)} in one source only"
        )
    out.append(counts)
    for verdict in VERDICTS:
        group = [f for f in report.findings if f.verdict == verdict]
        if not group:
            continue
        title = titles[verdict].upper()
        out.append("")
        out.append(f"{_BOLD}{title}{_RESET} ({len(group)})" if color else f"{title} ({len(group)})")
        for finding in group:
            out.extend(_finding_lines(report, finding, color=color))
    if not report.findings:
        out.extend(["", "No claims found to compare."])
    verdict_line = "consistent: no discrepancies" if report.consistent else "NOT consistent"
    out.extend(["", verdict_line])
    return "\n".join(out)
