// The search's text functions and engine (src/lib/search) on hostile queries:
// each shape at 1k, 10k and 100k characters stays linear and cheap, because the query is cut to
// MAX_QUERY_LENGTH before any work and every pattern on it is linear.
import { describe, expect, it } from 'vitest';
import { listCommands } from '../../src/lib/cli-spec/index.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { TaskSearch } from '../../src/lib/search/engine.ts';
import { cleanQuery, indexTerms, MAX_QUERY_LENGTH, normalizeText, queryTerms, words } from '../../src/lib/search/text.ts';
import { expectLinear, fill } from './scaling.ts';

const engine = new TaskSearch(
  buildSearchIndex({
    lang: 'ko',
    commands: listCommands(),
    entry: () => undefined,
    usage: () => ({ guides: 0, cheatsheet: false }),
    guides: [],
    instructions: [],
    flagAnswers: [],
  }),
);

// [name, make(n)]: each builds one query of about n characters.
const SHAPES: Array<[string, (n: number) => string]> = [
  ['이름 + spaces + x', (n) => fill('이름', ' ', 'x', n)],
  ['이름 + spaces + 바꾸기', (n) => fill('이름', ' ', '바꾸기', n)],
  ['이름을 + tabs and spaces', (n) => fill('이름을', '\t ', '변경', n)],
  ['one long word', (n) => fill('', 'a', '', n)],
  ['one long Korean word', (n) => fill('', '컨', '', n)],
  ['many words', (n) => fill('', 'logs ', '', n)],
  ['full-width letters', (n) => fill('', 'ｌｏｇｓ ', '', n)],
  ['bidi overrides', (n) => fill('\u202e', 'docker ps\u202d ', '\u202c', n)],
  ['zero-width spaces', (n) => fill('', '\u200b', 'logs', n)],
  ['lone surrogates', (n) => fill('', '\ud800a', '', n)],
  ['Hangul/Latin alternating', (n) => fill('', 'a가', '', n)],
  ['flags', (n) => fill('docker run ', '-p ', '', n)],
  ['log in log in', (n) => fill('', 'log in ', '', n)],
];

describe('search text functions: linear on hostile input', () => {
  it.each(SHAPES)('normalizeText, words, indexTerms, queryTerms: %s', (_name, make) => {
    expectLinear(make, (q) => {
      normalizeText(q);
      words(q);
      indexTerms(q);
      queryTerms(q);
    });
  });
  it.each(SHAPES)('cleanQuery: %s', (_name, make) => {
    expectLinear(make, (q) => {
      const c = cleanQuery(q);
      expect(c.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    });
  });
});

describe('the search engine: a long query costs what a short one does', () => {
  it.each(SHAPES)('%s: answers within 1 s at 100k characters', (_name, make) => {
    for (const n of [1_000, 10_000, 100_000]) {
      const q = make(n);
      const t0 = performance.now();
      engine.search(q, 15);
      engine.suggest(q);
      expect(performance.now() - t0, `${n} characters`).toBeLessThan(1000);
    }
  });
  it('40k spaces after 이름 take well under 2 s (was quadratic)', () => {
    const q = `이름${' '.repeat(40_000)}x`;
    const t0 = performance.now();
    normalizeText(q);
    engine.search(q, 15);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('cleanQuery', () => {
  it.each([
    ['ｌｏｇｓ', 'logs', false],
    ['ｄｏｃｋｅｒ\u3000ｐｓ', 'docker ps', false],
    ['\u202edocker ps\u202c', 'docker ps', false],
    ['a\u200bb', 'ab', false],
    ['  컨테이너   로그  ', '컨테이너 로그', false],
    ['\ud800x', '\ufffdx', false],
  ])('%j -> %j', (raw, text, tooLong) => {
    expect(cleanQuery(raw)).toEqual({ text, tooLong, length: raw.length });
  });
  it('cuts a long query and says so', () => {
    const c = cleanQuery('a'.repeat(100_000));
    expect(c.tooLong).toBe(true);
    expect(c.length).toBe(100_000);
    expect(c.text.length).toBe(MAX_QUERY_LENGTH);
  });
  it('a query of only spaces is empty, and too long when it was', () => {
    expect(cleanQuery(' '.repeat(100_000))).toEqual({ text: '', tooLong: true, length: 100_000 });
  });
  it('never leaves a lone surrogate at the cut', () => {
    const c = cleanQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀${'b'.repeat(500)}`);
    expect(() => encodeURIComponent(c.text)).not.toThrow();
  });
});
