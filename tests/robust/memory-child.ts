// Run by memory.test.ts in a fresh process: the command-line checkers' own code (src/cli/check.ts)
// on a file the parent wrote, output formatted and written into a stream that drops it.
// Mode "baseline" loads the same modules, collects the garbage and prints the heap in use: what
// the checker needs before it reads anything. Mode "run" checks the file; the parent runs it with
// the old space capped at the baseline plus k times the file's size, so it finishes only if
// everything it holds at once (the text, parsed pieces, verdicts waiting to be written) stays
// within k times the input.
import { Writable } from 'node:stream';
import { Output, runCheck, runCheckCommands } from '../../src/cli/check.ts';
import { NEWEST_DOCKER_LINE } from '../../src/lib/releases/gate.ts';

const [checker = '', file = '', mode = 'baseline'] = process.argv.slice(2);

/** Counts what would be written and drops it, like a fast reader at the other end of a pipe. */
let written = 0;
const sink = new Writable({
  write(chunk: Buffer | string, _enc, done) {
    written += chunk.length;
    done();
  },
});
const out = new Output(sink as unknown as NodeJS.WriteStream);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

let status = 0;
if (mode === 'run') {
  if (checker === 'check-commands --json') status = await runCheckCommands(file, true, 'en', out);
  else if (checker === 'check-commands') status = await runCheckCommands(file, false, 'en', out);
  else if (checker === 'dockref check') status = await runCheck({ files: [file], format: 'text', lang: 'en', strict: false, fix: false, type: null, release: NEWEST_DOCKER_LINE }, out, sink);
  else throw new Error(`unknown checker ${checker}`);
}
gc();
process.stdout.write(`${JSON.stringify({ heap: process.memoryUsage().heapUsed, written, status })}\n`);
