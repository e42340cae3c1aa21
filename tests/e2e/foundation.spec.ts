import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../src/lib/i18n/locales';
import { expect, recordForeignRequests, test } from './helpers';

test('/ sends the visitor to /ko/', async ({ sitePage: page }) => {
  await page.goto('/');
  await page.waitForURL('**/ko/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

for (const lang of LOCALES) {
  const other = LOCALES.find((l) => l !== lang)!;

  test(`/${lang}/ has lang="${lang}" and switches to /${other}/`, async ({ sitePage: page }) => {
    await page.goto(`/${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('footer')).toContainText('28.2.2');
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(`**/${other}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', other);
  });

  test(`/${lang}/ loads nothing from outside the site`, async ({ page, baseURL }) => {
    const foreign = recordForeignRequests(page, baseURL!);
    await page.goto(`/${lang}/`);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    // No stylesheet, font or script may point elsewhere either, even one the browser skipped.
    const external = await page.evaluate(() =>
      // Canonical and alternate links name the page's public address; nothing is loaded from them.
      [...document.querySelectorAll('link[href]:not([rel=canonical], [rel=alternate]), script[src], img[src]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
        .filter((u) => /^(https?:)?\/\//.test(u)),
    );
    expect(external).toEqual([]);
  });
}

test('the theme toggle switches and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/');
  const button = page.locator('theme-toggle button');
  await expect(button).toBeVisible();
  await expect(button).toHaveAccessibleName('Theme: same as the system');
  // On a light system the first click goes to dark, so it always changes what is seen.
  await button.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(button).toHaveAccessibleName('Theme: dark');
  await page.goto('/ko/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

// Observe the first paint, not the colours after the page has loaded. Before
// any of the page's own scripts run, an init script records (a) whether the saved theme was
// already applied when the parser first inserted <body> (content can be painted from then on),
// and (b) the root's colour scheme and background in the first animation frame, which comes just
// before the first paint. A theme script that ran late (deferred, a module, on DOMContentLoaded)
// fails (a) and usually (b).
test('a saved theme is applied before the first paint (no flash of the wrong theme)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/');
  const lightBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.evaluate(() => localStorage.setItem('dockref-theme', 'dark'));
  await page.addInitScript(() => {
    const w = window as unknown as { __firstPaint: Record<string, string | null> };
    w.__firstPaint = {};
    // No <html> element yet when this runs: look it up in the callbacks.
    new MutationObserver((_, observer) => {
      if (document.body && !('atBody' in w.__firstPaint)) {
        w.__firstPaint.atBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
    requestAnimationFrame(() => {
      const root = document.documentElement;
      const style = getComputedStyle(root);
      w.__firstPaint.frameTheme = root.getAttribute('data-theme');
      w.__firstPaint.frameScheme = style.colorScheme;
      w.__firstPaint.frameBg = style.backgroundColor;
    });
  });
  for (const path of ['/ko/', '/en/commands/container-run/']) {
    await page.goto(path);
    await page.waitForFunction(() => 'frameBg' in (window as unknown as { __firstPaint: object }).__firstPaint);
    const seen = await page.evaluate(() => (window as unknown as { __firstPaint: Record<string, string | null> }).__firstPaint);
    expect(seen.atBody, path).toBe('dark');
    expect(seen.frameTheme, path).toBe('dark');
    expect(seen.frameScheme, path).toBe('dark');
    expect(seen.frameBg, path).not.toBe(lightBg);
    expect(seen.frameBg, path).toBe(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
  }
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
      : [...text.replace(/<link rel="(?:canonical|alternate)"[^>]*>/g, '').matchAll(/<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)=["']?((?:https?:)?\/\/[^"'\s>]+)/g)];
    for (const m of refs) offenders.push(`${file}: ${m[1]}`);
  }
  expect(offenders).toEqual([]);
});

for (const lang of LOCALES) {
  test(`${lang}: the copy button copies exactly the command`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.goto(`/${lang}/`);
    // The cheat sheet row for running a web server in the background, found by its code as shown
    // (innerText leaves out the flags' hidden tooltips).
    const shownCodes = await page.locator('[data-example] pre').evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
    const index = shownCodes.findIndex((t) => /^docker container run -d .*-p 8080:80/.test(t));
    expect(index).toBeGreaterThanOrEqual(0);
    const example = page.locator('[data-example]').nth(index);
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

test('the home page offers the explain form that leads to the explain page', async ({ sitePage: page }) => {
  await page.goto('/en/');
  await page.locator('#home-explain').fill('docker ps -a');
  await page.locator('#home-explain').press('Enter');
  await page.waitForURL(/\/en\/explain\/\?cmd=docker/);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-valid', 'true');
});
