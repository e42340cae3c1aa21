/**
 * A small Dockerfile reader for our own checks. It mirrors the builder's line handling
 * (https://docs.docker.com/reference/dockerfile/#format): parser directives at the top, `#`
 * comments, the escape character joining a line with the next, and heredocs (`RUN <<EOF`). It keeps
 * a map from every character of the joined instruction back to its line and column, so a problem
 * found in a joined instruction is still reported where the learner typed it.
 */
import { continuationAt, dockerfileContinuation } from '../shell/continuation.ts';

/** A 1-based position in the source text. */
export interface SourcePos {
  line: number;
  column: number;
}

/** Where two physical lines were glued together without any whitespace between them. */
export interface GluedJoin {
  /** Position of the first character of the continuation line. */
  at: SourcePos;
  /** The word the join produced (`-ycurl`), for the message. */
  word: string;
}

export interface ParsedInstruction {
  /** The keyword as written (`run`, `RUN`). */
  keyword: string;
  /** The keyword in upper case. */
  upper: string;
  /** Position of the keyword. */
  start: SourcePos;
  /** Last physical line of the instruction (heredoc bodies not included). */
  endLine: number;
  /** Everything after the keyword, continuation lines joined, trimmed. */
  args: string;
  /** Source position of `args[offset]` (offset may be `args.length`: just past the end). */
  at(offset: number): SourcePos;
  /** Heredoc delimiters the instruction opened (`EOF`); their bodies are not instructions. */
  heredocs: string[];
  /** A heredoc whose closing delimiter never comes (the rest of the file became its body). */
  unterminatedHeredoc?: string;
  /** The first MAX_GLUED_JOINS glued joins of the instruction. */
  glued: GluedJoin[];
  /** How many glued joins the instruction has in all (more than `glued.length` when capped). */
  gluedTotal: number;
}

/**
 * Glued joins kept per instruction: a file of 100,000 `b\` lines glued into one word is one
 * mistake repeated; its first joins show it, and a count says how many more there are.
 */
export const MAX_GLUED_JOINS = 20;
/** Characters of the glued word kept before the join (the word is for the message only). */
const GLUED_CONTEXT = 40;

export interface ParsedDockerfile {
  /** The escape character (`\` unless a `# escape=` directive says otherwise). */
  escape: string;
  instructions: ParsedInstruction[];
}

/**
 * Where each physical line of an instruction starts in its joined text, three numbers per line
 * (offset in the joined text, line, column) in one typed array: an object per line took more
 * memory than the 3-byte lines of a 100,000-line instruction themselves.
 */
class Segments {
  private data = new Int32Array(48);
  length = 0;
  push(start: number, line: number, column: number): void {
    if (this.length * 3 + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const k = this.length * 3;
    this.data[k] = start;
    this.data[k + 1] = line;
    this.data[k + 2] = column;
    this.length++;
  }
  /** Drops the spare room once the instruction is read. */
  trim(): void {
    this.data = this.data.slice(0, this.length * 3);
  }
  start(i: number): number {
    return this.data[i * 3] as number;
  }
  line(i: number): number {
    return this.data[i * 3 + 1] as number;
  }
  column(i: number): number {
    return this.data[i * 3 + 2] as number;
  }
}

const DIRECTIVE = /^\s*#\s*([a-zA-Z][a-zA-Z0-9_-]*)\s*=\s*(\S*)\s*$/;
// Sticky: matched only at the `<<` the scan stands on. With `g`, a failed match searched the whole
// rest of the line again from every `<<` (`RUN <<<<<<…`: 160k characters took 15 s).
const HEREDOC = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/y;
const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD']);

function positionFinder(segments: Segments, lead: number): (offset: number) => SourcePos {
  return (offset: number) => {
    const target = offset + lead;
    if (segments.length === 0) return { line: 1, column: 1 + target };
    // Binary search for the last segment starting at or before target (segments are sorted).
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments.start(mid) <= target) lo = mid;
      else hi = mid - 1;
    }
    return { line: segments.line(lo), column: segments.column(lo) + (target - segments.start(lo)) };
  };
}

/**
 * The `<<EOF` markers of an instruction outside quotes: `RUN echo "<<EOF"` prints the text and
 * opens no heredoc (it made the checker skip the rest of the file).
 */
export function heredocMarkers(args: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let quote = '';
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (c === '<' && args[i + 1] === '<') {
      HEREDOC.lastIndex = i;
      const m = HEREDOC.exec(args);
      if (m) {
        out.push(m);
        i = HEREDOC.lastIndex - 1;
      } else i++;
    }
  }
  return out;
}

/** Removes a trailing escape character (and whitespace after it); says whether it was there. */
function trimContinuation(text: string, escape: string): [string, boolean] {
  const at = continuationAt(text, dockerfileContinuation(escape));
  return at >= 0 ? [text.slice(0, at), true] : [text, false];
}

function isBlank(line: string): boolean {
  return /^\s*$/.test(line);
}

function isComment(line: string): boolean {
  return /^\s*#/.test(line);
}

/**
 * The text's physical lines, read forward one at a time, as `text.split(/\r?\n/)` would give them
 * (a last empty line after a final line break included) but without an array of every line.
 */
class LineCursor {
  /** Index (0-based) of the current line. */
  index = 0;
  /** Offset where the current line starts (past the text's end once every line is read). */
  offset = 0;
  constructor(private readonly text: string) {}
  get done(): boolean {
    return this.offset > this.text.length;
  }
  /** The current line without its line break. */
  current(): string {
    const nl = this.text.indexOf('\n', this.offset);
    if (nl < 0) return this.text.slice(this.offset);
    return this.text.slice(this.offset, nl > this.offset && this.text[nl - 1] === '\r' ? nl - 1 : nl);
  }
  advance(): void {
    const nl = this.text.indexOf('\n', this.offset);
    this.offset = nl < 0 ? this.text.length + 1 : nl + 1;
    this.index++;
  }
}

/** Joins many pieces into one string without holding one string per piece until the end. */
class Joiner {
  private pieces: string[] = [];
  private blocks: string[] = [];
  push(piece: string): void {
    this.pieces.push(piece);
    if (this.pieces.length >= 4096) {
      this.blocks.push(this.pieces.join(''));
      this.pieces = [];
    }
  }
  join(): string {
    this.blocks.push(this.pieces.join(''));
    return this.blocks.length === 1 ? (this.blocks[0] as string) : this.blocks.join('');
  }
}

/** Reads one instruction from the cursor's current line (its first line); leaves the cursor on the line after it (and after its heredoc bodies). */
function readInstruction(cursor: LineCursor, escape: string): ParsedInstruction {
  const first = cursor.index;
  const line = cursor.current();
  cursor.advance();
  const m = /^(\s*)(\S+)/.exec(line) as RegExpExecArray;
  const indent = (m[1] ?? '').length;
  const keyword = m[2] ?? '';
  const segments = new Segments();
  const glued: GluedJoin[] = [];
  let gluedTotal = 0;
  // The joined text is built from its pieces once, at the end. Reading the last character of a
  // growing `+=` string flattened it again for every line: quadratic time and, with a 200-character
  // word per join, 4 GB for 106,000 continuation lines.
  const pieces = new Joiner();
  let length = 0;
  /** The last GLUED_CONTEXT characters of the joined text, for the glued word. */
  let tail = '';
  const append = (lineIndex: number, column0: number, text: string) => {
    segments.push(length, lineIndex + 1, column0 + 1);
    pieces.push(text);
    length += text.length;
    tail = text.length >= GLUED_CONTEXT ? text.slice(-GLUED_CONTEXT) : (tail + text).slice(-GLUED_CONTEXT);
  };
  const afterKeyword = indent + keyword.length;
  let [piece, more] = trimContinuation(line.slice(afterKeyword), escape);
  append(first, afterKeyword, piece);
  let last = first;
  while (more && !cursor.done) {
    const i = cursor.index;
    const next = cursor.current();
    cursor.advance();
    last = i;
    // Comment lines and empty lines inside a continued instruction are dropped by the builder.
    if (isComment(next) || isBlank(next)) continue;
    [piece, more] = trimContinuation(next, escape);
    if (length > 0 && !/\s/.test(tail.at(-1) ?? ' ') && /^\S/.test(piece)) {
      gluedTotal++;
      if (glued.length < MAX_GLUED_JOINS) {
        let k = tail.length;
        while (k > 0 && !/\s/.test(tail[k - 1] as string)) k--;
        const before = tail.slice(k);
        let end = 0;
        while (end < piece.length && end < GLUED_CONTEXT && !/\s/.test(piece[end] as string)) end++;
        const word = `${k === 0 && length > tail.length ? '…' : ''}${before}${piece.slice(0, end)}${end < piece.length && !/\s/.test(piece[end] as string) ? '…' : ''}`;
        glued.push({ at: { line: i + 1, column: 1 }, word });
      }
    }
    append(i, 0, piece);
  }
  segments.trim();
  const logical = pieces.join();
  const lead = logical.length - logical.trimStart().length;
  const args = logical.trim();
  const upper = keyword.toUpperCase();
  const heredocs: string[] = [];
  let unterminated: string | undefined;
  if (HEREDOC_INSTRUCTIONS.has(upper)) {
    for (const h of heredocMarkers(args)) {
      const stripTabs = h[1] === '-';
      const name = h[3] ?? '';
      heredocs.push(name);
      // The body runs up to a line that is exactly the delimiter (leading tabs allowed with `<<-`).
      let closed = false;
      while (!cursor.done) {
        const body = cursor.current();
        cursor.advance();
        if ((stripTabs ? body.replace(/^\t+/, '') : body) === name) {
          closed = true;
          break;
        }
      }
      if (!closed) {
        unterminated = name;
        break;
      }
    }
  }
  const instruction: ParsedInstruction = {
    keyword,
    upper,
    start: { line: first + 1, column: indent + 1 },
    endLine: last + 1,
    args,
    at: positionFinder(segments, lead),
    heredocs,
    glued,
    gluedTotal,
  };
  if (unterminated !== undefined) instruction.unterminatedHeredoc = unterminated;
  return instruction;
}

/** One instruction as the reader met it, with where its text (heredoc bodies included) lies in the file. */
export interface ReadInstruction {
  instruction: ParsedInstruction;
  /** Offset of the instruction's first line in the text. */
  startOffset: number;
  /** Offset of the line after it (past the text's end when it runs to the end). */
  endOffset: number;
}

/**
 * Reads a Dockerfile one instruction at a time: the parser directives first (`escape`), then
 * `instructions()` yields each instruction as soon as it is read, so a checker can hold one
 * instruction at a time instead of the whole file's.
 */
export class DockerfileReader {
  readonly escape: string;
  /** Offset just past the parser directives (where the instructions start being read). */
  readonly bodyOffset: number;
  private readonly cursor: LineCursor;
  constructor(text: string) {
    const cursor = new LineCursor(text);
    let escape = '\\';
    // Parser directives are only read before the first comment, blank line or instruction.
    const seen = new Set<string>();
    while (!cursor.done) {
      const d = DIRECTIVE.exec(cursor.current());
      if (!d) break;
      const name = (d[1] ?? '').toLowerCase();
      if (seen.has(name)) break;
      seen.add(name);
      if (name === 'escape' && (d[2] === '`' || d[2] === '\\')) escape = d[2];
      cursor.advance();
    }
    this.escape = escape;
    this.bodyOffset = cursor.offset;
    this.cursor = cursor;
  }

  *instructions(): Generator<ReadInstruction> {
    const cursor = this.cursor;
    while (!cursor.done) {
      const line = cursor.current();
      if (isBlank(line) || isComment(line)) {
        cursor.advance();
        continue;
      }
      const startOffset = cursor.offset;
      const instruction = readInstruction(cursor, this.escape);
      yield { instruction, startOffset, endOffset: cursor.offset };
    }
  }
}

export function parseDockerfile(text: string): ParsedDockerfile {
  const reader = new DockerfileReader(text);
  const instructions: ParsedInstruction[] = [];
  for (const r of reader.instructions()) instructions.push(r.instruction);
  return { escape: reader.escape, instructions };
}

/** One `--name[=value]` flag at the start of an instruction's arguments. */
export interface ParsedFlag {
  name: string;
  value: string | undefined;
  /** Offset of `--` in the arguments. */
  offset: number;
}

/** Splits leading `--flag[=value]` words off an instruction's arguments. */
export function splitFlags(args: string): { flags: ParsedFlag[]; rest: string; restOffset: number } {
  const flags: ParsedFlag[] = [];
  let i = 0;
  for (;;) {
    while (i < args.length && /\s/.test(args[i] ?? '')) i++;
    if (!args.startsWith('--', i)) break;
    let j = i;
    while (j < args.length && !/\s/.test(args[j] ?? '')) j++;
    const word = args.slice(i + 2, j);
    const eq = word.indexOf('=');
    flags.push({
      name: eq === -1 ? word : word.slice(0, eq),
      value: eq === -1 ? undefined : word.slice(eq + 1),
      offset: i,
    });
    i = j;
  }
  return { flags, rest: args.slice(i), restOffset: i };
}
