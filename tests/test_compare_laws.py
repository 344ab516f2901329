"""Laws of compare(), check() and extract() that hold for any input (hypothesis).

- the report is the same whatever the order of 2 to 5 sources;
- ``compare(a, a)`` finds only agreements, each joining a claim with its own copy;
- findings are sorted: by verdict (discrepancies, agreements, unique), then kind, then position;
- reports and sources pickle and unpickle to equal values;
- ``extract()`` never raises, on any text, and every claim's text is the text at its span;
- bad input raises an error that names the argument.

The news-like texts are built from per-language sentence templates filled with numbers, money,
dates, quotes and speakers, so that sources share some claims, contradict others and add
their own.
"""

from __future__ import annotations

import datetime as dt
import pickle
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import InvalidArgument, InvalidType, Report, Source, UnsupportedLanguage
from factcheck.model import KINDS, VERDICTS, Finding

LANGS = ("en", "nl", "de", "fr", "es")

LAWS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Placeholders: {n} a count, {m} an amount, {k} a small number, {day} a weekday, {month} a month,
# {q} a quoted statement, {who} a speaker, {city} a place.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": (
        "{n} people attended the protest in {city} on {day}.",
        "The council will spend €{m} million on new cycle lanes.",
        "“{q},” said {who}.",
        "According to the police, {n} people were evacuated in {month}.",
        "The repairs will take {k} weeks and cost ${m} million.",
        "Unemployment fell to {k}.5% in {month}, the statistics office said.",
        "Thousands of commuters were delayed on {day}.",
    ),
    "nl": (
        "Volgens de politie kwamen {day} {n} mensen naar het protest in {city}.",
        "De gemeente trekt {m} miljoen euro uit voor nieuwe fietspaden.",
        "„{q}”, zei {who}.",
        "In {month} werden {n} bewoners geëvacueerd.",
        "De werkzaamheden duren {k} weken en kosten €{m} miljoen.",
        "De werkloosheid daalde in {month} naar {k},5 procent.",
        "Tientallen reizigers strandden {day} op het station.",
    ),
    "de": (
        "Am {day} kamen {n} Menschen zu der Demonstration in {city}.",
        "Die Stadt gibt {m} Millionen Euro für neue Radwege aus.",
        "„{q}“, sagte {who}.",
        "Im {month} wurden nach Angaben der Polizei {n} Anwohner evakuiert.",
        "Die Arbeiten dauern {k} Wochen und kosten {m} Millionen Euro.",
        "Tausende Pendler saßen am {day} fest.",
    ),
    "fr": (
        "{n} personnes ont manifesté {day} à {city}, selon la police.",
        "La ville consacre {m} millions d'euros à de nouvelles pistes cyclables.",
        "« {q} », a déclaré {who}.",
        "En {month}, {n} habitants ont été évacués.",
        "Les travaux dureront {k} semaines et coûteront {m} millions d'euros.",
        "Des milliers de voyageurs ont été bloqués {day}.",
    ),
    "es": (
        "{n} personas se manifestaron el {day} en {city}, según la policía.",
        "El ayuntamiento destinará {m} millones de euros a nuevos carriles bici.",
        "«{q}», afirmó {who}.",
        "En {month} fueron desalojados {n} vecinos.",
        "Las obras durarán {k} semanas y costarán {m} millones de euros.",
        "Miles de viajeros quedaron atrapados el {day}.",
    ),
}

FILL: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "day": ("Monday", "Saturday", "Sunday"),
        "month": ("December", "March", "December 2023"),
        "q": (
            "We will not raise taxes this year",
            "The situation is under control now",
            "Nobody will be left behind here",
        ),
        "who": ("the mayor", "minister Anna Berg", "a police spokesman"),
        "city": ("Leeds", "Bristol"),
    },
    "nl": {
        "day": ("maandag", "zaterdag", "zondag"),
        "month": ("december", "maart", "december 2023"),
        "q": (
            "We verhogen de belastingen niet",
            "De situatie is nu onder controle",
            "Niemand wordt aan zijn lot overgelaten",
        ),
        "who": ("de burgemeester", "minister Van Dijk", "een woordvoerder van de politie"),
        "city": ("Utrecht", "Tilburg"),
    },
    "de": {
        "day": ("Montag", "Samstag", "Sonntag"),
        "month": ("Dezember", "März", "Dezember 2023"),
        "q": (
            "Wir werden die Steuern nicht erhöhen",
            "Die Lage ist jetzt unter Kontrolle",
            "Niemand wird hier zurückgelassen",
        ),
        "who": ("der Bürgermeister", "Ministerin Petra Lang", "ein Polizeisprecher"),
        "city": ("Leipzig", "Köln"),
    },
    "fr": {
        "day": ("lundi", "samedi", "dimanche"),
        "month": ("décembre", "mars", "décembre 2023"),
        "q": (
            "Nous n'augmenterons pas les impôts",
            "La situation est désormais sous contrôle",
            "Personne ne sera laissé de côté",
        ),
        "who": ("le maire", "la ministre Claire Martin", "un porte-parole de la police"),
        "city": ("Lyon", "Nantes"),
    },
    "es": {
        "day": ("lunes", "sábado", "domingo"),
        "month": ("diciembre", "marzo", "diciembre de 2023"),
        "q": (
            "No vamos a subir los impuestos",
            "La situación ya está bajo control",
            "Nadie se quedará atrás aquí",
        ),
        "who": ("la alcaldesa", "el ministro Luis Gómez", "un portavoz de la policía"),
        "city": ("Sevilla", "Valencia"),
    },
}

PUBLISHED = (dt.date(2026, 1, 26), dt.date(2026, 1, 27), dt.date(2025, 6, 30))


@st.composite
def news_texts(draw: st.DrawFn, lang: str) -> str:
    """A news-like paragraph of one to four templated sentences in ``lang``."""
    fill = FILL[lang]
    sentences = []
    for template in draw(st.lists(st.sampled_from(TEMPLATES[lang]), min_size=1, max_size=4)):
        values: dict[str, Any] = {key: draw(st.sampled_from(options)) for key, options in fill.items()}
        values["n"] = draw(st.sampled_from(("40", "120", "3400", "45", "12", "100")))
        values["m"] = draw(st.sampled_from(("120", "35", "53", "2")))
        values["k"] = draw(st.integers(2, 9))
        sentences.append(template.format(**values))
    return " ".join(sentences)


@st.composite
def source_lists(draw: st.DrawFn, *, named: bool) -> list[Source]:
    """Two to five sources, mostly in one language, sometimes mixed, with distinct names."""
    count = draw(st.integers(2, 5))
    main = draw(st.sampled_from(LANGS))
    out = []
    for i in range(count):
        lang = draw(st.sampled_from((main, main, main, *LANGS)))
        text = draw(news_texts(lang))
        published = draw(st.sampled_from(PUBLISHED))
        out.append(Source(text, name=f"s{i}" if named else None, lang=lang, published=published))
    return out


def _position(f: Finding) -> tuple[tuple[str, int, int], ...]:
    return tuple(sorted((name, c.span[0], c.span[1]) for name, c in f.claims.items()))


def _assert_sorted(report: Report) -> None:
    keys = [(VERDICTS.index(f.verdict), KINDS.index(f.kind), _position(f)) for f in report.findings]
    assert keys == sorted(keys)


# --------------------------------------------------------------------------- order of sources


@LAWS
@given(data=st.data(), named=st.booleans())
def test_report_does_not_depend_on_the_order_of_sources(data: st.DataObject, *, named: bool) -> None:
    sources = data.draw(source_lists(named=named))
    shuffled = data.draw(st.permutations(sources))
    assert factcheck.compare(*shuffled).to_dict() == factcheck.compare(*sources).to_dict()


@LAWS
@given(data=st.data())
def test_check_does_not_depend_on_the_order_of_sources(data: st.DataObject) -> None:
    sources = data.draw(source_lists(named=True))
    candidate = Source(data.draw(news_texts(sources[0].lang or "en")), name="candidate", lang=sources[0].lang)
    shuffled = data.draw(st.permutations(sources))
    report = factcheck.check(candidate, against=shuffled)
    assert report.to_dict() == factcheck.check(candidate, against=sources).to_dict()
    assert all("candidate" in f.claims for f in report.findings)


# --------------------------------------------------------------------------- a source with itself


@LAWS
@given(data=st.data())
def test_a_source_compared_with_itself_only_agrees(data: st.DataObject) -> None:
    lang = data.draw(st.sampled_from(LANGS))
    text = data.draw(news_texts(lang))
    a = Source(text, name="a", lang=lang, published=dt.date(2026, 1, 26))
    b = Source(text, name="b", lang=lang, published=dt.date(2026, 1, 26))
    report = factcheck.compare(a, b)
    assert [f.verdict for f in report.findings] == ["agreement"] * len(report.findings)
    for finding in report.findings:
        assert set(finding.claims) == {"a", "b"}
        assert finding.claims["a"].span == finding.claims["b"].span
        assert finding.relation in {"equal", "derived", "verbatim", "overlap"}


def test_the_same_source_twice_only_agrees() -> None:
    text = (
        "Volgens de politie kwamen zaterdag 40.000 mensen naar het protest in Utrecht. "
        "„We verhogen de belastingen niet”, zei minister Van Dijk. De gemeente trekt 120 miljoen euro uit."
    )
    a = Source(text, lang="nl", published=dt.date(2026, 1, 26))
    report = factcheck.compare(a, a)
    assert report.findings, "the text has claims, so the report has findings"
    assert {f.verdict for f in report.findings} == {"agreement"}
    assert len(report.sources) == 2
    assert report.sources[0].label != report.sources[1].label


# --------------------------------------------------------------------------- sorting, pickling


@LAWS
@given(sources=source_lists(named=True))
def test_findings_are_sorted_and_stable(sources: list[Source]) -> None:
    report = factcheck.compare(*sources)
    _assert_sorted(report)
    again = factcheck.compare(*sources)
    assert again.findings == report.findings


@LAWS
@given(sources=source_lists(named=False))
def test_reports_and_sources_pickle(sources: list[Source]) -> None:
    report = factcheck.compare(*sources)
    copy = pickle.loads(pickle.dumps(report))  # noqa: S301 - our own data
    assert copy == report
    assert copy.to_dict() == report.to_dict()
    for source in sources:
        assert pickle.loads(pickle.dumps(source)) == source  # noqa: S301


def test_errors_pickle() -> None:
    for error in (
        UnsupportedLanguage("xx"),
        InvalidArgument("compare() needs at least two sources, got 0"),
        InvalidType("source 0 must be str"),
    ):
        copy = pickle.loads(pickle.dumps(error))  # noqa: S301
        assert type(copy) is type(error)
        assert str(copy) == str(error)


# --------------------------------------------------------------------------- any text

# Text from every plane, lone surrogates included, and fragments that look like claims.
ANY_CHARACTER = st.characters(exclude_categories=())
FRAGMENTS = st.sampled_from(
    (
        "3 miljoen",
        "23.000",
        "1,5",
        "€120m",
        "120 miljoen euro",
        "40 000",
        "more than 3 million",
        "in december",
        "12. März 2024",
        "“",
        "”",
        "„",
        "«",
        "»",
        '"',
        "'",
        " zei ",
        " said ",
        "%",
        " procent",
        " per uur",
        " a day",
        "\ud800",
        "\udfff",
        "Москва 5 000",
        "東京 3万人",
        "١٢٣",
        "\u200b",
        "\n\n",
        "date 2026-01-26 ",
        # derivations: a part of a whole, a whole with no lower bound
        "Of the up to 342 incidents, ",
        "van de hooguit ",
        " 400 banen",
        " 60 ",
    )
)
ANY_TEXT = st.one_of(
    st.text(ANY_CHARACTER, max_size=200),
    st.lists(st.one_of(FRAGMENTS, st.text(ANY_CHARACTER, max_size=12)), max_size=30).map("".join),
)


# Odd but valid publication dates: the ends of the calendar, where "overmorgen" or "the day
# before yesterday" would fall outside it.
EDGE_DAYS = (dt.date(1, 1, 1), dt.date(1, 1, 2), dt.date(9999, 12, 30), dt.date(9999, 12, 31))


@LAWS
@given(
    text=ANY_TEXT,
    lang=st.sampled_from((None, *LANGS)),
    published=st.one_of(st.sampled_from((None, *PUBLISHED, *EDGE_DAYS)), st.dates()),
)
def test_extract_never_raises_and_spans_hold(text: str, lang: str | None, published: dt.date | None) -> None:
    claims = factcheck.extract(text, lang=lang, published=published)
    for claim in claims:
        start, end = claim.span
        assert 0 <= start <= end <= len(text)
        assert claim.text == text[start:end]
        for m_start, m_end in claim.mentions:
            assert 0 <= m_start <= m_end <= len(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=ANY_TEXT, b=ANY_TEXT, lang=st.sampled_from(LANGS))
def test_compare_never_raises_on_any_text(a: str, b: str, lang: str) -> None:
    report = factcheck.compare(a, b, lang=lang)
    assert len(report.sources) == 2
    _assert_sorted(report)
    for finding in report.findings:
        for name, claim in finding.claims.items():
            assert claim.text == report.source(name).text[claim.span[0] : claim.span[1]]


# --------------------------------------------------------------------------- bad input


def _any(value: object) -> Any:
    """``value`` typed as Any: the wrong types below are the point of the tests."""
    return value


@pytest.mark.parametrize(
    ("call", "error", "names"),
    [
        (factcheck.compare, InvalidArgument, "at least two sources"),
        (lambda: factcheck.compare("Er waren 120 boetes."), InvalidArgument, "at least two sources"),
        (lambda: factcheck.compare(_any(b"bytes"), "text"), InvalidType, "source 0"),
        (lambda: factcheck.compare("text", _any(42)), InvalidType, "source 1"),
        (lambda: factcheck.compare("a", "b", lang="xx"), UnsupportedLanguage, "lang='xx'"),
        (lambda: factcheck.extract(_any(b"bytes")), InvalidType, "source"),
        (lambda: factcheck.extract(_any(3.5)), InvalidType, "float"),
        (lambda: factcheck.extract("text", lang="klingon"), UnsupportedLanguage, "lang='klingon'"),
        (lambda: factcheck.extract("text", published="yesterday"), InvalidArgument, "published"),
        (lambda: Source(b"bytes"), InvalidType, "text"),
        (lambda: Source("text", lang=7), InvalidType, "lang"),
        (lambda: factcheck.check("text", against="source"), InvalidType, "against"),
        (lambda: factcheck.check("text", against=[]), InvalidArgument, "against"),
        (lambda: factcheck.check(_any(b"text"), against=["source"]), InvalidType, "candidate"),
        (lambda: factcheck.compare_many([["a", "b"], "ab"]), InvalidType, "cluster 1"),
    ],
    ids=[
        "compare-no-source",
        "compare-one-source",
        "compare-bytes",
        "compare-int",
        "compare-unknown-lang",
        "extract-bytes",
        "extract-float",
        "extract-unknown-lang",
        "extract-bad-date",
        "source-bytes",
        "source-lang-int",
        "check-against-str",
        "check-against-empty",
        "check-candidate-bytes",
        "compare-many-cluster-str",
    ],
)
def test_bad_input_names_the_argument(call: Any, error: type[Exception], names: str) -> None:
    with pytest.raises(error, match=re.escape(names)):
        call()


def test_bytes_error_says_how_to_fix_it() -> None:
    with pytest.raises(InvalidType, match=r"got bytes; decode it first"):
        factcheck.compare(b"bytes", "text")  # type: ignore[arg-type]
    with pytest.raises(TypeError):  # the builtin still catches it
        factcheck.compare("text", None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a supported language"):
        factcheck.compare("a", "b", lang="xx")
