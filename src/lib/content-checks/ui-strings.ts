import type { Registry } from '../content/registry.ts';
import { LOCALES } from '../i18n/locales.ts';
import { checkParity } from '../i18n/parity.ts';
import type { ContentProblem } from '../content/problem.ts';

/**
 * One UI string file, or the problem that keeps it from loading (a missing file, a JSON syntax
 * error with its line and column): named, never a stack trace.
 */
export function loadUiStrings(reg: Registry, name: string, dir = 'content/ui'): { strings: Record<string, unknown> } | { problem: ContentProblem } {
  const file = `${dir}/${name}.json`;
  const text = reg.file(file)?.text;
  if (text === undefined) return { problem: { file, severity: 'error', message: `cannot read ${dir === 'content/ui' ? 'UI strings' : 'messages'}: the file is missing; create it with a translation of every key of ${dir}/en.json` } };
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problem: { file, line: 1, column: 1, severity: 'error', message: 'UI strings must be one JSON object of "key": "text" pairs' } };
    return { strings: value as Record<string, unknown> };
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    let line = 1;
    let column = 1;
    if (at) {
      const before = text.slice(0, Number(at[1]));
      line = before.split('\n').length;
      column = before.length - before.lastIndexOf('\n');
    }
    return { problem: { file, line, column, severity: 'error', message: `JSON syntax: ${withoutPosition(message)}` } };
  }
}

/** The parser's message without its ` in JSON at position N …` tail, which the line and column replace. */
function withoutPosition(message: string): string {
  const at = message.indexOf(' in JSON at position ');
  return at >= 0 && /[0-9]/.test(message.charAt(at + ' in JSON at position '.length)) ? message.slice(0, at) : message;
}

/**
 * Every language's `{dir}/{lang}.json` must have exactly the keys of `{dir}/en.json`, the reference
 * set; each missing key is named with the English text to translate.
 */
function checkStringFiles(reg: Registry, dir: string, placeholderRule: 'same' | 'subset'): ContentProblem[] {
  const en = loadUiStrings(reg, 'en', dir);
  const problems: ContentProblem[] = [];
  if ('problem' in en) return [en.problem];
  for (const lang of LOCALES.filter((l) => l !== 'en')) {
    const file = `${dir}/${lang}.json`;
    const loaded = loadUiStrings(reg, lang, dir);
    if ('problem' in loaded) problems.push(loaded.problem);
    // A language without its file yet (just added to LOCALES): every text it needs, by key.
    const strings = 'strings' in loaded ? loaded.strings : reg.file(file) === undefined ? {} : null;
    if (strings === null) continue;
    for (const p of checkParity(en.strings, strings, `${lang}.json`, placeholderRule)) problems.push({ file, severity: 'error', message: p.message });
  }
  return problems;
}

/** content/ui/{lang}.json: the site's UI strings. */
export const checkUiStrings = (reg: Registry): ContentProblem[] => checkStringFiles(reg, 'content/ui', 'same');

/**
 * content/messages/{lang}.json: the checkers' and the validator's messages (src/lib/i18n/messages.ts
 * loads every language's file by name), and content/messages/dockerfile/{lang}.json, the Dockerfile
 * checker's (src/lib/dockerfile/messages.ts).
 */
export const checkMessages = (reg: Registry): ContentProblem[] => [...checkStringFiles(reg, 'content/messages', 'subset'), ...checkStringFiles(reg, 'content/messages/dockerfile', 'subset')];
