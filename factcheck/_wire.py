"""How a :class:`~factcheck.Report` travels between processes.

``compare_many`` on a process pool sends every report back to the parent, which then
spends most of its time rebuilding them: a report of three short articles holds a few
hundred small frozen objects, and attrs' generic ``__setstate__`` sets each of their
fields one call at a time. A report is therefore pickled as flat tuples of plain values
(claims listed once, findings pointing at them by index) and rebuilt here in one pass,
which halves the cost on both sides. The rebuilt report is equal to the original.

Anything this format does not know (a subclass of a model type, a value of another type)
makes the report fall back to pickling its objects one by one.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from factcheck.model import Claim, DateRange, Finding, Interval, Source, Step

if TYPE_CHECKING:
    from factcheck.report import Report

__all__ = ["NotPackable", "pack_report", "unpack_report", "unpack_report_plain"]

_new = object.__new__
_set = object.__setattr__

# value tags: a str value (quotes) is stored as itself
_INTERVAL = 0
_DATE_RANGE = 1


class NotPackable(Exception):
    """Raised while packing when an object is not of a type this format knows."""


def _add_steps(steps: tuple[Step, ...], strings: list[str]) -> tuple[int, int]:
    """Append the steps' strings to ``strings``; return where they start and how many."""
    at = len(strings) // 2
    for s in steps:
        if type(s) is not Step or type(s.op) is not str or type(s.detail) is not str:
            raise NotPackable
        strings += (s.op, s.detail)
    return at, len(steps)


def _packed_value(value: object) -> object:
    kind = type(value)
    if kind is str:
        return value
    if kind is Interval:
        v: Interval = value  # type: ignore[assignment]
        return (_INTERVAL, v.low, v.high, v.low_closed, v.high_closed, v.stated)
    if kind is DateRange:
        d: DateRange = value  # type: ignore[assignment]
        if type(d.start) is not dt.date or type(d.end) is not dt.date:
            raise NotPackable
        return (_DATE_RANGE, d.start, d.end, d.granularity)
    raise NotPackable


def pack_report(report: Report) -> tuple[Any, ...]:
    """The report as plain tuples, for :func:`unpack_report`.

    Raises :class:`NotPackable` when the report holds an object this format does not know.
    """
    claims: list[tuple[Any, ...]] = []
    index: dict[int, int] = {}
    strings: list[str] = []  # every step's op and detail, in order

    def add(c: Claim) -> int:
        at = index.get(id(c))
        if at is not None:
            return at
        if type(c) is not Claim or type(c.steps) is not tuple or type(c.parts) is not tuple:
            raise NotPackable
        parts = tuple(add(p) for p in c.parts)
        claims.append(
            (
                c.kind,
                c.text,
                c.span,
                _packed_value(c.value),
                c.unit,
                c.subject,
                c.context,
                c.speaker,
                _add_steps(c.steps, strings),
                c.mentions,
                parts,
            )
        )
        index[id(c)] = at = len(claims) - 1
        return at

    findings = []
    for f in report.findings:
        if type(f) is not Finding or type(f.claims) is not dict or type(f.steps) is not tuple:
            raise NotPackable
        names = tuple(f.claims)
        refs = tuple(add(c) for c in f.claims.values())
        findings.append((f.verdict, f.kind, names, refs, f.relation, _add_steps(f.steps, strings)))
    return (report.sources, tuple(strings), tuple(claims), tuple(findings), report.mode, report.candidate)


def _value(packed: object) -> Interval | DateRange | str:
    if type(packed) is not tuple:
        return packed  # type: ignore[return-value]
    if packed[0] == _INTERVAL:
        v = _new(Interval)
        _set(v, "low", packed[1])
        _set(v, "high", packed[2])
        _set(v, "low_closed", packed[3])
        _set(v, "high_closed", packed[4])
        _set(v, "stated", packed[5])
        return v
    d = _new(DateRange)
    _set(d, "start", packed[1])
    _set(d, "end", packed[2])
    _set(d, "granularity", packed[3])
    return d


def _all_steps(strings: tuple[str, ...]) -> list[Step]:
    out = []
    for k in range(0, len(strings), 2):
        s = _new(Step)
        _set(s, "op", strings[k])
        _set(s, "detail", strings[k + 1])
        out.append(s)
    return out


def unpack_report(payload: tuple[Any, ...]) -> Report:
    """The report :func:`pack_report` packed, rebuilt without running validators again."""
    sources, strings, claim_rows, finding_rows, mode, candidate = payload
    steps = _all_steps(strings)
    claims: list[Claim] = []
    for kind, text, span, value, unit, subject, context, speaker, (at, n), mentions, parts in claim_rows:
        c = _new(Claim)
        _set(c, "kind", kind)
        _set(c, "text", text)
        _set(c, "span", span)
        _set(c, "value", value if type(value) is str else _value(value))
        _set(c, "unit", unit)
        _set(c, "subject", subject)
        _set(c, "context", context)
        _set(c, "speaker", speaker)
        _set(c, "steps", tuple(steps[at : at + n]))
        _set(c, "mentions", mentions)
        _set(c, "parts", tuple([claims[k] for k in parts]) if parts else ())
        claims.append(c)
    findings = []
    for verdict, kind, names, refs, relation, (at, n) in finding_rows:
        f = _new(Finding)
        _set(f, "verdict", verdict)
        _set(f, "kind", kind)
        _set(f, "claims", dict(zip(names, [claims[k] for k in refs], strict=True)))
        _set(f, "relation", relation)
        _set(f, "steps", tuple(steps[at : at + n]))
        findings.append(f)
    return unpack_report_plain(sources, tuple(findings), mode, candidate)


def unpack_report_plain(
    sources: tuple[Source, ...], findings: tuple[Finding, ...], mode: str, candidate: str | None
) -> Report:
    """A report from its fields, as pickled one object at a time."""
    from factcheck.report import Report

    r = _new(Report)
    _set(r, "sources", sources)
    _set(r, "findings", findings)
    _set(r, "mode", mode)
    _set(r, "candidate", candidate)
    return r
