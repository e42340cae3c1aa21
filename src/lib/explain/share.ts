// What goes into a shared explain link (issue 12 item 12, issue 14): the command, with the values
// of flags that usually carry secrets replaced, unless the reader asks to include them.
import type { ParsedLine } from '../command/parse.ts';
import { tokenize } from '../command/tokenize.ts';

/** Flags whose values stay out of links: environment values, passwords, secrets, build args. */
export const SECRET_FLAGS = new Set(['env', 'password', 'secret', 'build-arg']);
export const REDACTED = '***';

/**
 * The line with secret values replaced by `***`: for `-e KEY=VALUE` and `--build-arg KEY=VALUE` the
 * key stays (it says what the command sets), the value goes; other secret flags lose the whole value.
 * `parsed` must be the parse of `line`.
 */
export function redactSecrets(line: string, parsed: ParsedLine): string {
  const edits: Array<[number, number, string]> = [];
  for (const inv of parsed.invocations) {
    for (const f of inv.flags) {
      if (!SECRET_FLAGS.has(f.flag.long) || f.value === '') continue;
      const eq = f.value.indexOf('=');
      const keyed = (f.flag.long === 'env' || f.flag.long === 'build-arg') && eq > 0;
      const raw = line.slice(f.valueStart, f.valueEnd);
      if (keyed) {
        const rawEq = raw.indexOf('=');
        // Quoted or escaped values: replace the whole value word, keeping the key.
        edits.push(rawEq > 0 && raw.slice(0, rawEq) === f.value.slice(0, eq) ? [f.valueStart + rawEq + 1, f.valueEnd, REDACTED] : [f.valueStart, f.valueEnd, `${f.value.slice(0, eq)}=${REDACTED}`]);
      } else if (f.flag.long !== 'env') {
        edits.push([f.valueStart, f.valueEnd, REDACTED]);
      }
    }
  }
  edits.sort((a, b) => b[0] - a[0]);
  let out = line;
  for (const [s, e, t] of edits) out = out.slice(0, s) + t + out.slice(e);
  return out;
}

const SECRET_WORD = /^(?:-e|--env|--password|--secret|--build-arg)$/;
const SECRET_GLUED = /^(?:-e|--env=|--password=|--secret=|--build-arg=)(.+)$/s;

/**
 * The same without a spec (before the command's slice is loaded): every value after a word that
 * names a secret flag, in any command, is replaced whole. Errs on the side of hiding.
 */
export function redactSecretWords(line: string): string {
  const edits: Array<[number, number]> = [];
  for (const cmd of tokenize(line).commands) {
    const w = cmd.words;
    for (let i = 0; i < w.length; i++) {
      const v = w[i]!.value;
      if (SECRET_WORD.test(v) && w[i + 1]) {
        edits.push([w[i + 1]!.start, w[i + 1]!.end]);
        i++;
      } else if (SECRET_GLUED.test(v)) {
        const raw = line.slice(w[i]!.start, w[i]!.end);
        const cut = raw.startsWith('-e') ? 2 : raw.indexOf('=') + 1;
        edits.push([w[i]!.start + cut, w[i]!.end]);
      }
    }
  }
  edits.sort((a, b) => b[0] - a[0]);
  let out = line;
  for (const [s, e] of edits) out = out.slice(0, s) + REDACTED + out.slice(e);
  return out;
}
