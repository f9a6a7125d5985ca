"""Wall time of executing each notebook headless on the seeds (the way `make report` runs them).

    .venv/bin/python benchmarks/notebooks_time.py [--articles DIR]

Target: all notebooks together in 20 s or less on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time

from helpers.notebooks import notebook_paths, run_one


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default=None)
    args = parser.parse_args()
    total = 0.0
    print(f"cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        for path in notebook_paths():
            result = run_one(path, args.articles, out)
            total += result["seconds"]
            print(f"{path.stem:40s} {result['seconds']:6.1f} s  (kernel start + all cells)")
        wall = time.perf_counter() - started
    print(f"{'all notebooks (execution)':40s} {total:6.1f} s")
    print(f"{'all notebooks (with HTML export)':40s} {wall:6.1f} s   target <= 20 s")


if __name__ == "__main__":
    main()
