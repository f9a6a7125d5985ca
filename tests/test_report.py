"""`make report ARTICLES=…` on another event, and a report where article markup stays inert.

The index page itself is tested in ``tests/report/test_index.py``."""

from __future__ import annotations

import re
import shutil
import subprocess

import nbformat
import pytest

from helpers.notebooks import notebook_paths, report_dir_for, run_all
from helpers.paths import ROOT
from tests.conftest import OTHER_EVENT, write_folder

HOSTILE = {
    "file": "hostile.txt",
    "outlet": "Markup <b>Weekly</b>",
    "title": "Harbour <script>alert('title')</script> talks",
    "published": "2022-03-16",
    "text": (
        "Harbour <script>alert('title')</script> talks\n\n"
        "The talks in Kessel ended on Monday <img src=x onerror=alert(1)> without a deal, "
        "officials said. <script>document.title='owned'</script>\n\n"
        "\u201cWe will <i>return</i> in May,\u201d said Anna Berg, Norland\u2019s trade minister.\n"
    ),
}


def _live_script(html: str) -> bool:
    """True where an article's script tag survived as markup (not escaped)."""
    return bool(re.search(r"<script>\s*(alert|document\.title)", html))


@pytest.mark.notebook
@pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")
def test_make_report_on_another_event(other_event):
    folder = write_folder(other_event, OTHER_EVENT + [HOSTILE])
    out = report_dir_for(folder)
    assert out == ROOT / "reports" / folder.name
    try:
        done = subprocess.run(
            ["make", "--no-print-directory", "-C", str(ROOT), "report", f"ARTICLES={folder}"],
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
        index = (out / "index.html").read_text(encoding="utf-8")
        for outlet in ("Harbour Gazette", "Estavia Ledger", "Northern Wire"):
            assert outlet in index
        figures = sorted(p.name for p in (out / "figures").glob("*.png"))
        assert figures
        for name in figures:
            assert f'href="figures/{name}"' in index  # the index links every figure
        for path in notebook_paths():
            executed = nbformat.read(out / path.name, as_version=4)
            errors = [o for c in executed.cells for o in c.get("outputs", []) if o.output_type == "error"]
            assert errors == [], f"{path.name}: {errors[:1]}"
            assert f'href="{path.stem}.report.html"' in index
            for html_file in (out / f"{path.stem}.html", out / f"{path.stem}.report.html"):
                assert not _live_script(html_file.read_text(encoding="utf-8")), f"{html_file.name}: live article markup"
        assert not _live_script(index)
    finally:
        shutil.rmtree(out, ignore_errors=True)


@pytest.mark.notebook
def test_notebooks_on_one_outlet_say_what_they_need(one_outlet, tmp_path):
    run_all(one_outlet, tmp_path)
    for path in notebook_paths():
        executed = nbformat.read(tmp_path / path.name, as_version=4)
        errors = [o for c in executed.cells for o in c.get("outputs", []) if o.output_type == "error"]
        assert errors == [], f"{path.name} fails on one outlet: {errors[:1]}"
        shown = " ".join(
            str(o.get("data", {}).get("text/markdown", "")) + str(o.get("text", ""))
            for c in executed.cells
            for o in c.get("outputs", [])
        )
        assert re.search(r"\bone outlet\b|no other outlet", shown), f"{path.name} does not say it has one outlet"
