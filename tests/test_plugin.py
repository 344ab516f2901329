"""The pytest plugin: the factcheck_check fixture and --factcheck-report, run with pytester."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

pytest_plugins = ["pytester"]

TESTS = """
from factcheck import Source

SOURCE = Source("Er werden 120 boetes uitgedeeld.", name="bron", lang="nl")

def test_supported(factcheck_check):
    report = factcheck_check("In totaal zijn 120 boetes uitgedeeld.", against=[SOURCE], lang="nl")
    assert len(report.supported) == 1

def test_contradicted(factcheck_check):
    factcheck_check(Source("Er werden 95 boetes uitgedeeld.", name="samenvatting", lang="nl"), against=[SOURCE])

def test_compare(factcheck_check):
    factcheck_check.no_discrepancies("In totaal zijn 120 boetes uitgedeeld.", SOURCE, lang="nl")
    factcheck_check.no_discrepancies("Nog eens 120 boetes uitgedeeld.", SOURCE, lang="nl")

def test_without_checks():
    pass
"""


def test_fixture_passes_and_fails_with_the_diff(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_summary=TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*factcheck: samenvatting disagrees with the sources: 1 contradicted*",
            "*contradicted [[]count, disjoint[]]*",
            "*- bron*Er werden [[]120 boetes[]] uitgedeeld.*",
            "*+ samenvatting Er werden [[]95 boetes[]] uitgedeeld.*",
        ]
    )


def test_report_option_writes_one_page_with_every_check(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_summary=TESTS)
    target = pytester.path / "out" / "factcheck.html"
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", f"--factcheck-report={target}")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines([f"factcheck: 4 reports written to {target}"])
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>factcheck: 4 checks, 1 failed</title>" in page
    headings = re.findall(r"<h2>(.*?)</h2>", page)
    assert headings == [
        "test_summary.py::test_supported #1: passed",
        "test_summary.py::test_contradicted #1: FAILED",
        "test_summary.py::test_compare #1: passed",
        "test_summary.py::test_compare #2: passed",
    ]
    assert page.count('<div class="fc-report ') == 4
    assert "<script" not in page


def test_without_the_option_nothing_is_written(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_summary=TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1)
    assert not list(pytester.path.rglob("*.html"))
    assert "reports written" not in result.stdout.str()


def test_report_of_a_run_without_checks(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_nothing():\n    pass\n")
    target = pytester.path / "empty.html"
    pytester.runpytest_subprocess("-p", "no:cacheprovider", f"--factcheck-report={target}").assert_outcomes(
        passed=1
    )
    assert "No factcheck report was recorded." in target.read_text(encoding="utf-8")


def test_option_is_listed_in_help(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_subprocess("--help")
    result.stdout.fnmatch_lines(["*--factcheck-report=PATH*"])


def test_plugin_module_does_not_import_factcheck() -> None:
    code = "import sys, _factcheck_pytest; print(sorted(m for m in sys.modules if m.startswith('factcheck')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_plugin_is_registered_by_entry_point() -> None:
    from importlib.metadata import entry_points

    names = {(ep.name, ep.value) for ep in entry_points(group="pytest11")}
    assert ("factcheck", "_factcheck_pytest") in names


def test_report_under_xdist_gathers_every_worker(pytester: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    pytester.makepyfile(test_summary=TESTS)
    target = pytester.path / "xdist.html"
    result = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "-n", "2", f"--factcheck-report={target}"
    )
    result.assert_outcomes(passed=3, failed=1)
    page = target.read_text(encoding="utf-8")
    assert "<title>factcheck: 4 checks, 1 failed</title>" in page
    assert sorted(re.findall(r"<h2>(.*?)</h2>", page)) == [
        "test_summary.py::test_compare #1: passed",
        "test_summary.py::test_compare #2: passed",
        "test_summary.py::test_contradicted #1: FAILED",
        "test_summary.py::test_supported #1: passed",
    ]
