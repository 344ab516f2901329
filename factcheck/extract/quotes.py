"""Quoted statements and who said them.

A statement is a quotation of four words or more in any typographic style (“…” „…” „…“ "…"
«…» « … » »…« ‘…’ '…'); one to three quoted words are a quoted term ('censuur', "woke"),
returned by :func:`extract_quoted_terms` and never as a claim. The speaker is read from the
words around the quotation, in this order:

1. right after it: ``", said X"``, ``", X said"``, ``"…", schrijft X``, ``», selon X``, or a
   next sentence pointing back (``Dat zei X``, ``Das sagte X``);
2. before it in the same sentence: ``X said: "…"``, ``Volgens X "…"``, ``X: "…"``;
3. an attribution earlier in the paragraph, after the previous quotation
   (``…, vindt Kathleen Van Brempt (Vooruit). "…"``);
4. the speaker of the previous quotation of the paragraph (a speaker carried on);
5. for a quotation that opens a paragraph: a previous paragraph ending in a colon, else the
   speaker of the previous paragraph's last quotation.

Pronouns ("she said", "zei hij", "a-t-il dit") take the last speaker; a bare role ("the
minister said") takes the last speaker seen with that role. Names are given without titles
("de Finse Eurocommissaris Henna Virkkunen (…)" -> "Henna Virkkunen"), and a surname alone
takes the full form the same text uses elsewhere.
"""

from __future__ import annotations

import bisect
import functools
import re

import attrs

from factcheck import lang as lang_data
from factcheck.extract._quotemarks import QuoteSpan, is_statement, scan_quotes
from factcheck.extract._speakers import (
    NounPhrase,
    Rules,
    np_after,
    np_before,
    np_span_after,
    rules,
    same_speaker,
    speaker_key,
)
from factcheck.model import Claim, Step

__all__ = [
    "extract_quoted_terms",
    "extract_quotes",
    "normalise_quote",
    "quote_words",
    "same_speaker",
    "speaker_key",
]

_AFTER_WINDOW = 200
_BEFORE_WINDOW = 300
_CONTEXT_WORDS = 8
_LEAD = " \t,;–—-"


@functools.cache
def _norm_strip_re() -> re.Pattern[str]:
    # Everything but letters, digits and spaces goes; apostrophes and hyphens join their word.
    return re.compile(r"[^\w\s]|_")


def quote_words(text: str) -> list[str]:
    """The normalised words of ``text``: casefolded, punctuation removed.

    >>> quote_words("Big Tech-bedrijven, zo'n „probleem”!")
    ['big', 'techbedrijven', 'zon', 'probleem']
    """
    strip = _norm_strip_re()
    out = []
    for token in text.split():
        word = strip.sub("", token).casefold()
        if word:
            out.append(word)
    return out


def normalise_quote(text: str) -> str:
    """The words of a quotation as compared across sources: casefolded, no punctuation.

    >>> normalise_quote("Met dit onderzoek zullen we vaststellen of X …")
    'met dit onderzoek zullen we vaststellen of x'
    """
    return " ".join(quote_words(text))


def extract_quoted_terms(text: str, lang: str) -> list[tuple[int, int]]:
    """The spans of quoted terms (one to three quoted words, "scare quotes") of ``text``.

    >>> text = "Trump noemt dat 'censuur'."
    >>> [text[s:e] for s, e in extract_quoted_terms(text, "nl")]
    ['censuur']
    """
    r = rules(lang)
    return [(q.start, q.end) for q in scan_quotes(text, r.elisions) if not is_statement(text, q)]


@attrs.define
class _Attribution:
    speaker: str | None
    how: str
    np: NounPhrase | None = None


@attrs.define
class _State:
    """What the reader remembers while going through a text."""

    r: Rules
    lang: str
    last_speaker: str | None = None
    roles: dict[str, str] = attrs.Factory(dict)
    # The quotation being read: its text, where its paragraph region starts, its opening mark.
    text: str = ""
    region: int = 0
    at: int = 0


def extract_quotes(text: str, lang: str) -> list[Claim]:
    """Every quoted statement of ``text`` (four words or more), with its speaker.

    Each claim has ``kind="quote"``, ``text`` the quoted words (``text[span[0]:span[1]]``,
    marks left out; a quotation over several paragraphs keeps the paragraph breaks and
    reopening marks inside its span), ``value`` the normalised words
    (:func:`normalise_quote`), ``speaker`` the speaker's name or ``None``, ``subject`` the
    speaker or ``""`` and one ``"speaker"`` step that says how the speaker was found.

    >>> [(c.text, c.speaker) for c in extract_quotes('"We will not give up," she told Reuters.', "en")]
    [('We will not give up,', None)]
    """
    r = rules(lang)
    quotes = scan_quotes(text, r.elisions)
    top = [q for q in quotes if q.depth == 0]
    if not top:
        return []
    breaks = [m.start() for m in _newline_re().finditer(text)]
    opens = [q.open_at for q in top]
    state = _State(r, lang)
    found: list[tuple[QuoteSpan, _Attribution]] = []
    prev_top: QuoteSpan | None = None
    prev_stmt: tuple[QuoteSpan, _Attribution] | None = None
    for q in top:
        if not is_statement(text, q):
            continue  # a quoted term is part of its sentence
        para_start, para_end = _paragraph(breaks, q.open_at, len(text))
        same_para_prev = prev_stmt if prev_stmt and prev_stmt[0].open_at >= para_start else None
        region_start = para_start
        if prev_top is not None and prev_top.close_at >= para_start:
            region_start = min(prev_top.close_at + 1, q.open_at)
        close_end = _paragraph(breaks, q.close_at, len(text))[1] if q.close_at > para_end else para_end
        next_open = _next_open(opens, q, close_end)
        att = _attribute(
            text,
            q,
            r,
            state,
            region_start=region_start,
            para_end=close_end,
            next_open=next_open,
            same_para_prev=same_para_prev,
        )
        if att.speaker is None and same_para_prev is None and prev_stmt is not None:
            att = _from_previous_paragraph(
                text, q, r, state, para_start=para_start, breaks=breaks, prev_stmt=prev_stmt
            )
        if att.speaker is not None:
            state.last_speaker = att.speaker
            if att.np is not None and att.np.kind == "name":
                for role in att.np.roles:
                    state.roles[role] = att.speaker
        found.append((q, att))
        prev_stmt = (q, att)
        prev_top = q
    return _claims(text, lang, found)


@functools.cache
def _newline_re() -> re.Pattern[str]:
    return re.compile(r"\n")


def _paragraph(breaks: list[int], at: int, n: int) -> tuple[int, int]:
    k = bisect.bisect_left(breaks, at)
    start = breaks[k - 1] + 1 if k > 0 else 0
    end = breaks[k] if k < len(breaks) else n
    return start, end


def _next_open(opens: list[int], q: QuoteSpan, para_end: int) -> int:
    k = bisect.bisect_right(opens, q.close_at)
    return min(opens[k], para_end) if k < len(opens) else para_end


def _resolve(np: NounPhrase, state: _State) -> str | None:
    if np.kind == "pronoun":
        # A person named earlier in the paragraph, else the last speaker.
        return _last_name(state.text, max(state.region, state.at - _BEFORE_WINDOW), state.at, state.r) or (
            state.last_speaker
        )
    if np.kind == "role":
        role = np.text.casefold()
        return state.roles.get(role) or _named_role(state.text, role, state.at, state.r) or np.text
    if np.kind == "name" and " " not in np.text:
        return _full_name(state.text, np.text, state.at, state.r)
    return np.text


def _last_name(text: str, start: int, stop: int, r: Rules) -> str | None:
    """The last person named with two words or more between ``start`` and ``stop``."""
    best = None
    pos = start
    for m in _cap_run_re().finditer(text, start, stop):
        if m.start() < pos:
            continue
        np = np_after(text, m.start(), r, apposition=False)
        if np is not None and np.kind == "name" and " " in np.text:
            best = np.text
        pos = m.end()
    return best


@functools.cache
def _cap_run_re() -> re.Pattern[str]:
    # Two capitalised words in a row (with particles between): a candidate name.
    return re.compile(r"(?<!\w)[^\W\d_][\w'’-]{0,30}(?:\s{1,2}[a-z]{1,3}){0,3}\s{1,2}[^\W\d_][\w'’-]{0,30}")


_LOOKBACK = 3000
_MAX_LOOKS = 8


def _occurrences(text: str, word: str, lo: int, hi: int) -> list[int]:
    """Where ``word`` stands as a whole word in ``text[lo:hi]``, case ignored.

    No pattern is built: the words come from the text, not from the language data.
    """
    window = text[lo:hi].lower()
    needle = word.lower()
    if not needle or len(window) != hi - lo:
        return []  # a character whose lower case is longer would shift the offsets
    out: list[int] = []
    k = window.find(needle)
    while k >= 0 and len(out) < _MAX_LOOKS:
        end = k + len(needle)
        if (k == 0 or not window[k - 1].isalnum()) and (end == len(window) or not window[end].isalnum()):
            out.append(lo + k)
        k = window.find(needle, k + 1)
    return out


def _named_role(text: str, role: str, at: int, r: Rules) -> str | None:
    """The name that the same role introduced earlier ("Secretary of State Marco Rubio")."""
    for start in reversed(_occurrences(text, role, max(0, at - _LOOKBACK), at)):
        np = np_after(text, start, r)
        if np is not None and np.kind == "name":
            return np.text
    return None


def _full_name(text: str, surname: str, at: int, r: Rules) -> str:
    """A surname alone takes the full name the text gave before ("Geels" -> "Willemijn Geels")."""
    lo = max(0, at - _LOOKBACK)
    for start in _occurrences(text, surname, lo, at):
        np, _ = np_before(text, start + len(surname), r, lo)
        if np is not None and np.kind == "name" and len(np.text) > len(surname) and np.text.endswith(surname):
            return np.text
    return surname


def _attribute(
    text: str,
    q: QuoteSpan,
    r: Rules,
    state: _State,
    *,
    region_start: int,
    para_end: int,
    next_open: int,
    same_para_prev: tuple[QuoteSpan, _Attribution] | None,
) -> _Attribution:
    state.text, state.region, state.at = text, region_start, q.open_at
    after_end = min(next_open, para_end if q.closed else q.close_at, q.close_at + _AFTER_WINDOW)
    found = _after(text, q, r, state, after_end)
    if found is not None:
        return found
    sent_start = _sentence_start(text, max(region_start, q.open_at - _BEFORE_WINDOW), q.open_at, r)
    found = _before(text, sent_start, q.open_at, r, state)
    if found is not None:
        return found
    found = _last_in_region(text, region_start, sent_start, r, state)
    if found is not None:
        if same_para_prev is not None and same_para_prev[1].speaker == found.speaker:
            # The attribution of the previous quotation: the speaker is carried on.
            found.how = "carried"
        return found
    if same_para_prev is not None and same_para_prev[1].speaker is not None:
        return _Attribution(same_para_prev[1].speaker, "carried")
    return _Attribution(None, "")


def _after(text: str, q: QuoteSpan, r: Rules, state: _State, end: int) -> _Attribution | None:
    """The attribution right after the closing mark: ``", said X"``, ``", X said"``."""
    if not q.closed:
        return None
    pos = q.close_at + 1
    i = pos
    while i < end and text[i] in _LEAD:
        i += 1
    lead = text[pos:i]
    if i >= end:
        return None
    quoted = text[q.start : q.end].rstrip()
    ended = text[i] in ".!?" or (
        quoted[-1:] in {".", "!", "?", "…"} and text[i].isupper() and not any(c in lead for c in ",–—-")
    )
    if ended:
        j = i + 1 if text[i] in ".!?" else i
        while j < end and text[j].isspace():
            j += 1
        m = r.anaphor_re.match(text, j, end)
        if m is None:
            return None
        v = r.verb_re.match(text, m.end(), end)
        if v is None or v.group("prep"):
            return None
        return _inverted(text, v, r, state)
    v = r.verb_re.search(text, i, min(end, i + 80))
    if v is not None and v.start() == i:
        return _inverted(text, v, r, state)
    if v is not None and not v.group("prep"):
        np, first = np_before(text, v.start(), r, i)
        # Only the phrase itself (with at most a few words of an apposition) before the verb.
        between = text[i:first]
        if np is not None and len(between.split()) <= _MAX_BETWEEN and not _SENTENCE_MARKS & set(between):
            return _made(np, state, v)
    return _unknown_verb(text, i, end, r, state)


# A speech verb the language data lacks still shows in the shape of the words after a
# quotation: ", <verb> Jane Doe" or ", Jane Doe <verb>".
_MAX_BETWEEN = 4
_SENTENCE_MARKS = frozenset('.!?;:"“”«»„')


@functools.cache
def _unknown_verb_re(lang: str) -> re.Pattern[str]:
    data = lang_data.get(lang)
    aux = "|".join(re.escape(a) for a in sorted(data.SPEECH_AUX, key=len, reverse=True))
    return re.compile(rf"(?:(?:{aux})\s{{1,3}})?(?P<verb>[^\W\d_][\w'’-]{{1,24}})\s{{1,3}}")


def _unknown_verb(text: str, i: int, end: int, r: Rules, state: _State) -> _Attribution | None:
    m = _unknown_verb_re(state.lang).match(text, i, end)
    if m is not None and m.group("verb").islower() and m.group("verb") not in r.stop_words:
        np = np_after(text, m.end(), r, descriptive=True)
        if np is not None and np.kind in {"name", "org", "role"}:
            return _made(np, state, None, f"by '{m.group('verb')}'")
    np, np_end = np_span_after(text, i, r, apposition=False, descriptive=True)
    if np is not None and np.kind in {"name", "org", "role"}:
        v = _first_word_re().match(text, np_end + 1, end) if text[np_end : np_end + 1] == " " else None
        if v is not None and v.group().islower() and v.group() not in r.stop_words:
            return _made(np, state, None, f"by '{v.group()}'")
    return None


def _made(np: NounPhrase, state: _State, v: re.Match[str] | None, how: str = "") -> _Attribution | None:
    speaker = _resolve(np, state)
    if speaker is None:
        return None
    if v is not None:
        how = f"by '{' '.join(v.group().split())}'"
    return _Attribution(speaker, how, np)


def _inverted(text: str, v: re.Match[str], r: Rules, state: _State) -> _Attribution | None:
    """The speaker after a speech verb or preposition ("said X", "zei hij", "selon X")."""
    aux = v.group("aux") or ""
    if v.group("pron") or "-t-" in aux or aux.endswith(("-il", "-elle", "-ils", "-elles")):
        return _made(NounPhrase("pronoun", "il"), state, v)
    np = np_after(text, v.end(), r, descriptive=True)
    if np is None:
        nxt = text[v.end() : v.end() + 2].lstrip()
        if v.group("verb") and (not nxt or nxt[0] in ".,;"):
            # "dijo." with no subject: the speaker is the one being quoted already.
            return _made(NounPhrase("pronoun", ""), state, v)
        return None
    return _made(np, state, v)


def _before(text: str, start: int, end: int, r: Rules, state: _State) -> _Attribution | None:
    """The attribution in the sentence before the opening mark: ``X said: "…"``."""
    stop = end
    while stop > start and text[stop - 1] in " \t\u00a0\u202f":
        stop -= 1
    if stop <= start:
        return None
    found = _last_attribution(text, start, stop, r, state)
    if found is not None:
        return found
    if text[stop - 1] == ":":
        np = _first_np(text, start, stop - 1, r)
        if np is None:
            np, _ = np_before(text, stop - 1, r, start)
        if np is not None:
            return _made(np, state, None, "by ':'")
    return None


def _first_np(text: str, start: int, stop: int, r: Rules) -> NounPhrase | None:
    """The subject opening a sentence ("Maar Rob Jetten ziet dat anders:")."""
    skip = 0
    for m in _first_word_re().finditer(text, start, stop):
        word = m.group()
        if word[0].isupper() and word.casefold() in r.stop_words and skip < 2:
            skip += 1
            continue
        np = np_after(text, m.start(), r)
        return np if np is not None and np.kind in {"name", "org", "role"} else None
    return None


@functools.cache
def _first_word_re() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_][\w'’-]{0,40}")


def _last_attribution(text: str, start: int, stop: int, r: Rules, state: _State) -> _Attribution | None:
    matches = list(r.verb_re.finditer(text, start, stop))
    for v in reversed(matches):
        if v.group("prep"):
            np = np_after(text, v.end(), r, descriptive=True)
            if np is not None:
                return _made(np, state, v)
            continue
        np, _ = np_before(text, v.start(), r, start)
        if np is not None:
            return _made(np, state, v)
        found = _inverted(text, v, r, state)
        if found is not None:
            return found
    return None


def _last_in_region(text: str, start: int, stop: int, r: Rules, state: _State) -> _Attribution | None:
    """An attribution in the paragraph's earlier sentences, after the previous quotation."""
    if stop - start < 4:
        return None
    start = max(start, stop - _BEFORE_WINDOW)
    return _last_attribution(text, start, stop, r, state)


def _sentence_start(text: str, lo: int, end: int, r: Rules) -> int:
    """Where the sentence holding ``end`` starts (no earlier than ``lo``)."""
    i = end - 1
    while i > lo:
        ch = text[i - 1]
        if ch in ".!?" and text[i].isspace():
            word_start = i - 1
            while word_start > lo and text[word_start - 1].isalpha():
                word_start -= 1
            word = text[word_start : i - 1]
            if not ((len(word) == 1 and word.isupper()) or word.casefold() in r.abbreviations):
                return i
        i -= 1
    return lo


def _from_previous_paragraph(
    text: str,
    q: QuoteSpan,
    r: Rules,
    state: _State,
    *,
    para_start: int,
    breaks: list[int],
    prev_stmt: tuple[QuoteSpan, _Attribution],
) -> _Attribution:
    """A quotation opening its paragraph: a colon ending the last one, or its last speaker."""
    if text[para_start : q.open_at].strip():
        return _Attribution(None, "")
    j = para_start - 1
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j > 0 and text[j - 1] == ":":
        prev_start, _ = _paragraph(breaks, j - 1, len(text))
        sent = _sentence_start(text, max(prev_start, j - _BEFORE_WINDOW), j, r)
        found = _before(text, sent, j, r, state)
        if found is not None:
            return found
    if prev_stmt[1].speaker is not None:
        return _Attribution(prev_stmt[1].speaker, "carried")
    return _Attribution(None, "")


def _claims(text: str, lang: str, found: list[tuple[QuoteSpan, _Attribution]]) -> list[Claim]:
    names: dict[str, list[str]] = {}
    for _, a in found:
        if a.speaker and a.np is not None and a.np.kind == "name":
            names.setdefault(speaker_key(a.speaker), []).append(a.speaker)
    stop_words = rules(lang).stop_words
    out = []
    for q, att in found:
        speaker = att.speaker
        if speaker is not None:
            speaker = _fullest(speaker, names)
        words = text[q.start : q.end]
        context = _context(words, stop_words)
        if speaker is None:
            step = Step("speaker", "no speaker found")
        elif att.how == "carried":
            step = Step("speaker", f"attributed to {speaker}, carried from the previous quote")
        else:
            step = Step("speaker", f"attributed to {speaker} {att.how}".rstrip())
        out.append(
            Claim(
                kind="quote",
                text=words,
                span=(q.start, q.end),
                value=normalise_quote(words),
                subject=speaker or "",
                speaker=speaker,
                context=context,
                steps=(step,),
            )
        )
    return out


def _fullest(speaker: str, names: dict[str, list[str]]) -> str:
    """The longest form of ``speaker`` the text uses ("Virkkunen" -> "Henna Virkkunen")."""
    best = speaker
    for name in names.get(speaker_key(speaker), ()):
        if len(name) > len(best) and same_speaker(name, speaker):
            best = name
    return best


def _context(words: str, stop_words: frozenset[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for w in quote_words(words):
        if len(w) > 2 and w not in stop_words and not w.isdigit():
            seen.setdefault(w, None)
            if len(seen) >= _CONTEXT_WORDS:
                break
    return tuple(seen)
