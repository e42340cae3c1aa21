// The content check for the search's flag answers (content/search/flag-answers.yaml) and guide
// answers (guide-answers.yaml). Flag answers: schema,
// command and option known to the CLI spec, and the command line using that option. Each problem
// names the file and line. (The command lines are validated with every other example by
// command-examples.ts.)
import { listCommands } from '../cli-spec/index.ts';
import type { Registry } from '../content/registry.ts';
import { LOCALES } from '../i18n/locales.ts';
import { FLAG_ANSWERS_FILE, readFlagAnswers } from '../search/flag-answers.ts';
import { COMMAND_TASKS_FILE, instructionsWithoutTasks, readCommandTasks } from '../search/command-tasks.ts';
import { lineOfPath } from '../catalog/parse-yaml-entry.ts';
import { GUIDE_ANSWERS_FILE, readGuideAnswers } from '../search/guide-answers.ts';
import { problemsIn, type ContentProblem } from '../content/problem.ts';

export function checkFlagAnswers(reg: Registry): ContentProblem[] {
  const file = reg.file(FLAG_ANSWERS_FILE);
  if (!file) return [{ file: FLAG_ANSWERS_FILE, severity: 'error', message: 'the flag answers file is missing' }];
  const r = readFlagAnswers(reg.yaml(FLAG_ANSWERS_FILE) ?? file.text, listCommands());
  return r.ok ? [] : problemsIn(FLAG_ANSWERS_FILE, r.problems);
}

/** content/search/guide-answers.yaml: schema, and every section present in each language's guide. */
export function checkGuideAnswers(reg: Registry): ContentProblem[] {
  const file = reg.file(GUIDE_ANSWERS_FILE);
  if (!file) return [{ file: GUIDE_ANSWERS_FILE, severity: 'error', message: 'the guide answers file is missing' }];
  const has = (lang: string, chapter: string, anchor: string) => (reg.sections.get(`content/guides/${lang}/${chapter}.mdx`) ?? []).some((s) => s.anchor === anchor);
  const r = readGuideAnswers(reg.yaml(GUIDE_ANSWERS_FILE) ?? file.text, has, LOCALES);
  return r.ok ? [] : problemsIn(GUIDE_ANSWERS_FILE, r.problems);
}

/** content/search/command-tasks.yaml: schema, every command known to the CLI spec, every instruction page given phrases. */
export function checkCommandTasks(reg: Registry): ContentProblem[] {
  const file = reg.file(COMMAND_TASKS_FILE);
  if (!file) return [{ file: COMMAND_TASKS_FILE, severity: 'error', message: 'the command tasks file is missing' }];
  const text = reg.yaml(COMMAND_TASKS_FILE) ?? file.text;
  const r = readCommandTasks(text, listCommands());
  if (!r.ok) return problemsIn(COMMAND_TASKS_FILE, r.problems);
  const missing = instructionsWithoutTasks(r.instructions, reg.dockerfile.instructions.map((i) => i.value.instruction));
  if (missing.length === 0) return [];
  const line = lineOfPath(text, ['instructions']);
  return problemsIn(COMMAND_TASKS_FILE, [{ line, message: `instructions: no task phrases for ${missing.join(', ')}; add each with ko and en phrases (what the instruction does, the way learners ask)` }]);
}
