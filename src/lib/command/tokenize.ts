// Splits one command line into shell words the way POSIX sh would, keeping the source offsets of
// every word so diagnostics can underline exactly what the user wrote. It does not expand
// anything: `$HOME` stays `$HOME`, and a `$(...)` substitution is tokenized as commands of its
// own (so `docker rm $(docker ps -aq)` checks both invocations) while the word that holds it keeps
// its literal text. Redirections (`> out.tar`, `2>&1`, `< in`) are dropped from the words, as the
// shell removes them before the program sees its arguments.

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
  code: 'unbalanced-quote' | 'unbalanced-substitution';
  /** The quote character or `$(` that was never closed. */
  opener: string;
  start: number;
  end: number;
}

export interface TokenizeResult {
  commands: ShellCommand[];
  errors: TokenizeError[];
}

const BLANK = /[ \t\n\r]/;

/** Finds the `)` that closes a `$(` opened just before `from`, honouring quotes and nesting. */
function findClosingParen(line: string, from: number): number {
  let depth = 1;
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === "'") {
      const j = line.indexOf("'", i + 1);
      if (j < 0) return -1;
      i = j;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
      if (j >= line.length) return -1;
      i = j;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Tokenizes `line` (which may contain `\`-newline continuations). `offset` shifts every span,
 * for substitutions tokenized recursively.
 */
export function tokenize(line: string, offset = 0, nested = false): TokenizeResult {
  const commands: ShellCommand[] = [];
  const errors: TokenizeError[] = [];
  let words: ShellWord[] = [];
  let cmdStart = -1;
  let cur: ShellWord | null = null;
  // A redirection operator was just read: the next word is its target and is dropped.
  let dropNext = false;

  const startWord = (i: number): ShellWord => {
    if (!cur) {
      cur = { value: '', start: i + offset, end: i + offset, quoted: false, dynamic: false };
      if (cmdStart < 0) cmdStart = i + offset;
    }
    return cur;
  };
  const endWord = (i: number) => {
    if (!cur) return;
    cur.end = i + offset;
    if (dropNext) dropNext = false;
    else words.push(cur);
    cur = null;
  };
  const endCommand = (i: number) => {
    endWord(i);
    if (words.length > 0) commands.push({ words, start: cmdStart, end: i + offset, nested });
    words = [];
    cmdStart = -1;
  };

  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === '\\' && line[i + 1] === '\n') {
      // Line continuation: removed entirely, even in the middle of a word.
      i += 2;
      continue;
    }
    if (c === '\\' && line[i + 1] === '\r' && line[i + 2] === '\n') {
      i += 3;
      continue;
    }
    if (BLANK.test(c)) {
      endWord(i);
      i++;
      continue;
    }
    if (c === '#' && !cur) {
      // A comment runs to the end of the line.
      const nl = line.indexOf('\n', i);
      i = nl < 0 ? line.length : nl;
      continue;
    }
    if (c === ';' || c === '&' || c === '|') {
      endCommand(i);
      if (c === '&' && line[i + 1] === '>') {
        // `&>file`: redirect both streams.
        dropNext = true;
        i += line[i + 2] === '>' ? 3 : 2;
        continue;
      }
      i += (c !== ';' && line[i + 1] === c) || (c === '|' && line[i + 1] === '&') ? 2 : 1;
      continue;
    }
    if (c === '<' || c === '>') {
      // A word of digits right before the operator is its file descriptor (`2>`), not a word.
      const w = cur as ShellWord | null; // set by startWord, which TypeScript cannot see through
      if (w !== null && !w.quoted && /^\d+$/.test(w.value)) cur = null;
      else endWord(i);
      let j = i + 1;
      if (line[j] === '>' || line[j] === '<' || line[j] === '|') j++;
      if (line[j] === '&') {
        // `2>&1`, `>&-`: the target is a descriptor glued to the operator.
        j++;
        while (j < line.length && /[0-9-]/.test(line[j] as string)) j++;
      } else {
        dropNext = true;
      }
      i = j;
      continue;
    }
    if (c === "'") {
      const w = startWord(i);
      const j = line.indexOf("'", i + 1);
      if (j < 0) {
        errors.push({ code: 'unbalanced-quote', opener: "'", start: i + offset, end: line.length + offset });
        w.value += line.slice(i + 1);
        w.quoted = true;
        i = line.length;
        continue;
      }
      w.value += line.slice(i + 1, j);
      w.quoted = true;
      i = j + 1;
      continue;
    }
    if (c === '"') {
      const w = startWord(i);
      w.quoted = true;
      let j = i + 1;
      let closed = false;
      while (j < line.length) {
        const d = line[j] as string;
        if (d === '"') {
          closed = true;
          break;
        }
        if (d === '\\' && j + 1 < line.length) {
          const e = line[j + 1] as string;
          // Inside double quotes a backslash only escapes $ ` " \ and newline.
          if (e === '\n') {
            j += 2;
            continue;
          }
          if ('$`"\\'.includes(e)) {
            w.value += e;
            j += 2;
            continue;
          }
        }
        if (d === '$' && line[j + 1] === '(') {
          const close = findClosingParen(line, j + 2);
          if (close < 0) {
            errors.push({ code: 'unbalanced-substitution', opener: '$(', start: j + offset, end: line.length + offset });
            w.value += line.slice(j);
            j = line.length;
            break;
          }
          commands.push(...tokenize(line.slice(j + 2, close), j + 2 + offset, true).commands);
          w.value += line.slice(j, close + 1);
          w.dynamic = true;
          j = close + 1;
          continue;
        }
        if (d === '$' && /[A-Za-z_{]/.test(line[j + 1] ?? '')) w.dynamic = true;
        w.value += d;
        j++;
      }
      if (!closed) {
        errors.push({ code: 'unbalanced-quote', opener: '"', start: i + offset, end: line.length + offset });
        i = line.length;
        continue;
      }
      i = j + 1;
      continue;
    }
    if (c === '\\') {
      const w = startWord(i);
      w.quoted = true;
      if (i + 1 < line.length) w.value += line[i + 1];
      i += 2;
      continue;
    }
    // `$(...)` and `` `...` ``: the inner commands are checked too; the word's value is unknown.
    const opener = c === '$' && line[i + 1] === '(' ? '$(' : c === '`' ? '`' : null;
    if (opener) {
      const w = startWord(i);
      const innerStart = i + opener.length;
      const close = opener === '$(' ? findClosingParen(line, innerStart) : line.indexOf('`', innerStart);
      if (close < 0) {
        errors.push({ code: 'unbalanced-substitution', opener, start: i + offset, end: line.length + offset });
        w.value += line.slice(i);
        i = line.length;
        continue;
      }
      const inner = tokenize(line.slice(innerStart, close), innerStart + offset, true);
      commands.push(...inner.commands);
      errors.push(...inner.errors);
      w.value += line.slice(i, close + 1);
      w.dynamic = true;
      i = close + 1;
      continue;
    }
    const w = startWord(i);
    if (c === '$' && /[A-Za-z_{]/.test(line[i + 1] ?? '')) w.dynamic = true;
    w.value += c;
    i++;
  }
  endCommand(line.length);
  // Substitutions were pushed while their enclosing command was still open; order by position.
  commands.sort((a, b) => a.start - b.start);
  return { commands, errors };
}
