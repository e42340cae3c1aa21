/**
 * Our own Dockerfile rules: the mistakes learners make that dockerfile-utils does not see (broken
 * exec-form JSON, unknown instructions with a did-you-mean, COPY without a destination, ...).
 * Each rule reports a stable code from RULE_CODES, an English and a Korean message, and a
 * suggestion when the fix is mechanical.
 */
import { analyzeExecForm, formatExecForm, type ExecFormIssueKind } from './exec-form.ts';
import { INSTRUCTION_FLAGS, KNOWN_KEYWORDS, MOUNT_TYPES } from './instructions.ts';
import { DockerfileReader, splitFlags, type ParsedInstruction, type SourcePos } from './parse.ts';
import type { DockerfileProblem, RuleCode } from './problem.ts';
import { didYouMean, instructionWords, shellCommands } from './words.ts';
import { localize, type Localized } from '../i18n/localized.ts';
import { msg, say, type Message } from '../i18n/messages.ts';
// The checker's words, added to the messages before any is made or shown.
import './messages.ts';

export interface RuleOptions {
  /**
   * The text is a few instructions out of a larger Dockerfile (a snippet on an instruction page),
   * so it may lack FROM and may copy from a stage it does not show.
   */
  fragment?: boolean;
}

/** A problem plus the first line of the instruction it belongs to (used to merge with dockerfile-utils). */
export interface RuleFinding {
  problem: DockerfileProblem;
  instructionLine: number;
}

/** Commands learners type in RUN; a word one or two edits away from one of these is probably a typo. */
const KNOWN_COMMANDS = [
  'apt-get', 'apt', 'apt-key', 'apt-cache', 'apk', 'yum', 'dnf', 'microdnf', 'zypper', 'dpkg', 'rpm',
  'pip', 'pip3', 'pipx', 'python', 'python3', 'poetry', 'uv', 'npm', 'npx', 'yarn', 'pnpm', 'node', 'bun', 'deno',
  'go', 'cargo', 'rustup', 'gem', 'bundle', 'composer', 'php', 'ruby', 'perl', 'java', 'javac', 'mvn', 'gradle', 'dotnet',
  'make', 'cmake', 'ninja', 'meson', 'gcc', 'clang', 'curl', 'wget', 'git', 'tar', 'unzip', 'gzip', 'gunzip',
  'mkdir', 'chmod', 'chown', 'chgrp', 'cp', 'mv', 'rm', 'ln', 'ls', 'cat', 'echo', 'printf', 'touch', 'find', 'xargs',
  'sed', 'awk', 'grep', 'sort', 'tee', 'head', 'tail', 'test', 'true', 'false', 'sh', 'bash', 'env', 'export', 'set',
  'cd', 'useradd', 'userdel', 'usermod', 'adduser', 'addgroup', 'groupadd', 'groupmod', 'id', 'whoami', 'install',
  'update-ca-certificates', 'update-alternatives', 'locale-gen', 'ldconfig', 'gpg', 'ssh-keyscan', 'nginx', 'sleep',
];

/** Misspellings that keep a command from working even though every word looks plausible. */
const MISSPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\bdeamon\b/i, 'daemon'],
  [/\blocalhsot\b|\blocahost\b/i, 'localhost'],
];

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'pwsh', 'powershell', 'cmd', 'cmd.exe']);
const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;
/** Stage names a misspelt `COPY --from` is compared with (the latest ones). */
const MAX_STAGE_GUESSES = 256;
const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/;
const APT = new Set(['apt-get', 'apt']);
/** Dashes pasted from word processors and chat apps: hyphens, figure/en/em dash, bar, minus, full-width. */
const TYPO_DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
const TYPO_DASH_G = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const TYPO_DASH_LEAD = /^[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]+/;
/** En and em dash and the bar usually stand for `--` (autocorrect turns `--` into them). */
const LONG_DASH = /^[\u2013\u2014\u2015]$/;

const ISSUE_TEXT: Record<ExecFormIssueKind, Message> = {
  'missing-comma': msg('dockerfile.comma-missing-between-two-items'),
  'single-quotes': msg('dockerfile.json-strings-need-double-quotes'),
  'unterminated-string': msg('dockerfile.string-not-closed'),
  'unquoted-item': msg('dockerfile.every-item-must-quoted-string'),
  'extra-comma': msg('dockerfile.there-extra-comma'),
  'missing-bracket': msg('dockerfile.array-not-closed'),
  'trailing-text': msg('dockerfile.there-text-after-closing'),
  'not-strings': msg('dockerfile.every-item-must-string'),
};

/** What the builder does with an argument that starts with `[` but is not valid JSON. */
function fallbackFor(label: string): Message {
  switch (label) {
    case 'SHELL':
      return msg('dockerfile.build-stops-shell-requires-arguments');
    case 'VOLUME':
      return msg('dockerfile.docker-would-silently-split-text');
    case 'COPY':
    case 'ADD':
      return msg('dockerfile.docker-would-silently-split-text-2');
    default:
      return msg('dockerfile.docker-would-silently-run-whole');
  }
}

/**
 * Findings kept per file: a file of 100,000 mistyped lines gets the first ones and a count, not
 * 100,000 messages (memory stays a small multiple of the input).
 */
export const MAX_FINDINGS = 1_000;

class Reporter {
  readonly findings: RuleFinding[] = [];
  /** Findings past MAX_FINDINGS: how many, whether one was an error, and where the first was. */
  readonly dropped = { count: 0, error: false, line: 0 };
  report(
    ins: ParsedInstruction,
    where: SourcePos,
    severity: 'error' | 'warning',
    code: RuleCode,
    message: Message,
    suggestion?: string,
  ): void {
    if (this.findings.length >= MAX_FINDINGS) {
      if (this.dropped.count++ === 0) this.dropped.line = where.line;
      if (severity === 'error') this.dropped.error = true;
      return;
    }
    const problem: DockerfileProblem = { line: where.line, column: where.column, severity, code, message: say(message, 'en'), text: message, source: 'dockref' };
    if (suggestion !== undefined) problem.suggestion = suggestion;
    this.findings.push({ problem, instructionLine: ins.start.line });
  }
}

/** An ONBUILD trigger read as an instruction of its own, with positions still in the file. */
function innerInstruction(outer: ParsedInstruction): ParsedInstruction | undefined {
  const m = /^(\S+)(\s*)/.exec(outer.args);
  if (!m) return undefined;
  const keyword = m[1] ?? '';
  const skip = m[0].length;
  return {
    keyword,
    upper: keyword.toUpperCase(),
    start: outer.at(0),
    endLine: outer.endLine,
    args: outer.args.slice(skip),
    at: (offset) => outer.at(skip + offset),
    heredocs: outer.heredocs,
    glued: [],
    gluedTotal: 0,
  };
}

/**
 * Checks text that should be a JSON array; returns the parsed items when it is one. `offset` is
 * where `text` starts inside `ins.args`.
 */
function checkExecForm(r: Reporter, ins: ParsedInstruction, text: string, offset: number, label: string): string[] | undefined {
  const result = analyzeExecForm(text);
  if (result.kind === 'shell') return undefined;
  if (result.kind === 'exec') return result.items;
  const first = result.issues[0];
  const where = ins.at(offset + (first?.offset ?? 0));
  const kinds = [...new Set(result.issues.map((issue) => issue.kind))];
  const reasons = localize((l) => kinds.map((k) => say(ISSUE_TEXT[k], l)).join(say(msg('dockerfile.execFormInvalid.separator'), l)));
  const fix = result.repaired === undefined ? undefined : `${label} ${result.repaired}`;
  if (kinds.includes('not-strings')) {
    r.report(ins, where, 'error', 'exec-form-not-strings',
      msg(fix ? 'dockerfile.execFormNotStrings.fix' : 'dockerfile.execFormNotStrings', { label, fix: fix ?? '' }),
      fix);
    return undefined;
  }
  const code: RuleCode = kinds.length === 1 && kinds[0] === 'missing-comma' ? 'exec-form-missing-comma' : 'exec-form-invalid-json';
  const fallback = fallbackFor(label);
  r.report(ins, where, 'error', code,
    msg(fix ? 'dockerfile.execFormInvalid.fix' : 'dockerfile.execFormInvalid', { label, reasons, fallback, fix: fix ?? '' }),
    fix);
  return undefined;
}

/** Rules for the commands inside a shell-form RUN. */
function checkShellCommands(r: Reporter, ins: ParsedInstruction, text: string, offset: number): void {
  const commands = shellCommands(text).map((cmd) => {
    const words = cmd.words;
    let k = 0;
    // Skip `VAR=value` prefixes and `sudo`/`env`, which run the next word as the command.
    while (k < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[k]?.value ?? '') || ['sudo', 'env'].includes(words[k]?.value ?? ''))) k++;
    return { source: text.slice(cmd.start, cmd.end).trimEnd(), words: words.slice(k), name: words[k]?.value ?? '', nameOffset: words[k]?.start ?? cmd.start };
  });
  for (const c of commands) {
    c.words.forEach((w, k) => {
      // Dashes pasted from a word processor: `apt‐get` (U+2010) is not `apt-get`, `—y` (U+2014) is
      // a word, not an option. Only the command name and option-like words: `echo "a — b"` is text.
      const lead = TYPO_DASH_LEAD.exec(w.value);
      if (k !== 0 && !(lead && /^[A-Za-z]/.test(w.value.slice(lead[0].length)))) return;
      if (k === 0 && !TYPO_DASH.test(w.value)) return;
      const rest = lead ? w.value.slice(lead[0].length) : w.value;
      const dash = lead ? (lead[0].length >= 2 || (LONG_DASH.test(lead[0]) && /^[A-Za-z][A-Za-z0-9-]/.test(rest)) ? '--' : '-') : '';
      const fixed = dash + rest.replace(TYPO_DASH_G, '-');
      const cp = `U+${(TYPO_DASH.exec(w.value)?.[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
      r.report(ins, ins.at(offset + w.start), k === 0 ? 'error' : 'warning', 'typographic-dash',
        msg(k === 0 ? 'dockerfile.typographicDash.command' : 'dockerfile.typographicDash.option', { word: w.value, cp, fixed, command: c.name }),
        fixed);
    });
    if (APT.has(c.name) && c.words.some((w) => w.value === 'install')) {
      // A cluster of letters holding a y (`-qy`), tested in two linear steps: `-[a-z]*y[a-z]*$`
      // backtracked over every y of `-yyy…y!` (160k characters: 21.6 s).
      const yes = c.words.some((w) => /^(--yes|--assume-yes|--force-yes|-qq)$/i.test(w.value) || (/^-[a-z]+$/i.test(w.value) && /y/i.test(w.value)) || /^-q=?2$/.test(w.value));
      if (!yes) {
        r.report(ins, ins.at(offset + c.nameOffset), 'warning', 'apt-get-missing-yes',
          msg('dockerfile.install-without-y-waits-do', { name: c.name }),
          c.source.replace(/\binstall\b/, 'install -y'));
      }
    }
    if (c.name !== '' && !KNOWN_COMMANDS.includes(c.name) && /^[a-z][a-z0-9.+-]*$/.test(c.name)) {
      const guess = didYouMean(c.name, KNOWN_COMMANDS);
      if (guess) {
        r.report(ins, ins.at(offset + c.nameOffset), 'warning', 'likely-typo',
          msg('dockerfile.likelyTypo', { name: c.name, guess, quoted: `"${c.name}"` }),
          guess);
      }
    }
  }
  const first = commands[0];
  if (commands.length === 1 && first?.name === 'cd') {
    r.report(ins, ins.at(offset + first.nameOffset), 'warning', 'run-cd-no-effect',
      msg('dockerfile.run-cd-changes-directory-only'),
      `WORKDIR ${first.words[1]?.value ?? '/app'}`);
  }
  if (commands.length > 0 && commands.every((c) => APT.has(c.name) && c.words[1]?.value === 'update')) {
    r.report(ins, ins.start, 'warning', 'apt-get-update-alone',
      msg('dockerfile.apt-get-update-run-its'));
  }
}

function checkMisspellings(r: Reporter, ins: ParsedInstruction, text: string, offset: number): void {
  for (const [pattern, right] of MISSPELLINGS) {
    const m = pattern.exec(text);
    if (m) {
      r.report(ins, ins.at(offset + m.index), 'warning', 'common-misspelling',
        msg('dockerfile.commonMisspelling', { right, quoted: `"${m[0]}"` }),
        right);
    }
  }
}

function checkExecVariables(r: Reporter, ins: ParsedInstruction, items: string[]): void {
  const program = (items[0] ?? '').split('/').pop() ?? '';
  const withVar = items.find((item) => /\$\{?[A-Za-z_]/.test(item));
  if (withVar !== undefined && !SHELLS.has(program)) {
    r.report(ins, ins.at(0), 'warning', 'exec-form-variable',
      msg('dockerfile.execFormVariable', { program: items[0] ?? '', withVar }));
  }
}

function checkRunFlags(r: Reporter, ins: ParsedInstruction): { rest: string; restOffset: number } {
  const { flags, rest, restOffset } = splitFlags(ins.args);
  const known = INSTRUCTION_FLAGS.RUN ?? [];
  for (const flag of flags) {
    if (!known.includes(flag.name)) {
      const guess = didYouMean(flag.name, known);
      r.report(ins, ins.at(flag.offset), 'error', 'unknown-run-flag',
        msg(guess ? 'dockerfile.unknownRunFlag.hint' : 'dockerfile.unknownRunFlag', { flag: flag.name, guess: `--${guess ?? ''}`, known: known.map((k) => `--${k}`).join(', ') }),
        guess ? `--${guess}` : undefined);
      continue;
    }
    if (flag.name !== 'mount' || flag.value === undefined) continue;
    const fields = new Map(flag.value.split(',').map((kv) => {
      const eq = kv.indexOf('=');
      return eq === -1 ? [kv, ''] : [kv.slice(0, eq), kv.slice(eq + 1)];
    }));
    const type = fields.get('type') ?? 'bind';
    if (!(MOUNT_TYPES as readonly string[]).includes(type)) {
      const guess = didYouMean(type, MOUNT_TYPES);
      r.report(ins, ins.at(flag.offset), 'error', 'unknown-mount-type',
        msg(guess ? 'dockerfile.unknownMountType.hint' : 'dockerfile.unknownMountType', { mount: `type=${type}`, types: MOUNT_TYPES.join(', '), guess: guess ?? '' }),
        guess ? `type=${guess}` : undefined);
    } else if (!['secret', 'ssh'].includes(type) && !['target', 'dst', 'destination'].some((k) => fields.has(k))) {
      r.report(ins, ins.at(flag.offset), 'error', 'mount-missing-target',
        msg('dockerfile.mount-type-needs-target-path', { type }));
    }
  }
  return { rest, restOffset };
}

function legacyForm(r: Reporter, ins: ParsedInstruction): void {
  const words = instructionWords(ins.args);
  const first = words[0];
  if (!first || first.value.includes('=') || words.length < 2) return;
  const rawValue = ins.args.slice((words[1]?.start ?? 0)).trim();
  const unquoted = words.length === 2 ? words[1]?.value ?? '' : words.slice(1).map((w) => w.value).join(' ');
  const value = /^(["']).*\1$/.test(rawValue) || !/\s/.test(unquoted) ? rawValue : JSON.stringify(unquoted);
  const fix = `${ins.upper} ${first.value}=${value}`;
  r.report(ins, ins.at(first.start), 'warning', 'env-legacy-form',
    msg('dockerfile.legacy-key-value-form-sets', { upper: ins.upper, fix }),
    fix);
}

function checkCopyAdd(r: Reporter, ins: ParsedInstruction, ctx: StageContext, options: RuleOptions): void {
  const { flags, rest, restOffset } = splitFlags(ins.args);
  const json = checkExecForm(r, ins, rest, restOffset, ins.upper);
  const broken = json === undefined && analyzeExecForm(rest).kind === 'broken';
  if (broken) return;
  const args = json ?? instructionWords(rest).map((w) => w.value);
  if (args.length < 2) {
    const example = args[0] ? `${ins.upper} ${ins.args.trim()} .` : undefined;
    r.report(ins, ins.start, 'error', 'copy-missing-destination',
      msg(args.length === 0 ? 'dockerfile.copyMissingDestination' : 'dockerfile.copyMissingDestination.example', { ins: ins.upper, source: args[0] ?? '', example: example ?? '' }),
      example);
    return;
  }
  const from = flags.find((f) => f.name === 'from');
  if (ins.upper === 'COPY' && from?.value && !options.fragment && /^[A-Za-z0-9_-]+$/.test(from.value) && !/^\d+$/.test(from.value)) {
    const name = from.value.toLowerCase();
    if (!ctx.stageSet.has(name)) {
      // The nearest stages only: comparing with every stage made 4,000 stages quadratic.
      const known = ctx.stages.slice(-MAX_STAGE_GUESSES).filter((s) => s !== '');
      const guess = didYouMean(name, known);
      r.report(ins, ins.at(from.offset), 'warning', 'copy-from-unknown-stage',
        msg(guess ? 'dockerfile.copyFromUnknownStage.hint' : 'dockerfile.copyFromUnknownStage', { from: `--from=${from.value}`, quoted: `"${from.value}"`, guess: guess ?? '' }),
        guess ? `--from=${guess}` : undefined);
    }
  }
  if (ins.upper === 'ADD') {
    const sources = args.slice(0, -1);
    if (sources.every((s) => !REMOTE.test(s) && !ARCHIVE.test(s) && !s.startsWith('<<'))) {
      r.report(ins, ins.start, 'warning', 'add-prefer-copy',
        msg('dockerfile.add-plain-local-files-does'),
        `COPY ${ins.args.slice(restOffset).trim()}`);
    }
  }
}

const INSTALLERS: Record<string, string> = { 'apt-get': 'install', apt: 'install', yum: 'install', dnf: 'install', microdnf: 'install', apk: 'add', zypper: 'install' };

/** The package manager when every command of a shell-form RUN only installs packages with it (`yum`). */
function installOnly(ins: ParsedInstruction): string | undefined {
  if (ins.upper !== 'RUN') return undefined;
  const { flags, rest } = splitFlags(ins.args);
  if (flags.length > 0 || analyzeExecForm(rest).kind !== 'shell') return undefined;
  const managers = shellCommands(rest).map((cmd) => {
    const words = cmd.words.map((w) => w.value).filter((w) => !w.startsWith('-'));
    const manager = words[0] ?? '';
    return INSTALLERS[manager] !== undefined && words[1] === INSTALLERS[manager] ? manager : undefined;
  });
  const first = managers[0];
  return first !== undefined && managers.every((m) => m === first) ? first : undefined;
}

interface StageContext {
  /** Stage names so far, lower case; '' for a stage without AS, so indices line up. */
  stages: string[];
  /** The same names, for lookups. */
  stageSet: Set<string>;
  /** The user set by the last USER of this stage (undefined: root, the default). */
  user: ParsedInstruction | undefined;
  shellSet: boolean;
  shellEntrypoint: ParsedInstruction | undefined;
  cmds: ParsedInstruction[];
}

function endStage(r: Reporter, ctx: StageContext): void {
  if (ctx.shellEntrypoint) {
    for (const cmd of ctx.cmds) {
      r.report(cmd, cmd.start, 'warning', 'cmd-ignored-by-shell-entrypoint',
        msg('dockerfile.entrypoint-line-shell-form-which', { line: ctx.shellEntrypoint.start.line }));
    }
  }
  ctx.shellSet = false;
  ctx.user = undefined;
  ctx.shellEntrypoint = undefined;
  ctx.cmds = [];
}

function checkInstruction(r: Reporter, ins: ParsedInstruction, ctx: StageContext, options: RuleOptions, nested: boolean): void {
  if (!KNOWN_KEYWORDS.includes(ins.upper)) {
    const guess = didYouMean(ins.upper, KNOWN_KEYWORDS);
    r.report(ins, ins.start, 'error', 'unknown-instruction',
      msg(guess ? 'dockerfile.unknownInstruction.hint' : 'dockerfile.unknownInstruction', { keyword: ins.keyword, guess: guess ?? '' }),
      guess);
    return;
  }
  ins.glued.forEach((join, k) => {
    // The last join kept also counts the ones left out (one mistake repeated, not new ones).
    const more = k === ins.glued.length - 1 ? ins.gluedTotal - ins.glued.length : 0;
    r.report(ins, join.at, 'warning', 'continuation-joins-words',
      msg(more > 0 ? 'dockerfile.continuationJoinsWords.more' : 'dockerfile.continuationJoinsWords', { ins: ins.upper, quoted: `"${join.word}"`, more }));
  });
  switch (ins.upper) {
    case 'FROM': {
      const { rest, restOffset } = splitFlags(ins.args);
      const words = instructionWords(rest);
      const image = words[0];
      if (!image) break;
      const name = image.value;
      const lastPart = name.split('/').pop() ?? '';
      const isStage = ctx.stageSet.has(name.toLowerCase());
      if (!isStage && name !== 'scratch' && !name.includes('$') && !lastPart.includes(':') && !name.includes('@')) {
        r.report(ins, ins.at(restOffset + image.start), 'warning', 'from-latest',
          msg('dockerfile.from-uses-moving-latest-tag', { name }));
      }
      break;
    }
    case 'RUN': {
      const { rest, restOffset } = checkRunFlags(r, ins);
      if (ins.heredocs.length > 0) break;
      const items = checkExecForm(r, ins, rest, restOffset, 'RUN');
      if (items) {
        checkExecVariables(r, ins, items);
      } else if (analyzeExecForm(rest).kind === 'shell') {
        checkShellCommands(r, ins, rest, restOffset);
        const installer = shellCommands(rest).map((c) => c.words.map((w) => w.value)).find((w) => INSTALLERS[w[0] ?? ''] !== undefined && w.includes(INSTALLERS[w[0] ?? ''] ?? ''));
        if (installer && ctx.user && !nested) {
          r.report(ins, ins.at(restOffset), 'warning', 'package-install-as-non-root',
            msg('dockerfile.packageInstallAsNonRoot', { installer: installer[0] ?? '', line: ctx.user.start.line, args: ctx.user.args }));
        }
      }
      checkMisspellings(r, ins, rest, restOffset);
      break;
    }
    case 'USER': {
      const name = ins.args.split(':')[0] ?? '';
      if (!nested) ctx.user = name === 'root' || name === '0' ? undefined : ins;
      break;
    }
    case 'CMD':
    case 'ENTRYPOINT': {
      const items = checkExecForm(r, ins, ins.args, 0, ins.upper);
      const form = analyzeExecForm(ins.args).kind;
      if (items) checkExecVariables(r, ins, items);
      if (form === 'shell' && ins.args !== '' && !ctx.shellSet && !nested) {
        // The shell form runs under `/bin/sh -c`: its words are sh's.
        const words = shellCommands(ins.args)[0]?.words ?? [];
        // Only offer a mechanical rewrite when no shell feature (pipes, variables, globs) is used
        // outside quotes; otherwise the exec form would change what the command does.
        // (Double quotes still expand `$` and backticks, so those are kept.)
        const unquoted = ins.args.replace(/'[^']*'/g, '').replace(/"([^"]*)"/g, (_m, inner: string) => inner.replace(/[^$`]/g, ''));
        const simple = !/[|&;<>$`*?(){}]/.test(unquoted);
        const fix = simple ? `${ins.upper} ${formatExecForm(words.map((w) => w.value))}` : undefined;
        r.report(ins, ins.at(0), 'warning', 'json-args-recommended',
          msg(ins.upper === 'ENTRYPOINT' ? 'dockerfile.jsonArgsRecommended.entrypoint' : 'dockerfile.jsonArgsRecommended.cmd'),
          fix);
      }
      if (ins.upper === 'ENTRYPOINT' && !nested) ctx.shellEntrypoint = form === 'shell' && ins.args !== '' ? ins : undefined;
      if (ins.upper === 'CMD' && !nested) ctx.cmds.push(ins);
      checkMisspellings(r, ins, ins.args, 0);
      break;
    }
    case 'SHELL':
      checkExecForm(r, ins, ins.args, 0, 'SHELL');
      if (!nested) ctx.shellSet = true;
      break;
    case 'VOLUME':
      checkExecForm(r, ins, ins.args, 0, 'VOLUME');
      break;
    case 'COPY':
    case 'ADD':
      if (ins.heredocs.length > 0 && instructionWords(ins.args).length >= 2) break;
      checkCopyAdd(r, ins, ctx, options);
      break;
    case 'ENV':
    case 'LABEL':
      legacyForm(r, ins);
      break;
    case 'HEALTHCHECK': {
      const { rest, restOffset } = splitFlags(ins.args);
      const m = /^CMD(\s+)/i.exec(rest);
      if (m) {
        const offset = restOffset + m[0].length;
        checkExecForm(r, ins, rest.slice(m[0].length), offset, 'HEALTHCHECK CMD');
        checkMisspellings(r, ins, rest.slice(m[0].length), offset);
      }
      break;
    }
    case 'ONBUILD': {
      const inner = innerInstruction(ins);
      // ONBUILD ONBUILD / FROM / MAINTAINER are reported by dockerfile-utils.
      if (inner && !['ONBUILD', 'FROM', 'MAINTAINER'].includes(inner.upper)) checkInstruction(r, inner, ctx, { ...options, fragment: true }, true);
      break;
    }
  }
}

/** Runs every rule over a Dockerfile. */
export function runRules(text: string, options: RuleOptions = {}): RuleFinding[] {
  return runRulesCounted(text, options).findings;
}

/** The findings (at most MAX_FINDINGS) and what was left out past that. */
export function runRulesCounted(text: string, options: RuleOptions = {}): { findings: RuleFinding[]; dropped: Reporter['dropped'] } {
  const runner = new RuleRunner(options);
  for (const { instruction } of new DockerfileReader(text).instructions()) runner.add(instruction);
  return runner.finish();
}

/**
 * The rules run one instruction at a time, in file order: holds the stage's context and the
 * findings (at most MAX_FINDINGS), never the instructions already checked (but the stage's CMDs
 * and its last USER and ENTRYPOINT, which later rules need).
 */
export class RuleRunner {
  private readonly r = new Reporter();
  private readonly ctx: StageContext = { stages: [], stageSet: new Set(), user: undefined, shellSet: false, shellEntrypoint: undefined, cmds: [] };
  private previous: ParsedInstruction | undefined;
  constructor(private readonly options: RuleOptions = {}) {}

  /** The findings kept so far, in the order they were reported. */
  get findings(): readonly RuleFinding[] {
    return this.r.findings;
  }

  add(ins: ParsedInstruction): void {
    const { r, ctx, options } = this;
    if (ins.unterminatedHeredoc !== undefined) {
      const name = ins.unterminatedHeredoc;
      r.report(ins, ins.start, 'error', 'heredoc-unterminated',
        msg('dockerfile.heredocUnterminated', { name, heredoc: `<<${name}` }));
    }
    const manager = installOnly(ins);
    if (manager !== undefined && this.previous !== undefined && installOnly(this.previous) === manager) {
      r.report(ins, ins.start, 'warning', 'consecutive-run-install',
        msg('dockerfile.consecutiveRunInstall', { line: this.previous.start.line, manager, install: INSTALLERS[manager] ?? '' }));
    }
    this.previous = ins;
    if (ins.upper === 'FROM') {
      endStage(r, ctx);
      checkInstruction(r, ins, ctx, options, false);
      const words = instructionWords(splitFlags(ins.args).rest);
      const stage = words[1]?.value.toUpperCase() === 'AS' ? (words[2]?.value ?? '').toLowerCase() : '';
      ctx.stages.push(stage);
      ctx.stageSet.add(stage);
      return;
    }
    checkInstruction(r, ins, ctx, options, false);
  }

  /** Ends the last stage; the findings and what was left out past MAX_FINDINGS. */
  finish(): { findings: RuleFinding[]; dropped: Reporter['dropped'] } {
    endStage(this.r, this.ctx);
    return { findings: this.r.findings, dropped: this.r.dropped };
  }
}
