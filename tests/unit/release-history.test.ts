// The release history: the computation from per-release facts (synthetic releases,
// table-driven), the committed src/generated/release-history.json (what it says about the flags
// the issue names), and the drift between the 28.2.2 help snapshots and the 28.2 reference.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturedSpec } from '../../src/lib/cli-spec/index.ts';
import { commandHistory, DOCKER_RELEASE_LINES, flagAt, flagHistory, NEWEST_TAGS, referenceAt, releaseHistory } from '../../src/lib/cli-spec/history.ts';
import { compareHelpWithReference } from '../../src/lib/cli-spec/reference-drift.ts';
import { buildProjectHistory, compareLines, listedIn, releaseLine, type FlagFact, type ReleaseSnapshot } from '../../src/lib/cli-spec/release-history.ts';

const root = join(import.meta.dirname, '..', '..');

function release(tag: string, commands: Record<string, Record<string, Partial<FlagFact>> | undefined>): ReleaseSnapshot {
  const m = new Map();
  for (const [slug, flags] of Object.entries(commands)) {
    if (!flags) continue;
    m.set(slug, { file: `${slug}.md`, path: slug.split('-'), flags: new Map(Object.entries(flags).map(([k, v]) => [k, { short: null, type: 'bool', default: '', ...v }])) });
  }
  return { line: releaseLine(tag), tag, commands: m };
}

describe('buildProjectHistory', () => {
  const h = buildProjectHistory('docs/', [
    release('v1.0.3', { run: { a: {}, gone: {}, t: { type: 'int', default: '0' } }, old: { x: {} } }),
    release('v1.1.0', { run: { a: {}, gone: {}, t: { type: 'int', default: '10' }, b: {} }, old: { x: {} } }),
    release('v2.0.1', { run: { a: {}, t: { type: 'uint', default: '10', short: 't' }, b: {} } }),
    release('v2.1.0', { run: { a: {}, t: { type: 'uint', default: '10', short: 't' }, b: {}, gone: {} } }),
  ]);
  it.each([
    ['a flag in every release', 'run', 'a', { type: 'bool', short: null, default: '' }],
    ['a flag added in 1.1', 'run', 'b', { since: '1.1', sinceSrc: 'v1.1.0:run.md' }],
    ['a flag gone for one release', 'run', 'gone', { gaps: ['2.0'] }],
    ['a flag of a removed command', 'old', 'x', { removed: '2.0', removedSrc: 'v2.0.1:old.md (absent)' }],
  ])('%s', (_n, slug, long, want) => expect(h.commands[slug]!.flags[long]).toMatchObject(want));

  it('records type, default and shorthand changes with their sources', () => {
    expect(h.commands.run!.flags.t!.changes).toEqual([
      { in: '1.1', default: '10', src: 'v1.1.0:run.md' },
      { in: '2.0', type: 'uint', short: 't', src: 'v2.0.1:run.md' },
    ]);
  });

  it('records removed commands', () => expect(h.commands.old).toMatchObject({ removed: '2.0' }));

  it('takes the first printed default where the oldest pages printed none', () => {
    const u = buildProjectHistory('d/', [release('v1.0.0', { c: { p: { defaultUnknown: true } } }), release('v1.1.0', { c: { p: { default: 'true' } } })]);
    expect(u.commands.c!.flags.p).toEqual({ type: 'bool', short: null, default: 'true' });
  });

  it.each([
    ['1.0', false],
    ['1.1', true],
    ['2.0', true],
  ])('listedIn(run --b, %s) is %s', (line, want) => expect(listedIn(h.commands.run!.flags.b!, line, h)).toBe(want));

  it('orders release lines numerically', () => expect(['28.10', '9.0', '28.2', '23.0'].sort(compareLines)).toEqual(['9.0', '23.0', '28.2', '28.10']));
  it('rejects a tag that is no release', () => expect(() => releaseLine('main')).toThrow(/not a release tag/));
});

describe('the committed history', () => {
  it('says first that it is generated, and by what', () => {
    const first = readFileSync(join(root, 'src/generated/release-history.json'), 'utf8').split('\n')[0];
    expect(first).toMatch(/^\{"\$generated":"by scripts\/gen-history\.ts/);
  });

  it('covers docker 23.0 … 29.7, buildx 0.10 … 0.36, compose 2.10 … 5.5', () => {
    expect(DOCKER_RELEASE_LINES).toHaveLength(25);
    expect([DOCKER_RELEASE_LINES[0], DOCKER_RELEASE_LINES.at(-1)]).toEqual(['23.0', '29.7']);
    expect(NEWEST_TAGS).toEqual({ docker: 'v29.7.2', buildx: 'v0.36.1', compose: 'v5.5.0' });
    expect(releaseHistory.buildx.releases[0]!.tag).toBe('v0.10.5');
    expect(releaseHistory.compose.releases[0]!.tag).toBe('v2.10.2');
  });

  it.each([
    ['container-run', 'use-api-socket', { since: '28.1', sinceSrc: 'v28.1.1:container_run.md' }],
    ['container-run', 'disable-content-trust', { removed: '29.0', removedSrc: 'v29.0.4:container_run.md' }],
    ['container-run', 'kernel-memory', { removed: '29.0' }],
    ['container-commit', 'pause', { removed: '29.0' }],
    ['container-commit', 'no-pause', { since: '29.0' }],
    ['container-stop', 'time', { removed: '28.0' }],
    ['container-stop', 'timeout', { since: '28.0' }],
    ['image-ls', 'tree', { since: '27.2' }],
    ['compose-run', 'no-tty', { since: '5.3' }],
    ['buildx-build', 'policy', { since: '0.31' }],
  ])('%s --%s', (slug, long, want) => expect(flagHistory(slug, long)).toMatchObject(want));

  it('keeps the trust commands, removed in 29.0', () => {
    for (const s of ['trust', 'trust-sign', 'trust-inspect', 'trust-key-generate']) expect(commandHistory(s)).toMatchObject({ removed: '29.0' });
  });

  it('applies type changes by release: --ip is a string in 28.2 and an ip in 29.0', () => {
    const ip = flagHistory('container-run', 'ip')!;
    expect(flagAt(ip, '28.2').type).toBe('string');
    expect(flagAt(ip, '29.0').type).toBe('ip');
  });
});

describe('the 28.2.2 help snapshots against the 28.2 reference', () => {
  it('differ exactly as tests/fixtures/docker-reference/help-vs-reference-28.2.txt says', () => {
    const lines = compareHelpWithReference(capturedSpec, referenceAt('docker', '28.2'), '28.2');
    const want = readFileSync(join(root, 'tests/fixtures/docker-reference/help-vs-reference-28.2.txt'), 'utf8').trim().split('\n');
    expect(lines).toEqual(want);
  });

  it('reports a flag the help lacks, and a changed type', () => {
    const ref = referenceAt('docker', '28.2');
    const run = new Map(ref.get('container-run'));
    run.set('made-up', { type: 'bool', short: null, default: '' });
    run.set('name', { type: 'int', short: null, default: '' });
    const lines = compareHelpWithReference(capturedSpec, new Map([...ref, ['container-run', run]]), '28.2');
    expect(lines).toContain('+ container-run --made-up: in the 28.2 reference, not in the 28.2.2 help');
    expect(lines).toContain('~ container-run --name: type string in the help, int in the reference');
  });
});
