"""CPU and wall time of the notebooks on the seeds, against the one-notebook floor measured in the same run.

    .venv/bin/python benchmarks/notebooks_time.py [--articles DIR] [--repeat 1]

The machine is shared, so every figure is CPU time (this process and the
kernels it starts, which it reaps) beside wall time, and every ratio is
taken within this one run:

- the floor: a one-cell notebook that does what every notebook must do
  (start a kernel, import pandas, matplotlib, the sentence splitter and the helpers' chart
  export, load TextBlob's pattern lexicon and VADER, save one chart in
  every format), run and written as HTML like the others;
- each notebook run alone (kernel start, every cell, HTML pages), its ratio
  to the floor and its slowest cell after the imports (CPU of the kernel,
  timed inside it by an IPython start-up hook);
- the whole report as `make report` runs it (notebooks side by side, one per
  core, the reading view and the index) and its ratio to the floor.

Targets: each notebook within 2x the floor, the report within 4x, no cell after the imports over 1 s.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import resource
import tempfile
import time
from pathlib import Path

#: Run in every kernel (IPython start-up file): each cell's CPU and wall seconds, one JSON line per cell.
HOOK = '''
import json as _json, os as _os, time as _time
def _nbtime_pre(info, _state={}):
    _nbtime_pre.started = (_time.process_time(), _time.perf_counter(), info.raw_cell)
def _nbtime_post(result):
    cpu, wall, source = _nbtime_pre.started
    line = {"cpu": _time.process_time() - cpu, "wall": _time.perf_counter() - wall, "source": source}
    with open(_os.path.join(_os.environ["NBTIME_DIR"], f"{_os.getpid()}.jsonl"), "a", encoding="utf-8") as f:
        f.write(_json.dumps(line) + "\\n")
get_ipython().events.register("pre_run_cell", _nbtime_pre)
get_ipython().events.register("post_run_cell", _nbtime_post)
'''

FLOOR_CELL = '''
import pandas as pd
from helpers.charts import export_figure, new_figure
from helpers.corpus.punkt import segments
segments("The splitter's model. Loaded as the notebooks load it.")  # the sentence splitter (nupunkt)
from helpers.sentiment.scoring import load_analyzers
load_analyzers()  # TextBlob's pattern lexicon and VADER, loaded as the notebooks load them
fig, ax = new_figure()
ax.barh(["Axios", "Financial Times"], [692, 715])
export_figure(fig, "floor", data=pd.DataFrame({"words": [692, 715]}), folder=FOLDER);
'''


def cpu_seconds() -> float:
    """CPU of this process and of every child it has reaped (the kernels), user and system."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measured(fn, *args):
    cpu, wall = cpu_seconds(), time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        result = fn(*args)
    return result, cpu_seconds() - cpu, time.perf_counter() - wall


def cell_times(timing_dir: Path) -> list[dict]:
    """The cells timed since the last call (and forget them)."""
    cells = []
    for path in sorted(timing_dir.glob("*.jsonl")):
        cells += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        path.unlink()
    return cells


#: A cell slower than this (CPU seconds, after the imports) is listed.
SLOW_CELL = 1.0


def after_imports(cells: list[dict]) -> tuple[list[dict], float]:
    """The cells after the one that imports the helpers, and the CPU of that import cell."""
    first = next((i for i, c in enumerate(cells) if "from helpers" in c["source"] or "import helpers" in c["source"]), -1)
    return cells[first + 1 :], (cells[first]["cpu"] if first >= 0 else 0.0)


def _first_line(cell: dict) -> str:
    lines = [line for line in cell["source"].strip().splitlines() if line.strip()]
    return lines[0][:70] if lines else ""


def floor_notebook(folder: Path) -> Path:
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    path = folder / "floor.ipynb"
    source = FLOOR_CELL.replace("FOLDER", repr(str(folder / "figures")))
    nb = new_notebook(cells=[new_code_cell(source)], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}})
    nbformat.write(nb, path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default=None)
    parser.add_argument("--skip-report", action="store_true", help="time the notebooks alone, not the whole report")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nbtime-") as tmp:
        tmp = Path(tmp)
        startup = tmp / "ipython" / "profile_default" / "startup"
        startup.mkdir(parents=True)
        (startup / "00-nbtime.py").write_text(HOOK, encoding="utf-8")
        (tmp / "cells").mkdir()
        os.environ["IPYTHONDIR"] = str(tmp / "ipython")  # inherited by every kernel started below
        os.environ["NBTIME_DIR"] = str(tmp / "cells")
        from helpers.notebooks import notebook_paths, run_all, run_one

        print(f"cores: {os.cpu_count()}; load average {os.getloadavg()[0]:.1f} at start")
        floor_path = floor_notebook(tmp)
        run_one(floor_path, args.articles, tmp / "warm")  # disk caches warm, as for every later run
        cell_times(tmp / "cells")
        _, floor_cpu, floor_wall = measured(run_one, floor_path, args.articles, tmp / "floor")
        cell_times(tmp / "cells")
        print(f"{'one-notebook floor':34s} {floor_cpu:6.2f} s CPU {floor_wall:6.2f} s wall")
        total_cpu = 0.0
        for path in notebook_paths():
            _, cpu, wall = measured(run_one, path, args.articles, tmp / "alone")
            total_cpu += cpu
            rest, imports = after_imports(cell_times(tmp / "cells"))
            print(f"{path.stem:34s} {cpu:6.2f} s CPU {wall:6.2f} s wall  {cpu / floor_cpu:4.2f}x floor (target <= 2x)")
            slowest = max(rest, key=lambda c: c["cpu"]) if rest else None
            if slowest is not None:
                print(f"{'':4s}imports cell {imports:5.2f} s CPU; slowest cell after it {slowest['cpu']:5.2f} s CPU "
                      f"({slowest['wall']:5.2f} s wall): {_first_line(slowest)}")
            for cell in (c for c in rest if c["cpu"] > SLOW_CELL and c is not slowest):
                print(f"{'':4s}also over {SLOW_CELL:.0f} s: {cell['cpu']:5.2f} s CPU: {_first_line(cell)}")
        print(f"{'notebooks one after another':34s} {total_cpu:6.2f} s CPU")
        if args.skip_report:
            return
        _, cpu, wall = measured(run_all, args.articles, tmp / "report")
        cell_times(tmp / "cells")
        print(f"{'make report (run_all)':34s} {cpu:6.2f} s CPU {wall:6.2f} s wall  "
              f"{cpu / floor_cpu:4.2f}x floor CPU, {wall / floor_wall:4.2f}x floor wall (target <= 4x)")
        print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
