"""The two seed articles end to end, and texts that vary their facts.

The seeds are Dutch news about one event (26 January 2026). Nothing in the library knows
them; the variations below change one fact each (a number, a speaker, a month, the language)
and must move exactly that finding.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import factcheck
from factcheck import Finding, Report, Source

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def report() -> Report:
    a, b = (Source(p.read_text(encoding="utf-8"), name=p.name[:3]) for p in SEEDS)
    return factcheck.compare(a, b)


def _with(report: Report, verdict: str, kind: str, **texts: str) -> list[Finding]:
    """Findings of a verdict and kind whose claim in each named source contains the text."""
    return [
        f
        for f in report.findings
        if f.verdict == verdict
        and f.kind == kind
        and all(name in f.claims and text in f.claims[name].text for name, text in texts.items())
    ]


def test_both_publication_dates_are_context_not_claims(report: Report) -> None:
    assert [s.published for s in report.sources] == [dt.date(2026, 1, 26)] * 2
    for finding in report.findings:
        for claim in finding.claims.values():
            assert not claim.text.startswith("date 2026")


def test_derived_rate_agrees_with_thousands_an_hour(report: Report) -> None:
    (finding,) = _with(report, "agreement", "rate", **{"000": "drie miljoen", "001": "duizenden"})
    assert finding.relation == "derived"
    assert "11" in finding.explanation
    assert "per hour" in finding.explanation


def test_first_statement_is_a_variant_with_the_missing_word(report: Report) -> None:
    (finding,) = _with(
        report, "discrepancy", "quote", **{"000": "zonder hun toestemming", "001": "zonder toestemming"}
    )
    assert finding.relation == "variant"
    assert all("Virkkunen" in (c.speaker or "") for c in finding.claims.values())
    assert "hun" in finding.explanation


def test_second_statement_is_a_variant_that_adds_the_dsa(report: Report) -> None:
    (finding,) = _with(
        report, "discrepancy", "quote", **{"000": "Met dit onderzoek", "001": "Met dit onderzoek"}
    )
    assert finding.relation == "variant"
    assert "Digital Services Act" in finding.explanation


def test_details_found_in_one_source_only(report: Report) -> None:
    (cases,) = _with(report, "unique", "count", **{"000": "23.000"})
    value = cases.claims["000"].value
    assert isinstance(value, factcheck.Interval)
    assert (value.low, value.high) == (22_500, 23_500)
    (fine,) = _with(report, "unique", "money", **{"001": "120 miljoen euro"})
    assert fine.claims["001"].unit == "EUR"
    (december,) = _with(report, "unique", "date", **{"001": "december"})
    assert december.claims["001"].value == factcheck.DateRange(
        dt.date(2025, 12, 1), dt.date(2025, 12, 31), "month"
    )
    (since,) = _with(report, "unique", "date", **{"001": "2023"})
    assert isinstance(since.claims["001"].value, factcheck.DateRange)
    assert since.claims["001"].value.start == dt.date(2023, 1, 1)
    # two events of the same month (the researchers' count, the cabinet's plan) stay apart
    assert _with(report, "unique", "date", **{"000": "januari"})
    assert _with(report, "unique", "date", **{"001": "eerder deze maand"})
    (brempt,) = _with(report, "unique", "quote", **{"000": "We weten al langer"})
    assert "Van Brempt" in (brempt.claims["000"].speaker or "")


def test_parts_of_the_derived_rate_are_not_also_unique(report: Report) -> None:
    for finding in report.unique:
        claim = next(iter(finding.claims.values()))
        assert "drie miljoen" not in claim.text
        assert "11 dagen" not in claim.text


def test_no_claim_from_page_chrome(report: Report) -> None:
    texts = [c.text for f in report.findings for c in f.claims.values()]
    for chrome in ("leestijd", "507", "Bewaren", "2 minuten"):
        assert not any(chrome in t for t in texts), chrome


# -- variations: one fact changed at a time ------------------------------------------------

SEED_RATE = "Onderzoekers zagen in januari dat in 11 dagen tijd drie miljoen geseksualiseerde afbeeldingen werden gegenereerd."
SEED_QUOTE = (
    "„Het creëren van seksuele deepfakes van vrouwen en kinderen zonder hun toestemming zijn een "
    "gewelddadige en onaanvaardbare vorm van vernedering”, schrijft Eurocommissaris Henna Virkkunen op X."
)


def nl(text: str, name: str) -> Source:
    return Source(text, name=name, lang="nl", published="2026-01-26")


def test_another_rate_is_a_discrepancy() -> None:
    other = "De chatbot maakte per uur honderden afbeeldingen van mensen die werden ontkleed."
    report = factcheck.compare(nl(SEED_RATE, "a"), nl(other, "b"))
    (finding,) = _with(report, "discrepancy", "rate", a="drie miljoen", b="honderden")
    assert finding.relation == "disjoint"


def test_another_speaker_is_a_misattribution() -> None:
    other = SEED_QUOTE.replace("Eurocommissaris Henna Virkkunen", "Commissievoorzitter Ursula von der Leyen")
    report = factcheck.compare(nl(SEED_QUOTE, "a"), nl(other, "b"))
    (finding,) = _with(report, "discrepancy", "quote", a="deepfakes", b="deepfakes")
    assert finding.relation == "misattributed"


def test_the_same_words_by_the_same_speaker_agree() -> None:
    other = "Eurocommissaris Virkkunen: " + SEED_QUOTE.partition(", schrijft")[0]
    report = factcheck.compare(nl(SEED_QUOTE, "a"), nl(other, "b"))
    (finding,) = _with(report, "agreement", "quote", a="deepfakes", b="deepfakes")
    assert finding.relation == "verbatim"


def test_another_month_is_a_date_discrepancy() -> None:
    a = "In december kreeg X een boete van 120 miljoen euro vanwege misleidende blauwe vinkjes."
    b = "In december 2023 kreeg X een boete van 120 miljoen euro vanwege misleidende blauwe vinkjes."
    report = factcheck.compare(nl(a, "a"), nl(b, "b"))
    (finding,) = _with(report, "discrepancy", "date", a="december", b="december 2023")
    assert "2025" in finding.explanation
    assert "2023" in finding.explanation
    assert _with(report, "agreement", "money", a="120 miljoen euro", b="120 miljoen euro")


def test_another_amount_is_a_money_discrepancy() -> None:
    a = "In december kreeg X een boete van 120 miljoen euro vanwege misleidende blauwe vinkjes."
    b = "In december kreeg X een boete van 150 miljoen euro vanwege misleidende blauwe vinkjes."
    report = factcheck.compare(nl(a, "a"), nl(b, "b"))
    assert _with(report, "discrepancy", "money", a="120 miljoen euro", b="150 miljoen euro")
    assert _with(report, "agreement", "date", a="december", b="december")


def test_an_english_rendering_agrees_on_the_fine() -> None:
    a = nl("In december kreeg X een boete van 120 miljoen euro vanwege misleidende blauwe vinkjes.", "nl")
    b = Source(
        "In December, X was fined €120 million over its misleading blue checkmarks.",
        name="en",
        lang="en",
        published="2026-01-26",
    )
    report = factcheck.compare(a, b)
    assert _with(report, "agreement", "money", nl="120 miljoen euro", en="€120 million")
    assert _with(report, "agreement", "date", nl="december", en="December")


def test_cli_on_the_seeds_reports_and_exits_one(capsys: pytest.CaptureFixture[str]) -> None:
    from factcheck.cli import main

    status = main([str(p) for p in SEEDS])
    out = capsys.readouterr().out
    assert status == 1
    assert "DISCREPANCIES" in out
    assert "IN ONE SOURCE ONLY" in out
