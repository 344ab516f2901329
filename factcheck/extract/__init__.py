"""Reading claims out of one source: numbers, dates and quoted statements.

Each extractor is a pure function of one text and its language; :func:`extract` runs
them, resolves overlaps (a date wins over a bare count on the same characters) and folds
repeated mentions of the same fact into one claim.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools

import attrs

from factcheck._collector import collector_paused
from factcheck.errors import InvalidType
from factcheck.lang import get as lang_data
from factcheck.model import Claim, Interval, Source

__all__ = ["extract", "extract_source", "prepare", "to_source"]


def to_source(
    source: object,
    *,
    lang: str | None = None,
    published: dt.date | str | None = None,
    name: str | None = None,
    argument: str = "source",
) -> Source:
    """``source`` as a :class:`Source`, building one from a ``str``."""
    if isinstance(source, Source):
        return source
    if isinstance(source, str):
        return Source(source, name=name, lang=lang, published=published)
    if isinstance(source, bytes | bytearray):
        msg = f"{argument} must be str or Source, got bytes; decode it first, e.g. data.decode('utf-8')"
        raise InvalidType(msg)
    msg = f"{argument} must be str or Source, got {type(source).__name__}"
    raise InvalidType(msg)


def extract(
    source: Source | str,
    *,
    lang: str | None = None,
    published: dt.date | str | None = None,
) -> list[Claim]:
    """Every claim of ``source``, in text order.

    ``source`` is a :class:`~factcheck.Source` or a plain ``str`` (then ``lang`` and
    ``published`` describe it). The claims' spans index the source's text.

    >>> [(c.kind, c.text, c.unit) for c in extract("De boete bedroeg 120 miljoen euro.", lang="nl")]
    [('money', '120 miljoen euro', 'EUR')]
    >>> sorted(c.kind for c in extract("In 11 dagen tijd werden drie miljoen beelden gemaakt.", lang="nl"))
    ['count', 'duration', 'rate']
    """
    src = to_source(source, lang=lang, published=published)
    return extract_source(src)


def prepare(src: Source) -> Source:
    """``src`` with its language detected and, failing a given one, its dateline's date."""
    from factcheck.detect import detect_language
    from factcheck.extract.dates import read_dateline

    lang = src.lang or detect_language(src.text[src.content_start :])
    published = src.published
    if published is None:
        # Without a given publication date, a dateline at the top of the text gives it.
        published = read_dateline(_body(src, lang), lang)
    if (lang, published) == (src.lang, src.published):
        return src
    return attrs.evolve(src, lang=lang, published=published)


def _body(src: Source, lang: str) -> str:
    """The text to read: the date marker and page chrome blanked, offsets unchanged."""
    from factcheck.extract.numbers import mask_chrome

    body = " " * src.content_start + src.text[src.content_start :]
    return mask_chrome(body, lang)


def extract_source(src: Source) -> list[Claim]:
    """The claims of a :class:`Source` whose language may still need detecting."""
    # The extractors build their language tables on import: imported here, on first use,
    # so that `import factcheck` stays cheap.
    from factcheck.extract.dates import extract_dates
    from factcheck.extract.derive import derive
    from factcheck.extract.numbers import extract_numbers
    from factcheck.extract.quotes import extract_quotes

    src = prepare(src)
    lang = src.lang or "en"
    with collector_paused():
        body = _body(src, lang)
        numbers = extract_numbers(body, lang)
        dates = extract_dates(body, lang, src.published)
        quotes = extract_quotes(body, lang)
        claims = _drop_shadowed(numbers, dates) + dates + quotes
        claims += derive(body, claims, lang_data(lang).PART_OF)
        claims.sort(key=lambda c: (c.span[0], -c.span[1], c.kind))
        return _fold_mentions(claims)


def _drop_shadowed(numbers: list[Claim], dates: list[Claim]) -> list[Claim]:
    """Numbers that no date covers: "in 2023" is a year, not a count of 2023."""
    spans = sorted(d.span for d in dates)
    if not spans:
        return numbers
    starts = [s for s, _ in spans]
    # reach[k]: the furthest end of the dates starting at or before the k-th start, so that
    # one bisection tells whether any date overlaps a number (linear in a 10 MB text)
    reach = list(itertools.accumulate((e for _, e in spans), max))
    kept = []
    for claim in numbers:
        if claim.kind == "count":
            before = bisect.bisect_left(starts, claim.span[1])  # dates starting before its end
            if before and reach[before - 1] > claim.span[0]:
                continue
        kept.append(claim)
    return kept


def _fold_mentions(claims: list[Claim]) -> list[Claim]:
    """One claim per fact: a headline repeating the body becomes a second mention."""
    seen: dict[tuple[object, ...], int] = {}
    out: list[Claim] = []
    for claim in claims:
        value = claim.value
        key_value: object = (value.low, value.high) if isinstance(value, Interval) else value
        key = (claim.kind, key_value, claim.unit, claim.subject, claim.speaker)
        if key in seen and claim.kind != "quote":
            i = seen[key]
            first = out[i]
            out[i] = attrs.evolve(first, mentions=(*first.mentions, claim.span))
            continue
        seen[key] = len(out)
        out.append(claim)
    return out
