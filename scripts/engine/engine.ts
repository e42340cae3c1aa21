// The sandboxed Docker Engine that `npm run test:engine` replays the site's examples on: Debian's
// dockerd 20.10 with its containerd and runc, unpacked by scripts/engine/install.sh into
// .cache/engine/engine (never installed system-wide). It runs as root in a network namespace of its
// own (`unshare -n`: only a loopback interface, so nothing it starts can reach beyond the machine),
// with its data, exec root, PID file and socket in a temporary directory, and `--iptables=false`.
// The client is always the 28.2.2 `docker` on PATH (the engine's own 20.10 client is deleted at
// install), talking to the engine's socket by API version negotiation, and it runs inside the
// engine's network namespace too (`nsenter --net`), so published ports are reachable from
// examples and nothing else is.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, openSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ENGINE_CACHE = resolve('.cache/engine');
const ROOT = join(ENGINE_CACHE, 'engine');

export interface Engine {
  dir: string;
  socket: string;
  pid: number;
  /** Environment for every client call: PATH with the 28.2.2 client, a throw-away HOME. */
  env: NodeJS.ProcessEnv;
  serverVersion: string;
  /** Storage folders of the local registries (Docker Hub's stand-in, gcr.io's). */
  registries: Record<RegistryName, string>;
}

export type RegistryName = 'hub' | 'gcr';

/** Why the engine cannot run here, or null. Checked before anything is started. */
export function engineUnavailableReason(): string | null {
  if (process.platform !== 'linux') return `the engine runs on Linux only (this is ${process.platform})`;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'the engine must run as root (dockerd needs it to mount file systems and make namespaces); run `sudo npm run test:engine`';
  const probe = spawnSync('unshare', ['-n', 'true'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) return '`unshare -n` failed: this machine cannot make network namespaces, so the engine cannot be isolated';
  if (!existsSync(join(ROOT, 'usr/sbin/dockerd'))) return `the engine is not installed in ${ENGINE_CACHE}; run \`bash scripts/setup.sh\` (or scripts/engine/install.sh) first`;
  const client = spawnSync('docker', ['--version'], { encoding: 'utf8' });
  if (client.status !== 0) return 'no `docker` client on PATH (the 28.2.2 client is what the examples are written for)';
  return null;
}

function engineEnv(): NodeJS.ProcessEnv {
  const lib = [join(ROOT, 'usr/lib/x86_64-linux-gnu'), join(ROOT, 'lib/x86_64-linux-gnu')].join(':');
  return {
    PATH: [join(ROOT, 'dockref-bin'), join(ROOT, 'usr/sbin'), join(ROOT, 'usr/bin'), '/usr/sbin', '/usr/bin', '/sbin', '/bin'].join(':'),
    LD_LIBRARY_PATH: lib,
    XTABLES_LIBDIR: join(ROOT, 'usr/lib/x86_64-linux-gnu/xtables'),
    HOME: '/root',
  };
}

/** PATH for the client: everything but the engine's folder, so `docker` is the 28.2.2 one. */
function clientPath(): string {
  return (process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin')
    .split(':')
    .filter((p) => p && !p.startsWith(ENGINE_CACHE))
    .join(':');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface EngineOptions {
  /** Registry storage to start from (a copy is used), per registry: `hub`, `gcr`. */
  registrySeed?: Record<RegistryName, string>;
  /** Descriptions for the stand-in search, by repository name as Docker Hub shows it (`nginx`). */
  descriptions?: Record<string, string>;
}

/** Starts dockerd in its own network namespace and waits until it answers (up to 60 s). */
export async function startEngine(options: EngineOptions = {}): Promise<Engine> {
  const dir = mkdtempSync('/tmp/dockref-engine-');
  for (const d of ['data', 'exec', 'home']) mkdirSync(join(dir, d));
  const socket = join(dir, 'docker.sock');
  const pidfile = join(dir, 'dockerd.pid');
  const log = openSync(join(dir, 'dockerd.log'), 'w');
  const registry = prepareRegistry(dir, options);
  const dockerd = [
    join(ROOT, 'usr/sbin/dockerd'),
    '--data-root', join(dir, 'data'),
    '--exec-root', join(dir, 'exec'),
    '--pidfile', pidfile,
    '-H', `unix://${socket}`,
    '--iptables=false', '--ip6tables=false',
    '--containerd-namespace', 'dockref',
    '--containerd-plugins-namespace', 'dockref-plugins',
    '--log-level', 'warn',
  ];
  // A mount namespace of its own too, so a private /etc/hosts can send Docker Hub's and gcr.io's
  // names to the local registries; they and the search stand-in start first, then the shell
  // becomes dockerd (same PID).
  const script = [
    'set -e',
    `mount --bind ${registry.hosts} /etc/hosts`,
    // A new network namespace starts with its loopback down.
    `${join(ENGINE_CACHE, 'rootfs/bin/busybox')} ip link set lo up`,
    ...registry.configs.map((c) => `${join(ROOT, 'usr/bin/docker-registry')} serve ${c} >>${join(dir, 'registry.log')} 2>&1 &`),
    `'${process.execPath}' ${registry.search.map((a) => `'${a}'`).join(' ')} >>${join(dir, 'registry.log')} 2>&1 &`,
    `exec ${dockerd.map((a) => `'${a}'`).join(' ')}`,
  ].join('\n');
  const args = ['-n', '-m', '--propagation', 'private', '--', 'sh', '-c', script];
  const child = spawn('unshare', args, { env: { ...engineEnv(), SSL_CERT_FILE: registry.caBundle }, stdio: ['ignore', log, log], detached: true });
  closeSync(log);
  child.unref();
  let exited: string | null = null;
  child.on('exit', (code, signal) => (exited = `dockerd exited (${signal ?? `status ${String(code)}`})`));
  const home = join(dir, 'home');
  const env: NodeJS.ProcessEnv = { PATH: clientPath(), HOME: home, DOCKER_CONFIG: join(home, '.docker'), DOCKER_HOST: `unix://${socket}`, LANG: 'C.UTF-8', TZ: 'UTC' };
  const engine: Engine = { dir, socket, pid: child.pid ?? 0, env, serverVersion: '', registries: registry.storages };
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (exited) break;
    if (existsSync(socket)) {
      const v = client(engine, ['version', '--format', '{{.Server.Version}}'], 10);
      if (v.status === 0) {
        engine.serverVersion = v.stdout.trim();
        return engine;
      }
    }
    await sleep(250);
  }
  const tail = readFileSync(join(dir, 'dockerd.log'), 'utf8').split('\n').slice(-15).join('\n');
  await stopEngine(engine);
  throw new Error(`the engine did not start: ${exited ?? 'no answer on its socket within 60 s'}\n--- last lines of dockerd's log ---\n${tail}`);
}

/**
 * The local registries that stand in for Docker Hub and gcr.io inside the engine's namespaces:
 * Debian's docker-registry (distribution 2.8), Docker Hub's on 127.0.0.1:443 and gcr.io's on
 * 127.0.0.2:443, and Docker Hub's search endpoint (search-server.mjs) on 127.0.0.3:443, with a
 * certificate for those names from a throw-away CA, which only dockerd trusts (SSL_CERT_FILE),
 * and an /etc/hosts that only dockerd's mount namespace sees. Pulls, pushes, logins and searches
 * end there; nothing leaves the machine. Their storage starts as a copy of `registrySeed` (the
 * stand-ins pushed by an earlier run, standins.ts) or empty.
 */
function prepareRegistry(dir: string, options: EngineOptions): { hosts: string; configs: string[]; search: string[]; caBundle: string; storages: Record<RegistryName, string> } {
  const tls = join(dir, 'tls');
  mkdirSync(tls);
  const hosts: Array<[string, string[]]> = [
    ['127.0.0.1', ['localhost', 'registry-1.docker.io', 'docker.io', 'auth.docker.io']],
    ['127.0.0.2', ['gcr.io']],
    ['127.0.0.3', ['index.docker.io']],
  ];
  const names = hosts.flatMap(([, n]) => n).filter((n) => n !== 'localhost');
  const run = (args: string[]) => {
    const r = spawnSync('openssl', args, { cwd: tls, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr.trim()}`);
  };
  run(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=dockref engine CA', '-keyout', 'ca.key', '-out', 'ca.crt']);
  run(['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=registry-1.docker.io', '-keyout', 'server.key', '-out', 'server.csr']);
  writeFileSync(join(tls, 'san.ext'), `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}\n`);
  run(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-extfile', 'san.ext', '-out', 'server.crt']);
  const caBundle = join(tls, 'ca-bundle.crt');
  writeFileSync(caBundle, readFileSync(join(tls, 'ca.crt')));
  const hostsFile = join(dir, 'hosts');
  writeFileSync(hostsFile, `${hosts.map(([ip, n]) => `${ip} ${n.join(' ')}`).join('\n')}\n::1 localhost\n`);
  const storages = { hub: join(dir, 'registry-hub'), gcr: join(dir, 'registry-gcr') } satisfies Record<RegistryName, string>;
  const configs: string[] = [];
  for (const [name, addr] of [['hub', '127.0.0.1:443'], ['gcr', '127.0.0.2:443']] as const) {
    const storage = storages[name];
    const seed = options.registrySeed?.[name];
    if (seed && existsSync(seed)) {
      const r = spawnSync('cp', ['-a', seed, storage]);
      if (r.status !== 0) throw new Error(`copying the cached registry storage ${seed} failed`);
    } else mkdirSync(storage);
    const config = join(dir, `registry-${name}.yml`);
    writeFileSync(
      config,
      [
        'version: 0.1',
        'log:',
        '  level: error',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${storage}`,
        '  delete:',
        '    enabled: true',
        'http:',
        `  addr: ${addr}`,
        '  tls:',
        `    certificate: ${join(tls, 'server.crt')}`,
        `    key: ${join(tls, 'server.key')}`,
        '',
      ].join('\n'),
    );
    configs.push(config);
  }
  const descriptions = join(dir, 'search-descriptions.json');
  writeFileSync(descriptions, JSON.stringify(options.descriptions ?? {}));
  const search = [join(import.meta.dirname, 'search-server.mjs'), '127.0.0.3:443', join(tls, 'server.crt'), join(tls, 'server.key'), storages.hub, descriptions];
  return { hosts: hostsFile, configs, search, caBundle, storages };
}

/** Runs the 28.2.2 client against the engine, inside the engine's network namespace. */
export function client(engine: Engine, args: readonly string[], seconds = 60, input?: string): SpawnSyncReturns<string> {
  return spawnSync('nsenter', [`--net=/proc/${engine.pid}/ns/net`, '--', 'timeout', String(seconds), 'docker', ...args], {
    env: engine.env,
    encoding: 'utf8',
    input,
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** Runs a shell command line (an example) in the engine's network namespace, in `cwd`. */
export function shell(engine: Engine, code: string, cwd: string, seconds: number, opts: { env?: NodeJS.ProcessEnv; input?: string } = {}): SpawnSyncReturns<string> & { timedOut: boolean } {
  const r = spawnSync('nsenter', [`--net=/proc/${engine.pid}/ns/net`, '--', 'timeout', '-k', '2', String(seconds), 'bash', '-c', code], {
    env: { ...engine.env, ...opts.env, PWD: cwd },
    cwd,
    encoding: 'utf8',
    input: opts.input,
    stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return Object.assign(r, { timedOut: r.status === 124 || r.status === 137 || (r.status === null && r.signal !== null) });
}

/** Stops the engine by its PID (SIGTERM, then SIGKILL after 20 s) and removes its files. */
export async function stopEngine(engine: Engine): Promise<void> {
  const alive = () => {
    try {
      process.kill(engine.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (engine.pid > 0 && alive()) {
    // The unshare process execs dockerd, so its PID is dockerd's.
    process.kill(engine.pid, 'SIGTERM');
    for (let i = 0; i < 80 && alive(); i++) await sleep(250);
    if (alive()) process.kill(engine.pid, 'SIGKILL');
    for (let i = 0; i < 20 && alive(); i++) await sleep(250);
  }
  // Shims left behind (dockerd killed hard) and the container processes under them: found by the
  // engine's directory in their command line, stopped by PID with their descendants.
  killLeftovers(engine.dir);
  // Container mounts under the data root are gone once dockerd has stopped; a lazy unmount
  // catches any left over so the directory can be removed.
  spawnSync('sh', ['-c', `grep -o ' ${engine.dir}[^ ]*' /proc/self/mounts | sort -r | xargs -r -n1 umount -l`], { stdio: 'ignore' });
  rmSync(engine.dir, { recursive: true, force: true });
}

function killLeftovers(dir: string): void {
  const parents = new Map<number, number>();
  const mine: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parents.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir)) mine.push(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  const doomed = new Set(mine);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) if (doomed.has(ppid) && !doomed.has(pid)) (doomed.add(pid), (grew = true));
  }
  for (const pid of doomed) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

export function writeText(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}
