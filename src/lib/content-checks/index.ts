// Every content check, run on one content registry: UI strings, command entries, every example
// and code block the site shows, validator data, guides, flag answers and the cheat sheet. The
// build runs them on the site's own registry (src/data/content.ts), so content is read, parsed and
// judged once per build; `npm run check:content` runs them on a registry of its own
// (scripts/check-content.ts). Each problem names file:line:col, what is wrong and how to fix it.
import { LOCALES } from '../i18n/locales.ts';
import type { ContentProblem } from '../content/problem.ts';
import type { Registry } from '../content/registry.ts';
import { checkCommandEntries } from './command-entries.ts';
import { checkCommandExamples } from './command-examples.ts';
import { checkDockerfileBlocks } from './dockerfile-blocks.ts';
import { checkCommandTasks, checkFlagAnswers, checkGuideAnswers } from './flag-answers.ts';
import { checkCheatsheet, checkGuides } from './guides.ts';
import { checkMessages, checkUiStrings } from './ui-strings.ts';
import { checkValidatorData } from './validator-data.ts';

export const CONTENT_CHECKS: ReadonlyArray<readonly [string, (reg: Registry) => ContentProblem[]]> = [
  ['UI strings', checkUiStrings],
  ['messages', checkMessages],
  ['command entries', checkCommandEntries],
  ['Dockerfile blocks', checkDockerfileBlocks],
  ['command examples', checkCommandExamples],
  ['validator data', checkValidatorData],
  ['guides', checkGuides],
  ['flag answers', checkFlagAnswers],
  ['guide answers', checkGuideAnswers],
  ['command tasks', checkCommandTasks],
  ['cheat sheet', checkCheatsheet],
];

export interface ContentCheckResult {
  problems: ContentProblem[];
  errors: number;
  /** The checks that found nothing (for VERBOSE output). */
  passed: string[];
  /** What was validated, for the build's log (only when nothing is an error). */
  summary: string | null;
}

export function checkContent(reg: Registry): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const passed: string[] = [];
  for (const [name, check] of CONTENT_CHECKS) {
    let found: ContentProblem[];
    try {
      found = check(reg);
    } catch (e) {
      // A check that cannot finish is reported as an error with its name, not a stack trace.
      found = [{ file: name, severity: 'error', message: `check failed: ${(e as Error).message.split('\n')[0]}` }];
    }
    problems.push(...found);
    if (found.length === 0) passed.push(name);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { problems, errors, passed, summary: errors === 0 ? exampleSummary(reg) : null };
}

/** The build's report of what it validated: examples, and runnable and mistake blocks per guide language. */
function exampleSummary(reg: Registry): string {
  const all = reg.examples;
  const guide = (lang: string, mistake: boolean) => all.filter((e) => e.lang === lang && e.mistake === mistake).length;
  const guides = LOCALES.map((l) => `${l} ${guide(l, false)} runnable + ${guide(l, true)} mistake blocks`).join(', ');
  return `check-content: ${all.length} examples validated (${all.filter((e) => e.kind === 'shell').length} command lines, ${all.filter((e) => e.kind === 'dockerfile').length} Dockerfiles); guides: ${guides}`;
}
