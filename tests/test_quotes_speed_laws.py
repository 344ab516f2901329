"""Laws behind the fast paths of quote extraction and matching (issue 7): each shortcut finds
what the plain reading it replaced finds, on any text.

The oracles are the plain readings, written out here: a speech-verb pattern that is one flat
alternation, the lowering of each window on its own. The texts are drawn from the words and
characters where the shortcuts could go wrong: the languages' speech verbs in any case,
word edges, apostrophes and hyphens, and letters whose lowercase or case-folding is special
("İ", "ı", "ſ", "K", "Σ").
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import lang as lang_data
from factcheck import quotematch
from factcheck.extract import _quotemarks as qm
from factcheck.extract import _speakers as sp
from factcheck.extract import quotes as qt
from factcheck.model import Claim

LANGS = ("en", "nl", "de", "fr", "es")

ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "\u03a3", "\u03c2", "ß", "µ", "\u00a0"]  # İ ı ſ K Σ ς
PIECES = [
    "a", "e", "s", "k", "i", "Z", "é", "1", "_", "'", "’", "-", " ", "  ", "\n", ".", ",", ":",
    "(", "“", "«", '"', "-t-il", "-elle", "Smith", "the", "de",
]  # fmt: skip


def plain_verb_re(lang: str) -> re.Pattern[str]:
    """The speech-verb pattern with each word list one flat alternation, longest first."""
    data = lang_data.get(lang)
    verbs, preps, aux = frozenset(data.SPEECH_VERBS), frozenset(data.SPEECH_PREPS), frozenset(data.SPEECH_AUX)
    return re.compile(
        rf"""(?<![\w'’-])
        (?:(?P<prep>{sp._alternation(preps)})
          |(?:(?P<aux>{sp._alternation(aux)})\s{{1,3}})?
           (?P<verb>{sp._alternation(verbs - preps)})
           (?P<pron>(?:-t)?-(?:il|elle|ils|elles|on))?
        )(?![\w'’-])""",
        re.IGNORECASE | re.VERBOSE,
    )


def speech(lang: str) -> st.SearchStrategy[str]:
    """Texts of the language's speech words (as written, upper, title case, cut short) and
    pieces around them."""
    data = lang_data.get(lang)
    words = sorted({*data.SPEECH_VERBS, *data.SPEECH_PREPS, *data.SPEECH_AUX})
    forms = st.sampled_from(words).flatmap(
        lambda w: st.sampled_from([w, w.upper(), w.title(), w[:-1], w + "s", w.replace(" ", "  ")])
    )
    piece = st.one_of(forms, st.sampled_from(PIECES + ODD))
    return st.lists(piece, max_size=14).map(" ".join)


def _groups(m: re.Match[str] | None) -> tuple[object, ...] | None:
    return None if m is None else (m.span(), m.groupdict(), m.span("verb"), m.span("aux"))


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_verb_pattern_grouped_by_first_letter_finds_what_the_flat_one_finds(
    lang: str, data: st.DataObject
) -> None:
    text = data.draw(speech(lang))
    fast, plain = sp.rules(lang).verb_re, plain_verb_re(lang)
    assert fast.pattern != plain.pattern  # the grouping is in use
    for pos in range(len(text) + 1):
        end = data.draw(st.integers(pos, len(text)))
        assert _groups(fast.search(text, pos, end)) == _groups(plain.search(text, pos, end))
        assert _groups(fast.match(text, pos)) == _groups(plain.match(text, pos))
    assert [_groups(m) for m in fast.finditer(text)] == [_groups(m) for m in plain.finditer(text)]


WORD_CHARS = ["a", "A", "b", "k", "K", "\u212a", "s", "S", "\u017f", "i", "I", "\u0130", "\u0131", "ß", "é", "É", " ", "-"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    words=st.frozensets(
        st.lists(st.sampled_from(WORD_CHARS), min_size=1, max_size=4).map("".join), max_size=8
    ),
    text=st.lists(st.sampled_from([*WORD_CHARS, "x", "\n"]), max_size=12).map("".join),
)
def test_grouped_alternation_matches_like_the_flat_one(words: frozenset[str], text: str) -> None:
    fast = re.compile(f"(?:{sp._by_first(words)})", re.IGNORECASE)
    plain = re.compile(f"(?:{sp._alternation(words)})", re.IGNORECASE)
    for pos in range(len(text) + 1):
        a, b = fast.match(text, pos), plain.match(text, pos)
        assert (a and a.span()) == (b and b.span())


def test_grouped_alternation_falls_back_when_first_letters_share_a_character() -> None:
    # "i" and the dotless "ı" fold apart but match each other case-blind: no grouping.
    odd = frozenset({"in", "\u0131n", "zei"})
    assert sp._by_first(odd) == sp._alternation(odd)
    # the Kelvin sign folds to "k": one group, as "Zei" and "zegt"
    assert sp._by_first(frozenset({"kant", "\u212aey"})) == "k(?:ant|ey)"
    assert sp._by_first(frozenset({"zegt", "Zei", "aldus"})) == "aldus|z(?:egt|ei)"


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(["Berg", "berg", "BERG", "Bergen", "a", " ", "-", "'", *ODD]), max_size=20
    ).map("".join),
    word=st.sampled_from(["berg", "Berg", "BERG", "erg", "\u0130", "\u03c3"]),
    data=st.data(),
)
def test_occurrences_in_the_lowered_text_are_those_of_each_window(
    text: str, word: str, data: st.DataObject
) -> None:
    state = qt._State(sp.rules("en"), "en", text=text)
    lowered = qt._lowered(state)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert qt._occurrences(text, word, lo, hi, lowered) == qt._occurrences(text, word, lo, hi)


def plain_sentence_start(text: str, lo: int, end: int, r: sp.Rules) -> int:
    """Step back one character at a time to a full stop, "!" or "?" before a space."""
    i = end - 1
    while i > lo:
        if text[i - 1] in ".!?" and text[i].isspace():
            word_start = i - 1
            while word_start > lo and text[word_start - 1].isalpha():
                word_start -= 1
            word = text[word_start : i - 1]
            if not ((len(word) == 1 and word.isupper()) or word.casefold() in r.abbreviations):
                return i
        i -= 1
    return lo


SENTENCES = [
    "Dr. ",
    "dr. ",
    "A. ",
    "b. ",
    "Zei hij. ",
    "Ja! ",
    "Nee? ",
    "14.900 ",
    "?!",
    "..",
    ".\n",
    " ",
    "x",
    "Mr.\t",
]


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(st.sampled_from([*SENTENCES, *PIECES]), max_size=20).map("".join),
    data=st.data(),
)
def test_sentence_start_jumps_to_the_marks_the_plain_walk_stops_at(
    lang: str, text: str, data: st.DataObject
) -> None:
    r = sp.rules(lang)
    lo = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(lo, len(text)))
    assert qt._sentence_start(text, lo, end, r) == plain_sentence_start(text, lo, end, r)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(["l'", "d’", "qu'", "zo'n", "a", "bc", " ", "-", "'", "1", *ODD]), max_size=12
    ),
    data=st.data(),
)
def test_statement_test_counts_four_words_as_the_plain_count_does(
    text: list[str], data: st.DataObject
) -> None:
    whole = "".join(text)
    start = data.draw(st.integers(0, len(whole)))
    end = data.draw(st.integers(start, len(whole)))
    q = qm.QuoteSpan(start, end, start, end, 0, closed=True)
    assert qm.is_statement(whole, q) == (qm._count_upto(whole[start:end], 4) > 3)


QUOTE_WORDS = [
    "we",
    "will",
    "not",
    "give",
    "up",
    "the",
    "fight",
    "today",
    "now",
    "never",
    "Give,",
    "—",
    "up!",
]


def _quote_claim(text: str, speaker: str | None) -> Claim:
    return Claim(
        kind="quote", text=text, span=(0, len(text)), value=text, speaker=speaker, subject=speaker or ""
    )


quote_lists = st.lists(
    st.tuples(
        st.lists(st.sampled_from(QUOTE_WORDS), min_size=1, max_size=9).map(" ".join),
        st.sampled_from([None, "Jane Doe", "Doe", "John Roe"]),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=200, deadline=None)
@given(left=quote_lists, right=quote_lists, data=st.data())
def test_matching_with_shared_encodings_and_caches_is_matching_afresh(
    left: list[tuple[str, str | None]], right: list[tuple[str, str | None]], data: st.DataObject
) -> None:
    # the same words said again (by the same or another speaker) share an encoding and a cache
    # entry; each pair must come out as if read on its own
    again = data.draw(st.lists(st.sampled_from(left), max_size=3))
    speakers = data.draw(st.lists(st.sampled_from([None, "Jane Doe", "John Roe"]), min_size=3, max_size=3))
    right = right + again + [(t, s) for (t, _), s in zip(again, speakers, strict=False)]
    lc = [_quote_claim(t, s) for t, s in left]
    rc = [_quote_claim(t, s) for t, s in right]
    warm = quotematch.match_quotes(lc, rc)
    quotematch._classify.cache_clear()
    quotematch._explain.cache_clear()
    fresh = [quotematch.match_quotes([lc[m.left]], [rc[m.right]]) for m in warm]
    for m, alone in zip(warm, fresh, strict=True):
        assert len(alone) == 1
        assert (alone[0].relation, alone[0].score, alone[0].diff, alone[0].steps) == (
            m.relation,
            m.score,
            m.diff,
            m.steps,
        )
    # the plain reading: each claim encoded on its own, nothing cached
    quotematch._classify.cache_clear()
    quotematch._explain.cache_clear()
    encoder = quotematch._Encoder()
    plain_left = [encoder._encode(c) for c in lc]
    assert quotematch._match(plain_left, [encoder._encode(c) for c in rc]) == warm


def plain_scan_quotes(text: str, elisions: frozenset[str]) -> list[qm.QuoteSpan]:
    """Every mark and line break looked at in full: both readings, every paragraph end."""
    out: list[qm.QuoteSpan] = []
    stack: list[qm._Open] = []
    skip_until = -1
    for match in re.finditer("[" + re.escape(qm._ALL_MARKS) + "]|\n", text):
        i = match.start()
        if i < skip_until:
            continue
        ch = text[i]
        if ch == "\n":
            stack, skip_until = qm._end_paragraph(text, i, stack, out)
            continue
        if ch in qm._SINGLE and qm._apostrophe(text, i, elisions):
            continue
        closes, opens = qm._can_close(text, i), qm._can_open(text, i)
        if closes:
            k = qm._find_opener(stack, ch)
            if k is not None:
                opener = stack[k]
                del stack[k:]
                end = qm._inner_end(text, i, opener.start)
                out.append(qm.QuoteSpan(opener.start, end, opener.at, i, opener.depth, closed=True))
                continue
        if opens and ch in qm._CLOSERS:
            stack.append(qm._Open(ch, i, qm._inner_start(text, i), len(stack)))
    qm._end_paragraph(text, len(text), stack, out, last=True)
    out.sort(key=lambda q: (q.open_at, -q.end))
    return out


MARKED = [*qm._ALL_MARKS, "\n", "\n\n", " ", "a", "Zo", "'s", "'t", "zo'n", "'90", ", ", ".", "« ", " »", "—"]


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(MARKED), max_size=30).map("".join))
def test_quote_scan_finds_what_the_full_reading_of_every_mark_finds(text: str) -> None:
    elisions = frozenset({"s", "t", "n"})
    assert qm.scan_quotes(text, elisions) == plain_scan_quotes(text, elisions)


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=100, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            ["de", "De", "van", "minister", "Jan", "Vries", "zei", "l'eurodéputée", "la", "Berg", "x"]
        ),
        max_size=8,
    ),
    prev=st.lists(
        st.sampled_from([None, "cap", "part", "det", "role", "org", "mod"]), min_size=8, max_size=8
    ),
)
def test_remembered_word_classes_are_the_classes(lang: str, words: list[str], prev: list[str | None]) -> None:
    r = sp.rules(lang)
    for w, p in zip(words, prev, strict=False):
        assert sp._classify(w, p, r) == sp._classify_new(w, p, r)
        assert sp._classify(w, p, r) == sp._classify_new(w, p, r)  # now remembered


def _fields(q: quotematch._Quote) -> tuple[object, ...]:
    return (q.tokens, q.codes, q.bag, q.speaker)


@settings(max_examples=200, deadline=None)
@given(
    pool=quote_lists,
    calls=st.lists(st.lists(st.integers(0, 7), max_size=8), min_size=1, max_size=6),
    data=st.data(),
)
def test_encoder_reusing_earlier_lists_encodes_each_claim_as_alone(
    pool: list[tuple[str, str | None]], calls: list[list[int]], data: st.DataObject
) -> None:
    claims = [_quote_claim(t, s) for t, s in pool]
    encoder = quotematch._Encoder()
    previous: list[Claim] = []
    for picks in calls:
        asked = [claims[k % len(claims)] for k in picks]
        if data.draw(st.booleans()):
            asked = previous + asked  # an earlier list with more appended, as compare() asks
        previous = asked
        got = encoder(asked)
        assert [_fields(q) for q in got] == [_fields(encoder._encode(c)) for c in asked]
