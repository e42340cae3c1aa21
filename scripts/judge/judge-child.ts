// A child process of the judge (docker-judge.ts): runs docker for each argument list it is sent,
// through scripts/lib/docker-exec.ts's runDocker (network-isolated, throw-away HOME, no daemon).
// It runs in its own empty working directory, because a few commands write files there
// (`docker context export` writes NAME.dockercontext). Plain erasable TypeScript, so Node runs it
// without a loader.
import { runDocker, UnsafeDockerArgsError } from '../lib/docker-exec.ts';

interface Job {
  id: number;
  args: string[];
}

process.on('message', (msg: Job[]) => {
  const out = msg.map((job) => {
    try {
      const r = runDocker(job.args, { timeoutSeconds: 10 });
      return { id: job.id, status: r.status, stdout: r.stdout.slice(0, 4000), stderr: r.stderr.slice(0, 4000), timedOut: r.timedOut, refused: null };
    } catch (e) {
      if (e instanceof UnsafeDockerArgsError) return { id: job.id, status: null, stdout: '', stderr: '', timedOut: false, refused: e.message };
      throw e;
    }
  });
  process.send?.(out);
});
