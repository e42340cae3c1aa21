// npm run bench:search [-- --no-build] [--lang ko|en] [--half tune|held|held2|held3] [--verbose]
//
// The search benchmark: builds the site (or reuses dist/ with --no-build),
// serves dist/ on 127.0.0.1:$BENCH_PORT (default 4411), types every query of
// tests/fixtures/search/queries.{ko,en}.tsv (the tuning half), heldout.{ko,en}.tsv (the held-out
// half, never tuned on), heldout2.{ko,en}.tsv (a second held-out set, written later from the CLI
// help before that round's tuning) and heldout3.{ko,en}.tsv (a third, written blind to the index) into the real search page in Chromium and prints, per language and half,
// hit@1, hit@5, MRR, the number of queries without results and the median latency from the input
// event to the first rendered result (debounce included): cold = the first query on a freshly
// loaded page (the first ten queries), warm = the others, typed one after another. Then, per language: the header's quick
// search, warm (median over 40 queries typed one after another into the same box), and the size
// of the task index, raw and gzip.
//
// Query files: `query<TAB>expected[,expected...]`, `#` comments. An expected item is
// - a command slug (`container-logs`): any result leading to that command's page counts (the page
//   itself, one of its option rows or flag answers);
// - a flag answer, `slug#long-flag` (`container-run#env`): only a result leading to that option
//   row (`/{lang}/commands/container-run/#flag-env`) counts: a flag answer or the row itself;
// - a path under the language (`dockerfile/from`, `guides/images#push`; a guide without
//   `#anchor` accepts any of its sections).
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { matches, readQueries, SEARCH_SETS, setFile, type Query } from './lib/search-sets.ts';
import { LOCALES, type Locale } from '../src/lib/i18n/locales.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const verbose = args.includes('--verbose');
const langArg = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : null;
const LANGS = (langArg ? [langArg] : LOCALES) as readonly Locale[];
const halfArg = args.includes('--half') ? args[args.indexOf('--half') + 1] : null;
const HALVES = SEARCH_SETS.filter((h) => !halfArg || h.name === halfArg);
const PORT = Number(process.env.BENCH_PORT ?? 4411);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = join(DIST, decodeURIComponent(url.pathname));
    if (!file.startsWith(DIST)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(PORT, '127.0.0.1', () => ok(server)));
}

interface Run {
  ms: number;
  hrefs: string[];
}

// Runs in the page; one href per result (its first link). A string, not a function: tsx (esbuild) would wrap named functions in a
// `__name` helper the page does not have.
const RUN_IN_PAGE = `(query) => new Promise((done, fail) => {
  const input = document.querySelector('#search-page-input');
  const host = document.querySelector('site-search');
  const list = document.querySelector('[data-search-results]');
  let first = -1;
  let t0 = 0;
  const timer = setTimeout(() => fail(new Error('timeout: ' + query)), 15000);
  // The page shows the query cleaned (NFKC, one space): wait for any new query, not the raw text.
  list.dataset.query = '\u0000pending';
  const obs = new MutationObserver(() => {
    // '' is the page's own first run (no ?q=) finishing on a freshly loaded page, not this query's.
    if (list.dataset.query === '\u0000pending' || list.dataset.query === '') return;
    if (first < 0) first = performance.now() - t0;
    if (host.dataset.state === 'done') {
      obs.disconnect();
      clearTimeout(timer);
      done({ ms: first, hrefs: [...list.children].map((li) => li.querySelector('a')?.getAttribute('href') || '') });
    }
  });
  obs.observe(host, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-query', 'data-state'] });
  input.value = query;
  t0 = performance.now();
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

// The header's quick search: types the query into the box and waits for its listbox to show it.
const QUICK_IN_PAGE = `(query) => new Promise((done, fail) => {
  const input = document.querySelector('#site-search');
  const list = document.querySelector('quick-search [role="listbox"]');
  const t0 = performance.now();
  const timer = setTimeout(() => fail(new Error('quick search timeout: ' + query)), 15000);
  list.dataset.query = '\u0000pending';
  const obs = new MutationObserver(() => {
    if (list.dataset.query === '\u0000pending') return;
    obs.disconnect();
    clearTimeout(timer);
    done({ ms: performance.now() - t0, hrefs: [...list.children].map((li) => li.dataset.href || '') });
  });
  obs.observe(list, { childList: true, attributes: true, attributeFilter: ['data-query'] });
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

/** Types `q` into the search page's field and waits for its results (task index and Pagefind). */
async function runQuery(page: Page, q: string): Promise<Run> {
  return page.evaluate(`(${RUN_IN_PAGE})(${JSON.stringify(q)})`) as Promise<Run>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  if (!noBuild) {
    const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) {
      console.error('bench:search: npm run build failed (content checks?); building without them to measure search anyway');
      const a = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
      const p = spawnSync('npx', ['pagefind', '--site', 'dist', '--silent'], { cwd: ROOT, stdio: 'inherit' });
      if (a.status !== 0 || p.status !== 0) process.exit(1);
    }
  }
  if (!existsSync(join(DIST, 'ko', 'search', 'index.html'))) throw new Error('dist/ has no search page: run without --no-build');
  const server = await serve();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const rows: string[] = [];
  const problems: string[] = [];
  const f = (x: number) => x.toFixed(3);
  try {
    for (const lang of LANGS) {
      const all: Query[] = [];
      for (const half of HALVES) {
        const queries = readQueries(setFile(ROOT, half.base, lang));
        all.push(...queries);
        const context = await browser.newContext();
        const page = await context.newPage();
        let hit1 = 0;
        let hit5 = 0;
        let rr = 0;
        let empty = 0;
        const cold: number[] = [];
        const warm: number[] = [];
        await page.goto(`${base}/${lang}/search/`);
        for (const [i, query] of queries.entries()) {
          // The first ten queries on a freshly loaded page (cold), the rest one after another (warm).
          if (i < 10) {
            await page.goto(`${base}/${lang}/search/`);
            // The page's own first run (no ?q=) must be over, or typing races it (it would answer '').
            await page.waitForFunction(() => document.querySelector('site-search')?.getAttribute('data-state') === 'done');
          }
          const r = await runQuery(page, query.q);
          (i < 10 ? cold : warm).push(r.ms);
          const rank = r.hrefs.findIndex((h) => query.expected.some((e) => matches(h, e, lang)));
          if (r.hrefs.length === 0) empty++;
          if (rank === 0) hit1++;
          if (rank >= 0 && rank < 5) hit5++;
          if (rank >= 0) rr += 1 / (rank + 1);
          if (verbose && rank !== 0) console.log(`${lang} ${half.name} miss@${rank < 0 ? '-' : rank + 1}\t${query.q}\t${query.expected.join(',')}\t${r.hrefs.slice(0, 3).join(' ')}`);
        }
        await context.close();
        const n = queries.length;
        rows.push(
          `${lang}  ${half.name}  queries ${n}  hit@1 ${f(hit1 / n)}  hit@5 ${f(hit5 / n)}  MRR ${f(rr / n)}  no-result ${empty}  page cold ${median(cold).toFixed(0)} ms  page warm ${median(warm).toFixed(0)} ms`,
        );
        if (hit1 / n < 0.85) problems.push(`${lang} ${half.name} hit@1 < 0.85`);
        if (hit5 / n < 0.95) problems.push(`${lang} ${half.name} hit@5 < 0.95`);
        if (empty > 0) problems.push(`${lang} ${half.name}: ${empty} queries without results`);
      }

      // The header's quick search on a command page, warm: the box has loaded its index already.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/${lang}/commands/`);
      await page.focus('#site-search');
      await page.evaluate(`(${QUICK_IN_PAGE})(${JSON.stringify('docker')})`);
      const quick: number[] = [];
      for (const query of all.filter((_, i) => i % Math.max(1, Math.floor(all.length / 40)) === 0).slice(0, 40)) {
        quick.push(((await page.evaluate(`(${QUICK_IN_PAGE})(${JSON.stringify(query.q)})`)) as Run).ms);
      }
      await context.close();
      const index = readFileSync(join(DIST, lang, 'search-index.json'));
      const gz = gzipSync(index, { level: 9 }).length;
      rows.push(
        `${lang}  quick search warm: median ${median(quick).toFixed(0)} ms, max ${Math.max(...quick).toFixed(0)} ms (${quick.length} queries, 40 ms debounce included)  index ${(index.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip`,
      );
      if (median(quick) > 100) problems.push(`${lang} quick search warm median > 100 ms`);
      if (gz > 80 * 1024) problems.push(`${lang} index > 80 KB gzip`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(rows.join('\n'));
  console.log(problems.length ? `targets (hit@1 >= 0.85, hit@5 >= 0.95, no-result 0, quick warm <= 100 ms, index <= 80 KB gzip) NOT all met: ${problems.join('; ')}` : 'targets met');
}

await main();
