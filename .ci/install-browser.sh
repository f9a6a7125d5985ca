#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/test_jupyterlab_browser.py, tests/report/test_pages_browser.py).
# Playwright (in the venv) drives it through executable_path: Playwright's own browser downloads are not
# possible here. Exits non-zero, saying why, when Chromium cannot be installed or does not start;
# .ci/run carries on and the browser tests then fail (under CI=true; elsewhere they skip), saying why.
set -euo pipefail

say() { echo "install-browser: $*"; }

# apt runs as root, or through sudo when that needs no password.
SUDO=()
CAN_ROOT=1
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=(sudo -n); else CAN_ROOT=0; fi
fi

if ! command -v chromium >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then say "no apt-get on this machine; cannot install Chromium"; exit 1; fi
  if [ "$CAN_ROOT" = 0 ]; then say "not root and no password-less sudo; cannot install Chromium"; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  # bounded: a stuck mirror must not hold up the CI run
  timeout 300 ${SUDO[@]+"${SUDO[@]}"} apt-get update -qq || { say "apt-get update failed"; exit 1; }
  # fonts-dejavu-core: legible text in the screenshot on a bare machine
  timeout 600 ${SUDO[@]+"${SUDO[@]}"} apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null \
    || { say "apt-get install chromium failed"; exit 1; }
fi

# Check that it starts headless with the flags the test uses (no sandbox, as CI runs as root).
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
if ! timeout 60 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-dev-shm-usage \
     --user-data-dir="$profile" --dump-dom about:blank >/dev/null 2>&1; then
  say "Chromium is installed but does not start headless"; exit 1
fi
say "$(chromium --version 2>/dev/null | head -n 1)"
