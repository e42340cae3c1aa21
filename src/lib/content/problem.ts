// The content registry's one problem shape, and the one place every other shape is mapped into it:
// YAML and schema problems (line, column), Dockerfile catalog problems, problems inside a snippet
// (lines and columns counted from the snippet's first character in its file), example verdicts.

export interface ContentProblem {
  file: string;
  line?: number;
  column?: number;
  severity: 'error' | 'warning';
  message: string;
}

/** What the readers and checkers report: a message, maybe a position, a severity and a code. */
export interface FoundProblem {
  line?: number;
  column?: number;
  severity?: 'error' | 'warning';
  code?: string;
  message: string;
}

export interface ProblemPlace {
  /** The severity of problems that carry none (schema and syntax problems are errors). */
  severity?: 'error' | 'warning';
  /**
   * Where the snippet the problems were found in starts in its file: its line 1 is this line, its
   * column 1 this column (a column only shifts on the first line for a plain scalar; block scalars
   * and fences shift every line by the same indentation).
   */
  at?: { line: number; column: number };
  /** Names what was checked in the message: `examples.2.cmd`, `sh fence`. */
  label?: string;
}

/** Problems found in `file` (or in a snippet of it) as content problems. */
export function problemsIn(file: string, found: readonly FoundProblem[], place: ProblemPlace = {}): ContentProblem[] {
  const { at, label } = place;
  return found.map((p) => ({
    file,
    line: at ? at.line + (p.line ?? 1) - 1 : p.line,
    column: at ? at.column + (p.column ?? 1) - 1 : p.column,
    severity: p.severity ?? place.severity ?? 'error',
    message: [label, p.code, p.message].filter((x) => x).join(': '),
  }));
}

/** The one line the content check prints per problem: `file:line:col: severity: message`. */
export function formatProblem(p: ContentProblem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
  return `${where}: ${p.severity}: ${p.message}`;
}
