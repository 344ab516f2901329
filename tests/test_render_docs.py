"""The docs pages stay in step with the package: every public name documented, every page linked."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import factcheck

DOCS = Path(__file__).resolve().parents[1] / "docs"

pytestmark = pytest.mark.skipif(
    not (DOCS / "index.md").is_file(), reason="docs/ is not part of this installation"
)


def test_api_page_documents_every_public_name() -> None:
    api = (DOCS / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"\.\. auto(?:function|class|exception):: factcheck\.(\w+)", api))
    wanted = {name for name in factcheck.__all__ if not name.startswith("__")}
    assert documented == wanted
    assert "__version__" in api


def test_every_page_is_in_a_toctree() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^([a-z][\w-]*)$", index, re.MULTILINE))
    pages = {p.stem for p in DOCS.glob("*.md")} - {"index"}
    assert pages <= listed
    # pages other engineers write; they are linked even before they exist
    assert {"rules", "benchmarks"} <= listed


def test_notebook_is_stored_without_outputs() -> None:
    nb = json.loads((DOCS / "seeds.ipynb").read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    assert "../seeds" in "".join(code[0]["source"])


def test_notebook_page_shows_the_committed_screenshot() -> None:
    page = (DOCS / "notebooks.md").read_text(encoding="utf-8")
    assert "_static/seeds-report.png" in page
    assert (DOCS / "_static" / "seeds-report.png").stat().st_size > 10_000
