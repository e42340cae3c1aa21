import { LOCALES, type Locale } from './locales.ts';

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
