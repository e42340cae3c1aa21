// Checks every Dockerfile snippet in the content registry's one list: the Dockerfile catalog
// (instruction entries and whole-file examples) and ```dockerfile fences in the guides. A
// copy-ready snippet with an error fails the build; a snippet marked as a mistake must draw at
// least one error or warning, or it teaches nothing (and is itself reported as an error).
import { readDockerfileCatalog } from '../../src/lib/content/files.ts';
import { checkDockerfile } from '../../src/lib/dockerfile/check.ts';
import { collectExamples, type ContentExample } from '../../src/lib/content/examples.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import type { ContentProblem } from './types.ts';

export function dockerfileExampleProblems(s: ContentExample): ContentProblem[] {
  const problems = checkDockerfile(s.code, { fragment: s.fragment });
  if (s.mistake) {
    if (problems.length > 0) return [];
    return [{
      file: s.file,
      line: s.line,
      column: s.col,
      severity: 'error',
      message: `${s.label}: mistake block shows no mistake: the Dockerfile checker finds nothing wrong in it; make it show the mistake, or teach the checker to see it`,
    }];
  }
  return problems.map((p) => ({
    file: s.file,
    line: s.line + p.line - 1,
    // Columns only shift on the snippet's first line for a plain scalar; block scalars shift every line.
    column: s.col + p.column - 1,
    severity: p.severity,
    message: `${s.label}: ${p.code}: ${p.message}`,
  }));
}

export function checkDockerfileBlocks(root: string, files = readContentFiles(root)): ContentProblem[] {
  const catalog = readDockerfileCatalog(root);
  const problems: ContentProblem[] = catalog.problems.map((p) => ({ ...p, severity: 'error' as const }));
  for (const ex of collectExamples(files)) if (ex.kind === 'dockerfile') problems.push(...dockerfileExampleProblems(ex));
  return problems;
}
