"""The exceptions factcheck raises on purpose.

Each one mixes in the builtin it refines, so ``except ValueError`` keeps working, stores
its fields, and pickles cleanly (extraction may run in worker processes).
"""

from __future__ import annotations

__all__ = [
    "FactcheckError",
    "InvalidArgument",
    "InvalidType",
    "UnsupportedLanguage",
]


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""


class InvalidArgument(FactcheckError, ValueError):
    """An argument has the right type but a value factcheck cannot use."""


class InvalidType(FactcheckError, TypeError):
    """An argument has a type factcheck does not accept."""


class UnsupportedLanguage(InvalidArgument):
    """A language code names no language factcheck has data for."""

    def __init__(self, lang: str, argument: str = "lang") -> None:
        super().__init__(lang, argument)
        self.lang = lang
        self.argument = argument

    def __str__(self) -> str:
        from factcheck.lang import SUPPORTED

        return (
            f"{self.argument}={self.lang!r} is not a supported language; "
            f"expected one of {', '.join(SUPPORTED)} or None to detect it"
        )
