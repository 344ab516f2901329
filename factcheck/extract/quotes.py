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

A sentence with no speech verb that names a new person right before a quotation introduces
its speaker ("Ihr Nachbar Jürgen Lenz nickt. „…“").

Pronouns ("she said", "zei hij", "a-t-il dit") take the last person named of the same gender
(titles, kin words and, in French and Spanish, articles are the cues: "Her husband, Mark
Mitchell" is a man), skipping names after a preposition ("at Imperial College London"); else
the last speaker; else a described subject ("La madre del menor pidió…"). A group pronoun or a
plural verb with no subject ("ont-ils déclaré", "aseguran") takes a group named before ("Les
syndicats"). A Spanish verb with no subject ("dijo a la prensa") speaks for the one named
before. A bare role ("the minister said") takes the last speaker seen with that role, or the
person the text introduced with it; a role that stands for someone ("sagte der CDU-Chef",
"meldt een woordvoerster") takes the person or body an earlier sentence of the paragraph is
about. Names are given without titles ("de Finse Eurocommissaris Henna Virkkunen (…)" ->
"Henna Virkkunen"), and a surname alone takes the full form the same text uses elsewhere.

In Spanish and French, a line opening with a dash is dialogue: "—Fue horrible —relata Carmen
Ruiz—. No nos dio tiempo." holds two spoken parts, attributed by the narrator's words between
them; "— Pas du tout, répond Clara Direz." ends its spoken part at the comma before the verb.
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
    # Removing marks never removes a space, so the text can be stripped whole, then split.
    return _norm_strip_re().sub("", text).casefold().split()


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
    # The gender a speaker was referred to with ("she said" -> "f"), to resolve later pronouns.
    genders: dict[str, str] = attrs.Factory(dict)
    # Names read at an offset while looking for a pronoun's antecedent (windows overlap).
    names_at: dict[int, tuple[str | None, str, int]] = attrs.Factory(dict)
    # Noun phrases read at an offset, by (offset, apposition, descriptive): a role's earlier
    # mentions and the words after a speech verb are read again for later quotations.
    nps: dict[tuple[int, bool, bool], tuple[NounPhrase | None, int]] = attrs.Factory(dict)
    # The text in lower case when that keeps every offset (see _occurrences); "" before it is made.
    lowered: str | None = ""
    # The quotation being read: its text, where its paragraph region starts, its opening mark.
    text: str = ""
    region: int = 0
    at: int = 0
    para: int = 0


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
    if r.dialogue:
        top = _with_dialogue(text, top, r)
    if not top:
        return []
    breaks = [m.start() for m in _newline_re().finditer(text)]
    opens = [q.open_at for q in top]
    state = _State(r, lang, text=text)
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
        state.para = para_start
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
            if att.np is not None:
                cue = _gender(att.np.text, r) or next(
                    (g for g in (_gender(w, r) for w in att.np.roles) if g), ""
                )
                if cue:
                    state.genders.setdefault(att.speaker, cue)
            if att.np is not None and att.np.kind == "name":
                for role in att.np.roles:
                    state.roles[role] = att.speaker
        found.append((q, att))
        prev_stmt = (q, att)
        prev_top = q
    return _claims(text, lang, found)


@functools.cache
def _dialogue_re() -> re.Pattern[str]:
    # A line that opens with a dash (em or en dash), as Spanish and French set dialogue.
    return re.compile(r"^[ \t]{0,8}[—–]", re.MULTILINE)


@functools.cache
def _insert_re() -> re.Pattern[str]:
    # The narrator's words inside a dialogue line: " —relata Carmen Ruiz—." (the closing dash
    # may be missing at the line end).
    return re.compile(r"\s[—–](?=[^\W\d_])[^—–\n]{1,200}?(?:[—–]|$)", re.MULTILINE)


def _with_dialogue(text: str, top: list[QuoteSpan], r: Rules) -> list[QuoteSpan]:
    """Add the spoken parts of dash dialogue lines to the quotations of ``text``.

    "—Fue horrible —relata Carmen Ruiz—. No nos dio tiempo." holds two spoken parts around the
    narrator's words; in "— Pas du tout, répond Clara Direz." the narrator starts at the comma
    before a speech verb. The narrator's words then attribute the part before them.
    """
    found: list[QuoteSpan] = []
    marks = [(q.open_at, q.close_at) for q in top]
    for m in _dialogue_re().finditer(text):
        dash = m.end() - 1
        line_end = text.find("\n", dash)
        line_end = len(text) if line_end < 0 else line_end
        start = dash + 1
        while start < line_end and text[start] in " \u00a0\u202f":
            start += 1
        k = bisect.bisect_right(marks, (start, len(text)))
        if start >= line_end or (k > 0 and marks[k - 1][1] >= start):
            continue  # inside a quotation in marks
        stop, resume, told = _narrator(text, start, line_end, r)
        end = stop
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            found.append(QuoteSpan(start, end, dash, end, 0, closed=told))
        if resume is not None:
            k = resume
            while k < line_end and (text[k].isspace() or text[k] in ".,;:"):
                k += 1
            tail_end = line_end
            while tail_end > k and text[tail_end - 1].isspace():
                tail_end -= 1
            if tail_end > k:
                found.append(QuoteSpan(k, tail_end, resume - 1, tail_end, 0, closed=False))
    if not found:
        return top
    return sorted([*top, *found], key=lambda q: q.open_at)


def _narrator(text: str, start: int, line_end: int, r: Rules) -> tuple[int, int | None, bool]:
    """Where the spoken part of a dialogue line stops, and what follows it.

    Returns the offset where the spoken part stops, where speech resumes after the narrator's
    words (or None), and whether the narrator's words follow the spoken part.
    """
    ins = _insert_re().search(text, start, line_end)
    comma_verb = None
    for v in r.verb_re.finditer(text, start, line_end):
        if not v.group("prep") and text[max(start, v.start() - 2) : v.start()] == ", ":
            comma_verb = v
            break
    if comma_verb is not None and (ins is None or comma_verb.start() < ins.start()):
        # French sets the narrator after a comma: "— Pas du tout, répond Clara Direz."
        return comma_verb.start() - 1, None, True
    if ins is None:
        return line_end, None, False
    closing = ins.end() if text[ins.end() - 1] in "—–" else None
    return ins.start(), closing, True


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
    r = state.r
    if np.kind == "pronoun":
        return _antecedent(np.text.casefold(), state)
    if np.kind == "role":
        role = np.text.casefold()
        found = state.roles.get(role) or _named_role(role, state)
        if found is None and _is_title_role(role, r):
            # "sagte der CDU-Chef", "meldt een woordvoerster": the person or body the paragraph
            # is about, named in an earlier sentence.
            found = _paragraph_subject(state, kinds=("name", "org"))
        return found or np.text
    if np.kind == "name" and " " not in np.text:
        return _full_name(state.text, np.text, state.at, r, _lowered(state))
    return np.text


def _is_title_role(role: str, r: Rules) -> bool:
    """A role that stands for a person named elsewhere ("the minister", "der CDU-Chef").

    A compound whose first part names the body ("Konzernsprecher") already says who speaks.
    """
    words = role.split()
    if not words:
        return False
    last = words[-1]
    return last in r.titles or ("-" in last and any(last.endswith(s) for s in r.role_suffixes))


def _gender(word: str, r: Rules) -> str:
    low = word.casefold()
    return "f" if low in r.female else "m" if low in r.male else ""


def _antecedent(pronoun: str, state: _State) -> str | None:
    """Who a pronoun stands for: the last person named of the same gender, else the last speaker.

    A group pronoun ("they", "ils") takes the subject of an earlier sentence ("the unions").
    With no person named, a described subject ("De moeder van het slachtoffer") is the speaker.
    """
    r, text, at = state.r, state.text, state.at
    if pronoun in r.plural:
        return _paragraph_subject(state, kinds=("org", "role", "name")) or state.last_speaker
    gender = _gender(pronoun, r)
    lo = max(state.region, at - _BEFORE_WINDOW)
    found = _last_name(text, lo, at, r, gender=gender, memo=state.names_at)
    if found is not None:
        return found
    last = state.last_speaker
    if last is not None and not (gender and state.genders.get(last, gender) != gender):
        return last
    wide = max(state.para, at - 2 * _BEFORE_WINDOW)
    if wide < lo:
        found = _last_name(text, wide, lo, r, gender=gender, memo=state.names_at)
        if found is not None:
            return found
    return _paragraph_subject(state, kinds=("role", "name")) or state.last_speaker


def _paragraph_subject(state: _State, kinds: tuple[str, ...]) -> str | None:
    """The subject of the nearest sentence before the quotation, in its paragraph."""
    text, r = state.text, state.r
    lo = max(state.para, state.at - _LOOKBACK_SUBJECT)
    stop = _sentence_start(text, lo, state.at, r)
    seen = 0
    while stop > lo and seen < _MAX_SUBJECT_SENTENCES:
        start = _sentence_start(text, lo, stop - 1, r)
        if text[start:stop].lstrip()[:1] in _QUOTE_OPENERS:
            stop = start  # a sentence that opens with a quotation has no subject of its own
            seen += 1
            continue
        np = _first_np(text, start, stop, r)
        if np is not None and np.kind in kinds:
            return _resolve(np, state) if np.kind == "name" else np.text
        stop = start
        seen += 1
    return None


_MAX_SUBJECT_SENTENCES = 3
_LOOKBACK_SUBJECT = 800
_QUOTE_OPENERS = frozenset("“„‟\"«»‘‚'‹›—–")


def _last_name(
    text: str,
    start: int,
    stop: int,
    r: Rules,
    *,
    gender: str = "",
    memo: dict[int, tuple[str | None, str, int]] | None = None,
) -> str | None:
    """The last person named with two words or more between ``start`` and ``stop``.

    A name right after a preposition ("at Imperial College London") is a place or a body;
    a name whose gender cues ("Her husband, Mark Mitchell") contradict ``gender`` is skipped.
    """
    best = None
    pos = start
    prev = ""
    for m in _first_word_re().finditer(text, start, stop):
        word = m.group()
        if m.start() < pos or not word[0].isupper():
            prev = word
            continue
        after_prep = prev.casefold() in r.not_after
        prev = word
        seen = memo.get(m.start()) if memo is not None else None
        if seen is None:
            seen = _name_at(text, m.start(), start, r)
            if memo is not None:
                memo[m.start()] = seen
        name, cue, pos = seen
        pos = max(pos, m.end())
        if name is None or after_prep:
            continue
        if gender and cue and cue != gender:
            continue
        best = name
    return best


def _name_at(text: str, at: int, lo: int, r: Rules) -> tuple[str | None, str, int]:
    """The person named in full from ``at`` on, the gender cue of the words around, its end."""
    np, end = np_span_after(text, at, r, apposition=False)
    if np is None or np.kind != "name":
        return None, "", end
    name = np.text if " " in np.text else _full_name(text, np.text, at, r)
    if " " not in name:
        return None, "", end  # one word, never named in full: a place or a sentence's first word
    return name, _nearest_cue(_words_before(text, at, lo, _CUE_WORDS), np.roles, r), end


_CUE_WORDS = 5


def _nearest_cue(before: list[str], roles: tuple[str, ...], r: Rules) -> str:
    """The gender the words nearest a name give it ("Her husband, Mark Mitchell": "m")."""
    for w in (*reversed(roles), *reversed(before)):
        g = _gender(w, r)
        if g:
            return g
    return ""


def _words_before(text: str, at: int, lo: int, n: int) -> list[str]:
    """Up to ``n`` words before ``at`` in its sentence ("La ministre du Travail, [Astrid]")."""
    lo = max(lo, at - 60)
    stop = max(text.rfind(". ", lo, at), text.rfind("\n", lo, at))
    return _first_word_re().findall(text, max(lo, stop + 1), at)[-n:]


@functools.cache
def _cap_run_re() -> re.Pattern[str]:
    # Two capitalised words in a row (with particles between): a candidate name.
    return re.compile(r"(?<!\w)[^\W\d_][\w'’-]{0,30}(?:\s{1,2}[a-z]{1,3}){0,3}\s{1,2}[^\W\d_][\w'’-]{0,30}")


_MIN_SENTENCE = 8
_LOOKBACK = 3000
_MAX_LOOKS = 8


def _lowered(state: _State) -> str | None:
    """``state.text`` in lower case, made once per text; None when that would move offsets.

    Lower case maps each character alone except a capital sigma (final or not by its
    neighbours), so without one, and with no character that grows, a slice of the lowered
    text is the lowered slice.
    """
    if state.lowered == "":
        low = state.text.lower()
        state.lowered = low if len(low) == len(state.text) and "Σ" not in state.text else None
    return state.lowered


def _occurrences(text: str, word: str, lo: int, hi: int, lowered: str | None = None) -> list[int]:
    """Where ``word`` stands as a whole word in ``text[lo:hi]``, case ignored.

    No pattern is built: the words come from the text, not from the language data.
    ``lowered`` is :func:`_lowered` of ``text`` if known: the same offsets, found without
    lowering the window again.
    """
    if lowered is not None and hi > lo:
        return _occurrences_in(lowered, word.lower(), lo, hi)
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


def _occurrences_in(lowered: str, needle: str, lo: int, hi: int) -> list[int]:
    """:func:`_occurrences` on the lowered text itself: ``lo`` and ``hi`` bound the words."""
    out: list[int] = []
    if not needle:
        return out
    k = lowered.find(needle, lo, hi)
    while k >= 0 and len(out) < _MAX_LOOKS:
        end = k + len(needle)
        if (k == lo or not lowered[k - 1].isalnum()) and (end == hi or not lowered[end].isalnum()):
            out.append(k)
        k = lowered.find(needle, k + 1, hi)
    return out


def _np_at(
    text: str, pos: int, state: _State, *, apposition: bool = True, descriptive: bool = False
) -> tuple[NounPhrase | None, int]:
    """:func:`np_span_after` with ``state.r``, read once per offset of the state's text."""
    if text is not state.text:
        return np_span_after(text, pos, state.r, apposition=apposition, descriptive=descriptive)
    key = (pos, apposition, descriptive)
    hit = state.nps.get(key)
    if hit is None:
        hit = np_span_after(text, pos, state.r, apposition=apposition, descriptive=descriptive)
        state.nps[key] = hit
    return hit


def _named_role(role: str, state: _State) -> str | None:
    """The name that the same role introduced earlier ("Secretary of State Marco Rubio")."""
    text, at = state.text, state.at
    for start in reversed(_occurrences(text, role, max(0, at - _LOOKBACK), at, _lowered(state))):
        np = _np_at(text, start, state)[0]
        if np is not None and np.kind == "name":
            return np.text
    return None


def _full_name(text: str, surname: str, at: int, r: Rules, lowered: str | None = None) -> str:
    """A surname alone takes the full name the text gave before ("Geels" -> "Willemijn Geels")."""
    lo = max(0, at - _LOOKBACK)
    for start in _occurrences(text, surname, lo, at, lowered):
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
    prev_speaker = same_para_prev[1].speaker if same_para_prev is not None else None
    if same_para_prev is not None and (found is None or found.speaker == prev_speaker):
        # A sentence about a newly named person between two quotations introduces the next
        # speaker: "Ihr Nachbar Jürgen Lenz nickt. „…“".
        introduced = _introduced(text, region_start, sent_start, state, prev_speaker)
        if introduced is not None:
            return introduced
    if found is not None:
        if same_para_prev is not None and prev_speaker == found.speaker:
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
        if text[i : v.start()].rstrip().endswith(",") and not _SENTENCE_MARKS & set(text[i : v.start()]):
            # ", said X" after the rest of the quotation's clause:
            # 'Man werde „jeden Tag“ prüfen, sagte der CSU-Politiker.'
            found = _inverted(text, v, r, state)
            if found is not None:
                return found
    if quoted[-1:] not in _SET_OFF and not any(c in lead for c in _SET_OFF):
        return None  # a quotation inside its sentence: '… had "the backing of the board" despite the defeat'
    return _unknown_verb(text, i, end, r, state)


# An attribution with a verb the data lacks is set off from the quotation ('"…," grumbled X').
_SET_OFF = frozenset(",!?…–—")


# A speech verb the language data lacks still shows in the shape of the words after a
# quotation: ", <verb> Jane Doe" or ", Jane Doe <verb>".
_MAX_BETWEEN = 4
_SENTENCE_MARKS = frozenset('.!?;:"“”«»„')


@functools.cache
def _unknown_verb_re(lang: str) -> re.Pattern[str]:
    data = lang_data.get(lang)
    before = data.SPEECH_AUX | data.SPEECH_REFLEXIVES  # "has said", "se quejaba"
    aux = "|".join(re.escape(a) for a in sorted(before, key=len, reverse=True))
    return re.compile(rf"(?:(?:{aux})\s{{1,3}})?(?P<verb>[^\W\d_][\w'’-]{{1,24}})\s{{1,3}}")


def _unknown_verb(text: str, i: int, end: int, r: Rules, state: _State) -> _Attribution | None:
    m = _unknown_verb_re(state.lang).match(text, i, end)
    if m is not None and m.group("verb").islower() and m.group("verb") not in r.stop_words:
        np = _np_at(text, m.end(), state, descriptive=True)[0]
        if np is not None and np.kind in {"name", "org", "role"}:
            return _made(np, state, None, f"by '{m.group('verb')}'")
    np, np_end = _np_at(text, i, state, apposition=False, descriptive=True)
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
    pron = v.group("pron") or (aux[aux.rfind("-") :] if "-" in aux else "")
    if pron:
        # "a-t-il dit", "ajoute-t-elle": the pronoun is part of the verb.
        return _made(NounPhrase("pronoun", pron.rsplit("-", 1)[-1]), state, v)
    at = _skip_adverbs(text, v.end(), r)
    np = _np_at(text, at, state, descriptive=True)[0]
    if np is None and v.group("verb"):
        np = _appositive_name(text, at, r)
    if np is None:
        nxt = text[v.end() : v.end() + 2].lstrip()
        if v.group("verb") and (not nxt or nxt[0] in ".,;" or r.pro_drop):
            # "dijo." or "comentó en rueda de prensa": no subject, the one being quoted speaks;
            # "aseguran": a group does.
            plural = r.pro_drop and v.group("verb").casefold().endswith(r.plural_endings)
            return _made(NounPhrase("pronoun", min(r.plural) if plural and r.plural else ""), state, v)
        return None
    return _made(np, state, v)


_MAX_ADVERBS = 3


def _skip_adverbs(text: str, pos: int, r: Rules) -> int:
    """Past a few time words or adverbs: "a déclaré mardi le Premier ministre"."""
    for _ in range(_MAX_ADVERBS):
        m = _first_word_re().search(text, pos, pos + 40)
        if m is None or text[pos : m.start()].strip():
            return pos
        word = m.group().casefold()
        if word not in r.adverbs:
            pair = _first_word_re().match(text, m.end() + 1, m.end() + 40)
            if pair is None or f"{word} {pair.group().casefold()}" not in r.adverbs:
                return pos
            m = pair
        pos = m.end()
    return pos


def _appositive_name(text: str, pos: int, r: Rules) -> NounPhrase | None:
    """A name set off by a comma a few words on: "gritaba uno de ellos, Manuel Ortega"."""
    comma = text.find(",", pos, pos + _APPOSITIVE)
    if comma < 0 or _SENTENCE_MARKS & set(text[pos:comma]) or len(text[pos:comma].split()) > _MAX_BETWEEN:
        return None
    np = np_after(text, comma + 1, r, apposition=False)
    return np if np is not None and np.kind == "name" and " " in np.text else None


_APPOSITIVE = 40


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
        if np is None or np.kind != "name" or " " not in np.text:
            # "Nach der Niederlage war Trainer Xabi Alonso bedient:": a person named in full
            full = _last_name(text, start, stop - 1, r)
            np = NounPhrase("name", full) if full is not None else np
        if np is None:
            np, _ = np_before(text, stop - 1, r, start)
        if np is not None:
            return _made(np, state, None, "by ':'")
        return None
    found = _unknown_verb_before(text, start, stop, r, state)
    if found is None:
        # Words quoted inside a sentence belong to its subject when that is a person or a
        # body named: "Katherina Reiche sieht die Industrie „in einer ernsten Lage“".
        np = _first_np(text, start, stop, r)
        if np is not None and np.kind == "name":
            return _made(np, state, None, "as the subject of the sentence")
    return found


def _unknown_verb_before(text: str, start: int, stop: int, r: Rules, state: _State) -> _Attribution | None:
    """A speech verb the data lacks, right before the quotation: "Éric Ciotti, a raillé « … »"."""
    words = list(_first_word_re().finditer(text, max(start, stop - 60), stop))
    if not words or text[words[-1].end() : stop].strip():
        return None
    verb = words[-1]
    if not verb.group().islower() or verb.group() in r.stop_words or verb.group() in r.adverbs:
        return None
    at = verb.start()
    if len(words) > 1 and words[-2].group().casefold() in _aux_words(state.lang):
        at = words[-2].start()
    np, _ = np_before(text, at, r, start)
    if np is None or np.kind not in {"name", "org"}:
        return None  # "the banner at the front of the march read «…»"
    return _made(np, state, None, f"by '{verb.group()}'")


@functools.cache
def _aux_words(lang: str) -> frozenset[str]:
    return frozenset(a.casefold() for a in lang_data.get(lang).SPEECH_AUX)


def _first_np(text: str, start: int, stop: int, r: Rules) -> NounPhrase | None:
    """The subject opening a sentence ("Maar Rob Jetten ziet dat anders:").

    A described subject with its apposition counts ("His rival, Conservative councillor Lisa
    Grant, was scathing:", "La madre del menor pidió").
    """
    skip = 0
    for m in _first_word_re().finditer(text, start, stop):
        word = m.group()
        if word.casefold() in r.determiners:
            np = np_after(text, m.start(), r, descriptive=True)
            if np is not None and np.kind in {"name", "org", "role"}:
                return np
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
            np = _np_at(text, v.end(), state, descriptive=True)[0]
            if np is not None:
                return _made(np, state, v)
            continue
        np, _ = np_before(text, v.start(), r, start)
        if np is None:
            np = _before_adverbs(text, v.start(), r, start)
        if np is not None:
            return _made(np, state, v)
        found = _inverted(text, v, r, state)
        if found is not None:
            return found
    return None


def _introduced(
    text: str, region_start: int, sent_start: int, state: _State, prev_speaker: str | None
) -> _Attribution | None:
    """The person a sentence with no speech verb names as its subject, right before a quotation."""
    r = state.r
    if sent_start - region_start <= _MIN_SENTENCE:
        return None
    start = _sentence_start(text, max(region_start, sent_start - _BEFORE_WINDOW), sent_start - 1, r)
    if not text[start:sent_start].lstrip()[:1].isupper() or r.verb_re.search(text, start, sent_start):
        return None  # not a sentence of its own (", said X."), or one that attributes
    np = _first_np(text, start, sent_start, r)
    if np is None or np.kind != "name":
        return None
    speaker = _resolve(np, state)
    if speaker is None or same_speaker(speaker, prev_speaker):
        return None
    return _Attribution(speaker, "named in the sentence before", np)


def _before_adverbs(text: str, end: int, r: Rules, start: int) -> NounPhrase | None:
    """The speaker before a few adverbs and the verb: "She also told MPs"."""
    words = list(_first_word_re().finditer(text, max(start, end - 60), end))
    k = len(words)
    while k > 0 and len(words) - k < _MAX_ADVERBS and words[k - 1].group().casefold() in r.adverbs:
        k -= 1
    if k == len(words) or k == 0:
        return None
    np, _ = np_before(text, words[k].start(), r, start)
    return np if np is not None and np.kind in {"pronoun", "name"} else None


def _last_in_region(text: str, start: int, stop: int, r: Rules, state: _State) -> _Attribution | None:
    """An attribution in the paragraph's earlier sentences, after the previous quotation."""
    if stop - start < 4:
        return None
    start = max(start, stop - _BEFORE_WINDOW)
    return _last_attribution(text, start, stop, r, state)


def _sentence_start(text: str, lo: int, end: int, r: Rules) -> int:
    """Where the sentence holding ``end`` starts (no earlier than ``lo``)."""
    # From the end back, only the offsets right after a full stop, "!" or "?" can start the
    # sentence: jump from one to the one before (the last "!" or "?" is found again only
    # when the jump passes it).
    i = end - 1
    bang = question = end  # not looked for yet
    while i > lo:
        stop = text.rfind(".", lo, i)
        if bang >= i:
            bang = text.rfind("!", lo, i)
        if question >= i:
            question = text.rfind("?", lo, i)
        mark = max(stop, bang, question)
        if mark < lo:
            return lo
        i = mark + 1
        if text[i].isspace():
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
    names: dict[str, dict[str, None]] = {}
    for _, a in found:
        if a.speaker and a.np is not None and a.np.kind == "name":
            # Each form once: a text quoting one person thousands of times stays linear.
            names.setdefault(speaker_key(a.speaker), {})[a.speaker] = None
    stop_words = rules(lang).stop_words
    out = []
    for q, att in found:
        speaker = att.speaker
        if speaker is not None:
            speaker = _fullest(speaker, names)
        words = text[q.start : q.end]
        # one reading of the words serves both the value and the context
        normal = quote_words(words)
        context = _context(normal, stop_words)
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
                value=" ".join(normal),
                subject=speaker or "",
                speaker=speaker,
                context=context,
                steps=(step,),
            )
        )
    return out


def _fullest(speaker: str, names: dict[str, dict[str, None]]) -> str:
    """The longest form of ``speaker`` the text uses ("Virkkunen" -> "Henna Virkkunen")."""
    best = speaker
    for name in names.get(speaker_key(speaker), ()):
        if len(name) > len(best) and same_speaker(name, speaker):
            best = name
    return best


def _context(words: list[str], stop_words: frozenset[str]) -> tuple[str, ...]:
    """Up to eight distinct key words of a quotation's normalised ``words``."""
    seen: dict[str, None] = {}
    for w in words:
        if len(w) > 2 and w not in stop_words and not w.isdigit():
            seen.setdefault(w, None)
            if len(seen) >= _CONTEXT_WORDS:
                break
    return tuple(seen)
