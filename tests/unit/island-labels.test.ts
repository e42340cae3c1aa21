// Islands read their words one way: one `data-i18n` JSON per island, keyed by UI key, made by
// islandI18n (ui.ts) from the island's list (island-keys.ts) and read by islandLabels (island.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillLabel } from '../../src/lib/i18n/fill-label';
import { islandLabels } from '../../src/lib/i18n/island';
import { ISLAND_KEYS, type IslandName } from '../../src/lib/i18n/island-keys';
import { LOCALES } from '../../src/lib/i18n/locales';
import { islandI18n, t } from '../../src/lib/i18n/ui';
import { OLD_LABEL_WAYS } from './old-label-ways';

/** An element with only what islandLabels reads. */
const element = (attrs: Record<string, string>) => ({ getAttribute: (n: string) => attrs[n] ?? null });

/** Where each island reads its words. */
const SOURCES: Record<IslandName, string> = {
  'copy-button': 'src/islands/copy-button.ts',
  'theme-toggle': 'src/islands/theme-toggle.ts',
  'quick-search': 'src/islands/quick-search-ui.ts',
  'site-search': 'src/islands/site-search.ts',
  'command-filter': 'src/islands/command-filter.ts',
  'dockerfile-filter': 'src/components/dockerfile/InstructionTable.astro',
  'explain-command': 'src/islands/explain-command.ts',
  'command-builder': 'src/islands/command-builder.ts',
};
const NAMES = Object.keys(ISLAND_KEYS) as IslandName[];

describe('islandI18n and islandLabels', () => {
  it.each(LOCALES.flatMap((lang) => NAMES.map((name) => [lang, name] as const)))('%s: <%s> reads back every string its page gives it', (lang, name) => {
    const labels = islandLabels(element({ 'data-i18n': islandI18n(lang, name) }));
    expect(Object.keys(labels)).toEqual([...ISLAND_KEYS[name]]);
    for (const key of ISLAND_KEYS[name]) expect(labels[key as keyof typeof labels], key).toBe(t(lang, key));
  });

  it('a page may give only some of the keys (the filter box: the no-match text of its list)', () => {
    expect(islandLabels<'command-filter'>(element({ 'data-i18n': islandI18n('en', 'command-filter', ['home.noMatch']) }))).toEqual({ 'home.noMatch': t('en', 'home.noMatch') });
  });

  it('an element without data-i18n is a bug in its page: reading a label throws', () => {
    expect(() => islandLabels<'quick-search'>(element({}))['search.kind.command']).toThrow(TypeError);
  });

  it.each([
    ['Showing {shown} of {total}', { shown: 3, total: 17 }, 'Showing 3 of 17'],
    ['{count} more not shown.', {}, '{count} more not shown.'],
    ['{q}: {q}', { q: '$x' }, '$x: $x'],
  ])('fillLabel(%j, %j) is %j', (template, vars, out) => {
    expect(fillLabel(template, vars)).toBe(out);
  });

  it.each(LOCALES)('%s: no island string asks for a Korean particle (fillLabel in the browser does not choose them)', (lang) => {
    const withParticle = NAMES.flatMap((n) => ISLAND_KEYS[n].filter((k) => /\{\w+\|/.test(t(lang, k))).map((k) => `${n}: ${k}`));
    expect(withParticle).toEqual([]);
  });
});

describe('each island lists only the keys it reads', () => {
  it.each(NAMES)('<%s>: every key of its list is read by its code', (name) => {
    const code = readFileSync(SOURCES[name], 'utf8');
    expect(code, SOURCES[name]).toContain(`islandLabels<'${name}'>`);
    // A key is read when its code quotes it, or builds it from a prefix (`theme.${state}`).
    const prefixes = [...code.matchAll(/`([a-zA-Z][\w.-]*\.)\$\{/g)].map((m) => m[1]!);
    const unread = ISLAND_KEYS[name].filter((k) => !code.includes(`'${k}'`) && !prefixes.some((p) => k.startsWith(p)));
    expect(unread, `${SOURCES[name]} does not read these keys: remove them from ISLAND_KEYS['${name}'] (src/lib/i18n/island-keys.ts)`).toEqual([]);
  });
});

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'generated' ? [] : files(path);
    return /\.(ts|astro|js|mjs)$/.test(d.name) ? [path] : [];
  });
}


describe('no island gets its words another way', () => {
  it('no component, page, layout or island uses an old way', () => {
    const found = files('src').flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return OLD_LABEL_WAYS.filter(([re]) => re.test(text)).map(([, what]) => `${f}: ${what}`);
    });
    expect(found, 'give the island its words in data-i18n (islandI18n in src/lib/i18n/ui.ts) and read them with islandLabels (src/lib/i18n/island.ts)').toEqual([]);
  });

  it('no code in src/, scripts/, tests/ or public/ (the service worker) picks a language between two named ones (LOCALES, otherLocales)', () => {
    const pick = OLD_LABEL_WAYS.at(-1)![0];
    const found = ['src', 'scripts', 'tests', 'public'].flatMap(files).filter((f) => !/old-label-ways|island-labels\.test/.test(f) && pick.test(readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('the check sees each old way (it can fail)', () => {
    const samples = ['<x data-labels={json}>', '<x data-label-copy="a">', 'this.dataset.labelCount', '<html data-copy-done="a">', '<template data-no-match>', 'this.dataset.countTemplate', 'data-load-failed={x}', 'this.dataset.none', `lang === ${"'en'"} ? 'en' : 'ko'`];
    for (const s of samples) expect(OLD_LABEL_WAYS.some(([re]) => re.test(s)), s).toBe(true);
  });
});
