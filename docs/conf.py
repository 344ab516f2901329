"""Sphinx configuration: MyST Markdown pages, autodoc from docstrings, doctested examples.

Build with ``sphinx-build -n -W -b html docs docs/_build/html`` and run the examples with
``-b doctest`` (``nox -s docs`` does both).
"""

from __future__ import annotations

import factcheck

project = "factcheck"
author = "factcheck developers"
copyright = "2026, factcheck developers"  # noqa: A001 - the name Sphinx reads
release = factcheck.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "*.ipynb", "_gen_rules.py", ".ipynb_checkpoints"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"factcheck {release}"
html_static_path = ["_static"]

# API reference: signatures stay readable, the types go into the description
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_default_options = {"members": True, "undoc-members": False}

# The examples run with `-b doctest` (ELLIPSIS is on by default). The docstrings that autodoc
# pulls in are tested too, outside their modules: give them the public names they use.
doctest_global_setup = """
import datetime as dt
import factcheck
from factcheck import *
from factcheck.testing import *
"""

# Nitpicky mode checks every cross-reference. Names from the standard library and from
# third-party packages are not in this project's inventory and no inventory is fetched (the
# build runs offline), so those are the only ones let through.
nitpick_ignore_regex = [
    ("py:class", r"(collections\.abc|typing|datetime|concurrent\.futures|pathlib|re)\..*"),
    ("py:class", r"(pd|pandas)\..*"),
    ("py:class", r"(attrs|attr)\..*"),
    ("py:class", r"(Mapping|Sequence|Iterable|Iterator|Collection|Callable|Executor|Any|Literal|TextIO)"),
    ("py:class", r"(date|Path|Pattern|Self|NoneType|optional)"),
    ("py:class", r"(Span|Kind|Verdict|Relation|Granularity|Mode)"),
    ("py:class", r"factcheck\.model\.(Span|Kind|Verdict|Relation|Granularity)"),
    ("py:exc", r"jsonschema\..*"),
]
