// The pages' side of the content registry: Vite reads the same content files the Node scripts
// read (src/lib/content/files.ts) and hands them to the same buildRegistry, so pages and checks
// see one interpretation of the content. The build runs the content check on this registry:
// invalid content stops the build with every problem `npm run check:content` prints.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { CommandEntry } from '../lib/catalog/schema';
import type { Cheatsheet } from '../lib/catalog/cheatsheet';
import type { ContentExample } from '../lib/content/examples';
import type { SourceFile } from '../lib/content/files';
import { guideUsage, type GuideSection, type GuideUse } from '../lib/content/guides';
import { formatProblem } from '../lib/content/problem';
import { checkContent } from '../lib/content-checks/index';
import { buildRegistry } from '../lib/content/registry';
import type { ParsedYaml } from '../lib/catalog/parse-yaml-entry';
import type { ExampleInput, ExampleVerdict } from '../lib/content/verdicts';
import type { DockerfileCatalog } from '../lib/dockerfile-catalog/catalog';
import type { Locale } from '../lib/i18n/locales';
import type { Chapter } from '../lib/content/chapters';

const raw = import.meta.glob(['../../content/**/*.yaml', '../../content/**/*.mdx', '../../content/**/*.json', '!../../content/cli-help/**', '!../../content/plugin-reference/**', '!../../content/cli-reference/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Every content file, with paths relative to the repository root (`content/...`). */
export const contentFiles: SourceFile[] = Object.entries(raw)
  .map(([path, text]) => ({ path: path.replace(/^(\.\.\/)+/, ''), text }))
  .sort((a, b) => (a.path < b.path ? -1 : 1));

/**
 * The site's one content registry, built once per build, and the content check run on it: the
 * build fails on any problem `npm run check:content` reports (all of them are listed), and the
 * pages render from the same parse and the same verdicts. MDX is not compiled here: the build
 * compiles every guide itself.
 */
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const registry = buildRegistry(contentFiles, { compileMdx: false });
{
  const built = performance.now();
  const result = checkContent(registry);
  for (const p of result.problems) if (p.severity !== 'error') console.warn(formatProblem(p));
  if (result.errors > 0) {
    const errors = result.problems.filter((p) => p.severity === 'error');
    throw new Error(`check-content: ${result.errors} error(s) in the content; fix them before building:\n${errors.map(formatProblem).join('\n')}`);
  }
  // The content check's phase, which `npm run bench` reads (it runs at the start of Astro's page
  // generation, so it is a part of that phase): the registry's build and the checks on it.
  const cpu = process.cpuUsage(cpu0);
  const now = performance.now();
  console.log(result.summary);
  console.log(
    `[dockref-phase] content check: registry ${Math.round(built - t0)} ms + checks ${Math.round(now - built)} ms, in ${Math.round(now - t0)} ms, cpu ${Math.round((cpu.user + cpu.system) / 1000)} ms`,
  );
}

/** The catalog entry of a command (texts, tasks, examples), if it has one. */
export function getCommandEntry(slug: string): CommandEntry | undefined {
  return registry.commands.get(slug)?.value;
}

/** A content YAML file's one parse (the registry's), for readers that take a parsed file. */
export function contentYaml(path: string): ParsedYaml | undefined {
  return registry.yaml(path);
}

/** The one list of every example on the site. */
export function allExamples(): ContentExample[] {
  return registry.examples;
}

/** The registry's verdict on an example (each judged once per build). */
export function exampleVerdict(ex: ExampleInput): ExampleVerdict {
  return registry.verdict(ex);
}

/** Outputs captured on the sandboxed engine, for the examples that show them. */
export const runOutputs = registry.runOutputs;

let usage: Map<string, GuideUse[]> | null = null;
/** The guide sections whose examples run a command (computed from the example list). */
export function guidesUsing(slug: string, lang: Locale): GuideUse[] {
  usage ??= guideUsage(registry.examples, registry.verdict);
  return (usage.get(slug) ?? []).filter((u) => u.lang === lang);
}

export function dockerfileCatalog(): DockerfileCatalog {
  return registry.dockerfile;
}

interface MdxModule {
  Content: AstroComponentFactory;
  frontmatter: { title?: string; description?: string };
}
const modules = import.meta.glob('../../content/guides/*/*.mdx', { eager: true }) as Record<string, MdxModule>;

export interface Guide {
  lang: Locale;
  /** The chapter's slug (content/guides/chapters.yaml). */
  chapter: string;
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
  return registry.chapters.flatMap(({ slug: chapter }, i) => {
    const key = `../../content/guides/${lang}/${chapter}.mdx`;
    const mod = modules[key];
    const sections = registry.sections.get(`content/guides/${lang}/${chapter}.mdx`);
    if (!mod || !sections) return [];
    const { title, description } = mod.frontmatter;
    if (!title || !description) throw new Error(`content/guides/${lang}/${chapter}.mdx:1:1: the frontmatter needs "title" and "description"`);
    return [{ lang, chapter, number: i + 1, title, description, sections, Content: mod.Content }];
  });
}

/** The guide chapters in reading order, with their titles (content/guides/chapters.yaml). */
export function chapters(): Chapter[] {
  return registry.chapters;
}

/** content/cheatsheet.yaml: the chapters of the cheat sheet and their commands. */
export function cheatsheet(): Cheatsheet {
  if (!registry.cheatsheet) throw new Error(registry.cheatsheetProblems.map(formatProblem).join('\n'));
  return registry.cheatsheet.value;
}
