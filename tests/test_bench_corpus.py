"""The benchmark corpus: deterministic, over 1 MiB, all five languages, news-like."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

CORPUS_PY = Path(__file__).parents[1] / "benchmarks" / "corpus.py"
MIB = 2**20


def _load() -> ModuleType:
    if not CORPUS_PY.exists():
        pytest.skip("benchmarks/corpus.py is not part of this checkout")
    spec = importlib.util.spec_from_file_location("bench_corpus", CORPUS_PY)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus() -> ModuleType:
    return _load()


@pytest.fixture(scope="module")
def parts(corpus: ModuleType) -> dict[str, str]:
    built: dict[str, str] = corpus.build_parts()
    return built


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_same_seed_same_text_in_a_fresh_module(corpus: ModuleType, parts: dict[str, str]) -> None:
    # A second, independently loaded copy of the module: no state carried between builds.
    again = _load().build_parts()
    assert {k: _digest(v) for k, v in again.items()} == {k: _digest(v) for k, v in parts.items()}


def test_same_text_in_another_process_with_another_hash_seed(parts: dict[str, str]) -> None:
    code = (
        "import hashlib, importlib.util, sys\n"
        "spec = importlib.util.spec_from_file_location('c', sys.argv[1])\n"
        "m = importlib.util.module_from_spec(spec); sys.modules['c'] = m; spec.loader.exec_module(m)\n"
        "print(hashlib.sha256(m.build_corpus().encode('utf-8')).hexdigest())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code, str(CORPUS_PY)], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == _digest("\n\n".join(parts.values()))


def test_another_seed_gives_another_text(corpus: ModuleType) -> None:
    a = corpus.build_part("nl", min_bytes=5_000, seed=1)
    b = corpus.build_part("nl", min_bytes=5_000, seed=2)
    assert a != b
    assert a == corpus.build_part("nl", min_bytes=5_000, seed=1)


def test_over_one_mib_in_all_five_languages(corpus: ModuleType, parts: dict[str, str]) -> None:
    assert list(parts) == ["en", "nl", "de", "fr", "es"]
    sizes = {lang: len(text.encode("utf-8")) for lang, text in parts.items()}
    assert all(size >= MIB // 5 for size in sizes.values()), sizes
    whole = corpus.build_corpus()
    assert len(whole.encode("utf-8")) >= MIB
    assert whole == "\n\n".join(parts.values())


# Words that only one language of the five uses often: each part must be in its language.
MARKERS = {
    "en": (" the ", " said"),
    "nl": (" het ", " een "),
    "de": (" der ", " und "),
    "fr": (" les ", " des "),
    "es": (" los ", " el "),
}


@pytest.mark.parametrize("lang", ["en", "nl", "de", "fr", "es"])
def test_each_part_is_news_in_its_language(parts: dict[str, str], lang: str) -> None:
    text = parts[lang]
    for marker in MARKERS[lang]:
        assert text.count(marker) > 50, (lang, marker)
    for other, markers in MARKERS.items():
        if other != lang:
            assert text.count(markers[0]) < text.count(MARKERS[lang][0]) // 4, (lang, other)
    paragraphs = text.split("\n\n")
    assert len(paragraphs) > 500
    # Numbers, money, percents, quotes and plain sentences all occur.
    assert len(re.findall(r"\d", text)) > 5_000
    assert len(re.findall(r"[€$£]|euro|Euro|dólares|dollar", text)) > 200
    assert len(re.findall(r"%|percent|procent|Prozent|pour cent|por ciento", text)) > 200
    assert len(re.findall(r"[“„«»\"‘]", text)) > 500
    assert sum(1 for p in paragraphs if not re.search(r"\d", p)) > 20


def test_sample_cuts_at_paragraphs(corpus: ModuleType, parts: dict[str, str]) -> None:
    text = parts["de"]
    cut = corpus.sample(text, 10_000)
    assert text.startswith(cut)
    assert text[len(cut) : len(cut) + 2] == "\n\n"
    assert (
        10_000
        <= len(cut.encode("utf-8"))
        < 10_000 + max(len(p.encode("utf-8")) for p in corpus.paragraphs(cut)) + 2
    )


def test_story_sources_share_facts_and_are_deterministic(corpus: ModuleType) -> None:
    sources = corpus.story_sources(5, "fr", size=3_000)
    assert sources == corpus.story_sources(5, "fr", size=3_000)
    assert len(set(sources)) == 5
    assert all(len(s.encode("utf-8")) >= 3_000 for s in sources)
    numbers = [set(re.findall(r"\d[\d  .,]*\d", s)) for s in sources]
    shared = set.intersection(*numbers[:2])
    assert shared, "two sources of one story must share some figures"


def test_clusters_rotate_languages(corpus: ModuleType) -> None:
    got = corpus.clusters(6, sources_per_cluster=2, size=500)
    assert [lang for lang, _ in got] == ["en", "nl", "de", "fr", "es", "en"]
    assert all(len(texts) == 2 for _, texts in got)


def test_unknown_language_is_refused(corpus: ModuleType) -> None:
    with pytest.raises(ValueError, match="lang must be one of"):
        corpus.build_part("it")
