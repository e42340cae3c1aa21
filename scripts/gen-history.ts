// Maintainer tool: reads the upstream reference history bundles (one tag per release line of
// docker/cli, docker/buildx and docker/compose; see content/cli-reference/SOURCE.md) and writes
// src/generated/release-history.json: per command and per flag, the first release line whose
// reference lists it, the first that no longer does, type/default/shorthand changes, each fact
// with its source (`tag:file`). The build and the tests never read the bundles; they read the
// committed JSON.
// Usage: npm run gen:history -- --bundles DIR   (DIR: the folder holding the three bundles)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBuildxReference } from '../src/lib/cli-spec/parse-buildx-reference.ts';
import { composeTreeFiles, parseComposeReference, readComposeYaml } from '../src/lib/cli-spec/parse-compose-reference.ts';
import { NOT_COMMAND_PAGES, parseDockerReference } from '../src/lib/cli-spec/parse-docker-reference.ts';
import {
  buildProjectHistory,
  compareLines,
  releaseLine,
  type CommandFact,
  type FlagFact,
  type ProjectHistory,
  type ReleaseHistory,
  type ReleaseSnapshot,
} from '../src/lib/cli-spec/release-history.ts';
import { commandSlug } from '../src/lib/routes.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const historyFile = join(repoRoot, 'src', 'generated', 'release-history.json');
export const HISTORY_NOTE = 'by scripts/gen-history.ts (npm run gen:history) from the docker/cli, docker/buildx and docker/compose reference history bundles; do not edit';

const BUNDLES = {
  docker: { bundle: 'docker-cli-reference.bundle', folder: 'docs/reference/commandline/' },
  buildx: { bundle: 'buildx-reference.bundle', folder: 'docs/reference/' },
  compose: { bundle: 'compose-reference.bundle', folder: 'docs/reference/' },
} as const;

function git(dir: string, args: string[], input?: string): Buffer {
  return execFileSync('git', ['-C', dir, ...args], { input, maxBuffer: 512 * 1024 * 1024 });
}

/** Every file under `folder` at `tag`, read with one `git cat-file --batch`. */
function readTree(dir: string, tag: string, folder: string, keep: (name: string) => boolean): Map<string, string> {
  const names = git(dir, ['ls-tree', '--name-only', `${tag}:${folder}`])
    .toString('utf8')
    .split('\n')
    .filter((n) => n && keep(n));
  const out = git(dir, ['cat-file', '--batch'], names.map((n) => `${tag}:${folder}${n}`).join('\n') + '\n');
  const files = new Map<string, string>();
  let pos = 0;
  for (const name of names) {
    const nl = out.indexOf(10, pos);
    const header = out.subarray(pos, nl).toString('utf8');
    const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!m) throw new Error(`git cat-file ${tag}:${folder}${name}: ${header}`);
    const size = Number(m[1]);
    files.set(name, out.subarray(nl + 1, nl + 1 + size).toString('utf8'));
    pos = nl + 1 + size + 1;
  }
  return files;
}

const flagFacts = (options: Array<{ long: string; short: string | null; valueType: string | null; hidden?: boolean }>, raw?: { types: Record<string, string>; defaults: Record<string, string> }, defaults?: Map<string, string>): Map<string, FlagFact> =>
  new Map(
    options
      .filter((o) => !o.hidden)
      .map((o) => [o.long, { short: o.short, type: raw?.types[o.long] ?? o.valueType ?? 'bool', default: raw?.defaults[o.long] ?? defaults?.get(o.long) ?? '' }] as const),
  );

function dockerRelease(dir: string, tag: string): ReleaseSnapshot {
  const files = readTree(dir, tag, BUNDLES.docker.folder, (n) => n.endsWith('.md') && !NOT_COMMAND_PAGES.has(n));
  const commands = new Map<string, CommandFact>();
  for (const [name, text] of files) {
    if (!text.includes('<!---MARKER_GEN_START-->')) continue;
    const page = parseDockerReference(text, `${tag}:${BUNDLES.docker.folder}${name}`);
    // `bake.md` is the CLI's stub for `docker buildx bake`: buildx's history covers it.
    if (page.canonicalPath[0] === 'buildx') continue;
    const slug = commandSlug(page.canonicalPath);
    const flags = flagFacts(page.options, { types: page.rawTypes, defaults: page.rawDefaults });
    for (const long of page.untyped) flags.get(long)!.defaultUnknown = true;
    const fact: CommandFact = { file: name, path: page.canonicalPath, flags };
    // Alias pages (`run.md` for `container run`) repeat the canonical page; prefer the page named after the canonical path.
    const own = name === `${page.canonicalPath.join('_') || 'docker'}.md`;
    if (!commands.has(slug) || own) commands.set(slug, fact);
  }
  return { line: releaseLine(tag), tag, commands };
}

function buildxRelease(dir: string, tag: string): ReleaseSnapshot {
  const files = readTree(dir, tag, BUNDLES.buildx.folder, (n) => /^buildx.*\.md$/.test(n));
  const commands = new Map<string, CommandFact>();
  for (const [name, text] of files) {
    const spec = parseBuildxReference(text, `${tag}:${BUNDLES.buildx.folder}${name}`, tag.slice(1));
    commands.set(spec.slug, { file: name, path: spec.path, flags: flagFacts(spec.options, undefined, rawBuildxDefaults(text)) });
  }
  return { line: releaseLine(tag), tag, commands };
}

/** Buildx's default cells as printed (the spec keeps them in `--help` form). */
function rawBuildxDefaults(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^\|[^|]*`--([A-Za-z0-9][A-Za-z0-9-]*)`[^|]*\|\s*`?([^|`]*)`?\s*\|\s*(?:`((?:[^`\\]|\\.)*)`)?\s*\|/.exec(line);
    if (m) out.set(m[1] as string, (m[3] ?? '').replace(/\\\|/g, '|'));
  }
  return out;
}

function composeRelease(dir: string, tag: string): ReleaseSnapshot {
  const files = readTree(dir, tag, BUNDLES.compose.folder, (n) => /^docker_compose.*\.yaml$/.test(n));
  const seen = composeTreeFiles(files);
  const commands = new Map<string, CommandFact>();
  for (const name of [...seen].sort()) {
    const text = files.get(name) as string;
    const doc = readComposeYaml(text, name);
    if (doc.hidden) continue;
    const spec = parseComposeReference(text, `${tag}:${BUNDLES.compose.folder}${name}`, tag.slice(1));
    const raw = new Map<string, string>();
    for (const o of [...(doc.options ?? []), ...(doc.inherited_options ?? [])]) raw.set(o.option, o.default_value ?? '');
    const types = Object.fromEntries([...(doc.options ?? []), ...(doc.inherited_options ?? [])].map((o) => [o.option, o.value_type ?? 'bool']));
    commands.set(spec.slug, { file: name, path: spec.path, flags: flagFacts(spec.options, { types, defaults: Object.fromEntries(raw) }) });
  }
  return { line: releaseLine(tag), tag, commands };
}

function readProject(bundleDir: string, project: keyof typeof BUNDLES, work: string): ProjectHistory {
  const dir = join(work, project);
  execFileSync('git', ['clone', '-q', '--bare', join(bundleDir, BUNDLES[project].bundle), dir]);
  const tags = git(dir, ['tag'])
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .sort((a, b) => compareLines(releaseLine(a), releaseLine(b)));
  const read = project === 'docker' ? dockerRelease : project === 'buildx' ? buildxRelease : composeRelease;
  const releases = tags.map((t) => read(dir, t));
  return buildProjectHistory(BUNDLES[project].folder, releases);
}

export function historyJson(h: ReleaseHistory): string {
  const body = JSON.stringify({ ...h, $generated: undefined });
  // One command per line keeps diffs readable without the size of a fully indented file.
  const lines = [`{"$generated":${JSON.stringify(h.$generated)},`];
  const projects = (['docker', 'buildx', 'compose'] as const).map((p) => {
    const ph = h[p];
    const cmds = Object.entries(ph.commands).map(([slug, c]) => `${JSON.stringify(slug)}:${JSON.stringify(c)}`);
    return `${JSON.stringify(p)}:{"folder":${JSON.stringify(ph.folder)},"releases":${JSON.stringify(ph.releases)},"commands":{\n${cmds.join(',\n')}\n}}`;
  });
  void body;
  return `${lines[0]}\n${projects.join(',\n')}\n}\n`;
}

function main(): void {
  const arg = process.argv.indexOf('--bundles');
  const dir = arg >= 0 ? process.argv[arg + 1] : undefined;
  if (!dir) {
    console.error(`gen:history: pass the folder holding ${BUNDLES.docker.bundle} and the buildx and compose bundles: npm run gen:history -- --bundles DIR`);
    process.exit(2);
  }
  const bundleDir = resolve(dir);
  if (!existsSync(join(bundleDir, BUNDLES.docker.bundle))) {
    console.error(`gen:history: no ${BUNDLES.docker.bundle} in ${bundleDir}; pass the folder of the three bundles with --bundles DIR`);
    process.exit(2);
  }
  const work = mkdtempSync(join(tmpdir(), 'dockref-history-'));
  try {
    const h: ReleaseHistory = {
      $generated: HISTORY_NOTE,
      docker: readProject(bundleDir, 'docker', work),
      buildx: readProject(bundleDir, 'buildx', work),
      compose: readProject(bundleDir, 'compose', work),
    };
    writeFileSync(historyFile, historyJson(h));
    for (const p of ['docker', 'buildx', 'compose'] as const) {
      const ph = h[p];
      const flags = Object.values(ph.commands).reduce((n, c) => n + Object.keys(c.flags).length, 0);
      console.log(`${p}: ${ph.releases.length} releases (${ph.releases[0]!.tag} … ${ph.releases.at(-1)!.tag}), ${Object.keys(ph.commands).length} commands, ${flags} flags`);
    }
    console.log(`wrote ${historyFile.slice(repoRoot.length)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
