// The cheat sheet's rows (home page and the printable sheet): content/cheatsheet.yaml names the
// commands of each chapter; their catalog examples give the rows (task = the example's title).
import { z } from 'zod';
import type { Locale } from '../i18n/locales.ts';
import type { CommandEntry } from './schema.ts';

export const CheatsheetSchema = z
  .object({
    /** How many of each command's examples become rows. */
    perCommand: z.number().int().min(1).max(10),
    /** Each part of the sheet: a chapter of content/guides/chapters.yaml (checked by the content check) and its commands. */
    chapters: z.array(z.object({ chapter: z.string().min(1), commands: z.array(z.string().min(1)) }).strict()).min(1),
  })
  .strict();
export type Cheatsheet = z.infer<typeof CheatsheetSchema>;

export interface CheatsheetRow {
  task: string;
  cmd: string;
  slug: string;
  /** Words the filter also matches: the command's task phrases. */
  terms: string[];
}

export interface CheatsheetChapter {
  chapter: string;
  rows: CheatsheetRow[];
}

export function cheatsheetChapters(sheet: Cheatsheet, entryOf: (slug: string) => CommandEntry | undefined, lang: Locale): CheatsheetChapter[] {
  return sheet.chapters.map(({ chapter, commands }) => ({
    chapter,
    rows: commands.flatMap((slug) => {
      const entry = entryOf(slug);
      if (!entry) return [];
      const terms = entry.tasks?.[lang] ?? [];
      return entry.examples.slice(0, sheet.perCommand).map((ex) => ({ task: ex.title[lang], cmd: ex.cmd, slug, terms }));
    }),
  }));
}

/** The commands the sheet names that have no catalog entry, or too few examples (for the content check). */
export function cheatsheetProblems(sheet: Cheatsheet, entryOf: (slug: string) => CommandEntry | undefined, hasFile: (slug: string) => boolean = () => false): string[] {
  return sheet.chapters.flatMap(({ chapter, commands }) =>
    commands.flatMap((slug) => {
      const entry = entryOf(slug);
      // An entry whose file does not parse is reported with its own problems, not again here.
      if (!entry && hasFile(slug)) return [];
      if (!entry) return [`${chapter}: "${slug}" has no content/commands/${slug}.yaml; name a canonical command slug`];
      if (entry.examples.length === 0) return [`${chapter}: ${slug} has no examples to show; add examples to content/commands/${slug}.yaml`];
      return [];
    }),
  );
}
