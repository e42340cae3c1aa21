// Sums the JSON reports of every suite (each Vitest run and Playwright) into one closing line for
// CI logs, `tests: N passed, N failed, N skipped`, after one line per report with its own counts.
// Exits 1 if a report is missing or unreadable, or counts a failure.
import { readFileSync } from 'node:fs';

function counts(file) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`summarize-tests: cannot read the report ${file}: ${e.message}`);
  }
  if ('numPassedTests' in report) {
    // Vitest (Jest-compatible JSON).
    return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + (report.numTodoTests ?? 0) };
  }
  if (report.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky counted as passed.
    return { passed: report.stats.expected + (report.stats.flaky ?? 0), failed: report.stats.unexpected, skipped: report.stats.skipped };
  }
  throw new Error(`summarize-tests: ${file} is neither a Vitest nor a Playwright JSON report`);
}

const total = { passed: 0, failed: 0, skipped: 0 };
try {
  for (const file of process.argv.slice(2)) {
    const c = counts(file);
    console.log(`  ${file}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    for (const k of Object.keys(total)) total[k] += c[k];
  }
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
