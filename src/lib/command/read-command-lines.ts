import { continues } from '../shell/continuation.ts';

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
  return [...commandLines(text)];
}

/**
 * The same entries one at a time, in order, without splitting the text into an array of lines:
 * the command-line checker holds only the text and the command it is checking (holding every
 * line and entry of a 1 MB file took more than ten times its size).
 */
export function* commandLines(text: string): Generator<CommandLineEntry> {
  let line = 0;
  for (let at = 0; at <= text.length; ) {
    const start = at;
    const startLine = line + 1;
    // One physical line: [at, stop); `\r\n` ends a line like `\n` (a lone `\r` does not).
    let [stop, next] = lineAt(text, at);
    line++;
    const first = text.slice(start, stop);
    at = next;
    if (first.trim() === '' || first.trimStart().startsWith('#')) continue;
    // Test only the last physical line for a continuation: testing the growing text each time
    // took quadratic time on 40k continued lines. The pieces are the text between line breaks
    // (a `\r\n` inside the command is written as `\n`, as splitting the text on /\r?\n/ did).
    const parts = [first];
    let last = first;
    while (continues(last) && next <= text.length && stop < text.length) {
      [stop, next] = lineAt(text, at);
      line++;
      last = text.slice(at, stop);
      parts.push(last);
      at = next;
    }
    yield { text: parts.length === 1 ? first : parts.join('\n'), line: startLine, offset: start, end: stop };
  }
}

/** The end of the physical line starting at `at` (before its `\r\n` or `\n`) and where the next one starts (past the text's end when this is the last). */
function lineAt(text: string, at: number): [number, number] {
  const nl = text.indexOf('\n', at);
  if (nl < 0) return [text.length, text.length + 1];
  return [text[nl - 1] === '\r' && nl - 1 >= at ? nl - 1 : nl, nl + 1];
}
