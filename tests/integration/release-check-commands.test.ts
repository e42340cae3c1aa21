// `check-commands --docker-version` end to end: the acceptance lines of the release gate.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('check-commands --docker-version', () => {
  const run = (args: string[], input: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-commands.ts', ...args], { cwd: root, input, encoding: 'utf8' });
  it('names --no-pause for 29.7 and nothing for 28.2; content trust by release; 22.0 is a usage error', () => {
    const lines = 'docker container commit --pause=false web snapshot\ndocker container run --disable-content-trust nginx\n';
    const at = (v: string) => run(['--json', '--lang', 'en', '--docker-version', v], lines);
    const r297 = at('29.7');
    const [commit297, run297] = r297.stdout.trim().split('\n').map((l) => JSON.parse(l) as { valid: boolean; diagnostics: Array<{ message: string; suggestion?: string }> });
    expect(commit297!.diagnostics.map((d) => d.message).join(' ')).toContain('--no-pause');
    expect(run297!.valid).toBe(false);
    expect(run297!.diagnostics.map((d) => d.message).join(' ')).toContain('29.0');
    expect(r297.status).toBe(1);
    const r282 = at('28.2');
    expect(r282.stdout.trim().split('\n').map((l) => JSON.parse(l) as { valid: boolean; diagnostics: unknown[] })).toEqual([expect.objectContaining({ valid: true, diagnostics: [] }), expect.objectContaining({ valid: true, diagnostics: [] })]);
    expect(r282.status).toBe(0);
    const bad = run(['--docker-version', '22.0'], 'docker ps\n');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('23.0 … 29.7');
  });

  it('judges for the newest release by default', () => {
    const r = run(['--json'], 'docker container run --disable-content-trust nginx\n');
    expect(JSON.parse(r.stdout) as { valid: boolean }).toMatchObject({ valid: false });
  });
});
