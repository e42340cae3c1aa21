// Checks all content before a build: UI strings, and (as they are added) every example and
// code block the site shows. Prints `file:line: severity: message` per problem and exits 1 when
// any is an error, so `npm run build` stops and says which example is wrong.
import { fileURLToPath } from 'node:url';
import { formatProblem, type ContentProblem } from './checks/types.ts';
import { checkUiStrings } from './checks/ui-strings.ts';
import { checkCommandEntries } from './checks/command-entries.ts';
import { readContentFiles } from '../src/lib/content/files.ts';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
// Read once: the checks that look at examples share these files, and so one example list.
const files = readContentFiles(root);

const checks: Array<[string, (root: string) => ContentProblem[] | Promise<ContentProblem[]>]> = [
  ['UI strings', checkUiStrings],
  ['command entries', checkCommandEntries],
  ['Dockerfile blocks', async (root) => (await import('./checks/dockerfile-blocks.ts')).checkDockerfileBlocks(root, files)],
  ['command examples', async (root) => (await import('./checks/command-examples.ts')).checkCommandExamples(root, files)],
  ['validator data', async (root) => (await import('./checks/validator-data.ts')).checkValidatorData(root)],
  ['guides', async (root) => (await import('./checks/guides.ts')).checkGuides(root, files)],
  ['flag answers', async (root) => (await import('./checks/flag-answers.ts')).checkFlagAnswers(root)],
  ['cheat sheet', async (root) => (await import('./checks/guides.ts')).checkCheatsheet(root)],
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
if (errors === 0) {
  // The build's report of what it validated: runnable and mistake blocks per guide language.
  const { collectExamples } = await import('../src/lib/content/examples.ts');
  const all = collectExamples(files);
  const guide = (lang: string, mistake: boolean) => all.filter((e) => e.lang === lang && e.mistake === mistake).length;
  console.log(`check-content: ${all.length} examples validated (${all.filter((e) => e.kind === 'shell').length} command lines, ${all.filter((e) => e.kind === 'dockerfile').length} Dockerfiles); guides: ko ${guide('ko', false)} runnable + ${guide('ko', true)} mistake blocks, en ${guide('en', false)} runnable + ${guide('en', true)} mistake blocks`);
}
if (errors > 0) {
  console.error(`check-content: ${errors} error(s); fix them before building.`);
  // exitCode, not exit(): stderr into a pipe must drain first.
  process.exitCode = 1;
}
