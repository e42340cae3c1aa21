// The explain page draws each diagnostic with a window around its span (src/lib/explain/window.ts),
// never the whole physical line (200 diagnostics on a 60k-character line took 11 s).
import { describe, expect, it } from 'vitest';
import { spanWindow } from '../../src/lib/explain/window.ts';

describe('spanWindow', () => {
  it('a short line is shown whole, the span marked', () => {
    expect(spanWindow('docker run --restart-always nginx', 11, 27)).toEqual({ before: 'docker run ', mark: '--restart-always', after: ' nginx', cutBefore: false, cutMark: false, cutAfter: false });
  });
  it('a long line is cut around the span, with the cuts flagged', () => {
    const line = `docker ps ${'a'.repeat(1000)} --bogus ${'b'.repeat(1000)}`;
    const at = line.indexOf('--bogus');
    const w = spanWindow(line, at, at + 7, 10);
    expect(w).toEqual({ before: 'aaaaaaaaa ', mark: '--bogus', after: ' bbbbbbbbb', cutBefore: true, cutMark: false, cutAfter: true });
  });
  it('a long span is cut too', () => {
    const w = spanWindow('x'.repeat(1000), 0, 1000, 10, 50);
    expect(w.mark).toHaveLength(50);
    expect(w.cutMark).toBe(true);
  });
  it('stays on the physical line of the span', () => {
    const line = 'docker run \\\n  --bogus \\\n  nginx';
    const at = line.indexOf('--bogus');
    expect(spanWindow(line, at, at + 7)).toMatchObject({ before: '  ', mark: '--bogus', after: ' \\', cutBefore: false, cutAfter: false });
  });
  it('an empty span at the end and a span past the end', () => {
    expect(spanWindow('docker ps', 9, 9)).toMatchObject({ before: 'docker ps', mark: '', after: '' });
    expect(spanWindow('docker ps', 20, 25)).toMatchObject({ mark: '', after: '' });
  });
  it('never splits a surrogate pair', () => {
    const line = `${'\u{1f433}'.repeat(30)}X${'\u{1f433}'.repeat(30)}`;
    const at = line.indexOf('X');
    const w = spanWindow(line, at, at + 1, 5);
    expect(w.before).not.toMatch(/^[\udc00-\udfff]/);
    expect(w.after).not.toMatch(/[\ud800-\udbff]$/);
  });
});
