// What the engine run does with one example, decided from its text alone (pure, unit-tested):
// run it, or leave it out with a reason. An example is never dropped silently: whatever is not run
// is counted under its reason in the summary.
import { tokenize } from '../../src/lib/shell/tokenize.ts';
import { dockerfileContinuation, joinContinuations } from '../../src/lib/shell/continuation.ts';

export type NotRunReason = 'registry' | 'buildkit' | 'api' | 'host' | 'swarm' | 'platform' | 'network' | 'interactive' | 'illustrative' | 'plugin' | 'remote' | 'experimental';

export const REASON_TEXT: Record<NotRunReason, string> = {
  registry: 'needs a registry or an image that is not stood in for (a base image with no stand-in)',
  buildkit: 'needs BuildKit (buildx, --secret, --ssh, --output, RUN --mount, multi-platform)',
  host: 'needs something on the host that the sandbox lacks (a syslog daemon, a network interface)',
  api: 'needs a newer API than the engine (20.10, API 1.41)',
  swarm: 'needs swarm mode',
  platform: 'needs another platform (an arm64 image or emulation)',
  network: 'needs the internet while building (package downloads)',
  interactive: 'waits for a person at a terminal',
  illustrative: 'uses IDs or files shown for illustration only',
  plugin: 'needs the compose plugin (Debian 12 packages no docker compose v2)',
  remote: 'talks to a remote Docker host (-H, --context, ssh:// or tcp://)',
  experimental: "needs the daemon's experimental features and CRIU (checkpoints)",
};

export interface Decision {
  run: boolean;
  reason?: NotRunReason;
  /** Why, in words, for the report. */
  detail?: string;
}

// `logout` only edits the client's own credential store, so it runs.
const REGISTRY_COMMANDS = new Set(['pull', 'push', 'login', 'search']);
const SWARM_COMMANDS = new Set(['swarm', 'service', 'stack', 'node', 'secret', 'config']);

/** The docker argument lists in a shell line (each `docker …` segment, pipes and `&&` split). */
export function dockerInvocations(code: string): string[][] {
  const out: string[][] = [];
  // The tokenizer removes `\`-newline continuations itself, as sh does.
  for (const cmd of tokenize(code).commands) {
    const words = cmd.words.map((w) => w.value);
    let i = 0;
    while (i < words.length && /^[A-Z_][A-Z0-9_]*=/.test(words[i]!)) i++;
    if (words[i] === 'docker') out.push(words.slice(i + 1));
  }
  return out;
}

/** The client's global options that take a value (`docker -H HOST ps`). */
const GLOBAL_VALUE_FLAGS = new Set(['-H', '--host', '-c', '--context', '-l', '--log-level', '--config', '--tlscacert', '--tlscert', '--tlskey']);

/** The global options before the command words, and the rest (`-D container ls` -> [-D], [container, ls]). */
export function splitGlobal(args: readonly string[]): { globals: string[]; rest: string[] } {
  let i = 0;
  while (i < args.length && args[i]!.startsWith('-')) i += GLOBAL_VALUE_FLAGS.has(args[i]!) ? 2 : 1;
  return { globals: args.slice(0, i), rest: args.slice(i) };
}

/** The command words of a docker argument list: `container run`, `image build`, `pull` (global options skipped). */
export function commandWords(args: readonly string[]): string[] {
  const words: string[] = [];
  for (const a of splitGlobal(args).rest) {
    if (a.startsWith('-')) break;
    words.push(a);
    if (words.length === 2) break;
  }
  return words;
}

const hasFlag = (args: readonly string[], ...names: string[]) => args.some((a) => names.some((n) => a === n || a.startsWith(`${n}=`)));
const flagValue = (args: readonly string[], name: string): string | undefined => {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === name) return args[i + 1];
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
  }
  return undefined;
};

export interface ShellContext {
  /** Local registries stand in for Docker Hub (its search too) and gcr.io: pull, push, login and search run. */
  localRegistry?: boolean;
}

/** For a shell example: whether it can run on this engine, and if not, why. */
export function classifyShell(code: string, ctx: ShellContext = {}): Decision {
  for (const args of dockerInvocations(code)) {
    // Never run: these send the client to another host (and nothing here could answer).
    const { globals } = splitGlobal(args);
    if (globals.some((g) => GLOBAL_VALUE_FLAGS.has(g) && ['-H', '--host', '-c', '--context'].includes(g)) || globals.some((g) => /^--(host|context)=/.test(g)))
      return { run: false, reason: 'remote', detail: 'the client is sent to another Docker host' };
    const [first, second] = commandWords(args);
    const verb = first === 'image' || first === 'container' || first === 'system' ? second : first;
    if (first === 'compose') return { run: false, reason: 'plugin', detail: 'docker compose is a plugin that is not installed here' };
    if (first === 'manifest' || first === 'trust') return { run: false, reason: 'registry', detail: `docker ${first} talks to a registry from the client, not through the engine` };
    if (first === 'plugin' && second !== 'ls' && second !== 'list') return { run: false, reason: 'registry', detail: 'the plugin is installed from Docker Hub' };
    if (first === 'checkpoint' || (verb === 'start' && hasFlag(args, '--checkpoint'))) return { run: false, reason: 'experimental', detail: 'checkpoints need experimental mode and CRIU' };
    if (first === 'volume' && second === 'prune' && hasFlag(args, '-a', '--all')) return { run: false, reason: 'api', detail: 'volume prune --all needs API 1.42 (Docker 23); the engine has 1.41' };
    if (first === 'volume' && second === 'update') return { run: false, reason: 'swarm', detail: 'cluster volumes need swarm mode' };
    if (first === 'network' && second === 'create' && (flagValue(args, '-d') === 'macvlan' || flagValue(args, '--driver') === 'macvlan' || args.some((a) => a.startsWith('parent='))))
      return { run: false, reason: 'host', detail: 'a macvlan network needs a host interface (eth0), which the engine namespace does not have' };
    if (first === 'login' && !args.includes('--password-stdin')) return { run: false, reason: 'interactive', detail: 'docker login asks a person (a browser login, or a password at the terminal)' };
    if (verb === 'pull') {
      const platform = flagValue(args, '--platform');
      if (platform && !/^linux\/amd64$/.test(platform)) return { run: false, reason: 'platform', detail: `pulling for ${platform}: the stand-ins are amd64 only` };
    }
    const needsHub = (first && REGISTRY_COMMANDS.has(first)) || (first === 'image' && second && REGISTRY_COMMANDS.has(second));
    if (needsHub && !ctx.localRegistry) return { run: false, reason: 'registry', detail: `docker ${first === 'image' ? `image ${second}` : first} talks to a registry` };
    if (first && SWARM_COMMANDS.has(first)) return { run: false, reason: 'swarm', detail: `docker ${first} needs swarm mode` };
    if (first === 'buildx' || first === 'builder' && second !== 'prune') return { run: false, reason: 'buildkit', detail: `docker ${first} is a BuildKit command` };
    if (verb === 'build' || first === 'build') {
      if (hasFlag(args, '--secret', '--ssh', '--output', '-o', '--load', '--push', '--cache-from', '--cache-to', '--attest', '--sbom', '--provenance', '--builder'))
        return { run: false, reason: 'buildkit', detail: 'the build uses a BuildKit-only option' };
      const platform = flagValue(args, '--platform');
      if (platform?.includes(',')) return { run: false, reason: 'buildkit', detail: 'a multi-platform build needs BuildKit with the containerd image store or a docker-container builder' };
      if (platform && !/^linux\/amd64$/.test(platform)) return { run: false, reason: 'platform', detail: `building for ${platform} needs emulation` };
      if (hasFlag(args, '--pull') && !ctx.localRegistry) return { run: false, reason: 'registry', detail: '--pull asks the registry for a newer base image' };
    }
    if (verb === 'run' || verb === 'create') {
      const platform = flagValue(args, '--platform');
      if (platform && !/^linux\/amd64$/.test(platform)) return { run: false, reason: 'platform', detail: `running ${platform} needs emulation` };
    }
  }
  return { run: true };
}

/** For a Dockerfile example: whether it can be built here (stand-in base images, no downloads, no BuildKit). */
export function classifyDockerfile(code: string, hasStandIn: (ref: string) => boolean): Decision {
  const lines = joinContinuations(code, dockerfileContinuation('\\')).split('\n');
  if (lines.some((l) => /^\s*RUN\s+--mount/i.test(l)) || lines.some((l) => /^\s*(COPY|ADD)\s+--(link|chmod|parents|exclude)/i.test(l)))
    return { run: false, reason: 'buildkit', detail: 'RUN --mount and COPY --link/--chmod need BuildKit' };
  const stages = new Set<string>();
  // ARG defaults declared before the first FROM may be used in FROM (`FROM golang:${GO_VERSION}`).
  const args = new Map<string, string>();
  let seenFrom = false;
  for (const l of lines) {
    const arg = /^\s*ARG\s+([A-Za-z_][A-Za-z0-9_]*)=(\S+)/i.exec(l);
    if (arg && !seenFrom) args.set(arg[1]!, arg[2]!.replace(/^"(.*)"$/, '$1'));
    const m = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(l);
    if (!m) continue;
    seenFrom = true;
    const ref = m[1]!.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, a: string | undefined, b: string | undefined) => args.get((a ?? b)!) ?? whole);
    if (!stages.has(ref.toLowerCase()) && !/\$/.test(ref) && ref !== 'scratch' && !hasStandIn(ref)) return { run: false, reason: 'registry', detail: `the base image ${ref} has no stand-in and cannot be pulled` };
    if (/\$/.test(ref)) return { run: false, reason: 'registry', detail: `the base image ${ref} is chosen by a build argument and cannot be pulled` };
    if (m[2]) stages.add(m[2].toLowerCase());
  }
  if (lines.some((l) => /^\s*RUN\b.*\b(apt-get|apt|apk|pip|pip3|npm|yarn|curl|wget)\b/i.test(l)))
    return { run: false, reason: 'network', detail: 'a RUN step downloads packages' };
  return { run: true };
}

/** Options of run/exec/create that take a separate value (the ones the examples use). */
const VALUE_FLAGS = new Set(['--name', '-e', '--env', '-p', '--publish', '-v', '--volume', '-w', '--workdir', '-u', '--user', '--entrypoint', '--network', '--mount', '--env-file', '--detach-keys', '--restart', '--tmpfs', '-l', '--label', '--log-opt', '--log-driver', '-m', '--memory', '--memory-swap', '--cpus', '--cpu-shares', '--pids-limit', '--hostname', '--add-host', '--dns', '--expose', '--health-cmd', '--health-interval', '--health-retries', '--cidfile', '--network-alias', '--ip', '--platform', '--volumes-from']);

/** Whether a shell example needs a terminal (`-it`, `-t`): it then runs under `script` with no input. */
export function needsTty(code: string): boolean {
  return dockerInvocations(code).some((args) => {
    const [first, second] = commandWords(args);
    const verb = first === 'container' ? second : first;
    if (verb !== 'run' && verb !== 'exec' && verb !== 'attach' && verb !== 'start' && verb !== 'create') return false;
    // Options come before the image or container; stop at the first word that is neither an
    // option nor the value of one.
    for (let i = verb === second ? 2 : 1; i < args.length; i++) {
      const a = args[i]!;
      if (/^-[a-zA-Z]*t[a-zA-Z]*$/.test(a) || a === '--tty' || a === '--tty=true') return true;
      if (a.startsWith('-')) continue;
      if (!VALUE_FLAGS.has(args[i - 1] ?? '')) return false;
    }
    return false;
  });
}
