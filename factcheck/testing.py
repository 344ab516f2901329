"""Helpers for test suites: assert that texts agree, with a readable diff when they do not.

>>> from factcheck.testing import assert_consistent
>>> report = assert_consistent(
...     "De boete was 120 miljoen euro.", against=["Een boete van 120 miljoen euro."], lang="nl"
... )
>>> len(report.supported)
1
"""

from __future__ import annotations

import functools
import json
from collections.abc import Collection, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

from factcheck.render.text import evidence

if TYPE_CHECKING:
    from factcheck.model import Finding, Source
    from factcheck.report import Report

__all__ = [
    "FactcheckAssertionError",
    "assert_consistent",
    "assert_no_discrepancies",
    "describe_findings",
    "report_schema",
    "validate_report",
]

# check()'s names for the verdicts, accepted in ``allow`` next to the verdicts themselves
_ALIASES = {"unsupported": "unique", "contradicted": "discrepancy", "supported": "agreement"}


class FactcheckAssertionError(AssertionError):
    """Raised by the assertions of this module; ``report`` is the report that failed."""

    def __init__(self, message: str, report: Report) -> None:
        super().__init__(message)
        self.report = report

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self), self.report))


def _allowed(finding: Finding, allow: Collection[str]) -> bool:
    names = {_ALIASES.get(a, a) for a in allow}
    return finding.verdict == "agreement" or finding.verdict in names or finding.relation in names


def _label(report: Report, finding: Finding) -> str:
    if report.mode == "check":
        return {"discrepancy": "contradicted", "agreement": "supported", "unique": "unsupported"}[
            finding.verdict
        ]
    return {"discrepancy": "discrepancy", "agreement": "agreement", "unique": "in one source only"}[
        finding.verdict
    ]


def describe_findings(report: Report, findings: Sequence[Finding]) -> str:
    """``findings`` as a diff a reader takes in at a glance.

    Each finding gets a header with its verdict, kind, relation and explanation, then one
    line per source: ``-`` for the sources' words, ``+`` for the candidate's (in a check),
    ``*`` for every source in a comparison. The claim itself is in brackets, with a little
    context on either side.
    """
    names = [s.label for s in report.sources]
    width = max((len(n) for n in names), default=0)
    lines: list[str] = []
    for finding in findings:
        lines.append(f"{_label(report, finding)} [{finding.kind}, {finding.relation}]: {finding.explanation}")
        order = sorted(finding.claims, key=lambda n: (n == report.candidate, n))
        for name in order:
            claim = finding.claims[name]
            left, middle, right = evidence(report.source(name).text, claim, width=30)
            mark = "*"
            if report.mode == "check":
                mark = "+" if name == report.candidate else "-"
            speaker = f"  (said by {claim.speaker})" if claim.speaker else ""
            lines.append(f"  {mark} {name:<{width}} {left}[{middle}]{right}{speaker}")
        if report.mode == "check" and finding.verdict == "unique":
            lines.append(f"  - {'(sources)':<{width}} no source states this")
        lines.append("")
    return "\n".join(lines).rstrip("\n")


def _fail(report: Report, failing: Sequence[Finding], what: str) -> None:
    counts: dict[str, int] = {}
    for f in failing:
        label = _label(report, f)
        counts[label] = counts.get(label, 0) + 1
    plurals = {"discrepancy": "discrepancies"}
    tally = ", ".join(f"{n} {plurals.get(label, label) if n > 1 else label}" for label, n in counts.items())
    head = f"factcheck: {what}: {tally}"
    raise FactcheckAssertionError(f"{head}\n\n{describe_findings(report, failing)}", report)


def assert_consistent(
    candidate: Source | str,
    against: Sequence[Source | str],
    *,
    allow: Collection[str] = ("unique",),
    lang: str | None = None,
) -> Report:
    """Assert that every claim of ``candidate`` is consistent with ``against``.

    Runs :func:`factcheck.check` and raises :class:`AssertionError` listing each
    contradicted claim, the candidate's words next to the sources' words, and the
    explanation. Claims no source states ("unsupported", verdict ``"unique"``) are allowed
    by default; pass ``allow=()`` to fail on them too. ``allow`` takes verdicts
    (``"unique"``, or its check name ``"unsupported"``) and relations (``"variant"`` lets a
    reworded quote pass). Returns the report when the assertion holds.

    >>> assert_consistent(
    ...     "Er werden 95 boetes uitgedeeld.", against=["Er werden 120 boetes uitgedeeld."], lang="nl"
    ... )
    Traceback (most recent call last):
    ...
    factcheck.testing.FactcheckAssertionError: factcheck: candidate disagrees with the sources: 1 contradicted
    <BLANKLINE>
    contradicted [count, disjoint]: ...
    """
    from factcheck.compare import check

    report = check(candidate, against, lang=lang)
    failing = [f for f in report.findings if not _allowed(f, allow)]
    if failing:
        _fail(report, failing, f"{report.candidate} disagrees with the sources")
    return report


def assert_no_discrepancies(
    *sources: Source | str,
    allow: Collection[str] = (),
    lang: str | None = None,
) -> Report:
    """Assert that :func:`factcheck.compare` finds no discrepancy between ``sources``.

    Details found in one source only never fail this assertion. ``allow`` takes relations
    to let pass (``"variant"``, ``"not_comparable"``, ...). Returns the report.

    >>> report = assert_no_discrepancies(
    ...     "Er werden 120 boetes uitgedeeld.", "In totaal zijn 120 boetes uitgedeeld.", lang="nl"
    ... )
    >>> [(f.verdict, f.kind) for f in report.findings]
    [('agreement', 'count')]
    """
    from factcheck.compare import compare

    report = compare(*sources, lang=lang)
    failing = [f for f in report.discrepancies if not _allowed(f, allow)]
    if failing:
        _fail(report, failing, "the sources disagree")
    return report


@functools.cache
def _schema_text() -> str:
    return resources.files("factcheck").joinpath("schema/report.schema.json").read_text(encoding="utf-8")


def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :meth:`factcheck.Report.to_dict`, shipped with the package.

    >>> report_schema()["properties"]["schema"]["const"]
    'factcheck.report/1'
    """
    loaded: dict[str, Any] = json.loads(_schema_text())
    return loaded


def validate_report(data: Report | dict[str, Any]) -> None:
    """Check a report (or its :meth:`~factcheck.Report.to_dict`) against :func:`report_schema`.

    Raises ``jsonschema.ValidationError`` when it does not follow the schema; needs
    ``jsonschema`` (in the ``tests`` extra).
    """
    import jsonschema

    from factcheck.report import Report

    doc = data.to_dict() if isinstance(data, Report) else data
    # a JSON round trip first: the schema describes the JSON document, not Python tuples
    doc = json.loads(json.dumps(doc, ensure_ascii=False))
    validator = jsonschema.Draft202012Validator(report_schema(), format_checker=jsonschema.FormatChecker())
    validator.validate(doc)
