"""factcheck.testing: the assertions users' suites call, and their failure messages."""

from __future__ import annotations

import pickle

import pytest

from factcheck import Source
from factcheck.testing import (
    FactcheckAssertionError,
    assert_consistent,
    assert_no_discrepancies,
    describe_findings,
)

SOURCE = Source(
    'Er werden 120 boetes uitgedeeld. "Dit is een flinke stap voor ons land", zei Jan.',
    name="bron",
    lang="nl",
)


def test_consistent_candidate_passes_and_returns_the_report() -> None:
    report = assert_consistent("In totaal zijn 120 boetes uitgedeeld.", against=[SOURCE], lang="nl")
    assert report.mode == "check"
    assert [(f.verdict, f.kind) for f in report.findings] == [("agreement", "count")]


def test_contradicted_number_fails_with_both_sides_words() -> None:
    with pytest.raises(AssertionError) as info:
        assert_consistent(
            Source("Er werden 95 boetes uitgedeeld.", name="samenvatting", lang="nl"), against=[SOURCE]
        )
    message = str(info.value)
    lines = message.splitlines()
    assert lines[0] == "factcheck: samenvatting disagrees with the sources: 1 contradicted"
    assert lines[2].startswith("contradicted [count, disjoint]: ")
    assert "95 boetes" in lines[2]
    assert "120 boetes" in lines[2]
    # the sources' words first ("-"), then the candidate's ("+"), each with the claim in brackets
    assert lines[3].startswith("  - bron         Er werden [120 boetes] uitgedeeld.")
    assert lines[4] == "  + samenvatting Er werden [95 boetes] uitgedeeld."
    assert len(lines) == 5


def test_reworded_quote_fails_unless_variants_are_allowed() -> None:
    candidate = Source('"Dit is een grote stap voor ons land", zei Jan.', name="kandidaat", lang="nl")
    with pytest.raises(FactcheckAssertionError) as info:
        assert_consistent(candidate, against=[SOURCE])
    message = str(info.value)
    assert "contradicted [quote, variant]" in message
    assert "(said by Jan)" in message
    assert info.value.report.candidate == "kandidaat"
    report = assert_consistent(candidate, against=[SOURCE], allow=("unique", "variant"))
    assert [f.relation for f in report.contradicted] == ["variant"]


def test_unsupported_claims_are_allowed_by_default_only() -> None:
    candidate = Source("Er kwamen 300 agenten op af.", name="kandidaat", lang="nl")
    report = assert_consistent(candidate, against=[SOURCE])
    assert [f.verdict for f in report.findings] == ["unique"]
    with pytest.raises(AssertionError) as info:
        assert_consistent(candidate, against=[SOURCE], allow=())
    message = str(info.value)
    assert message.splitlines()[0] == "factcheck: kandidaat disagrees with the sources: 1 unsupported"
    assert "  + kandidaat Er kwamen [300 agenten] op af." in message
    assert "no source states this" in message
    # check()'s own word for the verdict works too
    assert assert_consistent(candidate, against=[SOURCE], allow=("unsupported",)).unsupported


def test_assert_no_discrepancies() -> None:
    report = assert_no_discrepancies("Er werden 120 boetes uitgedeeld.", SOURCE)
    assert [f.verdict for f in report.agreements] == ["agreement"]
    with pytest.raises(AssertionError) as info:
        assert_no_discrepancies(Source("Er werden 95 boetes uitgedeeld.", name="ander", lang="nl"), SOURCE)
    lines = str(info.value).splitlines()
    assert lines[0] == "factcheck: the sources disagree: 1 discrepancy"
    assert lines[3] == "  * ander Er werden [95 boetes] uitgedeeld."
    assert lines[4].startswith("  * bron  Er werden [120 boetes] uitgedeeld.")


def test_assertion_error_pickles_with_its_report() -> None:
    with pytest.raises(FactcheckAssertionError) as info:
        assert_no_discrepancies(Source("Er werden 95 boetes uitgedeeld.", name="ander", lang="nl"), SOURCE)
    copy = pickle.loads(pickle.dumps(info.value))  # noqa: S301 - our own bytes
    assert str(copy) == str(info.value)
    assert copy.report == info.value.report


def test_describe_findings_of_nothing_is_empty() -> None:
    report = assert_no_discrepancies("Er werden 120 boetes uitgedeeld.", SOURCE)
    assert describe_findings(report, []) == ""


def test_errors_of_check_pass_through() -> None:
    with pytest.raises(TypeError):
        assert_consistent("tekst", against="geen lijst", lang="nl")  # type: ignore[arg-type]
