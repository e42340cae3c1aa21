import { readDockerfileCatalog } from '../../src/lib/content/files';
import { instructionSnippets } from '../../src/lib/dockerfile-catalog/snippets';
import { codeFor } from '../../src/lib/dockerfile-catalog/schema';
import { LOCALES } from '../../src/lib/i18n/locales';
import { copyTexts, expect, test } from './helpers';

// The pages are compared with the catalog itself, so a snippet that is dropped or altered on the
// way to the page fails here.
const catalog = readDockerfileCatalog(process.cwd());
const trim = (code: string) => code.replace(/\n+$/, '');

test('the catalog has all 17 instructions', () => {
  expect(catalog.problems).toEqual([]);
  expect(catalog.instructions.length).toBe(17);
});

for (const lang of LOCALES) {
  for (const { value: entry } of catalog.instructions) {
    const slug = entry.instruction.toLowerCase();
    test(`/${lang}/dockerfile/${slug}/ renders its examples and mistakes`, async ({ sitePage: page }) => {
      await page.goto(`/${lang}/dockerfile/${slug}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(entry.instruction);
      // Every copy-ready snippet of the entry is on the page, and its copy button copies exactly it.
      const copied = await copyTexts(page.locator('[data-example] copy-button'));
      const snippets = instructionSnippets(entry);
      for (const s of snippets.filter((x) => x.expect === 'clean')) expect(copied).toContain(trim(s.code));
      for (const c of entry.commands.filter((x) => !x.mistake)) expect(copied).toContain(c.cmd);
      // Mistake blocks are marked and have no copy button.
      const mistakes = page.locator('[data-mistake]');
      expect(await mistakes.count()).toBe(snippets.filter((x) => x.expect === 'mistake').length + entry.commands.filter((x) => x.mistake).length);
      await expect(page.locator('[data-mistake] copy-button')).toHaveCount(0);
      // The Korean page is in Korean and the English one in English.
      await expect(page.locator('main')).toContainText(entry.summary[lang]);
    });
  }

  test(`/${lang}/dockerfile/ lists all 17 instructions and the whole-file examples`, async ({ sitePage: page }) => {
    await page.goto(`/${lang}/dockerfile/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('tbody tr')).toHaveCount(17);
    for (const { value } of catalog.instructions) {
      await expect(page.locator(`tbody tr[data-instruction="${value.instruction}"] a`)).toHaveAttribute('href', `/${lang}/dockerfile/${value.instruction.toLowerCase()}/`);
    }
    const copied = await copyTexts(page.locator('[data-whole-file] [data-example] copy-button'));
    // The Korean page copies the file with its comment lines in Korean; the instructions are the same.
    for (const ex of catalog.examples) expect(copied).toContain(trim(codeFor(ex.value, lang)));
    expect(catalog.examples.map((e) => e.slug)).toEqual(expect.arrayContaining(['multi-stage-go', 'onbuild-web-base']));
  });

  test(`/${lang}/dockerfile/ filters the table as you type`, async ({ sitePage: page }) => {
    await page.goto(`/${lang}/dockerfile/`);
    const input = page.locator('#dockerfile-filter-input');
    await expect(input).toBeVisible();
    await input.fill('healthcheck');
    await expect(page.locator('tbody tr:not([hidden])')).toHaveCount(1);
    await expect(page.locator('tbody tr:not([hidden])')).toHaveAttribute('data-instruction', 'HEALTHCHECK');
    await input.fill('--from');
    await expect(page.locator('tbody tr:not([hidden])')).toHaveCount(1);
    await expect(page.locator('tbody tr:not([hidden])')).toHaveAttribute('data-instruction', 'COPY');
    await input.fill('zzzz-nothing');
    await expect(page.locator('tbody tr:not([hidden])')).toHaveCount(0);
    await expect(page.locator('[data-filter-status]')).not.toBeEmpty();
    await input.fill('');
    await expect(page.locator('tbody tr:not([hidden])')).toHaveCount(17);
  });
}

test('Korean filtering matches the Korean summaries', async ({ sitePage: page }) => {
  await page.goto('/ko/dockerfile/');
  await page.locator('#dockerfile-filter-input').fill('정상인지');
  await expect(page.locator('tbody tr:not([hidden])')).toHaveAttribute('data-instruction', 'HEALTHCHECK');
});

test('the copy button puts exactly the snippet on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/dockerfile/cmd/');
  const block = page.locator('[data-example]').filter({ hasText: 'daemon off;' }).first();
  const expected = trim(catalog.instructions.find((e) => e.value.instruction === 'CMD')!.value.examples[0]!.code);
  await block.locator('copy-button button').click();
  await expect(block.locator('copy-button')).toHaveAttribute('data-copied', 'true');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test('the overview works with the keyboard alone', async ({ sitePage: page }) => {
  await page.goto('/en/dockerfile/');
  const input = page.locator('#dockerfile-filter-input');
  for (let i = 0; i < 30 && !(await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await page.keyboard.type('workdir');
  await expect(page.locator('tbody tr:not([hidden])')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(page.locator('tbody tr[data-instruction="WORKDIR"] a')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL('**/en/dockerfile/workdir/');
  await expect(page.locator('h1')).toHaveText('WORKDIR');
});

test('without JavaScript the overview is a plain table of all instructions', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ko/dockerfile/');
  await expect(page.locator('tbody tr')).toHaveCount(17);
  await expect(page.locator('[data-filter-box]')).toBeHidden();
  await page.locator('tbody tr[data-instruction="ENTRYPOINT"] a').click();
  await page.waitForURL('**/ko/dockerfile/entrypoint/');
  await context.close();
});
