// The one way this project runs the `docker` binary. Every call goes through `runDocker`, which
// applies all the safety rules from DESIGN.md ("The Docker CLI as judge") so no caller can forget
// one:
// - `unshare -n`: a fresh network namespace with no interface up, so nothing leaves the machine;
// - `env -i` with only PATH, a throw-away HOME and DOCKER_CONFIG (made with mkdtemp, removed after),
//   and DOCKER_HOST pointing at a socket that does not exist;
// - stdin closed, a timeout (both `timeout` and the spawn's own, in case `timeout` hangs);
// - refusal of anything that would make the client dial somewhere: -H/--host, --context (and the
//   global `-c`), ssh:// and tcp:// targets, and the commands login/logout/manifest/trust.
//   The one exception is a pure help request for those four (`manifest inspect --help`): cobra
//   prints the help and returns before any command code runs, and capture-help needs it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface DockerResult {
  stdout: string;
  stderr: string;
  /** Exit status; null when the process was killed (timeout). */
  status: number | null;
  /** The throw-away HOME the call ran with (already removed), so callers can scrub it from output. */
  home: string;
  timedOut: boolean;
}

export interface RunDockerOptions {
  /** Seconds before the call is killed; default 10. */
  timeoutSeconds?: number;
}

/** Commands that talk to registries or notary servers straight from the client, with no daemon. */
const REMOTE_COMMANDS = new Set(['login', 'logout', 'manifest', 'trust']);

/** Root flags that take a separate value (`--log-level debug`), from `docker --help` (28.2.2). */
const ROOT_VALUE_FLAGS = new Set(['--config', '--context', '-c', '--host', '-H', '--log-level', '-l', '--tlscacert', '--tlscert', '--tlskey']);

/** Raised when a caller asks for something the safety rules forbid; says which argument and why. */
export class UnsafeDockerArgsError extends Error {}

/**
 * Throws UnsafeDockerArgsError when `args` could make the docker client reach another host.
 * Exported so the rules can be unit-tested without running docker.
 */
export function assertSafeDockerArgs(args: readonly string[]): void {
  const refuse = (i: number, why: string): never => {
    throw new UnsafeDockerArgsError(`runDocker refused argument ${i + 1} (${JSON.stringify(args[i])}): ${why}`);
  };
  args.forEach((a, i) => {
    if (/^(--host|--context)(=|$)/.test(a)) refuse(i, 'selecting a daemon host or context is forbidden; the call always uses DOCKER_HOST=unix:///nonexistent.sock');
    if (/^-H/.test(a)) refuse(i, '-H selects a daemon host, which is forbidden');
    if (/(ssh|tcp):\/\//i.test(a)) refuse(i, 'ssh:// and tcp:// targets are forbidden');
  });
  // Root flags come before the first command word; there `-c` means --context (later it may be
  // another flag, such as `docker run -c 512` for --cpu-shares).
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') break;
    if (!a.startsWith('-')) break;
    if (/^-[^-]/.test(a)) {
      // A shorthand cluster (`-Dl`, `-Dc`): walk it as pflag does; the first letter that takes a
      // value (c, H, l) takes the rest of the cluster, or the next argument when it is last.
      const cluster = a.slice(1);
      for (let k = 0; k < cluster.length; k++) {
        const ch = cluster[k];
        if (ch === 'c') refuse(i, 'the root flag -c (--context) is forbidden');
        if (ch === 'c' || ch === 'H' || ch === 'l') {
          if (k === cluster.length - 1) i++;
          break;
        }
      }
      continue;
    }
    if (ROOT_VALUE_FLAGS.has(a)) i++;
  }
  const words = args.slice(i).filter((a) => !a.startsWith('-'));
  const first = words[0];
  if (first !== undefined && REMOTE_COMMANDS.has(first)) {
    // Allowed only as a pure help request: command words, then `--help` and nothing else.
    const rest = args.slice(i);
    const pureHelp = rest.length >= 2 && rest[rest.length - 1] === '--help' && rest.slice(0, -1).every((w) => /^[a-z][a-z0-9-]*$/.test(w));
    if (!pureHelp) refuse(args.indexOf(first), `\`docker ${first}\` talks to remote hosts from the client; only \`docker ${first} ... --help\` is allowed`);
  }
}

function commandLine(args: readonly string[], home: string, seconds: number): string[] {
  return [
    '-n',
    'env',
    '-i',
    `PATH=${process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin'}`,
    `HOME=${home}`,
    `DOCKER_CONFIG=${join(home, '.docker')}`,
    'DOCKER_HOST=unix:///nonexistent.sock',
    'timeout',
    String(seconds),
    'docker',
    ...args,
  ];
}

// A fixed parent (not os.tmpdir(), which follows TMPDIR) keeps the path's length constant: the
// root help wraps its `--config` default, which contains this path, by length.
const makeHome = (): string => mkdtempSync('/tmp/dockref-home-');

/** Runs `docker ARGS` under every safety rule; see the file comment. */
export function runDocker(args: readonly string[], opts: RunDockerOptions = {}): DockerResult {
  assertSafeDockerArgs(args);
  const seconds = opts.timeoutSeconds ?? 10;
  const home = makeHome();
  try {
    const r = spawnSync('unshare', commandLine(args, home, seconds), {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: (seconds + 5) * 1000,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.error && (r.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') {
      throw new Error(`runDocker: could not start \`unshare -n env -i ... docker ${args.join(' ')}\`: ${r.error.message}`);
    }
    // `timeout` exits 124 when it had to kill docker.
    const timedOut = r.status === 124 || r.signal !== null;
    return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status, home, timedOut };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** `runDocker` without blocking, so callers can run several at once (capture-help does). */
export function runDockerAsync(args: readonly string[], opts: RunDockerOptions = {}): Promise<DockerResult> {
  assertSafeDockerArgs(args);
  const seconds = opts.timeoutSeconds ?? 10;
  const home = makeHome();
  return new Promise<DockerResult>((resolvePromise, reject) => {
    const child = spawn('unshare', commandLine(args, home, seconds), { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, (seconds + 5) * 1000);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      clearTimeout(timer);
      rmSync(home, { recursive: true, force: true });
      reject(new Error(`runDocker: could not start \`unshare -n env -i ... docker ${args.join(' ')}\`: ${e.message}`));
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      rmSync(home, { recursive: true, force: true });
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      resolvePromise({ stdout, stderr, status, home, timedOut: killed || status === 124 || signal !== null });
    });
  });
}

let availability: string | null | undefined;

/**
 * Why docker cannot be run safely here (no binary, or no `unshare -n`, which needs root or user
 * namespaces), or null when it can. Cached: it is asked once per process.
 */
export function dockerUnavailableReason(): string | null {
  if (availability !== undefined) return availability;
  const probe = spawnSync('unshare', ['-n', 'true'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    availability = '`unshare -n` is not available (needs root or user namespaces), so docker cannot be run network-isolated';
    return availability;
  }
  try {
    const r = runDocker(['--version']);
    availability = r.status === 0 && r.stdout.startsWith('Docker version') ? null : `\`docker --version\` failed (status ${String(r.status)}): ${(r.stderr || r.stdout).trim() || 'docker not found on PATH'}`;
  } catch (e) {
    availability = `docker could not be started: ${(e as Error).message}`;
  }
  return availability;
}

/** True when the docker binary is installed and can be run under the safety rules. */
export function dockerAvailable(): boolean {
  return dockerUnavailableReason() === null;
}
