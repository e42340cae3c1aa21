/**
 * Checks a Dockerfile (or a snippet of one) with dockerfile-utils and with our own rules, and
 * merges the results into one list sorted by position.
 */
import { validate, ValidationCode, ValidationSeverity, type ValidatorSettings } from 'dockerfile-utils';
import { INVISIBLE_SOURCE, invisibleName } from '../text/invisible.ts';
import { parseDockerfile } from './parse.ts';
import type { Localized } from '../i18n/localized.ts';
import { msg } from '../i18n/messages.ts';
import type { DockerfileProblem } from './problem.ts';
import { MAX_FINDINGS, runRulesCounted, type RuleOptions } from './rules.ts';

export type CheckOptions = RuleOptions;

/** A problem's message fields: English for the tools, every language for the pages and `--lang`. */
const localizedMessage = (m: Localized) => ({ message: m.en, localized: m });

/** Invisible and bidirectional-control characters (a leading byte order mark is left to the reader). */
const INVISIBLE = new RegExp(`(?!^\\ufeff)${INVISIBLE_SOURCE}`, 'gu');

/**
 * Every dockerfile-utils setting, spelled out: `validate(text, settings)` replaces its defaults
 * with the object it is given, so a partial object silently turns every unnamed check off.
 * `Required<>` makes the compiler insist on the complete set.
 */
const UTILS_SETTINGS: Required<ValidatorSettings> = {
  deprecatedMaintainer: ValidationSeverity.WARNING,
  directiveCasing: ValidationSeverity.WARNING,
  emptyContinuationLine: ValidationSeverity.WARNING,
  instructionCasing: ValidationSeverity.WARNING,
  instructionCmdMultiple: ValidationSeverity.WARNING,
  instructionEntrypointMultiple: ValidationSeverity.WARNING,
  instructionHealthcheckMultiple: ValidationSeverity.WARNING,
  // Our exec-form rule reports single quotes as an error (the builder falls back to the shell
  // form), with the repaired JSON as the suggestion.
  instructionJSONInSingleQuotes: ValidationSeverity.IGNORE,
  instructionWorkdirRelative: ValidationSeverity.WARNING,
};

/**
 * dockerfile-utils findings that one of our rules reports better (with a suggestion) when it fires
 * on the same instruction. An empty list means ours always covers it.
 */
const SUPERSEDED: Partial<Record<ValidationCode, string[]>> = {
  [ValidationCode.UNKNOWN_INSTRUCTION]: [],
  [ValidationCode.ARGUMENT_REQUIRES_AT_LEAST_TWO]: ['copy-missing-destination'],
  [ValidationCode.SHELL_JSON_FORM]: ['exec-form-invalid-json', 'exec-form-missing-comma', 'exec-form-not-strings'],
};

/** `ARGUMENT_REQUIRES_AT_LEAST_TWO` -> `argument-requires-at-least-two`. */
function utilsCode(code: unknown): string {
  const name = typeof code === 'number' ? ValidationCode[code] : undefined;
  return name ? name.toLowerCase().replace(/_/g, '-') : 'dockerfile-utils';
}

/**
 * Whether a Dockerfile snippet is checked as a fragment of a larger file (no FROM needed): when it
 * is marked so (a ```dockerfile fragment fence), or when it has no FROM line. Decided here only;
 * the example list, the pages and the mistake check all ask this function.
 */
export function isFragment(code: string, marked = false): boolean {
  return marked || !/^\s*FROM\s/im.test(code);
}

export function checkDockerfile(text: string, options: CheckOptions = {}): DockerfileProblem[] {
  const { findings, dropped } = runRulesCounted(text, options);
  const ours = findings.map((f) => f.problem);
  const instructions = parseDockerfile(text).instructions;
  // Lookups by line, built once: searching the instruction list and the findings for every
  // dockerfile-utils result was quadratic (128k lines of `COPY a` took 113 s).
  const startOfLine = new Map<number, number>();
  for (const ins of instructions) for (let l = ins.start.line; l <= ins.endLine; l++) startOfLine.set(l, ins.start.line);
  const instructionLineOf = (line: number): number => startOfLine.get(line) ?? line;
  const codesAt = new Map<number, Set<string>>();
  for (const f of findings) {
    let set = codesAt.get(f.instructionLine);
    if (!set) codesAt.set(f.instructionLine, (set = new Set()));
    set.add(f.problem.code);
  }
  const utils: DockerfileProblem[] = [];
  let utilsDropped = 0;
  let utilsDroppedError = false;
  let utilsDroppedLine = 0;
  for (const d of validate(text, UTILS_SETTINGS)) {
    const code = typeof d.code === 'number' ? (d.code as ValidationCode) : undefined;
    const line = d.range.start.line + 1;
    if (code === ValidationCode.NO_SOURCE_IMAGE && options.fragment) continue;
    const supersededBy = code === undefined ? undefined : SUPERSEDED[code];
    if (supersededBy) {
      if (supersededBy.length === 0) continue;
      const anchor = instructionLineOf(line);
      const there = codesAt.get(anchor);
      if (there && supersededBy.some((c) => there.has(c))) continue;
    }
    if (utils.length >= MAX_FINDINGS) {
      if (utilsDropped++ === 0) utilsDroppedLine = line;
      if (d.severity === 1) utilsDroppedError = true;
      continue;
    }
    utils.push({
      line,
      column: d.range.start.character + 1,
      severity: d.severity === 1 ? 'error' : 'warning',
      code: utilsCode(d.code),
      message: typeof d.message === 'string' ? d.message : d.message.value,
      source: 'dockerfile-utils',
    });
  }
  // Invisible and bidi-control characters: what the file shows is not what the builder reads.
  const lines = text.split('\n');
  let reported = 0;
  for (let i = 0; i < lines.length && reported < 1000; i++) {
    for (const m of (lines[i] as string).matchAll(INVISIBLE)) {
      if (reported++ >= 1000) break;
      const name = invisibleName(m[0]);
      const cp = `U+${(m[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
      ours.push({ line: i + 1, column: m.index + 1, severity: 'warning', code: 'invisible-character', ...localizedMessage(msg('dockerfile.invisibleCharacter', { cp })), source: 'dockref' });
    }
  }
  const all = [...ours, ...utils].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  const left = dropped.count + utilsDropped + Math.max(0, all.length - MAX_PROBLEMS);
  if (left === 0) return all;
  const kept = all.slice(0, MAX_PROBLEMS);
  const error = dropped.error || utilsDroppedError || all.slice(MAX_PROBLEMS).some((p) => p.severity === 'error');
  const firstLine = Math.min(...[dropped.line, utilsDroppedLine, all[MAX_PROBLEMS]?.line ?? 0].filter((l) => l > 0));
  kept.push({
    line: firstLine,
    column: 1,
    severity: error ? 'error' : 'warning',
    code: 'too-many-problems',
    // No count: past the cap, findings one of our rules would have superseded are not told apart.
    ...localizedMessage(msg(error ? 'dockerfile.tooManyProblems.error' : 'dockerfile.tooManyProblems', { max: MAX_PROBLEMS, line: firstLine })),
    source: 'dockref',
  });
  return kept;
}

/** Problems listed per file; the rest are counted in one `too-many-problems` line. */
export const MAX_PROBLEMS = 1_000;

export function hasErrors(problems: readonly DockerfileProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** `file:line:col severity code message`, the check-dockerfile output format (DESIGN.md). */
export function formatDockerfileProblem(file: string, p: DockerfileProblem): string {
  const fix = p.suggestion !== undefined && !p.message.includes(p.suggestion) ? ` (suggestion: ${p.suggestion})` : '';
  return `${file}:${p.line}:${p.column} ${p.severity} ${p.code} ${p.message}${fix}`;
}
