"""The command line: ``factcheck A B [C ...]``.

Exit status: 0 when the sources are consistent, 1 when discrepancies are found, 2 on usage
or input errors (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from factcheck.errors import FactcheckError

__all__ = ["main"]

EXIT_CONSISTENT, EXIT_DISCREPANCIES, EXIT_USAGE = 0, 1, 2
FORMATS = ("text", "markdown", "json", "html")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"factcheck: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="factcheck",
        description="Compare texts about the same thing: numbers, dates and quotes, claim by claim.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="two or more text files ('-' reads stdin once)")
    p.add_argument("--lang", help="language of every file: en, nl, de, fr or es (default: detect)")
    p.add_argument("--published", help="publication date YYYY-MM-DD of every file (default: its 'date' line)")
    p.add_argument("--format", choices=FORMATS, default="text", help="report format (default: text)")
    p.add_argument("-o", "--output", help="write the report to this file instead of stdout")
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


def _use_color(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        from factcheck.compare import check, compare
        from factcheck.model import Source

        if len(args.files) < 2:
            raise FactcheckError(f"need at least two files to compare, got {len(args.files)}")
        sources = [
            Source(_read(f), name=Path(f).name if f != "-" else "stdin", lang=args.lang, published=args.published)
            for f in args.files
        ]
        report = check(sources[0], sources[1:]) if args.check else compare(*sources)
        out = sys.stdout
        if args.format == "json":
            rendered = report.to_json()
        elif args.format == "markdown":
            rendered = report.to_markdown()
        elif args.format == "html":
            rendered = report.to_html()
        else:
            rendered = report.to_text(color=args.output is None and _use_color(out))
        if args.output:
            Path(args.output).write_text(rendered + "\n", encoding="utf-8")
        else:
            out.write(rendered + "\n")
    except (FactcheckError, OSError) as exc:
        sys.stderr.write(f"factcheck: error: {exc}\n")
        return EXIT_USAGE
    return EXIT_CONSISTENT if report.consistent else EXIT_DISCREPANCIES
