/** One command line read from a file of commands, with the 1-based line where it starts. */
export interface CommandLineEntry {
  text: string;
  line: number;
}

/**
 * Splits a text of command lines as `check-commands` reads it: a line ending in an unescaped `\`
 * joins the next (the `\`-newline stays in the text, where the tokenizer removes it, so spans
 * still point into what was written); blank lines and lines starting with `#` are skipped.
 */
export function readCommandLines(text: string): CommandLineEntry[] {
  const lines = text.split(/\r?\n/);
  const out: CommandLineEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] as string;
    if (first.trim() === '' || first.trimStart().startsWith('#')) continue;
    const start = i;
    // Test only the last physical line, and join once: testing the growing text each time took
    // quadratic time on 40k continued lines (issue 12).
    const parts = [first];
    while (endsWithContinuation(lines[i] as string) && i + 1 < lines.length) {
      i++;
      parts.push(lines[i] as string);
    }
    out.push({ text: parts.join('\n'), line: start + 1 });
  }
  return out;
}

/** The line ends in an odd number of backslashes (an unescaped `\`). */
function endsWithContinuation(line: string): boolean {
  let n = 0;
  for (let j = line.length - 1; j >= 0 && line[j] === '\\'; j--) n++;
  return n % 2 === 1;
}
