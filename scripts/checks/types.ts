/** A problem found in the project's content: what is wrong, where, and how to fix it. */
export interface ContentProblem {
  /** Path relative to the repository root. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  column?: number;
  severity: 'error' | 'warning';
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
  return `${where}: ${p.severity}: ${p.message}`;
}
