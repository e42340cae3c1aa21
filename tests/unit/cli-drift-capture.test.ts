// capture-help's writing side, without docker: a re-run that changes nothing is a no-op (files and
// the capture date stay), stale snapshots go, and index.json lists one command per line.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex, indexJson, writeCapture, type Capture, type HelpIndex } from '../../scripts/capture-help.ts';
import { snapshotDir } from '../../scripts/gen-spec.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const freshDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'dockref-capture-test-'));
  dirs.push(d);
  return d;
};

// The committed capture, read back as a Capture, stands in for a live walk.
const committedIndex = JSON.parse(readFileSync(join(snapshotDir, 'index.json'), 'utf8')) as HelpIndex;
const committed: Capture = {
  version: committedIndex.version,
  files: new Map(readdirSync(snapshotDir).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(join(snapshotDir, f), 'utf8')])),
  commands: committedIndex.commands,
  runs: 0,
};

describe('writeCapture', () => {
  it('writes the committed capture byte for byte', () => {
    const d = freshDir();
    writeCapture(committed, d, committedIndex.captured);
    for (const f of readdirSync(snapshotDir)) expect(readFileSync(join(d, f), 'utf8'), f).toBe(readFileSync(join(snapshotDir, f), 'utf8'));
  });

  it('changes nothing, not even the date, when re-run on the same CLI', () => {
    const d = freshDir();
    writeCapture(committed, d, '2000-01-01');
    expect(writeCapture(committed, d, '2099-12-31')).toEqual([]);
    expect((JSON.parse(readFileSync(join(d, 'index.json'), 'utf8')) as HelpIndex).captured).toBe('2000-01-01');
  });

  it('updates the date and removes snapshots of commands that are gone', () => {
    const d = freshDir();
    writeCapture(committed, d, '2000-01-01');
    writeFileSync(join(d, 'zz-old.txt'), 'Usage:  docker zz-old\n');
    const changed = writeCapture(committed, d, '2099-12-31');
    expect(changed).toEqual(['zz-old.txt', 'index.json']);
    expect(readdirSync(d)).not.toContain('zz-old.txt');
    expect((JSON.parse(readFileSync(join(d, 'index.json'), 'utf8')) as HelpIndex).captured).toBe('2099-12-31');
  });

  it('rewrites a changed snapshot and names it', () => {
    const d = freshDir();
    writeCapture(committed, d, '2000-01-01');
    const files = new Map(committed.files);
    files.set('version.txt', `${files.get('version.txt') ?? ''}x`);
    expect(writeCapture({ ...committed, files }, d, '2099-12-31')).toEqual(['version.txt', 'index.json']);
  });
});

describe('index.json', () => {
  it('records the version, the one substitution and the counts', () => {
    const index = buildIndex(committed, '2000-01-01');
    expect(index).toMatchObject({ version: '28.2.2', substitution: { text: '<throw-away HOME>', replacement: '~' }, counts: { commands: 151, leaves: 132, groups: 19 } });
    expect(index.commands[0]?.slug).toBe('docker');
  });

  it('lists one command per line and parses back to the same index', () => {
    const index = buildIndex(committed, '2000-01-01');
    const text = indexJson(index);
    expect(JSON.parse(text)).toEqual(index);
    expect(text.split('\n')[0]).toBe('{ "$generated": "by scripts/capture-help.ts; do not edit",');
    expect(text.split('\n').filter((l) => l.startsWith('    {"path":'))).toHaveLength(152);
  });
});
