import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { readChapters } from '../../src/lib/content/files';

export const LANGS = ['ko', 'en'] as const;

/** The guide chapters' slugs in reading order (content/guides/chapters.yaml). */
export const CHAPTERS = readChapters('.').map((c) => c.slug);

/** Sets the theme the way a visitor would keep it (the saved choice), then reloads. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate((t) => localStorage.setItem('dockref-theme', t), theme);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Opens `path` with `theme` as the saved choice, in one load (useTheme needs a load and a reload).
 * The choice is saved before the page's own scripts run on every later load of this page too; a
 * later call saves its theme after the earlier ones', so the last call wins.
 */
export async function gotoInTheme(page: Page, path: string, theme: 'light' | 'dark') {
  await page.addInitScript((t) => {
    try {
      localStorage.setItem('dockref-theme', t);
    } catch {
      // about:blank and opaque origins have no storage; the site's pages do.
    }
  }, theme);
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
  await fold.locator('> summary').click();
  const builder = page.locator('[data-builder]');
  await expect(builder.locator('[data-builder-output]')).toHaveCount(1);
  return builder;
}
