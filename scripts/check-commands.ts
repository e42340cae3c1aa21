// npm run --silent check-commands -- [--json] [--lang ko|en] [FILE]
// Checks docker command lines with the project's validator (src/lib/command/) and prints one
// verdict per command (DESIGN.md, "Contracts"). Reads FILE, or stdin without one; a trailing `\`
// joins a line to the next; blank lines and `#` comment lines are skipped. Messages are in Korean
// unless `--lang en`: Korean is the project's default locale (DESIGN.md, "Locales").
// Exit status: 0 every command valid, 1 any invalid, 2 bad usage.
import { readFileSync } from 'node:fs';
import { validateCommandLine, type ValidationResult } from '../src/lib/command/index.ts';
import { readCommandLines } from '../src/lib/command/read-command-lines.ts';
import { renderVerdict } from '../src/lib/command/render-verdict.ts';

const USAGE = 'usage: npm run --silent check-commands -- [--json] [--lang ko|en] [FILE]';

function bad(msg: string): never {
  process.stderr.write(`check-commands: ${msg}\n${USAGE}\n`);
  process.exit(2);
}

let json = false;
let lang: 'ko' | 'en' = 'ko';
let file: string | null = null;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i] as string;
  if (a === '--json') json = true;
  else if (a === '--lang' || a.startsWith('--lang=')) {
    const v = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
    if (v !== 'ko' && v !== 'en') bad(`--lang needs ko or en, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`);
    lang = v;
  } else if (a === '-h' || a === '--help') {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  } else if (a === '-') {
    if (file !== null) bad('only one FILE may be given');
    file = '-';
  } else if (a.startsWith('-')) bad(`unknown option ${JSON.stringify(a)}`);
  else {
    if (file !== null) bad('only one FILE may be given');
    file = a;
  }
}

let text: string;
try {
  text = file === null || file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
} catch (e) {
  bad(`cannot read ${file ?? 'stdin'}: ${(e as Error).message}`);
}

let anyInvalid = false;
const out: string[] = [];
for (const entry of readCommandLines(text)) {
  const r: ValidationResult = validateCommandLine(entry.text);
  if (!r.valid) anyInvalid = true;
  if (json) {
    out.push(
      JSON.stringify({
        input: r.input,
        valid: r.valid,
        command: r.command,
        diagnostics: r.diagnostics.map((d) => ({ severity: d.severity, code: d.code, message: d.message[lang], start: d.start, end: d.end, ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}) })),
      }),
    );
  } else {
    out.push(renderVerdict(r, lang, file === null || file === '-' ? null : `${file}:${entry.line}`));
  }
}
process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
process.exit(anyInvalid ? 1 : 0);
