// The drift check: its spec diff (src/lib/cli-spec/diff-specs.ts) on hand-made changes, the
// directory comparison on a mutated copy of the snapshots (the real check against the installed
// docker is in tests/integration/cli-drift-live.test.ts).
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareSnapshotDirs } from '../../scripts/check-cli-drift.ts';
import { snapshotDir } from '../../scripts/gen-spec.ts';
import { diffSpecs, formatSpecDiff, isEmptyDiff } from '../../src/lib/cli-spec/diff-specs.ts';
import { cliSpec } from '../../src/lib/cli-spec/index.ts';
import type { CliSpec, CommandSpec } from '../../src/lib/cli-spec/schema.ts';
import { DOCKER_CLI_VERSION } from '../../src/lib/cli-spec/version.ts';

const copy = (): CliSpec => structuredClone(cliSpec);
const cmd = (s: CliSpec, slug: string): CommandSpec => {
  const c = [s.root, ...s.commands].find((x) => x.slug === slug);
  if (!c) throw new Error(`no ${slug}`);
  return c;
};

describe('diffSpecs', () => {
  it('finds nothing between a spec and itself', () => {
    const d = diffSpecs(cliSpec, copy());
    expect(isEmptyDiff(d)).toBe(true);
    expect(formatSpecDiff(d)).toEqual([]);
  });

  it.each<[string, (s: CliSpec) => void, string[]]>([
    ['an added command', (s) => s.commands.push({ ...cmd(s, 'version'), slug: 'zz-new' }), ['+ command zz-new']],
    ['a removed command', (s) => (s.commands = s.commands.filter((c) => c.slug !== 'image-tag')), ['- command image-tag']],
    ['an added flag', (s) => cmd(s, 'container-run').options.push({ ...cmd(s, 'container-run').options[0]!, long: 'zz' }), ['+ container-run --zz']],
    ['a removed flag', (s) => (cmd(s, 'container-ls').options = cmd(s, 'container-ls').options.filter((o) => o.long !== 'size')), ['- container-ls --size']],
    ['a changed default', (s) => (cmd(s, 'container-run').options.find((o) => o.long === 'restart')!.default = '"always"'), ['~ container-run --restart: default "\\"no\\"" -> "\\"always\\""']],
    ['a changed type', (s) => (cmd(s, 'container-run').options.find((o) => o.long === 'cpus')!.valueType = 'float'), ['~ container-run --cpus: valueType "decimal" -> "float"']],
    ['a changed shorthand', (s) => (cmd(s, 'container-run').options.find((o) => o.long === 'detach')!.short = null), ['~ container-run --detach: short "d" -> null']],
    ['a changed summary', (s) => (cmd(s, 'version').summary = 'x'), ['~ version: summary "Show the Docker version information" -> "x"']],
    ['a changed global option', (s) => (s.root.options = s.root.options.filter((o) => o.long !== 'debug')), ['- docker --debug']],
    ['a new version', (s) => (s.version = '99.0.0'), ['~ version: 28.2.2 -> 99.0.0']],
  ])('reports %s', (_name, mutate, lines) => {
    const after = copy();
    mutate(after);
    expect(formatSpecDiff(diffSpecs(cliSpec, after))).toEqual(lines);
  });

  it('reports a usage change as one line for the command', () => {
    const after = copy();
    cmd(after, 'image-tag').usage[0]!.maxArgs = 3;
    const lines = formatSpecDiff(diffSpecs(cliSpec, after));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^~ image-tag: usage /);
  });
});

describe('compareSnapshotDirs', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const mutatedCopy = (edit: (dir: string) => void): string => {
    const dir = mkdtempSync(join(tmpdir(), 'dockref-drift-test-'));
    dirs.push(dir);
    cpSync(snapshotDir, dir, { recursive: true });
    edit(dir);
    return dir;
  };
  const committed = { dir: snapshotDir, version: DOCKER_CLI_VERSION };

  it('finds no difference between the snapshots and a copy', () => {
    expect(compareSnapshotDirs(committed, { dir: mutatedCopy(() => {}), version: DOCKER_CLI_VERSION })).toEqual([]);
  });

  it('reports a changed flag line by flag and by text line', () => {
    const dir = mutatedCopy((d) => {
      const f = join(d, 'container-run.txt');
      writeFileSync(f, readFileSync(f, 'utf8').replace('container exits (default "no")', 'container exits (default "always")'));
    });
    expect(compareSnapshotDirs(committed, { dir, version: DOCKER_CLI_VERSION })).toEqual([
      '~ container-run --restart: default "\\"no\\"" -> "\\"always\\""',
      '~ text container-run.txt:156: "                                         container exits (default \\"no\\")" -> "                                         container exits (default \\"always\\")"',
    ]);
  });

  it('reports a removed command and a text-only change', () => {
    const dir = mutatedCopy((d) => {
      unlinkSync(join(d, 'version.txt'));
      const f = join(d, 'docker.txt');
      writeFileSync(f, readFileSync(f, 'utf8').replace('head to https://docs.docker.com/go/guides/', 'head to https://docs.docker.com/'));
    });
    const lines = compareSnapshotDirs(committed, { dir, version: DOCKER_CLI_VERSION });
    expect(lines[0]).toBe('- command version');
    expect(lines[1]).toMatch(/^~ text docker\.txt:\d+: "For more help on how to use Docker, head to https:\/\/docs\.docker\.com\/go\/guides\/" -> /);
    expect(lines).toHaveLength(2);
  });
});
