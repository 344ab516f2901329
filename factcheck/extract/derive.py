"""Claims a sentence implies without stating them, so sources can be compared through them.

Three derivations, each inside one sentence of one source:

- a count over a duration is a rate: "1,4 Millionen Pakete in sieben Tagen" ≈ 8,000 an hour;
- a rate over a duration is a count: "2,000 meals a day during the three-week strike" ≈ 42,000;
- a part of a whole is a percentage: "120 van de 400 banen" = 30 %.

A derived claim keeps the claims it comes from in ``parts`` and says how it was derived in a
``Step(op="derive")``; compare() reports it only when another source states the derived value.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Callable, Sequence

from factcheck.model import Claim, Interval, Step, describe, readable

__all__ = ["SENTENCE_END", "derive", "sentence_index", "time_unit_seconds"]

# A sentence ends at . ! ? … (with a closing quote or bracket) before white space, or at a
# line break. Decimal points and abbreviations without a following space do not end one.
# (Written to start with one character class, which lets the engine skip to candidates.)
SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)|[.!?…]*[\"'”»)]?\s+)")

# How far apart (in characters) two claims of one sentence may be and still be read together.
_REACH = 90


@functools.cache
def time_unit_seconds(unit: str | None) -> float | None:
    """Seconds in a pint time unit name ("day", "hour"), or None for other units."""
    if not unit or not unit.strip():
        return None
    from factcheck.units import is_time_unit, to_hours

    name = unit.strip()
    try:
        return to_hours(name) * 3600.0 if is_time_unit(name) else None
    except Exception:  # noqa: BLE001 - pint raises several error types for names it does not know
        return None


def sentence_index(text: str) -> Callable[[int], int]:
    """A function from a character offset of ``text`` to the number of its sentence."""
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    return functools.partial(bisect.bisect_right, ends)


def _amount(claim: Claim) -> float | None:
    """The duration a claim names, exact as stated ("11 dagen" is eleven days, not 10.5–11.5).

    A derivation needs a positive one: "-3 dagen" (a dash read as a minus) derives nothing.
    """
    value = claim.value
    if not isinstance(value, Interval):
        return None
    if value.stated is not None:
        amount = value.stated
    elif math.isinf(value.high):
        return None
    else:
        amount = (value.low + value.high) / 2
    return amount if amount > 0 else None


def _stated(claim: Claim) -> float:
    value = claim.value
    return value.stated or 0.0 if isinstance(value, Interval) else 0.0


def _span(*claims: Claim) -> tuple[int, int]:
    return min(c.span[0] for c in claims), max(c.span[1] for c in claims)


def _text(source: str, span: tuple[int, int]) -> str:
    return source[span[0] : span[1]]


def _nearest(claim: Claim, others: Sequence[Claim]) -> Claim | None:
    def gap(other: Claim) -> int:
        return max(other.span[0] - claim.span[1], claim.span[0] - other.span[1], 0)

    near = [o for o in others if gap(o) <= _REACH]
    return min(near, key=lambda o: (gap(o), o.span)) if near else None


def _rate_from_count(text: str, count: Claim, duration: Claim) -> Claim | None:
    seconds = time_unit_seconds(duration.unit)
    amount = _amount(duration)
    if seconds is None or amount is None or not isinstance(count.value, Interval):
        return None
    hours = amount * seconds / 3600.0
    per_hour = count.value.scaled(1 / hours)
    span = _span(count, duration)
    detail = f"{describe(count.value)} in {readable(amount)} {duration.unit}s ≈ {describe(per_hour)} per hour"
    return Claim(
        kind="rate",
        text=_text(text, span),
        span=span,
        value=per_hour,
        unit="1 / hour",
        subject=count.subject,
        context=count.context,
        speaker=count.speaker,
        parts=(count, duration),
        steps=(Step("derive", detail),),
    )


def _count_from_rate(text: str, rate: Claim, duration: Claim) -> Claim | None:
    numerator, _, per = (rate.unit or "").partition("/")
    per_seconds = time_unit_seconds(per)
    seconds = time_unit_seconds(duration.unit)
    amount = _amount(duration)
    if numerator.strip() != "1" or per_seconds is None or seconds is None or amount is None:
        return None
    if not isinstance(rate.value, Interval):
        return None
    factor = amount * seconds / per_seconds
    total = rate.value.scaled(factor)
    span = _span(rate, duration)
    times = f"{describe(rate.value)} per {per.strip()} × {readable(amount)} {duration.unit}s"
    detail = f"{times} ≈ {describe(total)} {rate.subject}".rstrip()
    return Claim(
        kind="count",
        text=_text(text, span),
        span=span,
        value=total,
        unit=None,
        subject=rate.subject,
        context=rate.context,
        speaker=rate.speaker,
        parts=(rate, duration),
        steps=(Step("derive", detail),),
    )


def _share(text: str, part: Claim, whole: Claim, part_of: frozenset[str]) -> Claim | None:
    """The share of a part in a whole: "120 van de 400 banen", "Von den 2.400 Stellen ... 600"."""
    if not isinstance(part.value, Interval) or not isinstance(whole.value, Interval):
        return None
    p, w = part.value.stated, whole.value.stated
    if not p or not w or p >= w:
        return None
    first, second = sorted((part, whole), key=lambda c: c.span)
    between = text[first.span[1] : second.span[0]].casefold().split()
    before = text[max(0, first.span[0] - 12) : first.span[0]].casefold().split()
    if not (set(between[:3]) & part_of or (first is whole and set(before[-2:]) & part_of)):
        return None
    # "of the up to 400 jobs": a whole with no lower bound leaves the share at most all of it
    low, high = whole.value.low, whole.value.high
    share = Interval(
        100 * part.value.low / high,
        100 * part.value.high / low if low > 0 else 100.0,
        stated=100 * p / w,
    )
    span = _span(part, whole)
    detail = f"{readable(p)} of {readable(w)} = {100 * p / w:.3g} % (between {describe(share)} %)"
    return Claim(
        kind="percent",
        text=_text(text, span),
        span=span,
        value=share,
        unit="percent",
        subject=whole.subject or part.subject,
        context=tuple(dict.fromkeys((*part.context, *whole.context))),
        speaker=part.speaker or whole.speaker,
        parts=(part, whole),
        steps=(Step("derive", detail),),
    )


def derive(text: str, claims: Sequence[Claim], part_of: frozenset[str]) -> list[Claim]:
    """The claims that ``claims`` imply sentence by sentence (none of the stated ones)."""
    sentence = sentence_index(text)
    used = {id(p) for c in claims for p in c.parts}
    used_spans = {p.span for c in claims for p in c.parts}
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        if claim.parts or id(claim) in used or claim.span in used_spans:
            continue
        by_sentence.setdefault(sentence(claim.span[0]), []).append(claim)

    out: list[Claim] = []
    for group in by_sentence.values():
        counts = [c for c in group if c.kind == "count"]
        rates = [c for c in group if c.kind == "rate" and time_unit_seconds((c.unit or "").partition("/")[2])]
        durations = [c for c in group if c.kind == "duration" and time_unit_seconds(c.unit)]
        for duration in durations:
            rate = _nearest(duration, rates)
            if rate is not None:
                derived = _count_from_rate(text, rate, duration)
            else:
                count = _nearest(duration, [c for c in counts if c.subject])
                derived = _rate_from_count(text, count, duration) if count is not None else None
            if derived is not None:
                out.append(derived)
        for i, a in enumerate(counts):
            for b in counts[i + 1 :]:
                if max(a.span[0], b.span[0]) - min(a.span[1], b.span[1]) > _REACH:
                    continue
                small, large = sorted((a, b), key=_stated)
                derived = _share(text, small, large, part_of)
                if derived is not None:
                    out.append(derived)
    return out
