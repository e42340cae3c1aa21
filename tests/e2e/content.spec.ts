// What a learner sees of the catalog, the cheat sheet and the guides, in both
// languages: examples with copy buttons, mistakes beside their fixes, the home filter, the
// printable sheet as PDF, the guides' navigation and links, and accessibility.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { LOCALES } from '../../src/lib/i18n/locales';
import { CHAPTERS, expect, test } from './helpers';

const SEED_COMMANDS = (parse(readFileSync('content/cheatsheet.yaml', 'utf8')) as { chapters: Array<{ commands: string[] }> }).chapters.flatMap((c) => c.commands);

for (const lang of LOCALES) {
  test(`${lang}: every cheat-sheet command page has at least 2 copy-ready examples; container run at least 12`, async ({ request }) => {
    const short: string[] = [];
    for (const slug of SEED_COMMANDS) {
      const html = await (await request.get(`/${lang}/commands/${slug}/`)).text();
      // A command with many examples shows the first few and loads the rest from its examples page, which holds them all.
      const more = /data-in-place="([^"]*\/examples\/)"/.exec(html)?.[1];
      const all = more ? await (await request.get(more)).text() : html;
      const n = (all.match(/<figure class="example"[^>]*data-example/g) ?? []).length;
      if (n < (slug === 'container-run' ? 12 : 2)) short.push(`${slug}: ${n}`);
    }
    expect(short).toEqual([]);
  });

  test(`${lang}: a command page's copy button copies exactly the command`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/${lang}/commands/container-logs/`);
    const example = page.locator('#examples ~ .catalog-example [data-example]').first();
    const code = (await example.locator('pre').innerText()).replace(/\n+$/, '');
    await example.locator('copy-button button').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(code.startsWith('docker ')).toBe(true);
  });

  test(`${lang}: the home filter narrows the cheat sheet rows`, async ({ sitePage: page }) => {
    await page.goto(`/${lang}/`);
    const rows = page.locator('[data-filter-item]');
    const total = await rows.count();
    expect(total).toBeGreaterThan(80);
    await page.locator('#sheet-filter').fill(lang === 'ko' ? '로그' : 'logs');
    const visible = page.locator('[data-filter-item]:visible');
    await expect(visible.first()).toBeVisible();
    // The filter's script loads on the box's first focus (src/islands/deferred.ts), then filters what was typed.
    await expect.poll(() => visible.count()).toBeLessThan(total / 4);
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total / 4);
    await expect(visible.first()).toContainText(/logs|로그/);
    // Korean typed as decomposed jamo (NFD) matches the same rows.
    if (lang === 'ko') {
      await page.locator('#sheet-filter').fill('로그'.normalize('NFD'));
      await expect(page.locator('[data-filter-item]:visible')).toHaveCount(shown);
      // A word only the command's task phrases have (/ko/cheatsheet-terms.json, fetched by the filter).
      await page.locator('#sheet-filter').fill('설치된');
      await expect(page.locator('[data-filter-item]:visible').first()).toContainText('docker version');
    }
  });

  test(`${lang}: the printable sheet fits on at most 3 A4 pages, the last one not a stray row or two, and holds every row's command`, async ({ page }) => {
    await page.goto(`/${lang}/cheatsheet/`);
    const commands = await page.locator('.cheatsheet .cmd').allInnerTexts();
    expect(commands.length).toBeGreaterThan(80);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    // 3 pages since the Dockerfile chapter prints keyword and summary on one line (the Korean sheet
    // was 4, its last page holding 2 rows).
    expect(pages).toBeLessThanOrEqual(3);
    // The PDF's text: Chromium writes it with embedded fonts, so read it back through pdf.js-free
    // means: the printed DOM must show every row unclipped (no row overflows its column).
    const clipped = await page.locator('.cheatsheet .row').evaluateAll((rows) =>
      rows.filter((r) => r.scrollWidth > r.clientWidth + 1 || r.scrollHeight > r.clientHeight + 1).map((r) => r.textContent),
    );
    expect(clipped).toEqual([]);
    const text = await pdfText(pdf);
    if (text === null) test.info().annotations.push({ type: 'skipped check', description: 'pdftotext (poppler-utils) is not installed: the PDF text was not compared; scripts/setup.sh installs it' });
    if (text !== null) {
      const squash = (s: string) => s.replace(/\s+/g, '');
      const missing = commands.filter((c) => !squash(text).includes(squash(c)));
      expect(missing).toEqual([]);
      // Pages break sensibly: the last page carries at least a fifth of what the first one does.
      const lines = text.split('\f').filter((p) => p.trim() !== '').map((p) => p.split('\n').filter((l) => l.trim() !== '').length);
      expect(lines.length).toBe(pages);
      expect(lines[lines.length - 1]!, `lines per page: ${lines.join(', ')}`).toBeGreaterThanOrEqual((lines[0] ?? 0) / 5);
    }
  });

  test(`${lang}: the guides list links all 8 chapters in order, each with previous/next and a table of contents`, async ({ sitePage: page }) => {
    await page.goto(`/${lang}/guides/`);
    const hrefs = await page.locator('.chapters a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(CHAPTERS.map((c) => `/${lang}/guides/${c}/`));
    await page.goto(`/${lang}/guides/containers/`);
    await expect(page.locator('.toc li')).not.toHaveCount(0);
    await expect(page.locator('.pager a[rel="prev"]')).toHaveAttribute('href', `/${lang}/guides/images/`);
    await expect(page.locator('.pager a[rel="next"]')).toHaveAttribute('href', `/${lang}/guides/networks/`);
    await expect(page.locator('header nav a', { hasText: lang === 'ko' ? '가이드' : 'Guides' })).toHaveCount(1);
  });

  for (const chapter of CHAPTERS) {
    test(`${lang}: guide ${chapter} renders its examples, mistakes beside fixes, diagrams with text alternatives`, async ({ sitePage: page }) => {
      await page.goto(`/${lang}/guides/${chapter}/`);
      const examples = page.locator('article.guide [data-example]');
      expect(await examples.count()).toBeGreaterThanOrEqual(chapter === 'overview' ? 5 : 10);
      // Every mistake block is followed by a corrected, copy-ready block and shows the CLI's verdict.
      const pairs = await page.locator('article.guide [data-mistake]').evaluateAll((ms) =>
        ms.map((m) => {
          let n = m.nextElementSibling;
          while (n && n.tagName === 'SCRIPT') n = n.nextElementSibling;
          return { next: n?.hasAttribute('data-example') ?? false, verdict: m.querySelector('.verdict') !== null, copy: m.querySelector('copy-button') !== null };
        }),
      );
      for (const p of pairs) expect(p).toEqual({ next: true, verdict: true, copy: false });
      for (const svg of await page.locator('article.guide figure.diagram svg').all()) {
        const label = (await svg.getAttribute('aria-label')) ?? (await svg.getAttribute('aria-labelledby'));
        expect(label).toBeTruthy();
        await expect(svg.locator('xpath=ancestor::figure[1]/figcaption')).not.toBeEmpty();
      }
    });
  }

  test(`${lang}: every link on the guide pages resolves, including #flag- anchors`, async ({ sitePage: page, request }) => {
    const checked = new Map<string, boolean>();
    const broken: string[] = [];
    for (const chapter of CHAPTERS) {
      await page.goto(`/${lang}/guides/${chapter}/`);
      const links = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of links) {
        const url = new URL(href);
        if (url.origin !== new URL(page.url()).origin) continue;
        const key = url.pathname + url.hash;
        if (checked.has(key)) continue;
        const res = await request.get(url.pathname);
        let ok = res.ok();
        if (ok && url.hash) {
          const id = decodeURIComponent(url.hash.slice(1));
          const body = await res.text();
          ok = body.includes(`id="${id}"`);
          // Or a part the page loads in place when the address names it (a long option table: src/islands/in-place.ts).
          for (const m of body.matchAll(/data-in-place="([^"]+)" data-part="[^"]+" data-anchors="([^"]+)"/g)) {
            if (!ok && id.startsWith(m[2]!)) ok = (await (await request.get(m[1]!)).text()).includes(`id="${id}"`);
          }
        }
        checked.set(key, ok);
        if (!ok) broken.push(`${chapter}: ${key}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked.size).toBeGreaterThan(50);
  });
}

for (const lang of LOCALES) {
  test(`${lang}: without JavaScript, a guide's link to an option lands on that option's row`, async ({ browser, request }) => {
    // Every option link in every guide names a page whose own HTML holds the row: a long option
    // table is loaded in place only with JavaScript, so such links go to the options page.
    const pages = new Map<string, string>();
    const missing: string[] = [];
    let links = 0;
    for (const chapter of CHAPTERS) {
      const html = await (await request.get(`/${lang}/guides/${chapter}/`)).text();
      for (const m of html.matchAll(/<a href="(\/[^"#]+)#((?:removed-)?flag-[^"]+)"/g)) {
        links++;
        const [, path, id] = m as unknown as [string, string, string];
        if (!pages.has(path)) pages.set(path, await (await request.get(path)).text());
        if (!pages.get(path)!.includes(`id="${id}"`)) missing.push(`${chapter}: ${path}#${id}`);
      }
    }
    expect(missing).toEqual([]);
    expect(links).toBeGreaterThan(50);
    // And a reader follows one: the -p link in the running-containers chapter.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`/${lang}/guides/running-containers/`);
    await plain.locator('article.guide p a[href*="#flag-publish"]').first().click();
    await expect(plain).toHaveURL(new RegExp(`/${lang}/commands/container-run/options/#flag-publish$`));
    await expect(plain.locator('tr#flag-publish')).toBeInViewport();
    await context.close();
  });
}

/** The text of a PDF, when the machine has pdftotext (poppler-utils); null otherwise. */
async function pdfText(pdf: Buffer): Promise<string | null> {
  const { spawnSync } = await import('node:child_process');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'dockref-pdf-'));
  writeFileSync(join(dir, 'sheet.pdf'), pdf);
  const r = spawnSync('pdftotext', ['-raw', join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout : null;
}
