"""The values factcheck passes between its stages: immutable attrs classes.

Nothing here imports pint, dateparser or rapidfuzz: these values are cheap to build, to
compare and to pickle.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections.abc import Mapping
from typing import Literal

import attrs

from factcheck.errors import InvalidArgument, InvalidType, UnsupportedLanguage

__all__ = [
    "Claim",
    "DateRange",
    "Finding",
    "Granularity",
    "Interval",
    "Kind",
    "Relation",
    "Source",
    "Span",
    "Step",
    "Verdict",
]

Kind = Literal["count", "money", "quantity", "percent", "duration", "rate", "date", "quote"]
Verdict = Literal["agreement", "discrepancy", "unique"]
Relation = Literal[
    "equal",
    "overlap",
    "derived",
    "disjoint",
    "not_comparable",
    "verbatim",
    "partial",
    "variant",
    "misattributed",
    "single",
]
Granularity = Literal["day", "week", "month", "season", "quarter", "year", "decade"]
Span = tuple[int, int]

KINDS: tuple[Kind, ...] = (
    "count",
    "money",
    "quantity",
    "percent",
    "duration",
    "rate",
    "date",
    "quote",
)
VERDICTS: tuple[Verdict, ...] = ("discrepancy", "agreement", "unique")


def _fmt_number(x: float) -> str:
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) >= 1 else f"{x:.6g}"


def readable(x: float) -> str:
    """A number as a reader wants it in an explanation: "9,470", "2.5", "0.35", "∞"."""
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if x == 0:
        return "0"
    if abs(x) >= 100:
        return f"{round(x):,}"
    return f"{x:,.3g}"


def describe(interval: Interval, unit: str = "") -> str:
    """An interval as a reader says it: "2,500,000–3,500,000", "more than 3", "7,500".

    >>> describe(Interval(3e6, math.inf, low_closed=False), "EUR")
    'more than 3,000,000 EUR'
    """
    suffix = f" {unit}" if unit else ""
    if interval.is_exact:
        return f"{readable(interval.low)}{suffix}"
    if math.isinf(interval.high):
        word = "at least" if interval.low_closed else "more than"
        return f"{word} {readable(interval.low)}{suffix}"
    if interval.low <= 0 and interval.low_closed and not (interval.stated and interval.stated > 0):
        word = "at most" if interval.high_closed else "less than"
        return f"{word} {readable(interval.high)}{suffix}"
    low, high = readable(interval.low), readable(interval.high)
    if low == high:  # "1.184 euro" covers 1,183.5 to 1,184.5: show the halves
        low, high = f"{interval.low:,.1f}", f"{interval.high:,.1f}"
    return f"{low}–{high}{suffix}"


@attrs.frozen
class Interval:
    """A number as the range its wording allows.

    ``low`` and ``high`` bound the range; ``low_closed`` and ``high_closed`` tell whether
    each bound belongs to it. An open-ended claim ("more than 3 million") has ``high`` of
    ``math.inf``. ``stated`` is the value the text names, when it names one.

    >>> Interval(2_500_000, 3_500_000, stated=3_000_000).contains(3_400_000)
    True
    """

    low: float
    high: float
    low_closed: bool = True
    high_closed: bool = False
    stated: float | None = None

    @classmethod
    def exact(cls, value: float) -> Interval:
        """The interval holding ``value`` alone."""
        return cls(value, value, True, True, value)

    @property
    def is_exact(self) -> bool:
        """Whether the interval is a single point."""
        return self.low == self.high

    def contains(self, x: float) -> bool:
        """Whether ``x`` lies within the interval."""
        lo_ok = x > self.low or (self.low_closed and x == self.low)
        hi_ok = x < self.high or (self.high_closed and x == self.high)
        return lo_ok and hi_ok

    def overlaps(self, other: Interval) -> bool:
        """Whether some number lies in both intervals."""
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low:
            return (self.high_closed and other.low_closed) or self.low == self.high == other.low
        if other.high == self.low:
            return (other.high_closed and self.low_closed) or other.low == other.high == self.low
        return True

    def scaled(self, factor: float) -> Interval:
        """The interval multiplied by a positive ``factor``."""
        stated = None if self.stated is None else self.stated * factor
        return Interval(self.low * factor, self.high * factor, self.low_closed, self.high_closed, stated)

    def divided(self, other: Interval) -> Interval:
        """The interval of ``x / y`` for ``x`` in self and ``y`` in ``other`` (both positive)."""
        lo = self.low / other.high if other.high not in (0, math.inf) else 0.0
        hi = self.high / other.low if other.low > 0 else math.inf
        stated = None
        if self.stated is not None and other.stated:
            stated = self.stated / other.stated
        return Interval(
            lo, hi, self.low_closed and other.high_closed, self.high_closed and other.low_closed, stated
        )

    def __str__(self) -> str:
        if self.is_exact:
            return _fmt_number(self.low)
        left = "[" if self.low_closed else "("
        right = "]" if self.high_closed else ")"
        return f"{left}{_fmt_number(self.low)}, {_fmt_number(self.high)}{right}"


@attrs.frozen
class DateRange:
    """A stretch of days, both ends included, and how finely the text named it.

    >>> DateRange(dt.date(2025, 12, 1), dt.date(2025, 12, 31), "month").overlaps(
    ...     DateRange(dt.date(2025, 12, 24), dt.date(2025, 12, 24), "day"))
    True
    """

    start: dt.date
    end: dt.date
    granularity: Granularity

    def overlaps(self, other: DateRange) -> bool:
        """Whether the two ranges share a day."""
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        if self.granularity == "day":
            return self.start.isoformat()
        if self.granularity == "month" and self.start.day == 1:
            return self.start.strftime("%Y-%m")
        year = self.start.year
        whole_year = (self.start, self.end) == (dt.date(year, 1, 1), dt.date(year, 12, 31))
        if self.granularity == "year" and whole_year:
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


@attrs.frozen
class Step:
    """One step of reading or comparing a claim, kept as data.

    ``op`` names the step ("scale", "approximate", "derive", "compare", "diff", ...) and
    ``detail`` says it for a reader. Explanations are rendered from steps.
    """

    op: str
    detail: str


@attrs.frozen(kw_only=True)
class Claim:
    """One fact a source states: a number, a date or a quoted statement.

    ``span`` is the ``(start, end)`` character range in the source text, and
    ``text == source.text[start:end]``. ``value`` is an :class:`Interval` for numbers,
    a :class:`DateRange` for dates and the normalised words for quotes. ``unit`` is an ISO
    4217 code for money, a pint unit name for quantities and durations, ``"percent"`` or
    ``"percentage_point"`` for percents, ``"1 / hour"`` or ``"EUR / month"`` for rates and
    ``None`` for counts. ``subject`` is what the claim is about (the counted noun, or the
    speaker of a quote) and ``context`` the key words around it.
    """

    kind: Kind
    text: str
    span: Span
    value: Interval | DateRange | str
    unit: str | None = None
    subject: str = ""
    context: tuple[str, ...] = ()
    speaker: str | None = None
    steps: tuple[Step, ...] = ()
    mentions: tuple[Span, ...] = ()
    parts: tuple[Claim, ...] = ()

    @property
    def start(self) -> int:
        """Where the claim starts in its source text."""
        return self.span[0]

    @property
    def end(self) -> int:
        """Where the claim ends in its source text (exclusive)."""
        return self.span[1]


@attrs.frozen(kw_only=True)
class Finding:
    """Claims aligned across sources and what they say together.

    ``claims`` maps each source's name to its claim. ``verdict`` is ``"agreement"``,
    ``"discrepancy"`` or ``"unique"``; ``relation`` says how the claims relate and
    ``steps`` keep the reasoning as data, which :attr:`explanation` renders.
    """

    verdict: Verdict
    kind: Kind
    claims: Mapping[str, Claim]
    relation: Relation
    steps: tuple[Step, ...] = ()

    @property
    def explanation(self) -> str:
        """One sentence for a reader, rendered from the steps."""
        details = [s.detail for s in self.steps if s.detail]
        if not details:
            return self.verdict
        sentence = "; ".join(details)
        if any(sentence.startswith(name) for name in self.claims):
            return sentence  # a source's name is written as its owner wrote it
        return sentence[0].upper() + sentence[1:]

    @property
    def sources(self) -> tuple[str, ...]:
        """The names of the sources that hold a claim of this finding."""
        return tuple(self.claims)


_LANG_RE = re.compile(r"^[a-z]{2}$")
_DATE_MARKER = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})\b[ \t]*")


def _check_text(value: object) -> str:
    if isinstance(value, bytes | bytearray):
        msg = "Source(text=...) must be str, got bytes; decode it first, e.g. data.decode('utf-8')"
        raise InvalidType(msg)
    if not isinstance(value, str):
        msg = f"Source(text=...) must be str, got {type(value).__name__}"
        raise InvalidType(msg)
    return value


def _check_lang(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        msg = f"Source(lang=...) must be a language code such as 'nl' or None, got {type(value).__name__}"
        raise InvalidType(msg)
    from factcheck.lang import SUPPORTED

    code = value.strip().lower().replace("_", "-").split("-")[0]
    if code not in SUPPORTED:
        raise UnsupportedLanguage(value)
    return code


def _check_published(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            msg = f"Source(published=...) must be a date or an ISO date 'YYYY-MM-DD', got {value!r}"
            raise InvalidArgument(msg) from None
    msg = f"Source(published=...) must be a datetime.date or None, got {type(value).__name__}"
    raise InvalidType(msg)


def _check_name(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        msg = f"Source(name=...) must be a non-empty str or None, got {value!r}"
        raise InvalidArgument(msg)
    return value


@attrs.frozen(kw_only=False)
class Source:
    """One text to compare, with what factcheck needs to read it.

    ``lang`` is a language code (``"en"``, ``"nl"``, ``"de"``, ``"fr"``, ``"es"``) or
    ``None`` to detect it. ``published`` is the publication date that relative dates
    resolve against; when ``None``, a leading ``date YYYY-MM-DD`` line is read as the
    publication date and left out of the content. ``name`` defaults to a short digest of
    the text, so that the same text always gets the same name.

    >>> Source("date 2026-01-26 Het kabinet zei ...").published
    datetime.date(2026, 1, 26)
    """

    text: str = attrs.field(converter=_check_text)
    name: str | None = attrs.field(default=None, converter=_check_name)
    lang: str | None = attrs.field(default=None, converter=_check_lang)
    published: dt.date | None = attrs.field(default=None, converter=_check_published)
    content_start: int = attrs.field(default=0, init=False)

    def __attrs_post_init__(self) -> None:
        match = _DATE_MARKER.match(self.text)
        if match:
            object.__setattr__(self, "content_start", match.end())
            if self.published is None:
                try:
                    day = dt.date(int(match[1]), int(match[2]), int(match[3]))
                except ValueError:
                    day = None
                object.__setattr__(self, "published", day)
        if self.name is None:
            digest = hashlib.blake2b(self.text.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
            object.__setattr__(self, "name", f"text-{digest}")

    @property
    def label(self) -> str:
        """The source's name (never ``None`` once built)."""
        return self.name or ""
