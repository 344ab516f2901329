"""Numeric claims, second round: fractions in digits, halves of multipliers, pounds as weight,
scores, glued temperatures, bracketed units and subjects before a verb, with exact values."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.numbers import extract_numbers
from factcheck.model import Claim, Interval


def _claim(text: str, lang: str, claim_text: str) -> Claim:
    claims = extract_numbers(text, lang)
    matching = [c for c in claims if c.text == claim_text]
    assert matching, f"no claim {claim_text!r} in {[c.text for c in claims]}"
    return matching[0]


def _texts(text: str, lang: str) -> list[str]:
    return [c.text for c in extract_numbers(text, lang)]


# (lang, text, claim text, kind, low, high, unit)
CASES = [
    (
        "en",
        "Some 3/4 of the respondents backed it.",
        "Some 3/4 of the respondents",
        "count",
        0.675,
        0.825,
        None,
    ),
    ("en", "Only 1/3 agreed.", "1/3", "count", 1 / 3, 1 / 3, None),
    ("en", "It takes 10 1/2 miles of cable.", "10 1/2 miles", "quantity", 10.5, 10.5, "mile"),
    ("nl", "Een ovaal van 1/4 mijl.", "1/4 mijl", "quantity", 0.25, 0.25, "mile"),
    ("es", "Subió un 3/4% en marzo.", "3/4%", "percent", 0.75, 0.75, "percent"),
    ("en", "Half a dozen officers were hurt.", "Half a dozen officers", "count", 5.5, 6.5, None),
    ("en", "Half a million people marched.", "Half a million people", "count", 450_000, 550_000, None),
    ("nl", "Een half dozijn agenten raakte gewond.", "Een half dozijn agenten", "count", 5.5, 6.5, None),
    ("nl", "Het kost een half miljoen euro.", "een half miljoen euro", "money", 450_000, 550_000, "EUR"),
    (
        "de",
        "Ein halbes Dutzend Polizisten wurde verletzt.",
        "Ein halbes Dutzend Polizisten",
        "count",
        5.5,
        6.5,
        None,
    ),
    ("fr", "Une demi-douzaine de policiers.", "Une demi-douzaine de policiers", "count", 5.5, 6.5, None),
    ("es", "Media docena de agentes.", "Media docena de agentes", "count", 5.5, 6.5, None),
    ("fr", "Une centaine de migrants ont été secourus.", "Une centaine de migrants", "count", 50, 150, None),
    ("es", "Una decena de coches ardieron.", "Una decena de coches", "count", 9.5, 10.5, None),
    ("en", "The baby weighed 7 pounds at birth.", "7 pounds", "quantity", 6.5, 7.5, "pound"),
    (
        "en",
        "A metric ton is equal to 2,204.62 pounds.",
        "2,204.62 pounds",
        "quantity",
        2204.615,
        2204.625,
        "pound",
    ),
    ("en", "A loaf now costs 2 pounds.", "2 pounds", "money", 1.5, 2.5, "GBP"),
    ("en", "The weight of debt rose by 20 million pounds.", "20 million pounds", "money", 15e6, 25e6, "GBP"),
    ("fr", "Ce bébé pèse deux livres.", "deux livres", "quantity", 1.5, 2.5, "pound"),
    ("es", "El bebé pesa dos libras.", "dos libras", "quantity", 1.5, 2.5, "pound"),
    ("en", "Temperatures hit 41.2C in Seville.", "41.2C", "quantity", 41.15, 41.25, "degree_Celsius"),
    ("en", "The weight is 20 (kg).", "20 (kg)", "quantity", 19.5, 20.5, "kilogram"),
    ("en", "fifty - two", "fifty - two", "count", 51.5, 52.5, None),
    # "300" is stated to the hundred: [250, 350).
    ("en", "a lens of 75 -300mm", "75 -300mm", "quantity", 74.5, 350, "millimeter"),
    (
        "es",
        "siete con cincuenta por ciento",
        "siete con cincuenta por ciento",
        "percent",
        7.495,
        7.505,
        "percent",
    ),
    ("nl", "Zeker 15 mensen raakten gewond.", "Zeker 15 mensen", "count", 15, float("inf"), None),
    ("nl", "Tussen de 20 en 30 woningen.", "Tussen de 20 en 30 woningen", "count", 19.5, 30.5, None),
]


@pytest.mark.parametrize(("lang", "text", "claim_text", "kind", "low", "high", "unit"), CASES)
def test_case(  # noqa: PLR0917 - one parameter per column of CASES
    lang: str, text: str, claim_text: str, kind: str, low: float, high: float, unit: str | None
) -> None:
    claim = _claim(text, lang, claim_text)
    assert isinstance(claim.value, Interval)
    assert (claim.kind, claim.unit) == (kind, unit)
    assert claim.value.low == pytest.approx(low)
    assert claim.value.high == pytest.approx(high)
    assert text[claim.span[0] : claim.span[1]] == claim.text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Arsenal won 3-1 at home."),
        ("nl", "Ajax won met 2-0 van Feyenoord."),
        ("es", "El Real Madrid ganó 2-1 al Barcelona."),
        ("en", "We met on 3/4 at noon."),
        ("en", "Open 24/7, since 9/11."),
        ("en", "The hearing resumes in court 4."),
        ("en", "The weight is 45{kg)."),
    ],
)
def test_no_claim(lang: str, text: str) -> None:
    assert [t for t in _texts(text, lang) if not t.endswith(("kg)", "45"))] == []


def test_glued_f_outside_weather_is_no_temperature() -> None:
    claim = _claim("When must 13F be filed?", "en", "13")
    assert (claim.kind, claim.unit) == ("count", None)


def test_mismatched_brackets_leave_a_count() -> None:
    claim = _claim("The weight is 45{kg)", "en", "45")
    assert (claim.kind, claim.unit) == ("count", None)


@pytest.mark.parametrize(
    ("lang", "text", "claim_text", "subject"),
    [
        ("en", "Winds reached 120 mph along the coast.", "120 mph", "winds"),
        ("en", "Unemployment rose to 4.3% in March.", "4.3%", "unemployment"),
        ("nl", "X kreeg een boete van 120 miljoen euro.", "120 miljoen euro", "boete"),
        ("fr", "Le chômage a reculé à 7,3 % au quatrième trimestre.", "7,3 %", "chômage"),
        ("fr", "L'inflation s'est établie à 1,8 % sur un an.", "1,8 %", "inflation"),
        ("de", "Die Böen erreichten 130 Kilometer pro Stunde.", "130 Kilometer pro Stunde", "böen"),
        (
            "nl",
            "Twee derde van de ondervraagden is tegen.",
            "Twee derde van de ondervraagden",
            "ondervraagden",
        ),
        ("de", "Zwei Drittel der Befragten lehnen ab.", "Zwei Drittel der Befragten", "befragten"),
        # Who pays is no subject of the amount: outlets name that actor differently.
        ("fr", "L'État va investir 1,2 milliard d'euros.", "1,2 milliard d'euros", ""),
    ],
)
def test_subject(lang: str, text: str, claim_text: str, subject: str) -> None:
    assert _claim(text, lang, claim_text).subject == subject


def test_pounds_and_ounces_are_two_weights() -> None:
    claims = extract_numbers("The baby weighed 7 pounds 4 ounces.", "en")
    assert [(c.text, c.unit) for c in claims] == [("7 pounds", "pound"), ("4 ounces", "ounce")]


@given(st.sampled_from([2, 3, 4, 5, 6, 8, 10, 100]), st.data())
def test_slash_fraction_law(den: int, data: st.DataObject) -> None:
    num = data.draw(st.integers(min_value=1, max_value=min(den - 1, 99)))
    claim = _claim(f"Some {num}/{den} of voters agreed.", "en", f"Some {num}/{den} of voters")
    assert isinstance(claim.value, Interval)
    assert claim.value.stated == pytest.approx(num / den)
    assert claim.subject == "voters"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("más del 50% de los votos", 50, math.inf),
        ("menos del 10% de los hogares", 0, 10),
        ("casi el 60% del territorio", 54, 60),
    ],
)
def test_spanish_bounds_before_an_article(text: str, low: float, high: float) -> None:
    """Spanish writes an article between a bound and a percent: "más del 50 %"."""
    (claim,) = extract_numbers(text, "es")
    assert isinstance(claim.value, Interval)
    assert (claim.value.low, claim.value.high) == (low, high)
