// The one list of every example the site shows: command lines and Dockerfiles from the
// command catalog (YAML), the Dockerfile catalog (YAML) and the guides (MDX fences), each with its
// file, line and column. The content check, the docker judge and the benchmarks all read this
// list; pages render the same entries, so nothing shown escapes the checks.
import { markdownToMdast, mdxToJs, mdxToMdast } from 'satteri';
import type { ParsedYaml } from '../catalog/parse-yaml-entry.ts';
import type { YamlNode } from '../catalog/yaml-tree.ts';
import { readCommandLines } from '../command/read-command-lines.ts';
import { isFragment } from '../dockerfile/check.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { consoleCommands, HEADING_ANCHOR, parseFenceMeta } from './fence.ts';
import type { ContentProblem } from './problem.ts';

export type { ContentProblem };

export interface ContentExample {
  /** Path relative to the repository root. */
  file: string;
  /** 1-based position of the example's first character in the file. */
  line: number;
  col: number;
  kind: 'shell' | 'dockerfile';
  /** One command line (shell; may span `\`-continued lines) or a whole snippet (dockerfile). */
  code: string;
  /** Shown as a mistake on purpose: must draw at least one diagnostic. */
  mistake: boolean;
  /** A partial Dockerfile (no FROM needed). */
  fragment: boolean;
  /** The page language for guide fences; null for bilingual catalog entries. */
  lang: Locale | null;
  /** How to name it in a message: `examples.2.cmd`, `sh fence`. */
  label: string;
  /** For guide fences: the anchor of the `## ` section it is in. */
  section?: string;
}

/** Catalog YAML: every map with a string `cmd` is an example (`mistake: true` marks a mistake, whose `fix` is a clean example). */
export function fromCommandYaml(file: string, parsed: ParsedYaml, out: ContentExample[]): void {
  const { root, linePos } = parsed;
  const visit = (node: YamlNode | null | undefined, path: Array<string | number>): void => {
    if (node?.kind === 'seq') node.items!.forEach((item, i) => visit(item, [...path, i]));
    if (node?.kind !== 'map') return;
    const scalars = new Map<string, { value: string; offset: number }>();
    let mistake = false;
    for (const pair of node.pairs!) {
      const key = pair.key.kind === 'scalar' ? String(pair.key.value) : '';
      if (pair.value?.kind === 'scalar' && typeof pair.value.value === 'string') scalars.set(key, { value: pair.value.value, offset: pair.value.start });
      if (key === 'mistake' && pair.value?.kind === 'scalar' && pair.value.value === true) mistake = true;
      visit(pair.value, [...path, key]);
    }
    const add = (key: string, isMistake: boolean) => {
      const s = scalars.get(key);
      if (!s) return;
      const pos = linePos(s.offset);
      out.push({ file, line: pos.line, col: pos.col, kind: 'shell', code: s.value.replace(/\n+$/, ''), mistake: isMistake, fragment: false, lang: null, label: [...path, key].join('.') });
    };
    add('cmd', mistake);
    if (mistake) add('fix', false);
  };
  visit(root, []);
}

interface MdNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: { line: number; column: number } };
  children?: MdNode[];
}

export interface GuideSection {
  anchor: string | null;
  title: string;
  line: number;
}

const textOf = (n: MdNode): string => (n.value ?? '') + (n.children ?? []).map(textOf).join('');

/**
 * Guide fences, read with the same Markdown parser the site renders them with, and the file's
 * `## ` sections (with the anchor each declares, `[#anchor]`) from the same tree; null when the
 * file does not parse (the problem is added to `problems`). `compile` also compiles MDX to
 * JavaScript, as the build will: the tree alone does not parse ESM (`export …`, `import …` lines).
 * The content check compiles; the site need not, as its build compiles every guide itself.
 */
export function fromMdx(file: string, text: string, out: ContentExample[], problems: ContentProblem[], compile = true): GuideSection[] | null {
  const lang = /^content\/guides\/([a-z]+)\//.exec(file)?.[1];
  let tree: MdNode;
  try {
    tree = (file.endsWith('.mdx') ? mdxToMdast(text) : markdownToMdast(text)) as MdNode;
    if (compile && file.endsWith('.mdx')) mdxToJs(text);
  } catch (e) {
    problems.push(mdxProblem(file, e));
    return null;
  }
  let section: string | undefined;
  const walk = (node: MdNode) => {
    if (node.type === 'heading' && (node as { depth?: number }).depth === 2) {
      const last = node.children?.[node.children.length - 1];
      section = HEADING_ANCHOR.exec(last?.value ?? '')?.[1] ?? section;
    }
    if (node.type === 'code') {
      const meta = parseFenceMeta(node.lang, node.meta);
      const line = (node.position?.start.line ?? 1) + 1;
      const col = (node.position?.start.column ?? 1);
      const body = node.value ?? '';
      const base = { file, col, mistake: meta.mistake, lang: isLocale(lang) ? lang : null, section };
      if (meta.kind === 'shell') {
        for (const c of readCommandLines(body)) out.push({ ...base, line: line + c.line - 1, kind: 'shell', code: c.text, fragment: false, label: `${node.lang} fence` });
      } else if (meta.kind === 'console') {
        for (const c of consoleCommands(body)) out.push({ ...base, line: line + c.line, kind: 'shell', code: c.text, fragment: false, label: 'console fence' });
      } else if (meta.kind === 'dockerfile') {
        out.push({ ...base, line, kind: 'dockerfile', code: body, fragment: isFragment(body, meta.fragment), label: 'dockerfile fence' });
      }
    }
    for (const c of node.children ?? []) walk(c);
  };
  walk(tree);
  return (tree.children ?? [])
    .filter((n) => n.type === 'heading' && (n as { depth?: number }).depth === 2)
    .map((n) => {
      const title = textOf(n);
      const m = HEADING_ANCHOR.exec(title);
      return { anchor: m?.[1] ?? null, title: m ? title.slice(0, m.index) : title, line: n.position?.start.line ?? 1 };
    });
}

/** A Markdown/MDX syntax error as a problem at its file, line and column. */
export function mdxProblem(file: string, error: unknown): ContentProblem {
  const e = error as { message?: string; line?: number; column?: number; place?: { line?: number; column?: number; start?: { line?: number; column?: number } } };
  const message = String(e?.message ?? error).split('\n')[0] ?? 'syntax error';
  // Not inside a run of digits, and bounded: `(\d+):(\d+)` was quadratic on a long digit run.
  const at = /(?<!\d)(\d{1,9}):(\d{1,9})/.exec(message);
  const line = e?.line ?? e?.place?.line ?? e?.place?.start?.line ?? (at ? Number(at[1]) : undefined);
  const column = e?.column ?? e?.place?.column ?? e?.place?.start?.column ?? (at ? Number(at[2]) : undefined);
  return { file, line, column, severity: 'error', message: `MDX syntax: ${message} (in MDX, write \`{\`, \`}\` and \`<\` in prose inside code spans or escape them)` };
}
