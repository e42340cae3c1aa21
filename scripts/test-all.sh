#!/usr/bin/env bash
# The whole test suite, in the order a failure is cheapest to find: unit tests; then the
# robustness suite (the tests that time things, one file at a time, so one core) side by side with
# a second lane on the other core: the static checks (the pinned Node, the type check, the
# production build, which checks every example again, and the HTML validity of every built page),
# then the integration tests (site builds and the command-line tools in copies of the project; one
# file at a time, so one core), which need nothing from the static checks but their passing and take
# about as long as the robustness suite is longer than them; then the browser tests against the one
# build. Used by `npm test`, which the README and .ci/run call.
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

# run TITLE COMMAND...: prints the title, runs the command, prints how long it took; returns the
# command's exit status (so it also works where `set -e` does not apply, left of `&&` or `||`).
run() {
  local title=$1 t0 status=0
  shift
  printf '\n== %s\n' "$title"
  t0=$(date +%s%3N)
  "$@" || status=$?
  if [ "$status" -ne 0 ]; then
    printf '== FAILED (exit %d) after %s: %s\n' "$status" "$(elapsed "$t0")" "$title"
    return "$status"
  fi
  printf '== done in %s: %s\n' "$(elapsed "$t0")" "$title"
}

BG_PIDS=()
cleanup() {
  for pid in "${BG_PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

run "unit and judge tests (vitest)" \
  npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json

# The static checks and then the integration tests use one core, the robustness suite the other;
# the build the static checks end with is the only build of the site in npm test (Playwright serves
# it). The integration tests start only when the static checks passed: they build copies of the
# project and share node_modules (and so Vite's cache in it) with the build.
static_checks() {
  run "the Node binary is the pinned one (verify-node)" node scripts/verify-node.mjs &&
    run "type check (tsc for .ts, astro check for .astro)" npm run --silent typecheck &&
    run "build (content checks, astro, pagefind)" npm run --silent build &&
    run "HTML validity of every built page (html-validate, .htmlvalidate.mjs)" npm run --silent check:html
}
integration() {
  run "integration: builds and command-line tools in copies of the project (vitest, tests/integration)" \
    npx vitest run --config vitest.integration.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/integration.json
}
# The second lane: its exit status says which part failed (10: the static checks, 20: integration).
# (`set -e` does not apply left of `||`, hence the `&&` chain in static_checks.)
second_lane() {
  static_checks > .tmp/static-checks.log 2>&1 || return 10
  integration > .tmp/integration.log 2>&1 || return 20
}
printf '\n== started beside the robustness suite: verify-node, type check, build, HTML validity, then the integration tests (output below when done)\n'
rm -f .tmp/static-checks.log .tmp/integration.log
second_lane &
LANE=$!
BG_PIDS+=("$LANE")

run "robustness: hostile inputs at 1k/10k/100k characters, linear time, linear regexes (vitest, tests/robust)" \
  npx vitest run --config vitest.robust.config.ts --reporter=default --reporter=json --outputFile.json=.tmp/robust.json

lane_status=0
wait "$LANE" || lane_status=$?
BG_PIDS=()
cat .tmp/static-checks.log
if [ "$lane_status" -eq 10 ]; then
  printf '\nnpm test: the static checks failed; see above (the integration tests did not run)\n' >&2
  exit 1
fi
cat .tmp/integration.log
if [ "$lane_status" -ne 0 ]; then
  printf '\nnpm test: the integration tests failed (exit %d); see above\n' "$lane_status" >&2
  exit 1
fi

run "browser tests (playwright, chromium)" \
  env PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/playwright.json npx playwright test --reporter=list,json

run "examples on a real Docker Engine: not part of npm test" npx tsx scripts/engine/status.ts

printf '\nnpm test took %s\n' "$(elapsed "$T0")"
node scripts/summarize-tests.mjs .tmp/vitest.json .tmp/robust.json .tmp/integration.json .tmp/playwright.json
