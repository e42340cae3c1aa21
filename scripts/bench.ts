// npm run bench [-- --no-build | --build-only [--root DIR]]: what the site costs to build and to load.
// Prints the cold build's phases with their times and peak memory (`--build-only` stops there),
// page count, dist size, first-load bytes per page type (the HTML plus every stylesheet and
// script it loads before first paint, each gzip-compressed as a server would send it),
// JavaScript per page, and the validator's throughput; then checks the
// budgets and exits 1 when one is exceeded. Not part of `npm test`: timings depend on the machine.
// `--build-only --root DIR` builds another checkout (its own build script, phases as far as it marks
// them) with this bench's measuring: an older commit side by side with this one, e.g.
// `git worktree add /tmp/base COMMIT` and `npm install` there, then alternate cold builds.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readChapters } from '../src/lib/content/files.ts';
import { cheatsheetHref, commandHref, explainHref, guideHref, homeHref, searchHref } from '../src/lib/routes.ts';
import { LOCALES, type Locale } from '../src/lib/i18n/locales.ts';

const rootAt = process.argv.indexOf('--root');
if (rootAt >= 0 && (!process.argv[rootAt + 1] || !process.argv.includes('--build-only'))) {
  throw new Error('--root DIR measures the build of another checkout: give the folder, and use it with --build-only');
}
const root = rootAt >= 0 ? resolve(process.argv[rootAt + 1]!) : fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'package.json'))) throw new Error(`${root}: no package.json (--root takes a checkout of the project)`);
const dist = join(root, 'dist');
const KB = 1024;

/** Compressed first-load budgets per page type, in bytes. */
const BUDGETS: Partial<Record<PageType, number>> = { home: 20 * KB, command: 12 * KB, guide: 20 * KB, explain: 20 * KB };
type PageType = 'home' | 'command' | 'guide' | 'explain' | 'search' | 'cheatsheet';
const PAGES: Record<PageType, (lang: Locale) => string> = {
  home: homeHref,
  command: (l) => commandHref(l, 'container-run'),
  guide: (l) => guideHref(l, 'running-containers'),
  explain: (l) => explainHref(l),
  search: (l) => searchHref(l),
  cheatsheet: cheatsheetHref,
};

const fmt = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * The build's phases: the steps of package.json's `build` script, run one by one as `npm run
 * build` runs them (split at `&&`, an `npm run X` step replaced by X's own script), so the bench
 * follows the build as it changes; and inside `astro build`, the phases it marks itself
 * (`[dockref-phase] NAME: … in N ms, cpu M ms`, src/integrations/post-build.ts): Astro's start-up,
 * each Vite bundle, the pages (the content check, which src/data/content.ts marks, apart: the
 * content registry's build and every check on it), the post-build pass over the pages, Pagefind.
 * What the marks do not cover (the process's exit, its other child processes) is `astro (rest)`.
 * Cold: dist/ and Astro's caches are deleted first. Wall clock and CPU time (user + system, of the
 * whole process tree) per phase: on a shared machine the CPU time is the steadier figure.
 */
interface Phase {
  name: string;
  seconds: number;
  cpuSeconds: number | null;
  peakMiB: number | null;
  detail?: string;
}

async function runPhase(name: string, cmd: string, args: string[]): Promise<Phase & { stdout: string }> {
  const time = '/usr/bin/time';
  const useTime = existsSync(time);
  const bin = join(root, 'node_modules/.bin');
  const t0 = performance.now();
  const child = spawn(useTime ? time : cmd, useTime ? ['-v', cmd, ...args] : args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${bin}:${process.env.PATH ?? ''}` },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code: number = await new Promise((res) => child.on('close', (c) => res(c ?? 1)));
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0) {
    process.stderr.write(stdout + stderr);
    throw new Error(`the build failed in its ${name} phase (exit ${code})`);
  }
  // GNU time: the largest single process's resident set, and the CPU time of the whole tree.
  const num = (re: RegExp) => {
    const m = re.exec(stderr);
    return m ? Number(m[1]) : null;
  };
  const rss = num(/Maximum resident set size \(kbytes\): (\d+)/);
  const user = num(/User time \(seconds\): ([\d.]+)/);
  const sys = num(/System time \(seconds\): ([\d.]+)/);
  return { name, seconds, stdout, cpuSeconds: user === null || sys === null ? null : user + sys, peakMiB: rss === null ? null : rss / 1024 };
}

/** Splits the astro step into the phases it marks, and the rest. */
function astroPhases(step: Phase & { stdout: string }): Phase[] {
  const plain = step.stdout.replace(/\x1b\[[0-9;]*m/g, '');
  const marks = [...plain.matchAll(/\[dockref-phase\] ([^:\n]+):([^\n]*?),? in (\d+) ms, cpu (\d+) ms/g)].map(
    (m): Phase => ({ name: m[1]!, seconds: Number(m[3]) / 1000, cpuSeconds: Number(m[4]) / 1000, peakMiB: null, detail: m[2]!.trim() || undefined }),
  );
  if (marks.length === 0) return [{ ...step, detail: 'no phase marks in its log' }];
  // The content check runs inside the pages' phase: that phase is shown without it.
  const check = marks.find((p) => p.name === 'content check');
  const phases = marks
    .filter((p) => p !== check)
    .flatMap((p) => {
      if (p.name !== 'pages' || !check) return [p];
      return [check, { ...p, name: 'pages', detail: 'rendering, without the content check', seconds: p.seconds - check.seconds, cpuSeconds: p.cpuSeconds! - check.cpuSeconds! }];
    });
  const sum = (f: (p: Phase) => number) => phases.reduce((n, p) => n + f(p), 0);
  phases.push({
    name: 'astro (rest)',
    seconds: step.seconds - sum((p) => p.seconds),
    cpuSeconds: step.cpuSeconds === null ? null : step.cpuSeconds - sum((p) => p.cpuSeconds ?? 0),
    peakMiB: step.peakMiB,
    detail: 'exit, and what no mark covers; peak memory: astro build',
  });
  return phases;
}

/** A build step's name in the report. */
function phaseName(step: string): string {
  if (/\bcheck-content\.ts\b/.test(step)) return 'content check';
  if (/\bastro build\b/.test(step)) return 'astro';
  if (/^pagefind\b/.test(step)) return 'pagefind';
  return step.split(/\s+/).slice(0, 2).join(' ');
}

/** The build script's steps, each an `npm run` of another script expanded into that script's own steps. */
function buildSteps(): string[] {
  const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
  const expand = (script: string, depth: number): string[] =>
    script.split(/\s*&&\s*/).flatMap((step) => {
      const npm = /^npm run (?:--silent )?([\w:-]+)$/.exec(step);
      if (npm && depth < 5) {
        const inner = scripts[npm[1]!];
        if (inner === undefined) throw new Error(`package.json's build runs the script ${npm[1]}, which is not defined`);
        return expand(inner, depth + 1);
      }
      return [step];
    });
  return expand(scripts.build ?? '', 0);
}

async function build(): Promise<Phase[]> {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(root, dir), { recursive: true, force: true });
  const phases: Phase[] = [];
  for (const step of buildSteps()) {
    const name = phaseName(step);
    const p = await runPhase(name, 'sh', ['-c', step]);
    if (name === 'astro') phases.push(...astroPhases(p));
    else phases.push(p);
  }
  return phases;
}

function printBuild(phases: Phase[]) {
  const cpu = (p: { cpuSeconds: number | null }) => (p.cpuSeconds === null ? '      ?' : `${p.cpuSeconds.toFixed(1).padStart(5)} s`);
  console.log('build phases (cold; wall clock, CPU user+system of the whole process tree, peak memory of the largest process):');
  for (const p of phases) {
    console.log(`  ${p.name.padEnd(16)} ${p.seconds.toFixed(1).padStart(5)} s  cpu ${cpu(p)}  ${p.peakMiB === null ? '' : `${p.peakMiB.toFixed(0)} MiB`}${p.detail ? `\n    ${p.detail}` : ''}`);
  }
  const total = phases.reduce((n, p) => n + p.seconds, 0);
  const totalCpu = phases.every((p) => p.cpuSeconds !== null) ? phases.reduce((n, p) => n + p.cpuSeconds!, 0) : null;
  console.log(`  ${'total'.padEnd(16)} ${total.toFixed(1).padStart(5)} s  cpu ${cpu({ cpuSeconds: totalCpu })}`);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

/** A built page's file for its URL path. */
const pageFile = (path: string) => join(dist, path.replace(/\?.*$/, ''), 'index.html');
/** A root-relative asset URL as a file in dist. */
const assetFile = (url: string, from: string) => (url.startsWith('/') ? join(dist, url) : resolve(dirname(from), url));

/** Every module a script pulls in before it runs: its static imports, transitively (not import()). */
function staticImports(file: string, seen: Set<string>) {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) staticImports(assetFile(m[1]!, file), seen);
}

interface Load {
  html: number;
  css: number;
  js: number;
  jsRaw: number;
  files: number;
}

function firstLoad(path: string): Load {
  const file = pageFile(path);
  const html = readFileSync(file, 'utf8');
  // A <template>'s scripts do not run until an island adds them (src/lib/defer-script.ts).
  const live = html.replace(/<template\b[^>]*>[\s\S]*?<\/template>/g, '');
  const css = new Set<string>();
  const js = new Set<string>();
  for (const m of live.matchAll(/<link\b[^>]*>/g)) {
    if (/\brel=["']?stylesheet/.test(m[0])) css.add(assetFile(/\bhref=["']?([^"'\s>]+)/.exec(m[0])![1]!, file));
  }
  for (const m of live.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc=["']?([^"'\s>]+)/.exec(m[1]!)?.[1];
    if (src) staticImports(assetFile(src, file), js);
    // An inline module's own imports load before it runs too.
    else for (const i of m[2]!.matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) staticImports(assetFile(i[1]!, file), js);
  }
  const size = (files: Set<string>, f: (b: Buffer) => number) => [...files].reduce((n, p) => n + f(readFileSync(p)), 0);
  const inlineJs = [...live.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  return { html: gz(html), css: size(css, gz), js: size(js, gz), jsRaw: size(js, (b) => b.length) + inlineJs, files: 1 + css.size + js.size };
}

function frameworkRuntimes(): string[] {
  const found: string[] = [];
  const signs: Array<[string, RegExp]> = [
    ['react', /\breact-dom\b|__SECRET_INTERNALS_DO_NOT_USE|react\.production/],
    ['preact', /\bpreact\b/],
    ['vue', /__VUE__|@vue\/runtime|\bcreateVNode\b/],
    ['svelte', /svelte\/internal|\bSvelteComponent\b/],
    ['astro island hydration', /<astro-island\b/],
  ];
  for (const file of walk(dist).filter((f) => /\.(m?js|html)$/.test(f) && !f.includes(`${join(dist, 'pagefind')}`))) {
    const text = readFileSync(file, 'utf8');
    for (const [name, re] of signs) if (re.test(text)) found.push(`${name} in ${file.slice(dist.length)}`);
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
    if (/^(react|react-dom|preact|vue|svelte|@astrojs\/(react|preact|vue|svelte|solid-js))$/.test(dep)) found.push(`${dep} in package.json`);
  }
  return found;
}

const noBuild = process.argv.includes('--no-build');
if (noBuild && !existsSync(dist)) throw new Error('no dist/: run without --no-build, or npm run build first');
const built = noBuild ? null : await build();
if (built && process.argv.includes('--build-only')) {
  printBuild(built);
  process.exit(0);
}

const files = walk(dist);
const pages = files.filter((f) => f.endsWith('.html'));
const distBytes = files.reduce((n, f) => n + statSync(f).size, 0);
const pagefindBytes = files.filter((f) => f.startsWith(join(dist, 'pagefind'))).reduce((n, f) => n + statSync(f).size, 0);

console.log('dockref bench');
if (built) printBuild(built);
else console.log('build: skipped (--no-build)');
console.log(`pages: ${pages.length}; dist: ${(distBytes / KB / KB).toFixed(1)} MiB in ${files.length} files (Pagefind index ${(pagefindBytes / KB / KB).toFixed(1)} MiB)`);
console.log('\nfirst load, gzip -9 (HTML + CSS + JS loaded before first paint; Pagefind loads later, on search):');
console.log('page type    lang  total      html      css       js        js raw    files  budget');
const failures: string[] = [];
for (const [type, href] of Object.entries(PAGES) as Array<[PageType, (l: Locale) => string]>) {
  for (const lang of LOCALES) {
    const path = href(lang);
    const l = firstLoad(path);
    const total = l.html + l.css + l.js;
    const budget = BUDGETS[type];
    const over = budget !== undefined && total > budget;
    if (over) failures.push(`${type} page ${path}: ${fmt(total)} compressed, budget ${fmt(budget)}`);
    console.log(
      [type.padEnd(12), lang.padEnd(5), fmt(total).padEnd(10), fmt(l.html).padEnd(9), fmt(l.css).padEnd(9), fmt(l.js).padEnd(9), fmt(l.jsRaw).padEnd(9), String(l.files).padEnd(6), budget ? `${fmt(budget)} ${over ? 'OVER' : 'ok'}` : '-'].join(' '),
    );
  }
}

// container-run is the heaviest command page (the most options); the spread over all of them:
for (const lang of LOCALES) {
  const dir = join(dist, lang, 'commands');
  const totals = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const l = firstLoad(commandHref(lang, e.name));
      return { slug: e.name, total: l.html + l.css + l.js };
    })
    .sort((a, b) => a.total - b.total);
  const median = totals[Math.floor(totals.length / 2)]!;
  const overList = totals.filter((t) => t.total > BUDGETS.command!);
  const over = overList.length;
  // Every command page is held to the budget, not only the heaviest.
  for (const t of overList) failures.push(`command page ${commandHref(lang, t.slug)}: ${fmt(t.total)} compressed, budget ${fmt(BUDGETS.command!)}`);
  console.log(`all ${totals.length} ${lang} command pages: median ${fmt(median.total)}, largest ${fmt(totals.at(-1)!.total)} (${totals.at(-1)!.slug}), ${over} over ${fmt(BUDGETS.command!)}`);
}

// Every chapter against the guide budget (a guide page's first load under 20 KB).
console.log('\nguide pages (total first load):');
for (const lang of LOCALES) {
  const rows = readChapters(root).map(({ slug: c }) => {
    const l = firstLoad(guideHref(lang, c));
    return { c, total: l.html + l.css + l.js };
  });
  console.log(`  ${lang}: ${rows.map((r) => `${r.c} ${fmt(r.total)}`).join(', ')}`);
  for (const r of rows) if (r.total > BUDGETS.guide!) failures.push(`guide page ${guideHref(lang, r.c)}: ${fmt(r.total)} compressed, budget ${fmt(BUDGETS.guide!)}`);
}

const frameworks = frameworkRuntimes();
console.log(`\nUI framework runtime in dist: ${frameworks.length ? frameworks.join(', ') : 'none'}`);
failures.push(...frameworks.map((f) => `UI framework runtime: ${f}`));

const v = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/bench-validator.ts')], { cwd: root, encoding: 'utf8' });
console.log(v.status === 0 ? v.stdout.trim() : `validator bench failed: ${v.stderr.trim()}`);

if (failures.length) {
  console.error(`\nbudgets exceeded:\n${[...new Set(failures)].map((f) => `  ${f}`).join("\n")}`);
  process.exitCode = 1;
} else console.log('\nbudgets: all within');
