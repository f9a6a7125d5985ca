"""helpers.paths: relative paths from the project root, and a scratch folder for exploring."""

from __future__ import annotations

from pathlib import Path

from helpers.paths import EXPLORE_FIGURES_DIR, FIGURES_DIR, REPORTS_DIR, ROOT, SEEDS_DIR, figures_folder, from_root


def test_relative_paths_are_read_from_the_project_root_whatever_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert from_root("seeds") == SEEDS_DIR
    assert from_root("three_outlets") == ROOT / "three_outlets"
    assert from_root(Path("../x")) == ROOT / ".." / "x"
    assert from_root(tmp_path) == tmp_path  # absolute: as given
    assert from_root(None) is None


def test_exploring_writes_charts_to_a_scratch_folder_never_the_reports():
    assert figures_folder(None) == EXPLORE_FIGURES_DIR
    assert EXPLORE_FIGURES_DIR != FIGURES_DIR and FIGURES_DIR not in EXPLORE_FIGURES_DIR.parents
    assert REPORTS_DIR in EXPLORE_FIGURES_DIR.parents  # under reports/, which git ignores
    assert figures_folder("reports/figures") == FIGURES_DIR  # named on purpose: that folder
    assert figures_folder("/tmp/x") == Path("/tmp/x")
