// The content check for the search's flag answers (content/search/flag-answers.yaml): schema,
// command and option known to the CLI spec, and the command line using that option. Each problem
// names the file and line. (The command lines are validated with every other example by
// command-examples.ts.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCommands } from '../../src/lib/cli-spec/index.ts';
import { FLAG_ANSWERS_FILE, readFlagAnswers } from '../../src/lib/search/flag-answers.ts';
import type { ContentProblem } from './types.ts';

export function checkFlagAnswers(root: string): ContentProblem[] {
  const path = join(root, FLAG_ANSWERS_FILE);
  if (!existsSync(path)) return [{ file: FLAG_ANSWERS_FILE, severity: 'error', message: 'the flag answers file is missing' }];
  const r = readFlagAnswers(readFileSync(path, 'utf8'), listCommands());
  return r.ok ? [] : r.problems.map((p) => ({ file: FLAG_ANSWERS_FILE, line: p.line, column: p.column, severity: 'error' as const, message: p.message }));
}
