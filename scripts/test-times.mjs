// Where the test time goes: reads the JSON reports `npm test` leaves in .tmp/ (or the files given)
// and prints, per report, the files that took longest and the slowest tests. For finding what to make cheaper;
// a test's duration on a shared machine says more next to the others of the same run than alone.
//   node scripts/test-times.mjs [--top N] [REPORT.json ...]
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
let top = 15;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--top') top = Number(args[++i]);
  else files.push(args[i]);
}
if (!Number.isInteger(top) || top < 1) {
  console.error('test-times: --top needs a whole number of at least 1, as in --top 20');
  process.exit(2);
}
const reports = files.length ? files : ['.tmp/vitest.json', '.tmp/robust.json', '.tmp/integration.json', '.tmp/playwright.json'].filter((f) => existsSync(f));
if (reports.length === 0) {
  console.error('test-times: no reports in .tmp/: run npm test first, or name the JSON reports');
  process.exit(2);
}

/** [{ file, title, ms }] from a Vitest (Jest-style) or Playwright JSON report. */
function testsOf(report) {
  if (Array.isArray(report.testResults)) {
    return report.testResults.flatMap((f) => f.assertionResults.map((a) => ({ file: f.name.replace(/^.*?\/tests\//, 'tests/'), title: a.fullName ?? a.title, ms: a.duration ?? 0 })));
  }
  if (Array.isArray(report.suites)) {
    const out = [];
    const walk = (suite, file) => {
      for (const spec of suite.specs ?? []) {
        for (const t of spec.tests) out.push({ file: spec.file ?? file, title: spec.title, ms: t.results.reduce((n, r) => n + (r.duration ?? 0), 0) });
      }
      for (const s of suite.suites ?? []) walk(s, suite.file ?? file);
    };
    for (const s of report.suites) walk(s, s.file);
    return out;
  }
  throw new Error('neither a Vitest nor a Playwright JSON report');
}

const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;
for (const path of reports) {
  let tests;
  try {
    tests = testsOf(JSON.parse(readFileSync(path, 'utf8')));
  } catch (e) {
    console.error(`test-times: cannot read ${path}: ${e.message}`);
    process.exit(1);
  }
  const total = tests.reduce((n, t) => n + t.ms, 0);
  console.log(`\n${path}: ${tests.length} tests, ${sec(total)} in tests (summed over workers)`);
  const perFile = new Map();
  for (const t of tests) perFile.set(t.file, (perFile.get(t.file) ?? 0) + t.ms);
  for (const [file, ms] of [...perFile].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${sec(ms).padStart(8)}  ${file}`);
  console.log(`  slowest ${Math.min(top, tests.length)}:`);
  for (const t of [...tests].sort((a, b) => b.ms - a.ms).slice(0, top)) console.log(`  ${sec(t.ms).padStart(8)}  ${t.file}: ${t.title}`);
}
