"""Per-language knowledge, one data module per language.

Each module (``en``, ``nl``, ``de``, ``fr``, ``es``) defines the same names with the same
types; ``tests/test_lang_data.py`` checks that. The engine reads them through :func:`get`,
which imports a module on first use and caches it.
"""

from __future__ import annotations

import functools
import importlib
from types import ModuleType

__all__ = ["SUPPORTED", "get"]

SUPPORTED: tuple[str, ...] = ("de", "en", "es", "fr", "nl")


@functools.cache
def get(lang: str) -> ModuleType:
    """The data module of ``lang`` (one of :data:`SUPPORTED`)."""
    if lang not in SUPPORTED:
        from factcheck.errors import UnsupportedLanguage

        raise UnsupportedLanguage(lang)
    return importlib.import_module(f"factcheck.lang.{lang}")
