// The command lines of a shell, console or PowerShell block, as a shell would group them: a line
// ending in an unquoted `\` (a backtick in PowerShell) goes on with the next, an open quote goes on
// until it closes, a heredoc's body is skipped up to its delimiter. In console blocks only prompt
// lines (`$ `, `# `, `PS> `) start a command; a `> ` prompt continues one; every other line is the
// program's output. Comment lines are skipped. One pass over the lines: linear in the block.
import type { BlockKind, SourceLine } from './markdown.ts';
import { continues, POWERSHELL_CONTINUATION, SH_CONTINUATION } from '../shell/continuation.ts';

/** Where a piece of a command's text comes from: text offset -> file line and column. */
export interface Segment {
  /** Offset into the command text where this physical line starts. */
  offset: number;
  /** 1-based file line. */
  line: number;
  /** 0-based file column of the text at `offset`. */
  column: number;
}

export interface BlockCommand {
  /** The command as the validator reads it: physical lines joined with `\n`, prompts removed. */
  text: string;
  segments: Segment[];
}

/** `$ `, `# ` (root), `PS C:\> `, `PS> ` prompts; the capture is what follows. */
const PROMPT = /^([ \t]*(?:\$|#|PS(?: [^>\n]*)?>)[ \t]+)/;
/** The secondary prompt of a continued line in console output. */
const PS2 = /^([ \t]*>[ \t]?)/;
/** `<<EOF`, `<<-EOF`, `<< 'EOF'`, `<<"EOF"` (not `<<<`, a here-string). */
const HEREDOC = /<<(-?)[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([A-Za-z_][\w.-]*))/y;

interface LineState {
  /** The quote open at the end of the line, if any. */
  quote: '' | "'" | '"';
  /** The line ends in a continuation character. */
  continued: boolean;
  /** Heredoc delimiters opened on the line, in order; `strip` for `<<-`. */
  heredocs: Array<{ word: string; strip: boolean }>;
}

/**
 * Scans one physical line for what carries over to the next: an open quote, a trailing `\` (or
 * backtick for PowerShell), heredocs. A `#` at the start of a word outside quotes ends the scan.
 */
function scanLine(text: string, quote: LineState['quote'], powershell: boolean): LineState {
  const heredocs: LineState['heredocs'] = [];
  let q = quote;
  let wordStart = true;
  const rule = powershell ? POWERSHELL_CONTINUATION : SH_CONTINUATION;
  const escape = rule.escape;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (q === "'") {
      if (c === "'") q = '';
      continue;
    }
    if (c === escape) {
      i++;
      wordStart = false;
      continue;
    }
    if (q === '"') {
      if (c === '"') q = '';
      continue;
    }
    if (c === "'" || c === '"') {
      q = c;
      wordStart = false;
      continue;
    }
    if (c === '#' && wordStart) return { quote: q, continued: false, heredocs };
    if (c === '<' && text[i + 1] === '<' && text[i + 2] !== '<' && !powershell) {
      HEREDOC.lastIndex = i;
      const m = HEREDOC.exec(text);
      if (m) {
        const word = m[2] ?? m[3] ?? m[4] ?? '';
        if (word !== '') heredocs.push({ word, strip: m[1] === '-' });
        i = HEREDOC.lastIndex - 1;
        wordStart = false;
        continue;
      }
    }
    wordStart = c === ' ' || c === '\t' || c === ';' || c === '&' || c === '|' || c === '(';
  }
  // Outside single quotes and comments (which end the scan above), the one continuation rule.
  return { quote: q, continued: q !== "'" && continues(text, rule), heredocs };
}

/** Lines looked at for the end of an open quote. */
const QUOTE_LOOKAHEAD = 20;
const COMMAND_START = /^[ \t]*(?:sudo[ \t]+)?docker(?:[ \t]|$)/;

/** Whether a quote open at the end of line `i - 1` closes within the next lines, before another command starts. */
function closesAhead(lines: readonly SourceLine[], i: number, quote: LineState['quote'], prompts: boolean, powershell: boolean): boolean {
  let q = quote;
  for (let k = i; k < lines.length && k < i + QUOTE_LOOKAHEAD; k++) {
    let t = (lines[k] as SourceLine).text;
    if (prompts) {
      if (PROMPT.test(t)) return false;
      t = t.replace(PS2, '');
    } else if (COMMAND_START.test(t)) return false;
    const s = scanLine(t, q, powershell);
    if (s.quote === '') return true;
    q = s.quote;
  }
  return false;
}

/** The command lines of one block, in order. */
export function* blockCommands(lines: readonly SourceLine[], kind: Exclude<BlockKind, 'dockerfile'>): Generator<BlockCommand> {
  const powershell = kind === 'powershell';
  const prompts = kind === 'console' || (powershell && lines.some((l) => /^[ \t]*PS[^>\n]*>/.test(l.text)));
  let i = 0;
  while (i < lines.length) {
    const first = lines[i] as SourceLine;
    i++;
    let text = first.text;
    let column = first.column;
    if (prompts) {
      const m = PROMPT.exec(text);
      if (!m) continue; // output
      text = text.slice(m[1]!.length);
      column += m[1]!.length;
    } else {
      const lead = /^[ \t]*/.exec(text)![0].length;
      text = text.slice(lead);
      column += lead;
    }
    if (text.trim() === '' || text.startsWith('#')) continue;
    const parts: string[] = [];
    const segments: Segment[] = [];
    let offset = 0;
    const add = (t: string, line: number, col: number) => {
      segments.push({ offset, line, column: col });
      // A PowerShell line continuation becomes the POSIX one, same length, so spans still fit.
      const piece = powershell && t.endsWith('`') ? `${t.slice(0, -1)}\\` : t;
      parts.push(piece);
      offset += piece.length + 1;
    };
    add(text, first.line, column);
    let state = scanLine(text, '', powershell);
    const heredocs = [...state.heredocs];
    while ((state.continued || state.quote !== '') && i < lines.length) {
      // An open quote goes on to the next lines only if it closes before the next command: a
      // stray quote in a list of commands (`docker ps'`) is that line's mistake, not theirs.
      if (!state.continued && !closesAhead(lines, i, state.quote, prompts, powershell)) break;
      const next = lines[i] as SourceLine;
      // In console output, a continued line may carry the secondary prompt `> `.
      const ps2 = prompts && state.quote === '' ? PS2.exec(next.text) : null;
      const t = ps2 ? next.text.slice(ps2[1]!.length) : next.text;
      const c = next.column + (ps2 ? ps2[1]!.length : 0);
      if (prompts && !ps2 && PROMPT.test(next.text) && state.quote === '') break;
      add(t, next.line, c);
      i++;
      state = scanLine(t, state.quote, powershell);
      heredocs.push(...state.heredocs);
    }
    // Heredoc bodies are the command's input, not its words: skip each up to its delimiter.
    for (const h of heredocs) {
      while (i < lines.length) {
        let body = (lines[i] as SourceLine).text;
        if (prompts) body = body.replace(PS2, '');
        i++;
        if ((h.strip ? body.replace(/^\t+/, '') : body) === h.word) break;
      }
    }
    yield { text: parts.join('\n'), segments };
  }
}

/** File position of an offset into a command's text (1-based line and column). */
export function positionOf(cmd: BlockCommand, offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = cmd.segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((cmd.segments[mid] as Segment).offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const s = cmd.segments[lo] as Segment;
  return { line: s.line, column: s.column + Math.max(0, offset - s.offset) + 1 };
}
