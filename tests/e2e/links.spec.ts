// Every internal link on every built page resolves: the target page exists in dist/, and a
// #fragment names an id on it (link check 0 broken). Reads the built files directly,
// so it covers all pages in both languages in a few seconds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

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
      if (hash && target.endsWith('.html') && !idsOf(target).has(hash)) broken.push(`${page}: ${href} (no #${hash})`);
    }
  }
  expect(broken.slice(0, 50)).toEqual([]);
  expect(checked).toBeGreaterThan(10_000);
});
