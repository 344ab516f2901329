"""Dates per language, with exact resolved ranges; the seed articles; the comparison rule."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.extract.dates import compare_dates, extract_dates, read_dateline
from factcheck.model import DateRange

D = dt.date
PUB = D(2026, 1, 26)  # a Monday, the day of the seed articles


def _one(text: str, lang: str, published: dt.date | None = PUB) -> tuple[str, D, D, str]:
    claims = extract_dates(text, lang, published)
    assert len(claims) == 1, [c.text for c in claims]
    c = claims[0]
    assert isinstance(c.value, DateRange)
    assert text[c.span[0] : c.span[1]] == c.text
    return c.text, c.value.start, c.value.end, c.value.granularity


# (lang, text, claim text, start, end, granularity), all read on Monday 26 January 2026.
CASES = [
    # absolute dates, every common writing
    ("nl", "Het gebeurde op 26 januari 2026.", "26 januari 2026", D(2026, 1, 26), D(2026, 1, 26), "day"),
    ("nl", "Op 3 feb. 2025 begon het.", "3 feb. 2025", D(2025, 2, 3), D(2025, 2, 3), "day"),
    ("nl", "Op 05-09-1999 gold de regel.", "05-09-1999", D(1999, 9, 5), D(1999, 9, 5), "day"),
    ("nl", "De wet van 1/5/2007 is oud.", "1/5/2007", D(2007, 5, 1), D(2007, 5, 1), "day"),
    (
        "nl",
        "Op maandag 26 januari 2026 sprak hij.",
        "maandag 26 januari 2026",
        D(2026, 1, 26),
        D(2026, 1, 26),
        "day",
    ),
    ("en", "It happened on January 26, 2026.", "January 26, 2026", D(2026, 1, 26), D(2026, 1, 26), "day"),
    ("en", "Filed on Jan. 3, 2025 in court.", "Jan. 3, 2025", D(2025, 1, 3), D(2025, 1, 3), "day"),
    ("en", "The memo of 3/4/2025 leaked.", "3/4/2025", D(2025, 3, 4), D(2025, 3, 4), "day"),
    ("en", "The memo of 2025-03-04 leaked.", "2025-03-04", D(2025, 3, 4), D(2025, 3, 4), "day"),
    ("en", "He spoke on the 4th of July 2024.", "the 4th of July 2024", D(2024, 7, 4), D(2024, 7, 4), "day"),
    ("de", "Es geschah am 26. Januar 2026.", "am 26. Januar 2026", D(2026, 1, 26), D(2026, 1, 26), "day"),
    (
        "de",
        "Die Frist endete am 05.09.1999 um Mitternacht.",
        "05.09.1999",
        D(1999, 9, 5),
        D(1999, 9, 5),
        "day",
    ),
    ("fr", "Il est arrivé le 26 janvier 2026.", "le 26 janvier 2026", D(2026, 1, 26), D(2026, 1, 26), "day"),
    ("fr", "Signé le 1er mai 2007 à Paris.", "le 1er mai 2007", D(2007, 5, 1), D(2007, 5, 1), "day"),
    ("fr", "La loi du 26/01/2026 change tout.", "26/01/2026", D(2026, 1, 26), D(2026, 1, 26), "day"),
    (
        "es",
        "Ocurrió el 26 de enero de 2026.",
        "el 26 de enero de 2026",
        D(2026, 1, 26),
        D(2026, 1, 26),
        "day",
    ),
    ("es", "La ley del 5/9/99 sigue vigente.", "5/9/99", D(1999, 9, 5), D(1999, 9, 5), "day"),
    # a day and month without a year: the nearest one before publication
    (
        "fr",
        "Il a parlé le 28 janvier devant l'Assemblée.",
        "le 28 janvier",
        D(2025, 1, 28),
        D(2025, 1, 28),
        "day",
    ),
    ("es", "Lo dijo el 20 de enero en Madrid.", "el 20 de enero", D(2026, 1, 20), D(2026, 1, 20), "day"),
    ("de", "Er sagte das am 27. Januar in Berlin.", "am 27. Januar", D(2025, 1, 27), D(2025, 1, 27), "day"),
    ("nl", "Op 26 januari viel het besluit.", "26 januari", D(2026, 1, 26), D(2026, 1, 26), "day"),
    ("nl", "Tussen nu en 2030 moet het klaar zijn.", "nu en 2030", D(2026, 1, 26), D(2030, 12, 31), "day"),
    ("en", "Shares are up 20% year to date.", "year to date", D(2026, 1, 1), D(2026, 1, 26), "year"),
    (
        "de",
        "Von Montag bis Freitag wurde gestreikt.",
        "Montag bis Freitag",
        D(2026, 1, 19),
        D(2026, 1, 23),
        "day",
    ),
    (
        "de",
        "Von Montag bis Freitag wird gestreikt.",
        "Montag bis Freitag",
        D(2026, 2, 2),
        D(2026, 2, 6),
        "day",
    ),
    # partial dates: month and year, year, a month alone
    ("nl", "In december 2023 viel het kabinet.", "december 2023", D(2023, 12, 1), D(2023, 12, 31), "month"),
    ("nl", "In 2025 groeide de economie.", "2025", D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("nl", "In december kreeg X een boete.", "december", D(2025, 12, 1), D(2025, 12, 31), "month"),
    ("en", "Prices rose in March 2024.", "March 2024", D(2024, 3, 1), D(2024, 3, 31), "month"),
    ("en", "The law passed in 2019.", "2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("en", "The deal was signed in December.", "December", D(2025, 12, 1), D(2025, 12, 31), "month"),
    ("de", "Im Dezember stieg die Zahl.", "Dezember", D(2025, 12, 1), D(2025, 12, 31), "month"),
    ("de", "Im Jahr 2020 kam die Pandemie.", "2020", D(2020, 1, 1), D(2020, 12, 31), "year"),
    ("fr", "En décembre, les prix ont baissé.", "décembre", D(2025, 12, 1), D(2025, 12, 31), "month"),
    ("fr", "En 2019, la loi a changé.", "2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("es", "En diciembre subieron los precios.", "diciembre", D(2025, 12, 1), D(2025, 12, 31), "month"),
    ("es", "En mayo de 2024 hubo elecciones.", "mayo de 2024", D(2024, 5, 1), D(2024, 5, 31), "month"),
    # weekdays: the nearest such day on or before publication; shifted ones in the named week
    ("nl", "Op vrijdag zei de minister dat.", "vrijdag", D(2026, 1, 23), D(2026, 1, 23), "day"),
    ("nl", "Komende dinsdag stemt de Kamer.", "Komende dinsdag", D(2026, 2, 3), D(2026, 2, 3), "day"),
    ("en", "On Tuesday the minister resigned.", "Tuesday", D(2026, 1, 20), D(2026, 1, 20), "day"),
    ("de", "Am Freitag sagte er das.", "Freitag", D(2026, 1, 23), D(2026, 1, 23), "day"),
    ("fr", "Mardi dernier, il a parlé.", "Mardi dernier", D(2026, 1, 20), D(2026, 1, 20), "day"),
    ("es", "El jueves habló el ministro.", "jueves", D(2026, 1, 22), D(2026, 1, 22), "day"),
    # relative dates
    ("nl", "Gisteren viel het besluit.", "Gisteren", D(2026, 1, 25), D(2026, 1, 25), "day"),
    ("nl", "Vorige week kwam het nieuws.", "Vorige week", D(2026, 1, 19), D(2026, 1, 25), "week"),
    (
        "nl",
        "Het kabinet zei eerder deze maand nee.",
        "eerder deze maand",
        D(2026, 1, 1),
        D(2026, 1, 25),
        "month",
    ),
    ("nl", "Sinds 2023 loopt er een onderzoek.", "Sinds 2023", D(2023, 1, 1), D(2026, 1, 26), "year"),
    ("nl", "Twee jaar geleden begon het.", "Twee jaar geleden", D(2024, 1, 26), D(2024, 1, 26), "year"),
    ("en", "Sales fell last month.", "last month", D(2025, 12, 1), D(2025, 12, 31), "month"),
    ("en", "Two years ago the plant closed.", "Two years ago", D(2024, 1, 26), D(2024, 1, 26), "year"),
    ("en", "The firm said yesterday it would cut jobs.", "yesterday", D(2026, 1, 25), D(2026, 1, 25), "day"),
    ("en", "Inflation eased last week.", "last week", D(2026, 1, 19), D(2026, 1, 25), "week"),
    ("de", "Letzte Woche fiel der Kurs.", "Letzte Woche", D(2026, 1, 19), D(2026, 1, 25), "week"),
    ("de", "Vor zwei Jahren begann der Krieg.", "Vor zwei Jahren", D(2024, 1, 26), D(2024, 1, 26), "year"),
    ("fr", "Hier, le gouvernement a cédé.", "Hier", D(2026, 1, 25), D(2026, 1, 25), "day"),
    ("fr", "La semaine dernière, il a plu.", "La semaine dernière", D(2026, 1, 19), D(2026, 1, 25), "week"),
    ("fr", "Depuis 2023, rien n'a changé.", "Depuis 2023", D(2023, 1, 1), D(2026, 1, 26), "year"),
    ("es", "La semana pasada llovió mucho.", "La semana pasada", D(2026, 1, 19), D(2026, 1, 25), "week"),
    ("es", "Hace dos años cerró la fábrica.", "Hace dos años", D(2024, 1, 26), D(2024, 1, 26), "year"),
    ("es", "Ayer habló el presidente.", "Ayer", D(2026, 1, 25), D(2026, 1, 25), "day"),
    # future markers point forward
    ("nl", "Het kabinet zal in maart beslissen.", "maart", D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("en", "The rule applies from March.", "March", D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("de", "Die Regel gilt ab März.", "März", D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("fr", "Le vote aura lieu en mars prochain.", "mars prochain", D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("es", "El próximo lunes habrá huelga.", "próximo lunes", D(2026, 2, 2), D(2026, 2, 2), "day"),
    # seasons are meteorological; then quarters, decades, parts and ranges
    ("nl", "Afgelopen zomer was het heet.", "Afgelopen zomer", D(2025, 6, 1), D(2025, 8, 31), "season"),
    ("en", "Last winter was mild.", "Last winter", D(2024, 12, 1), D(2025, 2, 28), "season"),
    ("en", "Profits rose in Q3 2025.", "Q3 2025", D(2025, 7, 1), D(2025, 9, 30), "quarter"),
    (
        "nl",
        "In het eerste kwartaal van 2025 kromp de economie.",
        "eerste kwartaal van 2025",
        D(2025, 1, 1),
        D(2025, 3, 31),
        "quarter",
    ),
    ("en", "It was popular in the 1990s.", "1990s", D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("nl", "Eind 2025 was het klaar.", "Eind 2025", D(2025, 7, 1), D(2025, 12, 31), "year"),
    ("de", "Anfang März kam die Wende.", "Anfang März", D(2025, 3, 1), D(2025, 3, 15), "month"),
    (
        "nl",
        "Van 3 tot 12 september 2025 duurde de beurs.",
        "3 tot 12 september 2025",
        D(2025, 9, 3),
        D(2025, 9, 12),
        "day",
    ),
    (
        "en",
        "The fair ran from May 3, 2025 to May 9, 2025.",
        "May 3, 2025 to May 9, 2025",
        D(2025, 5, 3),
        D(2025, 5, 9),
        "day",
    ),
    ("en", "Sales rose after 2018.", "after 2018", D(2019, 1, 1), dt.date.max, "year"),
    ("en", "Growth slowed in mid-2025.", "mid-2025", D(2025, 5, 1), D(2025, 8, 31), "year"),
    ("es", "El gasoducto estará terminado en mayo.", "mayo", D(2026, 5, 1), D(2026, 5, 31), "month"),
    ("nl", "Half januari viel de eerste sneeuw.", "Half januari", D(2026, 1, 11), D(2026, 1, 20), "month"),
]


@pytest.mark.parametrize(("lang", "text", "claim", "start", "end", "gran"), CASES)
def test_date_forms(lang: str, text: str, claim: str, start: D, end: D, gran: str) -> None:  # noqa: PLR0917
    assert _one(text, lang) == (claim, start, end, gran)


NOT_DATES = [
    ("nl", "In 11 dagen tijd werden drie miljoen beelden gemaakt."),
    ("nl", "leestijd 2 minuten 507 keer bekeken"),
    ("nl", "Er kwamen 2.023 mensen op af."),
    ("nl", "Ajax won met 3-1 van PSV."),
    ("nl", "De boete bedroeg 2025 euro."),
    ("en", "Three million images in 11 days."),
    ("en", "5 min read"),
    ("en", "He scored twice in the first half an hour after 3-0."),
    ("nl", "Dat duurde een half jaar, en daarna nog een half uur."),
    ("nl", "De app-versie 3.3.15 kwam uit met code ABC-2025."),
    ("en", "It may rain, and prices may march higher."),
    ("en", "The score was 2-1 at half time, with 1/2 of the seats empty."),
    ("de", "Am Morgen kamen drei Monate Arbeit zusammen."),
    ("de", "Der Kurs stieg um 1.5 Prozent auf 2.023 Punkte."),
    ("fr", "Dix jours plus tard, 2 023 personnes ont manifesté."),
    ("es", "Por la mañana llegaron 2.023 personas en diez días."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_DATES)
def test_no_date(lang: str, text: str) -> None:
    assert extract_dates(text, lang, PUB) == []


def test_without_publication_date_only_absolute_dates_come_out() -> None:
    text = "Gisteren, in december en op 26 januari 2026 gebeurde het; sinds 2023 loopt het."
    claims = extract_dates(text, "nl", None)
    assert [(c.text, str(c.value)) for c in claims] == [("26 januari 2026", "2026-01-26")]


def test_resolve_step_names_publication_and_reading() -> None:
    (claim,) = extract_dates("In december kreeg X een boete.", "nl", PUB)
    assert claim.steps[0].op == "resolve"
    assert claim.steps[0].detail == "'december' read on 2026-01-26 as December 2025"
    assert claim.subject == "boete"
    assert claim.unit is None
    assert "kreeg" in claim.context
    assert all(not re.search(r"\d", w) for w in claim.context)


def _seed(prefix: str) -> str:
    (path,) = (Path(__file__).resolve().parents[1] / "seeds").glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def test_seed_001() -> None:
    claims = [c for c in factcheck.extract(_seed("001"), lang="nl") if c.kind == "date"]
    got = {c.text: (c.value.start, c.value.end, c.value.granularity) for c in claims}  # type: ignore[union-attr]
    assert got["sinds 2023"] == (D(2023, 1, 1), D(2026, 1, 26), "year")
    assert got["december"] == (D(2025, 12, 1), D(2025, 12, 31), "month")
    start, end, gran = got["eerder deze maand"]
    assert (start.year, start.month, end.year, end.month, gran) == (2026, 1, 2026, 1, "month")
    assert "2026-01-26" not in got  # the marker line is not content


def test_seed_000() -> None:
    claims = [c for c in factcheck.extract(_seed("000"), lang="nl") if c.kind == "date"]
    texts = [c.text for c in claims]
    assert "januari" in texts
    (jan,) = [c for c in claims if c.text == "januari"]
    assert (jan.value.start, jan.value.end, jan.value.granularity) == (D(2026, 1, 1), D(2026, 1, 31), "month")  # type: ignore[union-attr]
    assert not any("dagen" in t or "minuten" in t for t in texts)


def test_compare_dates_at_the_coarser_granularity() -> None:
    dec_2025 = DateRange(D(2025, 12, 1), D(2025, 12, 31), "month")
    dec_2023 = DateRange(D(2023, 12, 1), D(2023, 12, 31), "month")
    day = DateRange(D(2025, 12, 4), D(2025, 12, 4), "day")
    agree, step = compare_dates(dec_2025, dec_2023)
    assert (agree, step.op, step.detail) == (
        False,
        "compare",
        "December 2025 and December 2023 do not overlap by month",
    )
    agree, step = compare_dates(day, dec_2025)
    assert (agree, step.detail) == (True, "2025-12-04 and December 2025 overlap by month")
    two_years_ago = DateRange(D(2024, 1, 26), D(2024, 1, 26), "year")
    assert compare_dates(two_years_ago, DateRange(D(2024, 11, 3), D(2024, 11, 3), "day"))[0] is True
    assert compare_dates(two_years_ago, DateRange(D(2023, 12, 31), D(2023, 12, 31), "day"))[0] is False


def test_no_clock_and_no_eager_dateparser() -> None:
    root = Path(__file__).resolve().parents[1] / "factcheck" / "extract"
    for name in ("dates.py", "_date_patterns.py", "_date_calendar.py"):
        source = (root / name).read_text(encoding="utf-8")
        assert "today()" not in source
        assert ".now(" not in source
    code = "import sys, factcheck; factcheck.extract('Gisteren, 3 mei.', lang='nl'); print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


DATELINES = [
    ("nl", "BRUSSEL, 26 januari 2026 (ANP) - De Commissie zei gisteren nee.", D(2026, 1, 26)),
    ("de", "26.01.2026 14:05 Uhr\nBerlin - Die Regierung hat entschieden.", D(2026, 1, 26)),
    ("en", "Published January 26, 2026\n\nThe firm said on Monday it would cut jobs.", D(2026, 1, 26)),
    ("fr", "Lundi 26 janvier 2026 · Paris", D(2026, 1, 26)),
    ("es", "Madrid, 26 de enero de 2026 (EFE).- El Gobierno aprobó el plan.", D(2026, 1, 26)),
    ("en", "On 3 March 2024 the company said it would cut jobs.", None),
    ("nl", "Het kabinet zei op 3 maart 2024 nee.", None),
    ("nl", "In december kreeg X een boete.", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DATELINES)
def test_read_dateline(lang: str, text: str, expected: D | None) -> None:
    assert read_dateline(text, lang) == expected


def test_extract_reads_relative_dates_against_the_dateline() -> None:
    text = "BRUSSEL, 26 januari 2026 (ANP) - De Commissie zei gisteren dat in december een boete kwam."
    claims = factcheck.extract(text, lang="nl")
    # the dateline's own date stays a claim of the text; compare() reads it as context
    assert [(c.kind, c.text, str(c.value)) for c in claims] == [
        ("date", "26 januari 2026", "2026-01-26"),
        ("date", "gisteren", "2026-01-25"),
        ("date", "december", "2025-12"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "claims"),
    [
        # a part word before "week of": the claim starts at the part word, not mid-word
        ("nl", "Het plan gaat eind de eerste week van mei 2025 in.", ["eind de eerste week van mei 2025"]),
        # a part word stretched over a shorter date: the longer one is the date
        ("nl", "Eind de week van 5 mei stopt het.", ["Eind de week van 5 mei"]),
        ("nl", "Tegen het einde van de week van 5 mei was alles klaar.", ["einde van de week van 5 mei"]),
        ("en", "I'll be away the last week of July.", ["last week of July"]),
    ],
)
def test_overlapping_readings_leave_the_longer_date(lang: str, text: str, claims: list[str]) -> None:
    assert [c.text for c in extract_dates(text, lang, PUB)] == claims


@given(
    words=st.lists(
        st.sampled_from(
            ["eind", "de", "week", "van", "5", "mei", "2025", "begin", "the", "last", "of", "July",
             "einde", "eerste", "fin", "semaine", "finales", "de", "enero", "Ende", "Mai", ",", "tot"]
        ),
        max_size=25,
    ),
    lang=st.sampled_from(["en", "nl", "de", "fr", "es"]),
)  # fmt: skip
def test_date_claims_never_overlap(words: list[str], lang: str) -> None:
    claims = extract_dates(" ".join(words), lang, PUB)
    assert all(a.span[1] <= b.span[0] for a, b in itertools.pairwise(claims))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In the fifth quarter of the match he scored."),
        ("nl", "Het vijfde kwartaal bracht herstel."),
        ("de", "Im fünften Quartal stieg der Umsatz."),
        ("fr", "Le cinquième trimestre fut meilleur."),
        ("es", "El quinto trimestre fue mejor."),
        ("en", "The third half was cancelled."),
    ],
)
def test_a_quarter_or_half_past_the_year_is_no_date(lang: str, text: str) -> None:
    # these raised "month must be in 1..12" before the bound on the ordinal
    assert extract_dates(text, lang, PUB) == []
    assert [c for c in factcheck.extract(text, lang=lang, published=PUB) if c.kind == "date"] == []


@given(
    words=st.lists(
        st.sampled_from(
            ["the", "first", "second", "fifth", "tenth", "ten", "quarter", "quarters", "half", "Q5", "H3",
             "het", "vijfde", "kwartaal", "im", "fünften", "Quartal", "le", "cinquième", "trimestre",
             "el", "quinto", "semestre", "2024", "of", "ago", "in", "de", "van"]
        ),
        max_size=12,
    ),
    lang=st.sampled_from(["en", "nl", "de", "fr", "es"]),
)  # fmt: skip
def test_ordinal_periods_never_raise(words: list[str], lang: str) -> None:
    # "ten quarters ago" is a date (30 months back); "the fifth quarter" is none
    for claim in extract_dates(" ".join(words), lang, PUB):
        assert isinstance(claim.value, DateRange)


@pytest.mark.parametrize(
    ("lang", "text", "published"),
    [
        ("nl", "overmorgen", D(9999, 12, 31)),
        ("nl", "Het gebeurde gisteren.", D(1, 1, 1)),
        ("en", "It happened the day before yesterday, on Sunday.", D(1, 1, 2)),
        ("de", "übermorgen und nächste Woche", D(9999, 12, 30)),
        ("es", "anteayer, el jueves", D(1, 1, 1)),
    ],
)
def test_a_reading_past_the_ends_of_the_calendar_is_left_out(lang: str, text: str, published: D) -> None:
    for claim in extract_dates(text, lang, published):
        assert isinstance(claim.value, DateRange)
    factcheck.extract(text, lang=lang, published=published)
