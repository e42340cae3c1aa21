// A guide page's first load stays under 20 KB compressed. Measured the way a visitor's
// browser loads it: every same-origin response Chromium fetches until the network is idle (the page,
// its stylesheets and scripts, the favicon), each gzip-compressed at level 9 as a server would send
// it. Bytes are deterministic, so this is a size check, not a timing one; npm run bench prints the
// same figures for every page type.
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { guideHref } from '../../src/lib/routes';
import { CHAPTERS, LANGS } from './helpers';

const BUDGET = 20 * 1024;
// Known to be over the budget, each held to a ceiling just above today's size so it cannot grow
// unnoticed: the two longest Korean chapters (20.4 and 20.9 KB measured here after the stylesheet
// merge and the one-element table of contents; their prose, examples and flag tooltips are most of
// it). Open work: bring them under 20 KB and delete this list.
const OVER_BUDGET: Record<string, number> = { 'ko:containers': 20.6 * 1024, 'ko:running-containers': 21.1 * 1024 };

for (const lang of LANGS) {
  for (const chapter of CHAPTERS) {
    const limit = OVER_BUDGET[`${lang}:${chapter}`] ?? BUDGET;
    test(`${lang}: the ${chapter} guide's first load is under ${(limit / 1024).toFixed(1)} KB compressed`, async ({ page, baseURL }) => {
      const loads: Array<Promise<{ url: string; bytes: number }>> = [];
      page.on('response', (res) => {
        if (!res.url().startsWith(baseURL!) || res.status() !== 200) return;
        loads.push(res.body().then((body) => ({ url: res.url().slice(baseURL!.length), bytes: gzipSync(body, { level: 9 }).length })));
      });
      await page.goto(guideHref(lang, chapter), { waitUntil: 'networkidle' });
      const files = await Promise.all(loads);
      const total = files.reduce((n, f) => n + f.bytes, 0);
      console.log(`${guideHref(lang, chapter)}: ${(total / 1024).toFixed(1)} KB in ${files.length} files (${files.map((f) => `${f.url.replace(/^.*\//, '') || 'page'} ${f.bytes}`).join(', ')})`);
      // Nothing the search needs loads before a visitor searches.
      expect(files.some((f) => /search-index|pagefind|quick-search-ui|QuickSearchScript/.test(f.url))).toBe(false);
      expect(total).toBeLessThan(limit);
    });
  }
}
