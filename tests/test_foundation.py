"""The public surface: names, Source, errors, import cost."""

from __future__ import annotations

import datetime as dt
import pickle
import subprocess
import sys

import pytest

import factcheck
from factcheck import FactcheckError, InvalidArgument, InvalidType, Source, UnsupportedLanguage


def test_public_names_exist() -> None:
    for name in factcheck.__all__:
        assert hasattr(factcheck, name), name


def test_source_reads_the_date_marker_as_publication_date() -> None:
    src = Source("date 2026-01-26 BRUSSEL (ANP) - De Commissie ...")
    assert src.published == dt.date(2026, 1, 26)
    assert src.text[src.content_start :].startswith("BRUSSEL")


def test_given_publication_date_wins_over_the_marker() -> None:
    src = Source("date 2026-01-26 Tekst", published="2025-05-01")
    assert src.published == dt.date(2025, 5, 1)
    assert src.content_start == len("date 2026-01-26 ")


def test_source_without_marker_keeps_all_text() -> None:
    src = Source("Een dag in mei.", lang="NL")
    assert (src.published, src.content_start, src.lang) == (None, 0, "nl")


def test_default_name_depends_on_the_text_only() -> None:
    assert Source("abc").name == Source("abc").name
    assert Source("abc").name != Source("abd").name


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"text": b"bytes"}, InvalidType, "decode it first"),
        ({"text": 3}, InvalidType, "Source(text=...) must be str"),
        ({"text": "x", "lang": "xx"}, UnsupportedLanguage, "lang='xx'"),
        ({"text": "x", "lang": 5}, InvalidType, "Source(lang=...)"),
        ({"text": "x", "published": "26-01-2026"}, InvalidArgument, "YYYY-MM-DD"),
        ({"text": "x", "published": 2026}, InvalidType, "Source(published=...)"),
        ({"text": "x", "name": ""}, InvalidArgument, "Source(name=...)"),
    ],
)
def test_bad_source_arguments_name_the_argument(kwargs: dict[str, object], error: type, words: str) -> None:
    with pytest.raises(error) as info:
        Source(**kwargs)  # type: ignore[arg-type]
    assert words in str(info.value)
    assert isinstance(info.value, FactcheckError)


def test_unknown_language_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="one of de, en, es, fr, nl"):
        factcheck.extract("tekst", lang="klingon")


def test_compare_needs_two_sources() -> None:
    with pytest.raises(InvalidArgument, match=r"at least two sources, got 1"):
        factcheck.compare("only one")
    with pytest.raises(InvalidArgument, match=r"got 0"):
        factcheck.compare()


def test_compare_names_the_bad_source() -> None:
    with pytest.raises(InvalidType, match=r"compare\(\): source 1 must be str or Source, got bytes"):
        factcheck.compare("a", b"b")
    with pytest.raises(InvalidType, match=r"source 0 must be str or Source, got int"):
        factcheck.compare(1, "b")


def test_two_different_sources_with_one_name_are_refused() -> None:
    with pytest.raises(InvalidArgument, match="both named 'a'"):
        factcheck.compare(Source("x", name="a"), Source("y", name="a"))


def test_check_wants_a_list_of_sources() -> None:
    with pytest.raises(InvalidType, match=r"check\(against=...\) must be a list"):
        factcheck.check("a", against="b")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="at least one source"):
        factcheck.check("a", against=[])


def test_errors_pickle() -> None:
    err = UnsupportedLanguage("xx")
    back = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own data
    assert str(back) == str(err)


def test_import_is_cheap() -> None:
    """`import factcheck` leaves pint, dateparser, rapidfuzz and numpy unimported."""
    code = (
        "import sys, factcheck\n"
        "heavy = {'pint', 'dateparser', 'rapidfuzz', 'numpy', 'py3langid', 'regex'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_odd_but_valid_input_gives_a_report() -> None:
    report = factcheck.compare("", "   \n", lang="en")
    assert report.findings == ()
    mixed = "Привет 3 миллиона — 東京 3 million people \ud800 «»"
    report = factcheck.compare(mixed, mixed)
    assert report.discrepancies == ()
