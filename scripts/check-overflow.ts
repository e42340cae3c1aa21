// npm run --silent check:overflow [-- BASE_URL]: opens every page of the sitemap at 390 px in
// Chromium and lists each one that scrolls sideways (the document's scrollWidth beyond its
// clientWidth), naming the widest elements that cross the right edge. Exit 1 when one does.
// Needs a server of the built site: BASE_URL (or E2E_BASE_URL), default http://127.0.0.1:4321.
// tests/e2e/phone.spec.ts checks a sample of every page type in `npm test`; this walks them all.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = (process.argv[2] ?? process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4321').replace(/\/$/, '');
const WIDTH = Number(process.env.OVERFLOW_WIDTH ?? 390);

const res = await fetch(`${base}/sitemap.xml`).catch((e: Error) => {
  console.error(`check-overflow: cannot read ${base}/sitemap.xml (${e.message}); start a server first, e.g. npm run preview`);
  process.exit(2);
});
if (!res.ok) {
  console.error(`check-overflow: ${base}/sitemap.xml answered ${res.status}`);
  process.exit(2);
}
const paths = [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const OVERFLOW_PROBE = `(() => {
  const doc = document.documentElement;
  if (doc.scrollWidth <= doc.clientWidth) return null;
  const edge = doc.clientWidth;
  // The outermost elements that cross the edge, not every ancestor of them.
  // Inside a box that scrolls or clips (the phone navigation, a code block) is not the page's width.
  const clipped = (el) => { for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true; return false; };
  const crossing = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > edge + 0.5 && !clipped(el));
  const outer = crossing.filter((el) => !crossing.includes(el.parentElement)).slice(0, 3);
  const label = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '');
  return { width: doc.scrollWidth, culprits: outer.map((el) => label(el) + ' (right ' + Math.round(el.getBoundingClientRect().right) + ')') };
})()`;
// No service worker: it would cache every command page it sees, and layout does not depend on it.
const page = await browser.newPage({ viewport: { width: WIDTH, height: 844 }, serviceWorkers: 'block' });
const t0 = performance.now();
const wide: string[] = [];
for (const path of paths) {
  // The layout is there once the HTML and its stylesheet are; islands that add width run at once.
  await page.goto(base + path, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  // A string, not a function: tsx would wrap named helpers in a `__name` the page lacks.
  const r = (await page.evaluate(OVERFLOW_PROBE)) as { width: number; culprits: string[] } | null;
  if (r) wide.push(`${path}: ${r.width} px wide; ${r.culprits.join(', ')}`);
}
await browser.close();
const secs = ((performance.now() - t0) / 1000).toFixed(0);
if (wide.length) {
  console.log(`${wide.length}/${paths.length} pages scroll sideways at ${WIDTH} px (${secs} s):\n${wide.map((w) => `  ${w}`).join('\n')}`);
  process.exitCode = 1;
} else console.log(`0/${paths.length} pages scroll sideways at ${WIDTH} px (${secs} s)`);
