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
    let cur = first;
    while (/(^|[^\\])(\\\\)*\\$/.test(cur) && i + 1 < lines.length) {
      i++;
      cur = `${cur}\n${lines[i] as string}`;
    }
    out.push({ text: cur, line: start + 1 });
  }
  return out;
}
