#!/usr/bin/env bash
# The whole test suite, in the order a failure is cheapest to find: unit tests, the robustness
# suite (about 30 s, the tests that time things), the integration tests (site builds and the
# command-line tools in copies of the project), type check, content checks, the production build
# (which checks every example again), the HTML validity of every built page, then the browser
# tests against that build. Used by `npm test`, which the README and .ci/run call. Ends with one line
# `tests: N passed, N failed, N skipped` summed over every suite (unit and judge, robust,
# integration, Playwright); each suite writes a JSON report into .tmp/ for it.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp

step() { printf '\n== %s\n' "$*"; }

step "unit and judge tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json

step "robustness: hostile inputs at 1k/10k/100k characters, linear time, linear regexes (vitest, tests/robust)"
npx vitest run --config vitest.robust.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/robust.json

step "integration: builds and command-line tools in copies of the project (vitest, tests/integration)"
npx vitest run --config vitest.integration.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/integration.json

step "the Node binary is the pinned one (verify-node)"
node scripts/verify-node.mjs

step "type check (tsc for .ts, astro check for .astro)"
npm run --silent typecheck

step "build (content checks, astro, pagefind)"
npm run --silent build

step "HTML validity of every built page (html-validate, .htmlvalidate.mjs)"
npm run --silent check:html

step "browser tests (playwright, chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/playwright.json npx playwright test --reporter=list,json

step "examples on a real Docker Engine: not part of npm test"
npx tsx scripts/engine/status.ts

node scripts/summarize-tests.mjs .tmp/vitest.json .tmp/robust.json .tmp/integration.json .tmp/playwright.json
