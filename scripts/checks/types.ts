// The problem type is the content registry's own (src/lib/content/examples.ts); this module adds
// the one line format the content check prints.
import type { ContentProblem } from '../../src/lib/content/examples.ts';

export type { ContentProblem };

export function formatProblem(p: ContentProblem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
  return `${where}: ${p.severity}: ${p.message}`;
}
