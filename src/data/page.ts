// The preamble every `/[lang]/` page had written out: the page's language from its route
// parameter, checked, and the UI strings in that language.
import { isLocale, type Locale } from '../lib/i18n/locales';
import { useTranslations } from '../lib/i18n/ui';

export interface PageLanguage {
  lang: Locale;
  tr: ReturnType<typeof useTranslations>;
}

/** `const { lang, tr } = pageLanguage(Astro.params)`: a route outside the site's languages is a build error, not a page in no language. */
export function pageLanguage(params: Record<string, string | undefined>): PageLanguage {
  const lang = params.lang;
  if (!isLocale(lang)) throw new Error(`a page was built for "${lang}", which is not a site language (src/lib/i18n/locales.ts)`);
  return { lang, tr: useTranslations(lang) };
}
