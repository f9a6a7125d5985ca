"""JupyterLab on a loopback port and headless Chromium, for the browser tests.

The ``chromium_path`` and ``browser`` fixtures start Debian's Chromium through
Playwright; a test module imports them.  Where Chromium or Playwright is
missing they skip, saying why, except under CI (``CI=true``), where the same
condition fails the test: CI installs Chromium, so a browser test there always
runs.

The server runs from the project's own environment (``sys.executable -m
jupyter lab``), so the notebook's ``python3`` kernel is the venv's. Everything
it writes (runtime files, kernel sockets, settings, workspaces) goes to a
private temporary folder; every wait has a deadline, and the server and its
kernels are stopped on the way out, whatever happened.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

LOOPBACK = "127.0.0.1"

# Flags for Debian's Chromium in a container: no sandbox (often root, no user namespaces), no GPU, and no
# traffic of its own (component updates, sync, QUIC), so the only connections are to the loopback server.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]

# Settings a user would otherwise click away: no news or update toasts over the notebook, no autosave
# (the notebook on disk stays as it was), and every cell kept in the page (no virtual scrolling), so the
# test sees all of them.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}


def under_ci() -> bool:
    """True where the environment says this is a CI run (``CI=true``, as CI services and ``.ci/run`` set it)."""
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def skip_or_fail(reason: str):
    """Skip the test, saying why; under CI fail it instead, so that a browser test never silently skips there."""
    if under_ci():
        pytest.fail(f"{reason} (CI=true: browser tests must run in CI, so this fails instead of skipping)")
    pytest.skip(reason)


def find_chromium() -> str | None:
    """Path of an installed Chromium (Debian's ``chromium`` package), or None."""
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


class LabServer:
    """A running JupyterLab: its base URL, token and log file."""

    def __init__(self, process: subprocess.Popen, port: int, token: str, log: Path):
        self.process = process
        self.port = port
        self.token = token
        self.log = log
        self.base_url = f"http://{LOOPBACK}:{port}"

    def url(self, path: str) -> str:
        """``path`` on the server, with the token (the browser then keeps it as a cookie)."""
        sep = "&" if "?" in path else "?"
        return f"{self.base_url}/{path.lstrip('/')}{sep}token={self.token}"

    def api(self, path: str, method: str = "GET", timeout: float = 5.0):
        """Call the REST API; the decoded JSON answer (None when empty)."""
        request = urllib.request.Request(
            f"{self.base_url}/api/{path.lstrip('/')}",
            method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
        return json.loads(body) if body else None

    def log_tail(self, n: int = 40) -> str:
        """The last lines of the server's log, for failure messages."""
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no server log)"


def _write_settings(settings_dir: Path) -> None:
    for name, values in LAB_SETTINGS.items():
        path = settings_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")


def _wait_until_ready(server: LabServer, deadline: float) -> None:
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"JupyterLab exited with code {server.process.returncode}:\n{server.log_tail()}")
        try:
            server.api("status", timeout=2)
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            time.sleep(0.25)
    raise TimeoutError(f"JupyterLab did not answer on {server.base_url} in time:\n{server.log_tail()}")


def _stop(server: LabServer, wait: float) -> None:
    """Ask the server to shut down (it stops its kernels), then terminate, then kill: each step bounded."""
    process = server.process
    if process.poll() is None:
        try:
            server.api("shutdown", method="POST", timeout=3)
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        try:
            process.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(timeout=wait)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=wait)
    # The server ran in a session of its own: anything it left behind (a kernel that ignored the shutdown)
    # is in that process group, which only holds processes this test started.
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


@contextmanager
def jupyterlab(
    root_dir: Path, extra_args: list[str] = (), startup_timeout: float = 45.0, stop_timeout: float = 10.0
) -> Iterator[LabServer]:
    """Run JupyterLab from this interpreter's environment, serving ``root_dir`` on a loopback port.

    ``extra_args`` are further command-line options (e.g. those ``make lab`` passes).
    """
    port = free_port()
    token = secrets.token_hex(24)
    # A short private folder: kernel IPC socket paths must stay under the ~107-character Unix limit.
    short_tmp = "/tmp" if os.name == "posix" and os.path.isdir("/tmp") else None
    with tempfile.TemporaryDirectory(prefix="jlab-", dir=short_tmp) as private:
        private = Path(private)
        for sub in ("runtime", "config", "data", "ipython", "settings", "workspaces"):
            (private / sub).mkdir()
        _write_settings(private / "settings")
        env = dict(os.environ)
        env.update(
            {
                # nothing from the user's own Jupyter/IPython setup, nothing written into their home
                "JUPYTER_RUNTIME_DIR": str(private / "runtime"),
                "JUPYTER_CONFIG_DIR": str(private / "config"),
                "JUPYTER_DATA_DIR": str(private / "data"),
                "JUPYTER_PREFER_ENV_PATH": "1",
                "IPYTHONDIR": str(private / "ipython"),
                "PATH": os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]),
            }
        )
        env.pop("JUPYTER_PATH", None)
        command = [
            sys.executable, "-m", "jupyter", "lab",
            "--no-browser",
            f"--ServerApp.ip={LOOPBACK}",
            f"--ServerApp.port={port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={root_dir}",
            "--ServerApp.allow_root=True",  # CI runs as root in a throwaway machine
            "--LabApp.news_url=None",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            "--LabApp.extension_manager=readonly",
            f"--LabApp.user_settings_dir={private / 'settings'}",
            f"--LabApp.workspaces_dir={private / 'workspaces'}",
        ]  # fmt: skip
        if os.name == "posix":
            # the kernel talks to the server over IPC sockets in the private folder, not local TCP
            command.append("--KernelManager.transport=ipc")
        command.extend(extra_args)
        log = private / "server.log"
        with open(log, "wb") as log_file:
            process = subprocess.Popen(
                command,
                cwd=root_dir,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            server = LabServer(process, port, token, log)
            try:
                _wait_until_ready(server, time.monotonic() + startup_timeout)
                yield server
            finally:
                _stop(server, stop_timeout)


def launch_chromium(playwright, executable: str, timeout_ms: float = 30_000):
    """Start headless Chromium through Playwright, at ``executable`` (no Playwright browser download)."""
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True, timeout=timeout_ms)


@pytest.fixture(scope="module")
def chromium_path():
    """Debian's Chromium, or a skip (a failure under CI) saying how to install it."""
    path = find_chromium()
    if path is None:
        skip_or_fail("Chromium is not installed (Debian: apt-get install chromium, or run .ci/install-browser.sh)")
    return path


@pytest.fixture(scope="module")
def browser(chromium_path):
    """Headless Chromium through Playwright, closed after the module's tests."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # the tests' own dependency, imported only by the browser tests
        skip_or_fail(f"Playwright is not installed: {exc}")

    with sync_playwright() as playwright:
        try:
            browser = launch_chromium(playwright, chromium_path)
        except PlaywrightError as exc:
            skip_or_fail(f"Playwright could not start Chromium at {chromium_path}: {str(exc)[:500]}")
        try:
            yield browser
        finally:
            browser.close()
