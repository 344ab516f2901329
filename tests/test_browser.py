"""The seeds' HTML report in a real headless browser (Debian's chromium, driven by playwright).

Skipped when playwright or /usr/bin/chromium is missing. No browser is downloaded: the
system chromium is launched by path. The screenshot goes to test-artifacts/seeds-report.png.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import factcheck
from factcheck.render.html import VERDICT_COLORS, render_page

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"

pytestmark = pytest.mark.slow


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def seed_report(seed_paths: list[Path]) -> factcheck.Report:
    sources = [factcheck.Source(p.read_text(encoding="utf-8"), name=p.stem[:3]) for p in seed_paths]
    return factcheck.compare(*sources)


@pytest.fixture(scope="module")
def page(browser, seed_report: factcheck.Report, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    html_file = tmp_path_factory.mktemp("html") / "seeds.html"
    html_file.write_text(
        render_page([("seeds", seed_report.to_html())], title="factcheck: the seeds"), encoding="utf-8"
    )
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    # nothing may be fetched: every request other than the page itself fails the test
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    pg = context.new_page()
    pg.goto(html_file.as_uri())
    yield pg
    assert requests == [html_file.as_uri()]
    context.close()


def test_a_mark_for_every_claim(page, seed_report: factcheck.Report) -> None:  # type: ignore[no-untyped-def]
    expected = sum(len(f.claims) for f in seed_report.findings)
    assert expected > 0
    assert page.locator("mark.fc-claim[id]").count() == expected
    for i, finding in enumerate(seed_report.findings):
        for name, claim in finding.claims.items():
            index = [s.label for s in seed_report.sources].index(name)
            mark = page.locator(f"mark[id$='-f{i}-s{index}']")
            assert mark.count() == 1
            shown = " ".join(mark.text_content().split())
            assert " ".join(claim.text.split()).startswith(shown)
            assert shown


def test_each_verdict_has_its_own_colour(page, seed_report: factcheck.Report) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}
    for verdict in ("discrepancy", "agreement", "unique"):
        # the legend always shows every verdict, whatever the report holds
        mark = page.locator(f".fc-legend mark.fc-{verdict}")
        colour = mark.evaluate("e => getComputedStyle(e).borderBottomColor")
        background = mark.evaluate("e => getComputedStyle(e).backgroundColor")
        assert colour == _rgb(VERDICT_COLORS[verdict][0])  # type: ignore[index]
        assert background.startswith("rgba(")
        seen[verdict] = colour
    assert len(set(seen.values())) == 3
    present = {f.verdict for f in seed_report.findings}
    for verdict in present:
        first = page.locator(f".fc-text mark.fc-{verdict}").first
        assert first.evaluate("e => getComputedStyle(e).borderBottomColor") == seen[verdict]


def test_explanations_reachable_by_title_and_details(page, seed_report: factcheck.Report) -> None:  # type: ignore[no-untyped-def]
    for i, finding in enumerate(seed_report.findings):
        title = page.locator(f"mark[id$='-f{i}-s0'], mark[id$='-f{i}-s1']").first.get_attribute("title")
        assert title is not None
        assert finding.explanation in title
    items = page.locator("li.fc-finding")
    assert items.count() == len(seed_report.findings)
    first = items.first
    assert not first.locator("ul.fc-evidence").is_visible()
    first.locator("summary").click()
    assert first.locator("ul.fc-evidence").is_visible()
    link = first.locator("ul.fc-evidence a").first
    href = link.get_attribute("href")
    assert href
    assert href.startswith("#")
    link.click()
    assert page.evaluate("location.hash") == href
    target = page.locator(href)
    assert target.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"


def test_dark_theme_uses_the_dark_colours(browser, seed_report: factcheck.Report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    html_file = tmp_path / "dark.html"
    html_file.write_text(render_page([("seeds", seed_report.to_html())]), encoding="utf-8")
    context = browser.new_context(color_scheme="dark")
    pg = context.new_page()
    pg.goto(html_file.as_uri())
    for verdict in ("discrepancy", "agreement", "unique"):
        colour = pg.locator(f".fc-legend mark.fc-{verdict}").evaluate(
            "e => getComputedStyle(e).borderBottomColor"
        )
        assert colour == _rgb(VERDICT_COLORS[verdict][1])  # type: ignore[index]
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / "seeds-report-dark.png"), full_page=True)
    context.close()


def test_screenshot(browser, seed_report: factcheck.Report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    html_file = tmp_path / "seeds.html"
    html_file.write_text(
        render_page([("seeds", seed_report.to_html())], title="factcheck: the seeds"), encoding="utf-8"
    )
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    pg = context.new_page()
    pg.goto(html_file.as_uri())
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "seeds-report.png"
    pg.screenshot(path=str(target), full_page=True)
    context.close()
    assert target.stat().st_size > 10_000


def test_ten_sources_wrap_into_a_readable_grid(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    texts = [f"Volgens bron {i} werden er {95 if i % 4 == 0 else 120} boetes uitgedeeld." for i in range(10)]
    report = factcheck.compare(
        *[factcheck.Source(t, name=f"bron-{i}", lang="nl") for i, t in enumerate(texts)]
    )
    html_file = tmp_path / "ten.html"
    html_file.write_text(render_page([("ten sources", report.to_html())]), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.goto(html_file.as_uri())
    boxes = [pg.locator("section.fc-source").nth(i).bounding_box() for i in range(10)]
    assert all(box is not None for box in boxes)
    rows = sorted({round(box["y"]) for box in boxes if box})
    columns = sorted({round(box["x"]) for box in boxes if box})
    # at 1280 pixels, columns of at least 20rem: three or four a row, the rest wrap below
    assert 3 <= len(columns) <= 4
    assert len(rows) == -(-10 // len(columns))
    assert min(box["width"] for box in boxes if box) >= 320
    # nothing sticks out sideways: the page does not scroll horizontally
    assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert pg.locator("mark.fc-claim[id]").count() == sum(len(f.claims) for f in report.findings)
    context.close()
