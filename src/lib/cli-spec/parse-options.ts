import type { OptionSpec } from './schema.ts';
import { HelpParseError, type HelpSection } from './split-sections.ts';

/**
 * Reads an `Options:` (or `Global Options:`) section into OptionSpecs.
 *
 * The Docker CLI prints flags with pflag's `FlagUsagesWrapped(79)` (docker/cli wraps at the
 * terminal width minus one, 80 columns without a terminal). Each flag is `  -s, --long type` or
 * `      --long type`, padded so every description starts at the same column, and the flag's usage
 * string, with ` (default X)` appended, is wrapped by pflag's `wrap` (spf13/pflag flag.go):
 * chunks of at most `79 - column - 5` bytes broken at the last blank, except that a newline in
 * the original usage inside the window wins, and a remainder shorter than `79 - column` is printed
 * whole. That rule is what `joinWrappedLines` undoes, so embedded lists (`--format`, `--cgroupns`)
 * keep their own line breaks while wrapped lines are joined with a space.
 */
export function parseOptions(section: HelpSection): OptionSpec[] {
  const { flags, column } = readFlagBlocks(section);
  return flags.map((f) => toOption(f, column));
}

/** One flag as printed: its flag line's parts and its description lines without the indentation. */
export interface FlagBlock {
  short: string | null;
  long: string;
  valueType: string | null;
  /** The description as printed, one entry per line, the column's indentation removed. */
  lines: string[];
  /** 0-based line of the flag line in the help text. */
  at: number;
}

/** Splits an options section into flags and finds the column their descriptions start at. */
export function readFlagBlocks(section: HelpSection): { flags: FlagBlock[]; column: number } {
  const flags: FlagBlock[] = [];
  let column = -1;
  section.lines.forEach((line, k) => {
    const at = section.line + 1 + k;
    if (line.trim() === '') {
      // Blank lines only occur inside a usage string; keep them as an empty continuation.
      flags[flags.length - 1]?.lines.push('');
      return;
    }
    const m = FLAG_LINE.exec(line);
    if (m) {
      const desc = m[4];
      const start = desc === undefined ? -1 : line.length - desc.length;
      if (start >= 0) {
        if (column >= 0 && start !== column) {
          throw new HelpParseError(`the description of --${m[2] ?? ''} starts at column ${start + 1}, the others at ${column + 1}; is the snapshot's padding intact?`, at);
        }
        column = start;
      }
      flags.push({ short: m[1] ?? null, long: m[2] ?? '', valueType: m[3] ?? null, lines: desc === undefined ? [] : [desc], at });
      return;
    }
    const flag = flags[flags.length - 1];
    if (!flag) throw new HelpParseError(`expected a flag line ("  -s, --name type  description"), found ${JSON.stringify(line)}`, at);
    if (/^\s*-\S/.test(line) && !/^\s{8,}/.test(line)) {
      throw new HelpParseError(`${JSON.stringify(line.trim())} looks like a flag without a long name; the spec needs a long name for every option`, at);
    }
    flag.lines.push(line);
  });
  if (flags.length > 0 && column < 0) throw new HelpParseError('no flag in this section has a description, so the description column is unknown', section.line);
  for (const f of flags) {
    f.lines = f.lines.map((l, k) => {
      if (k === 0 || l === '') return l;
      const indent = /^ */.exec(l)?.[0].length ?? 0;
      if (indent < column) throw new HelpParseError(`continuation of --${f.long} is indented ${indent} spaces, less than the description column ${column}`, f.at + k);
      return l.slice(column);
    });
  }
  return { flags, column };
}

// `  -a, --attach list   Attach to ...`, `      --rm   Automatically ...`, `      --tls`.
const FLAG_LINE = /^ {2}(?:-([^-\s]), | {4})--([A-Za-z0-9][\w.-]*)(?: (\S+))?(?: {2,}(\S.*))?$/;


/** The start of an item in a list inside a flag's usage: `'table':  ...`, `'':  ...`, `- ...`, `* ...`. */
const LIST_ITEM = /^(?:'[^']*':\s|[-*] )/;

/** The width pflag wraps to: docker/cli passes the terminal width minus one, 80 without a terminal. */
export const HELP_COLUMNS = 79;
/** pflag's `slop`: a remainder up to this many bytes past the window is not wrapped. */
const SLOP = 5;

function toOption(f: FlagBlock, column: number): OptionSpec {
  const lines = f.lines;
  const { description, def } = splitDefault(undoDefaultBreaks(joinWrappedLines(lines, column)), f.valueType);
  return {
    long: f.long,
    short: f.short,
    valueType: f.valueType,
    default: def,
    description,
    windowsOnly: /\(Windows only\)/.test(description),
    experimental: /\(EXPERIMENTAL\)/.test(description),
    deprecated: /\bDEPRECATED\b/.test(description),
  };
}

/**
 * Rebuilds a flag's usage string from its printed lines (indentation already removed): a break
 * pflag made to wrap becomes a space again, a newline from the usage string stays.
 */
export function joinWrappedLines(lines: readonly string[], column: number): string {
  if (lines.length === 0) return '';
  const window = HELP_COLUMNS - column - SLOP;
  if (HELP_COLUMNS - column < 24) {
    // pflag then starts the text on a new line at column 16; no Docker 28.2.2 help does this.
    throw new Error(`description column ${column + 1} leaves less than 24 columns; pflag's narrow layout is not supported`);
  }
  let out = lines[0] ?? '';
  for (let j = 0; j < lines.length - 1; j++) {
    const here = lines[j] ?? '';
    const next = lines[j + 1] ?? '';
    // Length of the original text from this line on: every break was one byte (a blank or a newline).
    const remaining = lines.slice(j).reduce((n, l) => n + l.length, 0) + (lines.length - 1 - j);
    let wrapped: boolean;
    if (window + SLOP > remaining) {
      wrapped = false; // the last chunk is printed whole, so its breaks are the usage string's own
    } else {
      // pflag broke at the last blank inside the window. The break was a wrap when the next line's
      // first word did not fit before the window's end; had it fitted, the break was a newline.
      const firstBlank = next.search(/\s/);
      const k = firstBlank < 0 ? next.length : firstBlank;
      wrapped = here.length + 1 + k >= window;
      // A newline that falls exactly where a wrap would break prints the same as a wrap, so the
      // output alone cannot tell them apart; a next line that opens a list item (`'host':`,
      // `- x`) was a line of its own in the usage string (`--cgroupns` in container run).
      if (wrapped && LIST_ITEM.test(next)) wrapped = false;
    }
    out += (wrapped ? ' ' : '\n') + next;
  }
  return out;
}

/**
 * pflag appends ` (default X)` with a blank and X never holds a newline, so every break inside that
 * trailing clause was a wrap. `joinWrappedLines` can only judge breaks by length, and lengths in the
 * root help are off: capture-help wrote the throw-away HOME of the `--tlskey` default as `~`.
 */
function undoDefaultBreaks(usage: string): string {
  const at = usage.search(/\s\(default\s[^\n]*(\n[^\n]*)?\)$/);
  if (at < 0 || !usage.slice(at).includes('\n')) return usage;
  return usage.slice(0, at) + usage.slice(at).replace(/\n/g, ' ');
}

/**
 * pflag's own wrapping (flag.go `wrap`/`wrapN`), used by tests to prove that `joinWrappedLines`
 * gives back the text pflag printed. Returns the lines without the column indentation.
 */
export function wrapLikePflag(usage: string, column: number): string[] {
  const window = HELP_COLUMNS - column - SLOP;
  const lines: string[] = [];
  let s = usage;
  while (s !== '') {
    let chunk: string;
    if (window + SLOP > s.length) {
      chunk = s;
      s = '';
    } else {
      const head = s.slice(0, window);
      const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
      if (w <= 0) {
        chunk = s;
        s = '';
      } else {
        const nl = head.lastIndexOf('\n');
        const cut = nl > 0 && nl < w ? nl : w;
        chunk = s.slice(0, cut);
        s = s.slice(cut + 1);
      }
    }
    lines.push(...chunk.split('\n'));
  }
  return lines;
}

/**
 * Takes pflag's ` (default X)` off the end of a usage string. pflag prints it only for a
 * non-zero default: `%q` for string flags (`(default "no")`), the value as is for others
 * (`(default 0s)`, `(default [])`, `(default map[])`), and for a boolean only `(default true)`.
 * So `(default shows just running)` on a boolean, or `(default)` inside a list, stay in the text.
 * The `(default "~/.docker")` of the root's --config is the placeholder capture-help wrote.
 */
export function splitDefault(usage: string, valueType: string | null): { description: string; def: string | null } {
  const at = usage.lastIndexOf(' (default ');
  const none = { description: usage, def: null };
  if (at < 0 || !usage.endsWith(')')) return none;
  const value = usage.slice(at + ' (default '.length, -1);
  if (value === '' || value.includes('\n')) return none;
  if (valueType === null && value !== 'true') return none;
  if (valueType === 'string' && !/^"(?:[^"\\]|\\.)*"$/.test(value)) return none;
  // A Go value's String() has no blank unless it is a list or map (`[a b]`, `map[a:b]`), and a
  // number prints as one: `(default 0 = unlimited)` and `(default equal to --replicas)` are prose.
  if (/\s/.test(value) && !/^(map)?\[.*\]$/.test(value)) return none;
  if (valueType !== null && /^u?int\d*$|^float\d*$/.test(valueType) && !/^-?\d+(\.\d+)?$/.test(value)) return none;
  return { description: usage.slice(0, at), def: value };
}
