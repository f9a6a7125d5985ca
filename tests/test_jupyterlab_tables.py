"""In JupyterLab, a notebook's tables sort, filter and search (itables, offline), with nothing from the network.

Notebook 01 runs in JupyterLab from the project's environment, driven in headless Chromium (as in
``test_jupyterlab_browser.py``, whose fixtures this module shares). Its readable tables must render as
DataTables: a click on a header sorts, the search box filters, no request leaves the machine and the
console shows no error. Without Chromium the test skips, saying so (under CI it fails instead).
"""

from __future__ import annotations

import pytest

from helpers.paths import REPORTS_DIR

from .browser_support import LOOPBACK, browser, chromium_path  # noqa: F401 (fixtures)
from .test_jupyterlab_browser import NOTEBOOK, lab, lab_root, open_and_run_all, page, wait_until_all_run  # noqa: F401

pytestmark = pytest.mark.browser

SCREENSHOT = REPORTS_DIR / "jupyterlab_tables.png"
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"

# Each rendered DataTable: its header, the rows it shows, and its search box's placeholder or label.
TABLES_JS = f"""() => [...document.querySelectorAll('{PANEL} .jp-OutputArea-output table.dataTable')].map(t => ({{
    headers: [...t.tHead.rows[0].cells].map(c => c.textContent.trim()),
    rows: [...t.tBodies[0].rows].map(r => [...r.cells].map(c => c.textContent.trim())),
    search: !!t.closest('.dt-container')?.querySelector('.dt-search input'),
}}))"""


def test_tables_in_jupyterlab_sort_filter_and_search_offline(lab, page):  # noqa: F811
    errors, requests = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(f"uncaught: {exc}"))
    page.on("request", lambda r: None if r.url.startswith((f"http://{LOOPBACK}", "data:", "blob:"))
            else requests.append(r.url))
    open_and_run_all(page, lab, f"notebooks/{NOTEBOOK.name}")
    wait_until_all_run(page)
    page.wait_for_function(f"() => document.querySelectorAll('{PANEL} table.dataTable').length >= 5", timeout=20_000)
    tables = page.evaluate(TABLES_JS)
    assert all(t["headers"] and t["rows"] for t in tables), tables
    assert ["Article", "Outlet", "Title", "Published", "Characters"] == tables[0]["headers"]
    # the paragraphs table: twelve rows, a search box; its header sorts
    n = next(i for i, t in enumerate(tables) if "Dateline" in t["headers"])
    assert tables[n]["search"] and len(tables[n]["rows"]) == 10  # one page of ten
    container = page.locator(f"{PANEL} .jp-OutputArea-output .dt-container").nth(n)
    end = tables[n]["headers"].index("End")
    header = container.locator("thead th").nth(end)
    seen = []
    for _ in range(3):  # DataTables cycles ascending, descending, as loaded
        header.click()
        page.wait_for_timeout(200)
        seen.append((header.get_attribute("aria-sort"), [int(r[end]) for r in page.evaluate(TABLES_JS)[n]["rows"]]))
    orders = {direction: ends for direction, ends in seen}
    assert "ascending" in orders and "descending" in orders, [d for d, _ in seen]
    assert orders["ascending"] == sorted(orders["ascending"]) and orders["ascending"][0] == 27
    assert orders["descending"] == sorted(orders["descending"], reverse=True)
    container.locator(".dt-search input").fill("Financial Times")
    page.wait_for_timeout(300)
    rows = page.evaluate(TABLES_JS)[n]["rows"]
    assert rows and all("Financial Times" in r for r in rows)
    container.scroll_into_view_if_needed()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert errors == [] and requests == [], (errors, requests)
