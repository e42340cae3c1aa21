// `dockref check` as a person or a CI job runs it: files and globs, exit status, the four output
// formats, --fix with its diff, and a reader that goes away (`| head -1`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'src/cli/dockref.ts');
const dir = mkdtempSync(join(tmpdir(), 'dockref-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], input = '', env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir, LANG: 'C.UTF-8', ...env } });

const THREE = `# 세 가지 실수 / Three mistakes

Some prose with docker run --nmae in it.

\`\`\`console
$ docker run --nmae web nginx
Unable to find image
$ docker netowrk ls
\`\`\`

\`\`\`sh
docker run —rm alpine
\`\`\`
`;

describe('dockref check', () => {
  it('passes a clean file with exit 0 and says what it checked', () => {
    writeFileSync(join(dir, 'ok.md'), '# ok\n\n```sh\ndocker ps -a\n```\n');
    const r = run(['check', 'ok.md']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('checked 1 command in 1 file: 0 errors');
  });

  it('prints file:line:col: severity code message and the fix, exit 1', () => {
    writeFileSync(join(dir, 'three.md'), THREE);
    const r = run(['check', 'three.md']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('three.md:6:14: error unknown-flag `docker container run` has no `--nmae` option. Did you mean `--name`?\n  fix: docker run --name web nginx\n');
    expect(r.stdout).toContain('three.md:8:10: error unknown-command');
  });

  it('speaks Korean with --lang ko or LANG=ko_KR', () => {
    writeFileSync(join(dir, 'three.md'), THREE);
    expect(run(['check', '--lang', 'ko', 'three.md']).stdout).toContain('`--nmae` 옵션이 없습니다');
    expect(run(['check', 'three.md'], '', { LANG: 'ko_KR.UTF-8' }).stdout).toContain('`--nmae` 옵션이 없습니다');
  });

  it('--format github prints one ::error line per mistake', () => {
    writeFileSync(join(dir, 'three.md'), THREE);
    const r = run(['check', '--format', 'github', 'three.md']);
    expect(r.status).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error file=three.md,line='));
    expect(errors.map((l) => /line=(\d+)/.exec(l)![1])).toEqual(['6', '8', '12']);
  });

  it('--fix rewrites the sure fixes, prints a diff, and leaves a file that passes', () => {
    writeFileSync(join(dir, 'fixme.md'), THREE);
    const r = run(['check', '--fix', 'fixme.md']);
    expect(r.stdout).toContain('--- a/fixme.md\n+++ b/fixme.md\n@@ -6 +6 @@\n-$ docker run --nmae web nginx\n+$ docker run --name web nginx\n');
    expect(r.status, r.stdout).toBe(0);
    const after = readFileSync(join(dir, 'fixme.md'), 'utf8');
    expect(after).toContain('Some prose with docker run --nmae in it.');
    expect(after).toContain('docker network ls');
    expect(run(['check', 'fixme.md']).status).toBe(0);
  });

  it('--format json: one object per command with file, line, column', () => {
    writeFileSync(join(dir, 'three.md'), THREE);
    const objs = run(['check', '--format=json', 'three.md']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(objs.map((o) => [o.file, o.line, o.column, o.input, o.valid])).toEqual([
      ['three.md', 6, 3, 'docker run --nmae web nginx', false],
      ['three.md', 8, 3, 'docker netowrk ls', false],
      ['three.md', 12, 1, 'docker run —rm alpine', false],
    ]);
    expect(objs[0].diagnostics[0]).toMatchObject({ severity: 'error', code: 'unknown-flag', line: 6, column: 14 });
  });

  it('--format sarif writes one SARIF 2.1.0 log', () => {
    writeFileSync(join(dir, 'three.md'), THREE);
    const log = JSON.parse(run(['check', '--format', 'sarif', 'three.md']).stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.name).toBe('dockref');
    expect(log.runs[0].results.filter((x: { level: string }) => x.level === 'error')).toHaveLength(3);
    expect(log.runs[0].results[0].locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'three.md' }, region: { startLine: 6, startColumn: 14 } });
  });

  it('expands quoted globs and reads stdin', () => {
    writeFileSync(join(dir, 'ok.md'), '```sh\ndocker ps\n```\n');
    expect(run(['check', '*.md']).stderr).toMatch(/in [2-9]\d* files/);
    expect(run(['check', '-'], '```sh\ndocker rm\n```\n').status).toBe(1);
    expect(run(['check', '--type', 'shell', '-'], 'docker rm\n').stdout).toContain('-:1:8: error missing-args');
  });

  it('warnings pass, unless --strict', () => {
    writeFileSync(join(dir, 'warn.md'), '```sh\ndocker run nginx -d\n```\n');
    const r = run(['check', 'warn.md']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('warning option-after-image');
    expect(run(['check', '--strict', 'warn.md']).status).toBe(1);
  });

  it('exits 2 on bad usage, naming the problem', () => {
    for (const args of [['check', '--format', 'xml', 'a.md'], ['check', '--bogus'], ['check', 'no-such.md'], ['check', 'nothing/**/*.md'], ['frobnicate'], ['check', '--fix', '-']]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^dockref: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('ends quietly with status 0 when the reader goes away (| head -1)', () => {
    const big = `\`\`\`sh\n${'docker rm\n'.repeat(20_000)}\`\`\`\n`;
    writeFileSync(join(dir, 'big.md'), big);
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" --import tsx "${cli}" check big.md | head -1`], { cwd: root, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.status).toBe(0);
  });
});

describe('check-commands, an alias of dockref check, on hostile input', () => {
  const runCommands = (args: string[], input: string) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/check-commands.ts'), ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  // Each line: many whole-line suggestions and control characters that JSON escapes six-fold.
  const line = `docker ps ${'\u200b'.repeat(100)}${'\x1b'.repeat(65_325)}`;
  const input = `${line}\n`.repeat(3);

  it('--json prints one bounded object per line instead of failing on an over-long string', () => {
    const r = runCommands(['--json'], input);
    expect(r.stderr).not.toContain('RangeError');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(JSON.parse(l).checked).toBe(true);
    // The `input` echo alone is six characters per ESC in JSON; everything else is bounded.
    expect(r.stdout.length).toBeLessThan(15 * input.length);
  });

  it('text output stays within a few times the input', () => {
    const r = runCommands([], input);
    expect(r.status).toBe(1);
    expect(r.stdout.length).toBeLessThan(10 * input.length);
  });

  it('| head -1 ends quietly with status 0', () => {
    writeFileSync(join(dir, 'many.txt'), 'docker run --detatch --nmae x nginx\n'.repeat(20_000));
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" --import tsx scripts/check-commands.ts "${join(dir, 'many.txt')}" | head -1`], { cwd: root, encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.status).toBe(0);
  });
});
