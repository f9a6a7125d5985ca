#!/usr/bin/env bash
# Debian's Chromium for the JupyterLab browser test (Playwright drives it; browser downloads are impossible here).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: not root or no apt-get; skipping Chromium"; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
