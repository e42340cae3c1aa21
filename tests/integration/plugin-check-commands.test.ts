// check-commands on the plugin acceptance lines (docker build with buildx, docker buildx,
// docker compose), run as a user runs it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('check-commands on the acceptance lines', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const run = (input: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-commands.ts', '--json', '--lang', 'en'], { cwd: root, input, encoding: 'utf8' });
  it('accepts the three valid lines (exit 0)', () => {
    const r = run('docker build --secret id=npmrc,src=.npmrc -t app .\ndocker buildx build --platform linux/amd64,linux/arm64 -t app --push .\ndocker compose -f compose.yaml up -d\n');
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { command: string }).command)).toEqual(['image build', 'buildx build', 'compose up']);
  });
  it('rejects the two typos with a did-you-mean fix (exit 1)', () => {
    const r = run('docker compose up --detatch\ndocker buildx build --platfrom linux/amd64 .\n');
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { valid: boolean; diagnostics: Array<{ suggestion?: string; message: string }> });
    expect(out.map((o) => o.valid)).toEqual([false, false]);
    expect(out.map((o) => o.diagnostics[0]?.suggestion)).toEqual(['docker compose up --detach', 'docker buildx build --platform linux/amd64 .']);
    expect(out.map((o) => o.diagnostics[0]?.message)).toEqual(['`docker compose up` has no `--detatch` option. Did you mean `--detach`?', '`docker buildx build` has no `--platfrom` option. Did you mean `--platform`?']);
  });
});
