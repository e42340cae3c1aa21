// Checks every Dockerfile snippet in the content registry's one list: the Dockerfile catalog
// (instruction entries and whole-file examples) and ```dockerfile fences in the guides. A
// copy-ready snippet with an error fails the build; a snippet marked as a mistake must draw at
// least one error or warning, or it teaches nothing (and is itself reported as an error).
import { registryFrom } from '../../src/lib/content/files.ts';
import type { Registry } from '../../src/lib/content/registry.ts';
import { problemsIn, type ContentProblem } from './types.ts';

export function checkDockerfileBlocks(source: Registry | string): ContentProblem[] {
  const reg = registryFrom(source);
  const problems: ContentProblem[] = reg.dockerfile.problems.map((p) => ({ ...p, severity: 'error' as const }));
  for (const ex of reg.examples) {
    if (ex.kind === 'dockerfile') problems.push(...problemsIn(ex.file, reg.verdict(ex).problems, { at: { line: ex.line, column: ex.col }, label: ex.label }));
  }
  return problems;
}
