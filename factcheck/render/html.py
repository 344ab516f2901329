"""The HTML report: the sources side by side, every claim highlighted in its text.

The fragment is self-contained: one inline ``<style>`` scoped under a root class unique to
the report, no script, nothing fetched. Each claim is a ``<mark>`` coloured by the verdict
of its finding, with the finding's explanation as its ``title`` (shown on hover); the list
of findings below the texts is a ``<details>`` element whose entries link to the marks.
Colours are translucent backgrounds with a solid border of the same hue, so that they read
on light and dark notebook themes alike; the border style also differs per verdict, so the
verdict does not rest on colour alone.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from html import escape
from typing import TYPE_CHECKING

import attrs

from factcheck.model import VERDICTS, Finding, Source, Verdict
from factcheck.render import MARKS

if TYPE_CHECKING:
    from factcheck.report import Report

__all__ = ["VERDICT_COLORS", "render_html", "render_page"]

# (light theme border, dark theme border, background rgba) per verdict. The backgrounds are
# translucent so that the notebook's own text colour stays legible on top of them.
VERDICT_COLORS: dict[Verdict, tuple[str, str, str]] = {
    "discrepancy": ("#c62828", "#ff8a80", "rgba(229, 57, 53, 0.22)"),
    "agreement": ("#2e7d32", "#69f0ae", "rgba(67, 160, 71, 0.22)"),
    "unique": ("#1f5fbf", "#82b1ff", "rgba(66, 133, 244, 0.20)"),
}
_BORDER_STYLE: dict[Verdict, str] = {"discrepancy": "solid", "agreement": "double", "unique": "dotted"}
_LABELS: dict[Verdict, str] = {
    "discrepancy": "discrepancy",
    "agreement": "agreement",
    "unique": "one source only",
}
# check() reads the verdicts from the candidate's point of view
_CHECK_LABELS: dict[Verdict, str] = {
    "discrepancy": "contradicted",
    "agreement": "supported",
    "unique": "unsupported",
}
_SURROGATE = re.compile("[\ud800-\udfff]")


@attrs.frozen
class _Span:
    """One highlighted stretch of a source text: a claim or another mention of it."""

    start: int
    end: int
    finding: int
    verdict: Verdict
    title: str
    anchor: str | None  # the id of the first mark of a claim; None for other mentions


def _uid(report: Report) -> str:
    """A short id for the report's root class, the same for the same report."""
    h = hashlib.blake2b(digest_size=5)
    h.update(f"{report.mode}|{report.candidate}\0".encode("utf-8", "surrogatepass"))
    for src in report.sources:
        h.update(src.label.encode("utf-8", "surrogatepass") + b"\0")
        h.update(src.text.encode("utf-8", "surrogatepass") + b"\0")
    for f in report.findings:
        where = sorted((n, c.span) for n, c in f.claims.items())
        h.update(f"{f.verdict}|{f.kind}|{f.relation}|{where}".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _esc(text: str) -> str:
    # a lone surrogate cannot be written as UTF-8: show a replacement character instead
    return escape(_SURROGATE.sub("\ufffd", text), quote=True)


def _span_id(uid: str, finding: int, source: int) -> str:
    return f"fc-{uid}-f{finding}-s{source}"


def _finding_id(uid: str, finding: int) -> str:
    return f"fc-{uid}-f{finding}"


def _css(root: str) -> str:
    r = f".{root}"
    base = (
        ("", "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;color:inherit"),
        (" *", "box-sizing:border-box"),
        (" .fc-summary", "margin:0 0 .5em 0;font-size:1.05em"),
        (
            " .fc-legend",
            "display:flex;flex-wrap:wrap;gap:.5em 1em;margin:0 0 .75em 0;padding:0;list-style:none",
        ),
        (
            " .fc-grid",
            "display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr));gap:.75em",
        ),
        (
            " .fc-source",
            "border:1px solid rgba(128,128,128,.45);border-radius:6px;padding:.5em .75em;min-width:0",
        ),
        (" .fc-source h3", "margin:0 0 .35em 0;font-size:1em;overflow-wrap:anywhere"),
        (" .fc-meta", "font-weight:normal;opacity:.75;font-size:.9em"),
        (
            " .fc-text",
            "white-space:pre-wrap;overflow-wrap:anywhere;max-height:32em;overflow:auto;font-size:.92em",
        ),
        (" mark.fc-claim", "color:inherit;border-radius:2px;padding:0 1px;border-bottom-width:2px"),
        (" mark.fc-claim:target", "outline:3px solid #f9a825;outline-offset:1px"),
        (" li.fc-finding:target", "outline:3px solid #f9a825;outline-offset:1px"),
        (" details.fc-findings", "margin-top:.75em"),
        (" details.fc-findings>summary", "cursor:pointer;font-weight:600"),
        (" ol.fc-list", "margin:.35em 0;padding-left:2em"),
        (" li.fc-finding", "margin:.25em 0;padding-left:.35em;border-left:4px solid transparent"),
        (" li.fc-finding summary", "cursor:pointer"),
        (
            " .fc-badge",
            "display:inline-block;border-radius:3px;padding:0 .35em;font-size:.85em;font-weight:600",
        ),
        (" .fc-kind", "opacity:.8;font-size:.9em"),
        (" ul.fc-evidence", "margin:.25em 0 .4em 0;padding-left:1.2em"),
        (" ul.fc-evidence a", "color:inherit"),
        (" q.fc-quote", "font-style:italic"),
    )
    rules = [f"{r}{selector}{{{declarations}}}" for selector, declarations in base]
    dark: list[str] = []
    for verdict, (light_color, dark_color, background) in VERDICT_COLORS.items():
        style = _BORDER_STYLE[verdict]
        rules.append(
            f"{r} .fc-{verdict}{{background:{background};border-color:{light_color};"
            f"--fc-accent:{light_color}}}"
        )
        rules.append(f"{r} mark.fc-{verdict}{{border-bottom-style:{style}}}")
        rules.append(f"{r} li.fc-{verdict}{{background:transparent;border-left-color:{light_color}}}")
        rules.append(f"{r} .fc-badge.fc-{verdict}{{color:{light_color}}}")
        dark.append(f"{r} .fc-{verdict}{{border-color:{dark_color};--fc-accent:{dark_color}}}")
        dark.append(f"{r} li.fc-{verdict}{{border-left-color:{dark_color}}}")
        dark.append(f"{r} .fc-badge.fc-{verdict}{{color:{dark_color}}}")
    # Dark themes: the browser's (prefers-color-scheme) and JupyterLab's own theme flag.
    media = "@media (prefers-color-scheme:dark){" + "".join(dark) + "}"
    jupyter = "".join(f"[data-jp-theme-light='false'] {rule}" for rule in dark)
    return "".join(rules) + media + jupyter


def _spans_by_source(report: Report, uid: str) -> dict[str, list[_Span]]:
    names = [s.label for s in report.sources]
    out: dict[str, list[_Span]] = {name: [] for name in names}
    for i, finding in enumerate(report.findings):
        for name, claim in finding.claims.items():
            if name not in out:
                continue
            anchor = _span_id(uid, i, names.index(name))
            title = f"{_verdict_label(report, finding.verdict)} ({finding.kind}, {finding.relation}): "
            title += finding.explanation
            out[name].append(_Span(claim.start, claim.end, i, finding.verdict, title, anchor))
            out[name].extend(_Span(s, e, i, finding.verdict, title, None) for s, e in claim.mentions)
    return out


def _verdict_label(report: Report, verdict: Verdict) -> str:
    return (_CHECK_LABELS if report.mode == "check" else _LABELS)[verdict]


def _count_label(report: Report, verdict: Verdict, n: int) -> str:
    if report.mode == "check" or verdict == "unique":
        return _verdict_label(report, verdict)
    return {"discrepancy": "discrepancies", "agreement": "agreements"}[verdict] if n != 1 else verdict


def _open_tag(span: _Span, *, first: bool) -> str:
    anchor = f' id="{span.anchor}"' if first and span.anchor else ""
    return (
        f'<mark class="fc-claim fc-{span.verdict}"{anchor} data-finding="{span.finding}" '
        f'data-verdict="{span.verdict}" title="{_esc(span.title)}">'
    )


def _highlight(text: str, spans: list[_Span], start: int = 0) -> str:
    """``text[start:]`` as HTML with each span wrapped in a ``<mark>``.

    Nested spans nest. Crossing spans cannot nest in HTML: the inner mark is closed where
    the outer one ends and opened again (without its id) right after, so every character
    of every claim stays highlighted.
    """
    n = len(text)
    valid = sorted(
        (s for s in spans if start <= s.start < s.end <= n),
        key=lambda s: (s.start, -s.end, s.finding),
    )
    bounds = sorted({start, n, *(s.start for s in valid), *(s.end for s in valid)})
    out: list[str] = []
    stack: list[int] = []  # indexes into valid, outermost first
    pending = 0
    for pos, nxt in itertools.pairwise(bounds):
        ending = [d for d, i in enumerate(stack) if valid[i].end == pos]
        if ending:
            # close from the outermost span that ends here; reopen those above it that go on
            depth = ending[0]
            out.append("</mark>" * (len(stack) - depth))
            reopen = [i for i in stack[depth:] if valid[i].end > pos]
            stack = stack[:depth]
            for i in reopen:
                out.append(_open_tag(valid[i], first=False))
                stack.append(i)
        while pending < len(valid) and valid[pending].start == pos:
            out.append(_open_tag(valid[pending], first=True))
            stack.append(pending)
            pending += 1
        out.append(_esc(text[pos:nxt]))
    out.append("</mark>" * len(stack))
    return "".join(out)


def _source_meta(src: Source) -> str:
    parts = [src.lang or "language detected"]
    if src.published:
        parts.append(f"published {src.published.isoformat()}")
    return ", ".join(parts)


def _summary(report: Report) -> str:
    counts = {v: sum(1 for f in report.findings if f.verdict == v) for v in VERDICTS}
    names = ", ".join(_esc(s.label) for s in report.sources)
    if report.mode == "check":
        head = f"<strong>{_esc(report.candidate or '')}</strong> checked against {len(report.sources) - 1} "
        head += f"source{'s' if len(report.sources) != 2 else ''}"
    else:
        head = f"{len(report.sources)} sources compared: {names}"
    state = "consistent" if report.consistent else "not consistent"
    tally = ", ".join(f"{counts[v]} {_count_label(report, v, counts[v])}" for v in VERDICTS)
    return f'<p class="fc-summary">{head} — <strong>{state}</strong>: {tally}.</p>'


def _legend(report: Report) -> str:
    items = "".join(
        f'<li><mark class="fc-claim fc-{v}">{MARKS[v]} {_esc(_verdict_label(report, v))}</mark></li>'
        for v in VERDICTS
    )
    return f'<ul class="fc-legend" aria-label="legend">{items}</ul>'


def _evidence_item(report: Report, uid: str, index: int, name: str, finding: Finding) -> str:
    names = [s.label for s in report.sources]
    claim = finding.claims[name]
    text = " ".join(claim.text.split())
    if len(text) > 160:
        text = text[:159] + "…"
    speaker = f" — {_esc(claim.speaker)}" if claim.speaker else ""
    where = f"characters {claim.start}–{claim.end}"
    if name in names:
        link = f'<a href="#{_span_id(uid, index, names.index(name))}">{_esc(name)}</a>'
    else:
        link = _esc(name)
    return f'<li>{link} ({where}): <q class="fc-quote">{_esc(text)}</q>{speaker}</li>'


def _finding_item(report: Report, uid: str, index: int, finding: Finding) -> str:
    v = finding.verdict
    badge = f'<span class="fc-badge fc-{v}">{MARKS[v]} {_esc(_verdict_label(report, v))}</span>'
    kind = f'<span class="fc-kind">{_esc(finding.kind)}, {_esc(finding.relation)}</span>'
    evidence = "".join(_evidence_item(report, uid, index, name, finding) for name in sorted(finding.claims))
    steps = ""
    if len(finding.steps) > 1:
        steps = "<ol>" + "".join(f"<li>{_esc(s.op)}: {_esc(s.detail)}</li>" for s in finding.steps) + "</ol>"
    return (
        f'<li class="fc-finding fc-{v}" id="{_finding_id(uid, index)}" data-verdict="{v}">'
        f"<details><summary>{badge} {kind} {_esc(finding.explanation)}</summary>"
        f'<ul class="fc-evidence">{evidence}</ul>{steps}</details></li>'
    )


def render_html(report: Report) -> str:
    """The report as a self-contained HTML fragment, for a notebook or a page.

    >>> from factcheck.report import Report
    >>> html = render_html(Report(sources=(), findings=()))
    >>> html.startswith('<div class="fc-report fc-r')
    True
    """
    uid = _uid(report)
    root = f"fc-r{uid}"
    spans = _spans_by_source(report, uid)
    columns = []
    for src in report.sources:
        label = src.label
        mine = spans.get(label, [])
        start = min([src.content_start, *(s.start for s in mine)])
        body = _highlight(src.text, mine, start)
        role = " (candidate)" if report.mode == "check" and label == report.candidate else ""
        columns.append(
            f'<section class="fc-source" data-source="{_esc(label)}">'
            f'<h3>{_esc(label)}{role} <span class="fc-meta">{_esc(_source_meta(src))}</span></h3>'
            f'<div class="fc-text">{body}</div></section>'
        )
    items = "".join(_finding_item(report, uid, i, f) for i, f in enumerate(report.findings))
    findings = (
        f'<details class="fc-findings" open><summary>Findings ({len(report.findings)})</summary>'
        f'<ol class="fc-list">{items}</ol></details>'
        if report.findings
        else '<p class="fc-none">No claims found to compare.</p>'
    )
    return (
        f'<div class="fc-report {root}"><style>{_css(root)}</style>'
        f"{_summary(report)}{_legend(report)}"
        f'<div class="fc-grid">{"".join(columns)}</div>{findings}</div>'
    )


def render_page(sections: list[tuple[str, str]], title: str = "factcheck report") -> str:
    """A whole HTML document holding ``(heading, fragment)`` sections.

    Each fragment comes from :func:`render_html`; the pytest plugin writes its one-page
    report with this.
    """
    body = "".join(f"<section><h2>{_esc(heading)}</h2>{fragment}</section>" for heading, fragment in sections)
    if not sections:
        body = "<p>No factcheck report was recorded.</p>"
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title)}</title><style>"
        ":root{color-scheme:light dark}body{margin:1.5em;font-family:system-ui,sans-serif}"
        "h2{font-size:1.15em;margin:1.5em 0 .5em 0;overflow-wrap:anywhere}"
        f"</style></head><body><h1>{_esc(title)}</h1>{body}</body></html>"
    )
