"""Execute the notebooks headless and write the report.

Used by the Makefile (``make report``) and the tests, so both run the
notebooks the same way: parameters injected papermill-style after the cell
tagged ``parameters``, a fresh kernel from the project's own environment
talking over IPC sockets (not local TCP) where the platform has them, and the
working directory set to ``notebooks/``.

The report run names the figures folder (``reports/figures/``, or
``reports/<folder>/figures/``); a notebook run in JupyterLab writes to the
scratch folder ``reports/explore/figures/`` instead (see
:mod:`helpers.paths`).  After a report run, the figures folder holds only
what that run wrote: charts a notebook no longer exports are removed, so the
index never shows a stale one.

    python -m helpers.notebooks report [--articles DIR] [--out DIR]
    python -m helpers.notebooks run notebooks/01_corpus_overview.ipynb [--articles DIR] [--out DIR]
    python -m helpers.notebooks check-clean
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .paths import NOTEBOOKS_DIR, REPORTS_DIR, SEEDS_DIR

# jsonschema (under nbformat) checks the "iri" string formats with rfc3987_syntax where it is installed, and that
# package compiles a grammar when imported: about 1 s of CPU in every process that reads a notebook.  Notebook
# schemas check no string format, so this process goes without it (jsonschema skips a format checker it cannot
# import); set before nbformat is first imported.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

import nbformat  # noqa: E402

KERNEL_NAME = "python3"
#: The files of a figure, as :func:`helpers.charts.export_figure` writes them.
FIGURE_SUFFIXES = (".png", ".svg", ".pdf", ".csv")


def notebook_paths() -> list[Path]:
    """The collection's notebooks, in reading order (their numeric prefix)."""
    return sorted(p for p in NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))


def report_dir_for(articles_dir: str | Path | None) -> Path:
    """``reports/`` for the seeds, ``reports/<name>/`` for any other folder or article table (its name without
    the extension)."""
    if articles_dir is None or Path(articles_dir).resolve() == SEEDS_DIR.resolve():
        return REPORTS_DIR
    resolved = Path(articles_dir).resolve()
    return REPORTS_DIR / (resolved.stem if resolved.is_file() else resolved.name)


def figure_files(folder: str | Path) -> dict[Path, int]:
    """The figure files in ``folder`` (PNG, SVG, PDF, CSV), each with its modification time in nanoseconds."""
    folder = Path(folder)
    if not folder.is_dir():
        return {}
    return {p: p.stat().st_mtime_ns for p in folder.iterdir() if p.suffix in FIGURE_SUFFIXES and p.is_file()}


def remove_stale_figures(folder: str | Path, before: dict[Path, int]) -> list[Path]:
    """Delete the figure files of ``before`` (:func:`figure_files` taken before a run) that the run did not write.

    A file the run wrote again has a new modification time; one left as it
    was belongs to a chart no notebook exports any more.  Returns the files
    removed.
    """
    now = figure_files(folder)
    stale = sorted(p for p, mtime in before.items() if now.get(p) == mtime)
    for path in stale:
        path.unlink()
    return stale


#: What to do about a notebook with outputs, said wherever one is found (``make test``, ``check-clean``).
CLEAN_HINT = (
    "committed notebooks carry no outputs or execution counts. Run `make setup` once: git then strips them from "
    "every notebook it commits, however JupyterLab saved it (nbstripout, through .gitattributes). "
    "Or strip them now: `.venv/bin/nbstripout notebooks/*.ipynb`."
)


def _run(args, cwd: Path, stdin: str | None = None, shell: bool = False) -> subprocess.CompletedProcess | None:
    try:
        return subprocess.run(
            args, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=60, shell=shell, encoding="utf-8"
        )
    except (OSError, subprocess.TimeoutExpired):
        return None


def output_filter(path: str | Path) -> str | None:
    """The command git passes ``path`` through when committing it (``make setup``'s nbstripout), or None."""
    path = Path(path).resolve()
    attr = _run(["git", "check-attr", "filter", "--", path.name], path.parent)
    if attr is None or attr.returncode != 0 or not attr.stdout.strip().endswith(": nbstripout"):
        return None
    clean = _run(["git", "config", "--get", "filter.nbstripout.clean"], path.parent)
    if clean is None or clean.returncode != 0:
        return None  # named in .gitattributes, not set up in this clone: git commits the file as it is
    return clean.stdout.strip() or None


def as_committed(path: str | Path):
    """The notebook as git would commit it: through the output filter where this clone has one, else as saved."""
    path = Path(path)
    command = output_filter(path)
    text = path.read_text(encoding="utf-8")
    if command is not None:
        done = _run(command, path.parent, stdin=text, shell=True)
        if done is None or done.returncode != 0:
            raise RuntimeError(f"{path.name}: git's output filter `{command}` failed: {done and done.stderr[-500:]}")
        text = done.stdout
    return nbformat.reads(text, as_version=4)


def dirty_cells(path: Path) -> list[int]:
    """Indexes of code cells that carry outputs or an execution count, in the notebook as git would commit it."""
    nb = as_committed(path)
    return [
        i
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count") is not None)
    ]


def inject_parameters(nb, parameters: dict) -> None:
    """Insert an ``injected-parameters`` cell after the ``parameters`` cell (papermill's convention)."""
    # imported where used: papermill is heavy, and the command line's clean check never needs it
    from papermill.parameterize import parameterize_notebook

    # papermill expects the cell tags and notebook metadata its own loader adds
    for cell in nb.cells:
        cell.metadata.setdefault("tags", [])
    nb.metadata.setdefault("papermill", {"parameters": {}})
    new = parameterize_notebook(nb, parameters, report_mode=False, kernel_name=KERNEL_NAME, language="python")
    nb.cells = new.cells


def _kernel_manager(workdir: Path):
    # imported where used: only a run starts a kernel
    from jupyter_client.manager import KernelManager

    if os.name == "posix":
        # the kernel's five channels on IPC sockets in a private folder, not on local TCP ports
        # (ipykernel still opens its own loopback pipe for output from forked subprocesses)
        return KernelManager(kernel_name=KERNEL_NAME, transport="ipc", ip=str(workdir / "kernel"))
    return KernelManager(kernel_name=KERNEL_NAME)


def execute_notebook(
    path: str | Path,
    parameters: dict | None = None,
    output: str | Path | None = None,
    timeout: int = 600,
):
    """Run a notebook from a fresh kernel; return the executed notebook node.

    Any cell error raises ``nbclient.exceptions.CellExecutionError`` naming
    the cell.  With ``output``, the executed notebook is written there, also
    when a cell fails, so the error can be read in place.
    """
    # imported where used: only a run executes a notebook
    from nbclient import NotebookClient

    path = Path(path).resolve()
    nb = nbformat.read(path, as_version=4)
    if parameters:
        inject_parameters(nb, parameters)
    with tempfile.TemporaryDirectory(prefix="nbkernel-") as tmp:
        km = _kernel_manager(Path(tmp))
        client = NotebookClient(nb, km=km, timeout=timeout, resources={"metadata": {"path": str(path.parent)}})
        try:
            client.execute()
        finally:
            # nbclient leaves a kernel it was handed running: stop it at once (the last cell has run, nothing
            # is left to save) before its sockets go
            if client.kc is not None:
                client.kc.stop_channels()
            if km.has_kernel:
                km.shutdown_kernel(now=True)
            if output is not None:
                output = Path(output)
                output.parent.mkdir(parents=True, exist_ok=True)
                nbformat.write(nb, output)
    return nb


#: One page written at a time: the HTML sanitizer (bleach's html5lib parser) is not safe to share between threads,
#: and rendering is Python work that threads could not run side by side anyway; the kernels run meanwhile.
PAGES_LOCK = threading.Lock()


def write_html(nb, output: str | Path, no_input: bool = False) -> Path:
    """Render an executed notebook to an offline HTML page (``no_input`` hides the code, as nbconvert's --no-input).

    Markup that comes from an article (a title, a quote) is never live in the page: see ``helpers.report.pages``.
    """
    from .report import write_page  # nbconvert and its templates load only where a page is written

    with PAGES_LOCK:
        return write_page(nb, output, no_input=no_input)


def _write_reading_view(out_dir, articles) -> None:
    from .report import write_reading_view

    with PAGES_LOCK:
        write_reading_view(out_dir, articles)


def run_one(path: Path, articles_dir: str | Path | None = None, out_dir: str | Path | None = None) -> dict:
    """Execute one notebook into ``out_dir``: executed ``.ipynb``, ``.html`` and code-free ``.report.html``."""
    articles_dir = Path(articles_dir).resolve() if articles_dir is not None else None
    out_dir = Path(out_dir) if out_dir is not None else report_dir_for(articles_dir)
    out_dir = out_dir.resolve()
    parameters = {
        "articles_dir": str(articles_dir) if articles_dir is not None else None,
        "figures_dir": str(out_dir / "figures"),
    }
    started = time.perf_counter()
    nb = execute_notebook(path, parameters, output=out_dir / path.name)
    seconds = time.perf_counter() - started
    write_html(nb, out_dir / f"{path.stem}.html")
    write_html(nb, out_dir / f"{path.stem}.report.html", no_input=True)
    return {"notebook": path.name, "seconds": round(seconds, 2), "out_dir": str(out_dir)}


def run_all(
    articles_dir: str | Path | None = None, out_dir: str | Path | None = None, jobs: int | None = None
) -> list[dict]:
    """Execute every notebook on ``articles_dir``; write the reading view and ``index.html``.

    Notebooks run ``jobs`` at a time (default: one per core), each from a
    thread of this process driving its own kernel: the kernels do the work,
    and nbformat, nbclient and nbconvert are imported once.  Figures in the
    report's figures folder that this run did not write are removed.
    """
    # imported here, not at the top: the command line's clean check needs neither pandas nor nbconvert
    from .corpus import load_articles
    from .report import write_index

    articles = load_articles(articles_dir)  # fail early, with a clear message, on a bad folder
    out_dir = Path(out_dir) if out_dir is not None else report_dir_for(articles_dir)
    paths = notebook_paths()
    workers = max(1, min(jobs or os.cpu_count() or 1, len(paths)))
    timings_file = Path(out_dir) / "timings.json"
    # The notebooks are independent: each runs in its own kernel, so they run side by side,
    # longest first (as timed last time; by size before that) so that no core waits at the end.
    try:
        last = json.loads(timings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        last = {}
    order = sorted(paths, key=lambda p: (-float(last.get(p.name, 0)), -p.stat().st_size))
    figures_before = figure_files(Path(out_dir) / "figures")
    with ThreadPoolExecutor(max_workers=1) as side, ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {path: pool.submit(run_one, path, articles_dir, out_dir) for path in order}
        reading = side.submit(_write_reading_view, out_dir, articles)  # beside the notebooks, not in their place
        results = [futures[path].result() for path in paths]
        reading.result()
    for result in results:
        print(f"{result['notebook']}: {result['seconds']:.1f} s", flush=True)
    for path in remove_stale_figures(Path(out_dir) / "figures", figures_before):
        print(f"removed {path.name}: no notebook exports it any more", flush=True)
    timings_file.write_text(json.dumps({r["notebook"]: r["seconds"] for r in results}, indent=1), encoding="utf-8")
    index = write_index(out_dir, articles, [p.stem for p in notebook_paths()])
    print(f"report: {index}")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.notebooks", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    report = sub.add_parser("report", help="execute every notebook and write the report")
    run = sub.add_parser("run", help="execute one notebook")
    run.add_argument("notebook", type=Path)
    report.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: one per core)")
    for p in (report, run):
        p.add_argument("--articles", default=None, help="articles: a folder with articles.csv, a folder of event folders, or an article table (CSV, JSONL, Parquet); default seeds/")
        p.add_argument("--out", default=None, help="report folder (default: reports/, or reports/<folder name>/)")
    sub.add_parser("check-clean", help="fail if a committed notebook has outputs or execution counts")
    args = parser.parse_args(argv)

    if args.command == "check-clean":
        dirty = {p.name: dirty_cells(p) for p in notebook_paths()}
        dirty = {k: v for k, v in dirty.items() if v}
        for name, cells in dirty.items():
            print(f"{name}: outputs or execution counts in cells {cells}", file=sys.stderr)
        if dirty:
            print(CLEAN_HINT, file=sys.stderr)
        return 1 if dirty else 0

    # imported after the clean check, which must stay quick (pandas and nbconvert load here)
    from .corpus import ArticleLoadError, load_articles
    from .report import write_index, write_reading_view

    articles = args.articles or None
    try:
        if args.command == "report":
            run_all(articles, args.out, args.jobs)
        else:
            result = run_one(args.notebook.resolve(), articles, args.out)
            print(result)
            # the page links back to the index and to the reading view: write both, the index listing the
            # notebooks run so far in that folder
            loaded = load_articles(articles)
            write_reading_view(result["out_dir"], loaded)
            write_index(result["out_dir"], loaded, [p.stem for p in notebook_paths()])
    except ArticleLoadError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
