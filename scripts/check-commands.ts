// npm run --silent check-commands -- [--json] [--lang ko|en] [--] [FILE]
// Checks docker command lines with the project's validator (src/lib/command/) and prints one
// verdict per command (DESIGN.md, "Contracts"). Reads FILE, or stdin without one; a trailing `\`
// joins a line to the next; blank lines and `#` comment lines are skipped. Messages are in Korean
// unless `--lang en`: Korean is the project's default locale (DESIGN.md, "Locales").
// A relative FILE is read from the directory the command was started in (INIT_CWD under npm).
// Exit status: 0 every command valid, 1 any invalid or not checked, 2 bad usage.
// Never `process.exit` after writing: into a pipe that cut the output at 64 KiB (issue 12).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateCommandLine, type ValidationResult } from '../src/lib/command/index.ts';
import { readCommandLines } from '../src/lib/command/read-command-lines.ts';
import { renderVerdict } from '../src/lib/command/render-verdict.ts';

const USAGE = 'usage: npm run --silent check-commands -- [--json] [--lang ko|en] [--] [FILE]';

class UsageError extends Error {}

function main(argv: string[]): number {
  let json = false;
  let lang: 'ko' | 'en' = 'ko';
  let file: string | null = null;
  let options = true;
  const setFile = (a: string) => {
    if (file !== null) throw new UsageError('only one FILE may be given');
    file = a;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!options || a === '-' || !a.startsWith('-')) setFile(a);
    else if (a === '--') options = false;
    else if (a === '--json') json = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
      if (v !== 'ko' && v !== 'en') throw new UsageError(`--lang needs ko or en, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`);
      lang = v;
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else throw new UsageError(`unknown option ${JSON.stringify(a)}`);
  }
  const path: string | null = file;
  let text: string;
  try {
    text = path === null || path === '-' ? readFileSync(0, 'utf8') : readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), path), 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path ?? 'stdin'}: ${(e as Error).message}`);
  }
  let anyInvalid = false;
  let chunk: string[] = [];
  for (const entry of readCommandLines(text)) {
    let r: ValidationResult;
    try {
      r = validateCommandLine(entry.text);
    } catch (e) {
      // A bug must not cost the other lines their verdicts: this line is reported unchecked.
      const reason = { en: `internal error, not checked: ${(e as Error).message}`, ko: `내부 오류로 검사하지 못했습니다: ${(e as Error).message}` };
      r = { input: entry.text, valid: false, checked: false, reason, command: null, diagnostics: [{ severity: 'error', code: 'internal-error', message: reason, start: 0, end: entry.text.length }], invocations: [], unchecked: [] };
    }
    if (!r.valid) anyInvalid = true;
    if (json) {
      chunk.push(
        JSON.stringify({
          input: r.input,
          valid: r.valid,
          checked: r.checked,
          ...(r.reason ? { reason: r.reason[lang] } : {}),
          command: r.command,
          diagnostics: r.diagnostics.map((d) => ({ severity: d.severity, code: d.code, message: d.message[lang], start: d.start, end: d.end, ...codePoints(r.input, d.start, d.end), ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}) })),
        }),
      );
    } else {
      chunk.push(renderVerdict(r, lang, path === null || path === '-' ? null : `${path}:${entry.line}`));
    }
    if (chunk.length >= 256) {
      process.stdout.write(`${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  if (chunk.length) process.stdout.write(`${chunk.join('\n')}\n`);
  return anyInvalid ? 1 : 0;
}

/** The span as code-point offsets too (`start`/`end` are UTF-16 code units, as JavaScript counts). */
function codePoints(input: string, start: number, end: number): { startCodePoint: number; endCodePoint: number } {
  const count = (to: number) => {
    let n = 0;
    for (let i = 0; i < to; i++) {
      const c = input.charCodeAt(i);
      if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && input.charCodeAt(i - 1) >= 0xd800 && input.charCodeAt(i - 1) <= 0xdbff)) n++;
    }
    return n;
  };
  const s = count(start);
  return { startCodePoint: s, endCodePoint: s + count(end) - count(start) };
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`check-commands: ${e.message}\n${USAGE}\n`);
  process.exitCode = 2;
}
