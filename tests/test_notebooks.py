"""Every notebook: committed clean, parameterised, and executed from a fresh kernel."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from helpers.notebooks import (
    CLEAN_HINT,
    as_committed,
    dirty_cells,
    execute_notebook,
    figure_files,
    notebook_paths,
    output_filter,
    remove_stale_figures,
    run_all,
    run_one,
)
from helpers.paths import EXPLORE_FIGURES_DIR, FIGURES_DIR, NOTEBOOKS_DIR, ROOT

NOTEBOOKS = notebook_paths()
IDS = [p.stem for p in NOTEBOOKS]
OFFLINE = Path(__file__).parent / "offline"


def test_the_collection_has_its_notebooks():
    assert [p.name[:2] for p in NOTEBOOKS] == sorted(p.name[:2] for p in NOTEBOOKS)
    assert "01_corpus_overview" in IDS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_committed_clean(path):
    assert dirty_cells(path) == [], f"{path.name}: {CLEAN_HINT}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_committed_notebooks_are_as_git_s_output_filter_writes_them(path):
    """Once `make setup` set up nbstripout, git sees an untouched notebook as unchanged."""
    done = subprocess.run([sys.executable, "-m", "nbstripout", "--textconv", str(path)], capture_output=True,
                          text=True, encoding="utf-8", check=True)
    assert done.stdout == path.read_text(encoding="utf-8"), f"{path.name}: run `.venv/bin/nbstripout {path}`"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_the_cells_that_state_findings_are_tagged_for_the_index(path):
    nb = nbformat.read(path, as_version=4)
    states = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and "**Finding.**" in c.source]
    tagged = [i for i, c in enumerate(nb.cells) if "finding" in c.metadata.get("tags", [])]
    assert len(states) >= 2 and tagged == states


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_first_cell_says_what_and_parameters_cell_follows(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    assert "articles_dir = None" in tagged[0].source and "figures_dir = None" in tagged[0].source
    assert "sys.path" not in "".join(c.source for c in nb.cells)
    # the cell says how a relative folder is read and where exploring writes its charts
    assert "relative path is read from the project" in tagged[0].source
    assert "reports/explore/figures/" in tagged[0].source
    setup = next(c.source for c in nb.cells[nb.cells.index(tagged[0]) + 1:] if c.cell_type == "code")
    assert "from_root(articles_dir), figures_folder(figures_dir)" in setup and "interactive_tables()" in setup


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
    # a chart an earlier run exported and no notebook exports any more, and one this run writes again
    (tmp_path / "figures").mkdir()
    for ext in ("png", "svg", "pdf", "csv"):
        (tmp_path / "figures" / f"retired_chart.{ext}").write_text("old", encoding="utf-8")
    (tmp_path / "figures" / "corpus_structure.png").write_text("old", encoding="utf-8")
    run_all(three_outlets, tmp_path)
    assert not list((tmp_path / "figures").glob("retired_chart.*"))
    assert (tmp_path / "figures" / "corpus_structure.png").read_bytes().startswith(b"\x89PNG")
    assert "retired_chart" not in (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "Reuters" in (tmp_path / "reading_view.html").read_text(encoding="utf-8")
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


def test_stale_figures_are_those_a_run_did_not_write(tmp_path):
    folder = tmp_path / "figures"
    folder.mkdir()
    for name in ("kept.png", "kept.csv", "retired.png", "retired.pdf", "notes.txt"):
        (folder / name).write_text("before", encoding="utf-8")
    before = figure_files(folder)
    assert sorted(p.name for p in before) == ["kept.csv", "kept.png", "retired.pdf", "retired.png"]
    for name in ("kept.png", "kept.csv", "new.svg"):  # what the run writes
        path = folder / name
        path.write_text("after", encoding="utf-8")
        os.utime(path, ns=(before.get(path, 0) + 10**9, before.get(path, 0) + 10**9))
    removed = remove_stale_figures(folder, before)
    assert [p.name for p in removed] == ["retired.pdf", "retired.png"]
    assert sorted(p.name for p in folder.iterdir()) == ["kept.csv", "kept.png", "new.svg", "notes.txt"]
    assert remove_stale_figures(tmp_path / "missing", {}) == []


def _git(*args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(shutil.which("git") is None or shutil.which("make") is None, reason="git or make not installed")
def test_make_setup_has_git_strip_notebook_outputs_and_is_harmless_outside_git(tmp_path):
    venv = Path(sys.executable).parent.parent  # the environment running the tests, as make's VENV
    make = ["make", "--no-print-directory", "-f", str(ROOT / "Makefile"), "git-filter", f"VENV={venv}"]
    outside = tmp_path / "unpacked"
    outside.mkdir()
    done = subprocess.run(make, cwd=outside, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "not a git repository" in done.stdout, done.stdout + done.stderr

    repo = tmp_path / "clone"
    (repo / "notebooks").mkdir(parents=True)
    _git("init", "-q", cwd=repo)
    shutil.copy(ROOT / ".gitattributes", repo / ".gitattributes")
    saved = repo / "notebooks" / "01.ipynb"
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "1 + 1", execution_count=3, outputs=[nbformat.v4.new_output("execute_result", {"text/plain": "2"},
                                                                    execution_count=3)])])
    nbformat.write(nb, saved)
    assert output_filter(saved) is None and dirty_cells(saved) == [0]  # before: git would commit the outputs

    done = subprocess.run(make, cwd=repo, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "nbstripout" in output_filter(saved)
    assert dirty_cells(saved) == [] and as_committed(saved).cells[0].source == "1 + 1"
    _git("add", "notebooks/01.ipynb", cwd=repo)
    staged = nbformat.reads(_git("show", ":notebooks/01.ipynb", cwd=repo), as_version=4)
    assert staged.cells[0].outputs == [] and staged.cells[0].execution_count is None
    assert "outputs" in saved.read_text(encoding="utf-8") and '"2"' in saved.read_text(encoding="utf-8")


def test_check_clean_says_what_to_do(tmp_path, monkeypatch, capsys):
    from helpers import notebooks

    dirty = tmp_path / "01_x.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x", execution_count=1)]), dirty)
    monkeypatch.setattr(notebooks, "notebook_paths", lambda: [dirty])
    assert notebooks.main(["check-clean"]) == 1
    err = capsys.readouterr().err
    assert "01_x.ipynb: outputs or execution counts in cells [0]" in err
    assert "make setup" in err and ".venv/bin/nbstripout notebooks/*.ipynb" in err


@pytest.mark.notebook
def test_notebook_01_reads_a_relative_articles_dir_from_the_project_root(three_outlets, tmp_path):
    """As `make report ARTICLES=three_outlets` passes it; the kernel runs in notebooks/, where it would not resolve."""
    relative = os.path.relpath(three_outlets, ROOT)
    assert not Path(relative).is_absolute() and not (NOTEBOOKS_DIR / relative / "articles.csv").exists()
    path = NOTEBOOKS_DIR / "01_corpus_overview.ipynb"
    executed = execute_notebook(path, {"articles_dir": relative, "figures_dir": str(tmp_path / "figures")})
    assert _errors(executed) == []
    shown = json.dumps([o for c in executed.cells for o in c.get("outputs", [])])
    assert "Reuters" in shown
    assert (tmp_path / "figures" / "corpus_structure.png").exists()


def _snapshot(folder: Path) -> dict:
    return {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.glob("*")} if folder.exists() else {}


@pytest.mark.notebook
def test_exploring_cannot_overwrite_the_reports_figures():
    """A run as in JupyterLab (no parameters: figures_dir None) writes to the scratch folder, not reports/figures."""
    before = _snapshot(FIGURES_DIR)
    started = time.time_ns()
    executed = execute_notebook(NOTEBOOKS_DIR / "01_corpus_overview.ipynb")
    assert _errors(executed) == []
    assert _snapshot(FIGURES_DIR) == before
    scratch = EXPLORE_FIGURES_DIR / "corpus_structure.png"
    assert scratch.exists() and scratch.stat().st_mtime_ns >= started
