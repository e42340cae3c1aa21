// Memory of both command-line checkers on hostile input (106,000 continuation lines once took
// 4 GB): at most 10 times the input. Each case writes its input to a file, then runs the checker's
// own code (tests/robust/memory-child.ts: src/cli/check.ts, output formatted and dropped) in a
// fresh process twice: once to measure the heap the loaded modules take (the baseline), then on
// the file with the old space capped at that baseline plus 10 times the file's size (the young
// space at 1 MB, so garbage cannot hide there). Finishing proves that everything held at once
// stays within 10 times the input; running out of heap fails the case. The largest heap left
// after a full collection (from --trace-gc) is printed as the measured figure, per input byte.
// Sizes: 1 MB for every shape, 10 MB for one shape of each checker, where the input dominates
// the few MB of modules.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const K = 10;
const MB = 1_000_000;

const fill = (size: number, head: string, unit: string, tail: string) => head + unit.repeat(Math.max(1, Math.ceil((size - head.length - tail.length) / unit.length))) + tail;

const CASES: Array<[string, string, number, (size: number) => string]> = [
  // A 65k-character line (100 invisible characters, then ESC) over and over: the line that crashed --json.
  ['invisible characters and ESC', 'check-commands --json', MB, (n) => fill(n, '', `docker ps ${'\u200b'.repeat(100)}${'\x1b'.repeat(65_325)}\n`, '')],
  ['short lines with typos', 'check-commands', MB, (n) => fill(n, '', 'docker run --detatch --restart-always -p 8080:80 nginx:latest\n', '')],
  ['short lines with typos', 'check-commands', 10 * MB, (n) => fill(n, '', 'docker run --detatch --restart-always -p 8080:80 nginx:latest\n', '')],
  // One RUN of 3-byte continuation lines glued into one word (the 4 GB input).
  ['glued continuation lines', 'dockref check', MB, (n) => fill(n, 'FROM alpine:3\nRUN a\\\n', 'b\\\n', 'c\n')],
  ['mistyped instructions', 'dockref check', MB, (n) => fill(n, 'FROM alpine:3\n', 'FORM x\nRUN apt-get install x\n', '')],
  ['mistyped instructions', 'dockref check', 10 * MB, (n) => fill(n, 'FROM alpine:3\n', 'FORM x\nRUN apt-get install x\n', '')],
  ['RUN << then many <', 'dockref check', MB, (n) => fill(n, 'FROM alpine:3\nRUN <<', '<', '\n')],
  // One word of a million escaped characters: built one character at a time, a word is a chain of
  // a million joined strings (16 bytes per input byte) unless the splitter flattens it. (The command checker does not split a line
  // this long into words, so only the Dockerfile checker sees it.)
  ['one word of escaped characters', 'dockref check', MB, (n) => fill(n, 'FROM alpine:3\nCOPY ', '\\a', ' /dst\n')],
];

const dir = mkdtempSync(join(tmpdir(), 'dockref-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function child(checker: string, file: string, mode: 'baseline' | 'run', heapMb?: number) {
  const flags = heapMb ? [`--max-old-space-size=${heapMb}`, '--max-semi-space-size=1', '--trace-gc'] : [];
  // The file name ends in `Dockerfile` for the Dockerfile cases, so `dockref check` reads it as one.
  return spawnSync(process.execPath, [...flags, '--expose-gc', '--import', 'tsx', 'tests/robust/memory-child.ts', checker, file, mode], { cwd: root, encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 28 });
}

/** The largest heap after a full collection in --trace-gc output, in MB. */
function largestAfterFullGc(trace: string): number {
  let max = 0;
  for (const m of trace.matchAll(/Mark-Compact[^\n]*?-> ([\d.]+) \(/g)) max = Math.max(max, Number(m[1]));
  return max;
}

describe(`both checkers hold at most ${K} times their input`, () => {
  it.each(CASES)('%s: %s, %d bytes', { timeout: 600_000 }, (shape, checker, size, make) => {
    const file = join(dir, `${shape.replace(/\W+/g, '-')}-${size}${checker === 'dockref check' ? '.Dockerfile' : '.txt'}`);
    const input = make(size);
    writeFileSync(file, input);
    const bytes = Buffer.byteLength(input);
    const base = child(checker, file, 'baseline');
    expect(base.status, base.stderr.slice(0, 500)).toBe(0);
    const { heap } = JSON.parse(base.stdout.split('\n').find((l) => l.startsWith('{"heap"')) as string) as { heap: number };
    const cap = Math.ceil((heap + K * bytes) / 1048576);
    const run = child(checker, file, 'run', cap);
    const peak = largestAfterFullGc(run.stdout);
    const extra = (peak * 1048576 - heap) / bytes;
    console.log(`[memory] ${checker}, ${shape}: input ${(bytes / 1e6).toFixed(1)} MB, baseline heap ${(heap / 1e6).toFixed(1)} MB, capped at ${cap} MB (baseline + ${K}× the input): ${run.status === 0 ? 'finished' : `failed (${run.signal ?? run.status})`}; largest heap after a full GC ${peak.toFixed(1)} MB = baseline + ${extra.toFixed(1)}× the input`);
    expect(run.status === 0 || run.status === 1, `ran out of ${cap} MB: ${run.stderr.slice(-300)}`).toBe(true);
    // The child's last word is one JSON line (--trace-gc lines may come after it).
    const result = run.stdout.split('\n').find((l) => l.startsWith('{"heap"'));
    expect(result, 'the child printed its result').toBeDefined();
    expect(JSON.parse(result as string).written).toBeGreaterThan(0);
  });
});
