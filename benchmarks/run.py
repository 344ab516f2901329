"""One benchmark run of factcheck against the extractors people use today.

Run it with ``nox -s bench`` (or ``python benchmarks/run.py`` where the ``bench`` extra is
installed). It prints a table and writes ``benchmarks/results.json``.

Parts (each skips what is not there yet and says so):

1. numeric extraction: ``factcheck.extract.numbers.extract_numbers`` on the whole corpus,
   against Recognizers-Text (number + number-with-unit models) and quantulum3 (English);
   peak memory of the extraction in a child process;
2. dates: ``factcheck.extract.dates.extract_dates`` against ``dateparser.search.search_dates``
   and the Recognizers-Text DateTime model;
3. quotes: ``factcheck.extract.quotes.extract_quotes`` throughput and
   ``factcheck.quotematch.match_quotes`` on 1,000 against 1,000 statements;
4. compare: 100 sources of about 5 KB, growth from 10 to 1,000 sources, and
   ``compare_many`` over 1,000 clusters on a 2-process pool against serial.

Peers are far slower than factcheck: they run on a sample of each language part, one
paragraph at a time (the way they are meant to be called), with every model built and
warmed up before the clock starts; a peer makes one pass over its sample, meeting each
paragraph once, as in use. factcheck's speed rows read the whole text, best of five; each
ratio row times factcheck on the peer's own sample (one call), in turns with the peer.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import gc
import importlib
import importlib.metadata
import json
import math
import os
import platform
import resource
import subprocess
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import corpus

HERE = Path(__file__).resolve().parent
MB = 1_000_000
CULTURES = {"en": "English", "nl": "Dutch", "de": "German", "fr": "French", "es": "Spanish"}
UNIT_MODELS = ("currency", "dimension", "age", "temperature")
PARTS = ("numbers", "dates", "quotes", "compare")


@dataclass
class Row:
    """One line of the results table."""

    part: str
    name: str
    value: float | None = None
    unit: str = ""
    target: str = ""
    ok: bool | None = None
    note: str = ""


@dataclass
class Results:
    """Everything one run measured."""

    rows: list[Row] = field(default_factory=list)

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        _print_row(row)
        return row


# --- helpers ---------------------------------------------------------------------------


def _nbytes(text: str) -> int:
    return len(text.encode("utf-8"))


def _best_of(fn: Callable[[], Any], repeat: int, budget: float = 20.0) -> tuple[float, Any]:
    """The shortest wall time of up to ``repeat`` calls, and the last result.

    Stops repeating once ``budget`` seconds are spent: the best of several matters for the
    fast measures, which a short slowdown of the machine can hit; a slow one is slow on any run.
    """
    best = math.inf
    spent = 0.0
    result: Any = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        took = time.perf_counter() - start
        best = min(best, took)
        spent += took
        if spent > budget:
            break
    return best, result


def _once(fn: Callable[[], Any]) -> tuple[float, Any]:
    return _best_of(fn, 1)


def _load(module: str, name: str) -> tuple[Callable[..., Any] | None, str]:
    """``module.name`` if it can be imported, else ``None`` and why not."""
    try:
        mod = importlib.import_module(module)
    except Exception as exc:  # noqa: BLE001 - any failure means "not available"
        return None, f"not available ({type(exc).__name__}: {exc})"
    fn = getattr(mod, name, None)
    if fn is None:
        return None, f"not available ({module}.{name} does not exist yet)"
    return fn, ""


def _fmt_value(row: Row) -> str:
    if row.value is None:
        return "-"
    if row.unit == "x":
        return f"{row.value:,.1f}x"
    if row.unit in {"s", "MB/s", "MB"}:
        if row.value < 1:
            return f"{row.value:.3g} {row.unit}"
        return f"{row.value:,.2f} {row.unit}" if row.value < 10 else f"{row.value:,.1f} {row.unit}"
    return f"{row.value:,.3g} {row.unit}".strip()


def _print_row(row: Row) -> None:
    verdict = {True: "ok", False: "MISS", None: ""}[row.ok]
    print(
        f"{row.part:<8} {row.name:<44} {_fmt_value(row):>16} {row.target:>10} {verdict:>4}  {row.note}",
        flush=True,
    )


def _ratio_row(
    res: Results,
    part: str,
    name: str,
    ours: float | None,
    theirs: float | None,
    *,
    need: float,
    note: str = "",
) -> None:
    if ours is None or theirs is None or theirs <= 0:
        why = "factcheck found no claims" if ours is None else "peer measured nothing"
        res.add(Row(part, name, None, "x", f">= {need:g}x", None, f"not available ({why})"))
        return
    ratio = ours / theirs
    res.add(Row(part, name, ratio, "x", f">= {need:g}x", ratio >= need, note))


def _attempt(res: Results, part: str, name: str, fn: Callable[[], None]) -> None:
    """Run one measure; if it raises (code still being written), record that and go on."""
    try:
        fn()
    except Exception as exc:  # noqa: BLE001 - any failure is reported in the table
        res.add(Row(part, name, note=f"failed: {type(exc).__name__}: {str(exc)[:120]}"))


def _try_best_of(
    res: Results, part: str, name: str, fn: Callable[[], Any], repeat: int
) -> tuple[float, Any] | None:
    """:func:`_best_of`, or ``None`` after recording why ``fn`` failed."""
    try:
        return _best_of(fn, repeat)
    except Exception as exc:  # noqa: BLE001 - any failure is reported in the table
        res.add(Row(part, name, note=f"failed: {type(exc).__name__}: {str(exc)[:120]}"))
        return None


def _share(measured: int, parts: dict[str, str]) -> str:
    total = sum(_nbytes(t) for t in parts.values())
    return "" if measured == total else f"only {measured / total:.0%} of the corpus measured"


def _zero_note(n_claims: int) -> str:
    return f"{n_claims:,} claims" if n_claims else "0 claims (extractor not implemented yet?)"


# --- peers -----------------------------------------------------------------------------


def _import_first(*names: str) -> Any:
    """The first of ``names`` that imports; the suite's modules moved to ``ms_*`` names."""
    for name in names[:-1]:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    return importlib.import_module(names[-1])


def _recognizers() -> tuple[Any, Any, Any, Any]:
    """The Recognizers-Text modules: text (Culture), number, number-with-unit, date-time."""
    text = _import_first("ms_recognizers_text", "recognizers_text")
    number = _import_first("ms_recognizers_number", "recognizers_number")
    unit = _import_first("ms_recognizers_number_with_unit", "recognizers_number_with_unit")
    date_time = _import_first("ms_recognizers_date_time", "recognizers_date_time")
    return text, number, unit, date_time


def _parse_all(models: Sequence[Any], text: str) -> list[Any]:
    return [r for m in models for r in m.parse(text)]


def _parse_at(model: Any, text: str, *, reference: dt.datetime) -> Any:
    return model.parse(text, reference)


def _peer_time(parse: Callable[[str], Any], paras: Sequence[str], repeat: int) -> tuple[float, int]:
    """Seconds to run ``parse`` over every paragraph (best of ``repeat`` passes), and the results.

    Each pass takes seconds, so a short slowdown of the machine weighs less on it than on
    factcheck's calls of a few dozen milliseconds; both keep their best pass.
    """
    parse(paras[0])  # warm up: lazily compiled patterns are not the steady state
    best = math.inf
    found = 0
    for _ in range(max(1, repeat)):
        found = 0
        start = time.perf_counter()
        for para in paras:
            found += len(parse(para) or ())
        best = min(best, time.perf_counter() - start)
    return best, found


def _in_turns(
    ours: Callable[[], Any], peer: Callable[[str], Any], paras: Sequence[str], args: argparse.Namespace
) -> tuple[float, float, int]:
    """Seconds of factcheck's call and of a peer's pass over its sample, measured in turns.

    This machine has slowdowns that last seconds. factcheck's calls run right before and
    after each pass of the peer, so that both are measured in the same stretches of time; each
    keeps its best. Each side starts after a full garbage collection, so that neither pays
    for the other's garbage. Returns factcheck's time, the peer's time and the peer's results.
    """
    gc.collect()
    t_ours, _ = _best_of(ours, args.repeat)
    t_peer = math.inf
    found = 0
    for _ in range(max(1, args.peer_repeat)):
        gc.collect()
        t, found = _peer_time(peer, paras, 1)
        t_peer = min(t_peer, t)
        gc.collect()
        t_ours = min(t_ours, _best_of(ours, args.repeat)[0])
    return t_ours, t_peer, found


def _same_text(
    fn: Callable[..., Any] | None,
    rest: tuple[Any, ...],
    peer: Callable[[str], Any],
    paras: Sequence[str],
    args: argparse.Namespace,
    *,
    part_speed: float | None,
) -> tuple[float | None, float, int]:
    """factcheck's speed on the peer's own sample, the peer's seconds over it, and its results.

    A ratio compares the two on the same text: factcheck reads the very paragraphs the peer
    reads, joined as one text (one call, as it is used), in turns with the peer's pass. A
    language part is not even in its density of dates and figures, so its whole-part speed
    is a different text's. ``fn(sample, *rest)`` is factcheck's extractor; without it, or
    when it found nothing in the whole part (``part_speed`` is None), only the peer is timed.
    """
    if fn is None or part_speed is None:
        t, found = _peer_time(peer, paras, args.peer_repeat)
        return None, t, found
    sample = "\n\n".join(paras)
    t_ours, t, found = _in_turns(functools.partial(fn, sample, *rest), peer, paras, args)
    return _nbytes(sample) / MB / t_ours, t, found


def _same_text_ratio(
    res: Results,
    part: str,
    name: str,
    mine: float | None,
    speed: float,
    *,
    part_speed: float | None,
    need: float,
) -> None:
    """The ratio row of :func:`_same_text`, noting factcheck's speed and the whole-part ratio."""
    note = ""
    if mine is not None and part_speed is not None and speed > 0:
        note = (
            f"same text, in turns: factcheck {mine:.2f} MB/s; "
            f"whole part {part_speed:.2f} MB/s = {part_speed / speed:,.1f}x"
        )
    _ratio_row(res, part, name, mine, speed, need=need, note=note)


# --- 1. numbers --------------------------------------------------------------------------


def bench_numbers(res: Results, parts: dict[str, str], args: argparse.Namespace) -> None:
    ours: dict[str, float] = {}
    _attempt(res, "numbers", "factcheck extract_numbers", lambda: _numbers_ours(res, parts, args, ours))
    if args.no_peers:
        return
    _attempt(res, "numbers", "Recognizers-Text", lambda: _numbers_recognizers(res, parts, args, ours))
    _attempt(res, "numbers", "quantulum3", lambda: _numbers_quantulum(res, parts, args, ours))


def _numbers_ours(
    res: Results, parts: dict[str, str], args: argparse.Namespace, ours: dict[str, float]
) -> None:
    fn, why = _load("factcheck.extract.numbers", "extract_numbers")
    if fn is None:
        res.add(Row("numbers", "factcheck extract_numbers", note=why))
        return
    total_t = 0.0
    total_b = 0
    for lang, text in parts.items():
        got = _try_best_of(
            res, "numbers", f"factcheck {lang}", functools.partial(fn, text, lang), args.repeat
        )
        if got is None:
            continue
        t, claims = got
        speed = _nbytes(text) / MB / t
        if claims:
            ours[lang] = speed
        total_t += t
        total_b += _nbytes(text)
        res.add(
            Row(
                "numbers",
                f"factcheck {lang} ({_nbytes(text) / 1e3:,.0f} KB)",
                speed,
                "MB/s",
                ">= 1",
                speed >= 1,
                _zero_note(len(claims)),
            )
        )
    if total_t == 0:
        return
    speed = total_b / MB / total_t
    res.add(
        Row("numbers", "factcheck all languages", speed, "MB/s", ">= 1", speed >= 1, _share(total_b, parts))
    )
    _memory(res, args)


def _numbers_recognizers(
    res: Results, parts: dict[str, str], args: argparse.Namespace, ours: dict[str, float]
) -> None:
    """Recognizers-Text: the number model plus the four number-with-unit models, per culture."""
    try:
        rt_text, rt_number, rt_unit, _ = _recognizers()
    except Exception as exc:  # noqa: BLE001
        res.add(Row("numbers", "Recognizers-Text", note=f"peer not installed: {type(exc).__name__}: {exc}"))
        return
    fn, _ = _load("factcheck.extract.numbers", "extract_numbers")
    for lang, text in parts.items():
        culture = getattr(rt_text.Culture, CULTURES[lang])
        paras = corpus.paragraphs(corpus.sample(text, args.peer_bytes))
        size = sum(_nbytes(p) + 2 for p in paras)
        models = [rt_number.NumberRecognizer(culture).get_number_model()]
        skipped = []
        unit_recognizer = rt_unit.NumberWithUnitRecognizer(culture)
        for kind in UNIT_MODELS:
            try:
                models.append(getattr(unit_recognizer, f"get_{kind}_model")())
            except Exception:  # noqa: BLE001 - a model the culture lacks
                skipped.append(kind)
        t_num, _ = _peer_time(models[0].parse, paras, args.peer_repeat)
        parse_all = functools.partial(_parse_all, models)
        mine, t_all, found = _same_text(fn, (lang,), parse_all, paras, args, part_speed=ours.get(lang))
        speed = size / MB / t_all
        note = f"sample {size / 1e3:.0f} KB, {found} results; number model alone {size / MB / t_num:.4f} MB/s"
        if skipped:
            note += f"; no {', '.join(skipped)} model for this culture"
        res.add(Row("numbers", f"Recognizers-Text {lang} (number+unit)", speed, "MB/s", "", None, note))
        _same_text_ratio(
            res,
            "numbers",
            f"  factcheck / Recognizers-Text {lang}",
            mine,
            speed,
            part_speed=ours.get(lang),
            need=20,
        )


def _numbers_quantulum(
    res: Results, parts: dict[str, str], args: argparse.Namespace, ours: dict[str, float]
) -> None:
    """quantulum3 on the English part only."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # it warns that its optional classifier is absent
            q_parser = importlib.import_module("quantulum3.parser")
    except Exception as exc:  # noqa: BLE001
        res.add(Row("numbers", "quantulum3", note=f"peer not installed: {type(exc).__name__}: {exc}"))
        return
    paras = corpus.paragraphs(corpus.sample(parts["en"], args.quantulum_bytes))
    size = sum(_nbytes(p) + 2 for p in paras)
    fn, _ = _load("factcheck.extract.numbers", "extract_numbers")
    mine, t, found = _same_text(fn, ("en",), q_parser.parse, paras, args, part_speed=ours.get("en"))
    speed = size / MB / t
    res.add(
        Row(
            "numbers",
            "quantulum3 en",
            speed,
            "MB/s",
            "",
            None,
            f"sample {size / 1e3:.0f} KB, {found} results",
        )
    )
    _same_text_ratio(
        res, "numbers", "  factcheck / quantulum3 en", mine, speed, part_speed=ours.get("en"), need=20
    )


def _memory(res: Results, args: argparse.Namespace) -> None:
    """Peak memory of numeric extraction over the whole corpus, in a fresh process."""
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child-memory",
        "--min-bytes",
        str(args.min_bytes),
    ]
    try:
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=900)  # noqa: S603
        mem = json.loads(out.stdout.strip().splitlines()[-1])
    except (subprocess.SubprocessError, ValueError, IndexError) as exc:
        res.add(Row("numbers", "peak memory", note=f"child failed: {exc}"))
        return
    peak = mem["rss_peak_mb"]
    if mem["failed"]:
        res.add(Row("numbers", "peak memory", note=f"extraction failed for {', '.join(mem['failed'])}"))
    res.add(
        Row(
            "numbers",
            "peak RSS of extraction process",
            peak,
            "MB",
            "< 100",
            peak < 100,
            f"{mem['rss_before_mb']:.0f} MB before extraction (Python, factcheck, corpus)",
        )
    )
    res.add(
        Row(
            "numbers",
            "peak Python allocations (tracemalloc)",
            mem["tracemalloc_peak_mb"],
            "MB",
            "< 100",
            mem["tracemalloc_peak_mb"] < 100,
            "extraction alone, corpus excluded",
        )
    )


def child_memory(min_bytes: int) -> None:
    """Run in the child: extract numbers from every part, print the memory figures as JSON."""
    from factcheck.extract.numbers import extract_numbers

    parts = corpus.build_parts(min_bytes=min_bytes)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    failed = []
    for lang, text in parts.items():
        try:
            extract_numbers(text, lang)
        except Exception:  # noqa: BLE001 - reported by the parent
            failed.append(lang)
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()
    for lang, text in parts.items():
        if lang not in failed:
            extract_numbers(text, lang)
    _, traced = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    figures = {
        "rss_before_mb": rss_before,
        "rss_peak_mb": rss_peak,
        "tracemalloc_peak_mb": traced / 2**20,
        "failed": failed,
    }
    print(json.dumps(figures))


# --- 2. dates ----------------------------------------------------------------------------


def bench_dates(res: Results, parts: dict[str, str], args: argparse.Namespace) -> None:
    ours: dict[str, float] = {}
    _attempt(res, "dates", "factcheck extract_dates", lambda: _dates_ours(res, parts, args, ours))
    if args.no_peers:
        return
    _attempt(res, "dates", "dateparser", lambda: _dates_dateparser(res, parts, args, ours))
    _attempt(res, "dates", "Recognizers-Text DateTime", lambda: _dates_recognizers(res, parts, args, ours))


def _reference() -> dt.datetime:
    return dt.datetime.combine(corpus.PUBLISHED, dt.time(12))


def _dates_ours(
    res: Results, parts: dict[str, str], args: argparse.Namespace, ours: dict[str, float]
) -> None:
    fn, why = _load("factcheck.extract.dates", "extract_dates")
    if fn is None:
        res.add(Row("dates", "factcheck extract_dates", note=why))
        return
    for lang, text in parts.items():
        call = functools.partial(fn, text, lang, corpus.PUBLISHED)
        got = _try_best_of(res, "dates", f"factcheck extract_dates {lang}", call, args.repeat)
        if got is None:
            continue
        t, claims = got
        speed = _nbytes(text) / MB / t
        if claims:
            ours[lang] = speed
        res.add(
            Row("dates", f"factcheck extract_dates {lang}", speed, "MB/s", "", None, _zero_note(len(claims)))
        )


def _dates_dateparser(
    res: Results, parts: dict[str, str], args: argparse.Namespace, ours: dict[str, float]
) -> None:
    try:
        search = importlib.import_module("dateparser.search")
    except Exception as exc:  # noqa: BLE001
        res.add(Row("dates", "dateparser", note=f"peer not installed: {type(exc).__name__}: {exc}"))
        return
    settings = {"RELATIVE_BASE": _reference()}
    fn, _ = _load("factcheck.extract.dates", "extract_dates")
    for lang, text in parts.items():
        paras = corpus.paragraphs(corpus.sample(text, args.peer_bytes))
        size = sum(_nbytes(p) + 2 for p in paras)
        search_in = functools.partial(search.search_dates, languages=[lang], settings=settings)
        mine, t, found = _same_text(
            fn, (lang, corpus.PUBLISHED), search_in, paras, args, part_speed=ours.get(lang)
        )
        speed = size / MB / t
        res.add(
            Row(
                "dates",
                f"dateparser search_dates {lang}",
                speed,
                "MB/s",
                "",
                None,
                f"sample {size / 1e3:.0f} KB, {found} results",
            )
        )
        _same_text_ratio(
            res, "dates", f"  factcheck / dateparser {lang}", mine, speed, part_speed=ours.get(lang), need=50
        )


def _dates_recognizers(
    res: Results, parts: dict[str, str], args: argparse.Namespace, ours: dict[str, float]
) -> None:
    try:
        rt_text, _, _, rt_dt = _recognizers()
    except Exception as exc:  # noqa: BLE001
        res.add(
            Row("dates", "Recognizers-Text DateTime", note=f"peer not installed: {type(exc).__name__}: {exc}")
        )
        return
    reference = _reference()
    fn, _ = _load("factcheck.extract.dates", "extract_dates")
    for lang, text in parts.items():
        culture = getattr(rt_text.Culture, CULTURES[lang])
        model = rt_dt.DateTimeRecognizer(culture).get_datetime_model()
        paras = corpus.paragraphs(corpus.sample(text, args.peer_bytes))
        size = sum(_nbytes(p) + 2 for p in paras)
        parse_at = functools.partial(_parse_at, model, reference=reference)
        mine, t, found = _same_text(
            fn, (lang, corpus.PUBLISHED), parse_at, paras, args, part_speed=ours.get(lang)
        )
        speed = size / MB / t
        res.add(
            Row(
                "dates",
                f"Recognizers-Text DateTime {lang}",
                speed,
                "MB/s",
                "",
                None,
                f"sample {size / 1e3:.0f} KB, {found} results",
            )
        )
        _same_text_ratio(
            res,
            "dates",
            f"  factcheck / Recognizers-Text {lang}",
            mine,
            speed,
            part_speed=ours.get(lang),
            need=100,
        )


# --- 3. quotes ---------------------------------------------------------------------------


def bench_quotes(res: Results, parts: dict[str, str], args: argparse.Namespace) -> None:
    _attempt(res, "quotes", "factcheck extract_quotes", lambda: _quotes_ours(res, parts, args))
    _attempt(res, "quotes", "match_quotes 1,000 x 1,000", lambda: _quotes_match(res, args))


def _quotes_ours(res: Results, parts: dict[str, str], args: argparse.Namespace) -> None:
    fn, why = _load("factcheck.extract.quotes", "extract_quotes")
    if fn is None:
        res.add(Row("quotes", "factcheck extract_quotes", note=why))
        return
    total_t = 0.0
    total_b = 0
    for lang, text in parts.items():
        call = functools.partial(fn, text, lang)
        got = _try_best_of(res, "quotes", f"factcheck extract_quotes {lang}", call, args.repeat)
        if got is None:
            continue
        t, claims = got
        speed = _nbytes(text) / MB / t
        total_t += t
        total_b += _nbytes(text)
        res.add(
            Row(
                "quotes",
                f"factcheck extract_quotes {lang}",
                speed,
                "MB/s",
                ">= 2",
                speed >= 2,
                _zero_note(len(claims)),
            )
        )
    if total_t == 0:
        return
    speed = total_b / MB / total_t
    res.add(
        Row(
            "quotes",
            "factcheck extract_quotes all",
            speed,
            "MB/s",
            ">= 2",
            speed >= 2,
            _share(total_b, parts),
        )
    )


def _statements(extract_quotes: Callable[..., Any], seed: int, n: int) -> list[Any]:
    """``n`` quoted statements (claims) from a corpus built with ``seed``, languages in turn."""
    built = corpus.build_parts(min_bytes=80_000, seed=seed)
    per_lang = [list(extract_quotes(text, lang)) for lang, text in built.items()]
    out: list[Any] = []
    i = 0
    while len(out) < n and any(len(v) > i for v in per_lang):
        out.extend(v[i] for v in per_lang if len(v) > i)
        i += 1
    return out[:n]


def _quotes_match(res: Results, args: argparse.Namespace) -> None:
    name = "match_quotes 1,000 x 1,000"
    extract_quotes, why = _load("factcheck.extract.quotes", "extract_quotes")
    match, why_match = _load("factcheck.quotematch", "match_quotes")
    if match is None or extract_quotes is None:
        res.add(Row("quotes", name, note=why_match or why))
        return
    a = _statements(extract_quotes, corpus.SEED, 1000)
    b = _statements(extract_quotes, corpus.SEED + 1, 1000)
    if len(a) < 1000 or len(b) < 1000:
        res.add(Row("quotes", name, note=f"not available: only {len(a)} and {len(b)} statements extracted"))
        return
    t, out = _best_of(lambda: match(a, b), args.repeat)
    n = f"{len(out):,} matches" if hasattr(out, "__len__") else ""
    res.add(Row("quotes", name, t, "s", "< 1", t < 1, n))


# --- 4. compare ----------------------------------------------------------------------------


def _sources(texts: Sequence[str], lang: str, prefix: str = "s") -> list[Any]:
    from factcheck import Source

    return [
        Source(t, name=f"{prefix}{i:04d}", lang=lang, published=corpus.PUBLISHED) for i, t in enumerate(texts)
    ]


def bench_compare(res: Results, args: argparse.Namespace) -> None:
    _attempt(res, "compare", "compare 100 sources", lambda: _compare_hundred(res, args))
    _attempt(res, "compare", "compare growth", lambda: _compare_growth(res, args))
    _attempt(res, "compare", "compare_many", lambda: _compare_many(res, args))


def _compare_hundred(res: Results, args: argparse.Namespace) -> None:
    compare, why = _load("factcheck", "compare")
    if compare is None:
        res.add(Row("compare", "compare", note=why))
        return
    hundred = _sources(corpus.story_sources(100, "nl", size=5_000), "nl")
    size = sum(_nbytes(s.text) for s in hundred)
    t, report = _best_of(lambda: compare(*hundred), args.repeat)
    res.add(
        Row(
            "compare",
            f"100 sources x 5 KB ({size / 1e3:.0f} KB)",
            t,
            "s",
            "< 1",
            t < 1,
            f"{len(report.findings):,} findings; extraction included",
        )
    )
    extract, _ = _load("factcheck", "extract")
    if extract is not None:
        t_extract, _ = _best_of(lambda: [extract(s) for s in hundred], args.repeat)
        note = "extract() of each source alone, for reading the row above"
        res.add(Row("compare", "  of which extraction (approx.)", t_extract, "s", "", None, note))


def _compare_growth(res: Results, args: argparse.Namespace) -> None:
    compare, why = _load("factcheck", "compare")
    extract, _ = _load("factcheck", "extract")
    if compare is None or extract is None:
        res.add(Row("compare", "compare growth", note=why))
        return
    points: list[tuple[int, int, float]] = []
    for n in args.scaling:
        sources = _sources(corpus.story_sources(n, "nl", size=5_000, seed=corpus.SEED + n), "nl")
        claims = sum(len(extract(s)) for s in sources)
        if points:
            # Skip a point that would take far too long: project from the last ones, never
            # better than linear.
            k = 1.0
            if len(points) >= 2 and points[-2][2] > 0 and points[-1][1] != points[-2][1]:
                k = max(
                    1.0, math.log(points[-1][2] / points[-2][2]) / math.log(points[-1][1] / points[-2][1])
                )
            projected = points[-1][2] * (claims / max(points[-1][1], 1)) ** k
            if projected > args.budget:
                res.add(
                    Row(
                        "compare",
                        f"{n} sources: {claims:,} claims",
                        None,
                        "s",
                        "",
                        False,
                        f"skipped: projected {projected:,.0f} s > --budget {args.budget:g} s",
                    )
                )
                continue
        t, _ = _best_of(functools.partial(compare, *sources), 1 if n >= 1000 else args.repeat)
        points.append((n, claims, t))
        res.add(
            Row(
                "compare",
                f"{n} sources: {claims:,} claims",
                t,
                "s",
                "",
                None,
                f"{t / max(claims, 1) * 1e6:.0f} µs per claim",
            )
        )
    if len(points) >= 2 and all(c > 0 and t > 0 for _, c, t in points) and points[0][1] != points[-1][1]:
        (n0, c0, t0), (n1, c1, t1) = points[0], points[-1]
        exponent = math.log(t1 / t0) / math.log(c1 / c0)
        res.add(
            Row(
                "compare",
                "growth exponent k (time ~ claims^k)",
                exponent,
                "",
                "~1",
                exponent < 1.25,
                f"from {n0} to {n1} sources",
            )
        )


def _compare_many(res: Results, args: argparse.Namespace) -> None:
    from concurrent.futures import ProcessPoolExecutor

    compare_many, why = _load("factcheck", "compare_many")
    if compare_many is None:
        res.add(Row("compare", "compare_many", note=why))
        return
    clusters = [
        _sources(texts, lang, prefix=f"c{k}-")
        for k, (lang, texts) in enumerate(corpus.clusters(args.clusters))
    ]
    # A probe on a few clusters; if the whole set would take far too long, use fewer.
    probe = 20
    t_probe, _ = _once(lambda: compare_many(clusters[:probe]))
    projected = t_probe * len(clusters) / probe
    if projected > args.budget:
        keep = max(probe, int(len(clusters) * args.budget / projected))
        res.add(
            Row(
                "compare",
                f"compare_many: {keep} of {len(clusters)} clusters",
                None,
                "",
                "",
                False,
                f"serial run projected at {projected:,.0f} s > --budget {args.budget:g} s",
            )
        )
        clusters = clusters[:keep]
    size = sum(_nbytes(s.text) for c in clusters for s in c)
    before = os.times()
    t_serial, serial = _once(lambda: compare_many(clusters))
    after = os.times()
    serial_cpu = (after.user - before.user) + (after.system - before.system)
    res.add(
        Row(
            "compare",
            f"compare_many {len(clusters):,} clusters, serial",
            t_serial,
            "s",
            "",
            None,
            f"{size / 1e6:.1f} MB of text, {len(clusters[0])} sources each; {serial_cpu:.1f} CPU s",
        )
    )

    def pooled() -> Any:
        with ProcessPoolExecutor(2) as pool:
            return compare_many(clusters, executor=pool)

    before = os.times()
    t_pool, pooled_reports = _once(pooled)
    after = os.times()
    # CPU seconds the workers got per wall second: 2.0 when both had a core to themselves.
    workers_cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    parent_cpu = (after.user - before.user) + (after.system - before.system)
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    res.add(
        Row(
            "compare",
            "compare_many, ProcessPoolExecutor(2)",
            t_pool,
            "s",
            "",
            None,
            f"pool start-up included; workers: {workers_cpu:.1f} CPU s, {workers_cpu / t_pool:.2f} cores "
            f"on average{load}; parent (sending clusters, receiving reports): {parent_cpu:.1f} CPU s",
        )
    )
    # On a shared machine the wall-time ratio also measures the neighbours. What the same
    # CPU work would give on two idle cores, for reading the figure (not a measurement):
    # The parent's work (sending clusters, receiving reports) shares the two cores too.
    idle = serial_cpu / max((workers_cpu + parent_cpu) / 2, parent_cpu, 1e-9)
    note = f"CPU-time estimate for two idle cores: {idle:.1f}x"
    if [r.to_dict() for r in serial] != [r.to_dict() for r in pooled_reports]:
        note += "; REPORTS DIFFER between serial and pool"
    _ratio_row(res, "compare", "  speed-up on 2 processes", t_serial, t_pool, need=1.6, note=note)


# --- main ----------------------------------------------------------------------------------


def _machine() -> dict[str, Any]:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    commit = ""
    dirty = ""
    with contextlib.suppress(OSError):
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "factcheck"],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
            cwd=HERE.parent,
        ).stdout
    with contextlib.suppress(OSError):
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
            cwd=HERE,
        ).stdout.strip()
    versions = {}
    for dist in ("factcheck", "ms-recognizers-text-suite", "quantulum3", "dateparser", "pint", "rapidfuzz"):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            versions[dist] = importlib.metadata.version(dist)
    return {
        "versions": versions,
        "cpus": os.cpu_count(),
        "load_average": load,
        "machine": platform.machine(),
        "processor": platform.processor(),
        "system": platform.platform(),
        "python": platform.python_version(),
        "commit": commit,
        # Files under factcheck/ that differ from the commit when the run started.
        "uncommitted": [line[3:] for line in dirty.splitlines()],
    }


def markdown(path: Path) -> str:
    """The results written at ``path`` as a Markdown table, for docs/benchmarks.md."""
    data = json.loads(path.read_text(encoding="utf-8"))
    machine = data["machine"]
    lines = [
        f"Run of {data['started'][:16].replace('T', ' ')} UTC, commit {machine['commit']}, "
        f"{machine['cpus']} cores (shared), load average at start "
        f"{', '.join(f'{x:.1f}' for x in machine['load_average'] or [])}, Python {machine['python']}; "
        + ", ".join(f"{k} {v}" for k, v in machine["versions"].items())
        + f"; {sum(data['corpus_bytes'].values()) / MB:.2f} MB corpus, {data['seconds']:.0f} s in all.",
        "",
        "| Part | Measure | Value | Target | Met | Note |",
        "|------|---------|------:|-------:|:---:|------|",
    ]
    for raw in data["rows"]:
        row = Row(**raw)
        met = {True: "yes", False: "**no**", None: ""}[row.ok]
        note = row.note.replace("|", "/")
        lines.append(
            f"| {row.part} | {row.name.strip()} | {_fmt_value(row)} | {row.target} | {met} | {note} |"
        )
    return "\n".join(lines)


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "--only", default=",".join(PARTS), help=f"comma-separated parts to run ({', '.join(PARTS)})"
    )
    p.add_argument("--min-bytes", type=int, default=corpus.MIN_BYTES_PER_LANG, help="bytes per language part")
    p.add_argument("--peer-bytes", type=int, default=20_000, help="sample per language for slow peers")
    p.add_argument("--quantulum-bytes", type=int, default=50_000, help="English sample for quantulum3")
    p.add_argument("--repeat", type=int, default=5, help="best of how many runs for factcheck's measures")
    p.add_argument(
        "--peer-repeat",
        type=int,
        default=1,
        help="best of how many passes over a peer's sample (a second pass over the same paragraphs may "
        "meet the peer's own caches)",
    )
    p.add_argument("--scaling", type=int, nargs="+", default=[10, 100, 1000], help="source counts for growth")
    p.add_argument("--clusters", type=int, default=1000, help="clusters for compare_many")
    p.add_argument(
        "--budget", type=float, default=300, help="skip a growth point projected to take longer (s)"
    )
    p.add_argument("--no-peers", action="store_true", help="measure factcheck only")
    p.add_argument("--out", type=Path, default=HERE / "results.json", help="where to write the JSON results")
    p.add_argument(
        "--markdown", type=Path, metavar="RESULTS", help="print RESULTS (JSON) as a Markdown table"
    )
    p.add_argument("--child-memory", action="store_true", help=argparse.SUPPRESS)
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    if args.child_memory:
        child_memory(args.min_bytes)
        return 0
    if args.markdown:
        print(markdown(args.markdown))
        return 0
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    unknown = only - set(PARTS)
    if unknown:
        print(
            f"--only: unknown part(s) {', '.join(sorted(unknown))}; choose from {', '.join(PARTS)}",
            file=sys.stderr,
        )
        return 2
    started = dt.datetime.now(dt.UTC)
    parts = corpus.build_parts(min_bytes=args.min_bytes)
    sizes = {lang: _nbytes(text) for lang, text in parts.items()}
    machine = _machine()
    print(
        f"factcheck benchmark, {started:%Y-%m-%d %H:%M} UTC, {machine['cpus']} CPUs, "
        f"Python {machine['python']}, commit {machine['commit'] or '?'}"
    )
    if machine["uncommitted"]:
        print(f"note: {len(machine['uncommitted'])} file(s) under factcheck/ differ from the commit")
    print("versions: " + ", ".join(f"{k} {v}" for k, v in machine["versions"].items()))
    per_lang = ", ".join(f"{k} {v / 1e3:.0f} KB" for k, v in sizes.items())
    print(f"corpus: {sum(sizes.values()) / MB:.2f} MB ({per_lang})")
    print(f"{'part':<8} {'measure':<44} {'value':>16} {'target':>10} {'':>4}  note")
    res = Results()
    if "numbers" in only:
        bench_numbers(res, parts, args)
    if "dates" in only:
        bench_dates(res, parts, args)
    if "quotes" in only:
        bench_quotes(res, parts, args)
    if "compare" in only:
        bench_compare(res, args)
    payload = {
        "started": started.isoformat(timespec="seconds"),
        "seconds": round((dt.datetime.now(dt.UTC) - started).total_seconds(), 1),
        "machine": machine,
        "corpus_bytes": sizes,
        "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
        "rows": [asdict(r) for r in res.rows],
    }
    args.out.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
