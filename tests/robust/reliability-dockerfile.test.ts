// check-dockerfile: linear on large files, heredocs read as the
// builder reads them, no nonsense fix for nested arrays; and the one shared edit-distance helper.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/lib/command/closest.ts';
import { checkDockerfile } from '../../src/lib/dockerfile/check.ts';
import { didYouMean } from '../../src/lib/dockerfile/words.ts';
import { editDistance } from '../../src/lib/text/edit-distance.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const timed = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
};

describe('large Dockerfiles (item 6)', () => {
  it('32k lines of COPY a', () => {
    const [p, ms] = timed(() => checkDockerfile(`FROM alpine:3\n${'COPY a\n'.repeat(32_000)}`));
    // The first 1,000 problems, then one line counting the rest (and saying one is an error).
    expect(p.filter((x) => x.code === 'copy-missing-destination')).toHaveLength(1000);
    expect(p.at(-1)).toMatchObject({ code: 'too-many-problems', severity: 'error', line: 1002 });
    expect(p.at(-1)!.message).toContain('Only the first 1000 problems are listed; more from line 1002 on');
    expect(ms).toBeLessThan(8000);
  });
  it('2,000 stages with a misspelt COPY --from each', () => {
    let text = '';
    for (let i = 0; i < 2000; i++) text += `FROM alpine:3 AS stage${i}\nCOPY --from=stagx${i} /a /b\n`;
    const [p, ms] = timed(() => checkDockerfile(text));
    expect(p.filter((x) => x.code === 'copy-from-unknown-stage')).toHaveLength(1000);
    expect(p.at(-1)).toMatchObject({ code: 'too-many-problems', severity: 'warning' });
    expect(p.find((x) => x.code === 'copy-from-unknown-stage' && x.line === 4)!.suggestion).toBe('--from=stage1');
    expect(ms).toBeLessThan(3000);
  });
  it('a 1 MB word after RUN', () => {
    // Was 65 s; about 0.5 s now (the bound leaves room for a busy machine).
    const [, ms] = timed(() => checkDockerfile(`FROM alpine:3\nRUN ${'a'.repeat(1_000_000)}\n`));
    expect(ms).toBeLessThan(8000);
  });
});

describe('heredocs (item 7)', () => {
  const codes = (text: string) => checkDockerfile(text).map((p) => `${p.line} ${p.code}`);
  it('a quoted <<EOF opens no heredoc', () => {
    expect(codes('FROM alpine:3\nRUN echo "<<EOF"\nFORM x\n')).toContain('3 unknown-instruction');
    expect(codes("FROM alpine:3\nRUN echo '<<EOF'\nFORM x\n")).toContain('3 unknown-instruction');
  });
  it('a real heredoc still hides its body', () => {
    expect(codes('FROM alpine:3\nRUN <<EOF\nFORM x\nEOF\nFORM y\n')).toEqual(['5 unknown-instruction']);
  });
  it('an unterminated heredoc is an error on its line', () => {
    expect(codes('FROM alpine:3\nRUN <<EOF\necho hi\nFORM x\n')).toEqual(['2 heredoc-unterminated']);
  });
  it('check-dockerfile exits 1 for it', () => {
    const file = join(root, 'tests/fixtures/heredoc-unterminated.Dockerfile');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-dockerfile.ts', file], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(':2:1 error heredoc-unterminated');
  });
});

describe('terminal injection (item 11)', () => {
  it('check-dockerfile prints control characters escaped', () => {
    const file = join(root, 'tests/fixtures/control-characters.Dockerfile');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-dockerfile.ts', file], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toContain('\\x1b');
    expect(r.stdout).not.toMatch(/[\x1b\u202e]|\r(?!\n)/);
    expect(r.stdout).toContain('invisible-character');
  });
});

describe('exec form with nested arrays (item 13)', () => {
  it('is an error without a suggestion', () => {
    const p = checkDockerfile('FROM alpine:3\nCMD ["a", ["b", ["c"]]]\n').find((x) => x.code === 'exec-form-not-strings')!;
    expect(p.severity).toBe('error');
    expect(p.suggestion).toBeUndefined();
    expect(p.message).not.toContain('b,c');
  });
});

describe('one bounded edit distance', () => {
  it.each([['FORM', 'FROM', 1], ['netowrk', 'network', 1], ['kitten', 'sitting', 3], ['', 'abc', 3]] as const)('%s %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
  it('stops at the cutoff', () => {
    expect(editDistance('a'.repeat(1_000_000), 'apt', 2)).toBe(3);
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    // Without the cutoff this is 10^12 cell updates (hours); with it, a few million. The bound is
    // loose on purpose so a busy machine cannot fail it; only a lost cutoff can.
    const [, ms] = timed(() => editDistance('a'.repeat(1_000_000), 'b'.repeat(1_000_000), 2));
    expect(ms).toBeLessThan(5_000);
  });
  it('serves both did-you-means', () => {
    expect(closest('netowrk', ['network', 'node'])).toBe('network');
    expect(didYouMean('FORM', ['FROM', 'RUN'])).toBe('FROM');
  });
});
