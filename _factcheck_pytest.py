"""The factcheck pytest plugin: a fixture and a one-page HTML report of every check.

pytest loads this module for every run of every project that has factcheck installed (the
``pytest11`` entry point), so it imports nothing from factcheck until a test asks for the
fixture or the run writes its report.

- ``factcheck_check(candidate, against, allow=("unique",), lang=None)``: a fixture that runs
  :func:`factcheck.testing.assert_consistent` and records the report;
  ``factcheck_check.no_discrepancies(*sources)`` does the same for
  :func:`factcheck.testing.assert_no_discrepancies`.
- ``--factcheck-report PATH``: write one self-contained HTML page with every report recorded
  during the run, passed or failed.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pytest

if TYPE_CHECKING:
    from factcheck.model import Source
    from factcheck.report import Report

__all__ = ["FactcheckRecorder", "factcheck_check"]


class _WorkerNode(Protocol):
    """What this plugin reads of a pytest-xdist worker node."""

    config: pytest.Config
    workeroutput: dict[str, Any]


class _Record:
    """One check made during the run: which test, what it found, whether it passed."""

    __slots__ = ("label", "passed", "report")

    def __init__(self, label: str, report: Report, *, passed: bool) -> None:
        self.label = label
        self.report = report
        self.passed = passed


_RECORDS = pytest.StashKey[list[_Record]]()
_WORKER_SECTIONS = pytest.StashKey[list[tuple[str, str, bool]]]()


class FactcheckRecorder:
    """What the ``factcheck_check`` fixture gives a test: call it to check a text."""

    def __init__(self, records: list[_Record], nodeid: str) -> None:
        self._records = records
        self._nodeid = nodeid

    def _record(self, report: Report, *, passed: bool) -> None:
        number = sum(1 for r in self._records if r.label.startswith(f"{self._nodeid} #")) + 1
        self._records.append(_Record(f"{self._nodeid} #{number}", report, passed=passed))

    def __call__(
        self,
        candidate: Source | str,
        against: Sequence[Source | str],
        *,
        allow: Collection[str] = ("unique",),
        lang: str | None = None,
    ) -> Report:
        """Assert that ``candidate`` is consistent with ``against`` and record the report."""
        from factcheck.testing import FactcheckAssertionError, assert_consistent

        try:
            report = assert_consistent(candidate, against, allow=allow, lang=lang)
        except FactcheckAssertionError as exc:
            self._record(exc.report, passed=False)
            raise
        self._record(report, passed=True)
        return report

    def no_discrepancies(
        self, *sources: Source | str, allow: Collection[str] = (), lang: str | None = None
    ) -> Report:
        """Assert that the sources do not contradict each other and record the report."""
        from factcheck.testing import FactcheckAssertionError, assert_no_discrepancies

        try:
            report = assert_no_discrepancies(*sources, allow=allow, lang=lang)
        except FactcheckAssertionError as exc:
            self._record(exc.report, passed=False)
            raise
        self._record(report, passed=True)
        return report


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--factcheck-report PATH``."""
    group = parser.getgroup("factcheck")
    group.addoption(
        "--factcheck-report",
        metavar="PATH",
        default=None,
        help="write one self-contained HTML page with every factcheck report recorded in the run",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Start an empty list of records for the run."""
    config.stash[_RECORDS] = []


@pytest.fixture
def factcheck_check(request: pytest.FixtureRequest) -> FactcheckRecorder:
    """Check a text against its sources; the report goes into ``--factcheck-report``.

    Example::

        def test_summary(factcheck_check):
            factcheck_check(summary, against=[article], lang="nl")
    """
    return FactcheckRecorder(request.config.stash[_RECORDS], request.node.nodeid)


def _sections(records: list[_Record]) -> list[tuple[str, str, bool]]:
    return [(record.label, record.report.to_html(), record.passed) for record in records]


def _write_report(path: Path, sections: list[tuple[str, str, bool]]) -> None:
    from factcheck.render.html import render_page

    parts = [(f"{label}: {'passed' if passed else 'FAILED'}", html) for label, html, passed in sections]
    failed = sum(1 for _, _, passed in sections if not passed)
    title = f"factcheck: {len(sections)} checks, {failed} failed"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_page(parts, title=title), encoding="utf-8")


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Write the HTML report when ``--factcheck-report`` names a file.

    Under pytest-xdist each worker hands its rendered reports to the controller, which
    writes the one page.
    """
    config = session.config
    target = config.getoption("--factcheck-report")
    if not target:
        return
    records = config.stash.get(_RECORDS, [])
    workeroutput = getattr(config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["factcheck_sections"] = [list(s) for s in _sections(records)]
        return
    sections = _sections(records)
    from_workers = config.stash.get(_WORKER_SECTIONS, [])
    if from_workers:
        # workers finish in any order: sort by test id for a page that does not change
        sections = sorted(sections + from_workers, key=lambda s: s[0])
    _write_report(Path(target), sections)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: _WorkerNode, error: object) -> None:  # noqa: ARG001 - the hook's signature
    """pytest-xdist: collect the reports a worker rendered."""
    sections = node.workeroutput.get("factcheck_sections", [])
    node.config.stash.setdefault(_WORKER_SECTIONS, []).extend(
        (str(label), str(html), bool(passed)) for label, html, passed in sections
    )


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """Say where the HTML report went."""
    target = config.getoption("--factcheck-report")
    if target and not hasattr(config, "workerinput"):
        count = len(config.stash.get(_RECORDS, [])) + len(config.stash.get(_WORKER_SECTIONS, []))
        terminalreporter.write_line(f"factcheck: {count} reports written to {target}")
