"""Golden multi-source cases: what compare() and check() should find, as a careful reader sees it.

The case files
--------------
``tests/data/golden/<lang>.json`` hold cases whose sources are all in one language and
``bilingual.json`` cases whose sources are in two languages. Each file is a JSON list of
cases; a case has

- ``label`` (unique over all files) and ``comment`` (the rule it shows, for the reviewer);
- ``status``: ``"pass"`` or ``"fail"``. A known failure stays in the file, marked ``"fail"``
  with a ``reason``, and its test is an expected failure, so that it stays visible;
- ``sources``: a list of ``{"name", "lang", "published", "text"}``;
- ``candidate`` (optional, same shape as a source): the case then runs
  ``check(candidate, against=sources)`` instead of ``compare(*sources)``;
- ``expect``: the findings a careful reader expects, each ``{"verdict", "kind",
  "relation" (optional), "texts": {source name: text}, "explains" (optional)}``, where ``text``
  is the claim's text or a part of it that identifies the claim in that source, and
  ``explains`` lists words the finding's explanation must contain (the changed word of a
  variant quote, the two speakers of a misattribution, the source that holds the odd value).

A human reviews every change to these files; no test rewrites them.

Matching
--------
An actual finding matches an expected one when the verdict and the kind are equal, the relation
is equal when the case gives one, the finding holds claims from exactly the sources the case
names, and in every named source the claim (its first mention or a repeated one) overlaps an
occurrence of the expected text, and one of the two texts contains the other (whitespace
normalised). Matching is one to one, in the order of the case file. Beyond matching, each case
checks that a matched finding's explanation contains its ``explains`` words and, for a derived
finding, the derivation (the detail of a ``derive`` step of one of its claims).

Recall and precision
--------------------
Both are counted per verdict, per kind and overall, over the cases marked ``"pass"``.

- *recall* of a group = expected findings of the group that an actual finding matches /
  expected findings of the group;
- *precision* of a group = actual findings of the group that match an expected finding /
  actual findings of the group that are *judged*.

An actual finding is judged when (a) it matches an expected finding, or (b) one of its claims
overlaps an expected text of the same source (it speaks of something the case speaks of, so it
has to be right), or (c) it is a discrepancy (a false alarm is an error whatever it is about),
or (d) it is a unique numeric finding (count, money, quantity, percent, duration, rate): the cases
name every number in their texts, so an unmentioned number is a misreading or a failed
alignment. Agreements and unique dates or quotes that touch no expected text are not judged
(a case does not have to list every incidental date or quoted term). When nothing of a group is
judged its precision is 1.

``test_recall_and_precision`` prints both tables and fails when overall recall or precision
is below 0.95; ``test_case`` runs each case on its own so that a failure shows its label.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
import typing
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck.lang import SUPPORTED
from factcheck.model import KINDS, VERDICTS, Finding, Relation
from factcheck.report import Report

GOLDEN_DIR = Path(__file__).parent / "data" / "golden"
BILINGUAL = "bilingual"
GATE = 0.95

NUMERIC_KINDS = frozenset({"count", "money", "quantity", "percent", "duration", "rate"})
RELATIONS = frozenset(typing.get_args(Relation))
QUOTE_RELATIONS = frozenset({"verbatim", "partial", "variant", "misattributed"})
# Which relation a verdict can come with; "single" is the relation of a unique finding.
RELATIONS_OF_VERDICT = {
    "agreement": frozenset({"equal", "overlap", "derived", "verbatim", "partial"}),
    "discrepancy": frozenset({"disjoint", "not_comparable", "variant", "misattributed"}),
    "unique": frozenset({"single"}),
}

CASE_KEYS = frozenset({"label", "comment", "status", "sources", "expect"})
CASE_OPTIONAL = frozenset({"candidate", "reason"})
SOURCE_KEYS = frozenset({"name", "lang", "published", "text"})
EXPECT_KEYS = frozenset({"verdict", "kind", "texts"})
EXPECT_OPTIONAL = frozenset({"relation", "explains"})

Case = dict[str, Any]
Span = tuple[int, int]


# --------------------------------------------------------------------------- loading


def _load() -> list[tuple[str, Case]]:
    cases: list[tuple[str, Case]] = []
    for path in sorted(GOLDEN_DIR.glob("*.json")):
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
        assert isinstance(data, list), f"{path.name}: a golden file is a JSON list of cases"
        cases.extend((path.stem, case) for case in data)
    return cases


FILED_CASES = _load()
CASES = [case for _, case in FILED_CASES]
BY_LABEL = {case["label"]: case for case in CASES}


def _param(case: Case) -> Any:
    marks = []
    if case.get("status") == "fail":
        marks.append(pytest.mark.xfail(reason=str(case.get("reason", "known failure")), strict=False))
    return pytest.param(case["label"], id=case["label"], marks=marks)


PARAMS = [_param(case) for case in CASES]


def _all_sources(case: Case) -> list[dict[str, str]]:
    candidate = case.get("candidate")
    return [*case["sources"], *([candidate] if candidate else [])]


def _texts(case: Case) -> dict[str, str]:
    return {src["name"]: src["text"] for src in _all_sources(case)}


def _source(spec: dict[str, str]) -> factcheck.Source:
    return factcheck.Source(
        spec["text"],
        name=spec["name"],
        lang=spec["lang"],
        published=dt.date.fromisoformat(spec["published"]),
    )


@functools.cache
def run_case(label: str) -> Report:
    """The report of one case: check() when it has a candidate, compare() otherwise."""
    case = BY_LABEL[label]
    sources = [_source(spec) for spec in case["sources"]]
    if case.get("candidate"):
        return factcheck.check(_source(case["candidate"]), against=sources)
    return factcheck.compare(*sources)


# --------------------------------------------------------------------------- matching


def _norm(text: str) -> str:
    return " ".join(text.split())


def occurrences(text: str, needle: str) -> list[Span]:
    """Every (start, end) where ``needle`` occurs in ``text``."""
    out: list[Span] = []
    start = text.find(needle)
    while needle and start >= 0:
        out.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return out


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _claim_spans(finding: Finding, name: str) -> tuple[Span, ...]:
    claim = finding.claims[name]
    return (claim.span, *claim.mentions)


def claim_matches(finding: Finding, name: str, source_text: str, expected: str) -> bool:
    """Whether the claim of ``name`` in ``finding`` is the one ``expected`` identifies."""
    where = occurrences(source_text, expected)
    want = _norm(expected)
    for span in _claim_spans(finding, name):
        said = _norm(source_text[span[0] : span[1]])
        if said and (want in said or said in want) and any(_overlaps(span, w) for w in where):
            return True
    return False


def finding_matches(finding: Finding, expected: dict[str, Any], texts: dict[str, str]) -> bool:
    """Whether an actual finding is the expected one (see the module docstring)."""
    if finding.verdict != expected["verdict"] or finding.kind != expected["kind"]:
        return False
    if "relation" in expected and finding.relation != expected["relation"]:
        return False
    if set(finding.claims) != set(expected["texts"]):
        return False
    return all(claim_matches(finding, name, texts[name], text) for name, text in expected["texts"].items())


def _touches(finding: Finding, case: Case, texts: dict[str, str]) -> bool:
    for expected in case["expect"]:
        for name, text in expected["texts"].items():
            if name not in finding.claims:
                continue
            where = occurrences(texts[name], text)
            if any(_overlaps(span, w) for span in _claim_spans(finding, name) for w in where):
                return True
    return False


def is_judged(finding: Finding, case: Case, texts: dict[str, str]) -> bool:
    """Whether an unmatched actual finding counts against precision."""
    if finding.verdict == "discrepancy":
        return True
    if finding.verdict == "unique" and finding.kind in NUMERIC_KINDS:
        return True
    return _touches(finding, case, texts)


@dataclass
class Outcome:
    """How the actual findings of one case compare with the expected ones."""

    matched: list[tuple[dict[str, Any], Finding]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    unexpected: list[Finding] = field(default_factory=list)
    ignored: list[Finding] = field(default_factory=list)


@functools.cache
def evaluate(label: str) -> Outcome:
    """Match the findings of one case to its expectations, one to one, in file order."""
    case = BY_LABEL[label]
    texts = _texts(case)
    findings = list(run_case(label).findings)
    free = list(range(len(findings)))
    outcome = Outcome()
    for expected in case["expect"]:
        hit = next((i for i in free if finding_matches(findings[i], expected, texts)), None)
        if hit is None:
            outcome.missed.append(expected)
        else:
            free.remove(hit)
            outcome.matched.append((expected, findings[hit]))
    for i in free:
        bucket = outcome.unexpected if is_judged(findings[i], case, texts) else outcome.ignored
        bucket.append(findings[i])
    return outcome


def explanation_gaps(expected: dict[str, Any], finding: Finding) -> list[str]:
    """What a matched finding's explanation fails to say."""
    said = finding.explanation.casefold()
    words = expected.get("explains", [])
    gaps = [f"the explanation does not mention {word!r}" for word in words if word.casefold() not in said]
    if finding.relation == "derived":
        derivations = [s.detail for c in finding.claims.values() for s in c.steps if s.op == "derive"]
        if not derivations:
            gaps.append("no claim of a derived finding has a 'derive' step")
        elif not any(d.casefold() in said for d in derivations):
            gaps.append(f"the explanation does not show the derivation {derivations[0]!r}")
    return gaps


def _show_expected(expected: dict[str, Any]) -> str:
    texts = ", ".join(f"{name}: {text!r}" for name, text in expected["texts"].items())
    relation = f"/{expected['relation']}" if "relation" in expected else ""
    return f"{expected['verdict']}/{expected['kind']}{relation} {{{texts}}}"


def _show_actual(finding: Finding) -> str:
    texts = ", ".join(f"{name}: {claim.text!r}" for name, claim in sorted(finding.claims.items()))
    return f"{finding.verdict}/{finding.kind}/{finding.relation} {{{texts}}}: {finding.explanation}"


def explain(label: str) -> str:
    """A readable account of what a case missed and what it found unexpectedly."""
    outcome = evaluate(label)
    lines = [f"case {label}:"]
    lines += [f"  missing    {_show_expected(e)}" for e in outcome.missed]
    lines += [f"  unexpected {_show_actual(f)}" for f in outcome.unexpected]
    lines += [f"  (not judged) {_show_actual(f)}" for f in outcome.ignored]
    for expected, finding in outcome.matched:
        lines += [
            f"  explanation of {_show_expected(expected)}: {gap}"
            for gap in explanation_gaps(expected, finding)
        ]
    return "\n".join(lines)


# --------------------------------------------------------------------------- well-formed cases


def test_case_files_cover_the_issue() -> None:
    labels = [case["label"] for case in CASES]
    assert len(labels) == len(set(labels)), [k for k, n in Counter(labels).items() if n > 1]
    assert len(CASES) >= 36
    per_file = Counter(stem for stem, _ in FILED_CASES)
    assert set(per_file) == {*SUPPORTED, BILINGUAL}
    assert all(n >= 6 for n in per_file.values()), per_file
    assert sum(1 for case in CASES if case.get("candidate")) >= 4
    multi = [case for case in CASES if len(_all_sources(case)) >= 3]
    assert len(multi) >= 3
    expectations = [e for case in CASES for e in case["expect"]]
    assert {e["verdict"] for e in expectations} == set(VERDICTS)
    assert {e["kind"] for e in expectations} == set(KINDS)
    # every relation the issue names is exercised at least once
    named = {e["relation"] for e in expectations if "relation" in e}
    assert named >= {"equal", "overlap", "derived", "disjoint", "not_comparable", *QUOTE_RELATIONS}


@pytest.mark.parametrize(("stem", "label"), [(stem, case["label"]) for stem, case in FILED_CASES])
def test_case_well_formed(stem: str, label: str) -> None:
    case = BY_LABEL[label]
    assert CASE_KEYS <= set(case) <= CASE_KEYS | CASE_OPTIONAL
    assert isinstance(case["label"], str)
    assert isinstance(case["comment"], str)
    assert len(case["comment"]) >= 20
    assert case["status"] in {"pass", "fail"}
    if case["status"] == "fail":
        assert isinstance(case.get("reason"), str), "a known failure says why in 'reason'"
    candidate = case.get("candidate")
    assert isinstance(case["sources"], list)
    assert len(case["sources"]) >= (1 if candidate else 2)

    names: list[str] = []
    for spec in _all_sources(case):
        assert set(spec) == SOURCE_KEYS, spec
        assert isinstance(spec["name"], str)
        assert spec["name"].strip()
        assert spec["lang"] in SUPPORTED
        dt.date.fromisoformat(spec["published"])
        assert isinstance(spec["text"], str)
        assert 60 <= len(spec["text"]) <= 1200, "a news paragraph of two to six sentences"
        names.append(spec["name"])
    assert len(names) == len(set(names)), names

    langs = {spec["lang"] for spec in _all_sources(case)}
    if stem == BILINGUAL:
        assert len(langs) == 2, langs
    else:
        assert langs == {stem}, langs

    texts = _texts(case)
    assert isinstance(case["expect"], list)
    assert case["expect"]
    seen: set[str] = set()
    for expected in case["expect"]:
        assert EXPECT_KEYS <= set(expected) <= EXPECT_KEYS | EXPECT_OPTIONAL, expected
        assert expected["verdict"] in VERDICTS
        assert expected["kind"] in KINDS
        if "relation" in expected:
            relation = expected["relation"]
            assert relation in RELATIONS
            assert relation in RELATIONS_OF_VERDICT[expected["verdict"]], expected
            assert (relation in QUOTE_RELATIONS) == (expected["kind"] == "quote"), expected
        named = expected["texts"]
        assert isinstance(named, dict)
        assert set(named) <= set(names), expected
        assert len(named) == 1 if expected["verdict"] == "unique" else len(named) >= 2, expected
        if candidate:
            assert candidate["name"] in named, "check() reports only the candidate's claims"
        for name, text in named.items():
            assert isinstance(text, str)
            assert text.strip()
            assert occurrences(texts[name], text), f"{text!r} does not occur in source {name!r}"
        explains = expected.get("explains", [])
        assert isinstance(explains, list)
        assert all(isinstance(word, str) and word.strip() for word in explains), explains
        key = json.dumps(expected, sort_keys=True)
        assert key not in seen, f"expected twice: {expected}"
        seen.add(key)


def test_matching_rules() -> None:
    # the matcher itself, on hand-made findings: a claim must overlap the expected text
    text = "Er waren 120 boetes en 120 agenten."
    first = factcheck.Claim(kind="count", text="120 boetes", span=(9, 19), value=factcheck.Interval(115, 125))
    second = factcheck.Claim(kind="count", text="120", span=(23, 26), value=factcheck.Interval(115, 125))
    finding = Finding(verdict="unique", kind="count", claims={"a": first}, relation="single")
    other = Finding(verdict="unique", kind="count", claims={"a": second}, relation="single")
    want = {"verdict": "unique", "kind": "count", "texts": {"a": "120 boetes"}}
    assert finding_matches(finding, want, {"a": text})
    assert not finding_matches(other, want, {"a": text})
    assert not finding_matches(finding, {**want, "verdict": "agreement"}, {"a": text})
    assert not finding_matches(finding, {**want, "relation": "equal"}, {"a": text})
    assert not finding_matches(
        finding, {**want, "texts": {"a": "120 boetes", "b": "120"}}, {"a": text, "b": "120"}
    )
    assert occurrences(text, "120") == [(9, 12), (23, 26)]


# --------------------------------------------------------------------------- running the cases


def case_holds(label: str) -> bool:
    """Whether a case finds what it expects, nothing judged beyond, and explains it."""
    outcome = evaluate(label)
    explained = all(not explanation_gaps(expected, finding) for expected, finding in outcome.matched)
    return not outcome.missed and not outcome.unexpected and explained


@pytest.mark.parametrize("label", PARAMS)
def test_case(label: str) -> None:
    assert case_holds(label), explain(label)


@pytest.mark.parametrize("label", [case["label"] for case in CASES])
def test_case_findings_are_explained_and_order_free(label: str) -> None:
    # every finding has a one-line explanation and points at the characters in every source;
    # reversing the sources changes nothing in the report
    case = BY_LABEL[label]
    report = run_case(label)
    texts = _texts(case)
    for finding in report.findings:
        assert finding.explanation.strip()
        assert "\n" not in finding.explanation
        assert finding.claims
        for name, claim in finding.claims.items():
            assert claim.text == texts[name][claim.span[0] : claim.span[1]]
    sources = [_source(spec) for spec in reversed(case["sources"])]
    if case.get("candidate"):
        reordered = factcheck.check(_source(case["candidate"]), against=sources)
    else:
        reordered = factcheck.compare(*sources)
    assert reordered.to_dict() == report.to_dict()


def _rates(labels: list[str]) -> tuple[str, float, float]:
    expected: Counter[tuple[str, str]] = Counter()
    found: Counter[tuple[str, str]] = Counter()
    judged: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()

    def groups(verdict: str, kind: str) -> list[tuple[str, str]]:
        return [("verdict", verdict), ("kind", kind), ("all", "all")]

    for label in labels:
        outcome = evaluate(label)
        for exp in outcome.missed:
            expected.update(groups(exp["verdict"], exp["kind"]))
        for exp, actual in outcome.matched:
            expected.update(groups(exp["verdict"], exp["kind"]))
            found.update(groups(exp["verdict"], exp["kind"]))
            judged.update(groups(actual.verdict, actual.kind))
            right.update(groups(actual.verdict, actual.kind))
        for actual in outcome.unexpected:
            judged.update(groups(actual.verdict, actual.kind))

    order = [("verdict", v) for v in VERDICTS] + [("kind", k) for k in KINDS] + [("all", "all")]
    lines = [
        f"{'group':22} {'expected':>8} {'found':>6} {'recall':>7} {'judged':>7} {'right':>6} {'precision':>9}"
    ]
    for group in order:
        recall = found[group] / expected[group] if expected[group] else 1.0
        precision = right[group] / judged[group] if judged[group] else 1.0
        name = f"{group[0]}={group[1]}" if group[0] != "all" else "overall"
        lines.append(
            f"{name:22} {expected[group]:8} {found[group]:6} {recall:7.2f} "
            f"{judged[group]:7} {right[group]:6} {precision:9.2f}"
        )
    total = ("all", "all")
    recall = found[total] / expected[total] if expected[total] else 1.0
    precision = right[total] / judged[total] if judged[total] else 1.0
    return "\n".join(lines), recall, precision


def test_recall_and_precision(capsys: pytest.CaptureFixture[str]) -> None:
    passing = [case["label"] for case in CASES if case["status"] == "pass"]
    table, recall, precision = _rates(passing)
    _, all_recall, all_precision = _rates([case["label"] for case in CASES])
    failing = [label for label in passing if not case_holds(label)]
    with capsys.disabled():
        sys.stdout.write(f"\n\ngolden cases marked pass ({len(passing)} of {len(CASES)}):\n{table}\n")
        sys.stdout.write(f"all cases: recall {all_recall:.2f}, precision {all_precision:.2f}\n")
        if failing:
            sys.stdout.write(f"cases marked pass that fail ({len(failing)}): {', '.join(failing)}\n")
    assert recall >= GATE, f"recall {recall:.2f} < {GATE}\n{table}"
    assert precision >= GATE, f"precision {precision:.2f} < {GATE}\n{table}"
