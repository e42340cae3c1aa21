/**
 * The site's languages: the ONE list. Korean first: it is the default and the order used in every
 * list. Everything else that differs by language (routes, the sitemap, Astro's i18n config, the
 * zod schemas of bilingual content, the checks that every text exists in every language) is
 * derived from it, so adding a language here makes `npm run check:content` list every text that
 * still has to be written.
 */
export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = LOCALES[0];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `value` when it names a site language, else the default: for `data-lang`, `Astro.currentLocale`, `LANG`. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The languages as a choice in English prose (`ko or en`), for usage errors. */
export function localeChoice(): string {
  return new Intl.ListFormat('en', { type: 'disjunction' }).format(LOCALES);
}

/** Every language but `lang`, in list order: the language switch's targets. */
export function otherLocales(lang: Locale): Locale[] {
  return LOCALES.filter((l) => l !== lang);
}

/** The language a path is under (`/en/commands/` -> `en`), or null outside every language (`/404.html`). */
export function pathLocale(pathname: string): Locale | null {
  const first = pathname.split('/')[1] ?? '';
  return isLocale(first) ? first : null;
}

// Every page asks for the two below, and making an Intl object each time cost more than the rest of
// the page's head: each answer is kept.
const names = new Map<string, string>();
const ogLocales = new Map<Locale, string>();

/** The name of `lang` in `inLang` ("Korean" in English, "영어" in Korean), from the runtime's CLDR data. */
export function languageName(lang: Locale, inLang: Locale): string {
  const key = `${lang} ${inLang}`;
  let name = names.get(key);
  if (name === undefined) names.set(key, (name = new Intl.DisplayNames([inLang], { type: 'language' }).of(lang) ?? lang));
  return name;
}

/** The Open Graph locale (`ko_KR`, `en_US`): the language with its likeliest region, from CLDR. */
export function ogLocale(lang: Locale): string {
  let og = ogLocales.get(lang);
  if (og === undefined) {
    const full = new Intl.Locale(lang).maximize();
    ogLocales.set(lang, (og = full.region ? `${full.language}_${full.region}` : full.language));
  }
  return og;
}
