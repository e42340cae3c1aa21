// Page weight as a visitor's first load sees it: the HTML, the module scripts it loads
// at once (and their static imports) and its stylesheets, each compressed with gzip -9. Dynamic
// imports (the validator behind the explain page, the builder) are listed apart: they load on
// demand. Run after `npm run build`: `npm run --silent bench:weight [-- PAGE...]`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/ko/explain/', '/en/explain/', '/ko/commands/container-ls/', '/ko/commands/container-run/', '/ko/', '/ko/guides/containers/'];
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const read = (url: string) => readFileSync(join(DIST, url.replace(/^\//, '')));

function scriptsOf(js: string): { static: string[]; dynamic: string[] } {
  const st = [...js.matchAll(/(?:import|from)\s*["'](\.{0,2}\/[^"']+\.js)["']/g)].map((m) => m[1] as string);
  // Vite lists a dynamic import's chunks in `__vite__mapDeps` (paths from the site root, no slash).
  const dyn = [...js.matchAll(/["'](_astro\/[^"']+\.js)["']/g)].map((m) => `/${m[1] as string}`);
  return { static: st, dynamic: dyn };
}

for (const page of pages) {
  const file = join(DIST, page, 'index.html');
  if (!existsSync(file)) {
    console.log(`${page}: not built`);
    continue;
  }
  const html = readFileSync(file, 'utf8');
  // A <template>'s scripts do not run until an island adds them (src/lib/defer-script.ts): on demand.
  const live = html.replace(/<template\b[^>]*>[\s\S]*?<\/template>/g, '');
  const deferred = [...html.matchAll(/<template\b[^>]*>[\s\S]*?<\/template>/g)].flatMap((t) => [...t[0].matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1] as string));
  const seen = new Set<string>();
  const lazy = new Set<string>(deferred);
  let total = gz(html);
  const rows = [`html ${gz(html)}`];
  const queue = [...live.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1] as string);
  for (const m of live.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) for (const d of scriptsOf(m[1] as string).dynamic) lazy.add(d.replace(/^\.\//, '/_astro/'));
  for (const m of live.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) queue.push(m[1] as string);
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (seen.has(url)) continue;
    seen.add(url);
    const body = read(url);
    total += gz(body);
    rows.push(`${url} ${gz(body)}`);
    if (url.endsWith('.js')) {
      const s = scriptsOf(body.toString('utf8'));
      const base = url.slice(0, url.lastIndexOf('/') + 1);
      for (const d of s.static) queue.push(d.startsWith('/') ? d : base + d.replace(/^\.\//, ''));
      for (const d of s.dynamic) lazy.add(d.startsWith('/') ? d : base + d.replace(/^\.\//, ''));
    }
  }
  // What a deferred script pulls in loads on demand too.
  for (const u of deferred) {
    const st = scriptsOf(read(u).toString('utf8'));
    const base = u.slice(0, u.lastIndexOf('/') + 1);
    for (const d of [...st.static, ...st.dynamic]) lazy.add(d.startsWith('/') ? d : base + d.replace(/^\.\//, ''));
  }
  const lazyRows = [...lazy].filter((u) => !seen.has(u) && existsSync(join(DIST, u))).map((u) => `${u} ${gz(read(u))}`);
  console.log(`${page}: first load ${(total / 1024).toFixed(1)} KB gzip (${rows.join(', ')})${lazyRows.length ? `; on demand: ${lazyRows.join(', ')}` : ''}`);
}
