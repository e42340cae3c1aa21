import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LANGS, expectNoAxeViolations, useTheme } from './helpers';

// The flags each help snapshot lists, read straight from the text with a deliberately simple
// pattern (not the project's parser), so a parser bug cannot hide a missing or extra row.
const SNAPSHOTS = 'content/cli-help/docker-28.2.2';
function flagsInSnapshot(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^(Global )?Options:$/.test(l));
  if (start < 0) return [];
  const flags: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() !== '' && !line.startsWith(' ')) break;
    const m = /^ {2}(?:-\w, | {4})--([a-z0-9][\w-]*)/.exec(line);
    if (m?.[1]) flags.push(m[1]);
  }
  return flags.sort();
}
const snapshots = readdirSync(SNAPSHOTS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ slug: f.replace(/\.txt$/, ''), flags: flagsInSnapshot(readFileSync(`${SNAPSHOTS}/${f}`, 'utf8')) }));

test('there is a snapshot for every command (151 and the root)', () => {
  expect(snapshots.length).toBe(152);
});

for (const lang of LANGS) {
  test(`${lang}: every command page's option table has exactly the flags its help lists`, async ({ request }) => {
    test.setTimeout(120_000);
    const mismatches: string[] = [];
    for (const { slug, flags } of snapshots) {
      const res = await request.get(`/${lang}/commands/${slug}/`);
      if (!res.ok()) {
        mismatches.push(`${slug}: HTTP ${res.status()}`);
        continue;
      }
      const html = await res.text();
      const rows = [...html.matchAll(/<tr[^>]*\bid="flag-([^"]+)"/g)].map((m) => m[1] ?? '').sort();
      if (rows.join(' ') !== flags.join(' ')) mismatches.push(`${slug}: page [${rows.join(' ')}] vs help [${flags.join(' ')}]`);
      if (!html.includes(`<html lang="${lang}"`)) mismatches.push(`${slug}: html lang is not ${lang}`);
    }
    expect(mismatches).toEqual([]);
  });

  test(`${lang}: the commands index links every command`, async ({ page }) => {
    await page.goto(`/${lang}/commands/`);
    const hrefs = await page.locator('[data-command-item] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(151);
    expect(hrefs).toContain(`/${lang}/commands/container-run/`);
  });
}

test('container run: the option row for --restart shows its type, default and a Korean description', async ({ page }) => {
  await page.goto('/ko/commands/container-run/#flag-restart');
  const row = page.locator('#flag-restart');
  await expect(row).toBeVisible();
  await expect(row.locator('th')).toHaveText('--restart');
  await expect(row.locator('td').nth(0)).toHaveText('string');
  await expect(row.locator('td').nth(1)).toHaveText('"no"');
  await expect(row.locator('td').nth(2)).toContainText('재시작');
  await expect(page.locator('h1')).toHaveText('docker container run');
  // `docker run` users land here: the alias forms are on the page.
  await expect(page.locator('.aliases')).toContainText('docker run');
});

test('no Korean command page shows an English fallback option description', async ({ request }) => {
  const slugs = readdirSync(SNAPSHOTS).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));
  const fallbacks: string[] = [];
  for (const slug of slugs) {
    const html = await (await request.get(`/ko/commands/${slug}/`)).text();
    const n = (html.match(/class="untranslated"/g) ?? []).length;
    if (n > 0) fallbacks.push(`${slug}: ${n}`);
  }
  expect(fallbacks).toEqual([]);
});

test('the language switch keeps the command page', async ({ page }) => {
  await page.goto('/ko/commands/network-create/');
  await page.locator('[data-lang-switch]').click();
  await page.waitForURL('**/en/commands/network-create/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the commands index filter narrows the list as you type', async ({ page }) => {
  await page.goto('/en/commands/');
  await page.getByLabel('Filter commands').fill('ps');
  await expect(page.locator('[data-command-item]:visible')).not.toHaveCount(151);
  await expect(page.locator('[data-command-item]:visible a', { hasText: 'docker container ls' })).toBeVisible();
});

for (const lang of LANGS) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${lang}: command pages have no axe violations (${theme})`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const path of [`/${lang}/commands/`, `/${lang}/commands/container-run/`, `/${lang}/commands/network/`]) {
        await page.goto(path);
        await useTheme(page, theme);
        if (path.endsWith('container-run/')) {
          // The builder with every option loaded and listed, a value typed and its verdict shown.
          const builder = page.locator('[data-builder]');
          await builder.scrollIntoViewIfNeeded();
          await expect(builder.locator('[data-builder-rest] [data-flag="memory"]')).toHaveCount(1);
          await builder.locator('summary').click();
          await builder.locator('[data-arg="IMAGE"]').fill('nginx');
          await expect(builder.locator('[data-builder-verdict]')).toHaveAttribute('data-valid', 'true');
        }
        await expectNoAxeViolations(page);
      }
    });
  }
}

// Flag docs in code blocks (issue 14): every highlighted docker command links its command words and
// flags; each link must land on an existing page and, for a flag, an existing `#flag-` row.
test('code blocks link commands and flags, and every link resolves to an existing row', async ({ request }) => {
  const sample = ['/ko/commands/container-run/', '/en/commands/container-ls/', '/ko/commands/docker/', '/ko/guides/containers/', '/en/guides/running-containers/', '/ko/', '/en/cheatsheet/'];
  const pages = new Map<string, string>();
  const get = async (path: string) => {
    if (!pages.has(path)) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      pages.set(path, await res.text());
    }
    return pages.get(path) as string;
  };
  const counts: Record<string, number> = {};
  let flagLinks = 0;
  for (const path of sample) {
    const html = await get(path);
    const hrefs = [...html.matchAll(/<a[^>]*href="([^"]+)"[^>]*class="flag-doc"|<a[^>]*class="flag-doc"[^>]*href="([^"]+)"/g)].map((m) => (m[1] ?? m[2]) as string);
    counts[path] = hrefs.length;
    expect(hrefs.length, `${path} has flag links`).toBeGreaterThan(0);
    for (const href of new Set(hrefs)) {
      const [target, hash] = href.split('#');
      const body = await get(target as string);
      if (hash) {
        expect(hash, href).toMatch(/^flag-/);
        expect(body, `${href} resolves to a row`).toContain(`id="${hash}"`);
        flagLinks++;
      }
    }
  }
  console.log(`flag links per page: ${JSON.stringify(counts)}; ${flagLinks} distinct #flag- targets checked`);
});

// The command builder (issue 14; DESIGN.md `[data-builder]`, `[data-builder-output]`).
test('the builder on container-run makes a valid command from -d, -p 8080:80 and nginx, and copies exactly the preview', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void w.__copied.push(t) }, configurable: true });
  });
  await page.goto('/en/commands/container-run/');
  const builder = page.locator('[data-builder]');
  await builder.scrollIntoViewIfNeeded();
  await expect(builder.locator('[data-builder-rest] [data-flag="memory"]')).toHaveCount(1);
  await builder.getByLabel('-d, --detach').check();
  await builder.locator('[data-flag="publish"] input').first().fill('8080:80');
  await builder.locator('[data-arg="IMAGE"]').fill('nginx');
  const output = builder.locator('[data-builder-output]');
  await expect(output).toHaveText('docker container run -d -p 8080:80 nginx');
  await expect(builder.locator('[data-builder-verdict]')).toHaveAttribute('data-valid', 'true');
  await builder.locator('[data-builder-copy]').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __copied: string[] }).__copied)).toEqual(['docker container run -d -p 8080:80 nginx']);
  await expect(builder.locator('[data-builder-explain]')).toHaveAttribute('href', `/en/explain/?cmd=${encodeURIComponent('docker container run -d -p 8080:80 nginx')}`);
  // A bad value is caught as you type; a second port is one more input.
  await builder.locator('[data-flag="publish"] [data-add]').click();
  await builder.locator('[data-flag="publish"] input').nth(1).fill('99999:80');
  await expect(builder.locator('[data-builder-verdict]')).toHaveAttribute('data-valid', 'false');
  await expect(builder.locator('[data-builder-verdict] [data-code="invalid-port"]')).toHaveCount(1);
  // The other options are searchable.
  await builder.locator('summary').click();
  await builder.locator('[data-builder-search]').fill('memory-swap');
  await expect(builder.locator('[data-builder-rest] [data-flag="memory-swap"]')).toBeVisible();
  await expect(builder.locator('[data-builder-rest] [data-flag="detach-keys"]')).toBeHidden();
});

test('the builder is hidden without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ko/commands/container-run/');
  await expect(page.locator('[data-builder]')).toBeHidden();
  await context.close();
});
