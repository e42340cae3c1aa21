#!/usr/bin/env bash
# The whole test suite, in the order a failure is cheapest to find: unit tests; then the
# robustness suite (the tests that time things, one file at a time, so one core) side by side with
# the static checks (the pinned Node, the type check, the production build, which checks every
# example again, and the HTML validity of every built page; one after another, one core); the
# integration tests (site builds and the command-line tools in copies of the project); then the
# browser tests against the one build. Used by `npm test`, which the README and .ci/run call.
# Each step prints how long it took. Ends with one line `tests: N passed, N failed, N skipped` summed
# over every suite (unit and judge, robust, integration, Playwright); each suite writes a JSON
# report into .tmp/ for it. Any failing step fails the run (exit status 1).
set -euo pipefail
# Job control: each background step gets a process group of its own, so a failure elsewhere can
# stop it with everything it started (npm, astro, tsx).
set -m
cd "$(dirname "$0")/.."
mkdir -p .tmp

T0=$(date +%s%3N)
elapsed() { local ms=$(($(date +%s%3N) - $1)); printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100)); }

# run TITLE COMMAND...: prints the title, runs the command, prints how long it took.
run() {
  local title=$1 t0
  shift
  printf '\n== %s\n' "$title"
  t0=$(date +%s%3N)
  "$@"
  printf '== done in %s: %s\n' "$(elapsed "$t0")" "$title"
}

BG_PIDS=()
cleanup() {
  for pid in "${BG_PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

run "unit and judge tests (vitest)" \
  npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json

# The static checks use one core and the robustness suite the other; the build they end with is the
# only build of the site in npm test (Playwright serves it).
static_checks() {
  run "the Node binary is the pinned one (verify-node)" node scripts/verify-node.mjs
  run "type check (tsc for .ts, astro check for .astro)" npm run --silent typecheck
  run "build (content checks, astro, pagefind)" npm run --silent build
  run "HTML validity of every built page (html-validate, .htmlvalidate.mjs)" npm run --silent check:html
}
printf '\n== started beside the robustness suite: verify-node, type check, build, HTML validity (output below when done)\n'
static_checks > .tmp/static-checks.log 2>&1 &
STATIC=$!
BG_PIDS+=("$STATIC")

run "robustness: hostile inputs at 1k/10k/100k characters, linear time, linear regexes (vitest, tests/robust)" \
  npx vitest run --config vitest.robust.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/robust.json

static_status=0
wait "$STATIC" || static_status=$?
BG_PIDS=()
cat .tmp/static-checks.log
if [ "$static_status" -ne 0 ]; then
  printf '\nnpm test: the static checks failed (exit %d); see above\n' "$static_status" >&2
  exit 1
fi

run "integration: builds and command-line tools in copies of the project (vitest, tests/integration)" \
  npx vitest run --config vitest.integration.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/integration.json

run "browser tests (playwright, chromium)" \
  env PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/playwright.json npx playwright test --reporter=list,json

run "examples on a real Docker Engine: not part of npm test" npx tsx scripts/engine/status.ts

printf '\nnpm test took %s\n' "$(elapsed "$T0")"
node scripts/summarize-tests.mjs .tmp/vitest.json .tmp/robust.json .tmp/integration.json .tmp/playwright.json
