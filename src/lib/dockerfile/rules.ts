/**
 * Our own Dockerfile rules: the mistakes learners make that dockerfile-utils does not see (broken
 * exec-form JSON, unknown instructions with a did-you-mean, COPY without a destination, ...).
 * Each rule reports a stable code from RULE_CODES, an English and a Korean message, and a
 * suggestion when the fix is mechanical.
 */
import { analyzeExecForm, formatExecForm, type ExecFormIssueKind } from './exec-form.ts';
import { INSTRUCTION_FLAGS, KNOWN_KEYWORDS, MOUNT_TYPES } from './instructions.ts';
import { parseDockerfile, splitFlags, type ParsedInstruction, type SourcePos } from './parse.ts';
import type { DockerfileProblem, RuleCode } from './problem.ts';
import { didYouMean, shellWords, splitCommands } from './words.ts';
import { josa } from '../i18n/ko.ts';

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

const ISSUE_TEXT: Record<ExecFormIssueKind, { en: string; ko: string }> = {
  'missing-comma': { en: 'a comma is missing between two items', ko: '항목 사이에 쉼표가 빠졌습니다' },
  'single-quotes': { en: 'JSON strings need double quotes, not single quotes', ko: 'JSON 문자열은 작은따옴표가 아니라 큰따옴표로 감싸야 합니다' },
  'unterminated-string': { en: 'a string is not closed with "', ko: '문자열을 닫는 "가 없습니다' },
  'unquoted-item': { en: 'every item must be a quoted string', ko: '모든 항목은 따옴표로 감싼 문자열이어야 합니다' },
  'extra-comma': { en: 'there is an extra comma', ko: '쉼표가 하나 더 있습니다' },
  'missing-bracket': { en: 'the array is not closed with ]', ko: '배열을 닫는 ]가 없습니다' },
  'trailing-text': { en: 'there is text after the closing ]', ko: '닫는 ] 뒤에 글자가 더 있습니다' },
  'not-strings': { en: 'every item must be a string', ko: '모든 항목은 문자열이어야 합니다' },
};

/** What the builder does with an argument that starts with `[` but is not valid JSON. */
function fallbackFor(label: string): { en: string; ko: string } {
  switch (label) {
    case 'SHELL':
      return { en: 'the build stops with "SHELL requires the arguments to be in JSON form".', ko: '빌드가 "SHELL requires the arguments to be in JSON form" 오류로 멈춥니다.' };
    case 'VOLUME':
      return { en: 'Docker would silently split the text at spaces and create volume paths with names like ["/data".', ko: '이대로면 Docker가 경고 없이 글자를 공백으로 나눠 ["/data" 같은 이름의 볼륨 경로를 만듭니다.' };
    case 'COPY':
    case 'ADD':
      return { en: 'Docker would silently split the text at spaces and look for files with names like ["app.py",.', ko: '이대로면 Docker가 경고 없이 글자를 공백으로 나눠 ["app.py", 같은 이름의 파일을 찾습니다.' };
    default:
      return { en: 'Docker would silently run the whole text with /bin/sh -c instead.', ko: '이대로면 Docker가 경고 없이 전체 글자를 /bin/sh -c로 실행합니다.' };
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
    message: string,
    messageKo: string,
    suggestion?: string,
  ): void {
    if (this.findings.length >= MAX_FINDINGS) {
      if (this.dropped.count++ === 0) this.dropped.line = where.line;
      if (severity === 'error') this.dropped.error = true;
      return;
    }
    const problem: DockerfileProblem = { line: where.line, column: where.column, severity, code, message, messageKo, source: 'dockref' };
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
  const reasonsEn = kinds.map((k) => ISSUE_TEXT[k].en).join('; ');
  const reasonsKo = kinds.map((k) => ISSUE_TEXT[k].ko).join('; ');
  const fix = result.repaired === undefined ? undefined : `${label} ${result.repaired}`;
  if (kinds.includes('not-strings')) {
    r.report(ins, where, 'error', 'exec-form-not-strings',
      `${label} exec form must be a JSON array of strings; the builder stops with "not a string array".${fix ? ` Write: ${fix}` : ''}`,
      `${label}의 exec 형식은 문자열로만 이루어진 JSON 배열이어야 합니다. 빌드가 "not a string array" 오류로 멈춥니다.${fix ? ` 이렇게 쓰세요: ${fix}` : ''}`,
      fix);
    return undefined;
  }
  const code: RuleCode = kinds.length === 1 && kinds[0] === 'missing-comma' ? 'exec-form-missing-comma' : 'exec-form-invalid-json';
  const fallback = fallbackFor(label);
  r.report(ins, where, 'error', code,
    `${label} exec form is not valid JSON (${reasonsEn}); ${fallback.en}${fix ? ` Write: ${fix}` : ''}`,
    `${label}의 exec 형식이 올바른 JSON이 아닙니다(${reasonsKo}). ${fallback.ko}${fix ? ` 이렇게 쓰세요: ${fix}` : ''}`,
    fix);
  return undefined;
}

/** Rules for the commands inside a shell-form RUN. */
function checkShellCommands(r: Reporter, ins: ParsedInstruction, text: string, offset: number): void {
  const parts = splitCommands(text);
  const commands = parts.map((part) => {
    const words = shellWords(part.value);
    let k = 0;
    // Skip `VAR=value` prefixes and `sudo`/`env`, which run the next word as the command.
    while (k < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[k]?.value ?? '') || ['sudo', 'env'].includes(words[k]?.value ?? ''))) k++;
    return { part, words: words.slice(k), name: words[k]?.value ?? '', nameOffset: part.offset + (words[k]?.offset ?? 0) };
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
      r.report(ins, ins.at(offset + c.part.offset + w.offset), k === 0 ? 'error' : 'warning', 'typographic-dash',
        k === 0
          ? `"${w.value}" contains the typographic dash ${cp}, not the ASCII "-"; as written, the build stops with "${w.value}: not found". Write ${fixed}.`
          : `"${w.value}" starts with the typographic dash ${cp}, not the ASCII "-", so ${c.name} reads it as a plain word, not an option. Write ${fixed}.`,
        k === 0
          ? `"${w.value}"에 ASCII "-"가 아닌 문장 부호 대시 ${josa(cp, '이/가')} 들어 있습니다. 이대로면 "${w.value}: not found" 오류로 빌드가 멈춥니다. ${josa(fixed, '으로/로')} 쓰세요.`
          : `"${w.value}" 단어는 ASCII "-"가 아닌 문장 부호 대시 ${josa(cp, '으로/로')} 시작해서 ${c.name} 명령이 옵션이 아니라 보통 단어로 읽습니다. ${josa(fixed, '으로/로')} 쓰세요.`,
        fixed);
    });
    if (APT.has(c.name) && c.words.some((w) => w.value === 'install')) {
      // A cluster of letters holding a y (`-qy`), tested in two linear steps: `-[a-z]*y[a-z]*$`
      // backtracked over every y of `-yyy…y!` (160k characters: 21.6 s).
      const yes = c.words.some((w) => /^(--yes|--assume-yes|--force-yes|-qq)$/i.test(w.value) || (/^-[a-z]+$/i.test(w.value) && /y/i.test(w.value)) || /^-q=?2$/.test(w.value));
      if (!yes) {
        r.report(ins, ins.at(offset + c.nameOffset), 'warning', 'apt-get-missing-yes',
          `${c.name} install without -y waits for a "Do you want to continue? [Y/n]" answer that never comes during a build, and the build fails; add -y.`,
          `${c.name} install에 -y가 없으면 빌드 중에 "계속하시겠습니까? [Y/n]" 질문에 답할 수 없어 빌드가 실패합니다. -y를 붙이세요.`,
          c.part.value.replace(/\binstall\b/, 'install -y'));
      }
    }
    if (c.name !== '' && !KNOWN_COMMANDS.includes(c.name) && /^[a-z][a-z0-9.+-]*$/.test(c.name)) {
      const guess = didYouMean(c.name, KNOWN_COMMANDS);
      if (guess) {
        r.report(ins, ins.at(offset + c.nameOffset), 'warning', 'likely-typo',
          `"${c.name}" looks like a typo for "${guess}"; as written, the build stops with "${c.name}: not found".`,
          `${josa(`"${c.name}"`, '은/는')} "${guess}"의 오타로 보입니다. 이대로면 "${c.name}: not found" 오류로 빌드가 멈춥니다.`,
          guess);
      }
    }
  }
  const first = commands[0];
  if (commands.length === 1 && first?.name === 'cd') {
    r.report(ins, ins.at(offset + first.nameOffset), 'warning', 'run-cd-no-effect',
      'RUN cd changes the directory only inside this RUN; the next instruction starts in the old directory again. Use WORKDIR instead.',
      'RUN cd는 그 RUN 안에서만 디렉터리를 바꿉니다. 다음 명령은 다시 원래 디렉터리에서 시작하므로 WORKDIR을 쓰세요.',
      `WORKDIR ${first.words[1]?.value ?? '/app'}`);
  }
  if (commands.length > 0 && commands.every((c) => APT.has(c.name) && c.words[1]?.value === 'update')) {
    r.report(ins, ins.start, 'warning', 'apt-get-update-alone',
      'apt-get update in a RUN of its own is cached as a separate layer, so a later RUN apt-get install can use a stale package index; write RUN apt-get update && apt-get install -y ... in one instruction.',
      'apt-get update만 따로 RUN에 두면 별도 레이어로 캐시되어, 나중의 RUN apt-get install이 오래된 패키지 목록을 쓰게 됩니다. RUN apt-get update && apt-get install -y ...처럼 한 명령으로 합치세요.');
  }
}

function checkMisspellings(r: Reporter, ins: ParsedInstruction, text: string, offset: number): void {
  for (const [pattern, right] of MISSPELLINGS) {
    const m = pattern.exec(text);
    if (m) {
      r.report(ins, ins.at(offset + m.index), 'warning', 'common-misspelling',
        `"${m[0]}" looks misspelled; did you mean "${right}"?`,
        `${josa(`"${m[0]}"`, '은/는')} 철자가 틀린 것 같습니다. "${right}" 아닌가요?`,
        right);
    }
  }
}

function checkExecVariables(r: Reporter, ins: ParsedInstruction, items: string[]): void {
  const program = (items[0] ?? '').split('/').pop() ?? '';
  const withVar = items.find((item) => /\$\{?[A-Za-z_]/.test(item));
  if (withVar !== undefined && !SHELLS.has(program)) {
    r.report(ins, ins.at(0), 'warning', 'exec-form-variable',
      `The exec form runs ${items[0]} without a shell, so "${withVar}" is passed literally and not expanded; use the shell form or ["sh", "-c", "..."].`,
      `exec 형식은 셸을 거치지 않고 ${josa(items[0] ?? '', '을/를')} 바로 실행하므로 "${withVar}"의 변수가 치환되지 않고 글자 그대로 전달됩니다. 셸 형식이나 ["sh", "-c", "..."]를 쓰세요.`);
  }
}

function checkRunFlags(r: Reporter, ins: ParsedInstruction): { rest: string; restOffset: number } {
  const { flags, rest, restOffset } = splitFlags(ins.args);
  const known = INSTRUCTION_FLAGS.RUN ?? [];
  for (const flag of flags) {
    if (!known.includes(flag.name)) {
      const guess = didYouMean(flag.name, known);
      r.report(ins, ins.at(flag.offset), 'error', 'unknown-run-flag',
        `RUN has no flag --${flag.name}${guess ? `; did you mean --${guess}?` : ` (known: ${known.map((k) => `--${k}`).join(', ')})`}`,
        `RUN에는 --${flag.name} 옵션이 없습니다.${guess ? ` ${josa(`--${guess}`, '을/를')} 쓰려던 것 아닌가요?` : ` (사용 가능: ${known.map((k) => `--${k}`).join(', ')})`}`,
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
        `--mount type=${type} is not a mount type (use ${MOUNT_TYPES.join(', ')})${guess ? `; did you mean type=${guess}?` : ''}`,
        `--mount의 ${josa(`type=${type}`, '은/는')} 없는 종류입니다(${MOUNT_TYPES.join(', ')} 중 하나).${guess ? ` type=${guess} 아닌가요?` : ''}`,
        guess ? `type=${guess}` : undefined);
    } else if (!['secret', 'ssh'].includes(type) && !['target', 'dst', 'destination'].some((k) => fields.has(k))) {
      r.report(ins, ins.at(flag.offset), 'error', 'mount-missing-target',
        `--mount type=${type} needs target=<path in the build container>.`,
        `--mount type=${type}에는 target=<빌드 컨테이너 안의 경로>가 필요합니다.`);
    }
  }
  return { rest, restOffset };
}

function legacyForm(r: Reporter, ins: ParsedInstruction): void {
  const words = shellWords(ins.args);
  const first = words[0];
  if (!first || first.value.includes('=') || words.length < 2) return;
  const rawValue = ins.args.slice((words[1]?.offset ?? 0)).trim();
  const unquoted = words.length === 2 ? words[1]?.value ?? '' : words.slice(1).map((w) => w.value).join(' ');
  const value = /^(["']).*\1$/.test(rawValue) || !/\s/.test(unquoted) ? rawValue : JSON.stringify(unquoted);
  const fix = `${ins.upper} ${first.value}=${value}`;
  r.report(ins, ins.at(first.offset), 'warning', 'env-legacy-form',
    `The legacy "${ins.upper} key value" form sets one variable and swallows everything after the first space into its value; write ${fix}.`,
    `옛 "${ins.upper} key value" 형식은 변수 하나만 정하고 첫 공백 뒤의 모든 글자를 값으로 삼습니다. ${fix}처럼 쓰세요.`,
    fix);
}

function checkCopyAdd(r: Reporter, ins: ParsedInstruction, ctx: StageContext, options: RuleOptions): void {
  const { flags, rest, restOffset } = splitFlags(ins.args);
  const json = checkExecForm(r, ins, rest, restOffset, ins.upper);
  const broken = json === undefined && analyzeExecForm(rest).kind === 'broken';
  if (broken) return;
  const args = json ?? shellWords(rest).map((w) => w.value);
  if (args.length < 2) {
    const example = args[0] ? `${ins.upper} ${ins.args.trim()} .` : undefined;
    r.report(ins, ins.start, 'error', 'copy-missing-destination',
      args.length === 0
        ? `${ins.upper} needs a source and a destination (${ins.upper} <src>... <dest>).`
        : `${ins.upper} needs a source and a destination, but "${args[0]}" has no destination; add one, e.g. ${example}`,
      args.length === 0
        ? `${ins.upper}에는 원본과 대상이 모두 필요합니다(${ins.upper} <원본>... <대상>).`
        : `${ins.upper}에는 원본과 대상이 모두 필요한데 "${args[0]}"의 대상이 없습니다. ${example}처럼 대상을 적으세요.`,
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
        `--from=${from.value} is not a stage defined above${guess ? ` (did you mean --from=${guess}?)` : ''}, so Docker will try to pull an image named "${from.value}".`,
        `${josa(`--from=${from.value}`, '은/는')} 위에서 정의한 스테이지가 아닙니다${guess ? `(--from=${guess} 아닌가요?)` : ''}. Docker는 ${josa(`"${from.value}"`, '이라/라')}는 이미지를 내려받으려 합니다.`,
        guess ? `--from=${guess}` : undefined);
    }
  }
  if (ins.upper === 'ADD') {
    const sources = args.slice(0, -1);
    if (sources.every((s) => !REMOTE.test(s) && !ARCHIVE.test(s) && !s.startsWith('<<'))) {
      r.report(ins, ins.start, 'warning', 'add-prefer-copy',
        'ADD of plain local files does the same as COPY, but ADD also unpacks archives and fetches URLs, so readers must guess which you meant; use COPY.',
        '평범한 로컬 파일을 ADD로 넣는 것은 COPY와 같지만, ADD는 압축 해제와 URL 다운로드도 하므로 읽는 사람이 의도를 짐작해야 합니다. COPY를 쓰세요.',
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
  const managers = splitCommands(rest).map((part) => {
    const words = shellWords(part.value).map((w) => w.value).filter((w) => !w.startsWith('-'));
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
        `ENTRYPOINT on line ${ctx.shellEntrypoint.start.line} is in shell form, which ignores CMD (and any arguments of docker container run); write ENTRYPOINT in exec form (["..."]) so CMD supplies its default arguments.`,
        `${ctx.shellEntrypoint.start.line}행의 ENTRYPOINT가 셸 형식이라 CMD(와 docker container run의 인수)가 무시됩니다. CMD가 기본 인수 역할을 하려면 ENTRYPOINT를 exec 형식(["..."])으로 쓰세요.`);
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
      `Unknown instruction ${ins.keyword}${guess ? `; did you mean ${guess}?` : ''}`,
      `${josa(ins.keyword, '이라/라')}는 명령어는 없습니다.${guess ? ` ${josa(guess, '을/를')} 쓰려던 것 아닌가요?` : ''}`,
      guess);
    return;
  }
  ins.glued.forEach((join, k) => {
    // The last join kept also counts the ones left out (one mistake repeated, not new ones).
    const more = k === ins.glued.length - 1 ? ins.gluedTotal - ins.glued.length : 0;
    r.report(ins, join.at, 'warning', 'continuation-joins-words',
      `The line break after ${ins.upper}'s escape character is removed with nothing in between, so the words are glued into "${join.word}"; put a space before the escape character.${more > 0 ? ` The same happens at ${more} more line breaks of this ${ins.upper}.` : ''}`,
      `줄 끝의 이스케이프 문자와 줄바꿈이 사라지면서 앞뒤 단어가 ${josa(`"${join.word}"`, '으로/로')} 붙어 버립니다. 이스케이프 문자 앞에 공백을 넣으세요.${more > 0 ? ` 이 ${ins.upper}의 줄바꿈 ${more}곳에서도 같은 일이 일어납니다.` : ''}`);
  });
  switch (ins.upper) {
    case 'FROM': {
      const { rest, restOffset } = splitFlags(ins.args);
      const words = shellWords(rest);
      const image = words[0];
      if (!image) break;
      const name = image.value;
      const lastPart = name.split('/').pop() ?? '';
      const isStage = ctx.stageSet.has(name.toLowerCase());
      if (!isStage && name !== 'scratch' && !name.includes('$') && !lastPart.includes(':') && !name.includes('@')) {
        r.report(ins, ins.at(restOffset + image.offset), 'warning', 'from-latest',
          `FROM ${name} uses the moving "latest" tag, so the same Dockerfile can build something different tomorrow; pin a version (${name}:<version>).`,
          `FROM ${josa(name, '은/는')} 계속 바뀌는 "latest" 태그를 씁니다. 같은 Dockerfile이 내일은 다른 이미지를 만들 수 있으니 버전을 고정하세요(${name}:<버전>).`);
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
        const installer = splitCommands(rest).map((p) => shellWords(p.value).map((w) => w.value)).find((w) => INSTALLERS[w[0] ?? ''] !== undefined && w.includes(INSTALLERS[w[0] ?? ''] ?? ''));
        if (installer && ctx.user && !nested) {
          r.report(ins, ins.at(restOffset), 'warning', 'package-install-as-non-root',
            `This RUN installs packages with ${installer[0]}, but USER on line ${ctx.user.start.line} switched to "${ctx.user.args}", who may not do that (Permission denied); install before USER.`,
            `이 RUN은 ${josa(installer[0] ?? '', '으로/로')} 패키지를 설치하는데, ${ctx.user.start.line}행의 USER가 "${ctx.user.args}" 사용자로 바꿔 두었기 때문에 권한이 없습니다(Permission denied). 설치를 USER보다 앞에 두세요.`);
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
        const words = shellWords(ins.args);
        // Only offer a mechanical rewrite when no shell feature (pipes, variables, globs) is used
        // outside quotes; otherwise the exec form would change what the command does.
        // (Double quotes still expand `$` and backticks, so those are kept.)
        const unquoted = ins.args.replace(/'[^']*'/g, '').replace(/"([^"]*)"/g, (_m, inner: string) => inner.replace(/[^$`]/g, ''));
        const simple = !/[|&;<>$`*?(){}]/.test(unquoted);
        const fix = simple ? `${ins.upper} ${formatExecForm(words.map((w) => w.value))}` : undefined;
        r.report(ins, ins.at(0), 'warning', 'json-args-recommended',
          ins.upper === 'ENTRYPOINT'
            ? 'ENTRYPOINT in shell form runs under /bin/sh -c: the program is not PID 1, does not get the stop signal, and CMD and run arguments are ignored; use the exec form.'
            : 'CMD in shell form runs under /bin/sh -c, so the program is not PID 1 and does not get the stop signal from docker container stop; prefer the exec form.',
          ins.upper === 'ENTRYPOINT'
            ? '셸 형식의 ENTRYPOINT는 /bin/sh -c 아래에서 실행되어 프로그램이 PID 1이 아니고 종료 시그널을 받지 못하며, CMD와 실행 인수도 무시됩니다. exec 형식을 쓰세요.'
            : '셸 형식의 CMD는 /bin/sh -c 아래에서 실행되어 프로그램이 PID 1이 아니므로 docker container stop의 종료 시그널을 받지 못합니다. exec 형식을 권합니다.',
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
      if (ins.heredocs.length > 0 && shellWords(ins.args).length >= 2) break;
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
  const parsed = parseDockerfile(text);
  const r = new Reporter();
  const ctx: StageContext = { stages: [], stageSet: new Set(), user: undefined, shellSet: false, shellEntrypoint: undefined, cmds: [] };
  let previous: ParsedInstruction | undefined;
  for (const ins of parsed.instructions) {
    if (ins.unterminatedHeredoc !== undefined) {
      const name = ins.unterminatedHeredoc;
      r.report(ins, ins.start, 'error', 'heredoc-unterminated',
        `The heredoc <<${name} opened here is never closed: add a line that is exactly ${name}; everything after this line was read as its body.`,
        `여기서 연 heredoc ${josa(`<<${name}`, '이/가')} 닫히지 않았습니다. 정확히 ${name} 한 줄을 추가하세요. 이 줄 뒤의 모든 내용이 본문으로 읽혔습니다.`);
    }
    const manager = installOnly(ins);
    if (manager !== undefined && previous !== undefined && installOnly(previous) === manager) {
      r.report(ins, ins.start, 'warning', 'consecutive-run-install',
        `This RUN and the one on line ${previous.start.line} both only install packages with ${manager}; every RUN makes a layer, so install them in one RUN (${manager} ${INSTALLERS[manager]} a b c).`,
        `이 RUN과 ${previous.start.line}행의 RUN이 모두 ${josa(manager, '으로/로')} 패키지만 설치합니다. RUN마다 레이어가 하나씩 생기니 한 RUN에서 함께 설치하세요(${manager} ${INSTALLERS[manager]} a b c).`);
    }
    previous = ins;
    if (ins.upper === 'FROM') {
      endStage(r, ctx);
      checkInstruction(r, ins, ctx, options, false);
      const words = shellWords(splitFlags(ins.args).rest);
      const stage = words[1]?.value.toUpperCase() === 'AS' ? (words[2]?.value ?? '').toLowerCase() : '';
      ctx.stages.push(stage);
      ctx.stageSet.add(stage);
      continue;
    }
    checkInstruction(r, ins, ctx, options, false);
  }
  endStage(r, ctx);
  return { findings: r.findings, dropped: r.dropped };
}
