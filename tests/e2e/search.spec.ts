import { LOCALES } from '../../src/lib/i18n/locales';
import { dataFor, expect, expectNoAxeViolations, test } from './helpers';

test('ko: a task phrase with particles finds the command page', async ({ sitePage: page }) => {
  await page.goto('/ko/search/?q=' + encodeURIComponent('컨테이너를 실행'));
  const links = page.locator('[data-search-results] a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.slice(0, 5).some((h) => h.includes('/ko/commands/container-run/'))).toBe(true);
  // Korean pages only: Pagefind loads the index of the page's <html lang>.
  expect(hrefs.every((h) => h.startsWith('/ko/'))).toBe(true);
});

test('en: searching a flag finds the command that has it', async ({ sitePage: page }) => {
  await page.goto('/en/search/?q=publish');
  const links = page.locator('[data-search-results] a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs).toContain('/en/commands/container-run/');
  expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
});

test('the header search box leads to the results page', async ({ sitePage: page }) => {
  await page.goto('/en/');
  await page.locator('#site-search').fill('prune');
  await page.locator('#site-search').press('Enter');
  await page.waitForURL('**/en/search/?q=prune');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
});

test('typing on the results page updates results and the URL', async ({ sitePage: page }) => {
  await page.goto('/en/search/');
  await page.locator('#search-page-input').fill('volume');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await expect(page).toHaveURL(/q=volume/);
});

for (const lang of LOCALES) {
  test(`${lang}: text typed before the search script arrives is kept, searched and put in the URL`, async ({ page }) => {
    const query = lang === 'ko' ? '볼륨' : 'volume';
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/**/*.js', async (route) => {
      await held;
      await route.continue();
    });
    // Module scripts hold DOMContentLoaded back, so the page is used as soon as its field is there.
    await page.goto(`/${lang}/search/`, { waitUntil: 'commit' });
    await page.locator('#search-page-input').fill(query);
    release();
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    await expect(page.locator('#search-page-input')).toHaveValue(query);
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(query)}`));
  });
}

test('a query with no match says so', async ({ sitePage: page }) => {
  await page.goto('/en/search/?q=zzqqxxnotathing');
  await expect(page.locator('.search-status')).toContainText('Nothing found');
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
});

test('the search page has no axe violations', async ({ sitePage: page }) => {
  await page.goto('/ko/search/?q=' + encodeURIComponent('로그'));
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

// Task search, results a person can act on, quick search in the header.
// (A task of the command itself: a query naming what one option does gets that option's answer first.)
const COPY = { ko: '컨테이너 로그 보기', en: 'show container logs' } as const;

for (const lang of LOCALES) {
  test(`${lang}: a task query puts the command first, with its type, task and a copyable example`, async ({ sitePage: page }) => {
    const query = dataFor(COPY, lang);
    await page.goto(`/${lang}/search/?q=` + encodeURIComponent(query));
    const first = page.locator('[data-search-results] > li').first();
    await expect(first.locator('a').first()).toHaveAttribute('href', `/${lang}/commands/container-logs/`);
    await expect(first.locator('.hit-kind')).toHaveText(lang === 'ko' ? '명령어' : 'Command');
    await expect(first.locator('.hit-task')).not.toBeEmpty();
    await expect(first.locator('copy-button')).toHaveAttribute('data-copy-text', /^docker container logs/);
    // ?q= round-trips: the field shows the query and a new query lands in the URL.
    await expect(page.locator('#search-page-input')).toHaveValue(query);
    await page.locator('#search-page-input').fill('docker ps');
    await expect(page).toHaveURL(/q=docker\+ps|q=docker%20ps/);
    await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', `/${lang}/commands/container-ls/`);
  });

  test(`${lang}: typing in the quick search shows results and Enter opens the command page`, async ({ sitePage: page }) => {
    await page.goto(`/${lang}/commands/`);
    const box = page.locator('#site-search');
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await box.pressSequentially('docker ps');
    const options = page.locator('#site-search-list [role="option"]');
    await expect(options.first()).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expectNoAxeViolations(page);
    await box.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await page.waitForURL(`**/${lang}/commands/container-ls/`);
  });

  test(`${lang}: Ctrl+K focuses the quick search and Escape closes its list`, async ({ sitePage: page }) => {
    await page.goto(`/${lang}/`);
    await page.keyboard.press('Control+k');
    const box = page.locator('#site-search');
    await expect(box).toBeFocused();
    await box.pressSequentially(lang === 'ko' ? '이미지 삭제' : 'remove image');
    await expect(page.locator('#site-search-list')).toBeVisible();
    await box.press('Escape');
    await expect(page.locator('#site-search-list')).toBeHidden();
  });

  test(`${lang}: Escape right after typing keeps the list shut (the search the last keystroke started does not reopen it)`, async ({ sitePage: page }) => {
    await page.goto(`/${lang}/`);
    const box = page.locator('#site-search');
    const list = page.locator('#site-search-list');
    await box.fill(lang === 'ko' ? '로그' : 'logs');
    await expect(list).toBeVisible();
    // A new query and Escape before the typing pause (40 ms) is over, as a fast typist does.
    await box.fill(lang === 'ko' ? '이미지 삭제' : 'remove image');
    await box.press('Escape');
    await expect(list).toBeHidden();
    // Longer than the pause and a search: nothing opens it again.
    await page.waitForTimeout(500);
    await expect(list).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  test(`${lang}: no results leads onward (similar commands, the commands index, explain)`, async ({ sitePage: page }) => {
    await page.goto(`/${lang}/search/?q=` + encodeURIComponent('docker zzqqxx'));
    await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('[data-search-results] li:not(.kind-p)')).toHaveCount(0);
    const none = page.locator('.search-none');
    await expect(none.locator(`a[href="/${lang}/commands/"]`)).toBeVisible();
    await expect(none.locator(`a[href^="/${lang}/explain/?cmd="]`)).toBeVisible();
    await expect(none.locator('.search-suggest a').first()).toHaveAttribute('href', new RegExp(`^/${lang}/commands/`));
    await expectNoAxeViolations(page);
  });

  test(`${lang}: a flag query leads to the option rows that define it`, async ({ sitePage: page }) => {
    await page.goto(`/${lang}/search/?q=--rm`);
    await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', `/${lang}/commands/container-run/#flag-rm`);
  });
}

test('a command page loads no search index or search code until the box is used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/ko/commands/container-run/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => /search-index\.json|engine\.|pagefind/.test(u))).toEqual([]);
  await page.locator('#site-search').focus();
  await expect.poll(() => requests.some((u) => u.includes('/ko/search-index.json'))).toBe(true);
});

test('when Pagefind cannot load, the task results stand and the status does not stay "Searching…"', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/en/search/?q=list%20running%20containers');
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', '/en/commands/container-ls/');
  await expect(page.locator('.search-status')).not.toContainText('Searching');
});

// Flag answers, the table, the home filter: long and hostile queries.
const FLAG = {
  ko: { q: '환경변수 넘기기', cmd: 'docker container run --rm -e TZ=Asia/Seoul alpine:3.21 date' },
  en: { q: 'set environment variable', cmd: 'docker container run --rm -e TZ=Asia/Seoul alpine:3.21 date' },
} as const;

const TABLE: Array<[string, string, string]> = [
  ['ko', '환경변수 넘기기', '/ko/commands/container-run/#flag-env'],
  ['en', 'set environment variable', '/en/commands/container-run/#flag-env'],
  ['ko', '포트 연결', '/ko/commands/container-run/#flag-publish'],
  ['en', 'map a port', '/en/commands/container-run/#flag-publish'],
  ['ko', '컨테이너 재시작 자동', '/ko/commands/container-run/#flag-restart'],
  ['en', 'restart container automatically', '/en/commands/container-run/#flag-restart'],
  ['en', 'remove all stopped containers', '/en/commands/container-prune/'],
  // A flag answer of the logs command counts for it (the issue says the flag answer counts).
  ['ko', '컨테이너 로그들을 출력한다', '/ko/commands/container-logs/'],
];

test('the issue table: the needed answer comes first on the search page and in the quick search', async ({ sitePage: page }) => {
  test.setTimeout(180_000);
  for (const [lang, q, href] of TABLE) {
    await page.goto(`/${lang}/search/?q=` + encodeURIComponent(q));
    const first = page.locator('[data-search-results] > li').first().locator('a').first();
    if (href.includes('#')) await expect(first, q).toHaveAttribute('href', href);
    else await expect(first, q).toHaveAttribute('href', new RegExp(`^${href}(#flag-[a-z-]+)?$`));
  }
  for (const [lang, q, href] of TABLE) {
    await page.goto(`/${lang}/commands/`);
    await page.locator('#site-search').fill(q);
    const option = page.locator('#site-search-list [role="option"]').first();
    if (href.includes('#')) await expect(option, q).toHaveAttribute('data-href', href);
    else await expect(option, q).toHaveAttribute('data-href', new RegExp(`^${href}(#flag-[a-z-]+)?$`));
  }
});

for (const lang of LOCALES) {
  test(`${lang}: a flag answer copies exactly its command and links to its option row`, async ({ page, context }) => {
    const flag = dataFor(FLAG, lang);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/${lang}/search/?q=` + encodeURIComponent(flag.q));
    const first = page.locator('[data-search-results] > li').first();
    await expect(first).toHaveAttribute('data-flag-answer', '');
    await expect(first.locator('.hit-kind')).toHaveText(lang === 'ko' ? '옵션' : 'Option');
    await expect(first.locator('pre code')).toHaveText(flag.cmd);
    await first.locator('copy-button button').click();
    await expect(first.locator('copy-button')).toHaveAttribute('data-copied', 'true');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(flag.cmd);
    const link = first.locator('a').first();
    await expect(link).toHaveAttribute('href', `/${lang}/commands/container-run/#flag-env`);
    await link.click();
    await page.waitForURL(`**/${lang}/commands/container-run/#flag-env`);
    const row = page.locator('#flag-env');
    await expect(row).toBeVisible();
    await expect(row).toBeInViewport();
    await expect(row).toContainText('--env');
  });

  test(`${lang}: a 100k-character query answers at once with "query too long", on both searches`, async ({ sitePage: page }) => {
    const long = 'a'.repeat(100_000);
    await page.goto(`/${lang}/search/`);
    const t0 = Date.now();
    await page.locator('#search-page-input').fill(long);
    await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('.search-status')).toContainText(lang === 'ko' ? '검색어가 너무 깁니다' : 'too long');
    const spaces = `이름${' '.repeat(40_000)}x`;
    await page.locator('#search-page-input').fill(spaces);
    await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('.search-status')).toContainText(lang === 'ko' ? '검색어가 너무 깁니다' : 'too long');
    console.log(`${lang}: search page, 100k characters then 40k spaces after 이름: ${Date.now() - t0} ms`);
    await page.locator('#site-search').fill(long);
    await expect(page.locator('quick-search [role="status"]')).toContainText(lang === 'ko' ? '검색어가 너무 깁니다' : 'too long');
  });

  test(`${lang}: bidi controls from ?q= are never shown, full-width letters are read as ASCII`, async ({ sitePage: page }) => {
    await page.goto(`/${lang}/search/?q=` + encodeURIComponent('\u202eｄｏｃｋｅｒ ｐｓ\u202c'));
    await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    const status = await page.locator('.search-status').textContent();
    expect(status).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(status).toContain('docker ps');
    await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', `/${lang}/commands/container-ls/`);
  });

  test(`${lang}: a two-letter query with no answer still leads somewhere`, async ({ sitePage: page }) => {
    await page.goto(`/${lang}/search/?q=qz`);
    await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
    const hits = await page.locator('[data-search-results] li').count();
    if (hits === 0) {
      await expect(page.locator('.search-none .search-suggest a').first()).toBeVisible();
      await expect(page.locator(`.search-none a[href^="/${lang}/explain/?cmd="]`)).toBeVisible();
    }
    await page.goto(`/${lang}/commands/`);
    await page.locator('#site-search').fill('qz');
    await expect(page.locator('#site-search-list [role="option"]').first()).toBeVisible();
  });
}

test('ko: the home filter with 로그 shows the logs rows first and no 로그인 row', async ({ sitePage: page }) => {
  await page.goto('/ko/');
  await page.locator('#sheet-filter').fill('로그');
  const rows = page.locator('[data-filter-item]:not([hidden])');
  await expect(rows.first()).toBeVisible();
  // The filter's script loads on the box's first focus, then filters what was typed.
  await expect(page.locator('[data-filter-item][hidden]').first()).toBeAttached();
  const texts = await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.searchText ?? ''));
  expect(texts[0]).toContain('docker container logs');
  expect(texts.some((t) => /로그인|로그아웃|프로그램/.test(t.split('docker')[0] ?? ''))).toBe(false);
  expect(texts.some((t) => t.includes('docker login'))).toBe(false);
  // Clearing the box puts every row back in its order.
  await page.locator('#sheet-filter').fill('');
  await expect(page.locator('[data-filter-item][hidden]')).toHaveCount(0);
});

test('en: the home filter with logs shows the logs rows first', async ({ sitePage: page }) => {
  await page.goto('/en/');
  await page.locator('#sheet-filter').fill('logs');
  const rows = page.locator('[data-filter-item]:not([hidden])');
  await expect(rows.first()).toBeVisible();
  // The filter's script loads on the box's first focus, then filters what was typed.
  await expect(page.locator('[data-filter-item][hidden]').first()).toBeAttached();
  const texts = await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.searchText ?? ''));
  expect(texts[0]).toContain('docker container logs');
  expect(texts.some((t) => t.includes('docker login'))).toBe(false);
});

// A task set in a Dockerfile leads to the instruction's page; the same task without it stays the
// option of docker run.
const DOCKERFILE_TASKS = {
  ko: [['Dockerfile에서 환경 변수 설정', '/ko/dockerfile/env/'], ['환경 변수 넘기기', '/ko/commands/container-run/#flag-env']],
  en: [['set working directory in dockerfile', '/en/dockerfile/workdir/'], ['pass environment variable', '/en/commands/container-run/#flag-env']],
} as const;

for (const lang of LOCALES) {
  test(`${lang}: a Dockerfile task puts the instruction first, the same task at run time the run option`, async ({ sitePage: page }) => {
    for (const [q, href] of dataFor(DOCKERFILE_TASKS, lang)) {
      await page.goto(`/${lang}/search/?q=` + encodeURIComponent(q));
      await expect(page.locator('[data-search-results] > li').first().locator('a').first()).toHaveAttribute('href', href);
    }
  });
}
