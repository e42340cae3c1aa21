// The command catalog's examples (content/commands/*.yaml: examples, mistakes and their fixes),
// replayed on the engine one command page at a time. Unlike a guide chapter, a page's examples are
// independent of each other, so each one starts from the fixtures it needs and nothing else: the
// containers, volumes, networks, images and client contexts it names (a running `web`, a `mydata`
// volume, `myuser/app:1.0` …, defined in plan.yaml under `catalog.fixtures`) are made if missing,
// the ones it creates itself (`--name web`, `volume create mydata`) are removed first, and whatever
// an earlier example left behind is removed. The state is read from the engine's API over its
// socket (fast, no client process), so an example that needs nothing new costs one run.
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentExample } from '../../src/lib/content/examples.ts';
import { classifyShell, commandWords, dockerInvocations, REASON_TEXT, splitGlobal } from './classify.ts';
import { client, shell, type Engine } from './engine.ts';
import { execute, type Outcome, type PlanEntry } from './outcome.ts';

export interface CatalogPlan {
  /** Files every page's working directory starts with. */
  files?: Record<string, string>;
  fixtures?: {
    /** name -> the line that makes it (`run -d` ones are kept running; `create`d or exited ones are left as they are). */
    containers?: Record<string, string>;
    volumes?: Record<string, string>;
    networks?: Record<string, string>;
    /** reference -> the line that makes it. */
    images?: Record<string, string>;
    contexts?: Record<string, string>;
  };
  /** Per command page (slug): fixtures it needs beyond those its examples name, and per example entries. */
  commands?: Record<string, { needs?: string[]; examples?: Record<string, PlanEntry & { needs?: string[] }> }>;
}

export interface CatalogResult {
  example: ContentExample;
  outcome: Outcome;
}

/** A call to the engine's API over its socket (no client process: the fixtures' bookkeeping is cheap). */
function api<T>(engine: Engine, path: string, method = 'GET'): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: engine.socket, path, method, headers: { host: 'docker' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        if ((res.statusCode ?? 500) >= 400) reject(new Error(`engine API ${method} ${path}: ${res.statusCode} ${body.trim()}`));
        else resolve((body ? JSON.parse(body) : null) as T);
      });
    });
    req.on('error', reject);
    req.end();
  });
}

interface EngineState {
  containers: Map<string, string>; // name -> state (running, exited, paused, created)
  volumes: Set<string>;
  networks: Set<string>;
  images: Set<string>; // repo:tag
}

async function readState(engine: Engine): Promise<EngineState> {
  const [containers, volumes, networks, images] = await Promise.all([
    api<Array<{ Names: string[]; State: string }>>(engine, '/containers/json?all=1'),
    api<{ Volumes: Array<{ Name: string }> | null }>(engine, '/volumes'),
    api<Array<{ Name: string }>>(engine, '/networks'),
    api<Array<{ RepoTags: string[] | null }>>(engine, '/images/json'),
  ]);
  return {
    containers: new Map(containers.map((c) => [c.Names[0]!.replace(/^\//, ''), c.State])),
    volumes: new Set((volumes.Volumes ?? []).map((v) => v.Name)),
    networks: new Set(networks.map((n) => n.Name)),
    images: new Set(images.flatMap((i) => i.RepoTags ?? []).filter((t) => t !== '<none>:<none>')),
  };
}

const DEFAULT_NETWORKS = new Set(['bridge', 'host', 'none']);

/** The words of an example's docker invocations, split at `,` `=` and `:` so `web:/etc` and `source=mydata` name `web` and `mydata`. */
export function namedWords(code: string): Set<string> {
  const out = new Set<string>();
  for (const args of dockerInvocations(code)) {
    for (const a of args) {
      out.add(a);
      for (const part of a.split(/[,=]/)) {
        out.add(part);
        const colon = part.indexOf(':');
        if (colon > 0) out.add(part.slice(0, colon));
      }
    }
  }
  return out;
}

/** What an example makes itself, so it must not exist before it runs. */
export function createdBy(code: string): { containers: Set<string>; volumes: Set<string>; networks: Set<string>; contexts: Set<string> } {
  const made = { containers: new Set<string>(), volumes: new Set<string>(), networks: new Set<string>(), contexts: new Set<string>() };
  // A name an earlier command of the same line works on is needed, not made (`stop web && rename
  // web web-old && run --name web`).
  const seen = new Set<string>();
  for (const args of dockerInvocations(code)) {
    const rest = splitGlobal(args).rest;
    const [first, second] = commandWords(args);
    const verb = first === 'container' ? second : first;
    const last = rest.filter((a) => !a.startsWith('-')).pop();
    if (verb === 'run' || verb === 'create') {
      for (let i = 0; i < rest.length; i++) {
        const name = rest[i] === '--name' ? rest[i + 1] : rest[i]!.startsWith('--name=') ? rest[i]!.slice(7) : undefined;
        if (name && !seen.has(name)) made.containers.add(name);
      }
    }
    for (const a of rest) seen.add(a);
    if (verb === 'rename' && last) made.containers.add(last);
    if (first === 'volume' && second === 'create' && last && last !== 'create') made.volumes.add(last);
    if (first === 'network' && second === 'create' && last && last !== 'create') made.networks.add(last);
    if (first === 'context' && (second === 'create' || second === 'import')) {
      const name = rest.filter((a) => !a.startsWith('-'))[2];
      if (name) made.contexts.add(name);
    }
  }
  return made;
}

/** Prune examples without -f ask `Are you sure you want to continue? [y/N]`: the person says yes. */
export function asksToConfirm(code: string): boolean {
  return dockerInvocations(code).some((args) => {
    const words = commandWords(args);
    return words.includes('prune') && !args.some((a) => a === '-f' || a === '--force' || /^-[a-z]*f[a-z]*$/.test(a));
  });
}

/** Follows output until interrupted: `logs -f`, `events`, `stats` without --no-stream, `attach` without a terminal. */
export function followsOutput(code: string): boolean {
  return dockerInvocations(code).some((args) => {
    const [first, second] = commandWords(args);
    const verb = first === 'container' || first === 'system' ? second : first;
    if (verb === 'logs') return args.includes('-f') || args.includes('--follow');
    if (verb === 'events') return true;
    if (verb === 'stats') return !args.includes('--no-stream');
    return false;
  });
}

export async function runCatalog(
  engine: Engine,
  ids: Map<string, string>,
  examples: ContentExample[],
  plan: CatalogPlan,
  log: (s: string) => void,
  verbose: boolean,
): Promise<CatalogResult[]> {
  const fx = plan.fixtures ?? {};
  const containers = fx.containers ?? {};
  const volumes = fx.volumes ?? {};
  const networks = fx.networks ?? {};
  const images = fx.images ?? {};
  const contexts = fx.contexts ?? {};
  const keepRunning = (name: string) => / -d[a-z]* /.test(` ${containers[name]} `) || containers[name]!.includes(' --detach ');
  const results: CatalogResult[] = [];
  const bySlug = new Map<string, ContentExample[]>();
  for (const e of examples) {
    const slug = /^content\/commands\/(.+)\.yaml$/.exec(e.file)?.[1] ?? e.file;
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), e]);
  }
  const standInTags = [...ids.keys()];
  const shared = new Map<string, Outcome>();
  for (const [slug, list] of bySlug) {
    const page = plan.commands?.[slug] ?? {};
    const work = mkdtempSync(`/tmp/dockref-catalog-${slug}-`);
    // A client configuration of its own per page: contexts and logins do not leak between pages.
    const env = { DOCKER_CONFIG: join(work, '.docker-config') };
    mkdirSync(env.DOCKER_CONFIG);
    const run = (line: string) => shell(engine, line, work, 120, { env });
    const t0 = Date.now();
    try {
      for (const [name, text] of Object.entries(plan.files ?? {})) {
        mkdirSync(join(work, name, '..'), { recursive: true });
        writeFileSync(join(work, name), text);
      }
      for (const ex of list) {
        const entry = Object.entries(page.examples ?? {}).find(([k]) => k.replace(/\n+$/, '') === ex.code.replace(/\n+$/, ''))?.[1] ?? {};
        const decision = entry.skip ? { run: false, reason: entry.skip, detail: entry.note ?? REASON_TEXT[entry.skip] } : classifyShell(ex.code, { localRegistry: true });
        if (!decision.run) {
          results.push({ example: ex, outcome: { kind: 'not-run', reason: decision.reason!, detail: decision.detail ?? REASON_TEXT[decision.reason!] } });
          if (verbose) log(`  ${ex.file}:${ex.line}: not run (${decision.reason}): \`${ex.code}\` ${decision.detail ?? ''}`);
          continue;
        }
        // The same command with the same plan on another page (`docker container ls -a` on both
        // container and container-ls) starts from the same fixtures: its result is shared.
        const sameKey = JSON.stringify([ex.code, ex.mistake, entry, page.needs ?? []]);
        const same = shared.get(sameKey);
        if (same) {
          results.push({ example: ex, outcome: same });
          if (verbose) log(`  ${ex.file}:${ex.line}: ${same.kind} \`${ex.code}\` (the same command ran on another page: result shared)`);
          continue;
        }
        const e0 = Date.now();
        const problem = await prepare(ex, [...(page.needs ?? []), ...(entry.needs ?? [])]);
        let outcome: Outcome;
        if (problem) outcome = { kind: 'unexpected', why: `fixture: ${problem}` };
        else {
          let before: string | null = null;
          for (const line of entry.before ?? []) {
            const r = run(line);
            if (r.status !== 0) {
              before = `hidden set-up line \`${line}\` failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}`;
              break;
            }
          }
          if (before) outcome = { kind: 'unexpected', why: before };
          else {
            const filled: PlanEntry = { ...entry };
            if (filled.stdin === undefined && asksToConfirm(ex.code)) filled.stdin = 'y\n';
            if (filled.follows === undefined && followsOutput(ex.code)) filled.follows = 2;
            const done = execute(engine, ex, filled, work, { env, settle: 0.5, defaultTimeout: 30 });
            outcome = done.outcome;
            if (verbose && done.failed) log(`  ${ex.file}:${ex.line}: failed as expected: ${done.said}`);
            for (const line of entry.after ?? []) {
              const r = run(line);
              if (r.status !== 0 && outcome.kind === 'ok') outcome = { kind: 'unexpected', why: `hidden clean-up line \`${line}\` failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}` };
            }
          }
        }
        results.push({ example: ex, outcome });
        shared.set(sameKey, outcome);
        const took = `${((Date.now() - e0) / 1000).toFixed(1)} s`;
        if (verbose || outcome.kind === 'unexpected') log(`  ${ex.file}:${ex.line}: ${outcome.kind === 'unexpected' ? `unexpected: \`${ex.code}\` ${outcome.why}` : `ok \`${ex.code}\``} (${took})`);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    if (verbose) log(`${slug}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    /** Brings the engine to exactly the fixtures this example needs; returns what went wrong, or null. */
    async function prepare(ex: ContentExample, extra: string[]): Promise<string | null> {
      const words = namedWords(ex.code);
      for (const n of extra) words.add(n);
      const made = createdBy(ex.code);
      const want = {
        containers: Object.keys(containers).filter((n) => words.has(n) && !made.containers.has(n)),
        volumes: Object.keys(volumes).filter((n) => words.has(n) && !made.volumes.has(n)),
        networks: Object.keys(networks).filter((n) => words.has(n) && !made.networks.has(n)),
        images: Object.keys(images).filter((n) => words.has(n)),
        contexts: Object.keys(contexts).filter((n) => words.has(n) && !made.contexts.has(n)),
      };
      // What the wanted containers' own lines name (the db container's volume, app's network).
      for (const c of want.containers) {
        const inner = namedWords(containers[c]!);
        for (const v of Object.keys(volumes)) if (inner.has(v) && !want.volumes.includes(v)) want.volumes.push(v);
        for (const n of Object.keys(networks)) if (inner.has(n) && !want.networks.includes(n)) want.networks.push(n);
      }
      let st = await readState(engine);
      // Stand-ins an earlier example removed or untagged (image rm, prune -a) come back first:
      // those this example or its fixtures name, and alpine and nginx, which the working
      // directory's Dockerfiles build on.
      const named = [ex.code, ...want.containers.map((c) => containers[c]!), ...want.images.map((i) => images[i]!)].join(' ');
      const mentions = (t: string) => named.includes(t) || (t.endsWith(':latest') && new RegExp(`(^|[\\s'"])${t.slice(0, -7).replace(/[/.]/g, '\\$&')}($|[\\s'"])`).test(named));
      const gone = standInTags.filter((t) => !st.images.has(t) && (mentions(t) || t === 'alpine:3.21' || t === 'nginx:1.27'));
      for (const t of gone) {
        const id = ids.get(t)!;
        const colon = t.lastIndexOf(':');
        const tagged = await api(engine, `/images/${id}/tag?repo=${encodeURIComponent(t.slice(0, colon))}&tag=${encodeURIComponent(t.slice(colon + 1))}`, 'POST').then(
          () => true,
          () => false,
        );
        if (!tagged) {
          const r = client(engine, ['image', 'pull', '-q', t], 300);
          if (r.status !== 0) return `putting back the stand-in ${t} failed: ${(r.stderr || r.stdout).trim()}`;
        }
      }
      const extraContainers = [...st.containers.keys()].filter((n) => !want.containers.includes(n));
      const quiet = (p: Promise<unknown>) => p.catch(() => undefined);
      await Promise.all(extraContainers.map((n) => quiet(api(engine, `/containers/${encodeURIComponent(n)}?force=1&v=1`, 'DELETE'))));
      const extraVolumes = [...st.volumes].filter((n) => !want.volumes.includes(n));
      await Promise.all(extraVolumes.map((n) => quiet(api(engine, `/volumes/${encodeURIComponent(n)}?force=1`, 'DELETE'))));
      const extraNetworks = [...st.networks].filter((n) => !DEFAULT_NETWORKS.has(n) && !want.networks.includes(n));
      await Promise.all(extraNetworks.map((n) => quiet(api(engine, `/networks/${encodeURIComponent(n)}`, 'DELETE'))));
      if (gone.length || extraContainers.length || extraVolumes.length || extraNetworks.length) st = await readState(engine);
      const make = (line: string, what: string): string | null => {
        const r = run(line);
        return r.status === 0 ? null : `making ${what} with \`${line}\` failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}`;
      };
      for (const v of want.volumes) if (!st.volumes.has(v)) { const e = make(volumes[v]!, `the volume ${v}`); if (e) return e; }
      for (const n of want.networks) if (!st.networks.has(n)) { const e = make(networks[n]!, `the network ${n}`); if (e) return e; }
      for (const i of want.images) if (!st.images.has(i.includes(':') ? i : `${i}:latest`)) { const e = make(images[i]!, `the image ${i}`); if (e) return e; }
      for (const c of want.containers) {
        const state = st.containers.get(c);
        if (state === undefined) { const e = make(containers[c]!, `the container ${c}`); if (e) return e; }
        else if (keepRunning(c) && state === 'paused') await api(engine, `/containers/${c}/unpause`, 'POST');
        else if (keepRunning(c) && state !== 'running') {
          const e = await api(engine, `/containers/${c}/start`, 'POST').then(() => null, (err: Error) => err.message);
          if (e) return `starting the container ${c} again failed: ${e}`;
        }
      }
      for (const c of want.contexts) {
        if (run(`docker context inspect ${c} >/dev/null 2>&1`).status !== 0) { const e = make(contexts[c]!, `the context ${c}`); if (e) return e; }
      }
      for (const c of made.contexts) run(`docker context rm -f ${c} >/dev/null 2>&1 || true`);
      return null;
    }
  }
  return results;
}
