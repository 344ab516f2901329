"""Render docs/rules.md, the interval-rule table, from the language data in factcheck/lang.

Run ``python docs/_gen_rules.py`` after changing a language module; tests/test_rules_doc.py
fails while the committed page differs from what this script renders. The example column is
computed by the extractor itself, so the page cannot drift from the code either.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from factcheck import lang as lang_data
from factcheck.extract.numbers import extract_numbers
from factcheck.model import Interval

PAGE = Path(__file__).with_name("rules.md")
LANGS = ("en", "nl", "de", "fr", "es")

# (rule, how the interval is built, example language, example text, claim text)
RULES = [
    (
        "Precision",
        (
            "the stated digits: half a step of the last significant digit on each side; "
            "trailing zeros of an integer are not significant"
        ),
        "en",
        "40,000 people",
        "40,000 people",
    ),
    (
        "Small whole number",
        "below 100 and without a scale word: to the unit (counted, not rounded)",
        "nl",
        "tien jaar",
        "tien jaar",
    ),
    ("Precision with decimals", "the step of the last decimal", "en", "3.02 million", "3.02 million"),
    (
        "Scale word",
        "the number times the scale, precision scaled with it",
        "nl",
        "drie miljoen",
        "drie miljoen",
    ),
    (
        "Approximator",
        "the precision interval widened by 10 % of the value on each side",
        "en",
        "about 3 million",
        "about 3 million",
    ),
    (
        "More than",
        "open lower bound at the stated value, no upper bound",
        "nl",
        "ruim 3 miljoen",
        "ruim 3 miljoen",
    ),
    (
        "At least",
        "closed lower bound at the stated value, no upper bound",
        "en",
        "at least 40",
        "at least 40",
    ),
    ("Less than", "from 0 up to the stated value, open", "de", "weniger als 40", "weniger als 40"),
    ("Up to", "from 0 up to the stated value, closed", "en", "up to 40", "up to 40"),
    (
        "Nearly",
        "just under the stated value: from 90 % of it up to it, open",
        "nl",
        "bijna 40.000",
        "bijna 40.000",
    ),
    ("Vague quantity", "the documented range of the word (table below)", "de", "Tausende", "Tausende"),
    (
        "Range",
        "from the low end of the first number to the high end of the second",
        "fr",
        "entre 3 et 5",
        "entre 3 et 5",
    ),
    (
        "Range with one scale",
        "the first number takes the scale of the second",
        "en",
        "3 to 5 million",
        "3 to 5 million",
    ),
    ("Fraction", "exact", "en", "three quarters", "three quarters"),
    (
        "Fraction in digits",
        "exact; a proper fraction over 2, 3, 4, 5, 6, 8, 10 or 100, not after a date word ('on 3/4')",
        "en",
        "3/4 of voters",
        "3/4 of voters",
    ),
    ("Half of a multiplier", "half the multiplier or scale word", "en", "half a dozen", "half a dozen"),
    ("Ratio", "exact: the first number over the second", "nl", "1 op de 3", "1 op de 3"),
    ("Sign", "the interval mirrored", "en", "minus 5 degrees", "minus 5 degrees"),
    ("Minor currency unit", "the amount in the major unit (1/100)", "es", "34 céntimos", "34 céntimos"),
    ("Rate", "the interval per time unit", "nl", "duizenden per uur", "duizenden per uur"),
    ("One time unit", "exact: one unit", "en", "talks lasted an hour", "an hour"),
    ("Vague duration", "vague range, in the unit", "fr", "pendant quelques jours", "quelques jours"),
    ("Whole time unit", "exact: one unit", "nl", "de hele week", "de hele week"),
    ("Trailing half", "the duration plus half a unit", "es", "dos años y medio", "dos años y medio"),
]

WORD_ROWS = [
    ("Decimal separator", "DECIMAL_SEP"),
    ("Group separators", "GROUP_SEPS"),
    ("Approximators", "APPROXIMATORS"),
    ("More than", "MORE_THAN"),
    ("At least", "AT_LEAST"),
    ("Less than", "LESS_THAN"),
    ("Up to", "UP_TO"),
    ("Nearly", "NEARLY"),
    ("Range words", "RANGE_PAIRS"),
    ("Ratio words", "RATIO_WORDS"),
    ("Sign words", "NEGATIVE_WORDS"),
    ("Scale words", "SCALES"),
    ("Scale abbreviations", "SCALE_ABBREVIATIONS"),
    ("Multipliers", "MULTIPLIERS"),
    ("Halves", "HALF_WORDS"),
    ("Half before a multiplier", "HALF_BEFORE"),
    ("Whole time unit", "WHOLE_TIME"),
    ("Frequency (no duration after)", "FREQUENCY_WORDS"),
    ("Weight context", "WEIGHT_CONTEXT"),
    ("Percent", "PERCENT_WORDS"),
    ("Percentage points", "POINT_WORDS"),
    ("Rate words", "PER_WORDS"),
    ("Count over a duration", "OVER_WORDS"),
    ("Speaker markers", "SPEAKER_MARKERS"),
]

SEPARATOR_NAMES = {
    " ": "space",
    ".": "`.`",
    ",": "`,`",
    "'": "`'`",
    "’": "`’`",
    "\u00a0": "no-break space",
    "\u202f": "narrow no-break space",
    "\u2009": "thin space",
}


def _num(x: float) -> str:
    if math.isinf(x):
        return "∞"
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.6g}"


def _interval(iv: Interval) -> str:
    if iv.is_exact:
        return _num(iv.low)
    left = "[" if iv.low_closed else "("
    right = "]" if iv.high_closed else ")"
    return f"{left}{_num(iv.low)}, {_num(iv.high)}{right}"


def _example(lang: str, text: str, claim_text: str) -> str:
    for claim in extract_numbers(text, lang):
        if claim.text == claim_text and isinstance(claim.value, Interval):
            unit = f" {claim.unit}" if claim.unit else ""
            return f"{lang}: “{text}” → {_interval(claim.value)}{unit}"
    msg = f"example {text!r} ({lang}) gives no claim {claim_text!r}"
    raise SystemExit(msg)


def _words(value: object) -> str:
    if isinstance(value, str):
        return " ".join(SEPARATOR_NAMES.get(c, f"`{c}`") for c in value)
    if isinstance(value, dict):
        items = sorted(value.items(), key=lambda kv: (kv[1], kv[0]))
        return ", ".join(f"{k} ({_num(v)})" for k, v in items)
    if isinstance(value, tuple):
        pairs = [f"{a} … {b}" if a else f"… {b}" for a, b in value]
        return ", ".join(pairs)
    if isinstance(value, frozenset):
        return ", ".join(sorted(value))
    return str(value)


def render() -> str:
    """The page, as Markdown."""
    out = [
        "# Interval rules",
        "",
        "<!-- Generated by docs/_gen_rules.py from factcheck/lang/*.py; do not edit by hand. -->",
        "",
        "A number in a text is read as the interval its wording allows, so that two sources agree",
        "when their intervals overlap and disagree when they cannot both be true. The examples are",
        "computed by the extractor.",
        "",
        "## How a number becomes an interval",
        "",
        "| rule | interval | example |",
        "|---|---|---|",
    ]
    out.extend(
        f"| {rule} | {how} | {_example(lang, text, claim)} |" for rule, how, lang, text, claim in RULES
    )
    out += [
        "",
        "A count over a duration in one clause (“3 million images in 11 days”) also gives a derived",
        "rate per hour: the count interval divided by the duration read as exact.",
        "",
        "Choices made where the design leaves room: English “m” after digits is a million only",
        "with a currency (“$3m”), otherwise a metre; bare “degrees” are Celsius; “een”, “a”, “un”",
        "on their own are articles, not the count 1, but before a time unit they are exactly one",
        "unit (“an hour”) unless a figure or a frequency word comes first in the clause (“€80 a",
        "month”, “twice a day”) or “ago” follows; “over 15 years” is a stretch of time, not a",
        "lower bound; a year (1900–2100 as four plain digits) is never a count.",
        "",
        "## Words per language",
        "",
        "| rule | " + " | ".join(LANGS) + " |",
        "|---|" + "---|" * len(LANGS),
    ]
    for title, name in WORD_ROWS:
        cells = [_words(getattr(lang_data.get(code), name)) for code in LANGS]
        out.append(f"| {title} | " + " | ".join(cells) + " |")
    out += ["", "## Vague quantities", "", "| language | word | interval |", "|---|---|---|"]
    for code in LANGS:
        vague = lang_data.get(code).VAGUE
        for word, (low, high) in sorted(vague.items(), key=lambda kv: (kv[1], kv[0])):
            out.append(f"| {code} | {word} | [{_num(low)}, {_num(high)}) |")
    out += ["", "## Vague durations", "", "Before a time unit only: “a few hours” is [2, 5) hours."]
    out += ["", "| language | word | units |", "|---|---|---|"]
    for code in LANGS:
        vague = lang_data.get(code).VAGUE_TIME
        for word, (low, high) in sorted(vague.items(), key=lambda kv: (kv[1], kv[0])):
            out.append(f"| {code} | {word} | [{_num(low)}, {_num(high)}) |")
    out.append("")
    return "\n".join(out)


def main() -> int:
    """Write the page."""
    PAGE.write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
