"""Every page of the report, opened in headless Chromium as a reader would open it from the folder.

The report runs once on the seeds into a temporary folder (the ``seeds_report`` fixture). Each page, the
index, every ``.html`` and ``.report.html`` and the reading view, must show no markup as text, no table without its header,
no broken image or link, make no request off the machine and log no console error. The checks are first
shown to catch what was broken: a page exported as before (nbconvert's own sanitizer, CDN scripts) and a
page with every fault on purpose. Chromium is Debian's package, as for the JupyterLab test; without it
these tests skip, saying so (under CI they fail instead).
"""

from __future__ import annotations

import nbformat.v4 as v4
import pandas as pd
import pytest

from helpers.paths import REPORTS_DIR

from ..browser_support import browser, chromium_path  # noqa: F401 (fixtures)
from .page_checks import page_problems, problems_by_kind

pytestmark = [pytest.mark.browser, pytest.mark.notebook]

SCREENSHOTS = {
    "index.html": REPORTS_DIR / "browser_index.png",
    "01_corpus_overview.report.html": REPORTS_DIR / "browser_01_corpus_overview.report.png",
    "reading_view.html": REPORTS_DIR / "browser_reading_view.png",
}


@pytest.fixture(scope="module")
def report_dir(browser, request):  # noqa: F811
    # the report runs only once the browser is known to start, so a skip costs no notebook run
    return request.getfixturevalue("seeds_report")


@pytest.fixture
def page(browser):  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        yield context.new_page()
    finally:
        context.close()


def test_the_checks_catch_a_page_exported_as_before(tmp_path, page):
    """nbconvert's ``sanitize_html=True`` with the CDN scripts: the state of the report this test guards."""
    from nbconvert import HTMLExporter

    frame = pd.DataFrame({"outlet": ["Axios"], "words": [692]})
    nb = v4.new_notebook(
        cells=[
            v4.new_markdown_cell("# 01 · Title\n\nText."),
            v4.new_code_cell("x", outputs=[v4.new_output("execute_result", data={"text/html": frame._repr_html_()})]),
        ]
    )
    body, _ = HTMLExporter(sanitize_html=True).from_notebook_node(nb)
    old = tmp_path / "old.html"
    old.write_text(body, encoding="utf-8")
    problems, seen = page_problems(page, old)
    kinds = problems_by_kind(problems)
    assert {"markup shown as text", "table without header cells", "request that is not a local file"} <= kinds, problems
    assert seen["title"] == "Notebook" and not seen["linksIndex"]


def test_the_checks_catch_every_fault(tmp_path, page):
    faulty = tmp_path / "faulty.html"
    faulty.write_text(
        "<!DOCTYPE html><html><head><title>t</title></head><body>"
        '<img src="missing.png" alt="m"><a href="missing.html">m</a> <a href="#nowhere">n</a>'
        '<img src="http://example.invalid/pixel.png" alt="p">'
        "<table><tr><td>1</td></tr></table><p>&lt;div class=x&gt;</p>"
        "<script>console.error('a console error')</script></body></html>",
        encoding="utf-8",
    )
    problems, _ = page_problems(page, faulty)
    assert problems_by_kind(problems) == {
        "markup shown as text",
        "table without header cells",
        "image does not load",
        "link to a missing file",
        "link to a missing anchor",
        "request that is not a local file",
        "console error",
    }, problems


def test_every_report_page_renders_offline(report_dir, page, browser):  # noqa: F811
    pages = [report_dir / "index.html"] + sorted(p for p in report_dir.glob("*.html") if p.name != "index.html")
    # the index, each notebook with and without its code, and the reading view
    assert len(pages) == 1 + 2 * len(list(report_dir.glob("[0-9][0-9]_*.ipynb"))) + 1, [p.name for p in pages]
    assert "reading_view.html" in [p.name for p in pages]
    found, titles = {}, {}
    for path in pages:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        try:
            tab = context.new_page()
            problems, seen = page_problems(tab, path)
            titles[path.name] = seen["title"]
            if path.name != "index.html" and not seen["linksIndex"]:
                problems.append("no link back to index.html")
            if seen["title"] in ("", "Notebook"):
                problems.append(f"page title {seen['title']!r}")
            if path.name in SCREENSHOTS:
                SCREENSHOTS[path.name].parent.mkdir(parents=True, exist_ok=True)
                tab.evaluate("window.scrollTo(0, 0)")
                tab.screenshot(path=str(SCREENSHOTS[path.name]))
            if problems:
                found[path.name] = problems[:8]
        finally:
            context.close()
    assert not found, "\n".join(f"{name}: {problems}" for name, problems in found.items())
    # each notebook's two pages share its heading as their title; the code page says so
    for path in pages[1:]:
        if path.name.endswith(".report.html"):
            assert titles[path.name.replace(".report", "")] == f"{titles[path.name]} (with code)"
    for shot in SCREENSHOTS.values():
        assert shot.stat().st_size > 20_000, f"{shot} looks empty"


TABLE_STATE_JS = """(n) => {
  const table = document.querySelectorAll('table.readable')[n];
  const rows = [...table.tBodies[0].rows];
  const tools = table.closest('.readable-table').previousElementSibling;
  return {
    headers: [...table.tHead.rows[0].cells].map(c => c.textContent.trim()),
    sorted: [...table.tHead.rows[0].cells].map(c => c.getAttribute('aria-sort')),
    visible: rows.filter(r => !r.hidden).map(r => [...r.cells].map(c => c.textContent.trim())),
    count: tools.querySelector('.table-count').textContent,
  };
}"""


def test_report_tables_sort_and_filter_offline(report_dir, page):
    """The page's own script: a click on a header sorts (numbers as numbers), the search box filters rows."""
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto((report_dir / "02_framing.report.html").resolve().as_uri(), wait_until="load")
    tables = page.locator("table.readable")
    n = next(i for i in range(tables.count()) if "z-score" in tables.nth(i).locator("thead").inner_text())
    before = page.evaluate(TABLE_STATE_JS, n)
    z = before["headers"].index("z-score")
    assert len(before["visible"]) >= 8 and before["count"] == f"{len(before['visible'])} rows"

    header = tables.nth(n).locator("thead th").nth(z)
    header.click()
    up = page.evaluate(TABLE_STATE_JS, n)
    values = [float(r[z]) for r in up["visible"]]
    assert values == sorted(values) and up["sorted"][z] == "ascending"
    header.press("Enter")  # the keyboard does what the click does: the other way round
    down = [float(r[z]) for r in page.evaluate(TABLE_STATE_JS, n)["visible"]]
    assert down == sorted(values, reverse=True)

    search = page.locator(".table-tools input[type=search]").nth(
        page.evaluate("(n) => [...document.querySelectorAll('.table-tools')].indexOf("
                      "document.querySelectorAll('table.readable')[n].closest('.readable-table').previousElementSibling)", n))
    search.fill("Financial Times")
    shown = page.evaluate(TABLE_STATE_JS, n)
    assert shown["visible"] and all("Financial Times" in " ".join(r) for r in shown["visible"])
    assert shown["count"] == f"{len(shown['visible'])} of {len(before['visible'])} rows"
    assert errors == []
