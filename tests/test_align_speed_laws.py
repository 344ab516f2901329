"""Laws behind the fast paths of alignment (issue 7): each shortcut gives what the plain
computation it replaced gives, on any input.

The claims are drawn from few subjects, context words and speakers, so that keys repeat (as
the sources of one story repeat them) and pairs share words, stems and speakers.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.compare import _Features
from factcheck.model import Claim, Interval

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
    score(), the plain computation over the claims, exactly (float32), whatever came before."""
    features = _Features(claims)
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
