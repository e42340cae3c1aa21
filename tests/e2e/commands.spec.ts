import { readdirSync, readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { LOCALES } from '../../src/lib/i18n/locales';
import { expect, openBuilder, test } from './helpers';

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

// The flags each plugin reference lists, read with equally simple patterns: the rows of
// a buildx page's generated options table, and a compose file's `- option:` entries (under
// `options:` and `inherited_options:`, unquoted: `"yes"`) that are not `hidden: true`.
const BUILDX = 'content/plugin-reference/buildx-v0.24.0';
const COMPOSE = 'content/plugin-reference/compose-v2.36.2';
// The pages document the newest releases: a page's `#flag-` rows are the newest
// reference's flags; what an older release listed and the newest does not is in `#removed-flag-` rows.
const BUILDX_NEWEST = 'content/plugin-reference/buildx-v0.36.1';
const COMPOSE_NEWEST = 'content/plugin-reference/compose-v5.5.0';
const DOCKER_NEWEST = 'content/cli-reference/docker-29.7.2';
/** The flags of a docker/cli reference page (same table format as buildx's); [] when the release has no page. */
function flagsInDockerPage(slug: string): string[] {
  const file = `${DOCKER_NEWEST}/${slug === 'docker' ? 'docker' : slug.replace(/-/g, '_')}.md`;
  try {
    return flagsInBuildxPage(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
}
interface HistoryFlag { since?: string; removed?: string }
const history = JSON.parse(readFileSync('src/generated/release-history.json', 'utf8')) as Record<'docker' | 'buildx' | 'compose', { commands: Record<string, { removed?: string; flags: Record<string, HistoryFlag> }> }>;
const projectOf = (slug: string) => (slug.startsWith('buildx') ? 'buildx' : slug.startsWith('compose') ? 'compose' : 'docker');
const historyOf = (slug: string) => history[projectOf(slug)].commands[slug];
/** Flags of the command the newest reference no longer lists (none on a removed command's page, which keeps them in its table). */
const removedFlags = (slug: string) => (historyOf(slug)?.removed ? [] : Object.entries(historyOf(slug)?.flags ?? {}).filter(([, f]) => f.removed).map(([l]) => l));
function flagsInBuildxPage(md: string): string[] {
  const block = md.slice(md.indexOf('### Options'), md.indexOf('<!---MARKER_GEN_END-->'));
  if (!md.includes('### Options')) return [];
  return [...block.matchAll(/^\| (?:\[?`-\w`\]?(?:\(#[\w-]+\))?, )?\[?`--([a-z0-9][\w-]*)`/gm)].map((m) => m[1] ?? '').sort();
}
function flagsInComposeFile(yaml: string): string[] {
  return [...yaml.matchAll(/^ {4}- option: (\S+)\n((?: {6}.*\n)*)/gm)].filter((m) => !/^ {6}hidden: true$/m.test(m[2] ?? '')).map((m) => (m[1] ?? '').replace(/^"(.*)"$/, '$1')).filter((f, i, a) => a.indexOf(f) === i).sort();
}
// The compose commands with a page: the root and what its `cname` lists (hidden ones are not listed).
const composeRoot = readFileSync(`${COMPOSE}/docker_compose.yaml`, 'utf8');
const composeFiles = ['docker_compose.yaml', ...[...composeRoot.matchAll(/^ {4}- docker compose ([a-z-]+)$/gm)].map((m) => `docker_compose_${m[1]}.yaml`)];
const pluginPages = [
  ...readdirSync(BUILDX).filter((f) => f.endsWith('.md')).map((f) => ({ slug: f.replace(/\.md$/, '').replace(/_/g, '-'), plugin: 'buildx v0.24.0', file: f, flags: flagsInBuildxPage(readFileSync(`${BUILDX_NEWEST}/${f}`, 'utf8')) })),
  ...composeFiles.map((f) => ({ slug: f.replace(/^docker_/, '').replace(/\.yaml$/, '').replace(/_/g, '-'), plugin: 'compose v2.36.2', file: f, flags: flagsInComposeFile(readFileSync(`${COMPOSE_NEWEST}/${f}`, 'utf8')) })),
];

test('there is a reference page for every buildx and compose command (28 and 34)', () => {
  expect(pluginPages.filter((p) => p.plugin.startsWith('buildx'))).toHaveLength(28);
  expect(pluginPages.filter((p) => p.plugin.startsWith('compose'))).toHaveLength(34);
  expect(pluginPages.find((p) => p.slug === 'buildx-build')?.flags).toContain('secret');
  expect(pluginPages.find((p) => p.slug === 'compose')?.flags).toContain('project-directory');
});

/**
 * A command page's HTML; for a long option table (src/lib/catalog/option-pages.ts) with its options
 * page's HTML after it, where the table's rows are. Every part the page loads in place must be on
 * that page.
 */
async function commandPageHtml(request: APIRequestContext, path: string): Promise<{ ok: boolean; status: number; html: string }> {
  const res = await request.get(path);
  const html = await res.text();
  const index = /data-in-place="([^"]+\/options\/)"/.exec(html)?.[1];
  if (!res.ok() || !index) return { ok: res.ok(), status: res.status(), html };
  const full = await request.get(index);
  const fullHtml = await full.text();
  for (const m of html.matchAll(/data-in-place="([^"]+)" data-part="([^"]+)"/g)) if (m[1] === index) expect(fullHtml, `${path}: ${index} holds the part ${m[2]}`).toContain(`data-part="${m[2]}"`);
  return { ok: full.ok(), status: full.status(), html: `${html}\n${fullHtml}` };
}

/** Fetches a command page and records where its `#flag-` rows or its language differ from `flags`; the page's HTML, or null when it did not load. */
async function checkFlagRows(request: APIRequestContext, lang: string, slug: string, flags: string[], source: string, mismatches: string[]): Promise<string | null> {
  const res = await commandPageHtml(request, `/${lang}/commands/${slug}/`);
  if (!res.ok) {
    mismatches.push(`${slug}: HTTP ${res.status}`);
    return null;
  }
  const html = res.html;
  const rows = [...html.matchAll(/<tr[^>]*\bid="flag-([^"]+)"/g)].map((m) => m[1] ?? '').sort();
  if (rows.join(' ') !== flags.join(' ')) mismatches.push(`${slug}: page [${rows.join(' ')}] vs ${source} [${flags.join(' ')}]`);
  if (!html.includes(`<html lang="${lang}"`)) mismatches.push(`${slug}: html lang is not ${lang}`);
  return html;
}

for (const lang of LOCALES) {
  test(`${lang}: every buildx and compose page has exactly the flags the newest reference lists, and names the reference`, async ({ request }) => {
    test.setTimeout(120_000);
    const mismatches: string[] = [];
    for (const { slug, plugin, file, flags } of pluginPages) {
      const html = await checkFlagRows(request, lang, slug, flags, 'reference', mismatches);
      if (html === null) continue;
      const [name, version] = plugin.split(' ');
      if (!new RegExp(`data-source="${name}-reference"[^>]*>[^<]*${name} ${version}`).test(html)) mismatches.push(`${slug}: does not name the ${plugin} reference`);
      // Readers see the upstream project, tag and file, not where this repository keeps its copy.
      if (!html.includes(`docker/${name} ${version}, docs/reference/${file}`)) mismatches.push(`${slug}: does not name docker/${name} ${version}, docs/reference/${file}`);
      if (html.includes('content/plugin-reference') || html.includes('content/cli-reference')) mismatches.push(`${slug}: shows a path inside this repository`);
    }
    expect(mismatches).toEqual([]);
  });

  test(`${lang}: image build shows BuildKit's options first and the legacy builder's second`, async ({ request }) => {
    const { html } = await commandPageHtml(request, `/${lang}/commands/image-build/`);
    const buildkit = [...html.matchAll(/<tr[^>]*\bid="flag-([^"]+)"/g)].map((m) => m[1] ?? '').sort();
    const legacy = [...html.matchAll(/<tr[^>]*\bid="legacy-flag-([^"]+)"/g)].map((m) => m[1] ?? '').sort();
    expect(buildkit).toEqual(flagsInBuildxPage(readFileSync(`${BUILDX_NEWEST}/buildx_build.md`, 'utf8')));
    expect(legacy).toEqual(snapshots.find((s) => s.slug === 'image-build')?.flags.filter((f) => !removedFlags('image-build').includes(f)));
    expect(html.indexOf('data-builder-table="buildkit"')).toBeLessThan(html.indexOf('data-builder-table="legacy"'));
    expect(html).toContain('DOCKER_BUILDKIT=0');
  });
}

for (const lang of LOCALES) {
  test(`${lang}: every command page has a row for every flag of the Docker 29.7.2 reference, and its help's others`, async ({ request }) => {
    test.setTimeout(120_000);
    const mismatches: string[] = [];
    for (const { slug, flags } of snapshots) {
      // image build lists BuildKit's options as its `#flag-` rows; its help's are the `#legacy-flag-` rows (tested below).
      if (slug === 'image-build') continue;
      const gone = removedFlags(slug);
      const want = [...new Set([...flagsInDockerPage(slug), ...flags.filter((f) => !gone.includes(f))])].sort();
      const html = await checkFlagRows(request, lang, slug, want, '29.7.2 reference + help', mismatches);
      if (html === null) continue;
      const removedRows = [...html.matchAll(/<tr[^>]*\bid="removed-flag-([^"]+)"/g)].map((m) => m[1] ?? '').sort();
      if (removedRows.join(' ') !== [...gone].sort().join(' ')) mismatches.push(`${slug}: removed rows [${removedRows.join(' ')}] vs history [${gone.join(' ')}]`);
    }
    expect(mismatches).toEqual([]);
  });

  test(`${lang}: every option row's data-since and data-removed match the release history`, async ({ request }) => {
    test.setTimeout(120_000);
    const wrong: string[] = [];
    let rows = 0;
    for (const slug of [...snapshots.map((s) => s.slug), ...pluginPages.map((p) => p.slug)]) {
      const { html } = await commandPageHtml(request, `/${lang}/commands/${slug}/`);
      for (const m of html.matchAll(/<tr id="(legacy-|removed-)?flag-([^"]+)" data-flag="[^"]+"( data-since="([^"]+)")?( data-removed="([^"]+)")?/g)) {
        rows++;
        // image build: BuildKit's rows follow buildx's history, the legacy and removed rows docker/cli's.
        const owner = slug === 'image-build' && !m[1] ? 'buildx-build' : slug;
        const f = historyOf(owner)?.flags[m[2] ?? ''];
        if ((m[4] ?? '') !== (f?.since ?? '') || (m[6] ?? '') !== (f?.removed ?? '')) wrong.push(`${slug} ${m[1] ?? ''}--${m[2]}: since=${m[4] ?? '-'} removed=${m[6] ?? '-'}, history ${JSON.stringify(f ?? null)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(rows).toBeGreaterThan(1200);
  });

  test(`${lang}: removed commands keep a page that says so, and the footer names the releases`, async ({ request }) => {
    for (const slug of ['trust', 'trust-sign', 'trust-inspect', 'trust-signer-add']) {
      const html = await (await request.get(`/${lang}/commands/${slug}/`)).text();
      expect(html, slug).toMatch(/data-command-removed="29\.0"/);
      expect(html).toContain(lang === 'ko' ? 'Docker 29.0부터는 이 명령어를 문서화하지 않습니다' : 'Docker 29.0 no longer documents this command');
    }
    const run = (await commandPageHtml(request, `/${lang}/commands/container-run/`)).html;
    expect(run).toMatch(/<tr id="flag-use-api-socket" data-flag="use-api-socket" data-since="28\.1">/);
    expect(run).toMatch(/<tr id="removed-flag-disable-content-trust" data-flag="disable-content-trust" data-removed="29\.0">/);
    expect(run).toContain(lang === 'ko' ? '28.1부터' : 'since 28.1');
    expect(run).toContain(lang === 'ko' ? '29.0부터 문서에 없음' : 'no longer documented since 29.0');
    expect(run).toMatch(/data-documented-releases>[^<]*29\.7\.2[^<]*0\.36\.1[^<]*5\.5\.0/);
  });

  test(`${lang}: the commands index links every command`, async ({ sitePage: page }) => {
    await page.goto(`/${lang}/commands/`);
    const hrefs = await page.locator('[data-command-item] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(151 + 28 + 34);
    expect(hrefs).toContain(`/${lang}/commands/buildx-build/`);
    expect(hrefs).toContain(`/${lang}/commands/compose-up/`);
    expect(hrefs).toContain(`/${lang}/commands/container-run/`);
  });
}

test('container run: the option row for --restart shows its type, default and a Korean description', async ({ sitePage: page }) => {
  await page.goto('/ko/commands/container-run/#flag-restart');
  const row = page.locator('#flag-restart');
  await expect(row).toBeVisible();
  await expect(row.locator('th')).toHaveText('--restart');
  // The value type in Korean (문자열 beside 불리언), the CLI's own name kept in data-type.
  await expect(row.locator('td').nth(0)).toHaveText('문자열');
  await expect(row.locator('td').nth(0).locator('[data-type]')).toHaveAttribute('data-type', 'string');
  await expect(row.locator('td').nth(1)).toHaveText('"no"');
  await expect(row.locator('td').nth(2)).toContainText('재시작');
  await expect(page.locator('h1')).toHaveText('docker container run');
  // `docker run` users land here: the alias forms are on the page.
  await expect(page.locator('.aliases')).toContainText('docker run');
});

test('a long option table: #flag- lands on its row, loaded in place with JavaScript; without it the section links to the options page', async ({ sitePage: page, browser }) => {
  await page.goto('/en/commands/container-run/#flag-env');
  const row = page.locator('tr#flag-env');
  await expect(row).toBeInViewport();
  await expect(row.locator('td').nth(2)).toContainText('environment');
  // The removed options' rows load the same way.
  await page.goto('/en/commands/container-run/#removed-flag-kernel-memory');
  await expect(page.locator('tr#removed-flag-kernel-memory')).toBeInViewport();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto('/ko/commands/container-run/');
  await plain.locator('#options ~ [data-in-place] a').click();
  await expect(plain).toHaveURL(/\/ko\/commands\/container-run\/options\/$/);
  await plain.goto('/ko/commands/container-run/options/#flag-env');
  await expect(plain.locator('tr#flag-env')).toBeInViewport();
  await context.close();
});

test('many examples: the first few on the command page, the rest loaded in place (#example-N lands on it); without JavaScript a link to the examples page', async ({ sitePage: page, browser }) => {
  await page.goto('/ko/commands/container-run/');
  const shown = await page.locator('#examples ~ .catalog-example').count();
  expect(shown).toBeGreaterThan(3);
  expect(shown).toBeLessThan(19);
  // Scrolling near them brings the rest, with working copy buttons and unique tooltip ids.
  await page.locator('[data-in-place][data-part="more-examples"]').scrollIntoViewIfNeeded();
  await expect(page.locator('.catalog-example')).toHaveCount(19);
  await expect(page.locator('#example-19 ~ figure copy-button button')).toBeVisible();
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.length).toBe(new Set(ids).size);
  for (const id of await page.locator('[aria-describedby]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-describedby')))) expect(await page.locator(`[id="${id}"]`).count(), id!).toBe(1);
  await page.goto('/en/commands/container-run/#example-15');
  await expect(page.locator('#example-15')).toBeInViewport();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto('/ko/commands/container-run/');
  await plain.locator('[data-part="more-examples"] a').click();
  await expect(plain).toHaveURL(/\/ko\/commands\/container-run\/examples\/#example-\d+$/);
  await expect(plain.locator('.catalog-example')).toHaveCount(19);
  await context.close();
});

for (const lang of LOCALES) {
  test(`${lang}: a long page's notes load in place (#note-N lands on one); without JavaScript the notes heading links to them`, async ({ sitePage: page, browser }) => {
    // container run (many examples) and image build (a long option table): notes on the examples page.
    for (const slug of ['container-run', 'image-build']) {
      await page.goto(`/${lang}/commands/${slug}/`);
      await expect(page.locator('#notes')).toBeVisible();
      expect(await page.locator('.note-block').count()).toBe(0);
      await page.locator('[data-in-place][data-part="notes"]').scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator('#notes ~ [data-part="notes"] .note-block').count()).toBeGreaterThan(1);
      await expect(page.locator('#note-1 a')).toHaveAttribute('href', '#note-1');
    }
    await page.goto(`/${lang}/commands/container-run/#note-3`);
    await expect(page.locator('#note-3')).toBeInViewport();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`/${lang}/commands/container-run/`);
    await plain.locator('[data-part="notes"] a').click();
    await expect(plain).toHaveURL(new RegExp(`/${lang}/commands/container-run/examples/#notes$`));
    await expect(plain.locator('#notes')).toBeInViewport();
    expect(await plain.locator('.note-block').count()).toBeGreaterThan(4);
    await context.close();
  });
}

test('a long "used in guides" list: the guides on the command page, every section loaded in place; without JavaScript a link to the full list', async ({ sitePage: page, browser }) => {
  await page.goto('/ko/commands/container-run/');
  const guides = await page.locator('#used-in ~ [data-in-place] [data-used-in="guides"] li').count();
  expect(guides).toBeGreaterThan(1);
  await page.locator('[data-in-place][data-part="used-in"]').scrollIntoViewIfNeeded();
  const sections = page.locator('[data-part="used-in"][data-used-in] li');
  await expect.poll(() => sections.count()).toBeGreaterThan(8);
  expect(await page.locator('[data-in-place]').count()).toBeLessThan(3);
  await expect(sections.first().locator('a')).toHaveAttribute('href', /^\/ko\/guides\/[^/]+\/#.+/);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto('/en/commands/container-run/');
  await plain.locator('[data-part="used-in"] p a').click();
  await expect(plain).toHaveURL(/\/en\/commands\/container-run\/examples\/#used-in$/);
  expect(await plain.locator('[data-used-in] li').count()).toBeGreaterThan(8);
  await context.close();
});

test('no Korean command page shows an English fallback option description (captured and plugin commands)', async ({ request }) => {
  // Read straight from the generated specs (Playwright's loader cannot import JSON modules).
  type Spec = { slug: string; hidden?: boolean };
  const captured = JSON.parse(readFileSync('src/generated/cli-spec.json', 'utf8')) as { root: Spec; commands: Spec[] };
  const plugins = JSON.parse(readFileSync('src/generated/plugin-spec.json', 'utf8')) as { plugins: Array<{ root: Spec; commands: Spec[] }> };
  const slugs = [captured.root, ...captured.commands, ...plugins.plugins.flatMap((p) => [p.root, ...p.commands])].filter((c) => !c.hidden).map((c) => c.slug);
  expect(slugs.length).toBeGreaterThan(200);
  const fallbacks: string[] = [];
  for (const slug of slugs) {
    const { html } = await commandPageHtml(request, `/ko/commands/${slug}/`);
    const n = (html.match(/class="untranslated"/g) ?? []).length;
    if (n > 0) fallbacks.push(`${slug}: ${n}`);
  }
  expect(fallbacks).toEqual([]);
});

test('the language switch keeps the command page', async ({ sitePage: page }) => {
  await page.goto('/ko/commands/network-create/');
  await page.locator('[data-lang-switch]').click();
  await page.waitForURL('**/en/commands/network-create/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the commands index filter narrows the list as you type', async ({ sitePage: page }) => {
  await page.goto('/en/commands/');
  await page.getByLabel('Filter commands').fill('ps');
  await expect(page.locator('[data-command-item]:visible')).not.toHaveCount(151 + 28 + 34);
  await expect(page.locator('[data-command-item]:visible a', { hasText: 'docker container ls' })).toBeVisible();
});

// Flag docs in code blocks: every highlighted docker command links its command words and
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
    const hrefs = [...html.matchAll(/<a[^>]*href="([^"]+)"[^>]*class="flag-doc[ "]|<a[^>]*class="flag-doc[ "][^>]*href="([^"]+)"/g)].map((m) => (m[1] ?? m[2]) as string);
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

// The command builder (DESIGN.md `[data-builder]`, `[data-builder-output]`).
test('the builder on container-run makes a valid command from -d, -p 8080:80 and nginx, and copies exactly the preview', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void w.__copied.push(t) }, configurable: true });
  });
  await page.goto('/en/commands/container-run/');
  const builder = await openBuilder(page);
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

test('on a Korean page the builder names value types in Korean, in the page and in the options it adds', async ({ sitePage: page }) => {
  await page.goto('/ko/commands/container-run/');
  const builder = await openBuilder(page);
  await expect(builder.locator('[data-builder-rest] [data-flag="memory"]')).toHaveCount(1);
  await expect(builder.locator('[data-flag="name"] .b-type')).toHaveText('문자열');
  await expect(builder.locator('[data-builder-rest] [data-flag="memory"] .b-type')).toHaveText('바이트 크기');
  const types = await builder.locator('.b-field .b-type[data-type]').allTextContents();
  expect(types.filter((t) => /^(string|list|stringArray|map|duration|bytes|int|uint\d*)$/.test(t.trim()))).toEqual([]);
  // The release picker gets the older releases once the builder runs.
  expect(await builder.locator('[data-release-picker] option').count()).toBeGreaterThan(5);
});

test('the builder is a closed fold that draws its form when opened, and without JavaScript a link to the options table', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/ko/commands/container-run/');
    const section = page.locator('[data-builder-section]');
    // The form is not in the page until a reader asks for it (page weight).
    await expect(section.locator('.b-form')).toHaveCount(0);
    await expect(section.locator('.b-open')).toBeVisible({ visible: javaScriptEnabled });
    const link = section.locator('.b-nojs a[href="#options"]');
    await expect(link).toBeVisible({ visible: !javaScriptEnabled });
    if (!javaScriptEnabled) {
      await link.click();
      await expect(page.locator('#options')).toBeInViewport();
    } else {
      const builder = await openBuilder(page);
      await expect(builder.locator('[data-arg="IMAGE"]')).toBeVisible();
      await expect(builder.locator('.b-common [data-flag="detach"]')).toHaveCount(1);
    }
    await context.close();
  }
});

test('every section heading of a command page links to itself', async ({ sitePage: page }) => {
  for (const path of ['/ko/commands/container-run/', '/en/commands/buildx-build/', '/ko/commands/image/']) {
    await page.goto(path);
    const headings = await page.locator('article :is(h2, h3)').evaluateAll((hs) => hs.map((h) => ({ id: h.id, href: h.querySelector(':scope > a[href^="#"]')?.getAttribute('href') ?? null, name: h.textContent?.trim() ?? '' })));
    expect(headings.length, path).toBeGreaterThan(3);
    for (const h of headings) {
      expect(h.id, `${path}: "${h.name}" has an id`).not.toBe('');
      expect(h.href, `${path}: "${h.name}"`).toBe(`#${h.id}`);
    }
  }
});

test('a command page has one table of contents: a sidebar at 1280 px, a fold at the top on a phone, the first example high', async ({ sitePage: page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/ko/commands/container-run/');
  // One element for both widths (page weight): the list is written once.
  await expect(page.locator('.toc')).toHaveCount(1);
  const toc = page.locator('details.toc');
  const list = toc.locator('nav');
  // Closed, yet its list shows beside the content.
  await expect(toc).not.toHaveAttribute('open');
  await expect(list).toBeVisible();
  const box = (await toc.boundingBox())!;
  const article = (await page.locator('article.command-page').boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(article.x);
  const targets = await list.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(targets).toContain('#examples');
  expect(targets).toContain('#options');
  for (const t of targets) expect(await page.locator(t).count(), t).toBe(1);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(toc).toBeVisible();
  await expect(list).toBeHidden();
  await toc.locator('summary').click();
  await toc.getByRole('link', { name: '옵션', exact: true }).click();
  await expect(page.locator('#options')).toBeInViewport();
  await page.goto('/ko/commands/container-run/');
  const top = await page.locator('.catalog-example').first().evaluate((e) => e.getBoundingClientRect().top + scrollY);
  expect(top).toBeLessThan(900);
});
