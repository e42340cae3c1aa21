import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

test('ko: a task phrase with particles finds the command page', async ({ page }) => {
  await page.goto('/ko/search/?q=' + encodeURIComponent('컨테이너를 실행'));
  const links = page.locator('[data-search-results] a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.slice(0, 5).some((h) => h.includes('/ko/commands/container-run/'))).toBe(true);
  // Korean pages only: Pagefind loads the index of the page's <html lang>.
  expect(hrefs.every((h) => h.startsWith('/ko/'))).toBe(true);
});

test('en: searching a flag finds the command that has it', async ({ page }) => {
  await page.goto('/en/search/?q=publish');
  const links = page.locator('[data-search-results] a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs).toContain('/en/commands/container-run/');
  expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
});

test('the header search box leads to the results page', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('#site-search').fill('prune');
  await page.locator('#site-search').press('Enter');
  await page.waitForURL('**/en/search/?q=prune');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
});

test('typing on the results page updates results and the URL', async ({ page }) => {
  await page.goto('/en/search/');
  await page.locator('#search-page-input').fill('volume');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await expect(page).toHaveURL(/q=volume/);
});

test('a query with no match says so', async ({ page }) => {
  await page.goto('/en/search/?q=zzqqxxnotathing');
  await expect(page.locator('.search-status')).toContainText('Nothing found');
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
});

test('the search page has no axe violations', async ({ page }) => {
  await page.goto('/ko/search/?q=' + encodeURIComponent('로그'));
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
