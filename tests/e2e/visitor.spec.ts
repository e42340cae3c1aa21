// What a visitor meets first: a real 404 page in both languages, a sitemap and
// robots.txt, and command pages that stay readable on a phone.
import { cheatsheetHref, commandHref, commandsHref, dockerfileHref, explainHref, guideHref, guidesHref, homeHref, searchHref } from '../../src/lib/routes';
import { LOCALES } from '../../src/lib/i18n/locales';
import { expect, expectNoAxeViolations, test } from './helpers';

test('the 404 page speaks both languages, searches in each and links onward', async ({ sitePage: page }) => {
  const res = await page.goto('/404.html');
  expect(res?.status()).toBe(200);
  await expect(page.locator('section[lang="ko"] h1')).toHaveText('페이지를 찾을 수 없습니다');
  await expect(page.locator('section[lang="en"] h1')).toHaveText('Page not found');
  await expect(page.locator('section[lang="en"] form[role="search"]')).toHaveAttribute('action', '/en/search/');
  await expect(page.locator('section[lang="ko"] a[href="/ko/guides/"]')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('the sitemap lists every page in both languages, and robots.txt points to it', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  for (const path of ['/ko/', '/en/', '/ko/commands/container-run/', '/en/guides/volumes/', '/ko/dockerfile/from/', '/en/cheatsheet/']) {
    expect(xml).toContain(`${path}</loc>`);
  }
  expect(xml).toContain('hreflang="en"');
  expect((xml.match(/<url>/g) ?? []).length).toBeGreaterThan(300);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: \S+\/sitemap\.xml/);
});

test('on a phone, the Korean container run page is at most 1.5 times as tall as the English one', async ({ sitePage: page }) => {
  const heights: Record<string, number> = {};
  await page.setViewportSize({ width: 390, height: 844 });
  for (const lang of ['ko', 'en']) {
    await page.goto(`/${lang}/commands/container-run/`);
    heights[lang] = await page.evaluate(() => document.documentElement.scrollHeight);
    // The description never shrinks to a sliver: each option block is as wide as the page.
    const narrow = await page.locator('[data-option-table] tbody td:last-child').evaluateAll((tds) => tds.filter((td) => td.getBoundingClientRect().width < 250).length);
    expect(narrow).toBe(0);
  }
  expect(heights.ko! / heights.en!).toBeLessThanOrEqual(1.5);
});

test('on a phone, no copy button covers the code of an example', async ({ sitePage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/ko/', '/ko/commands/container-run/', '/en/guides/running-containers/', '/ko/dockerfile/copy/']) {
    await page.goto(path);
    const covered = await page.locator('[data-example]').evaluateAll((figs) =>
      figs.flatMap((fig) => {
        const button = fig.querySelector('copy-button button');
        const code = fig.querySelector('pre code');
        if (!button || !code) return [];
        const b = button.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(code);
        const hits = [...range.getClientRects()].filter((r) => r.width > 0 && r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top);
        return hits.length ? [code.textContent] : [];
      }),
    );
    expect(covered, path).toEqual([]);
  }
});

// The header takes 183 px of a 390 px phone's first screen.
for (const lang of LOCALES) {
  test(`${lang}: on a phone the header is at most 110 px high and nothing in it is cut off`, async ({ sitePage: page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [homeHref(lang), commandHref(lang, 'container-run'), searchHref(lang, 'logs')]) {
      await page.goto(path);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height, path).toBeLessThanOrEqual(110);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      // Every control lies inside the screen; none clips its own text.
      for (const sel of ['.brand', '#site-search', '.search-form button', '[data-lang-switch]', 'theme-toggle button']) {
        const box = (await page.locator(`.site-header ${sel}`).boundingBox())!;
        expect(box.x, `${path} ${sel}`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${path} ${sel}`).toBeLessThanOrEqual(390);
        // Big enough to tap, and on one line (a label broken into a second line doubles the row).
        expect(box.height, `${path} ${sel}`).toBeGreaterThanOrEqual(24);
        expect(box.height, `${path} ${sel}`).toBeLessThanOrEqual(44);
      }
      const clipped = await page.locator('.site-header a, .site-header button').evaluateAll((els) =>
        els.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1).map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(clipped, path).toEqual([]);
      // Every link of the navigation is on the screen, none reached by scrolling (the
      // brand is the home link there, so the navigation's own one is left out), in one row.
      const nav = page.locator('.site-header nav');
      const links = await nav.locator('a').evaluateAll((as) =>
        as.filter((a) => a.getClientRects().length > 0).map((a) => ({ text: a.textContent, top: Math.round(a.getBoundingClientRect().top), right: a.getBoundingClientRect().right })),
      );
      expect(links.length, path).toBe(4);
      for (const l of links) expect(l.right, `${path} ${l.text}`).toBeLessThanOrEqual(390);
      expect(new Set(links.map((l) => l.top)).size, path).toBe(1);
      expect(await nav.evaluate((n) => n.scrollWidth <= n.clientWidth), path).toBe(true);
    }
  });

  test(`${lang}: at 1280 px the header search placeholder fits its box`, async ({ sitePage: page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(homeHref(lang));
    const fit = await page.locator('#site-search').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const inner = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { scroll: input.scrollWidth, client: input.clientWidth, text: ctx.measureText(input.placeholder).width, inner };
    });
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
    expect(fit.text).toBeLessThanOrEqual(fit.inner);
  });
}

// Canonical, Open Graph, hreflang, titles in the page's language.
test('every page type has an absolute canonical link, Open Graph tags and hreflang alternates', async ({ sitePage: page }) => {
  // The origin is the build's (SITE_URL), not necessarily the test server's.
  let site = '';
  for (const lang of LOCALES) {
    const other = LOCALES.find((l) => l !== lang)!;
    for (const path of [homeHref(lang), commandHref(lang, 'container-run'), guideHref(lang, 'volumes'), explainHref(lang), searchHref(lang), cheatsheetHref(lang), dockerfileHref(lang), dockerfileHref(lang, 'copy'), commandsHref(lang), guidesHref(lang)]) {
      await page.goto(path);
      const head = await page.evaluate(() => {
        const attr = (sel: string, name: string) => document.head.querySelector(sel)?.getAttribute(name) ?? null;
        return {
          canonical: attr('link[rel=canonical]', 'href'),
          // Each language's alternate (the first link naming it).
          alternates: [...document.head.querySelectorAll('link[rel=alternate][hreflang]')].reduce<Record<string, string | null>>((a, l) => ({ [l.getAttribute('hreflang')!]: l.getAttribute('href'), ...a }), {}),
          xDefault: attr('link[rel=alternate][hreflang=x-default]', 'href'),
          ogTitle: attr('meta[property="og:title"]', 'content'),
          ogDescription: attr('meta[property="og:description"]', 'content'),
          ogType: attr('meta[property="og:type"]', 'content'),
          ogUrl: attr('meta[property="og:url"]', 'content'),
          ogLocale: attr('meta[property="og:locale"]', 'content'),
          ogAlternate: attr('meta[property="og:locale:alternate"]', 'content'),
          title: document.title,
        };
      });
      const here = path.replace(/\?.*/, '');
      expect(head.canonical, path).toMatch(/^https?:\/\/[^/]+\//);
      site ||= new URL(head.canonical!).origin;
      expect(head.canonical, path).toBe(`${site}${here}`);
      expect(head.alternates[lang], path).toBe(`${site}${here}`);
      expect(head.alternates[other], path).toBe(`${site}${here.replace(`/${lang}/`, `/${other}/`)}`);
      expect(head.xDefault, path).toBe(`${site}${here.replace(`/${lang}/`, '/ko/')}`);
      expect(head.ogUrl, path).toBe(head.canonical);
      expect(head.ogTitle, path).toBe(head.title);
      expect(head.ogDescription?.length, path).toBeGreaterThan(10);
      expect(head.ogType, path).toBe('website');
      expect(head.ogLocale, path).toBe(lang === 'ko' ? 'ko_KR' : 'en_US');
      expect(head.ogAlternate, path).toBe(lang === 'ko' ? 'en_US' : 'ko_KR');
    }
  }
});

test('command page titles carry the summary in the page language', async ({ sitePage: page }) => {
  await page.goto(commandHref('ko', 'container-run'));
  await expect(page).toHaveTitle('docker container run: 이미지로 새 컨테이너를 만들고 실행합니다 · dockref');
  await page.goto(commandHref('en', 'container-run'));
  await expect(page).toHaveTitle(/^docker container run: Create and start a new container from an image · dockref$/);
  await page.goto(commandHref('ko', 'image-ls'));
  await expect(page).toHaveTitle(/^docker image ls: .*[가-힣].* · dockref$/);
});

test('the language switch keeps the query and the anchor', async ({ sitePage: page }) => {
  const sw = page.locator('[data-lang-switch]');
  await page.goto(searchHref('en', 'logs'));
  await expect(sw).toHaveAttribute('href', searchHref('ko', 'logs'));
  await page.goto(explainHref('ko', 'docker ps -a'));
  await expect(sw).toHaveAttribute('href', explainHref('en', 'docker ps -a'));
  await page.goto(commandHref('en', 'container-run', 'restart'));
  await expect(sw).toHaveAttribute('href', commandHref('ko', 'container-run', 'restart'));
  // A later jump inside the page moves the anchor too.
  await page.evaluate(() => (location.hash = '#flag-detach'));
  await expect(sw).toHaveAttribute('href', commandHref('ko', 'container-run', 'detach'));
  await sw.click();
  await page.waitForURL((url) => url.pathname === commandHref('ko', 'container-run') && url.hash === '#flag-detach');
});

test('without JavaScript the language switch still goes to the same page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(commandHref('en', 'container-run', 'restart'));
  await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', commandHref('ko', 'container-run'));
  await context.close();
});

test('the theme button goes round system, light, dark and back to the system, says which in the page language, and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(homeHref('ko'));
  const button = page.locator('theme-toggle button');
  const html = page.locator('html');
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await expect(button).toHaveAccessibleName('테마: 시스템 설정 따름');
  const systemDark = await bg();
  await button.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(button).toHaveAccessibleName('테마: 라이트');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(button).toHaveAccessibleName('테마: 라이트');
  await button.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(button).toHaveAccessibleName('테마: 다크');
  await button.click();
  await expect(html).not.toHaveAttribute('data-theme', /./);
  await expect(button).toHaveAccessibleName('테마: 시스템 설정 따름');
  expect(await page.evaluate(() => localStorage.getItem('dockref-theme'))).toBeNull();
  expect(await bg()).toBe(systemDark);
  // Following the system really follows it: the system turns light, so does the page.
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await bg()).not.toBe(systemDark);
  await page.goto(homeHref('en'));
  await expect(button).toHaveAccessibleName('Theme: same as the system');
});

// A strict Content-Security-Policy, with no page breaking it.
test('every page type runs under its Content-Security-Policy without a single violation', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (/content security policy/i.test(msg.text())) consoleErrors.push(msg.text());
  });
  for (const lang of LOCALES) {
    for (const path of [homeHref(lang), commandHref(lang, 'container-run'), guideHref(lang, 'volumes'), explainHref(lang, 'docker run --restart-always nginx'), searchHref(lang, 'logs'), cheatsheetHref(lang), dockerfileHref(lang)]) {
      await page.goto(path);
      // The policy is the first thing after <meta charset>, so it covers every script.
      const first = await page.evaluate(() => document.head.children[1]?.outerHTML ?? '');
      expect(first, path).toMatch(/^<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(first, path).toContain("object-src 'none'");
      if (path.includes('/search/')) await expect(page.locator('[data-search-results] a').first()).toBeVisible();
      if (path.includes('/explain/')) await expect(page.locator('[data-diagnostics] [data-severity]').first()).toBeVisible();
      // The islands ran: the theme button is shown only by its script.
      await expect(page.locator('theme-toggle button')).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), path).toEqual([]);
    }
  }
  expect(consoleErrors).toEqual([]);
});
