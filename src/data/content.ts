// The pages' side of the content registry: Vite reads the same content files the Node scripts
// read (src/lib/content/files.ts) and hands them to the same pure functions, so pages and checks
// see one interpretation of the content. An invalid file stops the build with the message the
// content check prints (run `npm run check:content` for all problems).
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { CommandEntrySchema, type CommandEntry } from '../lib/catalog/schema';
import { CheatsheetSchema, type Cheatsheet } from '../lib/catalog/cheatsheet';
import { parseYamlEntry } from '../lib/catalog/parse-yaml-entry';
import { collectExamples, type ContentExample } from '../lib/content/examples';
import type { SourceFile } from '../lib/content/files';
import { guideSections, guideUsage, type GuideSection, type GuideUse } from '../lib/content/guides';
import { dockerfileCatalogFrom, type DockerfileCatalog } from '../lib/dockerfile/catalog';
import type { Locale } from '../lib/i18n/locales';
import { CHAPTERS } from '../lib/routes';

const raw = import.meta.glob(['../../content/**/*.yaml', '../../content/**/*.mdx', '../../content/**/*.json', '!../../content/cli-help/**', '!../../content/plugin-reference/**', '!../../content/cli-reference/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Every content file, with paths relative to the repository root (`content/...`). */
export const contentFiles: SourceFile[] = Object.entries(raw)
  .map(([path, text]) => ({ path: path.replace(/^(\.\.\/)+/, ''), text }))
  .sort((a, b) => (a.path < b.path ? -1 : 1));

const entries = new Map<string, CommandEntry>();
for (const f of contentFiles) {
  const m = /^content\/commands\/([^/]+)\.yaml$/.exec(f.path);
  if (!m) continue;
  const parsed = parseYamlEntry(f.text, CommandEntrySchema);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    throw new Error(`${f.path}:${first?.line}:${first?.column}: ${first?.message} (run npm run check:content for all problems)`);
  }
  entries.set(m[1]!, parsed.value);
}

/** The catalog entry of a command (texts, tasks, examples), if it has one. */
export function getCommandEntry(slug: string): CommandEntry | undefined {
  return entries.get(slug);
}

let examples: ContentExample[] | null = null;
/** The one list of every example on the site. */
export function allExamples(): ContentExample[] {
  return (examples ??= collectExamples(contentFiles));
}

let usage: Map<string, GuideUse[]> | null = null;
/** The guide sections whose examples run a command (computed from the example list). */
export function guidesUsing(slug: string, lang: Locale): GuideUse[] {
  usage ??= guideUsage(allExamples());
  return (usage.get(slug) ?? []).filter((u) => u.lang === lang);
}

let dockerfile: DockerfileCatalog | null = null;
export function dockerfileCatalog(): DockerfileCatalog {
  if (!dockerfile) {
    const c = dockerfileCatalogFrom(contentFiles);
    if (c.problems.length > 0) {
      const lines = c.problems.map((p) => `${[p.file, p.line, p.column].filter((x) => x !== undefined).join(':')}: ${p.message}`);
      throw new Error(`The Dockerfile catalog has ${c.problems.length} problem(s):\n${lines.join('\n')}`);
    }
    dockerfile = c;
  }
  return dockerfile;
}

interface MdxModule {
  Content: AstroComponentFactory;
  frontmatter: { title?: string; description?: string };
}
const modules = import.meta.glob('../../content/guides/*/*.mdx', { eager: true }) as Record<string, MdxModule>;

export interface Guide {
  lang: Locale;
  chapter: (typeof CHAPTERS)[number];
  /** 1-based position in the chapter order. */
  number: number;
  title: string;
  description: string;
  sections: GuideSection[];
  Content: AstroComponentFactory;
}

const guides = new Map<Locale, Guide[]>();
/**
 * The guides of one language, in chapter order. Read once per language: every command page asks
 * for them, and reading a guide's sections parses its MDX.
 */
export function listGuides(lang: Locale): Guide[] {
  let list = guides.get(lang);
  if (!list) guides.set(lang, (list = readGuides(lang)));
  return list;
}

function readGuides(lang: Locale): Guide[] {
  return CHAPTERS.flatMap((chapter, i) => {
    const key = `../../content/guides/${lang}/${chapter}.mdx`;
    const mod = modules[key];
    const file = contentFiles.find((f) => f.path === `content/guides/${lang}/${chapter}.mdx`);
    if (!mod || !file) return [];
    const { title, description } = mod.frontmatter;
    if (!title || !description) throw new Error(`content/guides/${lang}/${chapter}.mdx:1:1: the frontmatter needs "title" and "description"`);
    return [{ lang, chapter, number: i + 1, title, description, sections: guideSections(file.path, file.text), Content: mod.Content }];
  });
}

let sheet: Cheatsheet | null = null;
/** content/cheatsheet.yaml: the chapters of the cheat sheet and their commands. */
export function cheatsheet(): Cheatsheet {
  if (!sheet) {
    const file = contentFiles.find((f) => f.path === 'content/cheatsheet.yaml');
    if (!file) throw new Error('content/cheatsheet.yaml is missing');
    const parsed = parseYamlEntry(file.text, CheatsheetSchema);
    if (!parsed.ok) throw new Error(`content/cheatsheet.yaml:${parsed.problems[0]?.line}: ${parsed.problems[0]?.message}`);
    sheet = parsed.value;
  }
  return sheet;
}
