// Every internal link on every built page resolves: the target page exists in dist/, and a
// #fragment names an id on it (link check 0 broken). Reads the built files directly,
// so it covers all pages in both languages in a few seconds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ISLAND_KEYS } from '../../src/lib/i18n/island-keys';
import { OLD_LABEL_WAYS } from '../unit/old-label-ways';

const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : htmlFiles(p);
    return n.endsWith('.html') ? [p] : [];
  });
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

test('every internal link and #anchor in the built site resolves', () => {
  test.skip(!existsSync(DIST), 'no dist/: build the site first (npm run build)');
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(400);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
      ids.set(file, set);
    }
    return set;
  };
  // Or the page loads the id in place from another page when the address names it (a long option
  // table, the examples beyond the first few: src/islands/in-place.ts).
  const inPlace = (file: string, id: string) =>
    [...readFileSync(file, 'utf8').matchAll(/data-in-place="([^"]+)" data-part="[^"]+" data-anchors="([^"]+)"/g)].some((m) => id.startsWith(m[2]!) && idsOf(join(DIST, m[1]!, 'index.html')).has(id));
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const page = `/${file.slice(DIST.length + 1).replace(/index\.html$/, '')}`;
    for (const m of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
      const href = decode(m[1]!);
      if (/^(https?:|mailto:|data:|javascript:)/.test(href) || href.startsWith('//')) continue;
      const url = new URL(href, `http://site${page}`);
      const path = decodeURIComponent(url.pathname);
      const target = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
      checked++;
      if (!existsSync(target)) {
        broken.push(`${page}: ${href} (no page)`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && target.endsWith('.html') && !idsOf(target).has(hash) && !inPlace(target, hash)) broken.push(`${page}: ${href} (no #${hash})`);
    }
  }
  expect(broken.slice(0, 50)).toEqual([]);
  expect(checked).toBeGreaterThan(10_000);
});

test('every island in the built site gets its words in one data-i18n, and no page in an old way', () => {
  test.skip(!existsSync(DIST), 'no dist/: build the site first (npm run build)');
  const islands = Object.keys(ISLAND_KEYS).filter((n) => n !== 'copy-button');
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(file, 'utf8');
    for (const [re, what] of OLD_LABEL_WAYS) if (re.test(html)) problems.push(`${file}: ${what}`);
    // Copy buttons (in the page, or drawn by the search page) read the page's words on <html>.
    if (/<(?:copy-button|site-search)\b/.test(html) && !/<html\b[^>]*\sdata-i18n="\{[^"]*&quot;copy\.done&quot;/.test(html)) problems.push(`${file}: <html> has no data-i18n with the copy words`);
    for (const m of html.matchAll(/<([a-z]+-[a-z-]+)\b([^>]*)>/g)) {
      if (!islands.includes(m[1]!)) continue;
      seen.add(m[1]!);
      if (!/\sdata-i18n="\{/.test(m[2]!)) problems.push(`${file}: <${m[1]}> has no data-i18n`);
    }
  }
  expect(problems.slice(0, 20)).toEqual([]);
  expect([...seen].sort(), 'every island with words appears on some built page').toEqual(islands.sort());
});
