/** The site's languages. Korean first: it is the default and the order used in every list. */
export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ko';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function otherLocale(lang: Locale): Locale {
  return lang === 'ko' ? 'en' : 'ko';
}

/**
 * The same page in another language. Every route lives under `/{lang}/` with the same slugs in
 * both languages (DESIGN.md, "Contracts"), so switching is a prefix swap that keeps the rest of
 * the path, the query and the hash.
 */
export function localizedPath(pathname: string, to: Locale): string {
  const match = /^\/(ko|en)(?=\/|$)/.exec(pathname);
  if (!match) return `/${to}/`;
  const rest = pathname.slice(match[0].length);
  return `/${to}${rest === '' ? '/' : rest}`;
}

/** Build a site path for a language: `localePath('en', 'commands', 'container-run')` -> `/en/commands/container-run/`. */
export function localePath(lang: Locale, ...segments: string[]): string {
  const parts = segments.flatMap((s) => s.split('/')).filter(Boolean);
  return `/${[lang, ...parts].join('/')}/`;
}
