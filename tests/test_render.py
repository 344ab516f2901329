"""The renderers: HTML, Markdown, text, DataFrame and the JSON schema, on hand-built reports."""

from __future__ import annotations

import datetime as dt
import json
import re
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.model import KINDS, Claim, DateRange, Finding, Interval, Source, Step
from factcheck.render.html import VERDICT_COLORS, render_html, render_page
from factcheck.render.markdown import escape_markdown, render_markdown
from factcheck.report import Report
from factcheck.testing import report_schema, validate_report

TEXT_A = 'De boete was 120 miljoen euro <b>"groot"</b> & 3 dagen later.'
TEXT_B = "Boete: 95 miljoen euro, na 3 dagen."


def claim(text: str, part: str, kind: str = "money", unit: str | None = "EUR", **kw: object) -> Claim:
    start = text.index(part)
    value = kw.pop("value", Interval.exact(1.0))
    return Claim(kind=kind, text=part, span=(start, start + len(part)), value=value, unit=unit, **kw)  # type: ignore[arg-type]


def small_report(mode: str = "compare") -> Report:
    a = Source(TEXT_A, name="a", lang="nl", published=dt.date(2026, 1, 26))
    b = Source(TEXT_B, name="b<x>", lang="nl")
    money = Finding(
        verdict="discrepancy",
        kind="money",
        claims={
            "a": claim(TEXT_A, "120 miljoen euro", value=Interval(115e6, 125e6, stated=120e6)),
            "b<x>": claim(TEXT_B, "95 miljoen euro", value=Interval(94.5e6, 95.5e6, stated=95e6)),
        },
        relation="disjoint",
        steps=(Step("compare", 'a says 120 million <EUR>, b says "95"'), Step("verdict", "they differ")),
    )
    days = Finding(
        verdict="agreement",
        kind="duration",
        claims={
            "a": claim(TEXT_A, "3 dagen", "duration", "day", mentions=((0, 2),)),
            "b<x>": claim(TEXT_B, "3 dagen", "duration", "day"),
        },
        relation="equal",
        steps=(Step("compare", "both say 3 days"),),
    )
    count = Finding(
        verdict="unique",
        kind="count",
        claims={"a": claim(TEXT_A, "120", "count", None, subject="boete")},
        relation="single",
        steps=(Step("unique", "only a states '120'"),),
    )
    # crosses the money claim: starts inside it, ends after it
    crossing = Finding(
        verdict="unique",
        kind="quote",
        claims={"a": claim(TEXT_A, 'euro <b>"groot"', "quote", None, value="euro groot", speaker="X & Y")},
        relation="single",
        steps=(Step("unique", "only a quotes it"),),
    )
    cand = "a" if mode == "check" else None
    return Report(sources=(a, b), findings=(money, days, count, crossing), mode=mode, candidate=cand)  # type: ignore[arg-type]


class _Collector(HTMLParser):
    """Collects tags, their attributes and the text inside each mark."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.text = ""
        self.open_marks: list[tuple[dict[str, str | None], int]] = []
        self.marks: list[tuple[dict[str, str | None], str]] = []  # (attributes, text inside)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.stack.append(tag)
        if tag == "mark":
            self.open_marks.append((dict(attrs), len(self.text)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        self.stack.pop()
        if tag == "mark":
            attrs, start = self.open_marks.pop()
            self.marks.append((attrs, self.text[start:]))

    def handle_data(self, data: str) -> None:
        self.text += data


def parse(html: str) -> _Collector:
    p = _Collector()
    p.feed(html)
    p.close()
    assert p.stack == [], f"unclosed tags: {p.stack}"
    return p


def source_text_html(html: str, name: str) -> str:
    pattern = (
        rf'data-source="{re.escape(escape(name))}"><h3>.*?</h3><div class="fc-text">(.*?)</div></section>'
    )
    match = re.search(pattern, html, re.DOTALL)
    assert match
    return match[1]


# --------------------------------------------------------------------------- HTML


def test_html_is_well_nested_and_has_no_script_or_fetch() -> None:
    html = render_html(small_report())
    parsed = parse(html)
    tags = {t for t, _ in parsed.tags}
    assert "script" not in tags
    assert "link" not in tags
    assert "img" not in tags
    assert "url(" not in html
    assert "@import" not in html
    assert "http" not in html


def test_html_style_is_scoped_under_the_root_class() -> None:
    html = render_html(small_report())
    root = re.match(r'<div class="fc-report (fc-r[0-9a-f]{10})"><style>(.*?)</style>', html)
    assert root
    name, css = root[1], root[2]
    rules = re.findall(r"(?:^|})([^{}@]+)\{", css.replace("@media (prefers-color-scheme:dark){", "}"))
    assert rules
    for selector in rules:
        for part in selector.split(","):
            assert f".{name}" in part, part


def test_html_root_class_differs_between_reports_and_is_stable() -> None:
    one, two = small_report(), small_report("check")
    assert render_html(one) == render_html(small_report())
    uid = re.compile(r"fc-r[0-9a-f]{10}")
    assert uid.search(render_html(one))[0] != uid.search(render_html(two))[0]  # type: ignore[index]


def test_every_claim_has_one_mark_with_its_id_verdict_and_explanation() -> None:
    report = small_report()
    html = render_html(report)
    marks = [a for t, a in parse(html).tags if t == "mark" and a.get("data-finding") is not None]
    ids = [a["id"] for a in marks if "id" in a]
    assert len(ids) == len(set(ids)) == sum(len(f.claims) for f in report.findings)
    for i, finding in enumerate(report.findings):
        mine = [a for a in marks if a["data-finding"] == str(i)]
        assert {a["data-verdict"] for a in mine} == {finding.verdict}
        assert all(finding.explanation in (a["title"] or "") for a in mine)
        assert sum(1 for a in mine if "id" in a) == len(finding.claims)


def test_marks_cover_exactly_the_claim_characters() -> None:
    report = small_report()
    html = render_html(report)
    for index, name in enumerate(("a", "b<x>")):
        parsed = parse(source_text_html(html, name))
        # the text of the source comes back whole once the tags are removed
        assert parsed.text == report.source(name).text
        for i, finding in enumerate(report.findings):
            if name not in finding.claims:
                continue
            claim_ = finding.claims[name]
            pieces = [t for a, t in parsed.marks if a["data-finding"] == str(i)]
            first = next(t for a, t in parsed.marks if a.get("id", "").endswith(f"-f{i}-s{index}"))
            assert claim_.text.startswith(first)
            # the pieces of a claim and of its other mentions, in text order
            wanted = [claim_.text, *(report.source(name).text[s:e] for s, e in claim_.mentions)]
            assert sorted(wanted) == sorted(_join_pieces(pieces, wanted))


def _join_pieces(pieces: list[str], wanted: list[str]) -> list[str]:
    """Glue the pieces of split marks back together, greedily, to match ``wanted``."""
    out: list[str] = []
    buffer = ""
    for piece in pieces:
        buffer += piece
        if buffer in wanted:
            out.append(buffer)
            buffer = ""
    assert buffer == ""
    return out


def test_crossing_spans_are_split_and_reopened() -> None:
    body = source_text_html(render_html(small_report()), "a")
    quote_marks = re.findall(r'<mark class="fc-claim fc-unique"[^>]*data-finding="3"', body)
    assert len(quote_marks) == 2  # opened inside the money mark, reopened after it
    assert len(re.findall(r'data-finding="3"[^>]*id=|id="[^"]*-f3-s0"', body)) == 1


def test_other_mentions_are_marked_without_an_id() -> None:
    body = source_text_html(render_html(small_report()), "a")
    first = re.search(r'<mark [^>]*data-finding="1"[^>]*>De</mark>', body)
    assert first
    assert "id=" not in first[0]


def test_html_escapes_text_names_and_explanations() -> None:
    html = render_html(small_report())
    assert "<b>" not in html
    assert "&lt;/b&gt; &amp; " in html
    assert 'data-source="b&lt;x&gt;"' in html
    assert "120 million &lt;EUR&gt;, b says &quot;95&quot;" in html
    assert "X &amp; Y" in html


def test_html_lone_surrogate_does_not_break_rendering() -> None:
    text = "Er zijn 3 dagen\ud800 voorbij."
    src = Source(text, name="s", lang="nl")
    f = Finding(
        verdict="unique",
        kind="duration",
        claims={"s": claim(text, "3 dagen", "duration", "day")},
        relation="single",
    )
    html = render_html(Report(sources=(src, Source("x", name="t")), findings=(f,)))
    html.encode("utf-8")  # would raise on a surrogate
    assert "\ufffd" in html


def test_finding_list_links_to_the_marks() -> None:
    report = small_report()
    html = render_html(report)
    parsed = parse(html)
    ids = {a["id"] for _, a in parsed.tags if "id" in a}
    links = [a["href"] for t, a in parsed.tags if t == "a"]
    assert len(links) == sum(len(f.claims) for f in report.findings)
    assert all(href and href[1:] in ids for href in links)
    assert html.count("<details") == 1 + len(report.findings)
    assert re.search(r"<summary>Findings \(4\)</summary>", html)


def test_summary_counts_and_check_labels() -> None:
    html = render_html(small_report())
    assert (
        "2 sources compared: a, b&lt;x&gt; — <strong>not consistent</strong>: 1 discrepancy, 1 agreement, 2 one source only."
        in html
    )
    checked = render_html(small_report("check"))
    assert "1 contradicted, 1 supported, 2 unsupported" in checked
    assert "a (candidate)" in checked


def test_verdict_colours_differ_in_light_and_dark() -> None:
    light = {c[0] for c in VERDICT_COLORS.values()}
    dark = {c[1] for c in VERDICT_COLORS.values()}
    backgrounds = {c[2] for c in VERDICT_COLORS.values()}
    assert len(light) == len(dark) == len(backgrounds) == 3
    css = render_html(small_report())
    assert "@media (prefers-color-scheme:dark)" in css
    assert "[data-jp-theme-light='false']" in css


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("verdict", list(VERDICT_COLORS))
def test_border_colours_contrast_with_the_theme_background(verdict: str) -> None:
    light, dark, _ = VERDICT_COLORS[verdict]  # type: ignore[index]
    # WCAG 3:1 for graphical objects, against white and against a typical dark notebook
    assert _contrast(light, "#ffffff") >= 3.0
    assert _contrast(dark, "#111111") >= 3.0


def test_ten_sources_fit_a_wrapping_grid() -> None:
    texts = [f"Bron {i} meldt 3 dagen." for i in range(10)]
    sources = tuple(Source(t, name=f"s{i}", lang="nl") for i, t in enumerate(texts))
    f = Finding(
        verdict="agreement",
        kind="duration",
        claims={f"s{i}": claim(t, "3 dagen", "duration", "day") for i, t in enumerate(texts)},
        relation="equal",
    )
    html = render_html(Report(sources=sources, findings=(f,)))
    assert html.count('<section class="fc-source"') == 10
    assert "grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr))" in html
    assert len(re.findall(r'id="fc-[0-9a-f]+-f0-s\d"', html)) == 10


def test_empty_report_renders() -> None:
    html = render_html(Report(sources=(Source("", name="a"), Source("", name="b")), findings=()))
    assert "No claims found to compare." in html
    parse(html)


def test_text_before_the_date_marker_is_left_out() -> None:
    src = Source("date 2026-01-26 Na 3 dagen.", name="a", lang="nl")
    html = render_html(Report(sources=(src, Source("x", name="b")), findings=()))
    assert "date 2026-01-26" not in source_text_html(html, "a")
    assert "published 2026-01-26" in html


def test_render_page_is_a_whole_document() -> None:
    page = render_page([("t<1>", "<p>x</p>")], title="T & T")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>T &amp; T</title>" in page
    assert "<h2>t&lt;1&gt;</h2><p>x</p>" in page
    assert "No factcheck report was recorded." in render_page([])


def test_report_repr_html_is_to_html() -> None:
    report = small_report()
    assert report._repr_html_() == report.to_html() == render_html(report)


# --------------------------------------------------------------------------- Markdown


def test_markdown_of_a_small_report() -> None:
    md = render_markdown(small_report())
    expected_start = (
        "# factcheck report\n\n"
        "**Not consistent**: 1 discrepancy, 1 agreement, 2 in one source only.\n\n"
        "Sources: **a** (nl, published 2026-01-26); **b\\<x\\>** (nl).\n\n"
        "## Discrepancies (1)\n\n"
        '### 1. ✗ money, disjoint: a says 120 million \\<EUR\\>, b says "95"; they differ\n\n'
        "**a** (characters 13–29):\n\n"
        '> De boete was **120 miljoen euro** \\<b\\>"groot"\\</b\\> \\& 3 dagen later\\.\n\n'
        "**b\\<x\\>** (characters 7–22):\n\n"
        "> Boete: **95 miljoen euro**, na 3 dagen\\.\n\n"
        '- compare: a says 120 million \\<EUR\\>, b says "95"\n'
        "- verdict: they differ\n\n"
        "## Agreements (1)\n\n"
        "### 2. ✓ duration, equal: Both say 3 days\n\n"
        "**a** (characters 47–54, also at 0–2):\n\n"
        '> …e was 120 miljoen euro \\<b\\>"groot"\\</b\\> \\& **3 dagen** later\\.\n\n'
    )
    assert md.startswith(expected_start), md[:1200]
    assert "## In one source only (2)" in md
    assert "**a** (characters 25–40, speaker X \\& Y):" in md
    assert md.endswith("\n")
    assert not md.endswith("\n\n")


def test_markdown_check_titles() -> None:
    md = render_markdown(small_report("check"))
    assert md.startswith(
        "# factcheck: a checked against the sources\n\n**Not consistent**: 1 contradicted, 1 supported, 2 unsupported."
    )
    assert "## Contradicted by the sources (1)" in md
    assert "## Not in any source (2)" in md


@given(st.text(max_size=60))
def test_escape_markdown_leaves_no_markup(text: str) -> None:
    escaped = escape_markdown(text)
    unescaped = re.sub(r"\\(.)", r"\1", escaped)
    assert unescaped == re.sub(r"\s+", " ", text)
    assert not re.search(r"(?<!\\)[*_`\[\]<>#|]", escaped)


# --------------------------------------------------------------------------- text


def test_text_report_groups_by_verdict_and_colours_on_request() -> None:
    report = small_report()
    plain = report.to_text()
    assert "\x1b[" not in plain
    assert (
        plain.index("DISCREPANCIES (1)")
        < plain.index("AGREEMENTS (1)")
        < plain.index("IN ONE SOURCE ONLY (2)")
    )
    assert '    a @13-29: De boete was [120 miljoen euro] <b>"groot"</b> & 3 dagen later.' in plain
    assert "1 discrepancy, 1 agreement, 2 in one source only" in plain
    assert "    a also @0-2" in plain
    coloured = report.to_text(color=True)
    assert "\x1b[31m✗ [money, disjoint]" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured).replace("[", "").replace("]", "") != ""


def test_text_report_of_a_check_names_the_candidate() -> None:
    text = small_report("check").to_text()
    assert "a: 1 contradicted, 1 supported, 2 unsupported" in text
    assert "CONTRADICTED BY THE SOURCES (1)" in text


# --------------------------------------------------------------------------- DataFrame


def test_to_pandas_one_row_per_finding_and_source() -> None:
    pd = pytest.importorskip("pandas")
    frame = small_report().to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == [
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
    ]
    assert len(frame) == 6
    assert frame["finding"].tolist() == [0, 0, 1, 1, 2, 3]
    assert frame["source"].astype(str).tolist() == ["a", "b<x>", "a", "b<x>", "a", "a"]
    first = frame.iloc[0]
    assert (first["verdict"], first["text"], first["start"], first["end"]) == (
        "discrepancy",
        "120 miljoen euro",
        13,
        29,
    )
    assert first["value"] == "[115,000,000, 125,000,000)"
    assert first["unit"] == "EUR"
    assert frame.iloc[5]["speaker"] == "X & Y"
    assert frame["start"].dtype == "int64"
    assert str(frame["verdict"].dtype) == "category"


def test_to_pandas_of_an_empty_report_has_the_columns() -> None:
    pytest.importorskip("pandas")
    frame = Report(sources=(), findings=()).to_pandas()
    assert len(frame) == 0
    assert "explanation" in frame.columns


def test_pandas_is_not_imported_by_factcheck() -> None:
    import subprocess
    import sys

    code = "import factcheck, sys; factcheck.Report(sources=(), findings=()).to_markdown(); print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- JSON schema


def test_schema_is_valid_and_shipped_in_the_package() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema"]["const"] == "factcheck.report/1"
    import factcheck

    assert (Path(factcheck.__file__).parent / "schema" / "report.schema.json").is_file()


def test_small_reports_follow_the_schema() -> None:
    pytest.importorskip("jsonschema")
    validate_report(small_report())
    validate_report(small_report("check"))
    validate_report(json.loads(small_report().to_json()))


def test_schema_rejects_a_broken_report() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    doc = small_report().to_dict()
    doc["findings"][0]["verdict"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        validate_report(doc)
    doc = small_report().to_dict()
    del doc["summary"]
    with pytest.raises(jsonschema.ValidationError):
        validate_report(doc)


NAMES = st.sampled_from(["a", "b", "c", "bron <1>", "ß"])
TEXT = "Op 3 december 2025 werden 120 boetes van 5 euro uitgedeeld, zei X."


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    start = draw(st.integers(0, len(TEXT) - 1))
    end = draw(st.integers(start + 1, len(TEXT)))
    kind = draw(st.sampled_from(KINDS))
    if kind == "date":
        day = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))
        value: Interval | DateRange | str = DateRange(day, day, "day")
    elif kind == "quote":
        value = draw(st.text(max_size=20))
    else:
        low = draw(st.floats(0, 1e12, allow_nan=False))
        high = draw(st.one_of(st.just(float("inf")), st.floats(low, 1e13, allow_nan=False)))
        value = Interval(low, high, stated=draw(st.one_of(st.none(), st.just(low))))
    return Claim(
        kind=kind,
        text=TEXT[start:end],
        span=(start, end),
        value=value,
        unit=draw(st.one_of(st.none(), st.sampled_from(["EUR", "day", "percent", "1 / hour"]))),
        subject=draw(st.text(max_size=10)),
        speaker=draw(st.one_of(st.none(), st.text(min_size=1, max_size=10))),
        steps=tuple(draw(st.lists(st.builds(Step, st.text(max_size=5), st.text(max_size=20)), max_size=2))),
        mentions=tuple(draw(st.lists(st.tuples(st.integers(0, 5), st.integers(6, 10)), max_size=2))),
    )


@st.composite
def reports(draw: st.DrawFn) -> Report:
    names = draw(st.lists(NAMES, min_size=2, max_size=4, unique=True))
    sources = tuple(Source(TEXT, name=n, lang="nl") for n in names)
    findings = []
    for _ in range(draw(st.integers(0, 5))):
        holders = draw(st.lists(st.sampled_from(names), min_size=1, max_size=len(names), unique=True))
        verdict = "unique" if len(holders) == 1 else draw(st.sampled_from(["agreement", "discrepancy"]))
        c = {h: draw(claims()) for h in holders}
        findings.append(
            Finding(
                verdict=verdict,  # type: ignore[arg-type]
                kind=next(iter(c.values())).kind,
                claims=c,
                relation=draw(st.sampled_from(["equal", "overlap", "disjoint", "variant", "single"])),
                steps=tuple(
                    draw(st.lists(st.builds(Step, st.text(max_size=5), st.text(max_size=20)), max_size=3))
                ),
            )
        )
    return Report(sources=sources, findings=tuple(findings))


@given(reports())
def test_generated_reports_follow_the_schema(report: Report) -> None:
    pytest.importorskip("jsonschema")
    validate_report(report)


@given(reports())
def test_generated_reports_render_in_every_format(report: Report) -> None:
    html = render_html(report)
    parsed = parse(html)
    ids = [a["id"] for _, a in parsed.tags if "id" in a]
    assert len(ids) == len(set(ids))
    marks_with_id = [a for t, a in parsed.tags if t == "mark" and "id" in a]
    assert len(marks_with_id) == sum(len(f.claims) for f in report.findings)
    for src in report.sources:
        assert parse(source_text_html(html, src.label)).text == src.text
    md = render_markdown(report)
    assert md.count("\n### ") == len(report.findings)
    assert report.to_text().endswith(("consistent: no discrepancies", "NOT consistent"))


# --------------------------------------------------------------------------- the seeds


@pytest.fixture(scope="module")
def seed_report(seed_paths: list[Path]) -> Report:
    import factcheck

    sources = [factcheck.Source(p.read_text(encoding="utf-8"), name=p.stem[:3]) for p in seed_paths]
    return factcheck.compare(*sources)


def test_seed_report_follows_the_schema(seed_report: Report) -> None:
    pytest.importorskip("jsonschema")
    validate_report(seed_report)


def test_seed_report_html_marks_every_claim(seed_report: Report) -> None:
    html = seed_report.to_html()
    parsed = parse(html)
    marks_with_id = [a for t, a in parsed.tags if t == "mark" and "id" in a]
    assert len(marks_with_id) == sum(len(f.claims) for f in seed_report.findings)
    for src in seed_report.sources:
        body = parse(source_text_html(html, src.label)).text
        assert body == src.text[src.content_start :]


def test_seed_report_markdown_has_a_section_per_finding(seed_report: Report) -> None:
    md = seed_report.to_markdown()
    assert md.count("\n### ") == len(seed_report.findings)
    for verdict, title in (
        ("discrepancy", "Discrepancies"),
        ("agreement", "Agreements"),
        ("unique", "In one source only"),
    ):
        count = sum(1 for f in seed_report.findings if f.verdict == verdict)
        assert (f"## {title} ({count})" in md) == (count > 0)
