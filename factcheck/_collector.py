"""Pausing Python's cyclic garbage collector while a text is read or claims are aligned."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block; restore it as it was, even on error.

    Reading a text, aligning claims and receiving reports make many small objects and no
    reference cycle, so the collector finds nothing to free; yet each of its passes walks the
    young objects, and now and then every object the process holds (a notebook's data frames,
    the reports made so far). Unpickling 300 reports in a process that held 300 others took
    2.0 ms per report with it running and 0.44 ms without. Reference counting still frees
    every object the block drops at once. Nested pauses are harmless: only the outermost one
    turns the collector back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
