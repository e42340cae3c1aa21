import en from '../../../content/ui/en.json';
import ko from '../../../content/ui/ko.json';
import type { Locale } from './locales';

/** English is the reference key set; Korean is typed against it (the parity check enforces it at test time). */
export type UiKey = keyof typeof en;
const STRINGS: Record<Locale, Record<UiKey, string>> = { en, ko: ko as Record<UiKey, string> };

/** Look up a UI string and fill `{name}` placeholders. */
export function t(lang: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  const text = STRINGS[lang][key] ?? STRINGS.en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A bound lookup for one page: `const tr = useTranslations(lang); tr('nav.home')`. */
export function useTranslations(lang: Locale) {
  return (key: UiKey, vars?: Record<string, string | number>) => t(lang, key, vars);
}
