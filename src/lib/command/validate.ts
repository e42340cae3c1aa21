// Checks one command line the way the docker CLI would: shell words (tokenize.ts), then cobra's
// walk through global options and command words (with every alias), then pflag's flag parsing,
// the argument count and the client-side value checks. Beyond the CLI it warns about what only
// the daemon would reject (enumerated values) and about typographic dashes pasted from notes.
import type { CliSpec } from '../cli-spec/schema.ts';
import { closest } from './closest.ts';
import type { CliFacts } from './cli-facts.ts';
import { buildCommandIndex, type CommandIndex, type CommandNode, type FlagInfo } from './command-index.ts';
import type { Diagnostic, LocalizedText } from './diagnostic.ts';
import { enumWarning, type ValidatorData } from './enum-warnings.ts';
import { goBoolValue, isGoBool } from './go-values.ts';
import { clip, messages } from './messages.ts';
import { runClientChecks } from './client-checks.ts';
import { runMeaningChecks } from './meaning-checks.ts';
import { tokenize, type ShellWord } from './tokenize.ts';
import { checkFlagValue, checkTypedValue } from './value-checks.ts';
import type { Invocation, ParsedFlag, ValidationResult, ValidatorContext } from './invocation.ts';

export type { Invocation, ParsedFlag, ValidationResult, ValidatorContext } from './invocation.ts';

export function createValidatorContext(spec: CliSpec, facts: CliFacts, data: ValidatorData): ValidatorContext {
  return { index: buildCommandIndex(spec, facts), data };
}

const PROMPT = /^[ \t]*(?:\$|#)[ \t]+/;
const ENV_ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** sudo's options that take a value; the rest are switches. */
const SUDO_VALUE = new Set(['-u', '-g', '-h', '-p', '-C', '-U', '-r', '-t', '-D', '-R', '-T']);
/** Dashes pasted from word processors and chat apps: figure/en/em dash, bar, minus, hyphens, full-width. */
const DASHES = /^[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]+/;
/** Em and en dashes and the bar usually stand for `--` (autocorrect turns `--` into them). */
const LONG_DASHES = /^[\u2013\u2014\u2015]$/;

/** Input limits (issue 12): longer lines and more diagnostics are cut with a clear message. */
export const MAX_LINE_LENGTH = 65_536;
export const MAX_DIAGNOSTICS = 1_000;
/** Per-diagnostic `suggestion`s are whole corrected lines: only this many per line. */
const MAX_SUGGESTIONS = 100;
/** The longest message text (echoed values are cut first, messages.ts `clip`). */
const MAX_MESSAGE = 600;

/** Spaces the shell does not split on, and full-width ASCII forms (CJK input methods). */
const WIDE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\uff01-\uff5e]/;
const WIDE_G = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\uff01-\uff5e]/g;
/** Invisible and bidirectional-control characters: they hide or reorder what is shown. */
const INVISIBLE_G = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const CHAR_NAMES: Record<string, string> = {
  '\u00a0': 'no-break space', '\u3000': 'ideographic (full-width) space', '\u202f': 'narrow no-break space', '\u2007': 'figure space',
  '\ufeff': 'byte order mark', '\u200b': 'zero-width space', '\u200c': 'zero-width non-joiner', '\u200d': 'zero-width joiner',
  '\u200e': 'left-to-right mark', '\u200f': 'right-to-left mark', '\u202a': 'left-to-right embedding', '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting', '\u202d': 'left-to-right override', '\u202e': 'right-to-left override', '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate', '\u2068': 'first strong isolate', '\u2069': 'pop directional isolate', '\u2060': 'word joiner', '\u00ad': 'soft hyphen',
};

/** `U+00A0 (no-break space)`. */
export function charName(ch: string): string {
  const cp = (ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
  const name = CHAR_NAMES[ch] ?? (ch >= '\uff01' && ch <= '\uff5e' ? `full-width ${String.fromCharCode(ch.charCodeAt(0) - 0xfee0)}` : /\s/.test(ch) ? 'Unicode space' : '');
  return `U+${cp}${name ? ` (${name})` : ''}`;
}

/** Full-width forms to ASCII, Unicode spaces to a space. */
function narrow(s: string): string {
  return s.replace(WIDE_G, (c) => (c >= '\uff01' && c <= '\uff5e' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : ' '));
}

class Collector {
  diagnostics: Diagnostic[] = [];
  /** Every fix's edits, for the one corrected line. */
  edits: Array<[number, number, string]> = [];
  dropped = 0;
  private suggestions = 0;
  constructor(private readonly line: string) {}
  add(severity: 'error' | 'warning', code: string, message: LocalizedText, start: number, end: number, fix?: Array<[number, number, string]>): void {
    if (this.diagnostics.length >= MAX_DIAGNOSTICS) {
      this.dropped++;
      if (severity === 'error') this.droppedError = true;
      return;
    }
    // A last guard on echoed text (value checks quote fields of the value): messages stay short.
    const short = message.en.length > MAX_MESSAGE || message.ko.length > MAX_MESSAGE ? { en: clip(message.en, MAX_MESSAGE), ko: clip(message.ko, MAX_MESSAGE) } : message;
    const d: Diagnostic = { severity, code, message: short, start, end };
    if (fix) {
      if (this.suggestions++ < MAX_SUGGESTIONS) d.suggestion = applyFix(this.line, fix);
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
  // One line: continuations joined, the prompt (and a leading byte order mark) dropped.
  return parts.join('').replace(/\\\r?\n[ \t]*/g, ' ').replace(/^\ufeff/, '').replace(PROMPT, '').trim();
}

/** Span to delete a word and the blank after it. */
function removal(line: string, w: ShellWord): [number, number, string] {
  let e = w.end;
  while (e < line.length && (line[e] === ' ' || line[e] === '\t')) e++;
  return [w.start, e, ''];
}

function usageOf(node: CommandNode): string {
  return node.spec?.usage.map((u) => u.text).join(' | ') ?? 'docker';
}

function typedPath(words: ShellWord[]): string {
  return ['docker', ...words.map((w) => w.value)].join(' ');
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
  // A byte order mark before the command (a file saved by Notepad): named, and read as a blank.
  const bom = input.startsWith('\ufeff') ? 1 : 0;
  const promptLen = bom + (PROMPT.exec(input.slice(bom))?.[0].length ?? 0);
  // Blank out the prompt rather than cut it, so every span stays an offset into `input`.
  const line = ' '.repeat(promptLen) + input.slice(promptLen);
  for (const m of input.matchAll(INVISIBLE_G)) {
    const at = m.index;
    col.add('warning', 'invisible-character', messages.invisibleCharacter(charName(m[0])), at, at + 1, [[at, at + 1, '']]);
  }
  const tok = tokenize(line);
  for (const e of tok.errors) {
    const message = e.code === 'unbalanced-quote' ? messages.unbalancedQuote(e.opener) : e.code === 'unbalanced-substitution' ? messages.unbalancedSubstitution(e.opener) : e.code === 'nested-too-deep' ? messages.nestedTooDeep() : messages.shellSyntax(e.opener);
    col.add('error', e.code, message, e.start, e.end);
  }
  // Spaces the shell does not split on and full-width letters, outside quotes: named, with the fix.
  for (const cmd of tok.commands) {
    for (const w of cmd.words) {
      if (w.quoted || !WIDE.test(w.value)) continue;
      const raw = line.slice(w.start, w.end);
      const ch = (WIDE.exec(raw) as RegExpExecArray)[0];
      col.add('error', 'unicode-look-alike', messages.lookAlike(raw, charName(ch), narrow(raw)), w.start, w.end, [[w.start, w.end, narrow(raw)]]);
    }
  }
  const invocations: Invocation[] = [];
  const unchecked: ValidationResult['unchecked'] = [];
  for (const cmd of tok.commands) {
    let words = cmd.words;
    let i = 0;
    while (i < words.length && !words[i]!.quoted && ENV_ASSIGN.test(words[i]!.value)) i++;
    if (words[i]?.value === 'sudo') {
      i++;
      while (i < words.length && words[i]!.value.startsWith('-')) i += SUDO_VALUE.has(words[i]!.value) ? 2 : 1;
      while (i < words.length && !words[i]!.quoted && ENV_ASSIGN.test(words[i]!.value)) i++;
    }
    words = words.slice(i);
    const program = words[0];
    if (!program) continue;
    const base = program.value.replace(/^.*\//, '');
    if (base !== 'docker') {
      if (!program.quoted && closest(base, ['docker']) === 'docker' && base.length >= 5) {
        col.add('error', 'unknown-program', messages.unknownProgram(program.value), program.start, program.end, [[program.start, program.end, 'docker']]);
        invocations.push({ command: null, node: null, typed: program.value, flags: [], args: [], start: cmd.start, end: cmd.end });
      } else {
        unchecked.push({ start: cmd.start, end: cmd.end, text: line.slice(cmd.start, cmd.end) });
      }
      continue;
    }
    invocations.push(checkInvocation(ctx, line, words, col, cmd.start, cmd.end));
  }
  const checked = invocations.length > 0;
  let reason: LocalizedText | undefined;
  if (!checked) {
    reason = messages.notDocker();
    col.add('warning', 'not-docker', reason, 0, input.length);
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

interface FlagParse {
  flags: ParsedFlag[];
  args: ShellWord[];
  errors: number;
  help: boolean;
}

/**
 * pflag's parse of `words` against `node`'s flags. `stopAtArg`: stop at the first positional
 * (cobra's Traverse for the levels above the command; `interspersed: false` commands).
 */
/**
 * A plugin's own flags given after its subcommand (`docker compose up -f x.yaml`): cobra rejects
 * them there (compose's `-f`, `-p`, `--profile` ... are flags of `docker compose`, not persistent).
 * `moveTo(plugin)` is the offset where the flag belongs: the start of the word after the plugin's.
 */
export type MisplacedFlagTarget = (plugin: CommandNode) => number | null;

/** The plugin command above `node` that has this flag, when the flag is not `node`'s own. */
function pluginFlagOwner(ctx: ValidatorContext, node: CommandNode, long: string | null, short: string | null): { owner: CommandNode; flag: FlagInfo } | null {
  const path = node.canonical.split(' ');
  if (path.length < 2 || node.spec?.source?.kind === 'help' || !node.spec?.source) return null;
  for (let n = path.length - 1; n >= 1; n--) {
    const owner = ctx.index.byCanonical.get(path.slice(0, n).join(' '));
    const flag = owner && (long !== null ? owner.flagsByLong.get(long) : owner.flagsByShort.get(short ?? ''));
    if (owner && flag && !flag.hidden) return { owner, flag };
  }
  return null;
}

function misplacedFlag(ctx: ValidatorContext, line: string, node: CommandNode, cmdName: string, w: ShellWord, written: string, hit: { owner: CommandNode; flag: FlagInfo }, valueWord: ShellWord | null, moveTo: MisplacedFlagTarget | undefined, col: Collector): void {
  const where = moveTo?.(hit.owner) ?? null;
  const sub = node.canonical.split(' ').slice(hit.owner.canonical.split(' ').length).join(' ');
  const owner = `docker ${hit.owner.canonical}`;
  const msg: LocalizedText = {
    ko: `${'`'}${cmdName}${'`'} 에는 ${'`'}${written}${'`'} 옵션이 없습니다. ${'`'}${written}${'`'} 는 ${'`'}${owner}${'`'} 의 옵션이라 ${'`'}${sub}${'`'} 보다 앞에 씁니다.`,
    en: `${'`'}${cmdName}${'`'} has no ${'`'}${written}${'`'} option: ${'`'}${written}${'`'} is an option of ${'`'}${owner}${'`'}, so it goes before ${'`'}${sub}${'`'}.`,
  };
  let fix: Array<[number, number, string]> | undefined;
  if (where !== null) {
    const lastWord = valueWord ?? w;
    const moved = line.slice(w.start, lastWord.end);
    fix = [removal(line, lastWord), [where, where, `${moved} `]];
    if (valueWord && valueWord !== w) fix.push([w.start, valueWord.start, '']);
  }
  col.add('error', 'unknown-flag', msg, w.start, w.end, fix);
  void ctx;
}

function parseFlags(ctx: ValidatorContext, line: string, node: CommandNode, words: ShellWord[], col: Collector, interspersed: boolean, moveTo?: MisplacedFlagTarget): FlagParse {
  const flags: ParsedFlag[] = [];
  const args: ShellWord[] = [];
  let errors = 0;
  let help = false;
  const cmdName = node.canonical ? `docker ${node.canonical}` : 'docker';
  const record = (flag: FlagInfo, written: string, value: string, word: ShellWord, valueWord: ShellWord, vs: number, ve: number) => {
    flags.push({ flag, written, value, word, valueWord, valueStart: vs, valueEnd: ve });
    if (flag.long === 'help' && isGoBool(value) && goBoolValue(value)) help = true;
    if (flag.noValue && flag.valueType === null) {
      if (!isGoBool(value)) {
        errors++;
        col.add('error', 'invalid-value', messages.invalidValue(written, value, { en: 'expected true or false.', ko: 'true 또는 false 여야 합니다.' }), vs, ve);
      }
      return;
    }
    // A value that is only known when the shell runs (`$PORT`, `$(...)`) cannot be checked.
    if (valueWord.dynamic) return;
    const bad = value === '' && node.facts?.emptyRejected?.includes(flag.long) ? { en: 'an empty value is not allowed.', ko: '빈 값은 허용되지 않습니다.' } : checkValue(ctx, node, flag, value, false);
    if (bad) {
      errors++;
      const code = node.facts?.checkedValues?.[flag.long] === 'port' ? 'invalid-port' : 'invalid-value';
      col.add('error', code, messages.invalidValue(written, value, bad), vs, ve);
    }
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as ShellWord;
    const a = w.value;
    if (a === '--') {
      // A loop, not push(...): a spread of 150k words overflows the call stack (issue 12).
      for (let j = k + 1; j < words.length; j++) args.push(words[j] as ShellWord);
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      if (!interspersed) {
        for (let j = k; j < words.length; j++) args.push(words[j] as ShellWord);
        break;
      }
      args.push(w);
      continue;
    }
    const raw = line.slice(w.start, w.end);
    // Offset of text position p within the word's value, when the source has no quoting.
    // Compared once per word: comparing per character made a 100k `-iiii…` cluster quadratic.
    const plain = raw === a;
    const at = (p: number) => (plain ? w.start + p : w.start);
    const atEnd = (p: number) => (plain ? w.start + p : w.end);
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const flag = node.flagsByLong.get(name);
      if (!flag) {
        errors++;
        const hit = pluginFlagOwner(ctx, node, name, null);
        if (hit) {
          misplacedFlag(ctx, line, node, cmdName, w, `--${name}`, hit, eq < 0 && !hit.flag.noValue ? words[k + 1] ?? null : null, moveTo, col);
          if (eq < 0 && !hit.flag.noValue) k++;
          continue;
        }
        unknownLong(ctx, line, node, cmdName, w, name, eq < 0 ? null : a.slice(eq + 1), words[k + 1], col);
        continue;
      }
      if (eq >= 0) {
        record(flag, `--${name}`, a.slice(eq + 1), w, w, at(eq + 1), atEnd(a.length));
      } else if (flag.noValue) {
        record(flag, `--${name}`, 'true', w, w, w.start, w.end);
      } else if (k + 1 < words.length) {
        const v = words[++k] as ShellWord;
        record(flag, `--${name}`, v.value, w, v, v.start, v.end);
      } else {
        errors++;
        col.add('error', 'flag-needs-value', messages.flagNeedsValue(`--${name}`, flag.valueType ?? 'value'), w.start, w.end);
      }
      continue;
    }
    // A cluster of shorthands: `-itd`, `-p8080:80`, `-dp 80:80`.
    let rest = a.slice(1);
    let pos = 1;
    while (rest.length > 0) {
      const c = rest[0] as string;
      const flag = node.flagsByShort.get(c);
      if (!flag) {
        errors++;
        const hit = a.length === 2 ? pluginFlagOwner(ctx, node, null, c) : null;
        if (hit) {
          misplacedFlag(ctx, line, node, cmdName, w, a, hit, hit.flag.noValue ? null : words[k + 1] ?? null, moveTo, col);
          if (!hit.flag.noValue) k++;
          break;
        }
        unknownShort(ctx, line, node, cmdName, w, c, at(pos), col, words[k + 1]);
        break;
      }
      if (rest.length > 2 && rest[1] === '=') {
        record(flag, `-${c}`, rest.slice(2), w, w, at(pos + 2), atEnd(a.length));
        break;
      }
      if (rest.length === 2 && rest[1] === '=') {
        record(flag, `-${c}`, '', w, w, atEnd(a.length), atEnd(a.length));
        break;
      }
      if (flag.noValue) {
        record(flag, `-${c}`, 'true', w, w, at(pos), atEnd(pos + 1));
        rest = rest.slice(1);
        pos++;
        continue;
      }
      if (rest.length > 1) {
        record(flag, `-${c}`, rest.slice(1), w, w, at(pos + 1), atEnd(a.length));
        break;
      }
      if (k + 1 < words.length) {
        const v = words[++k] as ShellWord;
        record(flag, `-${c}`, v.value, w, v, v.start, v.end);
      } else {
        errors++;
        const [s0, e0] = a.length === 2 ? [w.start, w.end] : [at(pos), atEnd(pos + 1)];
        col.add('error', 'flag-needs-value', messages.flagNeedsValue(`-${c}`, flag.valueType ?? 'value'), s0, e0);
      }
      break;
    }
  }
  return { flags, args, errors, help };
}

/**
 * The value check for one occurrence of a flag. `afterParse`: the checks the command's own code
 * runs once flags are parsed, on the last value only (measured: `checkedLastValue`).
 */
function checkValue(ctx: ValidatorContext, node: CommandNode, flag: FlagInfo, value: string, afterParse: boolean): LocalizedText | null {
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
  return kind ? checkFlagValue(kind, value) : null;
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

function unknownLong(ctx: ValidatorContext, line: string, node: CommandNode, cmdName: string, w: ShellWord, name: string, glued: string | null, next: ShellWord | undefined, col: Collector): void {
  const longs = [...node.flagsByLong.values()].filter((f) => !f.hidden && !f.deprecated).map((f) => f.long);
  // `--restart-always`: a valued flag and its value joined by `-` instead of `=`.
  for (const l of longs) {
    const f = node.flagsByLong.get(l) as FlagInfo;
    if (!f.noValue && name.startsWith(`${l}-`) && name.length > l.length + 1) {
      const fixed = `--${l}=${name.slice(l.length + 1)}${glued !== null ? `=${glued}` : ''}`;
      col.add('error', 'unknown-flag', messages.unknownFlag(cmdName, `--${name}`, fixed), w.start, w.end, [[w.start, w.end, fixed]]);
      return;
    }
  }
  const hint = closest(name, longs);
  const fixed = hint ? `--${hint}${glued !== null ? `=${glued}` : ''}` : null;
  col.add('error', 'unknown-flag', messages.unknownFlag(cmdName, `--${name}`, fixed), w.start, w.end, fixed ? [[w.start, w.end, fixed]] : undefined);
  void ctx;
  void line;
  void next;
}

function unknownShort(ctx: ValidatorContext, line: string, node: CommandNode, cmdName: string, w: ShellWord, c: string, at: number, col: Collector, next: ShellWord | undefined): void {
  const confusion = ctx.data.flagConfusions[node.canonical]?.[c];
  if (confusion) {
    const meant = node.flagsByShort.get(confusion.short) ?? node.flagsByLong.get(confusion.short);
    if (meant) {
      const fixedWord = w.value === `-${c}` ? `-${confusion.short}` : null;
      col.add('error', 'unknown-flag', messages.flagConfusion(cmdName, `-${c}`, `-${meant.short} (--${meant.long})`, confusion.why), at, at + 1, fixedWord ? [[w.start, w.end, fixedWord]] : undefined);
      return;
    }
  }
  const shorts = [...node.flagsByShort.values()].filter((f) => !f.hidden).map((f) => `-${f.short} (--${f.long})`);
  const msg: LocalizedText = {
    en: `${messages.unknownFlag(cmdName, `-${c}`, null).en} One-letter options: ${shorts.join(', ') || 'none'}.`,
    ko: `${messages.unknownFlag(cmdName, `-${c}`, null).ko} 한 글자 옵션: ${shorts.join(', ') || '없음'}.`,
  };
  // `-monut`-style: a long name written with one dash.
  const asLong = w.value.slice(1);
  const longHit = w.value.length > 2 && !w.value.startsWith('--') ? node.flagsByLong.get(asLong) ?? node.flagsByLong.get(closest(asLong, node.flagsByLong.keys()) ?? '') : undefined;
  if (longHit && w.value.indexOf(c) === 1) {
    col.add('error', 'unknown-flag', messages.unknownFlag(cmdName, w.value, `--${longHit.long}`), w.start, w.end, [[w.start, w.end, `--${longHit.long}`]]);
    return;
  }
  col.add('error', 'unknown-flag', msg, at, at + 1);
  void line;
  void next;
}

function checkInvocation(ctx: ValidatorContext, line: string, words: ShellWord[], col: Collector, start: number, end: number): Invocation {
  const idx = ctx.index;
  let node = idx.root;
  let k = 1;
  const pathWords: ShellWord[] = [];
  const allFlags: ParsedFlag[] = [];
  let flagErrors = 0;
  let help = false;
  // The CLI parses its global options itself before cobra sees the command (docker/cli
  // HandleGlobalFlags, pflag with interspersing off): they end at the first non-option word.
  const globals = parseFlags(ctx, line, node, words.slice(1), col, false);
  flagErrors += globals.errors;
  for (const f of globals.flags) allFlags.push(f);
  k = globals.args[0] ? words.indexOf(globals.args[0]) : words.length;
  // The log level is checked when the CLI starts, whatever the command turns out to be.
  rootChecks(ctx, globals.flags, col);
  let levelStart = k;
  // cobra's Traverse: at each level above the command, flags belong to that level; the first
  // word that names a child moves down, any other word ends the walk.
  for (;;) {
    levelStart = k;
    let inFlag = false;
    while (k < words.length) {
      const a = (words[k] as ShellWord).value;
      if (inFlag) {
        inFlag = false;
        k++;
        continue;
      }
      if (a.startsWith('--') && !a.includes('=')) {
        const f = node.flagsByLong.get(a.slice(2));
        inFlag = !(f?.noValue ?? false);
        if (a === '--') break;
        k++;
        continue;
      }
      if (a.startsWith('-') && a.length === 2 && !a.includes('=')) {
        const f = node.flagsByShort.get(a.slice(1));
        inFlag = !(f?.noValue ?? false);
        k++;
        continue;
      }
      if (a.startsWith('-') && a.length > 1) {
        k++;
        continue;
      }
      break;
    }
    const word = words[k];
    const child = word && node.children.size > 0 ? node.children.get(word.value) : undefined;
    if (!child) {
      // No deeper command: this level parses everything from where it started.
      k = levelStart;
      break;
    }
    const parsed = parseFlags(ctx, line, node, words.slice(levelStart, k), col, true);
    flagErrors += parsed.errors;
    help ||= parsed.help;
    for (const f of parsed.flags) allFlags.push(f);
    pathWords.push(word as ShellWord);
    node = child;
    k++;
  }
  const typed = typedPath(pathWords);
  const rest = words.slice(k);
  const isLeaf = node.spec !== null && !node.spec.isGroup;
  if (!isLeaf) {
    // Root or a group: flags parse against this level, then the first positional word is an
    // unknown command (cobra reports it only when nothing failed before).
    const parsed = parseFlags(ctx, line, node, rest, col, true);
    flagErrors += parsed.errors;
    for (const f of parsed.flags) allFlags.push(f);
    const unknown = parsed.args[0];
    // `docker help [COMMAND...]`: cobra's help command, which knows every command path.
    if (unknown?.value === 'help' && node === idx.root) {
      let h = idx.root;
      for (const w of parsed.args.slice(1)) {
        const next = h.children.get(w.value);
        if (!next) {
          col.add('error', 'unknown-command', messages.unknownCommand(`docker help${h === idx.root ? '' : ` ${h.canonical}`}`, w.value, null), w.start, w.end);
          return { command: null, node: null, typed, flags: allFlags, args: parsed.args, start, end };
        }
        h = next;
      }
      return { command: h.canonical, node: h, typed: 'docker help', flags: allFlags, args: parsed.args, start, end };
    }
    // The root's --version (`docker sysem df -v`) prints the version instead of the error.
    const version = node === idx.root && allFlags.some((f) => f.flag.long === 'version' && f.value !== 'false');
    if (unknown && !parsed.help && !help && !version) {
      const candidates = [...node.children.keys()];
      const hint = closest(unknown.value, candidates);
      // `docker docker ps`: the program name typed twice.
      const dup = unknown.value === 'docker' && node === idx.root;
      const fix: Array<[number, number, string]> | undefined = dup ? [removal(line, unknown)] : hint ? [[unknown.start, unknown.end, hint]] : undefined;
      col.add('error', 'unknown-command', messages.unknownCommand(typed, unknown.value, hint ? `${typed} ${hint}` : null), unknown.start, unknown.end, fix);
      return { command: null, node: null, typed, flags: allFlags, args: parsed.args, start, end };
    }
    checkDashes(ctx, line, parsed.args, node, col);
    rootChecks(ctx, parsed.flags, col);
    return { command: node.canonical, node, typed, flags: allFlags, args: parsed.args, start, end };
  }
  const interspersed = node.facts?.interspersed ?? usageInterspersed(node);
  // Where a plugin's own flag belongs: right before the word that follows the plugin's path.
  const moveTo: MisplacedFlagTarget = (owner) => {
    const depth = owner.canonical.split(' ').length;
    return pathWords[depth]?.start ?? null;
  };
  const parsed = parseFlags(ctx, line, node, rest, col, interspersed, moveTo);
  flagErrors += parsed.errors;
  help ||= parsed.help;
  for (const f of parsed.flags) allFlags.push(f);
  const inv: Invocation = { command: node.canonical, node, typed, flags: allFlags, args: parsed.args, start, end };
  if (help) return inv;
  // A command that runs on its own and also has children (`buildx history inspect [REF]` and
  // `... inspect attachment`): a first argument that is nearly a child's name is likely a typo.
  const firstArg = parsed.args[0];
  if (firstArg && node.children.size > 0 && !node.children.has(firstArg.value)) {
    const hint = closest(firstArg.value, [...node.children.keys()]);
    if (hint) col.add('warning', 'possible-command-typo', messages.possibleCommandTypo(typed, firstArg.value, `${typed} ${hint}`), firstArg.start, firstArg.end, [[firstArg.start, firstArg.end, hint]]);
  }
  checkDashes(ctx, line, parsed.args, node, col);
  if (flagErrors === 0) {
    const arityOk = checkArity(ctx, line, node, typed, parsed.args, pathWords, col);
    if (arityOk) {
      lateValueChecks(ctx, node, parsed.flags, col);
      runClientChecks(ctx, line, inv, col.add.bind(col));
      runMeaningChecks(line, inv, col.add.bind(col));
    }
  }
  for (const f of allFlags) {
    if (f.flag.legacyOnly) col.add('warning', 'legacy-builder-flag', messages.legacyBuilderFlag(f.written), f.word.start, f.word.end);
    const w = enumWarning(ctx.data, node.canonical, f.flag.long, f.value);
    if (w) col.add('warning', w.code, w.message, f.valueStart, f.valueEnd, w.fixed !== null ? [[f.valueStart, f.valueEnd, w.fixed]] : undefined);
  }
  return inv;
}

/**
 * For a command with no measured facts (the plugins, issue #13): one that starts a program, whose
 * usage ends in `COMMAND [ARGS...]` (`docker compose run SERVICE [COMMAND] [ARGS...]`), stops
 * parsing flags at its first argument, as `docker run` and `docker exec` do, so the program's own
 * flags (`psql -h db -U docker`) are left to it.
 */
function usageInterspersed(node: CommandNode): boolean {
  const args = node.spec?.usage[0]?.args ?? [];
  const k = args.findIndex((a) => a.text === 'COMMAND');
  return !(k >= 0 && args.slice(k + 1).some((a) => a.repeated));
}

/** Root options checked when the CLI starts (`--log-level`). */
function rootChecks(ctx: ValidatorContext, flags: ParsedFlag[], col: Collector): void {
  for (const f of flags) {
    if (f.flag.long === 'log-level' && !ctx.data.logLevels.includes(f.value.toLowerCase())) {
      col.add('error', 'invalid-value', messages.invalidValue(f.written, f.value, { en: `expected one of ${ctx.data.logLevels.join(', ')}.`, ko: `다음 중 하나여야 합니다: ${ctx.data.logLevels.join(', ')}` }), f.valueStart, f.valueEnd);
    }
  }
}

function checkDashes(ctx: ValidatorContext, line: string, args: ShellWord[], node: CommandNode, col: Collector): void {
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
  void ctx;
}

function checkArity(ctx: ValidatorContext, line: string, node: CommandNode, typed: string, args: ShellWord[], pathWords: ShellWord[], col: Collector): boolean {
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
  void ctx;
  return false;
}
