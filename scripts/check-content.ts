// Checks all content before a build: UI strings, and (as they are added) every example and
// code block the site shows. Prints `file:line: severity: message` per problem and exits 1 when
// any is an error, so `npm run build` stops and says which example is wrong.
import { fileURLToPath } from 'node:url';
import { formatProblem, type ContentProblem } from './checks/types.ts';
import { checkUiStrings } from './checks/ui-strings.ts';
import { checkCommandEntries } from './checks/command-entries.ts';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

const checks: Array<[string, (root: string) => ContentProblem[] | Promise<ContentProblem[]>]> = [
  ['UI strings', checkUiStrings],
  ['command entries', checkCommandEntries],
  ['Dockerfile blocks', async (root) => (await import('./checks/dockerfile-blocks.ts')).checkDockerfileBlocks(root)],
  ['command examples', async (root) => (await import('./checks/command-examples.ts')).checkCommandExamples(root)],
];

let errors = 0;
for (const [name, check] of checks) {
  let problems: ContentProblem[];
  try {
    problems = await check(root);
  } catch (e) {
    // A check that cannot finish is reported as an error with its name, not a stack trace.
    problems = [{ file: name, severity: 'error', message: `check failed: ${(e as Error).message.split('\n')[0]}` }];
  }
  for (const p of problems) {
    console.error(formatProblem(p));
    if (p.severity === 'error') errors++;
  }
  if (problems.length === 0 && process.env.VERBOSE) console.log(`ok: ${name}`);
}
if (errors > 0) {
  console.error(`check-content: ${errors} error(s); fix them before building.`);
  // exitCode, not exit(): stderr into a pipe must drain first (issue 12).
  process.exitCode = 1;
}
