"""The command line: formats, output file, colour rules, progress bar, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import cli

A = "date 2026-01-26 Er werden 120 boetes uitgedeeld."
B = "date 2026-01-26 In totaal zijn 120 boetes uitgedeeld."
C = "date 2026-01-26 Er werden 95 boetes uitgedeeld."


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    out = {}
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        out[name] = str(tmp_path / name)
    return out


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, *, tty: bool = False) -> tuple[int, str, str]:
    out, err = (_Tty(), _Tty()) if tty else (io.StringIO(), io.StringIO())
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    code = cli.main(["--lang", "nl", *argv])
    return code, out.getvalue(), err.getvalue()


def test_consistent_files_exit_0(files: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run([files["a.txt"], files["b.txt"]], monkeypatch)
    assert (code, err) == (0, "")
    assert out.splitlines()[1] == "0 discrepancies, 1 agreement, 0 in one source only"
    assert out.endswith("consistent: no discrepancies\n")


def test_discrepancy_exits_1(files: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run([files["a.txt"], files["c.txt"]], monkeypatch)
    assert code == 1
    assert "DISCREPANCIES (1)" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["missing.txt", "other.txt"], "factcheck: error: missing.txt: no such file\n"),
        (["only.txt"], "factcheck: error: need at least two files to compare, got 1\n"),
    ],
)
def test_input_errors_exit_2_with_one_line(
    argv: list[str], message: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(argv, monkeypatch)
    assert (code, out, err) == (2, "", message)


def test_not_utf8_exits_2(tmp_path: Path, files: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    code, _, err = run([str(bad), files["a.txt"]], monkeypatch)
    assert code == 2
    assert err.startswith(f"factcheck: error: {bad}: not UTF-8 text")
    assert err.count("\n") == 1


def test_usage_error_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit) as info:
        run(["a", "b", "--format", "pdf"], monkeypatch)
    assert info.value.code == 2


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_every_format_to_a_file(
    fmt: str, files: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / f"report.{fmt}"
    code, out, err = run(
        [files["a.txt"], files["c.txt"], "--format", fmt, "-o", str(target)], monkeypatch, tty=True
    )
    assert (code, out, err) == (1, "", "")
    written = target.read_text(encoding="utf-8")
    assert "\x1b[" not in written
    first = {
        "text": "factcheck: 2 sources: a.txt (nl, published 2026-01-26), c.txt (nl, published 2026-01-26)",
        "markdown": "# factcheck report",
        "json": "{",
        "html": "<!DOCTYPE html>",
    }[fmt]
    assert written.splitlines()[0].startswith(first)
    if fmt == "json":
        doc = json.loads(written)
        assert doc["summary"] == {"agreements": 0, "discrepancies": 1, "unique": 0, "consistent": False}
        assert [s["name"] for s in doc["sources"]] == ["a.txt", "c.txt"]


def test_colour_only_on_a_terminal(files: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    _, piped, _ = run([files["a.txt"], files["c.txt"]], monkeypatch)
    assert "\x1b[" not in piped
    _, coloured, _ = run([files["a.txt"], files["c.txt"]], monkeypatch, tty=True)
    assert "\x1b[31m" in coloured


@pytest.mark.parametrize(("env", "value"), [("NO_COLOR", "1"), ("TERM", "dumb")])
def test_no_color_and_dumb_terminals(
    env: str, value: str, files: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(env, value)
    _, out, _ = run([files["a.txt"], files["c.txt"]], monkeypatch, tty=True)
    assert "\x1b[" not in out


def test_color_flag_overrides(files: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    _, forced, _ = run([files["a.txt"], files["c.txt"], "--color", "always"], monkeypatch)
    assert "\x1b[31m" in forced
    monkeypatch.delenv("NO_COLOR")
    _, never, _ = run([files["a.txt"], files["c.txt"], "--color", "never"], monkeypatch, tty=True)
    assert "\x1b[" not in never


def _many(tmp_path: Path, n: int) -> list[str]:
    paths = []
    for i in range(n):
        p = tmp_path / f"s{i}.txt"
        p.write_text(A if i % 3 else C, encoding="utf-8")
        paths.append(str(p))
    return paths


def test_progress_bar_on_a_terminal_for_many_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _many(tmp_path, 5)
    code, out, err = run([*paths, "--format", "json"], monkeypatch, tty=True)
    assert code == 1
    frames = err.split("\r\x1b[K")
    assert frames[1].startswith("[####--------------------] 1/5 s0.txt")
    assert frames[5].startswith("[########################] 5/5 s4.txt")
    assert err.endswith("\r\x1b[K")
    # the same report as without the bar
    _, plain, quiet = run([*paths, "--format", "json"], monkeypatch)
    assert quiet == ""
    assert json.loads(out) == json.loads(plain)


def test_progress_path_gives_the_same_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _many(tmp_path, 4)
    _, with_bar, err = run(["--check", *paths, "--format", "json"], monkeypatch, tty=True)
    _, without, _ = run(["--check", *paths, "--format", "json"], monkeypatch)
    assert "4/4" in err
    assert json.loads(with_bar) == json.loads(without)
    assert json.loads(without)["mode"] == "check"


def test_no_progress_bar_for_two_files(files: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    _, _, err = run([files["a.txt"], files["b.txt"]], monkeypatch, tty=True)
    assert err == ""


def test_clashing_base_names_use_the_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "y" / "a.txt").write_text(C, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["x/a.txt", "y/a.txt", "--format", "json"], monkeypatch)
    assert code == 1
    assert [s["name"] for s in json.loads(out)["sources"]] == ["x/a.txt", "y/a.txt"]
    assert cli._names(["a.txt", "a.txt"]) == ["a.txt", "a.txt#2"]


def test_python_dash_m_runs_the_cli(files: dict[str, str]) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "factcheck",
            "--lang",
            "nl",
            files["a.txt"],
            files["c.txt"],
            "--format",
            "markdown",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout.startswith("# factcheck report\n\n**Not consistent**: 1 discrepancy")
    assert done.stderr == ""


def test_empty_file_is_a_report_with_nothing_to_compare(
    tmp_path: Path, files: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    other = tmp_path / "empty2.txt"
    other.write_text("", encoding="utf-8")
    code, out, err = run([str(empty), str(other)], monkeypatch)
    assert (code, err) == (0, "")
    assert "No claims found to compare." in out
    code, out, _ = run([str(empty), files["a.txt"]], monkeypatch)
    assert code == 0
    assert "IN ONE SOURCE ONLY (1)" in out


@pytest.mark.parametrize(
    ("extra", "start"),
    [
        (["--published", "2026-13-01"], "factcheck: error: Source(published=...) must be a date"),
        (["--lang", "xx"], "factcheck: error: lang='xx' is not a supported language"),
        (["-o", "/nonexistent-dir/report.txt"], "factcheck: error: [Errno 2] No such file or directory"),
    ],
)
def test_bad_options_exit_2_with_one_line(
    extra: list[str], start: str, files: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run([files["a.txt"], files["b.txt"], *extra], monkeypatch)
    assert (code, out) == (2, "")
    assert err.startswith(start)
    assert err.count("\n") == 1
