#!/usr/bin/env bash
# The whole test suite, in the order a failure is cheapest to find: unit tests, type check,
# content checks, the production build (which checks every example again), then the browser tests
# against that build. Used by `npm test`, which the README and .ci/run call.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "unit tests (vitest)"
npx vitest run

step "type check (tsc)"
npx tsc --noEmit -p tsconfig.json

step "build (content checks, astro, pagefind)"
npm run --silent build

step "browser tests (playwright, chromium)"
npx playwright test
