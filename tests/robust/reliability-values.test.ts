// Value checks and line reading must take linear time on hostile input.
import { describe, expect, it } from 'vitest';
import { validateCommandLine } from '../../src/lib/command/index.ts';
import { readCommandLines } from '../../src/lib/command/read-command-lines.ts';
import { checkFlagValue, checkTypedValue } from '../../src/lib/command/value-checks.ts';

const timed = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
};

describe('domain check (--dns-search)', () => {
  it('rejects 26 letters and a ! at once (was 8 s, exponential)', () => {
    const [r, ms] = timed(() => validateCommandLine(`docker run --dns-search ${'a'.repeat(26)}! alpine`));
    expect(r.valid).toBe(false);
    expect(ms).toBeLessThan(2_000); // was 8 s; loose so a busy CI machine cannot fail it
  });
  it('rejects a long name before looking at it', () => {
    const [r, ms] = timed(() => checkFlagValue('domain', `${'a'.repeat(100_000)}!`));
    expect(r).not.toBeNull();
    expect(ms).toBeLessThan(1_000);
  });
  it.each([
    ['example.com', true], ['.example.com', true], ['example.com.', true], ['a', true], ['a-b.c', true],
    ['-a.com', false], ['a-.com', false], ['a..com', false], ['', false], ['.', false], ['a!', false], [`${'a'.repeat(256)}`, false],
  ])('%s -> %s', (v, ok) => {
    expect(checkFlagValue('domain', v) === null).toBe(ok);
  });
});

describe('numbers and references in linear time', () => {
  const big = `${'1'.repeat(100_000)}x`;
  it.each([
    ['decimal', big], ['float64', big], ['float64', `0x${'1'.repeat(100_000)}x`], ['float64', `${'1'.repeat(50_000)}.${'1'.repeat(50_000)}x`],
  ])('%s rejects 100k digits and a letter quickly', (type, v) => {
    const [r, ms] = timed(() => checkTypedValue(type, v));
    expect(r).not.toBeNull();
    expect(ms).toBeLessThan(1_000); // quadratic took 30 s and more
  });
  it.each([['1.5', true], ['3/2', true], ['1e3', true], ['.5', true], ['1.', true], ['1.5x', false], ['1.0000000001', false]])('decimal %s -> %s', (v, ok) => {
    expect(checkTypedValue('decimal', v) === null).toBe(ok);
  });
  it.each([['0.5', true], ['1_0.5', true], ['.5', true], ['1.', true], ['inf', true], ['0x1.8p1', true], ['0x1p-2', true], ['x', false], ['1.5.5', false]])('float %s -> %s', (v, ok) => {
    expect(checkTypedValue('float64', v) === null).toBe(ok);
  });
  it('docker pull -a with 100k dots', () => {
    const [r, ms] = timed(() => validateCommandLine(`docker pull -a ${'.'.repeat(100_000)}`));
    expect(r.valid).toBe(false);
    expect(ms).toBeLessThan(3_000); // was 13-28 s
  });
  it('still rejects a tag with -a', () => {
    expect(validateCommandLine('docker pull -a nginx:1.0').diagnostics.map((d) => d.code)).toContain('conflicting-options');
    expect(validateCommandLine('docker pull -a my.registry:5000/nginx').valid).toBe(true);
  });
});

describe('reading continued lines', () => {
  it('joins 40k continued lines in linear time', () => {
    const text = `docker run \\\n${'  -d \\\n'.repeat(40_000)}  alpine\n`;
    const [r, ms] = timed(() => readCommandLines(text));
    expect(r).toHaveLength(1);
    expect(r[0]!.text.split('\n')).toHaveLength(40_002);
    expect(ms).toBeLessThan(3_000); // was 13-28 s
  });
  it('keeps an escaped backslash from continuing the line', () => {
    expect(readCommandLines('echo a\\\\\necho b\n').map((e) => e.line)).toEqual([1, 2]);
    expect(readCommandLines('echo a\\\necho b\n').map((e) => e.line)).toEqual([1]);
  });
});
