"""Laws behind the fast paths of numeric extraction (issue 4): each shortcut finds what the
plain reading it replaced finds, on any text.

Every oracle below is the plain reading, written out here: a look-behind pattern tried at
every position, a search cut at a window, a per-claim scan of the sentence. The texts are
drawn from the characters and words where the shortcuts could go wrong: word edges,
apostrophes and hyphens, line breaks, full stops before capitals, and letters whose
lowercase or case-folding is special ("İ", "ı", "ſ", "K", "Σ").
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import numbers as num

LANGS = ("en", "nl", "de", "fr", "es")

ODD = [
    "\u0130",
    "\u0131",
    "\u017f",
    "\u212a",
    "\u03a3",
    "ß",
    "µ",
    "²",
    "\0",
    "\u00a0",
    "\u2009",
]  # İ ı ſ K(elvin) Σ
PIECES = [
    "a", "b", "X", "é", "1", "23", "3.5", "_", "'", "’", "-", " ", " ", "  ", "    ", "\t", "\n",
    ".", ". ", ".\n", "! ", "?", ",", ";", ":", "(", ")", "“", "«", '"',
    "word", "Word", "o'clock", "well-known", "The", "of", "said", "x" * 41,
]  # fmt: skip


# Sentence ends with the quote or bracket that may open the next sentence.
SENTENCE_ENDS = [". “A", '. "B', ".  (C", "!\n«D", "? 'E", ". ‘F", ".\n\n„G", ". 5"]


def texts(extra: list[str] | None = None, max_size: int = 40) -> st.SearchStrategy[str]:
    """Texts glued from PIECES (and ``extra``), now and then with an odd character."""
    return st.lists(st.sampled_from(PIECES + (extra or []) + ODD), max_size=max_size).map("".join)


def prose(lang: str) -> st.SearchStrategy[str]:
    """Sentences of words, figures and speakers ("said Smith"), ended in the ways that
    open the next sentence with a quote or bracket."""
    d = num.lang_data.get(lang)
    vocabulary = [*lang_words(lang)[:60], *(f"{m} Smith" for m in d.SPEAKER_MARKERS), "5", "12", "Smith", ";"]
    sentence = st.lists(st.sampled_from(vocabulary), min_size=1, max_size=12).map(" ".join)
    end = st.sampled_from([*SENTENCE_ENDS, ". ", ".\n", " "])
    return st.lists(st.tuples(sentence, end).map("".join), min_size=1, max_size=6).map("".join)


def lang_words(lang: str) -> list[str]:
    d = num.lang_data.get(lang)
    words = [*d.SPEAKER_MARKERS, *d.ARTICLES, *d.ARTICLE_NUMBERS, *d.VAGUE_TIME, *d.WHOLE_TIME]
    words += [*d.TIME_UNITS, *d.HALF_WORDS, *d.SUBJECT_LINKS, *d.AGE_BEFORE, *d.CLOCK_BEFORE]
    words += [*d.NUMBER_WORDS, *d.PERCENT_WORDS, *d.UNIT_WORDS, *d.CURRENCY_WORDS, *d.SCALES]
    return words + [w.upper() for w in words[:40]] + [w.title() for w in words[:40]]


# ----------------------------------------------------------------------------- oracles

PLAIN_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"“„'‘«(]?[A-ZÀ-Ý0-9])|[.!?]\s*$|\n")
PLAIN_CONTEXT_WORD = re.compile(r"(?<![\w'’-])[^\W\d_](?:[^\W\d_]|['’-]){0,40}(?![\w'’-])")
PLAIN_LAST_WORDS = re.compile(r"(?:[^\s.!?;:,()]{1,40}[ \t\u00a0]{1,3}){0,5}\Z")


def plain_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - num._REACH)
    s = lo
    # A sentence starts before the claim; the look-ahead after its full stop may read the
    # claim's own first character ("wrong. 5 people", "part. Twenty-three residents").
    for m in num._SENTENCE_START.finditer(text, lo, min(len(text), start + 1)):
        if m.end() <= start:
            s = m.end()
    m2 = PLAIN_SENTENCE_END.search(text, end, min(len(text), end + num._REACH))
    return s, m2.start() if m2 else min(len(text), end + num._REACH)


def plain_speaker(text: str, start: int, end: int, bounds: tuple[int, int], p: num._Patterns) -> str | None:
    best: tuple[int, str] | None = None
    for m in p.speaker.finditer(text, bounds[0], bounds[1]):
        if not num._good_noun(m.group("who"), p):
            continue
        a, b = (m.end(), start) if m.end() <= start else (end, m.start())
        if a <= b and ";" in text[a:b]:
            continue
        dist = abs(m.start() - start)
        if best is None or dist < best[0]:
            best = (dist, m.group("who").lower())
    return None if best is None else best[1]


def plain_context(text: str, s: int, e: int, bounds: tuple[int, int], p: num._Patterns) -> tuple[str, ...]:
    lo, hi = max(bounds[0], s - 100), min(bounds[1], e + 100)

    def content(part: str) -> list[str]:
        return [
            w
            for w in PLAIN_CONTEXT_WORD.findall(part.lower())
            if len(w) > 1 and w not in p.stop and w not in p.vocabulary
        ]

    left, inside, right = content(text[lo:s]), content(text[s:e]), content(text[e:hi])
    chosen = dict.fromkeys(inside[:8])
    before: list[str] = []
    i, j = len(left) - 1, 0
    while len(chosen) + len(before) < 8 and (i >= 0 or j < len(right)):
        if i >= 0:
            if left[i] not in chosen and left[i] not in before:
                before.append(left[i])
            i -= 1
        if j < len(right) and len(chosen) + len(before) < 8:
            if right[j] not in chosen and right[j] not in before:
                chosen[right[j]] = None
            j += 1
    return (*reversed(before), *chosen)


def plain_clause_words(text: str, start: int, p: num._Patterns) -> list[tuple[int, int]]:
    lo = max(0, start - num._CLAUSE_REACH)
    window = text[lo:start]
    cut = 0
    for m in num._CLAUSE_OPEN.finditer(window):
        inside_number = 0 < m.start() < len(window) - 1 and window[m.start() + 1].isdigit()
        if m.group() not in ".,:" or not inside_number:
            cut = m.end()
    return [
        m.span()
        for m in PLAIN_CONTEXT_WORD.finditer(text, lo + cut, start)
        if len(m.group()) > 1 and m.group().lower() not in p.stop | p.vocabulary
    ]


def plain_before(text: str, cursor: int, p: num._Patterns) -> tuple[str, str, int, bool] | None:
    """What stands before ``cursor``, every phrase of one to four words tried, the longest first."""
    lo = max(0, cursor - num._BEFORE_REACH)
    stripped = text[lo:cursor].rstrip(num._SPACES)
    end = lo + len(stripped)
    gap = cursor - end
    if gap > 3:
        return None
    best = None
    for sym in sorted(num.CURRENCY_SYMBOLS, key=len, reverse=True):
        if stripped.endswith(sym):
            at = end - len(sym)
            if at == 0 or not ("A" <= text[at - 1] <= "z" and text[at - 1].isalpha()):
                best = ("csym", sym, at, gap > 0)
            break
    low = stripped.lower()
    for k in range(4, 0, -1):
        m = re.search(rf"(\S+)(?:\s+\S+){{{k - 1}}}\s*\Z", low)
        if m is None or re.search(r"\S\Z", low[: m.start()]):
            continue  # fewer than k words, or the first of them cut
        first = m.group(1)
        lead = len(first) - len(first.lstrip(num._OPENING))
        phrase = " ".join(m.group().split())[lead:]
        found = p.before_phrases.get(phrase)
        if found is not None:
            at = lo + m.start() + lead
            if best is None or at < best[2]:
                best = (found[0], found[1], at, gap > 0)
            break
    return best


# ----------------------------------------------------------------------------- laws


@settings(max_examples=300)
@given(data=st.data())
def test_context_word_pattern_finds_what_the_plain_one_finds(data: st.DataObject) -> None:
    text = data.draw(texts(["x" * 30, "y" * 40]))
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert num._CONTEXT_WORD.findall(text) == PLAIN_CONTEXT_WORD.findall(text)
    spans = [m.span() for m in num._CONTEXT_WORD.finditer(text, a, b)]
    assert spans == [m.span() for m in PLAIN_CONTEXT_WORD.finditer(text, a, b)]


@settings(max_examples=400)
@given(texts(["x" * 30, "y" * 40, "z" * 41, "w" * 42, "\x1c", "\u2028", "[", "»", "¼", "Ⅻ", "ǅ", "\0"]))
def test_words_read_token_by_token_are_the_pattern_matches(text: str) -> None:
    assert num._words_of(text) == PLAIN_CONTEXT_WORD.findall(text)
    plain_or_cut = re.compile(rf"{PLAIN_CONTEXT_WORD.pattern}|\0")
    assert num._words_of(text, num._CONTEXT_WORD_OR_CUT) == plain_or_cut.findall(text)
    skip = frozenset({"word", "of", "x" * 30, "é"})
    plain = [w for w in PLAIN_CONTEXT_WORD.findall(text) if len(w) > 1 and w not in skip]
    assert num._content_words_of(text, skip) == plain


@settings(max_examples=300)
@given(texts(["y" * 39, "z" * 40]))
def test_last_words_read_from_the_end_are_the_searched_ones(words: str) -> None:
    match = PLAIN_LAST_WORDS.search(words)
    assert match is not None
    assert num._last_words(words) == match.group().split()


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=100)
@given(data=st.data())
def test_prefix_trees_match_as_alternations_do(lang: str, data: st.DataObject) -> None:
    pool = sorted({w.lower() for w in lang_words(lang)})
    words = data.draw(st.lists(st.sampled_from(pool), min_size=1, max_size=30))
    text = data.draw(texts(words + [w.upper() for w in words], max_size=12))
    flat = re.compile(rf"(?:{num._alt(words)})(?![\w'’])", re.IGNORECASE)
    tree = re.compile(rf"(?:{num._trie(words)})(?![\w'’])", re.IGNORECASE)
    for pos in range(len(text) + 1):
        a, b = flat.match(text, pos), tree.match(text, pos)
        assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=60)
@given(data=st.data())
def test_scans_past_a_non_word_character_find_what_a_look_behind_finds(
    lang: str, data: st.DataObject
) -> None:
    text = data.draw(texts(lang_words(lang)))
    t = num._time_phrase(lang)
    behind = re.compile(rf"(?<![\w'’-]){t.phrase_at.pattern}", re.IGNORECASE)
    got = [
        (m.start("body"), m.end()) for m in num._word_starts(text, t.phrase_at, t.phrase_scan, num._WORDLIKE)
    ]
    assert got == [(m.start(), m.end()) for m in behind.finditer(text)]


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=100)
@given(data=st.data())
def test_sentence_bounds_speaker_and_context_match_the_per_claim_reading(
    lang: str, data: st.DataObject
) -> None:
    text = data.draw(st.one_of(texts(lang_words(lang), max_size=60), prose(lang)))
    p = num._patterns(lang)
    index = num._Index(text, p)
    # Claims start anywhere, but mostly at a capital or digit (where sentences begin).
    starts = [i for i, c in enumerate(text) if c.isupper() or c.isdigit()]
    start = data.draw(st.sampled_from(starts) if starts else st.integers(0, len(text)))
    start = data.draw(st.sampled_from([start, data.draw(st.integers(0, len(text)))]))
    end = data.draw(st.integers(start, min(len(text), start + 30)))
    bounds = num._sentence_bounds(text, start, end, index)
    assert bounds == plain_bounds(text, start, end)
    assert num._speaker(text, start, end, bounds, p, index) == plain_speaker(text, start, end, bounds, p)
    # The end of a claim may run past its sentence (a counted noun after the figure).
    end = data.draw(st.integers(end, min(len(text), end + 40)))
    assert num._context(text, start, end, bounds, p, index) == plain_context(text, start, end, bounds, p)


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=60)
@given(data=st.data())
def test_clause_words_match_reading_every_sign(lang: str, data: st.DataObject) -> None:
    text = data.draw(texts(lang_words(lang)))
    start = data.draw(st.integers(0, len(text)))
    p = num._patterns(lang)
    # the first five words, all that _subject_left reads
    assert [m.span() for m in num._clause_words(text, start, p)] == plain_clause_words(text, start, p)[:5]


def before_words(lang: str) -> list[str]:
    """The phrases that may stand before a number, and the signs and words around them."""
    p = num._patterns(lang)
    words = [*p.before_phrases, *(w.upper() for w in list(p.before_phrases)[:30])]
    return [*words, *num.CURRENCY_SYMBOLS, "(", "“", "((", "x", "word", "5"]


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=150)
@given(data=st.data())
def test_words_before_a_figure_are_the_longest_phrase_found(lang: str, data: st.DataObject) -> None:
    p = num._patterns(lang)
    words = st.sampled_from(before_words(lang) + ODD)
    gaps = st.sampled_from([" ", " ", " ", "  ", "", "\n", "\u00a0", "\t"])
    text = data.draw(st.lists(st.tuples(words, gaps).map("".join), max_size=8).map("".join))
    cursor = data.draw(st.integers(0, len(text)))
    assert num._before(text, cursor, p) == plain_before(text, cursor, p)


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=150)
@given(data=st.data())
def test_sentence_end_pattern_finds_what_the_plain_one_finds(lang: str, data: st.DataObject) -> None:
    text = data.draw(st.one_of(texts(SENTENCE_ENDS), prose(lang)))
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert [m.span() for m in num._SENTENCE_END.finditer(text, a, b)] == [
        m.span() for m in PLAIN_SENTENCE_END.finditer(text, a, b)
    ]


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=60)
@given(data=st.data())
def test_a_skipped_search_before_a_figure_finds_nothing(lang: str, data: st.DataObject) -> None:
    p = num._patterns(lang)
    text = data.draw(texts(lang_words(lang), max_size=12))
    lo = data.draw(st.integers(0, len(text)))
    for pattern, last in (
        (p.subject_before, p.subject_last),
        (p.age_before, p.age_last),
        (p.clock_before, p.clock_last),
    ):
        if not num._may_end_with(text, lo, len(text), last):
            assert pattern.search(text, lo, len(text)) is None


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=40)
@given(data=st.data())
def test_lowercase_scans_change_no_claim(lang: str, data: st.DataObject) -> None:
    words = lang_words(lang)
    text = data.draw(texts([*words, *(f"{n} " for n in ("3", "12", "2.5", "1,200"))], max_size=50))
    fast = num.extract_numbers(text, lang)
    plain_init = num._Index.__init__

    def without_lowercase_scans(self: num._Index, text: str, p: num._Patterns) -> None:
        plain_init(self, text, p)
        self.scan_low = None

    with pytest.MonkeyPatch.context() as m:
        m.setattr(num._Index, "__init__", without_lowercase_scans)
        assert num.extract_numbers(text, lang) == fast


def test_odd_letters_turn_the_lowercase_scans_off() -> None:
    p = num._patterns("en")
    assert num._Index("Sixty days", p).scan_low is not None
    assert num._Index("ſixty days", p).scan_low is None  # a long s matches "s" ignoring case
    assert num._Index("İstanbul, sixty days", p).scan_low is None  # lowering changes the length


class _Everything:
    """A set holding every character: with it as the gap sets, every digit run is tried."""

    def __contains__(self, item: object) -> bool:
        return True


def plain_numbered_chrome(text: str, c: num._Chrome) -> list[tuple[int, int]]:
    """Chrome with a number, every digit run tried with both patterns."""
    saved = num._CHROME_GAP_BEFORE, num._CHROME_GAP_AFTER
    try:
        num._CHROME_GAP_BEFORE = num._CHROME_GAP_AFTER = _Everything()  # type: ignore[assignment]
        return num._numbered_chrome(text, c)
    finally:
        num._CHROME_GAP_BEFORE, num._CHROME_GAP_AFTER = saved


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=80)
@given(data=st.data())
def test_chrome_with_a_number_is_found_as_by_trying_every_digit_run(lang: str, data: st.DataObject) -> None:
    c = num._chrome_patterns(lang)
    # the language's chrome templates ("leestijd # minuten") with a figure and odd gaps, in
    # any case, glued to each other and to stray characters
    gaps = st.sampled_from(["", " ", "  ", ":", ": ", "\u00a0", "\u202f", "\t", "\n", "x"])
    templates = st.sampled_from(list(num.lang_data.get(lang).CHROME))
    figures = st.sampled_from(["5", "507", "12345678"])

    @st.composite
    def chrome(draw: st.DrawFn) -> str:
        pre, _, post = draw(templates).partition("#")
        text = f"{pre.strip()}{draw(gaps)}{draw(figures)}{draw(gaps)}{post.strip()}"
        return draw(st.sampled_from([text, text.upper(), text.title()]))

    text = data.draw(st.lists(st.one_of(chrome(), gaps), max_size=8).map("".join))
    assert num._numbered_chrome(text, c) == plain_numbered_chrome(text, c)


def after_words(lang: str) -> list[str]:
    """The words the patterns after a figure look for, in three cases, and what stands near them."""
    p = num._patterns(lang)
    d = p.data
    words = [*p.points, *p.percent, *d.NOUN_LINKS, *p.minor, *p.currencies, *p.times, *p.units, *p.scales]
    words += [*num.CURRENCY_SYMBOLS, *list(num._unit_symbols())[:60]]
    words += [*p.range_openers, "–", "—"]
    return [*words, *(w.upper() for w in words[:60]), *(w.title() for w in words[:60]), "5", "x", "-"]


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=80)
@given(data=st.data())
def test_possessive_spaces_before_a_word_change_no_match(lang: str, data: st.DataObject) -> None:
    p = num._patterns(lang)
    text = data.draw(texts(after_words(lang), max_size=12))
    for pattern in (p.after, p.after_low, p.symbols_after, p.scale_after, p.range_after):
        assert "}+" in pattern.pattern
        plain = re.compile(pattern.pattern.replace("}+", "}"), pattern.flags)
        for pos in range(len(text) + 1):
            a, b = pattern.match(text, pos), plain.match(text, pos)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=80)
@given(data=st.data())
def test_lowercase_pattern_after_a_figure_matches_where_the_pattern_ignoring_case_does(
    lang: str, data: st.DataObject
) -> None:
    p = num._patterns(lang)
    text = data.draw(texts(after_words(lang), max_size=12))
    low = num._Index(text, p).scan_low
    for pos in range(len(text) + 1):
        a = p.after.match(text, pos)
        got = num._after(text, pos, p, low)
        assert (got and got.span()) == (a and a.span())
        if low is not None:
            b = p.after_low.match(low, pos)
            assert (a and a.span()) == (b and b.span())


def plain_digits(lang: str) -> re.Pattern[str]:
    """Grouped digits, plain digits, or a decimal part alone, each tried in turn."""
    d = num.lang_data.get(lang)
    groups = "".join(re.escape(c) for c in d.GROUP_SEPS)
    dec = re.escape(d.DECIMAL_SEP)
    return re.compile(
        rf"(?P<num>\d{{1,3}}(?:[{groups}]\d{{3}}){{1,6}}(?:{dec}\d{{1,12}})?(?!\d)"
        rf"|\d{{1,15}}(?:[.,]\d{{1,12}})?(?!\d)|{dec}\d{{2,12}}(?!\d))"
        rf"(?:(?P<exp>[eE][+-]?\d{{1,3}}(?!\w))|\^(?P<pow>[+-]{{0,2}}\d{{1,3}})(?!\d))?"
    )


DIGIT_PIECES = ["1", "12", "123", "1234", "0", "9" * 16, ".", ",", " ", "'", "\u00a0", "\u202f", "e", "E"]
DIGIT_PIECES += ["e5", "e-3", "^2", "^-1", "^+-3", "x", "-", "٣", "²", ".5", ",25", "𝟓", "😀", "é", "’"]


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=200)
@given(data=st.data())
def test_digit_pattern_read_from_its_first_character_finds_what_the_plain_one_finds(
    lang: str, data: st.DataObject
) -> None:
    text = data.draw(st.lists(st.sampled_from(DIGIT_PIECES), max_size=20).map("".join))
    fast, plain = num._patterns(lang).digits, plain_digits(lang)
    assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)
    ]
    for pos in range(len(text) + 1):
        a, b = fast.match(text, pos), plain.match(text, pos)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


@settings(max_examples=300)
@given(
    st.text(st.sampled_from(["a", "5", "_", "-", "/", " ", ".", "²", "é", "\u00a0", "٣", "$"]), max_size=2)
)
def test_glued_before_is_the_regex(prev: str) -> None:
    assert num._glued_before(prev) == (re.search(r"\w[-/]\Z|\w\Z", prev) is not None)


def test_word_state_copy_and_assign_take_every_field() -> None:
    from factcheck.extract._numwords import WordState

    state = WordState()
    for i, name in enumerate(WordState.__slots__):
        setattr(state, name, float(i + 2))
    fresh = WordState()
    fresh.assign(state)
    for other in (state.copy(), fresh):
        assert [getattr(other, n) for n in WordState.__slots__] == [
            getattr(state, n) for n in WordState.__slots__
        ]


PLAIN_PREV_WORD = re.compile(r"([^\W\d_]{1,20})[ \t\u00a0]{1,3}\Z")


@settings(max_examples=300)
@given(data=st.data())
def test_word_before_read_from_the_end_is_the_searched_one(data: st.DataObject) -> None:
    text = data.draw(texts(["minus", "x" * 19, "y" * 20, "z" * 21, "5", "²", "\u00a0", "\u2009"]))
    for end in range(len(text) + 1):
        m = PLAIN_PREV_WORD.search(text, max(0, end - 24), end)
        assert num._prev_word(text, end) == (m and m.group(1))


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=150)
@given(data=st.data())
def test_time_phrases_found_by_the_merged_scan_are_those_of_the_grouped_one(
    lang: str, data: st.DataObject
) -> None:
    t = num._time_phrase(lang)
    d = num.lang_data.get(lang)
    leads = [*d.ARTICLE_NUMBERS, *d.VAGUE_TIME, *d.WHOLE_TIME]
    phrases = [f"{lead} {unit}" for lead in leads for unit in list(d.TIME_UNITS)[:6]]
    words = [w.lower() for w in [*lang_words(lang), *phrases]]
    spaced = st.lists(st.sampled_from([*words, *PIECES]), max_size=12).map(" ".join)
    text = data.draw(st.one_of(texts(words), spaced)).lower()
    grouped = re.compile(rf"[^\w'’-]{t.phrase_at_low.pattern}")
    assert t.phrase_scan_low.pattern != grouped.pattern
    assert [m.span() for m in t.phrase_scan_low.finditer(text)] == [m.span() for m in grouped.finditer(text)]


# Characters around which the class of _non_word_class could go wrong: signs and spaces
# above ASCII, letters and digits above ASCII and above the BMP, an emoji.
ABOVE_ASCII = ["“", "«", "»", "–", "\u00a0", "\u2009", "\u2028", "é", "ë", "ß", "²", "¼", "٣", "😀", "𝐀", "𝟓"]


@pytest.mark.parametrize("extra", ["'’-", "'’"])
def test_the_non_word_class_holds_the_non_word_characters_of_the_bmp_and_all_above(extra: str) -> None:
    fast = re.compile(num._non_word_class(extra))
    plain = re.compile(rf"[^\w{re.escape(extra)}]")
    assert [i for i in range(0x10000) if (fast.match(chr(i)) is None) != (plain.match(chr(i)) is None)] == []
    assert all(fast.match(c) for c in ["😀", "𝐀", "\U0010ffff"])


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=150)
@given(data=st.data())
def test_lowercase_scans_split_by_first_letters_find_what_the_plain_scans_find(
    lang: str, data: st.DataObject
) -> None:
    p = num._patterns(lang)
    t = num._time_phrase(lang)
    words = [w.lower() for w in lang_words(lang)]
    spaced = st.lists(st.sampled_from([*words, *PIECES, *ABOVE_ASCII]), max_size=12).map(" ".join)
    text = data.draw(st.one_of(texts([*words, *ABOVE_ASCII]), spaced)).lower()
    if any(c > "\uffff" and c.isalnum() for c in text):
        # such texts are not scanned lowercased: the class takes every character above the BMP
        assert num._Index(text, p).scan_low is None
        return
    assert p.words_scan_low is not None
    words_plain = re.compile(rf"[^\w'’\-]{p.words_at.pattern}")
    assert [(m.span(), num._norm(m.group()[1:]) in p.vague) for m in p.words_scan_low.finditer(text)] == [
        (m.span(), m.group("vague") is not None) for m in words_plain.finditer(text)
    ]
    time_plain = re.compile(rf"[^\w'’-]{t.phrase_at_low.pattern}")
    assert [m.span() for m in t.phrase_scan_low.finditer(text)] == [
        m.span() for m in time_plain.finditer(text)
    ]
    speaker_plain = re.compile(rf"[^\w'’]{p.speaker_at_low.pattern}")
    assert [(m.span(), m.group("who")) for m in p.speaker_scan_low.finditer(text)] == [
        (m.span(), m.group("who")) for m in speaker_plain.finditer(text)
    ]


def opened_patterns(lang: str) -> list[tuple[re.Pattern[str], frozenset[str]]]:
    p = num._patterns(lang)
    return [
        (p.scale_after, p.opens_scale),
        (p.half_after, p.opens_half),
        (p.phrase_token, p.opens_token),
        (p.ratio_after, p.opens_ratio),
        (p.range_after, p.opens_range),
        (p.per_after, p.opens_per),
        (p.clock_after, p.opens_clock),
        (p.rate_after_noun, p.opens_rate_noun),
    ]


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=150)
@given(data=st.data())
def test_a_pattern_after_a_figure_matches_only_where_its_words_may_open(
    lang: str, data: st.DataObject
) -> None:
    d = num.lang_data.get(lang)
    words = [*after_words(lang), *d.HALF_WORDS, *d.RATIO_WORDS, *d.PER_WORDS, *d.CLOCK_AFTER]
    words += [*d.RATE_AFTER_NOUN, *d.SCALE_ABBREVIATIONS, *(w.upper() for w in d.SCALE_ABBREVIATIONS)]
    words += [*lang_words(lang), "/", "/h", "ſ", "K", "İ"]
    gaps = st.sampled_from(["", " ", "  ", "   ", "    ", "\u00a0", "\u2009 ", "\t", "-", " - ", "\n"])
    text = data.draw(st.lists(st.tuples(gaps, st.sampled_from(words)).map("".join), max_size=8).map("".join))
    for pattern, opens in opened_patterns(lang):
        for pos in range(len(text) + 1):
            c = num._opening(text, pos)
            if pattern.match(text, pos) is not None:
                assert c in opens or not c.isascii(), (pattern.pattern[:60], text, pos)


def test_the_opening_is_read_past_three_spaces_at_most() -> None:
    texts = ["5 x", "5\u00a0\u2009 x", "5    x", "5", "5  ", "5-x"]
    assert [num._opening(t, 1) for t in texts] == ["x", "x", " ", "", "", "-"]
    assert num._openers(["Mrd.", "k"], "/") == frozenset("MmKk/")


@settings(max_examples=300)
@given(st.text(st.sampled_from(["l", "d", "x", "'", "’", "é", "1", "_", "-"]), max_size=6))
def test_unelide_skips_only_words_the_pattern_leaves(word: str) -> None:
    assert num._unelide(word) == num._ELISION.sub("", word)
