// The content check for command examples: every shell example in the content registry's one list
// (catalog YAML, guide fences) is validated. An error fails the build with file:line:col; a
// mistake block that draws no diagnostic fails too (DESIGN.md: every mistake block must show a
// mistake). The docker judge checks the same list (tests/judge/judge-set.ts).
import { collectContent } from '../../src/lib/content/examples.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { exampleProblems } from '../../src/lib/examples/example-problems.ts';
import type { ContentProblem } from './types.ts';

export function checkCommandExamples(root: string, files = readContentFiles(root)): ContentProblem[] {
  const { examples, problems } = collectContent(files);
  return [
    ...problems,
    ...examples
      .filter((ex) => ex.kind === 'shell')
      .flatMap((ex) =>
        exampleProblems(ex.code, ex.mistake).map((p) => ({ file: ex.file, line: ex.line, column: ex.col, severity: p.severity, message: `${ex.label}: ${p.message}` })),
      ),
  ];
}
