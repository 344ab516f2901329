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
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from factcheck._collector import collector_paused
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

    from factcheck.quotematch import QuoteMatch
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
# The lowest score _threshold() asks of two claims of one language that state different
# figures, when neither is its source's only claim of the block and no candidate is checked:
# a pair scoring below it is dropped before its threshold is worked out.
_FLOOR = min(_MATCH, _MATCH_SAME_VALUE, _MATCH_DATE)
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


# --------------------------------------------------------------------------- values

# makes a named tuple from a tuple of its fields without calling its Python-level __new__
_new = tuple.__new__


class _Norm(NamedTuple):
    """A numeric claim brought to a unit shared by its whole block.

    A tuple, not an attrs class, made with ``_new`` (no Python-level ``__new__``): one per claim.
    """

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
        return _new(_Norm, ("count", value, ""))
    if claim.kind == "money":
        # every currency in one block: a figure given in two currencies is a likely slip
        return _new(_Norm, ("money", value, unit))
    if claim.kind == "percent":
        return _new(_Norm, ("percent", value, unit or "percent"))
    if claim.kind == "duration":
        factor = time_unit_seconds(unit)
        if factor is None:
            return _new(_Norm, (f"duration:{unit}", value, unit))
        return _new(_Norm, ("duration", value.scaled(factor / 3600.0), "hour"))
    if claim.kind == "rate":
        numerator, _, denominator = unit.partition("/")
        factor = time_unit_seconds(denominator)
        numerator = numerator.strip()
        if factor is None:
            return _new(_Norm, (f"rate:{unit}", value, unit))
        per_hour = value.scaled(3600.0 / factor)
        return _new(_Norm, (f"rate:{'' if numerator == '1' else numerator}", per_hour, f"{numerator} / hour"))
    if claim.kind == "quantity":
        base = _base_unit(unit)
        if base is None:
            return _new(_Norm, (f"quantity:{unit}", value, unit))
        base_unit, dimension = base
        return _new(_Norm, (f"quantity:{dimension}", _convert(value, unit, base_unit), base_unit))
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


@functools.cache
def _affine(unit: str, to: str) -> tuple[float, float]:
    """``(a, b)`` with ``x unit == a * x + b to``: every pint unit is affine (temperatures have b)."""
    from factcheck.units import registry

    ureg = registry()
    zero = float(ureg.Quantity(0.0, unit).to(to).magnitude)
    one = float(ureg.Quantity(1.0, unit).to(to).magnitude)
    return one - zero, zero


def _convert(value: Interval, unit: str, to: str) -> Interval:
    """``value`` from ``unit`` to ``to``, bound by bound."""
    if unit == to:
        return value
    a, b = _affine(unit, to)

    def conv(x: float) -> float:
        return x if math.isinf(x) else a * x + b

    stated = None if value.stated is None else conv(value.stated)
    return Interval(conv(value.low), conv(value.high), value.low_closed, value.high_closed, stated)


def _block(it: _Item) -> str:
    kind = it.claim.kind
    if kind in {"date", "quote"}:
        return kind
    return it.norm.block if it.norm else kind


# --------------------------------------------------------------------------- subjects


def _context_text(subject: str, context: Sequence[str]) -> str:
    words = [subject.casefold(), *context]
    return " ".join(w for w in words if w)


@functools.cache
def _rapidfuzz() -> tuple[Any, Any]:
    """The ``fuzz`` and ``process`` modules of rapidfuzz, imported once, on first use.

    A ``from`` import of a package's modules costs a Python-level call each time it runs.
    """
    from rapidfuzz import fuzz, process

    return fuzz, process


class _WordIndex:
    """Context words of the claims scored against (columns): sorted and joined, and where each word is."""

    def __init__(self) -> None:
        self.sorted: list[str] = []
        self.columns: dict[str, list[int]] = defaultdict(list)  # word -> the columns holding it
        self.empty: list[int] = []  # the columns without a word

    def add(self, words: frozenset[str], joined: str) -> None:
        k = len(self.sorted)
        self.sorted.append(joined)
        for w in words:
            self.columns[w].append(k)
        if not words:
            self.empty.append(k)


def _context_scores(rows: Sequence[frozenset[str]], joined: list[str], cols: _WordIndex) -> Any:  # noqa: ANN401 - a numpy matrix
    """The ``token_set_ratio`` of rapidfuzz, each row's words against each column's, as a float32 matrix.

    ``rows`` are word sets (split at any white space) and ``joined`` the same sets sorted and
    joined by spaces. The score depends on the two sets of words only. Most pairs share no
    word, and for those it is the plain ``ratio`` of the two joined sets, which rapidfuzz
    computes about twenty times faster; the pairs that share a word (found through the
    columns' word index) are scored in full. Equal to ``cdist(..., scorer=token_set_ratio,
    dtype=float32)`` over the words, as a law in the tests checks.
    """
    import numpy as np

    fuzz, process = _rapidfuzz()
    scores = process.cdist(joined, cols.sorted, scorer=fuzz.ratio, dtype=np.float32, workers=1)
    at_row: list[int] = []
    at_col: list[int] = []
    find = cols.columns.get
    for r, words in enumerate(rows):
        holding = [where for w in words if (where := find(w)) is not None]
        if holding:
            shared = set().union(*holding)
            at_row += [r] * len(shared)
            at_col += shared
    if at_row:
        scores[at_row, at_col] = process.cpdist(
            [joined[r] for r in at_row],
            [cols.sorted[c] for c in at_col],
            scorer=fuzz.token_set_ratio,
            dtype=np.float32,
            workers=1,
        )
    # a set without words scores 0 (the ratio of two empty strings would be 100)
    scores[[r for r, words in enumerate(rows) if not words], :] = 0.0
    scores[:, cols.empty] = 0.0
    return scores


class _Features:
    """The strings a block's claims are scored on, and the scores of its keys worked out so far.

    Both are made once per block; a key is a distinct (subject, context words, speaker).
    """

    def __init__(
        self, claims: Sequence[Claim], sources: Sequence[str] | None = None, *, table: bool = True
    ) -> None:
        """``sources`` names each claim's source, if known: see :meth:`scores`.

        Without ``table`` (a block of few sources, where keys seldom repeat and the table's
        bookkeeping costs more than it saves) :meth:`scores` scores every call directly.
        """
        import numpy as np

        # the sources of one story repeat what their claims are about: each distinct
        # (subject, context, speaker) as written is read once
        written: dict[tuple[str, tuple[str, ...], str | None], int] = {}
        written_of = [written.setdefault((c.subject, c.context, c.speaker), len(written)) for c in claims]
        subjects = [subject.casefold() for subject, _, _ in written]
        # the context words as a set, and once more sorted and joined: see _context_scores
        words = [frozenset(_context_text(subject, context).split()) for subject, context, _ in written]
        sorted_words = [" ".join(sorted(w)) for w in words]
        speakers = [(speaker or "").casefold() for _, _, speaker in written]
        self.subjects = [subjects[w] for w in written_of]
        self.words = [words[w] for w in written_of]
        self.sorted_words = [sorted_words[w] for w in written_of]
        self.speakers = [speakers[w] for w in written_of]
        where = np.array(written_of, dtype=np.intp)
        self.stems = np.array([x[:4] if len(x) >= 4 else "" for x in subjects])[where]
        self.has_subject = np.array([bool(x) for x in subjects], dtype=np.bool_)[where]
        self.named = np.array([bool(x) for x in speakers], dtype=np.bool_)[where]
        # the score of two claims depends on their (subject, words, speaker) alone: each
        # distinct triple is a key, and the scores of two keys are worked out once per block
        # and read from a key-by-key table after
        keys: dict[tuple[str, frozenset[str], str], int] = {}
        key_of_written = [
            keys.setdefault(key, len(keys)) for key in zip(subjects, words, speakers, strict=True)
        ]
        self._cached = table and len(keys) <= _CACHED_KEYS
        if self._cached:
            self._start_table(key_of_written, written_of, len(keys), sources)
        # the strings of the last ``right`` scored: the representatives, a list that only
        # grows between sources, so each is looked up once
        self._right: Sequence[int] = ()
        self._right_len = 0  # how much of it the strings below cover
        self._right_strings: tuple[list[str], list[str], list[str]] = ([], [], [])
        self._right_words = _WordIndex()

    def _start_table(
        self, key_of_written: list[int], written_of: list[int], n_keys: int, sources: Sequence[str] | None
    ) -> None:
        """The empty key table of :meth:`scores` and what it keeps track of."""
        import numpy as np

        key_of = [key_of_written[w] for w in written_of]
        self.key_of = np.array(key_of, dtype=np.intp)
        first: dict[int, int] = {}
        for i, k in enumerate(key_of):
            first.setdefault(k, i)
        self.key_claim = np.array(list(first.values()), dtype=np.intp)  # the first claim of each key
        self._table = np.empty((n_keys, n_keys), dtype=np.float32)
        # the keys scored on the right (columns), in the order they came, and their claims (the
        # first of each key); each row (key) holds the scores of the first ``cover`` columns
        self._columns: list[int] = []
        self._column_claims: list[int] = []
        self._has_column = [False] * n_keys
        self._cover = np.zeros(n_keys, dtype=np.intp)
        # the last ``right`` asked for and the keys of its claims
        self._key_list = key_of
        self._right_seen: Sequence[int] = ()
        self._right_keys: list[int] = []
        # the place of each claim's source in name order (the order sources are scored in), and
        # the last place each key turns up in: rows still to come are filled with the rows asked for
        names = sorted(set(sources)) if sources is not None else []
        place = {name: n for n, name in enumerate(names)}
        self._place = np.array([place[x] for x in sources] if sources is not None else [0] * len(key_of))
        self._last = np.zeros(n_keys, dtype=self._place.dtype)
        np.maximum.at(self._last, self.key_of, self._place)

    def _strings_of(self, right: Sequence[int], *, keep: bool) -> tuple[list[str], _WordIndex, list[str]]:
        """Subjects, context words and speakers of ``right``, extended when it is the last list kept, grown.

        With ``keep`` false the list is read afresh and the one kept stays as it is.
        """
        if not keep:
            fresh = _WordIndex()
            for j in right:
                fresh.add(self.words[j], self.sorted_words[j])
            return [self.subjects[j] for j in right], fresh, [self.speakers[j] for j in right]
        done = self._right_len
        if right is not self._right or len(right) < done:
            self._right_strings = ([], [], [])
            self._right_words = _WordIndex()
            done = 0
        subjects, _, speakers = self._right_strings
        for j in right[done:]:
            subjects.append(self.subjects[j])
            self._right_words.add(self.words[j], self.sorted_words[j])
            speakers.append(self.speakers[j])
        self._right = right
        self._right_len = len(right)
        return subjects, self._right_words, speakers

    def scores(self, left: Sequence[int], right: Sequence[int]) -> Any:  # noqa: ANN401 - a numpy matrix
        """:meth:`score` of claims ``left`` against claims ``right``, read from the block's key table.

        The cells of key pairs not met before are worked out by :meth:`score`: new columns
        are appended, and a row that lacks some is filled up to the last, together with the
        rows of the sources still to come (those after ``left``'s in name order), in one call
        for all rows that lack the same columns. The result does not depend on the order of
        the calls. ``right`` may be the list of the last call, grown (never changed otherwise).
        A block with more than ``_CACHED_KEYS`` keys is scored directly.
        """
        if not self._cached:
            return self.score(left, right)
        import numpy as np

        # the representatives are one list that only grows between calls: its new part alone is read
        if right is not self._right_seen or len(right) < len(self._right_keys):
            self._right_seen, self._right_keys = right, []
        grown = [self._key_list[j] for j in right[len(self._right_keys) :]]
        self._right_keys += grown
        lk, rk = self.key_of[left], np.array(self._right_keys, dtype=np.intp)
        table, key_claim, columns, cover = self._table, self.key_claim, self._columns, self._cover
        has_column = self._has_column
        new = [k for k in dict.fromkeys(grown) if not has_column[k]]
        if new:
            for k in new:
                has_column[k] = True
            columns += new
            self._column_claims += key_claim[new].tolist()
        n = len(columns)
        if (cover[lk] < n).any():
            # the rows asked for, and with them every key of a source still to come (it will be
            # asked for every column there is now), each against the columns it lacks
            todo = np.flatnonzero((cover < n) & (self._last >= self._place[left].min()))
            lacking = cover[todo]
            for start in np.unique(lacking).tolist():
                keys, right = todo[lacking == start], self._column_claims[start:]
                step = max(1, _MATRIX_CELLS // len(right))  # bounded memory, as in _group_numeric
                for at in range(0, len(keys), step):
                    rows = keys[at : at + step]
                    table[np.ix_(rows, columns[start:])] = self.score(
                        key_claim[rows].tolist(), right, keep=False
                    )
            cover[todo] = n
        return table[lk[:, None], rk]

    def score(self, left: Sequence[int], right: Sequence[int], *, keep: bool = True) -> Any:  # noqa: ANN401 - a numpy matrix
        """The "same thing" score (0..100) of claims ``left`` against claims ``right``.

        Subjects count when they are the same noun (a close spelling, or the same first four
        letters: "baan" / "banen"); otherwise only the context words speak. Two figures given
        by two different speakers are never the same claim: "40,000 according to the police"
        and "100,000 according to the organisers" are two estimates, not one contested figure.
        ``keep`` keeps the strings of ``right`` for the next call, which may pass the same list grown.
        """
        import numpy as np

        fuzz, process = _rapidfuzz()
        subjects, words, speakers = self._strings_of(right, keep=keep)

        def cdist(strings: list[str], choices: list[str], scorer: Any) -> Any:  # noqa: ANN401 - rapidfuzz scorers and matrices
            return process.cdist(
                [strings[i] for i in left], choices, scorer=scorer, dtype=np.float32, workers=1
            )

        li, ri = np.asarray(left), np.asarray(right)
        subject = cdist(self.subjects, subjects, fuzz.ratio)
        stems_l, stems_r = self.stems[li], self.stems[ri]
        same_stem = (stems_l[:, None] == stems_r[None, :]) & (stems_l[:, None] != "")
        subject = np.where(same_stem, np.maximum(subject, 90.0), subject)
        subject = np.where(subject >= _SAME_NOUN, subject, 0.0)
        context = _context_scores([self.words[i] for i in left], [self.sorted_words[i] for i in left], words)
        both = np.logical_and.outer(self.has_subject[li], self.has_subject[ri])
        scores = np.where(both, 0.6 * subject + 0.4 * context, 0.8 * context)
        named = np.logical_and.outer(self.named[li], self.named[ri])
        if named.any():
            alike = cdist(self.speakers, speakers, fuzz.ratio)
            scores = np.where(named & (alike < _SAME_SPEAKER), 0.0, scores)
        return scores


def _figure(claim: Claim) -> str | None:
    """The stated figure of a claim with a unit or a date, as a key; None for bare counts."""
    value = claim.value
    if isinstance(value, DateRange):
        return f"d:{value}"
    if not isinstance(value, Interval) or value.stated is None:
        return None
    return f"v:{value.stated:.6g}"


class _Pair(NamedTuple):
    """What is known of two claims of one block, besides their subjects."""

    same_lang: bool  # both sources are in one language, so their subjects can be compared
    unambiguous: bool  # each source states this figure once in the block
    alone: bool  # each source has no other claim in the block
    checking: bool = False  # one side is a candidate under check(), which should follow the other
    same_figure: bool = False  # both state the very same figure (see _figure)


def _threshold_key(claim: Claim, norm: _Norm | None) -> tuple[object, ...]:
    """All that :func:`_threshold` reads of a claim: claims with equal keys get equal thresholds."""
    value = claim.value
    return (
        claim.kind,
        claim.unit,
        bool(claim.subject),
        value if isinstance(value, DateRange) else None,
        norm,
    )


def _threshold(a: Claim, na: _Norm | None, b: Claim, nb: _Norm | None, pair: _Pair) -> float | None:
    """The subject score two claims of one block need to be aligned; None: never.

    Subjects only compare within a language: across languages the figure itself has to
    carry the alignment (the same €120 million, the one distance each source gives).
    """
    same_figure = pair.same_figure
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


class _Item(NamedTuple):
    """A claim of one source, with what alignment reads of it more than once.

    A tuple, not an attrs class, made with ``_new``: one per claim of every source, only read.
    """

    source: str
    claim: Claim
    norm: _Norm | None  # the value in its block's unit (numbers only)
    key: tuple[str, int, int, str]  # where it stands: a stable tie-breaker


def _item(source: str, claim: Claim) -> _Item:
    return _new(_Item, (source, claim, _normalise(claim), (source, claim.span[0], claim.span[1], claim.kind)))


_Group = tuple[list[_Item], tuple[Step, ...], str | None]


@attrs.define
class _Cluster:
    """Claims of several sources found to be about one thing; at most one per source."""

    members: list[int]
    sources: set[str]
    reps: dict[str | None, int]  # the first member in each language: what newcomers are scored on
    matches: list[QuoteMatch] = attrs.field(factory=list)


class _Clustering:
    """Sources join one at a time, in name order; each claim joins its best cluster or starts one.

    A source's claims are scored against the clusters' representatives (one per language)
    and assigned best-first, each cluster taking at most one claim of the source. The cost
    grows with claims times distinct facts, not with the square of the number of sources.
    """

    def __init__(self, block: Sequence[_Item], langs: Mapping[str, str | None]) -> None:
        self.block = block
        self.langs = langs
        self.clusters: list[_Cluster] = []
        # (cluster, member) of every representative, cluster by cluster, and the members alone;
        # both only grow while each new representative starts a cluster, and are made anew,
        # once, before the next source is scored when an older cluster gained one (a source in
        # another language joined it)
        self.rep_pairs: list[tuple[int, int]] = []
        self.rep_members: list[int] = []
        self._stale = False

    def by_source(self) -> list[list[int]]:
        out: dict[str, list[int]] = defaultdict(list)
        for i, it in enumerate(self.block):
            out[it.source].append(i)
        return [out[name] for name in sorted(out)]

    def reps(self) -> list[tuple[int, int]]:
        """(cluster, member) for every representative, what a newcomer source is scored on.

        No cluster holds a claim of the newcomer yet: a source's claims are all scored before
        any of them joins. The list is the clustering's own: read it, do not change it;
        :attr:`rep_members` is current once this has been called.
        """
        if self._stale:
            self.rep_pairs = [
                (c, rep) for c, cluster in enumerate(self.clusters) for rep in cluster.reps.values()
            ]
            self.rep_members = [rep for _, rep in self.rep_pairs]
            self._stale = False
        return self.rep_pairs

    def assign(self, mine: list[int], pairs: list[tuple[float, int, int]]) -> dict[int, int]:
        """Best-first: (score, claim, cluster) pairs, each claim and cluster used once."""
        block = self.block
        pairs.sort(key=lambda p: (-p[0], block[p[1]].key, p[2]))
        taken: dict[int, int] = {}
        used: set[int] = set()
        for _score, i, c in pairs:
            if i in taken or c in used:
                continue
            taken[i] = c
            used.add(c)
        for i in mine:
            if i in taken:
                self.join(taken[i], i)
            else:
                it = block[i]
                if not self._stale:
                    self.rep_pairs.append((len(self.clusters), i))
                    self.rep_members.append(i)
                self.clusters.append(_Cluster([i], {it.source}, {self.langs.get(it.source): i}))
        return taken

    def join(self, c: int, i: int) -> None:
        cluster = self.clusters[c]
        source = self.block[i].source
        cluster.members.append(i)
        cluster.sources.add(source)
        lang = self.langs.get(source)
        if lang not in cluster.reps:
            cluster.reps[lang] = i
            self._stale = True  # made anew when the next source asks for them

    def groups(self) -> list[_Group]:
        out: list[_Group] = []
        for cluster in self.clusters:
            members = [self.block[i] for i in sorted(cluster.members)]
            steps = tuple(step for match in cluster.matches for step in match.steps)
            relation = _worst_quote_relation(m.relation for m in cluster.matches) if cluster.matches else None
            out.append((members, steps, relation))
        return out


# Added to the rank (not the threshold) of a pair that states the very same figure.
_SAME_FIGURE_BONUS = 10.0
# A dateline stands within this many characters of the top of a text.
_DATELINE_REACH = 80
# Above this many clusters in a block, a claim is scored only against the clusters that share
# its noun or figure (a 10 MB text); below it, against all, in slices of at most this many
# score cells, so that memory stays bounded whatever the length of the texts.
_DENSE_REPS = 2048
_MATRIX_CELLS = 1 << 20
# How many of the best-scoring clusters a claim is checked against (besides those that
# state its very figure): enough for every plausible partner, few enough to stay linear.
_TOP_CLUSTERS = 8
# A block's score table of distinct (subject, words, speaker) keys is kept up to this many
# keys (16 MB of float32 at most, filled only where asked); past it claims are scored directly.
_CACHED_KEYS = 2048
# ... and only in a block of at least this many sources: below it keys seldom repeat.
_TABLE_SOURCES = 6


def _group_numeric(
    block: list[_Item],
    langs: Mapping[str, str | None],
    boost: Callable[[int, list[int]], list[float]] | None = None,
    candidate: str | None = None,
) -> list[_Group]:
    import numpy as np

    claims = [it.claim for it in block]
    norms = [it.norm for it in block]
    figures = [_figure(c) for c in claims]
    owners = [it.source for it in block]
    features = _Features(claims, owners, table=len(set(owners)) >= _TABLE_SOURCES)
    in_block = Counter(it.source for it in block)
    per_figure = Counter((it.source, f) for it, f in zip(block, figures, strict=True))
    # what each claim brings to a pair, read once: its source, language, whether its source
    # states its figure once in the block, and whether it is its source's only claim here
    owner = [it.source for it in block]
    lang_of = [langs.get(it.source) for it in block]
    once = [per_figure[(it.source, f)] == 1 for it, f in zip(block, figures, strict=True)]
    alone = [in_block[it.source] == 1 for it in block]
    # the thresholds worked out, by the two claims' threshold keys and the pair's facts: the
    # sources of one story state the same values again and again
    classes: dict[tuple[object, ...], int] = {}
    threshold_class = [
        classes.setdefault(_threshold_key(c, n), len(classes)) for c, n in zip(claims, norms, strict=True)
    ]
    n_classes = len(classes)
    thresholds: dict[int, float | None] = {}
    # what each representative brings to a pair, and the representatives stating each figure,
    # kept while the list of representatives only grows
    info: list[tuple[int, int, str | None, str | None, bool, bool, int, bool]] = []
    by_figure: dict[str, list[int]] = defaultdict(list)
    indexed: list[tuple[int, int]] = []
    clustering = _Clustering(block, langs)
    for mine in clustering.by_source():
        source = block[mine[0]].source
        reps = clustering.reps()
        if reps is not indexed:
            by_figure.clear()
            info = []
            indexed = reps
        for k in range(len(info), len(reps)):
            c, r = reps[k]
            figure = figures[r]
            if figure is not None:
                by_figure[figure].append(k)
            info.append(
                (c, r, figure, lang_of[r], alone[r], once[r], threshold_class[r], owner[r] == candidate)
            )
        pairs: list[tuple[float, int, int]] = []

        def evaluate(
            rows: list[int],
            ks: list[int],
            *,
            dense: bool,
            reps: list[tuple[int, int]] = reps,
            info: list[tuple[int, int, str | None, str | None, bool, bool, int, bool]] = info,
            source: str = source,
            pairs: list[tuple[float, int, int]] = pairs,
        ) -> None:
            """Score claims ``rows`` against representatives ``ks``; keep the pairs that pass."""
            scores = features.scores(rows, clustering.rep_members if dense else [reps[k][1] for k in ks])
            if boost is not None:
                members = clustering.rep_members if dense else [reps[k][1] for k in ks]
                scores = scores + np.array([boost(i, members) for i in rows], dtype=np.float32)
            if scores.shape[1] > _TOP_CLUSTERS:
                order = np.argsort(-scores, axis=1, kind="stable")[:, :_TOP_CLUSTERS].tolist()
            else:  # every column is among the best
                order = [list(range(scores.shape[1]))] * len(rows)
            table = scores.tolist()
            column = None if dense else {k: n for n, k in enumerate(ks)}
            # the representatives stating a figure one of the rows states
            stating: Mapping[str, list[int]] = by_figure
            if not dense:
                wanted = {figures[i] for i in rows} - {None}
                stating = defaultdict(list)
                if wanted:
                    for k in ks:
                        figure = figures[reps[k][1]]
                        if figure is not None and figure in wanted:
                            stating[figure].append(k)
            checking_source = candidate == source
            for row, i in enumerate(rows):
                look = set(order[row]) if column is None else {ks[n] for n in order[row]}
                figure = figures[i]
                if figure is not None:
                    look.update(stating.get(figure, ()))
                line = table[row]
                lang_i, alone_i, once_i, class_i = (
                    lang_of[i],
                    alone[i],
                    once[i],
                    threshold_class[i] * n_classes,
                )
                for k in sorted(look):
                    c, r, figure_r, lang_r, alone_r, once_r, class_r, candidate_r = info[k]
                    score = line[k if column is None else column[k]]
                    same_figure = figure is not None and figure == figure_r
                    same_lang = lang_i == lang_r
                    both_alone = alone_i and alone_r
                    checking = checking_source or candidate_r
                    if score < _FLOOR and not same_figure and same_lang and not both_alone and not checking:
                        continue  # _threshold() would ask more
                    unambiguous = once_i and once_r
                    known = (class_i + class_r) << 5 | (
                        same_lang << 4 | unambiguous << 3 | both_alone << 2 | checking << 1 | same_figure
                    )
                    threshold = thresholds.get(known, -1.0)
                    if threshold == -1.0:
                        pair = _Pair(same_lang, unambiguous, both_alone, checking, same_figure)
                        threshold = thresholds[known] = _threshold(
                            claims[i], norms[i], claims[r], norms[r], pair
                        )
                    if threshold is None:
                        continue
                    if same_figure:
                        # of two partners that pass, the one stating the very same figure wins
                        score += _SAME_FIGURE_BONUS
                    score = min(100.0, score)
                    if score >= threshold:
                        pairs.append((score, i, c))

        if len(reps) <= _DENSE_REPS:
            step = max(1, _MATRIX_CELLS // max(1, len(reps)))
            for at in range(0, len(mine) if reps else 0, step):
                evaluate(mine[at : at + step], list(range(len(reps))), dense=True)
        else:
            # a long text: each claim meets only the clusters that share its noun or figure
            index: dict[str, list[int]] = defaultdict(list)
            for k, (_, r) in enumerate(reps):
                for key in _index_keys(features, figures, r):
                    index[key].append(k)
            for i in mine:
                ks = sorted({k for key in _index_keys(features, figures, i) for k in index.get(key, ())})
                if ks:
                    evaluate([i], ks[:_MATRIX_CELLS], dense=False)
        clustering.assign(mine, pairs)
    return clustering.groups()


def _index_keys(features: _Features, figures: Sequence[str | None], i: int) -> list[str]:
    """What a claim is looked up by in a long text: its noun's stem and its figure."""
    keys = [f"s:{features.stems[i]}"] if features.stems[i] else []
    if figures[i] is not None:
        keys.append(f"f:{figures[i]}")
    return keys


def _group_quotes(block: list[_Item]) -> list[_Group]:
    from factcheck.quotematch import QuoteMatch, _Encoder, _match

    clustering = _Clustering(block, {})
    encode = _Encoder()
    for mine in clustering.by_source():
        reps = clustering.reps()
        found: dict[tuple[int, int], tuple[QuoteMatch, int]] = {}  # with the representative matched
        pairs: list[tuple[float, int, int]] = []
        # the earlier source on the left: "[-words]" are only in it, "[+words]" only in the newcomer
        left = encode([block[r].claim for _, r in reps]) if reps else []
        # in slices, so that a long text never builds one quotes-by-clusters matrix
        step = max(1, _MATRIX_CELLS // max(1, len(reps)))
        for at in range(0, len(mine) if reps else 0, step):
            rows = mine[at : at + step]
            for match in _match(left, encode([block[i].claim for i in rows])):
                (c, r), i = reps[match.left], rows[match.right]
                if (i, c) not in found:
                    pairs.append((match.score, i, c))
                    found[(i, c)] = (match, r)
        for i, c in clustering.assign(mine, pairs).items():
            # only a match that joins a cluster is written out, its steps naming both sources
            match, r = found[(i, c)]
            said = f"{block[r].source} → {block[i].source}"
            clustering.clusters[c].matches.append(
                QuoteMatch(
                    left=match.left,
                    right=match.right,
                    relation=match.relation,
                    score=match.score,
                    diff=match.diff,
                    steps=tuple(Step(st.op, f"{said}: {st.detail}") for st in match.steps),
                )
            )
    return clustering.groups()


class _Sentences(dict[str, Callable[[int], int]]):
    """Each source's function from a character offset to its sentence's number, made on first use."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        super().__init__()
        self.texts = texts

    def __missing__(self, source: str) -> Callable[[int], int]:
        locate = self[source] = sentence_index(self.texts.get(source, ""))
        return locate


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
    sources = sources or {}
    # a dateline ("LONDON, 12 March 2026 (Reuters) -") is the context of every date, not one
    items = [
        _item(name, c)
        for name in sorted(claims)
        for c in claims[name]
        if not (isinstance(c.value, DateRange) and _is_dateline(c, sources.get(name)))
    ]
    blocks: dict[str, list[_Item]] = defaultdict(list)
    for it in items:
        blocks[_block(it)].append(it)
    texts = {name: src.text for name, src in sources.items()}
    langs = {name: src.lang for name, src in sources.items()}
    sentence = _Sentences(texts)
    # which aligned groups each sentence holds a claim of: two dates whose sentences share
    # one are about the same event
    anchors: dict[tuple[str, int], set[int]] = defaultdict(set)

    findings: list[Finding] = []
    consumed: set[tuple[str, int, int, str]] = set()
    singles: list[_Item] = []
    for name in sorted(blocks, key=lambda b: (b == "date", b)):
        block = sorted(blocks[name], key=lambda it: it.key)
        if name == "quote":
            groups = _group_quotes(block)
        elif name == "date" and texts:
            where = [(it.source, sentence[it.source](it.claim.span[0])) for it in block]

            def boost(i: int, js: list[int], where: list[tuple[str, int]] = where) -> list[float]:
                """What claim ``i`` adds to its score with each of ``js``: a group in common."""
                mine = anchors.get(where[i])
                if not mine:
                    return [0.0] * len(js)
                return [0.0 if mine.isdisjoint(anchors.get(where[j], ())) else _ANCHOR_BOOST for j in js]

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
                number = len(findings)
                for it in members:
                    anchors[it.source, sentence[it.source](it.claim.span[0])].add(number)
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


def _is_dateline(claim: Claim, src: Source | None) -> bool:
    """Whether ``claim`` is the publication day written at the top of its source."""
    value = claim.value
    if (
        src is None
        or not isinstance(value, DateRange)
        or value.start != value.end
        or value.start != src.published
    ):
        return False
    return len(src.text[src.content_start : claim.span[0]].strip()) <= _DATELINE_REACH


def _is_publication_day(it: _Item, sources: Mapping[str, Source]) -> bool:
    value = it.claim.value
    src = sources.get(it.source)
    published = src.published if src is not None else None
    return isinstance(value, DateRange) and value.start == value.end == published


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
    kind = members[0].claim.kind
    if quote_relation is not None or kind == "quote":
        relation = quote_relation or "verbatim"
        verdict: Verdict = "agreement" if relation in {"verbatim", "partial"} else "discrepancy"
        return Finding(
            verdict=verdict,
            kind="quote",
            claims={it.source: it.claim for it in members},
            relation=relation,  # type: ignore[arg-type]
            steps=quote_steps,
        )
    if kind == "date" or any(isinstance(it.claim.value, DateRange) for it in members):
        return _date_verdict(members)
    return _numeric_verdict(members)


def _who(names: Sequence[str]) -> str:
    """Source names for a sentence: "a", "a and b", "a, b and 7 others"."""
    if len(names) == 1:
        return names[0]
    if len(names) <= 3:
        return f"{', '.join(names[:-1])} and {names[-1]}"
    return f"{names[0]}, {names[1]} and {len(names) - 2} others"


def _by_value(members: list[_Item], value: Callable[[_Item], object]) -> list[tuple[object, list[_Item]]]:
    """Members grouped by the value they state, in the order values first appear.

    Verdicts compare distinct values, of which even a hundred sources have few.
    """
    groups: dict[object, list[_Item]] = {}
    for it in members:
        groups.setdefault(value(it), []).append(it)
    return list(groups.items())


def _date_verdict(members: list[_Item]) -> Finding:
    from factcheck.extract.dates import compare_dates

    steps: list[Step] = []
    agree = True
    distinct = [
        (v, its) for v, its in _by_value(members, lambda it: it.claim.value) if isinstance(v, DateRange)
    ]
    for a in range(len(distinct)):
        for b in range(a + 1, len(distinct)):
            (va, ia), (vb, ib) = distinct[a], distinct[b]
            if not isinstance(va, DateRange) or not isinstance(vb, DateRange):  # pragma: no cover - filtered
                continue
            ok, step = compare_dates(va, vb)
            agree = agree and ok
            who_a, who_b = _who([it.source for it in ia]), _who([it.source for it in ib])
            steps.append(Step(step.op, f"{who_a} vs {who_b}: {step.detail}"))
    if not steps:
        shown = distinct[0][0] if distinct else ""
        steps.append(Step("compare", f"{_who([it.source for it in members])} all give {shown}"))
    return Finding(
        verdict="agreement" if agree else "discrepancy",
        kind="date",
        claims={it.source: it.claim for it in members},
        relation="overlap" if agree else "disjoint",
        steps=tuple(steps),
    )


def _numeric_verdict(members: list[_Item]) -> Finding:
    claims = {it.source: it.claim for it in members}
    kinds = {it.claim.kind for it in members}
    kind: Kind = "rate" if "rate" in kinds else members[0].claim.kind
    derived = any(it.claim.parts for it in members)
    norms = {id(it): it.norm for it in members}

    units = {n.unit for n in norms.values() if n is not None}
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

    # in the sources' own unit when they share one ("12 billion EUR per year"), else in the
    # unit they were brought to ("per hour")
    own_unit = len({it.claim.unit for it in members}) == 1

    # many sources state one value: each distinct value and label is described once
    described: dict[tuple[Interval, str], str] = {}

    def reading(it: _Item) -> str:
        norm = norms[id(it)]
        for step in it.claim.steps:
            if step.op == "derive":
                return step.detail or it.claim.text
        if norm is None:
            return it.claim.text
        if own_unit and isinstance(it.claim.value, Interval):
            key = (it.claim.value, _unit_label(it.claim, it.claim.unit))
        else:
            key = (norm.interval, _unit_label(it.claim, norm.unit))
        text = described.get(key)
        if text is None:
            text = described[key] = describe(*key)
        return text

    read = {id(it): reading(it) for it in members}
    distinct = _by_value(members, lambda it: (read[id(it)], it.claim.text if len(members) <= 3 else ""))
    steps = [
        Step("read", f"{_who([it.source for it in its])}: {_quoted(its[0].claim, 60)} = {read[id(its[0])]}")
        for _, its in distinct
    ]
    values = _by_value(members, lambda it: getattr(norms[id(it)], "interval", None))
    intervals = [(v, its) for v, its in values if isinstance(v, Interval)]
    disjoint = [
        (_who([it.source for it in ia]), _who([it.source for it in ib]))
        for a, (va, ia) in enumerate(intervals)
        for vb, ib in intervals[a + 1 :]
        if isinstance(va, Interval) and isinstance(vb, Interval) and not va.overlaps(vb)
    ]
    if disjoint:
        pairs = "; ".join(f"{x} and {y}" for x, y in disjoint)
        steps.append(Step("compare", f"{pairs} cannot both be right"))
        return Finding(
            verdict="discrepancy",
            kind=kind,
            claims=claims,
            relation="disjoint",
            steps=tuple(steps),
        )
    exact = len(intervals) == 1
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
    where = tuple(sorted([(name, c.span[0], c.span[1]) for name, c in f.claims.items()]))
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
    with collector_paused():
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

    Python's cyclic garbage collector is paused while the sources are read and aligned, and
    restored as it was afterwards (see the scale-out guide).

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
    to the candidate). Claims found only in the sources are not reported. ``progress``, and
    the pause of the garbage collector, are as for :func:`compare`.

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
    ``Client.get_executor()``, a Ray executor); ``None`` runs in this process. With an
    executor, this process pauses its cyclic garbage collector while the reports arrive.

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
    with collector_paused():
        try:
            results = executor.map(_compare_cluster, items, chunksize=chunksize)
        except TypeError:  # executors whose map takes no chunksize
            results = executor.map(_compare_cluster, items)
        return list(results)
