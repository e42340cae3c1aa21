// Astro integration: the passes over dist/ after Astro has written it, in one integration so each
// page is read and written once.
//   1. Every page: each `<template data-defer>` component's module script moved into its template
//      (src/lib/defer-script.ts), its stylesheets joined into one (src/lib/merge-styles.ts), then a Content-Security-Policy that allows its inline scripts by
//      hash (src/lib/csp.ts); dist/_headers gets the policy with every page's hashes.
//      Each command's spec slice file is cut out of its language's spec/all.json (splitSpecSlices).
//   2. Pagefind indexes the pages (its binary, run directly: the npm wrapper would only add a Node
//      process), then the Pagefind UIs no page loads are removed (pruneUnusedPagefind).
// Synchronous file access on purpose: the pages are small and many, and awaiting each read and write
// through libuv's thread pool cost more time than the passes themselves.
// It also marks the end of each phase of the build with its wall-clock and CPU time (mark()).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, withCspMeta } from '../lib/csp.ts';
import { deferScripts } from '../lib/defer-script.ts';
import { mergeStyles } from '../lib/merge-styles.ts';
import { splitFlagTips } from '../lib/flag-tips.ts';
import { LOCALES } from '../lib/i18n/locales.ts';

/** Every built page under a directory, in a stable order. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(path));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** The page passes on dist/: deferred scripts, then the CSP meta; returns what they did. */
export function rewritePages(root: string): { pages: number; deferred: number; hashes: string[] } {
  const all = new Set<string>();
  const styles = new Set<string>();
  let deferred = 0;
  const files = htmlFiles(root);
  // Every page of a type links the same site-wide stylesheet: read once.
  const sheets = new Map<string, string>();
  const readSheet = (path: string) => {
    let css = sheets.get(path);
    if (css === undefined) sheets.set(path, (css = readFileSync(join(root, path), 'utf8')));
    return css;
  };
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    let next: string;
    try {
      next = deferScripts(html);
      if (next !== html) deferred++;
      // One stylesheet per page type: the site-wide one and the page's inline rules (src/lib/merge-styles.ts).
      const merged = mergeStyles(next, readSheet);
      if (merged) {
        next = merged.html;
        if (!styles.has(merged.file)) writeFileSync(join(root, merged.file), merged.css);
        styles.add(merged.file);
      }
      // Flag tooltips to a file beside the page, loaded on demand (src/lib/flag-tips.ts).
      const tips = splitFlagTips(next);
      if (tips) {
        next = tips.html;
        writeFileSync(join(file, '..', 'tips.json'), JSON.stringify(tips.tips));
      }
      const csp = withCspMeta(next);
      for (const h of csp.hashes) all.add(h);
      next = csp.html;
    } catch (e) {
      throw new Error(`${file}: ${(e as Error).message}`);
    }
    writeFileSync(file, next);
  }
  writeFileSync(join(root, '_headers'), headersFile([...all].sort()));
  return { pages: files.length, deferred, hashes: [...all] };
}

/**
 * Writes each command's spec slice file (/{lang}/spec/{slug}.json) from /{lang}/spec/all.json, which
 * holds every slice by slug (src/pages/[lang]/spec/all.json.ts): the bytes are those the one-command
 * route writes in `astro dev` (JSON.stringify of the same slice). Throws when a language has no
 * all.json, which would leave the explain page and the builder without their slices.
 */
export function splitSpecSlices(root: string, langs: readonly string[]): number {
  let written = 0;
  for (const lang of langs) {
    const all = join(root, lang, 'spec', 'all.json');
    if (!existsSync(all)) throw new Error(`${all} not found: the build wrote no spec slices for ${lang} (src/pages/[lang]/spec/all.json.ts)`);
    for (const [slug, slice] of Object.entries(JSON.parse(readFileSync(all, 'utf8')) as Record<string, unknown>)) {
      writeFileSync(join(root, lang, 'spec', `${slug}.json`), JSON.stringify(slice));
      written++;
    }
  }
  return written;
}

/**
 * Pagefind's prebuilt UIs (default, modular, component) and its highlight script, about 430 KB:
 * the site calls pagefind.js from its own search island (src/islands/site-search.ts), which fetches
 * the entry, meta, index, fragment and wasm files and starts pagefind-worker.js, and never these.
 * Pagefind 1.6 has no option to leave them out, so they are deleted by name.
 */
export const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Removes the unused Pagefind files from `dir` (a Pagefind bundle). Throws when there is no bundle,
 * or when a UI file it does not know is left (a later Pagefind: add it to the list if no page uses
 * it). A listed name missing from the bundle is returned in `missing`, to be reported.
 */
export function pruneUnusedPagefind(dir: string): { bytes: number; missing: string[] } {
  if (!existsSync(join(dir, 'pagefind.js'))) throw new Error(`${dir}/pagefind.js not found: Pagefind wrote no bundle`);
  let bytes = 0;
  const missing: string[] = [];
  for (const name of UNUSED_PAGEFIND_FILES) {
    const file = join(dir, name);
    if (!existsSync(file)) {
      missing.push(name);
      continue;
    }
    bytes += statSync(file).size;
    rmSync(file);
  }
  const left = readdirSync(dir).filter((n) => /^pagefind-.*ui|highlight/.test(n));
  if (left.length > 0) throw new Error(`unknown Pagefind UI files left in ${dir}: ${left.join(', ')}; add them to UNUSED_PAGEFIND_FILES in src/integrations/post-build.ts if no page uses them`);
  return { bytes, missing };
}

/**
 * The Pagefind binary, found as Pagefind's npm wrapper finds it (pagefind/lib/resolveBinary.js,
 * which the package does not export): PAGEFIND_BINARY_PATH, else the platform package
 * `@pagefind/<platform>-<cpu>` that npm installed beside `pagefind`, extended build first.
 */
export function pagefindBinary(projectRoot: string): string {
  const names = ['pagefind_extended', 'pagefind'];
  for (const name of names) {
    const fromEnv = process.env[`${name.toUpperCase()}_BINARY_PATH`];
    if (fromEnv) return fromEnv;
  }
  const os = platform() === 'win32' ? 'windows' : platform();
  const req = createRequire(join(projectRoot, 'package.json'));
  for (const name of names) {
    try {
      return req.resolve(`@pagefind/${os}-${process.env.npm_config_arch || arch()}/bin/${name}${os === 'windows' ? '.exe' : ''}`);
    } catch {
      // Try the next name.
    }
  }
  throw new Error(`no Pagefind binary for ${os}-${arch()} in node_modules/@pagefind/: run npm install (or set PAGEFIND_BINARY_PATH)`);
}

/** CPU time (user + system, ms) of this process (every thread) and of its finished children (Linux; 0 for children elsewhere). */
function cpuMs(): number {
  const u = process.cpuUsage();
  let children = 0;
  try {
    // /proc/self/stat: cutime and cstime, in clock ticks, are the 14th and 15th fields after the process name.
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
    children = ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    // Not Linux: the children's share is not known.
  }
  return (u.user + u.system) / 1000 + children;
}

/**
 * The build's phases as they end: `[dockref-phase] NAME: … in N ms, cpu M ms`, each since the
 * previous mark (the first since the process started), which `npm run bench` reads.
 */
let previous = { wall: 0, cpu: 0 };
function mark(name: string, what = ''): void {
  const now = { wall: performance.now(), cpu: cpuMs() };
  console.log(`[dockref-phase] ${name}:${what ? ` ${what}` : ''} in ${Math.round(now.wall - previous.wall)} ms, cpu ${Math.round(now.cpu - previous.cpu)} ms`);
  previous = now;
}

/** Runs one pass and marks its end with what it did. */
function timed<T>(name: string, run: () => T, say: (r: T) => string): T {
  const r = run();
  mark(name, say(r));
  return r;
}

export function postBuild(): AstroIntegration {
  let projectRoot = process.cwd();
  let building = false;
  return {
    name: 'dockref-post-build',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        projectRoot = fileURLToPath(config.root);
        if (command !== 'build') return;
        // The end of each of Vite's bundles (the pages' server bundle, the islands' client bundle).
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dockref:phase-marks',
                closeBundle() {
                  // Vite also calls this when a server closes (Astro's set-up runs one): only the build's bundles count.
                  if (building) mark(`vite ${this.environment?.name ?? ''}`.trim());
                },
              },
            ],
          },
        });
      },
      'astro:build:start': () => {
        building = true;
        mark('start-up', 'Astro, its configuration and its set-up');
      },
      'astro:build:generated': () => mark('pages', 'every page rendered'),
      'astro:build:done': ({ dir }) => {
        mark('astro', 'assets copied');
        const root = fileURLToPath(dir);
        timed(
          'post-build',
          () => ({ ...rewritePages(root), slices: splitSpecSlices(root, LOCALES) }),
          (r) =>
            `deferred scripts on ${r.pages} pages (${r.deferred} had some), Content-Security-Policy on ${r.pages} pages, ${r.hashes.length} inline script hashes, ${r.slices} spec slice files,`,
        );
        timed(
          'pagefind',
          () => {
            const bin = pagefindBinary(projectRoot);
            const r = spawnSync(bin, ['--site', root, '--silent'], { stdio: ['ignore', 'inherit', 'inherit'] });
            if (r.error) throw new Error(`Pagefind could not run (${bin}): ${r.error.message}`);
            if (r.status !== 0) throw new Error(`Pagefind failed (exit ${r.status ?? r.signal}) indexing ${root}`);
            return pruneUnusedPagefind(join(root, 'pagefind'));
          },
          (r) =>
            `indexed the pages, removed the unused UIs (${(r.bytes / 1024).toFixed(0)} KB)${r.missing.length ? `; not in the bundle (a newer Pagefind?): ${r.missing.join(', ')}` : ''}`,
        );
      },
    },
  };
}
