"""factcheck: tell whether several texts about the same thing agree.

It reads the numbers, dates and quoted statements of each source, aligns them across
sources and reports agreements, discrepancies and details found in one source only, each
pointing at the exact characters in every source.

>>> import factcheck
>>> a, b = "De boete was 120 miljoen euro.", "De boete bedroeg 120 miljoen euro."
>>> report = factcheck.compare(a, b, lang="nl")
>>> [(f.verdict, f.kind) for f in report.findings]
[('agreement', 'money')]
"""

from __future__ import annotations

from factcheck.compare import check, compare, compare_many
from factcheck.errors import FactcheckError, InvalidArgument, InvalidType, UnsupportedLanguage
from factcheck.extract import extract
from factcheck.model import Claim, DateRange, Finding, Interval, Source, Step
from factcheck.report import Report

__all__ = [
    "Claim",
    "DateRange",
    "FactcheckError",
    "Finding",
    "Interval",
    "InvalidArgument",
    "InvalidType",
    "Report",
    "Source",
    "Step",
    "UnsupportedLanguage",
    "__version__",
    "check",
    "compare",
    "compare_many",
    "extract",
]

__version__ = "0.1.0"
