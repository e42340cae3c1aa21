import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LANGS, expectNoAxeViolations, recordForeignRequests, useTheme } from './helpers';

test('/ sends the visitor to /ko/', async ({ page }) => {
  await page.goto('/');
  await page.waitForURL('**/ko/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

for (const lang of LANGS) {
  const other = lang === 'ko' ? 'en' : 'ko';

  test(`/${lang}/ has lang="${lang}" and switches to /${other}/`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('footer')).toContainText('28.2.2');
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(`**/${other}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', other);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`/${lang}/ has no axe violations in the ${theme} theme`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await useTheme(page, theme);
      await expectNoAxeViolations(page);
    });
  }

  test(`/${lang}/ loads nothing from outside the site`, async ({ page, baseURL }) => {
    const foreign = recordForeignRequests(page, baseURL!);
    await page.goto(`/${lang}/`);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    // No stylesheet, font or script may point elsewhere either, even one the browser skipped.
    const external = await page.evaluate(() =>
      [...document.querySelectorAll('link[href], script[src], img[src]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
        .filter((u) => /^(https?:)?\/\//.test(u)),
    );
    expect(external).toEqual([]);
  });
}

test('the theme toggle switches, is remembered, and does not flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/');
  const button = page.locator('theme-toggle button');
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const darkBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  // The saved choice is applied by the inline head script, before any stylesheet paints.
  await page.goto('/ko/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(darkBg);
});

test('dark mode follows the system when nothing was chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/ko/');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(15, 20, 25)');
});

test('the page works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ko/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('theme-toggle')).toBeHidden();
  await page.locator('[data-lang-switch]').click();
  await page.waitForURL('**/en/');
  await context.close();
});

test('no built page references a script, stylesheet, font or image outside the site', () => {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(html|css)$/.test(e.name)) pages.push(p);
    }
  };
  walk('dist');
  expect(pages.length).toBeGreaterThan(300);
  const offenders: string[] = [];
  for (const file of pages) {
    const text = readFileSync(file, 'utf8');
    const refs = file.endsWith('.css')
      ? [...text.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/g)]
      : [...text.matchAll(/<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)=["']?((?:https?:)?\/\/[^"'\s>]+)/g)];
    for (const m of refs) offenders.push(`${file}: ${m[1]}`);
  }
  expect(offenders).toEqual([]);
});

for (const lang of LANGS) {
  test(`${lang}: the copy button copies exactly the command`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.goto(`/${lang}/`);
    // The cheat sheet row for running a web server in the background.
    const example = page.locator('[data-example]', { hasText: '-p 8080:80' }).first();
    const button = example.locator('copy-button button');
    const shown = (await example.locator('pre').innerText()).replace(/\n+$/, '');
    expect(shown).toMatch(/^docker container run -d .*-p 8080:80/);
    await button.click();
    await expect(button).toHaveText(lang === 'ko' ? '복사됨' : 'Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);
    // Keyboard users reach it too.
    await button.focus();
    await expect(button).toBeFocused();
  });
}

test('the home page offers the explain form that leads to the explain page', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('#home-explain').fill('docker ps -a');
  await page.locator('#home-explain').press('Enter');
  await page.waitForURL(/\/en\/explain\/\?cmd=docker/);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
});
