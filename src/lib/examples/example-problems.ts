import { validateCommandLine, type ValidationResult } from '../command/index.ts';
import type { Severity } from '../command/diagnostic.ts';
import { say } from '../i18n/messages.ts';
import { judgeForSite } from '../releases/gate.ts';

export interface ExampleProblem {
  severity: Severity;
  message: string;
}

/**
 * What is wrong with one command example, in English for build logs. A copy-ready example must
 * draw no diagnostic at all; a mistake example (DESIGN.md: `data-mistake`) must draw at least one,
 * or it teaches nothing. Used by the content registry's verdicts (src/lib/content/verdicts.ts), which the content check
 * and the pages share.
 */
export function exampleProblems(command: string, mistake: boolean): ExampleProblem[] {
  return exampleProblemsOf(validateCommandLine(command), command, mistake);
}

/** The same, for a command already validated (the content registry validates each example once). */
export function exampleProblemsOf(validation: ValidationResult, command: string, mistake: boolean): ExampleProblem[] {
  // Judged for the newest Docker release the site documents (a removed command's page: its last release).
  const r = judgeForSite(validation);
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
    message: `${d.code}: ${say(d.message, 'en')} (in \`${command}\`, columns ${d.start + 1}-${d.end})${d.suggestion ? `; fix: ${d.suggestion}` : ''}`,
  }));
}
