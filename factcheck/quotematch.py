"""Matching quoted statements across two sources: verbatim, partial, variant, misattributed.

Quotes are compared word by word after normalisation (case and punctuation ignored, see
:func:`factcheck.extract.quotes.normalise_quote`). Every distinct word gets one code
character, so that rapidfuzz's vectorised :func:`rapidfuzz.process.cdist` with the
``LCSseq`` metric scores all pairs at once at the level of words. From the longest common
word subsequence ``lcs`` of two quotes of ``n`` and ``m`` words:

* ``ratio = 2 * lcs / (n + m)``, the share of words the two have in common;
* ``cover = lcs / min(n, m)``, the share of the shorter quote found in the longer one;
* ``bag``, the ``ratio`` of the two quotes' words sorted, so the same words in another order
  (a second ``cdist`` call on the sorted codes: the common subsequence of two sorted
  sequences is their common multiset of words).

A pair is:

* **verbatim** when the words are the same;
* **partial** when the shorter quote (four words or more) is a contiguous run of the longer
  one's words (one source quotes a part of the other, or splits it in two: a quote split in
  two is matched to each of its parts, the only case where a claim takes part in two matches);
* **variant** when ``ratio >= VARIANT_RATIO``, or ``bag >= VARIANT_BAG`` (words moved), or,
  for a part quoted with changes, ``cover >= VARIANT_COVER`` (words were changed, added or
  left out);
* **misattributed** when the words are verbatim, partial or nearly the same
  (``ratio >= NEAR_RATIO`` or ``cover >= NEAR_COVER``) but both speakers are known and are
  not the same person (:func:`factcheck.extract.quotes.same_speaker`). A missing speaker on
  one side is not a misattribution. Two different speakers with merely similar words are not
  matched at all: different people say different things.

Translations are not matched: a Dutch and an English rendering of the same words share
almost no words, so they stay unique.

``diff`` is a tuple of ``(op, words)`` read from left to right: ``"equal"`` words are in both
(as the left source writes them), ``"delete"`` words are only in the left quote and
``"insert"`` words only in the right one. The step renders them as ``[-words]`` and
``[+words]``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import attrs

from factcheck.extract._speakers import same_speaker
from factcheck.extract.quotes import quote_words
from factcheck.model import Claim, Step

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "NEAR_COVER",
    "NEAR_RATIO",
    "VARIANT_BAG",
    "VARIANT_COVER",
    "VARIANT_RATIO",
    "QuoteMatch",
    "QuoteRelation",
    "match_quotes",
]

QuoteRelation = Literal["verbatim", "partial", "variant", "misattributed"]

# Calibrated on tests/data/quotes_pairs.json: the lowest variant there has ratio 0.80 (a
# part quoted with a change: cover 0.89; moved words: bag 1.0) and the highest trap (another
# statement of similar build) ratio 0.67, cover 0.70.
VARIANT_RATIO = 0.72
# A part quoted with changes: most of the shorter quote's words in the longer one.
VARIANT_COVER = 0.85
# The same words in another order.
VARIANT_BAG = 0.85
# Near-same words for a misattribution: two speakers with only similar words are two quotes.
NEAR_RATIO = 0.85
NEAR_COVER = 0.9
_MIN_PARTIAL_WORDS = 4
_MAX_CANDIDATES_PER_CLAIM = 5
_MAX_ROUNDS = 50
_MIN_COVER_WORDS = 6
_CONTEXT = 2
_MAX_SHOWN = 3
# Code points for word codes start after the ASCII range and skip the surrogates.
_CODE_BASE = 0x100
_SURROGATES = (0xD800, 0xE000)


@attrs.frozen(kw_only=True)
class QuoteMatch:
    """Two quoted statements, one from each side, and how they relate.

    ``left`` and ``right`` index the sequences given to :func:`match_quotes`; ``score`` is
    in ``[0, 1]`` (1 for verbatim words); ``diff`` holds the word-level operations from left
    to right and ``steps`` say it for a reader.
    """

    left: int
    right: int
    relation: QuoteRelation
    score: float
    diff: tuple[tuple[str, str], ...]
    steps: tuple[Step, ...]


_Diff = tuple[tuple[str, str], ...]


@attrs.frozen(eq=False)
class _Quote:
    """A quote as its encoder read it.

    An encoder makes one per distinct (words, speaker), so identity (its hash and equality)
    says "the same quote" cheaply.
    """

    tokens: tuple[str, ...]  # the words as written (punctuation kept)
    codes: str  # one character per normalised word
    bag: str  # the codes sorted: the words as a multiset
    speaker: str | None


@functools.lru_cache(maxsize=1 << 16)
def _word(token: str) -> str:
    """The normalised word of one token ("" for punctuation alone).

    Cached: compare() matches each source's quotes against the same representatives.
    """
    words = quote_words(token)
    return words[0] if words else ""


class _Encoder:
    """Quotes as strings of word codes, one character per distinct normalised word.

    Matching only asks whether codes are equal, so one encoder can serve many calls:
    compare() keeps one per block and encodes each representative once.
    """

    def __init__(self) -> None:
        self.vocab: dict[str, str] = {}
        # Sources of one story quote the same words: each (words, speaker) is encoded once.
        self.seen: dict[tuple[str, str | None], _Quote] = {}

    def __call__(self, claims: Sequence[Claim]) -> list[_Quote]:
        out = []
        seen = self.seen
        for claim in claims:
            key = (claim.text, claim.speaker)
            quote = seen.get(key)
            if quote is None:
                quote = seen[key] = self._encode(claim)
            out.append(quote)
        return out

    def _encode(self, claim: Claim) -> _Quote:
        vocab = self.vocab
        tokens = []
        codes = []
        for token in claim.text.split():
            word = _word(token)
            if not word:
                continue
            code = vocab.get(word)
            if code is None:
                n = _CODE_BASE + len(vocab)
                if n >= _SURROGATES[0]:
                    n += _SURROGATES[1] - _SURROGATES[0]
                code = chr(n)
                vocab[word] = code
            tokens.append(token)
            codes.append(code)
        return _Quote(tuple(tokens), "".join(codes), "".join(sorted(codes)), claim.speaker)


class _Candidate(NamedTuple):
    """A matching pair, its fields in the order pairs are chosen by.

    Best rank, then best score, then by position; a tuple, not an attrs class: thousands are
    made per call.
    """

    rank: int
    neg_score: float  # -score
    left: int
    right: int
    relation: QuoteRelation
    score: float


def match_quotes(left: Sequence[Claim], right: Sequence[Claim]) -> list[QuoteMatch]:
    """Match the quoted statements of two sources, best pairs first.

    Each claim takes part in at most one match, except a quote split in two by the other
    source, which is matched (``"partial"``) to each part. Claims left out are unique.
    The result is sorted by ``left`` index.

    >>> from factcheck.model import Claim
    >>> def q(text, speaker):
    ...     return Claim(kind="quote", text=text, span=(0, len(text)), value=text, speaker=speaker)
    >>> m = match_quotes([q("We will not give up the fight", "Jane Doe")],
    ...                  [q("we will not give up the fight!", "Doe")])
    >>> m[0].relation, m[0].score
    ('verbatim', 1.0)
    """
    if not left or not right:
        return []
    encode = _Encoder()
    return _match(encode(left), encode(right))


def _match(lq: list[_Quote], rq: list[_Quote]) -> list[QuoteMatch]:
    """:func:`match_quotes` on quotes encoded by one :class:`_Encoder`."""
    if not lq or not rq:
        return []
    import numpy as np

    process, LCSseq, _ = _rapidfuzz()  # noqa: N806 - rapidfuzz's own name

    lcs = process.cdist(
        [q.codes for q in lq], [q.codes for q in rq], scorer=LCSseq.similarity, dtype=np.int32
    )
    common = process.cdist(
        [q.bag for q in lq],
        [q.bag for q in rq],
        scorer=LCSseq.similarity,
        dtype=np.int32,
    )
    la = np.array([len(q.codes) for q in lq], dtype=np.float64)[:, None]
    lb = np.array([len(q.codes) for q in rq], dtype=np.float64)[None, :]
    shortest = np.maximum(np.minimum(la, lb), 1.0)
    ratio = 2.0 * lcs / np.maximum(la + lb, 1.0)
    cover = lcs / shortest
    bag = 2.0 * common / np.maximum(la + lb, 1.0)
    keep = (
        (ratio >= VARIANT_RATIO)
        | (bag >= VARIANT_BAG)
        | ((cover >= VARIANT_COVER) & (np.minimum(la, lb) >= _MIN_PARTIAL_WORDS))
    )
    scores = (ratio, cover, bag)
    used_l: set[int] = set()
    used_r: set[int] = set()
    chosen: list[_Candidate] = []
    candidates: list[_Candidate] = []
    for _ in range(_MAX_ROUNDS):
        mask, complete = _shortlist(keep, scores, used_l, used_r)
        found = _candidates(mask, scores, lq, rq)
        candidates += found
        for cand in found:
            if cand.left in used_l or cand.right in used_r:
                continue
            used_l.add(cand.left)
            used_r.add(cand.right)
            chosen.append(cand)
        if complete:
            break
    candidates.sort()  # by rank, then -score, then left and right: no two share all four
    chosen += _split_parts(candidates, chosen, used_l, used_r, lq, rq)
    chosen.sort(key=lambda c: (c.left, c.right))
    return [_finish(c, lq[c.left], rq[c.right]) for c in chosen]


def _shortlist(
    keep: npt.NDArray[np.bool_],
    scores: tuple[npt.NDArray[np.float64], ...],
    used_l: set[int],
    used_r: set[int],
) -> tuple[npt.NDArray[np.bool_], bool]:
    """The pairs to classify now, and whether they are all the pairs left.

    With many near-same quotes (boilerplate) each claim keeps its few best candidates, so
    that the work in Python stays linear in the number of claims; a claim whose candidates
    were all taken gets its next best ones in the next round.
    """
    import numpy as np

    mask = keep.copy()
    if used_l:
        mask[sorted(used_l), :] = False
    if used_r:
        mask[:, sorted(used_r)] = False
    n, m = mask.shape
    if int(mask.sum()) <= _MAX_CANDIDATES_PER_CLAIM * (n + m):
        return mask, True
    ratio, cover, bag = scores
    best = np.where(mask, np.maximum(ratio, 0.9 * np.maximum(cover, bag)), -1.0)
    k = min(_MAX_CANDIDATES_PER_CLAIM, n, m)
    top_r = np.argpartition(-best, k - 1, axis=1)[:, :k]
    top_c = np.argpartition(-best, k - 1, axis=0)[:k, :]
    short = np.zeros_like(mask)
    short[np.arange(n)[:, None], top_r] = True
    short[top_c, np.arange(m)[None, :]] = True
    return mask & short, False


def _candidates(
    mask: npt.NDArray[np.bool_],
    scores: tuple[npt.NDArray[np.float64], ...],
    lq: list[_Quote],
    rq: list[_Quote],
) -> list[_Candidate]:
    """The matching pairs among ``mask``, best first."""
    import numpy as np

    rows, cols = np.nonzero(mask)
    # the scores of the pairs as Python floats, read in one call each
    ratio, cover, bag = (s[rows, cols].tolist() for s in scores)
    found: list[_Candidate] = []
    new = tuple.__new__  # a named tuple made without its Python-level __new__
    for i, j, r, c, b in zip(rows.tolist(), cols.tolist(), ratio, cover, bag, strict=True):
        kind = _classify(lq[i], rq[j], r, c, b)
        if kind is not None:
            relation, score, rank = kind
            found.append(new(_Candidate, (rank, -score, i, j, relation, score)))
    found.sort()
    return found


@functools.lru_cache(maxsize=1 << 14)
def _classify(
    a: _Quote, b: _Quote, ratio: float, cover: float, bag: float
) -> tuple[QuoteRelation, float, int] | None:
    """How two encoded quotes relate: the relation, its score and its rank (best first).

    Cached (on the quote objects, which the cache holds): the sources of one story quote the
    same words again and again.
    """
    a_codes, b_codes, a_speaker, b_speaker = a.codes, b.codes, a.speaker, b.speaker
    shorter, longer = (a_codes, b_codes) if len(a_codes) <= len(b_codes) else (b_codes, a_codes)
    relation: QuoteRelation
    if a_codes == b_codes:
        relation, score, rank, near = "verbatim", 1.0, 0, True
    elif len(shorter) >= _MIN_PARTIAL_WORDS and shorter in longer:
        relation, score, rank, near = "partial", cover, 1, True
    elif (
        ratio >= VARIANT_RATIO
        or bag >= VARIANT_BAG
        or (cover >= VARIANT_COVER and len(shorter) >= _MIN_COVER_WORDS)
    ):
        # A part quoted with changes, or words moved, score a little below their measure.
        relation, score, rank = "variant", max(ratio, 0.9 * cover, 0.9 * bag), 2
        near = ratio >= NEAR_RATIO or cover >= NEAR_COVER or bag >= NEAR_COVER
    else:
        return None
    if a_speaker is not None and b_speaker is not None and not same_speaker(a_speaker, b_speaker):
        if not near:
            return None
        relation = "misattributed"
    return relation, round(score, 4), rank


def _split_parts(  # noqa: PLR0917 (private helper over the matcher's working sets)
    candidates: list[_Candidate],
    chosen: list[_Candidate],
    used_l: set[int],
    used_r: set[int],
    lq: list[_Quote],
    rq: list[_Quote],
) -> list[_Candidate]:
    """Second parts of a quote split in two: matched to the whole they belong to."""
    wholes_l = {
        c.left for c in chosen if c.relation == "partial" and len(lq[c.left].codes) > len(rq[c.right].codes)
    }
    wholes_r = {
        c.right for c in chosen if c.relation == "partial" and len(rq[c.right].codes) > len(lq[c.left].codes)
    }
    extra = []
    for cand in candidates:
        if cand.relation != "partial":
            continue
        if cand.right not in used_r and cand.left in wholes_l:
            used_r.add(cand.right)
            extra.append(cand)
        elif cand.left not in used_l and cand.right in wholes_r:
            used_l.add(cand.left)
            extra.append(cand)
    return extra


@functools.cache
def _rapidfuzz() -> tuple[Any, Any, Any]:
    """The ``process``, ``LCSseq`` and ``Indel`` of rapidfuzz, imported once, on first use.

    A ``from`` import of a package's modules costs a Python-level call each time it runs.
    """
    from rapidfuzz import process
    from rapidfuzz.distance import Indel, LCSseq

    return process, LCSseq, Indel


def _diff(a_tokens: tuple[str, ...], a_codes: str, b_tokens: tuple[str, ...], b_codes: str) -> _Diff:
    _, _, indel = _rapidfuzz()
    ops: list[tuple[str, list[str]]] = []

    def add(tag: str, words: Sequence[str]) -> None:
        if not words:
            return
        if ops and ops[-1][0] == tag:
            ops[-1][1].extend(words)
        else:
            ops.append((tag, list(words)))

    for op in indel.opcodes(a_codes, b_codes):
        if op.tag == "equal":
            add("equal", a_tokens[op.src_start : op.src_end])
        else:
            add("delete", a_tokens[op.src_start : op.src_end])
            add("insert", b_tokens[op.dest_start : op.dest_end])
    return tuple((tag, " ".join(words)) for tag, words in ops)


def _show(diff: tuple[tuple[str, str], ...]) -> str:
    """The changed words with a little context: 'zonder [-hun] toestemming'."""
    shown = []
    k = 0
    while k < len(diff):
        if diff[k][0] == "equal":
            k += 1
            continue
        before = diff[k - 1][1].split()[-_CONTEXT:] if k > 0 else []
        changes = []
        while k < len(diff) and diff[k][0] != "equal":
            tag, words = diff[k]
            changes.append(f"[{'+' if tag == 'insert' else '-'}{words}]")
            k += 1
        after = diff[k][1].split()[:_CONTEXT] if k < len(diff) else []
        shown.append("'" + " ".join([*before, *changes, *after]) + "'")
    if len(shown) > _MAX_SHOWN:
        shown = [*shown[:_MAX_SHOWN], f"and {len(shown) - _MAX_SHOWN} more"]
    return ", ".join(shown)


def _finish(c: _Candidate, a: _Quote, b: _Quote) -> QuoteMatch:
    diff, steps = _explain(c.relation, a, b)
    return QuoteMatch(left=c.left, right=c.right, relation=c.relation, score=c.score, diff=diff, steps=steps)


@functools.lru_cache(maxsize=1 << 12)
def _explain(relation: QuoteRelation, a: _Quote, b: _Quote) -> tuple[_Diff, tuple[Step, ...]]:
    """The word-level difference of two quotes and the step that says it.

    Read once per pair of quotes (the sources of one story quote the same words again and
    again): cached on the quote objects themselves, which the cache holds, so no other object
    takes their id.
    """
    a_codes, b_codes, a_speaker, b_speaker = a.codes, b.codes, a.speaker, b.speaker
    diff = _diff(a.tokens, a_codes, b.tokens, b_codes)
    if relation == "verbatim":
        detail = "the same words"
    elif relation == "partial":
        first, other = ("left", "right") if len(a_codes) < len(b_codes) else ("right", "left")
        short, long = sorted((len(a_codes), len(b_codes)))
        detail = f"the {first} source quotes {short} of the {other} source's {long} words"
    elif relation == "variant":
        detail = f"the words differ: {_show(diff)}"
    else:
        change = f", and the words differ: {_show(diff)}" if any(t != "equal" for t, _ in diff) else ""
        detail = f"the same words are attributed to {a_speaker} and to {b_speaker}{change}"
    return diff, (Step("quote", detail),)
