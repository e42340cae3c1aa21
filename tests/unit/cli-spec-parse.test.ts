// Table-driven tests for the help-text parser's tricky cases, on the real 28.2.2 snapshots and
// on small hand-written inputs. One line per case.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotDir } from '../../scripts/gen-spec.ts';
import { capturedSpec, cliSpec, findCommand, getCommandByPath, getCommandBySlug, listCommands as listAll } from '../../src/lib/cli-spec/index.ts';

// The captured help only; the plugin references have their own tests (plugin-spec-golden.test.ts).
const listCommands = () => capturedSpec.commands;
import { parseHelp } from '../../src/lib/cli-spec/parse-help.ts';
import { joinWrappedLines, splitDefault } from '../../src/lib/cli-spec/parse-options.ts';
import { parseUsage } from '../../src/lib/cli-spec/parse-usage.ts';
import type { CommandSpec, OptionSpec } from '../../src/lib/cli-spec/schema.ts';

const snapshot = (slug: string): CommandSpec => parseHelp(readFileSync(join(snapshotDir, `${slug}.txt`), 'utf8'));
const option = (slug: string, long: string): OptionSpec => {
  const o = snapshot(slug).options.find((x) => x.long === long);
  if (!o) throw new Error(`${slug} has no --${long}`);
  return o;
};

describe('counts (docker 28.2.2)', () => {
  it('has 151 canonical commands besides the root: 132 leaves, 19 groups', () => {
    expect(listCommands()).toHaveLength(151);
    expect(listCommands().filter((c) => !c.isGroup)).toHaveLength(132);
    expect(listCommands().filter((c) => c.isGroup)).toHaveLength(19);
  });

  it('container run has 103 options besides --help, which it does print (its -h is --hostname)', () => {
    const run = snapshot('container-run');
    expect(run.options.filter((o) => o.long !== 'help')).toHaveLength(103);
    expect(run.options.find((o) => o.long === 'help')).toMatchObject({ short: null, valueType: null, description: 'Print usage' });
    expect(run.options.find((o) => o.long === 'hostname')?.short).toBe('h');
  });

  it('prints --help only where -h is taken (container run and create)', () => {
    expect(listCommands().filter((c) => c.options.some((o) => o.long === 'help')).map((c) => c.slug)).toEqual(['container-create', 'container-run']);
  });

  it('the root has 11 global options and lists 57 commands in 4 sections', () => {
    expect(capturedSpec.root.options.map((o) => o.long)).toEqual(['config', 'context', 'debug', 'host', 'log-level', 'tls', 'tlscacert', 'tlscert', 'tlskey', 'tlsverify', 'version']);
    const sections = capturedSpec.root.subcommands.map((s) => s.section);
    expect([...new Set(sections)]).toEqual(['Common Commands', 'Management Commands', 'Swarm Commands', 'Commands']);
    expect(sections.filter((s) => s === 'Common Commands')).toHaveLength(12);
    expect(capturedSpec.root.subcommands).toHaveLength(57);
    // With the plugins, the root also lists buildx and compose, as the CLI lists installed plugins.
    expect(cliSpec.root.subcommands.filter((s) => s.section === 'Plugins').map((s) => s.name)).toEqual(['buildx', 'compose']);
  });
});

describe('option types, defaults and shorthands, exactly as printed', () => {
  it.each([
    ['container-run', 'restart', null, 'string', '"no"'],
    ['container-run', 'blkio-weight', null, 'uint16', '0'],
    ['container-run', 'memory', 'm', 'bytes', null],
    ['container-run', 'cpus', null, 'decimal', null],
    ['container-run', 'health-interval', null, 'duration', '0s'],
    ['container-run', 'ulimit', null, 'ulimit', '[]'],
    ['container-run', 'mount', null, 'mount', null],
    ['container-run', 'gpus', null, 'gpu-request', null],
    ['container-run', 'publish', 'p', 'list', null],
    ['container-run', 'detach', 'd', null, null],
    ['container-run', 'disable-content-trust', null, null, 'true'],
    ['container-run', 'annotation', null, 'map', 'map[]'],
    ['container-run', 'blkio-weight-device', null, 'list', '[]'],
    ['container-run', 'memory-swappiness', null, 'int', '-1'],
    ['container-run', 'pull', null, 'string', '"missing"'],
    ['container-ls', 'all', 'a', null, null],
    ['container-ls', 'last', 'n', 'int', '-1'],
    ['container-ls', 'filter', 'f', 'filter', null],
    ['service-create', 'limit-pids', null, 'int', null],
    ['service-create', 'max-concurrent', null, 'uint', null],
    ['service-create', 'mode', null, 'string', '"replicated"'],
    ['service-create', 'publish', 'p', 'port', null],
    ['service-create', 'placement-pref', null, 'pref', null],
    ['service-create', 'update-delay', null, 'duration', '0s'],
    ['swarm-init', 'external-ca', null, 'external-ca', null],
    ['swarm-init', 'default-addr-pool', null, 'ipNetSlice', '[]'],
    ['swarm-init', 'default-addr-pool-mask-length', null, 'uint32', '24'],
    ['context-create', 'docker', null, 'stringToString', '[]'],
    ['network-create', 'subnet', null, 'strings', null],
    ['image-build', 'build-arg', null, 'list', null],
    ['image-build', 'shm-size', null, 'bytes', null],
    ['docker', 'config', null, 'string', '"~/.docker"'],
    ['docker', 'tlskey', null, 'string', '"~/.docker/key.pem"'],
    ['docker', 'log-level', 'l', 'string', '"info"'],
  ] as const)('%s --%s: -%s %s (default %s)', (slug, long, short, valueType, def) => {
    expect(option(slug, long)).toMatchObject({ short, valueType, default: def });
  });
});

describe('descriptions', () => {
  it.each([
    ['container-run', 'add-host', 'Add a custom host-to-IP mapping (host:ip)'],
    ['container-run', 'restart', 'Restart policy to apply when a container exits'],
    ['container-ls', 'all', 'Show all containers (default shows just running)'],
    ['service-create', 'limit-pids', 'Limit maximum number of processes (default 0 = unlimited)'],
    ['service-create', 'max-concurrent', 'Number of job tasks to run concurrently (default equal to --replicas)'],
    ['docker', 'context', 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")'],
    [
      'container-run',
      'cgroupns',
      "Cgroup namespace to use (host|private)\n'host':    Run the container in the Docker host's cgroup namespace\n'private': Run the container in its own private cgroup namespace\n'':        Use the cgroup namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)",
    ],
    [
      'network-ls',
      'format',
      "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
    ],
  ] as const)('%s --%s', (slug, long, description) => {
    expect(option(slug, long).description).toBe(description);
  });
});

describe('markers', () => {
  it.each([
    ['container-run', 'cpu-count', 'windowsOnly', true],
    ['container-run', 'cpu-percent', 'windowsOnly', true],
    ['container-run', 'memory', 'windowsOnly', false],
    ['image-ls', 'tree', 'experimental', true],
    ['image-ls', 'all', 'experimental', false],
  ] as const)('%s --%s %s = %s', (slug, long, marker, value) => {
    expect(option(slug, long)[marker]).toBe(value);
  });

  it('counts the markers 28.2.2 prints: 10 Windows-only options, 1 experimental (image ls --tree), none deprecated (pflag hides those)', () => {
    const all = listCommands().flatMap((c) => c.options);
    expect(all.filter((o) => o.windowsOnly)).toHaveLength(10);
    expect(all.filter((o) => o.experimental).map((o) => o.long)).toEqual(['tree']);
    expect(all.filter((o) => o.deprecated)).toHaveLength(0);
  });

  it.each([
    ['manifest', true],
    ['manifest-inspect', true],
    ['image-ls', false],
  ] as const)('%s is an experimental command: %s', (slug, experimental) => {
    expect(getCommandBySlug(slug)?.experimental).toBe(experimental);
  });
});

describe('usage grammar', () => {
  // args: `?` optional, `*` repeated, alternatives joined by `|`.
  const summary = (line: string) => {
    const u = parseUsage(line);
    return [u.path.join(' '), u.acceptsOptions, u.args.map((a) => `${a.optional ? '?' : ''}${a.alternatives.join('|')}${a.repeated ? '*' : ''}`).join(' '), u.minArgs, u.maxArgs];
  };
  it.each([
    ['docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]', 'docker container run', true, 'IMAGE ?COMMAND ?ARG*', 1, null],
    ['docker image build [OPTIONS] PATH | URL | -', 'docker image build', true, 'PATH|URL|-', 1, 1],
    ['docker container cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-', 'docker container cp', true, 'CONTAINER:SRC_PATH DEST_PATH|-', 2, 2],
    ['docker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH', 'docker cp', true, 'SRC_PATH|- CONTAINER:DEST_PATH', 2, 2],
    ['docker container commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]', 'docker container commit', true, 'CONTAINER ?REPOSITORY[:TAG]', 1, 2],
    ['docker image tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]', 'docker image tag', false, 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]', 2, 2],
    ['docker container rm [OPTIONS] CONTAINER [CONTAINER...]', 'docker container rm', true, 'CONTAINER ?CONTAINER*', 1, null],
    ['docker container ls [OPTIONS]', 'docker container ls', true, '', 0, 0],
    ['docker context show', 'docker context show', false, '', 0, 0],
    ['docker builder prune', 'docker builder prune', false, '', 0, 0],
    ['docker image pull [OPTIONS] NAME[:TAG|@DIGEST]', 'docker image pull', true, 'NAME[:TAG|@DIGEST]', 1, 1],
    ['docker swarm join-token [OPTIONS] (worker|manager)', 'docker swarm join-token', true, 'worker|manager', 1, 1],
    ['docker container top CONTAINER [ps OPTIONS]', 'docker container top', false, 'CONTAINER ?ps OPTIONS', 1, 2],
    ['docker secret create [OPTIONS] SECRET [file|-]', 'docker secret create', true, 'SECRET ?file|-', 1, 2],
    ['docker context inspect [OPTIONS] [CONTEXT] [CONTEXT...]', 'docker context inspect', true, '?CONTEXT ?CONTEXT*', 0, null],
    ['docker trust signer add OPTIONS NAME REPOSITORY [REPOSITORY...] ', 'docker trust signer add', true, 'NAME REPOSITORY ?REPOSITORY*', 2, null],
    ['docker node inspect [OPTIONS] self|NODE [NODE...]', 'docker node inspect', true, 'self|NODE ?NODE*', 1, null],
    ['docker container port CONTAINER [PRIVATE_PORT[/PROTO]]', 'docker container port', false, 'CONTAINER ?PRIVATE_PORT[/PROTO]', 1, 2],
    ['docker [OPTIONS] COMMAND', 'docker', true, 'COMMAND', 1, 1],
    ['docker container COMMAND', 'docker container', false, 'COMMAND', 1, 1],
  ] as const)('%s', (line, path, acceptsOptions, args, min, max) => {
    expect(summary(line)).toEqual([path, acceptsOptions, args, min, max]);
  });

  it('keeps an argument text without its outer brackets and dots', () => {
    expect(parseUsage('docker image inspect [OPTIONS] IMAGE [IMAGE[:TAG]...]').args[1]).toEqual({ text: 'IMAGE[:TAG]', alternatives: ['IMAGE[:TAG]'], optional: true, repeated: true });
  });

  it('reads both usage forms of container cp', () => {
    expect(getCommandBySlug('container-cp')?.usage.map((u) => u.text)).toEqual([
      'docker container cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-',
      'docker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
    ]);
  });

  it.each([
    ['docker run [OPTIONS] IMAGE [COMMAND', 'column 36: a bracket is not closed'],
    ['docker run IMAGE]', 'column 17: unbalanced "]"'],
    ['run IMAGE', 'column 1: a usage form must start with "docker"'],
    ['docker x | ', 'column 10: "|" needs an alternative on each side'],
  ])('rejects %j: %s', (line, message) => {
    expect(() => parseUsage(line)).toThrow(message);
  });
});

describe('default clauses', () => {
  it.each([
    ['Restart policy (default "no")', 'string', 'Restart policy', '"no"'],
    ['Weight (default 0)', 'uint16', 'Weight', '0'],
    ['Options (default [])', 'list', 'Options', '[]'],
    ['Labels (default map[])', 'map', 'Labels', 'map[]'],
    ['Interval (default 0s)', 'duration', 'Interval', '0s'],
    ['Skip verification (default true)', null, 'Skip verification', 'true'],
    ['Show all (default shows just running)', null, 'Show all (default shows just running)', null],
    ['Limit (default 0 = unlimited)', 'int', 'Limit (default 0 = unlimited)', null],
    ['Name (default none)', 'string', 'Name (default none)', null],
    ['Addresses (default [a b])', 'list', 'Addresses', '[a b]'],
    ["'': daemon (default)", 'string', "'': daemon (default)", null],
    ['Plain text', 'string', 'Plain text', null],
  ] as const)('%j (%s)', (usage, type, description, def) => {
    expect(splitDefault(usage, type)).toEqual({ description, def });
  });
});

describe('joining wrapped lines (column 41, window 33)', () => {
  it.each([
    ['a wrap', ['Add a custom host-to-IP mapping', '(host:ip)'], 'Add a custom host-to-IP mapping (host:ip)'],
    ['a wrapped default', ['Restart policy to apply when a', 'container exits (default "no")'], 'Restart policy to apply when a container exits (default "no")'],
    ['a list item at the wrap point', ['Run the container in its own private cgroup namespace'.slice(0, 32), "'':        Use the cgroup"], "Run the container in its own pri\n'':        Use the cgroup"],
    ['an indented continuation', ['namespace as configured by the', '           default-cgroupns-mode', 'option on the daemon (default)'], 'namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)'],
  ] as const)('%s', (_name, lines, joined) => {
    expect(joinWrappedLines(lines, 41)).toBe(joined);
  });
});

describe('help sections', () => {
  it.each([
    ['container-ls', 'List containers', null, [['container', 'ls'], ['container', 'list'], ['container', 'ps'], ['ps']]],
    ['image-build', 'Build an image from a Dockerfile', null, [['image', 'build'], ['build'], ['builder', 'build']]],
    ['container-cp', 'Copy files/folders between a container and the local filesystem', "Use '-' as the source to read a tar archive from stdin", [['container', 'cp'], ['cp']]],
    ['version', 'Show the Docker version information', null, []],
    ['manifest', 'The **docker manifest** command has subcommands for managing image manifests and manifest lists. A manifest list allows you to use one name to refer to the same image built for multiple architectures.', 'To see help for a subcommand, use:', []],
  ] as const)('%s: summary, long description, aliases', (slug, summary, longStart, aliases) => {
    const c = snapshot(slug);
    expect(c.summary).toBe(summary);
    if (longStart === null) expect(c.longDescription).toBeNull();
    else expect(c.longDescription?.startsWith(longStart)).toBe(true);
    expect(c.aliases).toEqual(aliases);
  });

  it('groups list their subcommands with the section they came from', () => {
    const trust = snapshot('trust');
    expect(trust.isGroup).toBe(true);
    expect(trust.subcommands.map((s) => `${s.section}: ${s.name}`)).toEqual(['Management Commands: key', 'Management Commands: signer', 'Commands: inspect', 'Commands: revoke', 'Commands: sign']);
  });

  it.each([
    ['not a help text', 'hello\n', 'line 1: expected the help to start with "Usage:"'],
    ['an unknown section', 'Usage:  docker x\n\nDo x\n\nOptions:\n      --a   A\n\nFlags:\n  x\n', 'line 8: unknown section "Flags:"'],
    ['a broken alias', 'Usage:  docker x\n\nDo x\n\nAliases:\n  docker x, y\n', 'line 6: alias 2 "y" is not of the form "docker <command words>"'],
    ['misaligned descriptions', 'Usage:  docker x\n\nDo x\n\nOptions:\n      --a   A\n      --bb   B\n', 'line 7: the description of --bb starts at column 14, the others at 13'],
    ['a shorthand-only flag', 'Usage:  docker x\n\nDo x\n\nOptions:\n      --a   A\n  -z    Z\n', 'line 7: "-z    Z" looks like a flag without a long name'],
    ['a usage path not among the aliases', 'Usage:  docker x\n\nDo x\n\nAliases:\n  docker y, docker z\n', 'the usage path "x" is not among the aliases'],
  ])('rejects %s with a message that says where', (_name, text, message) => {
    expect(() => parseHelp(text)).toThrow(message);
  });
});

describe('lookups (src/lib/cli-spec/index.ts)', () => {
  it.each([
    [['ps'], 'container-ls'],
    [['container', 'ps'], 'container-ls'],
    [['container', 'list'], 'container-ls'],
    [['docker', 'images'], 'image-ls'],
    [['build'], 'image-build'],
    [['builder', 'build'], 'image-build'],
    [['run'], 'container-run'],
    [['network'], 'network'],
    [['trust', 'key', 'generate'], 'trust-key-generate'],
    [[], 'docker'],
    [['nope'], undefined],
  ] as const)('getCommandByPath(%j) -> %s', (words, slug) => {
    expect(getCommandByPath(words)?.slug).toBe(slug);
  });

  it.each([
    [['docker', 'run', '-d', 'nginx'], 'container-run', 2],
    [['container', 'ls', '-a'], 'container-ls', 2],
    [['network', 'nope'], 'network', 1],
    [['-D', 'ps'], 'docker', 0],
  ] as const)('findCommand(%j) -> %s using %i words', (words, slug, consumed) => {
    const r = findCommand(words);
    expect([r.command.slug, r.consumed]).toEqual([slug, consumed]);
  });

  it('getCommandBySlug finds every listed command and the root', () => {
    for (const c of listAll()) expect(getCommandBySlug(c.slug)).toBe(c);
    expect(getCommandBySlug('docker')).toBe(cliSpec.root);
    expect(getCommandBySlug('ps')).toBeUndefined();
  });
});
