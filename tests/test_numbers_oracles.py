"""Independent oracles: numbers written by num2words and formatted by Babel read back exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.numbers import extract_numbers
from factcheck.model import Interval

num2words = pytest.importorskip("num2words").num2words
babel_numbers = pytest.importorskip("babel.numbers")

LANGS = ("en", "nl", "de", "fr", "es")
LOCALES = {"en": "en_US", "nl": "nl_NL", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}
CURRENCIES = ("EUR", "USD", "GBP", "JPY", "CHF")

# 1 is left out: on its own "one", "een", "un", "uno" is read as an article in news text.
# Above 10^12 num2words uses scale words news never writes ("quadrillion", "Billiarde").
WORD_NUMBERS = st.integers(min_value=2, max_value=10**12)


def _single(text: str, lang: str) -> tuple[str, str | None, float | None]:
    claims = extract_numbers(text, lang)
    assert len(claims) == 1, f"{text!r}: {[c.text for c in claims]}"
    claim = claims[0]
    assert isinstance(claim.value, Interval)
    return claim.text, claim.unit, claim.value.stated


@pytest.mark.parametrize("lang", LANGS)
@given(n=WORD_NUMBERS)
@settings(max_examples=200, deadline=None)
def test_num2words_reads_back(lang: str, n: int) -> None:
    words = num2words(n, lang=lang)
    assert _single(words, lang) == (words, None, n)


def _is_year(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100


# Babel rounds decimals to three places by default, so the strategy draws at most three.
DECIMALS = st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False)


@pytest.mark.parametrize("lang", LANGS)
@given(value=st.one_of(st.integers(min_value=0, max_value=10**12).map(Decimal), DECIMALS))
@settings(max_examples=200, deadline=None)
def test_babel_decimal_reads_back(lang: str, value: Decimal) -> None:
    text = babel_numbers.format_decimal(value, locale=LOCALES[lang])
    if _is_year(text):
        return  # a plain "2023" is a year, not a count (es_ES does not group four digits)
    assert _single(text, lang) == (text, None, float(value.normalize()))


@pytest.mark.parametrize("lang", LANGS)
@given(
    currency=st.sampled_from(CURRENCIES),
    cents=st.integers(min_value=0, max_value=10**11),
)
@settings(max_examples=200, deadline=None)
def test_babel_currency_reads_back(lang: str, currency: str, cents: int) -> None:
    digits = babel_numbers.get_currency_precision(currency)
    amount = Decimal(cents).scaleb(-2).quantize(Decimal(1).scaleb(-digits))
    text = babel_numbers.format_currency(amount, currency, locale=LOCALES[lang])
    claims = extract_numbers(text, lang)
    assert [(c.kind, c.text, c.unit) for c in claims] == [("money", text.strip(), currency)]
    value = claims[0].value
    assert isinstance(value, Interval)
    assert value.stated == float(amount)
