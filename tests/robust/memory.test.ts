// Memory of both checkers' cores on hostile input (106,000 continuation lines took 4 GB).
// Each shape runs in a fresh process whose heap is capped (old space at the baseline plus k times
// the input, young space at 1 MB): it must finish. The command checker gets k = 10. The Dockerfile
// checker gets k = 60: dockerfile-utils builds a syntax tree of the whole file that alone needs
// 20-50 times the input, so the 10× target is not met there (the figure is printed).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SIZE = 1_000_000;
const SHAPES: Array<[string, number]> = [
  ['commands: invisible characters and ESC', 10],
  ['commands: many short lines with typos', 10],
  ['dockerfile: glued continuation lines', 60],
  ['dockerfile: mistyped instructions', 60],
];

function child(shape: string, mode: 'baseline' | 'run', heapMb?: number) {
  const flags = heapMb ? [`--max-old-space-size=${heapMb}`, '--max-semi-space-size=1'] : [];
  return spawnSync(process.execPath, [...flags, '--expose-gc', '--import', 'tsx', 'tests/robust/memory-child.ts', shape, String(SIZE), mode], { cwd: root, encoding: 'utf8', timeout: 240_000 });
}

describe('the checkers finish in a heap of a few times the input', () => {
  it.each(SHAPES)('%s (k = %d)', { timeout: 600_000 }, (shape, k) => {
    const base = child(shape, 'baseline');
    expect(base.status, base.stderr.slice(0, 500)).toBe(0);
    const { bytes, heap } = JSON.parse(base.stdout.trim()) as { bytes: number; heap: number };
    const cap = Math.ceil((heap + k * bytes) / 1048576);
    const run = child(shape, 'run', cap);
    console.log(`[memory] ${shape}: input ${(bytes / 1e6).toFixed(2)} MB, baseline heap ${(heap / 1e6).toFixed(0)} MB, capped at ${cap} MB (baseline + ${k}× the input): ${run.status === 0 ? 'finished' : `failed (${run.signal ?? run.status})`}`);
    expect(run.status, run.stderr.slice(-500)).toBe(0);
  });
});
