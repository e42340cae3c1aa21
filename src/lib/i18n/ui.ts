import en from '../../../content/ui/en.json';
import type { Locale } from './locales';
import { fill } from './format.ts';
import { ISLAND_KEYS, type IslandKey, type IslandName } from './island-keys.ts';
import type { UiKey } from './ui-key.ts';

export type { UiKey };

// Every language's file, found by name (content/ui/{lang}.json), so a new language needs no edit
// here. Only Vite (the site) and Vitest read this module, and both expand the glob.
const FILES = import.meta.glob<Record<UiKey, string>>('../../../content/ui/*.json', { eager: true, import: 'default' });
const STRINGS: Partial<Record<Locale, Record<UiKey, string>>> = Object.fromEntries(
  Object.entries(FILES).map(([path, strings]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), strings]),
);

/**
 * Look up a UI string and fill `{name}` placeholders; `{name|이/가}` adds the Korean particle that
 * fits the value (`Docker CLI 28.2.2가`, `28.2.2로`), chosen by `josa` so it also reads numbers and code. A key that is in neither file (one built at
 * run time, or a cast that hid a typo from the type check) throws, naming the key, so the build
 * stops there instead of failing later on an undefined text.
 */
export function t(lang: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  const text: string | undefined = STRINGS[lang]?.[key] ?? en[key];
  if (text === undefined) {
    throw new Error(`unknown UI string key "${key}": add it to content/ui/en.json and every other language's content/ui/{lang}.json, or correct the key (the keys are listed in content/ui/en.json)`);
  }
  return fill(lang, text, vars);
}

/** A bound lookup for one page: `const tr = useTranslations(lang); tr('nav.home')`. */
export function useTranslations(lang: Locale) {
  return (key: UiKey, vars?: Record<string, string | number>) => t(lang, key, vars);
}

/** The strings of `keys` in `lang`, keyed by UI key (an island's words; builder.json's labels). */
export function uiStrings<K extends UiKey>(lang: Locale, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, t(lang, k)])) as Record<K, string>;
}

/**
 * An island's `data-i18n` attribute: the strings it reads (ISLAND_KEYS), or the `only` ones a page
 * picks from its list, as one JSON object that the island reads with `islandLabels` (island.ts).
 */
export function islandI18n<N extends IslandName>(lang: Locale, island: N, only?: readonly IslandKey<N>[]): string {
  return JSON.stringify(uiStrings(lang, only ?? (ISLAND_KEYS[island] as readonly IslandKey<N>[])));
}
