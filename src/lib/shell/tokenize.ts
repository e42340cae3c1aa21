// The one shell-word splitter: the command validator and the Dockerfile checker both split words
// here, each with its mode (`TokenizeOptions`), keeping the source offsets of every word so
// diagnostics can underline exactly what was written.
//
// `sh` (a command line, the shell form of RUN/CMD): words the way POSIX sh reads them. Nothing is
// expanded: `$HOME` stays `$HOME`, and a `$(...)` substitution is tokenized as commands of its own
// (so `docker rm $(docker ps -aq)` checks both invocations) while the word that holds it keeps its
// literal text. Redirections (`> out.tar`, `2>&1`, `< in`) are dropped from the words, as the shell
// removes them before the program sees its arguments.
//
// `words` (a Dockerfile instruction's arguments: FROM, COPY, ADD, ENV, LABEL): words the way
// BuildKit's word processing splits them (frontend/dockerfile/shell/lex.go): any Unicode space
// separates words, quotes group, the escape character (`\`, or what `# escape=` sets) protects the
// next character; inside double quotes it protects only `"`, `$` and itself. There are no
// operators, redirections, comments or substitutions: `;`, `|`, `>`, `#`, `(` are characters of a
// word. A word that comes out empty (`""`) is no word.

/** One shell word: its value after quote removal and the span of its source text. */
export interface ShellWord {
  value: string;
  /** Offset of the first character of the word in the input line. */
  start: number;
  /** Offset just past the last character of the word. */
  end: number;
  /** Some part of the word was quoted or escaped (so `"-it"` is still a word, not syntax). */
  quoted: boolean;
  /** The word contains a command substitution or a parameter expansion, so its value is unknown. */
  dynamic: boolean;
}

/** A simple command: the words between control operators (`|`, `&&`, `||`, `;`, `&`). */
export interface ShellCommand {
  words: ShellWord[];
  start: number;
  end: number;
  /** Nested inside `$(...)` or backquotes. */
  nested: boolean;
}

export interface TokenizeError {
  code: 'unbalanced-quote' | 'unbalanced-substitution' | 'syntax-error' | 'nested-too-deep';
  /** The quote character or `$(` that was never closed; the operator for a syntax error. */
  opener: string;
  start: number;
  end: number;
}

export interface TokenizeResult {
  commands: ShellCommand[];
  errors: TokenizeError[];
}

export interface TokenizeOptions {
  /** `sh` (default): a shell command line; `words`: a Dockerfile instruction's arguments (see the top of this file). */
  mode?: 'sh' | 'words';
  /**
   * How many errors to keep (default: all). A reader that uses none (the Dockerfile rules) passes
   * 0: a RUN of a million `<` is half a million syntax errors, 35 times the text.
   */
  maxErrors?: number;
  /** The escape character in `words` mode: `\\` (default) or a Dockerfile's `# escape=` character. sh's is always `\\`. */
  escape?: string;
}

/** What tells the modes apart, resolved once per call. */
interface Mode {
  sh: boolean;
  escape: string;
  /** Characters that end a run of plain word characters. */
  special: ReadonlySet<string>;
  /** Characters an escape protects inside double quotes (others keep it). */
  escapableInDoubleQuotes: ReadonlySet<string>;
}

/** Characters that end a run of plain word characters in sh. */
const SPECIAL = new Set([' ', '\t', '\n', '\r', ';', '&', '|', '<', '>', "'", '"', '\\', '$', '`', '#', '(', ')']);

/** Every character JavaScript's `\s` matches: the blanks of `words` mode. */
const UNICODE_SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', ...Array.from({ length: 11 }, (_, k) => String.fromCharCode(0x2000 + k)), '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const UNICODE_SPACE = new Set(UNICODE_SPACES);

const SH: Mode = { sh: true, escape: '\\', special: SPECIAL, escapableInDoubleQuotes: new Set(['$', '`', '"', '\\']) };
const wordModes = new Map<string, Mode>();
function modeOf(options: TokenizeOptions): Mode {
  if (options.mode !== 'words') return SH;
  const escape = options.escape ?? '\\';
  let mode = wordModes.get(escape);
  if (!mode) wordModes.set(escape, (mode = { sh: false, escape, special: new Set([...UNICODE_SPACES, "'", '"', escape, '$']), escapableInDoubleQuotes: new Set(['"', '$', escape]) }));
  return mode;
}

/**
 * Substitutions nested deeper than this are not looked into (an error says so): no one writes
 * them, and each level costs a scan of its text (6,000 levels overflowed the stack).
 */
export const MAX_NESTING = 64;

const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Finds the `)` that closes a `$(` opened just before `from` (before `to`), honouring quotes and nesting. */
function findClosingParen(line: string, from: number, to: number): number {
  let depth = 1;
  for (let i = from; i < to; i++) {
    const c = line[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === "'") {
      const j = line.indexOf("'", i + 1);
      if (j < 0 || j >= to) return -1;
      i = j;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < to && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
      if (j >= to) return -1;
      i = j;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** `line.indexOf(ch, from)` limited to `to`; -1 when not found before it. */
function indexBefore(line: string, ch: string, from: number, to: number): number {
  const j = line.indexOf(ch, from);
  return j >= 0 && j < to ? j : -1;
}

/**
 * Tokenizes `line` (which may contain `\`-newline continuations in sh). In `words` mode the result
 * is one command holding every word (none when there is no word).
 */
export function tokenize(line: string, options: TokenizeOptions = {}): TokenizeResult {
  const commands: ShellCommand[] = [];
  const errors: TokenizeError[] = [];
  tokenizeRange(line, 0, line.length, 0, commands, errors, options.maxErrors ?? Infinity, modeOf(options));
  // Substitutions were pushed while their enclosing command was still open; order by position.
  commands.sort((a, b) => a.start - b.start);
  return { commands, errors };
}

// The helpers below are plain functions, not closures inside tokenizeRange: two more closures there
// made the validator's tokenizing 15-25% slower (measured side by side).

/** Keeps an error while fewer than `max` are kept. */
function keep(errors: TokenizeError[], max: number, e: TokenizeError): void {
  if (errors.length < max) errors.push(e);
}

/** Appends to the word being built since its text was last made flat (see `add`). */
let appends = 0;

/**
 * Appends to the word being built. Every so often its text is made one flat string again: a word
 * built from a million escaped characters was otherwise a chain of a million joined strings
 * (16 MB for a 1 MB word); slicing a joined string flattens it.
 */
function add(w: ShellWord, piece: string): void {
  w.value += piece;
  if (++appends === 1024) {
    w.value = ` ${w.value}`.slice(1);
    appends = 0;
  }
}

/**
 * Tokenizes `line[from, to)` at substitution depth `depth`, appending to the shared `commands`
 * and `errors` (at most `maxErrors`; no copies between levels, no slices: linear in the text per level).
 */
function tokenizeRange(line: string, from: number, to: number, depth: number, commands: ShellCommand[], errors: TokenizeError[], maxErrors: number, mode: Mode): void {
  const nested = depth > 0;
  const { sh, escape, special } = mode;
  let words: ShellWord[] = [];
  let cmdStart = -1;
  let cur: ShellWord | null = null;
  // A redirection operator was just read: the next word is its target and is dropped.
  let dropNext = false;
  let redirect: [number, number] = [0, 0];
  // The current command has a word or a redirection (`> out` alone is a command to the shell).
  let content = false;
  // The last control operator needs a command after it (`|`, `&&`, `||`).
  let pending: { op: string; start: number; end: number } | null = null;

  const startWord = (i: number): ShellWord => {
    if (!cur) {
      appends = 0;
      cur = { value: '', start: i, end: i, quoted: false, dynamic: false };
      if (cmdStart < 0) cmdStart = i;
      content = true;
      pending = null;
    }
    return cur;
  };
  const endWord = (i: number) => {
    if (!cur) return;
    cur.end = i;
    if (dropNext) dropNext = false;
    // BuildKit keeps no empty word (`""`); sh does (an empty argument).
    else if (sh || cur.value !== '') words.push(cur);
    cur = null;
  };
  const missingTarget = () => {
    if (dropNext) keep(errors, maxErrors, { code: 'syntax-error', opener: line.slice(redirect[0], redirect[1]), start: redirect[0], end: redirect[1] });
    dropNext = false;
  };
  const endCommand = (i: number) => {
    endWord(i);
    if (words.length > 0) commands.push({ words, start: cmdStart, end: i, nested });
    words = [];
    cmdStart = -1;
    content = false;
  };
  /** A `$(...)` or backquoted substitution spanning `[i, close]`: tokenize its inside. */
  const substitution = (innerStart: number, close: number) => {
    if (depth + 1 > MAX_NESTING) {
      keep(errors, maxErrors, { code: 'nested-too-deep', opener: '$(', start: innerStart, end: close });
      return;
    }
    // The word that holds the substitution goes on after it: its count of appends with it.
    const outer = appends;
    tokenizeRange(line, innerStart, close, depth + 1, commands, errors, maxErrors, mode);
    appends = outer;
  };

  /** Offsets of the `(` of the subshells open here. */
  const subshells: number[] = [];
  let i = from;
  while (i < to) {
    const c = line[i] as string;
    if (sh && c === '\\' && line[i + 1] === '\n' && i + 1 < to) {
      // Line continuation: removed entirely, even in the middle of a word.
      i += 2;
      continue;
    }
    if (sh && c === '\\' && line[i + 1] === '\r' && line[i + 2] === '\n' && i + 2 < to) {
      i += 3;
      continue;
    }
    if (sh ? isBlank(c) : UNICODE_SPACE.has(c)) {
      endWord(i);
      i++;
      continue;
    }
    if (!sh) {
      // `words` mode: a word of quotes, escapes and plain characters; nothing else is syntax.
    } else if (c === '#' && !cur) {
      // A comment runs to the end of the line.
      const nl = indexBefore(line, '\n', i, to);
      i = nl < 0 ? to : nl;
      continue;
    } else if (c === '(' && !cur && !content) {
      // `( list )` at the start of a command: a subshell; its commands are read as the line's own.
      subshells.push(i);
      i++;
      continue;
    } else if (c === ')' && subshells.length > 0) {
      endWord(i);
      missingTarget();
      endCommand(i);
      subshells.pop();
      pending = null;
      // What may follow `)`: blanks, an operator, a redirection, the end; content keeps `) x` an error below.
      content = true;
      cmdStart = -1;
      i++;
      continue;
    } else if (c === ';' || c === '&' || c === '|') {
      endWord(i);
      if (c === '&' && line[i + 1] === '>' && i + 1 < to) {
        // `&>file`: redirect both streams.
        missingTarget();
        const n = line[i + 2] === '>' && i + 2 < to ? 3 : 2;
        dropNext = true;
        redirect = [i, i + n];
        content = true;
        pending = null;
        i += n;
        continue;
      }
      const n = (c !== ';' && line[i + 1] === c && i + 1 < to) || (c === '|' && line[i + 1] === '&' && i + 1 < to) ? 2 : 1;
      const op = line.slice(i, i + n);
      missingTarget();
      // `&& x`, `a | | b`, `; x`: an operator with no command before it.
      if (!content) keep(errors, maxErrors, { code: 'syntax-error', opener: op, start: i, end: i + n });
      endCommand(i);
      pending = op === ';' || op === '&' ? null : { op, start: i, end: i + n };
      i += n;
      continue;
    } else if (c === '<' || c === '>') {
      // A word of digits right before the operator is its file descriptor (`2>`), not a word.
      const w = cur as ShellWord | null; // set by startWord, which TypeScript cannot see through
      if (w !== null && !w.quoted && /^\d+$/.test(w.value)) cur = null;
      else endWord(i);
      missingTarget();
      content = true;
      pending = null;
      let j = i + 1;
      if (j < to && (line[j] === '>' || line[j] === '<' || line[j] === '|')) j++;
      if (j < to && line[j] === '&') {
        // `2>&1`, `>&-`: the target is a descriptor glued to the operator.
        j++;
        while (j < to && (isDigit(line[j]) || line[j] === '-')) j++;
      } else {
        dropNext = true;
        redirect = [i, j];
      }
      i = j;
      continue;
    }
    if (c === "'") {
      const w = startWord(i);
      const j = indexBefore(line, "'", i + 1, to);
      if (j < 0) {
        keep(errors, maxErrors, { code: 'unbalanced-quote', opener: "'", start: i, end: to });
        add(w, line.slice(i + 1, to));
        w.quoted = true;
        i = to;
        continue;
      }
      add(w, line.slice(i + 1, j));
      w.quoted = true;
      i = j + 1;
      continue;
    }
    if (c === '"') {
      const w = startWord(i);
      w.quoted = true;
      let j = i + 1;
      let closed = false;
      let run = j;
      while (j < to) {
        const d = line[j] as string;
        if (d === '"') {
          closed = true;
          break;
        }
        if (d === escape && j + 1 < to) {
          const e = line[j + 1] as string;
          // Inside double quotes the escape protects only a few characters (sh: $ ` " \ and a
          // newline, which it removes; BuildKit: " $ and the escape character) and is kept before others.
          if (sh && e === '\n') {
            add(w, line.slice(run, j));
            j += 2;
            run = j;
            continue;
          }
          if (mode.escapableInDoubleQuotes.has(e)) {
            add(w, line.slice(run, j) + e);
            j += 2;
            run = j;
            continue;
          }
        }
        // A `$(...)` or backquoted substitution inside double quotes: one branch for both openers.
        const opener = !sh ? null : d === '$' && line[j + 1] === '(' && j + 1 < to ? '$(' : d === '`' ? '`' : null;
        if (opener) {
          add(w, line.slice(run, j));
          const from = j + opener.length;
          const close = opener === '$(' ? findClosingParen(line, from, to) : indexBefore(line, '`', from, to);
          if (close < 0) {
            keep(errors, maxErrors, { code: 'unbalanced-substitution', opener, start: j, end: to });
            add(w, line.slice(j, to));
            j = to;
            run = j;
            break;
          }
          substitution(from, close);
          add(w, line.slice(j, close + 1));
          w.dynamic = true;
          j = close + 1;
          run = j;
          continue;
        }
        if (d === '$' && /[A-Za-z_{@*#?$!0-9-]/.test(line[j + 1] ?? '')) w.dynamic = true;
        j++;
      }
      add(w, line.slice(run, Math.min(j, to)));
      if (!closed) {
        keep(errors, maxErrors, { code: 'unbalanced-quote', opener: '"', start: i, end: to });
        i = to;
        continue;
      }
      i = j + 1;
      continue;
    }
    if (c === escape) {
      const w = startWord(i);
      w.quoted = true;
      if (i + 1 < to) add(w, line[i + 1] as string);
      i += 2;
      continue;
    }
    // `$(...)` and `` `...` ``: the inner commands are checked too; the word's value is unknown.
    const opener = !sh ? null : c === '$' && line[i + 1] === '(' && i + 1 < to ? '$(' : c === '`' ? '`' : null;
    if (opener) {
      const w = startWord(i);
      const innerStart = i + opener.length;
      const close = opener === '$(' ? findClosingParen(line, innerStart, to) : indexBefore(line, '`', innerStart, to);
      if (close < 0) {
        keep(errors, maxErrors, { code: 'unbalanced-substitution', opener, start: i, end: to });
        add(w, line.slice(i, to));
        i = to;
        continue;
      }
      substitution(innerStart, close);
      add(w, line.slice(i, close + 1));
      w.dynamic = true;
      i = close + 1;
      continue;
    }
    const w = startWord(i);
    if (c === '$' && /[A-Za-z_{@*#?$!0-9-]/.test(line[i + 1] ?? '')) w.dynamic = true;
    // A run of plain characters in one append.
    let j = i + 1;
    while (j < to && !special.has(line[j] as string)) j++;
    add(w, line.slice(i, j));
    i = j;
  }
  endWord(to);
  missingTarget();
  const p = pending as { op: string; start: number; end: number } | null;
  if (p !== null && words.length === 0) keep(errors, maxErrors, { code: 'syntax-error', opener: p.op, start: p.start, end: p.end });
  endCommand(to);
  const open = subshells[0];
  if (open !== undefined) keep(errors, maxErrors, { code: 'syntax-error', opener: '(', start: open, end: open + 1 });
}
