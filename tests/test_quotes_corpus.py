"""The quote corpus: statement spans and speakers in five languages, measured.

``tests/data/quotes_corpus.json`` holds news-like paragraphs with every quoted statement
(by its text; the offsets are resolved here) and its speaker. The test prints, per language,
the statement span F1 (a found statement counts when it overlaps an annotated one) and the
speaker accuracy (annotated statements found with the same speaker, by ``same_speaker``;
``None`` must be found as ``None``), and fails below F1 0.95 or accuracy 0.90.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from quote_scoring import cases, gold, score

from factcheck.extract.quotes import extract_quoted_terms, extract_quotes

CORPUS = Path(__file__).parent / "data" / "quotes_corpus.json"
LANGS = ("en", "nl", "de", "fr", "es")
MIN_F1 = 0.95
MIN_SPEAKER = 0.90


def test_corpus_is_well_formed() -> None:
    per_lang: dict[str, int] = defaultdict(int)
    for case in cases(CORPUS):
        assert case["lang"] in LANGS, case["label"]
        assert set(case) == {"label", "lang", "text", "quotes", "terms"}, case["label"]
        gold(case)  # every annotated statement is in its text, in order
        for term in case["terms"]:
            assert term in case["text"], (case["label"], term)
        per_lang[case["lang"]] += len(case["quotes"])
    assert sum(per_lang.values()) >= 150
    assert all(per_lang[lang] >= 25 for lang in LANGS), dict(per_lang)


@pytest.mark.parametrize("lang", LANGS)
def test_statement_spans_and_speakers(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    s = score(lang, CORPUS)
    with capsys.disabled():
        print(  # noqa: T201 (the measured figures are the test's output)
            f"\nquotes {lang}: {s['statements']:.0f} statements, span P {s['precision']:.3f} "
            f"R {s['recall']:.3f} F1 {s['f1']:.3f}, speaker accuracy {s['speaker']:.3f}"
        )
    assert s["f1"] >= MIN_F1
    assert s["speaker"] >= MIN_SPEAKER


@pytest.mark.parametrize("case", cases(CORPUS), ids=lambda c: f"{c['lang']}-{c['label']}")
def test_terms_are_not_statements(case: dict[str, Any]) -> None:
    text = case["text"]
    terms = [text[s:e] for s, e in extract_quoted_terms(text, case["lang"])]
    assert terms == case["terms"]
    statements = {c.text for c in extract_quotes(text, case["lang"])}
    assert not statements & set(case["terms"])
