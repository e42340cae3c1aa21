// Checker and diagnostic messages: their words live in content/messages/{lang}.json (English is
// the reference key set, every other language is checked against it by `npm run check:content`);
// code asks for a message by key with its parameters and gets it in every language.
import type en from '../../../content/messages/en.json';
import { fill, type Param } from './format.ts';
import { localize, type Localized } from './localized.ts';
import { LOCALES, type Locale } from './locales.ts';

export type MessageKey = keyof typeof en;
type Strings = Partial<Record<MessageKey, string>>;

/**
 * content/messages/{lang}.json of English and every language of LOCALES, found by name: the same
 * code runs in Node (tsx), in the command-line bundle (esbuild) and in the browser (Vite), and all
 * three bundle or load every file an `import()` with a variable part can name, so a new language
 * needs no edit here. A language without a file yet shows English (the content check lists the
 * file's missing keys).
 */
async function load(lang: string): Promise<Strings> {
  try {
    return ((await import(`../../../content/messages/${lang}.json`, { with: { type: 'json' } })) as { default: Strings }).default;
  } catch {
    return {};
  }
}
const LANGS = [...new Set(['en', ...LOCALES])];
const FILES: Partial<Record<string, Strings>> = Object.fromEntries(await Promise.all(LANGS.map(async (l) => [l, await load(l)] as const)));
const EN = FILES.en as Record<MessageKey, string>;

/** The message `key` in every language, its `{name}` placeholders filled from `params`. */
export function msg(key: MessageKey, params: Readonly<Record<string, Param>> = {}): Localized {
  return localize((lang: Locale) => fill(lang, FILES[lang]?.[key] ?? EN[key], params));
}
