// Checks all content before a build: UI strings, command entries, every example and code block the
// site shows, validator data, guides, flag answers and the cheat sheet. The content is read into
// one registry (src/lib/content/registry.ts), built once and handed to every check. Prints
// `file:line:col: severity: message` per problem and exits 1 when any is an error, so
// `npm run build` stops and says which example is wrong.
import { fileURLToPath } from 'node:url';
import { loadRegistry } from '../src/lib/content/files.ts';
import type { Registry } from '../src/lib/content/registry.ts';
import { checkCommandEntries } from './checks/command-entries.ts';
import { checkCommandExamples } from './checks/command-examples.ts';
import { checkDockerfileBlocks } from './checks/dockerfile-blocks.ts';
import { checkFlagAnswers } from './checks/flag-answers.ts';
import { checkCheatsheet, checkGuides } from './checks/guides.ts';
import { formatProblem, type ContentProblem } from './checks/types.ts';
import { checkUiStrings } from './checks/ui-strings.ts';
import { checkValidatorData } from './checks/validator-data.ts';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

const checks: Array<[string, (reg: Registry) => ContentProblem[]]> = [
  ['UI strings', checkUiStrings],
  ['command entries', checkCommandEntries],
  ['Dockerfile blocks', checkDockerfileBlocks],
  ['command examples', checkCommandExamples],
  ['validator data', checkValidatorData],
  ['guides', checkGuides],
  ['flag answers', checkFlagAnswers],
  ['cheat sheet', checkCheatsheet],
];

let errors = 0;
const report = (p: ContentProblem) => {
  console.error(formatProblem(p));
  if (p.severity === 'error') errors++;
};
let reg: Registry | null = null;
try {
  reg = loadRegistry(root);
} catch (e) {
  // Reading the content cannot fail on content (every reader reports problems), but if it does, say so without a stack trace.
  report({ file: 'content', severity: 'error', message: `the content registry could not be built: ${(e as Error).message.split('\n')[0]}` });
}
for (const [name, check] of reg ? checks : []) {
  let problems: ContentProblem[];
  try {
    problems = check(reg!);
  } catch (e) {
    // A check that cannot finish is reported as an error with its name, not a stack trace.
    problems = [{ file: name, severity: 'error', message: `check failed: ${(e as Error).message.split('\n')[0]}` }];
  }
  for (const p of problems) report(p);
  if (problems.length === 0 && process.env.VERBOSE) console.log(`ok: ${name}`);
}
if (reg && errors === 0) {
  // The build's report of what it validated: runnable and mistake blocks per guide language.
  const all = reg.examples;
  const guide = (lang: string, mistake: boolean) => all.filter((e) => e.lang === lang && e.mistake === mistake).length;
  console.log(`check-content: ${all.length} examples validated (${all.filter((e) => e.kind === 'shell').length} command lines, ${all.filter((e) => e.kind === 'dockerfile').length} Dockerfiles); guides: ko ${guide('ko', false)} runnable + ${guide('ko', true)} mistake blocks, en ${guide('en', false)} runnable + ${guide('en', true)} mistake blocks`);
}
if (errors > 0) {
  console.error(`check-content: ${errors} error(s); fix them before building.`);
  // exitCode, not exit(): stderr into a pipe must drain first.
  process.exitCode = 1;
}
