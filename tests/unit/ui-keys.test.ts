// The UI strings and the code that uses them stay in step: an unknown key stops the build with its
// name, and a key no code uses fails here (delete it from content/ui/en.json and ko.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../content/ui/en.json';
import { LABELLED_VALUE_TYPES } from '../../src/lib/catalog/value-types';
import { FIELD_HINTS } from '../../src/lib/explain/builder';
import { VALUE_STATES } from '../../src/lib/explain/explain-parts';
import { THEME_STATES } from '../../src/lib/i18n/island-keys';
import { LOCALES } from '../../src/lib/i18n/locales';
import { t, useTranslations, type UiKey } from '../../src/lib/i18n/ui';

describe('t() and an unknown key', () => {
  it.each(LOCALES)('tr("home.titel") in %s throws, naming the key and where keys live', (lang) => {
    const tr = useTranslations(lang);
    expect(() => tr('home.titel' as UiKey)).toThrow(`unknown UI string key "home.titel": add it to content/ui/en.json and every other language's content/ui/{lang}.json, or correct the key`);
  });

  it('a known key still fills its placeholders', () => {
    expect(t('en', 'guides.chapter', { n: 3 })).toBe('Chapter 3');
  });
});

/**
 * Keys the code builds from a prefix and a value list (`tr(`builder.hint.${field}`)`): the prefix and
 * the list the values come from. A new prefix in the code must be added here, or the test fails.
 */
const KEY_FAMILIES: Record<string, readonly string[]> = {
  'builder.hint.': FIELD_HINTS,
  'valueType.': LABELLED_VALUE_TYPES,
  'theme.': THEME_STATES,
  'explain.value.': VALUE_STATES,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(d.name) ? [path] : [];
  });
}

describe('every UI string is used', () => {
  const files = sourceFiles('src');
  const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const keys = Object.keys(en);

  it('every template-built key prefix is a declared family', () => {
    const prefixes = new Set([...code.matchAll(/`([a-zA-Z][\w.-]*\.)\$\{/g)].map((m) => m[1]!));
    const undeclared = [...prefixes].filter((p) => keys.some((k) => k.startsWith(p)) && !(p in KEY_FAMILIES));
    expect(undeclared, 'the code builds UI keys from these prefixes: add each to KEY_FAMILIES with the list its values come from').toEqual([]);
  });

  it('no key in content/ui/en.json is unused by src/', () => {
    const built = new Set(Object.entries(KEY_FAMILIES).flatMap(([prefix, values]) => values.map((v) => `${prefix}${v}`)));
    const quoted = (k: string) => code.includes(`'${k}'`) || code.includes(`"${k}"`) || code.includes(`\`${k}\``);
    const unused = keys.filter((k) => !built.has(k) && !quoted(k));
    expect(unused, 'no code uses these UI keys: delete them from content/ui/en.json and content/ui/ko.json').toEqual([]);
  });

  it('every key a family builds exists', () => {
    const missing = Object.entries(KEY_FAMILIES).flatMap(([prefix, values]) => values.map((v) => `${prefix}${v}`)).filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });
});
