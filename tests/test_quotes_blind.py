"""The blind quote set: statement spans and speakers on paragraphs the rules were not written on.

``tests/data/quotes_blind.json`` was written fresh (news paragraphs in five languages: several
speakers alternating, colons, partial quotes mid-sentence, speakers named a sentence earlier,
roles and appositions, organisations, plural speakers, quotes inside quotes, headlines, dash
dialogue) and scored before the rules were changed. The test prints, per language, the span F1
(a found statement counts when it overlaps an annotated one) and the speaker accuracy
(annotated statements found with the same speaker by ``same_speaker``; ``None`` must be found as
``None``), and fails below the floors, which sit a little under the figures reached.

``tests/data/quotes_holdout.json`` is a second blind round, written after the first round's
fixes and scored once before any further change (speaker accuracy 0.84 then); it is held to the
same kind of floors, a little lower per language because each language has only ten statements.
``tests/data/quotes_round3.json`` is a third round, written after the second round's fixes
(speaker accuracy 35 of 38 when first scored), held to the holdout's floors.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from quote_scoring import cases, gold, score

BLIND = Path(__file__).parent / "data" / "quotes_blind.json"
HOLDOUT = Path(__file__).parent / "data" / "quotes_holdout.json"
ROUND3 = Path(__file__).parent / "data" / "quotes_round3.json"
SETS = {"blind": BLIND, "holdout": HOLDOUT, "round3": ROUND3}
LANGS = ("en", "nl", "de", "fr", "es")
MIN_F1 = 0.95
MIN_SPEAKER = 0.90
MIN_SPEAKER_ALL = 0.93
MIN_SPEAKER_HOLDOUT = 0.85


@pytest.mark.parametrize(("name", "minimum"), [("blind", 30), ("holdout", 9), ("round3", 6)])
def test_blind_set_is_well_formed(name: str, minimum: int) -> None:
    per_lang: dict[str, int] = defaultdict(int)
    for case in cases(SETS[name]):
        assert case["lang"] in LANGS, case["label"]
        assert set(case) == {"label", "lang", "text", "quotes"}, case["label"]
        gold(case)  # every annotated statement is in its text, in order
        per_lang[case["lang"]] += len(case["quotes"])
    assert all(per_lang[lang] >= minimum for lang in LANGS), dict(per_lang)


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("lang", LANGS)
def test_blind_spans_and_speakers(name: str, lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    s = score(lang, SETS[name])
    with capsys.disabled():
        print(  # noqa: T201 (the measured figures are the test's output)
            f"\nquotes {name} {lang}: {s['statements']} statements, span P {s['precision']:.3f} "
            f"R {s['recall']:.3f} F1 {s['f1']:.3f}, speaker accuracy {s['speaker']:.3f}"
        )
    assert s["f1"] >= MIN_F1, s["misses"]
    assert s["speaker"] >= (MIN_SPEAKER if name == "blind" else MIN_SPEAKER_HOLDOUT), s["misses"]


@pytest.mark.parametrize("name", SETS)
def test_blind_speaker_accuracy_overall(name: str) -> None:
    scores = [score(lang, SETS[name]) for lang in LANGS]
    total = sum(s["statements"] for s in scores)
    right = sum(s["right"] for s in scores)
    assert right / total >= MIN_SPEAKER_ALL
