// Astro integration: the passes over dist/ after Astro has written it, in one integration so each
// page is read and written once.
//   1. Every page: each `<template data-defer>` component's module script moved into its template
//      (src/lib/defer-script.ts), then a Content-Security-Policy that allows its inline scripts by
//      hash (src/lib/csp.ts); dist/_headers gets the policy with every page's hashes.
//   2. Pagefind indexes the pages (its binary, run directly: the npm wrapper would only add a Node
//      process), then the Pagefind UIs no page loads are removed (pruneUnusedPagefind).
// Synchronous file access on purpose: the pages are small and many, and awaiting each read and write
// through libuv's thread pool cost more time than the passes themselves.
// Each pass logs `[dockref-NAME] … in N ms, cpu M ms`, which `npm run bench` reads as a build phase.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { headersFile, withCspMeta } from '../lib/csp.ts';
import { deferScripts } from '../lib/defer-script.ts';

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
  let deferred = 0;
  const files = htmlFiles(root);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    let next: string;
    try {
      next = deferScripts(html);
      if (next !== html) deferred++;
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

/** CPU time (user + system, ms) of this process and of its finished children (Linux; 0 for children elsewhere). */
function cpuMs(): { self: number; children: number } {
  const u = process.cpuUsage();
  let children = 0;
  try {
    // /proc/self/stat: fields 16 and 17 (cutime, cstime) in clock ticks, counted after the process name.
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
    children = ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    // Not Linux: the children's share is not known.
  }
  return { self: (u.user + u.system) / 1000, children };
}

/** Runs one pass and logs what it did with its wall-clock and CPU time (own and children's). */
function timed<T>(logger: AstroIntegrationLogger, run: () => T, say: (r: T) => string): T {
  const t0 = performance.now();
  const c0 = cpuMs();
  const r = run();
  const c1 = cpuMs();
  const cpu = c1.self - c0.self + (c1.children - c0.children);
  logger.info(`${say(r)} in ${Math.round(performance.now() - t0)} ms, cpu ${Math.round(cpu)} ms`);
  return r;
}

export function postBuild(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'dockref-post-build',
    hooks: {
      'astro:config:setup': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        timed(
          logger.fork('dockref-pages'),
          () => rewritePages(root),
          (r) => `deferred scripts on ${r.pages} pages (${r.deferred} had some), Content-Security-Policy on ${r.pages} pages, ${r.hashes.length} inline script hashes,`,
        );
        timed(
          logger.fork('dockref-pagefind'),
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
