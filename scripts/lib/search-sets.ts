// The search benchmark's query sets (tests/fixtures/search/*.tsv) and what counts as a hit, shared
// by `npm run bench:search` (the built site in Chromium) and `npm run eval:search` (the index in Node).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { optionRowId } from '../../src/lib/routes.ts';

/** The sets: the tuning half, the held-out half, and the second and third held-out sets, each written before a round of tuning. */
export const SEARCH_SETS = [
  { name: 'tune', base: 'queries' },
  { name: 'held', base: 'heldout' },
  { name: 'held2', base: 'heldout2' },
  { name: 'held3', base: 'heldout3' },
] as const;

/** A set's file for a language. */
export const setFile = (root: string, base: string, lang: string) => join(root, 'tests', 'fixtures', 'search', `${base}.${lang}.tsv`);

export interface Query {
  q: string;
  expected: string[];
  line: number;
}

export function readQueries(file: string): Query[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l, i) => ({ l, line: i + 1 }))
    .filter(({ l }) => l.trim() && !l.startsWith('#'))
    .map(({ l, line }) => {
      const [q, exp] = l.split('\t');
      if (!q || !exp) throw new Error(`${file}:${line}: expected "query<TAB>expected"`);
      return { q: q.trim(), expected: exp.split(',').map((s) => s.trim()).filter(Boolean), line };
    });
}

/** Does a result link answer an expected item? */
export function matches(href: string, expected: string, lang: string): boolean {
  const [path, hash = ''] = href.split('#');
  const rel = (path ?? '').replace(new RegExp(`^/${lang}/`), '').replace(/\/$/, '');
  if (!expected.includes('/')) {
    const [slug, flag] = expected.split('#');
    return rel === `commands/${slug}` && (flag === undefined || hash === optionRowId(flag));
  }
  const [ePath, eHash] = expected.split('#');
  return rel === ePath && (eHash === undefined || eHash === hash);
}
