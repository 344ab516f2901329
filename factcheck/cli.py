"""The command line: ``factcheck A B [C ...]``.

Exit status: 0 when the sources are consistent, 1 when discrepancies are found, 2 on usage
or input errors (one line on stderr, never a traceback).

Colour is used only when the report goes to a terminal, never when ``NO_COLOR`` is set
(https://no-color.org) or ``TERM`` is ``dumb``; ``--color always|never`` overrides that. When
many files are compared and stderr is a terminal, a progress bar on stderr counts the files
read.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    from factcheck.model import Source
    from factcheck.report import Report

__all__ = ["main"]

EXIT_CONSISTENT, EXIT_DISCREPANCIES, EXIT_USAGE = 0, 1, 2
FORMATS = ("text", "markdown", "json", "html")
# From this many files on, reading them takes long enough to be worth a progress bar.
PROGRESS_MIN_FILES = 4
_BAR_WIDTH = 24


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"factcheck: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="factcheck",
        description="Compare texts about the same thing: numbers, dates and quotes, claim by claim.",
        epilog="Exit status: 0 consistent, 1 discrepancies found, 2 usage or input error.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="two or more text files ('-' reads stdin once)")
    p.add_argument("--lang", help="language of every file: en, nl, de, fr or es (default: detect)")
    p.add_argument("--published", help="publication date YYYY-MM-DD of every file (default: its 'date' line)")
    p.add_argument("--format", choices=FORMATS, default="text", help="report format (default: text)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    p.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text report (default: auto, only on a terminal and without NO_COLOR)",
    )
    p.add_argument(
        "--check",
        action="store_true",
        help="judge the first file against the others (supported / contradicted / unsupported)",
    )
    return p


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    if not p.is_file():
        raise FactcheckError(f"{path}: no such file")
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise FactcheckError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def _use_color(stream: object, mode: str = "auto") -> bool:
    if mode != "auto":
        return mode == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return _isatty(stream)


def _names(files: Sequence[str]) -> list[str]:
    """A unique name per file: its base name, or the path as given when base names clash."""
    if len(files) < 2:
        raise FactcheckError(f"need at least two files to compare, got {len(files)}")
    bases = [Path(f).name if f != "-" else "stdin" for f in files]
    wanted = [f if bases.count(b) > 1 and f != "-" else b for f, b in zip(files, bases, strict=True)]
    out: list[str] = []
    for name in wanted:
        unique, k = name, 2
        while unique in out:
            unique, k = f"{name}#{k}", k + 1
        out.append(unique)
    return out


class _Progress:
    """A one-line progress bar on a terminal stream, erased when done."""

    def __init__(self, stream: TextIO, total: int) -> None:
        self.stream = stream
        self.total = total
        self.done = 0

    def step(self, label: str) -> None:
        self.done += 1
        filled = _BAR_WIDTH * self.done // max(self.total, 1)
        bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
        label = label if len(label) <= 40 else "…" + label[-39:]
        self.stream.write(f"\r\x1b[K[{bar}] {self.done}/{self.total} {label}")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()


def _run(sources: list[Source], *, check_mode: bool, progress: _Progress | None) -> Report:
    """compare() or check() on ``sources``, ticking ``progress`` once per source read."""
    from factcheck.compare import check, compare

    tick = progress.step if progress is not None else None
    if check_mode:
        return check(sources[0], sources[1:], progress=tick)
    return compare(*sources, progress=tick)


def _render(report: Report, fmt: str, *, color: bool) -> str:
    if fmt == "json":
        return report.to_json()
    if fmt == "markdown":
        return report.to_markdown().rstrip("\n")
    if fmt == "html":
        from factcheck.render.html import render_page

        names = ", ".join(s.label for s in report.sources)
        return render_page([(names, report.to_html())], title="factcheck report")
    return report.to_text(color=color)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    progress: _Progress | None = None
    try:
        from factcheck.model import Source

        names = _names(args.files)
        sources = [
            Source(_read(f), name=name, lang=args.lang, published=args.published)
            for f, name in zip(args.files, names, strict=True)
        ]
        if len(sources) >= PROGRESS_MIN_FILES and _isatty(sys.stderr):
            progress = _Progress(sys.stderr, len(sources))
        report = _run(sources, check_mode=args.check, progress=progress)
        if progress is not None:
            progress.close()
            progress = None
        to_terminal = args.output is None and _use_color(sys.stdout, args.color)
        color = args.format == "text" and (args.color == "always" or to_terminal)
        rendered = _render(report, args.format, color=color)
        if args.output:
            Path(args.output).write_text(rendered + "\n", encoding="utf-8")
        else:
            sys.stdout.write(rendered + "\n")
    except (FactcheckError, OSError) as exc:
        if progress is not None:
            progress.close()
        sys.stderr.write(f"factcheck: error: {exc}\n")
        return EXIT_USAGE
    return EXIT_CONSISTENT if report.consistent else EXIT_DISCREPANCIES
