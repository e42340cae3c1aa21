// Checker and diagnostic messages: their words live in content/messages/{lang}.json (English is
// the reference key set, every other language is checked against it by `npm run check:content`);
// code asks for a message by key with its parameters and gets it in every language.
import type en from '../../../content/messages/en.json';
import type enDockerfile from '../../../content/messages/dockerfile/en.json';
import { fill, type Param } from './format.ts';
import { localize, type Localized } from './localized.ts';
import { LOCALES, type Locale } from './locales.ts';

/** The key of a message: of content/messages/en.json, or of a family kept in files of its own (`addMessages`). */
export type MessageKey = keyof typeof en | keyof typeof enDockerfile;
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

/**
 * Adds a family of messages kept in files of their own, `load(lang)` reading its file for English
 * and every language of LOCALES (a missing file gives none). The Dockerfile checker's messages
 * (content/messages/dockerfile/, src/lib/dockerfile/messages.ts) are kept apart so: only Node
 * runs that checker, and the browser's bundle of this module leaves them out.
 */
export async function addMessages(load: (lang: string) => Promise<Strings>): Promise<void> {
  for (const [lang, strings] of await Promise.all(LANGS.map(async (l) => [l, await load(l)] as const))) Object.assign(FILES[lang] as Strings, strings);
}

/** A value of a message: text and numbers are the same in every language; a nested message or a text of the content (`Localized`) is shown in the language the message is shown in. */
export type MessageParam = string | number | Message | Localized;

/**
 * A message as data: its key in content/messages/{lang}.json and the values of its `{name}`
 * placeholders. Checkers and the validator produce these; the words are made where they are shown
 * (`say`: the pages, the command-line output, the JSON output).
 */
export interface Message {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/** The message `key` with the values of its placeholders. */
export function msg(key: MessageKey, params?: Readonly<Record<string, MessageParam>>): Message {
  return params && Object.keys(params).length > 0 ? { key, params } : { key };
}

/** Whether `key` names a message (a key put together from data, such as a library's code). */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(EN, key);

export const isMessage = (p: unknown): p is Message => typeof p === 'object' && p !== null && typeof (p as { key?: unknown }).key === 'string';

/** The longest text a message gives (echoed values are cut first, command/messages.ts `clip`): the last guard on its size. */
export const MAX_MESSAGE = 600;

/** `m` in `lang`: its template from content/messages/{lang}.json (English when the language lacks it), its placeholders filled. */
export function say(m: Message, lang: Locale): string {
  const params: Record<string, Param> = {};
  for (const [name, p] of Object.entries(m.params ?? {})) params[name] = isMessage(p) ? say(p, lang) : p;
  const text = fill(lang, FILES[lang]?.[m.key] ?? EN[m.key], params);
  return text.length <= MAX_MESSAGE ? text : `${text.slice(0, MAX_MESSAGE - 20)}…${text.slice(-19)}`;
}

/** `m` in every language. */
export function sayAll(m: Message): Localized {
  return localize((lang) => say(m, lang));
}

/** `m` with `f` applied to every text value, nested messages and content texts included (a placeholder's stand-in put back). */
export function mapMessageText(m: Message, f: (text: string) => string): Message {
  if (!m.params) return m;
  const params: Record<string, MessageParam> = {};
  for (const [name, p] of Object.entries(m.params)) {
    params[name] = typeof p === 'string' ? f(p) : typeof p === 'number' ? p : isMessage(p) ? mapMessageText(p, f) : localize((l) => f(p[l]));
  }
  return { key: m.key, params };
}

/** The message `key` filled in every language at once, for data that keeps its words (the test engine's stand-in captions). */
export function msgText(key: MessageKey, params?: Readonly<Record<string, MessageParam>>): Localized {
  return sayAll(msg(key, params));
}
