"""JupyterLab, as a user works with it: open the first notebook in Chromium, run every cell, see the chart.

JupyterLab runs from the project's venv on a free loopback port with a random token, serving a temporary
copy of the notebook (so nothing is ever saved into the committed one). Headless Chromium is Debian's
``chromium`` package, driven by Playwright through ``executable_path``: Playwright's own browser downloads
are not available here. Without Chromium the tests skip, saying so (under CI they fail instead);
``.ci/install-browser.sh`` installs it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from helpers.notebooks import inject_parameters
from helpers.paths import NOTEBOOKS_DIR, REPORTS_DIR, ROOT

from .browser_support import browser, chromium_path, jupyterlab  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

NOTEBOOK = NOTEBOOKS_DIR / "01_corpus_overview.ipynb"
SCREENSHOT = REPORTS_DIR / "jupyterlab_01_corpus_overview.png"
RUN_TIMEOUT_MS = 45_000
UI_TIMEOUT_MS = 20_000

# Every code cell's prompt, as the page shows it: "[3]:" once run, "[*]:" while running, "[ ]:" before.
PROMPTS_JS = """() => [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell')]
    .map(cell => cell.querySelector('.jp-InputArea-prompt')?.textContent.trim() ?? '')"""

# Run All is done when every code cell shows an execution count and the kernel is idle again.
ALL_RUN_JS = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return false;
  const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent.trim());
  const idle = panel.querySelector('.jp-Notebook-ExecutionIndicator')?.getAttribute('data-status') === 'idle';
  return idle && prompts.length > 0 && prompts.every(t => /^\\[\\d+\\]:$/.test(t));
}"""

# What a reader would see as an error. JupyterLab renders an error output as stderr text (same mime type, no
# class of its own): a traceback, or for a SyntaxError just "SyntaxError: ..." at the start of a line.
ERRORS_JS = """() => [...document.querySelectorAll(
      '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')]
    .map(o => o.innerText)
    .filter(t => /Traceback \\(most recent call last\\)|^\\s*[\\w.]*(Error|Exception)\\b/m.test(t))"""

# Images rendered in outputs, with their decoded size (0 x 0 for a broken image).
IMAGES_JS = """() => [...document.querySelectorAll(
      '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output img, '
      + '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-RenderedImage img')]
    .map(img => [img.naturalWidth, img.naturalHeight])"""


@pytest.fixture(scope="module")
def lab_root(tmp_path_factory):
    """A temporary root for JupyterLab: the notebook under ``notebooks/``, figures exported beside it."""
    root = tmp_path_factory.mktemp("lab")
    (root / "notebooks").mkdir()
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # papermill-style, as `make report` does: charts go to this folder, not to the project's reports/figures
    inject_parameters(nb, {"figures_dir": str(root / "figures")})
    nbformat.write(nb, root / "notebooks" / NOTEBOOK.name)
    failing = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell("x = 1"),
            nbformat.v4.new_code_cell('raise ValueError("a cell that fails, on purpose")'),
        ],
        metadata=nb.metadata,
    )
    (root / "checks").mkdir()
    nbformat.write(failing, root / "checks" / "fails_on_purpose.ipynb")
    return root


def make_lab_options() -> list[str]:
    """The JupyterLab options ``make lab`` passes, as ``make -n`` prints them (all but the root folder and root)."""
    if shutil.which("make") is None:
        pytest.skip("make not installed")
    done = subprocess.run(
        ["make", "-n", "--no-print-directory", "-C", str(ROOT), "lab"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    command = next(line for line in done.stdout.splitlines() if re.search(r"/jupyter lab\b", line))
    return [o for o in command.split() if o.startswith("--") and not o.startswith(("--ServerApp.root_dir", "--allow-root"))]


@pytest.fixture(scope="module")
def lab(lab_root, browser):
    # started only once the browser is known to start, so a skip leaves no server behind;
    # with the options `make lab` gives it, so the URL it prints is the one a user gets
    with jupyterlab(lab_root, extra_args=make_lab_options()) as server:
        yield server


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1600, "height": 1100})
    context.set_default_timeout(UI_TIMEOUT_MS)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


def open_and_run_all(page, lab, relative_path: str) -> None:
    """Open a notebook in JupyterLab, wait for its kernel, then Run > Run All Cells from the menu."""
    kernel_name = lab.api("kernelspecs")["kernelspecs"]["python3"]["spec"]["display_name"]
    # A workspace of its own: JupyterLab would otherwise reopen the tabs of the previous page.
    workspace = re.sub(r"\W", "-", relative_path)
    page.goto(lab.url(f"lab/workspaces/{workspace}/tree/{relative_path}"), wait_until="domcontentloaded")
    # Ready when the toolbar names the kernel (before that, Run would ask which kernel) and it is idle.
    page.wait_for_function(
        """name => {
          const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
          const toolbar = panel?.querySelector('.jp-NotebookPanel-toolbar');
          const status = panel?.querySelector('.jp-Notebook-ExecutionIndicator')?.getAttribute('data-status');
          return !!toolbar && toolbar.innerText.includes(name) && status === 'idle';
        }""",
        arg=kernel_name,
        timeout=UI_TIMEOUT_MS,
    )
    page.locator("#jp-MainMenu .lm-MenuBar-item", has_text=re.compile(r"^Run$")).click()
    run_all = page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$"))
    page.locator(".lm-Menu-item", has=run_all).click()


def wait_until_all_run(page, timeout_ms: int = RUN_TIMEOUT_MS) -> None:
    try:
        page.wait_for_function(ALL_RUN_JS, timeout=timeout_ms)
    except Exception as exc:  # a Playwright timeout: say which cells never finished
        raise AssertionError(f"cells not all run after {timeout_ms / 1000:.0f} s: {page.evaluate(PROMPTS_JS)}") from exc


def test_overview_notebook_runs_in_jupyterlab(lab, lab_root, page):
    started = time.monotonic()
    relative = f"notebooks/{NOTEBOOK.name}"
    copy = nbformat.read(lab_root / relative, as_version=4)
    n_code = sum(c.cell_type == "code" for c in copy.cells)

    open_and_run_all(page, lab, relative)
    wait_until_all_run(page)

    # every code cell ran once, in order, from a fresh kernel
    prompts = page.evaluate(PROMPTS_JS)
    assert prompts == [f"[{i}]:" for i in range(1, n_code + 1)], prompts
    assert page.evaluate(ERRORS_JS) == []

    # the chart is in the page, and it decoded into a real picture
    images = page.evaluate(IMAGES_JS)
    assert images, "no chart image in any output"
    assert all(w > 100 and h > 100 for w, h in images), images
    assert sorted(p.stem for p in (lab_root / "figures").glob("*.png")), "the notebook exported no chart"

    # the kernel that ran it is the project's own environment's
    sessions = lab.api("sessions")
    assert [s["kernel"]["name"] for s in sessions if s["path"].endswith(NOTEBOOK.name)] == ["python3"]
    spec = lab.api("kernelspecs")["kernelspecs"]["python3"]["spec"]
    assert Path(spec["argv"][0]).absolute().parent == Path(sys.executable).absolute().parent, spec["argv"]
    toolbar = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-NotebookPanel-toolbar")
    assert spec["display_name"] in toolbar.inner_text()

    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output img").first.scroll_into_view_if_needed()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000
    print(f"JupyterLab Run All: {time.monotonic() - started:.1f} s; screenshot {SCREENSHOT}")


def test_an_error_in_a_cell_is_seen(lab, page):
    """The error check above can fail: a notebook whose cell raises shows its traceback in the page."""
    open_and_run_all(page, lab, "checks/fails_on_purpose.ipynb")
    # Run All stops at the failing cell: it gets a count, cells after it would not
    try:
        page.wait_for_function(
            """() => [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output')]
                     .some(o => o.innerText.includes('a cell that fails, on purpose'))""",
            timeout=RUN_TIMEOUT_MS,
        )
    except Exception as exc:  # a Playwright timeout: show where the run stood
        raise AssertionError(f"no error shown; prompts: {page.evaluate(PROMPTS_JS)}") from exc
    errors = page.evaluate(ERRORS_JS)
    assert len(errors) == 1 and "ValueError" in errors[0] and "a cell that fails, on purpose" in errors[0], errors


def test_the_url_make_lab_prints_opens_notebook_01(lab, page):
    """`make lab` prints a URL (path and token) that opens the first notebook, not the Launcher."""
    printed = re.findall(rf"{re.escape(lab.base_url)}(/\S*)", lab.log.read_text(errors="replace"))
    assert printed, f"no URL in the server's output:\n{lab.log_tail()}"
    path = printed[0].split("?")[0]
    assert path == f"/lab/tree/notebooks/{NOTEBOOK.name}", printed
    # the token was given on the command line here, so the server prints it as "..." (a generated one in full)
    assert "?token=" in printed[0]
    page.goto(lab.url(path), wait_until="domcontentloaded")
    page.wait_for_function(
        """name => {
          const tab = document.querySelector('.jp-mod-current .lm-TabBar-tabLabel, .lm-TabBar-tab.jp-mod-current');
          const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
          return !!panel && !!tab && tab.textContent.includes(name);
        }""",
        arg=NOTEBOOK.name,
        timeout=UI_TIMEOUT_MS,
    )
    heading = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-MarkdownOutput h1").first
    assert heading.inner_text().startswith("01 ·")
    assert page.locator(".jp-Launcher:visible").count() == 0, "the Launcher is showing"
