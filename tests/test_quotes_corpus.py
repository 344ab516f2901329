"""The quote corpus: statement spans and speakers in five languages, measured.

``tests/data/quotes_corpus.json`` holds news-like paragraphs with every quoted statement
(by its text; the offsets are resolved here) and its speaker. The test prints, per language,
the statement span F1 (a found statement counts when it overlaps an annotated one) and the
speaker accuracy (annotated statements found with the same speaker, by ``same_speaker``;
``None`` must be found as ``None``), and fails below F1 0.95 or accuracy 0.90.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from factcheck.extract.quotes import extract_quoted_terms, extract_quotes, same_speaker

CORPUS = Path(__file__).parent / "data" / "quotes_corpus.json"
LANGS = ("en", "nl", "de", "fr", "es")
MIN_F1 = 0.95
MIN_SPEAKER = 0.90


def _cases() -> list[dict[str, Any]]:
    return json.loads(CORPUS.read_text(encoding="utf-8"))["cases"]


def _gold(case: dict[str, Any]) -> list[tuple[int, int, str | None]]:
    """Annotated statements as (start, end, speaker), located left to right."""
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


def _score(lang: str) -> dict[str, float]:
    found = expected = hit_pred = predicted = right_speaker = 0
    for case in _cases():
        if case["lang"] != lang:
            continue
        gold = _gold(case)
        claims = extract_quotes(case["text"], lang)
        predicted += len(claims)
        expected += len(gold)
        hit_pred += sum(any(_overlap(c.span, g[:2]) for g in gold) for c in claims)
        for start, end, speaker in gold:
            match = [c for c in claims if _overlap(c.span, (start, end))]
            if not match:
                continue
            found += 1
            got = match[0].speaker
            if (speaker is None and got is None) or same_speaker(speaker, got):
                right_speaker += 1
    precision = hit_pred / predicted if predicted else 1.0
    recall = found / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "statements": expected,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "speaker": right_speaker / expected if expected else 1.0,
    }


def test_corpus_is_well_formed() -> None:
    cases = _cases()
    per_lang: dict[str, int] = defaultdict(int)
    for case in cases:
        assert case["lang"] in LANGS, case["label"]
        assert set(case) == {"label", "lang", "text", "quotes", "terms"}, case["label"]
        _gold(case)  # every annotated statement is in its text, in order
        for term in case["terms"]:
            assert term in case["text"], (case["label"], term)
        per_lang[case["lang"]] += len(case["quotes"])
    assert sum(per_lang.values()) >= 150
    assert all(per_lang[lang] >= 25 for lang in LANGS), dict(per_lang)


@pytest.mark.parametrize("lang", LANGS)
def test_statement_spans_and_speakers(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    s = _score(lang)
    with capsys.disabled():
        print(  # noqa: T201 (the measured figures are the test's output)
            f"\nquotes {lang}: {s['statements']:.0f} statements, span P {s['precision']:.3f} "
            f"R {s['recall']:.3f} F1 {s['f1']:.3f}, speaker accuracy {s['speaker']:.3f}"
        )
    assert s["f1"] >= MIN_F1
    assert s["speaker"] >= MIN_SPEAKER


@pytest.mark.parametrize("case", _cases(), ids=lambda c: f"{c['lang']}-{c['label']}")
def test_terms_are_not_statements(case: dict[str, Any]) -> None:
    text = case["text"]
    terms = [text[s:e] for s, e in extract_quoted_terms(text, case["lang"])]
    assert terms == case["terms"]
    statements = {c.text for c in extract_quotes(text, case["lang"])}
    assert not statements & set(case["terms"])
