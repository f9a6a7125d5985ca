"""The whole report on every BASIL event, one by one, and on all of them pooled.

Reads ``../shared/eval/basil-dev`` (50 event folders, each a ready articles
folder with Fox News, the New York Times and HuffPost) and runs
``python -m helpers.notebooks report --articles <event>`` on each, exactly as
``make report ARTICLES=…`` does, into a scratch folder.  Prints, per event,
whether the report was written (its ``index.html`` exists and the command
exited 0) and its wall and CPU time; then the failures with the last lines of
their error; then the same for the whole folder pooled (``--pooled``).

Run: ``.venv/bin/python benchmarks/basil_reports.py [--events N] [--pooled] [--only EVENT ...]``.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from helpers.corpus import event_folders
from helpers.paths import EVAL_DIR, ROOT

CORPUS = EVAL_DIR / "basil-dev"


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_report(articles: Path, out: Path) -> dict:
    """Run the report command on one folder; return its outcome, wall and CPU seconds."""
    cpu, started = children_cpu(), time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "helpers.notebooks", "report", "--articles", str(articles), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    ok = done.returncode == 0 and (out / "index.html").is_file()
    tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-6:])
    return {
        "folder": articles.name,
        "ok": ok,
        "wall": time.perf_counter() - started,
        "cpu": children_cpu() - cpu,
        "error": "" if ok else tail,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=None, help="only the first N events")
    parser.add_argument("--only", nargs="*", default=None, help="only these events (folder names)")
    parser.add_argument("--pooled", action="store_true", help="also run the whole folder pooled")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: ../shared/eval not found (looked for {CORPUS})")
        return 0
    folders = event_folders(CORPUS)
    if args.only:
        folders = [p for p in folders if p.name in set(args.only)]
    folders = folders[: args.events] if args.events else folders
    results = []
    with tempfile.TemporaryDirectory() as scratch:
        for folder in folders:
            result = run_report(folder, Path(scratch) / folder.name)
            results.append(result)
            status = "ok" if result["ok"] else "FAILED"
            print(f"{folder.name:24s} {status:6s} {result['wall']:6.1f} s wall {result['cpu']:6.1f} s CPU", flush=True)
        failed = [r for r in results if not r["ok"]]
        print(f"\nreports written: {len(results) - len(failed)} of {len(results)} events")
        for result in failed:
            print(f"\n--- {result['folder']}\n{result['error']}")
        if args.pooled:
            pooled = run_report(CORPUS, Path(scratch) / "pooled")
            status = "ok" if pooled["ok"] else "FAILED"
            print(f"\npooled ({len(event_folders(CORPUS))} events): {status}, {pooled['wall']:.1f} s wall, {pooled['cpu']:.1f} s CPU")
            if not pooled["ok"]:
                print(pooled["error"])
                failed.append(pooled)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
