/** Word-level helpers for shell-form arguments: enough of POSIX quoting for our checks. */
import { closestWord } from '../text/closest.ts';
import { editDistance } from '../text/edit-distance.ts';

export interface Word {
  value: string;
  /** Offset of the word's first character in the text it came from. */
  offset: number;
}

/**
 * Splits text into words the way a shell would for plain commands: whitespace separates words,
 * single and double quotes group, the escape character protects the next character. Expansions
 * (`$VAR`) are kept as written.
 */
export function shellWords(text: string, escape = '\\'): Word[] {
  const words: Word[] = [];
  // A word is built from slices of the text between quotes and escapes, joined once: adding one
  // character at a time made a chain of a million one-character strings for a 1 MB word (45 MB).
  let parts: string[] = [];
  let run = -1;
  const endRun = (end: number) => {
    if (run !== -1 && end > run) parts.push(text.slice(run, end));
    run = -1;
    if (parts.length > 1024) parts = [parts.join('')];
  };
  let start = -1;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quote) {
      if (c === quote) {
        endRun(i);
        quote = null;
      } else if (c === escape && quote === '"' && i + 1 < text.length) {
        endRun(i);
        parts.push(text[++i] as string);
      } else if (run === -1) run = i;
      continue;
    }
    if (/\s/.test(c)) {
      endRun(i);
      if (start !== -1) words.push({ value: parts.join(''), offset: start });
      parts = [];
      start = -1;
      continue;
    }
    if (start === -1) start = i;
    if (c === '"' || c === "'") {
      endRun(i);
      quote = c;
    } else if (c === escape && i + 1 < text.length) {
      endRun(i);
      parts.push(text[++i] as string);
    } else if (run === -1) run = i;
  }
  endRun(text.length);
  if (start !== -1) words.push({ value: parts.join(''), offset: start });
  return words;
}

/**
 * Splits a shell command line into simple commands at `&&`, `||`, `;`, `|` and newlines that are
 * outside quotes. Each part keeps its offset so problems point into the original text.
 */
export function splitCommands(text: string): Word[] {
  const parts: Word[] = [];
  let quote: string | null = null;
  let begin = 0;
  const push = (end: number) => {
    const raw = text.slice(begin, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== '') parts.push({ value: raw.trim(), offset: begin + lead });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (c === '\\') {
      i++;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === '&&' || two === '||') {
      push(i);
      begin = i + 2;
      i++;
    } else if (c === ';' || c === '|' || c === '\n') {
      push(i);
      begin = i + 1;
    }
  }
  push(text.length);
  return parts;
}

/** The shared helper (src/lib/text/edit-distance.ts), re-exported for the Dockerfile rules' callers. */
export { editDistance };

/**
 * The closest candidate within `maxDistance` edits (case-insensitive), or undefined: the one
 * did-you-mean rule (src/lib/text/closest.ts) with the Dockerfile's settings. Words of up to five
 * letters get one edit at most. (Callers check that the word is not itself valid first: `apk` is
 * one edit from `apt`.)
 */
export function didYouMean(word: string, candidates: readonly string[], maxDistance = 2): string | undefined {
  return closestWord(word, candidates, { shortWord: 5, maxDistance, ignoreCase: true });
}
