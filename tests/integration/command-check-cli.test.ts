// scripts/check-commands.ts as DESIGN.md's contract states it: input, options, exit status, output.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (args: string[], input: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-commands.ts', ...args], { cwd: root, input, encoding: 'utf8' });

// One line per case: arguments, stdin, exit status, a fragment stdout must contain.
const cases: Array<[string[], string, number, string]> = [
  [['--json'], 'docker ps\n', 0, '{"input":"docker ps","valid":true,"checked":true,"command":"container ls","diagnostics":[]}'],
  [['--json', '--lang', 'en'], 'docker rm\n', 1, '"code":"missing-args","message":"`docker rm` requires at least 1 argument'],
  [['--json', '--lang', 'ko'], 'docker rm\n', 1, '"message":"`docker rm` 명령에는 인수가 적어도 1개'],
  [['--json', '--lang=en'], 'docker run -it --restart-always centos bash\n', 1, '"suggestion":"docker run -it --restart=always centos bash"'],
  [['--json'], '# a comment\n\ndocker run -d \\\n  -p 80:80 nginx\n', 0, '"input":"docker run -d \\\\\\n  -p 80:80 nginx","valid":true,"checked":true,"command":"container run"'],
  [['--lang', 'en'], 'docker netowrk ls\n', 1, '          ^^^^^^^'],
  [['--lang', 'en'], 'docker netowrk ls\n', 1, 'fix: docker network ls'],
  [['--lang', 'en'], 'docker search --filter=start=1000 nginx\n', 0, 'warning[unknown-filter-key]'],
  // Text output keeps code in backticks; Korean particles follow a Korean word, never the code.
  [['--lang', 'ko'], 'docker run -it --restart-always centos bash\n', 1, '`docker container run` 명령에는 `--restart-always` 옵션이 없습니다. `--restart=always` 옵션을 뜻했나요?'],
  [['--lang', 'ko'], 'docker netowrk ls\n', 1, '`docker netowrk` 명령은 없습니다. `docker network` 명령을 뜻했나요?'],
  [['--lang', 'fr'], 'docker ps\n', 2, ''],
  [['--bogus'], 'docker ps\n', 2, ''],
  [['no/such/file.txt'], '', 2, ''],
];

describe('check-commands', () => {
  it.each(cases)('%j %j -> %i', (args, input, status, fragment) => {
    const r = run(args, input);
    expect(r.status, r.stderr).toBe(status);
    expect(r.stdout).toContain(fragment);
    if (status === 2) expect(r.stderr).toMatch(/^check-commands: .+\nusage: /);
  });

  it('prints one JSON object per command line', () => {
    const r = run(['--json'], 'docker ps\ndocker images\ndocker rm\n');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { valid: boolean });
    expect(lines.map((l) => l.valid)).toEqual([true, true, false]);
  });
});
