// The guide chapters are content: content/guides/chapters.yaml lists them in reading order, each
// with its slug (the URL segment and the name of its MDX file in every language) and its short
// title in every language (the cheat sheet's chapter headings). The registry reads the file once;
// routes.ts only builds URLs from a slug. Adding a chapter is one entry here plus its MDX files.
import { z } from 'zod';
import { localizedText } from '../i18n/localized-schema.ts';
import { parseYamlEntry, type ParsedYaml } from '../catalog/parse-yaml-entry.ts';
import { problemsIn, type ContentProblem } from './problem.ts';

export const CHAPTERS_FILE = 'content/guides/chapters.yaml';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ChapterSchema = z
  .object({
    /** The chapter's URL segment and file name: `/ko/guides/{slug}/`, `content/guides/{lang}/{slug}.mdx`. */
    slug: z.string().regex(SLUG, 'write the slug in lower case with hyphens between words, as in running-containers'),
    /** The chapter's short name in every language (the cheat sheet's heading for it). */
    title: localizedText(),
  })
  .strict();

export const ChaptersSchema = z
  .object({
    /** The chapters in reading order (the guide list, previous/next links, the chapter number). */
    chapters: z.array(ChapterSchema).min(1, 'list at least one chapter'),
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.chapters.forEach((c, i) => {
      if (seen.has(c.slug)) ctx.addIssue({ code: 'custom', path: ['chapters', i, 'slug'], message: `"${c.slug}" is listed twice; give each chapter one entry` });
      seen.add(c.slug);
    });
  });

export type Chapter = z.infer<typeof ChapterSchema>;

/** The list with only its slugs checked: enough to place the guides while a title is missing. */
const SlugsSchema = z.object({ chapters: z.array(z.object({ slug: ChapterSchema.shape.slug, title: z.record(z.string(), z.unknown()) })) });

/**
 * The chapters of a parsed chapters.yaml and the problems in it (file:line:col). A list whose
 * slugs are sound still gives its chapters when a title is not (a language added to LOCALES
 * leaves every title without it), so the guides are checked as well and every problem is listed.
 */
export function chaptersFrom(parsed: ParsedYaml | undefined): { chapters: Chapter[]; problems: ContentProblem[] } {
  if (!parsed) return { chapters: [], problems: [{ file: CHAPTERS_FILE, severity: 'error', message: 'missing: the guides need this file (the chapters in reading order, each with its slug and title)' }] };
  const result = parseYamlEntry(parsed, ChaptersSchema);
  if (result.ok) return { chapters: result.value.chapters, problems: [] };
  const problems = problemsIn(CHAPTERS_FILE, result.problems);
  const slugs = parseYamlEntry(parsed, SlugsSchema);
  const unique = slugs.ok && new Set(slugs.value.chapters.map((c) => c.slug)).size === slugs.value.chapters.length;
  return { chapters: unique ? (slugs.value.chapters as Chapter[]) : [], problems };
}
