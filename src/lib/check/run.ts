// `dockref check`'s core, without any I/O: one file's text in, one record per command (or
// Dockerfile) checked out, each finding placed at its file line and column. The same validator
// (src/lib/command) and Dockerfile checker (src/lib/dockerfile) the site uses.
import type { Locale } from '../i18n/locales.ts';
import { mapMessageText, msg, say, type Message } from '../i18n/messages.ts';
import { validateCommandLine, type Diagnostic, type ValidationResult } from '../command/index.ts';
import { judgeForRelease, NEWEST_DOCKER_LINE } from '../releases/gate.ts';
import { checkDockerfile } from '../dockerfile/check.ts';
import { continues } from '../shell/continuation.ts';
import { markdownBlocks, wholeFile, type CodeBlock } from './markdown.ts';
import { blockCommands, positionOf, type BlockCommand } from './shell-lines.ts';
import { findPlaceholders, fillPlaceholders, type Span } from './placeholders.ts';

export type FileType = 'markdown' | 'shell' | 'dockerfile' | 'lines';
export type Severity = 'error' | 'warning' | 'info';

/** One text replacement in a file: `[line, column)` to the same line's `column + length`. */
export interface FileEdit {
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 code units). */
  column: number;
  length: number;
  text: string;
}

export interface Finding {
  severity: Severity;
  code: string;
  /** The words, in the language asked for. */
  message: string;
  /** The same message as data, where the checker gives it so: its key in content/messages and its values. */
  text?: Message;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The corrected command or instruction, for people (may be shortened around the change). */
  fix?: string;
  /** The fix as file edits, when it is the one sure fix (`--fix` applies these). */
  edits?: FileEdit[];
  /** For a command: the span as offsets into its `input`, and the whole corrected line (check-commands' fields). */
  start?: number;
  end?: number;
  suggestion?: string;
}

export interface CommandRecord {
  kind: 'command';
  file: string;
  line: number;
  column: number;
  /** The validator's verdict; its `input` is the command as written (placeholders included). */
  result: ValidationResult;
  findings: Finding[];
}

export interface DockerfileRecord {
  kind: 'dockerfile';
  file: string;
  line: number;
  column: number;
  /** The Dockerfile text checked (a block's body, or the whole file). */
  text: string;
  findings: Finding[];
}

export type CheckRecord = CommandRecord | DockerfileRecord;

/** The codes whose fix is the only one (a typo, a pasted dash, a doubled word): `--fix` applies them. */
export const SURE_FIXES = new Set(['unknown-flag', 'unknown-command', 'unknown-program', 'typographic-dash', 'repeated-command-word', 'unicode-look-alike', 'invisible-character']);

/** Findings shown per command at most: a few, or one per 100 characters of the command (output stays within a small multiple of the input). */
export function findingBudget(inputLength: number): number {
  return Math.max(20, Math.ceil(inputLength / 100));
}

/** `docker` as a command word (not in `check-dockerfile` or a comment): such a line is ours to read. */
const NAMES_DOCKER = /(?:^|[\s;&|(`])docker(?:\s|$)/;
const COMMENT = /(?:^|\s)#.*$/gm;

/** The longest corrected command shown whole; longer ones are shown around the change. */
const FIX_WINDOW = 80;

const DOCKERFILE_NAME = /(?:^|[\\/])(?:Dockerfile|Containerfile)(?:\.[^\\/]*)?$|\.(?:Dockerfile|Containerfile)$/i;

/** The file type by name: Markdown and MDX, shell scripts, Dockerfiles; anything else is read as Markdown. */
export function fileTypeOf(path: string): FileType {
  if (DOCKERFILE_NAME.test(path)) return 'dockerfile';
  if (/\.(?:sh|bash|zsh)$/i.test(path)) return 'shell';
  return 'markdown';
}

/** The corrected text around the first edit: the line with this fix only, joined, shortened. */
function fixText(input: string, edits: Array<[number, number, string]>): string {
  const sorted = edits.slice().sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  let firstAt = -1;
  let outLen = 0;
  for (const [s, e, t] of sorted) {
    if (s < at) continue;
    const before = input.slice(at, s);
    parts.push(before, t);
    if (firstAt < 0) firstAt = outLen + before.length;
    outLen += before.length + t.length;
    at = e;
  }
  parts.push(input.slice(at));
  let fixed = parts.join('');
  if (fixed.length > 2 * FIX_WINDOW + 40) {
    const from = Math.max(0, firstAt - FIX_WINDOW);
    const to = Math.min(fixed.length, firstAt + FIX_WINDOW);
    fixed = `${from > 0 ? '…' : ''}${fixed.slice(from, to)}${to < fixed.length ? '…' : ''}`;
  }
  return oneLine(fixed);
}

/** The command on one line, continuations joined, as a person would copy it (no regex: linear). */
function oneLine(text: string): string {
  const lines = text.split('\n');
  let out = '';
  let continued = false;
  for (let line of lines) {
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (continued) line = line.trimStart();
    continued = continues(line);
    if (continued) line = line.slice(0, -1).trimEnd();
    out += out === '' ? line : ` ${line}`;
  }
  return out.trim();
}

/** The file edits for a diagnostic's fix; none when an edit crosses a line break. */
function fileEdits(cmd: BlockCommand, edits: Array<[number, number, string]>): FileEdit[] | undefined {
  const out: FileEdit[] = [];
  for (const [s, e, t] of edits) {
    if (cmd.text.slice(s, e).includes('\n') || t.includes('\n')) return undefined;
    const p = positionOf(cmd, s);
    out.push({ line: p.line, column: p.column, length: e - s, text: t });
  }
  return out;
}

function overlaps(d: { start: number; end: number }, spans: readonly Span[]): boolean {
  return spans.some((s) => d.start < s.end && s.start < Math.max(d.end, d.start + 1));
}

/**
 * Checks one command of a block, judged for Docker `release` (a line of the release history:
 * flags and commands that release's reference does not list get a diagnostic); null when it has
 * no docker command in it (Markdown and scripts skip those).
 */
export function checkCommand(file: string, cmd: BlockCommand, lang: Locale, keepOthers: boolean, release: string = NEWEST_DOCKER_LINE): CommandRecord | null {
  const written = cmd.text;
  const placeholders = findPlaceholders(written);
  let result = judgeForRelease(validateCommandLine(placeholders.length ? fillPlaceholders(written, placeholders) : written), release);
  if (!result.checked && !keepOthers) {
    // A line with no docker invocation (`cd app`, `ls`) is not ours to judge; one that names
    // docker but could not be read (`time docker ps`) is listed as not checked.
    if (result.diagnostics.length === 1 && result.diagnostics[0]!.code === 'not-docker' && !NAMES_DOCKER.test(written.replace(COMMENT, ''))) return null;
  }
  if (placeholders.length) {
    // Messages quote words of the line: show the placeholder as written, not its stand-in.
    // One stand-in per length (at most a few dozen), longest first so `xxxx` is not read as two `xx`.
    const byFiller = new Map<string, string>();
    for (const s of placeholders) if (!byFiller.has('x'.repeat(s.end - s.start))) byFiller.set('x'.repeat(s.end - s.start), written.slice(s.start, s.end));
    const fillers = [...byFiller].sort((a, b) => b[0].length - a[0].length);
    const restore = (t: string) => fillers.reduce((acc, [filler, word]) => acc.split(filler).join(word), t);
    const kept = result.diagnostics.filter((d) => !overlaps(d, placeholders)).map((d) => ({ ...d, message: mapMessageText(d.message, restore) }));
    result = { ...result, input: written, diagnostics: kept, valid: result.checked && !kept.some((d) => d.severity === 'error') };
    delete result.fixed;
  }
  const findings: Finding[] = [];
  const at = (offset: number) => positionOf(cmd, offset);
  const shown = findingBudget(written.length);
  let left = 0;
  for (const s of placeholders) {
    if (findings.length >= shown) {
      left++;
      continue;
    }
    const p = at(s.start);
    const e = at(s.end);
    const word = written.slice(s.start, s.end);
    findings.push({
      start: s.start,
      end: s.end,
      severity: 'info',
      code: 'placeholder',
      message: say(msg('check.placeholder', { word }), lang),
      text: msg('check.placeholder', { word }),
      line: p.line,
      column: p.column,
      endLine: e.line,
      endColumn: e.column,
    });
  }
  // Whole-line suggestions only while they add up to a few times the command's length.
  let suggestionChars = 0;
  const suggestionBudget = Math.max(4096, 4 * written.length);
  for (const d of result.diagnostics) {
    if (findings.length >= shown) {
      left++;
      continue;
    }
    const f = commandFinding(cmd, d, lang, at);
    if (f.suggestion !== undefined && (suggestionChars += f.suggestion.length) > suggestionBudget) delete f.suggestion;
    findings.push(f);
  }
  if (left > 0) {
    const p = at(written.length);
    findings.push({ severity: 'info', code: 'more-problems', message: say(msg('check.moreInCommand', { left }), lang), text: msg('check.moreInCommand', { left }), line: p.line, column: p.column, endLine: p.line, endColumn: p.column });
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  const first = cmd.segments[0]!;
  return { kind: 'command', file, line: first.line, column: first.column + 1, result, findings };
}

function commandFinding(cmd: BlockCommand, d: Diagnostic, lang: Locale, at: (o: number) => { line: number; column: number }): Finding {
  const p = at(d.start);
  const e = at(Math.max(d.start, d.end));
  // A line that names docker but could not be read as a docker command is reported, not failed.
  const notChecked = d.code === 'not-docker';
  const f: Finding = { start: d.start, end: d.end, ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}), severity: notChecked ? 'info' : d.severity, code: notChecked ? 'not-checked' : d.code, message: say(d.message, lang), text: d.message, line: p.line, column: p.column, endLine: e.line, endColumn: e.column };
  if (d.edits && d.edits.length) {
    f.fix = fixText(cmd.text, d.edits);
    if (SURE_FIXES.has(d.code)) {
      const edits = fileEdits(cmd, d.edits);
      if (edits) f.edits = edits;
    }
  }
  return f;
}

/** Checks a Dockerfile block or file; line and column place the block's first line in the file. */
export function checkDockerfileBlock(file: string, block: CodeBlock, lang: Locale, fragment: boolean): DockerfileRecord {
  const text = block.lines.map((l) => l.text).join('\n');
  return dockerfileRecord(file, text, lang, fragment, (line) => block.lines[line - 1], block.lines[block.lines.length - 1]);
}

/**
 * A whole Dockerfile, read as `wholeFile` would split it (`\r\n`, `\r` and `\n` end a line; a last
 * line break ends the last line) but without an object per line: its lines are the file's own,
 * so positions need no mapping. A 1 MB file of short lines took more than 10 MB as line objects.
 */
export function checkDockerfileFile(file: string, original: string, lang: Locale): DockerfileRecord {
  let text = original.replace(/\r\n?/g, '\n');
  if (text.endsWith('\n')) text = text.slice(0, -1);
  let lines = 1;
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) lines++;
  return dockerfileRecord(file, text, lang, false, (line) => (line >= 1 && line <= lines ? { text: '', line, column: 0 } : undefined), { text: '', line: lines, column: 0 });
}

function dockerfileRecord(file: string, text: string, lang: Locale, fragment: boolean, lineAt: (line: number) => CodeBlock['lines'][number] | undefined, last: CodeBlock['lines'][number] | undefined): DockerfileRecord {
  const findings: Finding[] = [];
  const problems = checkDockerfile(text, { fragment });
  const budget = findingBudget(text.length);
  const first = lineAt(1);
  for (const p of problems.slice(0, budget)) {
    const src = lineAt(p.line);
    const line = src ? src.line : (first?.line ?? 1) + p.line - 1;
    const column = p.column + (src ? src.column : 0);
    findings.push({ severity: p.severity, code: p.code, message: say(p.text, lang), text: p.text, line, column, endLine: line, endColumn: column, ...(p.suggestion !== undefined && !p.message.includes(p.suggestion) ? { fix: p.suggestion } : {}) });
  }
  if (problems.length > budget) {
    findings.push({ severity: 'info', code: 'more-problems', message: say(msg('check.more', { left: problems.length - budget }), lang), text: msg('check.more', { left: problems.length - budget }), line: last?.line ?? 1, column: 1, endLine: last?.line ?? 1, endColumn: 1 });
  }
  return { kind: 'dockerfile', file, line: first?.line ?? 1, column: (first?.column ?? 0) + 1, text, findings };
}

/**
 * Every record of one file, in order. A generator: the caller writes each record before the next
 * is made, so output never piles up in memory.
 */
export function* checkText(file: string, text: string, type: FileType, lang: Locale, release: string = NEWEST_DOCKER_LINE): Generator<CheckRecord> {
  if (type === 'dockerfile') {
    yield checkDockerfileFile(file, text, lang);
    return;
  }
  const blocks = type === 'markdown' ? markdownBlocks(text, /\.mdx$/i.test(file)) : [wholeFile(text, 'shell')];
  for (const block of blocks) {
    if (block.kind === 'dockerfile') {
      if (block.lines.some((l) => l.text.trim() !== '')) yield checkDockerfileBlock(file, block, lang, true);
      continue;
    }
    for (const cmd of blockCommands(block.lines, block.kind)) {
      const r = checkCommand(file, cmd, lang, false, release);
      if (r) yield r;
    }
  }
}

/** Whether a record counts against the exit status: an error, or with `strict` a warning. */
export function failing(rec: CheckRecord, strict: boolean): boolean {
  return rec.findings.some((f) => f.severity === 'error' || (strict && f.severity === 'warning'));
}
