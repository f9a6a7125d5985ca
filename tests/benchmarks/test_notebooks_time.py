"""Tests for benchmarks/notebooks_time.py: which cells count as after the imports, and the CPU it adds up."""

from __future__ import annotations


import pytest
from tests.conftest import load_benchmark



@pytest.fixture(scope="module")
def bench():
    return load_benchmark("notebooks_time")


def test_cells_after_the_helpers_import(bench):
    cells = [{"source": "articles_dir = None", "cpu": 0.0}, {"source": "from helpers import x", "cpu": 1.5},
             {"source": "\n\nplot()\nmore", "cpu": 2.0}]
    rest, imports = bench.after_imports(cells)
    assert imports == 1.5 and rest == cells[2:]
    assert bench._first_line(cells[2]) == "plot()"


def test_cell_times_are_read_once(bench, tmp_path):
    (tmp_path / "1.jsonl").write_text('{"cpu": 1.0, "wall": 2.0, "source": "x"}\n', encoding="utf-8")
    assert bench.cell_times(tmp_path) == [{"cpu": 1.0, "wall": 2.0, "source": "x"}]
    assert bench.cell_times(tmp_path) == []


def test_cpu_seconds_grow_with_work(bench):
    before = bench.cpu_seconds()
    sum(i * i for i in range(300_000))
    assert bench.cpu_seconds() > before
