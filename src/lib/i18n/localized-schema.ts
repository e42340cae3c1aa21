// The zod schemas of localized values, apart from the types in localized.ts so that code the
// command-line checker bundles (messages, diagnostics) does not pull zod in.
import { z } from 'zod';
import { languageName, LOCALES, type Locale } from './locales.ts';
import type { Localized } from './localized.ts';

const missing = (l: Locale) => `write the ${languageName(l, 'en')} text (${l})`;

/**
 * The zod schema of a value in every language (`{ko: …, en: …}`), `inner(lang)` giving each
 * language's schema. A language left out is reported at its key (`tasks.ja: write the Japanese
 * text (ja)`), so adding a language to LOCALES makes the content check list every text to write.
 * `optional` languages may be left out (a default is shown instead).
 */
export function localizedOf<T>(inner: (lang: Locale) => z.ZodType<T>, optional: readonly Locale[] = []): z.ZodType<Localized<T>> {
  return z
    .object(Object.fromEntries(LOCALES.map((l) => [l, inner(l).optional()])))
    .strict()
    .superRefine((value, ctx) => {
      for (const l of LOCALES) if (value[l] === undefined && !optional.includes(l)) ctx.addIssue({ code: 'custom', path: [l], message: missing(l) });
    }) as unknown as z.ZodType<Localized<T>>;
}

const text = (l: Locale) => z.string({ error: missing(l) }).trim().min(1, missing(l));

/** A text in every language, each trimmed and non-empty. */
export function localizedText(): z.ZodType<Localized<string>> {
  return localizedOf(text);
}

/**
 * A text every language writes except `fallback`, which may leave it out to show a default
 * instead (command option rows: the help's own English).
 */
export function localizedTextWithDefault(fallback: Locale): z.ZodType<Partial<Localized<string>>> {
  return localizedOf(text, [fallback]) as z.ZodType<Partial<Localized<string>>>;
}
