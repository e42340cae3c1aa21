// Guide answers: content/search/guide-answers.yaml gives guide sections the concept questions they
// answer ("image vs container", "make an image smaller"), which no command answers. This module
// reads and checks the file (the content check, the pages and the search evaluator share it); the
// index builder gives each section its questions as task phrases.
import { z } from 'zod';
import { lineOfPath, parseYamlEntry, parseYaml, type ParsedYaml } from '../catalog/parse-yaml-entry.ts';
import type { Locale } from '../i18n/locales.ts';
import { localizedOf } from '../i18n/localized-schema.ts';

export const GUIDE_ANSWERS_FILE = 'content/search/guide-answers.yaml';

const Phrases = z.array(z.string().trim().min(2, 'a question needs at least two characters')).min(1, 'give at least one question');

export const GuideAnswerSchema = z
  .object({
    /** The section as chapter#anchor (`overview#images-and-containers`). */
    section: z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'a guide section as chapter#anchor, such as overview#images-and-containers'),
    /** How learners ask what the section explains, in each language. */
    tasks: localizedOf(() => Phrases),
  })
  .strict();
export type GuideAnswer = z.infer<typeof GuideAnswerSchema>;

export const GuideAnswersSchema = z.object({ answers: z.array(GuideAnswerSchema) }).strict();

export type GuideAnswersResult = { ok: true; answers: GuideAnswer[] } | { ok: false; problems: Array<{ line: number; column?: number; message: string }> };

/**
 * Reads the file and checks that every section exists in each language's guide (`hasSection`) and
 * is named once.
 */
export function readGuideAnswers(source: string | ParsedYaml, hasSection: (lang: Locale, chapter: string, anchor: string) => boolean, langs: readonly Locale[]): GuideAnswersResult {
  // Parsed once: every line number below comes from this parse (parsing the file again per answer was quadratic).
  const text = typeof source === 'string' ? parseYaml(source) : source;
  const parsed = parseYamlEntry(text, GuideAnswersSchema);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const problems: Array<{ line: number; message: string }> = [];
  const seen = new Set<string>();
  parsed.value.answers.forEach((a, i) => {
    const line = lineOfPath(text, ['answers', i, 'section']);
    const [chapter = '', anchor = ''] = a.section.split('#');
    const missing = langs.filter((l) => !hasSection(l, chapter, anchor));
    if (missing.length > 0) problems.push({ line, message: `answers.${i}.section: no section "${a.section}" in the ${missing.join(' and ')} guide (use chapter#anchor, the anchor in the heading's [#anchor])` });
    if (seen.has(a.section)) problems.push({ line, message: `answers.${i}: a second entry for ${a.section}; keep one` });
    seen.add(a.section);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers: parsed.value.answers };
}
