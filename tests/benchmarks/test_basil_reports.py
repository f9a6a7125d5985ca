"""`make report ARTICLES=<a BASIL event>` writes the whole report: three of basil-dev's 50 events.

The three are the first, middle and last event folders in name order (not picked for their content); the
benchmark `benchmarks/basil_reports.py` runs all fifty and the pooled folder.
"""

from __future__ import annotations

import json

import pytest

from helpers.paths import ROOT
from tests.conftest import load_benchmark

pytestmark = pytest.mark.notebook


@pytest.fixture(scope="module")
def bench():
    module = load_benchmark("basil_reports")
    if not module.CORPUS.is_dir():
        pytest.skip(f"../shared/eval not found (looked for {module.CORPUS})")
    return module


def three_events(bench):
    folders = bench.event_folders(bench.CORPUS)
    return [folders[0], folders[len(folders) // 2], folders[-1]]


def test_fifty_events_are_found(bench):
    folders = bench.event_folders(bench.CORPUS)
    assert len(folders) == 50
    assert all((f / "articles.csv").is_file() for f in folders)


@pytest.mark.parametrize("which", [0, 1, 2], ids=["first", "middle", "last"])
def test_the_report_is_written_for_a_basil_event(bench, tmp_path, which):
    folder = three_events(bench)[which]
    result = bench.run_report(folder, tmp_path / "report")
    assert result["ok"], result["error"]
    out = tmp_path / "report"
    pages = sorted(p.name for p in out.glob("*.report.html"))
    assert pages == [f"{p.stem}.report.html" for p in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))]
    for executed in out.glob("*.ipynb"):  # no cell failed, in any notebook
        nb = json.loads(executed.read_text(encoding="utf-8"))
        errors = [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
        assert not errors, f"{executed.name}: {errors[0].get('ename')}: {errors[0].get('evalue')}"
    assert "index.html" in {p.name for p in out.iterdir()}
