// Golden tests for the plugin references: every reference file the command tree uses
// parses to exactly its expected spec in tests/fixtures/plugin-spec/<slug>.json, next to the input
// in content/plugin-reference/. After an intended change: `npm run test:golden:update`, review the diff.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPluginSpecs, parsePluginReference, PLUGIN_GENERATED_NOTE, pluginSpecFile, pluginSpecJson, repoRoot } from '../../scripts/gen-spec.ts';
import { getCommandByPath, getCommandBySlug, listPagedCommands, pluginServing } from '../../src/lib/cli-spec/index.ts';
import { parseBuildxReference } from '../../src/lib/cli-spec/parse-buildx-reference.ts';
import { PLUGIN_REFERENCES } from '../../src/lib/cli-spec/plugins.ts';
import { CommandSpecSchema, PluginSpecsSchema } from '../../src/lib/cli-spec/schema.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'plugin-spec');
const update = process.env.UPDATE_GOLDEN === '1';
const parsed = PLUGIN_REFERENCES.flatMap((ref) => parsePluginReference(ref).specs.map((spec) => ({ ref, spec })));

describe('plugin reference golden specs', () => {
  it('parses 28 buildx pages and 38 compose files (4 compose leftovers unused)', () => {
    expect(parsed.filter((p) => p.ref.name === 'buildx')).toHaveLength(28);
    expect(parsed.filter((p) => p.ref.name === 'compose')).toHaveLength(38);
    expect(parsePluginReference(PLUGIN_REFERENCES[1]!).unused).toEqual(['docker_compose_alpha_dry-run.yaml', 'docker_compose_alpha_scale.yaml', 'docker_compose_alpha_watch.yaml', 'docker_compose_convert.yaml']);
  });

  it.each(parsed.map((p) => [p.spec.source?.file ?? '', p.spec] as const))('%s parses to its golden spec', (_file, spec) => {
    CommandSpecSchema.parse(spec);
    const target = join(fixtures, `${spec.slug}.json`);
    if (update) {
      mkdirSync(fixtures, { recursive: true });
      writeFileSync(target, `${JSON.stringify(spec, null, 2)}\n`);
    }
    expect(existsSync(target), `missing golden ${target}; run \`npm run test:golden:update\``).toBe(true);
    expect(spec, `differs from tests/fixtures/plugin-spec/${spec.slug}.json; if intended run \`npm run test:golden:update\``).toEqual(JSON.parse(readFileSync(target, 'utf8')));
  });

  it('has no golden file without a reference file', () => {
    const slugs = new Set(parsed.map((p) => p.spec.slug));
    const stale = readdirSync(fixtures).filter((f) => !slugs.has(f.replace(/\.json$/, '')));
    if (update) for (const f of stale.splice(0)) rmSync(join(fixtures, f));
    expect(stale).toEqual([]);
  });

  it.each([
    ['a changed default', '| `build`   | Set method', '| `check`   | Set method'],
    ['a removed shorthand', '[`-t`](#tag), [`--tag`](#tag)', '[`--tag`](#tag)'],
    ['a changed type', '| [`--ssh`](#ssh)                         | `stringArray` |', '| [`--ssh`](#ssh)                         | `string`      |'],
  ])('fails when buildx_build.md has %s', (_name, from, to) => {
    const file = join(repoRoot, 'content/plugin-reference/buildx-v0.24.0/buildx_build.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(from);
    const golden = JSON.parse(readFileSync(join(fixtures, 'buildx-build.json'), 'utf8')) as unknown;
    expect(() => expect(parseBuildxReference(text.replace(from, to), 'content/plugin-reference/buildx-v0.24.0/buildx_build.md', '0.24.0')).toEqual(golden)).toThrow();
  });
});

describe('what the references say, one fact per line', () => {
  const opt = (slug: string, long: string) => getCommandBySlug(slug)?.options.find((o) => o.long === long);
  it.each([
    ['buildx-build', 'tag', { short: 't', valueType: 'stringArray', default: null }],
    ['buildx-build', 'progress', { short: null, valueType: 'string', default: '"auto"' }],
    ['buildx-build', 'load', { valueType: null }],
    ['buildx-build', 'shm-size', { valueType: 'bytes', default: '0' }],
    ['buildx', 'builder', { valueType: 'string' }],
    ['buildx-debug', 'invoke', { experimental: true }],
    ['compose', 'file', { short: 'f', valueType: 'stringArray', default: null }],
    ['compose', 'project-name', { short: 'p', valueType: 'string' }],
    ['compose', 'parallel', { valueType: 'int', default: '-1' }],
    ['compose', 'ansi', { default: '"auto"' }],
    ['compose', 'no-ansi', { hidden: true }],
    ['compose-up', 'detach', { short: 'd', valueType: null, default: null }],
    ['compose-up', 'dry-run', { valueType: null }],
    ['compose-exec', 'tty', { hidden: true, default: 'true' }],
    ['compose-build', 'squash', undefined],
  ] as const)('%s --%s', (slug, long, expected) => {
    if (expected === undefined) expect(opt(slug, long)).toBeUndefined();
    else expect(opt(slug, long)).toMatchObject(expected);
  });

  it('compose global flags belong to `docker compose`, before the subcommand', () => {
    const root = getCommandBySlug('compose')!;
    for (const l of ['file', 'project-name', 'profile', 'env-file', 'project-directory', 'dry-run', 'parallel', 'progress']) expect(root.options.map((o) => o.long)).toContain(l);
    expect(getCommandBySlug('compose-up')!.options.map((o) => o.long)).not.toContain('file');
  });

  it('records the source of every command', () => {
    expect(getCommandBySlug('container-run')?.source).toEqual({ kind: 'help', version: '28.2.2', file: 'content/cli-help/docker-28.2.2/container-run.txt' });
    expect(getCommandBySlug('buildx-build')?.source).toEqual({ kind: 'buildx-reference', version: '0.24.0', file: 'content/plugin-reference/buildx-v0.24.0/buildx_build.md' });
    expect(getCommandBySlug('compose-up')?.source).toEqual({ kind: 'compose-reference', version: '2.36.2', file: 'content/plugin-reference/compose-v2.36.2/docker_compose_up.yaml' });
  });

  it.each([
    [['buildx', 'b'], 'buildx-build'],
    [['buildx', 'f'], 'buildx-bake'],
    [['build'], 'image-build'],
    [['builder', 'build'], 'image-build'],
    [['compose', 'up'], 'compose-up'],
  ] as const)('%j resolves to %s', (words, slug) => {
    expect(getCommandByPath(words)?.slug).toBe(slug);
  });

  it('buildx build serves docker build, docker builder build and docker image build; debug build does not', () => {
    expect(getCommandBySlug('buildx-build')?.serves).toEqual([['build'], ['builder', 'build'], ['image', 'build']]);
    expect(getCommandBySlug('buildx-debug-build')?.serves).toBeUndefined();
    expect(getCommandBySlug('buildx-debug-build')?.aliases).toEqual([]);
    expect(pluginServing(getCommandBySlug('image-build')!)?.slug).toBe('buildx-build');
  });

  it('hides compose alpha and its commands (no page), and pages every other plugin command', () => {
    const paged = listPagedCommands().map((c) => c.slug);
    expect(paged.filter((s) => s.startsWith('compose-alpha'))).toEqual([]);
    expect(paged.filter((s) => s === 'buildx' || s.startsWith('buildx-'))).toHaveLength(28);
    expect(paged.filter((s) => s === 'compose' || s.startsWith('compose-'))).toHaveLength(34);
  });
});

describe('src/generated/plugin-spec.json', () => {
  const committed = readFileSync(pluginSpecFile, 'utf8');
  it('is what `npm run gen:spec` writes now', () => {
    expect(committed === pluginSpecJson(buildPluginSpecs()), 'src/generated/plugin-spec.json is stale: run `npm run gen:spec`').toBe(true);
  });
  it('says on its first line that it is generated, and matches PluginSpecsSchema', () => {
    expect(committed.split('\n')[0]).toContain(PLUGIN_GENERATED_NOTE);
    PluginSpecsSchema.parse(JSON.parse(committed));
  });
});
