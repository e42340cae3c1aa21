import en from '../../../content/ui/en.json';
import ko from '../../../content/ui/ko.json';
import type { Locale } from './locales';
import { josa } from '../text/josa.ts';

/** English is the reference key set; Korean is typed against it (the parity check enforces it at test time). */
export type UiKey = keyof typeof en;
const STRINGS: Record<Locale, Record<UiKey, string>> = { en, ko: ko as Record<UiKey, string> };

/**
 * Look up a UI string and fill `{name}` placeholders; `{name|이/가}` adds the Korean particle that
 * fits the value (`Docker CLI 28.2.2가`, `28.2.2로`), chosen by `josa` so it also reads numbers and code. A key that is in neither file (one built at
 * run time, or a cast that hid a typo from the type check) throws, naming the key, so the build
 * stops there instead of failing later on an undefined text.
 */
export function t(lang: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  const text: string | undefined = STRINGS[lang][key] ?? STRINGS.en[key];
  if (text === undefined) {
    throw new Error(`unknown UI string key "${key}": add it to content/ui/en.json and content/ui/ko.json, or correct the key (the keys are listed in content/ui/en.json)`);
  }
  return text.replace(/\{(\w+)(?:\|([가-힣]+\/[가-힣]+))?\}/g, (whole, name: string, pair: string | undefined) => {
    if (!(name in vars)) return whole;
    const value = String(vars[name]);
    return pair === undefined ? value : josa(value, pair as Parameters<typeof josa>[1]);
  });
}

/** A bound lookup for one page: `const tr = useTranslations(lang); tr('nav.home')`. */
export function useTranslations(lang: Locale) {
  return (key: UiKey, vars?: Record<string, string | number>) => t(lang, key, vars);
}
