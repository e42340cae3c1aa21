// Golden tests for docker/cli's generated reference pages (release history): each fixture
// in tests/fixtures/docker-reference/ (copied from the tag in its name, see SOURCE.md there) parses
// to exactly the JSON beside it. After an intended change: UPDATE_GOLDEN=1, review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDockerReference, pathOfFile } from '../../src/lib/cli-spec/parse-docker-reference.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'docker-reference');
const update = process.env.UPDATE_GOLDEN === '1';
const pages = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'SOURCE.md');
/** `v29.7.2-container_commit.md` -> `v29.7.2:docs/reference/commandline/container_commit.md`. */
const upstreamName = (f: string) => f.replace(/^(v[\d.]+)-/, '$1:docs/reference/commandline/');

describe('docker/cli reference pages parse to their golden facts', () => {
  it('has the five fixtures', () => expect(pages).toHaveLength(5));

  it.each(pages)('%s', (f) => {
    const parsed = parseDockerReference(readFileSync(join(dir, f), 'utf8'), upstreamName(f));
    const target = join(dir, f.replace(/\.md$/, '.json'));
    if (update) writeFileSync(target, `${JSON.stringify(parsed, null, 2)}\n`);
    expect(existsSync(target), `missing ${target}; run with UPDATE_GOLDEN=1`).toBe(true);
    expect(parsed).toEqual(JSON.parse(readFileSync(target, 'utf8')));
  });
});

describe('what the pages say, one fact per line', () => {
  const page = (f: string) => parseDockerReference(readFileSync(join(dir, f), 'utf8'), upstreamName(f));
  it.each([
    ['v29.7.2-container_commit.md', 'no-pause', { short: null, valueType: null, default: null }],
    ['v29.7.2-container_commit.md', 'change', { short: 'c', valueType: 'list', default: null }],
    ['v28.2.2-container_stop.md', 'timeout', { short: 't', valueType: 'int', default: '0' }],
    ['v29.7.2-docker.md', 'log-level', { short: 'l', valueType: 'string', default: '"info"' }],
    ['v23.0.15-attach.md', 'sig-proxy', { short: null, valueType: null, default: null }],
  ])('%s --%s', (f, long, want) => {
    expect(page(f).options.find((o) => o.long === long)).toMatchObject(want);
  });

  it('reads the canonical path from the Aliases line, the root from docker.md', () => {
    expect(page('v29.7.2-container_commit.md').canonicalPath).toEqual(['container', 'commit']);
    expect(page('v29.7.2-container_commit.md').aliases).toEqual([['container', 'commit'], ['commit']]);
    expect(page('v29.7.2-docker.md').canonicalPath).toEqual([]);
    expect(page('v29.7.2-container.md').subcommands.map((s) => s.name)).toContain('commit');
  });

  it('notes the boolean rows 23.0 left untyped', () => {
    expect(page('v23.0.15-attach.md').untyped).toEqual(['no-stdin', 'sig-proxy']);
    expect(page('v29.7.2-container_commit.md').untyped).toEqual([]);
  });

  it.each([
    ['container_run.md', ['container', 'run']],
    ['docker.md', []],
    ['cli.md', []],
    ['v29.7.2:docs/reference/commandline/image_ls.md', ['image', 'ls']],
  ])('pathOfFile(%s)', (f, want) => expect(pathOfFile(f)).toEqual(want));
});

describe('bad pages are errors naming file and line', () => {
  const good = readFileSync(join(dir, 'v29.7.2-container_commit.md'), 'utf8');
  it.each([
    ['no generated block', good.replace('<!---MARKER_GEN_START-->', ''), /x\.md:1: no generated block/],
    ['a row without a long name', good.replace('| `-m`, `--message`  ', '| `-m`, `message`    '), /x\.md:16: cannot read an option row/],
    ['a row with a broken type', good.replace('| `string` |         | Commit', '| `str ing` |         | Commit'), /x\.md:16: the type cell of --message/],
    ['an unreadable Aliases line', good.replace('`docker container commit`, `docker commit`', 'container commit'), /x\.md:8: cannot read the Aliases line/],
  ])('%s', (_name, text, want) => {
    expect(text).not.toBe(good);
    expect(() => parseDockerReference(text, 'x.md')).toThrow(want);
  });
});
