"""docs/seeds.ipynb runs top to bottom and displays the seeds' report as HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "docs" / "seeds.ipynb"

pytestmark = pytest.mark.slow


def test_seeds_notebook_executes_and_shows_the_report() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    if not NOTEBOOK.is_file():
        pytest.skip("docs/ is not part of this installation")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert html
    assert html[0].startswith('<div class="fc-report fc-r')
    assert html[0].count('<section class="fc-source"') == 2
    text = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    assert "factcheck: 2 sources: 000 (" in text
    assert text.rstrip().endswith(("consistent: no discrepancies", "NOT consistent"))
