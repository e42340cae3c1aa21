// The command-line front end of `dockref check` and of its two aliases (`npm run check-commands`,
// `npm run check-dockerfile`): reads files (names, globs, directories or stdin), runs the checks
// of src/lib/check, and streams the output record by record. Output written into a pipe waits for
// the reader (backpressure); a reader that goes away (`| head -1`) ends the process quietly with
// status 0. The exit status is set, never forced with process.exit, so a pipe gets every byte.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { isLocale, type Locale } from '../lib/i18n/locales.ts';
import { validateCommandLine, type ValidationResult } from '../lib/command/index.ts';
import { judgeForRelease, NEWEST_DOCKER_LINE } from '../lib/releases/gate.ts';
import { commandLines } from '../lib/command/read-command-lines.ts';
import { renderVerdict, escapeForTerminal } from '../lib/command/render-verdict.ts';
import { checkDockerfile, formatDockerfileProblem, hasErrors } from '../lib/dockerfile/check.ts';
import { checkText, failing, fileTypeOf, findingBudget, type CheckRecord, type FileEdit, type FileType } from '../lib/check/run.ts';
import { SarifWriter, githubRecord, jsonRecord, textRecord, type Format } from '../lib/check/format.ts';
import { applyEdits, unifiedDiff } from '../lib/check/fix.ts';
import { msg, say } from '../lib/i18n/messages.ts';
import pkg from '../../package.json';

export const VERSION: string = pkg.version;

/** A bad command line: printed with the usage, exit status 2. */
export class UsageError extends Error {}

/** Where output goes; a stream that applies backpressure and ends quietly on EPIPE. */
export class Output {
  private count = 0;
  constructor(private readonly stream: NodeJS.WriteStream = process.stdout) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      // The reader is gone (`| head -1`): nothing more can be shown, and nothing went wrong.
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(0);
      process.stderr.write(`dockref: cannot write output: ${e.message}\n`);
      process.exit(2);
    });
  }

  /** Writes one piece; waits when the reader is slower, and now and then lets errors arrive. */
  async write(s: string): Promise<void> {
    if (s === '') return;
    const ok = this.stream.write(s);
    if (!ok) await new Promise<void>((r) => this.stream.once('drain', () => r()));
    else if (++this.count % 256 === 0) await new Promise<void>((r) => setImmediate(r));
  }
}

/** The environment's language: the site language LC_ALL, LC_MESSAGES or LANG names (`ko_KR.UTF-8` -> ko), else English. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Locale {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const language = (v.split(/[_.@-]/)[0] ?? '').toLowerCase();
  return isLocale(language) ? language : 'en';
}

/** Relative paths are read from where the command was started (INIT_CWD under npm and npx). */
export function baseDir(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

const GLOB = /[*?[\]{}]/;
const DIRECTORY_PATTERNS = ['**/*.md', '**/*.mdx', '**/*.markdown', '**/Dockerfile', '**/*.Dockerfile', '**/Dockerfile.*', '**/Containerfile', '**/*.sh'];

/** Names, globs and directories to file names, in the order given; stdin stays `-`. */
export function expandInputs(args: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  };
  for (const a of args) {
    if (a === '-') {
      push(a);
      continue;
    }
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(resolve(cwd, a));
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = globSync(DIRECTORY_PATTERNS, { cwd: resolve(cwd, a), ignore: ['**/node_modules/**', '**/.git/**'] }).sort();
      for (const f of found) push(`${a.replace(/\/+$/, '')}/${f}`);
    } else if (stat || !GLOB.test(a)) {
      push(a);
    } else {
      const found = globSync([a], { cwd, ignore: ['**/node_modules/**', '**/.git/**'] }).sort();
      if (found.length === 0) throw new UsageError(`no file matches ${JSON.stringify(a)}`);
      for (const f of found) push(f);
    }
  }
  return out;
}

function readInput(file: string, cwd: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message;
    throw new UsageError(`cannot read ${file === '-' ? 'stdin' : file}: ${why}`);
  }
}

export interface CheckOptions {
  files: string[];
  format: Format;
  lang: Locale;
  strict: boolean;
  fix: boolean;
  /** Read every file as this type instead of going by its name. */
  type: FileType | null;
  /** The Docker release to judge for (MAJOR.MINOR, a line of the release history). */
  release: string;
}

/** Counts for the closing summary. */
interface Tally {
  files: number;
  commands: number;
  dockerfiles: number;
  error: number;
  warning: number;
  info: number;
}

/** `dockref check`: returns the exit status (0 nothing wrong, 1 something is). */
export async function runCheck(opts: CheckOptions, out: Output = new Output(), err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const cwd = baseDir();
  const files = expandInputs(opts.files.length ? opts.files : ['-'], cwd);
  if (opts.fix && files.includes('-')) throw new UsageError('--fix rewrites files, so it needs file names, not stdin');
  // Read every file first: a missing one is a usage error before any verdict is printed.
  const texts = files.map((f) => [f, readInput(f, cwd)] as const);
  const tally: Tally = { files: files.length, commands: 0, dockerfiles: 0, error: 0, warning: 0, info: 0 };
  const sarif = opts.format === 'sarif' ? new SarifWriter(VERSION) : null;
  if (sarif) await out.write(sarif.start());
  let failed = false;
  for (const [file, original] of texts) {
    const type = opts.type ?? (file === '-' ? 'markdown' : fileTypeOf(file));
    let text = original;
    if (opts.fix) {
      const edits: FileEdit[] = [];
      for (const rec of checkText(file, text, type, opts.lang, opts.release)) for (const f of rec.findings) if (f.edits) edits.push(...f.edits);
      if (edits.length) {
        const fixed = applyEdits(text, edits);
        if (fixed !== text) {
          writeFileSync(resolve(cwd, file), fixed);
          const diff = unifiedDiff(file, text, fixed);
          if (opts.format === 'text') await out.write(diff);
          else err.write(diff);
          text = fixed;
        }
      }
    }
    for (const rec of checkText(file, text, type, opts.lang, opts.release)) {
      if (rec.kind === 'command') tally.commands++;
      else tally.dockerfiles++;
      for (const f of rec.findings) tally[f.severity]++;
      if (failing(rec, opts.strict)) failed = true;
      await out.write(format(rec, opts.format, sarif, opts.lang));
    }
  }
  if (sarif) await out.write(sarif.end());
  if (opts.format === 'text') err.write(`${summary(tally, opts.lang)}\n`);
  return failed ? 1 : 0;
}

function format(rec: CheckRecord, f: Format, sarif: SarifWriter | null, lang: Locale): string {
  if (f === 'json') return jsonRecord(rec, lang);
  if (f === 'github') return githubRecord(rec);
  if (f === 'sarif') return (sarif as SarifWriter).record(rec);
  return textRecord(rec);
}

/** `1 command`, `2 commands`: a count with its noun in the right number, in every language. */
const count = (n: number, noun: 'command' | 'dockerfile' | 'file' | 'error' | 'warning' | 'note') => msg(n === 1 ? `cli.count.${noun}.one` : `cli.count.${noun}.other`, { n });

function summary(t: Tally, lang: Locale): string {
  const commands = count(t.commands, 'command');
  const what = t.dockerfiles ? msg('cli.summary.both', { commands, dockerfiles: count(t.dockerfiles, 'dockerfile') }) : commands;
  return say(msg('cli.summary', { what, files: count(t.files, 'file'), errors: count(t.error, 'error'), warnings: count(t.warning, 'warning'), notes: count(t.info, 'note') }), lang);
}

// ---------------------------------------------------------------------------------------------
// The aliases: the same reading and checking, each with its documented output (DESIGN.md).

/**
 * `check-commands`: plain command lines (FILE or stdin), one verdict or JSON object per line,
 * judged for Docker `release` (a line of the release history; default the newest: releases/gate.ts).
 */
export async function runCheckCommands(path: string | null, json: boolean, lang: Locale, out: Output = new Output(), release: string = NEWEST_DOCKER_LINE): Promise<number> {
  const text = readInput(path ?? '-', baseDir());
  let anyInvalid = false;
  // One command at a time: only the text and the verdict being written are held.
  for (const entry of commandLines(text)) {
    let r: ValidationResult;
    try {
      r = judgeForRelease(validateCommandLine(entry.text), release);
    } catch (e) {
      // A bug must not cost the other lines their verdicts: this line is reported unchecked.
      const reason = msg('cli.internalError', { error: (e as Error).message });
      r = { input: entry.text, valid: false, checked: false, reason, command: null, diagnostics: [{ severity: 'error', code: 'internal-error', message: reason, start: 0, end: entry.text.length }], invocations: [], unchecked: [] };
    }
    if (!r.valid) anyInvalid = true;
    r = bounded(r);
    await out.write(`${json ? commandJson(r, lang) : renderVerdict(r, lang, path === null || path === '-' ? null : `${path}:${entry.line}`)}\n`);
  }
  return anyInvalid ? 1 : 0;
}

/**
 * The verdict with its output kept within a small multiple of the line: at most findingBudget()
 * diagnostics (then one `too-many-diagnostics` entry), and whole-line suggestions only while
 * they add up to a few times the line's length.
 */
function bounded(r: ValidationResult): ValidationResult {
  const budget = findingBudget(r.input.length);
  let suggestionChars = 0;
  const limit = Math.max(4096, 4 * r.input.length);
  let changed = false;
  const diagnostics = r.diagnostics.slice(0, budget).map((d) => {
    if (d.suggestion === undefined) return d;
    suggestionChars += d.suggestion.length;
    if (suggestionChars <= limit) return d;
    changed = true;
    const { suggestion: _drop, ...rest } = d;
    return rest;
  });
  if (r.diagnostics.length > budget) {
    const left = r.diagnostics.length - budget;
    const last = r.diagnostics[budget - 1]!;
    const anyError = r.diagnostics.slice(budget).some((d) => d.severity === 'error');
    diagnostics.push({ severity: anyError ? 'error' : 'warning', code: 'too-many-diagnostics', message: msg('cli.moreOnLine', { left }), start: last.start, end: r.input.length });
    changed = true;
  }
  return changed ? { ...r, diagnostics } : r;
}

function commandJson(r: ValidationResult, lang: Locale): string {
  return JSON.stringify({
    input: r.input,
    valid: r.valid,
    checked: r.checked,
    ...(r.reason ? { reason: say(r.reason, lang) } : {}),
    command: r.command,
    diagnostics: r.diagnostics.map((d) => ({ severity: d.severity, code: d.code, message: say(d.message, lang), start: d.start, end: d.end, ...codePoints(r.input, d.start, d.end), ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}), messageKey: d.message.key, params: d.message.params ?? {} })),
  });
}

/** The span as code-point offsets too (`start`/`end` are UTF-16 code units, as JavaScript counts). */
function codePoints(input: string, start: number, end: number): { startCodePoint: number; endCodePoint: number } {
  let s = 0;
  let n = 0;
  for (let i = 0; i < end && i < input.length; i++) {
    if (i === start) s = n;
    const c = input.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && input.charCodeAt(i - 1) >= 0xd800 && input.charCodeAt(i - 1) <= 0xdbff)) n++;
  }
  if (start >= end) s = n;
  return { startCodePoint: s, endCodePoint: n };
}

/** `check-dockerfile`: `file:line:col severity code message` per problem, in English. */
export async function runCheckDockerfile(files: readonly string[], out: Output = new Output()): Promise<number> {
  const cwd = baseDir();
  const texts = files.map((f) => [f, readInput(f, cwd)] as const);
  let failed = false;
  for (const [file, text] of texts) {
    const problems = checkDockerfile(text);
    let chunk = '';
    for (const p of problems.slice(0, findingBudget(text.length))) chunk += `${escapeForTerminal(formatDockerfileProblem(file, p))}\n`;
    if (problems.length > findingBudget(text.length)) chunk += `${file}:${problems[problems.length - 1]!.line}:1 warning too-many-problems ${problems.length - findingBudget(text.length)} more problems are not shown\n`;
    await out.write(chunk);
    if (hasErrors(problems)) failed = true;
  }
  return failed ? 1 : 0;
}
