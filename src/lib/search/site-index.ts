// The site's task index of one language from the content registry: what
// src/pages/[lang]/search-index.json.ts serves and what `npm run eval:search` searches in Node.
// Pure: the caller hands in the content (pages through Vite, scripts from the files).
import type { CommandEntry } from '../catalog/schema.ts';
import { findCommand, listCommands } from '../cli-spec/index.ts';
import type { ContentExample } from '../content/examples.ts';
import type { GuideUse } from '../content/guides.ts';
import type { DockerfileCatalog } from '../dockerfile-catalog/catalog.ts';
import type { Locale } from '../i18n/locales.ts';
import { buildSearchIndex, type GuideInput, type SearchIndexData } from './build-index.ts';
import { FLAG_ANSWERS_FILE, type FlagAnswer } from './flag-answers.ts';
import type { CommandTasks, InstructionTasks } from './command-tasks.ts';
import type { GuideAnswer } from './guide-answers.ts';

export interface SiteIndexContent {
  entry: (slug: string) => CommandEntry | undefined;
  examples: readonly ContentExample[];
  /** Commands the cheat sheet shows. */
  sheet: ReadonlySet<string>;
  guidesUsing: (slug: string, lang: Locale) => readonly GuideUse[];
  guides: (lang: Locale) => GuideInput[];
  dockerfile: DockerfileCatalog;
  flagAnswers: readonly FlagAnswer[];
  guideAnswers: readonly GuideAnswer[];
  commandTasks: CommandTasks;
  /** Task phrases of Dockerfile instructions (content/search/command-tasks.yaml). */
  instructionTasks?: InstructionTasks;
}

export function siteSearchIndex(lang: Locale, c: SiteIndexContent): SearchIndexData {
  // Every example on the site that runs a command counts for it: a prior for ties (`--rm` is
  // defined by `container create` and `container run`; the site runs the latter far more).
  const runs = new Map<string, number>();
  for (const ex of c.examples) {
    if (ex.kind !== 'shell' || ex.mistake) continue;
    // Flag answers are the search's own lines, not the site's usage of a command.
    if (ex.file === FLAG_ANSWERS_FILE) continue;
    const slug = findCommand(ex.code.trim().split(/\s+/)).command.slug;
    runs.set(slug, (runs.get(slug) ?? 0) + 1);
  }
  return buildSearchIndex({
    lang,
    commands: listCommands(),
    entry: c.entry,
    usage: (slug) => ({ guides: c.guidesUsing(slug, lang).length, cheatsheet: c.sheet.has(slug), examples: runs.get(slug) ?? 0 }),
    guides: c.guides(lang),
    instructions: c.dockerfile.instructions.map(({ value: i }) => ({
      instruction: i.instruction,
      summary: i.summary[lang],
      more: [...i.examples.map((e) => e.caption[lang]), ...i.pitfalls.map((p) => p.title[lang])],
      tasks: c.instructionTasks?.[i.instruction]?.[lang],
    })),
    flagAnswers: c.flagAnswers,
    guideAnswers: c.guideAnswers,
    commandTasks: c.commandTasks,
  });
}
