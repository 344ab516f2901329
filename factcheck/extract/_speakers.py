"""Who said it: noun phrases around speech verbs, and speaker identity.

The per-language words (speech verbs, titles, organisations, pronouns, name particles) come
from the ``# --- quotes ---`` section of each ``factcheck/lang/*.py`` module; the patterns
built from them are compiled once per process.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from typing import Literal

import attrs

from factcheck import lang as lang_data

__all__ = [
    "NounPhrase",
    "Rules",
    "np_after",
    "np_before",
    "np_span_after",
    "rules",
    "same_speaker",
    "speaker_key",
]

NPKind = Literal["name", "org", "role", "pronoun"]

# Words that join a role to what it belongs to ("spokesman for the ministry",
# "woordvoerder van het ministerie", "Sprecher des Ministeriums", "ministre de l'Intérieur").
_CONNECTORS = frozenset(
    {"of", "for", "at", "van", "voor", "bij", "des", "der", "von", "de", "du", "del", "di"}
)
# Bound the phrase: a speaker is named in a handful of words.
_MAX_TOKENS = 10
_FIRST_TOKENS = 8  # tokens read first after a speech verb (see np_span_after)
_WINDOW = 160
_NAME_GIVEN = 2


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
    adverbs: frozenset[str]
    reflexives: frozenset[str]
    pro_drop: bool
    not_after: frozenset[str]
    female: frozenset[str]
    male: frozenset[str]
    plural: frozenset[str]
    dialogue: bool
    plural_endings: tuple[str, ...]
    # What _classify said of a word after a class, remembered: names and titles recur.
    classes: dict[tuple[str, str | None], str | None] = attrs.field(factory=dict, eq=False, repr=False)


def _alternation(words: frozenset[str]) -> str:
    parts = sorted(words, key=len, reverse=True)
    return "|".join(_escaped(w) for w in parts)


def _escaped(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"\s{1,3}")


def _by_first(words: frozenset[str]) -> str:
    """:func:`_alternation` with the words grouped under their first letter: "z(?:egt|ei)".

    The engine tries every alternative of a case-blind alternation at each word start; grouped,
    it tries one per first letter, then the words of one group. The words of a group keep
    their order, and words under first letters that no character matches both (case-blind)
    never match at the same offset, so the first alternative that matches is the same word.
    Falls back to the plain alternation when the first letters do not split that way.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[:1].casefold(), []).append(w)
    firsts = [sorted({w[0] for w in group}) for group in groups.values() if group[0]]
    if len(firsts) != len(groups) or not all(
        _same_letter(a, b) == (ga is gb)
        for ga, gb in itertools.product(firsts, repeat=2)
        for a in ga
        for b in gb
    ):
        return _alternation(words)
    out = []
    for group in groups.values():
        if len(group) == 1:
            out.append(_escaped(group[0]))
        else:
            rest = "|".join(_escaped(w[1:]) for w in group)
            out.append(f"{re.escape(group[0][0])}(?:{rest})")
    return "|".join(out)


def _same_letter(a: str, b: str) -> bool:
    """Whether a case-blind pattern ``a`` matches the character ``b``."""
    return re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None


@functools.cache
def rules(lang: str) -> Rules:
    """The attribution rules of ``lang``, built from its data module once per process."""
    data = lang_data.get(lang)
    verbs = frozenset(data.SPEECH_VERBS)
    preps = frozenset(data.SPEECH_PREPS)
    aux = frozenset(data.SPEECH_AUX)
    verb_re = re.compile(
        rf"""(?<![\w'’-])
        (?:(?P<prep>{_by_first(preps)})
          |(?:(?P<aux>{_by_first(aux)})\s{{1,3}})?
           (?P<verb>{_by_first(verbs - preps)})
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
        adverbs=frozenset(data.SPEECH_ADVERBS),
        reflexives=frozenset(data.SPEECH_REFLEXIVES),
        pro_drop=bool(data.SPEECH_PRO_DROP),
        not_after=frozenset(data.SPEAKER_NOT_AFTER),
        female=frozenset(data.SPEAKER_FEMALE),
        male=frozenset(data.SPEAKER_MALE),
        plural=frozenset(data.SPEAKER_PLURAL),
        dialogue=bool(data.DIALOGUE_DASH),
        plural_endings=tuple(data.SPEECH_PLURAL_ENDINGS),
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
    # most words end with no role suffix: one C call rules them out
    return low.endswith(r.role_suffixes) and any(
        low.endswith(s) and len(low) > len(s) + 2 for s in r.role_suffixes
    )


_Tok = tuple[str, str]  # (class, word): class in det/role/org/cap/part/conn/mod
# A token as the pattern matched it: tok[0] the word, tok.start() and tok.end() its offsets
# (the match itself, not a tuple made of it: thousands are read per text).
_RawTok = re.Match[str]


def _raw_tokens(text: str, lo: int, hi: int, limit: int | None = None) -> list[_RawTok]:
    found = _token_re().finditer(text, lo, hi)
    return list(itertools.islice(found, limit))


def _strip_elision(word: str, r: Rules) -> str:
    """Drop an elided article: "l'eurodéputée" -> "eurodéputée"."""
    if len(word) > 3 and word[1] in "'’":
        head = word[0].casefold() + "'"
        if head in r.determiners or head.replace("'", "’") in r.determiners:
            return word[2:]
    return word


_MAX_CLASSES = 1 << 16  # remembered classes per language; forgotten all at once past it
_MISSING = "missing"  # not a class


def _classify(word: str, prev: str | None, r: Rules) -> str | None:
    """The class of ``word`` after a word of class ``prev`` (see :func:`_classify_new`)."""
    key = (word, prev)
    memo = r.classes
    cls = memo.get(key, _MISSING)
    if cls is not _MISSING:
        return cls
    if len(memo) >= _MAX_CLASSES:
        memo.clear()
    cls = memo[key] = _classify_new(word, prev, r)
    return cls


def _classify_new(word: str, prev: str | None, r: Rules) -> str | None:
    low = word.casefold()
    in_name = prev in {"cap", "part"}
    if in_name and low in r.particles and not _is_cap(word):
        return "part"
    if low in r.determiners and not (in_name and low in r.particles):
        return "det"
    if prev == "cap" and _is_cap(word) and low not in r.orgs:
        return "cap"  # a surname that is also a title: "trainer Dick Advocaat"
    if _is_role(low, r) or ((low in r.female or low in r.male) and low not in r.pronouns and len(low) > 2):
        return "role"  # kin words too: "Ihr Nachbar Jürgen Lenz", "her husband Mark"
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


def _is_word(word: str) -> bool:
    return word[:1].isalnum()


def _modifier(word: str, nxt: str | None, r: Rules) -> bool:
    """A lowercase word before a role or a name ("de Belgische journalist Peter Mertens")."""
    if nxt is None or not _is_word(nxt) or not word.isalpha() or not word.islower():
        return False
    if word in r.stop_words or word in r.pronouns:
        return False
    nxt = _strip_elision(nxt, r)
    return _is_cap(nxt) or _is_role(nxt.casefold(), r)


def _descriptive(word: str, prev: str | None, r: Rules) -> bool:
    """A common noun right after an article names a speaker after a speech verb ("su abogado")."""
    return prev == "det" and len(word) > 2 and word.isalpha() and word.islower() and word not in r.stop_words


def _scan_forward(raw: list[_RawTok], r: Rules, *, descriptive: bool = False) -> tuple[list[_Tok], int]:
    """Classify tokens left to right; return them and how many raw tokens were used."""
    toks: list[_Tok] = []
    caps = 0
    after_det = False
    k = 0
    while k < len(raw) and len(toks) < _MAX_TOKENS:
        word = raw[k][0]
        if not word[:1].isalnum():  # _is_word, inline: it runs for every token
            if word == "." and toks and _abbrev(toks[-1][1], r):
                k += 1
                continue
            break
        if word.isdigit() and _age(raw, k) and (not toks or toks[-1][0] in {"det", "mod"}):
            k += 3  # "de 84-jarige Gerrit Kuipers"
            continue
        # only a word with an apostrophe second can lose an elided article
        w = _strip_elision(word, r) if len(word) > 3 and word[1] in "'’" else word
        prev = toks[-1][0] if toks else None
        cls = _classify(w, prev, r)
        if cls == "det" and prev == "cap":
            break  # a new phrase: "sagte Ursu dem MDR", "die Mutter des Opfers"
        if cls == "part" and not _is_cap(w) and caps >= 2 and not after_det:
            # "Eelco Heinen van Financiën": a person's name ends before "van"; an
            # organisation's does not ("la Agencia Estatal de Meteorología").
            break
        if cls == "part" and prev in {"org", "role", "noun"}:
            cls = "conn"
        if cls is None and caps < 2 and _modifier(w, raw[k + 1][0] if k + 1 < len(raw) else None, r):
            cls = "mod"  # not after a full name: "Anna Berg kündigte Kontrollen an" ends at the verb
        if cls is None and prev == "role" and k + 1 < len(raw) and raw[k + 1][0] == "," and _plain(w, r):
            cls = "mod"  # "sa secrétaire générale, Sophie Binet"
        if cls is None and descriptive and _descriptive(w, prev, r):
            if all(c == "det" for c, _ in toks):
                cls = "noun"  # "zegt de moeder", "sostuvo su abogado"
            elif len(toks) > 1 and toks[-2][0] in {"conn", "part"}:
                cls = "cmp"  # "el abogado [de la familia], Juan Carlos Lorenzo"
        if cls is None:
            break
        if cls == "cap" and prev not in {"cap", "part"}:
            after_det = prev == "det"
        toks.append((cls, w))
        caps = caps + 1 if cls == "cap" else caps if cls == "part" else 0
        k += 1
    return toks, k


def _age(raw: list[_RawTok], k: int) -> bool:
    """An age written as a number, a hyphen and a word ("84-jarige", "67-year-old")."""
    return (
        raw[k][0].isdigit()
        and k + 2 < len(raw)
        and raw[k + 1][0] == "-"
        and raw[k + 1].start() == raw[k].end()
        and raw[k + 2][0][:1].islower()
    )


def _plain(word: str, r: Rules) -> bool:
    return word.isalpha() and word.islower() and word not in r.stop_words


def np_after(
    text: str, pos: int, r: Rules, *, apposition: bool = True, descriptive: bool = False
) -> NounPhrase | None:
    """The speaker named from ``pos`` on ("said [the minister Jane Doe], ...").

    ``descriptive`` (right after a speech verb) also takes an article and a common noun
    ("zegt de moeder", "sostuvo su abogado").
    """
    return np_span_after(text, pos, r, apposition=apposition, descriptive=descriptive)[0]


def np_span_after(
    text: str, pos: int, r: Rules, *, apposition: bool = True, descriptive: bool = False
) -> tuple[NounPhrase | None, int]:
    """:func:`np_after` and the offset where the phrase ends."""
    # A phrase is read left to right and ends within _MAX_TOKENS words: no need for more.
    # Most end within a few words, so a few tokens are read first; the scan looks at most
    # two tokens past where it stops, so when it stops three short of the end of those, it
    # read what it would have read in the full window.
    hi = min(len(text), pos + _WINDOW)
    raw = _raw_tokens(text, pos, hi, _FIRST_TOKENS)
    if raw and raw[0][0].casefold() in r.pronouns:
        return NounPhrase("pronoun", raw[0][0]), raw[0].end()
    toks, used = _scan_forward(raw, r, descriptive=descriptive)
    if used + 3 > len(raw) == _FIRST_TOKENS:
        raw = _raw_tokens(text, pos, hi, 2 * _MAX_TOKENS + 2)
        toks, used = _scan_forward(raw, r, descriptive=descriptive)
    found = _interpret(toks, r)
    end = raw[used - 1].end() if used else pos
    stop = raw[used][0] if used < len(raw) else ""
    definite = bool(toks) and toks[0][0] == "det"
    if apposition and stop == "," and (found is None or found.kind in {"role", "org"} or definite):
        # An apposition: "dijo el ministro del Interior, Fernando Grande-Marlaska".
        appo, appo_end = np_span_after(text, raw[used].end(), r, apposition=False)
        named = found is not None and found.kind == "name"
        if appo is not None and appo.kind == "name" and (not named or " " in appo.text):
            # "der Kapitän der Fähre, Lars Nilsson": a described person, then the name.
            roles = found.roles if found else ()
            return NounPhrase("name", appo.text, roles + appo.roles), appo_end
    return found, end


def np_before(
    text: str, end: int, r: Rules, start: int = 0, *, apposition: bool = True
) -> tuple[NounPhrase | None, int]:
    """The speaker named just before ``end`` ("[the ministry] said") and where it starts."""
    lo = max(start, end - _WINDOW)
    raw = _raw_tokens(text, lo, end)
    if lo > start and raw:
        raw = raw[1:]  # the first token may be cut
    if not raw:
        return None, end
    if raw[-1][0] == ")":
        # A party or portfolio in brackets: "Kathleen Van Brempt (Vooruit) zei".
        k = len(raw) - 1
        while k > 0 and len(raw) - k < _MAX_TOKENS and raw[k][0] != "(":
            k -= 1
        if raw[k][0] != "(":
            return None, end
        raw = raw[:k]
        if not raw:
            return None, end
    if raw[-1][0] == "," and apposition:
        return _apposition_before(text, raw[-1].start(), r, start)
    if raw[-1][0].casefold() in r.pronouns:
        return NounPhrase("pronoun", raw[-1][0]), raw[-1].start()
    j = len(raw)
    while j > 0 and len(raw) - j < _MAX_TOKENS:
        word = raw[j - 1][0]
        if not _is_word(word):
            if word == "." and j > 1 and _abbrev(raw[j - 2][0], r):
                j -= 1
                continue
            break
        w = _strip_elision(word, r)
        cls = _classify(w, None, r)
        if cls is None:
            nxt = raw[j][0] if j < len(raw) else None
            left = _strip_elision(raw[j - 2][0], r).casefold() if j > 1 else ""
            noun = j == len(raw) and left in r.determiners and _descriptive(w, "det", r)
            if not noun and (j == len(raw) or not _modifier(w, nxt, r)):
                break
        j -= 1
    if j == len(raw):
        return None, end
    toks, used = _scan_forward(raw[j:], r, descriptive=True)
    while 0 < used < len(raw) - j and raw[j + used][0].casefold() in r.determiners and toks[-1][0] == "cap":
        # The forward reading stopped at an article after a capitalised word ("Later the
        # secretary"): the phrase before the verb starts at that article.
        j += used
        toks, used = _scan_forward(raw[j:], r, descriptive=True)
    return _interpret(toks, r), raw[j].start() if used else end


def _apposition_before(text: str, comma: int, r: Rules, start: int) -> tuple[NounPhrase | None, int]:
    """Read "Jane Doe, a spokeswoman for the union, said" and "the mayor, Sadiq Khan, said"."""
    inner, first = np_before(text, comma, r, start, apposition=False)
    if inner is None:
        return None, comma
    k = first
    while k > start and text[k - 1] == " ":
        k -= 1
    outer: NounPhrase | None = None
    outer_first = first
    if k > start and text[k - 1] != ",":
        # The apposition goes on before the phrase read: find its opening comma.
        lo = max(start, k - _APPOSITION)
        opening = text.rfind(",", lo, k)
        if opening > lo and not _SENTENCE_END & set(text[opening:k]):
            outer, outer_first = np_before(text, opening, r, start, apposition=False)
            if outer is not None and outer.kind == "name":
                return NounPhrase("name", outer.text, outer.roles), outer_first
            outer = None
    if k > start and text[k - 1] == ",":
        outer, outer_first = np_before(text, k - 1, r, start, apposition=False)
    if inner.kind == "name":
        if outer is not None and outer.kind in {"role", "org"}:
            return NounPhrase("name", inner.text, outer.roles + inner.roles), outer_first
        return inner, first
    if outer is not None and outer.kind == "name":
        return NounPhrase("name", outer.text, outer.roles + inner.roles), outer_first
    return None, comma


_APPOSITION = 80
_SENTENCE_END = frozenset('.!?;:"“”«»„')


def _abbrev(word: str, r: Rules) -> bool:
    return (len(word) == 1 and word.isupper()) or word.casefold() in r.abbreviations


def _interpret(toks: list[_Tok], r: Rules) -> NounPhrase | None:
    """Read a run of classified tokens as a name, an organisation or a role."""
    while toks and toks[-1][0] in {"det", "conn", "part", "mod", "cmp"}:
        toks = toks[:-1]
    if any(t[0] == "cmp" for t in toks):
        toks = [t for t in toks if t[0] != "cmp"]
    if not toks:
        return None
    roles = tuple([w.casefold() for c, w in toks if c in {"role", "noun"}])
    last_cls = toks[-1][0]
    if last_cls == "cap":
        # The name is the trailing run of capitalised words and particles.
        i = len(toks)
        while i > 0 and toks[i - 1][0] in {"cap", "part"}:
            i -= 1
        h = i
        while h > 0 and toks[h - 1][0] in {"conn", "det", "part"}:
            h -= 1
        head = toks[h - 1] if h > 0 else None
        if head is not None and (h < i or head[0] == "org"):
            if head[0] in {"org", "noun"} or (head[0] == "role" and head[1].casefold() in r.orgs):
                # "het ministerie van Infrastructuur", "la Policía Nacional", "woordvoerder van
                # Schiphol", "los datos del INE"
                if head[0] != "org":
                    return NounPhrase("org", " ".join(w for _, w in toks[i:]), roles)
                o = h - 1
                while o > 0 and toks[o - 1][0] == "cap":
                    o -= 1
                person = _role_of(toks[:o], r)
                if person is not None:
                    # "una enfermera del hospital La Paz": the nurse speaks, not the hospital.
                    return NounPhrase("role", person, roles)
                return NounPhrase("org", " ".join(w for _, w in toks[o:]), roles)
            if head[0] == "role":
                # "la ministre de la Culture": the role; an apposition may name her.
                return NounPhrase("role", head[1], roles)
        run = [w for _, w in toks[i:]]
        while run and run[0].casefold() in r.particles and not _is_cap(run[0]):
            run = run[1:]
        if not run:
            return None
        return NounPhrase("name", _trim_name(run, r), roles)
    if last_cls == "org":
        i = len(toks) - 1
        while i > 0 and toks[i - 1][0] == "cap":
            i -= 1
        person = _role_of(toks[:i], r)
        if person is not None:
            return NounPhrase("role", person, roles)
        return NounPhrase("org", " ".join(w for _, w in toks[i:]), roles)
    if last_cls == "noun":
        return NounPhrase("role", toks[-1][1], roles)
    if last_cls == "role":
        i = len(toks) - 1
        if toks[i][1].casefold() in r.orgs and i > 0 and toks[i - 1][0] == "cap":
            # "a Ryanair spokesperson": the company speaks.
            k = i
            while k > 0 and toks[k - 1][0] == "cap":
                k -= 1
            return NounPhrase("org", " ".join(w for _, w in toks[k:i]), roles)
        return NounPhrase("role", toks[-1][1], roles)
    return None


def _role_of(toks: list[_Tok], r: Rules) -> str | None:
    """A person's role joined to an organisation: "[nurse] of the hospital"."""
    k = len(toks)
    if k == 0 or toks[k - 1][0] not in {"conn", "part", "det"}:
        return None
    while k > 0 and toks[k - 1][0] in {"conn", "part", "det"}:
        k -= 1
    if k > 0 and toks[k - 1][0] in {"role", "noun"} and toks[k - 1][1].casefold() not in r.orgs:
        return toks[k - 1][1]
    return None


def _trim_name(run: list[str], r: Rules) -> str:
    """The surname with its particles and up to two given names ("Kathleen Van Brempt")."""
    if len(run) <= 1:
        return " ".join(run)
    i = len(run) - 1
    while i > 0 and run[i - 1].casefold() in r.particles:
        i -= 1
    given = 0
    while i > 0 and given < _NAME_GIVEN:
        i -= 1
        if len(run[i]) > 1:
            given += 1
    return " ".join(run[i:])


# --- identity ----------------------------------------------------------------------------


@attrs.frozen
class _Identity:
    titles: frozenset[str]
    suffixes: tuple[str, ...]
    particles: frozenset[str]
    female: frozenset[str]
    male: frozenset[str]


@functools.cache
def _identity_words() -> _Identity:
    titles: set[str] = set()
    suffixes: set[str] = set()
    particles: set[str] = set()
    female: set[str] = set()
    male: set[str] = set()
    for code in lang_data.SUPPORTED:
        data = lang_data.get(code)
        titles |= set(data.SPEAKER_TITLES) | set(data.SPEAKER_DETERMINERS)
        suffixes |= set(data.SPEAKER_ROLE_SUFFIXES)
        particles |= set(data.NAME_PARTICLES)
        female |= set(data.SPEAKER_FEMALE)
        male |= set(data.SPEAKER_MALE)
    # A pronoun of one language is a name elsewhere ("er", "il"): only titles and kin words
    # tell a speaker's gender.
    pronouns = {p for code in lang_data.SUPPORTED for p in lang_data.get(code).SPEAKER_PRONOUNS}
    return _Identity(
        frozenset(titles),
        tuple(sorted(suffixes)),
        frozenset(particles),
        frozenset(female - male - pronouns),
        frozenset(male - female - pronouns),
    )


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def _name_word_re() -> re.Pattern[str]:
    return re.compile(r"\w[\w'’\-]{0,40}")


@attrs.frozen
class _Core:
    given: tuple[str, ...]
    surname: str
    gender: str  # "f", "m" or "" (a title or kin word says so: "Frau Berg", "Mr Berg")


@functools.lru_cache(maxsize=4096)
def _core(name: str) -> _Core:
    """Given names, surname and gender cue of ``name``; titles, roles and articles left out.

    The name ends at a comma or a bracket ("Anna Berg, the EU commissioner", "Berg (EPP)");
    the given names are the capitalised words right before the surname, so that "de Zweedse
    eurocommissaris Anna Berg" and "la comisaria Berg" both come down to Berg.
    """
    ident = _identity_words()
    head = re.split(r"[,(\[]", name, maxsplit=1)[0]
    words = _name_word_re().findall(head) or _name_word_re().findall(name)
    if not words:
        return _Core((), "", "")
    gender = ""
    kept: list[str] = []
    for w in words:
        low = w.casefold()
        if not kept and (low in ident.female or low in ident.male):
            gender = "f" if low in ident.female else "m"  # only words in front of the name
        if not kept and (
            low in ident.titles or any(low.endswith(s) and len(low) > len(s) + 2 for s in ident.suffixes)
        ):
            continue  # a title or an article in front ("Frau Berg", "la comisaria Berg")
        kept.append(w)
    if not kept:
        kept = words
    surname = _fold(kept[-1])
    given: list[str] = []
    for w in reversed(kept[:-1]):
        low = w.casefold()
        if low in ident.particles:
            continue
        if not w[:1].isupper() or low in ident.titles or any(low.endswith(s) for s in ident.suffixes):
            break  # "eurocomisaria sueca Berg": roles and adjectives are no given names
        given.append(_fold(w))
    return _Core(tuple(reversed(given)), surname, gender)


def speaker_key(name: str) -> str:
    """The identity of a speaker: the surname, case and accents folded, titles left out.

    >>> speaker_key("Eurocommissaris Henna Virkkunen"), speaker_key("Virkkunen")
    ('virkkunen', 'virkkunen')
    """
    return _core(name).surname


def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether ``a`` and ``b`` name the same person or body.

    Full name, surname and title or role plus name match, in any of the five languages
    ("Anna Berg", "Berg", "commissioner Berg", "Ms Berg", "Frau Berg", "Mme Berg", "la
    comisaria Berg"); two different given names do not, nor two titles of different gender
    ("Frau Berg", "Herr Berg"). ``None`` (no speaker known) never matches.

    >>> same_speaker("Henna Virkkunen", "Eurocommissaris Virkkunen")
    True
    >>> same_speaker("Henna Virkkunen", None)
    False
    """
    if a is None or b is None:
        return False
    core_a, core_b = _core(a), _core(b)
    given_a, key_a = core_a.given, core_a.surname
    given_b, key_b = core_b.given, core_b.surname
    if not key_a or key_a != key_b:
        return False
    if core_a.gender and core_b.gender and core_a.gender != core_b.gender:
        return False  # "Frau Berg" and "Herr Berg"
    if given_a and given_b:
        # Some given name (or its initial) in common: "Rutger Groot Wassink" and "Groot Wassink".
        return any(
            x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
            for x in given_a
            for y in given_b
        )
    return True
