// What a fenced code block in a guide means (DESIGN.md, "Contracts"): ```sh / ```console is a docker
// example, ```dockerfile a Dockerfile; the meta words `mistake` and `fragment` mark a deliberate
// mistake and a partial snippet; `title="…"` gives a caption. One definition, used by the
// renderer (mdx-plugin.ts) and by the example list (examples.ts) alike.
import { continues } from '../shell/continuation.ts';

export type FenceKind = 'shell' | 'console' | 'dockerfile' | 'other';

export interface FenceMeta {
  kind: FenceKind;
  mistake: boolean;
  fragment: boolean;
  title: string | null;
}

const SHELL = new Set(['sh', 'shell', 'bash']);

export function parseFenceMeta(lang: string | null | undefined, meta: string | null | undefined): FenceMeta {
  const l = (lang ?? '').toLowerCase();
  const m = meta ?? '';
  const kind: FenceKind = SHELL.has(l) ? 'shell' : l === 'console' ? 'console' : l === 'dockerfile' ? 'dockerfile' : 'other';
  const words = m.replace(/title="[^"]*"/g, ' ').split(/\s+/);
  const title = /title="([^"]*)"/.exec(m)?.[1] ?? null;
  return { kind, mistake: words.includes('mistake'), fragment: words.includes('fragment'), title };
}

/** The command lines of a ```console block: its `$ ` lines (a trailing `\` joins the next line); the rest is output. */
export function consoleCommands(body: string): Array<{ text: string; line: number }> {
  const lines = body.split('\n');
  const out: Array<{ text: string; line: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.startsWith('$ ')) continue;
    const start = i;
    let text = line.slice(2);
    for (let last = text; continues(last) && i + 1 < lines.length; ) {
      last = lines[++i] ?? '';
      text += `\n${last}`;
    }
    out.push({ text, line: start });
  }
  return out;
}

/** `## Pull an image [#pull]` -> text `Pull an image`, id `pull`: every language shares section anchors. */
// `(?<!\s)`: a run of blanks is tried once, from its start (without it, quadratic on many blanks).
export const HEADING_ANCHOR = /(?<!\s)\s*\[#([a-z0-9][a-z0-9-]*)\]$/;
