"""The Markdown report: a summary, then a section per verdict with the evidence per source.

Meant for a CI artifact or a pull-request comment: every finding is a heading with its
explanation, followed by a blockquote of each source's words, the claim in bold.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.model import VERDICTS, Finding
from factcheck.render import CHECK_TITLES, MARKS, TITLES
from factcheck.render.text import evidence

if TYPE_CHECKING:
    from factcheck.report import Report

__all__ = ["escape_markdown", "render_markdown"]

# Characters that start or end Markdown markup anywhere in a line (CommonMark's ASCII
# punctuation that carries meaning); escaping them all keeps evidence literal.
_SPACE = re.compile(r"\s+")
_SPECIAL = frozenset("\\`*_{}[]()<>#+-.!|~&")


def escape_markdown(text: str) -> str:
    r"""``text`` with Markdown markup characters escaped and whitespace runs made one space.

    >>> escape_markdown("*ruim*  3 [miljoen]")
    '\\*ruim\\* 3 \\[miljoen\\]'
    """
    flat = _SPACE.sub(" ", text)
    return "".join(f"\\{ch}" if ch in _SPECIAL else ch for ch in flat)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _source_line(report: Report) -> str:
    parts = []
    for src in report.sources:
        meta = [src.lang or "language detected"]
        if src.published:
            meta.append(f"published {src.published.isoformat()}")
        role = ", the candidate" if report.mode == "check" and src.label == report.candidate else ""
        parts.append(f"**{escape_markdown(src.label)}** ({', '.join(meta)}{role})")
    return "Sources: " + "; ".join(parts) + "."


def _finding(report: Report, number: int, finding: Finding) -> list[str]:
    head = (
        f"### {number}. {MARKS[finding.verdict]} {finding.kind}, {finding.relation}: "
        f"{escape_markdown(finding.explanation)}"
    )
    lines = [head, ""]
    for name, claim in sorted(finding.claims.items()):
        left, middle, right = evidence(report.source(name).text, claim)
        where = f"characters {claim.start}–{claim.end}"
        speaker = f", speaker {escape_markdown(claim.speaker)}" if claim.speaker else ""
        more = f", also at {', '.join(f'{s}–{e}' for s, e in claim.mentions)}" if claim.mentions else ""
        lines.append(f"**{escape_markdown(name)}** ({where}{speaker}{more}):")
        lines.append("")
        lines.append(f"> {escape_markdown(left)}**{escape_markdown(middle)}**{escape_markdown(right)}")
        lines.append("")
    if len(finding.steps) > 1:
        lines.extend(f"- {escape_markdown(s.op)}: {escape_markdown(s.detail)}" for s in finding.steps)
        lines.append("")
    return lines


def render_markdown(report: Report) -> str:
    """The report as Markdown: a summary, then a section per verdict.

    >>> from factcheck.report import Report
    >>> print(render_markdown(Report(sources=(), findings=())), end="")
    # factcheck report
    <BLANKLINE>
    Consistent: 0 discrepancies, 0 agreements, 0 in one source only.
    <BLANKLINE>
    No claims found to compare.
    """
    titles = CHECK_TITLES if report.mode == "check" else TITLES
    groups = {v: [f for f in report.findings if f.verdict == v] for v in VERDICTS}
    state = "Consistent" if report.consistent else "**Not consistent**"
    if report.mode == "check":
        tally = (
            f"{len(groups['discrepancy'])} contradicted, {len(groups['agreement'])} supported, "
            f"{len(groups['unique'])} unsupported"
        )
        title = f"# factcheck: {escape_markdown(report.candidate or '')} checked against the sources"
    else:
        tally = (
            f"{_plural(len(groups['discrepancy']), 'discrepancy', 'discrepancies')}, "
            f"{_plural(len(groups['agreement']), 'agreement', 'agreements')}, "
            f"{len(groups['unique'])} in one source only"
        )
        title = "# factcheck report"
    out = [title, "", f"{state}: {tally}.", ""]
    if report.sources:
        out.extend([_source_line(report), ""])
    number = 0
    for verdict in VERDICTS:
        if not groups[verdict]:
            continue
        out.extend([f"## {titles[verdict]} ({len(groups[verdict])})", ""])
        for finding in groups[verdict]:
            number += 1
            out.extend(_finding(report, number, finding))
    if not report.findings:
        out.extend(["No claims found to compare.", ""])
    return "\n".join(out).rstrip("\n") + "\n"
