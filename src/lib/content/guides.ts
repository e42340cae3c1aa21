// Guides in the content registry: their sections, the parity check between languages, and which
// guide sections use which command (for "used in these guides" on command pages; computed, not
// hand-listed). Pure: works on the content registry.
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { commandSlug } from '../routes.ts';
import { lineOfPath } from '../catalog/parse-yaml-entry.ts';
import { CHAPTERS_FILE } from './chapters.ts';
import { fromMdx, type ContentExample, type GuideSection } from './examples.ts';
import type { ContentProblem } from './problem.ts';
import type { Registry } from './registry.ts';
import type { ExampleInput, ExampleVerdict } from './verdicts.ts';

export type { GuideSection };

/** The `## ` sections of one guide, with the anchor each declares (`[#anchor]`). Throws on an MDX syntax error. */
export function guideSections(file: string, text: string): GuideSection[] {
  const problems: ContentProblem[] = [];
  const sections = fromMdx(file, text, [], problems, false);
  if (!sections) throw new Error(`${file}: ${problems[0]?.message ?? 'does not parse'}`);
  return sections;
}

export const guidePath = (lang: Locale, chapter: string): string => `content/guides/${lang}/${chapter}.mdx`;

/**
 * Every chapter of chapters.yaml exists in every language and every guide file is one of them,
 * every `## ` heading has an anchor, and every language has the same anchors in the same order
 * and the same number of examples and mistake blocks.
 */
export function checkGuideParity(reg: Pick<Registry, 'files' | 'examples' | 'sections' | 'chapters' | 'chapterProblems' | 'yaml'>): ContentProblem[] {
  const { files, examples } = reg;
  const problems: ContentProblem[] = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  const guideFiles = files.filter((f) => /^content\/guides\/[^/]+\/[^/]+\.mdx?$/.test(f.path));
  // A project without guides (a test's few files) needs no chapter list.
  if (guideFiles.length === 0 && !byPath.has(CHAPTERS_FILE)) return problems;
  // The chapter list's own problems come first; without a usable list no guide can be placed.
  problems.push(...reg.chapterProblems);
  if (reg.chapters.length === 0) return problems;
  const slugs = reg.chapters.map((c) => c.slug);
  for (const f of guideFiles) {
    const m = /^content\/guides\/([^/]+)\/([^/]+)\.mdx?$/.exec(f.path)!;
    if (!(LOCALES as readonly string[]).includes(m[1]!)) problems.push({ file: f.path, line: 1, severity: 'error', message: `"${m[1]}" is not a site language; guides live in ${LOCALES.map((l) => `content/guides/${l}/`).join(', ')}` });
    if (!slugs.includes(m[2]!)) problems.push({ file: f.path, line: 1, severity: 'error', message: `"${m[2]}" is not a guide chapter; add it to ${CHAPTERS_FILE} or use one of ${slugs.join(', ')}` });
  }
  // Each language is compared with the first (Korean), the language the guides are written in first.
  const [first, ...rest] = LOCALES;
  for (const [i, chapter] of slugs.entries()) {
    const have = LOCALES.map((l) => byPath.get(guidePath(l, chapter)));
    const present = have.find((f) => f !== undefined);
    if (!present) {
      const line = lineOfPath(reg.yaml(CHAPTERS_FILE)!, ['chapters', i, 'slug']);
      problems.push({ file: CHAPTERS_FILE, line, severity: 'error', message: `chapter "${chapter}" has no guide; write ${LOCALES.map((l) => guidePath(l, chapter)).join(' and ')}` });
      continue;
    }
    const absent = LOCALES.filter((_, i) => !have[i]);
    for (const l of absent) problems.push({ file: present.path, line: 1, severity: 'error', message: `${guidePath(l, chapter)} is missing: every guide exists in every language with the same sections` });
    if (absent.length > 0) continue;
    const ref = have[0]!;
    // A guide that does not parse is reported by the registry as an MDX syntax problem.
    const refSections = reg.sections.get(ref.path);
    if (!refSections) continue;
    for (const s of refSections) if (!s.anchor) problems.push({ file: ref.path, line: s.line, severity: 'error', message: `section "${s.title}" has no anchor; end the heading with [#anchor] (the same anchor in every language)` });
    const count = (path: string, mistake: boolean) => examples.filter((e) => e.file === path && e.mistake === mistake).length;
    rest.forEach((l, k) => {
      const other = have[k + 1]!;
      const sections = reg.sections.get(other.path);
      if (!sections) return;
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

/** For each command slug, the guide sections whose examples run it (from each example's verdict). */
export function guideUsage(examples: readonly ContentExample[], verdict: (ex: ExampleInput) => ExampleVerdict): Map<string, GuideUse[]> {
  const out = new Map<string, GuideUse[]>();
  for (const ex of examples) {
    const m = /^content\/guides\/([^/]+)\/([^/]+)\.mdx?$/.exec(ex.file);
    if (!m || ex.kind !== 'shell' || ex.mistake || !ex.lang) continue;
    const v = verdict(ex);
    if (v.kind !== 'shell') continue;
    for (const inv of v.validation.invocations) {
      if (inv.command === null) continue;
      const slug = commandSlug(inv.command === '' ? [] : inv.command.split(' '));
      const list = out.get(slug) ?? [];
      if (!list.some((u) => u.lang === ex.lang && u.chapter === m[2] && u.section === (ex.section ?? null))) list.push({ lang: ex.lang, chapter: m[2]!, section: ex.section ?? null });
      out.set(slug, list);
    }
  }
  return out;
}
