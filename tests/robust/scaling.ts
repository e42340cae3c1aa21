// Shared by the scaling tests: run a shape at 1k, 10k and 100k characters, check it does not
// crash, and that time per character at 100k is at most 3× that at 10k (min of 3 runs each).
import { expect } from 'vitest';

export const SIZES = [1_000, 10_000, 100_000] as const;

/** Below this many milliseconds at 100k, timing noise outweighs any trend: passes. */
const FLOOR_MS = 40;

function best(run: () => void): number {
  let min = Infinity;
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    const t0 = performance.now();
    run();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** `make(n)` builds an input of about n characters; `run` checks it (and may assert on it). */
export function expectLinear(make: (n: number) => string, run: (input: string) => void): { perChar: number[]; ms: number[] } {
  const measure = () => {
    const ms: number[] = [];
    const perChar: number[] = [];
    for (const n of SIZES) {
      const input = make(n);
      const t = best(() => run(input));
      ms.push(t);
      perChar.push(t / input.length);
    }
    return { ms, perChar };
  };
  const linear = (m: { ms: number[]; perChar: number[] }) => (m.ms[2] as number) <= FLOOR_MS || (m.perChar[2] as number) <= 3 * (m.perChar[1] as number);
  let m = measure();
  // A garbage collection or another process can land in one measurement: up to two more looks
  // (a quadratic shape is 10× off at every look, far beyond what noise does).
  for (let retry = 0; retry < 2 && !linear(m); retry++) m = measure();
  const { ms, perChar } = m;
  const [at1k, at10k, at100k] = perChar as [number, number, number];
  // The figures, printed: time at each size and the ratio of time per character to the 1k one
  // (1.0 is linear; the check allows 3 between 10k and 100k).
  const name = expect.getState().currentTestName ?? '';
  console.log(`[scaling] ${name}: ${SIZES.map((n, k) => `${n / 1000}k ${ms[k]!.toFixed(1)} ms`).join(', ')}; per-character ratio 10k/1k ${(at10k / at1k).toFixed(2)}, 100k/10k ${(at100k / at10k).toFixed(2)}`);
  if ((ms[2] as number) > FLOOR_MS) expect(at100k, `time per character at 100k (${ms[2]!.toFixed(1)} ms) vs 10k (${ms[1]!.toFixed(1)} ms)`).toBeLessThanOrEqual(3 * at10k);
  return { perChar, ms };
}

/** Repeats `unit` to about n characters between `head` and `tail`. */
export const fill = (head: string, unit: string, tail: string, n: number) => head + unit.repeat(Math.max(1, Math.ceil((n - head.length - tail.length) / unit.length))) + tail;
