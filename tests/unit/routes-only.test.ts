// URLs are built in src/lib/routes.ts only: no other source file joins a language into a path
// itself (a template such as `/${lang}/…`, or '/' + lang), so every URL the site mints follows the
// contracts in docs/DESIGN.md from one place.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROUTES = 'src/lib/routes.ts';
/** A path that starts with a value: `/${lang}`, `/${l}/commands/`, '/' + lang. */
export const HAND_MADE_URL = /`\/\$\{|['"]\/['"]\s*\+\s*\w/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|astro|mjs)$/.test(n) ? [p] : [];
  });
}

describe('routes.ts is the only URL builder', () => {
  it('recognises a hand-made URL', () => {
    expect(HAND_MADE_URL.test('const href = `/${lang}/commands/`;')).toBe(true);
    expect(HAND_MADE_URL.test("const href = '/' + lang + '/';")).toBe(true);
    expect(HAND_MADE_URL.test('const href = commandHref(lang, slug);')).toBe(false);
  });

  it('no file in src/ outside routes.ts builds one', () => {
    const found = sources('src')
      .filter((f) => f !== ROUTES)
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').flatMap((line, i) => (HAND_MADE_URL.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])));
    expect(found).toEqual([]);
  });
});
