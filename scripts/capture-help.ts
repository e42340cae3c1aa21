// Captures the installed Docker CLI's `--help` output into committed snapshots:
// content/cli-help/docker-<version>/<slug>.txt, one per canonical command, plus index.json.
// Usage: npm run capture-help [-- --out DIR]
//
// The walk starts at `docker --help`, follows every command section of the root and every
// group's command lists, and captures each canonical command once (`docker run` and
// `docker container run` are one command; it is captured as `docker container run`, the first form
// on its Aliases: line). Output is deterministic: the same CLI gives byte-identical files, and a
// re-run that changes nothing keeps the previous capture date.
import { commandSlug } from '../src/lib/routes.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAliases } from '../src/lib/cli-spec/parse-aliases.ts';
import { isCommandSection, parseSubcommands } from '../src/lib/cli-spec/parse-subcommands.ts';
import { parseUsage } from '../src/lib/cli-spec/parse-usage.ts';
import { splitSections } from '../src/lib/cli-spec/split-sections.ts';
import { runDocker, runDockerAsync } from './lib/docker-exec.ts';
import { PLUGIN_REFERENCES } from '../src/lib/cli-spec/plugins.ts';

/** The one machine-specific text in the help: the throw-away HOME inside `--config`-style defaults. */
export const HOME_PLACEHOLDER = '~';
export const SUBSTITUTION_NOTE =
  'The throw-away HOME the CLI ran with (it appears in the root help\'s --config and --tls* defaults) is written as "~", so those defaults read "~/.docker..."';

export interface CapturedCommand {
  /** Path the help was captured at, without `docker` (the canonical path). */
  path: string[];
  canonicalPath: string[];
  slug: string;
  /** Every form on the Aliases: line (empty when the help prints none). */
  aliases: string[][];
  kind: 'leaf' | 'group';
}

export interface HelpIndex {
  $generated: string;
  version: string;
  /** Date (YYYY-MM-DD) of the capture that last changed a snapshot. */
  captured: string;
  substitution: { text: string; replacement: string; note: string };
  counts: { commands: number; leaves: number; groups: number };
  /** The root first, then every command sorted by slug. */
  commands: CapturedCommand[];
}

export interface Capture {
  version: string;
  /** File name (`container-run.txt`) to help text, already substituted. */
  files: Map<string, string>;
  commands: CapturedCommand[];
  /** How many `docker ... --help` runs the walk took. */
  runs: number;
}

/** Where the help of one capture differs by machine; replaced by HOME_PLACEHOLDER. */
function scrub(text: string, home: string): string {
  return text.split(home).join(HOME_PLACEHOLDER);
}

async function helpOf(path: string[]): Promise<string> {
  const r = await runDockerAsync([...path, '--help']);
  if (r.status !== 0 || r.timedOut) {
    throw new Error(`\`docker ${[...path, '--help'].join(' ')}\` failed (status ${String(r.status)}${r.timedOut ? ', timed out' : ''}): ${r.stderr.trim()}`);
  }
  // stdout only: `docker build --help` prints a DEPRECATED notice on stderr, which is not help.
  if (!r.stdout.startsWith('Usage:')) throw new Error(`\`docker ${path.join(' ')} --help\` did not print a help text: ${JSON.stringify(r.stdout.slice(0, 200))}`);
  return scrub(r.stdout, r.home);
}

export function dockerVersion(): string {
  const r = runDocker(['--version']);
  const m = /^Docker version (\S+?),/.exec(r.stdout);
  if (r.status !== 0 || !m?.[1]) throw new Error(`could not read the Docker CLI version from \`docker --version\`: ${JSON.stringify(r.stdout || r.stderr)}`);
  return m[1];
}


/** How many `docker --help` processes run at once. */
const PARALLEL = 4;

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const k = next++;
      out[k] = await fn(items[k] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Walks the installed CLI level by level (each level's helps fetched in parallel, then handled in
 * order, so the result does not depend on timing); returns every canonical command's help text.
 *
 * The root's plain command lists (`Common Commands:`, `Commands:`) are mostly shortcuts
 * (`docker ps` is `docker container ls`), so they are walked last: by then the groups' Aliases:
 * lines have named most of them, and only the rest (`docker version`, `docker login`...) need a
 * `--help` call of their own. That saves about 40 of some 190 docker runs.
 */
export async function captureHelp(): Promise<Capture> {
  const version = dockerVersion();
  const files = new Map<string, string>();
  const bySlug = new Map<string, CapturedCommand>();
  const visited = new Set<string>();
  /** Every alias form of a captured command. */
  const known = new Set<string>();
  let level: string[][] = [[]];
  let deferred: string[][] = [];
  visited.add('');
  let runs = 0;
  while (level.length > 0) {
    runs += level.length;
    const texts = await mapLimited(level, PARALLEL, helpOf);
    const nextLevel: string[][] = [];
    const queue = (p: string[]) => {
      if (visited.has(p.join(' '))) return;
      visited.add(p.join(' '));
      nextLevel.push(p);
    };
    level.forEach((path, k) => {
      const text = texts[k] ?? '';
      const blocks = splitSections(text);
      const aliasSection = blocks.sections.find((s) => s.heading === 'Aliases');
      const aliases = aliasSection ? parseAliases(aliasSection) : [];
      const canonical = aliases[0] ?? parseUsage(blocks.usage[0] ?? '').path.slice(1);
      if (canonical.join(' ') !== path.join(' ')) {
        // Reached through a shortcut: capture the canonical form's own help instead, whose usage
        // line names the canonical path.
        queue(canonical);
        return;
      }
      const slug = commandSlug(canonical);
      const lists = blocks.sections.filter((s) => isCommandSection(s.heading));
      files.set(`${slug}.txt`, text);
      bySlug.set(slug, { path: canonical, canonicalPath: canonical, slug, aliases, kind: lists.length > 0 ? 'group' : 'leaf' });
      for (const a of aliases) known.add(a.join(' '));
      for (const list of lists) {
        const later = canonical.length === 0 && (list.heading === 'Commands' || list.heading === 'Common Commands');
        for (const sub of parseSubcommands(list)) {
          // Plugins (`buildx*`, `compose*` where installed) come from their references; the
          // plugin half of the capture (capture-plugins.ts) compares their live help with those.
          if (canonical.length === 0 && PLUGIN_REFERENCES.some((p) => p.name === sub.name.replace(/\*$/, ''))) continue;
          if (later) deferred.push([sub.name]);
          else queue([...canonical, sub.name]);
        }
      }
    });
    level = nextLevel;
    if (level.length === 0 && deferred.length > 0) {
      for (const p of deferred) if (!known.has(p.join(' '))) queue(p);
      deferred = [];
      level = nextLevel;
    }
  }
  const root = bySlug.get('docker');
  if (!root) throw new Error('the root help was not captured');
  const commands = [root, ...[...bySlug.values()].filter((c) => c !== root).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))];
  return { version, files: new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))), commands, runs };
}

export function buildIndex(cap: Capture, captured: string): HelpIndex {
  const rest = cap.commands.filter((c) => c.slug !== 'docker');
  return {
    $generated: 'by scripts/capture-help.ts; do not edit',
    version: cap.version,
    captured,
    substitution: { text: '<throw-away HOME>', replacement: HOME_PLACEHOLDER, note: SUBSTITUTION_NOTE },
    counts: { commands: rest.length, leaves: rest.filter((c) => c.kind === 'leaf').length, groups: rest.filter((c) => c.kind === 'group').length },
    commands: cap.commands,
  };
}

/** index.json text: pretty-printed, one command per line so a diff shows exactly which changed. */
export function indexJson(index: HelpIndex): string {
  const { commands, ...head } = index;
  // `$generated` opens the first line, as every generated file in the project does (DESIGN.md).
  const { $generated, ...rest } = head;
  const top = JSON.stringify(rest, null, 2).replace(/^\{\n/, '').replace(/\n}$/, '');
  return `{ "$generated": ${JSON.stringify($generated)},\n${top},\n  "commands": [\n${commands.map((c) => `    ${JSON.stringify(c)}`).join(',\n')}\n  ]\n}\n`;
}

/**
 * Writes a capture to `dir`: every .txt, index.json, and removes .txt files no longer produced.
 * Keeps the previous capture date when no file changed, so a re-run is a no-op.
 * Returns the names of the files it changed.
 */
export function writeCapture(cap: Capture, dir: string, today: string): string[] {
  mkdirSync(dir, { recursive: true });
  const changed: string[] = [];
  const stale = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt') && !cap.files.has(f)) : [];
  for (const f of stale) {
    rmSync(join(dir, f));
    changed.push(f);
  }
  for (const [name, text] of cap.files) {
    const file = join(dir, name);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    writeFileSync(file, text);
    changed.push(name);
  }
  const indexFile = join(dir, 'index.json');
  const previous = existsSync(indexFile) ? (JSON.parse(readFileSync(indexFile, 'utf8')) as Partial<HelpIndex>) : undefined;
  const keepDate = previous?.captured && indexJson(buildIndex(cap, previous.captured)) === readFileSync(indexFile, 'utf8');
  const date = changed.length === 0 && keepDate && previous?.captured ? previous.captured : today;
  const json = indexJson(buildIndex(cap, date));
  if (!existsSync(indexFile) || readFileSync(indexFile, 'utf8') !== json) {
    writeFileSync(indexFile, json);
    changed.push('index.json');
  }
  return changed;
}

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

async function main(argv: string[]): Promise<void> {
  const outFlag = argv.indexOf('--out');
  const started = Date.now();
  const cap = await captureHelp();
  const dir = outFlag >= 0 && argv[outFlag + 1] ? resolve(argv[outFlag + 1] ?? '') : join(repoRoot, 'content', 'cli-help', `docker-${cap.version}`);
  const changed = writeCapture(cap, dir, new Date().toISOString().slice(0, 10));
  const rest = cap.commands.length - 1;
  console.log(`captured docker ${cap.version}: root + ${rest} commands into ${dir}; ${changed.length === 0 ? 'no change' : `changed: ${changed.join(', ')}`} (${cap.runs} docker runs, ${Date.now() - started} ms)`);
  const { checkPlugins } = await import('./capture-plugins.ts');
  for (const l of (await checkPlugins()).lines) console.log(l);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
