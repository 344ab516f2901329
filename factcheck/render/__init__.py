"""Renderers of a :class:`~factcheck.report.Report`: text, Markdown, HTML, JSON, DataFrame."""

from __future__ import annotations

__all__: list[str] = []
