"""Every notebook: committed clean, parameterised, and executed from a fresh kernel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from helpers.notebooks import dirty_cells, notebook_paths, run_all, run_one
from helpers.paths import ROOT

NOTEBOOKS = notebook_paths()
IDS = [p.stem for p in NOTEBOOKS]
OFFLINE = Path(__file__).parent / "offline"


def test_the_collection_has_its_notebooks():
    assert [p.name[:2] for p in NOTEBOOKS] == sorted(p.name[:2] for p in NOTEBOOKS)
    assert "01_corpus_overview" in IDS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_committed_clean(path):
    assert dirty_cells(path) == [], f"{path.name}: clear outputs and execution counts before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_first_cell_says_what_and_parameters_cell_follows(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    assert "articles_dir = None" in tagged[0].source and "figures_dir = None" in tagged[0].source
    assert "sys.path" not in "".join(c.source for c in nb.cells)


def _errors(nb):
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_runs_on_the_seeds(path, tmp_path):
    result = run_one(path, None, tmp_path)
    executed = nbformat.read(tmp_path / path.name, as_version=4)
    assert _errors(executed) == []
    assert all(c.get("execution_count") for c in executed.cells if c.cell_type == "code")
    assert (tmp_path / f"{path.stem}.html").exists() and (tmp_path / f"{path.stem}.report.html").exists()
    figures = list((tmp_path / "figures").glob("*.png"))
    assert figures, f"{path.name} exported no chart"
    for png in figures:
        for ext in ("svg", "pdf", "csv"):
            assert png.with_suffix(f".{ext}").exists(), f"{png.stem}.{ext} missing"
    assert result["seconds"] > 0


@pytest.mark.notebook
def test_collection_runs_on_three_outlets(three_outlets, tmp_path):
    run_all(three_outlets, tmp_path)
    for path in NOTEBOOKS:
        executed = nbformat.read(tmp_path / path.name, as_version=4)
        injected = [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert injected and str(three_outlets) in injected[0].source
        html = (tmp_path / f"{path.stem}.report.html").read_text(encoding="utf-8")
        assert "Reuters" in html or path.stem != "01_corpus_overview"
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "Reuters" in index and "Axios" in index and "Financial Times" in index


def _offline_env():
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(OFFLINE), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def test_network_is_really_blocked_in_the_offline_environment():
    probe = "import urllib.request; urllib.request.urlopen('http://127.0.0.1:9', timeout=2)"
    done = subprocess.run([sys.executable, "-c", probe], env=_offline_env(), capture_output=True, text=True)
    assert done.returncode != 0 and "blocked by the offline test" in done.stderr


@pytest.mark.notebook
def test_loading_and_a_notebook_run_with_the_network_blocked(tmp_path):
    load = "from helpers.corpus import load_articles, sentences; a = load_articles(); print(len(a), len(sentences(a)))"
    done = subprocess.run([sys.executable, "-c", load], env=_offline_env(), capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[0] == "2"
    notebook = str(ROOT / "notebooks" / "01_corpus_overview.ipynb")
    run = [sys.executable, "-m", "helpers.notebooks", "run", notebook, "--out", str(tmp_path / "out")]
    done = subprocess.run(run, env=_offline_env(), capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    executed = json.loads((tmp_path / "out" / "01_corpus_overview.ipynb").read_text(encoding="utf-8"))
    assert not [o for c in executed["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]


def test_a_failing_cell_stops_the_run_and_is_kept_to_read(tmp_path):
    from nbclient.exceptions import CellExecutionError
    from nbformat.v4 import new_code_cell, new_notebook

    from helpers.notebooks import execute_notebook

    broken = tmp_path / "broken.ipynb"
    nbformat.write(new_notebook(cells=[new_code_cell("x = 1"), new_code_cell("raise ValueError('no such outlet')")],
                                metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}}), broken)
    with pytest.raises(CellExecutionError, match="no such outlet"):
        execute_notebook(broken, output=tmp_path / "out.ipynb")
    executed = nbformat.read(tmp_path / "out.ipynb", as_version=4)
    assert executed.cells[1].outputs[0].output_type == "error"
