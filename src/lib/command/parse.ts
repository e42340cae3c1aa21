// The parse half of the validator: shell words (tokenize.ts), then cobra's walk
// through global options and command words (with every alias), then pflag's flag parsing, into a
// typed result with a span for every token: the program, the command words as typed (the alias
// form used), each flag with its value, each positional argument named from the usage line
// (IMAGE, COMMAND, ARG…), and the container's own command after the image. What the parse itself
// rejects (a quote left open, an unknown flag or command, a flag without its value) is reported
// here; the checks of values, argument counts and the CLI's own client-side checks live in
// validate.ts, which runs on this result.
//
// Public API: `parseCommandLine(ctx, input)`. The builder, the explain page and the flag links in
// code blocks read commands through it; the validator calls it with its own reporter.
import { INVISIBLE_G, invisibleName } from '../text/invisible.ts';
import { closest } from './closest.ts';
import type { CommandNode, FlagInfo } from './command-index.ts';
import type { Diagnostic, Severity } from './diagnostic.ts';
import type { Message } from '../i18n/messages.ts';
import { msg } from '../i18n/messages.ts';
import { goBoolValue, isGoBool } from './go-values.ts';
import { messages } from './messages.ts';
import { tokenize, type ShellWord } from '../shell/tokenize.ts';
import type { ParsedFlag, ParsedInvocation, Positional, UncheckedCommand, UnknownFlag, ValidatorContext } from './invocation.ts';

export type { ParsedFlag, ParsedInvocation, Positional, UncheckedCommand, UnknownFlag, ValidatorContext } from './invocation.ts';
export type { ShellWord } from '../shell/tokenize.ts';

/** Where a parse reports what it rejects; `fix` lists the edits that correct it. */
export type Report = (severity: Severity, code: string, message: Message, start: number, end: number, fix?: Array<[number, number, string]>) => void;

export interface ParsedLine {
  input: string;
  /** The input with a leading prompt (`$ `) and byte order mark blanked out: same length, same offsets. */
  line: string;
  /** Every simple command of the line, in order (`a && b; c | d` gives four). */
  commands: Array<ParsedInvocation | UncheckedCommand>;
  invocations: ParsedInvocation[];
  unchecked: UncheckedCommand[];
  /** What the parse rejected, when no reporter was given. */
  diagnostics: Diagnostic[];
}

const PROMPT = /^[ \t]*(?:\$|#)[ \t]+/;
const ENV_ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** sudo's options that take a value; the rest are switches. */
const SUDO_VALUE = new Set(['-u', '-g', '-h', '-p', '-C', '-U', '-r', '-t', '-D', '-R', '-T']);

/** Programs that run the rest of their words as a command, and their options that take a value. */
const PREFIX_PROGRAMS: Record<string, Set<string>> = {
  sudo: SUDO_VALUE,
  env: new Set(['-u', '-C', '-S', '--unset', '--chdir', '--split-string']),
  time: new Set(['-f', '-o', '--format', '--output']),
  exec: new Set(['-a']),
  nohup: new Set(),
};

/**
 * How many leading words come before the program that actually runs: `A=1` assignments, and
 * `sudo`, `env`, `time`, `exec`, `nohup` with their options (in any order: `sudo env A=1 docker
 * ps`). Used by the parse and by the judge, so both see `env A=1 docker ps` as docker.
 */
export function commandPrefixLength(words: ReadonlyArray<{ value: string; quoted: boolean }>): number {
  let i = 0;
  for (;;) {
    while (i < words.length && !words[i]!.quoted && ENV_ASSIGN.test(words[i]!.value)) i++;
    const w = words[i];
    const valued = w && !w.quoted ? PREFIX_PROGRAMS[w.value] : undefined;
    if (!valued) return i;
    i++;
    while (i < words.length && words[i]!.value.startsWith('-') && words[i]!.value !== '-') {
      const v = words[i]!.value;
      i++;
      if (v === '--') break;
      if (valued.has(v)) i++;
    }
  }
}

/** Spaces the shell does not split on, and full-width ASCII forms (CJK input methods). */
const WIDE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\uff01-\uff5e]/;
const WIDE_G = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\uff01-\uff5e]/g;

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
  const name = CHAR_NAMES[ch] ?? (invisibleName(ch) || null) ?? (ch >= '\uff01' && ch <= '\uff5e' ? `full-width ${String.fromCharCode(ch.charCodeAt(0) - 0xfee0)}` : /\s/.test(ch) ? 'Unicode space' : '');
  return `U+${cp}${name ? ` (${name})` : ''}`;
}

/** Full-width forms to ASCII, Unicode spaces to a space. */
function narrow(s: string): string {
  return s.replace(WIDE_G, (c) => (c >= '\uff01' && c <= '\uff5e' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : ' '));
}

/** Span to delete a word and the blank after it. */
export function removal(line: string, w: ShellWord): [number, number, string] {
  let e = w.end;
  while (e < line.length && (line[e] === ' ' || line[e] === '\t')) e++;
  return [w.start, e, ''];
}

function typedPath(words: ShellWord[]): string {
  return ['docker', ...words.map((w) => w.value)].join(' ');
}

/** The input with its prompt and byte order mark blanked out, so every span stays an offset into the input. */
export function blankPrompt(input: string): string {
  const bom = input.startsWith('\ufeff') ? 1 : 0;
  const promptLen = bom + (PROMPT.exec(input.slice(bom))?.[0].length ?? 0);
  return ' '.repeat(promptLen) + input.slice(promptLen);
}

/**
 * Parses one command line (a `\`-newline continuation may join physical lines; `&&`, `;`, `|`
 * separate commands). Diagnostics of the parse go to `report`, or into the result's `diagnostics`.
 */
export function parseCommandLine(ctx: ValidatorContext, input: string, report?: Report): ParsedLine {
  const diagnostics: Diagnostic[] = [];
  const add: Report =
    report ??
    ((severity, code, message, start, end) => {
      diagnostics.push({ severity, code, message, start, end });
    });
  const line = blankPrompt(input);
  for (const m of input.matchAll(INVISIBLE_G)) {
    const at = m.index;
    const end = at + m[0].length;
    add('warning', 'invisible-character', messages.invisibleCharacter(charName(m[0])), at, end, [[at, end, '']]);
  }
  const tok = tokenize(line);
  for (const e of tok.errors) {
    const message = e.code === 'unbalanced-quote' ? messages.unbalancedQuote(e.opener) : e.code === 'unbalanced-substitution' ? messages.unbalancedSubstitution(e.opener) : e.code === 'nested-too-deep' ? messages.nestedTooDeep() : messages.shellSyntax(e.opener);
    add('error', e.code, message, e.start, e.end);
  }
  // Spaces the shell does not split on and full-width letters, outside quotes: named, with the fix.
  for (const cmd of tok.commands) {
    for (const w of cmd.words) {
      if (w.quoted || !WIDE.test(w.value)) continue;
      const raw = line.slice(w.start, w.end);
      const ch = (WIDE.exec(raw) as RegExpExecArray)[0];
      add('error', 'unicode-look-alike', messages.lookAlike(raw, charName(ch), narrow(raw)), w.start, w.end, [[w.start, w.end, narrow(raw)]]);
    }
  }
  const commands: ParsedLine['commands'] = [];
  const invocations: ParsedInvocation[] = [];
  const unchecked: UncheckedCommand[] = [];
  for (const cmd of tok.commands) {
    let words = cmd.words;
    words = words.slice(commandPrefixLength(words));
    const program = words[0];
    if (!program) continue;
    const base = program.value.replace(/^.*\//, '');
    if (base !== 'docker') {
      if (!program.quoted && closest(base, ['docker']) === 'docker' && base.length >= 5) {
        add('error', 'unknown-program', messages.unknownProgram(program.value), program.start, program.end, [[program.start, program.end, 'docker']]);
        const inv: ParsedInvocation = { kind: 'unknown-program', program, command: null, node: null, typed: program.value, flags: [], args: [], start: cmd.start, end: cmd.end, pathWords: [], globalFlags: [], ownFlags: [], unknownFlags: [], positionals: [], containerCommand: null, parseErrors: 1, help: false };
        invocations.push(inv);
        commands.push(inv);
      } else {
        const u: UncheckedCommand = { kind: 'other', start: cmd.start, end: cmd.end, text: line.slice(cmd.start, cmd.end) };
        unchecked.push(u);
        commands.push(u);
      }
      continue;
    }
    const inv = parseInvocation(ctx, line, words, add, cmd.start, cmd.end);
    if (inv.dynamicWord) {
      const u: UncheckedCommand = { kind: 'other', start: cmd.start, end: cmd.end, text: line.slice(cmd.start, cmd.end), dynamic: inv.dynamicWord.value };
      unchecked.push(u);
      commands.push(u);
      continue;
    }
    invocations.push(inv);
    commands.push(inv);
  }
  return { input, line, commands, invocations, unchecked, diagnostics };
}

interface FlagParse {
  flags: ParsedFlag[];
  unknown: UnknownFlag[];
  args: ShellWord[];
  errors: number;
  help: boolean;
}

/**
 * pflag's parse of `words` against `node`'s flags. `interspersed: false`: stop at the first
 * positional (the CLI's global options; commands such as `run` that pass the rest on).
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

function misplacedFlag(line: string, node: CommandNode, cmdName: string, w: ShellWord, written: string, hit: { owner: CommandNode; flag: FlagInfo }, valueWord: ShellWord | null, moveTo: MisplacedFlagTarget | undefined, add: Report): void {
  const where = moveTo?.(hit.owner) ?? null;
  const sub = node.canonical.split(' ').slice(hit.owner.canonical.split(' ').length).join(' ');
  const owner = `docker ${hit.owner.canonical}`;
  const message: Message = msg('command.misplacedFlag', { cmd: cmdName, written, owner, sub });
  let fix: Array<[number, number, string]> | undefined;
  if (where !== null) {
    const lastWord = valueWord ?? w;
    const moved = line.slice(w.start, lastWord.end);
    fix = [removal(line, lastWord), [where, where, `${moved} `]];
    if (valueWord && valueWord !== w) fix.push([w.start, valueWord.start, '']);
  }
  add('error', 'unknown-flag', message, w.start, w.end, fix);
}

/**
 * For a command with no measured facts (the plugins): one that starts a program, whose
 * usage ends in `COMMAND [ARGS...]` (`docker compose run SERVICE [COMMAND] [ARGS...]`), stops
 * parsing flags at its first argument, as `docker run` and `docker exec` do, so the program's own
 * flags (`psql -h db -U docker`) are left to it.
 */
export function usageInterspersed(node: CommandNode): boolean {
  const args = node.spec?.usage[0]?.args ?? [];
  const k = args.findIndex((a) => a.text === 'COMMAND');
  return !(k >= 0 && args.slice(k + 1).some((a) => a.repeated));
}

function parseFlags(ctx: ValidatorContext, line: string, node: CommandNode, words: ShellWord[], add: Report, interspersed: boolean, absorb = false, moveTo?: MisplacedFlagTarget): FlagParse {
  const flags: ParsedFlag[] = [];
  const unknown: UnknownFlag[] = [];
  const args: ShellWord[] = [];
  let errors = 0;
  let help = false;
  const cmdName = node.canonical ? `docker ${node.canonical}` : 'docker';
  const record = (flag: FlagInfo, written: string, value: string, word: ShellWord, valueWord: ShellWord, vs: number, ve: number) => {
    flags.push({ flag, written, value, word, valueWord, valueStart: vs, valueEnd: ve, level: node });
    if (flag.long === 'help' && isGoBool(value) && goBoolValue(value)) help = true;
    // pflag parses a boolean's value itself; every other value is checked by validate.ts.
    if (flag.noValue && flag.valueType === null && !isGoBool(value)) {
      errors++;
      add('error', 'invalid-value', messages.invalidValue(written, value, msg('command.expected-true-false')), vs, ve);
    }
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as ShellWord;
    const a = w.value;
    if (a === '--') {
      // A loop, not push(...): a spread of 150k words overflows the call stack.
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
          const valueWord = eq < 0 && !hit.flag.noValue ? words[k + 1] ?? null : null;
          misplacedFlag(line, node, cmdName, w, `--${name}`, hit, valueWord, moveTo, add);
          unknown.push({ word: w, valueWord });
          if (valueWord) k++;
          continue;
        }
        const meant = unknownLong(node, cmdName, w, name, eq < 0 ? null : a.slice(eq + 1), add);
        // `--memroy 512m`: when the flag meant takes a value, the next word is most likely that
        // value, not an argument. Noted for the reader only: pflag stops at the error, and the
        // words stay where the CLI's parse puts them (so the verdict is the CLI's).
        const next = words[k + 1];
        unknown.push({ word: w, valueWord: absorb && eq < 0 && meant && !meant.noValue && next && !next.value.startsWith('-') ? next : null });
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
        add('error', 'flag-needs-value', messages.flagNeedsValue(`--${name}`, flag.valueType ?? 'value'), w.start, w.end);
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
          const valueWord = hit.flag.noValue ? null : words[k + 1] ?? null;
          misplacedFlag(line, node, cmdName, w, a, hit, valueWord, moveTo, add);
          unknown.push({ word: w, valueWord });
          if (valueWord) k++;
          break;
        }
        unknown.push({ word: w, valueWord: null });
        unknownShort(ctx, node, cmdName, w, c, at(pos), add);
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
        add('error', 'flag-needs-value', messages.flagNeedsValue(`-${c}`, flag.valueType ?? 'value'), s0, e0);
      }
      break;
    }
  }
  return { flags, unknown, args, errors, help };
}

/** Reports an unknown long flag; returns the flag the fix names, if any. */
function unknownLong(node: CommandNode, cmdName: string, w: ShellWord, name: string, glued: string | null, add: Report): FlagInfo | null {
  const longs = [...node.flagsByLong.values()].filter((f) => !f.hidden && !f.deprecated).map((f) => f.long);
  // `--restart-always`: a valued flag and its value joined by `-` instead of `=`.
  for (const l of longs) {
    const f = node.flagsByLong.get(l) as FlagInfo;
    if (!f.noValue && name.startsWith(`${l}-`) && name.length > l.length + 1) {
      const fixed = `--${l}=${name.slice(l.length + 1)}${glued !== null ? `=${glued}` : ''}`;
      add('error', 'unknown-flag', messages.unknownFlag(cmdName, `--${name}`, fixed), w.start, w.end, [[w.start, w.end, fixed]]);
      return null;
    }
  }
  const hint = closest(name, longs);
  const fixed = hint ? `--${hint}${glued !== null ? `=${glued}` : ''}` : null;
  add('error', 'unknown-flag', messages.unknownFlag(cmdName, `--${name}`, fixed), w.start, w.end, fixed ? [[w.start, w.end, fixed]] : undefined);
  return hint ? (node.flagsByLong.get(hint) ?? null) : null;
}

function unknownShort(ctx: ValidatorContext, node: CommandNode, cmdName: string, w: ShellWord, c: string, at: number, add: Report): void {
  const confusion = ctx.data.flagConfusions[node.canonical]?.[c];
  if (confusion) {
    const meant = node.flagsByShort.get(confusion.short) ?? node.flagsByLong.get(confusion.short);
    if (meant) {
      const fixedWord = w.value === `-${c}` ? `-${confusion.short}` : null;
      add('error', 'unknown-flag', messages.flagConfusion(cmdName, `-${c}`, `-${meant.short} (--${meant.long})`, confusion.why), at, at + 1, fixedWord ? [[w.start, w.end, fixedWord]] : undefined);
      return;
    }
  }
  const shorts = [...node.flagsByShort.values()].filter((f) => !f.hidden).map((f) => `-${f.short} (--${f.long})`);
  const message = messages.unknownShortFlag(cmdName, `-${c}`, shorts);
  // `-monut`-style: a long name written with one dash.
  const asLong = w.value.slice(1);
  const longHit = w.value.length > 2 && !w.value.startsWith('--') ? node.flagsByLong.get(asLong) ?? node.flagsByLong.get(closest(asLong, node.flagsByLong.keys()) ?? '') : undefined;
  if (longHit && w.value.indexOf(c) === 1) {
    add('error', 'unknown-flag', messages.unknownFlag(cmdName, w.value, `--${longHit.long}`), w.start, w.end, [[w.start, w.end, `--${longHit.long}`]]);
    return;
  }
  add('error', 'unknown-flag', message, at, at + 1);
}

/** cobra's walk of one `docker …` command: global options, command words, then the command's flags. */
function parseInvocation(ctx: ValidatorContext, line: string, words: ShellWord[], add: Report, start: number, end: number): ParsedInvocation {
  const idx = ctx.index;
  const program = words[0] as ShellWord;
  let node = idx.root;
  let k = 1;
  const pathWords: ShellWord[] = [];
  const allFlags: ParsedFlag[] = [];
  let parseErrors = 0;
  let help = false;
  // The CLI parses its global options itself before cobra sees the command (docker/cli
  // HandleGlobalFlags, pflag with interspersing off): they end at the first non-option word.
  const globals = parseFlags(ctx, line, node, words.slice(1), add, false);
  parseErrors += globals.errors;
  for (const f of globals.flags) allFlags.push(f);
  k = globals.args[0] ? words.indexOf(globals.args[0]) : words.length;
  const base = { program, start, end, globalFlags: globals.flags, positionals: [] as Positional[], containerCommand: null };
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
    const parsed = parseFlags(ctx, line, node, words.slice(levelStart, k), add, true);
    parseErrors += parsed.errors;
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
    const parsed = parseFlags(ctx, line, node, rest, add, true);
    parseErrors += parsed.errors;
    for (const f of parsed.flags) allFlags.push(f);
    const own = { ...base, unknownFlags: parsed.unknown, typed, flags: allFlags, ownFlags: parsed.flags, args: parsed.args, pathWords, help: help || parsed.help };
    const unknown = parsed.args[0];
    // `docker help [COMMAND...]`: cobra's help command, which knows every command path.
    if (unknown?.value === 'help' && node === idx.root) {
      let h = idx.root;
      for (const w of parsed.args.slice(1)) {
        const next = h.children.get(w.value);
        if (!next) {
          add('error', 'unknown-command', messages.unknownCommand(`docker help${h === idx.root ? '' : ` ${h.canonical}`}`, w.value, null), w.start, w.end);
          return { ...own, kind: 'unknown-command', command: null, node: null, parseErrors: parseErrors + 1 };
        }
        h = next;
      }
      return { ...own, kind: 'help', command: h.canonical, node: h, typed: 'docker help', parseErrors };
    }
    // The root's --version (`docker sysem df -v`) prints the version instead of the error.
    const version = node === idx.root && allFlags.some((f) => f.flag.long === 'version' && f.value !== 'false');
    // `docker $CMD`, `docker ${X} run`, `docker "$@"`: the command is whatever the shell expands
    // the word to. Not a typo, and nothing to check: the line is "cannot know".
    if (unknown?.dynamic) return { ...own, kind: 'unknown-command', command: null, node: null, parseErrors, dynamicWord: unknown };
    if (unknown && !parsed.help && !help && !version) {
      const candidates = [...node.children.keys()];
      const hint = closest(unknown.value, candidates);
      // `docker docker ps`: the program name typed twice.
      const dup = unknown.value === 'docker' && node === idx.root;
      const fix: Array<[number, number, string]> | undefined = dup ? [removal(line, unknown)] : hint ? [[unknown.start, unknown.end, hint]] : undefined;
      add('error', 'unknown-command', messages.unknownCommand(typed, unknown.value, hint ? `${typed} ${hint}` : null), unknown.start, unknown.end, fix);
      return { ...own, kind: 'unknown-command', command: null, node: null, parseErrors: parseErrors + 1 };
    }
    return { ...own, kind: 'group', command: node.canonical, node, parseErrors };
  }
  const interspersed = node.facts?.interspersed ?? usageInterspersed(node);
  // Where a plugin's own flag belongs: right before the word that follows the plugin's path.
  const moveTo: MisplacedFlagTarget = (owner) => pathWords[owner.canonical.split(' ').length]?.start ?? null;
  const parsed = parseFlags(ctx, line, node, rest, add, interspersed, true, moveTo);
  parseErrors += parsed.errors;
  help ||= parsed.help;
  for (const f of parsed.flags) allFlags.push(f);
  const meantValues = new Set(parsed.unknown.map((u) => u.valueWord));
  const positionals = nameArguments(node, parsed.args.filter((a) => !meantValues.has(a)));
  const firstCmd = positionals.findIndex((p) => p.role === 'container-command');
  const cc = firstCmd < 0 ? null : positionals.slice(firstCmd).map((p) => p.word);
  return {
    ...base,
    unknownFlags: parsed.unknown,
    kind: 'command',
    command: node.canonical,
    node,
    typed,
    flags: allFlags,
    ownFlags: parsed.flags,
    args: parsed.args,
    pathWords,
    positionals,
    containerCommand: cc ? { start: cc[0]!.start, end: cc[cc.length - 1]!.end, words: cc } : null,
    parseErrors,
    help,
  };
}

/**
 * Names each positional argument after the usage line's elements (`IMAGE`, `[COMMAND]`, `[ARG...]`):
 * required elements first claim their words, optional ones take what is left, a repeated one takes
 * the rest. Commands that pass the rest on (`run`, `create`, `exec`: not interspersed) mark
 * `COMMAND` and its `ARG`s as the container's own command.
 */
export function nameArguments(node: CommandNode, args: readonly ShellWord[]): Positional[] {
  const forms = node.spec?.usage ?? [];
  const n = args.length;
  const fits = forms.filter((f) => n >= f.minArgs && (f.maxArgs === null || n <= f.maxArgs));
  // `docker cp`: two forms of two arguments; the one whose `CONTAINER:` side matches the words.
  const form =
    fits.find((f) => f.args.every((el, i) => !/^CONTAINER:/.test(el.text) || (args[i] !== undefined && /^[^:/.][^:/]*:/.test(args[i]!.value)))) ??
    fits[0] ??
    forms[0];
  const passesOn = (node.facts?.interspersed ?? usageInterspersed(node)) === false;
  const out: Positional[] = [];
  if (!form) return args.map((word) => ({ word, name: null, role: 'argument' }));
  const els = form.args;
  let at = 0;
  let inCommand = false;
  for (let e = 0; e < els.length && at < n; e++) {
    const el = els[e]!;
    const requiredAfter = els.slice(e + 1).filter((x) => !x.optional && !x.repeated).length;
    const left = n - at;
    const take = el.repeated ? Math.max(0, left - requiredAfter) : el.optional ? (left > requiredAfter ? 1 : 0) : 1;
    for (let t = 0; t < take && at < n; t++) {
      if (passesOn && el.text === 'COMMAND') inCommand = true;
      out.push({ word: args[at]!, name: el.text, role: inCommand ? 'container-command' : 'argument' });
      at++;
    }
  }
  for (; at < n; at++) out.push({ word: args[at]!, name: null, role: inCommand ? 'container-command' : 'argument' });
  return out;
}
