// The code blocks of a Markdown or MDX file that hold docker commands or a Dockerfile, as
// `dockref check` reads them. fences.ts finds the fenced blocks with CommonMark's rules (block
// quotes, list items, HTML blocks, unclosed fences; checked against markdown-it); this file
// decides what each block is from its info string. Prose, tables, inline code and indented code
// blocks are never read.
import { findFences } from './fences.ts';

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

/** The blocks to check, in file order. `mdx`: the file is MDX (no HTML blocks). */
export function* markdownBlocks(text: string, mdx = false): Generator<CodeBlock> {
  for (const fence of findFences(text, mdx)) {
    const firstLine = fence.lines.find((l) => l.text.trim() !== '')?.text;
    let kind = blockKind(fence.info, firstLine);
    if (kind === null) continue;
    if (kind === 'shell' && fence.lines.some((l) => PROMPT_LINE.test(l.text))) kind = 'console';
    const lines: SourceLine[] = fence.lines.map((l) => ({ text: l.text, line: l.index + 1, column: l.column }));
    yield { kind, lang: (/^\S*/.exec(fence.info)?.[0] ?? '').slice(0, 40), fenceLine: fence.openLine + 1, lines };
  }
}

/** A whole file as one block (a `.sh` script, a Dockerfile). */
export function wholeFile(text: string, kind: BlockKind): CodeBlock {
  const lines = text.split(/\r?\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return { kind, lang: '', fenceLine: 0, lines: lines.map((t, i) => ({ text: t, line: i + 1, column: 0 })) };
}
