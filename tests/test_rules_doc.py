"""docs/rules.md is generated from the language data; it must match what the script renders."""

from __future__ import annotations

import importlib.util
from pathlib import Path

DOCS = Path(__file__).parents[1] / "docs"


def test_rules_page_is_current() -> None:
    spec = importlib.util.spec_from_file_location("_gen_rules", DOCS / "_gen_rules.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (DOCS / "rules.md").read_text(encoding="utf-8")
    assert committed == module.render(), "docs/rules.md is stale: run `python docs/_gen_rules.py`"
