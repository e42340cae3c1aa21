import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readChapters } from '../../src/lib/content/files';
import type { Locale } from '../../src/lib/i18n/locales';

/**
 * Playwright's `test` with one more fixture, `sitePage`: a page that every test of a worker shares
 * instead of a new one each (a new browser context and page cost about a second of CPU on these
 * machines, more than most tests' own work; a page kept open also keeps its renderer and the
 * site's files warm). Use it in a test that only visits pages and reads or clicks what they show.
 * Before each test it is put back to a new page's state: the default viewport (1280×720), empty
 * localStorage and sessionStorage, no routes. A test that needs anything else of its own (its
 * context's permissions or offline mode, request or console listeners, emulated media, a cold
 * cache, a service worker) keeps Playwright's own `page`. Service workers are blocked in the
 * shared context: one registered by an earlier test would otherwise answer a later one's requests.
 * A failed test ends its worker, so the next test starts on a new shared page.
 */
export const test = base.extend<{ sitePage: Page }, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL, serviceWorkers: 'block' });
      const page = await context.newPage();
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  sitePage: async ({ sharedPage: page }, use) => {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.setViewportSize({ width: 1280, height: 720 });
    if (page.url().startsWith('http')) {
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
    }
    await use(page);
  },
});
export { expect };

/**
 * A test's data for `lang` from a table keyed by language (queries, expected answers). Tables may
 * lack a language, so adding one to LOCALES still type-checks; the test then fails saying what to add.
 */
export function dataFor<Table extends { readonly [L in Locale]?: unknown }>(table: Table, lang: Locale): NonNullable<Table[keyof Table]> {
  const value = (table as { readonly [L in Locale]?: unknown })[lang];
  if (value === undefined) throw new Error(`tests/e2e: no test data for the language "${lang}" in this table; add its entry`);
  return value as NonNullable<Table[keyof Table]>;
}

/** The guide chapters' slugs in reading order (content/guides/chapters.yaml). */
export const CHAPTERS = readChapters('.').map((c) => c.slug);

/** Sets the theme the way a visitor would keep it (the saved choice), then reloads. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate((t) => localStorage.setItem('dockref-theme', t), theme);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Opens `path` with `theme` as the saved choice, in one load of the page (useTheme needs a load
 * and a reload): the choice is saved in the site's localStorage first, so the page's own scripts
 * read it on this load and every later one. A page that is not on the site yet (about:blank has no
 * storage) first opens /robots.txt, a file that draws nothing.
 */
export async function gotoInTheme(page: Page, path: string, theme: 'light' | 'dark') {
  if (!page.url().startsWith('http')) await page.goto('/robots.txt');
  await page.evaluate((t) => localStorage.setItem('dockref-theme', t), theme);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Runs axe (WCAG 2.x A/AA rules and axe's best practices) on the page and fails with the violations listed.
 * `setLegacyMode` runs axe.run inside the page instead of runPartial there plus finishRun in a new
 * blank page fed the serialized partial results: the same rules on the same DOM (the site has no
 * cross-origin frames, the one thing only the partial mode reaches), at about half the cost.
 * `resultTypes: ['violations']` keeps axe from collecting every passing node, which nothing reads.
 */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/**
 * What each copy button copies: its `data-copy-text` where the block's text is not the command
 * (a console session), else the code block's text as shown (without the hidden flag tooltips).
 * The foundation test checks, with the real clipboard, that a click copies exactly this.
 */
export async function copyTexts(buttons: Locator): Promise<string[]> {
  return buttons.evaluateAll((els) =>
    els.map((el) => (el as HTMLElement).dataset.copyText ?? (el.parentElement?.querySelector('pre') as HTMLElement | null)?.innerText.replace(/\n+$/, '') ?? ''),
  );
}

/** Collects requests that leave the site's own origin. */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

/**
 * Opens the command builder's fold on the current command page (the page has only its heading and
 * fold; the form is drawn when a reader opens it) and waits for the form. Returns the builder.
 */
export async function openBuilder(page: Page): Promise<Locator> {
  const fold = page.locator('[data-builder-section] > details.b-open');
  // Parts of the page above the builder load in place when they come near the viewport (the notes,
  // more examples: src/islands/in-place.ts). Scrolled to the builder, let them arrive before the
  // click, or the summary can move between the pointer's press and its release and the fold stays shut.
  await fold.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(page.locator('[data-in-place][data-loading]')).toHaveCount(0);
  await fold.locator('> summary').click();
  const builder = page.locator('[data-builder]');
  await expect(builder.locator('[data-builder-output]')).toHaveCount(1);
  return builder;
}
