import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, LANGS } from './helpers';

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

// Issue #11: task search, results a person can act on, quick search in the header.
const COPY = { ko: '컨테이너 로그 실시간으로 보기', en: 'follow container logs' } as const;

for (const lang of LANGS) {
  test(`${lang}: a task query puts the command first, with its type, task and a copyable example`, async ({ page }) => {
    await page.goto(`/${lang}/search/?q=` + encodeURIComponent(COPY[lang]));
    const first = page.locator('[data-search-results] > li').first();
    await expect(first.locator('a').first()).toHaveAttribute('href', `/${lang}/commands/container-logs/`);
    await expect(first.locator('.hit-kind')).toHaveText(lang === 'ko' ? '명령어' : 'Command');
    await expect(first.locator('.hit-task')).not.toBeEmpty();
    await expect(first.locator('copy-button')).toHaveAttribute('data-copy-text', /^docker container logs/);
    // ?q= round-trips: the field shows the query and a new query lands in the URL.
    await expect(page.locator('#search-page-input')).toHaveValue(COPY[lang]);
    await page.locator('#search-page-input').fill('docker ps');
    await expect(page).toHaveURL(/q=docker\+ps|q=docker%20ps/);
    await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', `/${lang}/commands/container-ls/`);
  });

  test(`${lang}: typing in the quick search shows results and Enter opens the command page`, async ({ page }) => {
    await page.goto(`/${lang}/commands/`);
    const box = page.locator('#site-search');
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await box.pressSequentially('docker ps');
    const options = page.locator('#site-search-list [role="option"]');
    await expect(options.first()).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expectNoAxeViolations(page);
    await box.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await page.waitForURL(`**/${lang}/commands/container-ls/`);
  });

  test(`${lang}: Ctrl+K focuses the quick search and Escape closes its list`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await page.keyboard.press('Control+k');
    const box = page.locator('#site-search');
    await expect(box).toBeFocused();
    await box.pressSequentially(lang === 'ko' ? '이미지 삭제' : 'remove image');
    await expect(page.locator('#site-search-list')).toBeVisible();
    await box.press('Escape');
    await expect(page.locator('#site-search-list')).toBeHidden();
  });

  test(`${lang}: no results leads onward (similar commands, the commands index, explain)`, async ({ page }) => {
    await page.goto(`/${lang}/search/?q=` + encodeURIComponent('docker zzqqxx'));
    await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('[data-search-results] li:not(.kind-p)')).toHaveCount(0);
    const none = page.locator('.search-none');
    await expect(none.locator(`a[href="/${lang}/commands/"]`)).toBeVisible();
    await expect(none.locator(`a[href^="/${lang}/explain/?cmd="]`)).toBeVisible();
    await expect(none.locator('.search-suggest a').first()).toHaveAttribute('href', new RegExp(`^/${lang}/commands/`));
    await expectNoAxeViolations(page);
  });

  test(`${lang}: a flag query leads to the option rows that define it`, async ({ page }) => {
    await page.goto(`/${lang}/search/?q=--rm`);
    await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', `/${lang}/commands/container-run/#flag-rm`);
  });
}

test('a command page loads no search index or search code until the box is used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/ko/commands/container-run/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => /search-index\.json|engine\.|pagefind/.test(u))).toEqual([]);
  await page.locator('#site-search').focus();
  await expect.poll(() => requests.some((u) => u.includes('/ko/search-index.json'))).toBe(true);
});

test('when Pagefind cannot load, the task results stand and the status does not stay "Searching…"', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/en/search/?q=list%20running%20containers');
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', '/en/commands/container-ls/');
  await expect(page.locator('.search-status')).not.toContainText('Searching');
});
