// The content check for the search's flag answers (content/search/flag-answers.yaml): schema,
// command and option known to the CLI spec, and the command line using that option. Each problem
// names the file and line. (The command lines are validated with every other example by
// command-examples.ts.)
import { listCommands } from '../../cli-spec/index.ts';
import type { Registry } from '../registry.ts';
import { FLAG_ANSWERS_FILE, readFlagAnswers } from '../../search/flag-answers.ts';
import { problemsIn, type ContentProblem } from '../problem.ts';

export function checkFlagAnswers(reg: Registry): ContentProblem[] {
  const file = reg.file(FLAG_ANSWERS_FILE);
  if (!file) return [{ file: FLAG_ANSWERS_FILE, severity: 'error', message: 'the flag answers file is missing' }];
  const r = readFlagAnswers(file.text, listCommands());
  return r.ok ? [] : problemsIn(FLAG_ANSWERS_FILE, r.problems);
}
