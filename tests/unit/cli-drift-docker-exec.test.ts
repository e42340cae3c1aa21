// The safety rules of scripts/lib/docker-exec.ts, the one way the project runs docker.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertSafeDockerArgs, dockerAvailable, runDocker, runDockerAsync, UnsafeDockerArgsError } from '../../scripts/lib/docker-exec.ts';

describe('assertSafeDockerArgs', () => {
  it.each([
    [['-H', 'tcp://example.com:2375', 'ps'], 'argument 1 ("-H")'],
    [['-Htcp://x', 'ps'], '-H selects a daemon host'],
    [['--host=unix:///var/run/docker.sock', 'ps'], 'selecting a daemon host or context is forbidden'],
    [['--context', 'remote', 'ps'], 'argument 1 ("--context")'],
    [['--context=remote', 'ps'], 'selecting a daemon host or context is forbidden'],
    [['-c', 'remote', 'ps'], 'the root flag -c (--context) is forbidden'],
    [['-Dc', 'remote', 'ps'], 'the root flag -c (--context) is forbidden'],
    [['--log-level', 'debug', '-c', 'remote', 'ps'], 'argument 3 ("-c")'],
    [['-l', 'debug', '-c', 'remote', 'ps'], 'argument 3 ("-c")'],
    [['run', '--rm', 'alpine', 'wget', 'tcp://example.com'], 'ssh:// and tcp:// targets are forbidden'],
    [['context', 'create', 'x', '--docker', 'host=ssh://user@host'], 'ssh:// and tcp:// targets are forbidden'],
    [['login'], '`docker login` talks to remote hosts'],
    [['logout', 'registry.example.com'], '`docker logout` talks to remote hosts'],
    [['manifest', 'inspect', 'alpine'], '`docker manifest` talks to remote hosts'],
    [['--debug', 'trust', 'inspect', 'alpine'], '`docker trust` talks to remote hosts'],
    [['manifest', 'inspect', '--insecure', '--help'], '`docker manifest` talks to remote hosts'],
    [['login', '--password-stdin', '--help'], '`docker login` talks to remote hosts'],
  ])('refuses %j', (args, message) => {
    expect(() => assertSafeDockerArgs(args)).toThrow(UnsafeDockerArgsError);
    expect(() => assertSafeDockerArgs(args)).toThrow(message);
  });

  it.each([
    [['--help']],
    [['--version']],
    [['run', '-c', '512', 'alpine']],
    [['run', '-d', '--restart', 'always', 'nginx']],
    [['-D', 'ps', '-a']],
    [['-l', 'debug', 'ps']],
    [['manifest', '--help']],
    [['manifest', 'inspect', '--help']],
    [['trust', 'key', 'generate', '--help']],
    [['login', '--help']],
    // Plain words before --help are still a help request: cobra prints help and runs nothing.
    [['manifest', 'inspect', 'alpine', '--help']],
    [['help', 'login']],
  ])('allows %j', (args) => {
    expect(() => assertSafeDockerArgs(args)).not.toThrow();
  });
});

describe.skipIf(!dockerAvailable())('runDocker (needs docker)', () => {
  it('runs with the throw-away HOME, removes it after, and never reaches a daemon', () => {
    const r = runDocker(['version']);
    expect(r.stderr).toContain('unix:///nonexistent.sock');
    expect(r.status).not.toBe(0);
    expect(r.home).toMatch(/^\/tmp\/dockref-home-/);
    expect(existsSync(r.home)).toBe(false);
  });

  it('sees no COLUMNS and no terminal: the root help wraps at 80 columns', async () => {
    const r = await runDockerAsync(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`(default\n                           "${r.home}/.docker")`);
    expect(Math.max(...r.stdout.split('\n').filter((l) => l.startsWith('  -') || l.startsWith('      --')).map((l) => l.length))).toBeLessThan(80);
  });

  it('refuses before starting anything', () => {
    expect(() => runDocker(['-H', 'ssh://example.com', 'ps'])).toThrow(UnsafeDockerArgsError);
  });
});
