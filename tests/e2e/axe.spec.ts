// Accessibility: axe (WCAG 2.x A/AA and axe's best practices) finds nothing on any page type, in
// both languages and both themes, on a desktop and on a phone (the phone header and the stacked
// option tables are layouts of their own), plus the states a page reaches when it is used.
//
// Every axe check of the site lives in this one table, so each page state is checked once: axe is
// the most expensive thing the browser tests do (a few seconds of CPU per run on a long page).
// To check a new page or state, add one row to PAGES: its name, its path in a language, the widths
// to check it at, and (if it needs one) `ready`, what to wait for or do before axe runs. Each row
// becomes one test per language and width that loads the page once per theme and runs axe once.
// A check that needs a state reached in the middle of a functional test (the quick search's open
// list, a 404) calls expectNoAxeViolations there instead.
import type { Page } from '@playwright/test';
import { cheatsheetHref, commandExamplesHref, commandHref, commandOptionsHref, commandsHref, dockerfileHref, explainHref, guideHref, guidesHref, homeHref, searchHref } from '../../src/lib/routes';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales';
import { CHAPTERS, expect, expectNoAxeViolations, gotoInTheme, openBuilder, test } from './helpers';

interface AxePage {
  name: string;
  path: (lang: Locale) => string;
  widths: readonly number[];
  /** Waits for (or brings about) the state axe checks; runs after each load. */
  ready?: (page: Page) => Promise<void>;
}

const DESKTOP = 1280;
const PHONE = 390;
const BOTH = [DESKTOP, PHONE] as const;

const PAGES: AxePage[] = [
  // Every page type, at both widths.
  { name: 'home', path: homeHref, widths: BOTH },
  { name: 'command', path: (l) => commandHref(l, 'container-run'), widths: BOTH },
  { name: 'options', path: (l) => commandOptionsHref(l, 'container-run'), widths: BOTH },
  { name: 'examples', path: (l) => commandExamplesHref(l, 'container-run'), widths: [DESKTOP] },
  { name: 'guide', path: (l) => guideHref(l, 'running-containers'), widths: BOTH },
  {
    name: 'explain',
    // An error with its fix and a note (an option after the image) with its own.
    path: (l) => explainHref(l, 'docker run -d --restart-always nginx -d'),
    widths: BOTH,
    ready: async (page) => {
      await expect(page.locator('[data-diagnostics] [data-severity]').first()).toBeVisible();
      await expect(page.locator('[data-part]').first()).toBeVisible();
    },
  },
  { name: 'search', path: (l) => searchHref(l, 'logs'), widths: BOTH, ready: (page) => expect(page.locator('[data-search-results] a').first()).toBeVisible() },
  { name: 'cheatsheet', path: cheatsheetHref, widths: BOTH },
  { name: 'dockerfile', path: (l) => dockerfileHref(l), widths: BOTH },
  // The other pages of those types, and pages in use, on a desktop.
  { name: 'commands index', path: commandsHref, widths: [DESKTOP] },
  { name: 'command group', path: (l) => commandHref(l, 'network'), widths: [DESKTOP] },
  {
    name: 'command builder in use',
    path: (l) => commandHref(l, 'container-run'),
    widths: [DESKTOP],
    // The builder with every option loaded and listed, a value typed and its verdict shown.
    ready: async (page) => {
      const builder = await openBuilder(page);
      await expect(builder.locator('[data-builder-rest] [data-flag="memory"]')).toHaveCount(1);
      await builder.locator('summary').click();
      await builder.locator('[data-arg="IMAGE"]').fill('nginx');
      await expect(builder.locator('[data-builder-verdict]')).toHaveAttribute('data-valid', 'true');
    },
  },
  { name: 'guides index', path: guidesHref, widths: [DESKTOP] },
  ...CHAPTERS.filter((c) => c !== 'running-containers').map((c): AxePage => ({ name: `guide ${c}`, path: (l) => guideHref(l, c), widths: [DESKTOP] })),
  // Long pages of highlighted code: axe checks the contrast of every token.
  { name: 'dockerfile cmd', path: (l) => dockerfileHref(l, 'cmd'), widths: [DESKTOP] },
  { name: 'dockerfile copy', path: (l) => dockerfileHref(l, 'copy'), widths: [DESKTOP] },
];

for (const { name, path, widths, ready } of PAGES) {
  for (const width of widths) {
    for (const lang of LOCALES) {
      test(`axe: ${lang} ${name} at ${width} px, light and dark`, async ({ sitePage: page }) => {
        // axe's best-practice rules on a long page, twice, on a shared 2-core machine.
        test.setTimeout(120_000);
        await page.setViewportSize({ width, height: 844 });
        for (const theme of ['light', 'dark'] as const) {
          await gotoInTheme(page, path(lang), theme);
          await ready?.(page);
          await expectNoAxeViolations(page);
        }
      });
    }
  }
}

// The check itself can fail: a page with an image without a text alternative is refused.
test('axe: the check reports a violation when there is one', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1><img src="data:,"></main></body></html>');
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
});
