// scripts/check-dockerfile.ts as DESIGN.md's contract states it, run the way a user runs it:
// one line per problem, exit status 0, 1 or 2.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function cli(...args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/check-dockerfile.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const F = 'tests/fixtures/dockerfile';

describe('check-dockerfile CLI', () => {
  it.each([
    ['seed-cmd-broken-json.Dockerfile', 1, [`${F}/seed-cmd-broken-json.Dockerfile:4:12 error exec-form-invalid-json `]],
    ['seed-entrypoint-missing-comma.Dockerfile', 1, [`${F}/seed-entrypoint-missing-comma.Dockerfile:3:27 error exec-form-missing-comma `, `${F}/seed-entrypoint-missing-comma.Dockerfile:3:28 warning common-misspelling `]],
    ['seed-copy-one-argument.Dockerfile', 1, [`${F}/seed-copy-one-argument.Dockerfile:4:1 error copy-missing-destination `]],
    ['seed-run-typo.Dockerfile', 0, [`${F}/seed-run-typo.Dockerfile:3:5 warning likely-typo `]],
    ['multistage-go.Dockerfile', 0, []],
    ['onbuild-base.Dockerfile', 0, []],
  ] as const)('%s -> exit %i', (name, status, starts) => {
    const r = cli(`${F}/${name}`);
    expect(r.status).toBe(status);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBe(starts.length);
    starts.forEach((start, i) => expect(lines[i]?.startsWith(start)).toBe(true));
  });

  it('checks several files in one run and fails if any has an error', () => {
    const r = cli(`${F}/multistage-go.Dockerfile`, `${F}/seed-copy-one-argument.Dockerfile`);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('seed-copy-one-argument.Dockerfile:4:1');
  });

  it('exits 2 without files', () => {
    const r = cli();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no files given');
  });

  it('exits 2 naming a file it cannot read', () => {
    const r = cli(`${F}/multistage-go.Dockerfile`, `${F}/does-not-exist.Dockerfile`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read tests/fixtures/dockerfile/does-not-exist.Dockerfile');
    expect(r.stdout).toBe('');
  });
});
