// Running one example on the engine and judging what happened, shared by the guide chapters
// (run.ts) and the command catalog (catalog.ts): a runnable example must succeed (and a `run -d`
// container must still be running a moment later), a mistake must fail (in the client's own words
// when the client is what rejects it), a run must finish in time unless it follows output on purpose.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentExample } from '../../src/lib/content/examples.ts';
import { argsKey, planFor as judgePlan } from '../judge/judge-set.ts';
import { commandWords, dockerInvocations, needsTty, type NotRunReason } from './classify.ts';
import { client, shell, type Engine } from './engine.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export type Outcome = { kind: 'ok' } | { kind: 'unexpected'; why: string } | { kind: 'not-run'; reason: NotRunReason; detail: string };

/** What differs from the default for one example (scripts/engine/plan.yaml). */
export interface PlanEntry {
  before?: string[];
  after?: string[];
  expect?: 'runs' | 'fails';
  follows?: number;
  skip?: NotRunReason;
  note?: string;
  timeout?: number;
  /** Where a Dockerfile fence is written in the working directory (default: not written). */
  writeAs?: string;
  /** Stand-in tags to put back before the example (a chapter removed them earlier, e.g. `image rm -f`). */
  restore?: string[];
  /** Runs at a terminal although it has no `-t` (attaching to a container that has one). */
  tty?: boolean;
  /** What a person types at the terminal of a `-it` example (default: `exit` and Enter). */
  input?: string;
  /** What a person answers on standard input without a terminal (a prune's `Are you sure?`). */
  stdin?: string;
  /** Environment the example expects to be set (`$DOCKER_TOKEN`). */
  env?: Record<string, string>;
  /** A `run -d` whose container is meant to stop by itself (by default it must still be running a moment later). */
  exits?: boolean;
}

/** The committed verdicts of the 28.2.2 client (src/generated/docker-verdicts.json). */
const VERDICTS = (JSON.parse(readFileSync(join(ROOT, 'src/generated/docker-verdicts.json'), 'utf8')) as { verdicts: Record<string, { verdict: string; reason: string }> }).verdicts;

/** The client's own error for a line it rejects (its committed verdict), or null when it accepts it. */
export function clientError(code: string): string | null {
  const plan = judgePlan(code);
  if (plan.fixed) return null;
  for (const run of plan.runs) {
    if (run.reference) continue;
    const v = VERDICTS[argsKey(run.args)];
    if (v?.verdict === 'error') return v.reason.split('\n')[0]!.trim();
  }
  return null;
}

/** `docker [container] run -d …` (or -dit): a container meant to keep running. */
export function isDetachedRun(code: string): boolean {
  const inv = dockerInvocations(code);
  if (inv.length !== 1) return false;
  const args = inv[0]!;
  const [first, second] = commandWords(args);
  if ((first === 'container' ? second : first) !== 'run') return false;
  return args.some((a) => a === '--detach' || /^-[a-zA-Z]*d[a-zA-Z]*$/.test(a));
}

export const shQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export interface Execution {
  outcome: Outcome;
  /** The run failed (non-zero status, not a planned interruption). */
  failed: boolean;
  stdout: string;
  /** The first lines of what it said (stderr, or stdout when stderr is empty). */
  said: string;
}

/**
 * Runs one example in `work` and judges it. `settle` is how long to wait before looking again at a
 * detached container.
 */
export function execute(engine: Engine, ex: ContentExample, entry: PlanEntry, work: string, opts: { env?: NodeJS.ProcessEnv; settle?: number; defaultTimeout?: number } = {}): Execution {
  const seconds = entry.follows ?? entry.timeout ?? opts.defaultTimeout ?? 60;
  let code = ex.code;
  let input = entry.stdin;
  if (ex.kind === 'dockerfile') {
    const file = join(work, `.dockref-fence-${ex.line}.Dockerfile`);
    writeFileSync(file, `${ex.code.replace(/\n*$/, '')}\n`);
    code = `DOCKER_BUILDKIT=0 docker image build -q -f ${file} .`;
  } else if (entry.tty || needsTty(code)) {
    // A terminal, with what a person would type (by default `exit`) fed to it.
    const typed = entry.input ?? 'exit\n';
    code = `(sleep 1; printf %b ${shQuote(typed)}; sleep 1) | script -qefc ${shQuote(code)} /dev/null`;
    input = undefined;
  }
  const r = shell(engine, code, work, seconds, { env: { ...opts.env, ...entry.env }, input });
  const failed = r.status !== 0 && !(entry.follows && r.timedOut);
  // The Dockerfile mistakes shown are ones the classic builder accepts (that is what makes them
  // traps); those that fail say so in the plan.
  const wantFail = entry.expect ? entry.expect === 'fails' : ex.mistake && ex.kind === 'shell';
  const said = (r.stderr || r.stdout).trim().split('\n').slice(0, 3).join(' / ');
  let outcome: Outcome;
  if (r.timedOut && !entry.follows) outcome = { kind: 'unexpected', why: `did not finish within ${seconds} s` };
  else if (failed && !wantFail) outcome = { kind: 'unexpected', why: `failed (status ${String(r.status)}): ${said}` };
  else if (!failed && wantFail) outcome = { kind: 'unexpected', why: `was expected to fail but succeeded${said ? `: ${said}` : ''}` };
  else outcome = { kind: 'ok' };
  // A mistake the client rejects must fail with the client's own words, as its verdict says.
  if (outcome.kind === 'ok' && failed && ex.mistake && ex.kind === 'shell') {
    const expected = clientError(ex.code);
    if (expected && !`${r.stderr}${r.stdout}`.includes(expected)) outcome = { kind: 'unexpected', why: `failed, but not the way its verdict says (\`${expected}\`): ${said}` };
  }
  // A detached container that stops at once is a failure a status cannot show (nginx on a
  // read-only root without its tmpfs mounts starts and exits): look again a moment later.
  if (outcome.kind === 'ok' && !failed && !entry.exits && ex.kind === 'shell' && isDetachedRun(ex.code)) {
    const id = r.stdout.trim().split('\n').pop() ?? '';
    if (/^[0-9a-f]{64}$/.test(id)) {
      const state = (): string => client(engine, ['container', 'inspect', '-f', '{{.State.Status}} {{.State.ExitCode}}', id], 20).stdout.trim();
      spawnSync('sleep', [String(opts.settle ?? 1)]);
      const st = state();
      if (!st.startsWith('running') && !st.startsWith('restarting')) {
        const logs = client(engine, ['container', 'logs', '--tail', '2', id], 20);
        outcome = { kind: 'unexpected', why: `the container stopped at once (${st}): ${(logs.stderr + logs.stdout).trim().split('\n').join(' / ')}` };
      }
    }
  }
  return { outcome, failed, stdout: r.stdout, said };
}
