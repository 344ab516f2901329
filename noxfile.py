"""Development sessions: ``nox`` runs lint, typecheck and tests; ``-s docs`` and ``-s bench`` on demand.

The tests run against the built and installed wheel, not the checkout, so that what users
install is what is tested.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")

nox.options.sessions = ["lint", "typecheck", "tests"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = False


def _runs(python: str) -> bool:
    """Whether ``python<version>`` exists here and starts (pyenv shims exist for absent versions)."""
    exe = shutil.which(f"python{python}")
    if exe is None:
        return False
    try:
        done = subprocess.run([exe, "--version"], capture_output=True, check=False, timeout=30)  # noqa: S603
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


# The versions the classifiers promise, those installed on this machine; the interpreter that
# runs nox when none of them is.
ALL_PYTHONS = nox.project.python_versions(PYPROJECT)
PYTHONS = [v for v in ALL_PYTHONS if _runs(v)] or [f"{sys.version_info.major}.{sys.version_info.minor}"]
DEFAULT_PYTHON = PYTHONS[0]

# Checks that factcheck was imported from the installed wheel (site-packages of the session,
# which nox keeps under .nox/ in the checkout), not from the checkout's own factcheck/.
_OUTSIDE_CHECKOUT = """
import pathlib, sys
import factcheck
where = pathlib.Path(factcheck.__file__).resolve().parent
source = (pathlib.Path(sys.argv[1]) / "factcheck").resolve()
assert where != source and "site-packages" in where.parts, f"factcheck imported from {where}"
print(f"factcheck {factcheck.__version__} imported from {where}")
"""


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Build the wheel, install it with the ``tests`` extra, and run pytest against it."""
    with tempfile.TemporaryDirectory(prefix="factcheck-wheel-") as tmp:
        session.install("build")
        session.run("python", "-m", "build", "--wheel", "--outdir", tmp, str(ROOT))
        wheels = sorted(Path(tmp).glob("factcheck-*.whl"))
        if len(wheels) != 1:
            session.error(f"expected one wheel in {tmp}, found {[w.name for w in wheels]}")
        # --force-reinstall: a reused environment must get this build, not an older one.
        session.install("--force-reinstall", f"{wheels[0]}[tests]")
    with tempfile.TemporaryDirectory(prefix="factcheck-where-") as away, session.chdir(away):
        session.run("python", "-c", _OUTSIDE_CHECKOUT, str(ROOT))
    with session.chdir(ROOT):
        # --import-mode=importlib (in pyproject) keeps the checkout off sys.path.
        session.run("pytest", *session.posargs)


@nox.session(python=DEFAULT_PYTHON)
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check over the whole project."""
    session.install("ruff")
    with session.chdir(ROOT):
        session.run("ruff", "check", ".")
        session.run("ruff", "format", "--check", ".")


@nox.session(python=DEFAULT_PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict with the configuration (files, overrides) from pyproject.toml."""
    # The optional parts are type-checked too: their stubs are tools of this session only.
    session.install("mypy", "pandas-stubs", "types-jsonschema", f"{ROOT}[tests,pandas]")
    with session.chdir(ROOT):
        session.run("mypy", "--strict", *session.posargs)


@nox.session(python=DEFAULT_PYTHON)
def docs(session: nox.Session) -> None:
    """Build the HTML docs (nitpicky, warnings are errors) and run the examples in them."""
    session.install(f"{ROOT}[docs]")
    with session.chdir(ROOT):
        for builder in ("html", "doctest"):
            out = f"docs/_build/{builder}"
            session.run("sphinx-build", "-n", "-W", "--keep-going", "-b", builder, "docs", out)


@nox.session(python=DEFAULT_PYTHON)
def bench(session: nox.Session) -> None:
    """Install the project with the peers of the ``bench`` extra and run one benchmark."""
    session.install(f"{ROOT}[bench]")
    # A reused environment keeps an older build of the same version: measure this one.
    session.install("--force-reinstall", "--no-deps", str(ROOT))
    with session.chdir(ROOT):
        session.run("python", "benchmarks/run.py", *session.posargs)
