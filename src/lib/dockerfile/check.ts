/**
 * Checks a Dockerfile (or a snippet of one) with dockerfile-utils and with our own rules, and
 * merges the results into one list sorted by position.
 */
import { DockerfileParser } from 'dockerfile-ast';
import { validate, ValidationCode, ValidationSeverity, type ValidatorSettings } from 'dockerfile-utils';
import { INVISIBLE_SOURCE, invisibleName } from '../text/invisible.ts';
import { msg, say, type Message } from '../i18n/messages.ts';
// The checker's words, added to the messages before any is made or shown.
import './messages.ts';
import { DockerfileReader, type ParsedInstruction } from './parse.ts';
import type { DockerfileProblem } from './problem.ts';
import { MAX_FINDINGS, RuleRunner, type RuleOptions } from './rules.ts';
import { utilsCode, utilsMessage } from './utils-messages.ts';

export type CheckOptions = RuleOptions;

/** A problem's message fields: English for the tools, every language for the pages and `--lang` (dockerfile-utils' findings too: utils-messages.ts). */
const localizedMessage = (m: Message) => ({ message: say(m, 'en'), text: m });

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


/**
 * Whether a Dockerfile snippet is checked as a fragment of a larger file (no FROM needed): when it
 * is marked so (a ```dockerfile fragment fence), or when it has no FROM line. Decided here only;
 * the example list, the pages and the mistake check all ask this function.
 */
export function isFragment(code: string, marked = false): boolean {
  return marked || !/^\s*FROM\s/im.test(code);
}

/**
 * How much of the file dockerfile-utils is given at a time (characters, whole instructions).
 * It builds a syntax tree of what it is given, 25 to 90 times the text; handed the whole file at
 * once, a 1 MB Dockerfile needed 30 to 60 MB. Piece by piece it holds one piece's tree.
 */
export const UTILS_PIECE = 32 * 1024;
/**
 * An instruction longer than this (characters, continuation lines included) is not given to
 * dockerfile-utils at all: its tree alone would be 25 to 90 times that. Our own rules still check
 * it, and an `instruction-too-long` warning says that dockerfile-utils did not.
 */
export const UTILS_INSTRUCTION_MAX = 64 * 1024;

/** What dockerfile-utils reports about instructions it cannot see in a piece; counted over the whole file instead. */
const WHOLE_FILE_CODES = new Set<unknown>([ValidationCode.DUPLICATE_BUILD_STAGE_NAME]);
/** The comment that makes dockerfile-utils skip the next line's instruction. */
const UTILS_IGNORE = /^[ \t]*#[ \t]*dockerfile-utils: ignore[ \t]*$/;
/** A line dockerfile-utils might read as a parser directive. */
const DIRECTIVE_LIKE = /^[ \t]*#[^\n]*=/;
/** Instructions dockerfile-utils counts per stage and reports when one is repeated. */
const COUNTED = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

/** The heredoc names dockerfile-utils opens for an instruction's words (`<<EOF`, `<<-"EOF"`), as dockerfile-ast reads them. */
function utilsHeredocs(args: string): { names: string[]; tabbed: boolean[] } | null {
  const names: string[] = [];
  const tabbed: boolean[] = [];
  for (const word of args.split(/[ \t\r\n]+/)) {
    if (!word.startsWith('<<') || word.length <= 2) continue;
    // Quotes inside such a word are read differently by the two parsers: not comparable.
    if (/["']/.test(word.slice(word.startsWith('<<-') ? 3 : 2).replace(/^(["'])[A-Za-z_][A-Za-z0-9_]*\1$/, ''))) return null;
    let v = word.slice(2);
    const tab = v.startsWith('-');
    if (tab) v = v.slice(1);
    if (v.startsWith('"') || v.startsWith("'")) v = v.slice(1, -1);
    if (v.startsWith('<')) continue;
    names.push(v);
    tabbed.push(tab);
  }
  return { names, tabbed };
}

/**
 * Whether dockerfile-utils is surely at the start of an instruction on the line after `ins`, as
 * our reader is: true unless the instruction has `<<` that the two may read differently.
 */
function endsCleanly(ins: ParsedInstruction): boolean {
  if (!ins.args.includes('<<')) return true;
  if (ins.unterminatedHeredoc !== undefined || !['RUN', 'COPY', 'ADD'].includes(ins.upper)) return false;
  const theirs = utilsHeredocs(ins.args);
  if (!theirs) return false;
  // dockerfile-utils strips tabs for every body once one marker says `<<-`; ours per marker.
  if (theirs.tabbed.some((t) => t !== theirs.tabbed[0])) return false;
  return theirs.names.length === ins.heredocs.length && theirs.names.every((n, k) => n === ins.heredocs[k]);
}

/**
 * Line numbers as dockerfile-utils counts them (`\r\n`, a lone `\r` and `\n` each end a line),
 * for offsets asked in increasing order: one pass over the text in all.
 */
class UtilsLines {
  private at = 0;
  private line = 0;
  constructor(private readonly text: string) {}
  /** The 0-based line of `offset` (not smaller than the offset asked before). */
  lineOf(offset: number): number {
    const t = this.text;
    for (; this.at < offset && this.at < t.length; this.at++) {
      const c = t.charCodeAt(this.at);
      if (c === 10) this.line++;
      else if (c === 13 && t.charCodeAt(this.at + 1) !== 10) this.line++;
    }
    return this.line;
  }
}

/** Counts the line breaks of a short text the way dockerfile-utils does. */
function utilsLineCount(text: string): number {
  return new UtilsLines(text).lineOf(text.length);
}

/** A repeated CMD, ENTRYPOINT or HEALTHCHECK of the stage, carried into the next piece so dockerfile-utils still sees the repeat. */
interface Counted {
  /** The line as the next piece starts it: the keyword at the same column (a byte order mark counted as a space). */
  text: string;
  /** Whether a `# dockerfile-utils: ignore` line came just before it. */
  ignored: boolean;
  /** Its line as dockerfile-utils numbers the whole file (0-based). */
  utilsLine: number;
}

/** A FROM that names its stage, as dockerfile-utils read it: every FROM of a name used twice is reported. */
interface StageFrom {
  name: string;
  line: number;
  column: number;
  /** After a `# dockerfile-utils: ignore` line: counted for the name, but not reported. */
  ignored: boolean;
}

/** dockerfile-utils' finding for each FROM of a stage name used more than once, in its order. */
function duplicateStageProblems(names: Map<string, StageFrom[]>): DockerfileProblem[] {
  const out: DockerfileProblem[] = [];
  for (const list of names.values()) {
    if (list.length < 2) continue;
    for (const from of list) if (!from.ignored) out.push({ line: from.line, column: from.column, severity: 'error', code: utilsCode(ValidationCode.DUPLICATE_BUILD_STAGE_NAME), ...localizedMessage(msg('dockerfile.utils.duplicate-build-stage-name', { name: from.name })), source: 'dockerfile-utils' });
  }
  return out;
}

function previousLine(text: string, offset: number): string {
  if (offset === 0) return '';
  const lineStart = text.lastIndexOf('\n', offset - 2) + 1;
  // A byte order mark before the file's first line is not part of it.
  return text.slice(lineStart === 0 && text.startsWith('\ufeff') ? 1 : lineStart, offset - 1).replace(/\r$/, '');
}

export function checkDockerfile(text: string, options: CheckOptions & { utilsPiece?: number } = {}): DockerfileProblem[] {
  const pieceSize = options.utilsPiece ?? UTILS_PIECE;
  const reader = new DockerfileReader(text);
  const rules = new RuleRunner(options);
  const lines = new UtilsLines(text);
  const ours: DockerfileProblem[] = [];
  const utils: DockerfileProblem[] = [];
  let utilsDropped = 0;
  let utilsDroppedError = false;
  let utilsDroppedLine = 0;

  // What every piece after the first starts with: the parser directives exactly as written (so
  // dockerfile-utils reads the same escape character), then a FROM, so the piece is a stage.
  const head = text.slice(0, reader.bodyOffset);
  const afterHead = text.slice(reader.bodyOffset, text.indexOf('\n', reader.bodyOffset) >>> 0);
  // Pieces only when dockerfile-utils surely reads the directives as we do.
  let canCut = head.length <= 4096 && !DIRECTIVE_LIKE.test(afterHead);
  const headLines = utilsLineCount(head);

  /** The piece being collected: from `pieceStart` in the text, its instructions' first and last lines. */
  let pieceStart = 0;
  let pieceStartLine = 0;
  let first = true;
  let pieceInstructions: Array<[number, number]> = [];
  let codesAt = new Map<number, Set<string>>();
  /** The stage's last CMD, ENTRYPOINT and HEALTHCHECK before the current piece. */
  const counted = new Map<string, Counted>();
  const countedInPiece = new Map<string, Counted>();
  /** Whether the piece being collected starts a new stage (its carried instructions then end with it). */
  let fromInPiece = false;
  let sawNonArg = false;
  /** Named stages as dockerfile-utils reads them: name -> the FROMs' duplicate-name findings. */
  const stageNames = new Map<string, StageFrom[]>();

  const addUtils = (d: ReturnType<typeof validate>[number], line: number, instructionLineOf: (line: number) => number) => {
    const code = typeof d.code === 'number' ? (d.code as ValidationCode) : undefined;
    if (code === ValidationCode.NO_SOURCE_IMAGE && options.fragment) return;
    const supersededBy = code === undefined ? undefined : SUPERSEDED[code];
    if (supersededBy) {
      if (supersededBy.length === 0) return;
      const there = codesAt.get(instructionLineOf(line));
      if (there && supersededBy.some((c) => there.has(c))) return;
    }
    if (utils.length >= MAX_FINDINGS) {
      if (utilsDropped++ === 0) utilsDroppedLine = line;
      if (d.severity === 1) utilsDroppedError = true;
      return;
    }
    const named = utilsCode(d.code);
    utils.push({ line, column: d.range.start.character + 1, severity: d.severity === 1 ? 'error' : 'warning', code: named, ...localizedMessage(utilsMessage(named, typeof d.message === 'string' ? d.message : d.message.value)), source: 'dockerfile-utils' });
  };

  /** Hands the piece up to `end` to dockerfile-utils and keeps what it finds. */
  const flush = (end: number) => {
    if (end <= pieceStart && !first) return;
    const body = text.slice(pieceStart, end);
    // Lines of the prefix, as dockerfile-utils numbers them, mapped back to the file: -1 = dropped.
    const prefixMap: number[] = [];
    let prefix = '';
    if (!first) {
      prefix = `${head}FROM scratch\n`;
      for (let k = 0; k <= headLines; k++) prefixMap.push(-1);
      for (const c of counted.values()) {
        if (c.ignored) {
          prefix += '# dockerfile-utils: ignore\n';
          prefixMap.push(-1);
        }
        prefix += `${c.text}\n`;
        prefixMap.push(c.utilsLine);
      }
    }
    const starts = pieceInstructions.map(([s]) => s);
    const instructionLineOf = (line: number): number => {
      // The instruction whose lines hold `line` (binary search over the piece's instructions).
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= line) lo = mid;
        else hi = mid - 1;
      }
      const ins = pieceInstructions[lo];
      return ins && ins[0] <= line && line <= ins[1] ? ins[0] : line;
    };
    const doc = prefix + body;
    // Stage names, read by dockerfile-ast as dockerfile-utils reads them; a name used twice is
    // reported over the whole file, so these are counted across pieces (not the prefix's FROM).
    const ast = DockerfileParser.parse(doc);
    const ignored = new Set(ast.getComments().filter((c) => c.getContent() === 'dockerfile-utils: ignore').map((c) => c.getRange().start.line + 1));
    for (const from of ast.getFROMs()) {
      const l = from.getInstructionRange().start.line;
      const name = from.getBuildStage();
      if (l < prefixMap.length || name === null) continue;
      const key = name.toLowerCase();
      let list = stageNames.get(key);
      if (!list) stageNames.set(key, (list = []));
      const range = from.getBuildStageRange();
      // The lib reports the name's range; its line is the instruction's line in the file.
      list.push({ name: key, line: (range?.start.line ?? l) - prefixMap.length + pieceStartLine + 1, column: (range?.start.character ?? 0) + 1, ignored: ignored.has(l) });
    }
    for (const d of validate(doc, UTILS_SETTINGS)) {
      const l = d.range.start.line;
      let line: number;
      if (l < prefixMap.length) {
        // Only a repeat of a carried instruction belongs to the file; the rest is the prefix's own.
        const mapped = prefixMap[l] as number;
        if (mapped < 0 || d.code !== ValidationCode.MULTIPLE_INSTRUCTIONS) continue;
        line = mapped + 1;
      } else line = l - prefixMap.length + pieceStartLine + 1;
      if (WHOLE_FILE_CODES.has(d.code)) continue;
      addUtils(d, line, instructionLineOf);
    }
    // What the next piece carries: the stage's counted instructions as they stand at this piece's end.
    if (fromInPiece) counted.clear();
    for (const [k, c] of countedInPiece) counted.set(k, c);
    countedInPiece.clear();
    fromInPiece = false;
    first = false;
    pieceStart = end;
    pieceStartLine = lines.lineOf(end);
    pieceInstructions = [];
    codesAt = new Map();
  };

  let cleanSoFar = true;
  for (const { instruction: ins, startOffset, endOffset } of reader.instructions()) {
    const before = rules.findings.length;
    rules.add(ins);
    const utilsLine = lines.lineOf(startOffset);
    const tooLong = endOffset - startOffset > UTILS_INSTRUCTION_MAX;
    // An instruction too long for dockerfile-utils is left out of its pieces when the pieces can
    // end on both sides of it; otherwise it goes in (correct verdicts before memory).
    if (tooLong && canCut && cleanSoFar && sawNonArg && endsCleanly(ins)) {
      flush(startOffset);
      ours.push({ line: ins.start.line, column: ins.start.column, severity: 'warning', code: 'instruction-too-long', ...localizedMessage(msg('dockerfile.instructionTooLong', { keyword: ins.upper, length: endOffset - startOffset, from: ins.start.line, to: lines.lineOf(endOffset - 1) + 1, max: UTILS_INSTRUCTION_MAX })), source: 'dockref' });
      pieceStart = endOffset;
      pieceStartLine = lines.lineOf(endOffset);
      if (ins.upper === 'FROM') counted.clear();
      continue;
    }
    if (rules.findings.length > before) {
      let set = codesAt.get(ins.start.line);
      if (!set) codesAt.set(ins.start.line, (set = new Set()));
      for (const f of rules.findings.slice(before)) if (f.instructionLine === ins.start.line) set.add(f.problem.code);
      // Findings of an ONBUILD trigger or a stage's end carry their own instruction line.
      for (const f of rules.findings.slice(before)) {
        if (f.instructionLine === ins.start.line) continue;
        let other = codesAt.get(f.instructionLine);
        if (!other) codesAt.set(f.instructionLine, (other = new Set()));
        other.add(f.problem.code);
      }
    }
    pieceInstructions.push([ins.start.line, ins.endLine]);
    if (ins.upper !== 'ARG') sawNonArg = true;
    if (ins.upper === 'FROM') {
      fromInPiece = true;
      countedInPiece.clear();
      // dockerfile-utils names duplicate stages across the whole file: counted here, not per piece.
    } else if (COUNTED.has(ins.upper)) {
      countedInPiece.set(ins.upper, { text: ' '.repeat(ins.start.column - 1) + ins.keyword, ignored: UTILS_IGNORE.test(previousLine(text, startOffset)), utilsLine });
    }
    cleanSoFar = endsCleanly(ins);
    if (!cleanSoFar) canCut = false;
    if (canCut && sawNonArg && endOffset - pieceStart >= pieceSize && endOffset <= text.length) flush(endOffset);
  }
  flush(text.length);
  const { findings, dropped } = rules.finish();
  for (const f of findings) ours.push(f.problem);
  for (const p of duplicateStageProblems(stageNames)) {
    if (utils.length >= MAX_FINDINGS) {
      if (utilsDropped++ === 0) utilsDroppedLine = p.line;
      if (p.severity === 'error') utilsDroppedError = true;
      continue;
    }
    utils.push(p);
  }
  // Invisible and bidi-control characters: what the file shows is not what the builder reads.
  let reported = 0;
  for (let at = 0, i = 0; at <= text.length && reported < 1000; i++) {
    const nl = text.indexOf('\n', at);
    const line = text.slice(at, nl < 0 ? text.length : nl);
    at = nl < 0 ? text.length + 1 : nl + 1;
    for (const m of line.matchAll(INVISIBLE)) {
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
