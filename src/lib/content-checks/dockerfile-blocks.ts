// Checks every Dockerfile snippet in the content registry's one list: the Dockerfile catalog
// (instruction entries and whole-file examples) and ```dockerfile fences in the guides. A
// copy-ready snippet with an error fails the build; a snippet marked as a mistake must draw at
// least one error or warning, or it teaches nothing (and is itself reported as an error).
import type { Registry } from '../content/registry.ts';
import { problemsIn, type ContentProblem } from '../content/problem.ts';

export function checkDockerfileBlocks(reg: Registry): ContentProblem[] {
  const problems: ContentProblem[] = reg.dockerfile.problems.map((p) => ({ ...p, severity: 'error' as const }));
  for (const ex of reg.examples) {
    if (ex.kind === 'dockerfile') problems.push(...problemsIn(ex.file, reg.verdict(ex).problems, { at: { line: ex.line, column: ex.col }, label: ex.label }));
  }
  return problems;
}
