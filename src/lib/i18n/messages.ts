// Checker and diagnostic messages: their words live in content/messages/{lang}.json (English is
// the reference key set, every other language is checked against it by `npm run check:content`);
// code asks for a message by key with its parameters and gets it in every language.
import en from '../../../content/messages/en.json';
import ko from '../../../content/messages/ko.json';
import { fill, type Param } from './format.ts';
import { localize, type Localized } from './localized.ts';
import type { Locale } from './locales.ts';

export type MessageKey = keyof typeof en;

/**
 * The message files by language. Node scripts, the CLI bundle (esbuild) and the browser (Vite)
 * all read this module, so the files are imported by name: a new language adds its line here.
 * A language without a file shows English until it has one.
 */
const FILES: Partial<Record<Locale, Partial<Record<MessageKey, string>>>> = { en, ko };

/** The languages whose message file this module loads (the content check compares it with LOCALES). */
export const LOADED_MESSAGE_LANGUAGES = Object.keys(FILES);

/** The message `key` in every language, its `{name}` placeholders filled from `params`. */
export function msg(key: MessageKey, params: Readonly<Record<string, Param>> = {}): Localized {
  return localize((lang) => fill(lang, FILES[lang]?.[key] ?? en[key], params));
}
