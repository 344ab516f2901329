"""Laws behind the fast paths of alignment (issue 7): each shortcut gives what the plain
computation it replaced gives, on any input.

The claims are drawn from few subjects, context words and speakers, so that keys repeat (as
the sources of one story repeat them) and pairs share words, stems and speakers.
"""

from __future__ import annotations

import attrs
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from test_align import _claims as _any_claim  # a claim of any kind, with few values

from factcheck.compare import (
    _Features,
    _normalise,
    _Pair,
    _threshold,
    _threshold_key,
)
from factcheck.model import Claim, Interval, Step

_SUBJECTS = ["", "boete", "boetes", "banen", "baan", "fine", "mensen", "afbeeldingen", "a"]
_WORDS = ["haven", "douane", "cocaïne", "beslag", "ton", "Haven", "ß", "straße", "boete", "x"]
_SPEAKERS = [None, "", "Virkkunen", "Henna Virkkunen", "politie", "policía", "police"]

_claims = st.lists(
    st.builds(
        lambda subject, context, speaker: Claim(
            kind="count",
            text="3",
            span=(0, 1),
            value=Interval(2.5, 3.5, stated=3.0),
            subject=subject,
            context=tuple(context),
            speaker=speaker,
        ),
        st.sampled_from(_SUBJECTS),
        st.lists(st.sampled_from(_WORDS), max_size=4),
        st.sampled_from(_SPEAKERS),
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=150, deadline=None)
@given(claims=_claims, data=st.data())
def test_key_table_scores_are_the_plain_scores(claims: list[Claim], data: st.DataObject) -> None:
    """_Features.scores() reads each cell from a table of distinct (subject, words, speaker)
    keys, filled a few rows or columns at a time across calls; every matrix it returns equals
    score(), the plain computation over the claims, exactly (float32), whatever came before
    and in whatever order the sources' claims are asked for."""
    # the sources the claims come from, if given, tell which rows are still to come
    sources = data.draw(
        st.none() | st.lists(st.sampled_from("abc"), min_size=len(claims), max_size=len(claims))
    )
    features = _Features(claims, sources)
    plain = _Features(claims)
    indices = st.lists(st.integers(0, len(claims) - 1), min_size=1, max_size=len(claims) + 2)
    # the right side grows between calls, as the representatives do, or is drawn afresh
    right: list[int] = []
    for _ in range(data.draw(st.integers(1, 5))):
        left = data.draw(indices)
        if data.draw(st.booleans()):
            right += data.draw(indices)
        else:
            right = data.draw(indices)
        got = features.scores(left, right)
        want = plain.score(left, right, keep=False)
        assert got.dtype == want.dtype == np.float32
        assert got.shape == (len(left), len(right))
        assert got.tolist() == want.tolist()


def _other_words(claim: Claim, data: st.DataObject) -> Claim:
    """The claim with its words changed: text, span, subject, context, speaker, steps."""
    return attrs.evolve(
        claim,
        text=data.draw(st.sampled_from(["y", "120 boetes"])),
        span=(7, 9),
        subject=data.draw(st.sampled_from(["", "banen", "Boetes", "boetes"])),
        context=tuple(data.draw(st.lists(st.sampled_from(["haven", "douane"]), max_size=2))),
        speaker=data.draw(st.sampled_from([None, "politie"])),
        steps=(Step("read", "z"),),
        mentions=((7, 9),),
    )


@settings(max_examples=400)
@given(a=_any_claim(), b=_any_claim(), flags=st.lists(st.booleans(), min_size=5, max_size=5), data=st.data())
def test_threshold_depends_on_the_threshold_keys_alone(
    a: Claim, b: Claim, flags: list[bool], data: st.DataObject
) -> None:
    """Alignment remembers _threshold() by the two claims' _threshold_key() and the pair's
    facts: claims with the same keys get the same threshold, whatever else they say."""
    pair = _Pair(*flags)
    a2, b2 = _other_words(a, data), _other_words(b, data)
    if _threshold_key(a2, _normalise(a2)) != _threshold_key(a, _normalise(a)):
        a2 = a
    if _threshold_key(b2, _normalise(b2)) != _threshold_key(b, _normalise(b)):
        b2 = b
    want = _threshold(a, _normalise(a), b, _normalise(b), pair)
    assert _threshold(a2, _normalise(a2), b2, _normalise(b2), pair) == want
