// Guides in the content registry: their sections, the parity check between languages, and which
// guide sections use which command (for "used in these guides" on command pages; computed, not
// hand-listed). Pure: works on SourceFile[] and the example list.
import { markdownToMdast, mdxToMdast } from 'satteri';
import { validateCommandLine } from '../command/index.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { CHAPTERS, commandSlug } from '../routes.ts';
import { mdxProblem, type ContentExample, type ContentProblem } from './examples.ts';
import { HEADING_ANCHOR } from './fence.ts';
import type { SourceFile } from './files.ts';

export interface GuideSection {
  anchor: string | null;
  title: string;
  line: number;
}

interface MdNode {
  type: string;
  depth?: number;
  value?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
}

const textOf = (n: MdNode): string => (n.value ?? '') + (n.children ?? []).map(textOf).join('');

/** The `## ` sections of a guide, with the anchor each declares (`[#anchor]`). Throws on an MDX syntax error. */
export function guideSections(file: string, text: string): GuideSection[] {
  const tree = (file.endsWith('.mdx') ? mdxToMdast(text) : markdownToMdast(text)) as MdNode;
  return (tree.children ?? [])
    .filter((n) => n.type === 'heading' && n.depth === 2)
    .map((n) => {
      const title = textOf(n);
      const m = HEADING_ANCHOR.exec(title);
      return { anchor: m?.[1] ?? null, title: m ? title.slice(0, m.index) : title, line: n.position?.start.line ?? 1 };
    });
}

export const guidePath = (lang: Locale, chapter: string): string => `content/guides/${lang}/${chapter}.mdx`;

/**
 * Every chapter exists in every language, every `## ` heading has an anchor, and every language
 * has the same anchors in the same order and the same number of examples and mistake blocks.
 */
export function checkGuideParity(files: readonly SourceFile[], examples: readonly ContentExample[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  const guideFiles = files.filter((f) => /^content\/guides\/[^/]+\/[^/]+\.mdx?$/.test(f.path));
  if (guideFiles.length === 0) return problems;
  for (const f of guideFiles) {
    const m = /^content\/guides\/([^/]+)\/([^/]+)\.mdx?$/.exec(f.path)!;
    if (!(LOCALES as readonly string[]).includes(m[1]!)) problems.push({ file: f.path, line: 1, severity: 'error', message: `"${m[1]}" is not a site language; guides live in ${LOCALES.map((l) => `content/guides/${l}/`).join(', ')}` });
    if (!(CHAPTERS as readonly string[]).includes(m[2]!)) problems.push({ file: f.path, line: 1, severity: 'error', message: `"${m[2]}" is not a guide chapter; use one of ${CHAPTERS.join(', ')} (src/lib/routes.ts)` });
  }
  // Each language is compared with the first (Korean), the language the guides are written in first.
  const [first, ...rest] = LOCALES;
  for (const chapter of CHAPTERS) {
    const have = LOCALES.map((l) => byPath.get(guidePath(l, chapter)));
    const present = have.find((f) => f !== undefined);
    if (!present) continue;
    const absent = LOCALES.filter((_, i) => !have[i]);
    for (const l of absent) problems.push({ file: present.path, line: 1, severity: 'error', message: `${guidePath(l, chapter)} is missing: every guide exists in every language with the same sections` });
    if (absent.length > 0) continue;
    const ref = have[0]!;
    let refSections: GuideSection[];
    try {
      refSections = guideSections(ref.path, ref.text);
    } catch (e) {
      continue; // reported by the example list as an MDX syntax problem
    }
    for (const s of refSections) if (!s.anchor) problems.push({ file: ref.path, line: s.line, severity: 'error', message: `section "${s.title}" has no anchor; end the heading with [#anchor] (the same anchor in every language)` });
    const count = (path: string, mistake: boolean) => examples.filter((e) => e.file === path && e.mistake === mistake).length;
    rest.forEach((l, k) => {
      const other = have[k + 1]!;
      let sections: GuideSection[];
      try {
        sections = guideSections(other.path, other.text);
      } catch (e) {
        return; // reported by the example list as an MDX syntax problem
      }
      for (const s of sections) if (!s.anchor) problems.push({ file: other.path, line: s.line, severity: 'error', message: `section "${s.title}" has no anchor; end the heading with [#anchor] (the same anchor in every language)` });
      const anchors = [refSections, sections].map((list) => list.map((s) => s.anchor ?? '?').join(', '));
      if (anchors[0] !== anchors[1]) {
        const i = refSections.findIndex((s, j) => s.anchor !== sections[j]?.anchor);
        const at = i >= 0 ? refSections[i] : undefined;
        problems.push({
          file: ref.path,
          line: at?.line ?? 1,
          severity: 'error',
          message: `sections differ from ${other.path}: ${first} has [${anchors[0]}], ${l} has [${anchors[1]}]; give every language the same sections in the same order`,
        });
      }
      for (const mistake of [false, true]) {
        const [a, b] = [count(ref.path, mistake), count(other.path, mistake)];
        if (a !== b) problems.push({ file: ref.path, line: 1, severity: 'error', message: `${a} ${mistake ? 'mistake blocks' : 'examples'} here but ${b} in ${other.path}; every language shows the same examples` });
      }
    });
  }
  return problems;
}

export interface GuideUse {
  lang: Locale;
  chapter: string;
  section: string | null;
}

/** For each command slug, the guide sections whose examples run it. */
export function guideUsage(examples: readonly ContentExample[]): Map<string, GuideUse[]> {
  const out = new Map<string, GuideUse[]>();
  for (const ex of examples) {
    const m = /^content\/guides\/([^/]+)\/([^/]+)\.mdx?$/.exec(ex.file);
    if (!m || ex.kind !== 'shell' || ex.mistake || !ex.lang) continue;
    for (const inv of validateCommandLine(ex.code).invocations) {
      if (inv.command === null) continue;
      const slug = commandSlug(inv.command === '' ? [] : inv.command.split(' '));
      const list = out.get(slug) ?? [];
      if (!list.some((u) => u.lang === ex.lang && u.chapter === m[2] && u.section === (ex.section ?? null))) list.push({ lang: ex.lang, chapter: m[2]!, section: ex.section ?? null });
      out.set(slug, list);
    }
  }
  return out;
}
