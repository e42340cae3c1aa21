/** One command line read from a file of commands, with the 1-based line where it starts. */
export interface CommandLineEntry {
  text: string;
  line: number;
  /** Offset of the command line's first character in the whole text. */
  offset: number;
  /** Offset just past its last character (before the line break); with `\r\n` line ends `end - offset` can exceed `text.length`. */
  end: number;
}

/**
 * Splits a text of command lines as `check-commands` reads it: a line ending in an unescaped `\`
 * joins the next (the `\`-newline stays in the text, where the tokenizer removes it, so spans
 * still point into what was written); blank lines and lines starting with `#` are skipped.
 */
export function readCommandLines(text: string): CommandLineEntry[] {
  const lines = text.split(/\r?\n/);
  // Where each physical line starts, so callers can edit the text by offset, never by searching
  // for the line's text (an earlier line may contain it: `echo "docker run …"`).
  const starts: number[] = [0];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
  const endOf = (i: number) => {
    const next = starts[i + 1];
    if (next === undefined) return text.length;
    return text[next - 2] === '\r' ? next - 2 : next - 1;
  };
  const out: CommandLineEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] as string;
    if (first.trim() === '' || first.trimStart().startsWith('#')) continue;
    const start = i;
    // Test only the last physical line, and join once: testing the growing text each time took
    // quadratic time on 40k continued lines.
    const parts = [first];
    while (endsWithContinuation(lines[i] as string) && i + 1 < lines.length) {
      i++;
      parts.push(lines[i] as string);
    }
    out.push({ text: parts.join('\n'), line: start + 1, offset: starts[start] as number, end: endOf(i) });
  }
  return out;
}

/** The line ends in an odd number of backslashes (an unescaped `\`). */
function endsWithContinuation(line: string): boolean {
  let n = 0;
  for (let j = line.length - 1; j >= 0 && line[j] === '\\'; j--) n++;
  return n % 2 === 1;
}
