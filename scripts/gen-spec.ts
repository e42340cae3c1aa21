// Parses every committed help snapshot (content/cli-help/docker-<version>/*.txt) and writes
// src/generated/cli-spec.json, the typed spec the site and the validator load.
// Usage: npm run gen:spec        (tests/unit/cli-spec-golden.test.ts fails when the file is stale)
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHelp } from '../src/lib/cli-spec/parse-help.ts';
import { CliSpecSchema, type CliSpec, type CommandSpec } from '../src/lib/cli-spec/schema.ts';
import { DOCKER_CLI_VERSION } from '../src/lib/cli-spec/version.ts';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const snapshotDirName = `docker-${DOCKER_CLI_VERSION}`;
export const snapshotDir = join(repoRoot, 'content', 'cli-help', snapshotDirName);
export const specFile = join(repoRoot, 'src', 'generated', 'cli-spec.json');

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
  const specs = files.map((f) => {
    const spec = parseSnapshot(dir, f);
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

export const GENERATED_NOTE = `by scripts/gen-spec.ts from content/cli-help/${snapshotDirName}; do not edit`;

/** The file text: `$generated` first and on the first line, then the spec, two-space indented. */
export function specJson(spec: CliSpec): string {
  const body = JSON.stringify(spec, null, 2);
  return `{ "$generated": ${JSON.stringify(GENERATED_NOTE)},\n${body.slice(2)}\n`;
}

function main(): void {
  const started = Date.now();
  const spec = buildSpec(snapshotDir, DOCKER_CLI_VERSION);
  mkdirSync(join(repoRoot, 'src', 'generated'), { recursive: true });
  writeFileSync(specFile, specJson(spec));
  const leaves = spec.commands.filter((c) => !c.isGroup).length;
  console.log(
    `wrote src/generated/cli-spec.json: docker ${spec.version}, root + ${spec.commands.length} commands (${leaves} leaves, ${spec.commands.length - leaves} groups), ${spec.commands.reduce((n, c) => n + c.options.length, 0)} options, in ${Date.now() - started} ms`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
