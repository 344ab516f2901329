"""Aligning claims across sources and giving each aligned group a verdict.

The pipeline: every source is read on its own (:func:`factcheck.extract.extract_source`);
claims are blocked by kind and dimension, matched across sources by what they are about
(subject, context words, speaker), grouped so that a group holds at most one claim per source,
and each group gets a verdict with the reasoning kept as :class:`~factcheck.model.Step` data.
"""

from __future__ import annotations

import functools
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from factcheck.errors import InvalidArgument, InvalidType
from factcheck.extract import extract_source, prepare, to_source
from factcheck.extract.derive import sentence_index, time_unit_seconds
from factcheck.model import (
    KINDS,
    VERDICTS,
    Claim,
    DateRange,
    Finding,
    Interval,
    Kind,
    Source,
    Step,
    Verdict,
    describe,
)

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from factcheck.report import Report

__all__ = ["align", "check", "compare", "compare_many"]

# Below this subject score two claims are about different things (0..100, rapidfuzz scale).
_MATCH = 62.0
# A unit-bearing value (money, quantity, percent, rate) that overlaps on both sides is
# evidence on its own; the subject then only has to be compatible.
_MATCH_SAME_VALUE = 35.0
# The very same stated figure with the same unit (or the same figure in two currencies) is
# strong evidence even when the subjects are written in two languages ("boete" / "fine").
_MATCH_SAME_FIGURE = 15.0
# Two dates that overlap without being the same ("in januari" and "eerder deze maand") are
# aligned only when their sentences are about the same thing.
_MATCH_DATE = 50.0
# Added to the score of two dates whose sentences hold claims aligned with each other.
_ANCHOR_BOOST = 50.0
# Two subjects are the same noun from this rapidfuzz ratio on (or with the same first letters).
_SAME_NOUN = 75.0
# Two speakers are one from this ratio on ("policía" / "police"; "Virkkunen" / "Henna Virkkunen"
# is settled before, by the extractor's normalised names).
_SAME_SPEAKER = 70.0
# A count from this size on is distinctive: two sources giving the very same 23,000 are
# unlikely to mean two different things.
_DISTINCTIVE = 1000.0
# Two figures of one dimension that are each their source's only one, but differ.
_MATCH_ALONE = 45.0
# Blocks up to this many claims are scored all against all; larger ones are sub-blocked.
_SMALL_BLOCK = 48


# --------------------------------------------------------------------------- values


@attrs.frozen
class _Norm:
    """A numeric claim brought to a unit shared by its whole block."""

    block: str
    interval: Interval
    unit: str


def _normalise(claim: Claim) -> _Norm | None:
    """The block key and the value in the block's unit, or None for non-numeric claims."""
    value = claim.value
    if not isinstance(value, Interval):
        return None
    unit = claim.unit or ""
    if claim.kind == "count":
        return _Norm("count", value, "")
    if claim.kind == "money":
        # every currency in one block: a figure given in two currencies is a likely slip
        return _Norm("money", value, unit)
    if claim.kind == "percent":
        return _Norm("percent", value, unit or "percent")
    if claim.kind == "duration":
        factor = time_unit_seconds(unit)
        if factor is None:
            return _Norm(f"duration:{unit}", value, unit)
        return _Norm("duration", value.scaled(factor / 3600.0), "hour")
    if claim.kind == "rate":
        numerator, _, denominator = unit.partition("/")
        factor = time_unit_seconds(denominator)
        numerator = numerator.strip()
        if factor is None:
            return _Norm(f"rate:{unit}", value, unit)
        per_hour = value.scaled(3600.0 / factor)
        return _Norm(f"rate:{'' if numerator == '1' else numerator}", per_hour, f"{numerator} / hour")
    if claim.kind == "quantity":
        base = _base_unit(unit)
        if base is None:
            return _Norm(f"quantity:{unit}", value, unit)
        base_unit, dimension = base
        return _Norm(f"quantity:{dimension}", _convert(value, unit, base_unit), base_unit)
    return None


@functools.cache
def _base_unit(unit: str) -> tuple[str, str] | None:
    """The SI base unit and the dimension of a pint unit name, or None if pint cannot read it."""
    from factcheck.units import registry

    ureg = registry()
    try:
        quantity = ureg.Quantity(1.0, unit)
        base = quantity.to_base_units()
    except Exception:  # noqa: BLE001 - pint raises many kinds of errors for unknown names
        return None
    return str(base.units), str(quantity.dimensionality)


def _convert(value: Interval, unit: str, to: str) -> Interval:
    """``value`` from ``unit`` to ``to``, bound by bound (temperatures have offsets)."""
    if unit == to:
        return value
    from factcheck.units import registry

    ureg = registry()

    def conv(x: float | None) -> float | None:
        if x is None or math.isinf(x):
            return x
        return float(ureg.Quantity(x, unit).to(to).magnitude)

    low, high = conv(value.low), conv(value.high)
    if low is None or high is None:  # pragma: no cover - floats in, floats out
        raise TypeError(value)
    return Interval(low, high, value.low_closed, value.high_closed, conv(value.stated))


def _block(claim: Claim) -> str:
    if claim.kind == "date":
        return "date"
    if claim.kind == "quote":
        return "quote"
    norm = _normalise(claim)
    return norm.block if norm else claim.kind


# --------------------------------------------------------------------------- subjects


def _subject_text(claim: Claim) -> str:
    return claim.subject.casefold()


def _context_text(claim: Claim) -> str:
    words = [claim.subject.casefold(), *claim.context]
    return " ".join(w for w in words if w)


def _scores(claims: Sequence[Claim]) -> Any:  # noqa: ANN401 - a numpy matrix
    """Pairwise "same thing" scores (0..100) for the claims of one sub-block, as a matrix.

    Subjects count when they are the same noun (a close spelling, or the same first four
    letters: "baan" / "banen"); otherwise only the context words speak. Two figures given
    by two different speakers are never the same claim: "40,000 according to the police"
    and "100,000 according to the organisers" are two estimates, not one contested figure.
    """
    import numpy as np
    from rapidfuzz import fuzz, process

    subjects = [_subject_text(c) for c in claims]
    contexts = [_context_text(c) for c in claims]
    subject_scores = process.cdist(subjects, subjects, scorer=fuzz.ratio, dtype=np.float32, workers=1)
    stems = np.array([x[:4] if len(x) >= 4 else f"\x00{n}" for n, x in enumerate(subjects)])
    same_stem = stems[:, None] == stems[None, :]
    subject_scores = np.where(same_stem, np.maximum(subject_scores, 90.0), subject_scores)
    subject_scores = np.where(subject_scores >= _SAME_NOUN, subject_scores, 0.0)
    context_scores = process.cdist(
        contexts, contexts, scorer=fuzz.token_set_ratio, dtype=np.float32, workers=1
    )
    has_subject = np.array([bool(x) for x in subjects])
    both = np.logical_and.outer(has_subject, has_subject)
    scores = np.where(both, 0.6 * subject_scores + 0.4 * context_scores, 0.8 * context_scores)
    speakers = [(c.speaker or "").casefold() for c in claims]
    if any(speakers):
        named = np.array([bool(x) for x in speakers])
        alike = process.cdist(speakers, speakers, scorer=fuzz.ratio, dtype=np.float32, workers=1)
        differ = np.logical_and.outer(named, named) & (alike < _SAME_SPEAKER)
        scores = np.where(differ, 0.0, scores)
    return scores


def _sub_block_keys(claim: Claim) -> list[str]:
    """Blocking keys: claims that share none are never scored against each other.

    Claims meet when their subjects start alike, when they state the very same figure with a
    unit (so "boete" and "fine" of €120 million still meet), or when dates share a month.
    """
    subject = claim.subject.casefold()
    keys = [f"s:{subject[:4]}"]
    figure = _figure(claim)
    if figure is not None:
        keys.append(figure)
    if isinstance(claim.value, DateRange):
        keys.append(f"m:{claim.value.start:%Y-%m}")
    return keys


def _figure(claim: Claim) -> str | None:
    """The stated figure of a claim with a unit or a date, as a key; None for bare counts."""
    value = claim.value
    if isinstance(value, DateRange):
        return f"d:{value}"
    if not isinstance(value, Interval) or value.stated is None:
        return None
    return f"v:{value.stated:.6g}"


@attrs.frozen
class _Pair:
    """What is known of two claims of one block, besides their subjects."""

    same_lang: bool  # both sources are in one language, so their subjects can be compared
    unambiguous: bool  # each source states this figure once in the block
    alone: bool  # each source has no other claim in the block
    checking: bool = False  # one side is a candidate under check(), which should follow the other


def _threshold(a: Claim, b: Claim, pair: _Pair) -> float | None:
    """The subject score two claims of one block need to be aligned; None: never.

    Subjects only compare within a language: across languages the figure itself has to
    carry the alignment (the same €120 million, the one distance each source gives).
    """
    same_figure = _figure(a) is not None and _figure(a) == _figure(b)
    if isinstance(a.value, DateRange) and isinstance(b.value, DateRange):
        if same_figure and a.value.granularity == "day":
            return 0.0 if pair.unambiguous else _MATCH_SAME_FIGURE
        if not a.value.overlaps(b.value):
            return _MATCH
        if pair.alone:
            # the one date each source gives, and they overlap
            return 0.0 if not pair.same_lang else _MATCH_SAME_FIGURE
        # months are shared by many events of one article: a date needs its context too
        return _MATCH_DATE
    na, nb = _normalise(a), _normalise(b)
    if na is None or nb is None:
        return _MATCH
    overlap = na.unit == nb.unit and na.interval.overlaps(nb.interval)
    if a.kind == "count":
        big = (na.interval.stated or 0) >= _DISTINCTIVE
        if big and pair.unambiguous and (same_figure or (overlap and not pair.same_lang)):
            return _MATCH_SAME_FIGURE if pair.same_lang else 0.0
        if not overlap and not (a.subject and b.subject):
            # "zwei" against "12 Menschen": without both nouns nothing says it is one count
            return None
        return _MATCH
    if a.kind == "money" and a.unit != b.unit:
        # different currencies are only aligned when the figure itself is the same
        if not same_figure:
            return None
        return 0.0 if pair.unambiguous and not pair.same_lang else _MATCH_SAME_FIGURE
    if na.unit != nb.unit:
        # percent against percentage points: the same figure is a likely slip
        return _MATCH_SAME_FIGURE if same_figure else _MATCH
    if same_figure:
        return 0.0 if pair.unambiguous and (pair.alone or not pair.same_lang) else _MATCH_SAME_FIGURE
    if overlap:
        if pair.alone:
            return 0.0 if not pair.same_lang else _MATCH_SAME_FIGURE
        return _MATCH_SAME_VALUE
    if pair.alone and pair.checking:
        # a summary's only duration against its source's only duration: the summary should
        # say what the source says, in whatever language
        return 0.0
    if pair.alone and pair.same_lang:
        # the one wind speed each article gives: its sentence only has to be about the same
        return _MATCH_ALONE
    return _MATCH


# --------------------------------------------------------------------------- grouping


@attrs.frozen
class _Item:
    source: str
    claim: Claim

    @property
    def key(self) -> tuple[str, int, int, str]:
        return (self.source, self.claim.span[0], self.claim.span[1], self.claim.kind)


class _Groups:
    """Union-find over items that keeps at most one claim per source in a group."""

    def __init__(self, items: Sequence[_Item]) -> None:
        self.parent = list(range(len(items)))
        self.members: dict[int, set[str]] = {i: {it.source} for i, it in enumerate(items)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj or self.members[ri] & self.members[rj]:
            return False
        if rj < ri:
            ri, rj = rj, ri
        self.parent[rj] = ri
        self.members[ri] |= self.members.pop(rj)
        return True

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())


def _numeric_edges(
    items: Sequence[_Item],
    langs: Mapping[str, str | None],
    boost: Callable[[int, int], float] | None = None,
    candidate: str | None = None,
) -> Iterator[tuple[float, int, int]]:
    import numpy as np

    claims = [it.claim for it in items]
    in_block = Counter(it.source for it in items)
    figures = Counter((it.source, _figure(it.claim)) for it in items)
    sub_blocks: dict[str, list[int]] = defaultdict(list)
    if len(items) <= _SMALL_BLOCK:
        sub_blocks["all"] = list(range(len(items)))
    else:
        for i, claim in enumerate(claims):
            for key in _sub_block_keys(claim):
                sub_blocks[key].append(i)
    seen: set[tuple[int, int]] = set()
    for key in sorted(sub_blocks):
        members = sub_blocks[key]
        if len(members) < 2 or len({items[i].source for i in members}) < 2:
            continue
        scores = _scores([claims[i] for i in members])
        if len(members) <= _SMALL_BLOCK or boost is not None:
            candidates = np.ones_like(scores, dtype=bool)
        else:
            figure_keys = [_figure(claims[i]) or f"none:{n}" for n, i in enumerate(members)]
            codes = np.unique(np.array(figure_keys), return_inverse=True)[1]
            candidates = (scores >= _MATCH_SAME_FIGURE) | (codes[:, None] == codes[None, :])
        rows, cols = np.nonzero(np.triu(candidates, k=1))
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            i, j = members[r], members[c]
            si, sj = items[i].source, items[j].source
            if si == sj or (i, j) in seen:
                continue
            seen.add((i, j))
            pair = _Pair(
                same_lang=langs.get(si) == langs.get(sj),
                unambiguous=figures[(si, _figure(claims[i]))] == 1 and figures[(sj, _figure(claims[j]))] == 1,
                alone=in_block[si] == 1 and in_block[sj] == 1,
                checking=candidate in (si, sj),
            )
            threshold = _threshold(claims[i], claims[j], pair)
            score = float(scores[r, c])
            if boost is not None:
                score = min(100.0, score + boost(i, j))
            if threshold is not None and score >= threshold:
                yield score, i, j


def _quote_edges(items: Sequence[_Item]) -> Iterator[tuple[float, int, int, object]]:
    from factcheck.quotematch import match_quotes

    by_source: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        by_source[it.source].append(i)
    names = sorted(by_source)
    for a in range(len(names)):
        for b in range(a + 1, len(names)):
            left = by_source[names[a]]
            right = by_source[names[b]]
            for match in match_quotes([items[i].claim for i in left], [items[j].claim for j in right]):
                yield match.score, left[match.left], right[match.right], match


def _sentence_of(texts: Mapping[str, str]) -> Callable[[str, Claim], tuple[str, int]]:
    """A function giving the (source, sentence number) a claim starts in."""
    index: dict[str, Callable[[int], int]] = {}

    def sentence(source: str, claim: Claim) -> tuple[str, int]:
        if source not in index:
            index[source] = sentence_index(texts.get(source, ""))
        return source, index[source](claim.span[0])

    return sentence


def align(
    claims: Mapping[str, Sequence[Claim]],
    sources: Mapping[str, Source] | None = None,
    candidate: str | None = None,
) -> list[Finding]:
    """Group the claims of every source into findings, each with a verdict.

    ``claims`` maps source names to their claims and ``sources`` the names to the sources
    (their texts tell which claims share a sentence, their languages whether subjects can be
    compared, their publication days which dates are only the dateline restated).
    ``candidate`` names the source under :func:`check`: its only figure of a kind is
    compared with a source's only one. The result does not depend on the order of the
    mappings: every tie is broken by source name and character offset.

    Dates are aligned last: two dates whose sentences hold claims already aligned with each
    other (the fine of €120 million, and "in December" beside it) are about the same event,
    whatever language each sentence is in.
    """
    items = [_Item(name, c) for name in sorted(claims) for c in claims[name]]
    blocks: dict[str, list[_Item]] = defaultdict(list)
    for it in items:
        blocks[_block(it.claim)].append(it)
    sources = sources or {}
    texts = {name: src.text for name, src in sources.items()}
    langs = {name: src.lang for name, src in sources.items()}
    sentence = _sentence_of(texts)
    anchors: set[tuple[tuple[str, int], tuple[str, int]]] = set()

    findings: list[Finding] = []
    consumed: set[tuple[str, int, int, str]] = set()
    singles: list[_Item] = []
    for name in sorted(blocks, key=lambda b: (b == "date", b)):
        block = sorted(blocks[name], key=lambda it: it.key)
        if name == "quote":
            groups = _group_quotes(block)
        elif name == "date" and texts:
            where = [sentence(it.source, it.claim) for it in block]

            def boost(i: int, j: int, where: list[tuple[str, int]] = where) -> float:
                return _ANCHOR_BOOST if (where[i], where[j]) in anchors else 0.0

            groups = _group_numeric(block, langs, boost, candidate)
        else:
            groups = _group_numeric(block, langs, None, candidate)
        for members, quote_steps, relation in groups:
            if len(members) == 1:
                singles.append(members[0])
                continue
            finding = _verdict(members, quote_steps, relation)
            findings.append(finding)
            if texts and name != "date":
                places = [sentence(it.source, it.claim) for it in members]
                anchors.update((x, y) for x in places for y in places if x != y)
            if finding.verdict != "unique":
                for it in members:
                    consumed.add(it.key)
                    for part in it.claim.parts:
                        consumed.add((it.source, part.span[0], part.span[1], part.kind))

    for it in singles:
        if it.key in consumed:
            continue
        if it.claim.parts:
            # a derived rate with no counterpart says nothing its parts do not say
            continue
        if _is_publication_day(it, sources):
            # "today" in a page header restates the dateline, the context of every date
            continue
        findings.append(_unique(it))
    findings.sort(key=_finding_key)
    return findings


def _is_publication_day(it: _Item, sources: Mapping[str, Source]) -> bool:
    value = it.claim.value
    src = sources.get(it.source)
    published = src.published if src is not None else None
    return isinstance(value, DateRange) and value.start == value.end == published


_Group = tuple[list[_Item], tuple[Step, ...], str | None]


def _group_numeric(
    block: list[_Item],
    langs: Mapping[str, str | None],
    boost: Callable[[int, int], float] | None = None,
    candidate: str | None = None,
) -> list[_Group]:
    groups = _Groups(block)
    edges = sorted(
        _numeric_edges(block, langs, boost, candidate),
        key=lambda e: (-e[0], block[e[1]].key, block[e[2]].key),
    )
    for _score, i, j in edges:
        groups.union(i, j)
    return [([block[i] for i in sorted(g)], (), None) for g in groups.groups()]


def _group_quotes(block: list[_Item]) -> list[_Group]:
    from factcheck.quotematch import QuoteMatch

    groups = _Groups(block)
    edges = sorted(_quote_edges(block), key=lambda e: (-e[0], block[e[1]].key, block[e[2]].key))
    info: dict[tuple[int, int], QuoteMatch] = {}
    for _score, i, j, match in edges:
        if groups.union(i, j) and isinstance(match, QuoteMatch):
            info[(i, j)] = match
    out: list[_Group] = []
    for g in groups.groups():
        members = sorted(g)
        steps: list[Step] = []
        relations: list[str] = []
        for i in members:
            for j in members:
                match = info.get((i, j))
                if match is not None:
                    steps.extend(match.steps)
                    relations.append(match.relation)
        relation = _worst_quote_relation(relations) if relations else None
        out.append(([block[i] for i in members], tuple(steps), relation))
    return out


_QUOTE_ORDER = ("misattributed", "variant", "partial", "verbatim")


def _worst_quote_relation(relations: Iterable[str]) -> str:
    present = set(relations)
    return next(r for r in _QUOTE_ORDER if r in present)


# --------------------------------------------------------------------------- verdicts


def _quoted(claim: Claim, limit: int = 80) -> str:
    text = " ".join(claim.text.split())
    return f"'{text}'" if len(text) <= limit else f"'{text[: limit - 1]}…'"


def _unique(it: _Item) -> Finding:
    claim = it.claim
    if claim.kind == "quote":
        who = f" by {claim.speaker}" if claim.speaker else ""
        detail = f"only {it.source} quotes {_quoted(claim, 60)}{who}"
    else:
        detail = f"only {it.source} states {_quoted(claim)}"
        value = claim.value
        if isinstance(value, DateRange):
            resolved = next((s.detail for s in claim.steps if s.op == "resolve"), str(value))
            detail += f" ({resolved})"
        elif isinstance(value, Interval):
            detail += f" ({describe(value, _unit_label(claim, claim.unit))})"
    return Finding(
        verdict="unique",
        kind=claim.kind,
        claims={it.source: claim},
        relation="single",
        steps=(Step("unique", detail),),
    )


def _unit_label(claim: Claim, unit: str | None) -> str:
    """How a value in ``unit`` is named for a reader: "afbeeldingen per hour", "EUR"."""
    if claim.kind == "count":
        return claim.subject
    if claim.kind == "rate" and unit:
        numerator, _, per = unit.partition("/")
        what = claim.subject if numerator.strip() == "1" else numerator.strip()
        return f"{what} per {per.strip()}".strip()
    return unit or ""


def _verdict(members: list[_Item], quote_steps: tuple[Step, ...], quote_relation: str | None) -> Finding:
    claims = {it.source: it.claim for it in members}
    kind = members[0].claim.kind
    if quote_relation is not None or kind == "quote":
        relation = quote_relation or "verbatim"
        verdict: Verdict = "agreement" if relation in {"verbatim", "partial"} else "discrepancy"
        return Finding(
            verdict=verdict,
            kind="quote",
            claims=claims,
            relation=relation,  # type: ignore[arg-type]
            steps=quote_steps,
        )
    if kind == "date" or any(isinstance(it.claim.value, DateRange) for it in members):
        return _date_verdict(members)
    return _numeric_verdict(members)


def _date_verdict(members: list[_Item]) -> Finding:
    from factcheck.extract.dates import compare_dates

    steps: list[Step] = []
    agree = True
    ranges = [(it, it.claim.value) for it in members if isinstance(it.claim.value, DateRange)]
    for a in range(len(ranges)):
        for b in range(a + 1, len(ranges)):
            ok, step = compare_dates(ranges[a][1], ranges[b][1])
            agree = agree and ok
            steps.append(Step(step.op, f"{ranges[a][0].source} vs {ranges[b][0].source}: {step.detail}"))
    return Finding(
        verdict="agreement" if agree else "discrepancy",
        kind="date",
        claims={it.source: it.claim for it in members},
        relation="overlap" if agree else "disjoint",
        steps=tuple(steps),
    )


def _numeric_verdict(members: list[_Item]) -> Finding:
    norms = [(it, _normalise(it.claim)) for it in members]
    claims = {it.source: it.claim for it in members}
    kinds = {it.claim.kind for it in members}
    kind: Kind = "rate" if "rate" in kinds else members[0].claim.kind
    derived = any(it.claim.parts for it in members)

    units = {n.unit for _, n in norms if n is not None}
    if len(units) > 1:
        said = "; ".join(f"{it.source} says {_quoted(it.claim)}" for it in members)
        what = "currencies" if kind == "money" else "units"
        return Finding(
            verdict="discrepancy",
            kind=kind,
            claims=claims,
            relation="not_comparable",
            steps=(Step("not_comparable", f"{said}: the same figure in different {what}, a likely slip"),),
        )

    steps: list[Step] = []
    for it, norm in norms:
        if norm is None:
            continue
        derive = next((s.detail for s in it.claim.steps if s.op == "derive"), None)
        reading = derive or describe(norm.interval, _unit_label(it.claim, norm.unit))
        if derive and it.claim.kind == "rate":
            reading = f"{derive}"
        steps.append(Step("read", f"{it.source}: {_quoted(it.claim, 60)} = {reading}"))

    intervals = [n.interval for _, n in norms if n is not None]
    disjoint = [
        (members[a].source, members[b].source)
        for a in range(len(intervals))
        for b in range(a + 1, len(intervals))
        if not intervals[a].overlaps(intervals[b])
    ]
    if disjoint:
        pairs = ", ".join(f"{x} and {y}" for x, y in disjoint)
        steps.append(Step("compare", f"{pairs} cannot both be right"))
        return Finding(
            verdict="discrepancy",
            kind=kind,
            claims=claims,
            relation="disjoint",
            steps=tuple(steps),
        )
    exact = all(iv == intervals[0] for iv in intervals)
    relation = "derived" if derived else ("equal" if exact else "overlap")
    steps.append(
        Step("compare", "the ranges overlap: consistent" if not exact else "the same value: consistent")
    )
    return Finding(
        verdict="agreement",
        kind=kind,
        claims=claims,
        relation=relation,  # type: ignore[arg-type]
        steps=tuple(steps),
    )


def _finding_key(f: Finding) -> tuple[int, int, tuple[tuple[str, int, int], ...]]:
    where = tuple(sorted((name, c.span[0], c.span[1]) for name, c in f.claims.items()))
    return (VERDICTS.index(f.verdict), KINDS.index(f.kind), where)


# --------------------------------------------------------------------------- entry points


def _sources(args: Sequence[object], lang: str | None, fn: str) -> list[Source]:
    flat: list[object] = []
    for arg in args:
        if isinstance(arg, list | tuple):
            flat.extend(arg)
        else:
            flat.append(arg)
    out = [prepare(to_source(s, lang=lang, argument=f"{fn}(): source {i}")) for i, s in enumerate(flat)]
    return _unique_names(out, fn)


def _unique_names(sources: list[Source], fn: str) -> list[Source]:
    seen: dict[str, Source] = {}
    out: list[Source] = []
    for src in sorted(sources, key=lambda s: (s.label, s.text)):
        name = src.label
        if name in seen:
            if seen[name].text != src.text:
                msg = f"{fn}(): two different sources are both named {name!r}; give each a unique name"
                raise InvalidArgument(msg)
            k = 2
            while f"{name}#{k}" in seen:
                k += 1
            src = attrs.evolve(src, name=f"{name}#{k}")  # noqa: PLW2901 - renamed copy
            name = src.label
        seen[name] = src
        out.append(src)
    return out


def _report(
    srcs: Sequence[Source], candidate: Source | None, progress: Callable[[str], None] | None
) -> Report:
    """Read every source once, align the claims and wrap them in a report."""
    from factcheck.report import Report

    everything = [candidate, *srcs] if candidate is not None else list(srcs)
    claims: dict[str, list[Claim]] = {}
    for src in everything:
        claims[src.label] = extract_source(src)
        if progress is not None:
            progress(src.label)
    named = {s.label: s for s in everything}
    findings = align(claims, named, candidate.label if candidate is not None else None)
    if candidate is None:
        return Report(sources=tuple(srcs), findings=tuple(findings), mode="compare")
    mine = tuple(f for f in findings if candidate.label in f.claims)
    return Report(sources=tuple(everything), findings=mine, mode="check", candidate=candidate.label)


def compare(
    *sources: Source | str | Sequence[Source | str],
    lang: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """Compare two or more sources claim by claim.

    Each source is a :class:`~factcheck.Source` or a ``str`` (then ``lang`` applies to it,
    ``None`` detects it). The report lists agreements, discrepancies and details found in
    only one source; its content does not depend on the order of the sources. ``progress``,
    if given, is called with each source's name once that source has been read.

    >>> report = compare("Er werden 120 boetes uitgedeeld.", "Er werden 95 boetes uitgedeeld.", lang="nl")
    >>> [(f.verdict, f.relation) for f in report.findings]
    [('discrepancy', 'disjoint')]
    """
    srcs = _sources(sources, lang, "compare")
    if len(srcs) < 2:
        msg = f"compare() needs at least two sources, got {len(srcs)}"
        raise InvalidArgument(msg)
    return _report(srcs, None, progress)


def check(
    candidate: Source | str,
    against: Sequence[Source | str],
    *,
    lang: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """Judge each claim of ``candidate`` against ``against``, the sources it should follow.

    A claim is supported (an agreement), contradicted (a discrepancy) or unsupported (unique
    to the candidate). Claims found only in the sources are not reported. ``progress`` is as
    for :func:`compare`.

    >>> report = check("Er werden 95 boetes uitgedeeld.", ["Er werden 120 boetes uitgedeeld."], lang="nl")
    >>> [f.verdict for f in report.contradicted]
    ['discrepancy']
    """
    if isinstance(against, str | Source) or not isinstance(against, Sequence):
        msg = f"check(against=...) must be a list of str or Source, got {type(against).__name__}"
        raise InvalidType(msg)
    if not against:
        msg = "check(against=...) needs at least one source"
        raise InvalidArgument(msg)
    cand = prepare(to_source(candidate, lang=lang, name=None, argument="check(): candidate"))
    if cand.name is not None and cand.name.startswith("text-"):
        cand = attrs.evolve(cand, name="candidate")
    srcs = _sources(list(against), lang, "check")
    if any(s.label == cand.label for s in srcs):
        msg = f"check(): the candidate and a source are both named {cand.label!r}"
        raise InvalidArgument(msg)
    return _report(srcs, cand, progress)


def _compare_cluster(cluster: Sequence[Source | str]) -> Report:
    return compare(*cluster)


def compare_many(
    clusters: Iterable[Sequence[Source | str]],
    executor: Executor | None = None,
    *,
    chunksize: int = 16,
) -> list[Report]:
    """Compare many independent clusters of sources, one report per cluster, in order.

    ``executor`` is any :class:`concurrent.futures.Executor` (a process pool, a Dask
    ``Client.get_executor()``, a Ray executor); ``None`` runs in this process.

    >>> [len(r.sources) for r in compare_many([["3 dagen", "3 dagen"], ["a", "b", "c"]])]
    [2, 3]
    """
    items = list(clusters)
    for i, cluster in enumerate(items):
        if isinstance(cluster, str | Source) or not isinstance(cluster, Sequence):
            msg = f"compare_many(): cluster {i} must be a list of sources, got {type(cluster).__name__}"
            raise InvalidType(msg)
    if executor is None:
        return [_compare_cluster(c) for c in items]
    try:
        results = executor.map(_compare_cluster, items, chunksize=chunksize)
    except TypeError:  # executors whose map takes no chunksize
        results = executor.map(_compare_cluster, items)
    return list(results)
