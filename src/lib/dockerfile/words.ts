/** Word-level helpers for shell-form arguments: enough of POSIX quoting for our checks. */

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
  let current = '';
  let start = -1;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quote) {
      if (c === quote) quote = null;
      else if (c === escape && quote === '"' && i + 1 < text.length) current += text[++i];
      else current += c;
      continue;
    }
    if (/\s/.test(c)) {
      if (start !== -1) words.push({ value: current, offset: start });
      current = '';
      start = -1;
      continue;
    }
    if (start === -1) start = i;
    if (c === '"' || c === "'") quote = c;
    else if (c === escape && i + 1 < text.length) current += text[++i];
    else current += c;
  }
  if (start !== -1) words.push({ value: current, offset: start });
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

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two neighbours (the
 * "optimal string alignment" distance), so the common `FORM` for `FROM` costs one edit, not two.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The closest candidate within `maxDistance` edits (case-insensitive), or undefined. Words of up
 * to five letters get one edit at most: two edits turn almost any short word into another.
 * (Callers check that the word is not itself valid first: `apk` is one edit from `apt`.)
 */
export function didYouMean(word: string, candidates: readonly string[], maxDistance = 2): string | undefined {
  const limit = word.length <= 5 ? Math.min(1, maxDistance) : maxDistance;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
