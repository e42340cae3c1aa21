// The real docker binary as judge (DESIGN.md, "The Docker CLI as judge"): runs argument lists in
// parallel child processes and classifies each outcome as `ok` (the CLI got past every client-side
// check: it tried the daemon, wanted a TTY, or failed on a file or context that does not exist on
// this machine) or `error` (cobra, pflag or the command's own checks rejected the line).
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type JudgeVerdict = 'ok' | 'error' | 'skip';

export interface JudgeOutcome {
  verdict: JudgeVerdict;
  /** First meaningful line of the CLI's output (the reason), for reports and disagreements. */
  reason: string;
}

/**
 * Outcomes that mean the CLI accepted the command line: it went on to contact the daemon, or to
 * use the terminal, files or contexts, none of which exist in the judge's sandbox. Each was seen
 * in the 28.2.2 binary's output (content/validator/cli-behaviour.md).
 */
const PASSED = [
  /Cannot connect to the Docker daemon/,
  /the input device is not a TTY/,
  /no such file or directory/,
  /unable to prepare context/,
  /context "[^"]*": context not found/,
  /context "[^"]*" does not exist/,
  /^Usage:\s+docker/, // a help text printed to stdout (`--help`, a bare group)
  /error contacting notary server/, // content trust turned on: the client goes to the notary server next
  /error reading from STDIN: data is empty/, // `secret create NAME -`: the judge's stdin is closed, the pipe's data never comes
  /invalid context: no metadata found/, // `context import NAME FILE`: the sandbox has no such context archive
];

/** The noise lines the CLI prints before its verdict. */
const NOISE = /^(time="[^"]*" level=|DEPRECATED: The legacy builder|\s+Install the buildx|\s+https:\/\/docs\.docker\.com\/go\/buildx|Flag --?[\w-]+ has been deprecated|Flag shorthand -\w has been deprecated|Using default tag|\[\]|WARNING:|Warning:)/;

/**
 * Outcomes the sandbox decides, not the command line: TLS options make the client load
 * certificates from the throw-away config directory before parsing the command, and `--device`
 * needs the daemon's OS. The judge cannot say anything about these lines. (With stdin closed,
 * `docker build -` logs tar-stream errors first, as logrus `time=... level=error` lines, which
 * are noise: it goes on to dial the daemon.)
 */
const UNJUDGEABLE = [
  /^Failed to initialize: unable to resolve docker endpoint/,
  // `--device` is checked against the daemon's OS, which the CLI only learns from the daemon.
  /^unknown server OS/,
];

export function classifyDockerRun(status: number | null, stdout: string, stderr: string, timedOut: boolean): JudgeOutcome {
  const lines = stderr.split('\n').map((l) => l.replace(/^docker: /, '').trimEnd()).filter((l) => l.trim() !== '' && !NOISE.test(l));
  const reason = lines[0] ?? stdout.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  if (UNJUDGEABLE.some((re) => re.test(reason))) return { verdict: 'skip', reason: `not judgeable in the sandbox: ${reason}` };
  if (timedOut) return { verdict: 'ok', reason: 'timed out (waiting on a stream): accepted' };
  if (status === 0) return { verdict: 'ok', reason: reason || 'exit 0' };
  if (PASSED.some((re) => re.test(reason))) return { verdict: 'ok', reason };
  return { verdict: 'error', reason };
}

/** Applies the current rules to a cached outcome (its reason line is what they look at). */
export function reclassify(o: JudgeOutcome): JudgeOutcome {
  if (o.verdict === 'skip' && !o.reason.startsWith('not judgeable')) return o;
  const reason = o.reason.replace(/^not judgeable in the sandbox: /, '');
  if (UNJUDGEABLE.some((re) => re.test(reason))) return { verdict: 'skip', reason: `not judgeable in the sandbox: ${reason}` };
  if (PASSED.some((re) => re.test(reason))) return { verdict: 'ok', reason };
  return o;
}

interface ChildResult {
  id: number;
  status: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  refused: string | null;
}

/** One raw docker run; `refused` says why runDocker would not run it. */
export type RawRun = Omit<ChildResult, 'id'>;

/** Runs every argument list (without the leading `docker`) through the judge, `parallel` at a time. */
export async function judgeAll(argLists: string[][], parallel = 8): Promise<JudgeOutcome[]> {
  const raw = await judgeAllRaw(argLists, parallel);
  return raw.map((r) => (r.refused !== null ? { verdict: 'skip', reason: r.refused } : classifyDockerRun(r.status, r.stdout, r.stderr, r.timedOut)));
}

/** Runs every argument list and returns the raw outputs, in order. */
export async function judgeAllRaw(argLists: string[][], parallel = 8): Promise<RawRun[]> {
  const results: RawRun[] = new Array<RawRun>(argLists.length);
  const childFile = fileURLToPath(new URL('./judge-child.ts', import.meta.url));
  let next = 0;
  const batch = 4;
  const workers = Array.from({ length: Math.min(parallel, Math.ceil(argLists.length / batch) || 1) }, () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dockref-judge-cwd-'));
    const child = fork(childFile, [], { cwd, execArgv: ['--no-warnings'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    return new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= argLists.length) {
          child.disconnect();
          return;
        }
        const jobs = [];
        for (let k = 0; k < batch && next < argLists.length; k++, next++) jobs.push({ id: next, args: argLists[next] as string[] });
        child.send(jobs);
      };
      child.on('message', (msg: ChildResult[]) => {
        for (const r of msg) {
          const { id, ...run } = r;
          results[id] = run;
        }
        send();
      });
      child.on('error', reject);
      child.on('exit', (code) => {
        rmSync(cwd, { recursive: true, force: true });
        if (code === 0 || code === null) resolve();
        else reject(new Error(`judge child exited with status ${code}`));
      });
      send();
    });
  });
  await Promise.all(workers);
  return results;
}
