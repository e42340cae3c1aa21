// First loads within their budgets: every guide, the home and the explain page under 20 KB
// compressed, the heaviest command pages under 12 KB. Measured the way a visitor's browser loads a
// page: every same-origin file Chromium fetches until the network is idle (the page, its
// stylesheets and scripts, the favicon), each gzip-compressed at level 9 as a server would send it.
// Bytes are deterministic, so this is a size check, not a timing one; npm run bench prints the
// same figures for every page type and holds every command page and guide to its budget.
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { cheatsheetHref, commandHref, explainHref, guideHref, homeHref } from '../../src/lib/routes';
import { LOCALES } from '../../src/lib/i18n/locales';
import { CHAPTERS } from './helpers';

const KB = 1024;

/**
 * What the page loads until the network is idle, and its icon: each same-origin file and its gzip
 * size. The list is the browser's own record of what the page fetched (Resource Timing: response
 * events can arrive after the network went idle, so counting them missed files now and then); each
 * file's bytes are the server's, fetched again.
 */
async function firstLoad(page: Page, baseURL: string, path: string): Promise<{ total: number; files: Array<{ url: string; bytes: number }> }> {
  await page.goto(path, { waitUntil: 'networkidle' });
  const fetched = await page.evaluate(() => [location.href.split('#')[0]!, ...performance.getEntriesByType('resource').map((e) => e.name)]);
  // Chromium asks for the icon itself, when it likes: it is not in the page's record.
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const urls = [...new Set([...fetched, ...(icon ? [new URL(icon, page.url()).href] : [])])].filter((u) => u.startsWith(baseURL));
  const files = await Promise.all(
    urls.map(async (u) => {
      const res = await page.request.get(u);
      expect(res.status(), u).toBe(200);
      return { url: u.slice(baseURL.length), bytes: gzipSync(await res.body(), { level: 9 }).length };
    }),
  );
  const total = files.reduce((n, f) => n + f.bytes, 0);
  console.log(`${path}: ${(total / KB).toFixed(1)} KB in ${files.length} files (${files.map((f) => `${f.url.replace(/^.*\//, '') || 'page'} ${f.bytes}`).join(', ')})`);
  return { total, files };
}

const pages: Array<[string, number]> = LOCALES.flatMap((lang): Array<[string, number]> => [
  ...CHAPTERS.map((chapter): [string, number] => [guideHref(lang, chapter), 20]),
  [homeHref(lang), 20],
  [explainHref(lang), 20],
  // The heaviest command pages (the most options, examples and notes).
  ...['container-run', 'image-build', 'container-exec', 'volume-create'].map((slug): [string, number] => [commandHref(lang, slug), 12]),
]);

for (const [path, budget] of pages) {
  test(`${path}: the first load is under ${budget} KB compressed`, async ({ page, baseURL }) => {
    const { total, files } = await firstLoad(page, baseURL!, path);
    // Nothing the search needs loads before a visitor searches, nor the flag tooltips before a reader reaches for one.
    expect(files.filter((f) => /search-index|pagefind|quick-search-ui|QuickSearchScript|tips\.json/.test(f.url))).toEqual([]);
    expect(total).toBeLessThan(budget * KB);
  });
}

for (const lang of LOCALES) {
  test(`${lang}: a guide's flag tooltips load when a pointer reaches a code block, and show on hover`, async ({ page, context }) => {
    await page.goto(guideHref(lang, 'running-containers'));
    const link = page.locator('article.guide pre a[aria-describedby]').first();
    const id = (await link.getAttribute('aria-describedby'))!;
    // Not in the page at first: they wait in tips.json beside it.
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(0);
    const tips = page.waitForResponse((r) => r.url().endsWith('/tips.json') && r.ok());
    await link.hover();
    await tips;
    // Put back right after the first link that names it, and shown while the pointer is on the link.
    const tip = page.locator(`[id="${id}"]`);
    await expect(tip).toHaveAttribute('role', 'tooltip');
    await expect(tip).toBeVisible();
    expect(await link.evaluate((a) => a.nextElementSibling?.id)).toBe(id);
    // Every link's tooltip is on the page now, each once.
    const missing = await page.locator('pre a[aria-describedby]').evaluateAll((as) => as.filter((a) => document.querySelectorAll(`[id="${a.getAttribute('aria-describedby')}"]`).length !== 1).length);
    expect(missing).toBe(0);
    // The copy button still copies the command alone, without the tooltip's text.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const tipText = (await tip.textContent())!;
    await link.locator('xpath=ancestor::figure[1]').locator('copy-button button').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('docker ')).toBe(true);
    expect(copied).not.toContain(tipText);
  });

  test(`${lang}: a keyboard reader gets the flag tooltips on the first key press (the home, the printable sheet)`, async ({ page }) => {
    for (const path of [homeHref(lang), cheatsheetHref(lang)]) {
      await page.goto(path);
      const links = page.locator(':is(pre, code) a[aria-describedby]');
      expect(await links.count(), path).toBeGreaterThan(50);
      const id = (await links.first().getAttribute('aria-describedby'))!;
      await expect(page.locator(`[id="${id}"]`)).toHaveCount(0);
      const tips = page.waitForResponse((r) => r.url().endsWith(`${path}tips.json`) && r.ok());
      await page.keyboard.press('Tab');
      await tips;
      // Every link's tooltip is back, each once.
      await expect.poll(() => links.evaluateAll((as) => as.filter((a) => document.querySelectorAll(`[id="${a.getAttribute('aria-describedby')}"]`).length !== 1).length), path).toBe(0);
    }
  });
}
