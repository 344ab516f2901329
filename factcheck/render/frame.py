"""The report as a pandas DataFrame: one row per finding and source.

pandas is an optional extra (``pip install factcheck[pandas]``); it is imported when
:func:`to_frame` is called, never by ``import factcheck``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.model import DateRange, Interval

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.report import Report

__all__ = ["COLUMNS", "rows", "to_frame"]

COLUMNS: tuple[str, ...] = (
    "finding",
    "verdict",
    "kind",
    "relation",
    "explanation",
    "source",
    "text",
    "start",
    "end",
    "value",
    "unit",
    "subject",
    "speaker",
)


def _value(value: Interval | DateRange | str) -> str:
    return str(value)


def rows(report: Report) -> list[dict[str, object]]:
    """The rows of :func:`to_frame` as plain dicts, in the order of :data:`COLUMNS`.

    >>> from factcheck.report import Report
    >>> rows(Report(sources=(), findings=()))
    []
    """
    out: list[dict[str, object]] = []
    for index, finding in enumerate(report.findings):
        for name, claim in sorted(finding.claims.items()):
            out.append(
                {
                    "finding": index,
                    "verdict": finding.verdict,
                    "kind": finding.kind,
                    "relation": finding.relation,
                    "explanation": finding.explanation,
                    "source": name,
                    "text": claim.text,
                    "start": claim.start,
                    "end": claim.end,
                    "value": _value(claim.value),
                    "unit": claim.unit,
                    "subject": claim.subject,
                    "speaker": claim.speaker,
                }
            )
    return out


def to_frame(report: Report) -> pd.DataFrame:
    """One row per finding and source, with the columns of :data:`COLUMNS`.

    ``verdict``, ``kind``, ``relation`` and ``source`` are categoricals; ``start`` and
    ``end`` are integers. Needs the ``pandas`` extra.
    """
    try:
        import pandas as pd
    except ImportError:
        msg = "Report.to_pandas() needs pandas: pip install 'factcheck[pandas]'"
        raise FactcheckError(msg) from None
    frame = pd.DataFrame(rows(report), columns=list(COLUMNS))
    frame = frame.astype({"finding": "int64", "start": "int64", "end": "int64"})
    for column in ("verdict", "kind", "relation", "source"):
        frame[column] = frame[column].astype("category")
    return frame
