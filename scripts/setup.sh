#!/usr/bin/env bash
# Installs what the tests need beyond npm packages: a Chromium for Playwright, a Korean font
# (without one, Korean renders as boxes in screenshots), poppler-utils (pdftotext) and, into
# .cache/engine/, Debian's Docker Engine for `npm run test:engine`. Debian/Ubuntu with apt-get only; elsewhere
# it says what to install. Then installs the npm packages (Node 24 comes with them, see README).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi nanum || need+=(fonts-nanum)
# pdftotext: the printable cheat sheet's test reads the text of the PDF Chromium prints.
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)

if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing ${need[*]} from Debian's packages"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "setup: no apt-get here; install ${need[*]} yourself, or run 'npx playwright install chromium'" >&2
  fi
fi

# The sandboxed Docker Engine and the stand-in images' packages for `npm run test:engine`, unpacked
# into .cache/engine/ only (scripts/engine/install.sh); skipped where there is no apt-get.
if command -v apt-get >/dev/null 2>&1 && command -v dpkg >/dev/null 2>&1; then
  bash scripts/engine/install.sh || echo "setup: the Docker Engine for npm run test:engine could not be installed (see above); npm test does not need it"
else
  echo "setup: no apt-get here, so the Docker Engine for npm run test:engine is not installed"
fi

# `npm ci` cannot be used: the registry here lacks some other platforms' optional packages, so the
# lock file is incomplete for them.
npm install --no-audit --no-fund
