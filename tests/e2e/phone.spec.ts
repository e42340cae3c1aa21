// Phones and first paint: nothing scrolls sideways at 390 px, the quick search's list
// fits the screen, diagram labels are readable, and nothing jumps while a page loads.
// `npm run --silent check:overflow` walks every page of the sitemap; this checks a sample of every
// page type plus the pages that used to scroll, fast enough for `npm test`.
import type { Page } from '@playwright/test';
import { cheatsheetHref, commandHref, commandsHref, dockerfileHref, explainHref, guideHref, guidesHref, homeHref, searchHref } from '../../src/lib/routes';
import { LOCALES } from '../../src/lib/i18n/locales';
import { expect, test } from './helpers';

const PHONE = { width: 390, height: 844 };

/** The page's sideways overflow: how far the document is wider than the screen, and by what. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const edge = doc.clientWidth;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const crossing = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > edge + 0.5 && !clipped(el));
    return { extra: doc.scrollWidth - edge, crossing: crossing.slice(0, 3).map((el) => el.outerHTML.slice(0, 100)) };
  });
}

for (const lang of LOCALES) {
  test(`${lang}: at 390 px no page type scrolls sideways`, async ({ sitePage: page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(PHONE);
    const paths = [
      homeHref(lang),
      guidesHref(lang),
      guideHref(lang, 'containers'),
      guideHref(lang, 'running-containers'),
      commandsHref(lang),
      commandHref(lang, 'container-run'),
      commandHref(lang, 'container-ls'),
      commandHref(lang, 'swarm-ca'),
      commandHref(lang, 'buildx-history-inspect-attachment'),
      commandHref(lang, 'image-build'),
      dockerfileHref(lang),
      dockerfileHref(lang, 'run'),
      dockerfileHref(lang, 'copy'),
      dockerfileHref(lang, 'add'),
      cheatsheetHref(lang),
      explainHref(lang, 'docker run --restart-always --publish 8080:80 --name web --env APP_MODE=production nginx:1.27'),
      searchHref(lang, 'logs'),
    ];
    for (const path of paths) {
      await page.goto(path);
      const o = await overflow(page);
      expect(o, path).toEqual({ extra: 0, crossing: [] });
    }
  });

  test(`${lang}: at 390 px the quick search's results stay inside the screen`, async ({ sitePage: page }) => {
    await page.setViewportSize(PHONE);
    for (const path of [homeHref(lang), commandHref(lang, 'container-run'), guideHref(lang, 'volumes')]) {
      await page.goto(path);
      await page.locator('#site-search').fill(lang === 'ko' ? '컨테이너 로그' : 'container logs');
      const list = page.locator('#site-search-list');
      await expect(list.locator('[role="option"]').first()).toBeVisible();
      const box = (await list.boundingBox())!;
      expect(box.x, path).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, path).toBeLessThanOrEqual(PHONE.width);
      // Every result lies inside the list (nothing cut at the right edge) and the page is no wider.
      const cut = await list.locator('[role="option"]').evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > document.documentElement.clientWidth).length);
      expect(cut, path).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
    }
  });

  test(`${lang}: at 390 px a wrapped command line never splits a flag or command name`, async ({ sitePage: page }) => {
    await page.setViewportSize(PHONE);
    for (const path of [commandHref(lang, 'container-run'), guideHref(lang, 'running-containers')]) {
      await page.goto(path);
      const names = page.locator('figure.example:not(.keeps-lines) pre a.flag-doc');
      expect(await names.count(), path).toBeGreaterThan(20);
      // A name drawn on two lines has two boxes.
      const split = await names.evaluateAll((as) => as.filter((a) => a.getClientRects().length > 1).map((a) => a.textContent));
      expect(split, path).toEqual([]);
    }
  });

  test(`${lang}: at 390 px every diagram label is at least 11 px tall`, async ({ sitePage: page }) => {
    await page.setViewportSize(PHONE);
    for (const chapter of ['overview', 'containers', 'networks', 'volumes', 'building-images'] as const) {
      await page.goto(guideHref(lang, chapter));
      const sizes = await page.locator('figure.diagram svg').evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        }),
      );
      expect(sizes.length, chapter).toBeGreaterThan(0);
      expect(Math.min(...sizes), chapter).toBeGreaterThanOrEqual(11);
    }
  });
}

// Cumulative layout shift while a page loads and settles (Chromium's layout-shift entries, the
// same sums the Core Web Vitals use, without the input exclusion that does not apply here).
async function cls(page: Page, path: string): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

for (const width of [1280, 390]) {
  for (const lang of LOCALES) {
    test(`${lang}: at ${width} px the home, search, command and guide pages do not jump while loading (CLS at most 0.05)`, async ({ browser }) => {
      test.setTimeout(60_000);
      // Each page in a new browser context (a first visit, nothing cached), all six at once: most of
      // a measurement is waiting for the network to go quiet and the page to settle.
      const paths = [homeHref(lang), searchHref(lang, 'logs'), commandHref(lang, 'container-run'), guideHref(lang, 'running-containers'), dockerfileHref(lang), commandsHref(lang)];
      const shifts = await Promise.all(
        paths.map(async (path) => {
          const page = await browser.newPage({ viewport: { width, height: 844 } });
          const shift = await cls(page, path);
          await page.close();
          return shift;
        }),
      );
      paths.forEach((path, i) => expect(shifts[i], path).toBeLessThanOrEqual(0.05));
    });
  }
}

test('the theme button changes what is seen on its first click, on a light system and on a dark one', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(homeHref('en'));
    await page.evaluate(() => localStorage.removeItem('dockref-theme'));
    await page.reload();
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const before = await bg();
    await page.locator('theme-toggle button').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme === 'light' ? 'dark' : 'light');
    expect(await bg(), scheme).not.toBe(before);
  }
});
