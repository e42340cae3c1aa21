// The code blocks of a Markdown or MDX file that hold docker commands or a Dockerfile, as
// `dockref check` reads them. markdown-it finds the fenced blocks (CommonMark's fence rules:
// indentation, `~~~` and backtick fences, fences inside lists and block quotes, unclosed fences);
// this file decides what each block is from its info string and maps its lines back to the file.
// Prose, tables, inline code and indented code blocks are never read.
import markdownIt, { type MarkdownIt } from 'markdown-it';

/** How a block's lines are read (shell-lines.ts): all lines, or only prompt lines. */
export type BlockKind = 'shell' | 'console' | 'powershell' | 'dockerfile';

/** One line of a block: its text without the container's indentation, where it is in the file. */
export interface SourceLine {
  text: string;
  /** 1-based line in the file. */
  line: number;
  /** 0-based column (UTF-16 code units) where `text` starts in the file's line. */
  column: number;
}

export interface CodeBlock {
  kind: BlockKind;
  /** The info string's first word, as written (`sh`, `console`, `` for an untagged block). */
  lang: string;
  /** 1-based line of the opening fence. */
  fenceLine: number;
  lines: SourceLine[];
}

const SHELL = new Set(['sh', 'bash', 'shell', 'zsh', 'ksh']);
const CONSOLE = new Set(['console', 'terminal', 'shell-session', 'shellsession', 'sh-session', 'bash-session']);
const POWERSHELL = new Set(['powershell', 'ps1', 'pwsh', 'ps']);
const DOCKERFILE = new Set(['dockerfile', 'containerfile']);
/** A line that starts a docker command, with an optional prompt or `sudo`: untagged blocks need one first. */
const DOCKER_START = /^[ \t]*(?:\$[ \t]+)?(?:sudo[ \t]+)?docker(?:[ \t]|$)/;
/** A prompt at the start of a line: shell blocks that show one are read like console blocks. */
const PROMPT_LINE = /^[ \t]*\$[ \t]/;

let parser: MarkdownIt | null = null;

function markdown(): MarkdownIt {
  if (!parser) {
    parser = markdownIt('commonmark');
    // Only the block structure is needed: inline parsing (emphasis, links) would cost time for nothing.
    parser.core.ruler.disable(['inline', 'text_join']);
  }
  return parser;
}

/** What a fence's info string makes of a block; null when it is not read. */
export function blockKind(info: string, firstLine: string | undefined): BlockKind | null {
  // `sh title="x"`, `{.bash}`, `bash=` : the first word, lower case, without braces and a leading dot.
  const word = (/^[{.]*([\w-]*)/.exec(info.trim())?.[1] ?? '').toLowerCase();
  if (SHELL.has(word)) return 'shell';
  if (CONSOLE.has(word)) return 'console';
  if (POWERSHELL.has(word)) return 'powershell';
  if (DOCKERFILE.has(word)) return 'dockerfile';
  if (word === '' && firstLine !== undefined && DOCKER_START.test(firstLine)) return /^[ \t]*\$/.test(firstLine) ? 'console' : 'shell';
  return null;
}

/**
 * The blocks to check, in file order. Column offsets come from comparing each content line with
 * the file's line (markdown-it removes the list or quote indentation and `> ` markers).
 */
export function markdownBlocks(text: string): CodeBlock[] {
  const fileLines = text.split(/\r?\n|\r/);
  const out: CodeBlock[] = [];
  for (const token of markdown().parse(text, {})) {
    if (token.type !== 'fence' || !token.map) continue;
    const body = token.content.endsWith('\n') ? token.content.slice(0, -1) : token.content;
    const contentLines = token.content === '' ? [] : body.split('\n');
    const firstLine = contentLines.find((l) => l.trim() !== '');
    let kind = blockKind(token.info, firstLine);
    if (kind === null) continue;
    if (kind === 'shell' && contentLines.some((l) => PROMPT_LINE.test(l))) kind = 'console';
    const start = token.map[0] + 1; // 0-based index of the first content line
    const lines: SourceLine[] = contentLines.map((t, i) => {
      const fileLine = fileLines[start + i] ?? t;
      const column = fileLine.endsWith(t) ? fileLine.length - t.length : 0;
      return { text: t, line: start + i + 1, column };
    });
    out.push({ kind, lang: (/^\S*/.exec(token.info.trim())?.[0] ?? '').slice(0, 40), fenceLine: token.map[0] + 1, lines });
  }
  return out;
}

/** A whole file as one block (a `.sh` script, a Dockerfile). */
export function wholeFile(text: string, kind: BlockKind): CodeBlock {
  const lines = text.split(/\r?\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return { kind, lang: '', fenceLine: 0, lines: lines.map((t, i) => ({ text: t, line: i + 1, column: 0 })) };
}
