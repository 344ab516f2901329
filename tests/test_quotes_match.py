"""Quote matching across sources: the pair corpus, the seeds, and the rules one by one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.extract.quotes import extract_quoted_terms, extract_quotes, normalise_quote, same_speaker
from factcheck.model import Claim
from factcheck.quotematch import match_quotes

ROOT = Path(__file__).parents[1]
PAIRS = Path(__file__).parent / "data" / "quotes_pairs.json"
MIN_ACCURACY = 0.95


def quote(text: str, speaker: str | None = None) -> Claim:
    return Claim(
        kind="quote",
        text=text,
        span=(0, len(text)),
        value=normalise_quote(text),
        speaker=speaker,
        subject=speaker or "",
    )


def _cases() -> list[dict[str, Any]]:
    return json.loads(PAIRS.read_text(encoding="utf-8"))["cases"]


def _run(case: dict[str, Any]) -> set[tuple[int, int, str]]:
    left = [quote(q["text"], q["speaker"]) for q in case["left"]]
    right = [quote(q["text"], q["speaker"]) for q in case["right"]]
    return {(m.left, m.right, m.relation) for m in match_quotes(left, right)}


def test_pair_corpus_is_well_formed() -> None:
    cases = _cases()
    assert len(cases) >= 40
    kinds = set()
    for case in cases:
        assert set(case) == {"label", "comment", "left", "right", "matches"}
        for i, j, relation in case["matches"]:
            assert 0 <= i < len(case["left"])
            assert 0 <= j < len(case["right"])
            kinds.add(relation)
        if not case["matches"]:
            kinds.add("unique")
    assert kinds == {"verbatim", "partial", "variant", "misattributed", "unique"}


def test_pair_classification_accuracy(capsys: pytest.CaptureFixture[str]) -> None:
    cases = _cases()
    wrong = []
    for case in cases:
        got = _run(case)
        want = {(i, j, rel) for i, j, rel in case["matches"]}
        if got != want:
            wrong.append((case["label"], sorted(got), sorted(want)))
    accuracy = 1 - len(wrong) / len(cases)
    with capsys.disabled():
        print(f"\nquote pairs: {len(cases)} cases, classification accuracy {accuracy:.3f}")  # noqa: T201
        for label, got, want in wrong:
            print(f"  wrong: {label}: got {got}, want {want}")  # noqa: T201
    assert accuracy >= MIN_ACCURACY


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["label"])
def test_pair_case(case: dict[str, Any]) -> None:
    got = _run(case)
    want = {(i, j, rel) for i, j, rel in case["matches"]}
    assert got == want


# --- the seeds ---------------------------------------------------------------------------


def _seed(name: str) -> str:
    path = ROOT / "seeds" / name
    if not path.exists():
        pytest.skip("seed articles not present")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_quotes() -> tuple[list[Claim], list[Claim]]:
    a = extract_quotes(_seed("000_de7154c45c4a5f43.txt"), "nl")
    b = extract_quotes(_seed("001_552c56943f0daa68.txt"), "nl")
    return a, b


def test_seed_statements_and_speakers(seed_quotes: tuple[list[Claim], list[Claim]]) -> None:
    a, b = seed_quotes
    assert [(c.text[:30], c.speaker) for c in a] == [
        ("Het creëren van seksuele deepf", "Henna Virkkunen"),
        ("Met dit onderzoek zullen we va", "Henna Virkkunen"),
        ("We weten al langer dat Big Tec", "Kathleen Van Brempt"),
    ]
    assert [(c.text[:30], c.speaker) for c in b] == [
        ("Seksuele deepfakes van vrouwen", "Henna Virkkunen"),
        ("Met dit onderzoek zullen we va", "Henna Virkkunen"),
    ]
    assert same_speaker(a[0].speaker, b[0].speaker)
    assert a[0].steps[0].detail == "attributed to Henna Virkkunen by 'schrijft'"
    assert b[0].steps[0].detail == "attributed to Henna Virkkunen by 'stelt'"
    assert a[0].subject == "Henna Virkkunen"
    assert a[0].value.startswith("het creëren van seksuele deepfakes")  # type: ignore[union-attr]


def test_seed_censuur_is_a_term() -> None:
    text = _seed("000_de7154c45c4a5f43.txt")
    assert [text[s:e] for s, e in extract_quoted_terms(text, "nl")] == ["censuur"]
    assert all(c.text != "censuur" for c in extract_quotes(text, "nl"))


def test_seed_matches_are_variants_with_diffs(seed_quotes: tuple[list[Claim], list[Claim]]) -> None:
    a, b = seed_quotes
    matches = match_quotes(a, b)
    assert [(m.left, m.right, m.relation) for m in matches] == [(0, 0, "variant"), (1, 1, "variant")]
    first, second = matches
    assert first.diff == (
        ("delete", "Het creëren van"),
        ("equal", "seksuele deepfakes van vrouwen en kinderen zonder"),
        ("delete", "hun"),
        ("equal", "toestemming zijn een gewelddadige en onaanvaardbare vorm van vernedering"),
    )
    assert first.steps[0].detail == (
        "the words differ: '[-Het creëren van] seksuele deepfakes', 'kinderen zonder [-hun] toestemming zijn'"
    )
    assert ("insert", "onder de Digital Services Act (DSA)") in second.diff
    assert "[+onder de Digital Services Act (DSA)]" in second.steps[0].detail
    assert 0.85 < first.score < 1
    assert 0.85 < second.score < 1


# --- rules -------------------------------------------------------------------------------


def test_each_claim_matched_once_best_first() -> None:
    left = [quote("We will win the election next year", "Jane Doe")]
    right = [quote("We will win the election next year!", None), quote("We will win the election", "Doe")]
    assert [(m.left, m.right, m.relation) for m in match_quotes(left, right)] == [(0, 0, "verbatim")]


def test_missing_speaker_is_not_a_misattribution() -> None:
    m = match_quotes(
        [quote("Wij blijven doorwerken aan de plannen", None)],
        [quote("Wij blijven doorwerken aan de plannen", "Wilders")],
    )
    assert [x.relation for x in m] == ["verbatim"]


def test_misattribution_names_both_speakers() -> None:
    m = match_quotes(
        [quote("Wij blijven doorwerken aan de plannen", "Geert Wilders")],
        [quote("Wij blijven doorwerken aan de plannen", "Rob Jetten")],
    )
    assert m[0].relation == "misattributed"
    assert m[0].steps[0].detail == "the same words are attributed to Geert Wilders and to Rob Jetten"


def test_translation_is_not_matched() -> None:
    nl = [
        quote(
            "Met dit onderzoek zullen we vaststellen of X aan zijn wettelijke verplichtingen heeft voldaan",
            "Virkkunen",
        )
    ]
    en = [
        quote(
            "With this investigation we will establish whether X has met its legal obligations", "Virkkunen"
        )
    ]
    assert match_quotes(nl, en) == []


def test_empty_sides() -> None:
    assert match_quotes([], [quote("a b c d e")]) == []
    assert match_quotes([quote("a b c d e")], []) == []


def test_thousand_by_thousand_finds_the_planted_pairs() -> None:
    import random

    rng = random.Random(6)  # noqa: S311 (test data, not secrets)
    words = [f"w{i}" for i in range(3000)]
    left = [
        quote(" ".join(rng.choices(words, k=rng.randint(8, 30))), f"Speaker {i % 50}") for i in range(1000)
    ]
    right = [quote(" ".join(rng.choices(words, k=rng.randint(8, 30))), None) for _ in range(1000)]
    right[500] = quote(left[10].text.upper(), None)
    right[7] = quote(left[999].text + " extra words here", None)
    got = {(m.left, m.right, m.relation) for m in match_quotes(left, right)}
    assert got == {(10, 500, "verbatim"), (999, 7, "partial")}


def test_boilerplate_quotes_are_all_matched() -> None:
    # Every left quote is a near-same variant of every right one: the shortlist of best
    # candidates per claim must still pair them all, one to one.
    base = [
        "the",
        "government",
        "will",
        "not",
        "raise",
        "taxes",
        "this",
        "year",
        "or",
        "next",
        "year",
        "says",
        "the",
        "minister",
    ]

    def variant(i: int) -> Claim:
        words = base[:]
        words[i % len(base)] = f"x{i}"
        return quote(" ".join(words))

    left = [variant(i) for i in range(300)]
    right = [variant(i + 1000) for i in range(300)]
    matches = match_quotes(left, right)
    assert len(matches) == 300
    assert len({m.left for m in matches}) == len({m.right for m in matches}) == 300
    assert {m.relation for m in matches} == {"variant"}
