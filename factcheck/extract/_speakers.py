"""Who said it: noun phrases around speech verbs, and speaker identity.

The per-language words (speech verbs, titles, organisations, pronouns, name particles) come
from the ``# --- quotes ---`` section of each ``factcheck/lang/*.py`` module; the patterns
built from them are compiled once per process.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Literal

import attrs

from factcheck import lang as lang_data

__all__ = ["NounPhrase", "Rules", "np_after", "np_before", "rules", "same_speaker", "speaker_key"]

NPKind = Literal["name", "org", "role", "pronoun"]

# Words that join a role to what it belongs to ("spokesman for the ministry",
# "woordvoerder van het ministerie", "Sprecher des Ministeriums", "ministre de l'Intérieur").
_CONNECTORS = frozenset({"of", "for", "at", "van", "voor", "bij", "des", "der", "von", "de", "du", "del", "di"})
# Bound the phrase: a speaker is named in a handful of words.
_MAX_TOKENS = 10
_WINDOW = 160
_NAME_GIVEN = 1


@attrs.frozen
class NounPhrase:
    """A speaker as the text names it.

    ``kind`` is ``"name"`` (a person or a named body), ``"org"`` (an unnamed organisation or
    spokesperson, "the ministry"), ``"role"`` (a bare role, "the minister") or ``"pronoun"``.
    ``roles`` are the role words seen with it (used to resolve a later bare role).
    """

    kind: NPKind
    text: str
    roles: tuple[str, ...] = ()


@attrs.frozen
class Rules:
    """The compiled attribution data of one language."""

    verb_re: re.Pattern[str]
    anaphor_re: re.Pattern[str]
    preps: frozenset[str]
    pronouns: frozenset[str]
    titles: frozenset[str]
    role_suffixes: tuple[str, ...]
    orgs: frozenset[str]
    determiners: frozenset[str]
    particles: frozenset[str]
    abbreviations: frozenset[str]
    elisions: frozenset[str]
    stop_words: frozenset[str]


def _alternation(words: frozenset[str]) -> str:
    parts = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in parts)


@functools.cache
def rules(lang: str) -> Rules:
    """The attribution rules of ``lang``, built from its data module once per process."""
    data = lang_data.get(lang)
    verbs = frozenset(data.SPEECH_VERBS)
    preps = frozenset(data.SPEECH_PREPS)
    aux = frozenset(data.SPEECH_AUX)
    verb_re = re.compile(
        rf"""(?<![\w'’-])
        (?:(?P<prep>{_alternation(preps)})
          |(?:(?P<aux>{_alternation(aux)})\s{{1,3}})?
           (?P<verb>{_alternation(verbs - preps)})
           (?P<pron>(?:-t)?-(?:il|elle|ils|elles|on))?
        )(?![\w'’-])""",
        re.IGNORECASE | re.VERBOSE,
    )
    anaphor_re = re.compile(rf"(?:{_alternation(frozenset(data.SPEECH_ANAPHORS))})\s{{1,3}}", re.IGNORECASE)
    return Rules(
        verb_re=verb_re,
        anaphor_re=anaphor_re,
        preps=frozenset(p.casefold() for p in preps),
        pronouns=frozenset(data.SPEAKER_PRONOUNS),
        titles=frozenset(data.SPEAKER_TITLES),
        role_suffixes=tuple(data.SPEAKER_ROLE_SUFFIXES),
        orgs=frozenset(data.SPEAKER_ORGS),
        determiners=frozenset(data.SPEAKER_DETERMINERS),
        particles=frozenset(data.NAME_PARTICLES),
        abbreviations=frozenset(data.NAME_ABBREVIATIONS),
        elisions=frozenset(data.APOSTROPHE_ELISIONS),
        stop_words=frozenset(data.STOP_WORDS),
    )


@functools.cache
def _token_re() -> re.Pattern[str]:
    # A word (letters first, then letters, digits, apostrophes, hyphens; bounded) or one mark.
    return re.compile(r"[^\W\d_][\w'’\-]{0,40}|\d{1,12}|[^\w\s]")


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _is_role(low: str, r: Rules) -> bool:
    if low in r.titles:
        return True
    return any(low.endswith(s) and len(low) > len(s) + 2 for s in r.role_suffixes)


_Tok = tuple[str, str]  # (class, word): class in det/role/org/cap/part/conn


def _classify(word: str, prev: str | None, r: Rules) -> str | None:
    low = word.casefold()
    in_name = prev in {"cap", "part"}
    if in_name and low in r.particles and not _is_cap(word):
        return "part"
    if low in r.determiners and not (in_name and low in r.particles):
        return "det"
    if _is_role(low, r):
        return "role"
    if low in r.orgs:
        return "org"
    if _is_cap(word):
        if low in r.stop_words and low not in r.particles:
            return None
        return "cap"
    if low in r.particles:
        return "part"
    if low in _CONNECTORS:
        return "conn"
    return None


def np_after(text: str, pos: int, r: Rules) -> NounPhrase | None:
    """The speaker named from ``pos`` on ("said [the minister Jane Doe], ...")."""
    toks: list[_Tok] = []
    stop = ""
    stop_at = len(text)
    limit = min(len(text), pos + _WINDOW)
    for m in _token_re().finditer(text, pos, limit):
        word = m.group()
        if not word[0].isalnum():
            if word == "." and toks and _abbrev(toks[-1][1], r):
                continue
            if word in "'’" and toks:
                continue
            stop, stop_at = word, m.end()
            break
        if not toks and word.casefold() in r.pronouns:
            return NounPhrase("pronoun", word)
        cls = _classify(word, toks[-1][0] if toks else None, r)
        if cls is None:
            break
        toks.append((cls, word))
        if len(toks) >= _MAX_TOKENS:
            break
    found = _interpret(toks, r)
    if stop == "," and (found is None or found.kind in {"role", "org"}):
        # An apposition: "dijo el ministro del Interior, Fernando Grande-Marlaska".
        appo = np_after(text, stop_at, r)
        if appo is not None and appo.kind == "name":
            roles = found.roles if found else ()
            return NounPhrase("name", appo.text, roles + appo.roles)
    return found


def np_before(text: str, end: int, r: Rules, start: int = 0) -> tuple[NounPhrase | None, int]:
    """The speaker named just before ``end`` ("[the ministry] said") and where it starts."""
    lo = max(start, end - _WINDOW)
    words = list(_token_re().finditer(text, lo, end))
    if lo > start and words:
        words = words[1:]  # the first token may be cut
    toks: list[_Tok] = []
    first = end
    for m in reversed(words):
        word = m.group()
        if not word[0].isalnum():
            if word == "." and toks:
                continue
            break
        if not toks and word.casefold() in r.pronouns:
            return NounPhrase("pronoun", word), m.start()
        cls = _classify(word, None, r)
        if cls is None:
            break
        if cls == "part" and not toks:
            break
        toks.append((cls, word))
        first = m.start()
        if len(toks) >= _MAX_TOKENS:
            break
    toks.reverse()
    # Re-classify left to right so particles inside names are recognised.
    fixed: list[_Tok] = []
    for _, word in toks:
        cls = _classify(word, fixed[-1][0] if fixed else None, r) or "cap"
        fixed.append((cls, word))
    return _interpret(fixed, r), first


def _abbrev(word: str, r: Rules) -> bool:
    return (len(word) == 1 and word.isupper()) or word.casefold() in r.abbreviations


def _interpret(toks: list[_Tok], r: Rules) -> NounPhrase | None:
    """Read a run of classified tokens as a name, an organisation or a role."""
    while toks and toks[-1][0] in {"det", "conn", "part"}:
        toks = toks[:-1]
    if not toks:
        return None
    roles = tuple(w.casefold() for c, w in toks if c == "role")
    last_cls = toks[-1][0]
    if last_cls == "cap":
        # The name is the trailing run of capitalised words and particles.
        i = len(toks)
        while i > 0 and toks[i - 1][0] in {"cap", "part"}:
            i -= 1
        run = [w for _, w in toks[i:]]
        while run and run[0].casefold() in r.particles and not _is_cap(run[0]):
            run = run[1:]
        if i > 0 and toks[i - 1][0] == "org":
            # "the Interior Ministry" is read backwards as org + cap only in odd orders;
            # a name right after an organisation word stays a name.
            pass
        return NounPhrase("name", _trim_name(run, r), roles)
    if last_cls == "org":
        i = len(toks) - 1
        while i > 0 and toks[i - 1][0] == "cap":
            i -= 1
        return NounPhrase("org", " ".join(w for _, w in toks[i:]), roles)
    if last_cls == "role":
        # "a spokesman for the ministry": the organisation, if one follows a connector.
        return NounPhrase("role", toks[-1][1], roles)
    return None


def _trim_name(run: list[str], r: Rules) -> str:
    """The surname with its particles and at most one given name ("Kathleen Van Brempt")."""
    if len(run) <= 1:
        return " ".join(run)
    i = len(run) - 1
    while i > 0 and run[i - 1].casefold() in r.particles:
        i -= 1
    given = 0
    while i > 0 and given < _NAME_GIVEN:
        i -= 1
        given += 1
    # Keep initials before the given name ("J. R. R. Tolkien" is rare; "George W. Bush" is not).
    if i > 0 and len(run[i]) == 1:
        i -= 1
    return " ".join(run[i:])


# --- identity ----------------------------------------------------------------------------


@functools.cache
def _identity_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    titles: set[str] = set()
    suffixes: set[str] = set()
    particles: set[str] = set()
    for code in lang_data.SUPPORTED:
        data = lang_data.get(code)
        titles |= set(data.SPEAKER_TITLES) | set(data.SPEAKER_DETERMINERS)
        suffixes |= set(data.SPEAKER_ROLE_SUFFIXES)
        particles |= set(data.NAME_PARTICLES)
    return frozenset(titles), tuple(sorted(suffixes)), frozenset(particles)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def _name_word_re() -> re.Pattern[str]:
    return re.compile(r"\w[\w'’\-]{0,40}")


def _core(name: str) -> tuple[list[str], str]:
    """Given names and surname of ``name``, titles and articles left out."""
    titles, suffixes, particles = _identity_words()
    words = _name_word_re().findall(name)
    kept = []
    for w in words:
        low = w.casefold()
        if low in titles or any(low.endswith(s) and len(low) > len(s) + 2 for s in suffixes):
            continue
        kept.append(w)
    if not kept:
        kept = words
    if not kept:
        return [], ""
    surname = _fold(kept[-1])
    given = [_fold(w) for w in kept[:-1] if w.casefold() not in particles]
    return given, surname


def speaker_key(name: str) -> str:
    """The identity of a speaker: the surname, case and accents folded, titles left out.

    >>> speaker_key("Eurocommissaris Henna Virkkunen"), speaker_key("Virkkunen")
    ('virkkunen', 'virkkunen')
    """
    return _core(name)[1]


def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether ``a`` and ``b`` name the same person or body.

    Full name, surname and title plus name match; two different given names do not.
    ``None`` (no speaker known) never matches.

    >>> same_speaker("Henna Virkkunen", "Eurocommissaris Virkkunen")
    True
    >>> same_speaker("Henna Virkkunen", None)
    False
    """
    if a is None or b is None:
        return False
    given_a, key_a = _core(a)
    given_b, key_b = _core(b)
    if not key_a or key_a != key_b:
        return False
    if given_a and given_b:
        x, y = given_a[0], given_b[0]
        if x != y and not ((len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))):
            return False
    return True
