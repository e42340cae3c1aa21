// The content check for command examples: every shell example in the content registry's one list
// (catalog YAML, guide fences) is judged by the registry's verdict. An error fails the build with
// file:line:col; a mistake block that draws no diagnostic fails too (DESIGN.md: every mistake block
// must show a mistake). The docker judge checks the same list (scripts/judge/judge-set.ts).
import type { Registry } from '../content/registry.ts';
import { problemsIn, type ContentProblem } from '../content/problem.ts';

export function checkCommandExamples(reg: Registry): ContentProblem[] {
  return [
    ...reg.mdxProblems,
    ...reg.examples
      .filter((ex) => ex.kind === 'shell')
      .flatMap((ex) => problemsIn(ex.file, reg.verdict(ex).problems.map((p) => ({ severity: p.severity, message: p.message })), { at: { line: ex.line, column: ex.col }, label: ex.label })),
  ];
}
