import { validateCommandLine } from '../command/index.ts';
import type { Severity } from '../command/diagnostic.ts';
import { judgeForSite } from '../releases/gate.ts';

export interface ExampleProblem {
  severity: Severity;
  message: string;
}

/**
 * What is wrong with one command example, in English for build logs. A copy-ready example must
 * draw no diagnostic at all; a mistake example (DESIGN.md: `data-mistake`) must draw at least one,
 * or it teaches nothing. Shared by the content check (file:line) and by Example.astro, which
 * fails the build for examples written straight into pages.
 */
export function exampleProblems(command: string, mistake: boolean): ExampleProblem[] {
  // Judged for the newest Docker release the site documents (a removed command's page: its last release).
  const r = judgeForSite(validateCommandLine(command));
  if (mistake) {
    return r.diagnostics.some((d) => d.code !== 'not-docker')
      ? []
      : [
          {
            severity: 'error',
            message: `mistake block shows no mistake: the validator finds nothing wrong in \`${command}\`; show a real mistake or drop the mistake marker`,
          },
        ];
  }
  // A shell line that is not a docker command (`curl localhost:8080`) is shown, not checked.
  return r.diagnostics.filter((d) => d.code !== 'not-docker').map((d) => ({
    severity: d.severity,
    message: `${d.code}: ${d.message.en} (in \`${command}\`, columns ${d.start + 1}-${d.end})${d.suggestion ? `; fix: ${d.suggestion}` : ''}`,
  }));
}
