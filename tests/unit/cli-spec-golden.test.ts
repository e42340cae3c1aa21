// Golden tests: every committed help snapshot parses to exactly its expected spec in
// tests/fixtures/cli-spec/<slug>.json. After an intended parser or snapshot change, rewrite them
// with `npm run test:golden:update` and review the diff.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSpec, GENERATED_NOTE, specFile, snapshotDir, specJson } from '../../scripts/gen-spec.ts';
import { parseHelp } from '../../src/lib/cli-spec/parse-help.ts';
import { readFlagBlocks, wrapLikePflag } from '../../src/lib/cli-spec/parse-options.ts';
import { CliSpecSchema, CommandSpecSchema } from '../../src/lib/cli-spec/schema.ts';
import { splitSections } from '../../src/lib/cli-spec/split-sections.ts';
import { DOCKER_CLI_VERSION } from '../../src/lib/cli-spec/version.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'cli-spec');
const update = process.env.UPDATE_GOLDEN === '1';
const snapshots = readdirSync(snapshotDir).filter((f) => f.endsWith('.txt')).sort();
const read = (file: string) => readFileSync(join(snapshotDir, file), 'utf8');
const golden = (slug: string) => JSON.parse(readFileSync(join(fixtures, `${slug}.json`), 'utf8')) as unknown;

describe('golden specs', () => {
  it('there is one snapshot per canonical command plus the root', () => {
    expect(snapshots).toHaveLength(152);
  });

  it.each(snapshots)('%s parses to its golden spec', (file) => {
    const spec = CommandSpecSchema.parse(parseHelp(read(file)));
    const target = join(fixtures, `${spec.slug}.json`);
    if (update) {
      mkdirSync(fixtures, { recursive: true });
      writeFileSync(target, `${JSON.stringify(spec, null, 2)}\n`);
    }
    expect(existsSync(target), `missing golden ${target}; run \`npm run test:golden:update\``).toBe(true);
    expect(spec, `parsed ${file} differs from tests/fixtures/cli-spec/${spec.slug}.json; if the change is intended run \`npm run test:golden:update\` and review the diff`).toEqual(golden(spec.slug));
  });

  it('has no golden file without a snapshot', () => {
    const slugs = new Set(snapshots.map((f) => f.replace(/\.txt$/, '')));
    const stale = readdirSync(fixtures).filter((f) => !slugs.has(f.replace(/\.json$/, '')));
    if (update) for (const f of stale.splice(0)) rmSync(join(fixtures, f));
    expect(stale, 'golden files without a snapshot; run `npm run test:golden:update` to remove them').toEqual([]);
  });

  it.each([
    ['a changed default', 'container exits (default "no")', 'container exits (default "always")'],
    ['a changed description', 'Restart policy to apply when a', 'Restart policy to apply when b'],
    ['a changed type', '--blkio-weight uint16', '--blkio-weight uint32'],
    ['a removed shorthand', '  -d, --detach ', '      --detach '],
    ['a renamed flag', '--memory-swappiness int', '--memory-swapiness int '],
  ])('fails when one flag line of container-run.txt has %s', (_name, from, to) => {
    const text = read('container-run.txt');
    expect(text).toContain(from);
    const mutated = parseHelp(text.replace(from, to));
    expect(() => expect(mutated).toEqual(golden('container-run'))).toThrow();
  });
});

describe('the parser undoes pflag wrapping exactly', () => {
  // Each option's description (plus its default clause) wrapped the way pflag wraps must give the
  // printed lines back. The root's `~/.docker` defaults are the exception: capture-help shortened
  // the throw-away HOME to `~`, so pflag saw a longer text than the snapshot holds.
  const mismatches: string[] = [];
  let checked = 0;
  for (const file of snapshots) {
    const text = read(file);
    const spec = parseHelp(text);
    for (const section of splitSections(text).sections.filter((s) => s.heading.endsWith('Options'))) {
      const { flags, column } = readFlagBlocks(section);
      for (const f of flags) {
        const o = spec.options.find((x) => x.long === f.long);
        const usage = `${o?.description ?? ''}${o?.default != null ? ` (default ${o.default})` : ''}`;
        checked++;
        if (JSON.stringify(wrapLikePflag(usage, column)) !== JSON.stringify(f.lines)) mismatches.push(`${file} --${f.long}`);
      }
    }
  }
  it(`re-wraps all ${checked} options to the printed lines`, () => {
    expect(checked).toBeGreaterThan(700);
    expect(mismatches).toEqual(['docker.txt --tlskey']);
  });
});

describe('src/generated/cli-spec.json', () => {
  const committed = readFileSync(specFile, 'utf8');

  it('is what `npm run gen:spec` writes now', () => {
    const fresh = specJson(buildSpec(snapshotDir, DOCKER_CLI_VERSION));
    expect(committed === fresh, 'src/generated/cli-spec.json is stale: run `npm run gen:spec` and commit it').toBe(true);
  });

  it('says on its first line that it is generated, and by what', () => {
    const first = committed.split('\n')[0] ?? '';
    expect(first).toContain('"$generated"');
    expect(first).toContain(GENERATED_NOTE);
    expect(Object.keys(JSON.parse(committed) as object)[0]).toBe('$generated');
  });

  it('matches CliSpecSchema, with commands sorted by slug', () => {
    const spec = CliSpecSchema.parse(JSON.parse(committed));
    const slugs = spec.commands.map((c) => c.slug);
    expect(slugs).toEqual([...slugs].sort());
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('agrees with the capture index (slugs, aliases, leaf/group)', () => {
    const index = JSON.parse(readFileSync(join(snapshotDir, 'index.json'), 'utf8')) as {
      version: string;
      counts: { commands: number; leaves: number; groups: number };
      commands: Array<{ slug: string; aliases: string[][]; kind: string; canonicalPath: string[] }>;
    };
    const spec = CliSpecSchema.parse(JSON.parse(committed));
    expect(index.version).toBe(spec.version);
    const fromSpec = [spec.root, ...spec.commands].map((c) => ({ slug: c.slug, aliases: c.aliases, kind: c.isGroup ? 'group' : 'leaf', canonicalPath: c.canonicalPath }));
    expect(index.commands.map(({ slug, aliases, kind, canonicalPath }) => ({ slug, aliases, kind, canonicalPath }))).toEqual(fromSpec);
    expect(index.counts).toEqual({ commands: 151, leaves: 132, groups: 19 });
  });
});
