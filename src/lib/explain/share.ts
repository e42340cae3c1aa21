// What goes into a shared explain link: the command, with
// the values of flags that usually carry secrets replaced, unless the reader asks to include them.
// Hiding works on offsets into the text, never by searching for a line's text and never with a
// string replacement pattern: `$&` in a command put the original back, and an earlier line that
// contained a later one (`echo "docker run -e PASS=x"`) took its edit.
import type { ParsedLine } from '../command/parse.ts';
import { readCommandLines } from '../command/read-command-lines.ts';
import { tokenize, type ShellWord } from '../shell/tokenize.ts';
import { editDistance } from '../text/edit-distance.ts';

/** Flags whose values stay out of links: environment values, passwords, secrets, build args. */
export const SECRET_FLAGS = new Set(['env', 'password', 'secret', 'build-arg']);
export const REDACTED = '***';

type Edit = [start: number, end: number, text: string];

/** Applies non-overlapping edits by offset (later edits that overlap an earlier one are dropped). */
function applyEdits(text: string, edits: Edit[]): string {
  edits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: string[] = [];
  let at = 0;
  for (const [s, e, t] of edits) {
    if (s < at) continue;
    out.push(text.slice(at, s), t);
    at = e;
  }
  out.push(text.slice(at));
  return out.join('');
}

/** The edit hiding a `KEY=VALUE` value word: the key stays (it says what is set), the value goes. */
function keyedEdit(line: string, start: number, end: number, value: string): Edit | null {
  const eq = value.indexOf('=');
  if (eq <= 0) return null; // `-e NAME` passes a variable through: no value is written here.
  const raw = line.slice(start, end);
  const rawEq = raw.indexOf('=');
  // Quoted or escaped keys: replace the whole word, keeping the key's value.
  return rawEq > 0 && raw.slice(0, rawEq) === value.slice(0, eq) ? [start + rawEq + 1, end, REDACTED] : [start, end, `${value.slice(0, eq)}=${REDACTED}`];
}

/** Edits hiding the secret values of the invocations the spec resolved (exact, as pflag reads them). */
function specEdits(line: string, parsed: ParsedLine): Edit[] {
  const edits: Edit[] = [];
  for (const inv of parsed.invocations) {
    for (const f of inv.flags) {
      if (!SECRET_FLAGS.has(f.flag.long) || f.value === '') continue;
      if (f.flag.long === 'env' || f.flag.long === 'build-arg') {
        const e = keyedEdit(line, f.valueStart, f.valueEnd, f.value);
        if (e) edits.push(e);
      } else edits.push([f.valueStart, f.valueEnd, REDACTED]);
    }
  }
  return edits;
}

const KEYED_LONG = new Set(['--env', '--build-arg']);
const WHOLE_LONG = new Set(['--password', '--secret']);

/**
 * Edits from the words alone, for a command the spec did not resolve (a typo such as
 * `docker runn`, a missing slice, any other program): every value after `-e`, `--env`,
 * `--password`, `--secret`, `--build-arg` (apart, glued or after `=`), and after `-p` when a word
 * of the command is `login` or a typo of it. Errs on the side of hiding.
 */
function wordEdits(line: string, words: ShellWord[]): Edit[] {
  const edits: Edit[] = [];
  const login = words.some((w) => !w.value.startsWith('-') && w.value.length >= 4 && editDistance(w.value.toLowerCase(), 'login', 2) <= 2);
  const value = (w: ShellWord, keyed: boolean) => {
    if (w.value === '') return;
    if (keyed) {
      const e = keyedEdit(line, w.start, w.end, w.value);
      if (e) edits.push(e);
    } else edits.push([w.start, w.end, REDACTED]);
  };
  /** A value glued to its flag inside one word: `--env=A=1`, `-eA=1`, `-p=x`. */
  const glued = (w: ShellWord, cut: number, keyed: boolean) => {
    const raw = line.slice(w.start, w.end);
    const v = w.value.slice(cut);
    if (v === '') return;
    // The flag part as written must be plain (no quotes inside it) to keep offsets exact.
    if (!raw.startsWith(w.value.slice(0, cut))) {
      edits.push([w.start, w.end, REDACTED]);
      return;
    }
    const start = w.start + cut;
    if (keyed) {
      const e = keyedEdit(line, start, w.end, v);
      if (e) edits.push(e);
    } else edits.push([start, w.end, REDACTED]);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as ShellWord;
    const v = w.value;
    const next = words[i + 1];
    if (v === '--') break;
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = eq < 0 ? v : v.slice(0, eq);
      if (!KEYED_LONG.has(name) && !WHOLE_LONG.has(name)) continue;
      if (eq >= 0) glued(w, eq + 1, KEYED_LONG.has(name));
      else if (next) {
        value(next, KEYED_LONG.has(name));
        i++;
      }
      continue;
    }
    if (!v.startsWith('-') || v.length < 2) continue;
    // A cluster of short flags: the first `e` (or `p` for login) takes the rest of the word, or
    // the next word when it ends the cluster (`-de A=1`).
    let k = 1;
    while (k < v.length && /[A-Za-z]/.test(v[k] as string) && v[k] !== 'e' && !(login && v[k] === 'p')) k++;
    if (k >= v.length || (v[k] !== 'e' && v[k] !== 'p')) continue;
    const keyed = v[k] === 'e';
    const rest = k + 1 < v.length && v[k + 1] === '=' ? k + 2 : k + 1;
    if (rest < v.length) glued(w, rest, keyed);
    else if (next) {
      value(next, keyed);
      i++;
    }
  }
  return edits;
}

/** The insides of the quoted parts of `line[start, end)`: `[from, to)` offsets. */
function quotedParts(line: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = start; i < end; i++) {
    const c = line[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c !== '"' && c !== "'") continue;
    let j = i + 1;
    while (j < end && line[j] !== c) j += c === '"' && line[j] === '\\' ? 2 : 1;
    out.push([i + 1, Math.min(j, end)]);
    i = j;
  }
  return out;
}

/**
 * The edits hiding secret values in one command line. `parsed` (the parse of `line` with the
 * command's spec loaded) gives exact flag values for the invocations it resolved; every other
 * command of the line is read word by word.
 */
function lineEdits(line: string, parsed: ParsedLine | null, nested = false): Edit[] {
  const edits = parsed ? specEdits(line, parsed) : [];
  // Resolved and parsed without an error: pflag's reading is exact. After an unknown flag
  // (`docker create -de A=1`: create has no -d) it is not, so the words are read as well.
  const resolved = new Set((parsed?.invocations ?? []).filter((inv) => (inv.kind === 'command' || inv.kind === 'help') && inv.parseErrors === 0).map((inv) => `${inv.start}:${inv.end}`));
  for (const cmd of tokenize(line).commands) {
    if (!resolved.has(`${cmd.start}:${cmd.end}`)) edits.push(...wordEdits(line, cmd.words));
    if (nested) continue;
    // A command inside one quoted word (`sh -c 'docker run -e PASS=x'`, `echo "docker run …"`):
    // read once more by its words, one level deep.
    for (const w of cmd.words) {
      if (!w.quoted) continue;
      for (const [from, to] of quotedParts(line, w.start, w.end)) {
        const inner = line.slice(from, to);
        if (!/\s/.test(inner)) continue;
        for (const [s, e, t] of lineEdits(inner, null, true)) edits.push([from + s, from + e, t]);
      }
    }
  }
  return edits;
}

/**
 * The text for a shared link with every secret value hidden: each command line (`\`-continued
 * lines joined, as the page checks them) by `parse` when it can (return null when the command's
 * spec is not loaded), else by its words; comment lines by their words too.
 */
export function shareCommandText(text: string, parse: (line: string) => ParsedLine | null = () => null): string {
  const edits: Edit[] = [];
  const covered: Array<[number, number]> = [];
  for (const entry of readCommandLines(text)) {
    const line = text.slice(entry.offset, entry.end);
    let parsed: ParsedLine | null = null;
    try {
      parsed = line === entry.text ? parse(line) : null;
    } catch {
      parsed = null;
    }
    for (const [s, e, t] of lineEdits(line, parsed)) edits.push([entry.offset + s, entry.offset + e, t]);
    covered.push([entry.offset, entry.end]);
  }
  // Lines the reader skips (comments): a `# docker run -e PASS=x` keeps no secret either.
  let c = 0;
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    while (c < covered.length && (covered[c] as [number, number])[1] < start) c++;
    const inEntry = c < covered.length && (covered[c] as [number, number])[0] <= start && start <= (covered[c] as [number, number])[1];
    if (!inEntry && end > start) {
      const hash = text.indexOf('#', start);
      if (hash >= 0 && hash < end) {
        const body = ' '.repeat(hash - start + 1) + text.slice(hash + 1, end);
        for (const [s, e, t] of lineEdits(body, null)) edits.push([start + s, start + e, t]);
      }
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return applyEdits(text, edits);
}

/**
 * One command line with secret values replaced by `***`: for `-e KEY=VALUE` and `--build-arg
 * KEY=VALUE` the key stays (it says what the command sets), the value goes; other secret flags lose
 * the whole value. `parsed` must be the parse of `line`.
 */
export function redactSecrets(line: string, parsed: ParsedLine): string {
  return applyEdits(line, lineEdits(line, parsed));
}

/** The same without a spec (before the command's slice is loaded): every command read by its words. */
export function redactSecretWords(line: string): string {
  return applyEdits(line, lineEdits(line, null));
}

const SECRET_WORDS = new Set(['-e', '--env', '--password', '--secret', '--build-arg', '-p']);

/**
 * Before the validator has loaded (nothing is known, not even the tokenizer): on each physical
 * line, everything after the first word that is or starts a secret flag is hidden. Over-hides, and
 * never leaks.
 */
export function hideAfterSecretFlags(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let kept: string | null = null;
    let i = 0;
    while (i < line.length && kept === null) {
      while (i < line.length && /\s/.test(line[i] as string)) i++;
      let j = i;
      while (j < line.length && !/\s/.test(line[j] as string)) j++;
      const word = line.slice(i, j).replace(/^["']+/, '');
      const eq = word.indexOf('=');
      const name = eq < 0 ? word : word.slice(0, eq);
      const cluster = /^-[A-Za-z]*?[ep]/.exec(word);
      if (SECRET_WORDS.has(name)) kept = `${line.slice(0, i)}${name}`;
      else if (cluster && !word.startsWith('--')) kept = `${line.slice(0, i)}${cluster[0]}`;
      i = j;
    }
    out.push(kept === null ? line : `${kept} ${REDACTED}`);
  }
  return out.join('\n');
}
