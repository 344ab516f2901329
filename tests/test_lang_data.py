"""Every language module defines the same names, with values of the same shape.

Adding a language is adding a data module: this test says what it must define.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from factcheck.lang import SUPPORTED, get

MODULES = {lang: get(lang) for lang in SUPPORTED}


def public(module: Any) -> dict[str, Any]:
    return {
        name: value for name, value in vars(module).items() if name.isupper() and not name.startswith("_")
    }


def item_types(value: Any) -> set[str]:
    """The types of a table's keys or a collection's items (empty when it is empty)."""
    if isinstance(value, dict | tuple | list | frozenset | set):
        return {type(item).__name__ for item in value}
    return set()


def test_every_language_defines_the_same_names() -> None:
    names = {lang: set(public(module)) for lang, module in MODULES.items()}
    reference = names["en"]
    for lang, found in names.items():
        assert found == reference, (
            f"{lang}: missing {sorted(reference - found)}, extra {sorted(found - reference)}"
        )


@pytest.mark.parametrize("lang", [lang for lang in SUPPORTED if lang != "en"])
def test_values_have_the_same_shape(lang: str) -> None:
    english = public(MODULES["en"])
    for name, value in public(MODULES[lang]).items():
        assert type(value) is type(english[name]), name
        mine, theirs = item_types(value), item_types(english[name])
        if mine and theirs:
            assert mine == theirs, name


def test_modules_hold_data_only() -> None:
    for lang in SUPPORTED:
        module = importlib.import_module(f"factcheck.lang.{lang}")
        functions = [
            n
            for n, v in vars(module).items()
            if callable(v) and not n.startswith("_") and not isinstance(v, type)
        ]
        assert functions == [], f"{lang} defines functions: {functions}"
