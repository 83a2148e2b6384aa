#!/usr/bin/env bash
# Runs every check on a fresh machine: installs what the tests need (Debian Chromium, poppler
# for PDF text, nginx for the two-replica test, npm packages), then typecheck, lint, unit tests,
# the production (standalone) build and the end-to-end tests.
# Ends with one plain line "N passed, N failed" summed over the test runners.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export PATH="$PATH:/usr/sbin"

status=0
failed_checks=0  # typecheck, lint, build: counted as failures in the closing line
step() { echo; echo "==> $*"; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need_apt+=(nginx-light)
if [ ${#need_apt[@]} -gt 0 ]; then
  step "installing Debian packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null || {
    echo "could not install ${need_apt[*]}"; exit 1; }
fi

step "npm install"
npm install --no-audit --no-fund || exit 1

mkdir -p reports
rm -f reports/vitest.json reports/playwright.json

step "typecheck"
npm run -s typecheck || { status=1; failed_checks=$((failed_checks + 1)); }
step "lint"
npm run -s lint || { status=1; failed_checks=$((failed_checks + 1)); }

step "unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || status=1

step "production build"
if npm run -s build; then
  step "end-to-end tests (Playwright, Debian Chromium)"
  npx playwright test || status=1
else
  echo "build failed: end-to-end tests not run"
  status=1
  failed_checks=$((failed_checks + 1))
fi

FAILED_CHECKS=$failed_checks node scripts/summarize-tests.mjs reports/vitest.json reports/playwright.json || status=1
exit $status
