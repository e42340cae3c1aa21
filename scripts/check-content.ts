// `npm run check:content`: every content check (src/lib/content-checks/) on a content registry of
// its own, read from content/. The build runs the same checks on the site's registry
// (src/data/content.ts). Prints `file:line:col: severity: message` per problem and exits 1 when
// any is an error.
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/lib/content-checks/index.ts';
import { loadRegistry } from '../src/lib/content/files.ts';
import { formatProblem } from '../src/lib/content/problem.ts';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

let result: ReturnType<typeof checkContent>;
try {
  result = checkContent(loadRegistry(root));
} catch (e) {
  // Reading content reports problems instead of throwing; if it throws anyway, say so without a stack trace.
  result = { problems: [{ file: 'content', severity: 'error', message: `the content registry could not be built: ${(e as Error).message.split('\n')[0]}` }], errors: 1, passed: [], summary: null };
}
for (const p of result.problems) console.error(formatProblem(p));
if (process.env.VERBOSE) for (const name of result.passed) console.log(`ok: ${name}`);
if (result.summary) console.log(result.summary);
if (result.errors > 0) {
  console.error(`check-content: ${result.errors} error(s); fix them before building.`);
  // exitCode, not exit(): stderr into a pipe must drain first.
  process.exitCode = 1;
}
