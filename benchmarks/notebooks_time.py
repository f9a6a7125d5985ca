"""Wall time of executing the notebooks headless on the seeds, the way `make report` runs them.

    .venv/bin/python benchmarks/notebooks_time.py [--articles DIR]

Prints each notebook's time run alone (kernel start and all cells, then HTML
export), and the wall time of the whole collection as `make report` runs it
(notebooks side by side, one per core, plus the index page).
Target: all notebooks together in 20 s or less on a 2-core machine.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import tempfile
import time

from helpers.notebooks import notebook_paths, run_all, run_one


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default=None)
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}")
    alone = 0.0
    with tempfile.TemporaryDirectory() as out:
        for path in notebook_paths():
            started = time.perf_counter()
            result = run_one(path, args.articles, out)
            wall = time.perf_counter() - started
            alone += wall
            print(f"{path.stem:40s} {result['seconds']:6.1f} s execution, {wall:6.1f} s with HTML export")
    print(f"{'one after another':40s} {alone:6.1f} s")
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            run_all(args.articles, out)
        wall = time.perf_counter() - started
    print(f"{'all notebooks, as make report runs them':40s} {wall:6.1f} s   (target <= 20 s)")


if __name__ == "__main__":
    main()
