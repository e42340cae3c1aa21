// Lines from docker/cli's own reference that the validator once called invalid, and the meaning
// warning dockref check adds. Each verdict was measured on the docker 28.2.2 binary under
// `unshare -n` (scripts/lib/docker-exec.ts): "ok" means it got as far as dialing the daemon.
import { describe, expect, it } from 'vitest';
import { validateCommandLine } from '../../src/lib/command/index.ts';

const cases: Array<[string, boolean, string[]]> = [
  // docker/cli docs/reference/commandline/container_run.md: a quoted CSV field with commas.
  ['docker run -itd --network=name=my-net,\\"driver-opt=com.docker.network.endpoint.sysctls=net.ipv4.conf.IFNAME.log_martians=1,net.ipv4.conf.IFNAME.forwarding=0\\",ip=192.0.2.42 busybox', true, []],
  ['docker run --network=name=my-net,bogus=1 busybox', false, ['invalid-value']],
  // image_rm.md: --platform is a list (pflag strings), each entry checked.
  ['docker image rm --platform linux/amd64,linux/ppc64le myimage', true, []],
  ['docker image rm --platform linux/amd64, myimage', false, ['invalid-value']],
  ['docker image rm --platform bogus//x myimage', false, ['invalid-value']],
  // image save and inspect take one platform: the comma is an error there.
  ['docker image save --platform linux/amd64,linux/arm64 myimage', false, ['invalid-value']],
  // An empty --until/--since means "not set".
  ["docker events --filter scope=swarm --until ''", true, []],
  // Client-side checks the mutants of the reference ran into.
  ['docker service scale web=3 db=2', true, []],
  ['docker service scale frontend=50 web', false, ['invalid-value']],
  ['docker service scale web=x', false, ['invalid-value']],
  ['docker image ls --format x --tree', false, ['conflicting-options']],
  ['docker image ls --tree --no-trunc', false, ['conflicting-options']],
  ['docker image ls --tree -a', true, []],
  ['docker start --checkpoint c1 a b', false, ['conflicting-options']],
  ['docker start --checkpoint c1 a', true, []],
];

describe('docker/cli reference examples', () => {
  it.each(cases)('%s', (line, valid, errors) => {
    const r = validateCommandLine(line);
    expect(r.valid).toBe(valid);
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(errors);
  });
});

describe('options after the image', () => {
  const warn: Array<[string, string | null]> = [
    ['docker run nginx -d', 'docker run -d nginx'],
    ['docker container run alpine --rm', 'docker container run --rm alpine'],
    ['docker run -it ubuntu -p 80:80', null],
  ];
  it.each(warn)('%s warns', (line, fix) => {
    const d = validateCommandLine(line).diagnostics.find((x) => x.code === 'option-after-image');
    expect(d?.severity).toBe('warning');
    expect(d?.suggestion ?? null).toBe(fix);
  });
  // Arguments for the image's entrypoint, or a command: no warning.
  it.each(['docker container run --rm -it sample -d 2', 'docker run --entrypoint sh alpine -c "echo hi"', 'docker run alpine ls -l', 'docker run mysql --character-set-server=utf8mb4'])('%s does not', (line) => {
    expect(validateCommandLine(line).diagnostics.map((d) => d.code)).not.toContain('option-after-image');
  });
});
