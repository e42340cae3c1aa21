// What a visitor meets first (issue #12): a real 404 page in both languages, a sitemap and
// robots.txt, and command pages that stay readable on a phone.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test('the 404 page speaks both languages, searches in each and links onward', async ({ page }) => {
  const res = await page.goto('/404.html');
  expect(res?.status()).toBe(200);
  await expect(page.locator('section[lang="ko"] h1')).toHaveText('페이지를 찾을 수 없습니다');
  await expect(page.locator('section[lang="en"] h1')).toHaveText('Page not found');
  await expect(page.locator('section[lang="en"] form[role="search"]')).toHaveAttribute('action', '/en/search/');
  await expect(page.locator('section[lang="ko"] a[href="/ko/guides/"]')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('the sitemap lists every page in both languages, and robots.txt points to it', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  for (const path of ['/ko/', '/en/', '/ko/commands/container-run/', '/en/guides/volumes/', '/ko/dockerfile/from/', '/en/cheatsheet/']) {
    expect(xml).toContain(`${path}</loc>`);
  }
  expect(xml).toContain('hreflang="en"');
  expect((xml.match(/<url>/g) ?? []).length).toBeGreaterThan(300);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: \S+\/sitemap\.xml/);
});

test('on a phone, the Korean container run page is at most 1.5 times as tall as the English one', async ({ browser }) => {
  const heights: Record<string, number> = {};
  for (const lang of ['ko', 'en']) {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`/${lang}/commands/container-run/`);
    heights[lang] = await page.evaluate(() => document.documentElement.scrollHeight);
    // The description never shrinks to a sliver: each option block is as wide as the page.
    const narrow = await page.locator('[data-option-table] tbody td:last-child').evaluateAll((tds) => tds.filter((td) => td.getBoundingClientRect().width < 250).length);
    expect(narrow).toBe(0);
    await page.close();
  }
  expect(heights.ko! / heights.en!).toBeLessThanOrEqual(1.5);
});

test('on a phone, no copy button covers the code of an example', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  for (const path of ['/ko/', '/ko/commands/container-run/', '/en/guides/running-containers/', '/ko/dockerfile/copy/']) {
    await page.goto(path);
    const covered = await page.locator('[data-example]').evaluateAll((figs) =>
      figs.flatMap((fig) => {
        const button = fig.querySelector('copy-button button');
        const code = fig.querySelector('pre code');
        if (!button || !code) return [];
        const b = button.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(code);
        const hits = [...range.getClientRects()].filter((r) => r.width > 0 && r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top);
        return hits.length ? [code.textContent] : [];
      }),
    );
    expect(covered, path).toEqual([]);
  }
  await page.close();
});
