// The check half of the validator: checks one command line the way the docker
// CLI would. parse.ts reads the line (shell words, cobra's command walk, pflag's flags); this file
// checks what it read: each flag's value, the argument count and the CLI's client-side checks.
// Beyond the CLI it warns about what only the daemon would reject (enumerated values) and about
// typographic dashes pasted from notes.
import type { CliSpec } from '../cli-spec/schema.ts';
import type { CliFacts } from './cli-facts.ts';
import { buildCommandIndex, type CommandNode, type FlagInfo } from './command-index.ts';
import type { Diagnostic } from './diagnostic.ts';
import { msg, type Message } from '../i18n/messages.ts';
import { enumWarning, type ValidatorData } from './enum-warnings.ts';
import { clip, messages } from './messages.ts';
import { runClientChecks } from './client-checks.ts';
import { runMeaningChecks } from './meaning-checks.ts';
import { closest } from './closest.ts';
import { parseCommandLine, removal, type ParsedInvocation } from './parse.ts';
import { joinContinuations } from '../shell/continuation.ts';
import type { ShellWord } from '../shell/tokenize.ts';
import { checkFlagValue, checkTypedValue } from './value-checks.ts';
import type { ParsedFlag, ValidationResult, ValidatorContext } from './invocation.ts';

export type { Invocation, ParsedFlag, ValidationResult, ValidatorContext } from './invocation.ts';
export { charName } from './parse.ts';

export function createValidatorContext(spec: CliSpec, facts: CliFacts, data: ValidatorData): ValidatorContext {
  return { index: buildCommandIndex(spec, facts), data };
}

/** Dashes pasted from word processors and chat apps: figure/en/em dash, bar, minus, hyphens, full-width. */
const DASHES = /^[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]+/;
/** Em and en dashes and the bar usually stand for `--` (autocorrect turns `--` into them). */
const LONG_DASHES = /^[\u2013\u2014\u2015]$/;

/** Input limits: longer lines and more diagnostics are cut with a clear message. */
export const MAX_LINE_LENGTH = 65_536;
export const MAX_DIAGNOSTICS = 1_000;
/** Per-diagnostic `suggestion`s are whole corrected lines: only this many per line. */
const MAX_SUGGESTIONS = 100;
/**
 * And only while their characters add up to this much (the first one is always kept): a 65k-character
 * line with 100 invisible characters carried 100 copies of itself, 6.5 MB of output. The
 * result's `fixed` still holds every fix applied at once.
 */
const MAX_SUGGESTION_CHARS = 16_384;
const PROMPT = /^[ \t]*(?:\$|#)[ \t]+/;

class Collector {
  diagnostics: Diagnostic[] = [];
  /** Every fix's edits, for the one corrected line. */
  edits: Array<[number, number, string]> = [];
  dropped = 0;
  private suggestions = 0;
  private suggestionChars = 0;
  constructor(private readonly line: string) {}
  add(severity: 'error' | 'warning', code: string, message: Message, start: number, end: number, fix?: Array<[number, number, string]>): void {
    if (this.diagnostics.length >= MAX_DIAGNOSTICS) {
      this.dropped++;
      if (severity === 'error') this.droppedError = true;
      return;
    }
    // The message stays data (its key and values); its text, cut to MAX_MESSAGE, is made where it is shown (i18n/messages.ts `say`).
    const d: Diagnostic = { severity, code, message, start, end };
    if (fix) {
      if (this.suggestions < MAX_SUGGESTIONS && (this.suggestionChars === 0 || this.suggestionChars + this.line.length <= MAX_SUGGESTION_CHARS)) {
        this.suggestions++;
        d.suggestion = applyFix(this.line, fix);
        this.suggestionChars += Math.max(1, d.suggestion.length);
      }
      if (fix.length > 0) d.edits = fix;
      for (const e of fix) this.edits.push(e);
    }
    this.diagnostics.push(d);
  }
  droppedError = false;
  /** The line with every fix applied; overlapping edits keep the first. */
  fixed(): string | undefined {
    if (this.edits.length === 0) return undefined;
    const sorted = this.edits.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const kept: Array<[number, number, string]> = [];
    let end = -1;
    for (const e of sorted) {
      if (e[0] < end || (e[0] === end && e[1] === e[0] && kept.length > 0 && kept[kept.length - 1]![0] === e[0])) continue;
      kept.push(e);
      end = Math.max(end, e[1]);
    }
    return applyFix(this.line, kept);
  }
}

/** Replaces spans of `line` (sorted or not) with new text; the result is the corrected line. */
function applyFix(line: string, edits: Array<[number, number, string]>): string {
  // Built in one pass (edits sorted by start): replacing slice by slice was quadratic.
  const parts: string[] = [];
  let at = 0;
  for (const [s, e, text] of edits.slice().sort((a, b) => a[0] - b[0])) {
    if (s < at) continue;
    parts.push(line.slice(at, s), text);
    at = e;
  }
  parts.push(line.slice(at));
  // One line: continuations joined (the one display rule), the prompt (and a leading byte order mark) dropped.
  return joinContinuations(parts.join('')).replace(/^\ufeff/, '').replace(PROMPT, '').trim();
}

function usageOf(node: CommandNode): string {
  return node.spec?.usage.map((u) => u.text).join(' | ') ?? 'docker';
}

/** Validates one line; see the file comment. */
export function validateLine(ctx: ValidatorContext, input: string, limits: { maxLength?: number } = {}): ValidationResult {
  // `maxLength` is raised only by the scaling tests (tests/robust), to time the checks themselves.
  const maxLength = limits.maxLength ?? MAX_LINE_LENGTH;
  if (input.length > maxLength) {
    const reason = messages.lineTooLong(input.length, maxLength);
    return { input, valid: false, checked: false, reason, command: null, diagnostics: [{ severity: 'error', code: 'line-too-long', message: reason, start: maxLength, end: input.length }], invocations: [], unchecked: [] };
  }
  const col = new Collector(input);
  const parsed = parseCommandLine(ctx, input, col.add.bind(col));
  for (const inv of parsed.invocations) checkInvocation(ctx, parsed.line, inv, col);
  const { invocations } = parsed;
  const unchecked = parsed.unchecked.map(({ start, end, text }) => ({ start, end, text }));
  const checked = invocations.length > 0;
  let reason: Message | undefined;
  if (!checked) {
    const dynamic = parsed.unchecked.find((u) => u.dynamic !== undefined);
    // A shell variable naming the command is "cannot know": not checked, and not an error.
    reason = dynamic ? messages.cannotKnow(dynamic.dynamic as string) : messages.notDocker();
    col.add('warning', dynamic ? 'cannot-know' : 'not-docker', reason, dynamic ? dynamic.start : 0, dynamic ? dynamic.end : input.length);
  }
  const diagnostics = col.diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  if (col.dropped > 0) {
    const last = diagnostics[diagnostics.length - 1] as Diagnostic;
    diagnostics.push({ severity: col.droppedError ? 'error' : 'warning', code: 'too-many-diagnostics', message: messages.tooManyDiagnostics(col.dropped, MAX_DIAGNOSTICS), start: last.start, end: input.length });
  }
  const valid = checked && !diagnostics.some((d) => d.severity === 'error');
  const first = invocations[0];
  const fixed = col.fixed();
  return {
    input,
    valid,
    checked,
    ...(reason ? { reason } : {}),
    ...(fixed !== undefined ? { fixed } : {}),
    command: first ? first.command : null,
    diagnostics,
    invocations,
    unchecked,
  };
}

/**
 * The value check for one occurrence of a flag. `afterParse`: the checks the command's own code
 * runs once flags are parsed, on the last value only (measured: `checkedLastValue`).
 */
function checkValue(ctx: ValidatorContext, node: CommandNode, flag: FlagInfo, value: string, afterParse: boolean): Message | null {
  const late = node.facts?.checkedLastValue?.includes(flag.long) ?? false;
  if (late !== afterParse) return null;
  if (flag.valueType && !afterParse) {
    const typed = flag.long === 'memory-swap' && value === '-1' ? null : checkTypedValue(flag.valueType, value);
    if (typed) return typed;
  }
  // `--format` templates are parsed before the daemon is asked (measured on ps, inspect, version).
  if (flag.long === 'format' && !afterParse) {
    const tpl = checkFlagValue('template', value);
    if (tpl) return tpl;
  }
  const kind = node.facts?.checkedValues?.[flag.long] ?? ctx.data.rootCheckedValues[node.canonical === '' ? flag.long : ''];
  if (!kind) return null;
  // A `strings` flag (pflag's StringSlice: `image rm --platform linux/amd64,linux/ppc64le`) holds a
  // comma-separated list, and the command checks each entry (measured on docker 28.2.2).
  if (flag.valueType === 'strings' && (kind === 'platform' || kind === 'platform-spec') && value.includes(',')) {
    for (const part of value.split(',')) {
      const bad = checkFlagValue(kind, part === '' ? ' ' : part);
      if (bad) return bad;
    }
    return null;
  }
  return checkFlagValue(kind, value);
}

/** The command's own checks of its last-value flags (run after the argument count is known good). */
function lateValueChecks(ctx: ValidatorContext, node: CommandNode, flags: ParsedFlag[], col: Collector): void {
  // A plain flag keeps its last value; a list flag (`-p`, `--expose`) keeps them all.
  const LIST = /^(list|strings|stringArray|stringSlice)$/;
  const seen = new Map<string, ParsedFlag>();
  const checked: ParsedFlag[] = [];
  for (const f of flags) {
    if (f.valueWord.dynamic) continue;
    if (f.flag.valueType && LIST.test(f.flag.valueType)) checked.push(f);
    else seen.set(f.flag.long, f);
  }
  for (const f of [...checked, ...seen.values()]) {
    const bad = checkValue(ctx, node, f.flag, f.value, true);
    const code = node.facts?.checkedValues?.[f.flag.long] === 'port' ? 'invalid-port' : 'invalid-value';
    if (bad) col.add('error', code, messages.invalidValue(f.written, f.value, bad), f.valueStart, f.valueEnd);
  }
}

/**
 * The checks of one parsed invocation: each flag's value, the argument count, the command's own
 * client-side checks and the warnings (enumerated values, typographic dashes). Mirrors what the
 * CLI runs after parsing: nothing past a parse error but the value checks pflag runs as it goes.
 */
function checkInvocation(ctx: ValidatorContext, line: string, p: ParsedInvocation, col: Collector): void {
  if (p.kind === 'unknown-program') return;
  let valueErrors = 0;
  for (const f of p.flags) if (checkParsedValue(ctx, f, col)) valueErrors++;
  // The log level is checked when the CLI starts, whatever the command turns out to be.
  rootChecks(ctx, p.globalFlags, col);
  if (p.kind === 'help' || p.kind === 'unknown-command') return;
  const node = p.node as CommandNode;
  if (p.kind === 'group') {
    checkDashes(line, p.args, node, col);
    rootChecks(ctx, p.ownFlags, col);
    return;
  }
  if (p.help) return;
  // A command that runs on its own and also has children (`buildx history inspect [REF]` and
  // `... inspect attachment`): a first argument that is nearly a child's name is likely a typo.
  const firstArg = p.args[0];
  if (firstArg && node.children.size > 0 && !node.children.has(firstArg.value)) {
    const hint = closest(firstArg.value, [...node.children.keys()]);
    if (hint) col.add('warning', 'possible-command-typo', messages.possibleCommandTypo(p.typed, firstArg.value, `${p.typed} ${hint}`), firstArg.start, firstArg.end, [[firstArg.start, firstArg.end, hint]]);
  }
  checkDashes(line, p.args, node, col);
  if (p.parseErrors + valueErrors === 0) {
    const arityOk = checkArity(line, node, p.typed, p.args, p.pathWords, col);
    if (arityOk) {
      lateValueChecks(ctx, node, p.ownFlags, col);
      runClientChecks(ctx, line, p, col.add.bind(col));
      runMeaningChecks(line, p, col.add.bind(col));
    }
  }
  for (const f of p.flags) {
    if (f.flag.legacyOnly) col.add('warning', 'legacy-builder-flag', messages.legacyBuilderFlag(f.written), f.word.start, f.word.end);
    const w = enumWarning(ctx.data, node.canonical, f.flag.long, f.value);
    if (w) col.add('warning', w.code, w.message, f.valueStart, f.valueEnd, w.fixed !== null ? [[f.valueStart, f.valueEnd, w.fixed]] : undefined);
  }
}

/** The value check pflag runs as it parses (booleans are checked by the parse); true on an error. */
function checkParsedValue(ctx: ValidatorContext, f: ParsedFlag, col: Collector): boolean {
  const { flag, level: node } = f;
  if (flag.noValue && flag.valueType === null) return false;
  // A value that is only known when the shell runs (`$PORT`, `$(...)`) cannot be checked.
  if (f.valueWord.dynamic) return false;
  const bad = f.value === '' && node.facts?.emptyRejected?.includes(flag.long) ? msg('command.empty-value-not-allowed') : checkValue(ctx, node, flag, f.value, false);
  if (!bad) return false;
  const code = node.facts?.checkedValues?.[flag.long] === 'port' ? 'invalid-port' : 'invalid-value';
  col.add('error', code, messages.invalidValue(f.written, f.value, bad), f.valueStart, f.valueEnd);
  return true;
}

/** Root options checked when the CLI starts (`--log-level`). */
function rootChecks(ctx: ValidatorContext, flags: ParsedFlag[], col: Collector): void {
  for (const f of flags) {
    if (f.flag.long === 'log-level' && !ctx.data.logLevels.includes(f.value.toLowerCase())) {
      col.add('error', 'invalid-value', messages.invalidValue(f.written, f.value, msg('command.expected-one', { logLevels: ctx.data.logLevels.join(', ') })), f.valueStart, f.valueEnd);
    }
  }
}

function checkDashes(line: string, args: ShellWord[], node: CommandNode, col: Collector): void {
  for (const w of args) {
    const m = DASHES.exec(w.value);
    if (!m) continue;
    const after = w.value.slice(m[0].length);
    const name = after.includes('=') ? after.slice(0, after.indexOf('=')) : after;
    const tail = w.value.slice(m[0].length);
    // `−it` stays one dash, `−−rm` and `—rm` become two: the dashes' count, then what they
    // usually stand for, then which form names real options.
    const shortOk = name.length >= 1 && [...name].every((c) => node.flagsByShort.has(c));
    const longOk = name.length > 1 && node.flagsByLong.has(name);
    const two = m[0].length >= 2 ? true : longOk && !shortOk ? true : shortOk && !longOk ? false : LONG_DASHES.test(m[0]) && name.length > 1;
    const dash = two ? '--' : '-';
    const fixed = `${dash}${tail}`;
    const known = two ? longOk : shortOk;
    const raw = line.slice(w.start, w.end);
    const fixedRaw = raw.replace(DASHES, dash);
    col.add('warning', 'typographic-dash', messages.typographicDash(w.value, fixed), w.start, w.end, known ? [[w.start, w.end, fixedRaw]] : undefined);
  }
}

function checkArity(line: string, node: CommandNode, typed: string, args: ShellWord[], pathWords: ShellWord[], col: Collector): boolean {
  const usage = usageOf(node);
  const facts = node.facts;
  const forms = node.spec?.usage ?? [];
  const min = facts ? facts.minArgs : Math.min(...forms.map((f) => f.minArgs));
  const max = facts ? facts.maxArgs : forms.some((f) => f.maxArgs === null) ? null : Math.max(...forms.map((f) => f.maxArgs ?? 0));
  const n = args.length;
  if (n >= min && (max === null || n <= max)) return true;
  const lastWord = pathWords[pathWords.length - 1]?.value;
  if (max !== null && n > max) {
    const extra = args[max] as ShellWord;
    const span: [number, number] = [extra.start, (args[n - 1] as ShellWord).end];
    // `docker container cp cp a b`: the command word typed twice.
    const dup = args.find((a) => a.value === lastWord);
    if (dup) {
      col.add('error', 'repeated-command-word', messages.repeatedCommandWord(dup.value), dup.start, dup.end, [removal(line, dup)]);
      return false;
    }
    // `docker network ls -q driver=bridge`: a filter written as an argument.
    const filterFlag = node.flagsByLong.get('filter');
    const kv = args.find((a) => /^[a-z][a-z-]*=/.test(a.value));
    if (filterFlag && kv) {
      const flagText = filterFlag.short ? `-${filterFlag.short}` : '--filter';
      col.add('error', 'filter-as-argument', messages.filterNotArg(kv.value), kv.start, kv.end, [[kv.start, kv.start, `${flagText} `]]);
      return false;
    }
    const msg = max === 0 ? messages.noArgs(typed, usage) : min === max ? messages.exactArgs(typed, max, n, usage) : messages.tooManyArgs(typed, max, n, usage);
    col.add('error', max === 0 ? 'accepts-no-args' : 'too-many-args', msg, span[0], span[1]);
    return false;
  }
  // Underline the command words: the missing arguments belong right after what was typed.
  const firstWord = pathWords[0];
  const endWord = args.length > 0 ? (args[args.length - 1] as ShellWord) : pathWords[pathWords.length - 1];
  const msg = min === max ? messages.exactArgs(typed, min, n, usage) : messages.tooFewArgs(typed, min, n, usage);
  col.add('error', 'missing-args', msg, firstWord?.start ?? 0, endWord?.end ?? line.length);
  return false;
}
