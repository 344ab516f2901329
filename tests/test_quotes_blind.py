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

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from factcheck.extract.quotes import extract_quotes, same_speaker

BLIND = Path(__file__).parent / "data" / "quotes_blind.json"
HOLDOUT = Path(__file__).parent / "data" / "quotes_holdout.json"
ROUND3 = Path(__file__).parent / "data" / "quotes_round3.json"
SETS = {"blind": BLIND, "holdout": HOLDOUT, "round3": ROUND3}
LANGS = ("en", "nl", "de", "fr", "es")
MIN_F1 = 0.95
MIN_SPEAKER = 0.90
MIN_SPEAKER_ALL = 0.93
MIN_SPEAKER_HOLDOUT = 0.85


def _cases(path: Path = BLIND) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["cases"]
    return cases


def _gold(case: dict[str, Any]) -> list[tuple[int, int, str | None]]:
    out = []
    pos = 0
    for q in case["quotes"]:
        start = case["text"].index(q["text"], pos)
        end = start + len(q["text"])
        out.append((start, end, q["speaker"]))
        pos = end
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(lang: str, path: Path = BLIND) -> dict[str, Any]:
    """Span precision, recall, F1 and speaker accuracy of ``lang``'s cases, with the misses."""
    found = expected = hit_pred = predicted = right_speaker = 0
    misses: list[tuple[str, str, str | None, str | None]] = []
    for case in _cases(path):
        if case["lang"] != lang:
            continue
        gold = _gold(case)
        claims = extract_quotes(case["text"], lang)
        predicted += len(claims)
        expected += len(gold)
        hit_pred += sum(any(_overlap(c.span, g[:2]) for g in gold) for c in claims)
        for start, end, speaker in gold:
            match = [c for c in claims if _overlap(c.span, (start, end))]
            got = match[0].speaker if match else None
            if match:
                found += 1
            if match and ((speaker is None and got is None) or same_speaker(speaker, got)):
                right_speaker += 1
            else:
                misses.append(
                    (case["label"], case["text"][start:end][:40], speaker, got if match else "(no span)")
                )
    precision = hit_pred / predicted if predicted else 1.0
    recall = found / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "statements": expected,
        "right": right_speaker,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "speaker": right_speaker / expected if expected else 1.0,
        "misses": misses,
    }


@pytest.mark.parametrize(("name", "minimum"), [("blind", 30), ("holdout", 9), ("round3", 6)])
def test_blind_set_is_well_formed(name: str, minimum: int) -> None:
    per_lang: dict[str, int] = defaultdict(int)
    for case in _cases(SETS[name]):
        assert case["lang"] in LANGS, case["label"]
        assert set(case) == {"label", "lang", "text", "quotes"}, case["label"]
        _gold(case)  # every annotated statement is in its text, in order
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
