import { z } from 'zod';
import { languageName, LOCALES, type Locale } from './locales.ts';

/**
 * A value in every site language: the one shape of bilingual content (catalog texts, Dockerfile
 * texts, diagnostic messages). Keyed by the locale list, so a new language is a type the
 * compiler knows and a key the content check asks for.
 */
export type Localized<T = string> = Record<Locale, T>;

/** A text as shown, with the language it is written in (English help text on a Korean page gets `lang="en"`). */
export interface Shown {
  text: string;
  lang: Locale;
}

/** `v`'s text in `lang`. */
export function pick<T>(value: Localized<T>, lang: Locale): T {
  return value[lang];
}

/** One value per language, from a function of the language. */
export function localize<T>(make: (lang: Locale) => T): Localized<T> {
  return Object.fromEntries(LOCALES.map((l) => [l, make(l)])) as Localized<T>;
}

const missing = (l: Locale) => `write the ${languageName(l, 'en')} text (${l})`;

/** The zod schema of a value in every language, `inner(lang)` giving each language's schema. */
export function localizedOf<T>(inner: (lang: Locale) => z.ZodType<T>): z.ZodType<Localized<T>> {
  return z.object(Object.fromEntries(LOCALES.map((l) => [l, inner(l)]))).strict() as unknown as z.ZodType<Localized<T>>;
}

/**
 * The zod schema of a text in every language (`{ko: '…', en: '…'}`), each trimmed and non-empty.
 * A language missing from a content file is reported with its key (`title.ja: write the Japanese text (ja)`).
 */
export function localizedText(): z.ZodType<Localized<string>> {
  return localizedOf((l) => z.string({ error: missing(l) }).trim().min(1, missing(l)));
}

/**
 * A text every language writes except `fallback`, which may leave it out to show a default
 * instead (command option rows: the help's own English).
 */
export function localizedTextWithDefault(fallback: Locale): z.ZodType<Partial<Localized<string>>> {
  return z
    .object(
      Object.fromEntries(
        LOCALES.map((l) => {
          const text = z.string({ error: missing(l) }).trim().min(1, missing(l));
          return [l, l === fallback ? text.optional() : text];
        }),
      ),
    )
    .strict() as unknown as z.ZodType<Partial<Localized<string>>>;
}
