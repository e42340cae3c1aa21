// Judging a line for one Docker release: the gate after the validator
// (src/lib/releases/gate.ts), table-driven. `check-commands --docker-version` end to end:
// tests/integration/release-check-commands.test.ts.
import { describe, expect, it } from 'vitest';
import { say } from '../../src/lib/i18n/messages';
import { validateCommandLine } from '../../src/lib/command/index.ts';
import { judgeForRelease, judgeForSite, parseRelease } from '../../src/lib/releases/gate.ts';

const judge = (line: string, release: string) => judgeForRelease(validateCommandLine(line), release);

describe('judgeForRelease', () => {
  it.each([
    // line, release, valid, code, severity, suggestion, words the English message names
    ['docker container commit --pause=false web snapshot', '29.7', true, 'flag-replaced-in-release', 'warning', 'docker container commit --no-pause web snapshot', ['--no-pause', '29.0']],
    ['docker container commit --pause web snapshot', '29.7', true, 'flag-replaced-in-release', 'warning', 'docker container commit web snapshot', ['--no-pause']],
    ['docker container run --disable-content-trust nginx', '29.7', false, 'flag-removed-in-release', 'error', 'docker container run nginx', ['29.0', '--disable-content-trust']],
    ['docker run --kernel-memory 64m nginx', '29.0', false, 'flag-removed-in-release', 'error', 'docker run nginx', ['--kernel-memory', '29.0']],
    ['docker run --use-api-socket nginx', '27.5', false, 'flag-newer-than-release', 'error', 'docker run nginx', ['--use-api-socket', '28.1']],
    ['docker stop --timeout 5 web', '27.5', false, 'flag-newer-than-release', 'error', 'docker stop --time 5 web', ['--time', '28.0']],
    ['docker stop --timeout=5 web', '27.5', false, 'flag-newer-than-release', 'error', 'docker stop --time=5 web', ['--time']],
    ['docker stop --time 5 web', '29.7', true, 'flag-replaced-in-release', 'warning', 'docker stop --timeout 5 web', ['--timeout', '28.0']],
    ['docker commit --no-pause web snap', '28.2', false, 'flag-newer-than-release', 'error', 'docker commit --pause=false web snap', ['--pause=false', '29.0']],
    ['docker image ls --tree', '27.1', false, 'flag-newer-than-release', 'error', 'docker image ls', ['--tree', '27.2']],
    ['docker trust sign myuser/app:1.0', '29.7', false, 'command-removed-in-release', 'error', undefined, ['docker trust sign', '29.0']],
  ] as const)('%s for %s', (line, release, valid, code, severity, suggestion, words) => {
    const r = judge(line, release);
    expect(r.valid).toBe(valid);
    const d = r.diagnostics.find((x) => x.code === code);
    expect(d, JSON.stringify(r.diagnostics)).toBeDefined();
    expect(d!.severity).toBe(severity);
    expect(d!.suggestion).toBe(suggestion);
    for (const w of words) expect(say(d!.message, 'en')).toContain(w);
    expect(say(d!.message, 'ko')).toMatch(/[가-힣]/);
  });

  it.each([
    ['docker container commit --pause=false web snapshot', '28.2'],
    ['docker container run --disable-content-trust nginx', '28.2'],
    ['docker run --use-api-socket nginx', '28.1'],
    ['docker commit --no-pause web snap', '29.0'],
    ['docker trust sign myuser/app:1.0', '28.5'],
    ['docker buildx build --policy filename=p.rego .', '23.0'],
  ])('adds nothing to %s for %s', (line, release) => {
    const before = validateCommandLine(line);
    expect(judge(line, release).diagnostics).toEqual(before.diagnostics);
  });

  it('judges a removed command`s page examples for its last release', () => {
    expect(judgeForSite(validateCommandLine('docker trust sign myuser/app:1.0')).valid).toBe(true);
    expect(judgeForSite(validateCommandLine('docker run --disable-content-trust nginx')).valid).toBe(false);
  });
});

describe('parseRelease', () => {
  it.each([
    ['27.5', '27.5'],
    ['27.5.1', '27.5'],
    ['v29.7', '29.7'],
    ['23.0', '23.0'],
  ])('%s -> %s', (text, line) => expect(parseRelease(text)).toBe(line));
  it.each([
    ['22.0', /outside the release history \(23\.0 … 29\.7\)/],
    ['30.0', /outside the release history/],
    ['26.2', /not a release line/],
    ['latest', /MAJOR\.MINOR/],
  ])('rejects %s', (text, want) => expect(() => parseRelease(text)).toThrow(want));
});

describe('the compact facts the browser gets', () => {
  it('judge every line and release exactly as the full history does, in a few KB', async () => {
    const { compactReleaseFacts, factsFromCompact } = await import('../../src/lib/releases/gate.ts');
    const { judgeWithFacts } = await import('../../src/lib/releases/gate-core.ts');
    const compact = compactReleaseFacts();
    expect(JSON.stringify(compact).length).toBeLessThan(8_000);
    const facts = factsFromCompact(JSON.parse(JSON.stringify(compact)));
    const lines = ['docker container commit --pause=false web snapshot', 'docker run --use-api-socket --disable-content-trust --kernel-memory 1m nginx', 'docker stop --timeout 5 web', 'docker trust sign a/b:1', 'docker image ls --tree', 'docker service create --memory-swap 1g nginx'];
    for (const line of lines) for (const release of compact.lines) {
      const v = validateCommandLine(line);
      expect(judgeWithFacts(facts, v, release)).toEqual(judgeForRelease(v, release));
    }
  });
});
