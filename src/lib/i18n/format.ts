import type { Locale } from './locales.ts';
import type { Localized } from './localized.ts';
import { josa } from './ko.ts';

/** A value for a `{name}` placeholder: the same in every language, or one per language (a nested message). */
export type Param = string | number | Localized<string>;

// `{name}`, or `{name|이/가}`: the placeholder with the Korean particle that fits its value.
const PLACEHOLDER = /\{(\w+)(?:\|([가-힣]+\/[가-힣]+))?\}/g;

/**
 * Fill a template's `{name}` placeholders in one language. `{name|이/가}` adds the Korean particle
 * that fits the value (`Docker CLI 28.2.2가`, `28.2.2로`), chosen by `josa` (ko.ts), which reads
 * numbers and code aloud. A placeholder without a value is left as written.
 */
export function fill(lang: Locale, template: string, params: Readonly<Record<string, Param>> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string, pair: string | undefined) => {
    const raw = params[name];
    if (raw === undefined) return whole;
    const value = typeof raw === 'object' ? raw[lang] : String(raw);
    return pair === undefined ? value : josa(value, pair as Parameters<typeof josa>[1]);
  });
}

/** The placeholder names of a template, sorted (for the parity check between languages). */
export function placeholderNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}
