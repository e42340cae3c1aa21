// The one verdict on an example, used by everything that judges one: the content check (which
// fails the build), the pages (the verdict under a mistake block; an example that slipped past the
// check stops the build), the guide checks (which command an example runs, which words of a
// mistake are wrong). Each example is validated once per registry: the verdicts are kept by
// example, so the pages and the checks never validate the same line twice.
import { validateCommandLine, type Diagnostic, type ValidationResult } from '../command/index.ts';
import { checkDockerfile, isFragment } from '../dockerfile/check.ts';
import type { DockerfileProblem } from '../dockerfile/problem.ts';
import { exampleProblemsOf } from '../examples/example-problems.ts';
import type { FoundProblem } from './problem.ts';

/** What a verdict needs to know of an example: one command line, or one Dockerfile snippet. */
export interface ExampleInput {
  kind: 'shell' | 'dockerfile';
  code: string;
  /** Shown as a mistake on purpose: must draw at least one finding. */
  mistake: boolean;
  /** Marked as a partial Dockerfile (a snippet without FROM is one anyway: `isFragment`). */
  fragment: boolean;
}

export type ExampleVerdict =
  | {
      kind: 'shell';
      validation: ValidationResult;
      /** What is wrong, in English for build logs (positions are the example's own). */
      problems: FoundProblem[];
      /** For a mistake: the finding shown under it (the CLI's error, or dockref's warning). */
      shown: Diagnostic | null;
    }
  | {
      kind: 'dockerfile';
      findings: DockerfileProblem[];
      problems: FoundProblem[];
      shown: DockerfileProblem | null;
    };

export function judgeExample(ex: ExampleInput): ExampleVerdict {
  if (ex.kind === 'shell') {
    const validation = validateCommandLine(ex.code);
    const problems = exampleProblemsOf(validation, ex.code, ex.mistake);
    const shown = ex.mistake ? (validation.diagnostics.find((d) => d.code !== 'not-docker') ?? null) : null;
    return { kind: 'shell', validation, problems, shown };
  }
  const findings = checkDockerfile(ex.code, { fragment: isFragment(ex.code, ex.fragment) });
  let problems: FoundProblem[];
  if (ex.mistake) {
    problems =
      findings.length > 0
        ? []
        : [{ severity: 'error', message: 'mistake block shows no mistake: the Dockerfile checker finds nothing wrong in it; make it show the mistake, or teach the checker to see it' }];
  } else problems = findings.map((p) => ({ line: p.line, column: p.column, severity: p.severity, code: p.code, message: p.message }));
  return { kind: 'dockerfile', findings, problems, shown: ex.mistake ? (findings[0] ?? null) : null };
}

/** A verdict function that judges each distinct example once and then answers from memory. */
export function verdictMemo(): (ex: ExampleInput) => ExampleVerdict {
  const seen = new Map<string, ExampleVerdict>();
  return (ex) => {
    const key = `${ex.kind}\u0000${ex.mistake ? 1 : 0}${ex.fragment ? 1 : 0}\u0000${ex.code}`;
    let v = seen.get(key);
    if (!v) seen.set(key, (v = judgeExample(ex)));
    return v;
  };
}
