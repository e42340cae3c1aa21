// Parses every committed help snapshot (content/cli-help/docker-<version>/*.txt) and writes
// src/generated/cli-spec.json, the typed spec the site and the validator load.
// Usage: npm run gen:spec        (tests/unit/cli-spec-golden.test.ts fails when the file is stale)
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHelp } from '../src/lib/cli-spec/parse-help.ts';
import { commandSlug } from '../src/lib/routes.ts';
import { parseBuildxReference } from '../src/lib/cli-spec/parse-buildx-reference.ts';
import { composeTreeFiles, parseComposeReference } from '../src/lib/cli-spec/parse-compose-reference.ts';
import { NEWEST_DOCKER_REFERENCE, NEWEST_PLUGIN_REFERENCES, PLUGIN_REFERENCE_ROOT, PLUGIN_REFERENCES, type PluginReference } from '../src/lib/cli-spec/plugins.ts';
import { NOT_COMMAND_PAGES, parseDockerReference } from '../src/lib/cli-spec/parse-docker-reference.ts';
import { helpDefaultOf, helpTypeOf } from '../src/lib/cli-spec/reference-drift.ts';
import { CliSpecSchema, NewestAdditionsSchema, PluginSpecsSchema, type CliSpec, type CommandSpec, type NewestAdditions, type OptionSpec, type PluginSpec, type PluginSpecs } from '../src/lib/cli-spec/schema.ts';
import { DOCKER_CLI_VERSION } from '../src/lib/cli-spec/version.ts';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const snapshotDirName = `docker-${DOCKER_CLI_VERSION}`;
export const snapshotDir = join(repoRoot, 'content', 'cli-help', snapshotDirName);
export const specFile = join(repoRoot, 'src', 'generated', 'cli-spec.json');
export const pluginSpecFile = join(repoRoot, 'src', 'generated', 'plugin-spec.json');
export const additionsFile = join(repoRoot, 'src', 'generated', 'newest-additions.json');

/** Parses one snapshot, saying which file failed and how to look into it. */
export function parseSnapshot(dir: string, file: string): CommandSpec {
  try {
    return parseHelp(readFileSync(join(dir, file), 'utf8'));
  } catch (e) {
    throw new Error(`${join(dir, file)}: ${(e as Error).message}`);
  }
}

/** The spec of a snapshot directory: root from docker.txt, the rest sorted by slug. */
export function buildSpec(dir: string, version: string): CliSpec {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (!files.includes('docker.txt')) throw new Error(`${dir}: no docker.txt (the root help); run \`npm run capture-help\``);
  const rel = dir.startsWith(repoRoot) ? dir.slice(repoRoot.length).replace(/^\//, '') : dir;
  const specs = files.map((f) => {
    const spec: CommandSpec = { ...parseSnapshot(dir, f), source: { kind: 'help', version, file: `${rel}/${f}` } };
    if (`${spec.slug}.txt` !== f) throw new Error(`${join(dir, f)}: parses as "${spec.slug}", so it should be named ${spec.slug}.txt`);
    return spec;
  });
  const root = specs.find((s) => s.slug === 'docker');
  if (!root) throw new Error(`${dir}/docker.txt did not parse as the root command`);
  const commands = specs.filter((s) => s !== root).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const parsed = CliSpecSchema.safeParse({ version, root, commands });
  if (!parsed.success) throw new Error(`the parsed spec does not match CliSpecSchema: ${parsed.error.message}`);
  return parsed.data;
}

/** The files a plugin reference's folder holds that its command tree uses, parsed. */
export function parsePluginReference(ref: PluginReference, root = repoRoot): { specs: CommandSpec[]; unused: string[] } {
  const dir = join(root, PLUGIN_REFERENCE_ROOT, ref.dir);
  const rel = `${PLUGIN_REFERENCE_ROOT}/${ref.dir}`;
  const files = readdirSync(dir).filter((f) => f.endsWith(ref.kind === 'buildx-reference' ? '.md' : '.yaml')).sort();
  const parse = (f: string) => {
    const text = readFileSync(join(dir, f), 'utf8');
    return ref.kind === 'buildx-reference' ? parseBuildxReference(text, `${rel}/${f}`, ref.version) : parseComposeReference(text, `${rel}/${f}`, ref.version);
  };
  if (ref.kind === 'buildx-reference') return { specs: files.map(parse), unused: [] };
  const seen = composeTreeFiles(new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const)));
  return { specs: files.filter((f) => seen.has(f)).map(parse), unused: files.filter((f) => !seen.has(f)) };
}

const bySlug = (a: CommandSpec, b: CommandSpec) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** Every plugin's spec, with each group's subcommand summaries filled from its children. */
export function buildPluginSpecs(root = repoRoot): PluginSpecs {
  const plugins = PLUGIN_REFERENCES.map((ref): PluginSpec => {
    const { specs } = parsePluginReference(ref, root);
    const top = specs.find((s) => s.path.length === 1 && s.path[0] === ref.name);
    if (!top) throw new Error(`${PLUGIN_REFERENCE_ROOT}/${ref.dir}: no page for "docker ${ref.name}" itself`);
    const bySlugMap = new Map(specs.map((s) => [s.slug, s]));
    for (const s of specs) {
      s.subcommands = s.subcommands.map((sub) => ({ ...sub, summary: sub.summary || bySlugMap.get(`${s.slug}-${sub.name}`)?.summary || '' }));
      // A hidden group's children are hidden too (cobra does not list them).
      if (s.hidden) for (const sub of s.subcommands) {
        const child = bySlugMap.get(`${s.slug}-${sub.name}`);
        if (child) child.hidden = true;
      }
    }
    return { name: ref.name, kind: ref.kind, version: ref.version, root: top, commands: specs.filter((s) => s !== top).sort(bySlug) };
  });
  const parsed = PluginSpecsSchema.safeParse({ plugins });
  if (!parsed.success) throw new Error(`the parsed plugin spec does not match PluginSpecsSchema: ${parsed.error.message}`);
  return parsed.data;
}

export const PLUGIN_GENERATED_NOTE = `by scripts/gen-spec.ts from ${PLUGIN_REFERENCE_ROOT}/{${PLUGIN_REFERENCES.map((r) => r.dir).join(',')}}; do not edit`;

export function pluginSpecJson(spec: PluginSpecs): string {
  const body = JSON.stringify(spec, null, 2);
  return `{ "$generated": ${JSON.stringify(PLUGIN_GENERATED_NOTE)},\n${body.slice(2)}\n`;
}

export const GENERATED_NOTE = `by scripts/gen-spec.ts from content/cli-help/${snapshotDirName}; do not edit`;

/** The file text: `$generated` first and on the first line, then the spec, two-space indented. */
export function specJson(spec: CliSpec): string {
  const body = JSON.stringify(spec, null, 2);
  return `{ "$generated": ${JSON.stringify(GENERATED_NOTE)},\n${body.slice(2)}\n`;
}

/**
 * The flags the newest references (docker/cli 29.7.2, buildx 0.36.1, compose 5.5.0) list for a
 * command that the base spec (28.2.2 help, the older plugin references) does not, as options in
 * the help's form (type word and default as `--help` prints them), each naming its file.
 */
export function buildNewestAdditions(base: CliSpec, plugins: PluginSpecs, root = repoRoot): NewestAdditions {
  const options: Record<string, OptionSpec[]> = {};
  const commandsWithoutPage: string[] = [];
  const baseBySlug = new Map<string, CommandSpec>([[base.root.slug, base.root], ...base.commands.map((c) => [c.slug, c] as const)]);
  for (const p of plugins.plugins) for (const c of [p.root, ...p.commands]) baseBySlug.set(c.slug, c);
  const add = (slug: string, newer: OptionSpec[]) => {
    const have = baseBySlug.get(slug);
    if (!have) {
      commandsWithoutPage.push(slug);
      return;
    }
    const known = new Set(have.options.map((o) => o.long));
    const extra = newer.filter((o) => !o.hidden && !known.has(o.long));
    if (extra.length) options[slug] = extra;
  };
  // docker/cli: one page per command form; the page named after the canonical path wins.
  const dir = join(root, NEWEST_DOCKER_REFERENCE.dir);
  const pages = new Map<string, { own: boolean; options: OptionSpec[] }>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.md') && !NOT_COMMAND_PAGES.has(n)).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    if (!text.includes('<!---MARKER_GEN_START-->')) continue;
    const page = parseDockerReference(text, `${NEWEST_DOCKER_REFERENCE.dir}/${f}`);
    if (page.canonicalPath[0] === 'buildx') continue; // bake.md: buildx's own reference covers it
    const slug = commandSlug(page.canonicalPath);
    const own = f === `${page.canonicalPath.join('_') || 'docker'}.md`;
    if (pages.has(slug) && !own) continue;
    const opts = page.options.map((o): OptionSpec => {
      const f2 = { type: page.rawTypes[o.long] as string, short: o.short, default: page.rawDefaults[o.long] as string };
      return { ...o, valueType: helpTypeOf(f2.type), default: helpDefaultOf(f2), reference: `${NEWEST_DOCKER_REFERENCE.dir}/${f}` };
    });
    pages.set(slug, { own, options: opts });
  }
  // The captured help hides `system dial-stdio`; the reference lists it. Hidden commands get no page.
  for (const [slug, page] of pages) if (slug !== 'system-dial-stdio') add(slug, page.options);
  for (const ref of NEWEST_PLUGIN_REFERENCES) {
    const { specs } = parsePluginReference(ref, root);
    for (const s of specs) if (!s.hidden) add(s.slug, s.options.map((o) => ({ ...o, reference: s.source?.file ?? '' })));
  }
  const parsed = NewestAdditionsSchema.safeParse({ releases: { docker: NEWEST_DOCKER_REFERENCE.version, buildx: NEWEST_PLUGIN_REFERENCES[0]!.version, compose: NEWEST_PLUGIN_REFERENCES[1]!.version }, options, commandsWithoutPage: commandsWithoutPage.sort() });
  if (!parsed.success) throw new Error(`the newest additions do not match NewestAdditionsSchema: ${parsed.error.message}`);
  return parsed.data;
}

export const ADDITIONS_NOTE = `by scripts/gen-spec.ts from ${NEWEST_DOCKER_REFERENCE.dir} and ${PLUGIN_REFERENCE_ROOT}/{${NEWEST_PLUGIN_REFERENCES.map((r) => r.dir).join(',')}}; do not edit`;

export function additionsJson(a: NewestAdditions): string {
  const body = JSON.stringify(a, null, 2);
  return `{ "$generated": ${JSON.stringify(ADDITIONS_NOTE)},\n${body.slice(2)}\n`;
}

function main(): void {
  const started = Date.now();
  const spec = buildSpec(snapshotDir, DOCKER_CLI_VERSION);
  mkdirSync(join(repoRoot, 'src', 'generated'), { recursive: true });
  writeFileSync(specFile, specJson(spec));
  const plugins = buildPluginSpecs();
  writeFileSync(pluginSpecFile, pluginSpecJson(plugins));
  const additions = buildNewestAdditions(spec, plugins);
  writeFileSync(additionsFile, additionsJson(additions));
  console.log(`wrote src/generated/newest-additions.json: ${Object.values(additions.options).reduce((n, o) => n + o.length, 0)} flags of docker ${additions.releases.docker}, buildx ${additions.releases.buildx}, compose ${additions.releases.compose} that the base spec lacks; ${additions.commandsWithoutPage.length} newer commands without a page`);
  for (const p of plugins.plugins) console.log(`wrote src/generated/plugin-spec.json: ${p.name} ${p.version} reference, ${p.commands.length + 1} commands, ${[p.root, ...p.commands].reduce((n, c) => n + c.options.length, 0)} options`);
  const leaves = spec.commands.filter((c) => !c.isGroup).length;
  console.log(
    `wrote src/generated/cli-spec.json: docker ${spec.version}, root + ${spec.commands.length} commands (${leaves} leaves, ${spec.commands.length - leaves} groups), ${spec.commands.reduce((n, c) => n + c.options.length, 0)} options, in ${Date.now() - started} ms`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
